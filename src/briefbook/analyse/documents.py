"""A document as the subject of a verb of speech: who issued it speaks.

News writes a body's words as its document's: "Acme's statement acknowledged", "the
regulators' statement announced", "The announcement, carried on the presidency's channel,
said", "The joint statement added". The document says nothing of its own: its issuer is the
claimant, named by its possessive, or, for "the statement" with none, the speaker of the
sentence before, who issued it ("Acme said in a statement that ... The statement added
..."). An issuer named after "from" or "by" is left to the reporting-noun rule
(``source_nouns``).

The nouns are ``document_nouns`` in ``data/vocabulary/attribution.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefbook.analyse.claimant import Attribution, Context
from briefbook.analyse.subjects import GROUP_SUBJECTS
from briefbook.model import Kind, Mention
from briefbook.vocabulary import alternation, derived, words


def _document_subject() -> re.Pattern[str]:
    return re.compile(
        r"(?:^|[.;,:]\s+|\b(?:and|but)\s+)"
        r"(?:(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+|(?P<owner>[^\s,;:.][^,;:]{0,60}?)[’']s?\s+)"
        r"(?:[\w-]+\s+){0,2}?(?P<noun>" + alternation(words("attribution", "document_nouns")) + r")"
        r"(?P<rest>\s+[^,;:]{0,100}?)?\s+(?:(?:also|further|later|then|has|had)\s+)?$"
    )


DOCUMENT_SUBJECT = derived(_document_subject)
"""A document closing the words before the verb: "the Belarusian statement ", "Acme's
statement also ", "The joint statement "."""


def document_speaker(
    before: str, base: int, candidates: Sequence[Mention], context: Context, cue: str, quote: bool
) -> Attribution | None:
    """Who speaks through the document that is the verb's subject, or None when the words
    before the verb (``before``, asides left out, at article offset ``base``) do not close
    on a document or its issuer is not known."""
    m = DOCUMENT_SUBJECT().search(before)
    if m is None:
        return None
    if m.group("rest") and re.search(r"\b(?:from|by)\b", m.group("rest")):
        return None  # "A press release from the ministry said": issued by whom it names
    owner = m.group("owner")
    if owner is not None:
        named = [c for c in candidates if c.end - base == m.end("owner")]
        if named and named[0].kind != Kind.PLACE:
            return Attribution(named[0], None, cue, quote)
        group = GROUP_SUBJECTS().fullmatch(re.sub(r"^[Tt]he\s+", "", owner))
        if group is not None:
            return Attribution(None, group.group("noun").casefold(), cue, quote)
        return None
    if m.group("det").casefold() in ("a", "an"):
        return None  # "An announcement said": issued by someone the text does not say
    prev = context.previous
    if prev is not None and (prev.claimant is not None or prev.group is not None):
        # "Acme said in a statement that ... The statement added": Acme again, and not whom
        # the sentence is about ("Ana Ruiz was questioned, the statement said")
        return replace(prev, cue=cue, quote=quote, via_pronoun=True)
    if context.issued is not None and context.issued[0] == m.group("noun").casefold():
        # "Acme's statement approved the deal. / Bonds fell. / The statement said ...": the
        # issuer of the last document of that kind named, the outlet's own sentences between
        return replace(context.issued[1], cue=cue, quote=quote, via_pronoun=True)
    return None


def named_document_issuer(
    before: str, context: Context, cue: str, quote: bool
) -> Attribution | None:
    """Who issued the document ``before`` names by its noun ("the statement "), when the
    article named a document of that kind with its issuer earlier ("Acme said in a
    statement"); None otherwise, whoever spoke last ("Ana Ruiz said the ferry sank. Twelve
    died, according to the autopsy report." cites no one this reads)."""
    m = DOCUMENT_SUBJECT().search(before)
    if m is None or m.group("owner") is not None or m.group("det").casefold() in ("a", "an"):
        return None
    if context.issued is None or context.issued[0] != m.group("noun").casefold():
        return None
    return replace(context.issued[1], cue=cue, quote=quote, via_pronoun=True)


_DOCUMENT = derived(
    lambda: re.compile(
        r"\b(?P<noun>" + alternation(words("attribution", "document_nouns")) + r")s?\b",
        re.IGNORECASE,
    )
)
_OWNED_DOCUMENT = derived(
    lambda: re.compile(
        r"(?:[’']s?)?\s+(?:[\w-]+\s+){0,2}?(?:"
        + alternation(words("attribution", "document_nouns"))
        + r")s?\b"
    )
)


def document_issuer(
    text: str, base: int, mentions: Sequence[Mention], said: Attribution
) -> tuple[str, Attribution] | None:
    """A document the sentence names, by its noun, and who issued it: the sentence's speaker
    when it speaks through one ("Acme said in a statement", "according to a statement from
    Acme"), else the body whose possessive the document takes ("as part of Acme's
    statement"); None when it names none."""
    document = _DOCUMENT().search(text)
    if document is None:
        return None
    noun = document.group("noun").casefold()
    if said.claimant is not None or said.group is not None:
        return noun, said
    for m in mentions:
        if m.kind in (Kind.PERSON, Kind.PLACE):
            continue
        end = m.end - base
        owns = re.search(r"[’']s?$", text[:end]) or re.match(r"[’']", text[end:])
        if owns and _OWNED_DOCUMENT().match(text, end):
            return noun, Attribution(m, None, "", False)
    return None
