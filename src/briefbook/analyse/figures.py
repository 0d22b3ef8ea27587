"""Figures across articles: every report of a quantity, the disputes and the series.

A *report* is one figure of one statement (``read/figures``), with its kind and unit, its
value as an interval its qualifier allows, its claimant, the day it holds for (*as of*: a
date in its clause, else its article's date), its *subject* (the places named in its clause)
and its *frame* (what has happened, or what will, may or is expected to): reading it is
``analyse/figure_reports``; comparing reports is this module.

A count given for a named actor, the subject of its verb of winning ("Lee received 4.1
million votes", "Salas, leader of the Union Party, won 38%", "Costa topped the count with
51%"), is that actor's (its *owner*, ``analyse/figure_reports``): news reports a result as
one figure per candidate, so two figures are one quantity only if they have the same owner,
or neither has one, and two of one owner need no shared words to be one (each candidate's
count is compared across articles, never one candidate's with another's).

A figure that states what a rule asks for ("the 288 needed to pass it", "the required 50%
majority", "the 5% threshold") has its own frame: news gives a threshold beside the count it
is measured against ("331 votes, well above the 288 needed"), so a threshold is compared
with other thresholds (288 against 289 needed) and never with a count or share reported.

Reports of one kind, unit and frame, about compatible subjects (the same places, or one of
them unsaid), are one quantity. Kinds that say what is counted on their own (deaths,
injured, magnitude...: ``self_describing`` in ``data/vocabulary/figures.toml``) need nothing
more; for others (durations, money, shares, people...) two reports are of one quantity only
if their sentences share at least ``SHARED_WORDS`` content words, one of them in the
figures' own clauses other than the noun they count, names and the figures' own words left
out ("a 9 percent pay rise" and "a 7 percent rise", "2,000 dockers walked out" and "1,200
dockers walked out"; not "a 9 percent pay rise" and "16% of shares", nor "43 workers
trapped" and "nearly 100 workers present": what became of them, not only who, makes the
count). Within a quantity:

* a **dispute** is two reports from different claimants for overlapping days (within
  ``DAYS`` of each other, both known to the day, or both of one article's own day, dated or
  not; or two measures of an event, a magnitude or a depth, that one article gives with no
  day, which are of its own event: "The quake had a magnitude of 6.8, the national centre
  said. The Geological Survey put it at 7.1."; not when either sentence names another
  event, a past year or month or an earlier one: "the 2015 quake", "last year's", "the
  previous quake") whose intervals do not meet ("six dead"
  against "at least 23"; "magnitude 6.0" against "5.8"). A figure whose clause sets it in an
  earlier month or year ("the record was set in 2019 with 84%"), or that a clause opened by
  "when" after such a date tells ("the worst since 2014, when a ferry sank, killing 304"),
  holds for that time, not its article's day. Only each claimant's latest figure of the day
  is compared (with its repeats in the same article): its earlier ones are its own series.
  The claimant of a figure is who gives it: the body named just before it with a reporting
  verb ("the senator said the coast guard reported that 30 drowned": the coast guard), and a
  person or group stands for the body its role or affiliation names ("the association's
  president": the association) or whose reports it gives ("the agency has reported six
  deaths, according to Ana Roe"); two unnamed groups that name no body ("officials said",
  "authorities said": ``officialdom``) cannot be told apart, so their counts are never set
  against each other;
* two sources' figures set side by side in one sentence ("Organisers said 250,000
  marched, while police put the figure at 40,000": a second source opened by a reporting
  verb or a verb that gives a figure, ``giving_verbs``) are rival counts of one quantity at
  one moment, unless their groups, sides, owners, places or nouns tell them apart, one
  clause sets its figure in a past month or year or on a day whose own count it gives, or
  each says in other words what became of what it counts ("500 homes were destroyed, and the
  Red Cross counted 2,000 homes damaged");
* counts an article says in so many words do not agree ("Authorities have confirmed 71
  deaths. The Africa CDC recorded slightly different numbers, with 79 deaths."; "estimates
  vary widely, with the WHO saying 3,958": ``told_different``) are a dispute: the figure of
  that sentence and the one of the same quantity told at most ``TOLD_BACK`` statements
  before it, whoever gives them and whatever the day of their articles, unless what they
  count, their days, the past year one names ("The 2010 earthquake killed 200,000"), or the
  place, group or time the sentence names tell them apart ("figures differ in the south",
  "the figures for the diaspora vote differ", "differ from last year's"); not when the
  sentence says they do not differ ("did not differ") or opens with "A different number"
  (one more figure, not a rival);
* a running count in an outlet's own voice is compared only with another outlet's, and
  only when both give the whole toll so far ("the toll so far", "since the protests began",
  or a present perfect with no day: "250 people have been killed"): two outlets' totals for
  one day that do not meet are a dispute, while an outlet's passing count of some hour is
  never set against a claimant's;
* a running count is compared only with one given on the same day (both articles
  published on one day): a day's toll given a day later ("the strikes on Monday killed 31",
  in Tuesday's paper) counts the deaths found since, a later step of its series, not a rival
  count of the same moment; but two counts both set in one past month or year ("In 2022,
  281 people died", "268 died last year") are that period's closed total, rivals whichever
  day they are given on;
* a running count for one day ("12 were killed on Tuesday") and a cumulative one ("the
  toll so far", "since the protests began") are not one quantity, nor a running count or a
  head-count for a place within a state (a city, a region; or a place fronted for its whole
  sentence: "In Paris, police counted 119,000") and one that names no place (the whole
  event's, a nationwide turnout);
* counts of votes for different sides of one division ("101 votes in favour", "six
  against", "10 abstentions": ``vote_sides``), and distances on different bearings from a
  place ("5 miles south of the city", "60 miles north-west of it": a storm's positions),
  are not one quantity, nor figures of different numbered blows or rounds of an event ("the
  second blast killed 30", "turnout in the first round": ``episode_nouns``), nor one of
  them and the whole event's ("40 people were killed in the bombings");
* a count that names the pool it is drawn from ("23 of the 29 smugglers", "23 of the
  smugglers") is a part of the pool itself ("29 smugglers" of that size, "all 29
  smugglers"), not its rival; it is compared with any other count of those people ("29
  smugglers were convicted"), with another part drawn from the pool ("7,300 of its members"
  against "1,900 of them") and with a count of other people;
* a count of one group of people ("nine civilians were killed", "two injured soldiers")
  is a part of the whole toll ("12 people", "12 deaths"), compared only with counts of the
  same group;
* a part of a count told in parts ("310 passengers and 14 crew", ``analyse/figure_parts``)
  is never disputed against a figure that gives the whole they add up to ("324 on
  board"); it is compared as usual with a different total, and with the same part of
  another count told in parts;
* not compared at all: a value given as a step of a series ("up from 180", "following
  reports of 1,500", a running count that "has climbed to 13", a first count since revised:
  "was earlier put at 288", or a value that a later sentence of its article opened by
  "Later," revises), a count of a part singled out ("in the capital alone", "July alone saw
  109 deaths": ``analyse/figure_reports``), a running count of a stretch of time
  ("1,400 cases in the past 21 days", "in the first month of the year"; not "bringing the
  toll to 60 in the past four days", the toll so far), a part added to another
  figure ("five others", "four more"), a length given as an adjective ("the 22-foot
  vessel": a size, not a distance), a measure of a later shock ("followed by a 7.5", "a 6.1
  aftershock"), a part drawn from a toll it names ("five of the
  deaths were in the north, and four in the port": ``analyse/figure_reports``), a running
  count told of some of a head-count ("4,000 miners were registered, with 12 dying"), and a
  figure dated from another event ("reported six deaths a day later": its day is not its
  article's). A figure for the unnamed place its claimant speaks for ("three deaths in
  their regions") is not of any place named elsewhere;
* a **series** is the quantity's values over time: reports dated to different days (a
  rising toll; an article dated only to the month cannot be placed in one). A series is
  shown as a trend; it is not a dispute, and each claimant's earlier figures of a day are
  left out of disputes.

Plain counts of things the lexicon does not know (kind ``count``), durations, per-group
figures ("6,000 each"), increments ("another 500") and margins of votes ("rejected by nine
votes") are not compared.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from briefbook.analyse.claims import content_words
from briefbook.analyse.disjoint import DisjointSets
from briefbook.analyse.figure_reports import (
    Report,
    all_reports,
    iso_day,
    past_period,
    running_kinds,
)
from briefbook.model import Conflict, FigureSeries, ReadCorpus, Statement
from briefbook.read.figure_kinds import HEADCOUNT
from briefbook.vocabulary import alternation, derived, words

EVENT_MEASURES = ("magnitude", "depth")
"""The measures of an event itself, the same whenever told: two an article gives with no day
are of its own event (:func:`_same_event`); not a rainfall, speed or temperature, which vary
with the day and the place."""

DAYS = 0
"""How many days apart two as-of dates may be and still describe the same moment."""
SHARED_WORDS = 2
self_describing = derived(lambda: words("figures", "self_describing"))
_everyone = derived(lambda: content_words(" ".join(words("figures", "everyone"))))
"""The stems of the nouns for people that name no group ("people", "persons")."""


def _overlap(a: str, b: str, running: bool) -> bool:
    """Whether two as-of dates can be the same moment: days within ``DAYS`` of each other;
    for a figure that does not change from day to day (votes, a duration, a magnitude), also
    a month and a day in it (an article dated only to the month). A running count (a toll)
    is compared at the same month only when neither is known to the day, and at the same
    past year (a year's total: "281 deaths in 2022" against "268 in 2022")."""
    x, y = iso_day(a), iso_day(b)
    if x is not None and y is not None:
        return abs((x - y).days) <= DAYS
    if running:
        return len(a) == len(b) and len(a) in (4, 7) and a == b
    return len(a) >= 7 and len(b) >= 7 and (a.startswith(b) or b.startswith(a))


def _drawn_from(part: Report, pool: Report) -> bool:
    """Whether ``part`` names a pool it is drawn from and ``pool`` is that pool itself: of
    the size it names ("23 of the 29 smugglers" against "29 smugglers") or told as all of
    one ("all 29 smugglers"); any other count of those people is a rival ("29 smugglers were
    convicted" against "23 of the smugglers were")."""
    return (
        part.drawn
        and not pool.drawn
        and (pool.whole or (part.pool is not None and part.pool == pool.report.value))
    )


def _same_article_day(a: Report, b: Report) -> bool:
    """Whether two figures of one article both hold for its own day (neither clause names a
    date): one moment even in an undated article ("... confirmed 71 deaths. The agency
    recorded 79 deaths."), as do two under one fronted day it cannot place ("On Thursday,
    ... 140. On Thursday, ... 410": ``Report.unplaced``)."""
    return a.report.source_id == b.report.source_id and (
        (a.own_day and b.own_day) or (bool(a.unplaced) and a.unplaced == b.unplaced)
    )


def _same_event(a: Report, b: Report) -> bool:
    """Whether two measures of an event (``EVENT_MEASURES``: a magnitude, a depth) are of one
    article's own event: both in one article, neither dated (a measure holds for its
    event's day, which an undated clause leaves unsaid; a later shock's is never compared:
    ``Report.prior``), and neither sentence naming another event (``Report.elsewhen``: "the
    2015 quake", "the previous quake", "last year's": that event's measure, not a rival).
    "The quake had a magnitude of 6.8, the national centre said. The Geological Survey put
    it at 7.1." is one quake measured twice."""
    return (
        a.report.kind in EVENT_MEASURES
        and not a.report.as_of
        and not b.report.as_of
        and not a.elsewhen
        and not b.elsewhen
        and a.report.source_id == b.report.source_id
    )


def _same_subject(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return not a or not b or a == b


def _other_things(a: Report, b: Report) -> bool:
    """Whether two figures of a loose kind name different things as what they count: each
    has a noun of its own right after its number ("22 witnesses", "a 12-member jury"), and
    neither is a word for everyone ("people", "persons"), which may stand for any group."""
    heads = a.head | b.head
    return bool(a.head and b.head) and not heads & _everyone() and a.head != b.head


def _same_quantity(a: Report, b: Report) -> bool:
    if {a.span, b.span} == {"day", "total"}:
        return False  # "12 were killed on Tuesday" is not the toll so far
    running = a.report.kind in running_kinds()
    unplaced = (a.local and not b.report.subject) or (b.local and not a.report.subject)
    if (running or a.report.kind == HEADCOUNT) and unplaced:
        return False  # a city's toll is a part of an unplaced one, which is the whole's
    if running and a.group != b.group:
        return False  # "nine civilians killed" is a part of "12 deaths", not a rival count
    if a.facet and b.facet and a.facet != b.facet:
        return False  # "101 votes in favour" and "10 abstentions"; "5 miles south of" and
        # "60 miles north-west of" a city: two sides of a division, two positions
    if a.episode != b.episode:
        return False  # "the second blast killed 30" is not the toll of the whole attack
    if a.status != b.status:
        return False  # "115 were hospitalised" is a part of "180 injured"; "1,000 suspected
        # deaths" is a guess beside a toll, not a rival of it
    if a.head & b.head and (_drawn_from(a, b) or _drawn_from(b, a)):
        return False  # "23 of the 29 smugglers" is a part of "all 29 smugglers", no rival
    if a.report.kind not in self_describing() and _other_things(a, b):
        return False  # "22 witnesses" and "a 12-member jury": people, but not the same ones
    described = (
        a.report.kind in self_describing()
        or bool(a.owner)
        or (len(a.words & b.words) >= SHARED_WORDS and bool((a.near & b.near) - a.head - b.head))
    )
    return described and a.owner == b.owner and _same_subject(a.report.subject, b.report.subject)


def _past_period(a: Report, b: Report) -> bool:
    """Whether two figures are both set by their sentences in one past month or year ("in
    2022", "last year"): that period's total, closed before either article, which a later
    article gives as it stood, not as a later step of a count."""
    return (
        not a.own_day
        and not b.own_day
        and len(a.report.as_of) in (4, 7)
        and a.report.as_of == b.report.as_of
        and a.report.as_of < a.published[: len(a.report.as_of)]
        and b.report.as_of < b.published[: len(b.report.as_of)]
    )


def _told_whole(part: Report, other: Report) -> bool:
    """Whether ``part`` is one of a count told in parts whose whole ``other`` gives ("324
    on board"). A part of another count told in parts is compared as usual: passengers with
    passengers."""
    if part.parts_sum is None or other.parts_sum is not None:
        return False
    low, high = part.parts_sum
    return other.low <= high and low <= other.high


def _rivals(a: Report, b: Report) -> bool:
    """Whether two figures of one sentence are rival counts of one quantity: given by
    different sources ("Unions said 3.5 million marched, while the authorities put the figure
    at 1.1 million"; "at least five, though officials have confirmed two"), for the same
    moment (both name the same day, or neither names one, or one names a day and the rival
    clause leaves it unsaid: "marched on Saturday, while police put the figure at 40,000";
    not a past month or year against today: "250,000 marched in 2019, while police put this
    year's turnout at 40,000"), and not told apart by what they count (their groups, sides,
    owners, places or nouns; for a loose kind, both clauses saying what became of what they
    count in other words: "500 homes were destroyed, and the Red Cross counted 2,000 homes
    damaged")."""
    return (
        a.report.source_id == b.report.source_id
        and a.report.sentence_id == b.report.sentence_id
        and a.speaker != b.speaker
        and _one_moment(a, b)
        and _counted_alike(a, b)
        and _same_subject(a.report.subject, b.report.subject)
        and (a.report.kind in self_describing() or not (_other_things(a, b) or _told_apart(a, b)))
    )


def _counted_alike(a: Report, b: Report) -> bool:
    """Whether nothing two figures say of what they count tells them apart: not a day's count
    against the toll so far, and the same group, owner, blow or round, standing and side of a
    division (where both name one)."""
    return (
        {a.span, b.span} != {"day", "total"}
        and a.group == b.group
        and a.owner == b.owner
        and a.episode == b.episode
        and a.status == b.status
        and not (a.facet and b.facet and a.facet != b.facet)
    )


def _one_moment(a: Report, b: Report) -> bool:
    """Whether two figures of one sentence hold for one moment: the same as-of, or neither
    clause names a date, or one names a day the other's clause leaves unsaid (not a running
    count of what happened on that day: "45 new cases on Monday" against "200 infected")."""
    if a.report.as_of == b.report.as_of or (a.own_day and b.own_day):
        return True
    if a.unplaced and a.unplaced == b.unplaced:
        return True  # "On Thursday, ...": one day, though its article cannot place it
    dated = b if a.own_day else a if b.own_day else None
    return dated is not None and iso_day(dated.report.as_of) is not None and dated.span != "day"


def _told_apart(a: Report, b: Report) -> bool:
    """Whether two figures of a loose kind each name what they count ("500 homes", "2,000
    homes") and their clauses share no other word: what became of them differs
    ("destroyed", "damaged"); a rival that names no noun ("put the figure at 40,000")
    restates the count."""
    return bool(a.head and b.head) and not (a.near & b.near) - a.head - b.head


def _disagree(a: Report, b: Report) -> bool:
    if a.prior or b.prior:
        return False
    if _rivals(a, b):
        return (a.high < b.low or b.high < a.low) and not (_told_whole(a, b) or _told_whole(b, a))
    running = a.report.kind in running_kinds()
    outlets = (a.report.claimant is None) + (b.report.claimant is None)
    if running and outlets == 1:
        return False  # a toll in an outlet's own voice relays some count of some hour
    if running and outlets == 2 and (a.outlet == b.outlet or not a.span == b.span == "total"):
        return False  # ... unless two outlets each give the whole toll so far
    if (
        running
        and iso_day(a.published)
        and iso_day(b.published)
        and a.published != b.published
        and not _past_period(a, b)
    ):
        return False  # a day's toll given a day later counts the deaths found since: a step
    if running and a.side and a.side == b.side:
        return False  # one state's officials updating its count within a day: its series
    if a.faceless and b.faceless:
        return False  # "officials said" against "authorities said": no two claimants known
    if _told_whole(a, b) or _told_whole(b, a):
        return False  # "310 passengers and 14 crew" is the 324 on board given elsewhere
    return (
        a.speaker != b.speaker
        and (
            _overlap(a.report.as_of, b.report.as_of, running)
            or _same_article_day(a, b)
            or _same_event(a, b)
        )
        and (a.high < b.low or b.high < a.low)
        and _same_quantity(a, b)
    )


def _latest(members: Sequence[Report]) -> list[Report]:
    """Each speaker's latest (on a rising count, highest) figure of each day and subject,
    with its repeats in the same article (a lead and the paragraph that expands on it)."""

    def key(r: Report) -> tuple[str, str, tuple[str, ...], str]:
        return (r.speaker, r.report.as_of, r.report.subject, r.owner)

    best: dict[tuple[str, str, tuple[str, ...], str], Report] = {}
    for r in members:
        if key(r) not in best or (r.low, r.high) > (best[key(r)].low, best[key(r)].high):
            best[key(r)] = r
    return [
        r
        for r in members
        if (b := best[key(r)]) is r
        or (b.report.source_id == r.report.source_id and (b.low, b.high) == (r.low, r.high))
    ]


def _id(prefix: str, key: str) -> str:
    return prefix + hashlib.blake2b(key.encode(), digest_size=4).hexdigest()


def _about(kind: str, subjects: Sequence[tuple[str, ...]], frame: str) -> str:
    """ "deaths in Saltford (expected or planned)": the places most of the reports that name
    one name (at least half of them)."""
    named = [s for s in subjects if s]
    counts = Counter(p for s in named for p in set(s) if not p.startswith("("))
    where = sorted(p for p, n in counts.items() if 2 * n >= len(named))
    text = kind + (f" in {', '.join(where)}" if where else "")
    label = {"projected": " (expected or planned)", "required": " (required by a rule)"}
    return text + label.get(frame, "")


def _told_different() -> re.Pattern[str]:
    noun = alternation(words("figures", "told_nouns"))
    different = alternation(words("figures", "told_different"))
    differ = alternation(words("figures", "told_differ"))
    apart = rf"\b(?:{alternation(words('figures', 'told_apart'))})\b"
    negations = words("claims", "negations")
    clitics = [n for n in negations if APOSTROPHE in n]  # "n't", of "don't", "didn't"
    negated = "|".join(
        [rf"\b(?:{alternation(set(negations) - set(clitics))})\b"]
        + [
            rf"\b[\w-]*{re.escape(c).replace(APOSTROPHE, '[' + APOSTROPHE + '’]')}\b"
            for c in clitics
        ]
    )
    between = rf"(?:\s+(?!{apart}|{negated})[\w'’-]+){{0,{TOLD_WORDS}}}?"
    return re.compile(
        rf"(?:(?P<negated>(?:{negated})\s+(?:(?:a|an)\s+)?)?\b(?:{different})\s+(?:{noun})\b"
        rf"|\b(?:{noun})\b{between}\s+(?:{differ})\b)(?!(?:\s+\w+ly)?\s+{apart})",
        re.I,
    )


told_different = derived(_told_different)
"""A sentence telling that counts differ (``told_different``), but not where or in what
("figures differ in the south", "different numbers for children", "figures vary by region",
"differ from last year's", "the figures for the diaspora vote differ": ``told_apart``, parts
or times told apart, not rival counts), nor that they do not ("the figures did not differ",
"gave no different figure": a negation, ``claims`` ``negations``, between the figure noun and
its verb or right before the word of difference)."""


def tells_difference(text: str) -> bool:
    """Whether ``text`` tells in so many words that counts differ (:data:`told_different`),
    not with a word of difference that opens it after "a" ("A different number, 300, refers
    to families still in shelters"): that names one more figure, the subject of what the
    sentence says of it, where a rival count is one someone gives ("Observers reported a
    different figure", "The Africa CDC recorded slightly different numbers")."""
    return any(
        m.group("negated") is None and not _OPENING_ARTICLE.fullmatch(text, 0, m.start())
        for m in told_different().finditer(text)
    )


_OPENING_ARTICLE = re.compile(r"[\s“\"‘'(]*an?\s+", re.I)
"""The indefinite article opening a sentence, before its subject."""


APOSTROPHE = "'"
TOLD_WORDS = 6
"""Words between a figure noun and the verb saying that such figures differ ("estimates of
the true number of lives lost vary")."""
TOLD_BACK = 3
"""How many statements before a sentence telling that counts differ the count it answers may
be."""


def _told_of_one(a: Report, b: Report) -> bool:
    """Whether figure ``b`` of a sentence telling that counts differ and figure ``a`` told
    before it may be of one quantity: neither set on another day than the other, ``b``
    naming no place other than ``a``'s ("Figures differ in the south, where 30 died": a part
    of the whole), and nothing they say of what
    they count tells them apart (a group, a standing, a blow or round, an owner, a side of a
    division, a day's count against the toll so far): the article says they count one thing
    differently."""
    days = {a.report.as_of, b.report.as_of} - {""}
    return (
        len(days) < 2  # "the toll stood at 20 on Monday ... by Friday, 45": a series
        and _counted_alike(a, b)
        and b.report.subject in ((), a.report.subject)
    )


def _past_times(s: Statement, published: str) -> frozenset[str]:
    """The years and months before its article's that statement ``s`` names ("The 2010
    earthquake killed 200,000", "the last outbreak, in 2019", "last year's floods"), read
    as the reader reads a past period (``analyse/figure_reports``): every one when the
    article is undated. A day is not among them: news names the day of the very event it
    follows ("the floods of September 10")."""
    return frozenset(d.resolved for d in s.dates if past_period(d, published))


def _told_disputes(
    corpus: ReadCorpus, reports: Sequence[Report], claim_of: dict[tuple[str, str], str]
) -> list[Conflict]:
    """Counts an article says in so many words do not agree ("Authorities have confirmed 71
    deaths. The Africa CDC recorded slightly different numbers, with 79 deaths."; "The official
    toll is 3,166. But estimates vary widely, with the WHO saying 3,958 bodies were found."):
    a figure of a sentence telling that counts differ (``told_different``), and the figure of
    the same quantity (:func:`_same_quantity`, whatever days they are set on) that the
    article gives at most ``TOLD_BACK`` statements before it, from another speaker, whose
    values do not meet. Neither a step of a series (``prior``) nor a sentence saying only that
    things differ ("on three different flights": no figure noun) makes one."""
    order = {(s.source_id, s.sentence_id): n for n, s in enumerate(corpus.statements)}
    by_statement: dict[int, list[Report]] = defaultdict(list)
    for r in reports:
        by_statement[order[(r.report.source_id, r.report.sentence_id)]].append(r)
    out = []
    for n, told in sorted(by_statement.items()):
        s = corpus.statements[n]
        if not tells_difference(s.text):
            continue
        for r in told:
            past = _past_times(s, r.published)
            for m in range(n - 1, max(-1, n - 1 - TOLD_BACK), -1):
                if corpus.statements[m].source_id != s.source_id:
                    break
                if _past_times(corpus.statements[m], r.published) != past:
                    # "The 2010 earthquake killed 200,000 people. Estimates of this week's
                    # toll vary": background of another time, not the rival count
                    continue
                rivals = [
                    p
                    for p in by_statement.get(m, [])
                    if (p.report.kind, p.report.unit, p.frame)
                    == (r.report.kind, r.report.unit, r.frame)
                    and not p.prior
                    and (p.high < r.low or r.high < p.low)
                    and _told_of_one(p, r)
                ]
                if rivals:
                    involved = [rivals[0].report, r.report]
                    keys = tuple((x.source_id, x.sentence_id) for x in involved)
                    out.append(
                        Conflict(
                            _id("x", f"figures/told/{keys[0]}/{keys[1]}"),
                            "figures",
                            _about(r.report.kind, [x.subject for x in involved], r.frame)
                            + f", as told in {s.source_id}",
                            tuple(dict.fromkeys(claim_of[k] for k in keys)),
                            keys,
                            tuple(sorted(involved, key=lambda x: (x.value, x.sentence_id))),
                        )
                    )
                    break
    return out


def find_figures(
    corpus: ReadCorpus, claim_of: dict[tuple[str, str], str]
) -> tuple[list[Conflict], list[FigureSeries]]:
    """The figure disputes (as conflicts) and the series of the corpus."""
    groups: dict[tuple[str, str, str], list[Report]] = defaultdict(list)
    reports = all_reports(corpus)
    for r in reports:
        groups[(r.report.kind, r.report.unit, r.frame)].append(r)
    conflicts: list[Conflict] = []
    series: list[FigureSeries] = []
    for (kind, unit, frame), members in sorted(groups.items()):
        members.sort(key=lambda r: (r.report.as_of, r.report.source_id, r.report.sentence_id))
        conflicts += _disputes(kind, unit, frame, _latest(members), claim_of)
        series += _series(kind, unit, frame, members)
    found = {frozenset(c.statements) for c in conflicts}
    conflicts += [
        c for c in _told_disputes(corpus, reports, claim_of) if frozenset(c.statements) not in found
    ]
    return conflicts, series


def _disputes(
    kind: str,
    unit: str,
    frame: str,
    members: Sequence[Report],
    claim_of: dict[tuple[str, str], str],
) -> list[Conflict]:
    sets = DisjointSets(range(len(members)))
    linked: set[int] = set()
    for i, a in enumerate(members):
        for j in range(i + 1, len(members)):
            if _disagree(a, members[j]):
                sets.join(i, j)
                linked.update((i, j))
    components: dict[int, list[int]] = defaultdict(list)
    for i in sorted(linked):
        components[sets.find(i)].append(i)
    out = []
    for indices in components.values():
        involved = [members[i].report for i in indices]
        keys = tuple(dict.fromkeys((r.source_id, r.sentence_id) for r in involved))
        about = _about(kind, [r.subject for r in involved], frame)
        days = sorted({r.as_of for r in involved})
        when = f", as of {days[0]}" if len(days) == 1 else f", {days[0]} to {days[-1]}"
        out.append(
            Conflict(
                _id("x", f"figures/{kind}/{unit}/{frame}/{keys[0]}"),
                "figures",
                about + when,
                tuple(dict.fromkeys(claim_of[k] for k in keys)),
                keys,
                tuple(sorted(involved, key=lambda r: (r.value, r.source_id, r.sentence_id))),
            )
        )
    return out


def _series(kind: str, unit: str, frame: str, members: Sequence[Report]) -> list[FigureSeries]:
    """One series per quantity (reports linked by :func:`_same_quantity`) whose values
    change over time."""
    sets = DisjointSets(range(len(members)))
    for i, a in enumerate(members):
        for j in range(i + 1, len(members)):
            if _same_quantity(a, members[j]):
                sets.join(i, j)
    components: dict[int, list[Report]] = defaultdict(list)
    for i, r in enumerate(members):
        components[sets.find(i)].append(r)
    out = []
    for reports_ in components.values():
        dated = [r for r in reports_ if iso_day(r.report.as_of) is not None]
        if len({r.report.as_of for r in dated}) < 2 or len({(r.low, r.high) for r in dated}) < 2:
            continue  # a series needs values on at least two days known to the day
        ordered = sorted(dated, key=lambda r: (r.report.as_of, r.low, r.report.source_id))
        first = ordered[0].report
        out.append(
            FigureSeries(
                _id("t", f"series/{kind}/{unit}/{frame}/{first.source_id}/{first.sentence_id}"),
                kind,
                unit,
                _about(kind, [r.report.subject for r in ordered], frame),
                tuple(r.report for r in ordered),
            )
        )
    return sorted(out, key=lambda t: t.id)
