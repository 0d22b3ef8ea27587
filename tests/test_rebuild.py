"""What an incremental build reads and writes again: only what a change touches."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from briefbook.sphinx.shown import changed_sentences, digests, linking_pages
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


def _evidence(src: Path, label: str, sentences: dict[str, str], edit: bool = False) -> None:
    """An article's evidence file (``book.data.evidence_data``): what its links show."""
    data = {
        "id": "a1",
        "label": label,
        "meta": {"id": "a1", "outlet": "Daily Post", "published": "2025-03-04"},
        "sentences": {
            sid: {"number": f"1.{n}", "text": text}
            for n, (sid, text) in enumerate(sentences.items(), 1)
        },
    }
    _write(src / "_data" / "evidence" / "a1.json", json.dumps(data), edit=edit)


def test_a_page_citing_an_article_is_read_again_only_when_its_cited_sentences_change(tmp_path):
    """A sentence added to an article changes its evidence file, but not what the links to
    its other sentences show: the pages linking those are not read again. A page linking a
    sentence whose text changed is read again (and shows the new text); a new label reads
    again every page linking the article."""
    src = tmp_path / "docs"
    src.mkdir()
    shutil.copy(ROOT / "conf.py", src / "conf.py")
    shutil.copy(ROOT / "refs.bib", src / "refs.bib")
    (src / "_data" / "evidence").mkdir(parents=True)
    _write(src / "index.md", "# Book\n\n```{toctree}\nsource\none\ntwo\n```\n")
    _write(src / "source.md", "# Source\n\n(bb-a1-s1)=\n## One\n\n(bb-a1-s2)=\n## Two\n")
    _write(src / "one.md", "# One\n\nSaid {briefbook-evidence}`a1/s1`.\n")
    _write(src / "two.md", "# Two\n\nSaid {briefbook-evidence}`a1/s2`.\n")
    _evidence(src, "Daily Post 2025", {"s1": "Talks resumed.", "s2": "Roads closed."})
    _build(src)

    sentences = {"s1": "Talks resumed.", "s2": "Roads closed.", "s3": "Rain fell."}
    _evidence(src, "Daily Post 2025", sentences, edit=True)
    assert _build(src) == set()

    sentences["s2"] = "Roads reopened."
    _evidence(src, "Daily Post 2025", sentences, edit=True)
    assert _build(src) == {"two"}
    assert "Roads reopened." in (src / "_build" / "two.html").read_text("utf-8")

    _evidence(src, "Daily Post 2025a", sentences, edit=True)
    assert _build(src) == {"one", "two"}


def test_the_sentences_that_changed_are_found_by_what_their_links_show():
    def data(label: str, texts: dict[str, str]) -> dict[str, object]:
        sentences = {s: {"number": "1.1", "text": t} for s, t in texts.items()}
        return {"label": label, "meta": {"outlet": "Post"}, "sentences": sentences}

    old = digests(data("Post 2025", {"s1": "A.", "s2": "B."}))
    new = digests(data("Post 2025", {"s1": "A.", "s2": "C.", "s3": "D."}))
    assert changed_sentences(old, new) == {"s2", "s3"}
    relabelled = digests(data("Post 2025b", {"s1": "A.", "s2": "B."}))
    assert changed_sentences(old, relabelled) == {"s1", "s2"}
    assert changed_sentences(old, {}) == {"s1", "s2"}  # the article is gone
    linked = {"p": {"a1": {"s1"}}, "q": {"a1": {"s2"}, "b2": {"s1"}}, "r": {"b2": {"s9"}}}
    assert linking_pages(linked, {"a1": {"s2"}}) == {"q"}
    assert linking_pages(linked, {"b2": {"s1", "s9"}}) == {"q", "r"}
