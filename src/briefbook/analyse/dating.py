"""Undated articles read in the time of their briefing.

An article whose page gives no day, and whose text names no full date that could stand for
it (:func:`briefbook.read.dates.reference`), cannot say on its own which Tuesday its "on
Tuesday" is. A reader takes it from the other reports of the same event: the Tuesday they
speak of. So the days the dated articles were published on, or name as the day something
happened, are counted; each weekday the undated article names in the past is the day of that
name the others name most often (the later of two named as often), among those of the
article's month when its page gives one, and within a week before the first dated article
and the day of the last; the latest of these is taken as the article's own day, and all its
dates are resolved again against it ("yesterday", "a day later", "on Saturday" ahead). That
day is a reader's estimate, not the article's: a date told from the day of publication (a
weekday, "yesterday", "last month", and a day told from one of them) is reported
unresolved, as the gold convention has it, whether the page gives no date at all or only
its month or year (a Tuesday of a page dated March may be one of February; "last month" and
"this year" on such a page are told from it), and the day it
would be is kept as its estimate (``DateExpression.estimate``), which only the stages that
compare figures and statements by time read (figures' as-of days, merging); a date written
without its year takes the year from it. When
the article names only days ahead ("until Monday"), those stand in. A weekday no dated
article names, in an undated article that shares a day with them, is the one before the latest
day it shares, unless that falls before the first day the briefing tells of: the event had not
begun, so it is the next day of that name, after what the dated reports cover ("held since
Wednesday" with the others' Wednesday, "on Sunday" named by none: the Sunday after). A report
tells its latest news first: when the first weekday the article names in the past is one no
dated article names, and that reading would put it before a day the article shares with them,
the article tells of days outside the briefing's reports and its dates are left as its page
gives them. Nothing changes when the article shares no day with the other articles.

An article with no date at all that names the date of one of its weekdays, not as the day of
what is to come ("this Thursday, January 30", "on Tuesday (19 September)"; not "set to begin on
Sunday, 1 September"), tells its weekdays, "yesterday" and "last night" from that day, as a
dated article does from its own: that day is the article's word, not an estimate.

A day of a month or a month named without its year ("on Nov. 25", "the runoff set for
December 8", "in late March") in an article whose page gives no year at all takes the year
that the briefing's latest publication day would give it (or, when no page gives its day,
the latest month a page gives), as do the days told from it in its sentence ("On May 16,
... the day before") and the end of a span it opens ("on Feb. 4 and 5", "from June 12 to
27"), which the article could not tell without the year; its other dates are left as they
are.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from briefbook.model import PartialDate
from briefbook.read.date_forms import (
    WEEKDAY_NAMES,
    WEEKDAYS,
    ahead_in_clause,
    day_of_month,
    month_alone,
    told_from_another,
)
from briefbook.read.dates import named_weekdays, reference, resolve_dates
from briefbook.read.reading import Reading, pinned_to, redate

WINDOW = dt.timedelta(days=7)
"""How long before the first dated article an undated one may tell of."""


def _day(published: PartialDate | None) -> dt.date | None:
    if published is None or published.month is None or published.day is None:
        return None
    return dt.date(published.year, published.month, published.day)


def _dated(reading: Reading) -> bool:
    return reference(reading.article.text, reading.article.meta.published) is not None


def known_days(readings: Sequence[Reading]) -> Counter[dt.date]:
    """How often the dated articles give each day: as their own date, or as the day of
    something they tell ("on Tuesday", "March 26")."""
    days: Counter[dt.date] = Counter()
    for r in readings:
        if not _dated(r):
            continue
        own = _day(r.article.meta.published)
        if own is not None:
            days[own] += 1
        for rep in r.reporting:
            for d in rep.dates:
                if d.precision == "day" and d.relation == "on":
                    days[dt.date.fromisoformat(d.resolved)] += 1
    return days


def anchor_for(
    reading: Reading, days: Counter[dt.date], published: Sequence[dt.date]
) -> dt.date | None:
    """The day an undated article is taken to be of (see the module's docstring)."""
    if not published:
        return None
    first, last = min(published) - WINDOW, max(published)
    page = reading.article.meta.published

    def fits(day: dt.date) -> bool:
        if not first <= day <= last:
            return False
        if page is None:
            return True
        return day.year == page.year and (page.month is None or day.month == page.month)

    chosen: list[tuple[dt.date, bool]] = []
    unnamed: list[int] = []
    lead: bool | None = None  # whether the first weekday named in the past is named by others
    for rep in reading.reporting:
        for weekday, ahead in named_weekdays(rep.sentence.text):
            named = [(n, day) for day, n in days.items() if day.weekday() == weekday and fits(day)]
            if lead is None and not ahead:
                lead = bool(named)
            if named:
                chosen.append((max(named)[1], ahead))
            elif not ahead:
                unnamed.append(weekday)
    pinned = [day for day, ahead in chosen if not ahead]
    if pinned and days:
        guessed = [_after_the_start(w, max(pinned), min(days)) for w in unnamed]
        if lead is False and guessed[0] < max(pinned):
            return None  # the lead's day would fall before a day the report tells of later
        chosen += [(day, False) for day in guessed]
    past = [day for day, ahead in chosen if not ahead]
    pool = past or [day for day, _ in chosen]
    return max(pool) if pool else None


def _after_the_start(weekday: int, latest: dt.date, start: dt.date) -> dt.date:
    """The day of ``weekday`` an undated article means when no dated one names it: the last
    before ``latest`` (the latest day it shares with them), unless that falls before
    ``start``, the first day the briefing tells of; then the event had not begun, and the
    day is the next of that name, after the days the dated reports cover."""
    day = latest - dt.timedelta(days=(latest.weekday() - weekday) % 7)
    return day if day >= start else day + dt.timedelta(days=7)


def _latest_page(readings: Sequence[Reading]) -> PartialDate | None:
    """The latest day the briefing's pages are dated to, else the latest month a page is
    dated to ("2024-01": a corpus whose pages give only their months still tells its
    events' year), else ``None``."""
    pages = [
        p for r in readings if (p := r.article.meta.published) is not None and p.month is not None
    ]
    days = [p for p in pages if p.day is not None]
    return max(days or pages, key=lambda p: (p.year, p.month or 0, p.day or 0), default=None)


def _with_years(reading: Reading, day: PartialDate) -> Reading:
    """``reading`` with the days of a month and the months it names without a year given
    the year that ``day`` (the latest the briefing's pages are dated to) would give them,
    the days its sentences tell from such a day after it ("on May 16, ... the day before":
    May 15), and the end of a span such a day opens ("on Feb. 4 and 5": the 5th; "from June
    12 to 27"), which the sentence could not tell without the year (see the module's
    docstring)."""
    reporting = []
    for rep in reading.reporting:
        yearless = [
            d
            for d in rep.dates
            if d.precision == "unresolved" and (day_of_month(d.text) or month_alone(d.text))
        ]
        if yearless:
            # and the days told from one of them ("on May 16, ... the day before")
            first = min((d.start for d in yearless if day_of_month(d.text)), default=None)
            told = [
                d
                for d in rep.dates
                if first is not None
                and d.start > first
                and d.precision == "unresolved"
                and told_from_another(d.text)
            ]
            found = resolve_dates(rep.sentence.text, day, rep.sentence.start)
            again = {d.start: d for d in found}
            dates = [
                again[d.start] if (d in yearless or d in told) and d.start in again else d
                for d in rep.dates
            ]
            known = {d.start for d in rep.dates}
            ends = [
                d
                for d in found
                if first is not None
                and d.start > first
                and d.start not in known
                and d.relation == "until"
                and d.precision == "day"
            ]
            rep = replace(rep, dates=tuple(sorted(dates + ends, key=lambda d: d.start)))
        reporting.append(rep)
    return replace(reading, reporting=tuple(reporting))


_WEEKDAY_OPENS = re.compile(rf"^(?:\w+\s+)?(?P<weekday>{WEEKDAY_NAMES})\b")


def _pinned(reading: Reading) -> dt.date | None:
    """The first day of a month that an article names with its weekday ("this Thursday,
    January 30", "on Tuesday (19 September)"), the weekday agreeing with the day, and not as
    the day of what is to come."""
    for rep in reading.reporting:
        for d in rep.dates:
            named = _WEEKDAY_OPENS.match(d.text)
            if named is None or d.precision != "day" or not day_of_month(d.text):
                continue
            if ahead_in_clause(rep.sentence.text, d.start - rep.sentence.start):
                continue  # "set to begin on Sunday, 1 September": a plan, not the day written
            day = dt.date.fromisoformat(d.resolved)
            if WEEKDAYS[day.weekday()] == named.group("weekday").casefold():
                return day
    return None


def date_undated(readings: Sequence[Reading]) -> list[Reading]:
    """``readings`` with the dates of undated articles resolved in the briefing's time."""
    days = known_days(readings)
    published = [day for r in readings if (day := _day(r.article.meta.published)) is not None]
    latest = _latest_page(readings)
    out = []
    for r in readings:
        if r.article.meta.published is None and r.article.read and latest and not _dated(r):
            pinned = _pinned(_with_years(r, latest))
            if pinned is not None:  # "this Thursday, January 30": its weekdays told from it
                out.append(replace(r, reporting=pinned_to(r.reporting, pinned)))
                continue
        anchor = None if _dated(r) or not r.article.read else anchor_for(r, days, published)
        if anchor is None:
            yearless = r.article.meta.published is None and r.article.read and latest
            out.append(_with_years(r, latest) if yearless and latest else r)
            continue
        out.append(replace(r, reporting=redate(r.reporting, r.article.meta.published, anchor)))
    return out
