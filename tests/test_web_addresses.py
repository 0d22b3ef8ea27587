from __future__ import annotations

import pytest

from briefbook.read.names import tokenize, web_address


@pytest.mark.parametrize(
    "word",
    [
        "Press.Vu",
        "berrow.com",
        "Saltford.Com",
        "Saltford.co.uk",
        "saltford.vu’s",
        "Saltford-News.com.br",
    ],
)
def test_a_name_written_as_a_web_address_is_one_word(word: str) -> None:
    assert [t.text for t in tokenize(f"{word} reported")] == [word, "reported"]
    assert web_address(word)


@pytest.mark.parametrize(
    "text",
    [
        "the U.S. said",
        "in Saltford.It was",
        "St. Louis",
        "Saltford.Berrow",
        "Ruiz.No",
        # a capitalised country code after a word that is no outlet's: a lost space
        "crews worked overnight.My brother",
        "talks in Beijing.Li Wen said",
        "the Ministry.Ma Hong said",
        "flooded Saltmarsh.Is it safe",
        "medidas.Es la tercera vez",
        "beschlossen.Er sagte",
        "un couvre-feu.Il sera",
    ],
)
def test_initials_and_glued_sentences_are_no_web_address(text: str) -> None:
    assert not any(web_address(t.text) for t in tokenize(text))


@pytest.mark.parametrize(("text", "words"), [
    ("Dr.Li Wen said", ["Dr", "Li", "Wen", "said"]),
    ("Gen.Al Rahman said", ["Gen", "Al", "Rahman", "said"]),
])  # fmt: skip
def test_an_abbreviated_title_glued_to_a_name_is_no_web_address(
    text: str, words: list[str]
) -> None:
    assert [t.text for t in tokenize(text)] == words


def test_an_address_with_an_ending_of_two_parts_leaves_no_stray_piece() -> None:
    tokens = [t.text for t in tokenize("Saltford-News.com.br reported the fire")]
    assert tokens == ["Saltford-News.com.br", "reported", "the", "fire"]
