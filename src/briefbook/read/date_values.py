"""The day, month or year a date's written form stands for, for ``read/dates``.

A date with its month and day, given a year when it has none (the one nearest the reference, or
the one before or after when the sentence tells of it as past or puts it ahead, or the year of
the range it opens; written with its weekday, "Thursday, January 30", the nearest year whose
calendar puts it on that weekday); a month, a weekday (this week's or last), a year, a season
or a holiday (on a page dated only to a month or a year, a weekday or "today" is unresolved,
and "last month" is told from the page's month); relative days, weeks, months and years
("yesterday", "last week", "two decades ago"; unresolved when the count is approximate); and a
day told from another ("a day later", "five days after the quake", "two days before the vote on
Sunday", "earlier in the day"); an apposition to the day its sentence has named ("on Saturday,
five days after the quake", "A week after the flood, ... on Sunday") is that day, the day of
the clause it dates; one that counts from an event no day can be told for is unresolved
(``read/dates`` leaves it out of a dated article), and a count of days something lasted ("for
three days before the verdict") is no date.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import re
from collections.abc import Callable, Sequence

from briefbook.model import DatePrecision, PartialDate
from briefbook.read.date_forms import (
    DAY_WORD,
    FULL,
    HOLIDAYS,
    WEEKDAYS,
    clause_ahead,
    day_number,
    in_small_hours,
    month_number,
    passed_by,
    planned,
    preposition,
    put_ahead,
    told_as_past,
)
from briefbook.read.date_names import names_an_event, qualifies_a_thing
from briefbook.vocabulary import alternation, derived, mapping, words


def told_from_another(
    m: re.Match[str],
    days: Sequence[tuple[re.Match[str], dt.date | None]],
    previous: dt.date | None,
    lead: dt.date | None = None,
) -> tuple[str, DatePrecision]:
    """A day told from another: "a day later", "two days earlier" and "the following day" count
    from the last day named before them (in the sentence, else in the article); "five days after
    the quake struck on Monday" from the day named after them, and with none, "five days after"
    is the day of the sentence's own event ("Rescuers searched on Saturday, five days after the
    quake"), named before it or, failing that, in the sentence before; "earlier in the day" is
    the day named before it in its sentence, else the day the report tells of (see
    :func:`news_day`), not the last it told of in passing, as is the day of what "comes" or
    "follows" a day after an event (see ``_COMES``)."""
    text = " ".join(m.group("then").casefold().split())
    if approximate(m):
        return "", "unresolved"  # "nearly a week after": no day can be told
    if long_unit(m):
        return _long_told_from_another(m, days, previous, lead)
    count = m.group("then_n")
    n = 0
    if count:
        n = int(count) if count.isdigit() else SMALL[count.casefold()]
        if (m.group("then_unit") or "").casefold().startswith("week"):
            n *= 7
    elif "following" in text or "next" in text:
        n = 1
    elif "previous" in text:
        n = -1  # "the previous day": the day before the last one named
    if (m.group("then_way") or "").casefold() == "earlier":
        n = -n  # "two days earlier": before the last day named
    before = next(
        (
            day
            for d, day in reversed(days)
            if d.start() < m.start() and day and not names_an_event(d)
        ),
        None,
    )
    after = _day_named_after(m, days)
    if (m.group("then_way") or "").casefold() == "before" or m.group("then_before"):
        if after is not None:  # "two days before the vote on Sunday"
            return (after - dt.timedelta(days=max(n, 1))).isoformat(), "day"
        # "a day before the vote": the day of the clause it dates, as "after" below;
        # "..., the day before.": the day before the last one named
        n = 0 if _NAMES_WHAT().match(m.string, m.end()) else -max(n, 1)
    elif (m.group("then_way") or "").casefold() in ("after", "on") or m.group("then_after"):
        if after is not None:
            return (after + dt.timedelta(days=max(n, 1))).isoformat(), "day"
        # the sentence's own day: "five days after the quake" is that day; one that ends its
        # clause ("..., freed the day after.") the day after the last one named
        n = max(n, 1) if _ENDS_CLAUSE.match(m.string, m.end()) else 0
    if re.search(r"\bin\s+the\s+(?:day|morning|afternoon|evening)$", text) and lead is not None:
        previous = lead  # "earlier in the day": the report's own day, not the last told
    if (
        before is None
        and lead is not None
        and from_an_event(m)
        and _COMES.search(m.string, 0, m.start("then"))
    ):
        previous = lead  # "the move comes a day after the vote": the report's own news
    base = before or previous
    if base is None:
        return "", "unresolved"
    return (base + dt.timedelta(days=n)).isoformat(), "day"


def _day_named_after(
    m: re.Match[str], days: Sequence[tuple[re.Match[str], dt.date | None]]
) -> dt.date | None:
    """The first day named after a day told from an event, in its clause (before the close
    of a fronted one: ``_fronted``): the event's day ("two days before the vote on Sunday")."""
    close = _fronted(m)
    return next(
        (
            day
            for d, day in days
            if d.start() > m.start() and day and (close is None or d.start() < close)
        ),
        None,
    )


def long_unit(m: re.Match[str]) -> str:
    """ "month" or "year" when a date told from another counts months or years ("three
    years earlier", "four months before the vote"), else ""."""
    unit = (m.group("then_unit") or "").casefold()
    return "month" if unit.startswith("month") else "year" if unit.startswith("year") else ""


def shifted(base: dt.date, count: int, unit: str) -> tuple[str, DatePrecision]:
    """The month or the year ``count`` such units from ``base`` (back when negative)."""
    if unit == "year":
        return f"{base.year + count:04d}", "year"
    months = base.year * 12 + base.month - 1 + count
    return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"


def _long_told_from_another(
    m: re.Match[str],
    days: Sequence[tuple[re.Match[str], dt.date | None]],
    previous: dt.date | None,
    lead: dt.date | None,
) -> tuple[str, DatePrecision]:
    """A month or a year told from an event ("four months before the vote on Sunday", "two
    years after the quake"): counted from the day named after it in its sentence, and with
    none, the day of the sentence's own event, the last day named before it (the day of the
    clause it dates; ``read/dates`` gives the month for a count of months). "Three years
    earlier" and "a year later" are counted in ``read/dates`` from the last month or year
    named; one that ends its clause ("returned two years after.") tells no event: unresolved.
    What "comes" a count after an event is the report's own news, of ``lead``'s day."""
    unit = long_unit(m)
    count = m.group("then_n") or ""
    n = int(count) if count.isdigit() else SMALL.get(count.casefold(), 1)
    after = _day_named_after(m, days)
    way = (m.group("then_way") or "").casefold()
    if after is not None:  # "two years before the vote on Sunday"
        return shifted(after, -n if way == "before" else n, unit)
    if _ENDS_CLAUSE.match(m.string, m.end()):
        return "", "unresolved"
    before = next(
        (
            day
            for d, day in reversed(days)
            if d.start() < m.start() and day and not names_an_event(d)
        ),
        None,
    )
    if before is None and lead is not None and _COMES.search(m.string, 0, m.start("then")):
        before = lead  # "the verdict comes four months before the election"
    base = before or previous
    if base is None:
        return "", "unresolved"
    return base.isoformat(), "day"


_ABOUT = re.compile(
    r"\b(?:nearly|almost|about|around|some|over|more\s+than|less\s+than|roughly|shy\s+of)\s+$",
    re.I,
)
"""Words before a count that make it approximate: "nearly a week after", "more than two weeks
after", "just shy of a week after": no day can be told."""


def approximate(m: re.Match[str]) -> bool:
    """Whether a day told from another is counted approximately (see ``_ABOUT``)."""
    return bool(_ABOUT.search(m.string, 0, m.start("then")))


_COMES = re.compile(
    r"\b(?:comes?|follows?)\s+(?:(?:just|only|barely|less\s+than)\s+)?$", re.IGNORECASE
)
"""A present "comes" or "follows" before "a day after the vote": what the report tells now
("The closure comes two days after ...", "The move follows a day after ..."), dated as the
day the report tells of, not the last day it named in passing."""


_NAMES_WHAT = derived(
    lambda: re.compile(
        r"\s+(?!(?i:" + alternation(words("figures", "verb_after_a_told_day")) + r")\b)"
        r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?[A-Za-z]"
    )
)
"""Words after "a day before" that name what it is before ("the vote", "Christmas"), not the
sentence's own verb ("the shooting the day before was planned")."""


_ENDS_CLAUSE = re.compile(r"\s*(?:[.,;:!?)”\"’—–]|$)")
"""What follows a day told from another that ends its clause ("freed the day after.")."""


def from_an_event(m: re.Match[str]) -> bool:
    """Whether a day told from another counts from an event the words after it name ("four
    days before the convention", "a week after the storm hit"), not from a day: it dates the
    clause it hangs on (see :func:`restated_day`)."""
    way = (m.group("then_way") or "").casefold()
    counted = way in ("after", "before", "on") or m.group("then_after") or m.group("then_before")
    return bool(counted) and _NAMES_WHAT().match(m.string, m.end()) is not None


def _gerund() -> re.Pattern[str]:
    not_after = ("the", "a", "an", "to", *sorted(words("furniture", "possessive_before_ed")))
    past = alternation(words("claims", "irregular_past") | words("furniture", "past_forms"))
    verb = "".join(rf"(?<!\b{w}\s)" for w in not_after) + rf"(?:[a-z]+ed|{past})\b(?!\s+by\b)"
    prepositions = alternation(words("attribution", "prepositions"))
    return re.compile(
        r"\s+(?:(?:being|having)\s+[a-z]+\b|(?:not\s+)?[a-z]{2,}ing\b"
        rf"(?!\s+(?:[a-z]+ed|{past})\b|\s+[a-z]+s\s*(?:[,.;:!?)”\"’]|$)"
        rf"|\s+[a-z]+\s+{verb}|\s+(?:{prepositions})\s+(?:[\w’'-]+\s+){{0,3}}{verb}))"
    )


_GERUND = derived(_gerund)
"""A verb in "-ing" right after "a day after" or "two weeks before", its own clause with no
subject ("after being shot", "after attending court", "before leaving office"); not a noun
in "-ing" that is the subject of a verb after it, in the past ("after fighting broke out",
"after shelling hit the port", "after flooding was reported") or in the present closing its
clause ("a day after voting ends,"), nor one that heads a noun or a phrase in "in", "of" ...
that is ("a week after spring floods hit", "a day after morning prayers were cancelled",
"two days after voting in the referendum ended"). A word in "-ed" after "the", "a", a
possessive or "to", or before "by", describes a noun ("after arriving in the flooded town",
"after meeting families affected by the blast"): no verb of such a subject."""


_CARRIES_ON = derived(
    lambda: re.compile(
        r"^\W*(?i:"
        + alternation(words("claims", "refers_back"))
        + r")\b|\b(?:"
        + alternation(
            {f for forms in mapping("attribution", "reporting_verbs").values() for f in forms}
        )
        + r")\s+(?:that\s+)?(?:"
        + alternation(words("claims", "refers_back"))
        + r")\b"
    )
)
"""A sentence that carries on the one before: it opens with a pronoun ("She spoke for an
hour", "It signed three weeks after ..."), or the clause after its reporting verb does
("Doctors said she was walking ...")."""


def carries_on(m: re.Match[str]) -> bool:
    """Whether the clause of ``m`` carries on the sentence before (see ``_CARRIES_ON``):
    its subject is that sentence's, and a day that sentence named is its own."""
    return _CARRIES_ON().search(m.string, 0, m.start()) is not None


def of_its_subject(m: re.Match[str]) -> bool:
    """Whether a day told from an event counts from an act of the sentence's own subject,
    told by a verb in "-ing" with no subject of its own ("Fico was stable a day after being
    shot", "she gave birth two weeks after attending court", "he called the vote nine days
    after being sworn in"; see ``_GERUND``). Such a span ties two moments of the subject's
    own story, neither of which the sentence dates: unless its sentence names a day, no day
    can be told (the last day the article named is not the day of that story)."""
    way = (m.group("then_way") or "").casefold()
    counted = way in ("after", "before") or m.group("then_after") or m.group("then_before")
    return bool(counted) and _GERUND().match(m.string, m.end()) is not None


_LASTED = re.compile(r"\b(?:for|over|within|during|across|spanning|lasting)\s+$", re.IGNORECASE)
"""Words before a count that make it the time something lasted: "deliberated for three days
before reaching a verdict", "talks over two days before the deal"."""


_TERM = derived(
    lambda: re.compile(
        r"\b(?:" + alternation(words("figures", "term_before_long_count")) + r")\s+$",
        re.IGNORECASE,
    )
)
"""Words before a count of months or years that make it a term or a time spent ("sentenced
to five years after a trial", "served two years after the war", "faces up to ten years":
``term_before_long_count``)."""


def lasted(m: re.Match[str]) -> bool:
    """Whether a day told from another is a time something lasted, not a date (see
    ``_LASTED``), or a count of months or years a term (see ``_TERM``)."""
    if not m.group("then_n"):
        return False
    before = m.string[: m.start("then")]
    return bool(_LASTED.search(before) or (long_unit(m) and _TERM().search(before)))


_OPENING = re.compile(r"[\s“\"‘'(—–-]*(?:(?i:and|but|yet|so|then|just|only|barely)\s+)?$")
"""What may stand before a phrase that opens its sentence: a quotation mark, a conjunction."""


def _fronted(m: re.Match[str]) -> int | None:
    """Where the comma that closes a day told from an event is, when the phrase opens its
    sentence ("A week after the flood, the focus turned to survivors on Sunday"): the dates
    after that comma are the main clause's, not the event's. ``None`` when the phrase does
    not open the sentence, or no comma closes it."""
    if not (m.group("then_way") or m.group("then_after") or m.group("then_before")):
        return None
    if not _OPENING.fullmatch(m.string[: m.start("then")]):
        return None
    close = m.string.find(",", m.end())
    return close if close >= 0 else None


_SET_OFF = re.compile(r"(?:,|\s[—–-])\s*(?:(?:just|only|barely)\s+)?$", re.IGNORECASE)
"""What sets a day told from an event off from the day before it: a comma or a dash, "just"."""


def set_off(m: re.Match[str]) -> bool:
    """Whether a day, month or year told from an event is set off by a comma or a dash from
    what its sentence names before it ("held a year from now, four months before the
    deadline"; see ``_SET_OFF``): it stands for that date."""
    return from_an_event(m) and bool(_SET_OFF.search(m.string[: m.start("then")]))


def restated_day(
    m: re.Match[str], days: Sequence[tuple[re.Match[str], dt.date | None]]
) -> dt.date | None:
    """The day its sentence names that a day told from an event ("five days after the quake",
    "three days before the congress") stands in apposition to, and so dates: the day named
    before it when a comma or a dash sets it off ("Rescuers dug on Saturday, five days after
    the quake", "set for July 9 — three days before the congress"), or, when it opens its
    sentence, the first day its main clause names after the comma ("A week after the flood,
    ... on Sunday"). ``None`` when it stands for no day its sentence names."""
    close = _fronted(m)
    if close is not None:
        return next((day for d, day in days if d.start() > close and day), None)
    if not from_an_event(m) or not _SET_OFF.search(m.string[: m.start("then")]):
        return None
    end = m.string.find(",", m.end())
    if any(day for d, day in days if m.end() <= d.start() < (end if end >= 0 else len(m.string))):
        return None  # "on Monday, a day after the talks on Friday": told from its own day
    named = [day for d, day in days if d.start() < m.start() and day and not names_an_event(d)]
    return named[-1] if named else None


def _ymd(year: int, month: int, day: int) -> tuple[str, DatePrecision]:
    try:
        return dt.date(year, month, day).isoformat(), "day"
    except ValueError:
        return f"{year:04d}-{month:02d}", "month"


def _year_for(
    month: int, day: int | None, m: re.Match[str], ref: dt.date | None, pub: PartialDate | None
) -> int | None:
    """The year of a date given without one: the one that puts it nearest the reference, as
    news omits the year of a date near its own ("the real verdict is November 5", written in
    May; "a vote before Jan. 15", written in November), with the clause's tense. A date more
    than half a year after the reference is last year's, and a day of a month more than half
    a year before it next year's; a month alone before it stays this year's ("prices rose in
    March", written in November). A month after the reference's, in a sentence that tells of
    the past (no plan or forecast puts it ahead), is last year's: "since the war began in
    October", written in September, and a day of a month so told is never put ahead; a month
    well before the reference's that the sentence puts ahead ("sentencing is set for March
    28", written in November) is next year's, as is one the clause tells of as to come ("will
    hold a snap election on February 23", written in November). A month alone that names a
    thing before its noun ("a January vote", "July's elections") is the one nearest the
    reference, whatever its clause's tense. ``day`` is ``None`` for a month alone, taken at
    its middle."""
    shared = _range_year(m, month)
    if shared is not None:
        return shared
    base = ref or (dt.date(pub.year, pub.month or 6, 15) if pub else None)
    if base is None:
        return None
    year = base.year
    if day is None and _names_a_thing(m):
        after = (_as_day(year, month, None) - base).days
        return year - 1 if after > _HALF_YEAR else year + 1 if -after > _HALF_YEAR else year
    prep = preposition(m)
    told = (
        prep == "since"  # "deaths since January 1": what has lasted since began in the past
        or _last(m)  # "his arrest last December"
        or (told_as_past(m) and not qualifies_a_thing(m))  # the tense is not its noun's
    )
    ahead = prep in _AHEAD[:-1] or put_ahead(m) or _month_rel(m) == "next"
    return _year_by_tense(month, day, base, told, ahead, lambda: clause_ahead(m))


def _year_by_tense(
    month: int,
    day: int | None,
    base: dt.date,
    told: bool,
    ahead: bool,
    clause_ahead: Callable[[], bool],
) -> int:
    """The year :func:`_year_for` gives ``month`` (and ``day``) from the reference ``base``,
    once the sentence has told whether it speaks of the past (``told``), puts the date
    ahead (``ahead``), or speaks of what is to come in its clause (``clause_ahead``, asked
    only when it matters)."""
    year = base.year
    after = (_as_day(year, month, day) - base).days
    if not ahead and (after > _HALF_YEAR or (told and month > base.month)):
        year -= 1
    elif month < base.month - 1 and (
        ahead or (not told and (clause_ahead() or (day is not None and -after > _HALF_YEAR)))
    ):
        year += 1
    return year


FILED_AFTER = dt.timedelta(days=3)
"""How long after the latest day a briefing's pages are dated to an undated article may
have been filed: a page can be written a day or two after the last one dated."""


def day_written(month: int, day: int, latest: PartialDate) -> dt.date | None:
    """The day ``month`` and ``day``, given without their year as the day an undated article
    was written (its dateline's "PORTO, Oct 24 (Wire) –"), in the briefing whose pages are
    dated up to ``latest``: a day told in the past from a few days after ``latest`` (see
    ``FILED_AFTER``), its year as :func:`_year_for` gives a day so told, the year before
    when its month comes after that day's. ``None`` when ``latest`` gives only its year
    (its months all lie ahead of the 1st of January), when that year has no such day (the
    29th of February), when the day still falls more than ``FILED_AFTER`` after ``latest``
    (the 28th of a month whose 20th is the latest page's day), or more than half a year
    before it, where the year after would put it about as near (the 19th of December, the
    latest page's day the 20th of June: December of the year before, or six months after
    every page?)."""
    base = _filed_by(latest)
    if base is None:
        return None
    year = _year_by_tense(month, day, base, told=True, ahead=False, clause_ahead=lambda: False)
    try:
        written = dt.date(year, month, day)
    except ValueError:
        return None
    return written if 0 <= (base - written).days <= _HALF_YEAR else None


def may_be_written(day: dt.date, latest: PartialDate) -> bool:
    """Whether an undated article can have been written on ``day``, a day its dateline
    gives with its year ("PORTO, October 24, 2024 —"), in the briefing whose pages are dated
    up to ``latest``: not more than ``FILED_AFTER`` after ``latest``'s last day (nor in a
    year after it, when ``latest`` gives only its year)."""
    base = _filed_by(latest)
    return day.year <= latest.year if base is None else day <= base


def _filed_by(latest: PartialDate) -> dt.date | None:
    """The last day an undated article of a briefing whose pages are dated up to
    ``latest`` may have been written (see ``FILED_AFTER``); ``None`` when ``latest`` gives
    only its year."""
    if latest.month is None:
        return None
    last = latest.day or calendar.monthrange(latest.year, latest.month)[1]
    return dt.date(latest.year, latest.month, last) + FILED_AFTER


def _names_a_thing(m: re.Match[str]) -> bool:
    """Whether a month alone stands before a noun and names the thing by it ("a January
    vote", "after July's elections"): the tense of its clause is not its noun's, and it is
    the month of that name nearest the reference, as news omits the year of a month near its
    own."""
    if _last(m) or _month_rel(m) or m.group("mod") or preposition(m) in _AHEAD:
        return False
    return m.group(0).endswith(("'s", "’s")) or qualifies_a_thing(m)


_AHEAD = ("by", "until", "till", "next", "through", "since")
"""Prepositions that tell on which side of the reference a date falls."""
_LAST = re.compile(r"\b(?i:last|this\s+past)\s+$")
"""Words before a month that put it in the past: "last December", "this past March"."""


def _month_rel(m: re.Match[str]) -> str:
    """The word before a month that tells it from the day it is written ("last", "this
    past", "next"), lower-case, its spaces single; "" for none."""
    return " ".join((m.group("m_rel") or "").casefold().split())


def _last(m: re.Match[str]) -> bool:
    """Whether a date is put in the past by "last" or "this past" before it (see ``_LAST``)."""
    return _month_rel(m) in ("last", "this past") or bool(_LAST.search(m.string, 0, m.start()))


_TO = re.compile(r"\s*(?:(?i:and|to|through|until|till)\s+|[-–]\s*)")
"""What joins the two ends of a range of dates: "between Jan. 1 and Aug. 5, 2023"."""


def _range_year(m: re.Match[str], month: int) -> int | None:
    """The year of a date that opens a range whose other end gives one ("between Jan. 1
    and Aug. 5, 2023", "from 3 March to 5 April 2024"): that year, or the one before when
    the range runs over the new year."""
    joined = _TO.match(m.string, m.end())
    end = FULL.match(m.string, joined.end()) if joined else None
    if end is None:
        return None
    year = int(end.group("year") or end.group("year2"))
    return year - 1 if month > month_number(end.group("month") or end.group("month2")) else year


_NIGHT_OF = re.compile(r"\bnight\s+of\s+$", re.IGNORECASE)
"""What stands before two days in a row that name one night ("on the night of 4-5 March",
"the night of 21 and 22 May"): a night from the evening of the first day to the morning of
the second, dated by the first, the evening it began. Only days of one month written before
it are read so; "the night of March 4-5" (the month first), "4/5 March", "4 to 5 March" and
"31 October-1 November" are not, and keep the readings of their forms."""


_HALF_YEAR = 183
"""Days: a yearless date further than this from the reference is of the year before or after."""


def _as_day(year: int, month: int, day: int | None) -> dt.date:
    """The day a date stands at for its distance from the reference: a month at its middle,
    a day its month lacks in that year (the 29th of February) at the month's last."""
    return dt.date(year, month, min(day or 15, calendar.monthrange(year, month)[1]))


def _told_year(which: str, ref: dt.date | None, published: PartialDate | None) -> int | None:
    """The year "this year", "last year" or "next year" names after a month ("in March
    last year"): told from the reference, or from the year of publication."""
    base = ref.year if ref is not None else published.year if published is not None else None
    if base is None:
        return None
    return base + {"this": 0, "last": -1, "next": 1}[which.casefold()]


def _nth(day: int, m: re.Match[str], ref: dt.date | None) -> tuple[str, DatePrecision]:
    """A day of the month written alone ("on the 30th", "the morning of the 29th", as news
    translated from Chinese, Korean or Japanese writes it): the last day of that number up
    to the reference, or the next from it when the sentence puts it ahead ("talks will
    resume on the 2nd"). Unresolved without a reference day."""
    if ref is None:
        return "", "unresolved"
    months = ref.year * 12 + ref.month - 1
    if put_ahead(m):
        months += 1 if day < ref.day else 0
    elif day > ref.day:
        months -= 1
    try:
        return dt.date(months // 12, months % 12 + 1, day).isoformat(), "day"
    except ValueError:
        return "", "unresolved"


def _year_of_weekday(year: int, month: int, day: int, weekday: str | None) -> int:
    """The year of a day of a month written with its weekday and no year ("Thursday, January
    30"): of the year found for it and the ones either side, the first on whose calendar that
    day is that weekday; the weekday says which year the writer meant."""
    if not weekday:
        return year
    wanted = WEEKDAYS.index(weekday.lower())
    for candidate in (year, year - 1, year + 1):
        with contextlib.suppress(ValueError):
            if dt.date(candidate, month, day).weekday() == wanted:
                return candidate
    return year


def resolve_form(
    m: re.Match[str], published: PartialDate | None, anchor: dt.date | None
) -> tuple[str, DatePrecision]:
    ref = anchor
    prep = preposition(m)
    if m.group("md_month") or m.group("dm_month"):
        month = month_number(m.group("md_month") or m.group("dm_month"))
        day = day_number(m.group("md_day") or m.group("dm_day"))
        given = m.group("md_year") or m.group("dm_year")
        told = m.group("md_yrel") or m.group("dm_yrel")
        year = (
            int(given)
            if given
            else _told_year(told, ref, published)
            if told
            else _year_for(month, day, m, ref, published)
        )
        if year is None:
            return "", "unresolved"
        if not (given or told):
            year = _year_of_weekday(year, month, day, m.group("wd1") or m.group("wd2"))
        first = day_number(m.group("dm_first")) if m.group("dm_first") else None
        if first is not None and first == day - 1 and _NIGHT_OF.search(m.string, 0, m.start()):
            # "on the night of 4-5 March": the night that falls on the 4th
            return _ymd(year, month, first)
        if first is not None and first < day:
            # "on 17 and 18 October": two days of one month, told as that month (as a week
            # whose days all fall in one month is)
            return f"{year:04d}-{month:02d}", "month"
        return _ymd(year, month, day)
    if m.group("month"):
        month = month_number(m.group("month"))
        if m.group("m_year"):
            return f"{int(m.group('m_year')):04d}-{month:02d}", "month"
        told = m.group("m_yrel") or m.group("m_yrel_before")  # "last year in July"
        year = (
            _told_year(told, ref, published) if told else _year_for(month, None, m, ref, published)
        )
        if year is None:
            return "", "unresolved"
        return f"{year:04d}-{month:02d}", "month"
    if m.group("nth"):
        return _nth(int(m.group("nth")), m, ref)
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
            # a page dated only to a month or a year: a weekday may fall in the month before
            return "", "unresolved"
        rel = (m.group("rel_wd") or "").casefold()
        ahead = (
            (prep in ("by", "until", "till", "through") and not passed_by(m))
            or rel == "next"
            or (not rel and put_ahead(m) and not planned(m))
        )
        if not rel and not ahead and planned(m):
            # a plan told in the past, or far before its day: the nearer day of that name
            past = ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)
            coming = ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)
            return (past if ref - past < coming - ref else coming).isoformat(), "day"
        if ahead:
            when = ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)
        else:
            when = ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)
            if rel == "last" and when == ref:
                when -= dt.timedelta(days=7)
            elif not rel and ref - when == dt.timedelta(days=6) and in_small_hours(m):
                # "early Thursday" in a report dated Wednesday: the small hours of the next
                # day where the event is, written in a time zone behind it; a day six days
                # back is "last Thursday" or has its date
                when = ref + dt.timedelta(days=1)
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
    """The relative date of ``m`` in the words :func:`_relative` reads: "all week", "the
    rest of the week" and a part of it (``WEEK_PARTS``: "the course of the week", "the second
    half of the week"; which ``dates.resolve_dates`` keeps only where this week is meant) are
    this week; "over the weekend" (or "the weekend" after any other
    preposition, or before its noun, "the weekend crash") and "this past weekend" are the
    weekend before, or this one when the reference falls on it or the sentence puts it ahead
    ("will march over the weekend"; never "this past weekend")."""
    rel = " ".join(m.group("rel").casefold().split())
    if rel.startswith(("all ", "the rest ", "the remainder ")) or m.group("week_part"):
        return "this week"  # "the rest of the week", "in the second half of the week"
    if rel.startswith(("the start ", "the beginning ", "the end ")):
        return "this " + rel.split()[-1]  # "since the start of the year": this year
    if rel.endswith(("the weekend", "past weekend")):
        now = ref is not None and ref.weekday() >= 5
        now = now or (put_ahead(m) and not rel.endswith("past weekend"))
        return "this weekend" if now else "last weekend"
    return rel


SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _ago(
    count: str, unit: str, ref: dt.date | None, published: PartialDate | None
) -> tuple[str, DatePrecision]:
    """ "two days ago", "a week ago" (days), "three months ago" (a month), "a year ago",
    "two decades ago" (a year)."""
    n = int(count) if count.isdigit() else SMALL[count]
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


def _from_the_page(rel: str, published: PartialDate | None) -> tuple[str, DatePrecision]:
    """A relative day, week or month on a page dated only to a month or a year (no day to
    count from): "last month" and "next month" are told from the page's month, and a week
    stays as precise as the page; "today", "yesterday" or "this morning" may fall in the
    month before, and is unresolved."""
    if published is None or DAY_WORD.fullmatch(rel) or rel == "morning":
        return "", "unresolved"
    if "month" in rel and published.month is not None:
        shift = 1 if rel.startswith("next") else -1 if rel.startswith("last") else 0
        months = published.year * 12 + published.month - 1 + shift
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    if "month" in rel:
        return "", "unresolved"
    return _as_published(published)


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
        return _from_the_page(rel, published)
    days = {"yesterday": -1, "last night": -1, "tomorrow": 1}
    if rel in days:
        return (ref + dt.timedelta(days=days[rel])).isoformat(), "day"
    if rel in ("today", "tonight", "this morning", "this afternoon", "this evening", "morning"):
        # "until morning": the morning after the night it is said, the day of the report
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
