"""Counts that change with every article are filled in when their page is written: a page
whose only change is a count is written again, not read again, and shows what a cold build
shows (``briefbook.sphinx.counts``)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from briefbook.bench.floor import _count_text, strip_page
from briefbook.bench.synthetic import write_corpus
from briefbook.bidi import FSI, PDI
from briefbook.book import countkeys as keys
from briefbook.book import counts as counts_module
from briefbook.book.conflicts import split_by_kind
from briefbook.book.counts import count_data, count_parts, count_text
from briefbook.book.landing import KEY_CONFLICTS, KEY_DISPUTES
from briefbook.book.markup import (
    COUNTS_FILE,
    DATA_DIR,
    count,
    counts_file,
    listed_file,
    plural,
    split_pages,
)
from briefbook.book.paging import Period
from briefbook.book.summary import sourcing_summary
from briefbook.commands.generate import generate
from briefbook.project.load import Project
from briefbook.sphinx.counts import digests, load
from briefbook.sphinx.written_data import changed as changed_keys
from briefbook.sphinx.written_data import merged_counts, showing_pages
from conftest import ARTICLE, CONFIG, META
from test_moved import ROOT, _build, _write
from test_split import project as split_project

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


# The counts' texts (briefbook.book.counts): what each part gives, made safe once for every
# output (the floor, HTML, LaTeX).


def test_a_count_text_is_an_isolate_on_one_line():
    """An invented outlet name with a right-to-left override and a blank line cannot reorder
    the sentence after it nor end the paragraph."""
    text = count_text("Outlets named: 1 (Daily \u202eNews\n\nof the Coast).")
    assert text.startswith(FSI) and text.endswith(PDI)
    assert "\n" not in text and "  " not in text
    assert count_text(text) == text  # made once: the same again
    assert count_text("4 statements from 1 article") == "4 statements from 1 article"


def test_the_counts_file_isolates_the_sourcing_summary(make_project):
    meta = META.replace('outlet = "Harbour Times"', 'outlet = "Harbour \\u202eTimes Daily"')
    root = make_project(articles={"a1": (ARTICLE, meta)})
    generate(Project(root))
    data = json.loads((root / "docs" / DATA_DIR / COUNTS_FILE).read_text("utf-8"))["counts"]
    sourcing = data[keys.SOURCING]
    assert sourcing.startswith(FSI) and sourcing.endswith(PDI)
    assert "\n" not in sourcing and "This briefing sorts" in sourcing
    assert data[keys.GRADES].startswith("Source reliability: ")
    floor = strip_page(
        f"{count(keys.SOURCING)}\n", root / "docs", counts=_count_text(root / "docs")
    )
    assert floor.startswith(FSI) and "\n\n" not in floor.strip()


def test_the_count_data_of_a_small_corpus(tmp_path):
    root = write_corpus(tmp_path / "b", 24, seed=7)
    briefing, _ = generate(Project(root))
    data = json.loads(count_data(briefing))["counts"]
    parts = count_parts(briefing)
    assert sum(len(p) for p in parts) == len(data)  # no key given twice
    assert list(data) == sorted(data)
    said = sum(1 for s in briefing.statements if s.claimant)
    assert sum(int(data[keys.statements(a.id)]) for a in briefing.actors) == said
    for actor in briefing.actors:
        assert data[keys.mentions(actor.id)] == str(len(actor.mentions))
    for topic in briefing.config.topics:
        of = [s for s in briefing.statements if s.topic.topic == topic.id]
        assert data[keys.topic_statements(topic.id)] == str(len(of))
        assert data[keys.topic_articles(topic.id)] == str(len({s.source_id for s in of}))
    disputes = [c for c in briefing.conflicts if c.kind == "figures"]
    assert disputes, "the corpus has no figure in dispute: the test shows little"
    for c in disputes:
        assert data[keys.dispute(c.id)].startswith(f"{len(c.figures)} report")
    assert data[keys.CONFLICTS].startswith(f"{len(briefing.conflicts)} place")
    assert data[keys.MORE_DISPUTES] == f"{max(0, len(disputes) - KEY_DISPUTES)} more"
    others = [c for c in briefing.conflicts if c.kind != "figures"]
    subjects = Counter(c.about for c in others)
    ranked = sorted(subjects, key=lambda about: -subjects[about])
    rest = sum(subjects[a] for a in ranked[KEY_CONFLICTS:])
    assert data[keys.MORE_CONFLICTS] == f"{rest} more"
    assert data[keys.SOURCES] == f"{len(briefing.articles)} sources"
    assert data[keys.SOURCING] == count_text(" ".join(sourcing_summary(briefing)))
    assert data[keys.QUOTATIONS] == str(sum(1 for s in briefing.statements if s.quote))
    listed = {k for k in data if k.startswith(keys.listed("briefing/conflicts/"))}
    if split_by_kind(briefing):  # the listing of kinds' counts, only when it is shown
        assert listed == {keys.listed(f"briefing/conflicts/{c.kind}") for c in briefing.conflicts}
        for kind in {c.kind for c in briefing.conflicts}:
            n = sum(1 for c in briefing.conflicts if c.kind == kind)
            assert data[keys.listed(f"briefing/conflicts/{kind}")] == plural(n, "conflict")
    else:
        assert not listed
    for topic in briefing.config.topics:
        claims = [c for c in briefing.claims if c.topic == topic.id]
        if claims:
            n = sum(len(c.evidence) for c in claims)
            assert data[keys.chapter(topic.id)].startswith(f"{plural(n, 'statement')} from ")
            assert data[keys.chapter(topic.id)].endswith(f"into {plural(len(claims), 'claim')}")


def test_a_key_given_twice_is_an_error(make_project, monkeypatch):
    root = make_project()
    briefing, _ = generate(Project(root))
    monkeypatch.setattr(counts_module, "topic_counts", lambda b: {keys.SOURCING: "twice"})
    with pytest.raises(ValueError, match="counts given twice"):
        count_data(briefing)


def _sphinx(src: Path, builder: str, out: Path, doctrees: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "--no-color", "-nW", "-b", builder, "-d",
         str(doctrees), str(src), str(out)],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_builders_sharing_doctrees_each_write_the_changed_counts(tmp_path):
    """HTML and LaTeX built from one doctree folder (``-d``): the LaTeX build after a change
    does not use up the change that the next HTML build must still write."""
    src = tmp_path / "docs"
    src.mkdir()
    _book(src, {"mentions/a": "3", "mentions/b": "1", "more": "4 more"})
    doctrees, html, latex = tmp_path / "dt", tmp_path / "html", tmp_path / "latex"
    _sphinx(src, "html", html, doctrees)
    _sphinx(src, "latex", latex, doctrees)
    _write_counts(src, {"mentions/a": "5", "mentions/b": "1", "more": "6 more"}, edit=True)
    _sphinx(src, "latex", latex, doctrees)
    _sphinx(src, "html", html, doctrees)
    page = (html / "chapter.html").read_text("utf-8")
    assert "<strong>Mentions:</strong> 5" in page


def test_the_floor_shows_a_missing_count_as_its_key_and_takes_broken_data(tmp_path):
    docs = tmp_path / "docs"
    (docs / DATA_DIR / "counts").mkdir(parents=True)
    (docs / DATA_DIR / COUNTS_FILE).write_text("{broken", encoding="utf-8")
    assert _count_text(docs) == {}
    assert strip_page(f"Seen {count('nowhere')} here.\n", docs, counts={}).strip() == (
        "Seen nowhere here."
    )


# The listings of periods (``markup.split_pages``): each period page's count is in a file of
# counts of its own (``LISTED_DIR``), shown by the role.


def _periods(n: int) -> list[tuple[Period, list[int]]]:
    return [
        (
            Period((2025, 3, d, 0), f"2025-03-0{d}", f"{d} March 2025", f"on {d} March 2025"),
            list(range(d)),
        )
        for d in range(1, n + 1)
    ]


def _split(parts: list[tuple[Period, list[int]]]) -> dict[str, str]:
    return split_pages(
        "briefing/things",
        "Things",
        ["# Things", ""],
        parts,
        "thing",
        lambda p: f"Things {p.when}.",
        lambda items: [f"- {i}" for i in items],
    )


def test_a_listing_of_periods_shows_its_counts_by_key():
    pages = _split(_periods(3))
    head = pages["briefing/things.md"]
    assert (
        "- [2 March 2025](things/2025-03-02.md): "
        + count(keys.listed("briefing/things/2025-03-02"))
        in head
    )
    assert "2 things" not in head
    data = json.loads(pages[listed_file("briefing/things")])
    assert data["counts"] == {
        keys.listed(f"briefing/things/2025-03-0{d}"): plural(d, "thing") for d in (1, 2, 3)
    }
    assert data["_generated"].startswith("generated by briefbook")
    # one more item in a period changes its count, not the listing's markup
    more = _periods(3)
    more[1][1].append(99)
    again = _split(more)
    assert again["briefing/things.md"] == head
    assert (
        json.loads(again[listed_file("briefing/things")])["counts"][
            keys.listed("briefing/things/2025-03-02")
        ]
        == "3 things"
    )


def test_a_count_in_a_listings_file_is_shown_and_written_again(tmp_path):
    src = tmp_path / "docs"
    src.mkdir()
    _book(src, {"mentions/a": "3", "mentions/b": "1", "more": "4 more"})
    listed = src / "_data" / "counts" / "listed"
    listed.mkdir(parents=True)
    _write(listed / "x.json", json.dumps({"counts": {"new": "7"}}))
    _write(src / "other.md", "# Other\n\n{briefbook-count}`new` things.\n")
    _build(src)
    page = (src / "_build" / "other.html").read_text("utf-8")
    assert "7 things" in page
    _write(listed / "x.json", json.dumps({"counts": {"new": "8"}}), edit=True)
    assert _build(src) == set()  # written again, not read again
    assert "8 things" in (src / "_build" / "other.html").read_text("utf-8")


def test_the_floor_reads_the_listings_counts(tmp_path):
    docs = tmp_path / "docs"
    folder = docs / DATA_DIR / "counts"
    (folder / "listed").mkdir(parents=True)
    (folder / "counts.json").write_text(json.dumps({"counts": {"a": "1"}}), encoding="utf-8")
    (folder / "listed" / "t.json").write_text(
        json.dumps({"counts": {"listed/x": "2 things"}}), encoding="utf-8"
    )
    (folder / "listed" / "broken.json").write_text("{broken", encoding="utf-8")
    assert _count_text(docs) == {"a": "1", "listed/x": "2 things"}
    # a key given by two files is an error, not the first file's text silently kept
    (folder / "listed" / "u.json").write_text(json.dumps({"counts": {"a": "9"}}), encoding="utf-8")
    with pytest.raises(ValueError, match="given twice"):
        _count_text(docs)


def test_a_key_given_by_two_files_of_counts_is_an_error(tmp_path):
    """The one merge rule of the extension and the floor (``written_data.merged_counts``)."""
    assert merged_counts([("a.json", {"x": "1"}), ("b.json", {"y": "2"})]) == {"x": "1", "y": "2"}
    with pytest.raises(ValueError, match=r"'x' given twice: in a\.json and b\.json"):
        merged_counts([("a.json", {"x": "1"}), ("b.json", {"x": "1"})])
    folder = tmp_path / "counts"
    (folder / "listed").mkdir(parents=True)
    (folder / "counts.json").write_text(json.dumps({"counts": {"x": "1"}}), encoding="utf-8")
    (folder / "listed" / "t.json").write_text(json.dumps({"counts": {"x": "2"}}), "utf-8")
    with pytest.raises(ValueError, match="given twice"):
        load(folder)


def test_a_listings_counts_go_through_count_text():
    """A listing's count file holds the same text as the counts' file would: one line, in a
    bidi isolate (an invented title with a line break and a right-to-left word)."""
    text = json.loads(counts_file({"listed/a": "2 things\n\nof \u05d0"}))
    assert text["counts"] == {"listed/a": count_text("2 things of \u05d0")}
    assert "\n" not in text["counts"]["listed/a"]


def test_whos_who_listings_show_counts_by_key(make_project):
    """Past ``page_items`` actors, who's who lists its kinds and initials by counts, so that
    an article bringing a new person changes a file of counts, not whos-who.md."""
    root = split_project(make_project)
    briefing, _ = generate(Project(root))
    docs = root / "docs"
    head = (docs / "briefing" / "whos-who.md").read_text("utf-8")
    people = "- [People](whos-who/person.md): " + count(keys.listed("briefing/whos-who/person"))
    assert people in head
    person = (docs / "briefing" / "whos-who" / "person.md").read_text("utf-8")
    assert "(person/p.md): " + count(keys.listed("briefing/whos-who/person/p")) in person
    assert " actors" not in head and " actor\n" not in head
    data = json.loads((docs / listed_file("briefing/whos-who")).read_text("utf-8"))["counts"]
    people = [a for a in briefing.actors if a.kind.value == "person"]
    assert data[keys.listed("briefing/whos-who/person")] == plural(len(people), "actor")


def test_a_listings_count_file_is_removed_when_the_page_stops_being_split(make_project):
    root = split_project(make_project)
    generate(Project(root))
    listed = root / "docs" / listed_file("briefing/whos-who")
    assert listed.is_file()
    (root / "sources" / "briefbook.toml").write_text(CONFIG, encoding="utf-8")
    generate(Project(root))  # the default page_items: nothing split, no listing's counts
    assert not listed.exists()
    assert not list((root / "docs" / DATA_DIR / "counts").rglob("listed/**/*.json"))
