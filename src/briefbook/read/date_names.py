"""What is written like a date and is not one, for ``read/dates``.

A year that ends a name ("Finance Bill 2024", "Vision 2030") or is part of a number
("2024-25"); "Today" naming a programme; "May" as the verb ("May God bless them"); a date
naming an event after "the" ("the New Year's Day disaster"). The words are in
``data/vocabulary/names.toml`` and ``data/vocabulary/figures.toml``.
"""

from __future__ import annotations

import re

from briefbook.vocabulary import alternation, derived, words

_NAMED_BY_YEAR = derived(
    lambda: re.compile(
        r"\b(?:" + alternation(words("names", "document_words")) + r")\s+$", re.IGNORECASE
    )
)
"""A document's word before a year: "Finance Bill 2024", "Vision 2030"."""


def in_a_name(m: re.Match[str]) -> bool:
    """Whether a year ends a name ("the finance bill 2024") or is part of a number
    ("2024-25", "12/2024"); "the 1977-built bridge" is dated."""
    before = m.string[: m.start()]
    after = m.string[m.end() : m.end() + 2]
    joined = after[:1] == "/" or (after[:1] in "-–" and after[1:2].isdigit())
    return bool(_NAMED_BY_YEAR().search(before)) or joined or before.endswith(("/", "-", "#"))


def names_something(m: re.Match[str]) -> bool:
    """ "Today" with a capital inside a sentence, or alone in quotation marks, names
    something (NBC's "Today" programme), not a day."""
    word = m.group(0).strip()
    if not word.startswith("Today"):
        return False
    before = m.string[: m.start()].rstrip()
    quoted = m.string[m.end() : m.end() + 1] in ("”", '"', "’", "'")
    return quoted or (bool(before) and before[-1] not in "“\"‘'(.:—–-")


_MAY_VERB = derived(
    lambda: re.compile(
        r"\s+(?:" + alternation(words("figures", "may_as_verb_before")) + r")\b", re.IGNORECASE
    )
)
"""A word after "May" that makes it a verb: "May God bless them"."""


def may_as_verb(m: re.Match[str]) -> bool:
    """A bare "May" (no day, year or preposition) before a word a wish or a possibility
    takes ("May they rest in peace", "Costs May Be Higher") is the verb, not the month."""
    if m.group("month") != "May" or m.group("m_year") or m.group("prep") or m.group("mod"):
        return False
    return _MAY_VERB().match(m.string, m.end()) is not None


def names_an_event(m: re.Match[str]) -> bool:
    """A date that names an event after "the" ("the New Year's Day disaster"): not the day
    the sentence tells of."""
    return bool(re.search(r"\bthe\s+$", m.string[: m.start()], re.IGNORECASE))
