"""The key-figures chart: conflicting figures side by side, as SVG (HTML) and TikZ (PDF).

Both are drawn from the same rows, so the two outputs show the same thing; both are vector.
Labels come from article metadata and names, so they are escaped for XML and for LaTeX.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from briefbook.bidi import isolate
from briefbook.book.printable import LATEX_BREAKS, Break, pieces, visible
from briefbook.model import Briefing, Conflict
from briefbook.project.output import GENERATED_MARK

WIDTH = 720
ROW = 22
LABEL = 330
BAR = WIDTH - LABEL - 90


@dataclass(frozen=True, slots=True)
class Bar:
    group: str
    label: str
    value: float
    text: str


def bars(briefing: Briefing, conflicts: Sequence[Conflict]) -> list[Bar]:
    names = {a.id: a.name for a in briefing.actors}
    out = []
    for conflict in conflicts:
        seen: set[tuple[float, str]] = set()
        for f in conflict.figures:
            who = names[f.claimant] if f.claimant else "the outlet"
            label = f"{isolate(who)} ({isolate(briefing.labels[f.source_id])})"
            if (f.value, label) in seen:
                continue
            seen.add((f.value, label))
            out.append(Bar(conflict.about, label, f.value, f"{f.qualifier} {f.value:,.0f}"))
    return out


def svg(briefing: Briefing, conflicts: Sequence[Conflict]) -> str:
    rows = bars(briefing, conflicts)
    groups = list(dict.fromkeys(b.group for b in rows))
    height = ROW * (len(rows) + 2 * len(groups)) + 10
    out = [
        f"<!-- {GENERATED_MARK} from sources/: do not edit -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="12" role="img">',
        "<title>Figures reported by the sources, where they differ</title>",
    ]
    y = 0
    for group in groups:
        members = [b for b in rows if b.group == group]
        top = max(b.value for b in members) or 1
        y += ROW
        heading = _svg_text(group[:1].upper() + group[1:])
        out.append(f'<text x="0" y="{y}" font-weight="bold">{heading}</text>')
        y += ROW // 2
        for b in members:
            length = round(BAR * b.value / top)
            out.append(f'<text x="0" y="{y + 14}">{_svg_text(b.label, 52)}</text>')
            out.append(
                f'<rect x="{LABEL}" y="{y + 3}" width="{length}" height="14" fill="#4a6fa5"/>'
            )
            out.append(f'<text x="{LABEL + length + 6}" y="{y + 14}">{_svg_text(b.text)}</text>')
            y += ROW
        y += ROW // 2
    out.append("</svg>")
    return "\n".join(out) + "\n"


_LATEX = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "%": r"\%",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def latex_text(text: str) -> str:
    """Text as LaTeX that prints exactly these characters (``briefbook.book.printable``:
    control characters shown, isolates as runs of their own, long runs breakable)."""
    return "".join(
        LATEX_BREAKS[piece]
        if isinstance(piece, Break)
        else "".join(_LATEX.get(c, c) for c in piece)
        for piece in pieces(" ".join(text.split()))
    )


def _svg_text(text: str, limit: int | None = None) -> str:
    """Text for an SVG ``<text>``: escaped, control characters shown (XML has no place for
    them), cut at ``limit`` characters as an isolate (``briefbook.bidi``)."""
    return html.escape(visible(isolate(text[:limit]) if limit else text))


def tikz(briefing: Briefing, conflicts: Sequence[Conflict]) -> str:
    rows = bars(briefing, conflicts)
    groups = list(dict.fromkeys(b.group for b in rows))
    out = [r"\begin{center}\begin{tikzpicture}[x=1cm,y=-0.55cm,font=\footnotesize]"]
    y = 0.0
    for group in groups:
        members = [b for b in rows if b.group == group]
        top = max(b.value for b in members) or 1
        out.append(
            rf"\node[anchor=west,font=\footnotesize\bfseries] at (0,{y}) {{{latex_text(group)}}};"
        )
        y += 1
        for b in members:
            length = 6.5 * b.value / top
            out.append(rf"\node[anchor=west] at (0,{y}) {{{latex_text(isolate(b.label[:52]))}}};")
            out.append(
                rf"\fill[blue!55!gray] (7,{y - 0.35}) rectangle ({7 + length:.2f},{y + 0.35});"
            )
            out.append(rf"\node[anchor=west] at ({7.1 + length:.2f},{y}) {{{latex_text(b.text)}}};")
            y += 1
        y += 0.5
    out.append(r"\end{tikzpicture}\end{center}")
    return "\n".join(out)
