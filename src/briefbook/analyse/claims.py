"""Merge statements that assert the same thing into claims, with all their evidence.

Two statements from different articles are merged when their content words overlap enough
(weighted Jaccard similarity, rarer words weighing more) and nothing forbids it:

* their figures differ (3,000 vs 12,000): never merged;
* their stance differs (one asserts, the other denies or negates): never merged.

Both conditions are equalities, so they hold across a whole cluster built by union-find.
Every statement ends up in exactly one claim (most are claims of one statement).

Scale: no all-pairs comparison. Each statement is indexed under *blocking keys* (its content
words and its figures); only statements sharing a key are compared, and a key shared by
more than ``MAX_BLOCK`` statements is skipped as uninformative (a word that common cannot
make two statements the same). With n statements of at most w words that is at most
n * w * MAX_BLOCK comparisons: O(n) for bounded sentences, plus O(p log p) to sort the
p candidate pairs.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

from briefbook.analyse.disjoint import DisjointSets
from briefbook.model import Claim, Evidence, Stance, Statement
from briefbook.vocabulary import alternation, mapping, words

SIMILARITY = 0.45
"""Score (see :func:`score`) at or above which two statements state the same thing."""
SAME_CLAIMANT = 0.2
SAME_FIGURES = 0.35
OTHER_TOPIC = 0.15
MAX_BLOCK = 100

STOPWORDS = words("claims", "stopwords")
NEGATIONS = words("claims", "negations")
DENIAL_WORDS = re.compile(
    r"\b(?:" + alternation(words("claims", "denials")) + r")\b", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d[\d,.]*")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stem: enough to match "evacuates", "evacuated" and "evacuation"."""
    w = word.casefold().replace("’", "'").removesuffix("'s")
    for suffix in ("ments", "ment", "ing", "ers", "ies", "ied", "ed", "es", "er", "s"):
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            return w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return w


SYNONYMS = {
    word: head for head, synonyms in mapping("claims", "synonyms").items() for word in synonyms
}
"""Stems that news prose uses for the same thing (general English, not about one event)."""


def content_words(text: str) -> frozenset[str]:
    words = (w for w in _WORD.findall(text) if w.casefold() not in STOPWORDS)
    stems = (stem(w) for w in words if not w[0].isdigit())
    return frozenset(SYNONYMS.get(s, s) for s in stems)


def stance(statement: Statement) -> Stance:
    """``denies`` for a denial or negated statement, ``asserts`` otherwise."""
    words = {w.casefold() for w in _WORD.findall(statement.text)}
    if DENIAL_WORDS.search(statement.text) or words & NEGATIONS or "n't" in statement.text:
        return "denies"
    return "asserts"


def figures(statement: Statement) -> frozenset[float]:
    return frozenset(q.value for q in statement.quantities if q.qualifier != "each")


def _idf(docs: Sequence[frozenset[str]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(doc)
    n = len(docs)
    return {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}


def similarity(a: frozenset[str], b: frozenset[str], idf: dict[str, float]) -> float:
    """Weighted overlap: the share of the shorter statement's words found in the other,
    each word weighted by its rarity."""
    if not a or not b:
        return 0.0
    # math.fsum: the exact sum whatever the order, and the order of a set of strings changes
    # from one run to the next (hash randomisation); a plain sum made ties break differently
    shared = math.fsum(idf.get(w, 1.0) for w in a & b)
    return shared / min(
        math.fsum(idf.get(w, 1.0) for w in a), math.fsum(idf.get(w, 1.0) for w in b)
    )


def score(
    a: Statement, b: Statement, words: tuple[frozenset[str], frozenset[str]], idf: dict[str, float]
) -> float:
    """How surely two statements state the same thing: word overlap, plus a little when the
    same actor says both, plus more when they give the same figures, less when they were
    sorted into different topics."""
    value = similarity(words[0], words[1], idf)
    if a.claimant is not None and a.claimant == b.claimant:
        value += SAME_CLAIMANT
    if figures(a) and figures(a) == figures(b):
        value += SAME_FIGURES
    if a.topic.topic != b.topic.topic:
        value -= OTHER_TOPIC
    return value


def candidate_pairs(
    words: Sequence[frozenset[str]], keys: Sequence[Iterable[str]]
) -> set[tuple[int, int]]:
    """Pairs of statements that share a blocking key (a rare word or a figure)."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for k in ks:
            blocks[k].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                pairs.add((i, j))
    return pairs


def merge(
    statements: Sequence[Statement],
    threshold: float = SIMILARITY,
    apart: Collection[tuple[str, str]] = frozenset(),
) -> list[Claim]:
    """Claims from statements, in the order of their first statement.

    A statement in ``apart`` (source id, sentence id) is merged with no other: a claim alone.
    """
    words = [content_words(s.text) for s in statements]
    idf = _idf(words)
    figs = [figures(s) for s in statements]
    stances = [stance(s) for s in statements]
    keys = [[*w, *(f"fig:{v:g}" for v in f)] for w, f in zip(words, figs, strict=True)]
    scores: dict[tuple[int, int], float] = {}
    for i, j in candidate_pairs(words, keys):
        a, b = statements[i], statements[j]
        if a.source_id == b.source_id or figs[i] != figs[j] or stances[i] != stances[j]:
            continue
        if (a.source_id, a.sentence_id) in apart or (b.source_id, b.sentence_id) in apart:
            continue
        value = score(a, b, (words[i], words[j]), idf)
        if value >= threshold:
            scores[(i, j)] = value
    members = _average_linkage(len(statements), scores, threshold)
    return [_claim(statements, group, words, idf) for group in members]


def _average_linkage(
    n: int, scores: dict[tuple[int, int], float], threshold: float
) -> list[list[int]]:
    """Join the best-matching pairs first; two groups join only if, on average over all their
    cross pairs (a pair below the threshold counting as 0), they still reach the threshold.
    This keeps one loose link from chaining different facts together.

    The sum of scores between groups is kept in a sparse table updated on each join, so a
    join costs the number of groups linked to the two joined, not their product of sizes.
    """
    group = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    linked: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), value in scores.items():
        linked[i][j] = linked[j][i] = value
    for (i, j), _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        gi, gj = group[i], group[j]
        if gi == gj:
            continue
        if linked[gi].get(gj, 0.0) / (len(members[gi]) * len(members[gj])) < threshold:
            continue
        keep, gone = min(gi, gj), max(gi, gj)
        for other, value in linked.pop(gone).items():
            del linked[other][gone]
            if other != keep:
                total = linked[keep].get(other, 0.0) + value
                linked[keep][other] = linked[other][keep] = total
        for k in members[gone]:
            group[k] = keep
        members[keep] = sorted(members[keep] + members.pop(gone))
    return [members[k] for k in sorted(members)]


def claim_id(first: Statement) -> str:
    """A claim is named after its first report (statements come in date order), so it keeps
    its id when later articles join it, even if they change which wording is most central."""
    digest = hashlib.blake2b(f"{first.source_id}/{first.sentence_id}".encode(), digest_size=4)
    return f"c{digest.hexdigest()}"


def join(
    claims: Sequence[Claim], statements: Sequence[Statement], together: Sequence[Sequence[str]]
) -> tuple[list[Claim], dict[str, list[str]]]:
    """Make one claim of each set of claim ids in ``together`` whose ids all exist.

    Returns the claims, in the order of their first statement, and for each claim made by
    joining others, the ids it was made of."""
    index = {(s.source_id, s.sentence_id): i for i, s in enumerate(statements)}
    by_id = {c.id: c for c in claims}
    sets = DisjointSets(c.id for c in claims)
    for ids in together:
        if all(i in by_id for i in ids):
            for other in ids[1:]:
                sets.join(other, ids[0])
    root = sets.find
    groups: dict[str, list[int]] = defaultdict(list)
    parts: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        groups[root(claim.id)] += [index[(e.source_id, e.sentence_id)] for e in claim.evidence]
        parts[root(claim.id)].append(claim.id)
    words = [content_words(s.text) for s in statements]
    idf = _idf(words)
    out = []
    made_of: dict[str, list[str]] = {}
    for r, members in groups.items():
        if len(parts[r]) == 1:
            out.append(by_id[r])
            continue
        claim = _claim(statements, sorted(members), words, idf)
        made_of[claim.id] = sorted(parts[r])
        out.append(claim)
    out.sort(key=lambda c: index[(c.evidence[0].source_id, c.evidence[0].sentence_id)])
    return out, made_of


def _claim(
    statements: Sequence[Statement],
    members: list[int],
    words: Sequence[frozenset[str]],
    idf: dict[str, float],
) -> Claim:
    group = [statements[i] for i in members]
    # the wording: the member most similar to the others (the most central), then the earliest
    centre = max(
        members,
        key=lambda i: (
            math.fsum(similarity(words[i], words[j], idf) for j in members if j != i),
            -i,
        ),
    )
    chosen = statements[centre]
    topics = Counter(s.topic.topic for s in group)
    topic = max(topics, key=lambda t: (topics[t], t == chosen.topic.topic))
    evidence = tuple(Evidence(s.source_id, s.sentence_id, s.text, s.claimant, s.cue) for s in group)
    return Claim(
        id=claim_id(statements[min(members)]),
        topic=topic,
        wording=chosen.text,
        wording_source=chosen.source_id,
        wording_sentence=chosen.sentence_id,
        evidence=evidence,
        sources=tuple(sorted({s.source_id for s in group})),
        stance=stance(chosen),
        figures=tuple(sorted(figures(chosen))),
    )
