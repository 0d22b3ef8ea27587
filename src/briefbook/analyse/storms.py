"""Lone names of the storm a story is about.

A storm is named once with its kind ("Hurricane Saltra", "Typhoon Berrow", "Tropical Storm
Ana") and then by its name alone: "Saltra made landfall", "Berrow, which packed winds of
200 km/h, ...". The name alone is capitalised and may speak ("Saltra said" is no storm's,
but "Saltra is forecast to ..." reads like a person's or a body's), so the reader takes it
for an actor. A lone name the corpus gives a storm is the storm's: no actor's.

A storm's name is one given name-like word, written after its kind in running text: a
title-case line ("Rebels Storm Sylvania Embassy") capitalises a verb's "storm" too, and a
kind's word before a longer capitalised name ("the National Hurricane Center", "Storm
Sylvania Embassy") is part of that name. A name the gazetteer knows, a state's, or a word of
a body's name in the corpus is never taken for a storm's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from briefbook.model import Kind, Mention
from briefbook.read.name_words import ORG_HEADS, STORM_WORDS
from briefbook.vocabulary import alternation

_BODIES = (Kind.AGENCY, Kind.ORGANISATION, Kind.GOVERNMENT, Kind.OUTLET)


@cache
def _storm_named(words: frozenset[str]) -> re.Pattern[str]:
    """A storm's word, capitalised as a name's first word is, then the capitalised name it
    gives ("Hurricane Saltra", "Tropical Storm Berrow"), one word not followed by another
    capitalised one (in a line all in capitals, none that heads a body's name: "TYPHOON
    QUENBY NEARS", not "STORM SYLVANIA EMBASSY"); not a verb's "storm" ("protesters storm
    Parliament")."""
    kinds = alternation(sorted({w.capitalize() for w in words} | {w.upper() for w in words}))
    return re.compile(r"\b(?:" + kinds + r")[ \t]+([A-Z][^\W\d_]+)\b(?:[ \t]+([A-Z][^\W\d_]*))?")


_WORD = re.compile(r"[^\W\d_]+")
_SENTENCES = re.compile(r"[.!?]\s+\S")


def _title_case(line: str) -> bool:
    """Whether a line is a headline in title case ("Rebels Storm Sylvania Embassy"), where a
    verb is capitalised as a name is: one sentence, with four in five of its words of four
    letters or more capitalised, some not all in capitals. A line all in capitals ("TYPHOON
    QUENBY NEARS") is read, as is running text ("Hurricane Saltra hit the coast.")."""
    words: list[str] = [w for w in _WORD.findall(line) if len(w) >= 4]
    if len(words) < 3 or all(w.isupper() for w in words) or _SENTENCES.search(line.strip()):
        return False
    return sum(w[0].isupper() for w in words) * 5 >= len(words) * 4


def storm_names(texts: Iterable[str]) -> frozenset[str]:
    """The names the texts give a storm, as written after its kind."""
    pattern = _storm_named(frozenset(STORM_WORDS()))
    heads = ORG_HEADS()
    found = set()
    for text in texts:
        for line in text.splitlines():
            if _title_case(line):
                continue
            capitals = line.isupper()
            for m in pattern.finditer(line):
                name, after = m.group(1), m.group(2)
                if name.casefold() in heads:
                    continue  # "the National Hurricane Center"
                if after is not None and (not capitals or after.casefold() in heads):
                    continue  # "Storm Sylvania Embassy": a longer name's words
                found.add(name)
    return frozenset(found)


def named_storms(mentions: Sequence[Mention], texts: Iterable[str]) -> set[str]:
    """Ids of the mentions that are a storm's name alone ("Saltra", after "Hurricane
    Saltra" somewhere in the corpus), unless the gazetteer knows the name, it is a state's,
    or it is a word of a body's longer name in the corpus ("the Saltra Embassy")."""
    names = set(storm_names(texts))
    for m in mentions:
        if m.canonical is not None or m.kind == Kind.GOVERNMENT:
            names.discard(m.text)
        elif m.kind in _BODIES and len(words := m.text.split()) > 1:
            names.difference_update(words)
    return {m.id for m in mentions if m.text in names}
