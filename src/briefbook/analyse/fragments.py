"""Lone words cut from the end of a longer name.

A name in news copy is a run of capitalised words, sometimes opened by a number: "Prague
Castle", "the Saltford Courier reported", "jeweller 77 Diamonds", "the 12th Hour". When the
reader keeps only the run's last word ("Castle", "Courier", "Diamonds", "Hour") it lists as
an actor something the article never names: the word is the tail of another name. It shows
itself by what stands right before it, with a single space and no punctuation between: a
capitalised word or a number that is not where a sentence opens (a sentence's first word is
capitalised whatever it is: "The Globe", "In Madrid"), not a month, a weekday or a year ("In
August Ruiz said", "on Monday Ruiz said", "the 2004 Beslan siege": a date, then the name),
and not part of the name's own title (a title read with the name, "Pope Francis", is no
cut), nor a state, a capital or a state's adjective the gazetteer knows, nor "The": "Bangladesh
Jamaat-e-Islami", "the Hungarian Telex website", "told The Post" name whose the body is, or
open its name, as "the Freedonia Coast Guard" does. A possessive before the name ("Hokkaido's
Nemuro", "the Knesset's recess") is no cut either: it says whose or where the name's bearer is.

A lone word is dropped only when the corpus never writes it otherwise: every mention of that
word, in every article, is such a tail. A name also written on its own ("Ruiz said", after
"the Saltford Ruiz") is a name, and all its mentions stay; a name the gazetteer knows (a
state, a capital) stays whatever stands before it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from briefbook.model import MONTHS, Mention
from briefbook.read.date_forms import MONTH_ABBREVIATIONS, WEEKDAYS
from briefbook.read.gazetteer import shipped_gazetteer

_LONE = re.compile(r"[A-Z][\w’'-]*")
"""A name of one word."""
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_BEFORE = re.compile(r"(?<=[a-z0-9,;] )([A-Z][\w.&-]*|\d(?:[\w.,]*\w)?) $")
"""A capitalised word or a number right before the name, itself inside a sentence (after a
lower-case word, a number or a comma), with one space between it and the name."""


def _names_whose(word: str) -> bool:
    """A state, a capital or a state's adjective the gazetteer knows ("Bangladesh
    Jamaat-e-Islami", "the Hungarian Telex website"), or the article a name opens with
    ("told The Post"): what stands before a name of its own, not a longer name's head."""
    g = shipped_gazetteer()
    return word == "The" or word in g.adjectives or g.lookup(word) is not None


def _is_date_word(word: str) -> bool:
    """A month, a weekday or a year ("the 2004 Beslan siege": a date, then a name)."""
    return (
        word in MONTHS
        or word in MONTH_ABBREVIATIONS
        or word.casefold() in WEEKDAYS
        or _YEAR.fullmatch(word) is not None
    )


def is_tail(m: Mention, sentence: str, base: int, states: frozenset[int] = frozenset()) -> bool:
    """Whether a mention is a lone word glued to the end of a longer name (see the module's
    docstring); ``sentence`` is the text of its sentence, which starts at ``base``;
    ``states``: where the article's mentions of a state or place the gazetteer knows end."""
    if m.canonical is not None or not _LONE.fullmatch(m.text) or m.span_start != m.start:
        return False
    if m.start - 1 in states:
        return False  # "Bangladesh Jamaat-e-Islami": whose body it is, before its own name
    before = _BEFORE.search(sentence[: m.start - base])
    return (
        before is not None
        and not _is_date_word(before.group(1))
        and not _names_whose(before.group(1))
    )


def name_tails(
    mentions: Iterable[Mention], sentences: dict[tuple[str, str], tuple[str, int]]
) -> set[str]:
    """The ids of the mentions that are tails of a longer name, for words the corpus never
    writes otherwise. ``sentences``: (source id, sentence id) -> (text, offset)."""
    mentions = list(mentions)
    states: dict[str, set[int]] = defaultdict(set)
    for m in mentions:
        if m.canonical is not None:
            states[m.source_id].add(m.end)
    by_word: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for m in mentions:
        text, base = sentences[m.source_id, m.sentence_id]
        known = frozenset(states[m.source_id])
        by_word[m.text].append((m.id, is_tail(m, text, base, known)))
    return {mid for seen in by_word.values() if all(tail for _, tail in seen) for mid, _ in seen}
