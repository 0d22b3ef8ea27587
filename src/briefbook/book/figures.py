"""The key figures page: every figure with its qualifier and claimant, as a table and a chart."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from briefbook.book import chart, paging
from briefbook.book.data import claimant_label
from briefbook.book.markup import (
    FOLDER,
    evidence_cell,
    myst_text,
    page,
    plural,
    published,
    split_pages,
    table,
)
from briefbook.model import Briefing, Conflict, Statement

CHART_FILE = f"{FOLDER}/key-figures.svg"


def evidence(s: Statement) -> str:
    return evidence_cell(s.source_id, s.sentence_id)


def figure_rows(briefing: Briefing) -> list[tuple[str, float, str, str, str, Statement]]:
    """(what is counted, value, qualifier, claimant, as of, statement) for every figure."""
    dates = {a.id: a.meta.published.iso() if a.meta.published else "" for a in briefing.articles}
    rows: list[tuple[str, float, str, str, str, Statement]] = []
    for s in briefing.statements:
        for q in s.quantities:
            if q.qualifier == "each" or not q.counts:
                continue
            who = claimant_label(briefing, s) or "the outlet"
            as_of = next((d.resolved for d in s.dates if d.resolved), "") or dates[s.source_id]
            rows.append((q.counts, q.value, q.qualifier, who, as_of, s))
    return rows


FIGURE_COLUMNS = [
    ("What", "l", 2),
    ("Figure", "r", 1.5),
    ("Claimant", "l", 2.2),
    ("As of", "l", 1.3),
    ("Reported by", "l", 3),
]


def _figure_table(rows: Sequence[tuple[str, float, str, str, str, Statement]]) -> list[str]:
    cells = [
        (
            myst_text(c),
            myst_text(f"{q} {v:,.0f}"),
            myst_text(w),
            myst_text(d or "not stated"),
            evidence(s),
        )
        for c, v, q, w, d, s in sorted(rows, key=lambda r: (r[0].casefold(), r[1]))
    ]
    return table(FIGURE_COLUMNS, cells)


TIKZ_ROWS = 1000
"""The most rows (bars and group headings) one TikZ chart can hold: its height, 0.55 cm a
row, must stay under TeX's largest length (about 5.7 m), or the PDF fails to build."""


def _pdf_chart(briefing: Briefing, conflicts: Sequence[Conflict]) -> list[str]:
    """The chart in TikZ, scaled to fit the page under the chapter's heading (``bbchart``
    in briefbook.sphinx's preamble); a sentence instead when it has too many rows."""
    bars = chart.bars(briefing, conflicts)
    rows = len(bars) + 2 * len({b.group for b in bars})
    if rows > TIKZ_ROWS:
        return [
            myst_text(
                f"The chart of these {len(bars):,} figures is too long to draw on a page: it "
                "is in the HTML book, and every figure is listed in this chapter."
            )
        ]
    return [
        "```{raw} latex",
        "\\begin{bbchart}",
        chart.tikz(briefing, conflicts),
        "\\end{bbchart}",
        "```",
    ]


def render_key_figures(briefing: Briefing) -> tuple[dict[str, str], str]:
    """The key-figures page (with the chart in TikZ for the PDF), split by period of
    publication past ``page_items`` figures, and its SVG chart (HTML)."""
    rows = figure_rows(briefing)
    conflicts = [c for c in briefing.conflicts if c.kind == "figures"]
    head = [
        "(bb-key-figures)=",
        "# Key figures",
        "",
        myst_text(
            f"{plural(len(rows), 'figure')} reported in the sources: who gave each, what it "
            "counts, as of when, and which articles report it. Where sources give different "
            "figures for the same quantity, the chart shows them side by side."
        ),
        "",
    ]
    if conflicts:
        head += [
            "````{only} html",
            "```{image} key-figures.svg",
            ":alt: Reported figures",
            "```",
            "````",
            "",
        ]
        head += ["````{only} latex", *_pdf_chart(briefing, conflicts), "````", ""]
    svg = chart.svg(briefing, conflicts)
    base = f"{FOLDER}/key-figures"
    dates = published(briefing)
    parts = paging.split(rows, lambda r: dates[r[5].source_id], briefing.config.book.page_items)
    if parts is None:
        return {f"{base}.md": page([*head, *_figure_table(rows)])}, svg
    by_counts: dict[str, list[float]] = defaultdict(list)
    for c, v, *_ in rows:
        by_counts[c].append(v)
    summary = [
        (myst_text(c), str(len(vs)), myst_text(f"{min(vs):,.0f}"), myst_text(f"{max(vs):,.0f}"))
        for c, vs in sorted(by_counts.items(), key=lambda kv: kv[0].casefold())
    ]
    head += table(
        [("What", "l", 3), ("Reports", "r", 1.5), ("Lowest", "r", 1.5), ("Highest", "r", 1.5)],
        summary,
    )
    head.append("")
    return split_pages(
        base,
        "Key figures",
        head,
        parts,
        "figure",
        lambda p: f"Figures in the articles published {p.when}.",
        _figure_table,
    ), svg


Event = tuple[str, str, str, Statement]
"""(resolved date, precision, the words that said it, the statement)."""
