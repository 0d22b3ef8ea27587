"""What one new article rewrites: its own pages and those it joins, not the source pages of
the other articles, so that Sphinx reads again as little as it can."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

from briefbook.bench.synthetic import article, write_corpus
from briefbook.book.data import certainty
from briefbook.book.landing import KEY_DISPUTES
from briefbook.book.markup import COUNTS_FILE, DATA_DIR
from briefbook.commands.generate import generate
from briefbook.model import Briefing, TopicAssignment
from briefbook.project.load import Project
from briefbook.sphinx.source import explain
from conftest import REPO

UNRELATED = """\
The regional orchestra opened its winter season on Saturday with a programme of folk songs.

Its director said the hall had been repainted over the summer and that tickets sold out in two days.

Volunteers sold the programmes, and donations from listeners paid for the new seats.

The volunteers also ran a cloakroom, and the director thanked them and every donor.

A second concert is planned for the spring, the orchestra said in a statement.
"""


def _sphinx_html(docs: Path, out: Path) -> None:
    """An incremental HTML build of ``docs`` into ``out``."""
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-b", "html", str(docs), str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def _readings(briefing: Briefing) -> dict[tuple[str, str], TopicAssignment]:
    return {(s.source_id, s.sentence_id): s.topic for s in briefing.statements}


def test_adding_an_article_leaves_the_other_source_pages_byte_identical(tmp_path):
    """A sentence's topic confidence moves when any article is added (its cues are weighed
    by their rarity in the whole briefing: here "volunteers" and "donations" become less
    rare); its source page shows what its own article decides, so the pages and data of
    the other articles stay as they were, but for a sentence whose topic (or second topic)
    the new weights changed."""
    root = write_corpus(tmp_path / "b", 24, seed=7)
    docs = root / "docs" / "briefing"
    first, _ = generate(Project(root))
    ids = sorted(p.stem for p in (root / "sources" / "articles").glob("*.txt"))
    pages = {i: (f"_data/{i}.json", f"sources/{i}.md") for i in ids}
    before = {p: (docs / p).read_bytes() for i in ids for p in pages[i]}
    project = Project(root)
    _, meta = article(random.Random(99), 25, dt.date(2025, 3, 16), "spread")
    (project.articles / "syn00025.txt").write_text(UNRELATED, encoding="utf-8")
    (project.articles / "syn00025.toml").write_text(meta, encoding="utf-8")
    second, report = generate(Project(root))
    assert "briefing/_data/syn00025.json" in report.written
    old, new = _readings(first), _readings(second)
    moved = {
        k[0]
        for k, t in old.items()
        if (t.topic, t.also, t.evidence) != (new[k].topic, new[k].also, new[k].evidence)
    }
    joined = {e.source_id for c in second.claims for e in c.evidence if "syn00025" in c.sources}
    others = [i for i in ids if i not in moved | joined]
    assert len(others) >= 16, "the new article changes most others: the test shows little"
    assert any(  # as the source page showed it before
        round(new[k].confidence, 1) != round(t.confidence, 1)
        for k, t in old.items()
        if k[0] in others
    ), "no confidence moved: the test shows nothing"
    kept = [p for i in others for p in pages[i]]
    assert [p for p in kept if (docs / p).read_bytes() != before[p]] == []
    assert not any(w.removeprefix("briefing/") in kept for w in report.written)


def test_a_source_page_says_how_a_topic_won_not_by_how_much():
    def read(confidence: float, evidence: tuple[str, ...] = ("aid",)) -> TopicAssignment:
        return TopicAssignment("aid", confidence, evidence)

    assert certainty(read(1.0)) == "only"  # no other topic's cue was found
    assert certainty(read(0.7)) == certainty(read(0.8)) == "ahead"
    assert certainty(read(0.2, ())) == "none"  # the default topic
    topics = {"aid": "Aid"}
    sentence = {"id": "s1", "topic": {"id": "aid", "certainty": "ahead", "evidence": ["aid"]}}
    assert explain(sentence, topics).startswith(
        "Topic: Aid (ahead of other topics' cues); cues: aid"
    )
    sentence["topic"] = {"id": "aid", "certainty": "none", "evidence": []}
    assert explain(sentence, topics).startswith("Topic: Aid; no cue: default topic")


def test_the_key_points_list_the_most_reported_disputes_and_link_to_the_rest(tmp_path):
    """The landing page and the sourcing summary list KEY_DISPUTES figures in dispute, the
    most reported first, and a link to the key figures for the rest: a list of every dispute
    made them the largest pages that each new article changes."""
    root = write_corpus(tmp_path / "b", 24, seed=7)
    briefing, _ = generate(Project(root))
    disputed = [c for c in briefing.conflicts if c.kind == "figures"]
    assert len(disputed) > KEY_DISPUTES, "too few disputes: the test shows nothing"
    docs = root / "docs"
    for page, prefix in (("index.md", "briefing/"), ("briefing/overview.md", "")):
        text = (docs / page).read_text("utf-8")
        listed = re.findall(r"in (\d+) reports? from \d+ articles?$", text, re.MULTILINE)
        assert len(listed) == KEY_DISPUTES
        counts = [int(n) for n in listed]
        assert counts == sorted(counts, reverse=True)
        assert counts[0] == max(len(c.figures) for c in disputed)
        assert f"- [{{briefbook-count}}`more-disputes`]({prefix}key-figures.md)\n" in text
    counts = json.loads((docs / DATA_DIR / COUNTS_FILE).read_text("utf-8"))["counts"]
    assert counts["more-disputes"] == f"{len(disputed) - KEY_DISPUTES} more"


def test_adding_an_article_leaves_the_methodology_page_as_it_was(tmp_path):
    """The methodology does not repeat how many articles the briefing has (the summary says
    it), so a new article does not make Sphinx read it again."""
    root = write_corpus(tmp_path / "b", 12, seed=7)
    generate(Project(root))
    project = Project(root)
    text, meta = article(random.Random(99), 12, dt.date(2025, 3, 16), "spread")
    (project.articles / "syn00012.txt").write_text(text, encoding="utf-8")
    (project.articles / "syn00012.toml").write_text(meta, encoding="utf-8")
    _, report = generate(Project(root))
    assert "briefing/sources/syn00012.md" in report.written
    assert "briefing/overview.md" in report.written  # it counts the articles
    assert "briefing/methodology.md" not in report.written


def test_the_conflicts_are_split_by_kind_and_an_article_touches_the_kinds_it_joins(tmp_path):
    """Past ``page_items`` lines (a statement or a report each) the conflicts page links to
    a page per kind of conflict; an article that joins only figure disputes leaves the
    pages of the statements' conflicts as they were, so Sphinx does not read them again
    (on one page, every conflict was read again after any addition)."""
    root = write_corpus(tmp_path / "b", 60, seed=7)
    config = root / "sources" / "briefbook.toml"
    config.write_text(config.read_text("utf-8") + "\n[book]\npage_items = 20\n", "utf-8")
    first, _ = generate(Project(root))
    docs = root / "docs" / "briefing"
    kinds = {c.kind for c in first.conflicts}
    assert {"figures", "stance", "contradiction"} <= kinds
    top = (docs / "conflicts.md").read_text("utf-8")
    pages = {
        p.relative_to(docs).as_posix(): p.read_text("utf-8") for p in docs.glob("conflicts/**/*.md")
    }
    for c in first.conflicts:
        assert f"(conflicts/{c.kind}.md)" in top
        found = [p for p, text in pages.items() if f"(bb-conflict-{c.id})=\n" in text]
        assert len(found) == 1 and found[0].startswith(f"conflicts/{c.kind}"), (c.id, found)
    for path, text in pages.items():  # the links from the pages of each kind still lead
        for link in re.findall(r"\]\(([^)]+\.md)\)", text):
            assert (docs / path).parent.joinpath(link).resolve().is_file(), (path, link)
    shutil.copy(REPO / "docs" / "conf.py", root / "docs" / "conf.py")
    html = root / "docs" / "_build" / "html"
    _sphinx_html(root / "docs", html)
    project = Project(root)
    text, meta = article(random.Random(8), 60, dt.date(2025, 3, 16), "spread")
    (project.articles / "syn00060.txt").write_text(text, encoding="utf-8")
    (project.articles / "syn00060.toml").write_text(meta, encoding="utf-8")
    second, report = generate(Project(root))
    old = {c.id: c for c in first.conflicts}
    joined = {c.kind for c in second.conflicts if old.get(c.id) != c}
    assert joined == {"figures"}, "the article joins other kinds: the test shows little"
    # the disputes it joins show their new reports from the counts' data, on the figures'
    # page (written again, not read again) when no dispute starts
    assert f"{DATA_DIR}/{COUNTS_FILE}" in report.written
    _sphinx_html(root / "docs", html)
    grown = [
        c
        for c in second.conflicts
        if c.figures and c.id in old and len(c.figures) != len(old[c.id].figures)
    ]
    assert grown, "no dispute gained a report: the test shows little"
    shown = "".join(
        p.read_text("utf-8") for p in (html / "briefing").glob("conflicts/figures*.html")
    )
    shown += "".join(
        p.read_text("utf-8") for p in (html / "briefing").glob("conflicts/figures/**/*.html")
    )
    for c in grown:
        assert f"{len(c.figures)} reports from" in shown, c.id
    untouched = [f"briefing/{p}" for p in pages if not p.startswith("conflicts/figures")]
    assert untouched and not set(report.written) & set(untouched)


def test_a_small_book_has_one_bibliography_page(tmp_path):
    """Twenty articles (a tenth of the default page_items) stay one bibliography page: it
    is paged by period only past a quarter of page_items articles."""
    root = write_corpus(tmp_path / "b", 20, seed=3)
    generate(Project(root))
    docs = root / "docs" / "briefing"
    assert (docs / "bibliography.md").is_file()
    assert not (docs / "bibliography").exists()
