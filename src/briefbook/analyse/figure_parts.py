"""A count told in parts: "310 passengers and 14 crew", "nine boys and three girls".

News copy often gives a total as the sum of its parts, each with its own noun, joined by
"and" (or listed with commas, the last joined by "and"): "the ferry carried 310 passengers and
14 crew", "18 Germans, two Danes and one Belgian". Such a sentence states the whole
the parts add up to (324 aboard, 21 dead) as much as each part, so a part is never a rival
count of a figure elsewhere that gives that whole ("324 people on board"). A part can still
disagree with the same part elsewhere ("310 passengers" against "290 passengers"), and with a
figure that gives some other total: the parts are kept and compared as before, only not
against their own sum (``analyse/figures``).

A list may also leave the noun out after its first part, each part said of what sets it apart
("a jury convicted 40 of the bankers of fraud, six of bribery and two of perjury": 48 bankers,
``gapped_groups``): the same whole, told in parts.

What makes a group: figures next to each other of one kind, with no unit (counts, not sums of
money or distances), each with a noun of its own and no two with the same noun ("dozens and
dozens" is one vague count, not two parts), none an increment ("three others", "another
500") or a per-group figure ("6,000 each"), and nothing between them but "and" or a comma,
the last joined by "and".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefbook.model import Quantity, Statement
from briefbook.read.figure_kinds import COUNT

_AND = re.compile(r"^\s*,?\s+and\s+$", re.I)
"""Between the last two parts: " and ", ", and "."""
_COMMA = re.compile(r"^\s*,\s*$")
"""Between earlier parts of a list: ", "."""
NOT_PARTS = frozenset({"additional", "each"})
"""Qualifiers of figures that count no whole of their own: an increment ("another 500") is
added to some other count, and a per-group figure ("6,000 each") is multiplied. Such a
figure is never a part of a sum here, nor compared with other counts (``figure_reports``)."""


def _joins(s: Statement, a: Quantity, b: Quantity) -> str:
    return s.text[a.end - s.start : b.start - s.start]


def _may_join(a: Quantity, b: Quantity) -> bool:
    return (
        a.kind == b.kind
        and not a.unit
        and not b.unit
        and a.qualifier not in NOT_PARTS
        and b.qualifier not in NOT_PARTS
        and bool(a.counts.strip())
        and bool(b.counts.strip())
    )


def part_groups(s: Statement) -> list[tuple[Quantity, ...]]:
    """The groups of figures in ``s`` that tell one count in parts, in sentence order."""
    qs = sorted(s.quantities, key=lambda q: q.start)
    out: list[tuple[Quantity, ...]] = []
    i = 0
    while i < len(qs):
        j = i
        while j + 1 < len(qs) and _may_join(qs[j], qs[j + 1]):
            gap = _joins(s, qs[j], qs[j + 1])
            if _AND.match(gap):
                j += 1
                break  # "and" closes the list
            if not _COMMA.match(gap):
                break
            j += 1
        group = qs[i : j + 1]
        closed = len(group) > 1 and bool(_AND.match(_joins(s, group[-2], group[-1])))
        nouns = {q.counts.strip().casefold() for q in group}
        if closed and len(nouns) == len(group):
            out.append(tuple(group))
            i = j + 1
        else:
            i += 1
    return out


GAPPED_OF_WORDS = 3
"""Words at most of what the first part of a gapped list is of ("of armed robbery")."""
_OF_FIRST = re.compile(
    rf"^\s+of\s+[^\W\d]+(?:[\s-]+[^\W\d]+){{0,{GAPPED_OF_WORDS - 1}}}"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$",
    re.I,
)
"""Between the first part of a gapped list and the next: what the first is of, a few words
with no clause of their own (" of fraud, ", " of fraud and "; not " of the staff of the
hospital walked out on Monday, ")."""
_LAST = re.compile(r"\band\s*$", re.I)
"""Before the last part of a gapped list: "and"."""
PART = re.compile(r"^\S+\s+(?:out\s+)?of\s", re.I)
"""A part drawn from a pool: its number and "of" ("five of the deaths", "two of perjury")."""
_OWN_POOL = re.compile(r"^\S+\s+of\s+(?:the|its|their|his|her|our|them|whom|these|those)\b", re.I)
"""A later part drawn from a pool of its own ("12 of its wards", "six of them"): not a part
of a gapped list, which says only what sets it apart ("six of bribery")."""


def gapped_groups(s: Statement) -> list[tuple[Quantity, ...]]:
    """The groups of figures in ``s`` that tell one count in parts with its noun left out after
    the first, each part said of what sets it apart ("convicted 40 of the bankers of fraud,
    six of bribery and two of perjury": 48 bankers): the first a count of what the lexicon
    knows drawn from a pool ("40 of the bankers"), then what it is of in a few words; the
    others counts of nothing the lexicon knows, each opened by "of" and what sets it apart
    alone, no pool and no noun of its own ("12 of its wards closed"), joined by commas, the
    last by "and"."""
    qs = sorted(s.quantities, key=lambda q: q.start)
    out: list[tuple[Quantity, ...]] = []
    for i, first in enumerate(qs):
        if first.unit or not PART.match(first.text) or first.kind == COUNT:
            continue
        group = [first]
        for q in qs[i + 1 :]:
            gap = _joins(s, group[-1], q)
            joined = (
                _OF_FIRST.match(gap) if len(group) == 1 else _AND.match(gap) or _COMMA.match(gap)
            )
            if not joined or not _gapped_part(q):
                break
            group.append(q)
        if len(group) > 1 and _LAST.search(_joins(s, group[-2], group[-1])):
            out.append(tuple(group))
    return out


def _gapped_part(q: Quantity) -> bool:
    """Whether ``q`` may be a later part of a gapped list: a count of nothing the lexicon
    knows, its number, "of" and what sets it apart, nothing more ("six of bribery"; not
    "12 of its wards closed", drawn from a pool of its own and told what became of it)."""
    return (
        q.kind == COUNT
        and not q.unit
        and PART.match(q.text) is not None
        and _OWN_POOL.match(q.text) is None
        and q.text.casefold().endswith(q.counts.casefold())
    )


def sum_of(parts: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The interval a whole told in parts allows: the sums of the parts' lows and highs."""
    return sum(lo for lo, _ in parts), sum(hi for _, hi in parts)
