"""What an incremental build reads and writes again: only what a change touches."""

from __future__ import annotations

import re
import shutil

from test_moved import ROOT, _build, _write


def _bibliography_cites(html: str) -> list[str]:
    """The ``href`` of each back-link in the bibliography's "Cited in" lines."""
    return re.findall(r'class="bb-backref reference internal" href="([^"]+)"', html)


def test_bibliography_is_written_again_only_when_its_cited_in_lines_change(tmp_path):
    """The bibliography's back-links depend on every page's citations: a page whose
    citations did not change leaves the bibliography page as it was (neither read nor
    written); one whose citations changed has it written again, not read, with the new
    back-link, as a cold build would have it."""
    src = tmp_path / "docs"
    src.mkdir()
    shutil.copy(ROOT / "conf.py", src / "conf.py")
    shutil.copy(ROOT / "refs.bib", src / "refs.bib")
    (src / "_data").mkdir()
    _write(src / "index.md", "# Book\n\n```{toctree}\nchapter\nbibliography\n```\n")
    _write(src / "chapter.md", "# Chapter\n\nSaid {cite:p}`s1`.\n")
    _write(src / "bibliography.md", "# Sources\n\n```{bibliography}\n```\n")
    _build(src)
    page = src / "_build" / "bibliography.html"
    assert _bibliography_cites(page.read_text("utf-8")) == ["chapter.html#id1"]
    written = page.stat().st_mtime_ns

    _write(src / "chapter.md", "# Chapter\n\nSaid, at length, {cite:p}`s1`.\n", edit=True)
    assert _build(src) == {"chapter"}
    assert page.stat().st_mtime_ns == written

    _write(src / "chapter.md", "# Chapter\n\nSaid {cite:p}`s1`; again {cite:p}`s1`.\n", edit=True)
    assert _build(src) == {"chapter"}
    assert page.stat().st_mtime_ns != written
    assert _bibliography_cites(page.read_text("utf-8")) == [
        "chapter.html#id1",
        "chapter.html#id2",
    ]
