"""The key-figures pages: a page per kind of figure, so that a new figure rewrites the kinds
it touches; the same charts in the PDF."""

from __future__ import annotations

import dataclasses
import re

from briefbook.bench.synthetic import write_corpus
from briefbook.book import figures, paging
from briefbook.book.tables import CITED
from briefbook.commands.generate import load_briefing
from briefbook.model import Briefing, PartialDate
from briefbook.project.load import Project

CITED_CELL = f'{{"{CITED}": '
"""How a table's cell citing a sentence starts (``briefbook.book.tables``)."""


def _briefing(tmp_path, page_items: int) -> Briefing:
    briefing = load_briefing(Project(write_corpus(tmp_path / "b", 12, seed=7)))
    book = briefing.config.book.model_copy(update={"page_items": page_items})
    return dataclasses.replace(briefing, config=briefing.config.model_copy(update={"book": book}))


def test_each_kind_has_its_page_and_the_landing_page_no_chart(tmp_path):
    briefing = _briefing(tmp_path, 200)
    pages, svgs = figures.render_key_figures(briefing)
    landing = pages["briefing/key-figures.md"]
    assert "tikzpicture" not in landing and "{image}" not in landing
    kinds = {p for p in pages if p.startswith("briefing/key-figures/kind/")}
    assert len(kinds) >= 2, "fewer than two kinds: the test shows nothing"
    assert len([f for f in svgs if f.endswith(".svg")]) == len(kinds)
    for path in kinds:
        page = pages[path]
        slug = path.removeprefix("briefing/key-figures/kind/").removesuffix(".md")
        # linked from the landing page, in its PDF toctree, with its own chart only
        assert f"(key-figures/kind/{slug}.md)" in landing
        assert f"\nkey-figures/kind/{slug}\n" in landing
        # the PDF's chart is drawn from its own file: no TikZ in the page (nor its doctree)
        assert "tikzpicture" not in page
        assert page.count(f"```{{briefbook-pdf-chart}} ../../key-figures-{slug}.tex") == 1
        assert "\\begin{tikzpicture}" in svgs[f"briefing/key-figures-{slug}.tex"]
        assert f"```{{image}} ../../key-figures-{slug}.svg" in page
        assert f"briefing/key-figures-{slug}.svg" in svgs
    # every dispute and series is on exactly one page, that of its kind
    on_pages = sorted(
        m
        for path in kinds
        for m in re.findall(r"^## (?:⚠ In dispute|Over time)(?!.*continued)", pages[path], re.M)
    )
    n = sum(1 for c in briefing.conflicts if c.kind == "figures") + len(briefing.series)
    assert len(on_pages) == n


def test_a_kind_with_many_disputes_and_series_is_split_by_date(tmp_path):
    """Past page_items, a kind's page keeps its chart and links to a page per date of
    report; each dispute or series starts on one of them, under its kind."""
    briefing = _briefing(tmp_path, 2)
    pages, _ = figures.render_key_figures(briefing)
    kinds = [p for p in pages if re.fullmatch(r"briefing/key-figures/kind/[^/]+\.md", p)]
    split = [p for p in kinds if pages[p].count("By date of report")]
    assert split, "no kind with more than two disputes and series: the test shows nothing"
    for path in split:
        page = pages[path]
        assert "{briefbook-pdf-chart}" in page and "## ⚠ In dispute" not in page
        parts = [p for p in pages if p.startswith(path.removesuffix(".md") + "/")]
        assert parts
        for part in parts:
            assert "briefbook-pdf-chart" not in pages[part]
            assert re.search(r"^## (?:⚠ In dispute|Over time)", pages[part], re.M)
    counted = sum(
        len(re.findall(r"^## (?:⚠ In dispute|Over time)(?!.*continued)", text, re.M))
        for p, text in pages.items()
        if p.startswith("briefing/key-figures/kind/")
    )
    assert counted == sum(1 for c in briefing.conflicts if c.kind == "figures") + len(
        briefing.series
    )


def test_a_kind_is_split_by_its_reports_not_only_by_its_disputes_and_series(tmp_path):
    """A few disputes and series can list thousands of reports (each a row and a link):
    the kind's page is split when they hold more than page_items reports, so that a new
    figure makes Sphinx read again the chart's short page, not every report of the kind."""
    briefing = _briefing(tmp_path, 200)
    reports: dict[str, tuple[int, int]] = {}  # slug -> (disputes and series, their reports)
    for c in briefing.conflicts:
        if c.kind == "figures" and c.figures:
            slug = figures.chart.slug(c.figures[0].kind, c.figures[0].unit)
            n, r = reports.get(slug, (0, 0))
            reports[slug] = (n + 1, r + len(c.figures))
    for t in briefing.series:
        slug = figures.chart.slug(t.kind, t.unit)
        n, r = reports.get(slug, (0, 0))
        reports[slug] = (n + 1, r + len(t.reports))
    slug, (items, rows) = max(reports.items(), key=lambda kv: kv[1][1] - kv[1][0])
    assert rows > items + 1, "no dispute or series with several reports: the test shows nothing"
    pages, _ = figures.render_key_figures(_briefing(tmp_path / "again", items))
    head = pages[f"briefing/key-figures/kind/{slug}.md"]
    assert "By date of report" in head and "## ⚠ In dispute" not in head
    assert "{briefbook-pdf-chart}" in head
    parts = [p for p in pages if p.startswith(f"briefing/key-figures/kind/{slug}/")]
    assert parts and all("briefbook-pdf-chart" not in pages[p] for p in parts)
    links = sum(pages[p].count(CITED_CELL) for p in parts)
    assert links == rows  # every report is on a part, with its link


def test_a_long_series_is_split_by_the_date_of_each_report(tmp_path):
    """A series that began on the first day gains reports on later days: each report is on
    the page of its article's date, the first part keeps the series's heading and label,
    and a new report rewrites its own date's page and the kind's page, not the first
    part's page with every earlier report of the series."""
    briefing = _briefing(tmp_path, 2)
    dates = {a.id: a.meta.published.iso() for a in briefing.articles if a.meta.published}
    t = max(briefing.series, key=lambda t: len({dates[f.source_id] for f in t.reports}))
    days = sorted({dates[f.source_id] for f in t.reports})
    assert len(days) >= 3, "no series reported on three days: the test shows nothing"
    slug = figures.chart.slug(t.kind, t.unit)
    folder = f"briefing/key-figures/kind/{slug}"
    after, _ = figures.render_key_figures(briefing)

    def page_of(day: str) -> str:
        """The page of the period that holds ``day``: the day's, else its week's or month's."""
        date = PartialDate.parse(day)
        periods = (paging.period(date, g).key for g in ("day", "week", "month"))
        return next(f"{folder}/{k}.md" for k in periods if f"{folder}/{k}.md" in after)

    label = f"(bb-series-{t.id})="
    with_label = [p for p, text in after.items() if label in text]
    first = page_of(days[0])
    assert with_label == [first]
    assert f"[the list](../{slug}.md)" in after[first]
    for day in days[1:]:
        if page_of(day) != first:
            assert f"<bb-series-{t.id}>`" in after[page_of(day)]
    rows = sum(text.count(CITED_CELL) for p, text in after.items() if p.startswith(folder + "/"))
    assert rows >= len(t.reports)
    last = days[-1]
    # the last report on the last day, taken away, is the "new report"
    newest = next(f for f in reversed(t.reports) if dates[f.source_id] == last)
    kept = tuple(f for f in t.reports if f is not newest)
    series = tuple(dataclasses.replace(s, reports=kept) if s is t else s for s in briefing.series)
    before, _ = figures.render_key_figures(dataclasses.replace(briefing, series=series))
    changed = {p for p in after if before.get(p) != after[p]}
    assert page_of(last) != first, "the series's last report shares the first's page"
    assert first not in changed
    assert changed <= {page_of(last), f"{folder}.md", "briefing/key-figures.md"}
