"""A speaker described by the one body it is, not by a name: "the presidency said",
"Freedonia's foreign ministry said", "the ruling military said".

News style names a body once in full, or never, and otherwise describes it by what it is:
a singular noun of a body (``body_nouns`` in ``names.toml``) after "the" or a state's
possessive. A state has one presidency and one foreign ministry, so such a description
points at one body, not at a group of people as "officials" or "police" do: it is listed
as a body (an agency), under the forms the articles write, determiner or possessive
included, as an analyst would list "the presidency" among a body's names.
"""

from __future__ import annotations

import re

from briefbook.read.gazetteer import shipped_gazetteer
from briefbook.read.names import fold
from briefbook.vocabulary import alternation, derived, spaced, words

_BODY_NOUNS = derived(lambda: words("names", "body_nouns"))
_PEOPLE_NOUNS = derived(lambda: words("names", "group_nouns"))
_KINDS_ALONE = derived(
    lambda: words("attribution", "company_nouns") | words("names", "document_words")
)


def kind_alone(noun: str) -> bool:
    """Whether an unnamed speaker is a company's kind or a document's noun alone ("the firm
    said", "the airline told reporters", "the report said") that pointed back to no body
    named in the article: news writes it for a company or report it has named (in the
    headline, or in another article), so it is no group of people, and no one the reader
    could tell from another: not listed, and the sentence is left to its outlet."""
    folded = fold(noun).split()
    return len(folded) == 1 and folded[0] in _KINDS_ALONE()


def one_body(noun: str) -> bool:
    """Whether an unnamed speaker's words describe one body: their last word is a body's
    singular noun ("foreign ministry", "presidency") and the phrase is not a group of
    people ("police")."""
    folded = fold(noun).split()
    return bool(folded) and folded[-1] in _BODY_NOUNS() and " ".join(folded) not in _PEOPLE_NOUNS()


_STATE_ADJECTIVES = derived(
    lambda: alternation(sorted(shipped_gazetteer().adjectives, key=len, reverse=True))
)
"""A state's adjective or initials before a body's noun: "the Freedonian military", "the US
military"."""


def written_forms(noun: str, text: str) -> tuple[str, ...]:
    """The forms of the description in ``text`` with what makes it definite before it:
    "the" ("the presidency"), a capitalised possessive ("Freedonia's foreign ministry",
    "Freedonia’s ruling military") or "the" and a state's adjective or initials ("the US
    military", which is also written "US military"), each once. Nothing when the sentence
    writes none of them."""
    phrase = spaced(noun)
    if not phrase:
        return ()
    owner = r"(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*[’']s"  # "Freedonia's", "South Freedonia's"
    state = rf"(?P<state>(?:{_STATE_ADJECTIVES()})\s+)?"
    pattern = rf"(?<![\w’'])(?:(?P<the>[Tt]he)\s+{state}|{owner}\s+)(?i:{phrase})(?![\w-])"
    found: dict[str, str] = {}
    for match in re.finditer(pattern, text):
        form = " ".join(match.group(0).split())
        found.setdefault(fold(form), form)
        if match.group("state"):
            bare = " ".join(text[match.start("state") : match.end()].split())
            found.setdefault(fold(bare), bare)  # "the US military" is the "US military"
    return tuple(found.values())
