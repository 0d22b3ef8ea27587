"""Full names in one list are people's when a plural noun for people opens the list
(read/name_lists)."""

from __future__ import annotations

import pytest

from briefbook.model import Kind
from briefbook.read.gazetteer import shipped_gazetteer
from briefbook.read.mentions import find_mentions
from briefbook.read.name_lists import plural_for_people


def _shown(sentence: str) -> dict[str, bool]:
    """Each person's name in the sentence, and whether something shows it a person's."""
    found = find_mentions("a0", "s1", sentence, 0, shipped_gazetteer())
    return {m.text: not m.bare for m in found if m.kind == Kind.PERSON and " " in m.text}


@pytest.mark.parametrize(
    "sentence",
    [
        "Party leaders Ana Ruiz and Ben Okafor were among those who escaped the strike.",
        "The dead included his bodyguards Ana Ruiz, Ben Okafor and Tom Velder.",
        "The strike targeted his chief bodyguards Ana Ruiz and Ben Okafor.",
        "The defendants, Ana Ruiz and Ben Okafor, were charged on Monday.",
        "His two bodyguards, Ana Ruiz and Ben Okafor, were charged on Monday.",
        "The talks brought together businessmen Ana Ruiz and Ben Okafor.",
    ],
)
def test_every_name_of_a_list_that_shows_people(sentence: str) -> None:
    shown = _shown(sentence)
    assert len(shown) >= 2 and all(shown.values()), shown


@pytest.mark.parametrize(
    "sentence",
    [
        # nothing shows any of them a person's: the names stay as they were
        "The lines to Ana Ruiz and Ben Okafor were cut.",
        # a place noun before the list is no noun for people
        "The villages Ana Ruiz and Ben Okafor were flooded.",
        # "suspect", "successor", "candidate" are as often a verb or a thing's word
        "Investigators suspect Salt Typhoon and Volt Typhoon of the intrusions.",
        # a plural noun and a comma that close a phrase of their own open no list
        "According to sources, Goldman Sachs and Morgan Stanley will lead the sale.",
        "Unlike analysts, Wells Fargo and Morgan Stanley expect rates to fall.",
        # an apposition that is not closed by a comma after the list
        "The suspects, Ana Ruiz and Ben Okafor were charged on Monday.",
    ],
)
def test_a_list_that_shows_no_person(sentence: str) -> None:
    assert not any(_shown(sentence).values())


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a title in apposition, not a second name of a list
        ("The curfew was set by Saltford Zone Police Commander, Ana Ruiz, on Monday.", ""),
        # a body's word, or an acronym in brackets: a body's name
        (
            "Senator Ana Ruiz and Saltford Revolutionary Vanguard (SRV) met.",
            "Saltford Revolutionary Vanguard",
        ),
        ("Senator Ana Ruiz and Saltford Appeals Court met.", "Saltford Appeals Court"),
    ],
)
def test_a_title_or_a_body_is_no_name_of_a_list(sentence: str, name: str) -> None:
    shown = _shown(sentence)
    assert not shown.get(name, False)


@pytest.mark.parametrize(
    ("sentence", "shown_person"),
    [
        (
            "Investors including Senator Ana Ruiz, Goldman Sachs and Morgan Stanley bought "
            "shares in the port.",
            "Ana Ruiz",
        ),
        (
            "The fund is backed by Chief Executive Ana Ruiz, Wells Fargo and Charles Schwab.",
            "Ana Ruiz",
        ),
        ("Governor Ana Ruiz, Puerto Ayora and Quenby Brask signed the accord.", "Ana Ruiz"),
    ],
)
def test_one_person_of_a_list_shows_nothing_of_the_others(sentence: str, shown_person: str) -> None:
    # a list may join a person, companies and places: only the person is shown
    shown = _shown(sentence)
    assert [name for name, person in shown.items() if person and name != shown_person] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Saltford Velder, the successor to Quenby Brask, spoke on Monday.", "Saltford Velder"),
        ("Quenby Velder, a candidate for the 2036 Games, spoke on Monday.", "Quenby Velder"),
        ("Quenby Velder, the predecessor of Ana Ruiz, spoke on Monday.", "Quenby Velder"),
    ],
)
def test_successor_and_candidate_are_no_nouns_for_a_person(sentence: str, name: str) -> None:
    assert not _shown(sentence).get(name, False)


def test_only_names_joined_by_commas_and_and_are_one_list() -> None:
    shown = _shown("Senator Ana Ruiz met Ben Okafor in the capital.")
    assert shown == {"Ana Ruiz": True, "Ben Okafor": False}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("bodyguards", True),
        ("leaders", True),
        ("governors", True),
        ("lawyers", True),
        ("businessmen", True),
        ("spokesmen", True),
        ("chairmen", True),
        ("generals", True),
        ("suspects", False),
        ("candidates", False),
        ("villages", False),
        ("affairs", False),
        ("leader", False),  # a singular is no list's noun
    ],
)
def test_plural_nouns_for_people(word: str, expected: bool) -> None:
    assert plural_for_people(word) is expected
