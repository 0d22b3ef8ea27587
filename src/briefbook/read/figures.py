"""Quantities in a sentence.

A quantity is a number with its qualifier (about, up to, at least...) and what it counts
(the noun phrase after it); "two brigades of 6,000 soldiers each" is recorded as both
figures and as their product. Dates are ``briefbook.read.dates``.
"""

from __future__ import annotations

import re
from typing import cast, get_args

from briefbook.model import MONTHS, Qualifier, Quantity
from briefbook.vocabulary import alternation, checked, mapping, ordered, words

WORD_NUMBERS: dict[str, int] = mapping("figures", "word_numbers")
SCALES: dict[str, int] = mapping("figures", "scales")
VAGUE: dict[str, int] = mapping("figures", "vague_numbers")
"""Plural round numbers, taken as their lower bound ("millions of shells": at least a million)."""
QUALIFIERS = cast(dict[str, Qualifier], checked("figures", "qualifiers", get_args(Qualifier)))
_NUM = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
_QUANTITY = re.compile(
    r"(?:(?P<qual>" + alternation(QUALIFIERS) + r")\s+)?"
    r"(?:(?P<num>"
    + _NUM
    + r")(?:\s+(?P<scale>"
    + alternation(SCALES)
    + r"))?|(?P<vague>"
    + alternation(VAGUE)
    + r"))"
    r"(?:\s+of)?"
    r"(?P<counts>(?:\s+(?!(?:"
    + "|".join(map(re.escape, ordered("figures", "counts_stop")))
    + r")\b)[A-Za-z][\w’'-]*){1,4})?",
    re.IGNORECASE,
)
_EACH = re.compile(
    r"\s+of\s+(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<noun>[\w-]+)\s+each\b", re.IGNORECASE
)
_MONTH_RE = "|".join(MONTHS)
_YEARLIKE = re.compile(r"^(1[89]|20)\d\d$")
NOUN_STOP = words("figures", "noun_stop")


def _number(raw: str) -> float:
    low = raw.casefold()
    if low in WORD_NUMBERS:
        return float(WORD_NUMBERS[low])
    return float(raw.replace(",", ""))


def _counts(raw: str | None) -> str:
    words = (raw or "").split()
    while words and words[0].casefold() in NOUN_STOP:
        words = words[1:]
    return " ".join(w.strip("’'") for w in words)


def quantities(text: str, base: int = 0) -> list[Quantity]:
    """Every quantity in ``text`` (offsets shifted by ``base``)."""
    out: list[Quantity] = []
    per_group: set[int] = set()
    for m in _QUANTITY.finditer(text):
        num, vague = m.group("num"), m.group("vague")
        if num is None and vague is None:
            continue
        if num is not None:
            month_before = re.search(
                rf"(?:{_MONTH_RE})\s+$", text[max(0, m.start() - 12) : m.start()]
            )
            if _YEARLIKE.match(num) or month_before:
                continue
            if num.casefold() in WORD_NUMBERS and not m.group("counts"):
                continue
            value = _number(num) * SCALES.get((m.group("scale") or "").casefold(), 1)
        else:
            value = float(VAGUE[vague.casefold()])
        counts = _counts(m.group("counts"))
        if num is not None and num.casefold() in WORD_NUMBERS and not counts:
            continue
        before = text[max(0, m.start() - 1) : m.start()]
        if before.isalnum():
            continue
        qualifier: Qualifier = QUALIFIERS.get(
            (m.group("qual") or "").casefold(), "exactly" if num else "at least"
        )
        if m.start() in per_group:
            qualifier = "each"
        end = m.end()
        out.append(
            Quantity(
                text[m.start() : end].strip(),
                value,
                counts,
                qualifier,
                base + m.start(),
                base + end,
            )
        )
        each = _EACH.match(text, m.end())
        if each:
            per_group.add(each.start("num"))
            per = _number(each.group("num"))
            out.append(
                Quantity(
                    text[m.start() : each.end()],
                    value * per,
                    f"{each.group('noun')} in total "
                    f"({counts or 'groups'} of {each.group('num')} each)",
                    "total",
                    base + m.start(),
                    base + each.end(),
                )
            )
    return out
