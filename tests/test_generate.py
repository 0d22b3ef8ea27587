from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from briefbook.book.sources import HEADLINE_IN_TITLE
from briefbook.commands.generate import generate
from briefbook.project import cache, output
from briefbook.project.load import Project
from briefbook.project.output import GENERATED_MARK, is_generated
from briefbook.project.problems import InputError
from conftest import ARTICLE, META, check_golden

GOLDEN = Path(__file__).parent / "golden"
GOLDEN_FILES = [
    "index.md",
    "briefing/overview.md",
    "briefing/topics/walkout.md",
    "briefing/topics/talks.md",
    "briefing/sources/index.md",
    "briefing/sources/a1.md",
    "briefing/bibliography.md",
    "briefing/references.bib",
    "briefing/_data/a1.json",
    "briefing/_data/counts/counts.json",
]


def snapshot(docs: Path) -> dict[str, bytes]:
    return {
        p.relative_to(docs).as_posix(): p.read_bytes()
        for p in sorted(docs.rglob("*"))
        if p.is_file() and p.name != "conf.py"
    }


def test_generated_myst_matches_golden_files(make_project):
    """Set BRIEFBOOK_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change."""
    root = make_project()
    generate(Project(root))
    check_golden(root / "docs", GOLDEN_FILES, GOLDEN)


def test_generation_is_deterministic_and_marked(seed_project):
    docs = seed_project / "docs"
    generate(Project(seed_project))
    first = snapshot(docs)
    _, report = generate(Project(seed_project))
    assert snapshot(docs) == first
    assert report.written == () and report.removed == ()
    assert len(first) > 10
    for rel in first:
        assert is_generated(docs / rel), rel
        assert GENERATED_MARK in (docs / rel).read_text(encoding="utf-8")[:200]


def test_unchanged_files_are_left_untouched(make_project):
    root = make_project()
    generate(Project(root))
    page = root / "docs" / "briefing" / "sources" / "a1.md"
    before = page.stat()
    _, report = generate(Project(root))
    after = page.stat()
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)
    assert "briefing/sources/a1.md" in report.unchanged


def test_removed_source_removes_its_pages(make_project):
    root = make_project()
    generate(Project(root))
    articles = root / "sources" / "articles"
    (articles / "a2.txt").write_text("Dockers walked out again.\n", encoding="utf-8")
    (articles / "a2.toml").write_text('id = "a2"\n', encoding="utf-8")
    generate(Project(root))
    assert (root / "docs" / "briefing" / "sources" / "a2.md").exists()
    (articles / "a2.txt").unlink()
    (articles / "a2.toml").unlink()
    _, report = generate(Project(root))
    assert not (root / "docs" / "briefing" / "sources" / "a2.md").exists()
    assert "briefing/sources/a2.md" in report.removed


def test_never_overwrites_a_hand_written_page(make_project):
    root = make_project()
    index = root / "docs" / "index.md"
    index.write_text("# My own landing page\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        generate(Project(root))
    assert "hand-written" in info.value.render()
    assert index.read_text(encoding="utf-8") == "# My own landing page\n"
    assert not (root / "docs" / "briefing").exists()


def test_hand_written_file_inside_generated_folder_is_refused(make_project):
    root = make_project()
    generate(Project(root))
    mine = root / "docs" / "briefing" / "mine.md"
    mine.write_text("# notes\n", encoding="utf-8")
    with pytest.raises(InputError):
        generate(Project(root))
    assert mine.read_text(encoding="utf-8") == "# notes\n"


def test_notes_pages_are_listed_and_kept(make_project):
    root = make_project()
    notes = root / "docs" / "notes"
    notes.mkdir(parents=True)
    (notes / "assessment.md").write_text("# Assessment\n\nMine.\n", encoding="utf-8")
    generate(Project(root))
    assert "notes/assessment" in (root / "docs" / "index.md").read_text(encoding="utf-8")
    assert (notes / "assessment.md").read_text(encoding="utf-8") == "# Assessment\n\nMine.\n"


def _generated_then_edited(make_project) -> tuple[Path, Path, dict[str, bytes]]:
    """A project generated once, whose article then changed: (root, docs, docs before)."""
    root = make_project()
    generate(Project(root))
    docs = root / "docs"
    before = snapshot(docs)
    (root / "sources" / "articles" / "a1.txt").write_text(
        "Dockers went back to work.\n", encoding="utf-8"
    )
    return root, docs, before


def test_error_midway_leaves_previous_pages_intact(make_project, monkeypatch):
    root, docs, before = _generated_then_edited(make_project)
    calls = {"n": 0}
    real = Path.write_bytes

    def failing_write(self: Path, data: bytes) -> int:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, "No space left on device (simulated)")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing_write)
    with pytest.raises(InputError) as info:
        generate(Project(root))
    monkeypatch.undo()
    message = info.value.render(root)
    assert message.startswith("docs/briefing/") and "cannot write: No space left" in message
    assert "free some disk space" in message and "nothing was changed" in message
    assert snapshot(docs) == before
    assert not [p for p in docs.iterdir() if p.name.startswith(".briefing")]


def test_invalid_sources_write_nothing(make_project):
    root = make_project()
    (root / "sources" / "articles" / "a1.toml").write_text(
        'id = "a1"\nurl = "file:///etc/passwd"\n'
    )
    with pytest.raises(InputError):
        generate(Project(root))
    assert not (root / "docs" / "index.md").exists()


def test_is_generated_reads_only_the_header(tmp_path):
    page = tmp_path / "p.md"
    page.write_text(f"# Title\n\n{GENERATED_MARK}\n", encoding="utf-8")
    assert not output.is_generated(page)


def test_read_only_docs_is_a_clear_error_and_changes_nothing(make_project, monkeypatch):
    root, docs, before = _generated_then_edited(make_project)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(docs))

    # (tests run as root, for whom chmod does not refuse: refuse at the first write instead)
    monkeypatch.setattr("tempfile.mkdtemp", refuse)
    with pytest.raises(InputError) as info:
        generate(Project(root))
    message = info.value.render(root)
    assert message.startswith("docs:") and "Permission denied" in message and "writable" in message
    monkeypatch.undo()
    assert snapshot(docs) == before


def test_generated_files_get_ordinary_permissions(make_project):
    """Atomic writes go through private temporary files; the results must not stay private."""
    root = make_project()
    generate(Project(root))
    mask = os.umask(0o022)
    os.umask(mask)
    docs = root / "docs"
    assert stat.S_IMODE((docs / "index.md").stat().st_mode) == 0o666 & ~mask
    assert stat.S_IMODE((docs / "briefing").stat().st_mode) == 0o777 & ~mask
    assert stat.S_IMODE((docs / "briefing" / "overview.md").stat().st_mode) == 0o666 & ~mask


def test_same_book_whatever_the_hash_seed(seed_project, tmp_path):
    """Python orders sets of strings differently in each process; the book must not change.
    Seed 47 once chose another wording for a claim (float sums in set order tied differently)."""
    shutil.copytree(seed_project / "docs", tmp_path / "conf-only")
    books = []
    for seed in ("0", "47", "128"):
        shutil.rmtree(seed_project / "docs")
        shutil.copytree(tmp_path / "conf-only", seed_project / "docs")
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "briefbook", "generate", "-q", "-p", str(seed_project)],
            check=True,
            env=env,
        )
        shutil.rmtree(seed_project / cache.FOLDER)
        books.append(snapshot(seed_project / "docs"))
    assert books[0] == books[1] == books[2]


def test_a_long_headline_is_cut_in_its_page_title_and_kept_whole_in_its_metadata(
    make_project,
):
    """The page title is the PDF's running foot and the browser's tab: at most
    HEADLINE_IN_TITLE characters of the headline; the metadata keeps it whole."""
    headline = "Dockers Strike at the Port " + "as talks with the mediator drag on " * 8
    headline = headline.strip()
    assert len(headline) > HEADLINE_IN_TITLE
    meta = META.replace('title = "Dockers Strike at the Port"', f'title = "{headline}"')
    root = make_project(articles={"a1": (ARTICLE, meta)})
    generate(Project(root))
    page = (root / "docs/briefing/sources/a1.md").read_text("utf-8")
    heading = next(line for line in page.splitlines() if line.startswith("# "))
    assert heading.endswith("…") and "Dockers Strike at the Port as talks" in heading
    assert len(heading) < HEADLINE_IN_TITLE + 60  # the label, the escapes, the isolates
    data = (root / "docs/briefing/_data/a1.json").read_text("utf-8")
    assert headline in data


def test_a_claim_in_several_conflicts_gets_one_mark_linking_each():
    from briefbook.book.chapters import conflict_links
    from briefbook.model import Conflict

    def conflict(cid: str, about: str) -> Conflict:
        return Conflict(id=cid, kind="stance", about=about, claims=("c1",), statements=())

    assert conflict_links([]) == ("", [])
    lead, one = conflict_links([conflict("k1", "the strike")])
    assert lead == " " and one == [("⚠ sources disagree", "bb-conflict-k1")]
    lead, several = conflict_links(
        [conflict("k1", "the strike"), conflict("k2", "the toll"), conflict("k3", "the toll")]
    )
    assert lead == " ⚠ sources disagree on "
    assert several == [
        ("the strike", "bb-conflict-k1"),
        ("the toll (1)", "bb-conflict-k2"),
        ("the toll (2)", "bb-conflict-k3"),
    ]
