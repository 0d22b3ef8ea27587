"""What is written like a date and is not one, for ``read/dates``.

A year that ends a name ("Finance Bill 2024", "Vision 2030") or is part of a number
("2024-25"); "Today" naming a programme; "May" as the verb ("May God bless them"); a month's
abbreviation standing alone ("Mullah Jan Sayeq"); a month alone that ends a name after a
capitalised word or opens one before "for" or "of" ("Theresa May", "the March for Life"); a date
naming an event after "the" ("the New Year's Day disaster"); a calendar date standing
inside a noun phrase before its noun ("the 2022 economic collapse", "a 2021 interview",
"the country's Oct. 26 parliamentary election", "the 2025 bonds"), which dates the thing
that noun names and not what the sentence reports. The words are in
``data/vocabulary/names.toml`` and ``data/vocabulary/figures.toml``.
"""

from __future__ import annotations

import re

from briefbook.read.date_forms import MONTH_ABBREVIATIONS, MONTH_WORDS, WEEKDAY_NAMES
from briefbook.read.people import speaks_after_quotation
from briefbook.vocabulary import alternation, derived, mapping, words

_NAMED_BY_YEAR = derived(
    lambda: re.compile(
        r"\b(?:" + alternation(words("names", "document_words")) + r")\s+$", re.IGNORECASE
    )
)
"""A document's word before a year: "Finance Bill 2024", "Vision 2030"."""


def in_a_name(m: re.Match[str]) -> bool:
    """Whether a year ends a name ("the finance bill 2024") or is part of a number
    ("2024-25", "12/2024"); "the 1977-built bridge" is dated."""
    before = m.string[: m.start()]
    after = m.string[m.end() : m.end() + 2]
    joined = after[:1] == "/" or (after[:1] in "-–" and after[1:2].isdigit())
    return bool(_NAMED_BY_YEAR().search(before)) or joined or before.endswith(("/", "-", "#"))


_WEEKDAY_IN_A_NAME = re.compile(rf"\s+(?!(?:{MONTH_WORDS})\b)[A-Z][a-z]")
"""A capitalised word, not a month, right after a weekday: "Sunday Courier", "Friday Prayer"."""
_NAME_OPENS = re.compile(r"(?:^|[“\"‘(]|\b(?:the|The|of))\s*$")
"""Where a name that a weekday opens stands: at the start of its sentence, or after "the"
or "of" ("the Sunday Saltford Post reported", "the Imam of Friday Prayer")."""


def names_something(m: re.Match[str]) -> bool:
    """ "Today" with a capital inside a sentence, or alone in quotation marks, names
    something (NBC's "Today" programme), not a day; so does a day word in capitals in a
    sentence that is not ("told BERROW TODAY"), and a weekday with no preposition that opens a
    name, at the start of its sentence or after "the" or "of" ("Sunday Courier understands",
    "the Sunday Saltford Post reported", "the Imam of Friday Prayer")."""
    word = m.group(0).strip()
    if m.group("rel") and m.group("rel").isupper() and not m.string.isupper():
        return True
    if _WEEKDAY_IN_A_NAME.match(m.string, m.end()) and m.group("weekday") and not m.group("prep"):
        before = m.string[: m.start()]
        if _NAME_OPENS.search(before):
            return True  # "Sunday Courier understands", "the Imam of Friday Prayer"
    if not word.startswith("Today"):
        return False
    before = m.string[: m.start()].rstrip()
    quoted = m.string[m.end() : m.end() + 1] in ("”", '"', "’", "'")
    return quoted or (bool(before) and before[-1] not in "“\"‘'(.:—–-")


_MAY_VERB = derived(
    lambda: re.compile(
        r"\s+(?:" + alternation(words("figures", "may_as_verb_before")) + r")\b", re.IGNORECASE
    )
)
"""A word after "May" that makes it a verb: "May God bless them"."""


def may_as_verb(m: re.Match[str]) -> bool:
    """A bare "May" (no day, year or preposition) before a word a wish or a possibility
    takes ("May they rest in peace", "Costs May Be Higher") is the verb, not the month."""
    if m.group("month") != "May" or m.group("m_year") or m.group("prep") or m.group("mod"):
        return False
    return _MAY_VERB().match(m.string, m.end()) is not None


_NAME_BEFORE = re.compile(
    rf"(?<=[\w,;:)’'\"”] )(?!(?:{MONTH_WORDS}|{WEEKDAY_NAMES})\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s$"
)
"""A capitalised word, not a month or a weekday, right before a month, and not the first word
of its sentence: a given name or a title that the month's name may end ("Theresa May", "Brian
May", "Prime Minister May"). A word that opens its sentence is capitalised for that ("Early
March", "This September alone")."""
_NAME_ENDS = derived(
    lambda: re.compile(
        r"(?:[’']s\b|\s*(?:[,;:.!?)]|$)|\s+(?:[A-Z]|(?:[a-z]+ed|"
        + alternation(
            words("claims", "stopwords")
            | words("claims", "irregular_past")
            | words("furniture", "past_forms")
            | {f for forms in mapping("attribution", "reporting_verbs").values() for f in forms}
        )
        + r")\b))"
    )
)
"""What follows a name, not a month at the head of a noun: its possessive, a stop, a
capitalised word, a word that says nothing of what ("in", "and"), a verb in the past, an
auxiliary or a reporting verb ("Theresa May’s deal", "met Theresa May in March", "Prime
Minister May lost", "Brian May played", "May says"). A month before a noun dates it, a
capitalised body or place before it or not ("the Federal Reserve December meeting", "the
Nato July summit")."""
_MONTH_OPENS = re.compile(r"(?:^|(?<![\w’'])(?:[Tt]he|[Aa])\s)$")
"""The start of a sentence, or "the" or "a", right before a month: the month opens a name
("the March for Life", "March for Our Lives"); after "of", "to", "until" or "the end of" it
is set in time ("extended until the end of March for Ukrainian refugees")."""
_NAME_AFTER = re.compile(r"\s+(?:for|of)\s+(?:the\s+|[Oo]ur\s+)?[A-Z][a-z]")
""""for" or "of" and a capitalised word after a month: a march's or a movement's name that
the month's name opens ("the March for Life", "March for Our Lives", "the March of Dimes")."""


def month_in_a_name(m: re.Match[str]) -> bool:
    """Whether a month named alone (no preposition, day, year or word that sets it in time)
    is a word of a name: after a capitalised word that does not open the sentence, and
    before what follows a name rather than a noun it dates ("Theresa May said", "Prime
    Minister May lost"; see ``_NAME_BEFORE``, ``_NAME_ENDS``), or opening its sentence or
    after "the" or "a", before "for" or "of" and a capitalised word ("the March for Life";
    see ``_MONTH_OPENS``, ``_NAME_AFTER``), or standing where a quotation's speaker does
    ('“...,” May said'; ``people.speaks_after_quotation``, which the names reader asks
    too). News sets a month in time with a preposition ("in May", "until the end of
    March"), a year ("May 2024"), a day ("May 5"), "last" or "early", or alone at the head of
    a noun ("the May vote", "the Nato July summit"). A weekday after a capitalised word stays
    a day: news writes it without a preposition after a place or an outlet ("in Manhattan
    Tuesday", "told Reuters Monday")."""
    if not m.group("month") or m.group("prep") or m.group("mod") or m.group("m_rel"):
        return False
    if m.group("m_year") or m.group("m_yrel") or m.group("m_yrel_before"):
        return False
    start = m.start("month")
    if m.string.startswith("mid-", max(0, start - 4)):
        return False
    before = m.string[max(0, start - 60) : start]
    end = m.end("month")
    if speaks_after_quotation(m.string, start, end):
        return True  # '“...,” May said': the quotation's speaker
    if (
        _NAME_BEFORE.search(before)
        and not re.search(r"[’']s\s$", before)
        and _NAME_ENDS().match(m.string, end)
    ):
        return True
    return bool(_MONTH_OPENS.search(before)) and _NAME_AFTER.match(m.string, end) is not None


_JOINED = r"\s*(?:[-–—/,]|\s(?:and|or|to|through|until|till)\s)\s*"
_MONTH_NEXT = re.compile(rf"{_JOINED}(?:{MONTH_WORDS})\b")
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_WORDS})\.?{_JOINED}$")
"""A month joined to the one at hand in a run or a span of months ("Jan-Mar", "between Jan
and March", "in Jan, Feb and Mar"): an abbreviation there is a month too."""


def abbreviation_as_name(m: re.Match[str]) -> bool:
    """A month's abbreviation standing alone, without its full stop, a day, a year, a word
    that sets it in time or another month joined to it ("Mullah Jan Sayeq", "the Zinda Jan
    district"), is a name: news abbreviates a month only before its day ("Jan. 6", "Dec
    23"), with its full stop or in a run of months ("Jan-Mar", "Jan, Feb and Mar")."""
    return (
        m.group("month") in MONTH_ABBREVIATIONS
        and not (m.group("prep") or m.group("mod") or m.group("m_rel"))
        and not (m.group("m_year") or m.group("m_yrel") or m.group("m_yrel_before"))
        and not m.string.startswith(".", m.end("month"))
        and not _MONTH_NEXT.match(m.string, m.end("month"))
        and not _MONTH_BEFORE.search(m.string[: m.start("month")])
    )


def names_an_event(m: re.Match[str]) -> bool:
    """A date that names an event after "the" ("the New Year's Day disaster"): not the day
    the sentence tells of."""
    return bool(re.search(r"\bthe\s+$", m.string[: m.start()], re.IGNORECASE))


_DETERMINED = derived(
    lambda: re.compile(
        r"(?:\b(?i:" + alternation(words("figures", "date_determiners")) + r")|\w[’']s)"
        r"\s+(?:[a-z][\w-]*\s+)?$"
    )
)
"""A determiner or a possessive, with at most one adjective after it, just before a date:
"the ", "a devastating ", "Sri Lanka's "."""
_NOUN_AFTER = derived(
    lambda: re.compile(
        r"\s+(?!(?:"
        + alternation(words("attribution", "prepositions") | words("attribution", "subordinators"))
        + r"|and|or|but)\b)[a-z]"
    )
)
"""A lower-case word right after a date: the noun, or a modifier of it, the date qualifies;
not a preposition or a word that opens a clause ("the war that began 7 October with an
attack": the date is the verb's)."""


def qualifies_a_thing(m: re.Match[str]) -> bool:
    """Whether a calendar date (a year, a month, a day of a month, a holiday) stands in a noun
    phrase before its noun: after a determiner or a possessive (at most one adjective
    between) and before a lower-case word, with no preposition of its own ("the 2022
    economic collapse", "a devastating 2019 fire", "the country's Oct. 26 parliamentary
    election", "the 2025 maturity"). News names past events and things by their date this
    way; the date is the thing's, not that of what the sentence reports ("Wickremesinghe,
    who took office during the 2022 collapse, came third"). A date the sentence sets its
    event on keeps a preposition or stands alone ("in 2022", "collapsed in 2022, when"),
    and a date in the possessive ("Sunday's vote") is left as the day of its event, as is a
    day written first after its own article ("on the 12th of May at noon")."""
    calendar_date = any(m.group(g) for g in ("year", "month", "md_month", "dm_month", "holiday"))
    if not calendar_date or m.group("prep") or m.group(0).endswith(("'s", "’s")):
        return False
    before = m.string[: m.start() + len(m.group(0)) - len(m.group(0).lstrip())]
    if m.group("dm_month") and re.search(r"\bthe\s+$", before, re.IGNORECASE):
        return False  # "on the 12th of May at noon": the article is the date's own
    return bool(_DETERMINED().search(before)) and _NOUN_AFTER().match(m.string, m.end()) is not None
