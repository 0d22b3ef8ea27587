"""Who gives a figure: beyond a statement's claimant, the body it relays, the body a person
or group speaks for and the state it speaks for, its side (``analyse/figures`` compares
figures by who gives them: one state's officials updating a count are one side)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from briefbook.model import Kind, ReadCorpus, Statement
from briefbook.vocabulary import alternation, derived, mapping, words

_ORIGIN = re.compile(
    r"\s*(?:has\s+|have\s+|had\s+)?(?P<verb>[a-z]+)(?:\s+that)?\s+(?:\S+\s+){0,2}$", re.I
)
"""Between a name and a figure: the name gives it ("said the Institute reported that 300";
"Freedonia has reported six deaths"), when the word is a reporting verb."""

BODIES = (Kind.AGENCY, Kind.ORGANISATION)
"""Actors that people and unnamed groups speak for."""
_OFFICIAL = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:an?|the|one|two|three|several)\s+(?P<state>[A-Z][\w-]*)"
    r"\s+(?:officials?|spokes(?:man|woman|person)|ministry)\b"
)
"""After a figure: "..., said a Freedonian official": the state gives it, whoever else the
sentence names."""
DEMONYM_ENDINGS = re.compile(r"(?:i|n|an|ian|ese|ish)")
"""What a state's name takes to be its adjective, for a state the gazetteer does not know
("Freedonia", "Freedonian")."""
_TITLED = re.compile(r"['’]s(?:\s+[a-z-]+){1,4},?(?:\s+[A-Z][\w-]*\.?){0,3}\s+")
"""Between a state's name and a person's: "Freedonia's army spokesman, Maj. Gen. Ana Roe"
(the person speaks for the state)."""


def _bodies(corpus: ReadCorpus) -> dict[str, str]:
    """Actor id -> the body it speaks for: a person or group whose role or affiliation names
    a body of the corpus ("Ana Roe, president of the Freedonia Medical Association";
    "a spokesman for the Port Authority"). A body and its voices are one claimant: their
    different figures of one day are the body's own revisions, not a dispute."""
    forms = [
        (form.casefold(), a.id)
        for a in corpus.actors
        if a.kind in BODIES
        for form in {a.name, *a.aliases}
    ]
    out = {}
    for a in corpus.actors:
        if a.kind not in (Kind.PERSON, Kind.GROUP):
            continue
        said = " ".join(t for t in (a.role, a.affiliation) if t).casefold()
        if not said:
            continue
        found = [
            (len(form), body)
            for form, body in forms
            if form in said  # a cheap test first: most bodies are not named in a role
            and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", said)
        ]
        if found:
            out[a.id] = max(found)[1]
    return out


reporting_forms = derived(
    lambda: frozenset(
        form.casefold()
        for forms in mapping("attribution", "reporting_verbs").values()
        for form in forms
        if " " not in form
    )
)


@dataclass(frozen=True, slots=True)
class Voices:
    """Who a figure comes from, beyond the statement's claimant."""

    bodies: dict[str, str]
    """Actor id -> the body it speaks for (:func:`_bodies`), or whose reports it gives
    (:func:`_sources`)."""
    names: dict[str, tuple[int, int, str]]
    """Mention id -> its span in its article and its actor, for mentions of actors that can
    give a figure (not places)."""
    states: frozenset[str] = frozenset()
    """The actors that are states (governments)."""
    sides: dict[str, str] = field(default_factory=dict)
    """Actor id -> the state it speaks for (:func:`_sides`)."""
    forms: tuple[tuple[str, str], ...] = ()
    """The names of states (casefolded), each with its actor id."""
    by_name: dict[str, str] = field(default_factory=dict)
    """The names of the actors that can give a figure (casefolded), each with its actor id."""

    def state_of(self, word: str) -> str | None:
        """The state a name or its adjective names ("Freedonian": Freedonia), if one."""
        word = word.casefold()
        found = {
            state
            for form, state in self.forms
            if word.startswith(form)
            and (len(word) == len(form) or DEMONYM_ENDINGS.fullmatch(word, len(form)))
        }
        return found.pop() if len(found) == 1 else None

    def side(self, who: str) -> str:
        """The state a speaker speaks for (itself, if a state), or "" when none is known: one
        state's officials giving a running count are one side updating it."""
        return who if who in self.states else self.sides.get(who, "")

    def speaker(self, s: Statement, start: int, clause_start: int) -> str:
        """Who gives the figure at ``start``: the actor named just before it with a reporting
        verb ("... said the Institute reported that 300": the Institute), or a second source
        set against the first after an earlier figure (:meth:`_second_voice`), else the
        claimant, else the outlet's own voice; a person or group stands for the body it
        speaks for."""
        who = s.claimant
        named = [self.names[m] for m in s.mentions if m in self.names]
        before = [n for n in named if clause_start <= n[0] and n[1] <= start]
        if before:
            _, end, actor = max(before)
            between = _ORIGIN.fullmatch(s.text[end - s.start : start - s.start])
            if between and between.group("verb").casefold() in reporting_forms():
                who = actor
        relayed = self._relayed(s, start, named)
        if relayed is not None:
            who = relayed  # "Rebels accused the army of killing 12, as reported by the ministry"
        for m in _OFFICIAL.finditer(s.text, start - s.start):  # "..., said a Freedonian official"
            if m.group("verb").casefold() in reporting_forms():
                who = self.state_of(m.group("state")) or who
        other = self._second_voice(s, start, named)
        if other is not None:
            who = other
        if who is None:
            return f"outlet:{s.source_id}"
        return self.bodies.get(who, who)

    def _relayed(self, s: Statement, start: int, named: list[tuple[int, int, str]]) -> str | None:
        """Who a figure at ``start`` is credited to after it, when the claimant relays another
        source's count ("Rebels accused the army of killing 12 people, as reported by the
        health ministry"; "..., according to the Red Cross"): the actor named there, or the
        corpus's actor whose name the words are; None when none is."""
        found = relayed_pattern().search(s.text, start - s.start)
        if found is None or (s.cue and s.cue.casefold() in found.group(0).casefold()):
            return None  # "..., according to the ministry": the claimant's own cue
        begin, end = s.start + found.start("who"), s.start + found.end("who")
        inside = [n for n in named if begin <= n[0] and n[1] <= end]
        if inside:
            return max(inside)[2]  # "Freedonia's health ministry": the ministry, if named
        words = found.group("who").split()
        while words and words[0].casefold() in _LEADING:
            words = words[1:]
        return self.by_name.get(" ".join(words).casefold())

    def second_voice(self, s: Statement, start: int) -> str | None:
        """Who a second source set against the first in one sentence is, when it gives the
        figure at ``start`` (:meth:`_second_voice`): the one test of a second source, for
        every reader of a sentence's figures (``analyse/figure_reports.several_events``)."""
        return self._second_voice(s, start, [self.names[m] for m in s.mentions if m in self.names])

    def _second_voice(
        self, s: Statement, start: int, named: list[tuple[int, int, str]]
    ) -> str | None:
        """Who a second source set against the first in one sentence is, when it gives the
        figure at ``start``: named after an earlier figure of the sentence, before this one,
        by "according to" or as the subject of a reporting verb opening its own clause
        ("Unions claimed 3.5 million marched, while the authorities suggested just under 1.1
        million"; "According to the ministry, 107,000 attended; according to NGOs, almost
        half a million"). The subject may be a body named with its parts, up to nine words
        ("while the regional branch of the national seismological service recorded it at 8.7").
        The actor it names, else the words that name it; None when no
        second source is named there, or only a pronoun ("..., and he said 5 were hurt")."""
        earlier = [q.end for q in s.quantities if q.end <= start]
        if not earlier:
            return None
        lo = max(earlier) - s.start
        span = s.text[lo : start - s.start]
        found = list(second_voice_pattern().finditer(span))
        if not found:
            return None
        group = "named" if found[-1].group("named") is not None else "subject"
        words = found[-1].group(group).split()
        while words and words[0].casefold() in _LEADING:
            words = words[1:]
        if (
            not words
            or " ".join(words).casefold() in _PRONOUNS
            or _PASSIVE & {w.casefold() for w in words}
        ):
            return None  # "cases have been reported": the figure's own noun, not a source
        begin = lo + found[-1].start(group) + s.start
        end = lo + found[-1].end(group) + s.start
        inside = [n for n in named if begin <= n[0] and n[1] <= end]
        if inside:
            return inside[-1][2]
        head = words[-1].casefold()
        if len(words) > 4 or head not in _unnamed_heads():
            return None  # "forcing authorities to declare", "as the country reported"
        if s.claimant and head in s.claimant.casefold().split("-"):
            return None  # "..., the Pakistani military said": the claimant itself
        return "voice:" + " ".join(words).casefold()


def _second_voice_pattern() -> re.Pattern[str]:
    verbs = alternation(reporting_forms() | words("figures", "giving_verbs"))
    return re.compile(
        r"(?:[,;:–—]|\b(?:while|but|whereas|and)\b)\s*"
        r"(?:according\s+to\s+(?P<named>[^,;:–—]{1,60}?)\s*(?=[,;:–—]|$)"
        r"|(?P<subject>(?:[^\s,;:–—()\d]+\s+){0,8}?[^\s,;:–—()\d]+)\s+"
        rf"(?:(?:has|have|had|only|also|later|\w+ly)\s+){{0,3}}(?:{verbs})\b)",
        re.IGNORECASE,
    )


second_voice_pattern = derived(_second_voice_pattern)


def _relayed_pattern() -> re.Pattern[str]:
    said = alternation(words("figures", "relaying"))
    return re.compile(
        rf",\s*(?:{said})\s+(?P<who>[^,;:.()“”\"]{{1,60}}?)\s*(?=[,;:.()]|$)", re.IGNORECASE
    )


relayed_pattern = derived(_relayed_pattern)
"""After a figure, a clause crediting it to its source ("..., as reported by the health
ministry", "..., according to the Red Cross", "..., citing police")."""
"""A clause that opens with a source: "according to X", or "X reported", "X put the figure
at" (its subject and its verb, checked against the reporting verbs and the verbs that give
a figure)."""
_LEADING = frozenset(
    {"with", "the", "a", "an", "as", "though", "although", "while", "but", "whereas", "and"}
)
_unnamed_heads = derived(
    lambda: frozenset(
        n.split()[-1] for n in words("names", "group_nouns") | words("names", "body_nouns")
    )
)
"""The last words of an unnamed source ("officials", "police", "the ministry"): a second
voice named only so is one."""
_PASSIVE = frozenset({"been", "be", "being", "was", "were", "is", "are"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "which"})


_REPORTS = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?P<verb>[a-z]+)\b", re.I)
ACCORDING = "according to"


def _sources(corpus: ReadCorpus, names: dict[str, tuple[int, int, str]]) -> dict[str, str]:
    """Actor id -> the body or state whose reports it gives: "Freedonia has reported six
    deaths, according to Health Minister Ana Roe" (Ana Roe speaks for Freedonia)."""
    kinds = {a.id: a.kind for a in corpus.actors}
    out: dict[str, str] = {}
    for s in corpus.statements:
        who = s.claimant
        if who is None or kinds.get(who) not in (Kind.PERSON, Kind.GROUP):
            continue
        if s.cue.casefold() != ACCORDING or who in out:
            continue
        found = re.search(re.escape(ACCORDING), s.text, re.IGNORECASE)  # offsets of s.text
        cue = found.start() if found else -1
        for m in s.mentions:
            if m not in names:
                continue
            _, end, actor = names[m]
            reports = _REPORTS.match(s.text, end - s.start)
            if (
                actor != who
                and end - s.start <= cue
                and reports is not None
                and reports.group("verb").casefold() in reporting_forms()
            ):
                out[who] = actor
                break
    return out


def voices_of(corpus: ReadCorpus) -> Voices:
    kinds = {a.id: a.kind for a in corpus.actors}
    names = {}
    for m in corpus.mentions:
        actor = corpus.mention_actor.get(m.id)
        if actor is not None and kinds.get(actor) not in (None, Kind.PLACE, Kind.OUTLET):
            names[m.id] = (m.start, m.end, actor)
    states = frozenset(a.id for a in corpus.actors if a.kind == Kind.GOVERNMENT)
    forms = tuple(
        (form.casefold(), a.id)
        for a in corpus.actors
        if a.id in states
        for form in {a.name, *a.aliases}
    )
    sources = _sources(corpus, names) | _bodies(corpus)
    by_name = {
        form.casefold(): a.id
        for a in corpus.actors
        if a.kind not in (Kind.PLACE, Kind.OUTLET)
        for form in {a.name, *a.aliases}
    }
    return Voices(sources, names, states, _sides(corpus, names, states, forms), forms, by_name)


def _sides(
    corpus: ReadCorpus,
    names: dict[str, tuple[int, int, str]],
    states: frozenset[str],
    forms: tuple[tuple[str, str], ...],
) -> dict[str, str]:
    """Actor id -> the state it speaks for: the state its affiliation or role names ("officials"
    of Freedonia), else the state named before it with its title ("Freedonia's army
    spokesman, Maj. Gen. Ana Roe"), when only one state is."""
    found: dict[str, set[str]] = {}
    for a in corpus.actors:
        said = " ".join(t for t in (a.role, a.affiliation) if t).casefold()
        for form, state in forms:
            if said and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", said):
                found.setdefault(a.id, set()).add(state)
    for s in corpus.statements:
        spans = sorted(names[m] for m in s.mentions if m in names)
        for (_, end, state), (begin, _, actor) in itertools.pairwise(spans):
            if (
                state in states
                and actor not in states | found.keys()
                and _TITLED.fullmatch(s.text, end - s.start, begin - s.start)
            ):
                found.setdefault(f"titled:{actor}", set()).add(state)
    out: dict[str, str] = {}
    for key, sides in found.items():
        if len(sides) == 1:
            out.setdefault(key.removeprefix("titled:"), next(iter(sides)))
    return out
