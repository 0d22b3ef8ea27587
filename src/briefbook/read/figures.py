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
   were killed") or by the counted noun itself ("95 deaths", "bodies"); a head-count joined
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
6. otherwise a plain count ("two brigades").

A divided vote written as its score ("a 5-4 decision", "the court ruled 6-3") is one figure,
the majority's votes.

A number restated in brackets ("thirty-nine (39) people") is one figure, which counts what
follows the brackets.

A number written in words, or a bare year, is a figure only when it counts something of a
known kind or has a unit ("two people", "three weeks"; not "the two nations", "one of
them"). "two brigades of 6,000 soldiers each" gives both figures and their product. The
lexicon of kinds is ``data/vocabulary/figures.toml``, which a briefing can extend.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefbook.model import Quantity
from briefbook.read.dates import resolve_dates
from briefbook.read.numbers import Number, numbers
from briefbook.read.numbers import vocabulary as number_words
from briefbook.vocabulary import alternation, derived, mapping, words

COUNT = "count"
"""The kind of a figure that counts nothing the lexicon knows."""
HEADCOUNT = "people"
"""The kind of a plain head-count ("12 children"): a part of a whole that says what became of
those counted ("95 dead, including 12 children") is of the whole's kind."""
ARTICLE_DURATIONS = {"decade": (10.0, "years"), "century": (100.0, "years")}
""""a decade" is 10 years (as a reader would count it); "a week" is 1 week."""
MEASURES = ("magnitude", "depth", "rainfall", "speed", "temperature")
"""Kinds that a word before a number gives whatever its unit ("at a depth of 10 km")."""


@dataclass(frozen=True, slots=True)
class _Lexicon:
    kinds: tuple[str, ...]
    """In order of preference: a specific kind before a general one."""
    events: frozenset[str]
    """Kinds that say what became of people (deaths, injured...): they beat what is counted."""
    nouns: re.Pattern[str]
    states: re.Pattern[str]
    noun_kind: dict[str, str]
    state_kind: dict[str, str]
    before: re.Pattern[str]
    before_kind: dict[str, str]
    after: re.Pattern[str]
    after_kind: dict[str, str]
    counts_stop: frozenset[str]
    noun_stop: frozenset[str]
    occurrences: frozenset[str]
    """Nouns that count occurrences of what follows them ("instances of arrests")."""
    split_after: frozenset[str]
    split_before: frozenset[str]
    """The nouns after and verbs before a score that make it a divided vote ("a 5-4 ruling")."""
    identification: re.Pattern[str]
    """Words that make a count of the dead one of bodies identified or handed back."""


EVENT_KINDS = frozenset(
    {
        "deaths",
        "injured",
        "missing",
        "rescued",
        "displaced",
        "affected",
        "detained",
        "cases",
        "votes",
    }
)
"""What became of those counted: such a kind said anywhere near a number wins over the noun."""


def _phrases(table: dict[str, list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for kind, phrases in table.items():
        for p in phrases:
            out.setdefault(p.casefold(), kind)
    return out


def _build() -> _Lexicon:
    kinds = mapping("figures", "kinds")
    noun_kind = _phrases({k: list(v.get("nouns", [])) for k, v in kinds.items()})
    state_kind = _phrases({k: list(v.get("states", [])) for k, v in kinds.items()})
    before_kind = {k.casefold(): str(v) for k, v in mapping("figures", "kind_before").items()}
    after_kind = {k.casefold(): str(v) for k, v in mapping("figures", "kind_after").items()}

    def any_of(phrases: list[str]) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w-])(?:{alternation(phrases)})(?![\w-])", re.IGNORECASE)

    return _Lexicon(
        tuple(kinds),
        EVENT_KINDS & set(kinds),
        any_of(list(noun_kind)),
        any_of(list(state_kind)),
        noun_kind,
        state_kind,
        re.compile(rf"(?<![\w-])(?:{alternation(before_kind)})(?![\w-])", re.IGNORECASE),
        before_kind,
        re.compile(rf"(?<![A-Za-z])(?:{alternation(after_kind)})(?![\w-])", re.IGNORECASE),
        after_kind,
        words("figures", "counts_stop"),
        words("figures", "noun_stop"),
        words("figures", "occurrence_nouns"),
        words("figures", "split_vote_after"),
        words("figures", "split_vote_before"),
        any_of(list(words("figures", "identification_words"))),
    )


lexicon = derived(_build)

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_CLAUSE_END = re.compile(
    r"[;.!?—–()\[\]]|,\s+(?:while|but|and|as|after|with)\b|\s(?:and|but|while|whereas)\s|\d"
)
_ARTICLE_DURATION = re.compile(
    r"(?<![\w])(?P<lead>(?:for|over|within|had|lasting|lasted|took|spent|throughout|nearly|"
    r"almost|about|more\s+than|less\s+than|just\s+over|under)\s+)(?P<a>an?)\s+"
    r"(?P<unit>second|minute|hour|day|week|month|year|decade|century)(?![\w-])"
    r"(?!\s+(?:ago|later|earlier|or\s+so\s+ago))",
    re.IGNORECASE,
)
_FROM_TO = re.compile(r"(?:up|down|rising|falling|compared)?\s*(?:from|with|to)\s+$", re.I)
"""Before a number that gives another value of the figure before it: "202 dead, up from 180"."""
_EACH = re.compile(r"\s+of\s+(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<noun>[\w-]+)\s+each\b", re.I)
_DETERMINER = re.compile(
    r"(?<![\w])(?:the|these|those|both|all|its|their|his|her|our|your|my)\s+$", re.IGNORECASE
)
_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?", re.IGNORECASE)
_OF = re.compile(r"^\s+of\b", re.IGNORECASE)
_OF_THE = re.compile(r"^\s+of\s+(?:the|them|those|these|his|her|its|their|our|us|you|whom)\b", re.I)
_OF_WHAT = re.compile(r"\s+of\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)")
"""The words after "instances of", up to four."""
_VOTED_BEFORE = re.compile(r"(?<![\w])(?:voted|(?:a|by\s+a)\s+vote\s+of)\s+(?:by\s+)?$", re.I)
"""Right before a percentage that is a vote tally: "voted 71%", "with a vote of 88.5 percent"."""
_VOTED_AFTER = re.compile(
    r"^\s*(?:in\s+favou?r\b|against\b|(?:of\s+)?(?:[\w’'-]+\s+){0,5}?voted\b)", re.I
)
"""Right after a percentage that is a vote tally: "90 percent in favour", "62% of its members
who cast ballots voted" (not "41% of the vote", a candidate's share)."""
_AND_ALSO = re.compile(
    r"\s*(?:(?:in\s+favou?r\s+of|against|to|for)\s+(?:[\w’'-]+\s+){1,3})?,?\s*and\s+"
    r"(?:(?:to\s+[\w’'-]+\s+)?(?:with|by)\s+)?",
    re.I,
)
"""Between two vote tallies, the second's verb left out: "90 percent to strike and 85
percent against the offer", "a vote of 77 percent and to strike with 81 percent"."""
_NUMBER_OF = re.compile(
    r"(?<![\w])(?:number|tally|total)\s+of\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)", re.IGNORECASE
)
"""Before a figure that counts nothing after it: "the total number of cases has gone up to
nine", "the number of people in shelters reached 3,200" say what it counts."""
_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")


_SCORE_SEP = re.compile(r"\s*[-–]\s*")
_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
_VERB_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _split_vote(text: str, found: Sequence[Number], i: int, lex: _Lexicon) -> int | None:
    """Where a divided vote written as its score ("a 5-4 decision", "ruled 6-3") ends, when
    ``found[i]`` is its first number; None otherwise."""
    if i + 1 >= len(found):
        return None
    a, b = found[i], found[i + 1]
    if a.needs_noun or b.needs_noun or a.unit or b.unit or a.value < b.value:
        return None
    if not _SCORE_SEP.fullmatch(text[a.number_end : b.start]):
        return None
    after = _WORD_AFTER.match(text, b.number_end)
    verb = _VERB_BEFORE.search(text, 0, a.start)
    if (after and after.group(1).casefold() in lex.split_after) or (
        verb and verb.group(1).casefold() in lex.split_before
    ):
        return b.number_end
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


_SHARED_NOUN = re.compile(r"(?:and|or)\s+[A-Za-z][\w’'-]*\s+(?P<noun>[A-Za-z][\w’'-]*)", re.I)
"""A second modifier and the noun both share, after a first: "confirmed and probable cases"."""


def _counted(text: str, end: int, lex: _Lexicon) -> tuple[str, int]:
    """The words a number counts ("North Korean soldiers") and where they end."""
    pos, taken = end, list[str]()
    for m in _WORD.finditer(text, end):
        gap = text[pos : m.start()]
        if gap.strip() and gap.strip() not in ("-",):
            break
        low = m.group(0).casefold()
        if not taken and low == "of":
            pos = m.end()
            continue
        shared = _SHARED_NOUN.match(text, m.start()) if low in ("and", "or") and taken else None
        if (
            shared
            and not lex.nouns.search(" ".join(taken))
            and lex.nouns.fullmatch(shared.group("noun"))
        ):  # "63 confirmed and probable cases": two modifiers of one noun
            taken.append(" ".join(shared.group(0).split()))
            pos = shared.end()
            break
        if low in lex.counts_stop or (taken and low in lex.noun_stop) or len(taken) == 4:
            break
        if not taken and low in lex.noun_stop:
            pos = m.end()
            continue
        taken.append(m.group(0).strip("’'"))
        pos = m.end()
    return " ".join(taken), (pos if taken else end)


_AGE_APPOSITION = re.compile(
    r"\s*,?\s*(?:aged|ages(?:\s+of)?)\s+[\w-]+(?:\s*(?:,\s*(?:and\s+)?|and\s+|to\s+|[-–]\s*)[\w-]+)*"
    r"(?:\s+years?\s+old)?\s*,?",
    re.IGNORECASE,
)
"""The ages of those a figure counts, set between it and what became of them ("three girls,
aged six, seven and nine, were killed"): passed over to read the predicate."""


def _window_after(text: str, end: int, ceiling: int) -> str:
    """The rest of the clause after a figure, up to the next number (at ``ceiling``) and at
    most twelve words, past the ages of those it counts."""
    ages = _AGE_APPOSITION.match(text, end, ceiling)
    end = ages.end() if ages else end
    stop = _CLAUSE_END.search(text, end, ceiling)
    rest = text[end : stop.start() if stop else ceiling]
    return " ".join(rest.split()[:12])


def _window_before(text: str, start: int, floor: int) -> str:
    """The words before a figure back to the clause's start or the number before it (at
    ``floor``), at most twenty."""
    head = text[floor:start]
    cut = max((m.end() for m in re.finditer(r"[;.!?—–(]", head)), default=0)
    return " ".join(head[cut:].split()[-20:])


def _first(pattern: re.Pattern[str], text: str, table: dict[str, str]) -> str | None:
    found = pattern.search(text)
    return table[found.group(0).casefold()] if found else None


def _last(pattern: re.Pattern[str], text: str, table: dict[str, str]) -> str | None:
    found = [table[m.group(0).casefold()] for m in pattern.finditer(text)]
    return found[-1] if found else None


def _preferred(found: Sequence[str], lex: _Lexicon) -> str | None:
    return min(found, key=lex.kinds.index) if found else None


_PART_OF = re.compile(r"\s*[,(–—-]?\s*(?:including|among\s+them|of\s+whom|of\s+which)\s+", re.I)
"""Between a figure and a part of it that names nothing the lexicon knows: the part is of
the whole's kind ("274 dead, including 33 bystanders")."""
_NEXT_ITEM = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)
"""Between two items of a breakdown ("the dead included 9 locals, 4 Belgians and one Dane"):
an item counting nothing the lexicon knows, or a plain head-count, is of the kind of the item
before it when that item took its kind from the breakdown's head (the dead, the injured, the
arrested), not from a noun of its own ("15 deaths and 51 recoveries": no deaths recovered)."""


def _head_count(counts: str, lex: _Lexicon) -> bool:
    """Whether ``counts`` names no kind but a plain head-count ("locals", "miners"), so a
    figure counting it took its kind from elsewhere in the sentence."""
    return all(
        lex.noun_kind[m.group(0).casefold()] == HEADCOUNT for m in lex.nouns.finditer(counts)
    )


_TALLIED = re.compile(r"[A-Z][\w’'-]*\s*\(\s*$")
"""Before a number alone in brackets after a name: "Nairobi (17), Nakuru (3)", a tally by
place or group whose kind the head of the sentence gives ("The dead are from ...")."""


def _tally_kind(text: str, n: Number, lex: _Lexicon) -> str | None:
    """The kind a tally's head names before its first bracket, or None."""
    head = text[: text.index("(")] if "(" in text[: n.start] else ""
    found = [lex.noun_kind[m.group(0).casefold()] for m in lex.nouns.finditer(head)]
    found += [lex.state_kind[m.group(0).casefold()] for m in lex.states.finditer(head)]
    return _preferred(found, lex)


def kind_of(
    text: str, n: Number, counts: str, counts_end: int, floor: int = 0, ceiling: int | None = None
) -> str | None:
    """The kind of what a number counts (see the module's docstring), or None when a number
    in words counts nothing known."""
    lex = lexicon()
    before = _window_before(text, n.start, floor)
    measure = _last(lex.before, before, lex.before_kind)
    after = f"{counts} {_window_after(text, counts_end, len(text) if ceiling is None else ceiling)}"
    if n.unit_kind and n.unit_kind != COUNT:
        measured = _last(lex.before, counts, lex.before_kind)
        following = _first(lex.after, text[n.end : n.end + 40], lex.after_kind)
        for word in (measure, measured, following):
            if word in MEASURES and n.unit_kind in ("distance", "speed"):
                return word  # "at a depth of 10 km", "491 mm of rain", "25 feet of water"
        if n.unit_kind == "share" and (
            _VOTED_BEFORE.search(text[: n.start]) or _VOTED_AFTER.match(text[n.end :])
        ):
            return "votes"  # people voting one way, as a percentage of those who voted
        return n.unit_kind
    last = counts.split()[-1].casefold() if counts else ""
    of = _OF_WHAT.match(text, counts_end) if last in lex.occurrences else None
    if of:  # "627 instances of arrests": what the occurrences are of
        inner = [lex.noun_kind[m.group(0).casefold()] for m in lex.nouns.finditer(of.group(1))]
        if inner:
            return _preferred(inner, lex)
    said = [lex.noun_kind[m.group(0).casefold()] for m in lex.nouns.finditer(counts)]
    right_after = lex.nouns.match(" ".join(text[n.end :].split()[:3]))
    if right_after:  # "204 in favour": a noun phrase the counted words stop short of
        said.append(lex.noun_kind[right_after.group(0).casefold()])
    said += [lex.state_kind[m.group(0).casefold()] for m in lex.states.finditer(after)]
    event = _preferred([k for k in said if k in lex.events], lex)
    if event and not (n.needs_noun and n.value == 1 and not lex.nouns.search(counts)):
        return event  # ("one hand was injured": "one" counts nothing)
    if (
        measure is not None
        and not n.year
        and (measure in lex.events or measure in MEASURES or not said)
    ):
        return measure
    named = [m.group(1) for m in _NUMBER_OF.finditer(before)] if not counts else []
    if named:  # "the number of cases has gone up to five"
        found = [lex.noun_kind[m.group(0).casefold()] for m in lex.nouns.finditer(named[-1])]
        found += [lex.state_kind[m.group(0).casefold()] for m in lex.states.finditer(named[-1])]
        if found:
            return _preferred(found, lex)
    noun = _preferred(
        [lex.noun_kind[m.group(0).casefold()] for m in lex.nouns.finditer(counts)], lex
    )
    if noun:
        return noun
    if n.needs_noun and (n.value == 1 or n.year or _DETERMINER.search(text[: n.start])):
        return None  # "one hand", "the two nations", "the 2025 budget": not a count
    if not counts and said:  # "another 500 will be deployed", "300 were cancelled"
        return _preferred(said, lex) or COUNT
    return COUNT


_TOLLS = ("deaths", "casualties")
_IDENTIFIED_AS = re.compile(r"\s*as\b", re.I)


def _identified(
    text: str, n: Number, counts_end: int, floor: int, ceiling: int, lex: _Lexicon
) -> bool:
    """Whether the clause of a count of the dead says they were identified or handed back
    (the few words before it, or the rest of its clause)."""
    before = " ".join(_window_before(text, n.start, floor).split()[-6:])
    after = _window_after(text, counts_end, max(ceiling, counts_end))
    for window in (before, after):
        for m in lex.identification.finditer(window):
            if not _IDENTIFIED_AS.match(window, m.end()):
                return True
    return False


_COORDINATED = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|along\s+with)\s+", re.I)
"""Between two head-counts joined as one subject: "five children and two adults remain in
critical condition" says of both what it says after the second."""


def _share_predicate(text: str, base: int, out: list[Quantity], lex: _Lexicon) -> None:
    """Give a head-count the kind of the head-count joined to it by "and" when the words
    after the second say what became of both ("three girls and a man were killed"): news
    writes the predicate once, after the last of a coordinated subject."""
    for j in range(len(out) - 1, 0, -1):
        first, second = out[j - 1], out[j]
        if (
            first.kind in (COUNT, HEADCOUNT)
            and first.counts
            and not first.unit
            and second.kind in lex.events
            and not second.unit
            and _head_count(first.counts, lex)
            and _head_count(second.counts, lex)
            and _COORDINATED.fullmatch(text[first.end - base : second.start - base])
        ):
            out[j - 1] = replace(first, kind=second.kind)


def quantities(
    text: str, base: int = 0, dates: Sequence[tuple[int, int]] | None = None
) -> list[Quantity]:
    """Every quantity in ``text`` (offsets shifted by ``base``). ``dates`` are the spans of
    its date expressions, relative to ``text`` (found here when not given)."""
    if dates is None:
        dates = [(d.start, d.end) for d in resolve_dates(text, None)]
    lex = lexicon()
    out: list[Quantity] = []
    each_at: set[int] = set()
    floor = 0
    wholes: set[int] = set()
    found = numbers(text, dates)
    echoes: set[int] = set()
    """Where the bracketed restatements of numbers start ("(39)" in "thirty-nine (39)"): one
    figure with the number they restate."""
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
        ceiling = found[i + 1].start if i + 1 < len(found) else len(text)
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
        ):
            floor = n.end
            continue  # "one of the parents", "two of them": not a count
        counts, counts_end = _counted(
            text, restated if restated is not None else found[i + 1].end if whole else n.end, lex
        )
        clause_floor = floor
        if n.start in wholes:  # the whole of "179 of the 181 people": what it counts alone
            kind = kind_of(text, n, counts, counts_end, n.start, counts_end)
        else:
            kind = kind_of(text, n, counts, counts_end, floor, max(ceiling, counts_end))
        if whole:
            wholes.add(found[i + 1].start)
        floor = n.end
        previous = out[-1] if out else None
        if (
            kind == "share"
            and previous is not None
            and previous.kind == "votes"
            and previous.unit == n.unit
            and _AND_ALSO.fullmatch(text[previous.end - base : n.start])
        ):
            kind = "votes"  # "90 percent in favour and 85 percent to reject": the verb elided
        elif kind == COUNT and previous is not None and _FROM_TO.search(text[: n.start]):
            kind, counts = previous.kind, counts or previous.counts  # "rose from 62 to 95"
        elif (
            kind in (COUNT, HEADCOUNT)
            and not n.unit
            and previous is not None
            and previous.kind != COUNT
            and (kind == COUNT or previous.kind in lex.events)
            and _PART_OF.fullmatch(text[previous.end - base : n.start])
        ):
            kind = previous.kind  # "the toll rose to 274, including 33 children"
        elif (
            (kind in (COUNT, HEADCOUNT) or (kind is None and counts))  # "... and one Dane"
            and not n.unit
            and previous is not None
            and previous.kind in lex.events
            and _head_count(previous.counts, lex)
            and _NEXT_ITEM.fullmatch(text[previous.end - base : n.start])
        ):
            kind = previous.kind  # "the dead were 9 locals, 4 Belgians and one Dane"
        elif kind == COUNT and not counts and not n.unit and _TALLIED.search(text[: n.start]):
            kind = _tally_kind(text, n, lex) or (previous.kind if previous else COUNT)
        elif kind == COUNT and not counts and not n.unit and previous is not None:
            kind = previous.kind  # "500 troops to bolster the 1,200 already there": elided
        if kind in _TOLLS and _identified(text, n, counts_end, clause_floor, ceiling, lex):
            kind = COUNT  # "31 victims have been identified": bodies named, not a toll
        if kind is None:
            continue
        qualifier = "each" if n.start in each_at else n.qualifier
        end = max(n.end, counts_end)
        out.append(
            Quantity(
                text[n.start : end].strip(),
                n.value,
                counts,
                qualifier,
                base + n.start,
                base + end,
                kind,
                n.unit,
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
    _share_predicate(text, base, out, lex)
    for m in _ARTICLE_DURATION.finditer(text):
        unit = m.group("unit").casefold()
        start = m.start("a")
        if any(q.start - base <= start < q.end - base for q in out):
            continue
        lead = " ".join(m.group("lead").split()).casefold()
        qualifier = number_words().qualifiers.get(lead, "exactly")
        value, plural = ARTICLE_DURATIONS.get(unit, (1.0, unit + "s"))
        out.append(
            Quantity(
                text[start : m.end()], value, plural, qualifier, base + start, base + m.end(),
                "duration", plural, None,
            )
        )  # fmt: skip
    return sorted(out, key=lambda q: (q.start, -q.end))
