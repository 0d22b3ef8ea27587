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

An article with no date at all whose lead's dateline gives a day ("PORTO, Oct 24 (Wire) –",
not a later block's, which opens another report of a roundup; not one whose weekday is not
that day's) was written on that day, and tells its weekdays, "yesterday" and "last weekend"
from it as a dated article does from its own. A day written without its year is a day told
in the past from the briefing's latest page, a few days after it at most (a page can be
filed a day or two after the last one dated): when the year that gives it still puts it
later, or the latest page gives only its year, the dateline gives no day. One that names the
date of one of its weekdays in a reporting sentence, not as the day of what is to come
("this Thursday, January 30", "on Tuesday (19 September)"; not "set to begin on Sunday, 1
September"), tells its weekdays, "yesterday" and "last night" from that day, as a dated
article does from its own: that day is the article's word, not an estimate.

A day of a month or a month named without its year ("on Nov. 25", "the runoff set for
December 8", "in late March") in an article whose page gives no year at all takes the year
that the briefing's latest publication day would give it (or, when no page gives its day,
the latest month a page gives), as do the days told from it in its sentence ("On May 16,
... the day before") and the end of a span it opens ("on Feb. 4 and 5", "from June 12 to
27"), which the article could not tell without the year; its other dates are left as they
are. A month alone that the briefing's time would put in a year other than that day's (or
the day the article is taken to be of), in a clause that tells of the past ("the plan
unveiled in January will ...", in a report of October's events; "after his arrest in
August", in a report of January's; not a month something has lasted since, "held since his
arrest in August", the last of its name before the event), is put in it from a day of
writing the article does not give, and is unresolved, with that month as its estimate, as
"in January this year" is; one in a clause that tells of a plan or of what is to come
("elections are due in January", "the trial will open in January") is the year ahead's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from briefbook.model import Article, DateExpression, PartialDate
from briefbook.read.date_forms import (
    DAY_OF_MONTH,
    FULL,
    WEEKDAY_NAMES,
    WEEKDAYS,
    ahead_in_clause,
    day_of_month,
    full_date,
    month_alone,
    month_and_day,
    past_in_clause,
    since_in_clause,
    told_from_another,
)
from briefbook.read.date_values import day_written, may_be_written
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


def _filed(article: Article, latest: PartialDate) -> dt.date | None:
    """The day the dateline of the lead of an article with no date of publication gives
    ("PORTO, Oct 24 (Wire) –", "PORTO, October 24, 2024 —"): the day the report was filed,
    from which it tells its weekdays, "yesterday" and "last weekend" as a dated article does
    from its own. Only the lead's dateline counts, in the first block with a reporting
    sentence or before it: a later block's opens another report ("BERLIN, March 2 (Wire) -"
    in a roundup). A day written without its year takes the one :func:`day_written` gives
    it from ``latest``, the latest day the briefing's pages are dated to. ``None`` when the
    lead's dateline gives no day, when its weekday is not that day's ("PORTO, Tuesday, Oct
    24" of a year whose 24th of October is a Thursday), or when the day falls more than a few
    days after ``latest`` (see :func:`~briefbook.read.date_values.may_be_written`)."""
    for block in article.blocks:
        for s in block.sentences:
            if (s.boilerplate or "").startswith("dateline"):
                return _dateline_day(s.text, latest)
        if any(s.boilerplate is None for s in block.sentences):
            return None  # the lead gives no dateline
    return None


def _dateline_day(text: str, latest: PartialDate) -> dt.date | None:
    """The day a dateline ``text`` gives (see :func:`_filed`)."""
    full = FULL.search(text)
    if full is not None:
        day = full_date(full)
        found = full.start()
        if day is not None and not may_be_written(day, latest):
            day = None
    else:
        named = DAY_OF_MONTH.search(text)
        if named is None:
            return None
        found = named.start()
        day = day_written(*month_and_day(named), latest)
    if day is None:
        return None
    weekday = _DATELINE_WEEKDAY.search(text, 0, found)
    if weekday is not None and WEEKDAYS[day.weekday()] != weekday.group(1).casefold():
        return None  # "Tuesday, Oct 24" of a Thursday: which of the two is wrong?
    return day


_DATELINE_WEEKDAY = re.compile(rf"\b({WEEKDAY_NAMES})\b[\s,.(]*$")
"""A weekday just before a dateline's day ("PORTO, Tuesday, Oct 24")."""


def date_undated(readings: Sequence[Reading]) -> list[Reading]:
    """``readings`` with the dates of undated articles resolved in the briefing's time."""
    days = known_days(readings)
    published = [day for r in readings if (day := _day(r.article.meta.published)) is not None]
    latest = _latest_page(readings)
    out = []
    for r in readings:
        if r.article.meta.published is None and r.article.read and latest and not _dated(r):
            filed = _filed(r.article, latest)
            if filed is not None:  # "PORTO, Oct 24 (Wire) –": the day it was written
                out.append(replace(r, reporting=pinned_to(r.reporting, filed)))
                continue
            pinned = _pinned(_with_years(r, latest))
            if pinned is not None:  # "this Thursday, January 30": its weekdays told from it
                out.append(replace(r, reporting=pinned_to(r.reporting, pinned)))
                continue
        anchor = None if _dated(r) or not r.article.read else anchor_for(r, days, published)
        undated = r.article.meta.published is None and r.article.read
        if anchor is None:
            if undated and latest:
                r = _months_of_its_year(_with_years(r, latest), latest.year)
            out.append(r)
            continue
        r = replace(r, reporting=redate(r.reporting, r.article.meta.published, anchor))
        out.append(_months_of_its_year(r, anchor.year) if undated else r)
    return out


def _months_of_its_year(reading: Reading, year: int) -> Reading:
    """``reading``, an article with no date of publication, with the months it names
    without their year, in a clause that tells of the past, that its briefing's time puts in
    a year other than ``year``, the year of the event it reports, unresolved, each keeping
    that month as its estimate ("the plan unveiled in January will ...", in a report of
    October's events: January of which year?). A month is put in another year only as the
    day of writing tells it, which such an article does not give: the article alone gives
    it the event's year, and a month told in the past after the event's month cannot be of
    that year ("he was held after his arrest in August", in a report of January's verdict:
    August of which year?). One in a clause that tells of a plan or of what is to come is
    kept in the year ahead ("elections are due in January", "the trial will open in
    January", of an event in December; see
    :func:`~briefbook.read.date_forms.past_in_clause`)."""
    reporting = []
    for rep in reading.reporting:
        text, start = rep.sentence.text, rep.sentence.start
        dates = tuple(
            replace(d, resolved="", precision="unresolved", estimate=d.estimate or d.resolved)
            if _of_another_year(d, year, text, d.start - start)
            else d
            for d in rep.dates
        )
        reporting.append(replace(rep, dates=dates))
    return replace(reading, reporting=tuple(reporting))


def _of_another_year(date: DateExpression, year: int, text: str, at: int) -> bool:
    """Whether ``date``, at ``at`` in its sentence's ``text``, is a month alone (see
    :func:`~briefbook.read.date_forms.month_alone`) in a clause that tells of the past, put in
    a year other than ``year`` (see :func:`_months_of_its_year`). A month something has lasted
    since, before the event's year, is the last of its name before the event, which tells
    the year: "held since his arrest in August" (see
    :func:`~briefbook.read.date_forms.since_in_clause`) or "held since August", in a report
    of January's verdict, is August of the year before."""
    if date.precision != "month" or not month_alone(date.text):
        return False
    written = int(date.resolved[:4])
    if written == year or not past_in_clause(text, at):
        return False
    return written > year or not (date.relation == "since" or since_in_clause(text, at))
