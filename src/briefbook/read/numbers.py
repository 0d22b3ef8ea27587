"""Numbers in a sentence, with their qualifier and unit, and what is not a quantity.

A number is written in digits ("3,000", "7.5", "16%", "2 1/2"), in words ("zero", "two",
"twenty-five", "four dozen", "three and a half"; "zero" only before what it counts, and not in
"net zero"), as a fraction ("two-thirds" of something), as a vague plural ("dozens", "several
million": their lower bound, at least two of them; repeated for emphasis, "dozens and dozens",
"thousands upon thousands", still one) or as a range ("11,000 to 12,000", "between 10 and 18",
"two to three weeks"). Its unit follows it ("km", "per cent", "five-day", "7.5-magnitude") or,
for money, stands before it ("$5bn", "€40"); a distance per hour, minute, second or day is a
speed ("10 centimetres every hour").

Not quantities: clock times ("7:58 am", "0800 GMT"), dates (the spans the date reader found,
and dates in digits with their year, "4-5-2023"), ordinals ("14th"), ages ("a 12-year-old",
"Ana, 37,", "aged six, seven and nine", "8 to 12 years old", "will turn 18", "65 or older",
"younger than 18", "one in her 40’s"), identifiers
("Flight 2216", "Gate No. 3", "Microsoft 365", "F-16", "5G", any number written with a
leading zero, "002", "(04521)"; a model's number after "a", "a 737 MAX 9 jet", and a number
of three digits or more that the article names something by elsewhere, "the 737 MAX" beside
"Boeing 737", see :func:`name_numbers`; not a number after a possessive that counts the noun
after it, "Iran's 270 missiles") and the parts they number ("Section 170 (4) and (5)",
"Article 5(2)"), telephone numbers ("call 020 7008 5000") and the short numbers dialled for
a service ("called 911"). A number
written in words, or a bare year, is a quantity only if it counts something
(``read/figures`` decides). The words are ``data/vocabulary/figures.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import cast, get_args

from briefbook.model import MONTHS, Qualifier
from briefbook.read.gazetteer import shipped_gazetteer
from briefbook.vocabulary import alternation, checked, derived, mapping, ordered, words

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"
_SHORT_SCALES = ("m", "mn", "k")
_LARGE = ("thousand", "million", "billion")
"""Scales that follow another ("two hundred thousand", "several hundred million") or "half a"
("half a million", and "half a dozen"), multiplying it."""
"""Scales that are also units ("30m" is 30 metres): a scale only after a currency."""


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in a sentence (offsets within the sentence)."""

    start: int
    """Where its words start, qualifier and currency included."""
    end: int
    """Where its number and unit end: what it counts follows."""
    value: float
    high: float | None
    qualifier: Qualifier
    unit: str
    """"" for a count; "%", "km", "days", "USD"..."""
    unit_kind: str
    """The kind of quantity its unit measures ("duration", "money"...), or ""."""
    needs_noun: bool
    """Written in words ("two") or a bare year: a quantity only if it counts something."""
    scale: float = 1
    number_end: int = 0
    """Where the number itself ends (before its unit)."""
    year: bool = False
    """A bare year ("2025"): a quantity only if it counts something of a known kind."""


@dataclass(frozen=True, slots=True)
class _Words:
    """The vocabulary of numbers, compiled once per vocabulary in force."""

    word_numbers: dict[str, float]
    scales: dict[str, float]
    vague: dict[str, float]
    fractions: dict[str, float]
    qualifiers: dict[str, Qualifier]
    qualifiers_after: dict[str, Qualifier]
    currency_before: dict[str, str]
    currency_after: dict[str, str]
    hundredths: dict[str, str]
    """The hundredths of currencies after a number ("49 cents"), and their currencies."""
    units: dict[str, tuple[str, str]]
    hyphen_units: dict[str, str]
    seat_bodies: re.Pattern[str]
    """A legislature named right after "N-member": its members are seats."""
    hyphen_sizes: frozenset[str]
    """Words joined to a number by a hyphen that size a body of people ("-strong", "-person"),
    but only before a noun of such a body (``people_bodies``)."""
    people_bodies: re.Pattern[str]
    """A body of people named right after "N-strong" or "N-person" ("a 40-strong team")."""
    number: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    qualifier_after: re.Pattern[str]
    unit_after: re.Pattern[str]
    identifier_before: frozenset[str]
    age_before: re.Pattern[str]
    age_after: re.Pattern[str]
    clock_after: re.Pattern[str]
    reading_time_after: re.Pattern[str]
    """Right after a number, a byline's reading time ("2 min read")."""
    change: frozenset[str]
    qualifier_verbs: dict[str, Qualifier]
    verb_before: re.Pattern[str]
    """A verb of passing or nearing right before a number ("has crossed 5,000")."""
    tally: re.Pattern[str]
    """A running count that such a verb makes a bound of (``tally_subjects``)."""
    weight_currencies: dict[str, str]
    """Currencies whose word is also a weight ("pounds": "lb")."""
    goods_of: re.Pattern[str]
    """Right after such a word, "of" and a noun none of money's: "pounds of deli meat"."""
    counts_stop: frozenset[str]
    """Words that end what a figure counts: "zero" right before one counts nothing."""


def _table(key: str) -> dict[str, float]:
    return {k.casefold(): float(v) for k, v in mapping("figures", key).items()}


def _after_unit(units: dict[str, tuple[str, str]]) -> str:
    """Lookbehinds for a unit written before its number with a hyphen ("magnitude-7.6")."""
    return "|".join(
        rf"(?<={re.escape(u)}-)" for u, (_, kind) in units.items() if kind == "magnitude"
    )


def _build() -> _Words:
    word_numbers = _table("word_numbers")
    scales = _table("scales")
    currency_before = {
        k.casefold(): str(v) for k, v in mapping("figures", "currency_before").items()
    }
    currency_after = {k.casefold(): str(v) for k, v in mapping("figures", "currency_after").items()}
    hundredths = {
        k.casefold(): str(v) for k, v in mapping("figures", "currency_hundredths").items()
    }
    units = {k.casefold(): (str(v[0]), str(v[1])) for k, v in mapping("figures", "units").items()}
    qualifiers = cast(dict[str, Qualifier], checked("figures", "qualifiers", get_args(Qualifier)))
    verbs = cast(dict[str, Qualifier], checked("figures", "qualifier_verbs", get_args(Qualifier)))
    after = cast(dict[str, Qualifier], checked("figures", "qualifiers_after", get_args(Qualifier)))
    tens = [w for w, v in word_numbers.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)]
    ones = [w for w, v in word_numbers.items() if 1 <= v <= 9 and " " not in w]
    written = rf"(?:{alternation(tens)})-(?:{alternation(ones)})|{alternation(word_numbers)}"
    long_scales = [s for s in scales if s not in _SHORT_SCALES and len(s) > 2]
    # a large scale joined to its number by a hyphen: "a $1.5-billion deal", "its Rs
    # 20,000-crore share sale", "a $2-trillion package"
    hyphened = [s for s in long_scales if scales[s] >= 1000]
    number = re.compile(
        rf"(?:(?<![\w.,:$€£¥₩₹/])(?<![A-Za-z]-)|{_after_unit(units)})"
        rf"(?:(?P<cur>{alternation(currency_before)})\s?)?"
        r"(?:"
        rf"(?P<vague>{alternation(_table('vague_numbers'))})(?![\w-])"
        rf"|(?P<halfa>half\s+an?)\s+(?P<hscale>{alternation((*_LARGE, 'dozen'))})(?![\w-])"
        rf"|(?P<fraction>{alternation(_table('fractions'))})"
        r"(?=\s+(?:of|majority)\b|\s+(?:an?\s+)?(?:century|decade)\b|\s*$)"
        rf"|(?P<several>{alternation(ordered('figures', 'vague_scale'))})\s+"
        rf"(?P<vscale>{alternation(long_scales)})s?(?![\w-])"
        rf"(?:\s+(?P<vscale2>{alternation(_LARGE)})(?![\w-]))?"
        rf"|(?P<num>{_DIGITS}|(?:{written})(?![\w]))"
        r"(?P<half>(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half"
        r"|(?<=\d)\s(?P<over>[1-9])/(?P<under>[2-9])(?![\d/]))?"
        rf"(?:(?P<space>\s?|-(?=(?:{alternation(hyphened)})\b))(?P<scale>{alternation(scales)})(?![\w])"
        rf"(?:\s+(?P<scale2>{alternation(_LARGE)})(?![\w-]))?)?"
        r")",
        re.IGNORECASE,
    )
    unit_words = [u for u in units if u[:1].isalpha() and len(u) > 1]
    return _Words(
        word_numbers,
        scales,
        _table("vague_numbers"),
        _table("fractions"),
        qualifiers,
        after,
        currency_before,
        currency_after,
        hundredths,
        units,
        {k.casefold(): str(v) for k, v in mapping("figures", "hyphen_units").items()},
        re.compile(
            rf"(?:\s+[\w’'-]+){{0,2}}?\s+(?:{alternation(words('figures', 'seat_bodies'))})"
            r"(?![\w-])",
            re.IGNORECASE,
        ),
        words("figures", "hyphen_sizes"),
        re.compile(
            rf"(?:\s+[\w’'-]+)?\s+(?:{alternation(words('figures', 'people_bodies'))})(?![\w-])",
            re.IGNORECASE,
        ),
        number,
        re.compile(rf"(?<![\w])(?:{alternation(qualifiers)})\s+$", re.IGNORECASE),
        re.compile(rf"^\s+(?:{alternation(after)})(?![\w])", re.IGNORECASE),
        re.compile(
            rf"^\s+(?P<unit>{alternation([*unit_words, *currency_after, *hundredths])})(?![\w])",
            re.IGNORECASE,
        ),
        words("figures", "identifier_before"),
        re.compile(rf"(?<![\w])(?:{alternation(words('figures', 'age_before'))})\s+$", re.I),
        re.compile(rf"^(?:{alternation(words('figures', 'age_after'))})", re.IGNORECASE),
        re.compile(rf"^\s?(?:{alternation(words('figures', 'clock_after'))})(?![\w])", re.I),
        re.compile(rf"^\s?(?:{alternation(words('figures', 'reading_time_after'))})(?![\w])", re.I),
        words("figures", "change_words"),
        verbs,
        re.compile(rf"(?<![\w])(?:{alternation(verbs)})\s+$", re.IGNORECASE),
        re.compile(
            rf"(?<![\w])(?:{alternation(words('figures', 'tally_subjects'))})(?![\w])", re.I
        ),
        {k.casefold(): str(v) for k, v in mapping("figures", "weight_currencies").items()},
        re.compile(
            rf"\s+of\s+(?!(?:{alternation(words('figures', 'money_of'))})(?![\w’'-]))[a-z]", re.I
        ),
        words("figures", "counts_stop"),
    )


vocabulary = derived(_build)
_CLAUSE_START = re.compile(r"[.;:!?,—–(]")


def _bound_by_verb(text: str, n: Number, v: _Words) -> tuple[Qualifier, int] | None:
    """The qualifier a verb of passing or nearing right before a number gives it, and where
    the verb starts, when what passes it is a level: a sum or a share ("sales topped $5
    billion") or a running count named earlier in its clause ("the death toll has crossed
    5,000", "cases are nearing 1,000"); None otherwise ("the convoy crossed two bridges",
    "he approached two officers": things or people met, not a level)."""
    verb = v.verb_before.search(text, 0, n.start)
    if verb is None:
        return None
    head = text[: verb.start()]
    clause = head[max((m.end() for m in _CLAUSE_START.finditer(head)), default=0) :]
    if n.unit_kind not in ("money", "share") and not v.tally.search(clause):
        return None
    return v.qualifier_verbs[" ".join(verb.group(0).split()).casefold()], verb.start()


_CLOCK = re.compile(r"^\d{1,2}:\d\d(?!\d)")
"""A clock time written with a colon ("9:00"); "8.30" is one only before "am", "pm"..."""
_TWENTY_FOUR_HOUR = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")
_HOURS = re.compile(r"^\s+hours\b", re.IGNORECASE)
"""A time on the 24-hour clock as armies and officials give it: "at 1700 hours" (four digits,
no thousands comma)."""
_ORDINAL = re.compile(r"^(?:st|nd|rd|th)(?![a-z])", re.IGNORECASE)
_GLUED = re.compile(r"^(?:%|°\s?[CFcf]\b|[A-Za-z²]+(?:/[A-Za-z]+(?![\w/]))?)(?P<more>[\w]?)")
"""Letters (or % or °C) glued to a number: a unit ("10km", "16%", a rate "32km/h"), unless
more letters or digits follow ("7C2216" is a code, not 7 °C)."""
_HYPHEN_UNIT = re.compile(r"^-(?P<unit>[A-Za-z]+)(?=-[A-Za-z]|(?![\w-]))")
"""A unit joined to its number: "five-day", "7.5-magnitude", "8-metre-deep"."""
_WORD_BEFORE = re.compile(r"(?P<word>[#\w.’'-]+)\s*$")
_NOT_NAMES = (
    {m.casefold() for m in MONTHS}
    | {m[:3].casefold() for m in MONTHS}
    | {"sept", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_CLAUSE_START = re.compile(r"(?:^|[.!?:;,\"“‘(—–]\s*)$")
_RANGE_SEP = re.compile(r"^\s*(?:-|–|to|or)\s*$|^\s+and\s+$", re.IGNORECASE)
_COUNTED_NEXT = re.compile(
    r"\s+(?!(?:of|in|on|at|to|by|and|or|from|high|deep|long|wide|tall)\b)[A-Za-z]"
)
_UNIT_PREFIX = re.compile(r"(?P<unit>[A-Za-z]+)-$")
_AGES_RANGE = re.compile(r"(?:aged|ages(?:\s+of)?)\s+\d+\s*(?:and|to|-|–)\s*$", re.IGNORECASE)
_AGE_CHANGED = re.compile(
    r"\bages?\b[^.;:,\d]{0,30}?\s(?:from\s+\d+\s+to|from|to)\s+$", re.IGNORECASE
)
"""Before the ages an age is changed from and to: "raise the retirement age from 62 to 64",
"the pension age being raised to 64", "the voting age by two years to 18"."""
_AGES_LIST = re.compile(
    r"(?:aged|ages(?:\s+of)?)\s+(?P<items>(?:[\w-]+\s*(?:,\s*(?:and\s+)?|and\s+|to\s+|[-–]\s*))+)$",
    re.IGNORECASE,
)
"""Before the later items of a list of ages: "aged six, seven and nine", "ages 4, 6 and 9"."""
_AGE_LIST_END = re.compile(r"^\s*(?:[,.;:)—–]|$|(?:and|or|were|was|are|is|years?|months?)\b)", re.I)
"""After the last item of a list of ages: nothing a counted noun would stand in ("aged 30,
and two women were arrested": "two women" is a count)."""
_RANGE_TO = re.compile(r"^\s*(?:to|-|–|or|and)\s*(?:\d+|[a-z]+(?:-[a-z]+)?)", re.IGNORECASE)
"""The end of a range after its first number: "8 to 12 years old" is a range of ages."""
_PER_TIME = re.compile(r"\s+(?:per|an|a|every|each)\s+(?P<per>hour|minute|second|day)\b", re.I)
"""After a distance: the time it is covered in, which makes it a speed ("10 cm every hour")."""
_PER = {"hour": "h", "minute": "min", "second": "s", "day": "day"}
_SPEED_UNITS = {("mi", "h"): "mph"}
"""Speeds recorded under their usual names ("km/h" is a distance over "h" already)."""
_LEADING_ZERO = re.compile(r"0\d")
"""A number written with a leading zero ("002", "01/07", "(04521)"): a code, a stock ticker, a
page's numbering or a part of a date, never a count."""
_NUMERIC_DATE = re.compile(
    r"(?<![\w.,/-])(?:\d{1,2}(?P<s>[-/.])\d{1,2}(?P=s)(?:19|20)\d\d"
    r"|(?:19|20)\d\d(?P<t>[-/.])\d{1,2}(?P=t)\d{1,2})(?![\w/-]|[.,]\d)"
)
"""A date written in digits with its year ("4-5-2023", "12/03/2024", "2024-09-11"): a date, not
quantities (which of day and month comes first does not matter here)."""
_AGE_AT = re.compile(r"(?:^|[.;:—]\s*)at\s+$", re.IGNORECASE)
"""Before "N," at a clause's start: "At 73, he is the oldest..." is an age."""
_AGE_DECADE = re.compile(
    r"\bin\s+(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[-\s]+)?$", re.IGNORECASE
)
_DECADE_END = re.compile(r"^['’]?s\b")
"""Around the decade of a life that holds an age: "one in her 40’s", "two in their early
30's" (no count of the forties, as "in their 20s" is none)."""
_NET = re.compile(r"\bnet[\s-]+$", re.IGNORECASE)
_AGE_CLOSED = re.compile(r"^\s*(?:[,.;:)—–]|\s-\s|$)")
"""After an age set off in a sentence: a comma, a bracket, a dash or its end."""
CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
"""A capital letter that may open a name, in English or in the Latin letters of other
languages ("Özdemir", "İmamoğlu", "Łukasz", "Šimon"): the names of people and places that
news in English prints with their own letters."""
_NAMED_AGES = re.compile(
    rf"{CAPITAL}[\w’'.-]*,\s*\d{{1,3}},\s*(?:and\s+)?(?:{CAPITAL}[\w’'.-]*\s+){{1,3}}"
    rf"{CAPITAL}[\w’'.-]*,\s*$"
)
"""Before the later ages of a list of people named with theirs, given name and surname: "Ana
Ruiz, 37, and Luis Gil, 52." or "..., and Wataru Tatewaki, 39 — all crew members" (the last
age closed by the sentence's end or a dash, not a comma). A place's one word is a tally's
("Kyiv, 12, and Lviv, 3.")."""
_WHO_IS = re.compile(r"\bwho\s+(?:is|was)\s+(?:now\s+|only\s+|just\s+|still\s+)?$", re.I)
"""Before a person's age told in a relative clause: "the driver, who was 58, died", "a lady
who is now 72." (no noun after it: "who was one of 12 jurors" counts)."""
_AGE_STATISTIC = re.compile(
    r"\b(?:average|median|mean)\s+age\b[^.;:!?\d]{0,60}?\b(?:is|was|stood\s+at|of)\s+$", re.I
)
"""Before the average of ages: "the median age of those infected is 77", "with an average
age of 34"."""
AGE_LIMIT = 120
"""No one's age is more."""


def _person_bracket() -> re.Pattern[str]:
    nouns = alternation(words("figures", "bracketed_age_nouns"))
    return re.compile(
        rf"(?<![\w-])(?:{nouns})\s*\(\s*(?:\d{{1,3}}\s*(?:and|,|&)\s*)?$", re.IGNORECASE
    )


_PERSON_BRACKET = derived(_person_bracket)
"""Before a number in brackets after a word for one person or a couple ("a woman (45)",
"their son (56)", "an elderly couple (81 and 77)"): British and European papers give
ages so."""
_BRACKET_AGE_END = re.compile(r"^\s*(?:\)|(?:and|,|&)\s*\d{1,3}\s*\))")
_WORD_NEXT = re.compile(r"\s+([A-Za-z]+)")
_NAME_BEFORE = re.compile(rf"{CAPITAL}[\w’'-]*\s+$")
"""Around "zero": before it in "net zero", the name of a target ("net zero emissions"), or a
capitalised word whose name it ends ("Ground Zero"); after it, the noun it counts ("zero
deaths"), without which it is a value ("written down to zero", "fell to zero on Monday",
"zero in on"; a word that ends what a figure counts, ``counts_stop``), not a count."""
_NAME_COMMA = re.compile(rf"{CAPITAL}[\w’'.-]*,\s*$")
"""A capitalised word and a comma before a number set off by commas: a person's age after
the name ("Ana Ruiz, 37, said")."""
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_NAMED_CODE = re.compile(r"[A-Z][\w]*\s+\d+-$")
_A_MODEL = re.compile(r"(?<![\w’'])[Aa]n?\s+(?:[\w’']+-[\w’'-]+\s+)*$")
"""Before a number in digits that names a model: "a" (perhaps with hyphened words between,
"a near-new"), which no count of more than one takes ("a 737 MAX 9 jet"); "a record 50"
and "an estimated 300" are counts, "a 7.7-magnitude quake", "a 5-4 vote" measures."""
_A_MODEL_AFTER = re.compile(r"\s+[A-Za-z]")
_IDENTIFIER_LIST = re.compile(
    r"(?<![\w’'])(?P<word>[A-Za-z]+)s(?:\s+(?:like|including|such\s+as))?\s+"
    r"(?P<items>(?:\d+[A-Za-z]?(?:\s*\([^()]{0,120}\))?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*))*)$"
)
_LIST_NEXT = re.compile(r"\s*(?:\([^()]{0,120}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)\d")
"""Before a number in a list after the plural of a word that makes a number an identifier
("sections 302 and 304", "Articles 5, 6 and 7", "flights 11 and 175"), perhaps with what
each number means in brackets ("sections 153 (negligence), 154 and 175"). A number alone
after such a word is no list ("an index that tracks 30 stocks"); :data:`_LIST_NEXT` is the
rest of a list after its first number."""
_POSSESSIVE = re.compile(r"['’]s$")
_COUNTED_NEXT_LOWER = re.compile(r"\s+[a-z]")
"""After a number that follows a possessive, a noun it counts: "Iran's 270 missiles" (not
"Boeing's 737 MAX")."""
_SUBSECTION = re.compile(
    r"(?P<word>[\w.]+)\s+\d+[A-Za-z]?(?:\s*\(\s*\w{1,4}\s*\)(?:\s*(?:,|and|or|to)\s*)?)*"
    r"\s*\(\s*$"
)
"""Before a number in brackets that numbers a part of what an identifier names: "Section
170 (4) and (5)", "Article 5(2)"."""


_AND_REST = re.compile(r"(?:\s+and)?\s+(?P<rest>[a-z]+(?:-[a-z]+)?)(?![\w-])", re.IGNORECASE)
"""After "three hundred": the tens and ones that end the number ("and sixty-one")."""


def _under_a_hundred(word: str, v: _Words) -> bool:
    parts = word.casefold().split("-")
    return all(p in v.word_numbers for p in parts) and 0 < _value(word, v) < 100


def _value(raw: str, v: _Words) -> float:
    low = " ".join(raw.casefold().split())
    if low in v.word_numbers:
        return v.word_numbers[low]
    if "-" in low and all(part in v.word_numbers for part in low.split("-")):
        return sum(v.word_numbers[part] for part in low.split("-"))
    return float(low.replace(",", ""))


def _unit(text: str, end: int, v: _Words) -> tuple[str, str, int] | None:
    """(unit, the kind it measures, where it ends) right after a number; None when letters
    glued to the number make it a code ("5G", "1990s")."""
    rest = text[end:]
    glued = _GLUED.match(rest)
    if glued:
        if glued.group("more"):
            return None
        token = glued.group(0).replace(" ", "").casefold()
        if token in v.units:
            unit, kind = v.units[token]
            return unit, kind, end + glued.end()
        if token.startswith("°"):
            return token.upper(), "temperature", end + glued.end()
        return None
    hyphen = _HYPHEN_UNIT.match(rest)
    if hyphen:
        word = hyphen.group("unit").casefold()
        for candidate in (word, word + "s"):
            if candidate in v.units:
                unit, kind = v.units[candidate]
                return unit, kind, end + hyphen.end()
            if candidate in v.hyphen_units:  # "a 12-member jury", "the 450-seat house"
                kind, after = v.hyphen_units[candidate], end + hyphen.end()
                if kind == "people" and v.seat_bodies.match(text, after):
                    kind = "seats"  # "the 300-member assembly": its seats
                return "", kind, after
            if candidate in v.hyphen_sizes and v.people_bodies.match(text, end + hyphen.end()):
                return "", "people", end + hyphen.end()  # "a 40-strong team": its head-count
        if text[end - 1 : end].isdigit() and word not in v.scales:
            return "", "count", end + hyphen.end()  # "a 30-storey block", "a 106-page report"
        return None  # "a seven-storey building", "a three-judge panel": an adjective
    spaced = v.unit_after.match(rest)
    if spaced:
        word = spaced.group("unit").casefold()
        if word in v.weight_currencies and v.goods_of.match(text, end + spaced.end()):
            return v.weight_currencies[word], "weight", end + spaced.end()  # "pounds of meat"
        if word in v.currency_after:
            return v.currency_after[word], "money", end + spaced.end()
        if word in v.hundredths:
            return v.hundredths[word], "money", end + spaced.end()  # "49 cents": 0.49 dollars
        unit, kind = v.units[word]
        return unit, kind, end + spaced.end()
    named = _named_currency(rest, v)
    if named is not None:
        return named[0], "money", end + named[1]
    return "", "", end


_OF_A_SPAN = re.compile(r"\s+(?:of\s+)?(?:an?\s+)?(?P<span>century|decade)\b", re.IGNORECASE)
"""After a fraction, the span of years it is a part of: "a quarter of a century", "half a
decade", "nearly a quarter century"."""
_SPAN_YEARS = {"century": 100, "decade": 10}
"""The years of a span a fraction is a part of, as a reader counts them."""


_ADJECTIVE_BEFORE = re.compile(r"^\s+(?P<adj>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?=[a-z])")
"""One or two capitalised words right after a number, before a lower-case word: the
adjective of "5 million Sudanese pounds" (see ``_named_currency``)."""


@cache
def state_adjectives() -> frozenset[str]:
    """The adjectives of the states the shipped gazetteer knows, in lower case ("sudanese",
    "zambian", "chinese")."""
    return frozenset(a.casefold() for a in shipped_gazetteer().adjectives)


def _named_currency(rest: str, v: _Words) -> tuple[str, int] | None:
    """A currency named by a state's adjective and a currency word that no table names
    together ("5 million Sudanese pounds", "200 Zambian kwacha"), right after a number:
    the words as written, as the unit (the adjective says which pound or dollar it is),
    and where they end. None when the words are not such a currency."""
    adjective = _ADJECTIVE_BEFORE.match(rest)
    if adjective is None or adjective.group("adj").casefold() not in state_adjectives():
        return None
    at = adjective.end("adj")
    word = v.unit_after.match(rest[at:])
    if word is None or word.group("unit").casefold() not in v.currency_after:
        return None
    return f"{adjective.group('adj')} {word.group('unit')}", at + word.end()


def _not_a_count(raw: str, before: str, rest: str, v: _Words) -> bool:
    """Whether "zero" names no count: a target ("net zero"), a name ("Ground Zero") or a
    value with no noun after it to count ("fell to zero on Monday", "zero in on")."""
    after = _WORD_NEXT.match(rest)
    return (
        bool(_NET.search(before))
        or (raw[:1].isupper() and bool(_NAME_BEFORE.search(before)))
        or after is None
        or after.group(1).casefold() in v.counts_stop
    )


def _told_age(before: str, rest: str) -> bool:
    """Whether a number of digits between ``before`` and ``rest`` is a person's age told
    without "aged" or "-year-old" (see ``_NAMED_AGES``, ``_WHO_IS``, ``_AGE_STATISTIC``,
    ``_PERSON_BRACKET``)."""
    if _AGE_CLOSED.match(rest) and (_NAMED_AGES.search(before) or _WHO_IS.search(before)):
        return True
    if _AGE_STATISTIC.search(before[-90:]):
        return True
    return bool(_PERSON_BRACKET().search(before[-40:]) and _BRACKET_AGE_END.match(rest))


def _not_a_quantity(
    text: str, start: int, end: int, v: _Words, dates: Sequence[tuple[int, int]]
) -> bool:
    """A clock time, a date, an ordinal, an age or an identifier (see the module's docstring)."""
    if any(a <= start < b or a < end <= b for a, b in dates):
        return True
    raw, before, rest = text[start:end], text[:start], text[end:]
    digits = raw[:1].isdigit()
    if digits and (_CLOCK.match(text[start:]) or v.clock_after.match(rest)):
        return True
    if v.reading_time_after.match(rest):
        return True  # "2 min read": how long a byline says the article takes to read
    if _TWENTY_FOUR_HOUR.match(raw) and _HOURS.match(rest):
        return True  # "from 1700 hours IST": a clock time
    if _ORDINAL.match(rest) or v.age_after.match(rest) or v.age_before.search(before):
        return True
    if _AGES_RANGE.search(before) or _AGE_CHANGED.search(before[-60:]):
        return True  # "between the ages of 27 and 74", "ages 35 and 26", "age from 62 to 64"
    if digits and _LEADING_ZERO.match(raw):
        return True  # "002", "(04521)": a code or a part of a date
    ages = _AGES_LIST.search(before)
    if ages and _AGE_LIST_END.match(rest) and all(_is_number(w, v) for w in _items(ages)):
        return True  # "aged six, seven and nine"
    to = _RANGE_TO.match(rest)
    if (
        to
        and _is_number(to.group(0).split()[-1].lstrip("-–"), v)
        and v.age_after.match(rest[to.end() :])
    ):
        return True  # "8 to 12 years old": the first age of a range
    if raw.casefold() == "zero" and _not_a_count(raw, before, rest, v):
        return True  # "net zero emissions", "valued at zero": a target, a value, no count
    if digits and _DECADE_END.match(rest) and _AGE_DECADE.search(before):
        return True  # "one in her 40’s": the decade of her age
    if digits and _AGE_AT.search(before) and re.match(r"^\s*,", rest):
        return True  # "At 73, he is the oldest..."
    if digits and _NAME_COMMA.search(before) and re.match(r"^\s*,", rest):
        return True  # "Hiroyuki Hamatani, 53, said": an age after a name
    if digits and raw.isdigit() and int(raw) <= AGE_LIMIT and _told_age(before, rest):
        return True  # "..., and Luis Gil, 52.", "who is now 72,", "a woman (45)"
    listed = _IDENTIFIER_LIST.search(before[-300:])
    if (
        listed
        and listed.group("word").casefold() in v.identifier_before
        and (listed.group("items") or _LIST_NEXT.match(rest))
        and not _has_unit(text, end, v)  # "water levels 2 metres higher": a measure
    ):
        return True  # "under sections 302 and 304 (murder)": the numbers of a code's parts
    part = _SUBSECTION.search(before) if re.match(r"\s*\)", rest) else None
    if part and part.group("word").casefold().rstrip(".") in v.identifier_before:
        return True  # "Section 170 (4)": a subsection, not a quantity
    return _named(text, start, end, v)


def _named(text: str, start: int, end: int, v: _Words) -> bool:
    """Whether the number from ``start`` to ``end`` numbers what it names (an identifier, a
    model: see the module's docstring) by the words around it."""
    before, digits = text[:start], text[start : start + 1].isdigit()
    if (
        _A_MODEL.search(before)
        and re.fullmatch(r"\d+", text[start:end])
        and _A_MODEL_AFTER.match(text, end)
        and not _has_unit(text, end, v)
    ):
        return True  # "a 737 MAX 9 jet", "a near-new 747 freighter"
    word = _WORD_BEFORE.search(before)
    if word is None:
        return False
    w = word.group("word").casefold()
    if w in v.identifier_before or w.rstrip(".") in v.identifier_before:
        return True
    if _NAMED_CODE.search(before):
        return True  # "a Boeing 737-800": the second part of a name's number
    return (
        digits
        and not _has_unit(text, end, v)
        and word.group("word")[:1].isupper()
        and not _CLAUSE_START.search(before[: word.start()])
        and w.rstrip(".") not in _NOT_NAMES
        and w not in v.currency_before
        and not (_POSSESSIVE.search(w) and _COUNTED_NEXT_LOWER.match(text, end))
    )  # "Microsoft 365", "Boeing 737": a name's number; "Iran's 270 missiles" a count


_NAME_NUMBER = re.compile(r"(?<![\w.,/$€£¥-])\d{3,}(?![\w/-]|[.,]\d)")
"""A number of three digits or more, unbroken (no thousands separator, no decimals): the
shape of a model's or a route's number ("737", "5342")."""


def name_numbers(text: str) -> frozenset[str]:
    """The numbers of three digits or more that ``text`` (an article) uses somewhere to name
    something ("Boeing 737", "Flight 5342", "a 737 MAX 9 jet"): written the same elsewhere
    in it ("the 737 MAX", "737 jets") they still name it, never count it. Years are left
    out, and lines in title case, whose capitals name nothing ("Death Toll Rises To 274")."""
    v = vocabulary()
    out = set()
    for line in text.splitlines():
        words = re.findall(r"[A-Za-z][\w’'-]*", line)
        if sum(w[:1].isupper() for w in words) > len(words) / 2:
            continue
        for m in _NAME_NUMBER.finditer(line):
            if not _YEAR.match(m.group(0)) and _named(line, m.start(), m.end(), v):
                out.add(m.group(0))
    return frozenset(out)


def _is_number(word: str, v: _Words) -> bool:
    """Whether a word is a number, in digits or in words ("9", "nine", "twenty-one")."""
    low = word.casefold()
    return low.isdigit() or low in v.word_numbers or _under_a_hundred(low, v)


def _items(ages: re.Match[str]) -> list[str]:
    """The numbers of a list of ages before the one being read."""
    items = re.split(r"[\s,–-]+", ages.group("items"))
    return [w for w in items if w and w.casefold() not in ("and", "to")]


_HUNDREDTH = re.compile(r"\s+([A-Za-z]+)")
"""The word right after a number, which may name a hundredth of a currency ("49 cents")."""
_OF_MONEY = re.compile(r"\s+of\s+(?P<cur>[A-Za-z]+)(?![\w-])")
"""After a vague number, the currency it counts: "billions of dollars", "millions of euros"."""


_OF_UNIT = re.compile(r"\s+of(?=\s)", re.IGNORECASE)
"""Between a vague number and the unit it counts: "hundreds of miles", "thousands of acres"."""


def _weighed(text: str, paid: re.Match[str], v: _Words) -> bool:
    """Whether the currency after a vague number ("hundreds of pounds") is a weight: a word
    that is both ("pounds") before "of" and a noun none of money's ("of cocaine", "of
    debris"), as after a number in digits (``_unit``)."""
    word = paid.group("cur").casefold()
    return word in v.weight_currencies and bool(v.goods_of.match(text, paid.end()))


def _vague_unit(text: str, m: re.Match[str], v: _Words) -> tuple[str, str, int] | None:
    """The unit a vague number is of, its kind and where it ends: a currency or a unit of
    measure right after a scale ("half a billion dollars", "several million euros", "several
    hundred metres") or after "of" ("hundreds of miles", "tens of thousands of hectares"), as
    a number in digits takes the unit after it. None when no unit follows ("several hundred
    people", "dozens of people"), or only a capitalised word, a name ("dozens of Miles's
    supporters")."""
    end = m.end()
    if not m.group("vague"):  # "several million euros": a scale, which a unit may follow
        found = _unit(text, end, v)
        if found is not None and found[1]:
            return found
    of = _OF_UNIT.match(text, end)
    if of is None or text[of.end() :].lstrip()[:1].isupper():
        return None  # (not "dozens of Miles's supporters": a name, no unit)
    found = _unit(text, of.end(), v)
    return found if found is not None and found[1] else None


def _has_unit(text: str, end: int, v: _Words) -> bool:
    found = _unit(text, end, v)
    return found is not None and bool(found[1])


def _single(
    text: str,
    m: re.Match[str],
    v: _Words,
    dates: Sequence[tuple[int, int]],
    names: frozenset[str] = frozenset(),
) -> Number | None:
    currency = v.currency_before.get((m.group("cur") or "").casefold(), "")
    if m.group("vague") or m.group("several") or m.group("halfa"):
        if m.group("vague"):
            value = v.vague[" ".join(m.group("vague").casefold().split())]
        elif m.group("halfa"):  # "half a million"
            value = v.scales[m.group("hscale").casefold()] / 2
        else:  # "several hundred", "several hundred thousand"
            value = 2 * v.scales[m.group("vscale").casefold()]
            value *= v.scales[m.group("vscale2").casefold()] if m.group("vscale2") else 1
        unit, kind = (currency, "money") if currency else ("", "")
        end = m.end()
        paid = _OF_MONEY.match(text, end)
        if paid and _weighed(text, paid, v):
            paid = None  # "hundreds of pounds of cocaine": a weight, as "300 pounds of" is
        if not currency and paid and paid.group("cur").casefold() in v.currency_after:
            unit, kind, end = v.currency_after[paid.group("cur").casefold()], "money", paid.end()
        elif not currency and (measured := _vague_unit(text, m, v)) is not None:
            unit, kind, end = measured  # "half a billion dollars", "hundreds of miles"
        said: Qualifier = "exactly" if m.group("halfa") else "at least"
        return Number(m.start(), end, value, None, said, unit, kind, False, 1, m.end())
    if m.group("fraction"):
        value = v.fractions[" ".join(m.group("fraction").casefold().split())]
        span = _OF_A_SPAN.match(text, m.end())
        if span:  # "a quarter of a century": 25 years, "half a decade": 5
            years = value / 100 * _SPAN_YEARS[span.group("span").casefold()]
            return Number(m.start(), span.end(), years, None, "exactly", "years", "duration",
                          False, 1, m.end())  # fmt: skip
        return Number(m.start(), m.end(), value, None, "exactly", "%", "share", False, 1, m.end())
    opens = m.start("cur") if currency else m.start("num")  # "$US12 billion": no "US 12"
    if _not_a_quantity(text, opens, m.end("num"), v, dates):
        return None
    raw = m.group("num")
    if (
        raw in names
        and not (currency or m.group("scale") or m.group("half"))
        and not _has_unit(text, m.end("num"), v)
    ):
        return None  # "the 737 MAX" in an article that names a "Boeing 737"
    value = _value(raw, v) + (
        int(m.group("over")) / int(m.group("under"))
        if m.group("over")
        else 0.5
        if m.group("half")
        else 0
    )  # "three and a half", "2 1/2 miles"
    end = m.end("half") if m.group("half") else m.end("num")
    scale = 1.0
    word = (m.group("scale") or "").casefold()
    if word and (
        word not in _SHORT_SCALES
        or currency
        or (not m.group("space") and _COUNTED_NEXT.match(text, m.end("scale")))
    ):
        scale = v.scales[word]  # "$2.5m", "2.5m people"; but "30m" alone is 30 metres
        end = m.end("scale")
        if m.group("scale2"):  # "two hundred thousand"
            scale *= v.scales[m.group("scale2").casefold()]
            end = m.end("scale2")
    rest = _AND_REST.match(text, end) if scale == 100 and not raw[:1].isdigit() else None
    if rest is not None and _under_a_hundred(rest.group("rest"), v):
        value, scale = value * 100 + _value(rest.group("rest"), v), 1.0  # "three hundred and
        end = rest.end()  # sixty-one"
    number_end = end
    found = _unit(text, end, v)
    if found is None:
        return None
    unit, kind, end = found
    rate = _PER_TIME.match(text, end) if kind == "distance" else None
    if rate:  # "234 km per hour", "10 centimetres every hour": a speed
        per = _PER[rate.group("per").casefold()]
        unit, kind, end = _SPEED_UNITS.get((unit, per), f"{unit}/{per}"), "speed", rate.end()
    prefix = _UNIT_PREFIX.search(text[: m.start()])
    if not kind and prefix and prefix.group("unit").casefold() in v.units:
        unit, kind = v.units[prefix.group("unit").casefold()]  # "a magnitude-7.6 quake"
    if currency:
        unit, kind = currency, "money"
    elif kind == "money" and _HUNDREDTH.match(text, number_end) and scale == 1:
        hundredth = _HUNDREDTH.match(text, number_end)
        if hundredth is not None and hundredth.group(1).casefold() in v.hundredths:
            scale = 0.01  # "shed 2.88 cents": 0.0288 dollars, as a sum in its currency
    year = bool(_YEAR.match(raw)) and not unit and scale == 1
    # a noun joined by a hyphen says what it counts ("the three-party coalition")
    needs_noun = (not raw[:1].isdigit() or year) and not (kind and not unit)
    scaled = value * scale if scale >= 1 else round(value * scale, 10)  # "2.88 cents": 0.0288
    return Number(
        m.start(), end, scaled, None, "exactly", unit, kind, needs_noun, scale, number_end, year,
    )  # fmt: skip


def _ranges(text: str, found: list[Number], v: _Words) -> list[Number]:
    """Join "11,000 to 12,000", "between 10 and 18", "two to three weeks" into ranges; "rose
    from 62 to 95" stays two figures."""
    out: list[Number] = []
    for n in found:
        last = out[-1] if out else None
        between = text[last.number_end : n.start] if last else ""
        if last is None or not _RANGE_SEP.match(between) or last.unit not in ("", n.unit):
            out.append(n)
            continue
        lead = text[: last.start].casefold().split()[-2:]
        if " and " in f" {between.casefold()} " and lead[-1:] != ["between"]:
            out.append(n)
            continue
        if lead[-1:] == ["from"] and lead[:1] and lead[0] in v.change:
            out.append(n)
            continue
        low = last.value * (n.scale if last.scale == 1 else 1)
        if n.value <= low:
            out.append(n)
            continue
        out[-1] = replace(
            last,
            end=n.end,
            value=low,
            high=n.value,
            qualifier="range",
            unit=n.unit,
            unit_kind=n.unit_kind,
            needs_noun=last.needs_noun and n.needs_noun,
            number_end=n.number_end,
        )
    return out


_DIALLED = re.compile(r"(?<![\w.,])\+?\d{1,4}(?:[ .-]\d{2,5}){2,}(?![\w,]|\.\d)")
"""Three or more runs of digits joined by spaces, hyphens or dots: a telephone number ("call
1800 5691 444", "020 7008 5000", "1-800 679 8215"), unless it is one number with its
thousands set apart by spaces ("1 250 000", as French writes it)."""
_THOUSANDS = re.compile(r"\d{1,3}(?: \d{3})+")
_DIALLED_SHORT = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dial(?:s|l?ed|l?ing)?|phon(?:e|es|ed|ing))\s+(?P<num>\d{2,4})"
    r"(?=\s*(?:[^\w\s]|$)|\s+(?:and|or|for|to|from|after|when|while|on|in|at|but|as)\b)",
    re.IGNORECASE,
)
"""A short number after a verb of dialling that counts nothing after it: an emergency or
service line ("called 911", "dial 999 for help")."""


_DOUBLING = re.compile(r"\s+(?:and|upon|on)\s+")
"""Between a vague plural and its repeat: "dozens and dozens", "thousands upon thousands"."""


def _doubled(text: str, first: Number, second: Number, v: _Words) -> bool:
    """Whether ``second`` repeats the vague plural ``first`` for emphasis ("dozens and dozens
    of people", "hundreds and hundreds"): one figure, the plural's, not two."""
    word = text[first.start : first.number_end or first.end].casefold()
    return (
        word in v.vague
        and first.end == (first.number_end or first.end)
        and text[second.start : second.number_end or second.end].casefold() == word
        and bool(_DOUBLING.fullmatch(text, first.end, second.start))
    )


def _dialled(text: str) -> list[tuple[int, int]]:
    """The spans of the telephone numbers in ``text`` (see :data:`_DIALLED`)."""
    long = [m.span() for m in _DIALLED.finditer(text) if not _THOUSANDS.fullmatch(m.group(0))]
    return long + [m.span("num") for m in _DIALLED_SHORT.finditer(text)]


def numbers(
    text: str, dates: Sequence[tuple[int, int]] = (), names: frozenset[str] = frozenset()
) -> list[Number]:
    """Every number in ``text`` that may be a quantity, with its qualifier and unit. ``dates``
    are the spans of the date expressions in it (never quantities), and telephone numbers
    are none either; ``names`` the numbers its article names things by
    (:func:`name_numbers`)."""
    v = vocabulary()
    found: list[Number] = []
    dates = [*dates, *_dialled(text), *(m.span() for m in _NUMERIC_DATE.finditer(text))]
    for m in v.number.finditer(text):
        n = _single(text, m, v, dates, names) if m.group(0).strip() else None
        if n is not None and found and _doubled(text, found[-1], n, v):
            found[-1] = replace(n, start=found[-1].start)  # "dozens and dozens": one figure
        elif n is not None and (not found or n.start >= found[-1].end):  # not "sixty-one" of
            found.append(n)  # "three hundred and sixty-one"
    out = []
    for n in _ranges(text, found, v):
        qualifier, start, end = n.qualifier, n.start, n.end
        if qualifier != "range":
            before = v.qualifier_before.search(text[:start])
            bound = _bound_by_verb(text, n, v) if before is None else None
            if before:
                qualifier = v.qualifiers[" ".join(before.group(0).split()).casefold()]
                start = before.start()
            elif bound:
                qualifier, start = bound
            elif n.qualifier == "exactly":
                after = v.qualifier_after.match(text[end:])
                if after:
                    qualifier = v.qualifiers_after[" ".join(after.group(0).split()).casefold()]
                    end += after.end()
        out.append(replace(n, start=start, end=end, qualifier=qualifier))
    return out
