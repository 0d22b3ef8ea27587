"""A speaker described as one body ("the presidency said") is that body, not a group."""

from __future__ import annotations

from briefbook.analyse.pipeline import analyse
from briefbook.analyse.unnamed_bodies import kind_alone, one_body, written_forms
from briefbook.model import Config, Kind, SourceMeta
from briefbook.project.load import RawArticle
from briefbook.read.gazetteer import load_gazetteer

CONFIG = Config.model_validate(
    {"briefing": {"title": "t"}, "topics": [{"id": "all", "title": "All", "description": "x"}]}
)


def briefing(*texts: str):
    raws = [
        RawArticle(SourceMeta(id=f"a{i}"), text, None, "0")  # type: ignore[arg-type]
        for i, text in enumerate(texts)
    ]
    return analyse(CONFIG, raws, [f"a{i}.txt" for i in range(len(texts))], load_gazetteer())


def speakers(b) -> dict[str, tuple[Kind, set[str]]]:
    said = {s.claimant for s in b.statements}
    return {a.name: (a.kind, {*a.aliases}) for a in b.actors if a.id in said}


def test_a_singular_noun_of_a_body_describes_one_body():
    assert one_body("foreign ministry")
    assert one_body("presidency")
    assert one_body("President’s office")
    assert one_body("ruling military")


def test_people_are_no_body():
    assert not one_body("officials")
    assert not one_body("police")
    assert not one_body("a spokesperson")
    assert not one_body("ministry officials")
    assert not one_body("")


def test_the_definite_forms_as_written():
    text = "The talks failed, Norway's foreign ministry said, and the foreign ministry added more."
    assert written_forms("foreign ministry", text) == (
        "Norway's foreign ministry",
        "the foreign ministry",
    )
    assert written_forms("presidency", "The Presidency said the vote would go ahead.") == (
        "The Presidency",
    )
    assert written_forms("ruling military", "Norway’s ruling military denied it.") == (
        "Norway’s ruling military",
    )
    assert written_forms("health ministry", "Aid came, South Sudan's health ministry said.") == (
        "South Sudan's health ministry",
    )


def test_no_definite_form_without_the_or_a_possessive():
    assert written_forms("ministry", "A ministry said nothing.") == ()
    assert written_forms("ministry", "Ministry officials said so.") == ()
    # a word that only ends like the noun is not it
    assert written_forms("office", "The officer said the office was shut.") == ("the office",)
    assert written_forms("army", "The armyworm spread, farmers said.") == ()


def test_a_state_adjective_or_initials_between_the_and_the_body():
    # "the US military" is also written, and listed, as the "US military"
    assert written_forms("military", "Ships were hit, the US military said.") == (
        "the US military",
        "US military",
    )
    assert written_forms("defence ministry", "The Norwegian defence ministry denied it.") == (
        "The Norwegian defence ministry",
        "Norwegian defence ministry",
    )
    # a capitalised word that is no state's is a name, not a description
    assert written_forms("office", "The Saltford office was shut.") == ()


def test_a_speaker_described_as_one_body_is_listed_as_that_body():
    b = briefing(
        "The presidency said on Monday that the election would be held in March. "
        "Norway's foreign ministry said the ambassador had been recalled. "
        "Officials said the border would stay closed."
    )
    found = speakers(b)
    assert found["Presidency"] == (Kind.AGENCY, {"presidency", "The presidency"})
    kind, forms = found["Foreign ministry"]
    assert kind == Kind.AGENCY
    assert "Norway's foreign ministry" in forms
    assert found["Officials"][0] == Kind.GROUP


def test_one_body_collects_the_forms_of_every_article():
    b = briefing(
        "The defence ministry said two jets had been lost.",
        "Rescue teams reached the area, the defence ministry said.",
    )
    found = speakers(b)
    assert found["Defence ministry"][0] == Kind.AGENCY
    assert len([n for n in found if "ministry" in n.casefold()]) == 1


def test_plural_speakers_and_a_bare_noun_stay_groups():
    b = briefing(
        "Police said the road had reopened. "
        "Ministry officials said the talks would resume on Friday. "
        "Analysts said the currency would fall further."
    )
    kinds = {name: kind for name, (kind, _) in speakers(b).items()}
    assert kinds and all(kind == Kind.GROUP for kind in kinds.values()), kinds


def test_a_company_kind_alone_pointing_back_to_no_body_is_no_one():
    assert kind_alone("firm")
    assert kind_alone("the Airline".split()[1])
    assert kind_alone("report")
    assert not kind_alone("officials")
    assert not kind_alone("presidency")
    assert not kind_alone("research firm")
    b = briefing(
        "Shares in Saltford Mills fell again on Tuesday.\n\n"
        "The firm said it would answer every question raised by short sellers.\n\n"
        "The report said the accounts had been inflated for years."
    )
    names = {a.name.casefold() for a in b.actors}
    assert "firm" not in names
    assert "report" not in names


def test_a_company_kind_after_its_company_still_points_back():
    b = briefing(
        "Acme Holdings opened a new plant in Saltford.\n\n"
        "The company said it would hire 200 workers."
    )
    said = speakers(b)
    assert "Company" not in said
    assert any("Acme" in name for name in said)


def test_a_source_is_a_person_not_a_kind_alone():
    assert not kind_alone("source")
