"""Long pages split by date (``[book] page_items``): the layout, and what a change rewrites."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from briefbook.commands.generate import generate
from briefbook.project.load import Project
from conftest import ARTICLE, CONFIG, META, check_golden

GOLDEN = Path(__file__).parent / "golden-split"
GOLDEN_FILES = [
    "briefing/topics/walkout.md",
    "briefing/topics/walkout/2025-03-04.md",
    "briefing/topics/walkout/2025-03-04/a-smith.md",
    "briefing/whos-who.md",
    "briefing/whos-who/person.md",
    "briefing/whos-who/person/a.md",
    "briefing/key-figures.md",
    "briefing/timeline.md",
    "briefing/sources/index.md",
    "briefing/sources/published/2025-03-06.md",
    # the listings' counts (``markup.listed_file``): the numbers the pages above show
    "briefing/_data/counts/listed/whos-who.json",
    "briefing/_data/counts/listed/timeline.json",
    "briefing/_data/counts/listed/key-figures.json",
    "briefing/_data/counts/listed/sources/index.json",
    "briefing/_data/counts/listed/topics/walkout.json",
    "briefing/_data/counts/listed/topics/talks.json",
]
SPLIT = CONFIG + "\n[book]\npage_items = 1\n"

TALKS = """\
Mediator Offers New Terms
Talks between the dockers' union and the port resumed on Thursday, the mediator Paul Kent said. “We are close to an offer,” Kent said. About 400 crane operators joined the walkout, the union said.
"""
TALKS_META = """\
id = "a2"
title = "Mediator Offers New Terms"
outlet = "Port Gazette"
published = "2025-03-06"
"""
FERRIES = """\
Ferry Crews Stay at Work
Ferry crews will keep sailing, their captain Ola Lind said on Tuesday. “We will not stop the boats,” Lind said. About 50 ferries run each day.
"""
FERRIES_META = """\
id = "a3"
title = "Ferry Crews Stay at Work"
outlet = "Coast Radio"
published = "2025-03-12"
"""
PERIOD_PAGE = re.compile(r"/(\d{4}(-\d\d){0,2}(-week)?|undated)(-reported-[^/]*)?\.md$")
PAGED = ("topics/talks", "key-figures", "sources/published", "whos-who")
"""Split listings with a page for each article's date (4 and 6 March)."""


def project(make_project) -> Path:
    return make_project(articles={"a1": (ARTICLE, META), "a2": (TALKS, TALKS_META)}, config=SPLIT)


def period_pages(docs: Path) -> set[str]:
    """Every page of a split listing (``briefing/<page>/<period>.md``)."""
    paths = (p.relative_to(docs).as_posix() for p in (docs / "briefing").rglob("*.md"))
    return {p for p in paths if PERIOD_PAGE.search(p)}


def test_split_pages_match_golden_files(make_project):
    """Set BRIEFBOOK_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change."""
    root = project(make_project)
    generate(Project(root))
    check_golden(root / "docs", GOLDEN_FILES, GOLDEN)


def test_every_claim_is_on_exactly_one_page_of_its_chapter(make_project):
    root = project(make_project)
    generate(Project(root))
    docs = root / "docs"
    export = json.loads((docs / "briefing/_data/briefbook-export.json").read_text("utf-8"))
    split = 0
    for topic in ("walkout", "talks", "background"):
        expected = sorted(c["id"] for c in export["claims"] if c["topic"] == topic)
        chapter = (docs / f"briefing/topics/{topic}.md").read_text("utf-8")
        pages = sorted((docs / f"briefing/topics/{topic}").glob("*.md"))
        if len(expected) <= 1:  # page_items = 1: one claim fits on the chapter's page
            assert not pages
            continue
        split += 1
        for page in pages:
            assert f"{topic}/{page.stem}\n" in chapter  # in the chapter's toctree
        # a day of more claims than page_items has a page for each party that makes them
        found = sorted(
            m
            for page in (docs / f"briefing/topics/{topic}").rglob("*.md")
            for m in re.findall(r"claim (c[0-9a-f]{8})", page.read_text("utf-8"))
        )
        assert found == expected
    assert split >= 2


def test_a_new_article_leaves_the_pages_of_other_dates_untouched(make_project):
    root = project(make_project)
    docs = root / "docs"
    generate(Project(root))
    before = period_pages(docs)
    assert {f"briefing/{p}/2025-03-06.md" for p in PAGED} <= before
    articles = root / "sources" / "articles"
    (articles / "a3.txt").write_text(FERRIES, encoding="utf-8")
    (articles / "a3.toml").write_text(FERRIES_META, encoding="utf-8")
    _, report = generate(Project(root))
    assert not set(report.written) & before, "pages of earlier dates were rewritten"
    assert not report.removed
    new = period_pages(docs) - before
    # the new date's period: its week, alone in it, or its day where the week is full
    landed = {
        p: {f"briefing/{p}/2025-03-12.md", f"briefing/{p}/2025-03-10-week.md"} & new
        for p in (*PAGED, "topics/background")
        if p != "topics/talks"
    }
    assert all(landed.values()), landed
    assert "briefing/key-figures.md" in report.written  # lists the new page


def test_an_edit_rewrites_the_pages_of_that_article_s_date_only(make_project):
    root = project(make_project)
    docs = root / "docs"
    generate(Project(root))
    before = period_pages(docs)
    text = root / "sources" / "articles" / "a2.txt"
    text.write_text(TALKS + "Officials said the cranes were repaired.\n", encoding="utf-8")
    _, report = generate(Project(root))
    pages = set(report.written) & before
    assert pages, "the edit changed no page"
    assert all("2025-03-06" in p for p in pages), pages


def test_a_split_book_builds_without_warnings(make_project):
    """Every period page is in a toctree, every link and reference resolves (-nW)."""
    root = project(make_project)
    generate(Project(root))
    docs = root / "docs"
    out = docs / "_build" / "html"
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-nW", "--keep-going", "-q", "-b", "html", str(docs),
         str(out)],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    chapter = (out / "briefing/topics/talks.html").read_text("utf-8")
    assert 'href="talks/2025-03-04.html"' in chapter
    assert 'href="talks/2025-03-06.html"' in chapter
    page = (out / "briefing/topics/talks/2025-03-06.html").read_text("utf-8")
    assert "Talks, 6 March 2025" in page
    # three claims that day, more than page_items: a page for each party that makes them,
    # in parts when one party (the mediator, two claims) has more
    assert 'href="2025-03-06/union.html"' in page
    assert 'href="2025-03-06/paul-kent--2.html"' in page
    party = (out / "briefing/topics/talks/2025-03-06/paul-kent--2.html").read_text("utf-8")
    assert "Talks, 6 March 2025: Paul Kent (2 of 2)" in party
    assert "We are close to an offer" in party
    # the period pages are in the PDF's toctree only: the sidebar lists the chapters
    assert "talks/2025-03-06" not in page[page.index("bd-docs-nav") :].split("</nav>")[0]


def _pages_read(docs: Path) -> set[str]:
    """Build the book's HTML (incrementally after the first time) and return the pages Sphinx
    read: those whose source or a file they depend on changed."""
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "--no-color", "-b", "html", str(docs),
         str(docs / "_build" / "html")],
        capture_output=True,
        text=True,
        check=True,
    )  # fmt: skip
    out = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", done.stdout)  # progress lines clear the line
    return set(re.findall(r"^reading sources\.\.\. \[\s*\d+%\] (\S+)", out, re.M))


def test_a_page_is_read_again_only_when_what_it_shows_changes(make_project):
    """Moving a statement of a1 to another topic changes a1's article data (its source page
    shows the topic) but not what an evidence link to a1 shows: pages that merely cite a1
    are not read again, only the pages generate rewrote, a1's source page and the
    bibliography (whose back-links depend on every page)."""
    root = project(make_project)
    docs = root / "docs"
    generate(Project(root))
    assert "briefing/topics/walkout/2025-03-04" in _pages_read(docs)  # the cold build
    data = json.loads((docs / "briefing/_data/a1.json").read_text("utf-8"))
    moved = next(
        s["id"]
        for b in data["blocks"]
        for s in b["sentences"]
        if s.get("topic", {}).get("id") == "walkout" and "walked out" in s["text"]
    )
    evidence = (docs / "briefing/_data/evidence/a1.json").read_bytes()
    (root / "sources" / "overrides.toml").write_text(
        f'[[statement]]\nsource = "a1"\nsentence = "{moved}"\ntopic = "talks"\n'
        'note = "the walkout is the talks\' subject"\n',
        encoding="utf-8",
    )
    _, report = generate(Project(root))
    assert "briefing/_data/a1.json" in report.written
    assert (docs / "briefing/_data/evidence/a1.json").read_bytes() == evidence
    rewritten = {p.removesuffix(".md") for p in report.written if p.endswith(".md")}
    read = _pages_read(docs)
    assert read, "the change read no page"
    assert read <= rewritten | {"briefing/sources/a1", "briefing/bibliography"}, read - rewritten
    citing = {  # pages that link evidence of a1 and that the change did not rewrite
        p.relative_to(docs).with_suffix("").as_posix()
        for p in (docs / "briefing").rglob("*.md")
        if "`a1/s" in p.read_text("utf-8") or "; a1/s" in p.read_text("utf-8")
    } - rewritten
    assert citing, "no page cites a1 without being rewritten: the test shows nothing"
    assert not citing & read


def test_a_day_of_who_s_who_is_split_by_initial_and_an_edit_touches_its_speakers_pages(
    make_project,
):
    """Past ``page_items`` statements a day's who's who has a page per initial of who made
    them: a new statement by the union rewrites the U pages, not the day's other speakers'."""
    root = project(make_project)
    docs = root / "docs"
    generate(Project(root))
    day = docs / "briefing/whos-who/2025-03-06"
    pages = {p.name for p in day.glob("*.md")}
    assert {"u.md", "p--1.md", "p--2.md"} <= pages, pages
    assert "Mediator" not in (day / "u.md").read_text("utf-8")
    text = root / "sources" / "articles" / "a2.txt"
    text.write_text(TALKS + "The union said the cranes were repaired.\n", encoding="utf-8")
    _, report = generate(Project(root))
    touched = {p for p in report.written if p.startswith("briefing/whos-who/2025-03-06/")}
    # the union's two statements (page_items = 1) are now in parts: U (1 of 2), U (2 of 2)
    assert touched == {f"briefing/whos-who/2025-03-06/u--{n}.md" for n in (1, 2)}, touched
    assert "cranes were repaired" in (day / "u--2.md").read_text("utf-8")


def test_a_chapter_s_best_claims_link_to_the_page_listing_them(make_project):
    """A split chapter's head names its best-sourced claims without their citations and
    evidence, which are on the page each links to."""
    root = project(make_project)
    generate(Project(root))
    docs = root / "docs"
    chapter = (docs / "briefing/topics/walkout.md").read_text("utf-8")
    head = chapter.split("```{rubric} By date of first report")[0]
    links = re.findall(r'"claim (c[0-9a-f]{8}), first reported [^"<]*</([^">]*)>"', head)
    assert links
    assert "cite:p" not in head and "briefbook-evidence" not in head
    for claim, page in links:
        assert f"claim {claim}" in (docs / f"{page}.md").read_text("utf-8")
