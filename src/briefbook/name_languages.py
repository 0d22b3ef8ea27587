"""The languages other than English whose articles' people are read by name
(:mod:`briefbook.read.foreign_names`), and what the book says of it.

Kept apart from the reading itself so that the Sphinx extension, which prints the sentence on
the source pages of those articles, loads no reading code (``tests/test_rebuild.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefbook.vocabulary import derived, mapping


@dataclass(frozen=True, slots=True)
class Language:
    """The words of one language that show a person's name (names.toml foreign_names)."""

    code: str
    name: str
    longest: int
    titles: frozenset[str]
    title_endings: frozenset[str]
    links: frozenset[str]
    articles: frozenset[str]


def _languages() -> dict[str, Language]:
    return {
        code: Language(
            code,
            str(table["language"]),
            int(table["longest_name"]),
            frozenset(str(w) for w in table["titles"]),
            frozenset(str(w) for w in table.get("title_endings", ())),
            frozenset(str(w) for w in table["links"]),
            frozenset(str(w) for w in table["articles"]),
        )
        for code, table in mapping("names", "foreign_names").items()
    }


LANGUAGES = derived(_languages)
"""The languages whose people's names are read, by ISO 639 code."""


def described() -> str:
    """What is read of an article in one of these languages, in words (the source page's
    "Not read" note and the methodology page say it)."""
    names = [lang.name for lang in LANGUAGES().values()]
    listed = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)
    return (
        f"From articles in {listed}, the names of people (and nothing else) are read where a "
        "title stands beside them (“le ministre de l'Intérieur, Ana Ruiz,”): they are listed in "
        "the who's who; no statement is taken from those articles."
    )
