"""Dates in a sentence, resolved against the article's own time.

Forms read: month first ("October 18, 2024", "Oct. 18", "Aug.30", "Dec 23"), day first ("18 October
2024", "18th June", "on 15 December"), a weekday with its date ("Monday, July 1"), a month
("in June", "by December 2024"; not the verb in "May God bless them"), a weekday ("on
Tuesday", "Tuesday night", "on Tuesday last week"), a year ("in
2022", "late 2025"), a holiday ("New Year's Day"), and relative days, weeks, months and years
("yesterday", "this morning", "last week", "over the weekend", "the rest of the week",
"next month", "two decades ago"; with a word
that makes the count approximate before it, "more than", "over", "nearly", "almost",
"about", "around", "some" or "roughly", unresolved; spans no one can date, "in recent days",
"the 1990s", unresolved), and days told from another ("a
day later", "the following day", "five days after the quake", "earlier in the day"). A
year alone dates what it qualifies ("a 2019 fire"), not a name it ends ("Finance Bill
2024").

The reference for weekdays and relative dates is the publication date when it is known to
the day; otherwise the latest full date the article itself gives within its publication
month (wire copy is dated by its events), and failing both the date stays as precise as the
publication date allows (``briefbook.analyse.dating`` reads such articles again in the
time of their briefing). Days told from another count from the last day the article named
before, in the sentence or earlier; "earlier in the day" with no day before it in its
sentence from the day the report tells of, the latest its first dated sentence names.
"since", "until" and "by" are kept as the date's relation: a date something has lasted since
is not an event. A word that counts from the
day it is said ("today", "tonight", "yesterday") inside a quotation counts from the day the
quotation was said: the day its sentence names outside the quotation ("she said on
Thursday"), else the day the article last named when that is the day before the reference (a
report published the morning after).

Over 500 lines: the one pattern of date forms and the resolution of each are kept together.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Sequence

from briefbook.model import DateExpression, DatePrecision, DateRelation, PartialDate
from briefbook.read.date_forms import (
    COUNT,
    DATE,
    DAY_OF_MONTH,
    FULL,
    HOLIDAYS,
    WEEKDAYS,
    day_number,
    month_number,
    put_ahead,
    told_as_past,
)
from briefbook.read.date_names import in_a_name, may_as_verb, names_an_event, names_something


def reference(text: str, published: PartialDate | None) -> dt.date | None:
    """The day weekdays and relative dates count from (see the module's docstring)."""
    if published is not None and published.day is not None and published.month is not None:
        return dt.date(published.year, published.month, published.day)
    found = []
    if published is not None and published.month is not None:
        # "on Monday, June 24": the day of the publication month, its year implied
        for m in DAY_OF_MONTH.finditer(text):
            month = month_number(m.group("month") or m.group("month2"))
            if month == published.month:
                with contextlib.suppress(ValueError):
                    found.append(
                        dt.date(
                            published.year, month, day_number(m.group("day") or m.group("day2"))
                        )
                    )
    for m in FULL.finditer(text):
        try:
            if m.group("month"):
                day = dt.date(
                    int(m.group("year")), month_number(m.group("month")), day_number(m.group("day"))
                )
            else:
                day = dt.date(
                    int(m.group("year2")), month_number(m.group("month2")), int(m.group("day2"))
                )
        except ValueError:
            continue
        if published is None or (
            day.year == published.year and (published.month is None or day.month == published.month)
        ):
            found.append(day)
    return max(found) if found else None


def resolve_dates(
    text: str,
    published: PartialDate | None,
    base: int = 0,
    anchor: dt.date | None = None,
    previous: dt.date | None = None,
    lead: dt.date | None = None,
) -> list[DateExpression]:
    """Date expressions in ``text``, resolved against ``anchor`` (see :func:`reference`;
    by default the publication date, when it is known to the day). ``previous`` is the last
    day the article named before this sentence (see :func:`last_day`), for "a day later",
    "the following day", "that day"; ``lead`` the day the report tells of (see
    :func:`news_day`), for "earlier in the day"."""
    anchor = anchor or reference("", published)
    matches = []
    for m in DATE.finditer(text):
        if not m.group(0).strip() or m.group(0).strip().casefold() in ("on", "in", "by", "from"):
            continue
        if m.group("year") and not (m.group("prep") or m.group("ymod")) and in_a_name(m):
            continue  # a year that ends a name ("the Finance Bill 2024") dates nothing
        if names_something(m) or may_as_verb(m):
            continue
        matches.append(m)
    resolved_at = {
        m.start(): _resolve(m, published, anchor) for m in matches if not m.group("then")
    }
    spoken = _spoken(matches, resolved_at, anchor, previous)
    for m in matches:
        if spoken is not None and m.group("rel") and _quoted(m) and _DAY_WORD.fullmatch(m["rel"]):
            resolved_at[m.start()] = _resolve(m, published, spoken)
    days = [(m, _day_of(*resolved_at[m.start()])) for m in matches if not m.group("then")]
    out = []
    for m in matches:
        if m.group("then"):
            resolved, precision = _then(m, days, previous, lead)
        else:
            resolved, precision = resolved_at[m.start()]
        prep = " ".join((m.group("prep") or "").casefold().split())
        relation: DateRelation = (
            "since" if prep in ("since", "from") else
            "until" if prep in ("until", "till", "through") else
            "by" if prep == "by" else "on"
        )  # fmt: skip
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        if m.group("then"):
            start = m.start("then")  # "went on a day after": "on" is the verb's
        out.append(
            DateExpression(
                m.string[start : m.end()].strip(),
                resolved,
                precision,
                base + start,
                base + m.end(),
                relation,
            )
        )
    return out


_DAY_WORD = re.compile(
    r"(?i:yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))"
)
"""The words that count a day from the day they are said."""


def _quoted(m: re.Match[str]) -> bool:
    """Whether ``m`` is inside a quotation opened earlier in its sentence."""
    before = m.string[: m.start()]
    curly = before.count("“") > before.count("”")
    return curly or before.count('"') % 2 == 1


def _spoken(
    matches: Sequence[re.Match[str]],
    resolved_at: dict[int, tuple[str, DatePrecision]],
    anchor: dt.date | None,
    previous: dt.date | None,
) -> dt.date | None:
    """The day a quotation in the sentence was said, when it is not the reference: the day
    the sentence itself names outside its quotation ("she said on Thursday"), else the day
    the article last named when that is the day before the reference (a report published
    the morning after quotes what was said on the day it tells of). ``None`` for the
    reference."""
    if anchor is None:
        return None
    for m in matches:
        if m.group("then") or _quoted(m) or not (m.group("weekday") or m.group("md_month")):
            continue
        day = _day_of(*resolved_at[m.start()])
        if day is not None and day <= anchor and (m.group("prep") or "").casefold() == "on":
            return day
    if previous is not None and previous == anchor - dt.timedelta(days=1):
        return previous
    return None


def named_weekdays(text: str) -> list[tuple[int, bool]]:
    """The weekdays ``text`` names on their own ("on Tuesday", not "last Tuesday"), each
    with whether the sentence puts it ahead ("will meet on Friday", "until Monday")."""
    out = []
    for m in DATE.finditer(text):
        if not m.group("weekday"):
            continue
        prep = " ".join((m.group("prep") or "").casefold().split())
        ahead = prep in ("by", "until", "till", "through") or put_ahead(m)
        out.append((WEEKDAYS.index(m.group("weekday").lower()), ahead))
    return out


def last_day(dates: Sequence[DateExpression], previous: dt.date | None) -> dt.date | None:
    """The last day ``dates`` name as an event ("on"), else ``previous``: what "the
    following day" in a later sentence counts from."""
    for d in reversed(dates):
        day = _day_of(d.resolved, d.precision)
        if day is not None and d.relation == "on":
            return day
    return previous


def news_day(dates: Sequence[DateExpression], anchor: dt.date | None) -> dt.date | None:
    """The latest day ``dates`` name as an event, none after ``anchor``: in the first
    sentence that names one, the day the report tells of ("apologised on Tuesday for the
    fire on Monday": Tuesday), what "earlier in the day" counts from."""
    days = [_day_of(d.resolved, d.precision) for d in dates if d.relation == "on"]
    return max((d for d in days if d and (anchor is None or d <= anchor)), default=None)


_COUNTED = re.compile(rf"(?i:{COUNT})\s+(?=(?:days?|weeks?)\s+(?:later|after)\b)")


def figure_free(date: DateExpression, base: int = 0) -> tuple[int, int]:
    """The span of ``date`` (relative to ``base``) that no figure may take: all of it, but
    for the count of "eight days later", which is also a duration."""
    counted = _COUNTED.match(date.text)
    start = date.start + (counted.end() if counted else 0)
    return start - base, date.end - base


def _day_of(resolved: str, precision: DatePrecision) -> dt.date | None:
    return dt.date.fromisoformat(resolved) if precision == "day" else None


def _then(
    m: re.Match[str],
    days: Sequence[tuple[re.Match[str], dt.date | None]],
    previous: dt.date | None,
    lead: dt.date | None = None,
) -> tuple[str, DatePrecision]:
    """A day told from another: "a day later" and "the following day" count from the last
    day named before them (in the sentence, else in the article); "five days after the
    quake struck on Monday" from the day named after them, and with none, "five days after"
    is the day of the sentence's own event ("Rescuers searched on Saturday, five days after
    the quake"), named before it or, failing that, in the sentence before; "earlier in the
    day" is the day named before it in its sentence, else the day the report tells of (see
    :func:`news_day`), not the last it told of in passing."""
    text = " ".join(m.group("then").casefold().split())
    if re.search(
        r"\b(?:nearly|almost|about|around|some|over|more than)\s+$",
        m.string[: m.start("then")],
        re.I,
    ):
        return "", "unresolved"  # "nearly a week after": no day can be told
    count = m.group("then_n")
    n = 0
    if count:
        n = int(count) if count.isdigit() else _SMALL[count.casefold()]
        if (m.group("then_unit") or "").startswith("week"):
            n *= 7
    elif "following" in text or "next" in text:
        n = 1
    before = next(
        (
            day
            for d, day in reversed(days)
            if d.start() < m.start() and day and not names_an_event(d)
        ),
        None,
    )
    after = next((day for d, day in days if d.start() > m.start() and day), None)
    if m.group("then_way") == "after" or m.group("then_after"):
        if after is not None:
            return (after + dt.timedelta(days=max(n, 1))).isoformat(), "day"
        n = 0  # the sentence's own day: "five days after the quake" is that day
    if re.search(r"\bin\s+the\s+day$", text) and lead is not None:
        previous = lead  # "earlier in the day": the report's own day, not the last told
    base = before or previous
    if base is None:
        return "", "unresolved"
    return (base + dt.timedelta(days=n)).isoformat(), "day"


def _ymd(year: int, month: int, day: int) -> tuple[str, DatePrecision]:
    try:
        return dt.date(year, month, day).isoformat(), "day"
    except ValueError:
        return f"{year:04d}-{month:02d}", "month"


def _year_for(
    month: int, day: int, prep: str, ref: dt.date | None, pub: PartialDate | None, told: bool
) -> int | None:
    """The year of a date given without one: the reference's, or the one before or after
    when the date would otherwise be far from it. A month after the reference's, in a
    sentence that ``told`` of the past (no plan or forecast puts it ahead), is last year's:
    "since the war began in October", written in September."""
    base = ref or (dt.date(pub.year, pub.month or 6, 15) if pub else None)
    if base is None:
        return None
    year = base.year
    ahead = prep in ("by", "until", "till", "next", "through")
    far = (month, day) > (base.month + 1, 31) and base.month < 11
    if not ahead and (far or (told and month == base.month + 1)):
        year -= 1
    if ahead and month < base.month - 1:
        year += 1
    return year


def _resolve(
    m: re.Match[str], published: PartialDate | None, anchor: dt.date | None
) -> tuple[str, DatePrecision]:
    ref = anchor
    prep = " ".join((m.group("prep") or "").casefold().split())
    if m.group("md_month") or m.group("dm_month"):
        month = month_number(m.group("md_month") or m.group("dm_month"))
        day = day_number(m.group("md_day") or m.group("dm_day"))
        given = m.group("md_year") or m.group("dm_year")
        year = int(given) if given else _year_for(month, day, prep, ref, published, told_as_past(m))
        if year is None:
            return "", "unresolved"
        return _ymd(year, month, day)
    if m.group("month"):
        month = month_number(m.group("month"))
        if m.group("m_year"):
            return f"{int(m.group('m_year')):04d}-{month:02d}", "month"
        year = _year_for(month, 1, prep, ref, published, told_as_past(m))
        if year is None:
            return "", "unresolved"
        return f"{year:04d}-{month:02d}", "month"
    if m.group("wwd"):
        if ref is None or published is None or published.day is None:
            # "Tuesday last week" counts weeks from the day of publication: a reference taken
            # from the latest day the text names may be days before it
            return "", "unresolved"
        shift = {"last": -7, "next": 7, "this": 0}[m.group("wweek").casefold()]
        monday = ref - dt.timedelta(days=ref.weekday() - shift)
        return (
            monday + dt.timedelta(days=WEEKDAYS.index(m.group("wwd").lower()))
        ).isoformat(), "day"
    if m.group("weekday") or m.group("rwd"):
        weekday = WEEKDAYS.index((m.group("weekday") or m.group("rwd")).lower())
        if ref is None:
            return _as_published(published)
        rel = (m.group("rel_wd") or "").casefold()
        ahead = (
            prep in ("by", "until", "till", "through")
            or rel == "next"
            or (not rel and put_ahead(m))
        )
        if ahead:
            when = ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)
        else:
            when = ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)
            if rel == "last" and when == ref:
                when -= dt.timedelta(days=7)
        return when.isoformat(), "day"
    if m.group("year"):
        return m.group("year"), "year"
    if m.group("holiday"):
        month, day = HOLIDAYS[" ".join(m.group("holiday").casefold().split())]
        if ref is None:
            return ("", "unresolved") if published is None else _ymd(published.year, month, day)
        year = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
        return _ymd(year, month, day)
    if m.group("vague"):
        return "", "unresolved"
    if m.group("ago"):
        if m.group("ago_q"):
            return "", "unresolved"  # "more than five decades ago": no day, month or year
        return _ago(m.group("ago_n").casefold(), m.group("ago_unit").casefold(), ref, published)
    if m.group("rel"):
        return _relative(_this_or_last(m, ref), ref, published)
    return "", "unresolved"


def _this_or_last(m: re.Match[str], ref: dt.date | None) -> str:
    """The relative date of ``m`` in the words :func:`_relative` reads: "all week" and "the
    rest of the week" are this week; "over the weekend" is the weekend before, or this one
    when the reference falls on it or the sentence puts it ahead ("will march over the
    weekend")."""
    rel = " ".join(m.group("rel").casefold().split())
    if rel.startswith(("all ", "the rest", "the remainder")):
        return "this week"
    if rel.endswith("the weekend"):
        now = put_ahead(m) or (ref is not None and ref.weekday() >= 5)
        return "this weekend" if now else "last weekend"
    return rel


_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_SMALL |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _ago(
    count: str, unit: str, ref: dt.date | None, published: PartialDate | None
) -> tuple[str, DatePrecision]:
    """ "two days ago", "a week ago" (days), "three months ago" (a month), "a year ago",
    "two decades ago" (a year)."""
    n = int(count) if count.isdigit() else _SMALL[count]
    if unit.startswith("decade"):
        n, unit = n * 10, "years"
    if ref is None:
        if published is not None and unit.startswith("year"):
            return str(published.year - n), "year"
        return "", "unresolved"
    if unit.startswith(("day", "week")):
        return (
            ref - dt.timedelta(days=n * (7 if unit.startswith("week") else 1))
        ).isoformat(), "day"
    if unit.startswith("month"):
        months = ref.year * 12 + ref.month - 1 - n
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    return str(ref.year - n), "year"


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
"""Seasons by their months in the northern hemisphere; winter spans two years and stays
unresolved unless it is "this winter"."""


def _season(which: str, season: str, ref: dt.date | None, year: int) -> tuple[str, DatePrecision]:
    """The year of "this summer", "last spring", "next autumn"."""
    if which == "this" or ref is None:
        return (str(year), "year") if which == "this" else ("", "unresolved")
    first, last = _SEASONS[season]
    if which == "last":
        return str(year if ref.month > last else year - 1), "year"
    return str(year if ref.month < first else year + 1), "year"


def _as_published(published: PartialDate | None) -> tuple[str, DatePrecision]:
    if published is None:
        return "", "unresolved"
    if published.month is None:
        return str(published.year), "year"
    return f"{published.year:04d}-{published.month:02d}", "month"


def _relative(
    rel: str, ref: dt.date | None, published: PartialDate | None
) -> tuple[str, DatePrecision]:
    if published is None and ref is None:
        return "", "unresolved"
    year = ref.year if ref else published.year  # type: ignore[union-attr]
    if "year" in rel:
        shift = 1 if rel.startswith("next") else -1 if rel.startswith("last") else 0
        return str(year + shift), "year"
    season = rel.split()[-1]
    if season == "winter":
        return (str(year), "year") if rel.startswith("this") else ("", "unresolved")
    if season in _SEASONS:
        return _season(rel.split()[0], season, ref, year)
    if ref is None:
        return _as_published(published)
    days = {"yesterday": -1, "last night": -1, "tomorrow": 1}
    if rel in days:
        return (ref + dt.timedelta(days=days[rel])).isoformat(), "day"
    if rel in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return ref.isoformat(), "day"
    if "month" in rel:
        month = ref.month + (1 if rel.startswith("next") else -1 if rel.startswith("last") else 0)
        y, month = (year - 1, 12) if month == 0 else (year + 1, 1) if month == 13 else (year, month)
        return f"{y:04d}-{month:02d}", "month"
    # a week or a weekend: its month when the whole of it is in one, else its year
    monday = ref - dt.timedelta(days=ref.weekday())
    shift = 7 if rel.startswith("next") else -7 if rel.startswith("last") else 0
    start = monday + dt.timedelta(days=shift)
    end = start + dt.timedelta(days=6)
    if rel.endswith("weekend"):  # its Saturday and Sunday
        start, end = start + dt.timedelta(days=5), start + dt.timedelta(days=6)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year:04d}-{start.month:02d}", "month"
    return str(start.year if start.year == end.year else ref.year), "year"
