"""The key figures page: the disputes and the series of each kind of figure, with a chart per
kind, then every figure with its kind, qualifier, claimant and as-of date."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefbook.book import chart, paging
from briefbook.book.data import claimant_label
from briefbook.book.markup import (
    FOLDER,
    HEADER,
    cited,
    data_table,
    evidence_cell,
    figure_text,
    kind_title,
    myst_text,
    number_text,
    page,
    plural,
    published,
    split_pages,
    toctree_lines,
)
from briefbook.book.tables import Cell
from briefbook.model import (
    Briefing,
    Conflict,
    FigureReport,
    FigureSeries,
    PartialDate,
    Statement,
)


@dataclass(frozen=True, slots=True)
class Row:
    """One figure of one statement, as the key figures table lists it."""

    kind: str
    counts: str
    figure: str
    value: float
    claimant: str
    as_of: str
    statement: Statement


def evidence(s: Statement) -> str:
    return evidence_cell(s.source_id, s.sentence_id)


_AT = ("on", "by")
"""The relations of a date a figure can hold at (see ``DateExpression.relation``)."""


def figure_rows(briefing: Briefing) -> list[Row]:
    """Every figure of every statement but a per-group figure ("6,000 each")."""
    dates = {a.id: a.meta.published.iso() if a.meta.published else "" for a in briefing.articles}
    rows: list[Row] = []
    for s in briefing.statements:
        for q in s.quantities:
            if q.qualifier == "each":
                continue
            who = claimant_label(briefing, s) or "the outlet"
            # as the timeline: "since April" is no moment, "the 2022 collapse" dates the collapse
            as_of = next((d.resolved for d in s.dates if d.resolved and d.relation in _AT), "")
            as_of = as_of or dates[s.source_id]
            text = figure_text(q.value, q.high, q.qualifier, q.unit)
            rows.append(Row(q.kind, q.counts, text, q.value, who, as_of, s))
    return rows


FIGURE_COLUMNS = [
    ("Kind", "l", 1.3),
    ("What", "l", 2),
    ("Figure", "r", 1.5),
    ("Claimant", "l", 2.2),
    ("As of", "l", 1.3),
    ("Reported by", "l", 2.7),
]


def _figure_table(rows: Sequence[Row]) -> list[str]:
    cells: list[tuple[Cell, ...]] = [
        (
            r.kind,
            r.counts,
            r.figure,
            r.claimant,
            r.as_of or "not stated",
            [cited(r.statement.source_id, r.statement.sentence_id)],
        )
        for r in sorted(rows, key=lambda r: (r.kind, r.counts.casefold(), r.value))
    ]
    return data_table(FIGURE_COLUMNS, cells)


def _who(briefing: Briefing, f: FigureReport) -> str:
    return briefing.actor(f.claimant).name if f.claimant else "the outlet"


def _reports(briefing: Briefing, reports: Sequence[FigureReport], dated_first: bool) -> list[str]:
    rows: list[tuple[Cell, ...]] = [
        (
            f.as_of or "not stated",
            figure_text(f.value, f.high, f.qualifier, f.unit),
            f.text,
            _who(briefing, f),
            [cited(f.source_id, f.sentence_id)],
        )
        for f in reports
    ]
    columns = [
        ("As of", "l", 1.3),
        ("Figure", "r", 1.5),
        ("In the words of the article", "l", 2.2),
        ("Claimant", "l", 2),
        ("Reported by", "l", 2.5),
    ]
    if not dated_first:  # a dispute: the figures side by side, the date after them
        rows = [(r[1], r[0], *r[2:]) for r in rows]
        columns = [columns[1], columns[0], *columns[2:]]
    return [*data_table(columns, rows), ""]


def _dispute(briefing: Briefing, c: Conflict) -> list[str]:
    return [
        f"## {myst_text('⚠ In dispute: ' + c.about)}",
        "",
        myst_text(
            "Different claimants give figures that cannot all be right for the same time: see also"
        )
        + f" {{ref}}`the conflict <bb-conflict-{c.id}>`.",
        "",
        *_reports(briefing, c.figures, dated_first=False),
    ]


def _series(
    briefing: Briefing, t: FigureSeries, reports: Sequence[FigureReport] | None = None
) -> list[str]:
    return [
        f"(bb-series-{t.id})=",
        f"## {myst_text('Over time: ' + t.about)}",
        "",
        myst_text(
            "The figure as it was given on successive days (or revised by its claimant): a "
            "trend, not a disagreement between sources."
        ),
        "",
        *_reports(briefing, t.reports if reports is None else reports, dated_first=True),
    ]


TIKZ_ROWS = 1000
"""The most rows (bars and group headings) one TikZ chart can hold: its height, 0.55 cm a
row, must stay under TeX's largest length (about 5.7 m), or the PDF fails to build."""


def _drawable(drawn: chart.Chart) -> bool:
    return len(drawn.bars) + 2 * len(drawn.groups) <= TIKZ_ROWS


def _tikz_file(drawn: chart.Chart) -> str:
    """The generated file (beside its SVG, relative to the generated folder) that holds a
    chart's TikZ for the PDF."""
    return f"key-figures-{drawn.slug}.tex"


def _tikz_files(made: Sequence[chart.Chart]) -> dict[str, str]:
    """Path -> TikZ of each chart the PDF draws, scaled to fit the page under its heading
    (``bbchart`` in briefbook.sphinx's preamble). A file, not raw LaTeX in the page: the
    HTML build would keep its hundreds of lines in the page's doctree, and read them again
    each time the chart changes, for a book that never prints them."""
    return {
        f"{FOLDER}/{_tikz_file(d)}": "\n".join(
            [HEADER.rstrip("\n"), "\\begin{bbchart}", chart.tikz(d), "\\end{bbchart}", ""]
        )
        for d in made
        if _drawable(d)
    }


def _pdf_chart(drawn: chart.Chart) -> list[str]:
    """The chart in TikZ, drawn from its file by ``briefbook-pdf-chart``
    (``briefbook.sphinx.pdfchart``); a sentence instead when it has too many rows."""
    if not _drawable(drawn):
        return [
            myst_text(
                f"The chart of these {len(drawn.bars):,} figures is too long to draw on a page:"
                " it is in the HTML book, and every figure is listed below."
            ),
        ]
    return [f"```{{briefbook-pdf-chart}} ../../{_tikz_file(drawn)}", "```"]


KINDS = "kind"
"""The folder (under the key-figures page's own) of the page of each kind of figure."""


def kind_page(kind: str, unit: str) -> str:
    """The page of a kind (and unit) of figure, relative to the generated folder: where its
    chart, disputes and series are (``key-figures/kind/deaths``)."""
    return f"key-figures/{KINDS}/{chart.slug(kind, unit)}"


def _kind_pages(briefing: Briefing) -> tuple[dict[str, str], list[str], dict[str, str]]:
    """A page per kind with a dispute or a series (its chart, then its disputes and
    series), the key-figures page's lines that link to them, and the SVG files.

    Each kind has its own page so that a new figure makes Sphinx read again only the kinds
    it touches: on one page, every chart's TikZ and every dispute and series of the book
    (about a sixth of the book's text on a real-shaped corpus) was read again for any."""
    made = chart.charts(briefing)
    disputes: dict[tuple[str, str], list[Conflict]] = defaultdict(list)
    for c in briefing.conflicts:
        if c.kind == "figures" and c.figures:
            disputes[(c.figures[0].kind, c.figures[0].unit)].append(c)
    series: dict[tuple[str, str], list[FigureSeries]] = defaultdict(list)
    for t in briefing.series:
        series[(t.kind, t.unit)].append(t)
    pages: dict[str, str] = {}
    links: list[str] = []
    dates = published(briefing)
    for drawn in made:
        heading = kind_title(drawn.kind) + (f" ({drawn.unit})" if drawn.unit else "")
        path = kind_page(drawn.kind, drawn.unit)
        found = disputes[(drawn.kind, drawn.unit)]
        over_time = series[(drawn.kind, drawn.unit)]
        counts = [
            *([plural(len(found), "dispute")] if found else []),
            *([f"{len(over_time)} series"] if over_time else []),
        ]
        links.append(f"- [{myst_text(heading)}]({path}.md): " + myst_text(" and ".join(counts)))
        lines = [
            f"# {myst_text('Key figures: ' + heading)}",
            "",
            "````{only} html",
            f"```{{image}} ../../key-figures-{drawn.slug}.svg",
            f":alt: {myst_text(drawn.title)}: figures in dispute and over time",
            "```",
            "````",
            "",
            "````{only} latex",
            *_pdf_chart(drawn),
            "````",
            "",
        ]
        base = f"{FOLDER}/{path}"
        pages.update(_kind_sections(briefing, dates, base, heading, lines, found, over_time))
    listing = []
    if links:
        listing = [
            "```{rubric} By kind",
            "```",
            "",
            *links,
            "",
            # in the PDF each kind is a section of this chapter, before every figure
            "````{only} latex",
            *toctree_lines([kind_page(d.kind, d.unit) for d in made]),
            "````",
            "",
        ]
    return pages, listing, {**chart.chart_files(made, FOLDER), **_tikz_files(made)}


@dataclass(frozen=True, slots=True)
class Part:
    """The reports of one dispute or series on one page of its kind: a dispute's all of
    them; a long series's those published in the page's period. ``later``: the first part
    of a series with reports on later pages links there through its kind's page, ``later``
    (its file name), whose list of pages is rewritten for each new report anyway: a link
    to each later page here would make every new day rewrite the series's first page."""

    item: Conflict | FigureSeries
    reports: tuple[FigureReport, ...]
    first: bool = True
    later: str = ""


def _reports_of(item: Conflict | FigureSeries) -> tuple[FigureReport, ...]:
    return item.figures if isinstance(item, Conflict) else item.reports


def _part(briefing: Briefing, part: Part) -> list[str]:
    item = part.item
    if isinstance(item, Conflict):
        return _dispute(briefing, item)
    if part.first:
        lines = _series(briefing, item, part.reports)
        if not part.later:
            return lines
        more = myst_text("Its later reports are on the pages of later dates: see")
        return [*lines, f"{more} [{myst_text('the list')}](../{part.later}.md).", ""]
    return [
        f"## {myst_text('Over time: ' + item.about + ' (continued)')}",
        "",
        myst_text("The reports of this series published in this period; see")
        + f" {{ref}}`its first reports <bb-series-{item.id}>`.",
        "",
        *_reports(briefing, part.reports, dated_first=True),
    ]


def _kind_sections(
    briefing: Briefing,
    dates: Mapping[str, PartialDate | None],
    base: str,
    heading: str,
    head: list[str],
    found: Sequence[Conflict],
    over_time: Sequence[FigureSeries],
) -> dict[str, str]:
    """A kind's page: ``head`` (its chart), then its disputes and series; past
    ``page_items`` reports in them (each is a row with a link to its sentence), a page per
    period: a dispute on the page of the article that first reported it, a series's
    reports each on the page of the article that reported it (its first part has its
    heading and label; a later part links back to it). A new report so rewrites the
    chart's short page and the page of its own date, and Sphinx reads again only those: a
    series that began on the first day and gains a report a day no longer makes the first
    day's page, with every report of the series, be read again (a kind's disputes and
    series can list thousands of reports); ``dates``: each article's publication date."""

    def first(item: Conflict | FigureSeries) -> PartialDate | None:
        known = [d for d in (dates[f.source_id] for f in _reports_of(item)) if d is not None]
        return min(known, key=lambda d: d.iso()) if known else None

    items: list[Conflict | FigureSeries] = [*found, *over_time]
    units: list[tuple[Conflict | FigureSeries, tuple[FigureReport, ...], PartialDate | None]] = [
        (c, c.figures, first(c)) for c in found
    ]
    units += [(t, (f,), dates[f.source_id]) for t in over_time for f in t.reports]
    split = paging.split(
        units, lambda u: u[2], briefing.config.book.page_items, lambda u: len(u[1])
    )
    if split is None:
        body = [line for item in items for line in _part(briefing, Part(item, _reports_of(item)))]
        return {f"{base}.md": page([*head, *body])}
    seen: dict[str, list[str]] = defaultdict(list)  # series id -> its periods
    for p, group in split:
        for item, _, _ in group:
            if isinstance(item, FigureSeries) and p.key not in seen[item.id]:
                seen[item.id].append(p.key)
    own = base.rpartition("/")[2]
    parts: list[tuple[paging.Period, list[Part]]] = []
    for p, group in split:
        merged: list[Part] = []
        for item, reports, _ in group:
            if merged and merged[-1].item is item:
                last = merged.pop()
                merged.append(Part(item, last.reports + reports, last.first, last.later))
                continue
            periods = seen[item.id] if isinstance(item, FigureSeries) else []
            is_first = not periods or periods[0] == p.key
            later = own if is_first and len(periods) > 1 else ""
            merged.append(Part(item, reports, is_first, later))
        parts.append((p, merged))
    return split_pages(
        base,
        f"Key figures: {heading}",
        head,
        parts,
        "section",
        lambda p: f"The disputes first reported, and the reports of series published, {p.when}.",
        lambda group: [line for part in group for line in _part(briefing, part)],
        heading="By date of report",
    )


def render_key_figures(briefing: Briefing) -> tuple[dict[str, str], dict[str, str]]:
    """The key-figures page, a page per kind of figure with a dispute or a series (its
    chart: SVG in HTML, TikZ in the PDF), the list of every figure split by period of
    publication past ``page_items`` figures, and the SVG charts: (pages, charts), path ->
    text."""
    rows = figure_rows(briefing)
    n_disputes = sum(1 for c in briefing.conflicts if c.kind == "figures")
    n_series = len(briefing.series)
    found = [
        *([plural(n_disputes, "dispute") + " (figures that disagree for the same time)"]
          if n_disputes else []),
        *([f"{n_series} series (a figure's values over time)"]
          if n_series else []),
    ]  # fmt: skip
    shown = " " + " and ".join(found) + ": a page and a chart per kind of figure." if found else ""
    head = [
        "(bb-key-figures)=",
        "# Key figures",
        "",
        myst_text(
            f"{plural(len(rows), 'figure')} reported in the sources: what each counts, who "
            f"gave it, as of when, and which articles report it.{shown}"
        ),
        "",
    ]
    kinds, sections, svgs = _kind_pages(briefing)
    head += sections
    base = f"{FOLDER}/key-figures"
    dates = published(briefing)
    parts = paging.split(
        rows, lambda r: dates[r.statement.source_id], briefing.config.book.page_items
    )
    heading = ["## Every figure", ""]
    if parts is None:
        return {f"{base}.md": page([*head, *heading, *_figure_table(rows)]), **kinds}, svgs
    by_kind: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        by_kind[r.kind].append(r.value)
    summary = [
        (k, str(len(vs)), number_text(min(vs)), number_text(max(vs)))
        for k, vs in sorted(by_kind.items())
    ]
    head += heading
    head += data_table(
        [("Kind", "l", 3), ("Reports", "r", 1.5), ("Lowest", "r", 1.5), ("Highest", "r", 1.5)],
        summary,
    )
    head.append("")
    return {
        **split_pages(
            base,
            "Key figures",
            head,
            parts,
            "figure",
            lambda p: f"Figures in the articles published {p.when}.",
            _figure_table,
        ),
        **kinds,
    }, svgs


Event = tuple[str, str, str, Statement]
"""(resolved date, precision, the words that said it, the statement)."""
