"""Where sources disagree.

Three kinds, each linking the claims involved:

``figures``
    Different values of the same quantity from different claimants for the same days, beyond
    what their qualifiers allow (see ``analyse/figures``, which also finds the *series*: a
    quantity's values over time, which are not disputes).
``denial-vs-no-comment``
    One source says a party denied; another says the same party has not commented, not
    officially denied, or avoided the question, on the same day (in one article, or in
    articles dated to the same day): a party silent one day and denying another has changed
    its position, which is not a dispute between sources.
``stance``
    One party asserts what another denies or negates, about the same thing (see
    ``analyse/stance``): "the strike is illegal" against "the strike is not illegal"; or a
    party's denial pointing back to what another has just said of it ("Freedonia accused
    Sylvania of arming the rebels. Sylvania denied the accusation."), or to a figure another
    side has just given (:func:`camp`: a party rejecting its own side's figure corrects it).
``contradiction``
    A denial found in a single source, while another source reports the same party
    asserting the opposite about the same subject (for example condemning what it is said
    to deny) no later than the denial: a confirmation after a denial is a change over time,
    not a contradiction. "The same subject": at least half of the denial's content words
    (``OVERLAP``, and at least two); only the ``MAX_AGAINST`` closest statements are listed.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence

from briefbook.analyse.claims import content_words, name_words, stance
from briefbook.analyse.figure_reports import clause
from briefbook.analyse.figures import find_figures
from briefbook.analyse.speakers import Voices, voices_of
from briefbook.analyse.stance import (
    answered_accusations,
    counter_positions,
    one_per_denier,
    stance_disputes,
)
from briefbook.model import Actor, Claim, Conflict, FigureSeries, Kind, ReadCorpus, Statement
from briefbook.vocabulary import alternation, derived, words

OVERLAP = 0.5
MAX_AGAINST = 5


def _no_comment() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + alternation(words("conflicts", "no_comment")) + r")\b", re.I)


no_comment = derived(_no_comment)


def _id(kind: str, key: str) -> str:
    return "x" + hashlib.blake2b(f"{kind}/{key}".encode(), digest_size=4).hexdigest()


def find_conflicts(
    corpus: ReadCorpus, claims: Sequence[Claim]
) -> tuple[list[Conflict], list[FigureSeries]]:
    """The conflicts between sources, and the figure series (which are not conflicts)."""
    claim_of = {(e.source_id, e.sentence_id): c.id for c in claims for e in c.evidence}
    dates = {a.id: a.meta.published.iso() if a.meta.published else "" for a in corpus.articles}
    by_id = {a.id: a for a in corpus.actors}
    out, series = find_figures(corpus, claim_of)
    out += _denial_conflicts(corpus.statements, claim_of, by_id, dates)
    out += _contradictions(corpus.statements, claims, claim_of, by_id, dates)
    out += _stances(corpus, claim_of, out, dates)
    return sorted(out, key=lambda c: (c.kind, c.about, c.id)), series


def stance_id(keys: Sequence[tuple[str, str]], dates: dict[str, str], taken: set[str]) -> str:
    """The id of a stance dispute among the statements ``keys``: named after its earliest
    statement (by its article's date, then source and sentence id), the first such name not
    ``taken``, so that a dispute keeps its id (and every claim its link to it) when a later
    article joins it; after every member's name, the whole group's. Adds the id to
    ``taken``. (The groups of one assertion against its denials never share a statement;
    an answered accusation is named after its parties: :func:`answer_id`.)"""
    ordered = sorted(keys, key=lambda k: (dates.get(k[0], ""), k))
    names = [_id("stance", f"{a}/{b}") for a, b in ordered]
    whole = _id("stance", "/".join(f"{a}/{b}" for a, b in keys))
    chosen = next((n for n in names if n not in taken), whole)
    taken.add(chosen)
    return chosen


def answer_id(denier: str, taken: set[str]) -> str:
    """The id of an answered accusation: named after its denier, so that it keeps its id
    whatever other articles add. The answered accusations of one denier that share what is
    said of it elsewhere are one dispute (``analyse.stance.one_per_denier``); named after its
    earliest statement, or its earliest accuser, it could lose that name when a new article
    adds an earlier accuser's accusation and the denier's answer to it, and the dispute took
    another id: every claim in it linked anew. A denier with disputes that share nothing
    names them in the order of their earliest accusations (:func:`_earliest`). Adds the id to
    ``taken``."""
    name = _id("answered", denier)
    chosen = next(n for n in (name, *(f"{name}-{k}" for k in range(2, 99))) if n not in taken)
    taken.add(chosen)
    return chosen


def _earliest(group: Sequence[Statement], dates: dict[str, str]) -> tuple[str, str, str]:
    """When an answered accusation was first made: its accusation's article's date, source
    and sentence id (its first statement)."""
    first = group[0]
    return dates.get(first.source_id, ""), first.source_id, first.sentence_id


def _stances(
    corpus: ReadCorpus,
    claim_of: dict[tuple[str, str], str],
    found: Sequence[Conflict],
    dates: dict[str, str],
) -> list[Conflict]:
    """Stance disputes not already found as a denial or a contradiction. A group of
    statements asserting and denying the same thing that shares a statement with the answered
    accusations of one accuser and denier, and whose claimants are theirs, joins that dispute:
    one pair, one dispute."""
    covered = {k for c in found if c.kind != "figures" for k in c.statements}
    taken = {c.id for c in found}
    names = {a.id: a.name for a in corpus.actors}
    out = []
    said = name_words(corpus.actors)
    voices = voices_of(corpus)
    camps = {a.id: camp(a, voices) for a in corpus.actors}
    givers = {
        (s.source_id, s.sentence_id): figure_givers(s, voices)
        for s in corpus.statements
        if s.quantities
    }
    answered = answered_accusations(corpus.statements, said, camps, givers)

    def made(pair: tuple[str, str]) -> tuple[str, ...]:
        return _earliest(answered[pair], dates) + pair

    disputes = [sorted(pairs, key=made) for pairs in one_per_denier(answered)]
    answers: list[tuple[str, dict[tuple[str, str], Statement], frozenset[str]]] = []
    for pairs in sorted(disputes, key=lambda pairs: made(pairs[0])):
        merged = {(s.source_id, s.sentence_id): s for p in pairs for s in answered[p]}
        parties = frozenset(who for p in pairs for who in p)
        answers.append((pairs[0][1], merged, parties))  # named after its denier
    groups: list[tuple[str | None, list[Statement]]] = []
    stances = stance_disputes(corpus.statements, said)
    grouped = covered | {(s.source_id, s.sentence_id) for g in stances for s in g}
    counters = [  # a pair already in a stance dispute is not told again
        pair
        for pair in counter_positions(corpus.statements, camps, said)
        if not grouped & {(s.source_id, s.sentence_id) for s in pair}
    ]
    for group in stances + counters:
        told = {(s.source_id, s.sentence_id) for s in group}
        claimants = {s.claimant for s in group}
        same = [m for _, m, who in answers if told & m.keys() and claimants <= who]
        if same:  # the same accuser and denier: one dispute, not two sharing statements
            same[0].update({(s.source_id, s.sentence_id): s for s in group})
        else:
            groups.append((None, group))
    groups += [(denier, list(merged.values())) for denier, merged, _ in answers]
    for denier, group in groups:
        keys = tuple((s.source_id, s.sentence_id) for s in group)
        if len(set(keys) - covered) < 2:
            continue
        who = sorted({names[s.claimant] for s in group if s.claimant})
        out.append(
            Conflict(
                stance_id(keys, dates, taken) if denier is None else answer_id(denier, taken),
                "stance",
                "what " + " and ".join(who[:3]) + " assert and deny",
                tuple(dict.fromkeys(claim_of[k] for k in keys)),
                keys,
            )
        )
    return out


def camp(actor: Actor, voices: Voices) -> frozenset[str]:
    """What ``actor`` stands for, beside itself: the body it speaks for, the state it speaks
    for or its name, affiliation or role names ("Kenyan police": Kenya), and the words of
    the office or body it holds or is ("Health minister", "Health ministry": health; a
    person's own name is left out). Two parties whose camps meet are one side: "the health
    ministry rejected the figure" after its own minister gave it corrects its side's figure,
    it does not dispute another's. A party against its state's government (``opposition``
    in ``data/vocabulary/conflicts.toml``: "Freedonia's opposition leader") stands for that
    state's opposition, another side than its government."""
    told = [actor.affiliation or "", actor.role or ""]
    if actor.kind != Kind.PERSON:
        told.append(actor.name)
    named = [w for t in told for w in re.findall(r"[\w-]+", t)]
    states = {voices.state_of(w) for w in named}
    body = voices.bodies.get(actor.id)
    office = content_words(" ".join(told)) - body_kinds()
    sides = {x for x in (body, voices.side(actor.id), *states) if x}
    if office & opposition():
        office -= content_words(" ".join(w for w in named if voices.state_of(w)))
        sides = {f"opposition:{x}" for x in sides}
    return frozenset({actor.id, *(f"word:{w}" for w in office)} | sides)


opposition = derived(lambda: content_words(" ".join(words("conflicts", "opposition"))))
"""Stems of the words that set a party against its state's government (``opposition``)."""


body_kinds = derived(lambda: content_words(" ".join(words("conflicts", "body_kinds"))))
"""Stems of the words that say what kind of body or office one is, not whose (``body_kinds``):
no mark of a side."""


def figure_givers(s: Statement, voices: Voices) -> frozenset[str]:
    """Who gives the figures of ``s`` (``Voices.speaker``: the body named with a reporting
    verb before a figure, else the claimant), the outlets' own voices left out."""
    return frozenset(
        who
        for q in s.quantities
        if not (
            who := voices.speaker(
                s, q.start, s.start + clause(s.text, q.start - s.start, q.end - s.start)[0]
            )
        ).startswith("outlet:")
    )


def _party(statement: Statement, actors: dict[str, Actor], silent: bool = False) -> str | None:
    """The government a statement speaks for: its claimant's, or the claimant's country; with
    ``silent``, the government of the party it says did not comment."""
    who = statement.silent if silent else statement.claimant
    if who is None or who not in actors:
        return None
    actor = actors[who]
    if actor.kind == Kind.GOVERNMENT:
        return actor.name
    return actor.affiliation


def _same_day(a: Statement, b: Statement, dates: dict[str, str]) -> bool:
    """Whether two statements hold for one day: one article, or two dated to the same day."""
    return a.source_id == b.source_id or (
        len(dates[a.source_id]) == 10 and dates[a.source_id] == dates[b.source_id]
    )


def _denial_conflicts(
    statements: Sequence[Statement],
    claim_of: dict[tuple[str, str], str],
    actors: dict[str, Actor],
    dates: dict[str, str],
) -> list[Conflict]:
    denied: dict[str, list[Statement]] = defaultdict(list)
    silent: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        quiet = _party(s, actors, silent=True)
        if quiet is not None:
            silent[quiet].append(s)  # "Moscow has yet to comment": the outlet's, of Moscow
            continue
        party = _party(s, actors)
        if party is None:
            continue
        if no_comment().search(s.text):
            silent[party].append(s)  # "..., though the Kremlin has not provided a denial"
        elif s.cue in words("conflicts", "denial_cues") and stance(s) == "denies":
            denied[party].append(s)
    out = []
    for party in sorted(set(denied) & set(silent)):
        involved = denied[party] + silent[party]
        if len({s.source_id for s in involved}) < 2:
            continue
        if not any(_same_day(d, n, dates) for d in denied[party] for n in silent[party]):
            continue  # silent, then denying (or the reverse): a change over time
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
    dates: dict[str, str],
) -> list[Conflict]:
    by_key = {(s.source_id, s.sentence_id): s for s in statements}
    asserting_cues = words("conflicts", "asserting_cues")
    denial_cues = words("conflicts", "denial_cues")
    # the statements that can contradict a denial, by the party they speak for (one pass)
    asserting: dict[str, list[tuple[Statement, frozenset[str]]]] = defaultdict(list)
    for s in statements:
        if s.cue in asserting_cues and stance(s) == "asserts":
            speaker = _party(s, actors)
            if speaker is not None:
                asserting[speaker].append((s, content_words(s.text)))
    out = []
    for claim in claims:
        if claim.stance != "denies" or len(claim.sources) != 1:
            continue
        first = by_key[(claim.evidence[0].source_id, claim.evidence[0].sentence_id)]
        party = _party(first, actors)
        if party is None or first.cue not in denial_cues:
            continue
        said = content_words(first.text) - content_words(party)
        need = max(2, OVERLAP * len(said))
        scored = [
            (len(said & other), i, s)
            for i, (s, other) in enumerate(asserting.get(party, ()))
            if s.source_id not in claim.sources
            and len(said & other) >= need
            and not dates[s.source_id] > dates[first.source_id]  # later: a change, not a conflict
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
