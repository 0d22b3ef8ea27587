"""The sources index, each source's page and the bibliography page."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from briefbook.bidi import isolate
from briefbook.book import paging
from briefbook.book.markup import (
    FOLDER,
    date,
    display_title,
    myst_text,
    page,
    published,
    split_pages,
    table,
)
from briefbook.model import (
    Article,
    Briefing,
)
from briefbook.text import shorten

SOURCES_SHARE = 2
"""A sources page holds at most ``page_items`` // this many articles: each is a row of two
tables (the list of sources and the statements by source and topic), so a listing of
``page_items`` articles was twice as long as any other page. Past that, one page per period
of publication: at 200 articles (with the default ``page_items``) the listing is already in
periods, and one more article changes its own period's page and the short index, where it
made the one page of 200 rows into six pages."""


def sources_limit(briefing: Briefing) -> int:
    """The most articles listed on one sources page (:data:`SOURCES_SHARE`)."""
    return max(1, briefing.config.book.page_items // SOURCES_SHARE)


def render_sources_index(briefing: Briefing) -> dict[str, str]:
    """The list of sources, and how many statements each gives to each topic; past
    :func:`sources_limit` sources, one page per period of publication. Path -> MyST text."""
    head = [
        "(bb-sources)=",
        "# Sources",
        "",
        myst_text(
            "Each article as received, with its metadata, every sentence numbered and "
            "anchored, and what is not reporting (headline, byline, promotions, embedded "
            "posts) greyed with the reason it was left out of the briefing."
        ),
        "",
    ]
    # No toctree of source pages: they stay out of the navigation (the briefbook-source
    # directive marks them orphan), so the sidebar of every page does not grow with the
    # corpus and adding an article does not change it; the PDF gets them as appendices.
    base = f"{FOLDER}/sources/index"
    dates = published(briefing)
    parts = paging.split(briefing.articles, lambda a: dates[a.id], sources_limit(briefing))
    if parts is None:
        return {f"{base}.md": page([*head, *_sources_listing(briefing, briefing.articles, "")])}
    return split_pages(
        base,
        "Sources",
        head,
        parts,
        "article",
        lambda p: f"The articles published {p.when}.",
        lambda group: _sources_listing(briefing, group, "../"),
        folder="published",
    )


def _sources_listing(briefing: Briefing, articles: Sequence[Article], prefix: str) -> list[str]:
    return [
        *sources_table(briefing, articles, prefix),
        "",
        "```{rubric} Statements by source and topic",
        "```",
        "",
        *_matrix(briefing, articles, prefix),
    ]


def _matrix(briefing: Briefing, articles: Sequence[Article], prefix: str) -> list[str]:
    """How many statements each of ``articles`` gives to each topic."""
    ids = {a.id for a in articles}
    counts = Counter(
        (s.source_id, s.topic.topic) for s in briefing.statements if s.source_id in ids
    )
    topics = briefing.config.topics
    columns = [
        ("Source", "l", 3.0),
        *((myst_text(t.title), "r", 1.4) for t in topics),
        ("All", "r", 1.0),
    ]
    rows = [
        (
            f"[{myst_text(briefing.labels[a.id])}]({prefix}{a.id}.md)",
            *(str(counts[(a.id, t.id)] or "·") for t in topics),
            str(sum(counts[(a.id, t.id)] for t in topics)),
        )
        for a in articles
    ]
    return table(columns, rows)


def sources_table(briefing: Briefing, articles: Sequence[Article], prefix: str) -> list[str]:
    columns = [
        ("Citation", "l", 2.2),
        ("Headline", "l", 3.3),
        ("Outlet", "l", 1.8),
        ("Published", "l", 1.6),
        ("Grade", "c", 1.1),
    ]
    rows = [
        (
            f"[{myst_text(briefing.labels[a.id])}]({prefix}{a.id}.md)",
            myst_text(display_title(a)),
            myst_text(a.meta.outlet or "not stated"),
            myst_text(date(a)),
            briefing.reliability(a).value,
        )
        for a in articles
    ]
    return table(columns, rows)


HEADLINE_IN_TITLE = 150
"""The most characters of a headline in its source page's title (and so in the PDF's
running foot and the browser's tab): a longer one is cut at a word's end there, and given
whole in the page's metadata."""


def render_source(briefing: Briefing, article: Article) -> str:
    headline = shorten(display_title(article), HEADLINE_IN_TITLE)
    title = f"{isolate(briefing.labels[article.id])}: {isolate(headline)}"
    lines = [
        f"(bb-source-{article.id})=",
        f"# {myst_text(title)}",
        "",
        f"```{{briefbook-source}} {article.id}",
        "```",
    ]
    return page(lines)


BIBLIOGRAPHY_SHARE = 16
"""A bibliography page holds at most ``page_items`` // this many entries: an entry's "Cited
in" line links every place citing it (about a hundred; 12 KB of HTML an entry at 200
articles), so an entry weighs as a listing's many rows; past that, one page per period of
publication, like the sources index, and an added article makes Sphinx write again only the
periods whose lines change. A change usually moves the lines of one or two entries of a
page: with a quarter of ``page_items`` a page held a week of 50 entries (616 KB of HTML)
written again for one of them; with a sixteenth, a day's."""


BIBLIOGRAPHY_ONE_PAGE = 4
"""Up to ``page_items`` // this many articles, the bibliography is one page (a small book
keeps its one bibliography); past that, pages of at most ``page_items`` //
``BIBLIOGRAPHY_SHARE`` entries, by period of publication."""


def render_bibliography(briefing: Briefing) -> dict[str, str]:
    """The bibliography: every article, from its metadata; past ``page_items`` //
    ``BIBLIOGRAPHY_ONE_PAGE`` articles, one page per period of publication, each holding at
    most ``page_items`` // ``BIBLIOGRAPHY_SHARE`` entries. Path -> MyST text."""
    head = [
        "(bb-bibliography)=",
        "# Bibliography",
        "",
        myst_text(
            "Every article the briefing draws on, from its metadata. Dates marked inferred "
            "were worked out from the text; the source page gives the reason."
        ),
        "",
    ]
    base = f"{FOLDER}/bibliography"
    dates = published(briefing)
    parts = None
    if len(briefing.articles) > briefing.config.book.page_items // BIBLIOGRAPHY_ONE_PAGE:
        limit = max(1, briefing.config.book.page_items // BIBLIOGRAPHY_SHARE)
        parts = paging.split(briefing.articles, lambda a: dates[a.id], limit)
    if parts is None:
        return {f"{base}.md": page([*head, *_bibliography_of(briefing.articles)])}
    return split_pages(
        base,
        "Bibliography",
        head,
        parts,
        "article",
        lambda p: f"The articles published {p.when}.",
        _bibliography_of,
    )


def _bibliography_of(articles: Sequence[Article]) -> list[str]:
    """A ``bibliography`` directive holding the entries of ``articles``, named, so that its
    page changes when they do (``briefbook.sphinx.backrefs.own_entries``; sphinxcontrib-bibtex
    compares keys in lower case)."""
    keys = ", ".join(repr(a.id.lower()) for a in articles)
    return ["```{bibliography}", f":filter: key in {{{keys}}}", "```"]
