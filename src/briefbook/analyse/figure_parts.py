"""A count told in parts: "310 passengers and 14 crew", "nine boys and three girls".

News copy often gives a total as the sum of its parts, each with its own noun, joined by
"and" (or listed with commas, the last joined by "and"): "the ferry carried 310 passengers and
14 crew", "18 Germans, two Danes and one Belgian". Such a sentence states the whole
the parts add up to (324 aboard, 21 dead) as much as each part, so a part is never a rival
count of a figure elsewhere that gives that whole ("324 people on board"). A part can still
disagree with the same part elsewhere ("310 passengers" against "290 passengers"), and with a
figure that gives some other total: the parts are kept and compared as before, only not
against their own sum (``analyse/figures``).

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


def sum_of(parts: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The interval a whole told in parts allows: the sums of the parts' lows and highs."""
    return sum(lo for lo, _ in parts), sum(hi for _, hi in parts)
