"""Long pages split by date, so that a page stays readable and one new article touches few.

A chapter or listing that would hold more than ``[book] page_items`` items (claims, figures,
quotations, conflicts, sources...) becomes a short page that links to one page per period:
a month, or, for a month that holds more than ``page_items``, its weeks (from Monday), and
for such a week its days. Each period is split on its own: a busy day gets pages of its own
while a quiet month stays one page. Items are dated by the article that first reported
them, so an article added today lands on today's pages and leaves earlier ones unchanged on
disk: Sphinx then rebuilds only those, and a week that outgrows its page splits into days
without moving the pages of any other period.

Pure functions; the pages themselves are written by ``render`` and ``pages``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from briefbook.model import PartialDate

T = TypeVar("T")
Granularity = Literal["month", "week", "day"]
GRANULARITIES: tuple[Granularity, ...] = ("month", "week", "day")


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """A span of dates that gets a page of its own."""

    order: tuple[int, int, int, int]
    """Sorts periods by date; a month before its weeks and days; undated last."""
    key: str
    """The page's file name: ``2024-10``, ``2024-10-21-week``, ``2024-10-24``, ``undated``."""
    title: str
    """``October 2024``, ``week of 21 October 2024``, ``24 October 2024``."""
    when: str
    """The same in a sentence: ``in October 2024``, ``on 24 October 2024``."""


UNDATED = Period(
    (10_000, 0, 0, 0), "undated", "date not stated", "in articles that do not state their date"
)


def period(date: PartialDate | None, granularity: Granularity) -> Period:
    """The period that holds ``date`` at ``granularity``. A date known less precisely than
    the granularity gets a period of its own precision (``October 2024`` among days)."""
    if date is None:
        return UNDATED
    if date.month is None:
        return Period((date.year, 0, 0, 0), f"{date.year:04d}", str(date.year), f"in {date.year}")
    if date.day is None or granularity == "month":
        month = PartialDate(date.year, date.month)
        return Period(
            (date.year, date.month, 0, 0), month.iso(), month.human(), f"in {month.human()}"
        )
    if granularity == "week":
        monday = dt.date(date.year, date.month, date.day)
        monday -= dt.timedelta(days=monday.weekday())
        start = PartialDate(monday.year, monday.month, monday.day)
        return Period(
            (monday.year, monday.month, monday.day, 0),
            f"{start.iso()}-week",
            f"week of {start.human()}",
            f"in the week of {start.human()}",
        )
    return Period(
        (date.year, date.month, date.day, 1), date.iso(), date.human(), f"on {date.human()}"
    )


def split(
    items: Sequence[T],
    date_of: Callable[[T], PartialDate | None],
    limit: int,
    size: Callable[[T], int] | None = None,
) -> list[tuple[Period, list[T]]] | None:
    """``items`` by period, in date order (each period keeps the items' order), or None when
    they fit on one page. ``size``: how many of ``limit`` an item takes (1 each if not
    given): a dispute that lists thirty reports fills a page as thirty rows do."""

    def total(group: Sequence[T]) -> int:
        return len(group) if size is None else sum(size(item) for item in group)

    if total(items) <= limit:
        return None
    dates = [date_of(item) for item in items]
    out: dict[Period, list[T]] = {}
    pending = list(range(len(items)))  # items, by position, of the periods still too long
    for level, granularity in enumerate(GRANULARITIES):
        buckets: dict[Period, list[int]] = {}
        for n in pending:
            buckets.setdefault(period(dates[n], granularity), []).append(n)
        pending = []
        finer = GRANULARITIES[level + 1] if level + 1 < len(GRANULARITIES) else None
        for when, members in buckets.items():
            if (
                finer is not None
                and total([items[n] for n in members]) > limit
                and any(period(dates[n], finer) != when for n in members)
            ):
                pending += members  # too many for one page: its weeks, or its days
            else:
                out[when] = [items[n] for n in members]
        pending.sort()  # a week across two months gathers both months' items, in order
    return sorted(out.items(), key=lambda part: part[0])


def resolved_date(text: str) -> PartialDate | None:
    """A resolved date expression (``2024``, ``2024-10``, ``2024-10-24``) as a date."""
    try:
        return PartialDate.parse(text)
    except ValueError:
        return None
