"""Who's who: each actor with its role, affiliation and what it said."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from briefbook.bidi import isolate
from briefbook.book import countkeys as keys
from briefbook.book import paging
from briefbook.book.figures import evidence
from briefbook.book.markup import (
    FOLDER,
    chunks,
    count,
    counts_file,
    listed_counts,
    listed_file,
    listing,
    myst_text,
    page,
    plural,
    published,
    role_text,
    split_pages,
)
from briefbook.model import Actor, Briefing, Kind, Statement
from briefbook.read.names import fold

WHOS_WHO = "Who's who"

KINDS = [
    (Kind.PERSON, "People"),
    (Kind.GOVERNMENT, "Governments"),
    (Kind.AGENCY, "Agencies"),
    (Kind.ORGANISATION, "Organisations"),
    (Kind.OUTLET, "News outlets"),
    (Kind.GROUP, "Groups"),
    (Kind.PLACE, "Places"),
]


def _by_actor(briefing: Briefing) -> dict[str, list[Statement]]:
    """Actor id -> the statements attributed to it, in order: what each entry lists and
    counts (``actor_counts``)."""
    by_actor: dict[str, list[Statement]] = defaultdict(list)
    for s in briefing.statements:
        if s.claimant:
            by_actor[s.claimant].append(s)
    return by_actor


def render_whos_who(briefing: Briefing) -> dict[str, str]:
    """Every actor: role, affiliation, other names and every statement it made. Past
    ``page_items`` actors, one page per kind of actor (people, governments...), and per
    initial within a kind that still has more; past ``page_items`` attributed statements,
    the statements go on one page per period of publication, by actor. Path -> MyST text."""
    limit = briefing.config.book.page_items
    said = [s for s in briefing.statements if s.claimant]
    dates = published(briefing)
    parts = paging.split(said, lambda s: dates[s.source_id], limit)
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
    by_actor = _by_actor(briefing)
    statements = by_actor if parts is None else None
    kinds = [(kind, title, [a for a in briefing.actors if a.kind == kind]) for kind, title in KINDS]
    kinds = [(kind, title, actors) for kind, title, actors in kinds if actors]
    base = f"{FOLDER}/whos-who"
    pages: dict[str, str] = {}
    shown: dict[str, str] = {}  # the listings' counts (``markup.listed_counts``)
    if len(briefing.actors) <= limit:
        for _, title, actors in kinds:
            lines += [f"## {title}", ""]
            for actor in actors:
                lines += _actor(actor, by_actor, statements, "###")
    else:
        links = [(title, kind.value, len(actors)) for kind, title, actors in kinds]
        shown |= listed_counts(base, links, "actor")
        lines += listing("whos-who", "By kind", links, "actor", base)
        lines.append("")
        for kind, title, actors in kinds:
            kind_base = f"{base}/{kind.value}"
            pages |= _kind_pages(kind_base, title, actors, by_actor, statements, limit, shown)
    if parts is None:
        counted = {listed_file(base): counts_file(shown)} if shown else {}
        return {f"{base}.md": page(lines), **pages, **counted}
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

    return pages | split_pages(
        base,
        "Who's who",
        lines,
        parts,
        "statement",
        lambda p: f"Statements in the articles published {p.when}, by who made them.",
        by_actor_in,
        heading="Statements by date of publication",
        groups=lambda group: by_initial(briefing, group),
        limit=limit,
        other_counts=shown,
    )


def by_initial(
    briefing: Briefing, said: Sequence[Statement]
) -> list[tuple[str, str, list[Statement]]]:
    """A day's statements by the initial of who made them (file name, title, statements):
    a day of more than ``page_items`` statements gets a page per initial, so that an article
    added or edited rewrites the pages of its speakers' initials, not every statement of
    the day."""
    letters: dict[str, list[Statement]] = defaultdict(list)
    for s in said:
        assert s.claimant is not None
        letters[initial(briefing.actor(s.claimant).name)].append(s)
    return [
        ("other" if letter == "#" else letter.lower(), letter, letters[letter])
        for letter in sorted(letters, key=lambda k: (k == "#", k))
    ]


def _actor(
    actor: Actor,
    by_actor: dict[str, list[Statement]],
    statements: dict[str, list[Statement]] | None,
    level: str,
) -> list[str]:
    """One actor's entry under a heading of ``level``; its statements when ``statements``
    is given (otherwise they are on the pages by date, and only counted)."""
    lines = [f"(bb-actor-{actor.id})=", f"{level} {myst_text(actor.name)}", ""]
    entry = "single: " + role_text(index_term(actor.name)).replace(";", ",")
    lines += [f"```{{index}} {entry}", "```", ""]
    facts = []
    if actor.role:
        facts.append(f"**Role:** {myst_text(actor.role)}")
    if actor.affiliation:
        facts.append(f"**Affiliation:** {myst_text(actor.affiliation)}")
    others = [a for a in actor.aliases if a != actor.name]
    if others:
        facts.append(f"**Also named:** {myst_text(', '.join(map(isolate, others)))}")
    facts.append(f"**Mentions:** {count(keys.mentions(actor.id))}")
    if statements is None:
        facts.append(f"**Statements:** {count(keys.statements(actor.id))}")
    lines += [" · ".join(facts), ""]
    if statements is not None:
        lines += _statements(statements.get(actor.id, []))
    return lines


def actor_counts(briefing: Briefing) -> dict[str, str]:
    """Each actor's mentions and attributed statements, as its entry shows them
    (``briefbook.book.counts``): the numbers an added article changes for every actor it
    names, and often nothing else of who's who."""
    by_actor = _by_actor(briefing)
    out = {}
    for actor in briefing.actors:
        out[keys.mentions(actor.id)] = str(len(actor.mentions))
        out[keys.statements(actor.id)] = str(len(by_actor.get(actor.id, [])))
    return out


INDEX_WORD = 30
"""Characters of the longest word an index entry prints: the PDF's index sets each entry in
a narrow column with no break inside a word, and a longer run (a glued string an article
printed as a name) stops xdvipdfmx."""
INDEX_TERM = 80
"""Characters of the longest index entry: an entry is for finding a name, not reading it."""


def index_term(name: str) -> str:
    """A name as the book's index lists it: each word cut to ``INDEX_WORD`` characters and
    the whole to ``INDEX_TERM``, at a word, each cut marked with an ellipsis; the heading
    and the page keep the name whole."""
    words = [w if len(w) <= INDEX_WORD else w[: INDEX_WORD - 1] + "…" for w in name.split()]
    term = " ".join(words)
    if len(term) <= INDEX_TERM:
        return term
    cut = term[: INDEX_TERM - 1].rsplit(" ", 1)[0] if " " in term[: INDEX_TERM - 1] else ""
    return (cut or term[: INDEX_TERM - 1]) + "…"


def initial(name: str) -> str:
    """The letter a name is listed under: its first letter without accents, or ``#``."""
    folded = fold(name).encode("ascii", "ignore").decode("ascii").lstrip()
    return folded[0].upper() if folded[:1].isalpha() else "#"


def _kind_pages(
    base: str,
    title: str,
    actors: Sequence[Actor],
    by_actor: dict[str, list[Statement]],
    statements: dict[str, list[Statement]] | None,
    limit: int,
    shown: dict[str, str],
) -> dict[str, str]:
    """The page of one kind of actor (``base``.md), each actor under a heading of its own;
    past ``limit`` actors, a page per initial (in parts of ``limit`` when one has more),
    the listing's counts added to ``shown``."""
    top = [f"# {myst_text('Who' + chr(39) + f's who: {title}')}", ""]
    if len(actors) <= limit:
        body = [line for a in actors for line in _actor(a, by_actor, statements, "##")]
        return {f"{base}.md": page([*top, *body])}
    letters: dict[str, list[Actor]] = defaultdict(list)
    for actor in sorted(actors, key=lambda a: (fold(a.name), a.id)):
        letters[initial(actor.name)].append(actor)
    groups = [
        part
        for letter in sorted(letters, key=lambda k: (k == "#", k))
        for part in chunks(
            ("other" if letter == "#" else letter.lower(), letter, letters[letter]), limit
        )
    ]
    folder = base.rpartition("/")[2]
    links = [(t, k, len(g)) for k, t, g in groups]
    shown |= listed_counts(base, links, "actor")
    pages = {f"{base}.md": page([*top, *listing(folder, "By initial", links, "actor", base)])}
    for key, letter, group in groups:
        body = [line for a in group for line in _actor(a, by_actor, statements, "##")]
        heading = myst_text(f"{WHOS_WHO}: {title}, {letter}")
        pages[f"{base}/{key}.md"] = page([f"# {heading}", "", *body])
    return pages


def _statements(said: Sequence[Statement]) -> list[str]:
    if not said:
        return []
    return [
        f"{plural(len(said), 'statement')}:",
        "",
        *(f"- {myst_text(s.text)} {evidence(s)}" for s in said),
        "",
    ]
