"""Full names in one list are all people's when a plural noun for people opens the list.

News copy shows a list of people once for the whole list: "party leaders Ana Ruiz and Ben
Okafor", "his bodyguards Ana Ruiz, Ben Okafor and Tom Velder", "the defendants, Ana Ruiz and
Ben Okafor, were charged". The noun stands before the list, and the names, with nothing of
their own beside them, would be read as names nothing shows to be people's
(``Mention.bare``). A list here is full names of two words or more joined by commas and "and"
with nothing else between them.

One name of the list shown a person's ("Senator Ana Ruiz, Goldman Sachs and ...") shows
nothing of the others: a list may join people, companies and places alike. English only:
the nouns, the determiners and the plurals are English.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefbook.model import Kind, Mention
from briefbook.read.name_words import (
    GROUP_NOUNS,
    OFFICE_ENDINGS,
    ORG_HEADS,
    PLACE_KINDS,
    PORTFOLIO_ENDINGS,
)
from briefbook.read.people import PERSON_NOUNS, TITLE_WORDS, is_title_word, singular
from briefbook.vocabulary import alternation, derived, words

_BETWEEN = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)")
"""What stands between two names of one list: a comma, "and", or both."""

_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
"""The lower-case word right before the list, with no comma between ("his bodyguards Ana
Ruiz, ...")."""

LIST_DETERMINERS = derived(lambda: words("names", "list_determiners"))

_APPOSED_BEFORE = derived(
    lambda: re.compile(
        r"\b(?:" + alternation(sorted(LIST_DETERMINERS())) + r")\s+(?:[a-z-]+\s+){0,2}?"
        r"([a-z]+),\s+$",
        re.IGNORECASE,
    )
)
"""A plural noun after a determiner or a possessive, then a comma, right before the list: the
head of a closed apposition ("the defendants, Ana Ruiz and Ben Okafor,")."""

_ACRONYM_AFTER = re.compile(r"\s*\([A-Z]{2,}\)")
"""An acronym in brackets after a name: a body's ("Saltford Liberation Front (SLF)")."""


def _full_name(m: Mention, text: str, base: int) -> bool:
    """Whether a mention is a full name that may stand in a list of people: a person's of two
    words or more, ending on no title ("Police Commander"), no body's, place's or portfolio's
    word ("Affairs Chamber"), and with no acronym in brackets after it."""
    names = m.text.split()
    last = names[-1].casefold()
    return (
        m.kind == Kind.PERSON
        and len(names) >= 2
        and not is_title_word(names[-1])
        and last not in ORG_HEADS()
        and last not in PLACE_KINDS()
        and last not in PORTFOLIO_ENDINGS()
        and _ACRONYM_AFTER.match(text, m.end - base) is None
    )


def plural_for_people(word: str) -> bool:
    """Whether a lower-case English word is a plural noun for people: a group noun
    ("lawyers"), or the plural of a noun for a person, of an office or of a title
    ("bodyguards", "governors", "ministers", "businessmen")."""
    if word in GROUP_NOUNS():
        return True
    one = singular(word)
    return bool(one) and (one in PERSON_NOUNS() or one in OFFICE_ENDINGS() or one in TITLE_WORDS())


def lists(mentions: Sequence[Mention], text: str, base: int) -> list[list[Mention]]:
    """The lists of two full names or more among one sentence's mentions, in order."""
    found: list[list[Mention]] = []
    run: list[Mention] = []
    for m in sorted((m for m in mentions if _full_name(m, text, base)), key=lambda m: m.start):
        if run and _BETWEEN.fullmatch(text[run[-1].end - base : m.start - base]):
            run.append(m)
            continue
        if len(run) >= 2:
            found.append(run)
        run = [m]
    if len(run) >= 2:
        found.append(run)
    return found


def _shown(names: Sequence[Mention], text: str, base: int) -> bool:
    """Whether a plural noun for people opens the list: right before the first name ("his
    bodyguards Ana Ruiz, ..."), or as the head of a closed apposition, after a determiner or a
    possessive and before a comma, with a comma after the last name ("the defendants, Ana Ruiz
    and Ben Okafor, were charged")."""
    before = text[: names[0].start - base]
    word = _WORD_BEFORE.search(before)
    if word is not None and plural_for_people(word.group(1)):
        return True
    apposed = _APPOSED_BEFORE().search(before)
    return (
        apposed is not None
        and plural_for_people(apposed.group(1).casefold())
        and text[names[-1].end - base : names[-1].end - base + 1] == ","
    )


def listed_people(mentions: Sequence[Mention], text: str, base: int) -> list[Mention]:
    """The sentence's mentions, with every name of a list that a plural noun for people opens
    no longer ``bare``."""
    shown = {
        id(m) for names in lists(mentions, text, base) if _shown(names, text, base) for m in names
    }
    return [replace(m, bare=False) if id(m) in shown and m.bare else m for m in mentions]
