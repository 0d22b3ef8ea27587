"""A claim's grade and conflict links are filled in when its page is written: a page whose only
change is a claim joining a dispute is written again, not read again, and shows what a cold
build shows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from briefbook.book.chapters import conflict_links, shown_text
from briefbook.sphinx.status import digests
from briefbook.sphinx.written_data import changed as changed_claims
from briefbook.sphinx.written_data import showing_pages
from test_moved import ROOT, _build, _write

PAGE = "# {title}\n\n- A claim.  \n  {{briefbook-claim-status}}`{claim}` · evidence\n"


def _status(links: list[list[str]], badge: str = "F6 cannot be judged · 1 article") -> dict:
    lead = "" if not links else " " if len(links) == 1 else " ⚠ sources disagree on "
    return {"badge": badge, "lead": lead, "links": links}


def _write_status(src: Path, data: dict, edit: bool = False) -> None:
    folder = src / "_data" / "claims"
    folder.mkdir(parents=True, exist_ok=True)
    _write(folder / "status.json", json.dumps({"claims": data}), edit=edit)


def _book(src: Path, status: dict, edit: bool = False) -> None:
    shutil.copy(ROOT / "conf.py", src / "conf.py")
    shutil.copy(ROOT / "refs.bib", src / "refs.bib")
    _write(src / "index.md", "# Book\n\n```{toctree}\nconflicts\nchapter\nother\n```\n")
    _write(
        src / "conflicts.md",
        "# Conflicts\n\n(bb-conflict-x1)=\n## People\n\n(bb-conflict-x2)=\n## What X denies\n",
    )
    _write(src / "chapter.md", PAGE.format(title="Chapter", claim="c1"))
    _write(src / "other.md", PAGE.format(title="Other", claim="c2"))
    _write_status(src, status, edit)


def test_a_claim_joining_a_dispute_is_written_again_without_reading_its_page(tmp_path):
    src = tmp_path / "docs"
    src.mkdir()
    before = {"c1": _status([["⚠ sources disagree", "bb-conflict-x1"]]), "c2": _status([])}
    after = {
        "c1": _status(
            [["people", "bb-conflict-x1"], ["what X denies", "bb-conflict-x2"]],
            badge="F4 doubtful · 1 article",
        ),
        "c2": _status([]),
    }
    _book(src, before)
    assert _build(src) == {"index", "conflicts", "chapter", "other"}
    html = src / "_build"
    first = (html / "chapter.html").read_text("utf-8")
    assert "<strong>F6 cannot be judged · 1 article</strong>" in first
    assert 'href="conflicts.html#bb-conflict-x1"' in first
    other = (html / "other.html").stat().st_mtime_ns

    _write_status(src, after, edit=True)
    assert _build(src) == set()  # no page read again
    page = (html / "chapter.html").read_text("utf-8")
    assert "<strong>F4 doubtful · 1 article</strong> ⚠ sources disagree on" in page
    assert 'href="conflicts.html#bb-conflict-x2"' in page
    # a page whose claims kept their status is not written again
    assert (html / "other.html").stat().st_mtime_ns == other

    cold = tmp_path / "cold"
    cold.mkdir()
    _book(cold, after)
    _build(cold)
    for name in ("chapter.html", "other.html", "conflicts.html", "index.html"):
        assert (html / name).read_text("utf-8") == (cold / "_build" / name).read_text("utf-8")


def test_a_page_linking_a_conflict_that_moved_is_written_again(tmp_path):
    """The conflict a claim links moves to another page: the page showing the claim is not
    read again, and its link follows the conflict."""
    src = tmp_path / "docs"
    src.mkdir()
    status = {"c1": _status([["⚠ sources disagree", "bb-conflict-x2"]]), "c2": _status([])}
    _book(src, status)
    _build(src)
    assert 'href="conflicts.html#bb-conflict-x2"' in (src / "_build" / "chapter.html").read_text(
        "utf-8"
    )
    _write(src / "conflicts.md", "# Conflicts\n\n(bb-conflict-x1)=\n## People\n", edit=True)
    _write(src / "other.md", "# Other\n\n(bb-conflict-x2)=\n## What X denies\n", edit=True)
    assert _build(src) == {"conflicts", "other"}
    html = (src / "_build" / "chapter.html").read_text("utf-8")
    assert 'href="other.html#bb-conflict-x2"' in html


def test_the_links_of_one_conflict_and_of_several():
    assert conflict_links([]) == ("", [])
    assert shown_text(" ⚠  sources\ndisagree on ") == "⚠ sources disagree on"


def test_pages_showing_a_claim_whose_status_changed():
    old = digests({"c1": _status([]), "c2": _status([]), "c3": _status([])})
    new = digests({"c1": _status([["a", "bb-conflict-a"]]), "c2": _status([]), "c4": _status([])})
    assert changed_claims(old, new) == {"c1", "c3", "c4"}
    shows = {"p": {"c1"}, "q": {"c2"}, "r": {"c2", "c3"}}
    assert showing_pages(shows, {"c1", "c3"}) == {"p", "r"}
    assert showing_pages(shows, set()) == set()
