"""Reference pages of the book: key figures (with a chart), quotations, timeline, who's who.

Pure functions: a Briefing in, MyST text (and the chart) out. Article text enters only
through ``myst_text``; evidence links use the ``briefbook-evidence`` role.
"""

from __future__ import annotations

from collections import defaultdict

from briefbook import chart
from briefbook.model import Briefing, Kind, Statement
from briefbook.render import (
    FOLDER,
    claimant_label,
    evidence_cell,
    myst_text,
    page,
    plural,
    role_text,
    table,
)

CHART_FILE = f"{FOLDER}/key-figures.svg"


def _evidence(s: Statement) -> str:
    return evidence_cell(s.source_id, s.sentence_id)


def figure_rows(briefing: Briefing) -> list[tuple[str, float, str, str, str, Statement]]:
    """(what is counted, value, qualifier, claimant, as of, statement) for every figure."""
    dates = {a.id: a.meta.published.iso() if a.meta.published else "" for a in briefing.articles}
    rows = []
    for s in briefing.statements:
        for q in s.quantities:
            if q.qualifier == "each" or not q.counts:
                continue
            who = claimant_label(briefing, s) or "the outlet"
            as_of = next((d.resolved for d in s.dates if d.resolved), "") or dates[s.source_id]
            rows.append((q.counts, q.value, q.qualifier, who, as_of, s))
    return rows


def render_key_figures(briefing: Briefing) -> tuple[str, str]:
    """The key-figures page (with the chart in TikZ for the PDF) and its SVG chart (HTML)."""
    rows = figure_rows(briefing)
    conflicts = [c for c in briefing.conflicts if c.kind == "figures"]
    lines = [
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
        lines += [
            "````{only} html",
            "```{image} key-figures.svg",
            ":alt: Reported figures",
            "```",
            "````",
            "",
        ]
        lines += [
            "````{only} latex",
            "```{raw} latex",
            chart.tikz(briefing, conflicts),
            "```",
            "````",
            "",
        ]
    columns = [
        ("What", "l", 2),
        ("Figure", "r", 1.5),
        ("Claimant", "l", 2.2),
        ("As of", "l", 1.3),
        ("Reported by", "l", 3),
    ]
    cells = [
        (
            myst_text(c),
            myst_text(f"{q} {v:,.0f}"),
            myst_text(w),
            myst_text(d or "not stated"),
            _evidence(s),
        )
        for c, v, q, w, d, s in sorted(rows, key=lambda r: (r[0].casefold(), r[1]))
    ]
    lines += table(columns, cells)
    return page(lines), chart.svg(briefing, conflicts)


def render_quotations(briefing: Briefing) -> str:
    quotes = [s for s in briefing.statements if s.quote]
    lines = [
        "(bb-quotations)=",
        "# Quotations",
        "",
        myst_text(
            f"Every direct quotation in the sources ({len(quotes)}), with its speaker as "
            "briefbook reads it, in the order of the articles."
        ),
        "",
    ]
    by_speaker: dict[str, list[Statement]] = defaultdict(list)
    for s in quotes:
        by_speaker[claimant_label(briefing, s) or "Speaker not identified"].append(s)
    for speaker in sorted(by_speaker, key=lambda k: (k == "Speaker not identified", k)):
        lines += [f"## {myst_text(speaker)}", ""]
        lines += [f"- {myst_text(s.text)} {_evidence(s)}" for s in by_speaker[speaker]]
        lines.append("")
    return page(lines)


def render_timeline(briefing: Briefing) -> str:
    events = [
        (d.resolved, d.precision, d.text, s)
        for s in briefing.statements
        for d in s.dates
        if d.resolved
    ]
    lines = [
        "(bb-timeline)=",
        "# Timeline",
        "",
        myst_text(
            "Dated statements, in date order. Dates are resolved against each article's "
            "publication date; the precision says how exactly (an article dated only to the "
            "month cannot place “on Wednesday” on a day)."
        ),
        "",
    ]
    cells = [
        (myst_text(resolved), precision, myst_text(text), f"{myst_text(s.text)} {_evidence(s)}")
        for resolved, precision, text, s in sorted(
            events, key=lambda e: (e[0], e[3].source_id, e[3].start)
        )
    ]
    columns = [
        ("Date", "l", 1.4),
        ("Precision", "l", 1.1),
        ("Said as", "l", 1.5),
        ("Statement", "l", 6),
    ]
    lines += table(columns, cells)
    return page(lines)


def render_whos_who(briefing: Briefing) -> str:
    by_actor: dict[str, list[Statement]] = defaultdict(list)
    for s in briefing.statements:
        if s.claimant:
            by_actor[s.claimant].append(s)
    kinds = [
        (Kind.PERSON, "People"),
        (Kind.GOVERNMENT, "Governments"),
        (Kind.AGENCY, "Agencies"),
        (Kind.ORGANISATION, "Organisations"),
        (Kind.OUTLET, "News outlets"),
        (Kind.GROUP, "Groups"),
        (Kind.PLACE, "Places"),
    ]
    lines = [
        "(bb-whos-who)=",
        "# Who's who",
        "",
        myst_text(
            "Everyone and everything the sources name, as briefbook resolved the names: role "
            "and affiliation where the text gives them, the other names used, and every "
            "statement each actor made."
        ),
        "",
    ]
    for kind, title in kinds:
        actors = [a for a in briefing.actors if a.kind == kind]
        if not actors:
            continue
        lines += [f"## {title}", ""]
        for actor in actors:
            lines += [f"(bb-actor-{actor.id})=", f"### {myst_text(actor.name)}", ""]
            entry = "single: " + role_text(actor.name).replace(";", ",")
            lines += [f"```{{index}} {entry}", "```", ""]
            facts = []
            if actor.role:
                facts.append(f"**Role:** {myst_text(actor.role)}")
            if actor.affiliation:
                facts.append(f"**Affiliation:** {myst_text(actor.affiliation)}")
            others = [a for a in actor.aliases if a != actor.name]
            if others:
                facts.append(f"**Also named:** {myst_text(', '.join(others))}")
            facts.append(f"**Mentions:** {len(actor.mentions)}")
            lines += [" · ".join(facts), ""]
            said = by_actor.get(actor.id, [])
            if said:
                lines += [f"{plural(len(said), 'statement')}:", ""]
                lines += [f"- {myst_text(s.text)} {_evidence(s)}" for s in said]
                lines.append("")
    return page(lines)
