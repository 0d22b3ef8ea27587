"""Who gives a figure: beyond a statement's claimant, the body it relays and the body a
person or group speaks for (``analyse/figures`` compares figures by who gives them)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefbook.model import Kind, ReadCorpus, Statement
from briefbook.vocabulary import derived, mapping

_ORIGIN = re.compile(
    r"\s*(?:has\s+|have\s+|had\s+)?(?P<verb>[a-z]+)(?:\s+that)?\s+(?:\S+\s+){0,2}$", re.I
)
"""Between a name and a figure: the name gives it ("said the Institute reported that 300";
"Freedonia has reported six deaths"), when the word is a reporting verb."""

BODIES = (Kind.AGENCY, Kind.ORGANISATION)
"""Actors that people and unnamed groups speak for."""


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

    def speaker(self, s: Statement, start: int, clause_start: int) -> str:
        """Who gives the figure at ``start``: the actor named just before it with a reporting
        verb ("... said the Institute reported that 300": the Institute), else the claimant,
        else the outlet's own voice; a person or group stands for the body it speaks for."""
        who = s.claimant
        named = [self.names[m] for m in s.mentions if m in self.names]
        before = [n for n in named if clause_start <= n[0] and n[1] <= start]
        if before:
            _, end, actor = max(before)
            between = _ORIGIN.fullmatch(s.text[end - s.start : start - s.start])
            if between and between.group("verb").casefold() in reporting_forms():
                who = actor
        if who is None:
            return f"outlet:{s.source_id}"
        return self.bodies.get(who, who)


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
    return Voices(_sources(corpus, names) | _bodies(corpus), names)
