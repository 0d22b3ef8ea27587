"""Counts that change with every article are filled in when their page is written: a page
whose only change is a count is written again, not read again, and shows what a cold build
shows (``briefbook.sphinx.counts``)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from briefbook.sphinx.counts import changed_keys, digests, showing_pages
from test_moved import ROOT, _build, _write

PAGE = (
    "# {title}\n\n**Mentions:** {{briefbook-count}}`mentions/{key}`\n\n"
    "- [{{briefbook-count}}`more`](index.md)\n"
)


def _write_counts(src: Path, data: dict[str, str], edit: bool = False) -> None:
    folder = src / "_data" / "counts"
    folder.mkdir(parents=True, exist_ok=True)
    _write(folder / "counts.json", json.dumps({"counts": data}), edit=edit)


def _book(src: Path, counts: dict[str, str], edit: bool = False) -> None:
    shutil.copy(ROOT / "conf.py", src / "conf.py")
    shutil.copy(ROOT / "refs.bib", src / "refs.bib")
    _write(src / "index.md", "# Book\n\n```{toctree}\nchapter\nother\n```\n")
    _write(src / "chapter.md", PAGE.format(title="Chapter", key="a"))
    _write(src / "other.md", "# Other\n\n{briefbook-count}`mentions/b` mentions.\n")
    _write_counts(src, counts, edit)


def test_a_changed_count_is_written_again_without_reading_its_page(tmp_path):
    src = tmp_path / "docs"
    src.mkdir()
    before = {"mentions/a": "3", "mentions/b": "1", "more": "4 more"}
    after = {"mentions/a": "5", "mentions/b": "1", "more": "6 more"}
    _book(src, before)
    assert _build(src) == {"index", "chapter", "other"}
    html = src / "_build"
    first = (html / "chapter.html").read_text("utf-8")
    assert "<strong>Mentions:</strong> 3" in first
    assert 'href="index.html"><span class="std std-doc">4 more</span></a>' in first
    other = (html / "other.html").stat().st_mtime_ns

    _write_counts(src, after, edit=True)
    assert _build(src) == set()  # no page read again
    page = (html / "chapter.html").read_text("utf-8")
    assert "<strong>Mentions:</strong> 5" in page
    assert "6 more</span></a>" in page
    # a page whose counts did not change is not written again
    assert (html / "other.html").stat().st_mtime_ns == other

    cold = tmp_path / "cold"
    cold.mkdir()
    _book(cold, after)
    _build(cold)
    for name in ("chapter.html", "other.html", "index.html"):
        assert (html / name).read_text("utf-8") == (cold / "_build" / name).read_text("utf-8")


def test_pages_showing_a_count_that_changed():
    old = digests({"a": "1", "b": "2", "c": "3"})
    new = digests({"a": "4", "b": "2", "d": "5"})
    assert changed_keys(old, new) == {"a", "c", "d"}
    shows = {"p": {"a"}, "q": {"b"}, "r": {"b", "c"}}
    assert showing_pages(shows, {"a", "c"}) == {"p", "r"}
    assert showing_pages(shows, set()) == set()
