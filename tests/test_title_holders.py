"""A title's complement that ends on a body's, a place's or a portfolio's word, then the name
of the person who holds the title (read/name_kinds)."""

from __future__ import annotations

import pytest

from briefbook.model import Kind
from briefbook.read.gazetteer import shipped_gazetteer
from briefbook.read.mentions import find_mentions


def _people(sentence: str) -> list[str]:
    found = find_mentions("a0", "s1", sentence, 0, shipped_gazetteer())
    return [m.text for m in found if m.kind == Kind.PERSON]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Minister of Disaster Risk Management Ana Ruiz said the shelters were full.", "Ana Ruiz"),
        ("Governor of Saltford Province Ben Okafor said ten people had died.", "Ben Okafor"),
        ("Mayor of Quenby City Tom Velder visited the camp.", "Tom Velder"),
        ("Minister of Foreign Affairs Ana Ruiz met her counterpart.", "Ana Ruiz"),
        ("Speaker of the Saltford Assembly Ana Ruiz Okafor opened the session.", "Ana Ruiz Okafor"),
    ],
)
def test_the_holder_of_a_title_is_named_after_what_it_is_of(sentence: str, person: str) -> None:
    assert _people(sentence) == [person]


def test_a_name_is_not_cut_at_a_word_that_ends_no_complement() -> None:
    # a place's kind inside a person's name, with less than two words after it
    assert _people("President Ana Ward Okafor said the talks would resume.") == ["Ana Ward Okafor"]
    # a portfolio's word ending a body's own name: no one's
    assert _people("Saltford Asset Management said it would sell the port.") == []
