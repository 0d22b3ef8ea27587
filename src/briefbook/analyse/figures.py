"""Figures across articles: every report of a quantity, the disputes and the series.

A *report* is one figure of one statement (``read/figures``), with its kind and unit, its
value as an interval its qualifier allows, its claimant, the day it holds for (*as of*: a
date in its clause, else its article's date), its *subject* (the places named in its clause)
and its *frame* (what has happened, or what will, may or is expected to).

Reports of one kind, unit and frame, about compatible subjects (the same places, or one of
them unsaid), are one quantity. Kinds that say what is counted on their own (deaths,
injured, magnitude...: ``self_describing`` in ``data/vocabulary/figures.toml``) need nothing
more; for others (durations, money, shares, people...) two reports are of one quantity only
if their sentences share at least ``SHARED_WORDS`` content words, one of them in the
figures' own clauses, names and the figures' own words left out ("a 9 percent pay rise" and
"a 7 percent rise", "2,000 dockers walked out" and "1,200 dockers walked out"; not "a 9
percent pay rise" and "16% of shares"). Within a quantity:

* a **dispute** is two reports from different claimants for overlapping days (within
  ``DAYS`` of each other, both known to the day) whose intervals do not meet ("six dead"
  against "at least 23"; "magnitude 6.0" against "5.8"). Only each claimant's latest figure
  of the day is compared: its earlier ones are its own series. The claimant of a figure is
  who gives it: the body named just before it with a reporting verb ("the senator said the
  coast guard reported that 30 drowned": the coast guard), and a person or group stands for
  the body its role or affiliation names ("the association's president": the association)
  or whose reports it gives ("the agency has reported six deaths, according to Ana Roe");
* a running count in an outlet's own voice is compared only with another outlet's, and
  only when both give the whole toll so far ("the toll so far", "since the protests began",
  or a present perfect with no day: "250 people have been killed"): two outlets' totals for
  one day that do not meet are a dispute, while an outlet's passing count of some hour is
  never set against a claimant's;
* a running count is compared only with one given on the same day (both articles
  published on one day): a day's toll given a day later ("the strikes on Monday killed 31",
  in Tuesday's paper) counts the deaths found since, a later step of its series, not a rival
  count of the same moment;
* a running count for one day ("12 were killed on Tuesday") and a cumulative one ("the
  toll so far", "since the protests began") are not one quantity, nor a running count for a
  place within a state (a city, a region) and one that names no place (the whole event's);
* not compared at all: a value given as a step of a series ("up from 180", "following
  reports of 1,500", a running count that "has climbed to 13"), a part added to another
  figure ("five others", "four more"), and a figure dated from another event ("reported six
  deaths a day later": its day is not its article's). A figure for the unnamed place its
  claimant speaks for ("three deaths in their regions") is not of any place named elsewhere;
* a **series** is the quantity's values over time: reports dated to different days (a
  rising toll; an article dated only to the month cannot be placed in one). A series is
  shown as a trend; it is not a dispute, and each claimant's earlier figures of a day are
  left out of disputes.

Plain counts of things the lexicon does not know (kind ``count``), durations, per-group
figures ("6,000 each") and increments ("another 500") are not compared.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefbook.analyse.claims import content_words, name_stems, name_words
from briefbook.analyse.disjoint import DisjointSets
from briefbook.analyse.speakers import Voices, voices_of
from briefbook.model import (
    MONTHS,
    Conflict,
    FigureReport,
    FigureSeries,
    Kind,
    Quantity,
    ReadCorpus,
    Statement,
)
from briefbook.read.figure_kinds import MEASURES
from briefbook.vocabulary import alternation, derived, words

NOT_COMPARED = frozenset({"count", "duration"})
"""Kinds never compared: a count of things the lexicon does not know, and durations, which
are of too many different things (a term in office, a trial, a sentence, a period of abuse)
for two of them to be one quantity by their words."""
ABOUT = 0.1
"""How far "about" reaches either side of its value (and "nearly" below it)."""
DAYS = 0
"""How many days apart two as-of dates may be and still describe the same moment."""
SHARED_WORDS = 2
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

_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b", re.I)
"""A running count in the present perfect with no day ("250 people have been killed", "the
floods have killed 40"): the count so far, not one day's."""
_RELATIVE = re.compile(r"\b(?:after|later|before|earlier|following)\b", re.IGNORECASE)
RECENT = 3
"""A date in a figure's clause is its as-of date only if it is at most this many days before
its article: an older date is the date of the event counted ("the quake on 1 January")."""


def _projected() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:"
        + alternation(words("conflicts", "projected"))
        + r"|by\s+(?:"
        + "|".join(MONTHS)
        + r"))\b",
        re.IGNORECASE,
    )


projected = derived(_projected)


def _own_place() -> re.Pattern[str]:
    kinds = alternation(
        [k + "s" for k in words("names", "place_kinds")] + list(words("names", "place_kinds"))
    )
    return re.compile(
        rf"\b(?:in|across|for)\s+(?:their|its|his|her)\s+(?:own\s+)?(?:{kinds})\b", re.I
    )


own_place = derived(_own_place)
"""A figure of the place its claimant speaks for, unnamed ("three deaths in their regions"):
not of a place named elsewhere, nor of the whole of an unnamed one."""


def _cumulative() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:" + alternation(words("conflicts", "cumulative")) + r")\b", re.IGNORECASE
    )


cumulative = derived(_cumulative)


running_kinds = derived(lambda: words("figures", "running_kinds"))
self_describing = derived(lambda: words("figures", "self_describing"))


@dataclass(frozen=True, slots=True)
class _Report:
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
    """Its subject names a place within a state (a city, a region), not only states."""
    outlet: str = ""
    """The outlet of its article (its source id when the outlet is not known): one outlet's
    copies of a day are its own updates, never a dispute between outlets."""
    published: str = ""
    """The day its article was published: when the count was given."""
    side: str = ""
    """The state its speaker speaks for (``analyse/speakers``), or "" when none is known."""


def interval(q: Quantity | FigureReport) -> tuple[float, float]:
    """The values a figure allows, given its qualifier."""
    v = q.value
    match q.qualifier:
        case "about":
            return v * (1 - ABOUT), v * (1 + ABOUT)
        case "nearly":
            return v * (1 - ABOUT), v
        case "at least" | "more than":
            return v, math.inf
        case "up to" | "fewer than":
            return 0.0, v
        case "range":
            return v, q.high if q.high is not None else v
        case _:
            return v, v


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: between commas, semicolons or dashes."""
    left = max(text.rfind(c, 0, start) for c in ",;—") + 1
    rights = [i for i in (text.find(c, end) for c in ",;—") if i >= 0]
    return left, min(rights) if rights else len(text)


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


def reports(corpus: ReadCorpus) -> list[FigureReport]:
    """Every comparable figure of every statement, as a report."""
    return [r.report for r in _reports(corpus)]


def _reports(corpus: ReadCorpus) -> list[_Report]:
    published = {a.id: a.meta.published.iso() if a.meta.published else "" for a in corpus.articles}
    outlet = {a.id: (a.meta.outlet or a.id).casefold() for a in corpus.articles}
    places = _places(corpus)
    states = {a.name for a in corpus.actors if a.kind == Kind.GOVERNMENT}
    names = name_words(corpus.actors)
    voices = voices_of(corpus)
    out: list[_Report] = []
    last: dict[tuple[str, str], tuple[int, _Report]] = {}
    for n, s in enumerate(corpus.statements):
        for q in s.quantities:
            if q.kind in NOT_COMPARED or q.qualifier in ("each", "additional"):
                continue
            r, said = _report(s, q, published[s.source_id], places, names, voices)
            before = last.get((s.source_id, q.kind))
            if q.kind in MEASURES and not said and before is not None and n - before[0] <= FOLLOWS:
                # "The USGS put the magnitude at 5.8.": the same event as the sentence before
                r = replace(r, report=replace(
                    r.report, as_of=before[1].report.as_of, subject=before[1].report.subject
                ))  # fmt: skip
            last[(s.source_id, q.kind)] = (n, r)
            local = any(p not in states for p in r.report.subject)
            out.append(
                replace(
                    r, local=local, outlet=outlet[s.source_id], published=published[s.source_id]
                )
            )
    return out


def _report(
    s: Statement,
    q: Quantity,
    published: str,
    places: dict[str, str],
    names: dict[str, frozenset[str]],
    voices: Voices,
) -> tuple[_Report, bool]:
    """The report of one figure, and whether its clause says when or where it holds."""
    lo, hi = clause(s.text, q.start - s.start, q.end - s.start)
    a, b = s.start + lo, s.start + hi
    event = q.kind in MEASURES  # a magnitude holds for its event's day, however long ago
    dated = [
        d.resolved
        for d in sorted(s.dates, key=lambda d: abs(d.start - q.start))  # nearest first
        if d.relation == "on" and d.precision == "day" and a <= d.start < b
        and not _RELATIVE.search(d.text)  # "a day after" the figure's event dates something else
        and (event or _recent(d.resolved, published))
    ]  # fmt: skip
    # "reported six deaths a day later": dated from another event, so not as of its article
    relative = any(a <= d.start < b and _RELATIVE.search(d.text) for d in s.dates)
    subject = tuple(
        sorted({places[m] for m in s.mentions if m in places and a <= int(m.rsplit("/", 1)[1]) < b})
    )
    if own_place().search(s.text[lo:hi]):  # "three deaths in their regions": the claimant's own
        subject = (*subject, f"(where {s.claimant or s.source_id} speaks for)")
    near = " ".join(
        [
            *s.text[lo : q.start - s.start].split()[-NEAR:],
            *s.text[q.end - s.start : hi].split()[:NEAR],
        ]
    )
    frame = "projected" if projected().search(near) else "current"
    report = FigureReport(
        q.value,
        q.qualifier,
        q.counts,
        s.source_id,
        s.sentence_id,
        s.claimant,
        dated[0] if dated else ("" if event or relative else published),
        q.kind,
        q.unit,
        q.high,
        subject,
        q.text,
    )
    low, high = interval(q)
    own = names.get(s.claimant or "", frozenset())
    drop = own | name_stems(s.text) | (content_words(q.text) - content_words(q.counts))
    words_ = content_words(s.text) - drop
    near_ = content_words(s.text[lo:hi]) - drop
    speaker = voices.speaker(s, q.start, a)
    lead = s.text[lo : q.start - s.start]
    running = q.kind in running_kinds()
    prior = bool(_PRIOR.search(lead)) or (
        running and bool(risen().search(lead) or recovery().search(s.text[lo:hi]))
    )
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
    report_ = _Report(report, frame, speaker, low, high, words_, prior, near_, span, side=side)
    return report_, bool(dated or subject)


def _day(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if len(iso) == 10 else None
    except ValueError:
        return None


def _recent(iso: str, published: str) -> bool:
    day, pub = _day(iso), _day(published)
    if day is None:
        return False
    return pub is None or 0 <= (pub - day).days <= RECENT


def _overlap(a: str, b: str, running: bool) -> bool:
    """Whether two as-of dates can be the same moment: days within ``DAYS`` of each other;
    for a figure that does not change from day to day (votes, a duration, a magnitude), also
    a month and a day in it (an article dated only to the month). A running count (a toll)
    is compared at the same month only when neither is known to the day."""
    x, y = _day(a), _day(b)
    if x is not None and y is not None:
        return abs((x - y).days) <= DAYS
    if running:
        return len(a) == len(b) == 7 and a == b
    return len(a) >= 7 and len(b) >= 7 and (a.startswith(b) or b.startswith(a))


def _same_subject(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return not a or not b or a == b


def _same_quantity(a: _Report, b: _Report) -> bool:
    if {a.span, b.span} == {"day", "total"}:
        return False  # "12 were killed on Tuesday" is not the toll so far
    running = a.report.kind in running_kinds()
    unplaced = (a.local and not b.report.subject) or (b.local and not a.report.subject)
    if running and unplaced:
        return False  # a city's toll is a part of an unplaced one, which is the whole's
    described = a.report.kind in self_describing() or (
        len(a.words & b.words) >= SHARED_WORDS and bool(a.near & b.near)
    )
    return described and _same_subject(a.report.subject, b.report.subject)


def _disagree(a: _Report, b: _Report) -> bool:
    if a.prior or b.prior:
        return False
    running = a.report.kind in running_kinds()
    outlets = (a.report.claimant is None) + (b.report.claimant is None)
    if running and outlets == 1:
        return False  # a toll in an outlet's own voice relays some count of some hour
    if running and outlets == 2 and (a.outlet == b.outlet or not a.span == b.span == "total"):
        return False  # ... unless two outlets each give the whole toll so far
    if running and _day(a.published) and _day(b.published) and a.published != b.published:
        return False  # a day's toll given a day later counts the deaths found since: a step
    if running and a.side and a.side == b.side:
        return False  # one state's officials updating its count within a day: its series
    return (
        a.speaker != b.speaker
        and _overlap(a.report.as_of, b.report.as_of, running)
        and (a.high < b.low or b.high < a.low)
        and _same_quantity(a, b)
    )


def _latest(members: Sequence[_Report]) -> list[_Report]:
    """Each speaker's latest (on a rising count, highest) figure of each day and subject."""
    best: dict[tuple[str, str, tuple[str, ...]], _Report] = {}
    for r in members:
        k = (r.speaker, r.report.as_of, r.report.subject)
        if k not in best or (r.low, r.high) > (best[k].low, best[k].high):
            best[k] = r
    return [r for r in members if best[(r.speaker, r.report.as_of, r.report.subject)] is r]


def _id(prefix: str, key: str) -> str:
    return prefix + hashlib.blake2b(key.encode(), digest_size=4).hexdigest()


def _about(kind: str, subjects: Sequence[tuple[str, ...]], frame: str) -> str:
    """ "deaths in Saltford (expected or planned)": the places most of the reports that name
    one name (at least half of them)."""
    named = [s for s in subjects if s]
    counts = Counter(p for s in named for p in set(s) if not p.startswith("("))
    where = sorted(p for p, n in counts.items() if 2 * n >= len(named))
    text = kind + (f" in {', '.join(where)}" if where else "")
    return text + (" (expected or planned)" if frame == "projected" else "")


def find_figures(
    corpus: ReadCorpus, claim_of: dict[tuple[str, str], str]
) -> tuple[list[Conflict], list[FigureSeries]]:
    """The figure disputes (as conflicts) and the series of the corpus."""
    groups: dict[tuple[str, str, str], list[_Report]] = defaultdict(list)
    for r in _reports(corpus):
        groups[(r.report.kind, r.report.unit, r.frame)].append(r)
    conflicts: list[Conflict] = []
    series: list[FigureSeries] = []
    for (kind, unit, frame), members in sorted(groups.items()):
        members.sort(key=lambda r: (r.report.as_of, r.report.source_id, r.report.sentence_id))
        conflicts += _disputes(kind, unit, frame, _latest(members), claim_of)
        series += _series(kind, unit, frame, members)
    return conflicts, series


def _disputes(
    kind: str,
    unit: str,
    frame: str,
    members: Sequence[_Report],
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


def _series(kind: str, unit: str, frame: str, members: Sequence[_Report]) -> list[FigureSeries]:
    """One series per quantity (reports linked by :func:`_same_quantity`) whose values
    change over time."""
    sets = DisjointSets(range(len(members)))
    for i, a in enumerate(members):
        for j in range(i + 1, len(members)):
            if _same_quantity(a, members[j]):
                sets.join(i, j)
    components: dict[int, list[_Report]] = defaultdict(list)
    for i, r in enumerate(members):
        components[sets.find(i)].append(r)
    out = []
    for reports_ in components.values():
        dated = [r for r in reports_ if _day(r.report.as_of) is not None]
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
