"""Topic chapters: claims grouped by party, best sourced first, each with its evidence, grade
and conflicts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from briefbook.analyse.claims import refers_back
from briefbook.analyse.grading import CREDIBILITY
from briefbook.book import countkeys as keys
from briefbook.book import paging
from briefbook.book.claimlines import BREAK, CLAIMS_DIRECTIVE, ROLE, TEXT, Part, claim_line
from briefbook.book.data import claimant_label
from briefbook.book.markup import (
    FOLDER,
    Group,
    by_group,
    count,
    merge_note,
    myst_text,
    page,
    plural,
    published,
    role_text,
    sentence_numbers,
    shown_text,
    split_pages,
)
from briefbook.model import (
    Article,
    Briefing,
    Claim,
    Conflict,
    Evidence,
    Kind,
    Statement,
    Topic,
)
from briefbook.project.output import GENERATED_MARK
from briefbook.read.names import slug

T = TypeVar("T")


def claim_numbers(briefing: Briefing) -> dict[tuple[str, str], str]:
    """(source id, sentence id) -> ``¶3.2`` for every sentence of the briefing."""
    return {
        (a.id, sid): number
        for a in briefing.articles
        for sid, number in sentence_numbers(a).items()
    }


def _badge(claim: Claim) -> str:
    """ "F1 confirmed · 3 articles, 2 independent origins"."""
    return (
        f"{claim.reliability}{claim.credibility} {CREDIBILITY[claim.credibility]} · "
        f"{plural(len(claim.sources), 'article')}, "
        f"{plural(len(claim.origins), 'independent origin')}"
    )


def _claim_parts(
    briefing: Briefing,
    claim: Claim,
    statements: dict[tuple[str, str], Statement],
) -> list[tuple[str, ...]]:
    """One claim line as parts, written as markup (:func:`render_claim`) or as data
    (:func:`claim_data`): ``("text", t)`` text shown as it is, ``("glue", t)`` spaces and
    separators written as they are (no ASCII punctuation), ``("role", name, content)``,
    ``("break",)`` a hard line break."""
    cites = ",".join(claim.sources)
    links = "; ".join(
        f"{e.source_id}/{e.sentence_id}{merge_mark(e, briefing.article_index)}"
        for e in claim.evidence
    )
    return [
        ("text", claim.wording),
        ("glue", " "),
        ("role", "cite:p", cites),
        *_said_by(briefing, claim, statements),
        ("break",),
        ("role", STATUS_ROLE, claim.id),
        ("glue", " · "),
        ("text", "evidence:"),
        ("glue", " "),
        ("role", "briefbook-evidence", links),
        ("glue", " · "),
        ("text", "claim " + claim.id),
    ]


def _said_by(
    briefing: Briefing, claim: Claim, statements: dict[tuple[str, str], Statement]
) -> list[tuple[str, ...]]:
    """The parts of a claim line after its wording and citations: who makes the claim (a
    link to the who's who) and how they said it, and what the analyst changed."""
    chosen = statements[(claim.wording_source, claim.wording_sentence)]
    who = claimant_label(briefing, chosen)
    changed = [
        *claim.overrides,
        *(o for e in claim.evidence for o in statements[(e.source_id, e.sentence_id)].overrides),
    ]
    parts: list[tuple[str, ...]] = []
    if who:
        parts += [
            ("glue", " — "),
            ("role", "ref", f"{role_text(who)} <bb-actor-{chosen.claimant}>"),
        ]
        if chosen.cue:
            parts += [("glue", " "), ("text", f"({chosen.cue})")]
    if changed:
        parts += [("glue", " "), ("role", "abbr", override_text(changed))]
    return parts


def best_parts(
    briefing: Briefing,
    claim: Claim,
    statements: dict[tuple[str, str], Statement],
    listed: tuple[str, str],
) -> list[tuple[str, ...]]:
    """A best-sourced claim at the head of a split chapter: its wording, who makes it, its
    grade and conflicts, and a link to the page listing it (``listed``: that page's
    document and when the claim was first reported), which gives its citations and
    evidence. Without them the line does not change when an added article cites the claim
    again (its grade, which does, is filled in when the page is written)."""
    page_doc, when = listed
    return [
        ("text", claim.wording),
        *_said_by(briefing, claim, statements),
        ("break",),
        ("role", STATUS_ROLE, claim.id),
        ("glue", " · "),
        ("role", "doc", f"{role_text(f'claim {claim.id}, first reported {when}')} <{page_doc}>"),
    ]


def render_claim(
    briefing: Briefing,
    claim: Claim,
    statements: dict[tuple[str, str], Statement],
) -> str:
    """One claim as a list item: its wording, every citation, a link to every sentence of
    evidence, who said it, and its grade and conflicts (the ``briefbook-claim-status`` role,
    filled in from :func:`claim_status` when the page is written)."""
    return claim_markup(_claim_parts(briefing, claim, statements))


def claim_markup(parts: Sequence[tuple[str, ...]]) -> str:
    """A claim line's parts (:func:`_claim_parts`) as a MyST list item."""
    return "- " + "".join(_markup(p) for p in parts)


def _markup(part: tuple[str, ...]) -> str:
    if part[0] == "text":
        return myst_text(part[1])
    if part[0] == "glue":
        return part[1]
    if part[0] == "role":
        return f"{{{part[1]}}}`{part[2]}`"
    return "  \n  "


def claim_data(
    briefing: Briefing, claim: Claim, statements: dict[tuple[str, str], Statement]
) -> str:
    """:func:`render_claim`'s claim line as a line of a ``briefbook-claims`` directive."""
    return claim_data_line(_claim_parts(briefing, claim, statements))


def claim_data_line(parts: Sequence[tuple[str, ...]]) -> str:
    """A claim line's parts (:func:`_claim_parts`) as a line of a ``briefbook-claims``
    directive (``briefbook.book.claimlines``): the text as MyST shows it, the roles and
    their content, as :func:`claim_markup` would have them read."""
    data: list[Part] = []
    for p in parts:
        if p[0] == "text":
            data.append(shown_text(p[1]))
        elif p[0] == "glue":
            data.append(p[1])
        elif p[0] == "role":
            data.append({ROLE: p[1], TEXT: p[2]})
        else:
            data.append({BREAK: "line"})
    for i, part in enumerate(data):  # MyST drops the spaces around a hard break
        if isinstance(part, str) and i and data[i - 1] == {BREAK: "line"}:
            data[i] = part = part.lstrip(" \t")
        if isinstance(part, str) and data[i + 1 : i + 2] == [{BREAK: "line"}]:
            data[i] = part.rstrip(" ")
    return claim_line(data)


def claim_list(
    briefing: Briefing, claims: Sequence[Claim], statements: dict[tuple[str, str], Statement]
) -> list[str]:
    """A run of claim lines (:func:`render_claim`) as a ``briefbook-claims`` directive: the
    extension builds the bullet list MyST makes of them without parsing a line."""
    if not claims:
        return []
    return [
        f"```{{{CLAIMS_DIRECTIVE}}}",
        *(claim_data(briefing, c, statements) for c in claims),
        "```",
    ]


STATUS_ROLE = "briefbook-claim-status"
"""The role that shows a claim's grade and conflict links (``briefbook.sphinx.status``)."""


def conflict_links(conflicts: Sequence[Conflict]) -> tuple[str, list[tuple[str, str]]]:
    """One "⚠ sources disagree" mark for a claim's conflicts, as the text before the links
    and each link's (title, label): a link to the one conflict, or, when sources disagree
    over several things, a link to each, named by what it is about (numbered when two are
    about the same thing)."""
    if not conflicts:
        return "", []
    if len(conflicts) == 1:
        return " ", [("⚠ sources disagree", f"bb-conflict-{conflicts[0].id}")]
    abouts = Counter(c.about for c in conflicts)
    seen: Counter[str] = Counter()
    links = []
    for c in conflicts:
        seen[c.about] += 1
        name = c.about if abouts[c.about] == 1 else f"{c.about} ({seen[c.about]})"
        links.append((role_text(name), f"bb-conflict-{c.id}"))
    return f" {shown_text('⚠ sources disagree on')} ", links


def claim_status(briefing: Briefing) -> dict[str, Any]:
    """The claims' data file (``CLAIM_STATUS_FILE``): under ``claims``, claim id -> what the
    ``briefbook-claim-status`` role shows: the grade (``badge``, in bold), then the text
    before the conflict links (``lead``) and the links' (title, label) (``links``), as the
    page's own markup showed them before they moved here."""
    out: dict[str, dict[str, Any]] = {}
    for claim in briefing.claims:
        ids = set(claim.conflicts)
        lead, links = conflict_links([c for c in briefing.conflicts if c.id in ids] if ids else [])
        out[claim.id] = {
            "badge": shown_text(_badge(claim)),
            "lead": lead,
            "links": [list(link) for link in links],
        }
    return {"_generated": f"{GENERATED_MARK}: do not edit", "claims": out}


MERGE_MARKS = {"wording": "≡", "paraphrase": "≈"}
"""The mark after a statement that joined its claim: in nearly the same words, or as a
paraphrase with the same figure (the analyst's merges carry the ✎ mark of the claim)."""


def merge_mark(e: Evidence, articles: Mapping[str, Article]) -> str:
    """A small mark after a merged statement in the evidence role; hovering it shows why it
    was merged (in the PDF the reason follows in brackets), naming the article it matched by
    its outlet and date."""
    if e.basis not in MERGE_MARKS:
        return ""
    return f" {MERGE_MARKS[e.basis]} {role_text('merged: ' + merge_note(e, articles))}"


def override_text(changes: Sequence[str]) -> str:
    """The content of the ``abbr`` role that marks what the analyst changed; hovering it
    shows what and why (an abbreviation: in the PDF the explanation follows in brackets)."""
    # abbr takes "text (explanation)": brackets inside the explanation are kept as they are
    return f"✎ analyst ({role_text('; '.join(changes))})"


UNATTRIBUTED = "Reported by the outlets, without attribution"


def party(briefing: Briefing, statement: Statement) -> str:
    """Who a statement speaks for, to group a chapter: a state for its officials, an
    organisation or outlet for itself."""
    if statement.claimant is None:
        return UNATTRIBUTED
    actor = briefing.actor(statement.claimant)
    if actor.kind in (Kind.PERSON, Kind.AGENCY, Kind.GROUP) and actor.affiliation:
        return actor.affiliation
    return actor.name


def render_topic(briefing: Briefing, topic: Topic) -> dict[str, str]:
    """A topic chapter: its claims grouped by who makes them, best sourced first; past
    ``page_items`` claims, one page per period of first report, and the chapter opens with
    the best-sourced claims. Path -> MyST text."""
    claims = [c for c in briefing.claims if c.topic == topic.id]
    statements = {(s.source_id, s.sentence_id): s for s in briefing.statements}
    base = f"{FOLDER}/topics/{topic.id}"
    head = [
        f"(bb-topic-{topic.id})=",
        f"# {myst_text(topic.title)}",
        "",
        myst_text(topic.description),
        "",
    ]
    if not claims:
        head += [myst_text("No statement in the sources was assigned to this topic."), ""]
    else:
        head += [
            count(keys.chapter(topic.id))
            + myst_text(
                ", grouped by who makes them, best sourced first. "
                "Each claim cites every article that makes it and links (¶ block.sentence) to "
                "each sentence of evidence; its grade is source reliability (letter) and "
                "information credibility (digit), as in the methodology."
            ),
            "",
        ]
    dates = published(briefing)
    parts = paging.split(
        claims,
        lambda c: dates[c.evidence[0].source_id],
        briefing.config.book.page_items,
        size=statement_count,
    )
    if parts is None:
        return {f"{base}.md": page([*head, *_party_groups(briefing, claims, statements)])}
    limit = briefing.config.book.page_items

    def groups(group: Sequence[Claim]) -> list[Group[Claim]]:
        return [
            (key, title, members)
            for key, (title, members) in keyed(party_groups(briefing, group, statements))
        ]

    best = sorted(claims, key=best_sourced(statements))[:BEST]
    listed = listed_on(f"/{base}", parts, limit, groups, statement_count)
    head += [
        "```{rubric} Best sourced",
        "```",
        "",
        myst_text(
            f"The {plural(len(best), 'claim')} with the most independent origins, each with "
            "a link to the page for the date it was first reported, which lists every claim "
            "with its citations and evidence."
        ),
        "",
        f"```{{{CLAIMS_DIRECTIVE}}}",
        *(claim_data_line(best_parts(briefing, c, statements, listed[c.id])) for c in best),
        "```",
        "",
    ]
    return split_pages(
        base,
        topic.title,
        head,
        parts,
        "claim",
        lambda p: f"Claims first reported {p.when}.",
        lambda group: _party_groups(briefing, group, statements),
        heading="By date of first report",
        groups=groups,
        limit=limit,
        size=statement_count,
    )


def chapter_counts(briefing: Briefing) -> dict[str, str]:
    """The counts of each topic chapter's first sentence (``briefbook.book.counts``): its
    statements, the articles they come from and the claims they were merged into, which
    almost every added article changes in chapters it changes nothing else at the head of."""
    by_topic: dict[str, list[Claim]] = defaultdict(list)
    for c in briefing.claims:
        by_topic[c.topic].append(c)
    return {
        keys.chapter(topic): chapter_count(claims) for topic, claims in sorted(by_topic.items())
    }


def chapter_count(claims: Sequence[Claim]) -> str:
    """ "12 statements from 5 articles, merged into 9 claims"."""
    n_statements = sum(len(c.evidence) for c in claims)
    n_articles = len({s for c in claims for s in c.sources})
    return (
        f"{plural(n_statements, 'statement')} from {plural(n_articles, 'article')}, "
        f"merged into {plural(len(claims), 'claim')}"
    )


def statement_count(claim: Claim) -> int:
    """How much of a page a claim fills: a claim made by thirty statements lists thirty
    citations and thirty links to evidence, and weighs on a page as thirty claims of one."""
    return len(claim.evidence)


def listed_on(
    folder: str,
    parts: Sequence[tuple[paging.Period, Sequence[Claim]]],
    limit: int,
    groups: Callable[[Sequence[Claim]], Sequence[Group[Claim]]],
    size: Callable[[Claim], int],
) -> dict[str, tuple[str, str]]:
    """Claim id -> (the document of the page listing it, when it was first reported), as
    :func:`split_pages` lays out ``parts`` under ``folder``."""
    out: dict[str, tuple[str, str]] = {}
    for p, items in parts:
        split = by_group(items, limit, groups, size)
        if split is None:
            out.update({c.id: (f"{folder}/{p.key}", p.when) for c in items})
            continue
        for key, _, members in split:
            out.update({c.id: (f"{folder}/{p.key}/{key}", p.when) for c in members})
    return out


BEST = 10
"""How many claims a split chapter shows on its first page."""


def best_sourced(
    statements: Mapping[tuple[str, str], Statement],
) -> Callable[[Claim], tuple[int, int, int, bool, int, int, str, str]]:
    """The order of a page's best claims: the most independent origins, then articles, then
    credibility; among equals, a claim whose wording stands alone (``refers_back``), then
    one said earlier in its article (news puts what matters first), rather than an
    arbitrary one."""

    def key(c: Claim) -> tuple[int, int, int, bool, int, int, str, str]:
        s = statements[(c.wording_source, c.wording_sentence)]
        return (
            -len(c.origins),
            -len(c.sources),
            c.credibility,
            refers_back(c.wording),
            *_position(s),
            c.wording_source,
            c.id,
        )

    return key


def _position(s: Statement) -> tuple[int, int]:
    """Where a statement stands in its article: its paragraph, then its sentence."""
    return (s.block_index, s.sentence_index)


def party_groups(
    briefing: Briefing, claims: Sequence[Claim], statements: dict[tuple[str, str], Statement]
) -> list[tuple[str, list[Claim]]]:
    """Claims by the party that makes them (``party``), the strongest party first, each
    party's claims best sourced first."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        groups[party(briefing, statements[(c.wording_source, c.wording_sentence)])].append(c)

    def strength(title: str) -> tuple[bool, int, int, str]:
        best = max(len(c.origins) for c in groups[title])
        return (title == UNATTRIBUTED, -best, -len(groups[title]), title)

    return [
        (
            title,
            sorted(
                groups[title],
                key=lambda c: (
                    -len(c.origins),
                    -len(c.sources),
                    c.wording_source,
                    _position(statements[(c.wording_source, c.wording_sentence)]),
                    c.id,
                ),
            ),
        )
        for title in sorted(groups, key=strength)
    ]


def keyed(groups: Sequence[tuple[str, T]]) -> list[tuple[str, tuple[str, T]]]:
    """Each (title, value) with a file name made from its title, unique among them."""
    seen: set[str] = set()
    out = []
    for title, value in groups:
        key = base = slug(title, "group")
        n = 1
        while key in seen:
            n += 1
            key = f"{base}-{n}"
        seen.add(key)
        out.append((key, (title, value)))
    return out


def _party_groups(
    briefing: Briefing,
    claims: Sequence[Claim],
    statements: dict[tuple[str, str], Statement],
) -> list[str]:
    """Claims under a heading for each party that makes them, the strongest party first."""
    lines: list[str] = []
    for title, group in party_groups(briefing, claims, statements):
        lines += [f"## {myst_text(title)}", ""]
        lines += claim_list(briefing, group, statements)
        lines.append("")
    return lines
