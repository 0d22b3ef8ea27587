"""Where sources disagree.

Three kinds, each linking the claims involved:

``figures``
    Different numbers for the same quantity: the same kind of thing counted (troops and
    soldiers are one kind; see ``COUNTED``) in the same frame (``current``: what has
    happened; ``projected``: what will, may or is expected to). Each figure is listed with
    its claimant and as-of date.
``denial-vs-no-comment``
    One source says a party denied; another says the same party has not commented, not
    officially denied, or avoided the question.
``contradiction``
    A denial found in a single source, while another source reports the same party
    asserting the opposite about the same subject (for example condemning what it is said
    to deny). "The same subject": at least half of the denial's content words (``OVERLAP``,
    and at least two); only the ``MAX_AGAINST`` closest statements are listed.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence

from briefbook.analyse.claims import content_words, stance
from briefbook.model import MONTHS, Actor, Article, Claim, Conflict, FigureReport, Kind, Statement
from briefbook.vocabulary import alternation, mapping, words

COUNTED: dict[str, list[str]] = mapping("conflicts", "counted")
"""Words for the same kind of counted thing (general English, not about one event)."""
OVERLAP = 0.5
MAX_AGAINST = 5
_KIND_OF = {word: kind for kind, kind_words in COUNTED.items() for word in kind_words}
PROJECTED = re.compile(
    r"\b(?:"
    + alternation(words("conflicts", "projected"))
    + r"|by\s+(?:"
    + "|".join(MONTHS)
    + r"))\b",
    re.IGNORECASE,
)
NO_COMMENT = re.compile(
    r"\b(?:" + alternation(words("conflicts", "no_comment")) + r")\b", re.IGNORECASE
)
ASSERTING_CUES = words("conflicts", "asserting_cues")
"""Cues by which a party takes the opposite position to a denial."""
DENIAL_CUES = words("conflicts", "denial_cues")


def _id(kind: str, key: str) -> str:
    return "x" + hashlib.blake2b(f"{kind}/{key}".encode(), digest_size=4).hexdigest()


def _clause(statement: Statement, start: int, end: int) -> str:
    """The clause of a statement around a figure (between commas, semicolons or dashes)."""
    text = statement.text
    lo, hi = start - statement.start, end - statement.start
    left = max(text.rfind(c, 0, lo) for c in ",;—") + 1
    rights = [i for i in (text.find(c, hi) for c in ",;—") if i >= 0]
    return text[left : min(rights) if rights else len(text)]


def _counted_kind(counts: str) -> str | None:
    for word in reversed(counts.casefold().split()):
        if word in _KIND_OF:
            return _KIND_OF[word]
    return None


def find_conflicts(
    statements: Sequence[Statement],
    claims: Sequence[Claim],
    actors: Sequence[Actor],
    articles: Sequence[Article],
) -> list[Conflict]:
    claim_of = {(e.source_id, e.sentence_id): c.id for c in claims for e in c.evidence}
    dates = {a.id: a.meta.published.iso() if a.meta.published else "" for a in articles}
    by_id = {a.id: a for a in actors}
    out = _figure_conflicts(statements, claim_of, dates)
    out += _denial_conflicts(statements, claim_of, by_id)
    out += _contradictions(statements, claims, claim_of, by_id)
    return sorted(out, key=lambda c: (c.kind, c.about, c.id))


def _figure_conflicts(
    statements: Sequence[Statement], claim_of: dict[tuple[str, str], str], dates: dict[str, str]
) -> list[Conflict]:
    groups: dict[tuple[str, str], list[FigureReport]] = defaultdict(list)
    for s in statements:
        for q in s.quantities:
            frame = "projected" if PROJECTED.search(_clause(s, q.start, q.end)) else "current"
            kind = _counted_kind(q.counts)
            if kind is None or q.qualifier == "each":
                continue
            as_of = next((d.resolved for d in s.dates if d.resolved), "") or dates[s.source_id]
            groups[(kind, frame)].append(
                FigureReport(
                    q.value, q.qualifier, q.counts, s.source_id, s.sentence_id, s.claimant, as_of
                )
            )
    out = []
    for (kind, frame), reports in sorted(groups.items()):
        values = {r.value for r in reports}
        sources = {r.source_id for r in reports}
        if len(values) < 2 or len(sources) < 2:
            continue
        reports.sort(key=lambda r: (r.value, r.source_id, r.sentence_id))
        keys = tuple(dict.fromkeys((r.source_id, r.sentence_id) for r in reports))
        about = f"number of {kind} ({'expected or planned' if frame == 'projected' else 'so far'})"
        out.append(
            Conflict(
                _id("figures", f"{kind}/{frame}"),
                "figures",
                about,
                tuple(dict.fromkeys(claim_of[k] for k in keys)),
                keys,
                tuple(reports),
            )
        )
    return out


def _party(statement: Statement, actors: dict[str, Actor]) -> str | None:
    """The government a statement speaks for: its claimant's, or the claimant's country."""
    if statement.claimant is None:
        return None
    actor = actors[statement.claimant]
    if actor.kind == Kind.GOVERNMENT:
        return actor.name
    return actor.affiliation


def _denial_conflicts(
    statements: Sequence[Statement], claim_of: dict[tuple[str, str], str], actors: dict[str, Actor]
) -> list[Conflict]:
    denied: dict[str, list[Statement]] = defaultdict(list)
    silent: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        party = _party(s, actors)
        if party is None:
            continue
        if NO_COMMENT.search(s.text):
            silent[party].append(s)
        elif s.cue in DENIAL_CUES:
            denied[party].append(s)
    out = []
    for party in sorted(set(denied) & set(silent)):
        involved = denied[party] + silent[party]
        if len({s.source_id for s in involved}) < 2:
            continue
        keys = tuple((s.source_id, s.sentence_id) for s in involved)
        out.append(
            Conflict(
                _id("denial", party),
                "denial-vs-no-comment",
                f"whether {party} denied the reports or has not commented",
                tuple(dict.fromkeys(claim_of[k] for k in keys)),
                keys,
            )
        )
    return out


def _contradictions(
    statements: Sequence[Statement],
    claims: Sequence[Claim],
    claim_of: dict[tuple[str, str], str],
    actors: dict[str, Actor],
) -> list[Conflict]:
    by_key = {(s.source_id, s.sentence_id): s for s in statements}
    # the statements that can contradict a denial, by the party they speak for (one pass)
    asserting: dict[str, list[tuple[Statement, frozenset[str]]]] = defaultdict(list)
    for s in statements:
        if s.cue in ASSERTING_CUES and stance(s) == "asserts":
            speaker = _party(s, actors)
            if speaker is not None:
                asserting[speaker].append((s, content_words(s.text)))
    out = []
    for claim in claims:
        if claim.stance != "denies" or len(claim.sources) != 1:
            continue
        first = by_key[(claim.evidence[0].source_id, claim.evidence[0].sentence_id)]
        party = _party(first, actors)
        if party is None or first.cue not in DENIAL_CUES:
            continue
        words = content_words(first.text) - content_words(party)
        need = max(2, OVERLAP * len(words))
        scored = [
            (len(words & other), i, s)
            for i, (s, other) in enumerate(asserting.get(party, ()))
            if s.source_id not in claim.sources and len(words & other) >= need
        ]
        if not scored:
            continue
        scored.sort(key=lambda t: (-t[0], t[1]))
        against = [s for _, _, s in scored[:MAX_AGAINST]]
        keys = (
            (first.source_id, first.sentence_id),
            *((s.source_id, s.sentence_id) for s in against),
        )
        out.append(
            Conflict(
                _id("contradiction", claim.id),
                "contradiction",
                f"a denial attributed to {party} in one source, "
                f"against {party}'s statements elsewhere",
                tuple(dict.fromkeys(claim_of[k] for k in keys)),
                keys,
            )
        )
    return out
