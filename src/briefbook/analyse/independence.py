"""Which articles are independent of each other, and where each statement comes from.

Wire copy and rewrites are not independent corroboration. Two articles share an *origin*
when most of one's wording is in the other (word 5-gram containment at or above
``SHARED_TEXT``). An article that says it carries agency copy ("with Agencies", "(Reuters)")
is flagged. A statement's origin is its article's origin, unless the statement relays
another outlet ("According to Reuters", "Newsweek reported"): then that outlet is the
origin, so two articles relaying the same outlet count once.

Articles are not compared all against all: an inverted index from each 5-gram to the
articles containing it counts, for each pair, the 5-grams they share, skipping 5-grams found
in more than ``COMMON`` articles (stock phrases). Cost: O(total 5-grams x COMMON).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefbook.analyse.disjoint import DisjointSets
from briefbook.model import Article, Kind, Statement
from briefbook.vocabulary import alternation, derived, words

COMMON = 100
SHARED_TEXT = 0.5
"""Share of the shorter article's 5-grams found in the other: above it, one origin."""
AGENCY_COPY = derived(
    lambda: re.compile(
        r"\b(?:" + alternation(words("independence", "copy_markers")) + r")\b"
        r"|\((?:" + alternation(words("independence", "agency_tags")) + r")\)"
        r"|\b(?:"
        + alternation(words("independence", "contributing_agencies"))
        + r") contributed\b",
        re.IGNORECASE,
    )
)


@dataclass(frozen=True, slots=True)
class Origins:
    article_origin: dict[str, str]
    """Source id -> origin id (the id of the first article of its group)."""
    agency_copy: dict[str, bool]
    shared: dict[tuple[str, str], float]
    """Pairs of articles with their shared-text score, for pairs above zero."""

    def statement_origin(self, statement: Statement, kinds: dict[str, Kind]) -> str:
        if statement.claimant and kinds.get(statement.claimant) == Kind.OUTLET:
            return f"outlet:{statement.claimant}"
        return self.article_origin[statement.source_id]


def _shingles(text: str, n: int = 5) -> set[int]:
    words = re.findall(r"\w+", text.casefold())
    return {hash(" ".join(words[i : i + n])) for i in range(max(0, len(words) - n + 1))}


def find_origins(articles: Sequence[Article]) -> Origins:
    shingles = {a.id: _shingles(a.text) for a in articles}
    ids = sorted(shingles)
    sets = DisjointSets(ids)

    holders: dict[int, list[str]] = defaultdict(list)
    for source_id in ids:
        for gram in shingles[source_id]:
            holders[gram].append(source_id)
    common: Counter[tuple[str, str]] = Counter()
    for sources in holders.values():
        if 2 <= len(sources) <= COMMON:
            for x, a in enumerate(sources):
                for b in sources[x + 1 :]:
                    common[(a, b)] += 1
    shared: dict[tuple[str, str], float] = {}
    for (a, b), count in sorted(common.items()):
        score = count / min(len(shingles[a]), len(shingles[b]))
        shared[(a, b)] = round(score, 3)
        if score >= SHARED_TEXT:
            sets.join(a, b)
    agency = {
        a.id: bool(AGENCY_COPY().search(a.text) or AGENCY_COPY().search(a.meta.author or ""))
        for a in articles
    }
    return Origins({i: sets.find(i) for i in ids}, agency, shared)
