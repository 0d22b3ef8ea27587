"""How a date is written: the patterns dates are read by, for ``read/dates``.

Month first or day first, with or without a weekday or a year; a month, a weekday or a year
alone; a holiday; relative days, weeks, months and years; days told from another (not "the
same day as the recall", which is the day of what it names, not of the last day told); the
prepositions kept as a date's relation ("since", "until", "by"). Also the words around a
weekday that put it ahead (a plan, a forecast, "will") and those that tell of it as past
("since", "began"), which decide the year of a date given without one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from briefbook.model import MONTHS

WEEKDAYS = [d.lower() for d in calendar.day_name]
_MONTH_FORMS = {
    **{m: n for n, m in enumerate(MONTHS, 1)},
    **{m[:3]: n for n, m in enumerate(MONTHS, 1) if m != "May"},
    "Sept": 9,
}
"""Full names, three-letter abbreviations and "Sept"; matched with capitals only ("May" is a
month, "may" is not)."""
MONTH_ABBREVIATIONS = frozenset(f for f in _MONTH_FORMS if f not in MONTHS)
"""The abbreviated forms of ``_MONTH_FORMS`` ("Jan", "Sept"; "May" is only a full name)."""
_MONTH = "|".join(sorted(_MONTH_FORMS, key=len, reverse=True))
MONTH_WORDS = _MONTH
"""An alternation of the months' names as dates write them (``_MONTH_FORMS``), longest first."""
_M = rf"(?:{_MONTH})\.?"
_D = r"\d{1,2}(?:st|nd|rd|th)?"
WEEKDAY_NAMES = "|".join(calendar.day_name)
"""The weekdays' names, capitalised, as an alternation for a pattern."""
MONTH_DAY = rf"{_M}\s+{_D}"
"""A month and its day as dates write them ("Jan. 9", "March 3rd"), for a pattern."""


def day_with_part(parts: str, *, dated: bool = True, part: bool = False) -> str:
    """A pattern for a weekday, or (``dated``) a month and its day, then a part of the day
    from ``parts`` (an alternation): "Monday", "Monday night", "Jan. 9 evening"; with
    ``part`` the part of the day must follow."""
    day = rf"(?:{WEEKDAY_NAMES}|{MONTH_DAY})" if dated else rf"(?:{WEEKDAY_NAMES})"
    return rf"{day}\s+(?:{parts})" if part else rf"{day}(?:\s+(?:{parts}))?"


DAY_WORD = re.compile(
    r"(?i:yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))"
)
"""The words that count a day from the day they are said."""
# the parts of a day a date may end on; fixed here (DATE is compiled once, for every
# vocabulary), attribution.toml day_parts for the patterns made per vocabulary
_PART = r"(?:\s+(?:morning|afternoon|evening|night|midnight))?"
WEEK_PARTS = r"course|(?:first|second)\s+half"
"""The parts of a week that "the ... of the week" names ("during the course of the week",
"in the second half of the week"): this week when the sentence puts them ahead or names no
other time (see ``dates.resolve_dates``), as "the rest of the week" always is."""
_PREP = (
    r"(?:(?P<prep>(?i:on|by|not?\s+later\s+than|since|until|till|from|in|through|as\s+of"
    r"|before|after))\s+)?"
)
_AFTER_PREP = (
    "(?:"
    + "|".join(
        rf"(?<=\b[{w[0].upper()}{w[0]}]{w[1:]}\s)" for w in ("in", "since", "until", "from", "by")
    )
    + ")"
)
"""Just after a preposition that sets an event in time: what makes a year before 1900 ("founded
in 1847") a year and not a count."""
COUNT = r"an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
SPAN_UNITS = r"days?|weeks?"
"""The units a day told from another is counted in ("two days later", "a week after the
storm")."""
LONG_UNITS = r"months?|years?"
"""The units a month or a year told from another is counted in ("three years earlier", "four
months before the vote"): the month or the year, not a day (see ``read/date_values``)."""
HOLIDAYS = {
    "new year's day": (1, 1),
    "new year’s day": (1, 1),
    "new year's eve": (12, 31),
    "new year’s eve": (12, 31),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
}
_YREL = r"\s+(?:of\s+)?(?P<{}_yrel>(?i:this|last|next))\s+year\b"
"""A year told from the reference after a month or a day of one: "October 29 this year", "in
March last year", "in January of next year": one date, in the year it names."""
_YREL_MD, _YREL_DM, _YREL_M = (_YREL.format(g) for g in ("md", "dm", "m"))
DATE = re.compile(
    rf"\b{_PREP}(?:"
    rf"(?:(?P<wd1>{WEEKDAY_NAMES})(?:,\s+|(?:[’\']s)?\s+(?P<paren1>\()))?(?P<md_month>{_M})(?:\s+|(?<=\.))(?P<md_day>{_D})\b(?:,?\s+(?P<md_year>\d{{4}})|{_YREL_MD})?(?(paren1)\))"
    rf"|(?:(?P<wd2>{WEEKDAY_NAMES})(?:,?\s+|(?:[’\']s)?\s+(?P<paren2>\()))?"
    rf"(?:(?P<dm_first>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+and\s+|\s*[-–]\s*))?(?P<dm_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_month>{_M})"
    rf"(?:,?\s+(?P<dm_year>\d{{4}})|{_YREL_DM})?\b(?(paren2)\))"
    rf"|(?:(?P<m_yrel_before>(?i:this|last|next))\s+year,?\s+(?i:in)\s+)?"
    rf"(?:(?P<m_rel>(?i:last|this\s+past|next))\s+)?(?:(?P<mod>early|mid|late)\s+|mid-)?(?P<month>{_M})\b(?!\.?\s*{_D}\b)(?:\s+(?P<m_year>(?:1[5-9]|20)\d\d)\b|{_YREL_M})?"
    rf"|(?P<rel_wd>last|next|this)\s+(?P<rwd>{WEEKDAY_NAMES})\b(?!,?\s+\(?(?:{_M}\s+{_D}|{_D}\s+(?:of\s+)?{_M})\b){_PART}"
    rf"|(?P<wwd>{WEEKDAY_NAMES}){_PART}\s+(?:of\s+)?(?P<wweek>last|next|this)\s+week\b"
    rf"|(?P<weekday>{WEEKDAY_NAMES})\b{_PART}"
    rf"|(?:(?P<ymod>early|mid|late)\s+|mid-)?(?P<year>(?:19|20)\d\d|{_AFTER_PREP}1[5-8]\d\d\b(?!\s*(?:hours|hrs|h\b|[A-Z]{{2,4}}\b)))"
    rf"(?P<year_end>[-–](?:(?:19|20)\d\d|\d\d)(?![-–/:.]?\d))?\b(?!\s*(?:{_MONTH}))"
    rf"|(?P<holiday>(?i:new\s+year[’']s\s+(?:day|eve)|christmas\s+(?:day|eve)|boxing\s+day))"
    rf"|(?P<vague>(?i:(?:(?:over|in|during|for)\s+)?the\s+(?:past|last|previous)\s+"
    rf"(?:(?:few|several)\s+)?(?:days|weeks|months|years|decades|decade|century)\b"
    rf"|(?:(?:in|within|over)\s+)?the\s+next\s+(?:few|several)\s+(?:days|weeks|months|years)\b"
    rf"|(?:in|within|over)\s+the\s+next\s+(?:week|month|year)\b"
    rf"|(?:a\s+few|several|a\s+couple\s+of|many)\s+(?:days|weeks|months|years|decades)\s+ago"
    rf"|(?<!\d\s)(?:(?:just|only)\s+)?(?:hours|days|weeks|months|years|decades)\s+ago"
    rf"|the\s+(?:1\d|20)\d0s\b"
    rf"|(?:in\s+)?the\s+coming\s+(?:days|weeks|months|years)(?:\s+and\s+(?:weeks|months))?"
    rf"|(?:in|over)\s+coming\s+(?:days|weeks|months|years)"
    rf"|(?:in|over|during)\s+(?:the\s+)?recent\s+(?:days|weeks|months|years)|within\s+(?:minutes|hours|days|weeks|months)"
    rf"|over\s+(?:the\s+course\s+of\s+)?(?:(?:many|several)\s+)?(?:decades|centuries)\b"
    rf"|in\s+the\s+(?:days|weeks|months)(?:\s+and\s+(?:weeks|months))?\s+ahead"
    rf"|in\s+the\s+(?:near|short|medium|long|foreseeable)"
    rf"(?:\s+(?:term|future)\b(?!-)|-(?:term|future)(?=[ \t]*(?:[.,;:!?)—–]|$)))))"
    rf"|(?P<ago>(?i:(?P<ago_q>(?:more\s+than|over|nearly|almost|about|around|some|roughly)\s+)?"
    rf"(?P<ago_n>{COUNT}|\d{{3}})\s+(?P<ago_unit>days?|weeks?|months?|years?|decades?)\s+ago))"
    rf"|(?P<rel>(?i:(?:earlier|later)\s+(?:this|in\s+the)\s+(?:week|month|year)\b"
    rf"|(?:last|next|this)\s+(?:week|weekend|month|year|summer|winter|spring|autumn|fall)\b"
    rf"|the\s+(?:start|beginning|end)\s+of\s+the\s+(?:month|year)\b(?![-’']s?)"
    rf"|(?:(?:over|at|through|during|until|till|on|for)\s+)?the\s+weekend\b|this\s+past\s+weekend\b|all\s+week\b"
    rf"|the\s+(?:rest|remainder|(?P<week_part>{WEEK_PARTS}))\s+of\s+the\s+week\b(?![-’'])"
    rf"|yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)"
    rf"|(?:(?<=until\s)|(?<=till\s))(?-i:morning)\b))"
    rf"|the\s+(?P<nth>\d{{1,2}})(?:st|nd|rd|th)\b(?=\s*(?:[.,;:)—–]|$)|\s+(?:at|and|in|when|as|to"
    rf"|after|before|while|that|local|morning|afternoon|evening|night)\b)"
    rf"|(?P<then>(?i:(?P<then_n>{COUNT})\s+(?P<then_unit>{SPAN_UNITS}|{LONG_UNITS})"
    rf"\s+(?P<then_way>later|earlier|after|before|on(?=\s+from\b|\s*,))"
    rf"|the\s+(?:following|next|previous)\s+day(?!\s+of\b)|the\s+(?:day|morning|night|evening)\s+(?:(?P<then_after>after)|(?P<then_before>before))"
    rf"|(?:early|earlier|late|later)\s+(?:in\s+the|that)\s+(?:day|morning|afternoon|evening)\b|(?:on\s+)?that\s+(?:same\s+)?day"
    rf"|on\s+the\s+day(?=\s*(?:[.,;:!?)”\"’]|$))"
    rf"|the\s+same\s+day(?!\s+as\b)|(?P<then_month>the\s+(?:following|previous)\s+(?:month|year))))"
    r")"
    r"(?:[’']s)?"
)
_FUTURE = re.compile(
    r"\b(?:will|’ll|'ll|forecast\s+for|expected(?:\s+(?:on|by))?|scheduled\s+for"
    r"|due(?:\s+(?:on|by))?|set\s+for|planned\s+for"
    r"|(?:due|set|scheduled|slated|expected|forecast|planned|supposed)\s+to\s+[a-z]+"
    r"(?:\s+(?:place|held|out))?"
    r"|(?:wants?|wanted|hoped?|hopes|aims?|aimed|intends?|intended|plans?|planning|preparing)"
    r"\s+to\s+[a-z]+"
    r"(?:\s+(?:so|it|this|that))?)"
    r"\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
"""Words just before a weekday that put it ahead: "snow was forecast for Sunday", "will meet
on Friday", "the vote was due to take place on Sunday", "a ruling is expected Monday", "the
match was supposed to be played on Sunday", and an aim or a plan ("she wanted to do so before
Saturday's summit", "he hopes to sign it on Friday", "it plans to vote on Monday")."""
_FUTURE_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:[a-z]+\s+){0,2}?(?:will|’ll|'ll|is\s+(?:set|due|expected)\s+to"
    r"|are\s+(?:set|due|expected)\s+to)\b",
    re.IGNORECASE,
)
"""Words just after one that put it ahead: "on Saturday he will host"."""
FULL = re.compile(
    rf"\b(?:(?P<month>{_M})\s+(?P<day>{_D}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_M}),?\s+(?P<year2>\d{{4}}))\b"
)
"""A date written in full, to the day and the year: a reference for "on Tuesday"."""
SPAN_END = re.compile(
    r"(?:\s+(?P<joint>to|through|until|till|and)\s+|\s*[-–]\s*)(?P<end>\d{1,2})"
    r"(?:st|nd|rd|th)?\b(?=\s*(?:[.,;:)]|$)|\s+(?:respectively|inclusive|and|in|at|on|with"
    r"|when|while|as|but|for|this|last|next|to)\b)"
)
"""The last day of a span of days that a day of a month opens, its month not repeated: "from
August 1 to 4", "running from June 12 to 27", "June 12-27"; not a count that follows ("June
12 and 27 people")."""
DAY_OF_MONTH = re.compile(
    rf"\b(?:(?P<month>{_M})\s+(?P<day>{_D})\b|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_M}))"
)


_AGENT = re.compile(
    r"\b(?:[a-z]{2,}(?:ed|en)|hit|struck|caught|shook|led|brought|swept|torn)\s+$", re.IGNORECASE
)
"""A past participle before "by": what makes the day's event after it the agent ("hit by
Monday's quake", "saddened by Sunday's attack"), not a deadline."""
_TO_BE_DONE = re.compile(r"\bbe\s+[\w-]+\s+$", re.IGNORECASE)
"""A participle after a bare "be", what is still to be done ("must be completed by", "is to
be signed by"): "by" after it stays a deadline ("finished by Monday's meeting")."""
_TIME_NOUN = re.compile(r"\s+(?i:deadline|end|close|cut-?off|start|opening|session)\b")
"""A noun after a day's possessive that keeps "by" a deadline ("filed by Monday's
deadline")."""


def preposition(m: re.Match[str]) -> str:
    """The preposition before a date, lower-case, its spaces single; "no later than" and
    "not later than" are "by" (a deadline: "refunds no later than Monday"). A "by" after a
    past participle, before a day's event, names the agent, not a deadline ("hit by Monday's
    quake", see ``_AGENT``): no preposition."""
    prep = " ".join((m.group("prep") or "").casefold().split())
    if (
        prep == "by"
        and m.group(0).endswith(("'s", "’s"))
        and _AGENT.search(m.string, 0, m.start())
        and not _TO_BE_DONE.search(m.string, 0, m.start())
        and not _TIME_NOUN.match(m.string, m.end())
    ):
        return ""
    return "by" if prep.endswith("later than") else prep


_POSSESSIVE = re.compile(r"[’']s(?:\s+\([^()]*\))?$")
"""A date in the possessive, its own date in brackets after it or not ("Sunday's",
"Monday's (4 March)")."""


def possessive_start(m: re.Match[str]) -> int | None:
    """Where a date in the possessive begins after the preposition before it ("tally sheets from
    Sunday's election", "hurt in Friday's blast", "since last week's vote", "won in Monday's
    (4 March) vote": "Sunday's", "Friday's", "last week's", "Monday's (4 March)"), or
    ``None`` when the date is not in the possessive or has no preposition. The preposition
    governs the noun the possessive determines (the election, the blast), not the date, so it
    is no part of the date's words; its relation still tells how the sentence stands to that
    thing ("the toll from Friday's quake" counts since it)."""
    if not m.group("prep") or not _POSSESSIVE.search(m.group(0)):
        return None
    after = m.end("prep")
    return after + len(m.string[after : m.end()]) - len(m.string[after : m.end()].lstrip())


def day_of_month(text: str) -> bool:
    """Whether ``text`` names a day of a month ("Nov. 25", "8 December")."""
    return DAY_OF_MONTH.search(text) is not None


def month_alone(text: str) -> bool:
    """Whether ``text`` is a month named without its year or a day ("in March", "late
    January"; not "last March" or "last year in March", which count from the day they are
    written)."""
    m = DATE.fullmatch(text)
    return bool(
        m
        and m.group("month")
        and not (m.group("m_year") or m.group("m_rel") or m.group("m_yrel_before"))
    )


def told_from_another(text: str) -> bool:
    """Whether ``text`` is a day told from another ("the day before", "two days later")."""
    m = DATE.fullmatch(text)
    return bool(m and m.group("then"))


def years_span(m: re.Match[str]) -> bool:
    """Whether a year and the end of a span after it ("2018-22", "1990–2005") are a span of
    several years, a period ("his 2018-2022 premiership", "as PM (2018-22)"), read as a date:
    its first year. Two years in a row ("the 2023-24 season", "the 2024-25 budget") are one
    season's or fiscal year's name, and a second part no later than the first ("2023-11",
    "2010-08") is no span: neither is a date."""
    end = (m.group("year_end") or "")[1:]
    if not end:
        return False
    start = int(m.group("year"))
    last = int(end) if len(end) == 4 else start - start % 100 + int(end)
    return start + 2 <= last <= start + 99


def month_number(word: str) -> int:
    return _MONTH_FORMS[word.rstrip(".")]


def day_number(raw: str) -> int:
    return int(re.sub(r"\D", "", raw))


def month_and_day(m: re.Match[str]) -> tuple[int, int]:
    """The month and the day a match of ``DAY_OF_MONTH`` or ``FULL`` names, month first
    ("Oct. 24") or day first ("24 October")."""
    return (
        month_number(m.group("month") or m.group("month2")),
        day_number(m.group("day") or m.group("day2")),
    )


def full_date(m: re.Match[str]) -> dt.date | None:
    """The day a match of ``FULL`` names ("October 24, 2024", "24 October 2024"); ``None``
    when its year has no such day (the 30th of February)."""
    month, day = month_and_day(m)
    try:
        return dt.date(int(m.group("year") or m.group("year2")), month, day)
    except ValueError:
        return None


_CLAUSE_AHEAD = re.compile(
    r"\b(?:will|would|could|(?-i:may)|might|shall|(?:is|are)\s+to|plans?\s+to|planned|scheduled"
    r"|slated|due|set\s+(?:for|to)|likely|expected)\b|[’']ll\b",
    re.IGNORECASE,
)
"""Words anywhere earlier in a date's clause that tell of what is to come ("Scholz would
call a confidence vote for January 15", "Germany will hold a snap election on February 23", a
forecast: "a ruling likely in March", "polls expected in March"):
for a month long before the reference's, the year ahead."""


def clause_ahead(m: re.Match[str]) -> bool:
    """Whether the clause before a date, back to the last stop or semicolon, speaks of what
    is to come (see ``_CLAUSE_AHEAD``)."""
    return ahead_in_clause(m.string, m.start())


def ahead_in_clause(text: str, start: int) -> bool:
    """Whether the clause of ``text`` before ``start``, back to the last stop or semicolon,
    speaks of what is to come (see ``_CLAUSE_AHEAD``)."""
    return bool(_CLAUSE_AHEAD.search(_clause_before(text, start)))


def past_in_clause(text: str, start: int) -> bool:
    """Whether the words of ``text`` before ``start``, back to the last stop, semicolon,
    comma or quotation mark, tell of the past and not of what is to come: a verb in the
    past ("the plan unveiled in January", "talks began in March"; see ``_PAST_IN_CLAUSE``)
    and no plan, forecast or "will" (see ``_CLAUSE_AHEAD``; not "elections are due in
    January", "the trial will open in January"). A "will" of another clause before it is
    not its own ("they will rebuild, adding that the plan unveiled in January ...")."""
    before = _words_before(text, start)
    return bool(_PAST_IN_CLAUSE.search(before)) and not _CLAUSE_AHEAD.search(before)


def since_in_clause(text: str, start: int) -> bool:
    """Whether "since" stands among the words of ``text`` before ``start`` that
    :func:`past_in_clause` reads: the date is of what something has lasted since ("he has
    been held since his arrest in August"), as a date with the relation "since" is."""
    return bool(_SINCE.search(_words_before(text, start)))


_SINCE = re.compile(r"\b(?i:since)\b")


def _words_before(text: str, start: int) -> str:
    """The words of ``text`` before ``start`` back to the last stop, semicolon, comma or
    quotation mark."""
    return re.split(r"[,‘’“”\"]", _clause_before(text, start))[-1]


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - 120) : start]
    return re.split(r";\s|[.!?]\s+(?=[A-Z“\"])", window)[-1]


_PAST_IN_CLAUSE = re.compile(
    r"\b(?:[a-z]{3,}(?<!e)ed|was|were|had|began|begun|took|came|went|won|lost|made|held|"
    r"said|told|fell|rose|left|met|sought|struck|broke|chose|wrote|gave)\b",
    re.IGNORECASE,
)
"""A verb in the past ("unveiled", "was", "began"; not "need" or "speed", whose "-ed" is no
ending)."""


_WILL_FAR = re.compile(
    r"\b(?:will|’ll|'ll)\s+(?!(?i:have)\b)"
    r"(?:(?!(?i:after|following|from|since|when|before|because|as|than|was|were|had|did|said"
    r"|says|told|announced)\b)(?![a-z]+ed\b)[A-Za-z’'-]+\s+){3,7}$"
)
""""will" further before a weekday, in the same run of words: "will be in the capital
Friday", "the pause will allow the campaign to start on Sunday"; not when a word that begins
another clause or tells of the past stands between ("will strike after workers voted on
Thursday", "will hold a vote, he said Tuesday"), nor before a day that names its event ("the
toll will keep rising from Friday's quake")."""


def _names_its_event(m: re.Match[str]) -> bool:
    """Whether a date names the event it is the day of ("Friday's quake") or what has run
    since it ("from Friday", "since Friday"): its own day, not the one "will" tells of."""
    return m.group(0).endswith(("'s", "’s")) or preposition(m) in ("from", "since")


def put_ahead(m: re.Match[str]) -> bool:
    """Whether the words around a weekday put it ahead (see ``_FUTURE``, ``_FUTURE_AFTER``,
    ``_WILL_FAR``)."""
    before = m.string[max(0, m.start() - 80) : m.start()]
    return bool(
        _FUTURE.search(before[-40:])
        or (_WILL_FAR.search(before) and not _names_its_event(m))
        or _FUTURE_AFTER.match(m.string, m.end())
    )


_PLAN = r"(?:due|set|scheduled|slated|expected|forecast|planned|supposed)\s+to\b"
_PLANNED = re.compile(
    rf"\b(?:(?i:was|were)\s+(?:[a-z]+ly\s+)?(?:{_PLAN}|expected|forecast|planned|scheduled)"
    rf"|(?:(?i:is|are)\s+(?:[a-z]+ly\s+)?{_PLAN}|(?i:plans?|intends?|aims?)\s+to\b"
    rf"|(?i:is|are|was|were)\s+(?:[a-z]+ly\s+)?(?i:preparing|getting\s+ready|gearing\s+up)\s+to\b)"
    rf"[^.;:!?]{{25,}})[^.;:!?]*$"
)
"""A plan or a forecast told in the past ("flights were expected to be grounded on Friday",
"talks were scheduled for Sunday", "the match was supposed to be played on Sunday"), or one
whose day comes far after it in the clause ("Yagi is forecast to move toward the capital, ...,
before heading to the gulf on Saturday", "the ministry plans to publish its new rules for
drivers on Tuesday", "the carmaker is preparing to release its quarterly report on
Wednesday")."""


_WOULD = re.compile(r"\b(?i:would)\s+(?!have\b)(?:[a-z]+\s+){1,5}$")
"""The future in the past just before a weekday, the verb and a few words between: "the jurors
would resume their deliberations on Friday", "said it would reopen the border Monday" (not the
past of "would have")."""


def planned(m: re.Match[str]) -> bool:
    """Whether a weekday is the day of a plan that may be past or ahead (see ``_PLANNED``,
    ``_WOULD``): the reader takes the nearer day of its name."""
    before = m.string[max(0, m.start() - 160) : m.start()]
    return bool(_PLANNED.search(before) or _WOULD.search(before))


_TOLD = re.compile(
    r"\b(?i:since|began|begun|started|broke\s+out|erupted|took\s+place|happened|occurred)\b"
    r"|\b(?i:was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b"
    r"|(?:\b(?!(?:A|An|The|This|That|These|Those|Its|His|Her|Their|Our|Every|Each|No)\b)"
    r"[A-Z][\w.-]*|\b(?i:he|she|it|they|we))\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b"
)
"""Words before a date that tell of something begun or done in the past: a word that says so,
a verb in the past passive ("he was extradited"), or a verb in the past right after its subject,
a name or a pronoun ("FTX collapsed", "she resigned")."""


_TOLD_AFTER = re.compile(
    r"(?:[’']s)?,?\s+(?:(?i:the|a|an|its|his|her|their|it|he|she|they|we)\s+)?"
    r"(?:[A-Za-z][\w-]*\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}ed\b(?!\s+by\b)"
)
"""A verb in the past right after a date that opens its clause, after its subject: "On 15
December the board voted", "In March, Acme collapsed" (not a participle that goes on, "the
vote planned by")."""


def told_as_past(m: re.Match[str]) -> bool:
    """Whether the sentence tells of ``m``'s date as past: a past word before it, or a verb in
    the past right after it (see ``_TOLD_AFTER``), and no plan, forecast or "will" around
    it."""
    before = m.string[max(0, m.start() - 60) : m.start()]
    told = _TOLD.search(before) or _TOLD_AFTER.match(m.string, m.end())
    return bool(told) and not put_ahead(m)


_SMALL_HOURS = re.compile(
    r"\b(?:early|(?:in\s+)?the\s+(?:early|small)\s+hours\s+of|before\s+dawn)\s+$", re.IGNORECASE
)
"""Words just before a weekday that put it in the small hours: "early Wednesday", "early on
Thursday", "in the early hours of Sunday", "before dawn on Monday"."""


def in_small_hours(m: re.Match[str]) -> bool:
    """Whether the words before a weekday put it in the small hours (see ``_SMALL_HOURS``)."""
    return bool(_SMALL_HOURS.search(m.string[max(0, m.start() - 40) : m.start()]))


_PAST_PERFECT = re.compile(
    r"\b(?i:had)\s+(?:[a-z]+ly\s+)?"
    r"(?!(?i:to|until|till|a|an|the|no|its|his|her|their|been\s+(?:due|set|expected|scheduled))\b)"
    r"[a-z]{2,}\b"
)
"""The past perfect ("had risen", "had already hit"), not "had to", "had until" or "had a"."""
_WAS = re.compile(r"\b(?i:was|were)\s+$")
_WAS_AFTER = re.compile(r"\s+(?i:was|were)\b")


def passed_by(m: re.Match[str]) -> bool:
    """Whether a deadline or an end ("by Monday", "until Wednesday") is told as passed: "by"
    in a clause in the past perfect with no plan around it ("By Monday, the toll had risen to
    40", "the app had hit the top of the chart by Monday"), and a state that lasted "until"
    it ("who was until Wednesday the vice president", "who until Monday was its head"). Such
    a weekday is the last of its name, not the coming one."""
    prep = preposition(m)
    if prep in ("until", "till"):
        return bool(_WAS.search(m.string, 0, m.start()) or _WAS_AFTER.match(m.string, m.end()))
    if prep != "by" or put_ahead(m) or planned(m):
        return False
    start = max(m.string.rfind(c, 0, m.start()) for c in ".;") + 1
    ends = [i for i in (m.string.find(c, m.end()) for c in ".;") if i >= 0]
    return bool(_PAST_PERFECT.search(m.string[start : min(ends, default=len(m.string))]))
