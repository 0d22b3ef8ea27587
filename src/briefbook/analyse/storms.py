"""Lone names of the storm a story is about.

A storm is named once with its kind ("Hurricane Saltra", "Typhoon Berrow", "Tropical Storm
Ana") and then by its name alone: "Saltra made landfall", "Berrow, which packed winds of
200 km/h, ...". The name alone is capitalised and may speak ("Saltra said" is no storm's,
but "Saltra is forecast to ..." reads like a person's or a body's), so the reader takes it
for an actor. A lone name the corpus gives a storm is the storm's: no actor's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from briefbook.model import Mention
from briefbook.read.name_words import STORM_WORDS
from briefbook.vocabulary import alternation


@cache
def _storm_named(words: frozenset[str]) -> re.Pattern[str]:
    """A storm's word, capitalised as a name's first word is, then the capitalised name it
    gives ("Hurricane Saltra", "Tropical Storm Berrow"); not a verb's "storm" ("protesters
    storm Parliament")."""
    kinds = alternation(sorted({w.capitalize() for w in words} | {w.upper() for w in words}))
    return re.compile(r"\b(?:" + kinds + r")\s+([A-Z][^\W\d_]+)\b")


def storm_names(texts: Iterable[str]) -> frozenset[str]:
    """The names the texts give a storm, as written after its kind."""
    pattern = _storm_named(frozenset(STORM_WORDS()))
    return frozenset(m.group(1) for text in texts for m in pattern.finditer(text))


def named_storms(mentions: Sequence[Mention], texts: Iterable[str]) -> set[str]:
    """Ids of the mentions that are a storm's name alone ("Saltra", after "Hurricane
    Saltra" somewhere in the corpus)."""
    names = storm_names(texts)
    return {m.id for m in mentions if m.text in names}
