"""Capitalised sentence openers that are common words, not names.

Every sentence opens with a capital, so a lone capitalised word at a sentence's start shows
nothing by its capital: "Communication records show ...", "Ruined buildings stood ...",
"Answering demands for elections, she ...". The corpus as a whole tells a common word from
a name: a common word is written in lower case elsewhere in it (the same word, or another of
its family: "ruins", "answer"), and is never capitalised inside a sentence; a name is never
written in lower case ("Boeing", "Reuters"), or is capitalised where no sentence opens
("Parliament voted ... the vote in Parliament"). A plural opener is left as it is read:
"Jurors rejected ...", "Unions claimed ..." name a group that acts, listed as one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefbook.analyse.cues import stem
from briefbook.model import Mention

_LOWER = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]+")
_INSIDE = re.compile(r"(?<=[a-z0-9,;] )[A-Z][\w’'-]*")
"""A capitalised word after a lower-case word, a number or a comma: inside a sentence."""
_BEFORE = r"[\s\"“‘'(«\[—–-]*"
"""What may stand before a sentence's first word: quotation marks, a bracket, a dash."""
_OPENING = re.compile(_BEFORE)
_FIRST_WORD = re.compile(_BEFORE + r"([^\W\d_]+)")


def first_word(text: str) -> str | None:
    """A sentence's first word, past what may stand before it, or None when it opens with
    something else (a figure)."""
    found = _FIRST_WORD.match(text)
    return found.group(1) if found else None


def common_openers(
    mentions: Iterable[Mention],
    sentences: dict[tuple[str, str], tuple[str, int]],
    texts: Sequence[str],
) -> set[str]:
    """The ids of the mentions that are a lone capitalised word opening a sentence and a
    common word of the corpus (see the module's docstring). ``sentences``: (source id,
    sentence id) -> (text, offset); ``texts``: the corpus's articles."""
    lower = {stem(w.casefold()) for text in texts for w in _LOWER.findall(text)}
    inside = {w for text in texts for w in _INSIDE.findall(text)}
    out = set()
    for m in mentions:
        if m.canonical is not None or not re.fullmatch(r"[A-Z][a-z’'-]+(?<!s)", m.text):
            continue
        text, base = sentences[m.source_id, m.sentence_id]
        if m.span_start != m.start or not _OPENING.fullmatch(text[: m.start - base]):
            continue
        if m.text not in inside and stem(m.text.casefold()) in lower:
            out.add(m.id)
    return out
