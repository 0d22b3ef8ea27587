"""The key-figures charts: one per kind of figure, as SVG (HTML) and TikZ (PDF).

A chart holds the kind's disputes (the figures that disagree, side by side, marked ⚠) and
its series (the values over time, in date order, in another colour), so the two look
different. When a chart's values span more than ``LOG_RATIO`` times, its scale is
logarithmic, and says so: a 600,000 cannot flatten a 12 beside it. A range is drawn from
its low to its high end. Both outputs are drawn from the same rows and are vector; labels
come from article metadata and names, so they are escaped for XML and for LaTeX.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from briefbook.bidi import isolate
from briefbook.book.markup import figure_text, kind_title
from briefbook.book.printable import latex_text, visible
from briefbook.model import Briefing, FigureReport
from briefbook.project.output import GENERATED_MARK

WIDTH = 720
ROW = 22
LABEL = 330
BAR = WIDTH - LABEL - 110
LOG_RATIO = 20
"""Values spanning more than this many times are drawn on a logarithmic scale."""
LOG_FLOOR = 0.25
"""On a logarithmic scale, the share of a bar the smallest value still gets."""
COLOURS = {"dispute": "#b5442f", "series": "#4a6fa5"}
TIKZ_COLOURS = {"dispute": "red!65!black", "series": "blue!55!gray"}

Style = Literal["dispute", "series"]


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float
    high: float | None
    text: str


@dataclass(frozen=True, slots=True)
class Group:
    title: str
    style: Style
    bars: tuple[Bar, ...]


@dataclass(frozen=True, slots=True)
class Chart:
    kind: str
    unit: str
    groups: tuple[Group, ...]
    low: float = field(init=False, repr=False, compare=False)
    """The smallest value above zero that the chart draws (0 when there is none)."""
    top: float = field(init=False, repr=False, compare=False)
    """The largest value above zero that the chart draws (1 when there is none)."""

    def __post_init__(self) -> None:
        # the scale, found once: every bar is placed on it (a chart can have thousands)
        values = [v for b in self.bars for v in (b.value, b.high or b.value) if v > 0]
        object.__setattr__(self, "low", min(values, default=0.0))
        object.__setattr__(self, "top", max(values, default=1.0))

    @property
    def slug(self) -> str:
        return slug(self.kind, self.unit)

    @property
    def log(self) -> bool:
        return self.low > 0 and self.top / self.low > LOG_RATIO

    @property
    def bars(self) -> list[Bar]:
        return [b for g in self.groups for b in g.bars]

    @property
    def title(self) -> str:
        unit = f" ({self.unit})" if self.unit else ""
        scale = ", logarithmic scale" if self.log else ""
        return f"{kind_title(self.kind)}{unit}{scale}"

    def share(self, value: float) -> float:
        """Where ``value`` falls on the chart's scale, from 0 to 1."""
        top, low = self.top, self.low
        if not self.log:
            return max(0.0, value) / top
        span = math.log10(top) - math.log10(low)
        return LOG_FLOOR + (1 - LOG_FLOOR) * (math.log10(max(value, low)) - math.log10(low)) / span


def slug(kind: str, unit: str) -> str:
    """A kind and unit of figure as a file name: ``deaths``, ``amount-usd``."""
    return "".join(c if c.isalnum() else "-" for c in f"{kind}-{unit}".casefold()).strip("-")


def _bar(f: FigureReport, names: dict[str, str], labels: dict[str, str], dated: bool) -> Bar:
    who = names[f.claimant] if f.claimant else "the outlet"
    label = f"{isolate(who)} ({isolate(labels[f.source_id])})"
    if dated:
        label = f"{f.as_of or 'undated'}: {label}"
    return Bar(label, f.value, f.high, figure_text(f.value, f.high, f.qualifier, f.unit))


def charts(briefing: Briefing) -> list[Chart]:
    """One chart per kind (and unit) of figure with a dispute or a series."""
    names = {a.id: a.name for a in briefing.actors}
    groups: dict[tuple[str, str], list[Group]] = {}
    for conflict in briefing.conflicts:
        if conflict.kind != "figures" or not conflict.figures:
            continue
        first = conflict.figures[0]
        bars = tuple(
            dict.fromkeys(_bar(f, names, briefing.labels, False) for f in conflict.figures)
        )
        groups.setdefault((first.kind, first.unit), []).append(
            Group(f"⚠ In dispute: {conflict.about}", "dispute", bars)
        )
    for series in briefing.series:
        bars = tuple(dict.fromkeys(_bar(f, names, briefing.labels, True) for f in series.reports))
        groups.setdefault((series.kind, series.unit), []).append(
            Group(f"Over time: {series.about}", "series", bars)
        )
    return [Chart(kind, unit, tuple(g)) for (kind, unit), g in sorted(groups.items())]


def svg(chart: Chart) -> str:
    height = ROW * (len(chart.bars) + 2 * len(chart.groups) + 1) + 10
    out = [
        f"<!-- {GENERATED_MARK} from sources/: do not edit -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="12" role="img">',
        f"<title>{_svg_text(chart.title)}: figures in dispute and over time</title>",
        f'<text x="0" y="{ROW - 6}" font-weight="bold" font-size="13">'
        f"{_svg_text(chart.title)}</text>",
    ]
    y = ROW
    for group in chart.groups:
        y += ROW
        colour = COLOURS[group.style]
        out.append(
            f'<text x="0" y="{y}" font-weight="bold" fill="{colour}">'
            f"{_svg_text(group.title, 110)}</text>"
        )
        y += ROW // 2
        for b in group.bars:
            start = 0.0 if b.high is None else chart.share(b.value)
            end = chart.share(b.high if b.high is not None else b.value)
            x0, x1 = LABEL + round(BAR * start), LABEL + max(2, round(BAR * end))
            out.append(f'<text x="0" y="{y + 14}">{_svg_text(b.label, 52)}</text>')
            out.append(
                f'<rect x="{x0}" y="{y + 3}" width="{max(2, x1 - x0)}" height="14" '
                f'fill="{colour}"/>'
            )
            out.append(f'<text x="{x1 + 6}" y="{y + 14}">{_svg_text(b.text)}</text>')
            y += ROW
        y += ROW // 2
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _svg_text(text: str, limit: int | None = None) -> str:
    """Text for an SVG ``<text>``: escaped, control characters shown (XML has no place for
    them), cut at ``limit`` characters as an isolate (``briefbook.bidi``)."""
    return html.escape(visible(isolate(text[:limit]) if limit else text))


def tikz(chart: Chart) -> str:
    out = [
        r"\begin{center}\begin{tikzpicture}[x=1cm,y=-0.55cm,font=\footnotesize]",
        rf"\node[anchor=west,font=\small\bfseries] at (0,0) {{{latex_text(chart.title)}}};",
    ]
    y = 1.5
    for group in chart.groups:
        colour = TIKZ_COLOURS[group.style]
        title = latex_text(isolate(group.title.replace("⚠ ", "")[:100]))
        out.append(
            rf"\node[anchor=west,font=\footnotesize\bfseries,text={colour}] at (0,{y}) {{{title}}};"
        )
        y += 1
        for b in group.bars:
            start = 0.0 if b.high is None else 6 * chart.share(b.value)
            end = max(0.05, 6 * chart.share(b.high if b.high is not None else b.value))
            out.append(rf"\node[anchor=west] at (0,{y}) {{{latex_text(isolate(b.label[:52]))}}};")
            box = f"({7 + start:.2f},{y - 0.35}) rectangle ({7 + end:.2f},{y + 0.35})"
            out.append(rf"\fill[{colour}] {box};")
            out.append(rf"\node[anchor=west] at ({7.1 + end:.2f},{y}) {{{latex_text(b.text)}}};")
            y += 1
        y += 0.5
    out.append(r"\end{tikzpicture}\end{center}")
    return "\n".join(out)


def chart_files(charts_: Sequence[Chart], folder: str) -> dict[str, str]:
    """Path -> SVG of every chart, named after its kind."""
    return {f"{folder}/key-figures-{c.slug}.svg": svg(c) for c in charts_}
