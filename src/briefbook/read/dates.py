"""Dates in a sentence, resolved against the article's own time.

Forms read: month first ("October 18, 2024", "Oct. 18", "Aug.30", "Dec 23"), day first ("18
October 2024", "18th June", "on 15 December"), a weekday with its date ("Monday, July 1"), a
month ("in June", "by December 2024", its year from 1500 to 2099: "in April 1036 cases" is
April; not the verb in "May God bless them"; with the year told from the reference, "in March
last year", "last year in March", "October 29 this year"), a weekday ("on Tuesday", "Tuesday
night", "on Tuesday last week"), a year ("in 2022", "late 2025"), a holiday ("New
Year's Day"), and relative days, weeks, months and years ("yesterday", "this morning", "until
morning", "last week", "over the weekend", "the weekend crash", "this past weekend", "the
rest of the week", "the second half of the week" (this week when put ahead or when nothing
else dates the sentence), "since the start of the year" and "by
the end of the month" (this year, this month), "next month", "two decades ago"; with a
word that makes the count approximate before it, "more than", "over", "nearly", "almost",
"about", "around", "some" or "roughly", unresolved; a count of up to three figures,
"230 years ago"; spans no one can date, "in recent days", "over recent weeks", "the 1990s",
"over the past decade", "a few weeks ago", "just months ago", "in the next month", "within
hours", "over the course of decades", "in the near future", "in the medium term", "in the
long-term." (hyphenated only where its clause ends; "in the long-term interest" is none),
unresolved),
and days told from another ("a day later", "two days earlier", "the following day", "the
previous day", "the morning after", "five days after the quake", "three days on from the
flood", "two days before the vote on Sunday", "earlier in the day", "later that afternoon", "on
the day"; months and years so told, "three years earlier", "four months before the vote",
are the year or the month: counted from the last one named, or the month of the clause they
date); one told from an event that no day can be told for ("four days before the
convention") is listed unresolved in an article with no day of publication, and left out of a
dated one, which tells the event's day elsewhere (unless its count is approximate, "nearly a
week after": unresolved), and one that opens its sentence ("A week after the flood, ...")
restates the day its main clause names after the comma. A weekday with its date in brackets ("on
Sunday (March 30, 2025)") is that date; a day of a month that opens its sentence before a colon
("Aug 31: ...") labels a live page's entry, as a dateline does, and is no date of it, nor is the
date of a dateline a page ran into its lead, alone or after an outlet's tag, with no running
text before it ("(Wire) PORTO, Oct 22 (FW) — The ...", not "Rains hit Porto, Oct 20 — ...").
Days of one month named together ("on 17 and 18 October", "3-5 May") are that month, but two in
a row after "the night of" the night's first ("on the night of 4-5 March"); a weekday set off
after the day word it names ("held tomorrow, Friday") is that day, when it falls on it and is no
list's first ("yesterday, Tuesday and Wednesday"); the end of a span that a day of a month opens
without naming its month again ("from June 12 to 27") is a date of its own, "to 27", that the
span lasts until. A month told from the day of writing ("last September", "next March", "in
January this year") is told as a weekday is; so is a day of the month written alone ("on the
30th", "the morning of the 29th"); "the following month" and "the previous year" count from
the last month or year named. A year alone dates what it qualifies ("a 2019 fire"), not a
name it ends ("Finance Bill 2024"); a span of several years is its first year ("his 2018-22
term"; two in a row name a season, "the 2023-24 season", no date); a year before 1900 is read
after a preposition only ("founded in 1847"), and not as a clock time ("from 1700 hours").

The reference for weekdays and relative dates is the publication date when it is known to the
day; otherwise the latest full date the article itself gives within its publication month (wire
copy is dated by its events; an article with no publication date at all has no month to read
them within, and a date it gives may be any day it tells of), a day of the month without its
year only with its weekday ("on Thursday (March 23)", "on Monday, June 24": the article names
the day's date; a bare "on October 25" may be any day it tells of, a photo's or a past
hearing's), and failing both a week stays as precise as the publication date allows, "last
month" and "this year" are told from the page's month or year, and a weekday, "today" or
"yesterday" is unresolved: it may fall in the month before (``briefbook.analyse.dating`` reads
such articles again in the time of their briefing, and in an article with no publication date
keeps the day it finds as an estimate only, see ``told_from``). A day of a month without its
year is the occurrence nearest the reference ("the vote on November 5", written in May), with
the clause's tense; see ``read/date_values``. Days told from another count from the last day
the article named before, in the sentence or earlier; "earlier in the day" with no day before
it in its sentence from the day the report tells of, the latest its first dated sentence names
(the reference when the article has named none before it). A day told from another set off by a
comma or a dash after the day its sentence names, and standing for it ("on Monday, a day after
the vote", "set for July 9 — four days before the congress"), is that day: the day of the
clause it dates; a count of days something lasted ("deliberated for three days before the
verdict") is no date, and one counted from an act of the sentence's own subject told by a
verb in "-ing" ("stable a day after being shot", "gave birth two weeks after attending
court") is unresolved unless its sentence names a day, or opens with a pronoun (or its
reported clause does) carrying on the sentence before, which named one: that day is the
clause's ("Roe returned on Tuesday. She spoke a day after leaving hospital."). A weekday
in the small hours ("early Thursday", "in the early hours of Sunday") that would fall six
days before the reference is the day after it: a report dated the evening before, in a time
zone behind the event's. A weekday that a plan told in the past
("flights were expected to be grounded on Friday"), or a plan far before it in its clause, puts
ahead is the nearer day of its name, past or coming, as is one in the future in the past
("jurors would resume their deliberations on Friday"). "since", "until" and "by" are kept as
the date's relation: a date something has lasted since is not an event; a date standing in a
noun phrase before its noun ("the 2022 economic collapse", "a 2021 interview", "the 2025
bonds") has the relation "of": it dates the thing its noun names, not the event the sentence
reports. A word that counts from the day it is said ("today", "tonight", "yesterday") inside a
quotation counts from the day the quotation was said: the day its sentence names outside the
quotation ("she said on Thursday"), else the day the article last named when its sentence
told someone speaking ("the minister addressed parliament on Thursday"), or the day its
report tells of, when that is the day before the reference (a report published the morning
after; not a day it named in passing for another event); a
weekday put ahead in such a report that would fall six days after the reference is that day
before it, the day the report was written, and "this month" or "this year" it does not put
ahead is told from that day (a paper of 1 September, of 31 August's events: August).

How a date is written (the patterns): ``read/date_forms``; what is written like a date and is
not one: ``read/date_names``; the day each form stands for: ``read/date_values``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from briefbook.model import DateExpression, DatePrecision, DateRelation, PartialDate
from briefbook.read.date_forms import (
    COUNT,
    DATE,
    DAY_OF_MONTH,
    DAY_WORD,
    FULL,
    LONG_UNITS,
    SPAN_END,
    SPAN_UNITS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    full_date,
    month_and_day,
    passed_by,
    possessive_start,
    preposition,
    put_ahead,
    years_span,
)
from briefbook.read.date_names import (
    abbreviation_as_name,
    in_a_name,
    may_as_verb,
    month_in_a_name,
    names_something,
    qualifies_a_thing,
)
from briefbook.read.date_values import (
    SMALL,
    approximate,
    carries_on,
    from_an_event,
    lasted,
    long_unit,
    of_its_subject,
    resolve_form,
    restated_day,
    set_off,
    told_from_another,
)
from briefbook.vocabulary import alternation, derived, mapping, words

_EVE = re.compile(r"\bthe\s+eve\s+of\s+$", re.IGNORECASE)
"""What puts a date on the day before it: "on the eve of May 23"."""
_OF = re.compile(r"\bof\s+$")
"""What stands before "the 29th" in "on the morning of the 29th"."""

_WEEKDAY_BEFORE = re.compile(rf"\b(?:{WEEKDAY_NAMES})\s*[,(]?\s*(?:the\s+)?$")
"""A weekday's name right before a day of the month ("Thursday (March 23)", "Monday, June
24", "Friday 3 March"): the article names that day's date."""


_ENTRY_OPENS = re.compile(r"[\s*#>•–—-]*")
"""What may stand before a date that labels its entry: space, a list's or a heading's mark."""
_LABEL_COLON = re.compile(r"[ \t]*:(?!\d)")
"""The colon after a date that labels an entry ("Aug 31: ..."), not a clock time's ("31:05")."""


def _labels_an_entry(m: re.Match[str]) -> bool:
    """Whether ``m`` is a day of a month that opens its sentence, with no preposition, and a
    colon after it: the label of a live page's or a timeline's entry ("Aug 31: Army officers
    named ...", "3 December: The assembly voted ..."), as a dateline is, not the day of what
    the entry reports (which names its own day, or tells the page's)."""
    if not (m.group("md_month") or m.group("dm_month")) or m.group("prep"):
        return False
    return bool(
        _ENTRY_OPENS.fullmatch(m.string, 0, m.start()) and _LABEL_COLON.match(m.string, m.end())
    )


_DATELINE_PLACE = re.compile(
    r"(?:^|(?<=[\s)]))[A-ZÀ-Þ][\w'’./-]*(?:[ \t]+[A-ZÀ-Þ][\w'’./-]*){0,3}"
    r"(?:[ \t]*\[[^\[\]\n]{2,30}\]|[ \t]*\([^()\n]{2,30}\))?,[ \t]*$"
)
"""A place before the date of a dateline, capitalised, and the comma after it ("PORTO, ",
"Porto/Lisbon, ", "Porto [Portugal], ")."""
_BRACKETED = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")
"""A bracketed stretch with no bracket inside, as an outlet's tag is ("(FW)"); taken out
innermost first, so that a tag with another inside it goes too ("(Freedonia Wire (FW))")."""
_RUNNING_WORD = re.compile(r"(?<![\w'’./-])[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]*(?![\w'’./-])")
"""A word of lowercase letters alone, as running text has ("Ferries sailed from Porto, "),
and an outlet's name, a place or a photo credit run into them has not ("Freedonia Wire",
"PORTO", "Porto/Lisbon", "12news", "photoFW")."""
_DATELINE_CLOSE = re.compile(
    r"[ \t]*(?:\([^()\n]{2,40}\)[ \t]*)?(?:--|[–—]|\.-|(?<=[ \t])-(?=[ \t]))(?![ \t]*\d)"
)
"""What closes a dateline after its date: the agency in brackets or not, and a dash ("Oct 22
(FW) --", "October 22, 2024 —", "Oct 22 (FW) - ", "Oct 22 (FW).-"); not a dash before a figure,
that ends a span ("Nov 11 – 14")."""
_DATELINE_WITHIN = 100
"""How far from the start of its sentence the date of a dateline glued to the lead may end."""


def _only_a_tag_and_places(before: str) -> bool:
    """Whether ``before``, the text of a sentence before a date, holds nothing but bracketed
    tags and names (an outlet's, a place's, a credit's): no word of lowercase letters alone
    outside brackets, so no running text that the date could be part of."""
    text, n = before, 1
    while n:
        text, n = _BRACKETED.subn(" ", text)
    return not _RUNNING_WORD.search(text)


def _in_a_dateline(m: re.Match[str]) -> bool:
    """Whether ``m`` is the date of a dateline that the page ran into its lead, alone or
    after an outlet's tag ("(Freedonia Wire (FW)) PORTO, Oct 22 (FW) -- The ...", "Porto
    Daily (via FW), Porto/Lisbon, October 22, 2024 — The ...", "PORTO, Oct 22 (FW) - The
    ..."): a day of a month with no preposition, after a capitalised place and a comma,
    with nothing before it in its sentence but bracketed tags and names, ending
    within ``_DATELINE_WITHIN`` characters of the sentence's start, and before the dash that
    opens the report. It tells when the report was filed, as a dateline on its own line
    does, not the day of anything the sentence reports; a date that running text leads to
    ("Polls close on Election Day, Nov 5 — ...", "Rains hit Porto, Oct 20 — ...") is one."""
    if not (m.group("md_month") or m.group("dm_month")) or m.group("prep"):
        return False
    if m.group("wd1") or m.group("wd2") or m.end() > _DATELINE_WITHIN:
        return False
    return bool(
        _DATELINE_PLACE.search(m.string, 0, m.start())
        and _only_a_tag_and_places(m.string[: m.start()])
        and _DATELINE_CLOSE.match(m.string, m.end())
    )


_APPOSED = re.compile(r",[ \t]*")
"""The comma that sets a weekday after the day word it names ("tomorrow, Friday")."""
_LISTED = re.compile(r",?[ \t]+(?:and|or)\b", re.IGNORECASE)
"""What follows a weekday that is one of a list, not the name of the day before it
("yesterday, Tuesday and Wednesday", "today, Saturday or Sunday")."""


def _names_the_weekday(word: re.Match[str], m: re.Match[str]) -> bool:
    """Whether ``m`` is a weekday set off by a comma right after ``word``, a word that counts
    a day from the day it is said ("will be held tomorrow, Friday", "said yesterday,
    Wednesday"), and not the first of a list ("yesterday, Tuesday and Wednesday"): then it
    may be the weekday of that day, which the writer names with it (see :func:`resolve_dates`,
    which also asks that the day fall on it)."""
    return bool(
        word.group("rel")
        and DAY_WORD.fullmatch(word.group("rel"))
        and m.group("weekday")
        and not m.group("prep")
        and _APPOSED.fullmatch(m.string, word.end(), m.start())
        and not _LISTED.match(m.string, m.end())
    )


def _falls_on(resolved: tuple[str, DatePrecision], weekday: str) -> bool:
    """Whether ``resolved``, a day, falls on ``weekday`` ("Friday")."""
    day = _day_of(*resolved)
    return day is not None and day.weekday() == WEEKDAYS.index(weekday.casefold())


def _another_week(
    m: re.Match[str],
    matches: Sequence[re.Match[str]],
    ref: dt.date | None,
    previous: dt.date | None,
) -> bool:
    """Whether ``m``, a part of a week named so ("in the second half of the week", see
    ``WEEK_PARTS``), may be of a week other than this one: when the sentence does not put it
    ahead ("talks will resume in the second half of the week") and either names another date
    or follows a day the article told of in another week ("The fair opened on 3 March. In the
    second half of the week, ..."). It is then no date: which week it is, is not known."""
    if not m.group("week_part") or put_ahead(m):
        return False
    if any(other is not m for other in matches):
        return True
    week = ref.isocalendar()[:2] if ref is not None else None
    return previous is not None and previous.isocalendar()[:2] != week


def entry_labels(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that a date labelling its entry takes ("Aug 31: ...", see
    :func:`_labels_an_entry`), or a dateline's glued to the lead (see
    :func:`_in_a_dateline`): no date of the sentence, and no figure either."""
    return [
        (m.start(), m.end())
        for m in DATE.finditer(text)
        if _labels_an_entry(m) or _in_a_dateline(m)
    ]


def reference(text: str, published: PartialDate | None) -> dt.date | None:
    """The day weekdays and relative dates count from (see the module's docstring)."""
    if published is not None and published.day is not None and published.month is not None:
        return dt.date(published.year, published.month, published.day)
    found = []
    if published is None:
        return None  # no month to read the text's dates within
    if published.month is not None:
        # "on Monday, June 24": the day of the publication month, its year implied, named
        # with its weekday
        for m in DAY_OF_MONTH.finditer(text):
            if not _WEEKDAY_BEFORE.search(text, 0, m.start()):
                continue
            month, number = month_and_day(m)
            if month == published.month:
                with contextlib.suppress(ValueError):
                    found.append(dt.date(published.year, month, number))
    for m in FULL.finditer(text):
        day = full_date(m)
        if day is None:
            continue
        if day.year == published.year and (published.month is None or day.month == published.month):
            found.append(day)
    return max(found) if found else None


def resolve_dates(
    text: str,
    published: PartialDate | None,
    base: int = 0,
    anchor: dt.date | None = None,
    previous: dt.date | None = None,
    lead: dt.date | None = None,
    told_from: bool = True,
    opened: str = "",
    before: dt.date | None = None,
    spoke: dt.date | None = None,
) -> list[DateExpression]:
    """Date expressions in ``text``, resolved against ``anchor`` (see :func:`reference`;
    by default the publication date, when it is known to the day). ``previous`` is the last
    day the article named before this sentence (see :func:`last_day`), for "a day later",
    "the following day", "that day"; ``lead`` the day the report tells of (see
    :func:`news_day`), for "earlier in the day". With ``told_from`` false, ``anchor`` is
    only the day an article with no publication day is taken to be of: it gives the year
    of a date written without one, and the dates told from the day of publication (see
    :func:`_told_from_the_day`) cannot be worked out: they are unresolved, even on a page
    that gives its month (a Tuesday of a page dated March may be one of February), but for
    the months and years such a page tells ("last month", "this year": see
    :func:`_told_from_the_page`).
    ``opened`` is the quotation mark a sentence before ``text`` in its paragraph left open
    (see :func:`open_quote`): ``text`` opens inside that quotation. ``before`` is the day
    the sentence just before ``text`` named (``last_day`` of its dates alone), if any: the
    day of a sentence that carries it on with a pronoun (see :func:`carries_on`). ``spoke``
    is the day the article last named for someone speaking (see :func:`speaking_day`), for a
    quotation's "today" or "tonight"."""
    anchor = anchor or reference("", published)
    told = anchor if told_from else None
    matches = []
    for m in DATE.finditer(text):
        if not m.group(0).strip() or m.group(0).strip().casefold() in ("on", "in", "by", "from"):
            continue
        if m.group("year_end") and not years_span(m):
            continue  # "the 2023-24 season", "2023-11": a season's name, a number
        if m.group("year") and not (m.group("prep") or m.group("ymod")) and in_a_name(m):
            continue  # a year that ends a name ("the Finance Bill 2024") dates nothing
        if names_something(m) or may_as_verb(m) or abbreviation_as_name(m) or month_in_a_name(m):
            continue
        if _labels_an_entry(m):
            continue  # "Aug 31: Army officers who seized power ...": a live page's entry
        if _in_a_dateline(m):
            continue  # "... PORTO, Oct 22 (FW) -- The ministry ...": when it was filed
        if m.group("nth") and not (m.group("prep") or _OF.search(text, 0, m.start())):
            continue  # "the 30th" dates only after "on" or "the morning of"
        matches.append(m)
    matches = [m for m in matches if not _another_week(m, matches, anchor, previous)]

    def read_form(m: re.Match[str]) -> tuple[str, DatePrecision]:
        if not _told_from_the_day(m):
            return resolve_form(m, published, anchor)
        if told_from:
            return resolve_form(m, published, told)
        if _told_from_the_page(m):  # "this year" on a page dated March 2024: 2024
            return resolve_form(m, published, None)
        return resolve_form(m, None, told)

    resolved_at = {m.start(): read_form(m) for m in matches if not m.group("then")}
    if told is not None and lead == told - dt.timedelta(days=1):
        # a report of the day before its publication, written on that day: a weekday it puts
        # ahead that would fall six days after the reference is that day ("winds will ease
        # Friday" in Saturday's paper, of Friday's events)
        day: DatePrecision = "day"
        written = (lead.isoformat(), day)
        week_on = ((told + dt.timedelta(days=6)).isoformat(), day)
        for m in matches:
            if m.group("weekday") and resolved_at.get(m.start()) == week_on:
                resolved_at[m.start()] = written
            elif _THIS_PERIOD.fullmatch(m.group("rel") or "") and not put_ahead(m):
                # ... and "this month" it tells of in the past is the month of that day, when
                # the paper is of the first of the next ("the case found this month", in the
                # paper of 1 September, of 31 August's events: August)
                resolved_at[m.start()] = resolve_form(m, published, lead)
    spoken = _spoken(matches, resolved_at, told, lead, opened, spoke)
    for m in matches:
        if (
            spoken is not None
            and m.group("rel")
            and _quoted(m, opened)
            and DAY_WORD.fullmatch(m["rel"])
        ):
            resolved_at[m.start()] = resolve_form(m, published, spoken)
    for word, m in pairwise(matches):
        if _names_the_weekday(word, m) and _falls_on(resolved_at[word.start()], m["weekday"]):
            resolved_at[m.start()] = resolved_at[word.start()]  # "tomorrow, Friday"
    days = [(m, _day_of(*resolved_at[m.start()])) for m in matches if not m.group("then")]
    out = []
    for m in matches:
        eve = None
        if m.group("then"):
            # "earlier in the day" with no day told before: the reference's
            first = told if lead is None and previous is None else lead
            if lasted(m):
                continue  # "deliberated for three days before the verdict": a duration
            way = (m.group("then_way") or "").casefold()
            if long_unit(m) and way in ("later", "earlier") and approximate(m):
                none: DatePrecision = "unresolved"  # "about two years later"
                resolved, precision = "", none
            elif m.group("then_month") or (long_unit(m) and way in ("later", "earlier")):
                # "the following month", "three years earlier": from the last month or year
                resolved, precision = _month_told_from_another(m, matches, resolved_at, previous)
            else:
                resolved, precision = told_from_another(m, days, previous, first)
            restated = restated_day(m, days)
            named = [
                resolved_at[d.start()]
                for d in matches
                if d.start() < m.start() and not d.group("then") and d.start() in resolved_at
            ]
            if restated is not None:  # "on Monday, a day after the vote": Monday
                resolved, precision = restated.isoformat(), "day"
            elif (
                of_its_subject(m)
                and not any(day for _, day in days)
                and not (before is not None and carries_on(m))
            ):
                # "Fico was stable a day after being shot": a moment of the subject's own
                # story, which its sentence does not date; listed, unresolved ("Roe returned
                # on Tuesday. She spoke a day after leaving hospital.": Tuesday, its clause's)
                resolved, precision = "", "unresolved"
            elif long_unit(m) and set_off(m) and named and named[-1][1] in ("month", "year"):
                # "held a year from now, four months before the deadline": that month
                resolved, precision = named[-1]
            elif (
                precision == "unresolved"
                and ((from_an_event(m) and told) or long_unit(m))
                and not approximate(m)
                and not (of_its_subject(m) and not (before is not None and carries_on(m)))
            ):
                # "a day after the vote" in a dated article that names no day for it: the
                # article tells the vote's day elsewhere, which this reading does not link;
                # a count of months or years with nothing to count from dates nothing
                continue
            if long_unit(m) == "month" and precision == "day":
                # "four months before the vote": the month of the clause it dates
                month: DatePrecision = "month"
                resolved, precision = resolved[:7], month
        else:
            resolved, precision = resolved_at[m.start()]
            part = _PART_OF_PERIOD.match(m.group("rel") or "")
            if part is not None:
                # "left in 2015, at the end of the year": the year or month named before it
                resolved, precision = _period_named(m, part.group(1), matches, resolved_at) or (
                    resolved,
                    precision,
                )
            eve = _EVE.search(m.string, 0, m.start())
            if eve is not None and precision == "day":  # "on the eve of May 23": May 22
                resolved = (dt.date.fromisoformat(resolved) - dt.timedelta(days=1)).isoformat()
        prep = preposition(m)
        relation: DateRelation = (
            "since" if prep in ("since", "from") else
            "until" if prep in ("until", "till", "through") else
            "by" if prep == "by" else
            "of" if qualifies_a_thing(m) else "on"
        )  # fmt: skip
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        if m.group("then"):
            start = m.start("then")  # "went on a day after": "on" is the verb's
        elif eve is not None:
            start = eve.start()
        elif (owner := possessive_start(m)) is not None:
            start = owner  # "from Sunday's election": "Sunday's", the election's day
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
        end = _span_end(m, resolved, precision, base)
        if end is not None:
            out.append(end)
    return out


def _span_end(
    m: re.Match[str], resolved: str, precision: DatePrecision, base: int
) -> DateExpression | None:
    """The last day of a span of days that ``m`` (a day of a month, resolved to
    ``resolved``) opens without naming its month again ("from August 1 to 4", "June 12-27":
    "to 4", the 4th of August, the day the span lasts until); ``None`` when no such end
    follows (see ``SPAN_END``)."""
    if not m.group("md_month") or precision != "day":
        return None
    end = SPAN_END.match(m.string, m.end())
    if end is None:
        return None
    first = dt.date.fromisoformat(resolved)
    try:
        last = first.replace(day=int(end.group("end")))
    except ValueError:
        return None
    if last <= first:
        return None
    start = end.start("joint") if end.group("joint") else end.end(0) - len(end.group(0).lstrip())
    text = m.string[start : end.end()]
    return DateExpression(text, last.isoformat(), "day", base + start, base + end.end(), "until")


_PART_OF_PERIOD = re.compile(r"(?i:the\s+(?:start|beginning|end)\s+of\s+the\s+(year|month))\b")
"""The start or the end of a year or a month ("by the end of the year"): of the one its
sentence names before it, else the report's own."""


def _period_named(
    m: re.Match[str],
    unit: str,
    matches: Sequence[re.Match[str]],
    resolved_at: dict[int, tuple[str, DatePrecision]],
) -> tuple[str, DatePrecision] | None:
    """The year or the month (``unit``) of the last date its sentence names before ``m``
    ("joined in 2015 and left at the end of the year": 2015), "" unresolved for a month of a
    year named alone ("in 2019 ... by the end of the month"), or None when it names none."""
    named = [
        resolved_at[d.start()]
        for d in matches
        if d.start() < m.start()
        and not d.group("then")
        and d.start() in resolved_at
        and resolved_at[d.start()][1] in ("year", "month", "day")
    ]
    if not named:
        return None
    value, precision = named[-1]
    if unit.casefold() == "year":
        return value[:4], "year"
    if precision == "year":
        return "", "unresolved"
    return value[:7], "month"


def _month_told_from_another(
    m: re.Match[str],
    matches: Sequence[re.Match[str]],
    resolved_at: dict[int, tuple[str, DatePrecision]],
    previous: dt.date | None,
) -> tuple[str, DatePrecision]:
    """ "The following month" or "the previous year": the month or year after or before the
    last one named before it, in its sentence ("Acme collapsed in November 2022, and its
    founder was arrested the following month": December 2022), else in the article."""
    if m.group("then_month"):
        unit = "year" if m.group("then_month").casefold().endswith("year") else "month"
        step = -1 if "previous" in m.group("then_month").casefold() else 1
    else:  # "three years earlier", "two months later"
        unit = long_unit(m)
        count = m.group("then_n")
        step = int(count) if count.isdigit() else SMALL.get(count.casefold(), 1)
        if m.group("then_way").casefold() == "earlier":
            step = -step
    named = [
        resolved_at[d.start()]
        for d in matches
        if d.start() < m.start() and not d.group("then") and d.start() in resolved_at
    ]
    told = [r for r, p in named if p == "day" or p == unit or (p == "month" and unit == "year")]
    base = told[-1] if told else previous.isoformat() if previous else ""
    if not base:
        return "", "unresolved"
    year = int(base[:4])
    if unit == "year":
        return str(year + step), "year"
    months = year * 12 + int(base[5:7]) - 1 + step
    return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"


def _told_from_the_day(m: re.Match[str]) -> bool:
    """Whether ``m`` counts from the day it is written: a weekday ("on Tuesday", "last
    Friday", "Monday next week"), a relative day, week, month, season or year
    ("yesterday", "last month", "this summer", "last September"), a month or a day of one
    with its year told as the one before or after ("in July last year", "last year in July",
    "May 5 next year"; "October 29 this year" is the year of what the article reports, as a
    date without its year is), a month alone in the year of writing ("in January this
    year", as "this year" alone is), a count back ("a week ago") or a day of the month
    written alone ("on the 30th")."""
    if any(m.group(g) for g in _TOLD_GROUPS):
        return True
    if any((m.group(g) or "").casefold() == "this" for g in _MONTH_YEAR_TOLD):
        return True  # "in January this year": the year of the day it is written
    return any((m.group(g) or "").casefold() in ("last", "next") for g in _YEAR_TOLD)


_TOLD_GROUPS = ("weekday", "rwd", "wwd", "rel", "ago", "m_rel", "nth")
_MONTH_YEAR_TOLD = ("m_yrel", "m_yrel_before")
"""The groups of a month alone whose year "this", "last" or "next year" tells ("in January
this year"): told from the day of writing, as "this year" alone is."""
_YEAR_TOLD = (*_MONTH_YEAR_TOLD, "md_yrel", "dm_yrel")
"""The groups of a month or a day of one whose year "this", "last" or "next year" tells."""


_THIS_PERIOD = re.compile(r"(?i:(?:earlier\s+)?this\s+(?:month|year))")
"""A month or a year told from the day it is written, in the past or as now: "this month",
"earlier this year"."""


_MONTH_OR_YEAR = re.compile(r"\b(?:month|year|summer|winter|spring|autumn|fall)\b", re.I)


def _told_from_the_page(m: re.Match[str]) -> bool:
    """Whether ``m`` counts months or years from the day it is written ("last month", "this
    year", "this summer", "earlier this year", "last September", "in July last year"): a
    page dated only to a month or a year tells it, as it does not a weekday or "yesterday"."""
    return (
        bool(m.group("m_rel"))
        or any(m.group(g) for g in _YEAR_TOLD)
        or bool(m.group("rel") and _MONTH_OR_YEAR.search(m.group("rel")))
    )


def open_quote(before: str) -> str:
    """The quotation mark ``before`` (a paragraph's text before a sentence) leaves open, or
    "": a quotation of several sentences ('"As of Friday, the toll stood at 20. Today, we
    found two more," an official said.') goes on in the sentence that follows."""
    if before.count("“") > before.count("”"):
        return "“"
    return '"' if before.count('"') % 2 == 1 else ""


def _quoted(m: re.Match[str], opened: str = "") -> bool:
    """Whether ``m`` is inside a quotation opened earlier in its sentence, or in one
    ``opened`` before it (see :func:`open_quote`) that it has not closed yet."""
    before = opened + m.string[: m.start()]
    curly = before.count("“") > before.count("”")
    return curly or before.count('"') % 2 == 1


def _spoken(
    matches: Sequence[re.Match[str]],
    resolved_at: dict[int, tuple[str, DatePrecision]],
    anchor: dt.date | None,
    lead: dt.date | None = None,
    opened: str = "",
    spoke: dt.date | None = None,
) -> dt.date | None:
    """The day a quotation in the sentence was said, when it is not the reference: the day
    the sentence itself names outside its quotation ("she said on Thursday"), else the day
    the article last named when the sentence naming it told someone speaking (``spoke``,
    see :func:`speaking_day`: "the minister addressed parliament on Friday"), or the day its
    report tells of (``lead``), when that is the day before the reference (a report
    published the morning after quotes what was said on the day it tells of). Not a day
    named in passing for another event ("protesters rallied on Thursday", in Friday's report
    of the president's promise): it is not the day the speaker spoke. ``None`` for the
    reference."""
    if anchor is None:
        return None
    for m in matches:
        if m.group("then") or _quoted(m, opened) or not (m.group("weekday") or m.group("md_month")):
            continue
        day = _day_of(*resolved_at[m.start()])
        if day is not None and day <= anchor and preposition(m) == "on":
            return day
    return next((d for d in (spoke, lead) if d == anchor - dt.timedelta(days=1)), None)


_SPEAKING = derived(
    lambda: re.compile(
        r"\b(?i:"
        + alternation(
            words("attribution", "speaking")
            | {f for forms in mapping("attribution", "reporting_verbs").values() for f in forms}
        )
        + r")\b(?P<gap>(?:\s+[\w’'-]+){0,4}?)\s+$"
    )
)
"""A reporting verb or a word of speaking ("addressed", "spoke", "a news conference") and at
most four words before a day: the day the speaker spoke ("addressed parliament on Friday",
"spoke to reporters late on Friday")."""
_PAST_VERB = derived(
    lambda: re.compile(
        r"\b(?:[a-z]+ed|"
        + alternation(words("claims", "irregular_past") | words("furniture", "past_forms"))
        + r")\b"
    )
)


def speaking_day(
    text: str, dates: Sequence[DateExpression], spoke: dt.date | None, base: int = 0
) -> dt.date | None:
    """The day the article last named for someone speaking, after the sentence ``text``
    (its ``dates``, at ``base``): the last day it names as an event when a reporting verb
    or a word of speaking stands right before it, outside a quotation, with no verb of
    another clause between ("the minister addressed parliament on Friday", "spoke to
    reporters late on Friday"; not "police said protesters rallied on Friday", nor
    "thousands rallied on Friday, police said"); ``None`` when its last day is another
    event's; ``spoke`` when it names none."""
    for d in reversed(dates):
        day = _day_of(d.resolved, d.precision)
        if day is None or d.relation != "on":
            continue
        before = text[: d.start - base]
        said = _SPEAKING().search(before)
        quoted = before.count("“") > before.count("”") or before.count('"') % 2 == 1
        if said is None or quoted or _PAST_VERB().search(said.group("gap")):
            return None
        return day
    return spoke


def named_weekdays(text: str) -> list[tuple[int, bool]]:
    """The weekdays ``text`` names on their own ("on Tuesday", not "last Tuesday"), each
    with whether the sentence puts it ahead ("will meet on Friday", "until Monday")."""
    out = []
    for m in DATE.finditer(text):
        if not m.group("weekday"):
            continue
        prep = preposition(m)
        ahead = (prep in ("by", "until", "till", "through") and not passed_by(m)) or put_ahead(m)
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


_COUNTED = re.compile(
    rf"(?i:{COUNT})\s+(?=(?i:{SPAN_UNITS}|{LONG_UNITS})\s+(?i:later|earlier|after|before|on)\b)"
)


def figure_free(date: DateExpression, base: int = 0) -> tuple[int, int]:
    """The span of ``date`` (relative to ``base``) that no figure may take: all of it, but
    for the count of "eight days later" or "four days before the vote", which is also a
    duration."""
    counted = _COUNTED.match(date.text)
    start = date.start + (counted.end() if counted else 0)
    return start - base, date.end - base


_PRECISION: dict[int, DatePrecision] = {10: "day", 7: "month", 4: "year"}


def estimated(dates: Sequence[DateExpression]) -> tuple[DateExpression, ...]:
    """``dates`` as the stages that compare by time read them: each with its estimate
    (``DateExpression.estimate``), when it has one, in place of what is reported."""
    return tuple(
        replace(d, resolved=d.estimate, precision=_PRECISION[len(d.estimate)]) if d.estimate else d
        for d in dates
    )


def with_estimates(
    reported: Sequence[DateExpression], estimates: Sequence[DateExpression]
) -> list[DateExpression]:
    """The dates of ``estimates`` (one sentence's dates resolved against the day its
    undated article is taken to be of) resolved as ``reported`` (the same sentence read
    without that day) has them, each keeping its estimate when the two differ; one that
    reading no longer finds is unresolved."""
    found = {d.start: d for d in reported}
    out = []
    for e in estimates:
        r = found.get(e.start)
        resolved, precision = (r.resolved, r.precision) if r else ("", "unresolved")
        guess = e.resolved if (resolved, precision) != (e.resolved, e.precision) else ""
        out.append(replace(e, resolved=resolved, precision=precision, estimate=guess))
    return out


def _day_of(resolved: str, precision: DatePrecision) -> dt.date | None:
    return dt.date.fromisoformat(resolved) if precision == "day" else None


SMALL |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10}
