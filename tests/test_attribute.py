"""Who said it: small cases for each attribution rule, run through the whole pipeline."""

from __future__ import annotations

from briefbook.analyse.pipeline import analyse
from briefbook.model import Config, SourceMeta
from briefbook.project.load import RawArticle

CONFIG = Config.model_validate(
    {
        "briefing": {"title": "t"},
        "topics": [{"id": "all", "title": "All", "description": "Everything."}],
    }
)


def claimants(text: str) -> list[tuple[str, str | None, str]]:
    """(sentence start, claimant name or None, cue) for each statement of ``text``."""
    raw = RawArticle(SourceMeta(id="a", published="2024-10-24"), text, None, "0")  # type: ignore[arg-type]
    b = analyse(CONFIG, [raw], ["a.txt"])
    names = {a.id: a.name for a in b.actors}
    return [
        (s.text[:24], names.get(s.claimant) if s.claimant else None, s.cue) for s in b.statements
    ]


def test_according_to_and_said():
    out = claimants(
        "According to Reuters, about 3,000 soldiers arrived. "
        "U.S. Defense Secretary Lloyd Austin said the troops were in Russia."
    )
    assert out[0][1:] == ("Reuters", "according to")
    assert out[1][1:] == ("Lloyd Austin", "said")


def test_pronoun_points_back_to_last_named_speaker():
    out = claimants(
        "Defense Minister Kim Yong-hyun told lawmakers on Thursday that more would come. "
        "He also said the soldiers were disguised. The weather was cold."
    )
    assert out[0][1:] == ("Kim Yong-hyun", "told")
    assert out[1][1] == "Kim Yong-hyun"
    assert out[2][1] is None  # the outlet's own voice


def test_quotation_with_attribution_tail_and_its_continuation():
    out = claimants(
        "National Security Council spokesperson John Kirby spoke in Washington. "
        "“They are fair targets, and they will be treated so,” Kirby stated. "
        "“There could be casualties.” "
        "The talks ended."
    )
    assert out[1][1:] == ("John Kirby", "stated")
    assert out[2][1] == "John Kirby"
    assert out[3][1] is None


def test_capital_as_speaker_is_the_state_and_denials():
    out = claimants("Pyongyang denied the reports. Denials from Moscow followed on Friday.")
    assert out[0][1:] == ("North Korea", "denied")
    assert out[1][1:] == ("Russia", "denials")


def test_coordination_takes_the_first_member():
    (out,) = claimants(
        "NATO, along with the United States, Japan, and South Korea, has condemned the move."
    )
    assert out[1:] == ("North Atlantic Treaty Organization", "condemned")


def test_passive_and_prepositional_objects_are_not_claimants():
    out = claimants(
        "North Korea has been accused of providing munitions. "
        "In light of support for Russia, South Korean officials have hinted at a change."
    )
    assert out[0][1] is None
    # unnamed officials are a group of their state, not the state itself
    assert out[1][1:] == ("South Korean officials", "hinted")


def test_definite_description_points_back():
    out = claimants(
        "Seoul’s National Security Council issued a response on Friday. "
        "The council also stated that the move violates resolutions."
    )
    assert out[1][1] == "National Security Council"


def test_groups_without_a_name():
    (out,) = claimants("Experts, however, have noted that integration could be hard.")
    assert out[1:] == ("Experts", "noted")


def affiliations(text: str) -> list[tuple[str | None, str | None]]:
    """(claimant name, its affiliation) for each statement of ``text``."""
    raw = RawArticle(SourceMeta(id="a", published="2024-10-24"), text, None, "0")  # type: ignore[arg-type]
    b = analyse(CONFIG, [raw], ["a.txt"])
    actors = {a.id: a for a in b.actors}
    return [
        (actors[s.claimant].name, actors[s.claimant].affiliation) if s.claimant else (None, None)
        for s in b.statements
    ]


def test_unnamed_sources_are_groups_of_their_body_or_state():
    out = affiliations(
        "Twelve people were missing after the storm, police said. "
        "Officials in Freedonia said the bridge had collapsed. "
        "A spokesperson for Acme Shipping said the port would reopen."
    )
    assert out[0] == ("Police", None)
    assert out[1] == ("Officials", "Freedonia")
    assert out[2] == ("Spokesperson", "Acme Shipping")


def test_a_body_named_alone_before_a_verb_of_saying_speaks():
    out = claimants(
        "Acme Air Lines cancelled 500 flights on Monday. "
        "Acme said the outage had crippled its systems. "
        "The NTB said it would investigate."
    )
    assert [o[1] for o in out[1:]] == ["Acme Air Lines", "NTB"]


def test_an_acronym_the_article_defines_is_its_body():
    out = claimants(
        "The Freedonia National Weather Service (FNWS) issued a red alert. "
        "FNWS said more rain would fall on Tuesday."
    )
    assert out[1][1] == "Freedonia National Weather Service"


def test_a_state_name_opening_an_organisation_is_part_of_its_name():
    (out,) = claimants("The Freedonia Medical Association said 40 people were hurt.")
    assert out[1] == "Freedonia Medical Association"


def test_it_carries_a_body_on():
    out = claimants(
        "The Freedonia Medical Association said 40 people were hurt. "
        "It said more than 30 had been shot."
    )
    assert out[1][1] == "Freedonia Medical Association"


def test_a_quotation_running_over_sentences_keeps_its_speaker():
    out = claimants(
        "The Freedonia Human Rights Commission said on Monday that 39 people had died.\n\n"
        "“Post-mortems are yet to be done on most of the victims.\n\n"
        "The dead are from six counties. We condole with the families.”\n\n"
        "The storm also closed two roads."
    )
    assert [o[1] for o in out] == ["Freedonia Human Rights Commission"] * 4 + [None]


def test_bodies_named_by_their_kind():
    out = affiliations(
        "Heavy rain hit Lornholm on Tuesday. The ministry said 14 people had died. "
        "The dockers' union said the strike would go on. "
        "Portugal's interior ministry said 500 officers were sent. "
        "Harwick Freight Company cancelled 200 shipments. "
        "The company said the delays would last a week. "
        "It said customers would be refunded."
    )
    assert out[1] == ("Ministry", None)
    assert out[2] == ("Dockers' union", None)
    # a body of a state, not the state
    assert out[3] == ("Interior ministry", "Portugal")
    assert out[5][0] == out[6][0] == "Harwick Freight Company"


def test_the_body_points_back_to_the_last_of_its_kind():
    out = claimants(
        "The Ministry of Water Resources issued a warning. The ministry said rivers would rise."
    )
    assert out[1][1] == "Ministry of Water Resources"


def test_a_definite_title_is_the_person_the_corpus_gives_it():
    out = claimants(
        "Transport Minister Oskar Lind visited the site on Monday. "
        "Portugal's transport minister said 50 roads were closed. "
        "The minister said repairs would take weeks."
    )
    assert [o[1] for o in out] == [None, "Oskar Lind", "Oskar Lind"]


def test_an_indefinite_title_is_an_unnamed_member_of_its_body():
    out = affiliations(
        "A Kremlin spokesperson said the talks were useful. "
        "A Freedonian government minister said dozens were missing."
    )
    assert out[0] == ("Spokesperson", "Russia")
    assert out[1][0] == "Minister"


def test_who_is_told_does_not_speak():
    out = claimants("Ana Ruiz, 54, lost her home. “It is all gone,” she told Reuters.")
    assert out[1][1] == "Ana Ruiz"


def test_a_figure_given_by_a_body():
    out = claimants(
        "The Freedonia Geological Survey put the magnitude at 5.8. "
        "Rescuers raised the death toll to 205 on Friday."
    )
    assert out[0][1:] == ("Freedonia Geological Survey", "put the magnitude at")
    assert out[1][1] == "Rescuers"


def test_nouns_and_states_are_not_reports():
    out = claimants(
        "Freedonia issued another storm warning on Thursday. "
        "Rescuers dug on as 98 people were now confirmed dead. "
        "The Portuguese government claims the dam held."
    )
    assert out[0][1] is None
    assert out[1][1] is None
    assert out[2][1] == "Portugal"
