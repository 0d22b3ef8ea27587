"""What a figure counts: its kind, read from the words around the number.

The lexicon of kinds (``data/vocabulary/figures.toml``, which a briefing can extend) and
the reading of one number's kind by its order of evidence (see ``read/figures``): the counted
noun after it ("3,000 troops", "and" with a shared noun, past the ages of those counted:
"three girls, aged six and nine, were killed"), what became of them, a measuring or voting
word, "the number of" before it, the tally a name opens ("Spain (3)"); and whether a count
of the dead is one of bodies identified or handed back rather than a toll.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefbook.read.numbers import CAPITAL, Number, state_adjectives
from briefbook.read.numbers import vocabulary as number_words
from briefbook.read.people import SPEAKING
from briefbook.read.segment import is_abbreviation
from briefbook.vocabulary import alternation, derived, mapping, spaced, words

COUNT = "count"
"""The kind of a figure that counts nothing the lexicon knows."""
HEADCOUNT = "people"
"""The kind of a plain head-count ("12 children"): a part of a whole that says what became of
those counted ("95 dead, including 12 children") is of the whole's kind."""
MEASURES = ("magnitude", "depth", "rainfall", "speed", "temperature")
"""Kinds that a word before a number gives whatever its unit ("at a depth of 10 km")."""
BARE_DEGREES = ("°",)
"""The unit of "degrees" said alone, with no scale of temperature: a quake's magnitude when
a word of magnitude is said with it ("7 degrees on the Richter scale")."""


@dataclass(frozen=True, slots=True)
class Lexicon:
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
    death_events: frozenset[str]
    """Nouns that name deaths, not the dead: "identified one death" records a toll."""
    things: frozenset[str]
    """Head nouns of things no kind counts (animals, herds, aircraft, places): a plain count,
    whatever became of them ("three police dogs were hurt" is no toll of the injured)."""
    aboard: re.Pattern[str]
    """Words that put those counted aboard a craft: soldiers carried are its passengers."""
    count_states: re.Pattern[str]
    """What became of people that no kind names ("130 people were tested"): a plain count."""
    bars: frozenset[str]
    """Participles of what a rule asks for: right after a figure ("the 288 needed to pass
    it") they say it counts nothing of its own, but sets a bar for the count beside it."""
    crowds: re.Pattern[str]
    """A plural round number of people, ending a number's words ("thousands", "hundreds"):
    standing alone it counts people ("thousands marched")."""
    demonym_endings: tuple[str, ...]
    """Endings of the plural nouns of a place's people ("Londoners", "Britons")."""
    irregular_plurals: dict[str, str]
    """The plurals of nouns of people that do not end in "s" ("man": "men")."""
    sums: re.Pattern[str]
    """A plural round number of "billions" or more, ending a number's words: standing alone
    or before what the lexicon does not know it counts money ("pumped billions into it")."""
    plain_measures: frozenset[str]
    """Kinds of units no figure kind names (weight, volume): a plain count with its unit."""
    shocks: frozenset[str]
    """Nouns of one shock of the earth: a decimal number right before one is its magnitude."""
    span_modifiers: frozenset[str]
    """Words between a number and its unit of time that only measure it ("consecutive")."""
    noun_denials: frozenset[str]
    """Words that deny a noun of harm right before it or one adjective apart ("without
    serious injuries")."""
    verb_denials: frozenset[str]
    """Words that deny a verb of what became of people right before it or its auxiliary
    ("were not injured", "have not been evacuated")."""
    denied_auxiliaries: frozenset[str]
    """Auxiliaries between a denial and its verb ("not been evacuated", "none were hurt")."""
    group_halves: frozenset[frozenset[str]]
    """Two plural heads that split one group ("men" and "women", "adults" and "children")."""
    leaving_verb: re.Pattern[str]
    """A verb that leaves those it governs in a state, right before a figure ("left four")."""
    shelter_verb: re.Pattern[str]
    """A verb that takes people somewhere, right before a figure ("moved 900 villagers")."""
    shelter_place: re.Pattern[str]
    """After what a figure counts, a place the displaced are taken to ("to shelters")."""
    escaped_unhurt: re.Pattern[str]
    """A verb of getting away and a harm denied right after it ("escaped with no injuries"):
    those counted are the rescued, as "escaped unhurt" says."""


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


def _build() -> Lexicon:
    kinds = mapping("figures", "kinds")
    noun_kind = _phrases({k: list(v.get("nouns", [])) for k, v in kinds.items()})
    state_kind = _phrases({k: list(v.get("states", [])) for k, v in kinds.items()})
    before_kind = {k.casefold(): str(v) for k, v in mapping("figures", "kind_before").items()}
    after_kind = {k.casefold(): str(v) for k, v in mapping("figures", "kind_after").items()}
    # plural round numbers below "billions", which stands alone for money, not people
    crowds = [k for k, v in mapping("figures", "vague_numbers").items() if v < 10**9]
    sums = [k for k, v in mapping("figures", "vague_numbers").items() if v >= 10**9]
    noun_denials = words("figures", "noun_denials")

    def any_of(phrases: list[str]) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w-])(?:{alternation(phrases)})(?![\w-])", re.IGNORECASE)

    return Lexicon(
        tuple(kinds),
        EVENT_KINDS & set(kinds),
        any_of(list(noun_kind)),
        re.compile(  # "lost their life", not "lost their life's work" nor "life savings"
            rf"(?<![\w-])(?:{alternation(list(state_kind))})"
            rf"(?![\w-]|[’']s\b|\s+(?:{alternation(words('figures', 'state_stops'))})\b)",
            re.IGNORECASE,
        ),
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
        words("figures", "death_events"),
        words("figures", "thing_nouns"),
        any_of(list(words("figures", "aboard_words"))),
        any_of(list(words("figures", "count_states"))),
        words("figures", "threshold_participles"),
        re.compile(rf"(?<![\w-])(?:{alternation(crowds)})\s*$", re.IGNORECASE),
        tuple(sorted(words("figures", "demonym_endings"))),
        {k.casefold(): str(v) for k, v in mapping("figures", "irregular_plurals").items()},
        re.compile(rf"(?<![\w-])(?:{alternation(sums)})\s*$", re.IGNORECASE),
        words("figures", "plain_measures"),
        words("figures", "shock_nouns"),
        words("figures", "span_modifiers"),
        noun_denials,
        words("figures", "verb_denials"),
        words("figures", "denied_auxiliaries"),
        frozenset(frozenset(pair.casefold().split()) for pair in words("figures", "group_halves")),
        re.compile(  # "left four", "leaving at least 20"
            rf"(?<![\w-])(?:{alternation(words('figures', 'leaving_verbs'))})"
            + _OBJECT_GAP.pattern,
            re.IGNORECASE,
        ),
        re.compile(  # "moved 900", "relocated more than 2,000"
            rf"(?<![\w-])(?:{alternation(words('figures', 'shelter_verbs'))})"
            + _OBJECT_GAP.pattern,
            re.IGNORECASE,
        ),
        re.compile(  # "villagers to shelters", "people overnight to evacuation centres"
            r"(?:[\w’'-]+\s+){0,4}?to\s+(?:the\s+)?"
            rf"(?:{alternation(words('figures', 'shelter_places'))})(?![\w-])",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?<![\w-])(?:{alternation(words('figures', 'escapes'))})\s+(?:with\s+)?"
            rf"(?:{alternation(noun_denials)})\s+(?:[\w’'-]+\s+)?"
            rf"(?:{alternation(words('figures', 'escape_harms'))})(?![\w-])",
            re.IGNORECASE,
        ),
    )


lexicon = derived(_build)


def kind_words(text: str, kind: str) -> str:
    """The words of ``text`` (a figure's sentence) that name a figure's ``kind`` ("survived"
    of "Dozens of people survived", "killed" of "strikes killed 31 civilians", "killing" of
    "..., killing 38 people", a word before the number that gives its kind): what the kind
    was read from."""
    lex = lexicon()
    found = [
        m.group(0)
        for pattern, kinds in (
            (lex.nouns, lex.noun_kind),
            (lex.states, lex.state_kind),
            (lex.before, lex.before_kind),
            (lex.after, lex.after_kind),
        )
        for m in pattern.finditer(text)
        if kinds.get(m.group(0).casefold()) == kind
    ]
    return " ".join(dict.fromkeys(found))


_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_CLAUSE_END = re.compile(
    r"[;.!?—–()\[\]]|,\s+(?:while|but|and|as|after|with)\b|\s(?:and|but|while|whereas)\s|\d"
    r"|,\s+(?:some|many|most|several|few|others|one|two)\s+(?!of\s+(?:them|whom)\b)(?=[a-z])"
    r"|,\s+(?:some|many|most|several|few|one|two|all)\s+of\s+(?:them|whom)\s+"
    r"(?:(?:also|later|still|now)\s+)?(?:were|was|are|is|have|has|had)\b"
    r"|,\s*(?:[A-Za-z][\w’'-]*\s+){0,2}[A-Za-z][\w’'-]*\s*:"
)
"""Where the clause after a figure ends: a stop, a conjunction, the next number, or a comma
before what is said of a part of those counted ("29 survived, some with serious injuries",
"100,000 migrants, many of whom were also hit by the storm": the part's injuries or plight
are not the whole's; "40 people, some of them children, were killed" runs on), or a comma
before the next label of a bulletin ("death toll: 2,900, injured: 2,500": the 2,900 are not
the injured)."""


_TITLES = derived(lambda: frozenset(mapping("names", "title_abbreviations")))
_ABBREVIATED_WORD = re.compile(r"([A-Za-z]+)\.$")


def abbreviated(text: str, at: int) -> bool:
    """Whether the period at ``at`` ends an abbreviation inside its clause, which it does not
    end ("the death toll in the U.S. rose to 13", "at the Acme Corp. plant"): one the sentence
    splitter reads as such (``segment.is_abbreviation``, one source of truth) followed by a
    word in lower case or a number, or a title before the name it prefixes ("Gov. Josh
    Green"), or a stop inside a dotted initialism ("U.S."). Before any other capitalised
    word the period may end a sentence ("... by the U.S. Rescuers found 12"), so it stays a
    stop."""
    if text[at : at + 1] != ".":
        return False
    if text[at + 1 : at + 2].isalpha() and text[at - 1 : at].isalpha():
        return True  # inside a dotted initialism: the first stop of "U.S."
    after = text[at + 1 :].lstrip()
    if not is_abbreviation(text[: at + 1], after):
        return False
    if after[:1].islower() or after[:1].isdigit():
        return True
    word = _ABBREVIATED_WORD.search(text, 0, at + 1)
    return word is not None and word.group(1).casefold() in _TITLES()


def clause_end(text: str, start: int, stop: int) -> re.Match[str] | None:
    """The first ``_CLAUSE_END`` in ``text[start:stop]`` that is no abbreviation's period."""
    found = _CLAUSE_END.search(text, start, stop)
    while found and abbreviated(text, found.start()):
        found = _CLAUSE_END.search(text, found.end(), stop)
    return found


_AND = re.compile(r"\sand\s")
"""A bare "and" ending a clause: not its end when a fate follows, as one predicate of those
counted joined to another ("two guards were shot and killed", "were beaten and detained",
"were forced into the sea and were rescued")."""
_AUXILIARY = re.compile(
    r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?"
    r"(?:(?:also|later|eventually|subsequently|then|both)\s+)?",
    re.I,
)
"""An auxiliary, an adverb of time or both, between "and" and a fate: "and were rescued", "and
also died", "and were later rescued"."""


def _past_auxiliary(text: str, at: int) -> int:
    """Where the word after an auxiliary or an adverb at ``at`` starts ("and were rescued",
    "and later died"), else ``at``."""
    aux = _AUXILIARY.match(text, at)
    return aux.end() if aux else at


_DETERMINER = re.compile(
    r"(?<![\w])(?:the|these|those|both|all|its|their|his|her|our|your|my)\s+$", re.IGNORECASE
)
_OF_WHAT = re.compile(r"\s+of\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)")
"""The words after "instances of", up to four."""
_VOTED_BEFORE = re.compile(r"(?<![\w])(?:voted|(?:a|by\s+a)\s+vote\s+of)\s+(?:by\s+)?$", re.I)
"""Right before a percentage that is a vote tally: "voted 71%", "with a vote of 88.5 percent"."""
_VOTED_AFTER = re.compile(
    r"^\s*(?:in\s+favou?r\b|against\b|(?:of\s+)?(?:[\w’'-]+\s+){0,5}?voted\b)", re.I
)
"""Right after a percentage that is a vote tally: "90 percent in favour", "62% of its members
who cast ballots voted" (not "41% of the vote", a candidate's share)."""
_NUMBER_OF = re.compile(
    r"(?<![\w])(?:number|tally|total)\s+of\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)", re.IGNORECASE
)
"""Before a figure that counts nothing after it: "the total number of cases has gone up to
nine", "the number of people in shelters reached 3,200" say what it counts."""
_SHARED_NOUN = re.compile(r"(?:and|or)\s+[A-Za-z][\w’'-]*\s+(?P<noun>[A-Za-z][\w’'-]*)", re.I)
"""A second modifier and the noun both share, after a first: "confirmed and probable cases"."""


def _noun(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` can head what a figure counts: a noun the lexicon knows that is no
    word of what became of someone ("people"; not "injured", which may modify "injured
    soldiers") or a common noun's plural ("dams", "officials"; not "citrus", "crisis", a
    possessive or a name: "additional Texas cattle herds")."""
    plural = (
        len(word) > 3
        and word[0].islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s", "’s"))
    )
    return plural or bool(lex.nouns.fullmatch(word) and not lex.states.fullmatch(word))


_MODEL_NUMBER = re.compile(r"\s+[A-Z]?\d+(?:-\d+)?[A-Z]?\s+")
"""The number of a model after its maker's or its line's name: "Boeing 737", "Max 9"."""


_MODEL_PLURAL = derived(
    lambda: re.compile(
        r"(?<![\w-])(?:[A-Za-z]+[\w-]*\s)?(?:[A-Z]|"
        + alternation(words("figures", "model_prefixes"))
        + r")?-?\d+[A-Z]?s$"
    )
)
"""A model's plural ending what a figure counts ("six F-16s", "40 A320s", "79 Max 9s", "eight
DC-10s", "four MiG-29s"): news names aircraft and vehicles by their model, so such a count is
of vehicles. A prefix of more than one letter only from the closed list of makers' and
designers' prefixes (``model_prefixes``): "12 AK-47s", "500,000 KN95s" and "20 million PS5s"
are no vehicles."""
MODELS = "vehicles"


_OPEN_QUOTE = re.compile(r'\s+["“]')
"""An opening double quote before a word right after a figure: 'two "unnatural" deaths'."""


_CLOSE_QUOTE = re.compile(r'\s*["”]\s+')
_OPENED_BEFORE = re.compile(r'["“](?:[\w’\'.,-]+\s+){0,3}[\w’\'.,-]*$')
"""An opening double quote a few words before the end of a number: '"dozens', '“certainly
several hundred'."""


def _quoted_number(text: str, end: int, gap: str) -> bool:
    """Whether ``gap``, right after a number ending at ``end``, closes a quotation of a few
    words that the number ends ('Israel was striking "dozens" of targets', 'there are
    “certainly several hundred” deaths'): the quoted words are the number's, and what it
    counts follows the quote."""
    if not _CLOSE_QUOTE.fullmatch(gap):
        return False
    opened = _OPENED_BEFORE.search(text, max(0, end - 60), end)
    return opened is not None and text[opened.start()] + gap.strip() in ('""', "“”")


def past_quote(text: str, end: int) -> int:
    """Where the words after a number ending at ``end`` start past the quote that closes it
    (see :func:`_quoted_number`), else ``end``."""
    close = _CLOSE_QUOTE.match(text, end)
    if close and _quoted_number(text, end, close.group(0)):
        return close.end() - 1
    return end


def _model_number(gap: str, taken: Sequence[str]) -> bool:
    """Whether ``gap``, between the words a number counts, is the number of a model named by
    the capitalised word before it: "200 Boeing 737 Max 9 planes" counts planes."""
    return (
        bool(taken)
        and taken[-1][:1].isupper()
        and not taken[-1].endswith("s")  # "12 Americans 3 of whom": a people, not a maker
        and bool(_MODEL_NUMBER.fullmatch(gap))
    )


_ACRONYM = re.compile(r"\s*\(\s*[A-Z][A-Za-z&.]{1,9}\s*\)\s+")
"""A name's short form in brackets after it, before the next word ("Defence Forces (KDF)
soldiers"): news gives it at a name's first mention, inside the noun phrase."""


def _named_acronym(text: str, pos: int, taken: Sequence[str]) -> int:
    """Where the short form in brackets at ``pos`` of the capitalised name before it ends,
    or 0 ("four Kenya Defence Forces (KDF) soldiers were killed" counts soldiers): the words
    a number counts run on past it."""
    match = _ACRONYM.match(text, pos)
    short = match.group(0).strip(" ()") if match else ""
    named = bool(taken) and taken[-1][:1].isupper() and sum(c.isupper() for c in short) >= 2
    return match.end() if match and named else 0


_AGE_BEFORE_NOUN = derived(
    lambda: re.compile(
        r"\s+\d{1,3}-(?:"
        + alternation([w for w, (_, kind) in number_words().units.items() if kind == "duration"])
        + r")-old(?=\s+[a-z])"
    )
)
"""An age joined by hyphens, in a unit of time the numbers reader knows, between a number and
the lower-case noun it counts ("two 15-year-old boys", "one 7-year-old boy"): passed over to
the noun."""
_ARTICLE_WORD = re.compile(r"\s+an?\s+(?P<unit>[a-z]+)\b", re.IGNORECASE)
""""a" or "an" and the word after it, right after a number ("41 a week earlier")."""


def _a_span(text: str, end: int) -> bool:
    """Whether "a" or "an" and a unit of time follow a number ending at ``end`` ("41 a week
    earlier", "50 a day before"): when or how often, not what the number counts."""
    found = _ARTICLE_WORD.match(text, end)
    unit = number_words().units.get(found.group("unit").casefold()) if found else None
    return unit is not None and unit[1] == "duration"


def counted(
    text: str,
    end: int,
    lex: Lexicon,
    phrase: bool = False,
    headed: bool = False,
    limit: int | None = None,
) -> tuple[str, int]:
    """The words a number counts ("North Korean soldiers") and where they end: up to four
    words, which may run into its clause's verb and its object ("officers needed medical
    treatment"), read as evidence of its kind.

    ``phrase``: only the noun phrase, what the figure is said to count, which ends at its
    head noun ("two dams earlier this month": dams). Past the head it runs on only into
    another noun of a compound ("crew members") and then once into a word saying what
    became of them ("people killed"), never into the verb or the adverb of its clause ("two
    dam breaks caused floods", "five provinces live in ..."). ``headed``: the number's unit
    is that head ("36 hours passing"), so only an "of" phrase follows it ("491 mm of rain").
    ``limit``: where the next number starts, which its words never run into ("in these 24
    strikes eight people died" counts strikes)."""
    if _a_span(text, end):
        return "", end  # "58 cases, up from 41 a week earlier": no noun of its own
    age = _AGE_BEFORE_NOUN().match(text, end)
    pos, taken = (age.end() if age else end), list[str]()
    head, said = headed, False
    for m in _WORD.finditer(text, pos, len(text) if limit is None else max(limit, pos)):
        if m.start() < pos:
            continue  # inside a name's short form, passed over
        if acronym := _named_acronym(text, pos, taken):
            pos = acronym  # "nine Kenya Defence Forces (KDF) soldiers": the name's short form
            continue
        gap = text[pos : m.start()]
        quoted = bool(_OPEN_QUOTE.fullmatch(gap)) and text[m.end() : m.end() + 1] in '"”'
        if pos == end and not taken and _quoted_number(text, end, gap):
            gap = " "  # '“certainly several hundred” deaths', '"dozens" of targets'
        if _model_number(gap, taken):
            taken[-1] += " " + gap.strip()  # "Boeing 737": one name, its number a part of it
        elif m.group(0) == "s" and _model_number(gap + " ", taken):
            taken[-1] += " " + gap.strip() + "s"  # "79 Boeing 737 Max 9s": the model's plural
            pos, head = m.end(), True
            continue
        elif gap.strip() and gap.strip() not in ("-",) and not quoted:
            break  # (but a word in scare quotes runs on: 'two "unnatural" deaths')
        low = m.group(0).casefold()
        if phrase and headed and pos == end and low != "of":
            break
        if phrase and head and taken and (said or not _noun(m.group(0), lex)):
            if said or not lex.states.fullmatch(m.group(0)):
                break
            said = True
        if not taken and low == "of":
            pos, head = m.end(), False  # "three weeks of testimony": the "of" phrase's head
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
        if not taken and low in lex.bars:
            break  # "the 288 needed": no noun of its own (a bar, ``figure_reports``)
        if not taken and low in lex.noun_stop:
            pos = m.end()
            continue
        taken.append(m.group(0).strip("’'"))
        head = head or _noun(m.group(0), lex)
        pos = m.end() + quoted  # past the closing quote
    return " ".join(taken), (pos if taken else end)


def own_words(text: str, start: int, counts: str, lex: Lexicon) -> tuple[str, int]:
    """The words a whole counts without the predicate of its part, and where they end: in
    "21 of the 23 infected died" the counted words after 23 run on to "died", which says
    what became of the 21, while the 23 are "the infected" (cases). The words are cut
    before a word saying what became of someone that follows the first word."""
    first = _WORD.match(counts)
    said = lex.states.search(counts, first.end()) if first else None
    if said is None:
        return counts, start
    kept = counts[: said.start()].split()
    pos = start
    for m, _ in zip(_WORD.finditer(text, start), kept, strict=False):
        pos = m.end()
    return " ".join(kept), pos


_AGE_APPOSITION = re.compile(
    r"\s*,?\s*(?:aged|ages(?:\s+of)?)\s+[\w-]+(?:\s*(?:,\s*(?:and\s+)?|and\s+|to\s+|[-–]\s*)[\w-]+)*"
    r"(?:\s+years?\s+old)?\s*,?",
    re.IGNORECASE,
)
"""The ages of those a figure counts, set between it and what became of them ("three girls,
aged six, seven and nine, were killed"): passed over to read the predicate."""
_PART = r"[^,;.!?()—–]*"
_PARTS_OPENED = r"including|among\s+them"
"""The words that open a breakdown of those a figure counts wherever it stands ("including",
"among them"): between commas, between dashes or with none."""
_PARTS_NAMED = rf"(?:{_PARTS_OPENED}|mostly|many\s+of\s+them)\s"
"""The words that open a breakdown between commas or dashes (``_PARTS_OPENED``, "mostly",
"many of them")."""
_BREAKDOWN = rf"\s*,\s*{_PARTS_NAMED}"
_INCLUDING = re.compile(rf"{_BREAKDOWN}{_PART},", re.I)
"""Those a figure counts broken down between commas, before what became of them ("40 people,
including women and children, were killed"): passed over to read the predicate, with any
number inside it (a part of the whole, read on its own)."""
_INCLUDING_LIST = re.compile(rf"{_BREAKDOWN}(?:{_PART},\s*){{1,5}}{_PART}\band\s{_PART},", re.I)
"""A breakdown that is a list, its last item joined by "and" ("300 people, including women,
children and the elderly, were evacuated"), when no item says what became of anyone ("40
people, including two children, were killed, and 30 others ..." is no list)."""


_ASIDE = re.compile(
    rf"\s*[–—]\s*(?:{_PARTS_NAMED}[^–—.;!?()]{{1,60}}?|[^–—.;!?()\d]{{1,60}}?)\s*[–—]", re.I
)
"""An aside between dashes after those a figure counts ("20 people – all on the ground –
were feared dead"): passed over to read the predicate. Numbers only in a breakdown ("40
people – including 12 students – were arrested"): those of another aside count something
else ("the van – which carried 30 passengers – was hit")."""
_CLOSING_DASH = re.compile(r"\s*[–—]\s*")
"""The dash that closes an aside a figure sits in, right after the figure's words, and the
spaces around it."""
_OPENING_DASH = re.compile(r"(?:\s[–—]|—)\s*(?P<aside>[^–—.;!?()\[\]]{1,80})$")
"""An aside between dashes opened before a figure and still open at its end ("five people –
two boys and | three girls – were rescued"), its words so far."""
_ITEM_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_WHOLE = re.compile(
    r"(?<![\w,.-])(?P<number>[\w,.-]+)(?:\s+[a-z][\w’'-]*){0,2}\s+(?P<noun>[\w’'-]+)\s*$"
)
"""The head-count right before a dash: a number, up to two lower-case words and its noun."""


def _numeral(word: str) -> bool:
    """Whether a word is a number, in digits or in words ("12", "1,200", "three")."""
    return word.replace(",", "").isdigit() or word.casefold() in number_words().word_numbers


_NAMED_PARTS = re.compile(rf"\s*{_PARTS_NAMED}", re.IGNORECASE)
"""The opening of an aside that breaks down a whole by its own word ("including a dozen
students"), whatever follows."""


def _breakdown(aside: str) -> bool:
    """Whether the words of an aside are only parts of a whole: numbers and their nouns (up
    to three lower-case words, "of them" after), joined by commas and "and" ("two boys and
    three girls", "two of them children"; not "which was carrying 30 passengers"), or any
    words a breakdown's own word opens ("including a dozen students", "among them two
    nurses")."""
    if _NAMED_PARTS.match(aside):
        return True
    for item in _ITEM_JOIN.split(aside.strip()):
        said = item.split()
        if said[-2:] == ["of", "them"]:
            said = said[:-2]
        if not (2 <= len(said) <= 4 and _numeral(said[0])):
            return False
        if not all(w[:1].islower() for w in said[1:]):
            return False
    return True


def _whole_of_people(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the words before ``end`` (a dash) are a head-count of people who are the
    subject of their clause ("Rescuers said five people | – ..."), not the object of a verb
    ("the blast killed five people | – ...": what follows the aside is another clause)."""
    for start in range(max(0, end - 60), end):
        whole = _WHOLE.match(text, start, end)
        if whole and _numeral(whole.group("number")):
            break
    else:
        return False
    if lex.noun_kind.get(whole.group("noun").casefold()) not in _PERSONS:
        return False
    return _governing(text[: whole.start("number")], lex) is None


def _predicate_at(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the predicate of those counted opens at ``pos``, after an aside: an auxiliary
    ("| were killed") or a word of what became of them with no object after it ("| drowned";
    not "| wounded 10 others", a verb of its own clause)."""
    at = pos + len(text[pos:]) - len(text[pos:].lstrip())
    if _PREDICATE.match(text, at):
        return True
    state = lex.states.match(text, at)
    if state is None:
        return False
    after = text[state.end() :].split()[:2]
    qualified = after[1:] if after and after[0].casefold() in number_words().qualifiers else after
    return not (qualified and (_numeral(qualified[0]) or qualified[0].casefold() == "others"))


def _closed_aside(text: str, end: int, lex: Lexicon) -> int:
    """Where the closing dash of an aside that a figure ending at ``end`` sits in ends, or 0:
    an aside that breaks down a head-count of people right before it into parts (``_breakdown``,
    ``_whole_of_people``), with the predicate of the whole after it ("five people – two boys
    and three girls – were rescued": the boys and the girls were rescued as the five were)."""
    closing = _CLOSING_DASH.match(text, end)
    opening = _OPENING_DASH.search(text, 0, end) if closing else None
    if closing is None or opening is None:
        return 0
    if not (_breakdown(opening.group("aside")) and _whole_of_people(text, opening.start(), lex)):
        return 0
    return closing.end() if _predicate_at(text, closing.end(), lex) else 0


_INLINE_PART = re.compile(
    rf"\s*(?:{_PARTS_OPENED})\s+[^,;.!?()—–]{{1,80}}?"
    r"(?=\s(?:were|was|are|is|have\s+been|has\s+been|had\s+been|remain|remained)\s)",
    re.IGNORECASE,
)
"""A breakdown without commas between a figure and its verb ("29 people including five
students were killed"): passed over to the verb, which says what became of the whole."""


_PAIR = re.compile(
    r"\s+(?:and|or)\s+(?:(?:the|their|other|fellow)\s+)?(?:[A-Za-z][\w’'-]*\s+)??"
    r"(?P<noun>[A-Za-z][\w’'-]*)(?=[\s,])"
)
"""A second noun joined to those a figure counts ("300 homes and businesses", "12 passengers
and crew members"): both are counted, and the predicate after them says what became of
them ("... were destroyed"), so it is read past the pair."""
_PAIR_ONE = re.compile(r"\s+(?:and|or)\s+(?:a|an|one)\s+", re.IGNORECASE)
_LOWER_WORD = re.compile(r"\s*[a-z][\w’'-]*")


def _pair_of_one(text: str, end: int, ceiling: int, lex: Lexicon) -> int:
    """Where one more of those a figure counts, in the singular, joined to them right before
    their predicate ends ("five crew members and a passenger | were killed", "seven men and
    one woman | arrested", "five girls and a camp counselor | were still unaccounted for"),
    or 0: its noun (up to three lower-case words) is followed by an auxiliary or a word of
    what became of someone, and is none itself. The predicate says what became of them all."""
    pair = _PAIR_ONE.match(text, end, ceiling)
    if pair is None:
        return 0
    pos = pair.end()
    for _ in range(3):
        word = _LOWER_WORD.match(text, pos, ceiling)
        if word is None or lex.states.fullmatch(word.group(0).strip()):
            return 0
        pos = word.end()
        if _PREDICATE.match(text, pos) or lex.states.match(text, pos + 1):
            return pos
        if _closed_aside(text, pos, lex):
            return pos  # "– two boys and three girls | – were rescued"
    return 0


_COMPOUND = re.compile(r"\d[\d.,]*-[A-Za-z][\w’'-]*")
_DETERMINED = re.compile(r"(?<![\w])(?:the|a|an|its|their|his|her|our)\s+$", re.I)


def compound_modifier(text: str, start: int) -> int:
    """Where a number at ``start`` that is a compound modifier inside a noun phrase ends ("the
    577-member chamber", "a 10-storey block"), or 0: such a number opens no clause of its
    own, so the clause of a figure before it runs past it ("331 MPs in the 577-member
    chamber voted")."""
    found = _COMPOUND.match(text, start)
    return found.end() if found and _DETERMINED.search(text, 0, start) else 0


_RELATIVE = re.compile(r"(?<=[\w’'])\s+(?:that|which)\s", re.IGNORECASE)
"""A relative clause opened after other words than those a figure counts: it is said of the
noun right before it, not of the figure ("two dam breaks caused floods that killed 5,300
people": the floods killed; "eight officials ... over a disaster that killed thousands")."""


_RELATIVE_AT = re.compile(r"\s*(?:that|which)\s", re.IGNORECASE)


_COMMA_ASIDE = re.compile(
    r",\s*(?:who|whose|or|[\w-]+\s+of\s+(?:whom|them))\b[^,;.!?()\[\]—–]{1,80}?,",
    re.IGNORECASE,
)
"""An aside set off by commas inside the subject a figure counts, opened by a relative ("six
crew members, whose ages ranged from 27 to 56, were confirmed dead"), a part of them ("six
soldiers, one of whom was a commander, were killed"; "nine officers, 4 of whom were off duty,
were wounded") or a restatement of the count ("4,200
people, or about 600 families, were affected"): news puts it between those counted and
what became of them, and its numbers and words are its own."""
_BRACKET_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")
"""A bracket right after those a figure counts, before what became of them ("156 people (80%)
detained during the protests")."""
_PREDICATE = re.compile(r"\s*(?:were|was|are|is|have|has|had|remain|remains|remained)\b", re.I)
"""An auxiliary opening the predicate after an aside."""


def _aside_before_predicate(text: str, end: int, ceiling: int) -> re.Match[str] | None:
    """The aside (``_COMMA_ASIDE``; a bracket right at ``end``: ``_BRACKET_ASIDE``) after the
    words a figure counts, in its clause, that the predicate of those counted follows: an
    auxiliary or a word of what became of them right after it. None when there is none."""
    if ceiling <= end:
        return None  # no clause of its own read after it (the whole of "5 of the 6 ...")
    bracket = _BRACKET_ASIDE.match(text, end)
    if bracket is None:
        aside = _COMMA_ASIDE.search(text, end, len(text))
        if aside is None or aside.start() >= ceiling or clause_end(text, end, aside.start()):
            return None
    else:
        aside = bracket
    after = aside.end()
    if _PREDICATE.match(text, after) or lexicon().states.match(text, after + 1):
        return aside
    return None


_NEXT_COUNT = derived(
    lambda: re.compile(
        r"(?:(?:"
        + "|".join(spaced(q) for q in sorted(number_words().qualifiers, key=len, reverse=True))
        + r")\s+)?(?:\d[\d,.]*|[A-Za-z]+(?:-[A-Za-z]+)?)(?:\s+(?:"
        + alternation(s for s in number_words().scales if len(s) > 2)  # not "m", "bn", "k"
        + r")\b)?(?P<glued>[A-Za-z%°])?\s+(?P<word>[A-Za-z][\w’'-]*)",
        re.IGNORECASE,
    )
)
"""A number and the word after it, with the qualifier before it and the scale word after it
that the numbers reader knows (``qualifiers``, ``scales``): "30,000 people", "some 2
million residents", "six of them", "3 miles"."""


def _own_object(text: str, end: int, ceiling: int) -> bool:
    """Whether the verb of a fate ending at ``end``, after an "and", governs the next number
    (at ``ceiling``) as its own object ("flooded 200 homes and displaced some 5,000 people",
    "seized 40 villagers and killed six of them"): another count's fate, not one more said
    of those counted before the "and". Only a number of people or things is an object: one
    with a unit after it says where or when ("were shot and killed 3 miles from the stadium",
    "... 12 km from the border")."""
    if ceiling >= len(text) or _OBJECT_GAP.fullmatch(text, end, ceiling) is None:
        return False
    count = _NEXT_COUNT().match(text, ceiling)
    if count is None or count.group("glued"):
        return False  # "killed 12km away", "killed 5% of": a measure
    word = count.group("word")
    if word.casefold() in number_words().units:
        return False
    return word.casefold() == "of" or _noun(word, lexicon())


def _window_after(text: str, end: int, ceiling: int, own: bool = True) -> str:
    """The rest of the clause after a figure, up to the next number (at ``ceiling``) and at
    most twelve words, past the ages of those it counts, an aside between dashes, a
    breakdown of them, an aside between commas or in brackets before their predicate
    (``_aside_before_predicate``) and an "and" before a fate (``_AND``), and up to a relative clause
    about another noun (``_RELATIVE``; right at ``end`` too unless ``own``: the words read
    before it ran past their head noun into another, "two dam breaks caused floods | that
    killed")."""
    ages = _AGE_APPOSITION.match(text, end, ceiling)
    end = ages.end() if ages else end
    lex = lexicon()
    aside = _ASIDE.match(text, end)
    if (
        aside
        and aside.end() > ceiling
        and _breakdown(aside.group(0).strip().strip("–—"))
        and _whole_of_people(text, end, lex)
        and _predicate_at(text, aside.end(), lex)
    ):
        ceiling = len(text)  # "five people – two boys and three girls – were rescued"
    end = aside.end() if aside else end
    listed = _INCLUDING_LIST.match(text, end)
    if listed and lex.states.search(listed.group(0)):
        listed = None
    parts = listed or _INCLUDING.match(text, end) or _INLINE_PART.match(text, end)
    if parts:
        end, ceiling = parts.end(), len(text)
    pair = _PAIR.match(text, end, ceiling)
    if pair and _noun(pair.group("noun"), lex):
        end = pair.end()  # "300 homes and businesses | were destroyed"
    elif one := _pair_of_one(text, end, ceiling, lex):
        end = one  # "five crew members and a passenger | were killed"
    if closed := _closed_aside(text, end, lex):
        end, ceiling = closed, len(text)  # "– two boys and three girls | – were rescued"
    head = ""
    if aside := _aside_before_predicate(text, end, ceiling):
        # "six crew members, whose ages ranged from 27 to 56, | were confirmed dead"
        head, end, ceiling = text[end : aside.start()], aside.end(), len(text)
    stop = clause_end(text, end, ceiling)
    states = lex.states
    while stop:
        fate = states.match(text, _past_auxiliary(text, stop.end()))
        if _AND.fullmatch(stop.group(0)) and fate and not _own_object(text, fate.end(), ceiling):
            stop = clause_end(text, stop.end(), ceiling)  # "were shot and killed"
        elif modifier := compound_modifier(text, stop.start()):
            stop = clause_end(text, modifier, ceiling)  # "in the 577-member chamber"
        else:
            break
    rest = head + text[end : stop.start() if stop else ceiling]
    other = _RELATIVE.search(rest)
    if not own and _RELATIVE_AT.match(rest):
        rest = ""
    elif other:
        rest = rest[: other.start()]
    return " ".join(rest.split()[:12])


_STOP_BEFORE = re.compile(r"[;!?—–(]|\.(?!\d)|(?<!\d)\.")
"""A stop before a figure ends its clause; a decimal point ("a 7.7 magnitude quake") does not."""
_CONJUNCTION = re.compile(r",\s*(?:and|but|while|whereas)\s|\s(?:but|while|whereas)\s")
_DASH_ASIDE = re.compile(r"(?:\s[–—−]\s|—)[^–—−;!?()]{1,200}?(?:\s[–—−]\s|—)")
"""An aside between spaced dashes before a figure ("The death toll – the worst in decades –
rose to 55"), or between em dashes closed up as American style sets them ("The death
toll—the worst in decades—rose to 55"; an en dash closed up joins a range, "2020–2021"):
passed over, so that its clause's words before it are read."""


def _window_before(text: str, start: int, floor: int) -> str:
    """The words before a figure back to its clause's start or the number before it (at
    ``floor``), at most twenty, past an aside between dashes (``_DASH_ASIDE``). A clause
    starts after a stop, a dash or a bracket, and after
    a conjunction that follows a word saying what became of someone: that word ends the
    clause before ("three were killed, and eight were hurt": "killed" is of the three
    only), while "the toll ..., and activists put the number at 53" stays one reading."""
    lex = lexicon()
    head = _DASH_ASIDE.sub(" ", text[floor:start])
    stops = (m for m in _STOP_BEFORE.finditer(head) if not abbreviated(head, m.start()))
    cut = max((m.end() for m in stops), default=0)  # "in the U.S. rose to 13": no stop
    for m in _CONJUNCTION.finditer(head, cut):
        said = head[: m.start()].rstrip()
        ends = (w.end() for w in (*lex.before.finditer(said), *lex.states.finditer(said)))
        if len(said) in ends:
            cut = m.end()
    return " ".join(head[cut:].split()[-20:])


_ASIDE_OPEN = re.compile(r"(?:\s[–—]|—)\s*$")
_ASIDE_CLOSE = re.compile(r"\s*(?:[–—]\s|—)")


def _aside_opened(text: str, n: Number) -> int:
    """Where the aside a number fills alone opens, set off by dashes after the noun phrase it
    gives the value of ("those killed — 97 — were women", "the death toll – 97 – was the
    highest"), else the number's start: the words before the aside are its own. Brackets
    are left out: "men (30), women (20)" is a tally by group, no restatement."""
    opened = _ASIDE_OPEN.search(text, 0, n.start)
    if opened is None or not _ASIDE_CLOSE.match(text, n.end):
        return n.start
    return opened.start()


def _first(pattern: re.Pattern[str], text: str, table: dict[str, str]) -> str | None:
    found = pattern.search(text)
    return table[found.group(0).casefold()] if found else None


def _last(pattern: re.Pattern[str], text: str, table: dict[str, str]) -> str | None:
    found = [table[m.group(0).casefold()] for m in pattern.finditer(text)]
    return found[-1] if found else None


def _measure(before: str, lex: Lexicon) -> str | None:
    """The kind the last kind-giving word before a figure gives it ("the death toll rose to
    95", "at a depth of 10 km"). A phrase ending in "of" ("the deaths of", "the remains of")
    gives it only right before the figure, whose complement it then is: "after the death of
    the president, three people protested" says nothing of the three."""
    found = [
        lex.before_kind[m.group(0).casefold()]
        for m in lex.before.finditer(before)
        if not m.group(0).casefold().endswith(" of") or _OF_GAP.fullmatch(before, m.end())
    ]
    return found[-1] if found else None


_MEASURE_GAP = re.compile(
    r"\s*(?P<of>of\s+)?(?:(?:about|around|some|nearly|almost|over|up\s+to|more\s+than|"
    r"at\s+least)\s+)?$",
    re.IGNORECASE,
)
"""Between a measure's name and its number: "magnitude 6", "a depth of about 10", "winds of
up to 250"."""


def _known_noun(counts: str, lex: Lexicon) -> bool:
    """Whether ``counts`` names a noun the lexicon knows that is no word of what became of
    someone ("people", "cars"; not "injured", nor "aftershocks", which a magnitude measures)."""
    return any(
        lex.nouns.fullmatch(w) and not lex.states.fullmatch(w) for w in counts.casefold().split()
    )


def measure_named(before: str, lex: Lexicon) -> str | None:
    """The measure (``MEASURES``) whose name a number follows right after, as its value ("a
    quake of magnitude 6 killed 1,400 people", "at depths of 7 to 100 km", "a magnitude of
    7.1"), or None. The name is the measure's noun, said with "of" or before the number as
    its unit ("magnitude 6"): a word of the measure that names no value ("in heavy rain 12
    people died") governs nothing. News gives a measure so, and what follows the number
    ("killed", "injured") is said of the quake or storm it measures, not of the number."""
    found = list(lex.before.finditer(before))
    if not found:
        return None
    last = found[-1]
    word = " ".join(last.group(0).casefold().split())
    kind = lex.before_kind[word]
    gap = _MEASURE_GAP.fullmatch(before, last.end())
    if kind not in MEASURES or gap is None:
        return None
    named = word.endswith(" of") or bool(gap.group("of")) or word.rstrip("s") == kind
    return kind if named else None


_NEW_CLAUSE = re.compile(r",\s*(?:with|while|as|whereas|but|along\s+with)\b", re.I)


def _fate_of_others(before: str, lex: Lexicon) -> bool:
    """Whether the last kind-giving word before a figure is a verb of what became of people
    that does not govern it ("2,000 people were killed and injured in the quake, with 9,000
    people living nearby"): it is said of others, not of a head-count the figure names."""
    found = list(lex.before.finditer(before))
    last = found[-1] if found else None
    return (
        last is not None
        and bool(lex.states.fullmatch(last.group(0)))
        and bool(_NEW_CLAUSE.search(before, last.end()))
    )


def _named_tally(before: str, lex: Lexicon) -> str | None:
    """The kind of what "the number of ..." names last in the words before a figure ("the
    number of injuries to 38"), or None."""
    named = [m.group(1) for m in _NUMBER_OF.finditer(before)]
    if not named:
        return None
    found = [lex.noun_kind[m.group(0).casefold()] for m in lex.nouns.finditer(named[-1])]
    found += [lex.state_kind[m.group(0).casefold()] for m in lex.states.finditer(named[-1])]
    return _preferred(found, lex)


def _preferred(found: Sequence[str], lex: Lexicon) -> str | None:
    return min(found, key=lex.kinds.index) if found else None


def head_count(counts: str, lex: Lexicon) -> bool:
    """Whether ``counts`` names no kind but a plain head-count ("locals", "miners"), so a
    figure counting it took its kind from elsewhere in the sentence."""
    return all(
        lex.noun_kind[m.group(0).casefold()] == HEADCOUNT for m in lex.nouns.finditer(counts)
    )


TALLIED = re.compile(rf"{CAPITAL}[\w’'-]*\s*\(\s*$")
"""Before a number alone in brackets after a name: "Nairobi (17), Nakuru (3)", a tally by
place or group whose kind the head of the sentence gives ("The dead are from ...")."""


def tally_kind(text: str, n: Number, lex: Lexicon) -> str | None:
    """The kind a tally's head names before its first bracket, or None."""
    head = text[: text.index("(")] if "(" in text[: n.start] else ""
    found = [lex.noun_kind[m.group(0).casefold()] for m in lex.nouns.finditer(head)]
    found += [lex.state_kind[m.group(0).casefold()] for m in lex.states.finditer(head)]
    return _preferred(found, lex)


def _past_modifiers(counts: str) -> list[str]:
    """The words of ``counts`` past up to two lower-case words before a capitalised one
    ("young Nepalis", "ordinary Iranians", "everyday New Yorkers"): the modifiers of a
    people named by their place."""
    said = counts.split()
    for skip in (1, 2):
        lower = all(w[:1].islower() for w in said[:skip])
        if len(said) > skip and lower and said[skip][:1].isupper():
            return said[skip:]
    return said


def nationals(counts: str) -> bool:
    """Whether what a figure counts is people named by their state: the plural of a state's
    adjective ("169 Indians", "five Pakistanis") or an adjective that is its own plural
    ("18 Chinese"), capitalised. Such a count is a head-count of people, which what became
    of them may make a toll."""
    said = _past_modifiers(counts)
    if len(said) != 1 or not said[0][:1].isupper():
        return False
    word = said[0].casefold()
    own_plural = word.endswith("ese") and word in state_adjectives()
    return own_plural or (word.endswith("s") and word[:-1] in state_adjectives())


def townsfolk(counts: str, lex: Lexicon) -> bool:
    """Whether what a figure counts opens with the people of a place, named by the ending of
    their plural ("12 New Yorkers", "53 Britons", "five Muscovites"): the capitalised words
    it starts with, one to three, the last ending as such a noun does."""
    words_ = _past_modifiers(counts)
    run = list(itertools.takewhile(lambda w: w[:1].isupper() and not w.isupper(), words_))
    return 0 < len(run) <= 3 and run[-1].casefold().endswith(lex.demonym_endings)


def _thing(counts: str, lex: Lexicon) -> bool:
    """Whether what a figure counts ends in a thing no kind counts ("100 farm animals killed",
    "five fighter jets"), no noun the lexicon knows after it ("100 cattle farmers"; a word
    of what became of them may follow: "40 whales washed up dead"). Only in lower case: "two
    Penguins were injured" names players of a team."""
    said = counts.split()
    at = max((i for i, w in enumerate(said) if w in lex.things), default=-1)
    return at >= 0 and not _known_noun(" ".join(said[at + 1 :]), lex)


def _modifier(counts: str, noun: re.Match[str], lex: Lexicon) -> bool:
    """Whether a noun of the lexicon, matched by ``noun`` in what a figure counts, is a
    singular word modifying a plural noun one or two lower-case words after it ("300 death
    row inmates", "40 case workers", "2,000 flight attendants"): a compound whose head is that
    plural, so the noun gives no kind: after a number above one, a singular is no head (the
    caller reads one of something as its own head: "one death occurs"). Only the singular of
    a plural the lexicon knows ("death" of "deaths"; not "men" of "two men whose bodies"), and
    not before a word of what became of someone ("five soldier killed")."""
    word = noun.group(0).casefold()
    if word + "s" not in lex.noun_kind:
        return False  # a plural ("deaths", "men", "staff"), or a phrase
    for after in itertools.islice(_WORD.finditer(counts, noun.end()), 2):
        said = after.group(0)
        if not said[:1].islower() or lex.states.fullmatch(said):
            return False
        if _noun(said, lex):
            return True
    return False


def _no_count(text: str, n: Number, counts: str = "") -> bool:
    """Whether a number in words names rather than counts: "one hand", "the two nations".
    After "all" it counts the noun that follows ("convicted on all seven counts", "all five
    state capitals"), but with no noun it points back to those already counted ("All three
    had pleaded not guilty")."""
    if not n.needs_noun:
        return False
    if n.value == 1 or n.year:
        return True
    found = _DETERMINER.search(text[: n.start])
    if found is None:
        return False
    named = any(_noun(w, lexicon()) for w in counts.split())
    return not (found.group(0).split()[0].casefold() == "all" and named)


_OBJECT_GAP = re.compile(
    r"\s*(?:(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|up\s+to|about|"
    r"around|some|nearly|almost|over|another|a\s+further|an\s+estimated)\s*)?$",
    re.IGNORECASE,
)
_OF_GAP = re.compile(
    r"\s*(?:(?:the|all|some)\b\s*)?" + _OBJECT_GAP.pattern.removeprefix(r"\s*"), re.I
)
"""Between a phrase ending in "of" and the figure it governs ("the deaths of at least 12",
"the remains of all 8")."""


_VALUE_OF = re.compile(
    r"(?<![\w])(?:to|at|of|reached|reaching|hit|hitting|passed|passing|topped|topping|"
    r"surpassed|exceeded|exceeding)\s*" + _OBJECT_GAP.pattern.removeprefix(r"\s*"),
    re.IGNORECASE,
)
"""Between a tally named before a figure and its value: "the death toll rose to 16", "the
number of missing stands at 12", "the toll passed 100": the figure is the tally's value, so
what a later clause says ("as crews battled to cut off the fire") is not of those counted."""
OBJECTS = frozenset({"buildings", "vehicles", "flights", "devices", "doses"})
"""Kinds that count things: what befalls people ("affected", "missing", "rescued") said of
them is no count of people ("19 hospitals were affected", "two boats are missing", "3,000
doses were shipped to the clinics"). Homes evacuated are the exception: a report counts the
households displaced by them."""


OUTAGE = "customers"
"""The kind of a count left without power, whoever it names (people, homes, customers): news
counts a power cut by the customers of the grid (``customers``' states in the lexicon)."""


_JOINED = re.compile(r"\s*(?:,\s*(?:or\s+|and\s+)?|or\s+|and\s+)")
"""Between two fates said of the same people ("killed, injured or unaccounted for")."""
FATES = ("deaths", "injured", "missing")


def _joined_fates(after: str, lex: Lexicon) -> frozenset[str]:
    """The fates a figure's clause says of those counted as alternatives or together,
    joined by a comma, "or" or "and" ("were killed or injured", "dead or missing"): no one
    fate counts them all. Empty when the clause joins no two different fates."""
    found = [
        (m, kind)
        for m in lex.states.finditer(after)
        if (kind := lex.state_kind[m.group(0).casefold()]) in FATES
    ]
    joined: set[str] = set()
    for (a, ka), (b, kb) in itertools.pairwise(found):
        if ka != kb and _JOINED.fullmatch(after, a.end(), b.start()):
            joined |= {ka, kb}
    return frozenset(joined)


_PERSONS = frozenset({HEADCOUNT, "troops"})
"""Kinds of people by who they are, not what became of them: soldiers are captured, jailed
or freed as any group of people is ("captured 102 soldiers" counts the detained)."""


def _governing(before: str, lex: Lexicon, counts: str = "") -> str | None:
    """The kind of an event verb right before a figure, which makes the figure its object
    ("killed 23 people", "injuring at least 40"; any one-word participle of what became of
    people, before people (troops too: "captured 40 soldiers") or no noun: "has infected
    7,000 people", "relocated 420,000", not "contracted three firms"): what became of those
    counted is said there,
    and a verb after them belongs to another clause ("the owner of a plant where a blast
    killed 23 people has been arrested" arrested the owner, not the 23). Two such verbs of
    different fates joined before it ("killed and injured 300 people", "killing and
    detaining dozens") say no one fate of them all: casualties for the killed and the
    injured, else a plain count, as ``_joined_fates`` reads them after a figure."""
    verbs = [
        (m, kind)
        for m in lex.before.finditer(before)
        if (kind := lex.before_kind[m.group(0).casefold()]) in lex.events
    ]
    for i, (m, kind) in enumerate(verbs):
        if _OBJECT_GAP.fullmatch(before, m.end()):
            a, ka = verbs[i - 1] if i else (m, kind)
            if ka != kind and _JOINED.fullmatch(before, a.end(), m.start()):
                # "killed and injured 300 people": no one fate counts them all
                return "casualties" if {ka, kind} == {"deaths", "injured"} else COUNT
            return kind
    people = not counts or (
        bool(lex.nouns.search(counts))
        and all(
            lex.noun_kind[m.group(0).casefold()] in _PERSONS for m in lex.nouns.finditer(counts)
        )
    )
    for m in lex.states.finditer(before if people else ""):
        word = m.group(0).casefold()
        kind = lex.state_kind[word]
        if (
            kind in lex.events
            and word.endswith("ed")
            and " " not in word
            and _OBJECT_GAP.fullmatch(before, m.end())
        ):
            return kind
    return None


def _plight(before: str, lex: Lexicon) -> bool:
    """Whether a verb of what became of people that no kind names governs a figure right
    after it ("trapping 43 workers", "stranding hundreds"): a plain count, as after them."""
    return any(_OBJECT_GAP.fullmatch(before, m.end()) for m in lex.count_states.finditer(before))


def _speaker(counts: str) -> bool:
    """Whether the words one counts run from a noun into a verb of saying ("survivor said",
    "analyst notes"): one of them is who speaks, no figure."""
    said = counts.casefold().split()
    return len(said) > 1 and said[1] in SPEAKING()


def _speaks_after_aside(text: str, end: int) -> bool:
    """Whether a verb of saying follows an aside between dashes right after what one counts,
    ending at ``end`` ("one 40-year-old trader – a father of three – said"): who speaks."""
    aside = _ASIDE.match(text, end)
    said = text[aside.end() :].split()[:1] if aside else []
    return bool(said) and said[0].casefold() in SPEAKING()


def _plural_of_one(counts: str, lex: Lexicon) -> str:
    """What one counts, its first word made the plural the lexicon knows ("civilian":
    "civilians", "woman": "women", "American": "Americans"), so that one of them is read as
    more of them would be; ``counts`` itself when its first word has no such plural."""
    said = counts.split(maxsplit=1)
    if not said:
        return counts
    word = said[0]
    low = word.casefold()
    plural = lex.irregular_plurals.get(low, low + "s")
    known = plural in lex.noun_kind or (word[:1].isupper() and low in state_adjectives())
    if not known or low in lex.noun_kind:
        return counts
    if word[:1].isupper():
        plural = word + plural[len(low) :]
    return " ".join([plural, *said[1:]])


def _head(counts: str, lex: Lexicon) -> str:
    """The first word of what one counts, in the plural the lexicon knows ("woman arrested":
    "women"), lower-cased; "" when it counts nothing."""
    said = _plural_of_one(counts, lex).split()[:1]
    return said[0].casefold() if said else ""


def names_people(counts: str, lex: Lexicon) -> bool:
    """Whether what one counts names people by who they are ("men", "a woman" read as
    "women", "militants", "soldier"): a head-count or troops, its head the first word, with
    whatever it runs on into after it ("woman detained") left aside."""
    return lex.noun_kind.get(_head(counts, lex)) in _PERSONS


def _from_places() -> re.Pattern[str]:
    qualifier = "|".join(spaced(q) for q in sorted(number_words().qualifiers, key=len)[::-1])
    return re.compile(rf"\s+(?:from|in|at|across)\s+(?:(?:{qualifier})\s+)?", re.IGNORECASE)


_FROM_PLACES = derived(_from_places)
"""Between those a figure counts and a number of the places or bodies they come from or are
in, perhaps with its qualifier (``qualifiers``): "1,000 people from | some 40 countries"."""


def origin_end(
    text: str, counts: str, counts_end: int, place: Number, limit: int, lex: Lexicon
) -> int:
    """Where the words of a number of places or bodies (``place``) that the people a figure
    counts come from or are in end, when the predicate of those people follows them ("five
    workers from two firms | were killed", "a dozen fans at about three stadiums | were
    hurt"), else 0: the predicate is said of the people, not of the places. ``counts``: the
    people's counted words, ending at ``counts_end``; ``limit``: where the number after the
    places starts."""
    if place.unit or not (counts and names_people(counts, lex)):
        return 0
    if _FROM_PLACES().fullmatch(text, counts_end, place.start) is None:
        return 0
    places, end = counted(text, place.end, lex, phrase=True, limit=limit)
    if not places or names_people(places, lex) or lex.states.search(places):
        return 0  # "five children from two families": people again
    return end if _predicate_at(text, end, lex) else 0


def halves_of_one_group(first: str, second: str, lex: Lexicon) -> bool:
    """Whether two counts split one group of people (``group_halves``: "four men" and "two
    women", "six children" and "one adult"), by their heads."""
    return frozenset({_head(first, lex), _head(second, lex)}) in lex.group_halves


def runs_into_state(counts: str, lex: Lexicon) -> bool:
    """Whether what one counts runs on past its head into a word of what became of them, a
    bare participle ("woman detained", "officer missing", "man injured in"), not an auxiliary
    and a predicate read after it ("men" of "two men were killed")."""
    return bool(lex.states.search(" ".join(counts.split()[1:])))


_SUBJECT_PRONOUNS = derived(lambda: words("figures", "subject_pronouns"))


def elided(counts: str, lex: Lexicon) -> bool:
    """Whether the words read after a number name nothing it counts, but open a clause of
    their own with a subject pronoun ("up from the 31.4 it drew last spring"), with no noun
    among them. The number's noun is left out, as after a bare number ("11 were"), so it
    counts what the figure before it counts."""
    said = counts.split()
    if not said or any(_noun(w, lex) for w in said):
        return False
    return said[0].casefold() in _SUBJECT_PRONOUNS()


def _modified_span(counts: str, lex: Lexicon) -> bool:
    """Whether what a number counts is a unit of time, after words that only measure it
    (``span_modifiers``: "42 consecutive days", "two long weeks"; "five more days", its
    "more" read as a qualifier): a span of time, as "42 days" is."""
    said = list(itertools.dropwhile(lambda w: w in lex.span_modifiers, counts.casefold().split()))
    return bool(said) and number_words().units.get(said[0], ("", ""))[1] == "duration"


_DECIMAL = re.compile(r"\d\.\d$")


def _shock_magnitude(text: str, n: Number, counts: str, lex: Lexicon) -> bool:
    """Whether a number with a decimal point, below ten, is right before the noun of one shock
    of the earth ("a 6.4 quake", "the strong 5.8 aftershock that followed"): its magnitude,
    as news writes it with no unit."""
    said = counts.split()
    return (
        bool(said)
        and said[0].casefold() in lex.shocks
        and n.value < 10
        and bool(_DECIMAL.search(text, n.start, n.number_end or n.end))
    )


_WORDS_BEFORE = re.compile(r"(?:([\w’'-]+)\s+)?(?:([\w’'-]+)\s+)?$")
"""The two words right before a place, with nothing but spaces between them and it."""
_NONE_OF = re.compile(r"(?<![\w-])(?:none|neither)\s+of\s+(?:(?:the|these|those)\s+)?$", re.I)
"""Right before a figure: of all it counts, none is what the clause says ("none of the 30
guests were hurt")."""


def _verb(state: str) -> bool:
    """Whether a word of what became of people ends in a verb ("injured", "died", "hurt"),
    not a noun ("injuries", "dead")."""
    last = state.split()[-1].casefold()
    return last.endswith(("ed", "ing")) or last in ("hurt", "die", "dies")


def _denied(text: str, state: re.Match[str], lex: Lexicon) -> bool:
    """Whether the word of what became of people matched by ``state`` in ``text`` is denied:
    a noun of harm right after a noun denial or one adjective after it ("without serious
    injuries", "with no injuries"), a verb right after a verb denial or its auxiliary ("were
    not injured", "have not been evacuated", "none were hurt"). Never across a noun: in "20
    people without shelter died" and "14 patients with no symptoms died" they died."""
    before = _WORDS_BEFORE.search(text, 0, state.start())
    near, last = before.groups() if before else (None, None)
    if last is None:
        return False
    words = [w.casefold() for w in (near, last) if w is not None]
    if _verb(state.group(0)):
        if words[-1] in lex.denied_auxiliaries and len(words) == 2:
            words.pop()
        return words[-1] in lex.verb_denials
    if words[-1] in lex.noun_denials:
        return True
    return len(words) == 2 and words[0] in lex.noun_denials and not _noun(words[1], lex)


def _backing() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    voters = alternation(words("figures", "voter_nouns"))
    verbs = alternation(words("figures", "backing_verbs"))
    adverbs = alternation(words("figures", "backing_adverbs"))
    particles = alternation(words("figures", "backing_particles"))
    objects = alternation(words("figures", "vote_objects"))
    return (
        re.compile(  # "210 senators", "48 out of the 90 councillors", "20 opposition MPs"
            r"\s+(?:(?:out\s+)?of\s+(?:the\s+|its\s+|all\s+)?\d[\d,]*\s+)?"
            rf"(?:[\w’'-]+\s+)?(?:{voters})(?![\w’'-])",
            re.IGNORECASE,
        ),
        re.compile(  # "... backed", "... have since supported"; not "backed down"
            rf"\s+(?:(?:{adverbs})\s+)?(?:{verbs})(?![\w-])(?!\s+(?:{particles})(?![\w-]))",
            re.IGNORECASE,
        ),
        re.compile(  # "was supported by | 48 out of the 90 councillors"
            rf"(?<![\w-])(?:{verbs})\s+by" + _OBJECT_GAP.pattern + r"(?<=\s)$", re.I
        ),
        re.compile(rf"(?<![\w’'-])(?:{objects})(?![\w’'-])", re.IGNORECASE),
    )


_BACKING = derived(_backing)
"""Those who vote (``voter_nouns``) right after a number, the verb of backing that they are
the subject of (``backing_verbs``, not before a particle: ``backing_particles``), that verb's
passive before them ("backed by"), and what is put to a vote (``vote_objects``)."""

_VOTE_REACH = 4
"""How many words after a verb of backing, or before its passive, may hold what is put to a
vote: its object ("backed the opposition's motion"), its subject ("the bill was backed by")."""

_VOTE_CLAUSE_END = re.compile(r"[.,;:!?()\[\]\"“”]")
"""Where the clause of a verb of backing ends, for what is put to a vote."""


def cast_votes(text: str, n: Number) -> bool:
    """Whether a number counts voters who back or oppose a thing put to a vote, as the
    subject of a verb of backing ("some 210 senators backed the amendment") or its agent
    ("the motion was opposed by 48 of the 90 councillors", "the candidate was endorsed by
    2.1 million voters"): votes cast, as "210 senators voted for it" are. Voters backing what
    is put to no vote ("40 lawmakers backed a letter", "backed away", "opposed to the plan")
    and other head-counts that back something stay people."""
    voters, verb, passive, objects = _BACKING()
    who = voters.match(text, n.number_end or n.end)
    if who is None or n.unit:
        return False
    backed = verb.match(text, who.end())
    if backed:
        after = _VOTE_CLAUSE_END.split(text[backed.end() : backed.end() + 120], maxsplit=1)[0]
        return any(objects.fullmatch(w) for w in after.split()[:_VOTE_REACH])
    by = passive.search(text, 0, n.start)
    if by is None:
        return False
    before = _VOTE_CLAUSE_END.split(text[max(0, by.start() - 120) : by.start()])[-1]
    return any(objects.fullmatch(w) for w in before.split()[-_VOTE_REACH:])


def _in_money() -> re.Pattern[str]:
    nouns = alternation(words("figures", "money_in_nouns"))
    return re.compile(rf"\s+in\s+(?:{nouns})(?![\w’'-])", re.IGNORECASE)


_IN_MONEY = derived(_in_money)
"""After a plural round number standing alone, "in" and a noun of money (``money_in_nouns``)
right after it: "millions in donations", "thousands in fines" are sums, not crowds
("millions in debt", "thousands in the capital" are people)."""


def _sheltered(before: str, after: str, counts: str, lex: Lexicon) -> bool:
    """Whether a head-count is of people a verb right before it took to where the displaced
    stay ("relocated 2,500 residents to evacuation centres"): not those who ran there, nor
    things sent there ("sent 40 buses to shelters")."""
    return (
        lex.shelter_verb.search(before) is not None
        and any(
            lex.noun_kind[m.group(0).casefold()] == HEADCOUNT for m in lex.nouns.finditer(counts)
        )
        and head_count(counts, lex)
        and lex.shelter_place.match(after) is not None
    )


def kind_of(
    text: str,
    n: Number,
    counts: str,
    counts_end: int,
    floor: int = 0,
    ceiling: int | None = None,
    phrase: str | None = None,
) -> str | None:
    """The kind of what a number counts (see the module's docstring), or None when a number
    in words counts nothing known. ``phrase``: the noun phrase of ``counts`` (``counted``)."""
    lex = lexicon()
    if n.value == 1 and not n.unit:  # "one civilian was killed": as "two civilians" would be
        if _speaker(counts) or _speaks_after_aside(text, counts_end):
            return None  # "one survivor said": who speaks, not a count
        counts, phrase = _plural_of_one(counts, lex), phrase and _plural_of_one(phrase, lex)
    before = _window_before(text, _aside_opened(text, n), floor)
    measure = _measure(before, lex)
    own = phrase is None or phrase == counts
    rest = _window_after(text, counts_end, len(text) if ceiling is None else ceiling, own)
    after = f"{counts} {rest}"
    if n.unit_kind == COUNT and not n.unit:
        return COUNT  # "the 15-nation bloc": the noun joined to it says what it counts
    if cast_votes(text, n):
        return "votes"  # "210 senators backed the bill", "opposed by 48 of the 90 councillors"
    if n.unit_kind and n.unit_kind != COUNT:
        measured = _last(lex.before, counts, lex.before_kind)
        following = _first(lex.after, text[n.end : n.end + 40], lex.after_kind)
        for word in (measure, measured, following):
            if word in MEASURES and n.unit_kind in ("distance", "speed"):
                return word  # "at a depth of 10 km", "491 mm of rain", "25 feet of water"
            if word == "magnitude" and n.unit in BARE_DEGREES:
                return word  # "measured 7 degrees on the Richter scale": no temperature
        if n.unit_kind == "share" and (
            _VOTED_BEFORE.search(text[: n.start]) or _VOTED_AFTER.match(text[n.end :])
        ):
            return "votes"  # people voting one way, as a percentage of those who voted
        if n.unit_kind in lex.plain_measures:
            return COUNT  # "500 tonnes of aid": a count, in its unit
        return n.unit_kind
    if not n.unit and _modified_span(phrase or counts, lex):
        return "duration"  # "42 consecutive days", "five more weeks": a span of time
    if _shock_magnitude(text, n, counts, lex):
        return "magnitude"  # "a strong 6.1 aftershock": no unit, but a quake's magnitude
    named_measure = measure_named(before, lex)
    if named_measure and not n.unit and not _known_noun(phrase or counts, lex):
        return named_measure  # "a quake of magnitude 6 killed 1,400": the 6 is no toll
    last = counts.split()[-1].casefold() if counts else ""
    of = _OF_WHAT.match(text, counts_end) if last in lex.occurrences else None
    if of:  # "627 instances of arrests": what the occurrences are of
        inner = [lex.noun_kind[m.group(0).casefold()] for m in lex.nouns.finditer(of.group(1))]
        if inner:
            return _preferred(inner, lex)
    if _thing(counts, lex):  # "five fighter jets were shot down": no toll, whatever the verb
        return None if _no_count(text, n, counts) else COUNT
    if _MODEL_PLURAL().search(counts):
        return MODELS  # "the airline has 64 other Max 9s": aircraft, named by their model
    head = phrase or counts  # "10 children receiving vaccine doses" counts children
    many = n.value != 1  # after a plural number, a singular noun is no head
    head_nouns = [  # not a harm denied: "150 escaped without serious injuries"
        kind
        for m in lex.nouns.finditer(head)
        if not (
            (kind := lex.noun_kind[m.group(0).casefold()]) in lex.events and _denied(head, m, lex)
        )
        and not (many and _modifier(counts if counts.startswith(head) else head, m, lex))
    ]  # nor a singular noun modifying another: "40 case workers" count workers
    said = list(head_nouns)
    words_after = " ".join(text[n.end :].split()[:3])
    right_after = lex.nouns.match(words_after)
    if right_after and not (many and _modifier(words_after, right_after, lex)):
        # "204 in favour": a noun phrase the counted words stop short of
        said.append(lex.noun_kind[right_after.group(0).casefold()])
    if not _NONE_OF.search(text, 0, n.start):  # "none of the 12 passengers were hurt"
        said += [
            lex.state_kind[m.group(0).casefold()]
            for m in lex.states.finditer(after)
            if not _denied(after, m, lex)
        ]
    if lex.escaped_unhurt.search(after):
        said.append("rescued")  # "all 40 guests escaped with no injuries": as "unhurt"
    governing = _governing(before, lex, counts)
    if governing is None and _sheltered(before, after, counts, lex):
        governing = "displaced"  # "moved 4,000 villagers to shelters"
    objects = lex.events | (OBJECTS if governing != "displaced" else frozenset())
    if governing is not None and not any(
        lex.noun_kind[m.group(0).casefold()] in objects for m in lex.nouns.finditer(counts)
    ):  # not of things: "the army captured 12 soldiers", but "captured three tanks"
        return governing  # "a fire that killed 23 people has been blamed": its object
    if not counts and measure in lex.events and _VALUE_OF.search(before):
        return measure  # "the death toll rose to 16 as crews battled to cut off the fire"
    if not counts and floor > 0 and _VALUE_OF.search(before):
        if own_tally := _named_tally(before, lex):
            return own_tally  # "the death toll to 14 and the number of injuries to 38"
        clause = _window_before(text, n.start, 0)  # past a number inside the tally's words:
        tallies = [  # "the death toll from a 7.7 magnitude quake rose to 1,644"
            kind
            for m in lex.before.finditer(clause)
            if (kind := lex.before_kind[m.group(0).casefold()]) in lex.events
        ]
        if tallies:
            return tallies[-1]
    noun = _preferred(head_nouns, lex)
    event = _preferred([k for k in said if k in lex.events], lex)
    if event in (None, "affected") and any(
        lex.state_kind[m.group(0).casefold()] == OUTAGE for m in lex.states.finditer(after)
    ):
        return OUTAGE  # "4 million homes and businesses were without power": customers
    if noun in OBJECTS and event != "displaced":
        return noun  # "19 hospitals were affected", "two boats are missing": things, not people
    fates = _joined_fates(after, lex) if event in FATES else frozenset()
    if {"deaths", "injured"} <= fates:
        return "casualties"  # "470 people were killed, injured or unaccounted for"
    if fates:
        return COUNT  # "about 120 dead or missing": neither a toll of the dead nor the missing
    lone = n.needs_noun and n.value == 1 and not lex.nouns.search(counts)
    if event and not lone:
        return event  # ("one hand was injured": "one" counts nothing)
    if (noun == HEADCOUNT or (noun is None and not _no_count(text, n, counts))) and (
        lex.count_states.search(after) or _plight(before, lex)
    ):
        return COUNT  # "300 people have been tested", "dozens were trapped", "trapping 43"
    if (
        measure is not None
        and not n.year
        and (measure in lex.events or measure in MEASURES or not said)
        and not (counts and head_count(counts, lex) and _fate_of_others(before, lex))
        and not (measure in MEASURES and any(_noun(w, lex) for w in (phrase or counts).split()))
    ):  # (not "the magnitude of the crisis forced 5,000 people to flee": they are people)
        return measure
    scale = _first(lex.after, text[n.end : n.end + 40], lex.after_kind) if not counts else None
    if scale in MEASURES and lex.after.match(text, n.end + 1):
        return scale  # "measuring 7.7 on the Richter scale"
    valued = bool(counts) and head_count(counts, lex) and bool(_VALUE_OF.search(before))
    scope = _window_before(text, n.start, 0) if valued else before if not counts else ""
    named = [m.group(1) for m in _NUMBER_OF.finditer(scope)]
    if named:  # "the number of cases has gone up to five", "... of evacuees rose to 900 people"
        found = [lex.noun_kind[m.group(0).casefold()] for m in lex.nouns.finditer(named[-1])]
        found += [lex.state_kind[m.group(0).casefold()] for m in lex.states.finditer(named[-1])]
        if found:
            return _preferred(found, lex)
    if noun is None and (nationals(counts) or townsfolk(counts, lex)):
        noun = HEADCOUNT  # "169 Indians", "12 New Yorkers": people, named by their place
    if noun == "troops" and (lex.aboard.search(before) or lex.aboard.search(after)):
        return HEADCOUNT  # "the helicopter was carrying three soldiers": its passengers
    if noun:
        return noun
    if lex.sums.search(text, n.start, n.number_end or n.end) and not said:
        return "money"  # "pumped billions into the bank", "billions in customer funds"
    first = counts.split()[0] if counts else ""
    crowd = lex.crowds.search(text, n.start, n.number_end or n.end) and not _OF_WHAT.match(
        text, past_quote(text, n.end)
    )
    if crowd and not said and _IN_MONEY().match(text, n.end):
        return "money"  # "raised millions in donations", "thousands in fines": sums, no crowd
    if (crowd or HEADCOUNT in said) and not (first and _noun(first, lex)):
        return HEADCOUNT  # "thousands gathered", "some 3,000 turned out": people, alone
    if _no_count(text, n, counts):
        return None  # "one hand", "the two nations", "the 2025 budget": not a count
    if not counts and said:  # "another 500 will be deployed", "300 were cancelled"
        return _preferred(said, lex) or COUNT
    return COUNT


TOLLS = ("deaths", "casualties")
_IDENTIFIED_AS = re.compile(r"\s*as\b", re.I)


def identified(
    text: str, n: Number, counts_end: int, floor: int, ceiling: int, lex: Lexicon
) -> bool:
    """Whether the clause of a count of the dead says they were identified or handed back
    (the few words before it, or the rest of its clause). Not a count of deaths ("the
    agency identified one death"): deaths are recorded, bodies identified."""
    counted_words = _WORD.findall(text[n.end : max(n.end, counts_end)])
    if any(w.casefold() in lex.death_events for w in counted_words):
        return False
    before = " ".join(_window_before(text, n.start, floor).split()[-6:])
    after = _window_after(text, counts_end, max(ceiling, counts_end))
    for window in (before, after):
        for m in lex.identification.finditer(window):
            if not _IDENTIFIED_AS.match(window, m.end()):
                return True
    return False
