"""Which words of a sentence are in its main clause, for topic cues.

A news sentence reports one thing in its main clause and gives the circumstances in
subordinate clauses and phrases: "Police detained 40 people after the march turned violent"
is about the arrests, not the march; "Acme sued Beta on Friday, claiming its software caused
thousands of cancellations" is about the lawsuit. A topic cue in a subordinate part says
less of what the sentence is about than one in its main clause.

A subordinate part is opened by a subordinating word (``subordinators`` in
``data/vocabulary/topics.toml``: "after", "which", "following"...) or by a participle after a
comma (", claiming ...", ", leaving ..."). One that opens the sentence ("After talks failed,
the union called a strike") runs to its first comma; one opened after a comma inside the
sentence (", who was ..., ") runs to the next comma; any other runs to the end. Quotation
marks and the words of a direct quotation are not told apart: a quotation is what its
speaker reports.

The name of a charge is subordinate too: the words a preposition after a charge word
governs (``charge_words`` and ``charge_prepositions`` in ``data/vocabulary/topics.toml``:
"charged with", "convicted of", "accused him of"), up to the next comma or auxiliary
("men convicted of fraud *have* appealed"), say what someone is
charged with, and "Lee was convicted of assaulting a guard" reports a conviction, not an
assault.
"""

from __future__ import annotations

import re

from briefbook.analyse.cues import word_count
from briefbook.vocabulary import alternation, derived, words

_OPENER = derived(
    lambda: re.compile(
        r"(?:(?P<comma>,\s+)|\b)(?:(?:" + alternation(words("topics", "subordinators")) + r")\b"
        r"|(?<=,\s)[a-z]+ing\b)",
        re.IGNORECASE,
    )
)
_CHARGE = derived(
    lambda: re.compile(
        r"\b(?:" + alternation(words("topics", "charge_words")) + r")\s+"
        r"(?:(?:him|her|them|(?-i:[A-Z][\w'’-]*))\s+){0,3}"
        r"(?:" + alternation(words("topics", "charge_prepositions")) + r")\b",
        re.IGNORECASE,
    )
)
_CHARGE_END = derived(
    lambda: re.compile(
        r",|\b(?:" + alternation(words("topics", "charge_ends")) + r")\b", re.IGNORECASE
    )
)
_LEAD = re.compile(r"^[\s\"“‘'(]*")


def subordinate(text: str) -> frozenset[int]:
    """The positions (in :func:`briefbook.analyse.cues.words` of ``text``) of the words in
    its subordinate clauses and phrases."""
    spans = subordinate_spans(text)
    return frozenset(i for s, e in spans for i in range(word_count(text[:s]), word_count(text[:e])))


def subordinate_spans(text: str) -> list[tuple[int, int]]:
    """The character spans (start, end) of ``text``'s subordinate clauses and phrases (see
    :func:`subordinate`)."""
    spans: list[tuple[int, int]] = []
    at = 0
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    while (m := _OPENER().search(text, at)) is not None:
        opens = m.start() + len(m.group("comma") or "")
        if opens == start or m.group("comma"):  # a leading clause or an aside: to a comma
            comma = text.find(",", m.end())
            end = comma if comma >= 0 else len(text)
        else:
            end = len(text)
        spans.append((opens, end))
        at = max(end, m.end())
        if at >= len(text):
            break
    for m in _CHARGE().finditer(text):  # the charge's name, to a comma or an auxiliary
        stop = _CHARGE_END().search(text, m.end())
        spans.append((m.end(), stop.start() if stop else len(text)))
    return spans
