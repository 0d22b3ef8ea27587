"""A lone name taken up by "he" or "she": the name is a person's.

News copy names a body in full at least once, but often gives a person only a surname
("Okafor said the talks had failed."), which reads the same as a company's short name ("Acme
said ..."). What tells them apart is the pronoun that follows: a body is "it" or "they", a
person "he" or "she" ("He added that ...", "'We will appeal,' she said."). The pronoun is
read only where the name is the one person its sentence names, so that it cannot stand for
someone else ("Acme hired Ana Ruiz. She ...", "Acme fired its chairman. He ..."), and never
for a name that the article gives a body's pronoun ("Acme said it would ..."). English only:
the pronouns and the nouns are English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from briefbook.model import Kind, Mention
from briefbook.read.name_words import GROUP_NOUNS, OFFICE_ENDINGS
from briefbook.read.names import fold
from briefbook.read.people import PERSON_NOUNS, SPEAKING, is_title_word
from briefbook.vocabulary import alternation, derived, words

PERSON_PRONOUNS = derived(lambda: words("names", "person_pronouns"))
VESSEL_NOUNS = derived(lambda: words("names", "vessel_nouns"))

_OPENS_ON_PRONOUN = derived(
    lambda: re.compile(
        r"\s*(?:" + alternation(sorted(p.capitalize() for p in PERSON_PRONOUNS())) + r")\s+[a-z]"
    )
)
"""The next sentence opens on the pronoun as its subject: "He added ..."."""

QUOTATION_LIMIT = 400
"""The longest quotation after a sentence read for the pronoun that closes it."""

READ_AFTER = QUOTATION_LIMIT + 200
"""How much text after a sentence is read for the pronoun that takes up its name: the longest
quotation, with room for its marks, the pronoun and the verb of speech."""

_QUOTE_THEN_PRONOUN = derived(
    lambda: re.compile(
        r"\s*[“\"][^”\"\n]{1,"
        + str(QUOTATION_LIMIT)
        + r"}[”\"]\s*(?:"
        + alternation(sorted(PERSON_PRONOUNS()))
        + r")\s+([a-z]+)\b"
    )
)
"""The next sentence is a quotation closed by the pronoun and a verb of speech: "'We will
appeal,' she said."."""

_WORD = re.compile(r"[A-Za-z][a-z-]*")


def opens_on_pronoun(after: str) -> bool:
    """Whether the text right after a sentence opens a sentence whose subject is "he" or
    "she": "He added that ..."."""
    return _OPENS_ON_PRONOUN().match(after) is not None


def quote_of_pronoun(after: str) -> bool:
    """Whether the text right after a sentence is a quotation that "he" or "she" is said to
    have spoken: "'We will appeal,' she said."."""
    quoted = _QUOTE_THEN_PRONOUN().match(after)
    return quoted is not None and quoted.group(1) in SPEAKING()


def taken_up(m: Mention, after: str) -> bool:
    """Whether the pronoun after the sentence of ``m`` takes up its name: a sentence opening
    on "he" or "she", or a quotation they are said to have spoken when the name speaks in its
    own sentence too ("Okafor said ..." then "'...,' he said"); a quotation after a sentence
    where the name only acts ("Acme will not rebuild.") is the last speaker's."""
    return opens_on_pronoun(after) or (not m.bare and quote_of_pronoun(after))


BODY_PRONOUNS = derived(lambda: words("names", "body_pronouns"))
"""Pronouns for a body or a group: in the name's sentence, the pronoun after may be another's,
or the name a body's ("Acme said it would ...")."""

_IT = derived(
    lambda: re.compile(
        r"\b(?:" + alternation(sorted(words("names", "thing_pronouns"))) + r")\b", re.IGNORECASE
    )
)
"""A thing's pronoun after a lone name in its sentence: "Acme said it would ..."."""

_OPENS_ON_IT = derived(
    lambda: re.compile(
        r"\s*(?:"
        + alternation(sorted(p.capitalize() for p in words("names", "thing_pronouns")))
        + r")\s"
    )
)
"""The next sentence opens on a thing's pronoun: "It added ..."."""


def _someone_else(word: str) -> bool:
    """Whether a lower-case word names someone "he" or "she" could stand for: a title or an
    office ("the mayor", "its chief executive"), a noun for a person ("his lawyer"), or a
    group noun ("police", "officials"), or a vessel, which may be "she" ("the ferry")."""
    return (
        word in VESSEL_NOUNS()
        or is_title_word(word)
        or word in OFFICE_ENDINGS()
        or word in PERSON_NOUNS()
        or word in GROUP_NOUNS()
    )


def lone_person(m: Mention, mentions: Sequence[Mention], sentence: str) -> bool:
    """Whether ``m`` is a lone name not yet shown to be a person's (``weak``) and the one
    person its sentence names: no other person's name, no title, office, noun for a person or
    group noun ("the mayor", "its spokesman", "a resident", "police") that the pronoun after
    it could stand for, and no "it", "its" or "their" that makes the name a body's."""
    if m.kind != Kind.PERSON or not m.weak or len(m.text.split()) != 1:
        return False
    if any(o is not m and o.kind == Kind.PERSON for o in mentions):
        return False
    said = [w.casefold() for w in _WORD.findall(sentence)]
    return not any(w in BODY_PRONOUNS() or _someone_else(w) for w in said)


def a_body(m: Mention, sentence: str, after: str) -> bool:
    """Whether a sentence gives a lone name a body's pronoun: "it" or "its" after the name in
    its sentence ("Acme said on Tuesday that it would cut jobs"), or the next sentence opening
    on one ("Acme said ... It added ...")."""
    if m.kind != Kind.PERSON or len(m.text.split()) != 1:
        return False
    offset = sentence.find(m.text)
    return (
        offset >= 0 and _IT().search(sentence, offset + len(m.text)) is not None
    ) or _OPENS_ON_IT().match(after) is not None


def shown_by_pronoun(sentences: Iterable[tuple[Sequence[Mention], str, str]]) -> set[str]:
    """The lone names (folded) that a pronoun shows to be people's, from each sentence's
    mentions, its text and the text after it; none that any sentence of the article gives a
    body's pronoun ("it"), nor one that ends a full name the article gives ("Ben Okafor" ...
    "Okafor"), which is that person's and joins the full name as before."""
    read = list(sentences)
    bodies = {
        fold(m.text)
        for mentions, sentence, after in read
        for m in mentions
        if a_body(m, sentence, after)
    }
    bodies |= {
        fold(m.text.split()[-1])
        for mentions, _, _ in read
        for m in mentions
        if m.kind == Kind.PERSON and len(m.text.split()) > 1
    }
    return {
        fold(m.text)
        for mentions, sentence, after in read
        for m in mentions
        if lone_person(m, mentions, sentence) and taken_up(m, after)
    } - bodies


def as_people(mentions: Sequence[Mention], shown: set[str]) -> tuple[Mention, ...]:
    """The mentions, with every lone name in ``shown`` no longer weak: what one sentence
    of the article shows of a name holds for the whole article."""
    return tuple(
        replace(m, weak=False) if m.weak and m.kind == Kind.PERSON and fold(m.text) in shown else m
        for m in mentions
    )
