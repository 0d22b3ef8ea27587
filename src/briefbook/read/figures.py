"""Quantities and dates in a sentence.

A quantity is a number with its qualifier (about, up to, at least...) and what it counts
(the noun phrase after it); "two brigades of 6,000 soldiers each" is recorded as both
figures and as their product. A date expression ("on Wednesday", "in June", "by
December", "earlier this week", "October 18, 2024") is resolved against the article's
publication date with the precision that date allows.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import cast, get_args

from briefbook.model import MONTHS, DateExpression, DatePrecision, PartialDate, Qualifier, Quantity
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
_YEARLIKE = re.compile(r"^(1[89]|20)\d\d$")
NOUN_STOP = words("figures", "noun_stop")

WEEKDAYS = [d.lower() for d in calendar.day_name]
_MONTH_RE = "|".join(MONTHS)
_DATE = re.compile(
    rf"\b(?:(?P<explicit>(?:(?:on|by|since|until|from)\s+)?(?P<emonth>{_MONTH_RE})\s+(?P<eday>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*(?P<eyear>\d{{4}}))?)"
    rf"|(?:(?P<prep>on|by|in|since|until|from|last|next|this|early|late|mid)\s+)?(?P<month>{_MONTH_RE})\b"
    rf"(?:\s+(?P<myear>\d{{4}}))?"
    rf"|(?:(?P<wprep>on|by|last|next|this|since)\s+)?"
    rf"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    rf"|(?P<yprep>in|since|by|until|from|before|after)\s+(?P<year>(?:19|20)\d\d)\b"
    rf"|(?P<vaguetime>(?i:(?:over\s+)?the\s+(?:past|last)\s+few\s+(?:days|weeks|months|years)"
    rf"|(?:in\s+)?the\s+coming\s+(?:days|weeks|months|years)))"
    rf"|(?P<rel>(?i:(?:earlier|later)\s+(?:this|in\s+the)\s+(?:week|month|year)"
    rf"|(?:last|next|this)\s+(?:week|month|year)|yesterday|today|tomorrow)))"
)
"""Month names are matched case-sensitively: "May" is a month, "may" is not."""


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


def _last_weekday(on_or_before: dt.date, weekday: int) -> dt.date:
    return on_or_before - dt.timedelta(days=(on_or_before.weekday() - weekday) % 7)


def resolve_dates(text: str, published: PartialDate | None, base: int = 0) -> list[DateExpression]:
    """Date expressions in ``text``, resolved against the publication date where possible."""
    out = []
    for m in _DATE.finditer(text):
        expr = m.group(0).strip()
        resolved, precision = _resolve(m, published)
        out.append(DateExpression(expr, resolved, precision, base + m.start(), base + m.end()))
    return out


def _resolve(m: re.Match[str], published: PartialDate | None) -> tuple[str, DatePrecision]:
    year = published.year if published else None
    if m.group("explicit"):
        month = MONTHS.index(m.group("emonth")) + 1
        y = int(m.group("eyear")) if m.group("eyear") else year
        if y is None:
            return "", "unresolved"
        if published and not m.group("eyear") and published.month and month > published.month + 1:
            y -= 1
        return dt.date(y, month, int(m.group("eday"))).isoformat(), "day"
    if m.group("month"):
        month = MONTHS.index(m.group("month")) + 1
        if m.group("myear"):
            return f"{int(m.group('myear')):04d}-{month:02d}", "month"
        if year is None:
            return "", "unresolved"
        prep = (m.group("prep") or "").casefold()
        if published and published.month:
            if prep in ("by", "until", "next") and month < published.month:
                year += 1
            elif prep not in ("by", "until", "next") and month > published.month:
                year -= 1
        return f"{year:04d}-{month:02d}", "month"
    if m.group("weekday"):
        if published is None:
            return "", "unresolved"
        if published.day is None:
            if published.month is None:
                return str(published.year), "year"
            return f"{published.year:04d}-{published.month:02d}", "month"
        pub = dt.date(published.year, published.month or 1, published.day)
        weekday = WEEKDAYS.index(m.group("weekday").lower())
        prep = (m.group("wprep") or "").casefold()
        if prep in ("next", "by") and weekday != pub.weekday():
            day = pub + dt.timedelta(days=(weekday - pub.weekday()) % 7)
        else:
            day = _last_weekday(pub, weekday)
        return day.isoformat(), "day"
    if m.group("year"):
        return m.group("year"), "year"
    if m.group("vaguetime"):
        return "", "unresolved"
    if m.group("rel"):
        if published is None:
            return "", "unresolved"
        rel = m.group("rel").casefold()
        if "year" in rel:
            return str(
                published.year
                + (1 if rel.startswith("next") else -1 if rel.startswith("last") else 0)
            ), "year"
        if published.month is None:
            return str(published.year), "year"
        return f"{published.year:04d}-{published.month:02d}", "month"
    return "", "unresolved"
