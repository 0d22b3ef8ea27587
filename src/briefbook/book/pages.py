"""Reference pages of the book: key figures (with a chart), quotations, timeline, who's who.

Pure functions: a Briefing in, MyST text (and the chart) out. Article text enters only
through ``myst_text``; evidence links use the ``briefbook-evidence`` role.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from briefbook.book import chart, paging
from briefbook.book.paging import Period
from briefbook.book.render import (
    FOLDER,
    claimant_label,
    evidence_cell,
    myst_text,
    page,
    plural,
    published,
    role_text,
    split_pages,
    table,
)
from briefbook.model import Briefing, Kind, Statement

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
            _evidence(s),
        )
        for c, v, q, w, d, s in sorted(rows, key=lambda r: (r[0].casefold(), r[1]))
    ]
    return table(FIGURE_COLUMNS, cells)


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
        head += [
            "````{only} latex",
            "```{raw} latex",
            chart.tikz(briefing, conflicts),
            "```",
            "````",
            "",
        ]
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


def render_quotations(briefing: Briefing) -> dict[str, str]:
    quotes = [s for s in briefing.statements if s.quote]
    head = [
        "(bb-quotations)=",
        "# Quotations",
        "",
        myst_text(
            f"Every direct quotation in the sources ({len(quotes)}), with its speaker as "
            "briefbook reads it, in the order of the articles."
        ),
        "",
    ]
    base = f"{FOLDER}/quotations"
    dates = published(briefing)
    parts = paging.split(quotes, lambda s: dates[s.source_id], briefing.config.book.page_items)
    if parts is None:
        return {f"{base}.md": page([*head, *_by_speaker(briefing, quotes)])}
    return split_pages(
        base,
        "Quotations",
        head,
        parts,
        "quotation",
        lambda p: f"Quotations in the articles published {p.when}.",
        lambda group: _by_speaker(briefing, group),
    )


def _by_speaker(briefing: Briefing, quotes: Sequence[Statement]) -> list[str]:
    by_speaker: dict[str, list[Statement]] = defaultdict(list)
    for s in quotes:
        by_speaker[claimant_label(briefing, s) or "Speaker not identified"].append(s)
    lines: list[str] = []
    for speaker in sorted(by_speaker, key=lambda k: (k == "Speaker not identified", k)):
        lines += [f"## {myst_text(speaker)}", ""]
        lines += [f"- {myst_text(s.text)} {_evidence(s)}" for s in by_speaker[speaker]]
        lines.append("")
    return lines


TIMELINE_COLUMNS = [
    ("Date", "l", 1.4),
    ("Precision", "l", 1.1),
    ("Said as", "l", 1.5),
    ("Statement", "l", 6),
]
Event = tuple[str, str, str, Statement]
"""(resolved date, precision, the words that said it, the statement)."""


def _events_table(events: Sequence[Event]) -> list[str]:
    cells = [
        (myst_text(resolved), precision, myst_text(text), f"{myst_text(s.text)} {_evidence(s)}")
        for resolved, precision, text, s in events
    ]
    return table(TIMELINE_COLUMNS, cells)


def render_timeline(briefing: Briefing) -> dict[str, str]:
    """Dated statements in date order. Past ``page_items``, one page per period of the
    dates; a period that still holds more (many statements dated only to a year, say) is
    split again by when the articles were published."""
    events: list[Event] = sorted(
        (
            (d.resolved, d.precision, d.text, s)
            for s in briefing.statements
            for d in s.dates
            if d.resolved
        ),
        key=lambda e: (e[0], e[3].source_id, e[3].start),
    )
    head = [
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
    base = f"{FOLDER}/timeline"
    limit = briefing.config.book.page_items
    parts = paging.split(events, lambda e: paging.resolved_date(e[0]), limit)
    if parts is None:
        return {f"{base}.md": page([*head, *_events_table(events)])}
    dates = published(briefing)
    pages: list[tuple[Period, list[Event]]] = []
    for p, group in parts:
        again = paging.split(group, lambda e: dates[e[3].source_id], limit)
        pages += (
            [(p, group)]
            if again is None
            else [
                (
                    Period(
                        p.order,
                        f"{p.key}-reported-{q.key}",
                        f"{p.title} (reported {q.title})",
                        f"{p.when}, in the articles published {q.when}",
                    ),
                    part,
                )
                for q, part in again
            ]
        )
    return split_pages(
        base,
        "Timeline",
        head,
        pages,
        "statement",
        lambda p: f"Statements dated {p.when}.",
        _events_table,
        heading="By date",
    )


KINDS = [
    (Kind.PERSON, "People"),
    (Kind.GOVERNMENT, "Governments"),
    (Kind.AGENCY, "Agencies"),
    (Kind.ORGANISATION, "Organisations"),
    (Kind.OUTLET, "News outlets"),
    (Kind.GROUP, "Groups"),
    (Kind.PLACE, "Places"),
]


def render_whos_who(briefing: Briefing) -> dict[str, str]:
    """Every actor: role, affiliation, other names and every statement it made. Past
    ``page_items`` attributed statements, the statements go on one page per period of
    publication, by actor. Path -> MyST text."""
    said = [s for s in briefing.statements if s.claimant]
    dates = published(briefing)
    parts = paging.split(said, lambda s: dates[s.source_id], briefing.config.book.page_items)
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
    by_actor: dict[str, list[Statement]] = defaultdict(list)
    for s in said:
        assert s.claimant is not None
        by_actor[s.claimant].append(s)
    for kind, title in KINDS:
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
            if parts is not None:
                facts.append(f"**Statements:** {len(by_actor.get(actor.id, []))}")
            lines += [" · ".join(facts), ""]
            if parts is None:
                lines += _statements(by_actor.get(actor.id, []))
    base = f"{FOLDER}/whos-who"
    if parts is None:
        return {f"{base}.md": page(lines)}
    order = {a.id: i for i, a in enumerate(briefing.actors)}

    def by_actor_in(group: Sequence[Statement]) -> list[str]:
        said_by: dict[str, list[Statement]] = defaultdict(list)
        for s in group:
            if s.claimant:
                said_by[s.claimant].append(s)
        body: list[str] = []
        for actor_id in sorted(said_by, key=order.__getitem__):
            name = myst_text(briefing.actor(actor_id).name)
            body += [f"## {name}", "", *_statements(said_by[actor_id])]
        return body

    return split_pages(
        base,
        "Who's who",
        lines,
        parts,
        "statement",
        lambda p: f"Statements in the articles published {p.when}, by who made them.",
        by_actor_in,
        heading="Statements by date of publication",
    )


def _statements(said: Sequence[Statement]) -> list[str]:
    if not said:
        return []
    return [
        f"{plural(len(said), 'statement')}:",
        "",
        *(f"- {myst_text(s.text)} {_evidence(s)}" for s in said),
        "",
    ]
