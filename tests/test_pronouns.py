"""A lone name taken up by "he" or "she" in the next sentence is a person's (read/pronouns)."""

from __future__ import annotations

import pytest

from briefbook.model import Kind, Mention
from briefbook.read.pronouns import (
    as_people,
    lone_person,
    opens_on_pronoun,
    quote_of_pronoun,
    shown_by_pronoun,
)
from test_entities import briefing, kinds


def _lone(text: str, *, bare: bool = False, kind: Kind = Kind.PERSON) -> Mention:
    return Mention("a0", "s1", 0, len(text), text, kind, weak=True, bare=bare)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" He added that the talks would go on.", True),
        ("\n\nShe said the port would reopen.", True),
        (" It added that the port would reopen.", False),
        (" They said the port would reopen.", False),
        (" Hence the delay.", False),  # a word that opens with "He" is no pronoun
        (" Helmsmen were told to wait.", False),
    ],
)
def test_a_next_sentence_opening_on_he_or_she(after: str, expected: bool) -> None:
    assert opens_on_pronoun(after) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" “We will appeal,” she said.", True),
        (' "The line is safe," he told reporters.', True),
        (" “We will appeal,” it said.", False),
        (" “We will appeal,” he wrote in a letter he never sent.", True),
        (" “We will appeal,” he hoped.", False),  # no verb of speech
    ],
)
def test_a_quotation_closed_by_he_or_she_and_a_verb_of_speech(after: str, expected: bool) -> None:
    assert quote_of_pronoun(after) is expected


def test_only_the_one_person_a_sentence_names_is_taken_up() -> None:
    lone = _lone("Velmark")
    other = Mention("a0", "s1", 20, 29, "Ana Ruiz", Kind.PERSON)
    assert lone_person(lone, [lone], "Velmark held talks on Tuesday.")
    # another person the pronoun could stand for: none is shown
    assert not lone_person(lone, [lone, other], "Velmark hired Ana Ruiz.")
    # a noun for a person: "he" may be the lawyer
    assert not lone_person(lone, [lone], "Velmark's lawyer spoke on Tuesday.")
    # a name already shown a person's, or of two words, is not what the rule is for
    assert not lone_person(Mention("a0", "s1", 0, 7, "Velmark", Kind.PERSON), [], "")
    assert not lone_person(_lone("Ana Velmark"), [], "Ana Velmark spoke.")
    assert not lone_person(_lone("Velmark", kind=Kind.ORGANISATION), [], "Velmark spoke.")


def test_a_quotation_after_takes_up_only_a_name_that_speaks() -> None:
    speaks = _lone("Velmark")
    acts = _lone("Quenbrook", bare=True)
    quote = " “We will rebuild,” he said."
    assert shown_by_pronoun([([speaks], "Velmark said the port was shut.", quote)]) == {"velmark"}
    # "Quenbrook will not rebuild." then a quotation: the quotation is the last speaker's
    assert shown_by_pronoun([([acts], "Quenbrook will not rebuild.", quote)]) == set()
    # a sentence opening on the pronoun takes up a name that only acts
    assert shown_by_pronoun([([acts], "Quenbrook met on Monday.", " He left.")]) == {"quenbrook"}
    # ... but not when someone else its sentence names, the mayor, may be "he"
    assert shown_by_pronoun([([acts], "Quenbrook met the mayor.", " He left.")]) == set()


@pytest.mark.parametrize(
    ("sentence", "after"),
    [
        ("Velmark appointed a new chief executive on Monday.", " He starts in May."),
        ("Velmark fired its spokesman on Friday.", " He had criticised the board."),
        ("Velmark sued its former chairman.", " He denies wrongdoing."),
        ("Velmark signed the deal with the president.", " He called it historic."),
        ("Velmark said the pier would reopen.", " They met the mayor on Monday."),
        ("Velmark said its lawyers would appeal.", " She said the ruling was wrong."),
        # a vessel may be "she"
        (
            "Velmark said the ferry had sunk with 40 people on board.",
            " She went down in ten minutes.",
        ),
    ],
)
def test_a_title_an_office_or_a_bodys_pronoun_leaves_he_to_someone_else(
    sentence: str, after: str
) -> None:
    assert shown_by_pronoun([([_lone("Velmark")], sentence, after)]) == set()


def test_a_surname_of_a_full_name_in_the_article_is_left_to_join_it() -> None:
    full = Mention("a0", "s1", 0, 10, "Ben Okafor", Kind.PERSON)
    named = ([full], "Ben Okafor arrived on Monday.", " ")
    taken = ([_lone("Okafor")], "Okafor met on Monday.", " He said the pier would reopen.")
    assert shown_by_pronoun([taken]) == {"okafor"}
    assert shown_by_pronoun([named, taken]) == set()


def test_a_name_the_article_calls_it_is_no_persons() -> None:
    said_it = ([_lone("Quenbrook")], "Quenbrook said it would rebuild the pier.", " ")
    taken = ([_lone("Quenbrook")], "Quenbrook met on Monday.", " He said the pier would reopen.")
    assert shown_by_pronoun([taken]) == {"quenbrook"}
    assert shown_by_pronoun([said_it, taken]) == set()
    assert shown_by_pronoun([taken, said_it]) == set()


def test_what_one_sentence_shows_holds_for_the_article() -> None:
    first, later = _lone("Velmark"), _lone("Velmark")
    out = as_people([first, later, _lone("Ostrana")], {"velmark"})
    assert [m.weak for m in out] == [False, False, True]


def test_a_lone_name_taken_up_by_a_pronoun_is_listed_as_a_person() -> None:
    b = briefing(
        "Velmark said the port would stay shut until Friday. "
        "He added that the talks with the dockers had failed.\n\n"
        "“We will not back down,” Brask said on Monday. "
        "“The line is safe,” she said.\n\n"
        "Quenbrook said the line would reopen. It added that trains were late.\n\n"
        "Harlow said the port was shut. Its owners met on Monday."
    )
    assert kinds(b)["Velmark"] == "person"
    assert kinds(b)["Brask"] == "person"
    # "it", "its": a body's short name, as before
    assert kinds(b)["Quenbrook"] == "organisation"
    assert kinds(b)["Harlow"] == "organisation"


@pytest.mark.parametrize(
    "later",
    [
        "Velmark appointed a new chief executive on Monday. He starts in May.",
        "Velmark fired its spokesman on Friday. He had criticised the board.",
        "Velmark sued its former chairman. He denies wrongdoing.",
        "Velmark signed the deal with the president. He called it historic.",
        "Velmark met the mayor on Monday. He said the pier would reopen.",
    ],
)
def test_a_body_that_says_it_stays_a_body_whatever_he_follows(later: str) -> None:
    b = briefing(f"Velmark said on Tuesday that it would cut 200 jobs.\n\n{later}")
    assert kinds(b).get("Velmark") != "person"
