"""Capitalised sentence openers that are common words, not names.

Every sentence opens with a capital, so a lone capitalised word at a sentence's start shows
nothing by its capital: "Communication records show ...", "Ruined buildings stood ...",
"Answering demands for elections, she ...". The corpus as a whole tells a common word from
a name: a common word is written in lower case elsewhere in it (the same word, or another of
its family: "ruins", "answer"), and is never capitalised inside a sentence; a name is never
written in lower case ("Boeing", "Reuters"), or is capitalised where no sentence opens
("Parliament voted ... the vote in Parliament"). A word shaped as a participle ("-ing",
"-ed") that opens a sentence before a lower-case word ("Answering demands ...", "Ruined
buildings ...") is a verb form or an adjective made of one, no name, even when the corpus
never writes it in lower case; a name of that shape ("Boeing", "Beijing") is kept when the
gazetteer knows it or the corpus capitalises it inside a sentence. A plural opener read as a
group is left as it is read: "Jurors rejected ...", "Unions claimed ..." name a group that
acts, listed as one. A plural opener read as a person or a body ("Symptoms reported ...
"Elections were held ...", "Offices stayed shut ...") is a common word by the same evidence:
no person is called by a plural, and a body's plural name ("Emirates") is never written in
lower case elsewhere, or is capitalised inside a sentence too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefbook.analyse.cues import stem
from briefbook.model import Kind, Mention
from briefbook.vocabulary import derived, mapping, words

_LOWER = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]+")
_INSIDE = re.compile(r"(?<=[a-z0-9,;] )[A-Z][\w’'-]*")
"""A capitalised word after a lower-case word, a number or a comma: inside a sentence."""
_BEFORE = r"[\s\"“‘'(«\[—–-]*"
"""What may stand before a sentence's first word: quotation marks, a bracket, a dash."""
_OPENING = re.compile(_BEFORE)
_FIRST_WORD = re.compile(_BEFORE + r"([^\W\d_]+)")
_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}(?:ing|ed)")
"""The shape of a present or past participle ("Answering", "Ruined")."""
_NEXT = re.compile(r" ([a-z][a-z’'-]*)")
"""A lower-case word right after the opener."""
_NAME_VERBS = derived(
    lambda: (
        words("names", "numbered_unit_verbs")
        | {
            w
            for forms in mapping("attribution", "reporting_verbs").values()
            for w in forms
            if not w.endswith("s")
        }
    )
)
"""Words that show the opener before them a name, its subject ("Boeing said", "Harding has"):
auxiliaries and reporting verbs, not a form in "-s" that is as often a plural noun ("Answering
calls", "Answering demands")."""


def participle_opener(word: str, after: str) -> bool:
    """Whether a capitalised sentence opener is a participle by its shape: "-ing" or "-ed",
    with a lower-case word right ``after`` it that is neither a reporting verb nor an
    auxiliary ("Answering demands", "Ruined buildings"; not "Harding said")."""
    following = _NEXT.match(after)
    return (
        bool(_PARTICIPLE.fullmatch(word))
        and following is not None
        and following.group(1) not in _NAME_VERBS()
    )


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
        if m.canonical is not None or not re.fullmatch(r"[A-Z][a-z’'-]+", m.text):
            continue
        if m.text.endswith("s") and m.kind == Kind.GROUP:
            continue
        text, base = sentences[m.source_id, m.sentence_id]
        if m.span_start != m.start or not _OPENING.fullmatch(text[: m.start - base]):
            continue
        if m.text in inside:
            continue
        after = text[m.end - base :]
        if stem(m.text.casefold()) in lower or participle_opener(m.text, after):
            out.add(m.id)
    return out
