"""Who's who: each actor with its role, affiliation and what it said."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from briefbook.bidi import isolate
from briefbook.book import paging
from briefbook.book.figures import evidence
from briefbook.book.markup import (
    FOLDER,
    myst_text,
    page,
    plural,
    published,
    role_text,
    split_pages,
)
from briefbook.model import Briefing, Kind, Statement

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
                facts.append(f"**Also named:** {myst_text(', '.join(map(isolate, others)))}")
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
        *(f"- {myst_text(s.text)} {evidence(s)}" for s in said),
        "",
    ]
