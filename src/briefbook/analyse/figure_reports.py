"""One figure of one statement as a report, ready to be compared across articles.

A report (``read/figures`` reads the figure) has its kind and unit, its value as an interval
its qualifier allows ("about", "at least"...), its claimant and its *speaker* (who gives it:
the claimant, or the outlet whose own voice it is, ``analyse/speakers``), the day it holds
for (*as of*: a recent date in its clause or fronted as its sentence's frame, "As of
Friday, ...", "On Sunday, officials said ...", also at the head of a clause after a
semicolon and however long before its article ("...; last Thursday, officials reported
six cases": the day the count was given), though a past month or year in the figure's own
clause outweighs a fronted day ("On Monday, ..., against 281 in all of 2022"), or, for a
toll told by a participle, in the clause of its event ("the quake struck on Monday, killing
48"), as for any figure in a clause of time after it ("halted on
Friday, after they fell 66%"), for a running count the day its attribution after its clause
names ("..., the institute said on Monday": the day it was given), else its article's date,
but none when its clause counts back an unknown time ("more than a decade ago"); a measure
of an event with no date or place of its own takes the one a few statements before), its
*subject* (the places named in its clause, or a state named by its adjective before a kind of
place: "in seven Freedonian provinces"), its *frame* (what has happened, what will, may or is
expected to, or what a rule asks for: ``threshold``), its content words, whether it is a
step of a series ("up from 180", "has climbed to 13", "bodies recovered so far") and, for a
running count, its *span* (the toll so far, or one day's). Which reports are one quantity,
and which disagree, is ``analyse/figures``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefbook.analyse.claims import content_words, name_stems, name_words, projects
from briefbook.analyse.figure_parts import NOT_PARTS, PART, gapped_groups, part_groups, sum_of
from briefbook.analyse.speakers import Voices, second_voice_pattern, voices_of
from briefbook.model import (
    DateExpression,
    FigureReport,
    Kind,
    Quantity,
    ReadCorpus,
    Statement,
)
from briefbook.read.dates import estimated
from briefbook.read.figure_kinds import HEADCOUNT, MEASURES, lexicon
from briefbook.read.figures import among_after, framed_part, part_after
from briefbook.read.gazetteer import shipped_gazetteer
from briefbook.read.numbers import vocabulary as number_words
from briefbook.vocabulary import alternation, derived, mapping, words

NOT_COMPARED = frozenset({"count", "duration"})
"""Kinds never compared: a count of things the lexicon does not know, and durations, which
are of too many different things (a term in office, a trial, a sentence, a period of abuse)
for two of them to be one quantity by their words."""
ABOUT = 0.1
"""How far "about" reaches either side of its value (and "nearly" below it)."""
FOLLOWS = 2
"""A measure of an event (a magnitude...) whose clause names no date and no place, at most
this many statements after one of its kind in the same article, is of the same event: "The
USGS put the magnitude at 5.8." """
NEAR = 5
"""Words either side of a figure (within its clause) that can make it a projection."""
_PRIOR = re.compile(
    r"\b(?:(?:up|down|rising|falling|revised)\s+from\s+(?:an?\s+)?"
    r"|(?:following|after)\s+(?:earlier\s+|initial\s+|first\s+)?reports?\s+of\s+"
    r"(?:about\s+|around\s+|some\s+)?)$",
    re.I,
)
"""Before an earlier value of the figure just given ("202 dead, up from 180"; "10,000 by
December, following reports of 1,500")."""
_FIRST_GIVEN = re.compile(
    r"\b(?:earlier|initially|originally|previously|at\s+first)\s+[a-z]+(?:\s+(?:at|as))?\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|around|some|nearly)\s+)?$",
    re.I,
)
"""Before a first value, given and since revised ("the toll was earlier put at 288, which
the government revised to 275", "officials had initially reported 20 deaths"): a step of
its series, not a rival of the count that replaced it."""
_FIRST_FRONTED = re.compile(
    r"[\s“\"‘']*(?:initially|at\s+first|originally|in\s+(?:its|their|his|her)\s+first\s+"
    r"(?:count|tally|report|estimate))\s*,",
    re.I,
)
"""A sentence opened by a frame saying its figures were first values, since revised
("Initially, the ministry reported nine deaths"): steps of their series, as "had initially
reported" is."""
_MARGIN = re.compile(
    r"\bby\s+(?:a\s+(?:margin|majority)\s+of\s+)?"
    r"(?:(?:just|only|some|about|around|nearly|almost|barely|more\s+than|fewer\s+than)\s+)?$",
    re.I,
)
"""Before a count of votes that is a margin ("rejected by just nine votes", "passed by a
margin of 12"): the difference between two tallies, as an increment is, never a rival of
a tally."""
_ALONE = re.compile(r"(?<!\bnot\s)(?<!\bleft\s)\b\w+\s+alone\b", re.I)
"""In a figure's clause, a place or a period singled out of a whole ("in Paris alone",
"the month of July alone witnessed 109 deaths"): the figure is that part's, never a rival
of the whole's count."""


def _risen() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:has\s+|have\s+|had\s+)?(?:"
        + alternation(words("figures", "change_words"))
        + r")\s+to\s+(?:at\s+least\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$",
        re.IGNORECASE,
    )


risen = derived(_risen)
"""Before a running count given as the step it has just reached ("the toll has climbed to
13"): a value of some hour of a count that moves within the day, never disputed against
another claimant's count of that day."""

recovery = derived(
    lambda: re.compile(rf"\b(?:{alternation(words('figures', 'recovery_words'))})\b", re.IGNORECASE)
)
"""In a running count's clause: the progress of a search ("40 bodies recovered so far"), a
step of a series, never disputed against another count."""


def _searched(clause: str, counts: str) -> bool:
    """Whether a running count's clause tells the progress of a search ("40 bodies recovered
    so far"): not when its only such word is one of identifying and what it counts is a tally
    ("the agency identified only one death", ``identified_tallies``), which is the count."""
    found = {m.group(0).casefold() for m in recovery().finditer(clause)}
    if found and found <= words("figures", "identifying_words"):
        tallies = content_words(" ".join(words("figures", "identified_tallies")))
        return not content_words(counts) & tallies
    return bool(found)


_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b", re.I)
"""A running count in the present perfect with no day ("250 people have been killed", "the
floods have killed 40"): the count so far, not one day's."""
_RELATIVE = re.compile(r"\b(?:after|later|before|earlier|following)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")
"""A date naming the day of the event after it ("Wednesday's quake")."""
RECENT = 3
"""A date in a figure's clause is its as-of date only if it is at most this many days before
its article: an older date is the date of the event counted ("the quake on 1 January")."""


def _episode() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<ordinal>"
        + alternation(words("figures", "episode_ordinals"))
        + r")\s+(?:[a-z]+\s+)?(?:"
        + alternation(words("figures", "episode_nouns"))
        + r")\b",
        re.IGNORECASE,
    )


episode = derived(_episode)
"""In a figure's clause, one of several blows or rounds of an event named by its ordinal
("the second blast", "the first round of voting"): the figure is that one's."""


earlier_event = derived(
    lambda: re.compile(rf"\b(?:{alternation(words('figures', 'earlier_events'))})\b", re.I)
)
"""Words naming another event than the story's ("the previous quake", "another tremor",
"hours later")."""

named_shock = derived(
    lambda: re.compile(
        rf"\bthe\s+((?-i:[A-Z][\w-]+))\s+(?:{alternation(words('figures', 'shock_nouns'))})\b",
        re.I,
    )
)
"""A shock named by its place ("the Izmit quake")."""


def names_another_event(s: Statement, published: str, told: str = "") -> bool:
    """Whether ``s`` names another event than its article's own: a month or year before the
    article's (:func:`past_period`: "the 2015 quake", "in 2015", "last year's quake"), words
    for another one (``earlier_events``: "the previous quake", "a second tremor", "hours
    later"), or a shock named by a place no other sentence of the corpus names (``told``, all
    its statements' text: "the Izmit quake" in a story of a quake elsewhere). A measure given
    with no day in such a sentence may be that event's, never compared as the story's own
    (``analyse/figures``); "the strongest since 2015" says nothing of another event's."""
    return (
        any(past_period(d, published) for d in s.dates if d.relation != "since")
        or earlier_event().search(s.text) is not None
        or any(
            len(re.findall(rf"\b{re.escape(m.group(1))}\b", told))
            <= len(re.findall(rf"\b{re.escape(m.group(1))}\b", s.text))
            for m in named_shock().finditer(s.text)
        )
    )


later_event = derived(
    lambda: re.compile(rf"\b(?:{alternation(words('figures', 'later_events'))})\b", re.I)
)
"""Right before a measure of an event (``LATER_WORDS``), or in what it measures: another
event than the story's ("followed by a 7.5-magnitude quake", "a magnitude 6.1 aftershock"),
never a rival of the main event's measure."""
LATER_WORDS = 4


_QUALIFIED = r"(?:(?:at\s+least|more\s+than|over|just\s+over|about|around)\s+)?"


def _threshold_before() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alternation(words('figures', 'threshold_before'))})\s+"
        rf"(?:(?:the|a|an)\s+)?{_QUALIFIED}$",
        re.IGNORECASE,
    )


def _threshold_after() -> re.Pattern[str]:
    said = alternation(words("figures", "threshold_participles"))
    nouns = alternation(words("figures", "threshold_nouns"))
    return re.compile(
        rf"^(?P<words>(?:\s+[\w’'%-]+){{0,4}}?)\s+(?:"
        rf"(?P<noun>{nouns})\b"
        rf"|(?:(?P<passive>were|was|is|are|be|being)\s+)?(?P<said>{said})"
        rf"(?=\s*$|\s*[.;:)]|\s+(?P<to>to)\b|\s+(?:for|by|under|in\s+order)\b))",
        re.IGNORECASE,
    )


need_words = derived(
    lambda: content_words(
        " ".join(
            w
            for key in ("threshold_before", "threshold_participles", "threshold_nouns")
            for w in words("figures", key)
        )
    )
)
"""The stems of the words that make a figure a threshold: they give its frame, and say
nothing of what the bar is for ("5% needed to enter parliament", "50% needed to win": two
rules, which share only those words and the vote they count)."""
threshold_before = derived(_threshold_before)
threshold_after = derived(_threshold_after)


def threshold(lead: str, tail: str) -> bool:
    """Whether a figure whose clause reads ``lead`` before it and ``tail`` after it is what a
    rule asks for, not a count of what happened: a word of need right before it ("the
    required 50% majority", "a minimum of 288", "needs 247 votes"), a threshold noun after it
    ("the 5% threshold"), or a participle of need after it that governs nothing: "288 were
    needed.", "the 50% needed for victory", "the 288 needed to pass it" ("to" only after
    "the": "a dozen needed to be rescued" is what became of them; "officers needed medical
    treatment" governs its object, and is no threshold)."""
    if threshold_before().search(lead):
        return True
    after = threshold_after().match(tail)
    if after is None:
        return False
    if after["noun"] and after["words"].strip():
        return False  # "the 5% threshold", not "5% of voters met the requirement"
    if after["to"] and not after["passive"]:
        return bool(re.search(r"\bthe\s+" + _QUALIFIED + "$", lead, re.IGNORECASE))
    return True


def _owned() -> re.Pattern[str]:
    verbs = alternation(words("figures", "owner_verbs"))
    return re.compile(
        rf"^\s*(?:,[^,;]{{0,80}}?,?\s+)?(?:(?:has|have|had|was|is|who)\s+)*(?:{verbs})\b"
        rf"(?:\s+[\w’'-]+){{0,6}}?\s*(?:\s+with\s+|\s+at\s+|\s+)"
        rf"(?:[\d,.]+\s+votes\s*\(\s*)?{_QUALIFIED}$",
        re.IGNORECASE,
    )


owned = derived(_owned)
"""Between a named actor and a figure it owns: its verb of winning, perhaps after an aside
("Lee, the party's leader, received 4.1 million votes"; wire copy often leaves out the
aside's closing comma), and a share given in brackets after the count ("won 4.1 million
votes (41%)")."""
_APPOSED = re.compile(r"(?:\bof\s+(?:the\s+)?|\(\s*)$", re.IGNORECASE)
"""Before a name that is part of an aside on the name before it ("Lee, leader of the Union
Party (UP), received ..."): the owner is the name the aside is about."""


def owner(s: Statement, start: int, owners: dict[str, tuple[str, int, int]]) -> str:
    """Who owns a figure at ``start`` (absolute): the named person or body that is the
    subject of its verb of winning ("Lee received 4.1 million votes"), skipping the names of
    an aside on it; "" when none. ``owners`` maps mention ids to the actor each stands for
    and the mention's start and end."""
    before = sorted(
        (at, end, name) for name, at, end in (owners[m] for m in s.mentions if m in owners)
    )
    before = [b for b in before if b[1] <= start]
    for i in range(len(before) - 1, -1, -1):
        if owned().match(s.text[before[i][1] - s.start : start - s.start]):
            while i > 0 and _APPOSED.search(s.text[: before[i][0] - s.start]):
                i -= 1  # "Lee, leader of the Union Party (UP)": Lee
            return before[i][2]
    return ""


def _own_place() -> re.Pattern[str]:
    kinds = alternation(
        [k + "s" for k in words("names", "place_kinds")] + list(words("names", "place_kinds"))
    )
    return re.compile(
        rf"\b(?:in|across|for)\s+(?:their|its|his|her)\s+(?:own\s+)?(?:{kinds})\b", re.I
    )


own_place = derived(_own_place)


def _state_places() -> re.Pattern[str]:
    kinds = alternation(
        [k + "s" for k in words("names", "place_kinds")] + list(words("names", "place_kinds"))
    )
    return re.compile(rf"\b(?P<adjective>[A-Z][a-z]+)\s+(?:{kinds})\b")


state_places = derived(_state_places)
_adjectives = derived(lambda: shipped_gazetteer().adjectives)


def _state_of(adjective: str, voices: Voices) -> str | None:
    """The state an adjective names: the gazetteer's ("Turkish": Turkey), else one of the
    corpus's states by its name's ending ("Freedonian": Freedonia)."""
    return _adjectives().get(adjective) or voices.state_of(adjective)


"""A state's adjective before a kind of place ("seven Turkish provinces", "two Syrian
cities"): the places of that state, a figure's subject as the state's name would be."""
"""A figure of the place its claimant speaks for, unnamed ("three deaths in their regions"):
not of a place named elsewhere, nor of the whole of an unnamed one."""


def _cumulative() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:" + alternation(words("conflicts", "cumulative")) + r")\b", re.IGNORECASE
    )


cumulative = derived(_cumulative)


running_kinds = derived(lambda: words("figures", "running_kinds"))


@dataclass(frozen=True, slots=True)
class Report:
    report: FigureReport
    frame: str
    speaker: str
    """Who gives it: the claimant, or the outlet whose own voice it is."""
    low: float
    high: float
    words: frozenset[str]
    """The content words of its sentence but for names and the figure's own number and unit:
    what it says of what it counts."""
    prior: bool
    """An earlier value given beside the figure ("202 dead, up from 180"), or the progress
    of a search ("40 bodies recovered"): a step of a series, never disputed."""
    near: frozenset[str]
    """The same, in its clause only."""
    span: str = ""
    """For a running count: "total" (so far, since a date, a toll), "day" (what happened on
    the day its clause names), or "" when its clause does not say."""
    local: bool = False
    """Its subject names a place within a state (a city, a region), not only states; or it
    names no place and its speaker's role does (a provincial spokesperson's figure)."""
    outlet: str = ""
    """The outlet of its article (its source id when the outlet is not known): one outlet's
    copies of a day are its own updates, never a dispute between outlets."""
    published: str = ""
    """The day its article was published: when the count was given."""
    side: str = ""
    """The state its speaker speaks for (``analyse/speakers``), or "" when none is known."""
    parts_sum: tuple[float, float] | None = None
    """For a part of a count told in parts ("310 passengers and 14 crew",
    ``analyse/figure_parts``), the values the whole they add up to allows; else None."""
    owner: str = ""
    """The named actor whose figure it is ("Lee received 4.1 million votes": Lee), or "":
    two figures of different owners, or of an owner and none, are never one quantity."""
    group: str = ""
    """For a count of people, the group it counts when its noun names one ("nine civilians",
    "two injured soldiers": civilians, soldiers), "" for everyone ("12 people", "12 deaths",
    no noun): a group's count is a part of the whole toll, never a rival of it."""
    own_day: bool = False
    """Its as-of is its article's day (its clause names no date of its own, and no day that
    cannot be placed is fronted as its frame): two such figures of one article hold for one
    moment, even when the article is undated."""
    facet: str = ""
    """What it measures of its quantity, named right after it: for a count of votes, the
    side of the division ("101 votes in favour": for; "ten abstentions": abstained;
    ``vote_sides``); for a distance, the bearing from its place ("5 miles south of the
    city": south); else "". Figures of different facets are different quantities."""
    faceless: bool = False
    """Its speaker is an unnamed group that names no body or state ("officials said",
    ``officialdom``): two such speakers cannot be told apart."""
    episode: str = ""
    """The ordinal of the blow or round of its event its clause names ("the second blast
    killed 30": second), or "": a figure of one of them is of another quantity than one of
    another, or of the whole event ("40 people were killed")."""
    status: str = ""
    """The standing of what it counts, said around it (``count_status``: "1,000 suspected
    deaths": suspected; "115 were hospitalised": hospital), or "": counts of different
    standings are different quantities."""
    head: frozenset[str] = frozenset()
    """What it counts, the noun alone ("workers" of "43 workers trapped"): two figures of a
    loose kind that share only that noun count different things of it ("43 workers
    trapped", "nearly 100 workers present")."""
    drawn: bool = False
    """It names the pool it is drawn from ("23 of the smugglers": :func:`drawn`): a part of a
    count of that pool, never its rival."""
    pool: float | None = None
    """The size of that pool when it names it ("23 of the 29 smugglers": 29,
    :func:`pool_size`): a count of that size is the pool itself."""
    whole: bool = False
    """It is told as all of a pool ("all 29 smugglers": ``whole_pool``): the whole that a
    part drawn from it is a part of."""
    unplaced: str = ""
    """The day fronted as its frame that cannot be placed, as written ("on thursday" in an
    undated article: :func:`unplaced_day`): two counts of one article under the same such
    day hold for one moment."""
    elsewhen: bool = False
    """For a measure of an event, its sentence names another event than the story's
    (:func:`names_another_event`: "the 2015 quake", "the previous quake"): its value may be
    that event's."""


GROUP_KINDS = (HEADCOUNT, "troops")
"""The kinds whose nouns name groups of people ("civilians", "soldiers")."""


def group_of(counts: str) -> str:
    """The group of people a figure's noun phrase names ("injured Thai soldiers": soldiers;
    "killed and eight soldiers": soldiers), by its first noun of people; "" when it names
    none or names everyone ("people", "persons")."""
    lex = lexicon()
    for m in lex.nouns.finditer(counts):
        noun = m.group(0).casefold()
        if lex.noun_kind[noun] in GROUP_KINDS:
            return "" if noun in words("figures", "everyone") else noun
    return ""


def interval(q: Quantity | FigureReport) -> tuple[float, float]:
    """The values a figure allows, given its qualifier. "More than", "nearly" and "fewer
    than" exclude the value itself: "more than 10,000" and "nearly 10,000" do not meet."""
    v = q.value
    match q.qualifier:
        case "about":
            return v * (1 - ABOUT), v * (1 + ABOUT)
        case "nearly":
            return v * (1 - ABOUT), math.nextafter(v, -math.inf)
        case "at least":
            return v, math.inf
        case "more than":
            return math.nextafter(v, math.inf), math.inf
        case "up to":
            return 0.0, v
        case "fewer than":
            return 0.0, math.nextafter(v, -math.inf)
        case "range":
            return v, q.high if q.high is not None else v
        case _:
            return v, v


_THERE = re.compile(
    r"(?<!\bout\s)\bthere\b(?!\s*['’]s\b|\s+(?:is|are|was|were|be|been|being|has|have|had|"
    r"will|would|could|can|may|might|must|should|seems?|seemed|appears?|appeared|remains?|"
    r"remained|exists?|existed|continues?|continued|used)\b)",
    re.IGNORECASE,
)
"""The place adverb "there", pointing back to a place named before ("45 cases have been
reported there"): not the existential "there are", "there have been". A figure it places
is of that place, never of an unplaced whole."""


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: between commas, semicolons or dashes."""
    left = max(text.rfind(c, 0, start) for c in ",;—") + 1
    rights = [i for i in (text.find(c, end) for c in ",;—") if i >= 0]
    return left, min(rights) if rights else len(text)


def _owners(corpus: ReadCorpus) -> dict[str, tuple[str, int, int]]:
    """Mention id -> the actor a mention of a person or body stands for (its name as written
    when it stands for none), with the mention's start and end."""
    actors = {a.id: a.name for a in corpus.actors}
    return {
        m.id: (actors.get(corpus.mention_actor.get(m.id, ""), m.text), m.start, m.end)
        for m in corpus.mentions
        if m.kind in (Kind.PERSON, Kind.ORGANISATION, Kind.GROUP)
    }


def _places(corpus: ReadCorpus) -> dict[str, str]:
    """Mention id -> the place it names, for mentions of places and states: the actor it
    stands for, else the name as written without its kind word ("Saltford region" is
    "Saltford")."""
    kinds = words("names", "place_kinds")
    actors = {a.id: a for a in corpus.actors}
    out = {}
    for m in corpus.mentions:
        actor = actors.get(corpus.mention_actor.get(m.id, ""))
        if actor is not None and actor.kind in (Kind.PLACE, Kind.GOVERNMENT):
            out[m.id] = actor.name  # whatever kind the mention was first read as
        elif m.kind in (Kind.PLACE, Kind.GOVERNMENT):
            out[m.id] = " ".join(w for w in m.text.split() if w.casefold() not in kinds) or m.text
    return out


def _speaks_for(corpus: ReadCorpus, within: set[str]) -> set[str]:
    """The speakers whose role names a place within a state ("spokesperson for the
    provincial administration of Freedonia's Saltford province", "mayor of Saltford"): a
    figure such a speaker gives with no place of its own is that place's, as a figure for
    "their regions" is (``local``)."""
    return {
        a.id
        for a in corpus.actors
        if a.role and any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", a.role) for p in within)
    }


def reports(corpus: ReadCorpus) -> list[FigureReport]:
    """Every comparable figure of every statement, as a report."""
    return [r.report for r in all_reports(corpus)]


_OF = re.compile(
    r"(?:^|\s)(?P<part>[\w.,-]+)\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+['’]s\s+)?$",
    re.I,
)


def whole(s: Statement, q: Quantity) -> bool:
    """Whether ``q`` is the whole a part of it is taken from ("five of the court's nine
    judges", "124 out of 156 detainees"): what the sentence counts is the part, and the
    whole is the pool it was drawn from, never a rival count of the same thing."""
    found = _OF.search(s.text[: q.start - s.start])
    if found is None:
        return False
    part = found["part"].casefold()
    return part[0].isdigit() or part in number_words().word_numbers


headcount_part = derived(
    lambda: re.compile(
        rf"[^.;:!?\d]*,\s*(?:{alternation(words('figures', 'headcount_parts'))})\s+", re.I
    )
)
"""Between a head-count and a count of some of them: the rest of its clause, a comma and a
word of ``headcount_parts`` (", with ")."""
headcount_presence = derived(
    lambda: re.compile(
        rf"(?<![\w-])(?:{alternation(words('figures', 'headcount_presence'))})(?![\w-])", re.I
    )
)
"""A verb that only says where a head-count is (``headcount_presence``: "live", "attended")."""


def headcount_part_of(s: Statement, before: Quantity, q: Quantity) -> bool:
    """Whether ``q``, a running count, is told of some of the people ``before`` counts, in
    the same clause after a comma and a word that opens what became of them
    (``headcount_parts``: "4,000 miners were registered, with 12 dying"): a part of that
    head-count, never a rival of the whole toll. Only a count with no noun of its own, told
    by what became of them alone ("12 dying", "12 injured"; not "45 people killed"), smaller
    than the head-count, and never after a clause that only says where the head-count is
    (``headcount_presence``: "50,000 residents live in the valley, with 45 dead"): a toll
    that may be anyone's, the whole toll."""
    if before.kind != HEADCOUNT or before.unit or q.unit:
        return False
    clause = s.text[before.start - s.start : q.start - s.start]
    between = s.text[before.end - s.start : q.start - s.start]
    return (
        headcount_part().fullmatch(between) is not None
        and lexicon().states.match(q.counts) is not None
        and (q.high or q.value) < before.value
        and headcount_presence().search(clause) is None
    )


def part_of_toll(s: Statement, q: Quantity, before: Quantity | None) -> bool:
    """Whether ``q`` (of ``s``) is a part drawn from a running count it names right after it
    ("Five of the deaths were in the north", "eight of the cases are children"), in a frame
    before it ("Among the victims, 20 are foreign nationals") or right after it ("four cases
    were among the vaccinated") or in the figure before it
    (``before``: "22 dead, including 18 Chinese"), or the next part of that pool, its noun
    left out ("... and two are under five"), or one told of some of a head-count before it
    (:func:`headcount_part_of`: "4,000 miners were registered, with 12 dying"): a subset of the
    toll, never a rival count."""
    if q.kind not in running_kinds():
        return False
    if (
        PART.match(q.text)
        or framed_part(s.text, q.start - s.start)
        or among_after(s.text, q.end - s.start)
    ):
        return True  # "Five of the deaths ...", "Among the victims, 20 ...", "four were among"
    if (
        before is not None
        and before.kind == q.kind
        and part_after(s.text[before.end - s.start : q.start - s.start])
    ):
        return True
    if before is not None and headcount_part_of(s, before, q):
        return True  # "4,000 miners were registered, with 12 dying"
    return (
        before is not None
        and not q.counts
        and before.kind == q.kind
        and part_of_toll(s, before, None)
    )


def drawn(q: Quantity) -> bool:
    """Whether ``q``, a count, names in its own words the pool it is drawn from ("23 of the
    smugglers", "three of the seven judges", "two out of 15 patients", "23 of whom"): a part
    of that pool, never a rival of the pool itself ("23 of the 29 smugglers" against "29
    smugglers", or "all 29 smugglers": ``Report.pool``, ``Report.whole``), though a rival of
    any other count of those people ("23 of the smugglers were convicted" against "29
    smugglers were convicted"), of another part drawn from it ("7,300 of its members"
    against "1,900 of its members") or of a count of other people. A running count's parts
    are :func:`part_of_toll`'s."""
    found = _drawn().match(q.text)
    if q.unit or found is None:
        return False
    part = found["part"].casefold()
    return part[0].isdigit() or part in number_words().word_numbers


def pool_size(q: Quantity) -> float | None:
    """The size of the pool a drawn count names ("23 of the 29 smugglers", "two out of 15
    patients": 29, 15), None when it names none ("23 of the smugglers")."""
    found = _drawn().match(q.text) if drawn(q) else None
    if found is None or not found["pool"]:
        return None
    pool = found["pool"].casefold().replace(",", "")
    if pool[0].isdigit():
        try:
            return float(pool)
        except ValueError:
            return None
    return number_words().word_numbers.get(pool)


def _drawn_pattern() -> re.Pattern[str]:
    determiners = alternation(words("figures", "date_determiners"))
    pronouns = alternation(words("figures", "pool_pronouns"))
    numbers = alternation(number_words().word_numbers)
    return re.compile(
        rf"^(?P<part>\S+)\s+(?:out\s+)?of\s+(?:(?:{pronouns})\b|(?:(?:{determiners})\s+)?"
        rf"(?P<pool>\d[\d,]*(?:\.\d+)?|(?:{numbers})\b)|(?:{determiners})\b)",
        re.I,
    )


_drawn = derived(_drawn_pattern)
"""A count naming its pool: a number, then "of" or "out of" and the pool ("of the
smugglers", "out of 15", "of whom"; ``date_determiners``, ``pool_pronouns``), its size if
given; not a vague plural ("tens of thousands of people")."""


def _whole_pool() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words('figures', 'whole_pool'))})\s+$", re.I)


whole_pool = derived(_whole_pool)
"""What tells a count as all of a pool, right before it ("all 29 smugglers", "all of the 29
smugglers"; ``whole_pool`` in ``data/vocabulary/figures.toml``)."""


def unplaced_day(s: Statement, q: Quantity, dates: Sequence[DateExpression]) -> str:
    """The day fronted as the frame of ``q`` that cannot be placed, as written and
    casefolded ("On Thursday, the agency put the toll at 140" in an undated article: "on
    thursday"), or "": such a count is not of its article's own day, but of that day, which
    another count of its article under the same day shares."""
    for d in dates:
        if not d.resolved and d.relation == "on" and _fronted(s, d, q):
            return " ".join(d.text.casefold().split())
    return ""


def alone(s: Statement, q: Quantity) -> bool:
    """Whether ``q`` is the count of a place or a period singled out of a whole, in its
    clause or in a frame fronted for its sentence ("In the capital alone, 30 died"; "the
    month of July alone witnessed 109 deaths"): a part, never a rival of the whole's count."""
    lo, hi = clause(s.text, q.start - s.start, q.end - s.start)
    front = _FRONT_PLACE.match(s.text)
    return bool(_ALONE.search(s.text[lo:hi]) or (front and _ALONE.search(front.group(0))))


_STRETCH = re.compile(
    r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous|preceding|first)\s+"
    r"(?:(?:\d+|few|several|a\s+few|[a-z]+ty|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:-[a-z]+)?\s+)?(?:hours?|days?|weeks?|months?)\b",
    re.I,
)
"""A stretch of time counted back from now or on from the start ("in the past 21 days",
"over the last 24 hours", "in the first month of the year")."""


def stretch(s: Statement, q: Quantity) -> bool:
    """Whether ``q`` is a running count of a stretch of time its clause names ("1,400 cases
    were recorded in the past 21 days", "300 cases in the first month of the year") that no
    word just before it makes the toll so far ("bringing the toll to 60 in the past four
    days"): a part of the count, never a rival of the whole's."""
    if q.kind not in running_kinds():
        return False
    lo, hi = clause(s.text, q.start - s.start, q.end - s.start)
    lead = " ".join(s.text[lo : q.start - s.start].split()[-NEAR:])
    return bool(_STRETCH.search(s.text[lo:hi])) and not cumulative().search(lead)


_ATTRIBUTIVE = re.compile(r"\d-[^\W\d]+(?:-[^\W\d]+)*(?!\S)")
"""A length joined to its unit by a hyphen ("a 22-foot vessel", "a 1,000-km border", "a
3-metre-wide alley"): an adjective, the size of the thing it qualifies."""


def size(q: Quantity) -> bool:
    """Whether ``q`` is a length given as an adjective ("the 22-foot submersible", "a
    10-km exclusion zone"): the size of a thing, not a distance between places (English
    joins number and unit by a hyphen only before a noun), never a rival of one."""
    return q.kind == "distance" and _ATTRIBUTIVE.search(q.text) is not None


def several_events(s: Statement, voices: Voices) -> frozenset[str]:
    """The measures of an event (``MEASURES``) of which ``s`` gives different values: one
    speaker's sentence with two magnitudes tells two events ("a magnitude 6.5 at 8:11,
    followed by a 6.2 at 10:14"; "27 aftershocks of magnitude 5 to 6"), none of them
    the event another source measures, nor a value of its own against another's. Not when a
    second source (``Voices.second_voice``) opens a clause of its own before the later value
    as the subject of a verb that takes the event back as its object, with nothing else
    between verb and value ("the quake had a magnitude of 8.8, while the regional branch of
    the geophysical service recorded it at 8.7"; "... put its magnitude at 8.7"): two
    sources' values of one event, set side by side as rivals; a clause that names another
    shock, a time or a place ("... recorded a magnitude 5.4 quake in the same region in
    2019", "... said a foreshock an hour earlier had measured 4.9") tells another event."""
    values: dict[str, set[tuple[float, float | None]]] = {}
    rivals: set[str] = set()
    for q in sorted(s.quantities, key=lambda q: q.start):
        if q.kind in MEASURES:
            if q.kind in values and _takes_back(s, q) and voices.second_voice(s, q.start):
                rivals.add(q.kind)  # "..., while the institute recorded it at 8.7"
            values.setdefault(q.kind, set()).add((q.value, q.high))
    return frozenset(k for k, v in values.items() if len(v) > 1 and k not in rivals)


def _takes_back(s: Statement, q: Quantity) -> bool:
    """Whether the value ``q`` of a measure is given by a verb opening its clause after an
    earlier figure, its object the event already measured ("recorded it at 8.7", "put the
    magnitude at 8.7", "measured its depth at 12 km"), nothing else between them."""
    earlier = [p.end for p in s.quantities if p.end <= q.start]
    if not earlier:
        return False
    span = s.text[max(earlier) - s.start : q.start - s.start]
    found = list(second_voice_pattern().finditer(span))
    word = re.escape(q.kind)
    return (
        bool(found)
        and found[-1].group("subject") is not None
        and re.fullmatch(
            rf"\s+(?:it|(?:its|the)\s+{word})\s+(?:at|as)\s+(?:(?:a\s+)?{word}\s+(?:of\s+)?)?",
            span[found[-1].end() :],
            re.IGNORECASE,
        )
        is not None
    )


def all_reports(corpus: ReadCorpus) -> list[Report]:
    published = {a.id: a.meta.published.iso() if a.meta.published else "" for a in corpus.articles}
    outlet = {a.id: (a.meta.outlet or a.id).casefold() for a in corpus.articles}
    places = _places(corpus)
    states = {a.name for a in corpus.actors if a.kind == Kind.GOVERNMENT}
    speaks_for = _speaks_for(corpus, {p for p in places.values() if p not in states})
    names = name_words(corpus.actors)
    voices = voices_of(corpus)
    owners = _owners(corpus)
    officialdom = {w.casefold() for w in words("figures", "officialdom")}
    faceless = {
        a.id
        for a in corpus.actors
        if a.kind == Kind.GROUP
        and not a.affiliation
        and not a.role
        and a.name.casefold() in officialdom
    }
    told = " ".join(s.text for s in corpus.statements)  # a place named elsewhere is the story's
    out: list[Report] = []
    told_at: list[int] = []  # the index of each report's statement
    revised: dict[tuple[str, str, str], int] = {}  # (article, kind, unit) -> first "Later,"
    last: dict[tuple[str, str], tuple[int, Report]] = {}
    for n, s in enumerate(corpus.statements):
        wholes = {
            q.start: sum_of([interval(p) for p in group])
            for group in part_groups(s) + gapped_groups(s)
            for q in group
        }
        ordered = sorted(s.quantities, key=lambda q: q.start)
        several = several_events(s, voices)
        preceding = dict(zip((q.start for q in ordered[1:]), ordered, strict=False))
        for q in s.quantities:
            if (
                q.kind in NOT_COMPARED
                or q.qualifier in NOT_PARTS
                or whole(s, q)
                or part_of_toll(s, q, preceding.get(q.start))
                or q.kind in several
                or alone(s, q)
                or stretch(s, q)
                or size(q)
                or (q.kind == "votes" and _MARGIN.search(s.text[: q.start - s.start]) is not None)
            ):
                continue
            r, said = _report(s, q, published[s.source_id], places, names, voices)
            elsewhen = q.kind in MEASURES and names_another_event(s, published[s.source_id], told)
            r = replace(r, owner=owner(s, q.start, owners), elsewhen=elsewhen)
            before = last.get((s.source_id, q.kind))
            if q.kind in MEASURES and not said and before is not None and n - before[0] <= FOLLOWS:
                # "The USGS put the magnitude at 5.8.": the same event as the sentence before
                r = replace(r, report=replace(
                    r.report, as_of=before[1].report.as_of, subject=before[1].report.subject
                ), elsewhen=elsewhen or before[1].elsewhen)  # fmt: skip
            last[(s.source_id, q.kind)] = (n, r)
            local = any(p not in states for p in r.report.subject) or (
                not r.report.subject and (s.claimant or "") in speaks_for
            )
            out.append(
                replace(
                    r,
                    local=local,
                    outlet=outlet[s.source_id],
                    published=published[s.source_id],
                    parts_sum=wholes.get(q.start),
                    faceless=r.speaker in faceless,
                )
            )
            told_at.append(n)
            if _LATER_FRONTED.match(s.text) and r.episode != "(later)":  # not "an aftershock"
                revised.setdefault((s.source_id, q.kind, q.unit), n)
    return [
        replace(r, prior=True)
        if told_at[i] < revised.get((r.report.source_id, r.report.kind, r.report.unit), -1)
        else r
        for i, r in enumerate(out)
    ]


_LATER_FRONTED = re.compile(
    r"[\s“\"‘']*(?:later|subsequently|afterwards|since\s+then)\s*,", re.IGNORECASE
)
"""A sentence opened by a frame saying its figures came after those before it ("Later, the
agency put the magnitude at 8.7", "Subsequently, the ministry said 30 had died"): the
article's earlier figures of the same kind and unit are steps of their series, since
revised, as "initially" says of a first value (``_FIRST_FRONTED``); a measure of a later
event ("Later, a 5.9 aftershock struck") revises nothing."""


_ITS_EVENT = re.compile(r"\s*(?!according\b|including\b|adding\b|saying\b)[a-z]+ing\s", re.I)
"""A clause opened by a participle after a comma ("..., killing at least 48 people"): it
tells what the event of the clause before did, so a day that clause names ("the quake
struck on New Year's Day") is the day a toll in it holds for."""
_TIME_CLAUSE = re.compile(r"\s*(?:after|as|when|while)\s", re.I)
"""A clause opened by a conjunction of time after a comma ("halted on Friday, after they fell
66%", "resumed on Sunday, when 40 planes left"): what it tells happened at the time of the
clause before, so a day that clause names is the day its figures hold for."""
_AGO = re.compile(r"\bago\b", re.I)
"""A date counted back from the article ("more than a decade ago", "some years ago"): when it
cannot be worked out, its figure holds for some earlier time, never the article's day."""


def _report(
    s: Statement,
    q: Quantity,
    published: str,
    places: dict[str, str],
    names: dict[str, frozenset[str]],
    voices: Voices,
) -> tuple[Report, bool]:
    """The report of one figure, and whether its clause says when or where it holds."""
    lo, hi = clause(s.text, q.start - s.start, q.end - s.start)
    a, b = s.start + lo, s.start + hi
    told = a  # where the dates of the figure's event start: its clause's, or the event's
    if lo > 0 and (
        (q.kind in running_kinds() and _ITS_EVENT.match(s.text, lo))
        or _TIME_CLAUSE.match(s.text, lo)
    ):
        # "the quake struck on Monday, killing 48": the toll of Monday's quake; "halted on
        # Friday, after they fell 66%": Friday's fall
        told = s.start + clause(s.text, lo - 1, lo - 1)[0]
    dates = estimated(s.dates)  # an undated article's days as the briefing suggests them
    event = q.kind in MEASURES  # a magnitude holds for its event's day, however long ago
    near_first = sorted(dates, key=lambda d: abs(d.start - q.start))
    # "a day after" the figure's event dates something else; a measure's event named by its
    # day ("after Wednesday's quake of magnitude 7.2") holds for that day
    days = [
        d
        for d in near_first
        if d.precision == "day"
        and (not _RELATIVE.search(d.text) or (event and _POSSESSIVE.search(d.text)))
    ]
    own_day = [
        d
        for d in days
        if d.relation == "on" and told <= d.start < b and (event or _recent(d.resolved, published))
    ]
    fronted = [d for d in days if d not in own_day and _fronted(s, d, q)]
    unplaced = unplaced_day(s, q, dates)
    # "reported six deaths a day later": dated from another event, so not as of its article
    relative = any(
        a <= d.start < b
        and (
            (_RELATIVE.search(d.text) and not (event and _POSSESSIVE.search(d.text)))
            or (not d.resolved and _AGO.search(d.text))  # "more than a decade ago"
        )
        for d in dates
    )
    # "the record was set in 2019 with 83.7%": a past year or month in its clause is the
    # time it holds for, not its article's day; so is one a clause that tells its event
    # opens with ("the worst since 2014, when a ferry sank, killing 304"), and one fronted
    # as its sentence's frame ("In 2022, 281 people died")
    earlier = [
        d.resolved
        for d in dates
        if not event
        and past_period(d, published)
        and (
            (d.relation == "on" and a <= d.start < b)
            or (d.end <= q.start and _WHEN.match(s.text, d.end - s.start) is not None)
            or _fronted_period(s, d)
        )
    ]
    # a day fronted for the sentence dates the figure, unless the figure's own clause tells
    # a time of its own ("On Monday, ..., against 281 in all of 2022"; "..., which stood at
    # 30 last week"; "... more than a decade ago")
    dated = [
        d.resolved
        for d in near_first
        if d in own_day
        or (d in fronted and not earlier and not relative and not _own_time(s, a, b, d, dates))
    ]
    # "..., the agency said on Tuesday": the day the count was given, not of what it counts
    given = _given_on(s, b, dates, published) if not dated and q.kind in running_kinds() else []
    # "South Korea's intelligence officials projected that ... 10,000": a place named before
    # the reporting verb in the figure's clause says who speaks, not where the figure holds
    cue = s.text.casefold().rfind(s.cue.casefold(), lo, q.start - s.start) if s.cue else -1
    told = s.start + cue + len(s.cue) if cue >= 0 else a
    subject = tuple(
        sorted(
            {places[m] for m in s.mentions if m in places and told <= int(m.rsplit("/", 1)[1]) < b}
        )
    )
    if not subject:  # "In Paris, police counted 119,000": a place fronted for all it tells
        front = _FRONT_PLACE.match(s.text)
        subject = tuple(
            sorted(
                {
                    places[m]
                    for m in s.mentions
                    if m in places and front and int(m.rsplit("/", 1)[1]) - s.start < front.end()
                }
            )
        )
    if not subject:  # "76 people in seven Turkish provinces": the state its adjective names
        subject = tuple(
            sorted(
                {
                    state
                    for m in state_places().finditer(s.text, told - s.start, hi)
                    if (state := _state_of(m.group("adjective"), voices)) is not None
                }
            )
        )
    if not subject and _THERE.search(s.text[lo:hi]):  # "45 cases were reported there"
        subject = ("(a place named before)",)
    if own_place().search(s.text[lo:hi]):  # "three deaths in their regions": the claimant's own
        subject = (*subject, f"(where {s.claimant or s.source_id} speaks for)")
    near = " ".join(
        [
            *s.text[lo : q.start - s.start].split()[-NEAR:],
            *s.text[q.end - s.start : hi].split()[:NEAR],
        ]
    )
    past_number = re.sub(r"^\S+", "", s.text[q.start - s.start : hi])  # with its noun
    if threshold(s.text[lo : q.start - s.start], past_number):
        frame = "required"  # "the 288 needed": what a rule asks for, not what happened
    else:
        frame = "projected" if projects(near) else "current"
    report = FigureReport(
        q.value,
        q.qualifier,
        q.counts,
        s.source_id,
        s.sentence_id,
        s.claimant,
        dated[0]
        if dated
        else earlier[0]
        if earlier
        else given[0]
        if given
        else ("" if event or relative else published),
        q.kind,
        q.unit,
        q.high,
        subject,
        q.text,
    )
    low, high = interval(q)
    own = names.get(s.claimant or "", frozenset())
    said = q.text.find(q.counts) if q.counts else -1  # the number and its noun phrase: not
    figure = q.text[: said + len(q.counts)] if said >= 0 else q.text  # the verb after them
    drop = own | name_stems(s.text) | (content_words(figure) - content_words(q.counts))
    words_ = content_words(s.text) - drop
    near_ = content_words(s.text[lo:hi]) - drop
    if frame == "required":  # "needed" says it is a bar, not what the bar is for
        words_, near_ = words_ - need_words(), near_ - need_words()
    speaker = voices.speaker(s, q.start, a)
    lead = s.text[lo : q.start - s.start]
    running = q.kind in running_kinds()
    close = " ".join(lead.split()[-LATER_WORDS:])  # not "aftershocks shook the area after a 7.6"
    later = q.kind in MEASURES and bool(later_event().search(f"{close} {q.counts}"))
    prior = bool(
        _PRIOR.search(lead) or _FIRST_GIVEN.search(lead) or _FIRST_FRONTED.match(s.text)
    ) or (running and bool(risen().search(lead) or _searched(s.text[lo:hi], q.counts)))
    span = ""
    if q.kind in running_kinds():
        since = any(d.relation == "since" and a <= d.start < b for d in s.dates)
        if since or cumulative().search(s.text[lo:hi]):
            span = "total"
        elif dated:
            span = "day"
        elif _PERFECT.search(s.text[lo:hi]):
            span = "total"  # "250 people have been killed": the toll so far
    side = voices.side(speaker)
    head = content_words(" ".join(q.counts.split()[:1]))
    ordinal = episode().search(s.text[lo:hi])
    report_ = Report(
        report,
        frame,
        speaker,
        low,
        high,
        words_,
        prior or later,  # which later shock is not known: never disputed
        near_,
        span,
        side=side,
        group=group_of(q.counts),
        own_day=not (dated or earlier or given or event or relative or unplaced),
        unplaced=unplaced,
        facet=facet(q.kind, s.text[q.end - s.start : hi], q.text),
        episode="(later)" if later else ordinal.group("ordinal").casefold() if ordinal else "",
        head=head,
        drawn=drawn(q),
        pool=pool_size(q),
        whole=bool(whole_pool().search(s.text[: q.start - s.start])),
        status=status(lead, q.counts, s.text[q.end - s.start : hi]),
    )
    return report_, bool(dated or subject)


def _statuses() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {k.casefold(): str(v) for k, v in mapping("figures", "count_status").items()}
    return re.compile(rf"(?<![\w-])(?:{alternation(table)})(?![\w-])", re.I), table


statuses = derived(_statuses)


def status(lead: str, counts: str, after: str) -> str:
    """The standing of what a count counts (``count_status``), read in the two words of its
    clause before it (``lead``), in what it counts (``counts``: "1,000 suspected deaths") and
    in the ``NEAR`` words after it, up to the next number (``after``: "115 people were
    hospitalised"; not "113 needed treatment and three others were hospitalised"); "" when
    none is said."""
    stop = _NEXT_NUMBER.search(after)
    tail = after[: stop.start() if stop else len(after)]
    said = " ".join([*lead.split()[-2:], *counts.split(), *tail.split()[:NEAR]])
    pattern, table = statuses()
    found = pattern.search(said)
    return table[found.group(0).casefold()] if found else ""


def _given_on(s: Statement, end: int, dates: Sequence[DateExpression], published: str) -> list[str]:
    """The day a running count was given on, named in the attribution after its clause
    (which ends at ``end``, absolute): "'... 27 deaths', the institute said in a report dated
    Tuesday", "..., killing 40, officials said on Monday": a count given that day holds for
    it, not for the day of the article that relays it."""
    if not s.cue:
        return []
    at = s.text.casefold().find(s.cue.casefold(), end - s.start)
    if at < 0:
        return []
    lo, hi = clause(s.text, at, at + len(s.cue))
    return [
        d.resolved
        for d in dates
        if d.precision == "day"
        and d.relation == "on"
        and s.start + lo <= d.start < s.start + hi
        and not _RELATIVE.search(d.text)
        and _recent(d.resolved, published)
    ]


def _vote_sides() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {k.casefold(): str(v) for k, v in mapping("figures", "vote_sides").items()}
    return re.compile(rf"(?<![\w-])(?:{alternation(table)})(?![\w-])", re.I), table


vote_sides = derived(_vote_sides)
_NEXT_NUMBER = re.compile(r"\d")


def ballot(after: str) -> str:
    """The side of a division a count of votes names in the words right after its number
    (``NEAR`` of them, up to the next number): "101 votes in favour of removing him" is for,
    "six against" against, "10 were abstentions" abstained; "" when none is named."""
    stop = _NEXT_NUMBER.search(after)
    said = " ".join(after[: stop.start() if stop else len(after)].split()[:NEAR])
    pattern, table = vote_sides()
    found = pattern.search(said)
    return table[found.group(0).casefold()] if found else ""


_BEARING = re.compile(
    r"\s*(?:\([^()]*\)\s*)?\)?\s*(?P<bearing>(?:north|south|east|west)"
    r"(?:[- ]?(?:north|south|east|west)){0,2})(?:ern)?\s+of\b",
    re.IGNORECASE,
)
"""Right after a distance, past its restatement in brackets: the bearing from the place it
is measured from ("about 5 miles (8 km) south of the city", "60 miles north-north-west
of")."""
_OWN_BEARING = re.compile(
    r"\b(?P<bearing>(?:north|south|east|west)(?:[- ]?(?:north|south|east|west)){0,2})(?:ern)?$",
    re.IGNORECASE,
)
"""The bearing as the last words of a distance's own text, when the reading of the figure
took it in ("149 kilometers southeast", "450km north"): its place follows with "of"."""
_PLACE_OF = re.compile(r"\s+of\b", re.IGNORECASE)


def facet(kind: str, after: str, figure: str = "") -> str:
    """What a figure of ``kind`` measures of its quantity, read from the words ``after`` it,
    or for a distance from the end of its own words (``figure``) when the place it is
    measured from follows (see ``Report.facet``): a vote's side, a distance's bearing, or
    ""."""
    if kind == "votes":
        return ballot(after)
    if kind == "distance":
        bearing = _BEARING.match(after) or (_PLACE_OF.match(after) and _OWN_BEARING.search(figure))
        return bearing.group("bearing").casefold().replace(" ", "-") if bearing else ""
    return ""


def iso_day(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if len(iso) == 10 else None
    except ValueError:
        return None


_WHEN = re.compile(r",?\s+when\b", re.IGNORECASE)
"""After a date: a clause telling what happened then ("since 2014, when a ferry sank")."""
_FRONT_PLACE = re.compile(
    r"[\s“\"‘']*(?:in|across|throughout|outside|inside|near)\s[^,.;:]{1,60}?,", re.IGNORECASE
)
"""A place set off by a comma at the head of a sentence ("In Paris, ...", "Across the
region, ..."): the place of every figure the sentence tells whose clause names none."""

_FRAME = re.compile(r"(?:as\s+of|as\s+at|by)\s", re.IGNORECASE)
_FRAME_LEAD = re.compile(r"[\s“\"‘']*")


def _occasion_lead() -> re.Pattern[str]:
    occasion = alternation(
        words("attribution", "speaking")
        | words("conflicts", "said_of")
        | words("figures", "occasions")
    )
    determiners = alternation(words("figures", "date_determiners"))
    parts = alternation(words("figures", "day_parts"))
    return re.compile(
        rf"[\s“\"‘']*(?:(?:in|at|during)\s+(?:{determiners})\s+(?:[\w-]+\s+)?"
        rf"(?:{occasion})(?:\s+on\s+(?-i:[A-Z])\S*)?(?:\s+(?:{parts}))?\s+)?",
        re.IGNORECASE,
    )


occasion_lead = derived(_occasion_lead)
"""What may open a sentence before the day fronted as its frame: nothing but quotation marks,
or the occasion at which what it tells was given ("In a statement early on Thursday, ...",
"At a news conference on Monday, ...", "In a post on X on Friday, ..."; ``speaking`` and
``said_of``, with ``occasions`` in ``data/vocabulary/figures.toml``)."""


def _fronted(s: Statement, d: DateExpression, q: Quantity) -> bool:
    """Whether ``d`` opens its sentence, or a clause after a semicolon, as the frame of what
    it tells up to the next semicolon, ``q`` among it ("As of Friday, the toll stood at 270",
    "By Sunday evening, 40 had died", "On Monday, officials said 30 had died", "...; last
    Thursday, officials reported six cases"), after the occasion it was given at, if any ("In
    a statement early on Thursday, the agency put the toll at 140": :data:`occasion_lead`):
    news fronts the moment a count holds for, or
    the day it was given, and sets it off by a comma, outside the clause of the figures it
    dates; a figure before it, or after a semicolon that closes its stretch ("...; the toll
    has since risen past 50,000"), is not of its day."""
    start, end = d.start - s.start, d.end - s.start
    lead = s.text[s.text.rfind(";", 0, start) + 1 : start]
    return (
        d.relation in ("on", "by")
        and (bool(_FRAME.match(d.text)) or d.relation == "on")
        and occasion_lead().fullmatch(lead) is not None
        and s.text[end : end + 1] == ","
        and d.end <= q.start
        and ";" not in s.text[end : q.start - s.start]
    )


_OWN_TIME = re.compile(
    r"\b(?:ago|now|since|currently|previously|earlier|later"
    r"|last\s+(?:week|month|year)|(?:day|week|month|year)\s+(?:before|earlier))\b",
    re.IGNORECASE,
)
"""Words by which a clause tells a time of its own ("the toll has since risen", "now they
say", "which stood at 30 last week", "up from 30 the day before", "some years ago")."""


def _own_time(
    s: Statement, a: int, b: int, day: DateExpression, dates: Sequence[DateExpression]
) -> bool:
    """Whether the clause ``a``..``b`` of a figure tells a time of its own, which outweighs a
    day (``day``) fronted for its sentence: a word of time (``_OWN_TIME``), or a date other
    than that day and not a period that holds it ("in 2023", "a decade ago", "by Friday";
    not "this year"). A day the clause names ("on Saturday") is not one: it is weighed
    against the fronted day by its nearness to the figure (``_report``)."""
    return _OWN_TIME.search(s.text, a - s.start, b - s.start) is not None or any(
        a <= d.start < b
        and d is not day
        and not (d.precision == "day" and d.relation == "on")
        and not (d.resolved and day.resolved.startswith(d.resolved))
        for d in dates
    )


def _fronted_period(s: Statement, d: DateExpression) -> bool:
    """Whether ``d``, a month or a year, opens its sentence as the frame of all it tells ("In
    2022, 281 people died and 62,382 were infected", "Last year, ..."): the period every
    figure after it holds for, as a date in the figure's own clause would be."""
    start, end = d.start - s.start, d.end - s.start
    return (
        d.relation == "on"
        and d.precision in ("month", "year")
        and _FRAME_LEAD.fullmatch(s.text[:start]) is not None
        and s.text[end : end + 1] == ","
    )


def past_period(d: DateExpression, published: str) -> bool:
    """Whether ``d`` is a month or a year before its article's ("in 2019", "last March"):
    every one when the article is undated; not the article's own month or year."""
    return (
        d.precision in ("month", "year")
        and bool(d.resolved)
        and (not published or (not published.startswith(d.resolved) and d.resolved < published))
    )


def _recent(iso: str, published: str) -> bool:
    day, pub = iso_day(iso), iso_day(published)
    if day is None:
        return False
    return pub is None or 0 <= (pub - day).days <= RECENT
