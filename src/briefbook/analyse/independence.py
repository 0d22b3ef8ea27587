"""Which articles are independent of each other, and where each statement comes from.

Wire copy and rewrites are not independent corroboration. Two articles share an *origin*
when most of one's wording is in the other (word 5-gram containment at or above
``SHARED_TEXT``); when they print one sentence of their own voice word for word
(``COPIED_RUN`` words in a row outside quotation marks: no two reporters write that many
words alike, but two outlets running one agency's copy do, however they cut the rest); or
when both credit the same source for the whole report: the agency of a dateline ("LONDON
(AP) —"), a closing credit ("Source: BBC", "(dpa/NAN)", "— AFP"). An article that says it
carries agency copy ("with Agencies", "(Reuters)") is flagged. A statement's origin is its
article's origin, unless the statement relays another outlet ("According to Reuters",
"Newsweek reported"): then that outlet is the origin, so two articles relaying the same
outlet count once.

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
from briefbook.analyse.subjects import quoted_spans
from briefbook.model import Article, Kind, Statement
from briefbook.read.datelines import dateline
from briefbook.vocabulary import alternation, derived, mapping, words

COMMON = 100
SHARED_TEXT = 0.5
"""Share of the shorter article's 5-grams found in the other: above it, one origin."""
COPIED_RUN = 16
"""Words in a row, in the reporter's own voice, that two articles' statements share: one copy
of one report. On the dev corpora, runs of 8 to 11 words were shared by independent reports
(a union's or an agency's long name with a verb around it); from 12 words every pair was a
rewrite of one agency story, and from 16 the sentences were word for word."""
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


_SOURCE_LINE = derived(
    lambda: re.compile(
        r"^\(?\s*(?:" + alternation(words("independence", "source_credits")) + r")\s*:\s*"
        r"(?P<name>[^:()\n]{2,60}?)\s*(?:\s{2,}[^\n]*|\beditor\s*:[^\n]*)?\)?\s*$",
        re.IGNORECASE,
    )
)
"""A line of its own naming the report's source: "Source: BBC", "(Source: Associated Press)",
"Source: Reuters   Editor: Jane Roe"."""
_CLOSING_TAG = derived(
    lambda: re.compile(
        r"[.!?”\"]\s*\(\s*(?P<name>" + alternation(words("independence", "agency_tags")) + r")"
        r"(?:\s*/\s*[\w .-]{1,30})*\s*\)\s*$"
        r"|^[—–-]+\s*(?P<signed>" + alternation(words("independence", "agency_tags")) + r")\s*$",
        re.IGNORECASE,
    )
)
"""An agency closing the report: its tag after the last sentence ("... have failed. (dpa/NAN)":
dpa's copy, relayed by the agency after the slash), or signing it on a line of its own
("— AFP")."""
_ALIASES = derived(
    lambda: {
        alias.casefold(): head
        for head, aliases in mapping("independence", "agency_names").items()
        for alias in [head, *aliases]
    }
)
_TAG_AFTER_PLACE = re.compile(r"\(([^()\n]{2,40})\)\s*(?:[–—]{1,2}|-{1,2})\s*$")
_OPENING_LINES = 8
"""Lines searched for the dateline: a page's title and byline may stand above it."""


def source_name(name: str) -> str:
    """One name per source: an agency's aliases are one ("Associated Press" is "ap"),
    another name is itself, lower-case, without a leading "the"."""
    key = " ".join(name.casefold().strip(" .,;:—–-").split())
    key = _ALIASES().get(key, key)
    return key.removeprefix("the ")


def credited_source(text: str) -> str | None:
    """The source an article credits for the whole report, as :func:`source_name` writes
    it: the agency or outlet of its dateline ("NAIROBI (Reuters) -", "(CNN) —"), else a
    credit line of its own naming an agency anywhere, or any source when it closes the
    article ("Source: BBC"), else an agency closing the report ("(dpa/NAN)", "— AFP")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:_OPENING_LINES]:
        m = dateline(line, first=False)
        if m is not None:
            tail = _TAG_AFTER_PLACE.search(m.group())  # "LUBBOCK, Texas — (AP) —"
            found = m.groupdict().get("agency") or m.groupdict().get("tag") or (tail and tail[1])
            if found:
                return source_name(re.split(r"[/,]", found)[0])
            break  # the report's dateline names no source
    agencies = words("independence", "agency_tags") | set(_ALIASES())
    for i, line in enumerate(lines[1:], start=1):
        m = _SOURCE_LINE().match(line)
        if m and (source_name(m["name"]) in agencies or i == len(lines) - 1):
            return source_name(m["name"])
    if lines:
        closing = _CLOSING_TAG().search(lines[-1])
        if closing:
            return source_name(closing["name"] or closing["signed"])
    return None


def _own_voice(text: str) -> list[list[str]]:
    """The runs of words a sentence says in its own voice, the words between quotation marks
    (:func:`~briefbook.analyse.subjects.quoted_spans`) left out: two outlets quoting one
    statement word for word are not one copy."""
    runs, pos = [], 0
    for start, end in [*quoted_spans(text), (len(text), len(text))]:
        runs.append(re.findall(r"\w+", text[pos:start].casefold()))
        pos = end
    return runs


def _copied(statements: Sequence[Statement]) -> set[tuple[str, str]]:
    """Pairs of articles whose statements share ``COPIED_RUN`` words in a row of their own
    voice, by an inverted index of those runs (skipping runs in more than ``COMMON``
    articles)."""
    holders: dict[int, set[str]] = defaultdict(set)
    for s in statements:
        for run in _own_voice(s.text):
            for i in range(len(run) - COPIED_RUN + 1):
                holders[hash(" ".join(run[i : i + COPIED_RUN]))].add(s.source_id)
    pairs: set[tuple[str, str]] = set()
    for sources in holders.values():
        if 2 <= len(sources) <= COMMON:
            ordered = sorted(sources)
            pairs.update((a, b) for x, a in enumerate(ordered) for b in ordered[x + 1 :])
    return pairs


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


def find_origins(articles: Sequence[Article], statements: Sequence[Statement] = ()) -> Origins:
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
    for a, b in sorted(_copied(statements)):
        sets.join(a, b)
    credited = {a.id: name for a in articles if (name := credited_source(a.text))}
    by_source: dict[str, list[str]] = defaultdict(list)
    for source_id, name in sorted(credited.items()):
        by_source[name].append(source_id)
    for group in by_source.values():
        for other in group[1:]:
            sets.join(other, group[0])
    agency = {  # an outlet crediting itself ("(CNN) —" on CNN's page) carries its own copy
        a.id: bool(
            credited.get(a.id, "") not in ("", source_name(a.meta.outlet or ""))
            or AGENCY_COPY().search(a.text)
            or AGENCY_COPY().search(a.meta.author or "")
        )
        for a in articles
    }
    return Origins({i: sets.find(i) for i in ids}, agency, shared)
