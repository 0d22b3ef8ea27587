"""Quantities in a sentence: a number (``read/numbers``) and what it counts.

What a figure counts is normalised to a *kind* (deaths, injured, missing, displaced,
detained, troops, cases, money, share, duration, magnitude, distance...) from the words
around the number, by this order of evidence:

1. its unit ("$5bn" is money, "7.5-magnitude" a magnitude, "three days" a duration), unless
   a measuring word before it says more ("at a depth of 10 km"), or a percentage is of
   people voting one way ("voted 71%", "62% of members who cast ballots voted": votes; a
   candidate's "41% of the vote" stays a share);
2. what became of what it counts, said after it ("95 people died", "12 were injured",
   "dozens still missing"; past the ages of those counted, "three girls, aged six and nine,
   were killed"; past the places they come from or are in, "five workers from two firms
   were killed", whose number reads no predicate) or by the counted noun itself ("95
   deaths", "bodies"); a head-count joined
   by "and" to one that this gives a kind takes the same kind ("five children and two adults
   remain in critical condition");
3. a word before it that says the same ("the death toll rose to 95", "killing 23");
4. the counted noun ("3,000 troops", "700 flights", "2,000 people"); for a number that
   counts nothing after it, what "the number of" before it names ("the number of confirmed
   infections rose to 41") or what its state says ("another 500 will be deployed");
5. the kind of the figure just before it in the sentence, when nothing follows it ("500
   troops to bolster the 1,200 already there": the noun is left out), when it is a part
   of it ("95 dead, including 12 children") or the next item of a breakdown whose head
   gave the first item its kind ("the dead included 9 locals, four Belgians and one
   Dane"; not "12 deaths and 40 recoveries", whose first item names its own kind);
6. the kind of the same number given earlier in the article, when "the" or "out of" points
   back to it and it has no noun of its own but a head-count's ("out of the 275, 88 bodies
   have been identified", "the three children have not been named": ``referred_back``);
7. otherwise a plain count ("two brigades").

The counted noun lies past a model's name and number ("200 Boeing 737 Max 9 planes").

In an article about an illness (one that names a disease, an outbreak or an infection several
times: ``about_illness``), patients are its cases: those in care ("1,200 were hospitalised")
unless their sentence names hurt, and those counted as patients or hospital stays
("410 patients were admitted"), whatever became of them (``as_cases``).

A divided vote written as its score ("a 5-4 decision", "the court ruled 6-3") is one figure,
the majority's votes. The members a count of votes is taken out of ("247 votes out of 493
members") are the seats of the house voting.

A duration told in a larger unit and then smaller ones, joined by "and" ("12 years and six
months", "an hour and 30 minutes") is one figure in its larger unit (12.5 years, 1.5 hours).

A number restated in brackets ("thirty-nine (39) people") is one figure, which counts what
follows the brackets.

A number alone in brackets after a person's name ("Jane Doe (34)", and the next items of its
list) is an age, no figure, unless a tally's head names what the brackets count ("The dead
are from Nairobi (17), Homa Bay (3)").

A number written in words, or a bare year, is a figure only when it counts something of a
known kind or has a unit ("two people", "three weeks"; not "the two nations", "one of
them"); a number in words before "of the" and a toll or an outbreak ("Five of the deaths were
in the north", "nine of the injured") is a part of it, a figure of its kind as "5 of the
deaths" would be, and a number after it with its noun left out ("... and four were in the
port") takes that kind by step 5. "two brigades of 6,000 soldiers each" gives both
figures and their product. The lexicon of kinds is ``data/vocabulary/figures.toml``, which
a briefing can extend. The lexicon and the reading of one number's kind:
``read/figure_kinds``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefbook.model import Quantity
from briefbook.read.dates import entry_labels, resolve_dates
from briefbook.read.figure_kinds import (
    BARE_DEGREES,
    COUNT,
    HEADCOUNT,
    MEASURES,
    TALLIED,
    TOLLS,
    Lexicon,
    abbreviated,
    compound_modifier,
    counted,
    elided,
    halves_of_one_group,
    head_count,
    identified,
    kind_of,
    lexicon,
    names_people,
    origin_end,
    own_words,
    runs_into_state,
    tally_kind,
)
from briefbook.read.numbers import CAPITAL, Number, numbers
from briefbook.read.numbers import vocabulary as number_words
from briefbook.vocabulary import alternation, derived, mapping, spaced, words

ARTICLE_DURATIONS = {"decade": (10.0, "years"), "century": (100.0, "years")}
""""a decade" is 10 years (as a reader would count it); "a week" is 1 week."""


def _article_duration() -> re.Pattern[str]:
    governors = alternation(words("figures", "duration_governors"))
    qualifiers = alternation(number_words().qualifiers)
    return re.compile(
        rf"(?<![\w])(?P<lead>(?P<governor>{governors})\s+(?:(?P<qualifier>{qualifiers})\s+)?"
        rf"|(?P<alone>{qualifiers})\s+)(?P<a>an?)\s+"
        rf"(?:(?:{alternation(words('figures', 'one_span_words'))})\s+)?"
        r"(?P<unit>second|minute|hour|day|week|month|year|decade|century)(?![\w-])(?![’']s)"
        r"(?!(?<!second)(?<!minute)(?<!hour)\s+(?:ago|later|earlier|or\s+so\s+ago))"
        r"(?!(?<=second)\s+(?!(?:of|or|and\s+an?\s+half|before|after|longer|later|ago)\b)[a-z])",
        re.IGNORECASE,
    )


_ARTICLE_DURATION = derived(_article_duration)
"""One of a unit of time after a word that governs it as a length (``duration_governors``:
"for a week", "within a second", "in an hour", "could take a month"), perhaps with a
qualifier between ("for at least a month") or after a qualifier alone ("up to a year",
"nearly a decade"), and perhaps a word that leaves it one (``one_span_words``: "an entire
day", "within a single week"); "a week's" is a date's or a worth's ("in a week's time", "a
year's worth of rain"). "a second" before the noun it orders is an ordinal ("for a second
term", "in a second round"). "a second and final term" is one too, "a second and a half" a
length. "a day later", "a week ago" are dates, and so is a span of a day or more counted
from an event with no governing word before it ("around a week after the quake":
``_counted_from``), but a time less than a day before or after an event is its length ("just
over an hour later", as "12 hours later" is)."""
_SUB_DAY = ("second", "minute", "hour")
"""Units of a span that stays a length when counted from an event ("about an hour after
the quake", as "12 hours after" is): the date reader tells days, not hours."""


def _counted_from(m: re.Match[str], unit: str) -> bool:
    """Whether one of a unit of time that ``_ARTICLE_DURATION`` matched is a span counted from
    an event, a date's ("around a week after the quake", "more than a year before the vote",
    ``_TOLD_FROM``), not a length: a day or more, and no word that governs it as a length
    before it ("for a week after the quake", "took a year after the crash" stay lengths;
    "over" alone is the qualifier "more than")."""
    if unit in _SUB_DAY or not _TOLD_FROM.match(m.string, m.end()):
        return False
    governor = m.group("governor")
    return governor is None or governor.casefold() in number_words().qualifiers


def _then_from() -> re.Pattern[str]:
    the = alternation(words("figures", "earlier_value_determiners"))
    return re.compile(
        r"(?P<said>\b(?:up|down|rising|falling)\s+from|\bcompared\s+(?:with|to))\s+"
        rf"(?P<the>(?:{the})\s+)?$|\bfrom\s+(?P<back>(?:{the})\s+)?$",
        re.IGNORECASE,
    )


_THEN_FROM = derived(_then_from)
"""Before a number that gives an earlier value of the figure before it: "202 dead, up from
180", "95 this week compared with 60"; "up from the 31.4 it drew last spring" (after
``earlier_value_determiners``)."""
_FROM = derived(
    lambda: re.compile(
        rf"\bfrom\s+(?:(?:{alternation(number_words().qualifiers)})\s+)?$", re.IGNORECASE
    )
)
"""Before the first value of "from 62 to 95", perhaps hedged by a word of the numbers reader's
(``qualifiers``: "from about 40 to 60", "from just over 40 to 60")."""
_TO = re.compile(r"^\s*(?:\w+\s+)?(?:to|and)\s+$", re.I)
"""Between the two values of "from 62 to 95" (perhaps with a word between: "from 62 on
Monday to 95" is not taken, a date being no number here)."""


def _another_value(
    text: str, previous: Quantity, start: int, base: int, *, bare: bool = True
) -> bool:
    """Whether a number at ``start`` gives another value of the figure ``previous`` ("rose
    from 62 to 95", "202, up from 180"), and so counts what it counts: the link must be the
    pair's own words, not any "to" ("the toll from a 7.7 magnitude quake rose to 1,644" is
    no second magnitude). After "from the" only a ``bare`` number, which names nothing of its
    own ("up from the 31.4 it drew last spring"; not "from the 8 farms")."""
    gap = text[previous.end - base : start]
    then = _THEN_FROM().search(gap)
    if then and (then.group("the") or then.group("back")) and not bare:
        return False  # "from the 8 farms": a noun of its own, no value of the figure
    if then and then.group("said") and not _stopped(text, previous.end - base, start):
        return True  # "up from" links over a clause and past an abbreviation's period
    if then and not re.search(r"[.;!?]", gap):  # a bare "from", near and past no period
        return len(gap.split()) <= 6
    return bool(_TO.match(gap)) and bool(_FROM().search(text[: previous.start - base]))


_STOP = re.compile(r"[;!?]|\.(?!\s+[a-z\d])")
"""A stop that ends a clause or a sentence: a period before a word in lower case or a number
ends neither ("in the U.S. by Monday")."""


def _stopped(text: str, start: int, end: int) -> bool:
    """Whether a stop ends a sentence or a clause in ``text[start:end]``, for "up from" and
    "compared with" only (``_another_value``; a bare "from" crosses no period): a period
    that ``abbreviated`` says ends an abbreviation ("sales in the U.S. fell to 80 by Dec.
    2, down from 95") does not, nor one that a lower-case word or a digit follows
    (``_STOP``)."""
    return any(not abbreviated(text, m.start()) for m in _STOP.finditer(text, start, end))


_GUESS_ADVERBS = r"possibly|perhaps|maybe|potentially|probably|if\s+not"
"""The adverbs that make a number a guess at the count before it (one list for both patterns
below)."""
_ALTERNATIVE = re.compile(
    rf"\s*,?\s*(?:(?:or|and)\s+)?(?:(?:{_GUESS_ADVERBS})\s+)?"
    r"(?:(?:even|rising\s+(?:to|into)|climbing\s+(?:to|into))\s+)?(?:the\s+)?",
    re.I,
)
"""Between a count of what became of people and a higher guess at it, with no noun of its own
("hundreds, possibly even thousands", "dozens, if not hundreds", "in the hundreds,
potentially rising into the thousands", "several hundred dead, maybe close to a thousand,
even thousands"): the guess is of the same toll. A guess needs a word that says so: a bare
comma or "and" joins two counts ("two were killed and 40 more ...")."""
_GUESS_WORD = re.compile(rf"\b(?:{_GUESS_ADVERBS}|even|rising|climbing)\b", re.I)
_PLIGHT_CLAUSE = re.compile(r"[^.;:!?,—–()]*")


def _own_plight(text: str, end: int, ceiling: int, lex: Lexicon) -> bool:
    """Whether the clause of a bare number says a plight of its own that no kind names ("11
    were killed and dozens are still trapped"): a plain count, not one of the count before
    with its noun left out."""
    clause = _PLIGHT_CLAUSE.match(text, end, max(end, ceiling))
    return bool(clause and lex.count_states.search(clause.group(0)))


_CONVERTED = derived(
    lambda: re.compile(
        rf"\s*\(\s*(?:(?:{alternation(list(number_words().qualifiers))})\s+)?", re.IGNORECASE
    )
)
"""Between a measure with its unit and the same measure in another unit, in brackets after
it ("a depth of 10 km (6.2 miles)", "12 inches (30 cm) of rain"), a word of the numbers
reader's that hedges it allowed ("(about 6 miles)")."""
_CONVERTED_END = re.compile(r"\s*\)")
"""The bracket of a measure restated in another unit, closed right after its unit."""
_UNIT_DIMENSION = derived(lambda: {unit: kind for unit, kind in number_words().units.values()})
"""What each unit measures, by its symbol ("km": "distance", "hours": "duration")."""


def _converted(text: str, previous: Quantity, n: Number, base: int) -> bool:
    """Whether ``n`` restates ``previous`` in another unit of the same dimension, alone in
    brackets right after it ("10 km (6.2 miles)"; not "10 km (2 hours' drive away)" nor "(20%
    deeper)")."""
    return (
        bool(n.unit and previous.unit)
        and _UNIT_DIMENSION().get(previous.unit) == n.unit_kind
        and bool(_CONVERTED().fullmatch(text[previous.end - base : n.start]))
        and bool(_CONVERTED_END.match(text, n.end))
    )


_EACH = re.compile(r"\s+of\s+(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<noun>[\w-]+)\s+each\b", re.I)
_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?", re.IGNORECASE)
_OF = re.compile(r"^\s+of\b", re.IGNORECASE)
_OF_THE = re.compile(r"^\s+of\s+(?:the|them|those|these|his|her|its|their|our|us|you|whom)\b", re.I)
_PART_OF_THE = re.compile(
    r"\s+of\s+the\s+(?P<whole>(?:[A-Za-z][\w’'-]*\s+){0,2}?[A-Za-z][\w’'-]*)"
    r"(?=\s+(?:were|was|are|is|have|has|had|remain|remained|who|which|that)\b|\s*[,.;:]|$)",
    re.I,
)
"""After a number in words, the toll or outbreak it is a part of, up to the verb or the
clause's end: "Five of the deaths were ...", "nine of the injured are children"."""


def _part_of_toll(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a number in words at ``end`` counts a part of a toll or an outbreak named right
    after it ("Five of the deaths were in the north", "eight of the cases are children"):
    news gives such a part as a figure, as it would "5 of the deaths"; not "one of the
    parents" or "two of them". A part of a number ("five of the six crew died") is a figure
    whatever follows, as "179 of the 181" is (``quantities``)."""
    part = _PART_OF_THE.match(text, end)
    if part is None:
        return False
    whole = part.group("whole")
    kinds = [lex.noun_kind[m.group(0).casefold()] for m in lex.nouns.finditer(whole)]
    kinds += [lex.state_kind[m.group(0).casefold()] for m in lex.states.finditer(whole)]
    return any(k in lex.events for k in kinds)


_PART_CLAUSE = re.compile(
    r"\s+of\s+(?:them|whom|the\s+(?:[A-Za-z][\w’'-]*\s+){0,2}?[A-Za-z][\w’'-]*)"
    r"(?P<said>\s+(?:were|was|are|is|have|has|had|remain|remained)\b[^,;.!?()—–]*"
    r"|\s+(?:died|drowned|perished|succumbed)\b)",
    re.I,
)
"""After a number in words, a part of a group ("of them", "of whom", "of the soldiers") and
the verb said of that part, up to the clause's end."""


def _part_with_a_fate(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a number in words at ``end`` counts a part of a group that its own verb says
    what became of ("five of them are in critical condition", "Nine of them were declared
    dead", "three of the soldiers died", "two of whom were hospitalised"): news gives such a
    part as a figure of its fate, as it would "5 of them"; not "two of them were minors",
    which says who they are."""
    part = _PART_CLAUSE.match(text, end)
    if part is None:
        return False
    said = part.group("said")
    return any(
        lex.state_kind[m.group(0).casefold()] in lex.events for m in lex.states.finditer(said)
    )


_AND_ALSO = re.compile(
    r"\s*(?:(?:in\s+favou?r\s+of|against|to|for)\s+(?:[\w’'-]+\s+){1,3})?,?\s*and\s+"
    r"(?:(?:to\s+[\w’'-]+\s+)?(?:with|by)\s+)?",
    re.I,
)
"""Between two vote tallies, the second's verb left out: "90 percent to strike and 85
percent against the offer", "a vote of 77 percent and to strike with 81 percent"."""
_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")


_SCORE_SEP = re.compile(r"\s*[-–]\s*")
_SCORE_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
"""Between the two sides of a divided vote told in words: "voted five to four"."""
_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
_VOTED_WORDS = derived(lambda: words("figures", "split_vote_words_before"))
"""The verbs right before a divided vote told in words: "voted five to four" (not "ruled 3
to 0", "split 70 to 30")."""
_VERB_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_VOTE_OF = derived(
    lambda: re.compile(
        rf"(?<![\w-])(?:{'|'.join(spaced(w) for w in words('figures', 'split_vote_words_of'))})"
        r"\s+$",
        re.IGNORECASE,
    )
)
"""Before a divided vote told as its score: "by a vote of four to one"
(``split_vote_words_of``)."""


def _split_vote(text: str, found: Sequence[Number], i: int, lex: Lexicon) -> int | None:
    """Where a divided vote written as its score ("a 5-4 decision", "ruled 6-3") or told as
    one in words after its verb ("voted five to four", "by a vote of four to one": not "rose
    from five to 12") ends, when ``found[i]`` is its first number; None otherwise."""
    if i + 1 >= len(found):
        return None
    a, b = found[i], found[i + 1]
    if a.unit or b.unit or a.value < b.value:
        return None
    after = _WORD_AFTER.match(text, b.number_end)
    verb = _VERB_BEFORE.search(text, 0, a.start)
    voted = bool(verb and verb.group(1).casefold() in lex.split_before)
    if _SCORE_TO.fullmatch(text[a.number_end : b.start]):
        # "voted five to four", "by a vote of 4 to 1": a score in words, told after its vote
        said = verb is not None and verb.group(1).casefold() in _VOTED_WORDS()
        return b.number_end if said or _VOTE_OF().search(text, 0, a.start) else None
    if a.needs_noun or b.needs_noun or not _SCORE_SEP.fullmatch(text[a.number_end : b.start]):
        return None
    if (after and after.group(1).casefold() in lex.split_after) or voted:
        return b.number_end
    return None


_RATIO_EVERY = re.compile(r"\s+(?:out\s+of|in)\s+every\s+", re.I)
_RATIO_ROUND = re.compile(r"\s+(?:out\s+of|in)\s+", re.I)
_RATIO_ONE_IN = re.compile(r"\s+in\s+", re.I)
"""Between "one" and the whole it is one of, whatever the whole: "one in five residents",
"one in three adults" (news writes no other count so: "two in three provinces" may be two
provinces out of three places)."""
ROUND_WHOLES = (10, 100, 1000)
"""The wholes a ratio is told out of with no "every": "nine out of 10 cases", "one in 100"."""


def _ratio(text: str, found: Sequence[Number], i: int) -> int | None:
    """Where a ratio told as "N out of every M" or "N in M" ends ("two out of every five
    patients", "nine out of 10 cases", "one in every three adults"), when ``found[i]`` is its
    first number: a share, N/M of those counted. Without "every", only out of a round whole
    (``ROUND_WHOLES``), or one in any whole ("one in five adults"): "159 out of 400 seats" is a
    part of a count, two figures."""
    if i + 1 >= len(found):
        return None
    a, b = found[i], found[i + 1]
    if a.unit or b.unit or a.high or b.high or b.value <= a.value or a.value <= 0:
        return None
    gap = text[a.end : b.start]
    if _RATIO_EVERY.fullmatch(gap) or (_RATIO_ROUND.fullmatch(gap) and b.value in ROUND_WHOLES):
        return b.end
    if a.value == 1 and _RATIO_ONE_IN.fullmatch(gap):
        return b.end  # "one in five residents": a fifth of them
    return None


def _restated(text: str, found: Sequence[Number], i: int) -> int | None:
    """Where the words after "thirty-nine (39)" start, when ``found[i]`` is a number written
    in words (or figures) restated in brackets right after it; None otherwise."""
    if i + 1 >= len(found) or found[i + 1].value != found[i].value:
        return None
    nxt = found[i + 1]
    if not _OPEN.fullmatch(text[found[i].end : nxt.start]):
        return None
    close = _CLOSE.match(text, nxt.end)
    return close.end() if close else None


_PART_OF = re.compile(
    r"(?:\s+(?:are|were|is|was)\s+(?:[A-Za-z][\w’'-]*\s+){0,2}[A-Za-z][\w’'-]*)?"
    r"\s*[,(–—-]?\s*(?:including|among\s+them|of\s+whom|of\s+which)\s+",
    re.I,
)
"""Between a figure and a part of it that names nothing the lexicon knows: the part is of
the whole's kind ("274 dead, including 33 bystanders"), also past what the figure is said to
be ("of the dead, 18 were tourists, including 11 Danes": the 11 are dead too)."""
_PART_OF_CLAUSE = re.compile(
    r"[^\d.;:!?()\[\]—–]{0,100}?,\s*(?:including|among\s+them)\s+(?:all\s+)?", re.I
)
"""Between a count of what became of people and a part of it that ends the whole's clause,
past the rest of that clause ("15 deaths in the health zone, including four nurses", "88 were
admitted to hospitals after the attack, including four children", "the arrest of 11 people,
including all four gunmen"): the part is of the whole's kind, whatever it names."""
_BREAKDOWN = re.compile(r"(?:\s+[A-Za-z][\w’'-]*){0,4}?\s*:\s*")
"""Between a toll (or another count of what became of people) and the first part of it
after a colon: "at least six people died: two policemen and four civilians" (the next
items take the kind from the first, ``_NEXT_ITEM``)."""
_AMONG = re.compile(
    r"(?<![\w])among\s+(?:the|those|all)\s+(?P<head>[^,;:.!?()—–]{1,60}?)\s*,\s*"
    r"(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|over)\s+)?$",
    re.I,
)
"""A frame that names the whole a figure is a part of, before it: "Among the victims, 9
were children", "Among the 40 fatalities, 11 were tourists"."""


def part_after(between: str) -> bool:
    """Whether the words between two figures make the second a part of the first ("274
    dead, including 33 children"; "20 are foreign nationals, including 18 Chinese")."""
    return _PART_OF.fullmatch(between) is not None


def framed_part(text: str, start: int) -> bool:
    """Whether an "among the ..." frame before a figure makes it a part of a whole ("Among
    the victims, 20 were foreign nationals"): a breakdown, never a rival count of the whole."""
    return _AMONG.search(text, 0, start) is not None


def _frame_kind(text: str, start: int, lex: Lexicon) -> str | None:
    """The kind of the whole an "among the ..." frame names before a figure, or None."""
    frame = _AMONG.search(text, 0, start)
    if frame is None:
        return None
    return _named_kind(frame.group("head"), lex)


def _named_kind(words: str, lex: Lexicon) -> str | None:
    """The first kind (in the lexicon's order) that the nouns or states in ``words`` name,
    a plain head-count left out, or None."""
    found = [lex.noun_kind[m.group(0).casefold()] for m in lex.nouns.finditer(words)]
    found += [lex.state_kind[m.group(0).casefold()] for m in lex.states.finditer(words)]
    known = [k for k in found if k != HEADCOUNT]
    return min(known, key=lex.kinds.index) if known else None


def _among_after() -> re.Pattern[str]:
    tally = alternation(words("figures", "told_nouns"))
    return re.compile(
        r"\s*(?:(?:were|are|was|is|remain|remained)\s+(?:also\s+|reportedly\s+|reported\s+)?)?"
        r"among\s+(?:the\s+|those\s+|all\s+)?"
        rf"(?:(?:[a-z]+\s+)?(?:{tally})\s+of\s+(?:the\s+)?)?"
        r"(?P<whole>(?:[^\s,;:.!?()—–]+\s+){0,4}[^\s,;:.!?()—–]+)",
        re.I,
    )


_AMONG_AFTER = derived(_among_after)
"""After those a figure counts, the whole they are a part of: "three Britons were among the
victims", "two tourists were among at least 45 people killed" (up to five words), past a
figure noun naming a tally of it (``told_nouns``: "six nurses are among the official tally
of 90 hurt")."""


def among_after(text: str, end: int) -> bool:
    """Whether what a figure counts, ending at ``end``, is told right after as a part of a
    whole ("four cases were among the vaccinated", "two tourists were among the dead")."""
    return _AMONG_AFTER().match(text, end) is not None


def _among_kind(text: str, end: int, lex: Lexicon) -> str | None:
    """The kind of the whole that "were among ..." right after a figure's counted words names
    ("were among the victims": deaths; "among those arrested": detained), or None; a plain
    head-count ("among the passengers") names none."""
    among = _AMONG_AFTER().match(text, end)
    if among is None:
        return None
    return _named_kind(among.group("whole"), lex)


_OF_THEM = re.compile(r"\s+of\s+(?P<who>them)\b", re.IGNORECASE)
"""After a figure that is a part of the figure before it, named by who they are: "killing 20
people, 12 of them children" (the 12 are among the dead). Not a part named by what became
of it ("36 cases, with 25 of them in isolation"): that is another count."""


_WHO_OF = frozenset({"whom", "them"})
"""What a part of the figure before it counts when it names no one of its own ("17,000 of
whom", "500 of them"): those the whole counts."""
_AFTER_COMMA = re.compile(r"[^.;:!?()\d]*,\s*(?:(?:about|some|around|nearly|almost|over)\s+)?")
"""Between a whole and a part that follows it in its clause, set off by a comma ("3,000
troops are deployed, 500 of them ...")."""


_SO_WERE = re.compile(
    r"(?:\b(?:and|as)\s+so|,\s*as)\s+(?:were|was|are|is|did|do|does|have|has|had)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|another|more\s+than|at\s+least)\s+)?$",
    re.I,
)
"""Before a figure whose predicate is that of the figure before it, left out: "420,000
residents were evacuated, and so were more than half a million people in the south", "eight
were in critical condition, as were two adults"."""


_PLACE = (
    r"(?:the\s+(?:state|province|region|city|town|county|district)\s+of\s+)?"
    rf"{CAPITAL}[\w’'-]*(?:\s+{CAPITAL}[\w’'-]*){{0,3}}(?:\s*\([^()\d]{{1,30}}\))?"
)
"""A place named after "in" or "from" in a breakdown, perhaps with where it lies in brackets
("the state of Zulia (northwest)", "Homa Bay")."""
_NEXT_ITEM = re.compile(
    rf"(?:\s+(?:in|at|from)\s+(?:{_PLACE}|[^\d,.;:!?()]{{1,40}}?))?"
    r"(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)",
    re.I,
)
"""Between two items of a breakdown ("the dead included 9 locals, 4 Belgians and one Dane";
past the place of the item before, "14 in the north and 1 in the south, as well as four
nurses"):
an item counting nothing the lexicon knows, or a plain head-count, is of the kind of the item
before it when that item took its kind from the breakdown's head (the dead, the injured, the
arrested), not from a noun of its own ("15 deaths and 51 recoveries": no deaths recovered)."""


_PLACED_ITEM = re.compile(rf"\s+(?:each\s+)?(?:from|in)\s+{_PLACE}(?:\s*[,.;]|\s+and\b|\s*$)")
"""After a number in words that names no one, the place it is of, capitalised: an item of a
breakdown by place ("two from Japan and one from England", "one each from France and Peru",
"two in Zulia and one in Aragua"), which counts those the breakdown counts."""


_COORDINATED = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|along\s+with)\s+", re.I)
"""Between two head-counts joined as one subject: "five children and two adults remain in
critical condition" says of both what it says after the second."""


_LIST_COMMA = re.compile(r"\s*,\s*")
_HEDGE = derived(
    lambda: "|".join(spaced(h) for h in sorted(words("figures", "hedges"), key=len, reverse=True))
)
"""An "or" and an adverb of likelihood between two estimates (``hedges``): "300 or even 400
deaths", "50 or perhaps 60 homes"; never after "and"."""
_LIST_LAST = derived(lambda: re.compile(rf"\s*(?:,\s*)?(?:{_HEDGE()}|and|or)\s+|\s*,\s*", re.I))
_PAIR = derived(lambda: re.compile(rf"\s+(?:{_HEDGE()}|and|or)\s+", re.I))


def shared_noun(text: str, out: list[Quantity], base: int) -> None:
    """Give the bare numbers of a list the kind of its last item, whose noun or unit they
    share: "the district reported 408, 362 and 135 confirmed cases" counts cases thrice, "12
    and 15 cases" twice, "5, 10, 15, 20 years" are four durations. The items before the last
    count nothing of their own (no noun, no unit, a plain count); a list of three or more is
    joined by commas and "and" or "or" before the last, a pair only by "and" or "or" ("Of
    the 50, 30 were injured" is no list)."""
    for i in range(len(out) - 1, 0, -1):
        last = out[i]
        if not (last.unit or last.counts) or last.kind == COUNT:
            continue
        j = i
        while j > 0:
            item = out[j - 1]
            between = text[item.end - base : out[j].start - base]
            joiner = _LIST_LAST() if j == i else _LIST_COMMA
            if item.unit or item.counts or item.kind != COUNT or not joiner.fullmatch(between):
                break
            j -= 1
        if i - j == 1 and not _PAIR().fullmatch(text[out[j].end - base : last.start - base]):
            continue
        for k in range(j, i):
            out[k] = replace(out[k], kind=last.kind, unit=last.unit)


def _share_predicate(text: str, base: int, out: list[Quantity], lex: Lexicon) -> None:
    """Give a head-count the kind of the head-count joined to it by "and" when the words
    after the second say what became of both ("three girls and a man were killed"): news
    writes the predicate once, after the last of a coordinated subject. Troops are people
    counted by who they are, as a head-count is (``names_people``). A bare participle the
    second's words run on into ("one woman detained") is said of both only when the two split
    one group (``halves_of_one_group``: "the four men and two women detained") or a verb
    before the first leaves them all in that state ("left three gunmen and one guard dead");
    else it may be said of the second alone ("police questioned 20 witnesses and one suspect
    detained at the scene")."""
    for j in range(len(out) - 1, 0, -1):
        first, second = out[j - 1], out[j]
        if not (
            first.kind in (COUNT, HEADCOUNT, "troops")
            and first.counts
            and not first.unit
            and second.kind in lex.events
            and not second.unit
            and (head_count(first.counts, lex) or names_people(first.counts, lex))
            and (head_count(second.counts, lex) or names_people(second.counts, lex))
            and _COORDINATED.fullmatch(text[first.end - base : second.start - base])
        ):
            continue
        bare = runs_into_state(second.counts, lex)
        if (
            not bare
            or halves_of_one_group(first.counts, second.counts, lex)
            or lex.leaving_verb.search(text, 0, first.start - base)
        ):
            out[j - 1] = replace(first, kind=second.kind)


def _noun_phrase(text: str, n: Number, start: int, counts: str, lex: Lexicon) -> str:
    """What a figure is said to count: the noun phrase of the words read after it
    (``counted``, from ``start``), cut at its head noun ("two dams earlier": dams; "36 hours
    passing": hours, its unit). Words read otherwise (a part's "of them" dropped) stay."""
    unit = text[n.number_end : n.end]
    headed = bool(n.unit) and unit[:1].isspace() and unit.rstrip()[-1:] in ("s", "S")
    phrase, _ = counted(text, start, lex, phrase=True, headed=headed)
    return phrase if counts.startswith(phrase) and (phrase or headed) else counts


_NAMED_AGE = re.compile(
    rf"(?<![\w’'-]){CAPITAL}[\w’']*(?:(?:\s+{CAPITAL}[\w’'-]*)+|-{CAPITAL}[\w’']*)\s*\(\s*$"
)
"""Before a number alone in brackets: a person's name, given name and surname or a
double-barrelled surname ("Jane Doe (34)", "Smith-Jones (51)"), which a bracket gives the
age of when no head of a tally is before it (``tally_kind``; "Nairobi (17)" and "Homa Bay
(3)" under "The dead are from" are a tally)."""
_OUT_OF_HOUSE = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:out\s+)?of\s+(?:the\s+|its\s+)?(?:current\s+|total\s+|full\s+)?",
    re.IGNORECASE,
)
"""Between a count of votes and the head-count it is taken out of, the members of the house
voting, whose number is its seats: "247 votes out of 493 members", "319 votes of support out
of the current 493 legislators"."""
_REFERRED = re.compile(r"(?:\b(?:the|those|these)|\bout\s+of(?:\s+the)?)\s+$", re.IGNORECASE)
"""Before a number that points back to a figure given earlier: "the 275", "out of 275", "55
of the 67 people"."""
_PARTICIPLE = re.compile(r"^[a-z]+ed\b")
"""What a number pointing back is said of, when no noun follows it: "the 1,002 announced
hours earlier", "the 88 reported on Monday"."""


def referred_back(
    found: Sequence[Quantity], text: str, base: int, earlier: Mapping[float, str]
) -> list[Quantity]:
    """The quantities of a sentence (``text``, at ``base``) with those that point back to a
    figure the article gave earlier made of its kind: a number after "the" or "out of" with
    no noun of its own or only a head-count's ("out of the 275, 88 bodies have been
    identified", "the three children have not been named") is the toll, arrests or cases
    of the same number before it. ``earlier`` maps the values given so far to their kinds
    (:func:`remember`)."""
    out = []
    for q in found:
        kind = earlier.get(q.value)
        if (
            kind is not None
            and q.kind in (COUNT, HEADCOUNT)
            and not q.unit
            and (q.kind == HEADCOUNT or not q.counts or _PARTICIPLE.match(q.counts))
            and _REFERRED.search(text[: q.start - base])
        ):
            q = replace(q, kind=kind)
        out.append(q)
    return out


def remember(found: Sequence[Quantity], earlier: dict[float, str]) -> None:
    """Add to ``earlier`` the values of the counts of a known kind among ``found`` (not a
    plain count or head-count, nor a measure with its unit), for :func:`referred_back`."""
    for q in found:
        if q.kind not in (COUNT, HEADCOUNT) and not q.unit and q.kind not in MEASURES:
            earlier[q.value] = q.kind


def _fraction_of_one(n: Number) -> bool:
    """Whether ``n`` is a number with decimals and no unit or scale ("6.3", not "6.3 million",
    "6.3%" or "6.3 km"): no count of people or things, which are whole."""
    return not n.unit and n.scale == 1 and n.value != int(n.value)


def _fraction_kind(previous: Quantity | None, counts: str) -> str:
    """The kind of a number with decimals that was read as counting people or things: another
    value of the measure before it in its sentence, when it counts nothing of its own ("the
    quake had a magnitude of 8.8, while the institute recorded it at 8.7"), else a plain count
    ("a quake measuring 6.3 killed 2,000 people" gives no toll of 6.3)."""
    if previous is not None and previous.kind in MEASURES and not previous.unit and not counts:
        return previous.kind
    return COUNT


_TYPED_DASH = re.compile(r"(?<![-\s])--(?![-\s])|(?<=\s)--(?!-)|(?<!-)--(?=\s)")
"""A dash typed as two hyphens, as wire copy and plain-text pages write one ("five
people--two boys and three girls--were rescued", "the toll -- 40 -- rose"): an em dash."""


def _as_dash(m: re.Match[str]) -> str:
    """The em dash a typed one stands for, spaced within its two characters' room, so that
    every offset stays: "a--b" reads "a —b", " -- " reads " —  "."""
    before = m.string[m.start() - 1 : m.start()]
    return "— " if before.isspace() else " —"


def quantities(
    text: str,
    base: int = 0,
    dates: Sequence[tuple[int, int]] | None = None,
    names: frozenset[str] = frozenset(),
) -> list[Quantity]:
    """Every quantity in ``text`` (offsets shifted by ``base``). ``dates`` are the spans of
    its date expressions, relative to ``text`` (found here when not given); ``names`` the
    numbers its article names things by (``read/numbers.name_numbers``). A dash typed as two
    hyphens (``_TYPED_DASH``) is read as the dash it stands for; each figure's text is still
    the article's own words."""
    if "--" not in text:
        return _quantities(text, base, dates, names)
    read = _TYPED_DASH.sub(_as_dash, text)
    found = _quantities(read, base, dates, names)
    return [replace(q, text=text[q.start - base : q.end - base]) for q in found]


def _quantities(
    text: str,
    base: int,
    dates: Sequence[tuple[int, int]] | None,
    names: frozenset[str],
) -> list[Quantity]:
    if dates is None:
        dates = [(d.start, d.end) for d in resolve_dates(text, None)] + entry_labels(text)
    lex = lexicon()
    out: list[Quantity] = []
    each_at: set[int] = set()
    floor = 0
    wholes: set[int] = set()
    found = numbers(text, dates, names)
    echoes: set[int] = set()
    """Where the bracketed restatements of numbers start ("(39)" in "thirty-nine (39)"): one
    figure with the number they restate."""
    aged = False  # a person's age in brackets was read ("Jane Doe (34)")
    origins: set[int] = set()
    """Where the numbers of places or bodies that those the figure before counts come from
    start ("two" of "five workers from two firms were killed"): they read no predicate."""
    for i, n in enumerate(found):
        if n.start in echoes:
            floor = n.end
            continue
        score_end = _split_vote(text, found, i, lex)
        if score_end is not None:  # "a 5-4 ruling": the majority's votes, one figure
            score = text[n.start : score_end]
            out.append(
                Quantity(
                    score, n.value, f"votes in a {score} split", n.qualifier, base + n.start,
                    base + score_end, "votes", "", None,
                )
            )  # fmt: skip
            echoes.add(found[i + 1].start)
            floor = score_end
            continue
        ratio_end = _ratio(text, found, i)
        if ratio_end is not None:  # "two out of every five patients": a share, one figure
            ratio = text[n.start : ratio_end]
            of = found[i + 1]
            out.append(
                Quantity(
                    ratio, round(n.value / of.value * 100, 1), ratio, n.qualifier,
                    base + n.start, base + ratio_end, "share", "%", None,
                )
            )  # fmt: skip
            echoes.add(of.start)
            floor = ratio_end
            continue
        after = next((m for m in found[i + 1 :] if not compound_modifier(text, m.start)), None)
        ceiling = after.start if after is not None else len(text)
        restated = _restated(text, found, i)
        if restated is not None:  # "thirty-nine (39) people died": what follows the brackets
            ceiling = found[i + 2].start if i + 2 < len(found) else len(text)
        whole = i + 1 < len(found) and _OF_WHOLE.fullmatch(text[n.end : found[i + 1].start])
        if whole:  # "179 of the 181 people on board were killed": what the whole counts
            ceiling = found[i + 2].start if i + 2 < len(found) else len(text)
        if (
            n.needs_noun
            and not n.unit
            and (_OF_THE.match(text[n.end :]) or (n.value == 1 and _OF.match(text[n.end :])))
            and (
                n.value == 1
                or (
                    not whole
                    and not _part_of_toll(text, n.end, lex)
                    and not _part_with_a_fate(text, n.end, lex)
                )
            )
        ):  # "five of the six crew died" counts the five, in words as in digits
            floor = n.end
            if whole:  # "nine of the 12 wounded died": the 12 are the wounded, still a whole
                wholes.add(found[i + 1].start)
            continue  # "one of the parents", "two of them": not a count
        counts_start = restated if restated is not None else found[i + 1].end if whole else n.end
        counts, counts_end = counted(text, counts_start, lex, limit=ceiling)
        clause_floor = floor
        label = _noun_phrase(text, n, counts_start, counts, lex)
        beyond = next((m.start for m in found[i + 2 :]), len(text))
        origin = (
            origin_end(text, counts, counts_end, after, beyond, lex)
            if after is not None and after is found[i + 1] and n.start not in origins
            else 0
        )
        if n.start in origins:  # "two firms" of "five workers from two firms were killed"
            counts, counts_end = counted(text, counts_start, lex, phrase=True, limit=ceiling)
            label = counts
            kind = kind_of(text, n, counts, counts_end, floor, counts_end, label)
        elif after is not None and origin:  # "five workers from two firms | were killed"
            origins.add(after.start)
            kind = kind_of(text, n, counts, origin, floor, max(beyond, origin), label)
        elif n.start in wholes:  # the whole of "179 of the 181 people": what it counts alone
            counts, cut = own_words(text, n.end, counts, lex)
            counts_end = cut if cut > n.end else counts_end
            kind = kind_of(text, n, counts, counts_end, n.start, counts_end)
        else:
            kind = kind_of(text, n, counts, counts_end, floor, max(ceiling, counts_end), label)
        if whole:
            wholes.add(found[i + 1].start)
        floor = n.end
        previous = next((q for q in reversed(out) if q.start - base not in origins), None)
        """The figure before, past the numbers of places those it counts come from ("and so
        were 3" after "five workers from two firms were killed" links to the five)."""
        if n.start in origins:
            pass  # "from two firms": where those before come from, no value of theirs
        elif (
            previous is not None
            and previous.kind in MEASURES
            and kind != previous.kind
            and _converted(text, previous, n, base)
        ):
            kind = previous.kind  # "at a depth of 10 km (6.2 miles)": the same depth
        elif (
            kind == "share"
            and previous is not None
            and previous.kind == "votes"
            and previous.unit == n.unit
            and _AND_ALSO.fullmatch(text[previous.end - base : n.start])
        ):
            kind = "votes"  # "90 percent in favour and 85 percent to reject": the verb elided
        elif (
            kind in (COUNT, HEADCOUNT)
            and not n.unit
            and (framed := _frame_kind(text, n.start, lex)) is not None
        ):
            kind = framed  # "among the victims, 9 were children": a part of the victims
        elif (
            kind in (COUNT, HEADCOUNT)
            and not n.unit
            and (among := _among_kind(text, max(n.end, counts_end), lex)) is not None
        ):
            kind = among  # "three Britons were among the victims": a part of the dead
        elif (
            kind in (COUNT, HEADCOUNT)
            and not n.unit
            and previous is not None
            and previous.kind not in (COUNT, HEADCOUNT)
            and not previous.unit
            and (them := _OF_THEM.match(text, n.end)) is not None
            and counts.removeprefix(them.group("who")).strip()
        ):  # "the toll rose to 15, 14 of them civilians": a part of the 15, who are dead
            kind, counts = previous.kind, counts.removeprefix(them.group("who")).strip()
        elif (
            kind == COUNT
            and not n.unit
            and previous is not None
            and previous.kind != COUNT
            and not previous.unit
            and counts.casefold().partition(" ")[0] in _WHO_OF
            and _AFTER_COMMA.fullmatch(text[previous.end - base : n.start])
        ):  # "the 50,000 employees, 17,000 of whom are in Geneva": a part of the 50,000
            kind = previous.kind
        elif (
            kind == HEADCOUNT
            and previous is not None
            and previous.kind == "votes"
            and not previous.unit
            and _OUT_OF_HOUSE.fullmatch(text[previous.end - base : n.start])
        ):
            kind = "seats"  # "319 votes out of the 493 legislators": the house's seats
        elif (
            kind in (COUNT, HEADCOUNT)
            and not n.unit
            and previous is not None
            and previous.kind in lex.events
            and _SO_WERE.search(text[previous.end - base : n.start])
        ):
            kind = previous.kind  # "420,000 were evacuated, and so were 500,000 in Guangdong"
        elif (
            kind == COUNT
            and previous is not None
            and _another_value(
                text, previous, n.start, base, bare=not counts or elided(counts, lex)
            )
        ):
            kind, counts = previous.kind, counts or previous.counts  # "rose from 62 to 95"
        elif (
            kind in (COUNT, HEADCOUNT)
            and not counts
            and not n.unit
            and previous is not None
            and previous.kind in lex.events
            and not previous.unit
            and _ALTERNATIVE.fullmatch(text[previous.end - base : n.start])
            and _GUESS_WORD.search(text[previous.end - base : n.start])
        ):
            kind = previous.kind  # "the toll could reach hundreds, possibly even thousands"
        elif (
            kind in (COUNT, HEADCOUNT)
            and not n.unit
            and previous is not None
            and previous.kind != COUNT
            and (kind == COUNT or previous.kind in lex.events)
            and (
                _PART_OF.fullmatch(text[previous.end - base : n.start])
                or (
                    previous.kind in lex.events
                    and (
                        _BREAKDOWN.fullmatch(text[previous.end - base : n.start])
                        or _PART_OF_CLAUSE.fullmatch(text[previous.end - base : n.start])
                    )
                )
            )
        ):
            kind = previous.kind  # "the toll rose to 274, including 33 children"
        elif (
            (
                kind in (COUNT, HEADCOUNT)
                or (kind is None and (counts or _PLACED_ITEM.match(text, n.end)))
            )  # "... and one Dane", "... and one from England"
            and not n.unit
            and previous is not None
            and previous.kind in lex.events
            and head_count(previous.counts, lex)
            and _NEXT_ITEM.fullmatch(text[previous.end - base : n.start])
        ):
            kind = previous.kind  # "the dead were 9 locals, 4 Belgians and one Dane"
        elif kind == COUNT and not counts and not n.unit and TALLIED.search(text[: n.start]):
            tallied = tally_kind(text, n, lex)
            if (
                tallied is None
                and previous is None
                and (aged or _NAMED_AGE.search(text[: n.start]))
            ):
                aged = True  # and so are the next items of a list ("..., and Rahman (7)")
                continue  # "Jane Doe (34) was arrested": a person's age, in brackets
            kind = tallied or (previous.kind if previous else COUNT)
        elif (
            kind == COUNT
            and (not counts or elided(counts, lex))
            and not n.unit
            and previous is not None
            and not previous.unit
            and previous.kind not in MEASURES
            and not _own_plight(text, n.end, ceiling, lex)
        ):  # "500 troops to bolster the 1,200 already there": the noun is left out; a bare
            # number never stands for a measure ("a 7.2 magnitude quake ... rose to 1,300")
            kind = previous.kind
        if kind is not None and _fraction_of_one(n) and kind not in (*MEASURES, "money", "share"):
            kind = _fraction_kind(previous, counts)  # "a quake measuring 6.3 killed 2,000"
        if kind in TOLLS and identified(text, n, counts_end, clause_floor, ceiling, lex):
            kind = COUNT  # "31 victims have been identified": bodies named, not a toll
        if kind is None:
            continue
        qualifier = "each" if n.start in each_at else n.qualifier
        label = _noun_phrase(text, n, counts_start, counts, lex)  # as read after the "of them"
        end = max(n.end, counts_end)
        out.append(
            Quantity(
                text[n.start : end].strip(),
                n.value,
                label,
                qualifier,
                base + n.start,
                base + end,
                kind,
                "" if kind == "magnitude" and n.unit in BARE_DEGREES else n.unit,
                n.high,
            )
        )
        if restated is not None:
            echoes.add(found[i + 1].start)
        each = _EACH.match(text, counts_end)
        if each:
            each_at.add(each.start("num"))
            per = float(each.group("num").replace(",", ""))
            out.append(
                Quantity(
                    text[n.start : each.end()],
                    n.value * per,
                    f"{each.group('noun')} in total "
                    f"({counts or 'groups'} of {each.group('num')} each)",
                    "total",
                    base + n.start,
                    base + each.end(),
                    kind_of(text, n, each.group("noun"), each.end()) or COUNT,
                    "",
                    None,
                )
            )
    shared_noun(text, out, base)
    _share_predicate(text, base, out, lex)
    for m in _ARTICLE_DURATION().finditer(text):
        unit = m.group("unit").casefold()
        start = m.start("a")
        if any(q.start - base <= start < q.end - base for q in out):
            continue
        if _counted_from(m, unit):
            continue
        lead = m.group("qualifier") or m.group("alone") or m.group("governor")
        qualifier = number_words().qualifiers.get(" ".join(lead.split()).casefold(), "exactly")
        value, plural = ARTICLE_DURATIONS.get(unit, (1.0, unit + "s"))
        out.append(
            Quantity(
                text[start : m.end()], value, plural, qualifier, base + start, base + m.end(),
                "duration", plural, None,
            )
        )  # fmt: skip
    return _compound_durations(sorted(out, key=lambda q: (q.start, -q.end)), text, base)


_DURATION_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)
"""What joins the parts of one duration told in several units: "12 years and six months",
"nine years, six months, and 10 days"."""


_TOLD_FROM = re.compile(r"\s+(?:later|earlier|after|before|ago|on\s+from)\b", re.IGNORECASE)
"""What follows a count of time that tells a day from another ("three months after her
release", "a week later"), after it or as the last word the figure's reading took in. After
a comma, such a count opens a clause of its own and is no part of the duration before it
("served five years, and three months after her release she died"); with "and" alone it
ends the duration ("talks ran for two hours and 15 minutes before the delegates walked out",
"an hour and 45 minutes later": 1.75 hours)."""


_duration_seconds = derived(
    lambda: {k: float(v) for k, v in mapping("figures", "duration_seconds").items()}
)
"""Each unit of time's length in seconds (``duration_seconds``)."""


def _compound_durations(found: list[Quantity], text: str, base: int) -> list[Quantity]:
    """``found`` with each duration told in a larger unit and then smaller ones, joined by
    "and" ("12 years and six months", "an hour and 30 minutes", "nine years, six months and
    10 days"), as one figure in its larger unit (12.5 years, 1.5 hours), to two decimals.
    Each smaller part must be a plain count of its unit, and the last joint an "and": "five
    years, 10 months" or "three days and two days" stay apart."""
    seconds = _duration_seconds()
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        head = found[i]
        parts = [head]
        if (
            head.kind == "duration"
            and head.high is None
            and head.unit in seconds
            and head.text.casefold().rstrip("s").endswith(head.unit.rstrip("s"))
        ):
            for q in found[i + 1 :]:
                last = parts[-1]
                joint = _DURATION_JOINT.fullmatch(text[last.end - base : q.start - base])
                if not (
                    joint
                    and q.kind == "duration"
                    and q.unit in seconds
                    and seconds[q.unit] < seconds[last.unit]
                    and q.qualifier == "exactly"
                    and q.high is None
                ):
                    break
                parts.append(q)
            last = parts[-1]
            told = _TOLD_FROM.match(text, last.end - base) or _TOLD_FROM.search(" " + last.text)
            clause = len(parts) == 2 and "," in text[head.end - base : last.start - base]
            if told and clause:
                parts.pop()  # "served five years, and three months after ...": a clause
            while (
                len(parts) > 1 and "and" not in text[parts[-2].end - base : parts[-1].start - base]
            ):
                parts.pop()  # "five years, 10 months": no "and" closes the list
        if len(parts) == 1:
            out.append(head)
            i += 1
            continue
        value = head.value + sum(q.value * seconds[q.unit] for q in parts[1:]) / seconds[head.unit]
        end = parts[-1].end
        out.append(
            replace(
                head,
                text=text[head.start - base : end - base],
                value=round(value, 2),
                end=end,
            )
        )
        i += len(parts)
    return out


ILLNESS_MENTIONS = 3
"""How many times an article names an illness (``illness_words``) to be about one: a passing
word ("fears of a cholera outbreak" in a flood report) does not make its patients cases."""


def _illness() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?:{alternation(sorted(words('figures', 'illness_words')))})(?![\w-])",
        re.IGNORECASE,
    )


def _hurt() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(sorted(words('figures', 'hurt_stems')))})", re.I)


_illness_words = derived(_illness)
_hurt_words = derived(_hurt)
_patients = derived(lambda: words("figures", "patient_nouns"))


def about_illness(text: str) -> bool:
    """Whether an article (its ``text``) is about an illness: it names a disease, an
    outbreak or an infection at least ``ILLNESS_MENTIONS`` times."""
    return sum(1 for _ in _illness_words().finditer(text)) >= ILLNESS_MENTIONS


def as_cases(found: Sequence[Quantity], text: str) -> list[Quantity]:
    """The quantities of a sentence (``text``) of an article about an illness, with its
    patients counted as cases: those in care ("2,000 were hospitalised", "384 are receiving
    treatment") when the sentence names no hurt (a wound, an injury, a burn), and those its
    counted words call patients or hospital stays ("566 patients were detected", "80,000
    hospitalisations"), whatever became of them ("patients have recovered"). A patient of
    a disease is a case, wherever treated, as the hurt are injured."""
    hurt = bool(_hurt_words().search(text))
    out = []
    for q in found:
        said = {w.casefold() for w in q.counts.split()}
        if not q.unit and (
            (q.kind == "injured" and not hurt)
            or (q.kind in (COUNT, HEADCOUNT) and said & _patients())
        ):
            q = replace(q, kind="cases")
        out.append(q)
    return out


_CASE_NOUNS = frozenset({"case", "cases"})


def other_cases(found: Sequence[Quantity], text: str) -> list[Quantity]:
    """The quantities of a sentence (``text``) of an article not about an illness, with its
    bare "cases" that its sentence ties to no illness made plain counts: court cases,
    criminal cases, the cases a police force opened ("arrested in connection with 555
    cases", "over 150 court cases against him"). A sentence naming an illness keeps them
    ("fears of 30 cholera cases" in a flood report), and so do an outbreak's own words
    ("40 confirmed cases")."""
    if _illness_words().search(text):
        return list(found)
    lex = lexicon()
    return [
        replace(q, kind=COUNT) if q.kind == "cases" and not q.unit and _bare_cases(q, lex) else q
        for q in found
    ]


def _bare_cases(q: Quantity, lex: Lexicon) -> bool:
    """Whether the only nouns the lexicon knows in what ``q`` counts are a bare "cases" (not
    "confirmed cases" or "suspected cases", an outbreak's words)."""
    said = {m.group(0).casefold() for m in lex.nouns.finditer(q.counts)}
    return bool(said) and said <= _CASE_NOUNS
