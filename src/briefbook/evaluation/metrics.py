"""What the evaluation measures: briefbook's reading of a corpus against its gold labels.

Every metric is a tally (a numerator and a denominator, or a count), so that the figures of
several corpora add up before they are divided: the test figures are those of all test
sentences together, not an average of averages. Gold sentences are matched to briefbook's
by overlap, so a sentence briefbook splits or joins differently is still compared.

Figures, dates, claimants, topics and merges are measured on articles that gold labels as
English, the only language whose reading briefbook claims; ``non_english_analysed`` counts
articles in another language that briefbook nevertheless analysed as English.

The who's who is measured in :mod:`briefbook.evaluation.whoswho`: junk among the listed
actors, and ``actor_recall``, gold's actors it lists, so that neither can improve alone by
listing fewer or more.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from typing import Literal

from briefbook.analyse.coverage import no_cue
from briefbook.evaluation import whoswho
from briefbook.evaluation.labels import FILLER, OUTLET, Gold, GoldEntity, GoldSentence, Member
from briefbook.model import Actor, BlockKind, Briefing, Statement
from briefbook.read.names import fold

Direction = Literal["higher", "lower", "info"]


@dataclass(frozen=True, slots=True)
class Metric:
    name: str
    direction: Direction
    """``higher`` or ``lower`` is better; ``info`` is reported and never gated."""
    ratio: bool
    help: str
    reader: str = ""
    """What the share is of, in a reader's words, for the methodology page of every briefing
    (``briefbook.accuracy``); empty for a figure the book does not print."""


METRICS: tuple[Metric, ...] = (
    Metric("articles", "info", False, "articles in the corpora"),
    Metric("sentences", "info", False, "gold sentences"),
    Metric("statements", "info", False, "gold statements (the rest is furniture)"),
    Metric(
        "furniture_precision",
        "higher",
        True,
        "of the sentences briefbook marks furniture, furniture",
        "lines set aside as page furniture (captions, credits, links) that are furniture",
    ),
    Metric(
        "furniture_recall",
        "higher",
        True,
        "of the furniture, the share briefbook marks so",
        "page furniture set aside rather than read as statements",
    ),
    Metric(
        "segmentation_accuracy",
        "higher",
        True,
        "gold statements that are exactly one of briefbook's sentences",
    ),
    Metric(
        "topic_accuracy",
        "higher",
        True,
        "statements in a chapter the gold accepts, with the topics typed as names (untuned)",
        "statements in a chapter a reader would choose, with topics named by the analyst",
    ),
    Metric(
        "fallback_share", "lower", True, "statements sent to the default topic for want of a cue"
    ),
    Metric("empty_chapters", "lower", False, "topics with gold statements but none of briefbook's"),
    Metric(
        "preset_topic_accuracy",
        "higher",
        True,
        "statements in a chapter the gold accepts, with the preset for the event's kind",
        "statements in a chapter a reader would choose, with the preset for the event's kind",
    ),
    Metric(
        "preset_fallback_share",
        "lower",
        True,
        "statements sent to the preset's default topic for want of a cue",
    ),
    Metric(
        "preset_empty_chapters",
        "lower",
        False,
        "preset topics with gold statements but none of briefbook's",
    ),
    Metric(
        "claimant_accuracy",
        "higher",
        True,
        "statements with the right claimant (strict)",
        "statements credited to the right speaker (or to the outlet's own voice)",
    ),
    Metric(
        "merge_precision",
        "higher",
        True,
        "statement pairs merged that state one fact",
        "pairs of statements joined into one claim that do state one fact",
    ),
    Metric(
        "merge_recall",
        "higher",
        True,
        "statement pairs stating one fact that are merged",
        "pairs of reports of one fact that are joined into one claim",
    ),
    Metric(
        "dispute_recall",
        "higher",
        True,
        "gold disputes that briefbook flags",
        "disagreements between sources that are flagged as conflicts",
    ),
    Metric(
        "dispute_precision",
        "higher",
        True,
        "briefbook's conflicts that are gold disputes",
        "conflicts flagged that are real disagreements",
    ),
    Metric("series_flagged", "lower", False, "gold series wrongly flagged as a conflict"),
    Metric("figure_precision", "higher", True, "briefbook's figures whose value gold has"),
    Metric(
        "figure_recall",
        "higher",
        True,
        "gold figures briefbook finds (value)",
        "figures in the articles that are found, with their value",
    ),
    Metric(
        "figure_kind_precision",
        "higher",
        True,
        "briefbook's figures right in kind and value",
        "figures found that are right in value and in what they count",
    ),
    Metric("figure_kind_recall", "higher", True, "gold figures found with their kind and value"),
    Metric(
        "date_accuracy",
        "higher",
        True,
        "gold dates briefbook resolves to the same date",
        "dates in the articles resolved to the right day, month or year",
    ),
    Metric("date_precision", "higher", True, "briefbook's dates that gold has, same resolution"),
    Metric(
        "junk_actor_share",
        "lower",
        True,
        "briefbook's actors that are no one, or misclassed",
        "who's who entries that are no one in the story, or of the wrong kind",
    ),
    Metric(
        "actor_recall",
        "higher",
        True,
        "gold's people, states, bodies and groups listed",
        "people, states, bodies and groups in the story that the who's who lists",
    ),
    Metric("language_accuracy", "higher", True, "articles whose language briefbook detects right"),
    Metric("non_english_analysed", "lower", False, "non-English articles analysed as English"),
    Metric("evidence_verbatim", "higher", True, "claims whose wording and evidence are verbatim"),
)
BY_NAME = {m.name: m for m in METRICS}


@dataclass(slots=True)
class Tally:
    """Numerators and denominators per metric, added up over corpora."""

    parts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def add(self, name: str, hits: int | bool, total: int | bool = 0) -> None:
        self.parts[name][0] += int(hits)
        self.parts[name][1] += int(total)

    def __iadd__(self, other: Tally) -> Tally:
        for name, (a, b) in other.parts.items():
            self.add(name, a, b)
        return self

    def value(self, name: str) -> float | None:
        """The metric's value; None for a ratio with nothing to measure."""
        hits, total = self.parts.get(name, (0, 0))
        if not BY_NAME[name].ratio:
            return float(hits)
        return hits / total if total else None

    def values(self) -> dict[str, float | None]:
        return {m.name: self.value(m.name) for m in METRICS}


@dataclass(slots=True)
class Result:
    tally: Tally
    errors: dict[str, list[str]]
    confusion: Counter[tuple[str, str]]
    """(gold topic, briefbook's topic) -> statements."""


# --- alignment ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    sentence_id: str
    statement: Statement | None
    furniture: bool
    """Marked as not reporting (a reason given, or a heading)."""


class _Alignment:
    """Gold sentences and member texts matched to briefbook's sentences by overlap."""

    def __init__(self, briefing: Briefing, gold: Gold) -> None:
        by_key = {(s.source_id, s.sentence_id): s for s in briefing.statements}
        self.spans: dict[str, list[_Span]] = {
            a.id: [
                _Span(
                    s.start,
                    s.end,
                    s.id,
                    by_key.get((a.id, s.id)),
                    bool(s.boilerplate or b.boilerplate or b.kind == BlockKind.HEADING),
                )
                for b in a.blocks
                for s in b.sentences
            ]
            for a in briefing.articles
        }
        self.gold: dict[Member, GoldSentence] = {(g.source, g.text): g for g in gold.sentences}

    def furniture_share(self, g: GoldSentence) -> float:
        """The share of the gold sentence's characters that briefbook marks as furniture
        (text in no sentence of briefbook's, such as a list marker, counts as furniture)."""
        kept = sum(
            max(0, min(s.end, g.end) - max(s.start, g.start))
            for s in self.spans.get(g.source, [])
            if not s.furniture
        )
        return 1 - kept / max(1, g.end - g.start)

    def statement(self, g: GoldSentence) -> Statement | None:
        """briefbook's statement that holds most of the gold sentence, if it holds half."""
        best, overlap = None, 0
        for s in self.spans.get(g.source, []):
            o = max(0, min(s.end, g.end) - max(s.start, g.start))
            if o > overlap:
                best, overlap = s, o
        if best is None or best.statement is None or overlap * 2 < g.end - g.start:
            return None
        return best.statement

    def exact(self, g: GoldSentence) -> bool:
        return any(s.start == g.start and s.end == g.end for s in self.spans.get(g.source, []))

    def member(self, m: Member) -> tuple[str, str] | None:
        g = self.gold.get(m)
        stmt = self.statement(g) if g is not None else None
        return (stmt.source_id, stmt.sentence_id) if stmt is not None else None


# --- the measures ---------------------------------------------------------------------------


def measure(briefing: Briefing, gold: Gold) -> Result:
    """Every metric of one corpus."""
    tally = Tally()
    errors: dict[str, list[str]] = defaultdict(list)
    confusion: Counter[tuple[str, str]] = Counter()
    align = _Alignment(briefing, gold)
    english = {s for s, a in gold.articles.items() if a.language == "en"}
    tally.add("articles", len(gold.articles))
    tally.add("sentences", len(gold.sentences))
    tally.add("statements", sum(g.statement for g in gold.sentences))
    _furniture(gold, align, tally, errors)
    _statements(briefing, gold, align, english, tally, errors, confusion)
    _merges(briefing, gold, align, english, tally, errors)
    _disputes(briefing, gold, align, tally, errors)
    _figures(briefing, gold, english, tally, errors)
    _dates(briefing, gold, english, tally, errors)
    _actors(briefing, gold, tally, errors)
    analysed = {s.source_id for s in briefing.statements}
    detected = {a.id: a.language for a in briefing.articles}
    for source, article in gold.articles.items():
        tally.add("language_accuracy", detected.get(source) == article.language, 1)
        if detected.get(source) != article.language:
            errors["language"].append(
                f"{source}: detected {detected.get(source)!r}, gold {article.language!r}"
            )
        if article.language != "en" and source in analysed:
            tally.add("non_english_analysed", 1)
            errors["language"].append(f"{source} ({article.language}) analysed as English")
    texts = {a.id: a.text for a in briefing.articles}
    for claim in briefing.claims:
        verbatim = claim.wording in texts[claim.wording_source] and all(
            e.text in texts[e.source_id] for e in claim.evidence
        )
        tally.add("evidence_verbatim", verbatim, 1)
    return Result(tally, dict(errors), confusion)


def _furniture(gold: Gold, align: _Alignment, tally: Tally, errors: dict[str, list[str]]) -> None:
    for g in gold.sentences:
        left_out = align.furniture_share(g) >= 0.5
        furniture = not g.statement
        if left_out:
            tally.add("furniture_precision", furniture, 1)
        if furniture:
            tally.add("furniture_recall", left_out, 1)
        if left_out != furniture:
            what = f"furniture ({g.furniture}) read as a statement" if furniture else "left out"
            errors["furniture"].append(f"{g.source}: {what}: {g.text[:70]!r}")
        if g.statement:
            tally.add("segmentation_accuracy", align.exact(g), 1)


def _english_statements(gold: Gold, english: set[str]) -> Iterator[GoldSentence]:
    """The gold's statements in articles it labels as English."""
    return (g for g in gold.sentences if g.statement and g.source in english)


def _statements(
    briefing: Briefing,
    gold: Gold,
    align: _Alignment,
    english: set[str],
    tally: Tally,
    errors: dict[str, list[str]],
    confusion: Counter[tuple[str, str]],
) -> None:
    entities = {e.name: e for e in gold.entities}
    actors = {a.id: a for a in briefing.actors}
    for g in _english_statements(gold, english):
        stmt = align.statement(g)
        if stmt is None:
            continue
        actor = actors.get(stmt.claimant) if stmt.claimant else None
        right = _claimant_ok(actor, g.claimant, entities)
        tally.add("claimant_accuracy", right, 1)
        if not right:
            who = actor.name if actor else OUTLET
            errors["claimant"].append(
                f"{g.source}: gold {g.claimant!r}, ours {who!r}: {g.text[:60]!r}"
            )
    _topics(briefing, gold, align, english, tally, errors, confusion)


def _topics(
    briefing: Briefing,
    gold: Gold,
    align: _Alignment,
    english: set[str],
    tally: Tally,
    errors: dict[str, list[str]],
    confusion: Counter[tuple[str, str]],
    preset: bool = False,
) -> None:
    """Topic accuracy, fallback share and empty chapters, against the gold's topics for the
    typed names or (``preset``) its topics in the event's preset."""
    prefix, kind = ("preset_", "preset topic") if preset else ("", "topic")
    with_gold: set[str] = set()
    for g in _english_statements(gold, english):
        labels = g.preset_topics if preset else g.topics
        if FILLER not in labels:
            with_gold.add(labels[0])
        stmt = align.statement(g)
        if stmt is None or FILLER in labels:
            continue
        ours = stmt.topic.topic
        tally.add(f"{prefix}topic_accuracy", ours in labels, 1)
        confusion[labels[0], ours] += 1
        if ours not in labels:
            errors[kind].append(f"{g.source}: gold {list(labels)}, ours {ours}: {g.text[:60]!r}")
    ours_topics = set()
    for stmt in briefing.statements:
        if stmt.source_id not in english:
            continue
        ours_topics.add(stmt.topic.topic)
        tally.add(f"{prefix}fallback_share", no_cue(stmt), 1)
    for topic in sorted(with_gold - ours_topics):
        tally.add(f"{prefix}empty_chapters", 1)
        errors[kind].append(f"chapter {topic!r} is empty, while gold has statements for it")


def measure_preset(briefing: Briefing, gold: Gold) -> Result:
    """The topic metrics of a reading with the event's preset (the ``preset_`` metrics)."""
    tally = Tally()
    errors: dict[str, list[str]] = defaultdict(list)
    confusion: Counter[tuple[str, str]] = Counter()
    english = {s for s, a in gold.articles.items() if a.language == "en"}
    _topics(briefing, gold, _Alignment(briefing, gold), english, tally, errors, confusion, True)
    return Result(tally, dict(errors), confusion)


def _claimant_ok(actor: Actor | None, claimant: str, entities: dict[str, GoldEntity]) -> bool:
    """Strict: the gold's one claimant. A group is also told apart by its body or state
    ("officials (Kenya)" from "officials (Spain)"): briefbook's group must not name another
    one, though it may name none."""
    if actor is None:
        return claimant == OUTLET
    entity = entities.get(claimant)
    if entity is None:
        return False
    if not (whoswho.matches(actor, entity)):
        return False
    if entity.kind != "group" or not entity.affiliation or actor.affiliation is None:
        return True
    body = entities.get(entity.affiliation)
    wanted = whoswho.forms(body) if body is not None else {fold(entity.affiliation)}
    return fold(actor.affiliation) in wanted


def _claims_of(briefing: Briefing) -> dict[tuple[str, str], str]:
    return {(e.source_id, e.sentence_id): c.id for c in briefing.claims for e in c.evidence}


def _merges(
    briefing: Briefing,
    gold: Gold,
    align: _Alignment,
    english: set[str],
    tally: Tally,
    errors: dict[str, list[str]],
) -> None:
    """Pairwise precision and recall over gold statements matched to briefbook's."""
    cluster_of = {m: n for n, c in enumerate(gold.clusters) for m in c.members}
    claim_of = _claims_of(briefing)
    labelled: list[tuple[int, str, GoldSentence]] = []
    for n, g in enumerate(gold.sentences):
        if not g.statement or g.source not in english:
            continue
        stmt = align.statement(g)
        if stmt is None:
            continue
        key = (stmt.source_id, stmt.sentence_id)
        labelled.append(
            (cluster_of.get((g.source, g.text), -1 - n), claim_of.get(key, str(key)), g)
        )
    for (g1, c1, s1), (g2, c2, s2) in combinations(labelled, 2):
        if s1.source == s2.source and c1 == c2 and align.statement(s1) is align.statement(s2):
            continue  # one sentence of briefbook's holds both: a segmentation error, not a merge
        if c1 == c2:
            tally.add("merge_precision", g1 == g2, 1)
            if g1 != g2:
                errors["merge"].append(f"wrongly merged: {s1.text[:45]!r} / {s2.text[:45]!r}")
        if g1 == g2:
            tally.add("merge_recall", c1 == c2, 1)
            if c1 != c2:
                errors["merge"].append(f"not merged: {s1.text[:45]!r} / {s2.text[:45]!r}")


def _disputes(
    briefing: Briefing,
    gold: Gold,
    align: _Alignment,
    tally: Tally,
    errors: dict[str, list[str]],
) -> None:
    conflicts = [set(c.statements) for c in briefing.conflicts]

    def flagged(members: Iterable[Member], kind: str = "") -> list[int]:
        """The conflicts that hold two of ``members``, or only members (rival figures set
        side by side in one statement: "unions said 3.5 million marched, the ministry 1.1
        million"); with a figure ``kind``, only those about figures of it or of none (a
        series of deaths is not flagged by a dispute over the magnitude that its statements
        also give)."""
        keys = {k for m in members if (k := align.member(m)) is not None}
        return [
            n
            for n, found in enumerate(conflicts)
            if (len(keys & found) >= 2 or (found and found <= keys))
            and (
                not kind
                or not briefing.conflicts[n].figures
                or any(f.kind == kind for f in briefing.conflicts[n].figures)
            )
        ]

    matched: set[int] = set()
    for d in gold.disputes:
        hits = flagged(d.members)
        matched.update(hits)
        tally.add("dispute_recall", bool(hits), 1)
        if not hits:
            errors["dispute"].append(f"missed {d.kind} dispute: {d.about}")
    for s in gold.series:
        if flagged(s.members, s.figure_kind):
            tally.add("series_flagged", 1)
            errors["dispute"].append(f"series flagged as a conflict: {s.about}")
    for n, c in enumerate(briefing.conflicts):
        tally.add("dispute_precision", n in matched, 1)
        if n not in matched:
            errors["dispute"].append(f"conflict that gold does not have: {c.kind}: {c.about}")


def _figures(
    briefing: Briefing, gold: Gold, english: set[str], tally: Tally, errors: dict[str, list[str]]
) -> None:
    wanted: dict[str, Counter[float]] = defaultdict(Counter)
    wanted_kind: dict[str, Counter[tuple[float, str]]] = defaultdict(Counter)
    for f in gold.figures:
        if f.source in english:
            wanted[f.source][f.value] += 1
            wanted_kind[f.source][f.value, f.kind] += 1
    found: dict[str, Counter[float]] = defaultdict(Counter)
    found_kind: dict[str, Counter[tuple[float, str]]] = defaultdict(Counter)
    ours: dict[str, list[tuple[float, str, str]]] = defaultdict(list)
    for s in briefing.statements:
        if s.source_id in english:
            for q in s.quantities:
                found[s.source_id][q.value] += 1
                found_kind[s.source_id][q.value, q.kind] += 1
                ours[s.source_id].append(
                    (q.value, q.kind, _around(s.text, q.start - s.start, q.end - s.start))
                )
    for source in english:
        both = wanted[source] & found[source]
        tally.add("figure_precision", both.total(), found[source].total())
        tally.add("figure_recall", both.total(), wanted[source].total())
        both_kind = wanted_kind[source] & found_kind[source]
        tally.add("figure_kind_precision", both_kind.total(), found_kind[source].total())
        tally.add("figure_kind_recall", both_kind.total(), wanted_kind[source].total())
        for value in (wanted[source] - found[source]).elements():
            errors["figure"].append(f"{source}: missed {value:g}")
        for value in (found[source] - wanted[source]).elements():
            errors["figure"].append(f"{source}: not a figure in gold: {value:g}")
        for value, gold_kind, our_kind, text in kind_disagreements(
            wanted_kind[source], ours[source]
        ):
            errors["figure kind"].append(
                f"{source}: figure {value:g}: gold kind {gold_kind!r}, ours {our_kind!r}: {text!r}"
            )


def kind_disagreements(
    wanted: Counter[tuple[float, str]], found: Iterable[tuple[float, str, str]]
) -> list[tuple[float, str, str, str]]:
    """The figures of one article read with gold's value but another kind: (value, gold's
    kind, ours, our text) for each, pairing what is left of one value on both sides once the
    figures right in kind and value are set aside (the tally's matching, one figure a pair)."""
    left = Counter(wanted)
    unmatched: list[tuple[float, str, str]] = []
    for value, kind, text in found:
        if left[value, kind] > 0:
            left[value, kind] -= 1
        else:
            unmatched.append((value, kind, text))
    pairs: list[tuple[float, str, str, str]] = []
    for value, kind, text in unmatched:
        gold_kind = next((k for (v, k), n in left.items() if v == value and n > 0), None)
        if gold_kind is not None:
            left[value, gold_kind] -= 1
            pairs.append((value, gold_kind, kind, text))
    return pairs


def _around(text: str, start: int, end: int, width: int = 50) -> str:
    """The words of ``text`` within ``width`` characters of ``start:end`` (a figure's place in
    its statement), marked with "..." where they are cut."""
    head = max(0, start - width)
    tail = min(len(text), end + width)
    return ("..." if head else "") + text[head:tail] + ("..." if tail < len(text) else "")


def _dates(
    briefing: Briefing, gold: Gold, english: set[str], tally: Tally, errors: dict[str, list[str]]
) -> None:
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for s in briefing.statements:
        if s.source_id in english:
            found[s.source_id] += [(d.text.casefold(), d.resolved) for d in s.dates]
    wanted: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for d in gold.dates:
        if d.source in english:
            wanted[d.source].append((d.text.casefold(), d.resolved))

    def same(a: tuple[str, str], b: tuple[str, str]) -> bool:
        return (a[0] in b[0] or b[0] in a[0]) and a[1] == b[1]

    for source in english:
        for w in wanted[source]:
            ok = any(same(w, f) for f in found[source])
            tally.add("date_accuracy", ok, 1)
            if not ok:
                errors["date"].append(f"{source}: {w[0]!r} -> {w[1]!r}")
        for f in found[source]:
            ok = any(same(w, f) for w in wanted[source])
            tally.add("date_precision", ok, 1)
            if not ok:
                errors["date"].append(f"{source}: not a date in gold: {f[0]!r} -> {f[1]!r}")


def _actors(briefing: Briefing, gold: Gold, tally: Tally, errors: dict[str, list[str]]) -> None:
    """Junk among the listed actors, and gold's actors the who's who misses (see whoswho)."""
    for actor, why in whoswho.junk(briefing, gold):
        tally.add("junk_actor_share", bool(why), 1)
        if why:
            errors["actor"].append(f"{actor.name!r}: {why}")
    for entity, found in whoswho.recalled(briefing, gold):
        tally.add("actor_recall", found, 1)
        if not found:
            errors["actor"].append(f"missed {entity.kind} {entity.name!r}")
