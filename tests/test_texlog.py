"""briefbook pdf reads the LaTeX log for glyphs that did not print and lines past the margin."""

from __future__ import annotations

from briefbook.commands.texlog import read_log, warnings

LOG = """\
Missing character: There is no ⚠ (U+26A0) in font [FreeSerifItalic.otf]/OT:scri
pt=latn;language=dflt;!
Missing character: There is no ⚠ (U+26A0) in font [FreeSerif.otf]/OT:script=latn;language=dflt;!
Missing character: There is no 人 (U+4EBA) in font FreeSans/OT:script=latn;!
[12]
Overfull \\hbox (273.8849pt too wide) in paragraph at lines 4512--4514
[]\\TU/FreeSerif(0)/m/n/10.95 https://example.org/a/very/long/address/that/does/not/break|

Overfull \\hbox (3.2pt too wide) in alignment at lines 120--133
 [] []

Overfull \\hbox (30.5pt too wide) detected at line 9001
[]\\TU/FreeMono(0)/m/n/9.85 averylongword|
"""


def test_missing_glyphs_are_counted_with_the_fonts_that_lack_them():
    report = read_log(LOG)
    assert report.missing == {"⚠": 2, "人": 1}
    assert report.fonts["⚠"] == {"FreeSerifItalic", "FreeSerif"}
    assert report.fonts["人"] == {"FreeSans"}


def test_overfull_boxes_are_found_with_their_lines_and_text():
    report = read_log(LOG)
    assert [(o.points, o.first_line, o.last_line) for o in report.overfull] == [
        (273.8849, 4512, 4514),
        (3.2, 120, 133),
        (30.5, 9001, 9001),
    ]
    assert report.overfull[0].text.startswith("https://example.org/a/very/long")
    assert [o.first_line for o in report.wide()] == [4512, 9001]


def test_warnings_name_each_character_and_the_widest_lines():
    missing, overfull = warnings(read_log(LOG), "briefing.tex")
    assert "2 character(s) have no glyph" in missing
    assert "⚠ U+26A0 ×2 (FreeSerif, FreeSerifItalic)" in missing
    assert "人 U+4EBA ×1" in missing and "fonts-noto-cjk" in missing
    assert overfull.startswith("3 line(s) run past the margin, the widest by 273.9pt")
    assert "274pt at briefing.tex:4512 (https://example.org/a/very/long" in overfull
    assert "30pt at briefing.tex:9001" in overfull and "briefing.tex:120" not in overfull


def test_a_clean_log_gives_no_warning():
    assert warnings(read_log("Output written on briefing.xdv (12 pages).\n"), "b.tex") == []


def test_latexmk_runs_with_more_tex_memory_unless_the_user_set_it(tmp_path, monkeypatch):
    """A book of 1,000 articles holds more labels than TeX's default main memory."""
    import subprocess

    from briefbook.commands import build

    out = tmp_path / "_build" / "latex"
    out.mkdir(parents=True)
    (out / "briefing.tex").write_text("", encoding="utf-8")
    seen: list[dict[str, str]] = []

    def run(cmd, **kwargs):
        seen.append(kwargs["env"])
        (out / "briefing.pdf").write_bytes(b"%PDF")
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr(build, "sphinx", lambda *a, **k: 0)
    monkeypatch.setattr(build.shutil, "which", lambda tool: f"/usr/bin/{tool}")
    monkeypatch.setattr(build.subprocess, "run", run)
    monkeypatch.delenv("extra_mem_top", raising=False)
    assert build.build_pdf(tmp_path) == out / "briefing.pdf"
    assert seen[-1]["extra_mem_top"] == build.TEX_MEMORY["extra_mem_top"]
    monkeypatch.setenv("extra_mem_top", "123")
    build.build_pdf(tmp_path)
    assert seen[-1]["extra_mem_top"] == "123"
