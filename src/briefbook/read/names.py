"""Words of names: tokens (with titles and initials kept whole) and how names are compared."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from briefbook.vocabulary import alternation, derived, mapping, ordered, words

ADDRESS_WORD = r"[^\W_][\w-]*"
"""The word a web address opens with, before its first dot ("Saltford-News" of
"Saltford-News.com.br")."""


def _web_address_pattern() -> str:
    """A word, a dot, any lower-case parts and an address's ending (names.toml web_*), with
    no word, dot or hyphen touching it on either side. The ending is written in lower case
    ("saltford.com", "Saltford-News.com.br"); a generic one also capitalised ("Saltford.Com");
    a country's code capitalised only after an outlet's word ("News.Vu"): after any other
    word it is a sentence or a surname that lost the space after a full stop ("in
    Berrow.Li Wen said", "la ciudad.Es la tercera vez")."""
    lower = words("names", "web_generic_endings") | words("names", "web_country_codes")
    any_case = words("names", "web_endings_any_case")
    capitalised = {e.capitalize() for e in any_case} | {e.upper() for e in any_case}
    codes = {c.capitalize() for c in words("names", "web_country_codes")}
    outlet_words = words("furniture", "outlet_words")
    return (
        r"(?<![\w.-])(?:"
        + ADDRESS_WORD
        + r"(?:\.[a-z0-9-]+)*\.(?:"
        + alternation(lower | capitalised)
        + r")|(?:"
        + alternation(outlet_words)
        + r")\.(?:"
        + alternation(codes)
        + r"))(?![\w-])(?!\.\w)"
    )


WEB_ADDRESS = derived(lambda: re.compile(_web_address_pattern(), re.UNICODE))
"""A name written as a web address ("saltford.com", "Berrow.co.uk", "News.Vu"): one word."""

_TOKEN = derived(
    lambda: re.compile(
        r"(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+[A-Z])"
        r"|(?:"
        + alternation(
            ordered("names", "abbreviated_titles") + ordered("names", "abbreviated_saints")
        )
        + r")\.(?=\s)"
        r"|" + WEB_ADDRESS().pattern + r"(?:[’']s)?"
        r"|[^\W_][\w’'-]*"
        r"|&(?=\s+[A-Z])",  # the ampersand of a firm's name: "Ruiz & Berrow"
        re.UNICODE,
    )
)
POSSESSIVE = re.compile(r"[’']s$|(?<=[sS])[’']$")
"""The possessive at the end of a name: "Ruiz's", and the apostrophe alone after a final s
("the Airlines' fleet", "Paris’ airports", "Jones' lawyer")."""
_PARTICLE_NAME = derived(
    lambda: re.compile(r"(?:" + alternation(ordered("names", "hyphen_particles")) + r")-[A-Z]")
)
"""A name's particle joined by a hyphen to a capitalised word: "al-Ghaithi"."""


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def bare(self) -> str:
        return POSSESSIVE.sub("", self.text)

    @property
    def possessive(self) -> bool:
        return bool(POSSESSIVE.search(self.text))

    @property
    def capitalised(self) -> bool:
        """Written as a name: a capital first, or a name's particle joined to one
        ("al-Ghaithi", "el-Sisi": see ``hyphen_particles``)."""
        return self.text[:1].isupper() or bool(_PARTICLE_NAME().match(self.text))


def web_address(word: str) -> bool:
    """Whether a word is a name written as a web address (:data:`WEB_ADDRESS`)."""
    return bool(WEB_ADDRESS().fullmatch(POSSESSIVE.sub("", word)))


def tokenize(text: str, base: int = 0) -> list[Token]:
    return [Token(base + m.start(), base + m.end(), m.group(0)) for m in _TOKEN().finditer(text)]


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Compare names without case, accents, dots or hyphens."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace(".", "").replace("-", " ")
    return " ".join(text.casefold().split())


_SPELLINGS = derived(lambda: mapping("names", "spelling_variants"))


def spelled(name: str) -> str:
    """A name folded (:func:`fold`) and in one spelling: "World Meteorological Organization"
    and "World Meteorological Organisation", "the defense ministry" and "the defence
    ministry" are one (``spelling_variants``)."""
    table = _SPELLINGS()
    return " ".join(table.get(w, w) for w in fold(name).split())


def slug(text: str, fallback: str, limit: int = 64) -> str:
    """An id from a name: its folded words (see :func:`fold`) in ASCII lower case, joined by
    ``-``, at most ``limit`` characters, cut at a word; ``fallback`` when nothing is left."""
    ascii_text = fold(text).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(words) > limit:
        words = words[:limit].rsplit("-", 1)[0] if "-" in words[:limit] else words[:limit]
    return words or fallback
