"""Who said it: small cases for each attribution rule, run through the whole pipeline."""

from __future__ import annotations

from briefbook.analyse.openers import participle_opener
from briefbook.analyse.pipeline import analyse
from briefbook.analyse.subjects import shared_subject_gap
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


def test_jurors_hospitals_unionists_and_rescue_teams_speak_as_groups():
    out = claimants(
        "Floods hit Freedonia on Monday. "
        "On Tuesday afternoon, jurors said they had reached a verdict on two counts. "
        "More than 100 people were hurt, city hospitals said on Tuesday. "
        "The unionists warned that the strike would go on. "
        "Rescue teams said the scene was like a horror film."
    )
    assert [o[1:] for o in out[1:]] == [
        ("Jurors", "said"),
        ("Hospitals", "said"),
        ("Unionists", "warned"),
        ("Rescue teams", "said"),
    ]


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


def test_a_state_name_opening_a_name_with_a_plural_possessive_is_part_of_it():
    (out,) = claimants("The Freedonia Doctors’ Network said 40 people were killed.")
    assert out[1] == "Freedonia Doctors’ Network"
    (out,) = claimants("Freedonia's doctors said 40 people were hurt.")
    assert out[1] == "Doctors"  # the state's doctors, not a name


def test_it_carries_a_body_on():
    out = claimants(
        "The Freedonia Medical Association said 40 people were hurt. "
        "It said more than 30 had been shot."
    )
    assert out[1][1] == "Freedonia Medical Association"


def test_it_after_a_quotation_carries_a_body_on():
    out = claimants(
        "The Freedonia Medical Association said on Monday that clinics would close. "
        "The shortage “is worse than any we have seen,” it said in a statement. "
        "“Patients will wait for weeks,” it added."
    )
    assert [o[1] for o in out] == ["Freedonia Medical Association"] * 3
    # after a person's words "it" is no one's: the pronoun needs a body that spoke
    out = claimants(
        "Ana Roe said on Monday that clinics would close. "
        "The shortage “is worse than any we have seen,” it said."
    )
    assert out[1][1] is None


def test_it_reaches_back_over_the_outlet_s_own_sentences():
    out = claimants(
        "Harwick Freight Company said on Friday that a worker had been hurt.\n\n"
        "He is in a stable condition.\n\n"
        "He had been loading a crane, it said in a statement."
    )
    assert out[2][1] == "Harwick Freight Company"
    # never across another speaker: the person who spoke since is no "it"
    out = claimants(
        "Harwick Freight Company said on Friday that a worker had been hurt.\n\n"
        "Ana Roe, his sister, said he was in pain.\n\n"
        "He had been loading a crane, it said in a statement."
    )
    assert out[2][1] is None
    # nor further back than the paragraph and the two before it
    out = claimants(
        "Harwick Freight Company said on Friday that a worker had been hurt.\n\n"
        "The crane was old.\n\nThe port was busy.\n\nThe weather was fine.\n\n"
        "He had been loading a crane, it said in a statement."
    )
    assert out[-1][1] is None


def test_a_refusal_ends_what_it_points_back_to():
    out = claimants(
        "Harwick Freight Company said on Friday that a worker had been hurt. "
        "Beta Corp did not respond to a request for comment. "
        "It said the crane was old."
    )
    assert out[2][1] is None


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


def test_a_state_s_body_with_an_adverb_or_a_medium_before_its_verb():
    out = affiliations(
        "A cargo plane made an emergency landing on Monday. "
        "Portugal’s aviation watchdog initially said a bird had hit an engine. "
        "Portugal's state TV said the runway was closed for hours."
    )
    # a body of the state, not the state, whatever adverb stands before the verb
    assert out[1] == ("Aviation watchdog", "Portugal")
    assert out[2] == ("State TV", "Portugal")


def test_an_inverted_verb_before_a_qualified_title():
    out = claimants(
        "Storms hit the coast on Monday. "
        '"We are ready," said government spokesperson Lena Marsh. '
        "The port is shut, said company spokesman Tom Okafor. "
        '"We lost," said Ana Ruiz.'
    )
    assert [o[1] for o in out[1:]] == ["Lena Marsh", "Tom Okafor", "Ana Ruiz"]
    # words that are no title's before a name: what was said, not who said it
    (_, out) = claimants("Storms hit the coast on Monday. The port is shut, said exports fell.")
    assert out[1] is None


def test_a_quotation_s_tail_names_who_a_body_s_words_describe():
    out = affiliations(
        "Storms hit the coast on Monday. "
        '"We remain open to talks," Harwick Freight Company officials said. '
        '"We will go on," a Harwick Freight Company spokesperson said. '
        '"We are ready," Peru\'s interior ministry said. '
        '"We lost," Harwick Freight Company said.'
    )
    assert out[1] == ("Officials", "Harwick Freight Company")
    assert out[2] == ("Spokesperson", "Harwick Freight Company")
    assert out[3] == ("Interior ministry", "Peru")
    assert out[4] == ("Harwick Freight Company", None)  # the body itself, no words after it


def test_the_body_points_back_to_a_state_s_body_named_by_its_kind():
    # named with a state's possessive in a sentence that is no report, then "the court said"
    out = affiliations(
        "Storms hit the coast on Monday. Chile's top court on Friday annulled the vote. "
        "Based on this, the court said the vote would be held again. "
        "Peru's interior ministry said 40 officers were sent. "
        "The ministry said more would follow. "
        "The court also said observers were welcome."
    )
    assert out[2] == ("Top court", "Chile")
    assert out[4] == ("Interior ministry", "Peru")
    assert out[5] == ("Top court", "Chile")  # the last court, though a ministry came between
    # nothing of that kind named before: a court of no one
    (out,) = affiliations("Storms hit the coast on Monday. The court said the vote was void.")[1:]
    assert out == ("Court", None)


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


def test_a_definite_title_is_the_last_person_named_who_holds_it():
    out = claimants(
        "Railway Minister Oskar Lind and Chief Minister Maria Costa visited the site. "
        "Oskar Lind later said the cause had been found. "
        "Mr Lind spoke after the rail operator blamed a signal. "
        "The minister also said one track had been restored."
    )
    assert out[3][1] == "Oskar Lind"  # named last, with no title there: his title holds


def test_an_unnamed_group_opening_the_sentence_with_words_that_qualify_it():
    out = claimants(
        "Transport ministry officials confirmed the reopening of the pier. "
        "Some legal experts say the ruling will stand. "
        "Medical groups reported that dozens were hurt. "
        "Acme workers voted to strike. "
        "As police searched the port, the storm grew."
    )
    assert [o[1] for o in out] == [
        "Transport ministry officials",
        "Legal experts",
        "Medical groups",
        None,  # a name before the group: of that body, not a qualifier
        None,  # "As" opens another clause
    ]


def test_the_statement_is_its_issuer_s_with_the_outlet_s_sentences_between():
    out = claimants(
        "Losses fall on shareholders first, according to a joint statement from the Acme "
        "Authority. Bond prices fell sharply. "
        '"Equity absorbs losses first," the statement said. '
        "The deal was approved as part of the Beta Council's statement on Sunday. "
        "Markets closed early. "
        "The statement said the support would end."
    )
    assert [o[1] for o in out] == [
        "Acme Authority",
        None,
        "Acme Authority",
        None,
        None,
        "Beta Council",
    ]


def test_an_indefinite_title_is_an_unnamed_member_of_its_body():
    out = affiliations(
        "A Kremlin spokesperson said the talks were useful. "
        "A Freedonian government minister said dozens were missing."
    )
    assert out[0] == ("Kremlin spokesperson", "Russia")
    assert out[1][0] == "Minister"


def test_an_unnamed_speaker_keeps_the_office_a_seat_of_government_writes():
    out = affiliations(
        "A White House official said the visit was postponed. "
        "A U.S. official said the talks would resume. "
        "A Moscow official said nothing had changed."
    )
    assert out[0] == ("White House official", "United States")
    assert out[1] == ("Official", "United States")  # the state's own name: no office
    assert out[2] == ("Moscow official", "Russia")  # a capital is written as a seat is


def test_an_unnamed_speaker_keeps_the_service_before_his_title():
    out = affiliations(
        "Peru closed its border on Monday. "
        "A Peruvian military official said troops had been moved north. "
        "A Peruvian official said the move was temporary. "
        "Two soldiers were hurt, said a Peruvian security source. "
        "The border would reopen, said a Peruvian official. "
        "A security official said the roads were clear. "
        "A senior Peruvian official said talks would go on."
    )
    assert out[1] == ("Military official", "Peru")
    assert out[2] == ("Official", "Peru")  # the people's adjective is where he belongs
    assert out[3] == ("Security source", "Peru")
    assert out[4] == ("Official", "Peru")
    assert out[5] == ("Security official", None)
    assert out[6] == ("Senior official", "Peru")


def test_a_spokesperson_for_a_body_of_a_state_keeps_that_body():
    out = affiliations(
        "A spokesperson for Peru's trade ministry said the tariffs were unfair. "
        "A spokesman for Peru said the border was shut. "
        "A spokesperson for Acme Shipping said the port would reopen. "
        "A lawyer for Chile's state oil company said the deal stood."
    )
    assert out[0] == ("Trade ministry spokesperson", "Peru")
    assert out[1] == ("Spokesman", "Peru")  # the state itself: nothing more to say
    assert out[2] == ("Spokesperson", "Acme Shipping")
    assert out[3] == ("State oil company lawyer", "Chile")


def test_the_spokesperson_after_a_quotation_speaks_for_the_same_body():
    out = affiliations(
        "A spokesperson for Acme Shipping said the port would reopen. "
        "“We expect ships by Monday,” the spokesperson said. "
        "A spokesman for Peru's trade ministry said the tariffs were unfair. "
        "“It is a breach,” the spokesman said. "
        "“We will respond,” the minister said."
    )
    assert out[1] == ("Spokesperson", "Acme Shipping")
    assert out[3] == ("Trade ministry spokesman", "Peru")
    assert out[4][0] == "Minister"  # another title: not the spokesman again


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


def test_officials_of_a_named_body_are_a_group_of_it():
    out = affiliations(
        "The search was suspended at dusk, Freedonia Coast Guard and Harbour Police officials "
        "said. A Harbour Police official said the car was found in deep water. "
        "He also said divers would return at dawn."
    )
    assert out[0] == ("Officials", "Freedonia Coast Guard")
    assert out[1] == ("Official", "Harbour Police")
    assert out[2] == ("Official", "Harbour Police")  # "He": the official again


def test_an_aside_between_the_speaker_and_the_verb():
    out = claimants(
        "Governor Ana Ruiz toured the quay on Monday. "
        "The governor, a rising star in her party, also said the bridge was sound. "
        "Tom Okafor, the mayor of Berrow, which lies downstream of the dam, said roads were "
        "closed. "
        "Acme Builders employed the crew. "
        "The company, in mourning, acknowledges the loss."
    )
    assert out[1][1] == "Ana Ruiz"
    assert out[2][1] == "Tom Okafor"
    assert out[4][1:] == ("Acme Builders", "acknowledges")


def test_no_claim_where_nothing_was_said():
    out = claimants(
        "Local authorities have not disclosed how many people are missing. "
        "Acme has not confirmed the figure. "
        "Acme did not disclose it, but Defence Minister Ana Ruiz said more would be sent. "
        "The coastguard has called off the search. "
        "Rescuers searched for the dozens of people the authorities believe are still missing."
    )
    assert [o[1] for o in out] == [None, None, "Ana Ruiz", None, None]


def test_a_refusal_to_comment_is_the_outlets_voice_with_the_silent_party_apart():
    # no one is cited: the outlet says so; the party that said nothing is kept apart, for a
    # denial elsewhere to contradict
    raw = RawArticle(
        SourceMeta(id="a", published="2024-10-24"),  # type: ignore[arg-type]
        "Portugal has yet to comment on the reports. "
        "Defence Minister Ana Ruiz did not respond to a request for comment. "
        "A spokesperson for the Kremlin declined to comment. "
        "She declined to comment further. "
        "Spain did not comment, but Portugal said the claim was false. "
        "Ana Ruiz could not be reached for comment. "
        "Spain did not immediately respond to requests for comment, but Ana Ruiz said it was.",
        None,
        "0",
    )
    b = analyse(CONFIG, [raw], ["a.txt"])
    names = {a.id: a.name for a in b.actors}
    out = [(names.get(s.claimant), s.cue, names.get(s.silent)) for s in b.statements]
    assert out[:4] == [
        (None, "", "Portugal"),
        (None, "", "Ana Ruiz"),
        (None, "", "Russia"),
        (None, "", "Ana Ruiz"),
    ]
    assert out[4][0] == "Portugal" and out[4][2] is None  # the one who did speak
    assert out[5] == (None, "", "Ana Ruiz")  # a request for comment that went unanswered
    assert out[6] == ("Ana Ruiz", "said", None)


def test_a_verb_in_a_relative_clause():
    out = claimants(
        "Tom Okafor, who had admitted the charges, was jailed for ten years. "
        "The Harbour Workers Union counted the dead. "
        "The other deaths, which the union said were caused by the collapse, were in Berrow."
    )
    assert out[0][1] is None
    assert out[2][1] == "Harbour Workers Union"


def test_names_governed_by_a_preposition_and_their_lists():
    out = claimants(
        "The cargo was recovered by the Freedonia Coast Guard, Interior Minister Ana Ruiz said. "
        "The victims were from Freedonia, Ruritania and Borduria, Ruiz said. "
        "The regional president of eastern Freedonia, Tom Okafor, said 12 died. "
        "In the U.S., the FAA said flights would resume."
    )
    assert [o[1] for o in out] == ["Ana Ruiz", "Ana Ruiz", "Tom Okafor", "FAA"]


def test_a_comma_and_before_a_speaker_opens_a_clause_not_a_list():
    # a list of two takes no comma before "and": the name after it is a new clause's subject
    out = claimants(
        "Governor Tom Okafor toured the coast on Friday. "
        "Floodwater closed two schools in Saltford, and Okafor said crews were pumping "
        "streets. "
        "Ships were held at ports in France, and Acme Corp said its fleet was safe. "
        "Officials from Mexico and Honduras said the talks would resume. "
        "Officials from Mexico, Guatemala, and Honduras said the border was shut."
    )
    assert out[1][1:] == ("Tom Okafor", "said")
    assert out[2][1:] == ("Acme Corp", "said")
    assert out[3][1] not in ("Mexico", "Honduras")  # the officials of a list of two
    assert out[4][1] not in ("Mexico", "Guatemala", "Honduras")  # a list of three


def test_a_comma_and_before_a_verb_that_may_not_report_keeps_the_list():
    # "claimed silver" takes a medal: only a plain verb of speech opens the new clause
    out = claimants("The gold medal went to Kenya, and Ethiopia claimed silver.")
    assert out[0][1] != "Ethiopia"


def test_according_to_what_a_body_owns_cites_the_body():
    out = claimants(
        "Ten people died in the floods, according to the health ministry's figures. "
        "Ana Roe won 54 percent, according to the electoral commission's final count. "
        "Health Minister Tom Okafor visited the town. "
        "The toll rose to 12, according to the minister's latest tally. "
        "The town was cut off, according to the ministry. "
        "Ana Roe won, according to the town's residents."
    )
    assert out[0][1:] == ("Health ministry", "according to")
    assert out[1][1:] == ("Electoral commission", "according to")
    assert out[3][1:] == ("Tom Okafor", "according to")
    assert out[4][1:] == ("Ministry", "according to")
    assert out[5][1] != "Town"


def test_according_to_someone_a_body_has_does_not_cite_the_body():
    # only a finding or figure the body issues (source_nouns, figure_nouns) cites its owner
    for said, cited in (
        ("The Health Ministry said 40 people had died.", "the ministry's critics"),
        ("Globex Corp said its accounts were sound.", "the company's former auditors"),
        ("Acme Corp said sales rose.", "the company's critics"),
        ("Acme Corp said sales rose.", "the company's former employees"),
        ("Acme Corp said sales rose.", "the company's own lawyers"),
        ("The army said it held the town.", "the army's enemies"),
        ("The ministry said prices were stable.", "the ministry's former chief economist"),
        ("The union said the strike would end.", "the union's members"),
        ("The central bank said growth would slow.", "the central bank's survey of economists"),
    ):
        out = claimants(f"{said} The figure was wrong, according to {cited}.")
        assert out[1][1] is None, (cited, out[1])
    out = claimants(
        "The central bank said growth would slow. "
        "Growth will slow, according to the central bank's latest forecast."
    )
    assert out[1][1:] == ("Central bank", "according to")


def test_a_denial_of_a_request_still_reports():
    # the ruling rule was dropped: rejecting or denying a request is the denier's report
    out = claimants(
        "The ministry rejected the union's request as baseless, saying wages had risen. "
        "Acme Corp denied the request was ever made. "
        "The foreign ministry rejected the request, saying the envoy had broken the law. "
        "Acme Corp dismissed the union's appeal as a publicity stunt."
    )
    assert out[0][2] == "rejected"
    assert out[1][1:] == ("Acme Corp", "denied")
    assert out[2][2] == "rejected"
    assert out[3][1:] == ("Acme Corp", "dismissed")
    for text, said in (
        ("The ministry denied its request for aid was linked to the election.", "denied"),
        ("Acme Corp denied the claims were a plea bargain.", "denied"),
        ("Acme Corp denied again that any request for payment had been made.", "denied"),
        ("Police denied the protesters' request, citing security.", "denied"),
        ("The prime minister rejected opposition requests that he resign.", "rejected"),
        ("The court rejected the appeal, ruling the evidence was sound.", "rejected"),
        ("Acme Corp denied the plea deal reports.", "denied"),
    ):
        one = claimants(text)[0]
        assert one[1] is not None and one[2] == said, one
    out = claimants(
        "Union leader Tom Okafor said talks had failed. "
        "The ministry rejected the union's request for a pay rise. "
        "It said wages had already risen by 5 percent."
    )
    assert out[1][1:] == ("Ministry", "rejected")
    assert out[2][1:] == ("Ministry", "said")  # the pronoun's body, not no one


def test_a_speaker_named_after_the_verb_at_the_end_of_the_sentence():
    out = claimants(
        "The six missing men were part of a road crew, said Tom Okafor, the transport chief. "
        "The mayor will meet the minister on Monday, reports the Berrow Courier newspaper. "
        "Tom Okafor, who chairs the board, said Acme was to blame."
    )
    assert out[0][1:] == ("Tom Okafor", "said")
    assert out[1][1] == "Berrow Courier"
    assert out[2][1] == "Tom Okafor"  # "said Acme was ...": what was said, not who


def test_as_per_and_according_to_reports():
    out = claimants(
        "As per Reuters, the minister resigned on Friday. "
        "The king stayed in the town, according to reports."
    )
    assert out[0][1] == "Reuters"
    assert out[1][1] is None  # bare "reports" names no source: the outlet's own voice


def test_according_to_reports_alone_cites_no_one():
    out = claimants(
        "According to reports, the refinery was hit twice overnight. "
        "The port closed, according to local reports. "
        "The bridge fell, according to reports from the valley."
    )
    assert out[0][1] is None
    assert out[1][1] is not None
    assert out[2][1] is not None


def test_a_quotation_with_its_speaker_before_according_to():
    (out,) = claimants('"We had to reboot every system," Acme said, according to the Courier.')
    assert out[1] == "Acme"


def test_an_outlet_cited_for_a_quotation_only_carries_its_speaker_s_words():
    out = claimants(
        "A blast hit the port on Monday. "
        "But, according to the news agency Tass, government spokesman Marco Lind told "
        "reporters: “An investigation is in progress.” "
        "“The government wanted to stay in power,” Judge Ana Roe, who was named as a target, "
        "said Tuesday, according to the Freedonia Courier. "
        "Minister Ana Roe visited the port on Tuesday. "
        "She noted that there were many theories, adding, “The matter must be investigated,” "
        "according to Reuters."
    )
    assert out[1][1:] == ("Marco Lind", "told")
    assert out[2][1:] == ("Ana Roe", "said")
    assert out[4][1:] == ("Ana Roe", "noted")
    out = claimants(
        "A blast hit the port on Monday. "
        "According to AFP, Ana Roe said: “We will rebuild the port.” "
        "According to Reuters, police said: “Two people died.” "
        "Marco Lind wrote on X, “We will not give up,” according to the Freedonia Courier. "
        "According to the BBC, the interior minister told parliament: “Nobody will be spared.”"
    )
    assert [o[1:] for o in out[1:]] == [
        ("Ana Roe", "said"),
        ("Police", "said"),
        ("Marco Lind", "wrote"),
        ("Interior minister", "told"),
    ]


def test_an_outlet_cited_for_what_someone_said_only_carries_the_words():
    out = claimants(
        "A blast hit the port on Monday. "
        "Ana Roe said the plant was hit by a “massive” strike, according to Reuters. "
        "Around 90 people were hurt, police said, according to AFP. "
        "According to the Courier, Marco Lind said the port would reopen. "
        "Acme denied the reports, according to AFP."
    )
    assert out[1][1:] == ("Ana Roe", "said")
    assert out[2][1:] == ("Police", "said")
    assert out[3][1:] == ("Marco Lind", "said")
    assert out[4][1:] == ("Agence France-Presse", "according to")  # what Acme did


def test_an_outlet_cited_for_its_own_report_stays_the_claimant():
    out = claimants(
        "A blast hit the port on Monday. "
        "The plant was hit by a “massive and deadly” strike, according to Reuters. "
        "Ana Roe denied the plant was hit by a “massive” strike, according to Reuters. "
        "According to Reuters, the plant was “completely destroyed” by the blast. "
        "“Death to the invaders,” protesters chanted outside the embassy, according to AFP. "
        "The sign at the gate read: “We will rebuild,” according to AFP. "
        "According to the ministry, Ana Roe told reporters: “We will rebuild.”"
    )
    assert [o[1] for o in out[1:6]] == ["Reuters"] * 3 + ["Agence France-Presse"] * 2
    assert out[6][1:] == ("Ministry", "according to")
    out = claimants(
        "A blast hit the port on Monday. "
        "According to Reuters, “dozens” of people were killed. "
        "The film, titled “Port of Hope,” won a prize, according to Reuters. "
        "According to Reuters, the rebels, who call themselves “the Free Army,” took the port. "
        "Residents spoke of “a wall of fire”, according to Reuters. "
        "According to Reuters, Ana Roe's decree, titled “Port of Hope,” came into force. "
        "According to Reuters, the statement, headlined “We will rebuild,” was withdrawn. "
        "The words “never again” were painted on the wall, according to Reuters. "
        "According to Reuters: “The port is closed.”"
    )
    assert [o[1:] for o in out[1:]] == [("Reuters", "according to")] * 8


def test_groups_near_the_verb_beat_a_name_further_away():
    out = affiliations(
        "Freedonian health authorities will begin a vaccine trial, officials said Sunday. "
        "The toll rose to 40, emergency services and officials confirmed. "
        "The toll rose to 13, an official from the national doctors’ association said. "
        "In Berrow, this resident says warnings came too late."
    )
    assert [o[0] for o in out] == ["Officials", "Emergency services", "Official", "Resident"]


def test_an_unnamed_member_of_a_body():
    out = affiliations(
        "A lawyer for Acme Shipping says the liability is small. "
        "“It affects everyone,” a representative of the Berrow-based collective Voz Libre, "
        "told AFP. "
        "Acme did not comment, but an attorney representing the company said the claim was false."
    )
    assert out[0] == ("Lawyer", "Acme Shipping")
    assert out[1] == ("Representative", "Voz Libre")
    assert out[2][0] == "Attorney"


def test_a_closing_attribution_speaks_for_a_sentence_that_opens_with_it():
    out = claimants(
        "The Freedonia Ministry of Health said the outbreak was over. "
        "It reported 66 cases and 15 deaths, the health ministry said on Friday. "
        "Ana Ruiz announced the trial, the Berrow Courier reported."
    )
    assert out[1][1] == "Freedonia Ministry of Health"
    assert out[2][1] == "Ana Ruiz"


def test_a_named_speaker_closing_the_sentence_speaks_for_all_of_it():
    out = claimants(
        "Officials in Freedonia have confirmed 40 deaths, most of them children in the "
        "southern district of Berrow, Health Minister Ana Ruiz said on Monday. "
        "Freedonia has agreed to the ceasefire, Foreign Minister Ivo Lind told reporters. "
        "Freedonia has agreed to send troops, a key Saltmark ally announced. "
        "The talks stalled, while the authorities suggested the figure was lower."
    )
    assert out[0][1:] == ("Ana Ruiz", "said")
    assert out[1][1:] == ("Ivo Lind", "told")
    assert out[2][1] == "Freedonia"  # a word of a description is not its speaker
    assert out[3][1] == "Authorities"  # a clause of its own closes nothing


def test_a_second_clause_speaks_when_the_first_names_no_one():
    (out,) = claimants(
        "Many voices have called for him to go, but on Tuesday, President Ana Ruiz reiterated "
        "that she would stay."
    )
    assert out[1] == "Ana Ruiz"


def test_a_straight_quote_closes_a_curly_one():
    out = claimants(
        '“On those who died, there will be an inquiry," President Ana Ruiz said. '
        "The hospital was full."
    )
    assert out[0][1] == "Ana Ruiz"
    assert out[1][1] is None  # the quotation is closed: no one carries on


def test_guillemets_are_quotation_marks():
    out = claimants(
        "Harwick Freight Company said on Friday that the port would close. "
        "«The cranes are unsafe and the staff must be protected,» the statement said. "
        "«We will reopen when the repairs are done.» "
        "«Our customers know we have no choice,» said Ana Roe, its chief executive."
    )
    assert [o[1] for o in out] == ["Harwick Freight Company"] * 3 + ["Ana Roe"]
    # a verb inside the marks is the speaker's word, not the outlet's cue
    (out,) = claimants(
        "«Rescuers said nothing to us all night,» a resident of Lornholm told reporters."
    )
    assert out[2] == "told"
    # a name in guillemets is no quotation: the next sentence carries no one on
    out = claimants(
        "Ana Roe said on Friday that the port would close. "
        "Protesters gathered outside the «Harbour House» offices."
    )
    assert out[1][1] is None


def test_according_to_him_or_the_official_points_back_to_who_spoke_before():
    out = claimants(
        "A police official told reporters that the fire had been set on purpose. "
        "According to him, three men were seen running away."
    )
    assert out[0][1] is not None  # the unnamed official, as a group actor
    assert out[1][1:] == (out[0][1], "according to")
    out = claimants(
        "Prime Minister Ana Roe said on Monday that the talks were over. "
        "According to the official, the offer had come too late."
    )
    assert out[1][1:] == ("Ana Roe", "according to")
    # not when no one spoke just before, nor a plural group's "him"
    out = claimants(
        "Prime Minister Ana Roe arrived in Lornholm on Monday. "
        "According to the official, the offer had come too late."
    )
    assert out[1][1] is None
    out = claimants(
        "Police officials told reporters that the fire had been set on purpose. "
        "According to him, three men were seen running away."
    )
    assert out[1][1] is None


def test_the_country_points_back_to_the_state():
    out = claimants(
        "Portugal declared an outbreak on Friday. "
        "The southern European country confirmed its first cases in September."
    )
    assert out[0][1:] == ("Portugal", "declared")
    assert out[1][1] == "Portugal"


def test_the_allies_before_including_and_a_dash_aside():
    out = claimants(
        "The United States and other allies, including Portugal, have joined in affirming it. "
        "Global leaders, including NATO, Japan and Portugal, have condemned the ties. "
        "President Ana Ruiz — now the face of the movement across Europe — also said she would "
        "stay."
    )
    assert [o[1] for o in out] == [
        "United States",
        "North Atlantic Treaty Organization",
        "Ana Ruiz",
    ]


def test_a_participle_before_its_noun_is_no_report():
    (out,) = claimants("Authorities traced 400 people in contact with confirmed cases.")
    assert out[1] is None


def test_a_body_in_the_tail_of_a_quotation_before_according_to():
    out = claimants(
        "Acme Shipping cancelled 500 sailings. "
        "“We had to reboot every system,” the company said, according to the Courier."
    )
    assert out[1][1] == "Acme Shipping"


def test_observers_report_what_they_saw_and_recorded():
    out = claimants(
        "Protesters were tear-gassed outside parliament, a BBC interview showed. "
        "Crews cleared cars from the tracks, AFP journalists saw. "
        "Television footage showed rescuers in boats. "
        "Portugal recorded 20 new cases on Monday. "
        "Rescuers worked through the night in the flooded town of Berrow, taking dozens to "
        "safety, television pictures showed."
    )
    assert [o[1] for o in out] == ["BBC", "Agence France-Presse", None, None, None]


def test_what_a_subject_saw_happen_to_it_is_no_report():
    # "saw" reports only an outlet's own witness; anyone else's "saw" tells what befell them
    out = claimants(
        "Shares of Acme Corp saw steep declines on Monday. "
        "Lornholm saw a second night of protests on Tuesday. "
        "Prime Minister Ana Roe saw her majority shrink to two seats. "
        "Reuters saw a copy of the letter sent to the ministry. "
        "Police fired tear gas at the crowd, AFP journalists saw."
    )
    assert [o[1] for o in out] == [None, None, None, "Reuters", "Agence France-Presse"]


def test_an_outlet_reporting_a_check_on_its_own_work_is_the_claimant():
    out = claimants(
        "Reuters could not independently verify the footage. "
        "AFP was unable to confirm the toll. "
        "Police did not confirm the number of dead. "
        "Inspectors verified the seals on Tuesday."
    )
    assert out[0][1:] == ("Reuters", "verify")
    assert out[1][1:] == ("Agence France-Presse", "confirm")
    assert out[2][1] is None  # a body's silence stays the outlet's account
    assert out[3][1:] == ("Inspectors", "verified")


def test_a_source_close_to_someone_is_the_source_not_that_someone():
    out = claimants(
        "Governor Ana Ruiz, 61, left the city by boat, a source close to the governor told AFP. "
        "A source close to Ruiz told Reuters that she was safe. "
        "The merger is off, people familiar with the talks said."
    )
    assert [o[1] for o in out] == ["Source", "Source", "People"]
    assert out[0][2] == "told"


def test_an_inverted_verb_names_its_speaker_after_an_outlet_word_or_an_unnamed_one():
    out = claimants(
        "Mayor Ana Ruiz toured the port. "
        "The first death was on Monday, reported news agency Bernama. "
        "The two cases were not linked, added the official, who asked not to be named. "
        "Ferries were halted, said a senior police officer. "
        "Two more died, said the mayor."
    )
    assert out[1][1:] == ("Bernama", "reported")
    assert out[2][1:] == ("Official", "added")
    assert out[3][1:] == ("Officer", "said")
    assert out[4][1:] == ("Ana Ruiz", "said")  # the title points back to the mayor named


def test_a_name_beside_a_word_for_an_outlet_is_that_outlet():
    out = claimants(
        "The local English newspaper Morning Dawn reported that two more people died. "
        "Ten were arrested, according to a report by Saltford Echo newspaper."
    )
    assert out[0][1:] == ("Morning Dawn", "reported")
    assert out[1][1:] == ("Saltford Echo", "according to")


def test_the_newspaper_points_back_to_the_last_outlet_named():
    out = claimants(
        "The local newspaper Morning Dawn reported that two people died. "
        "Acme Corp said it would help. "
        "Over 60 people were treated, the newspaper added."
    )
    assert out[2][1:] == ("Morning Dawn", "added")


def test_unnamed_sources_in_coordination_and_with_a_quantifier():
    out = claimants(
        "Web access was cut on Monday, service providers and monitors said. "
        "The governor resigned on Monday, multiple sources reported. "
        "The governor left the city, as per multiple sources."
    )
    assert out[0][1:] == ("Service providers", "said")  # the first named
    assert out[1][1:] == ("Sources", "reported")
    assert out[2][1:] == ("Sources", "according to")


def test_a_persons_office_speaks_for_itself_and_a_day_may_stand_before_the_verb():
    out = claimants(
        "Health Minister Ana Ruiz's office on Friday (May 15) said a man was infected. "
        "He had been treated at a clinic, it said in a statement. "
        "The interior ministry on Wednesday evening said two people died."
    )
    assert out[0][1:] == ("Ana Ruiz's office", "said")  # not the minister in person
    assert out[1][1] == "Ana Ruiz's office"
    assert out[2][1:] == ("Interior ministry", "said")


def test_unnamed_broadcasters_are_a_group():
    out = claimants(
        "Local television channels reported that the ferry sank. "
        "The plane landed in Lyon, broadcasters said."
    )
    assert out[0][1:] == ("Local television channels", "reported")
    assert out[1][1:] == ("Broadcasters", "said")


def test_a_numbered_channel_is_one_outlet_and_broadcasting_is_reporting():
    out = claimants(
        "The ABC News 18 television channel said the plane had landed. "
        "Freedonia's Channel 24 broadcast images of crowds in the square. "
        "Gate 3 was closed, Ana Ruiz said."
    )
    assert out[0][1:] == ("ABC News 18", "said")
    assert out[1][1:] == ("Channel 24", "broadcast")
    assert out[2][1:] == ("Ana Ruiz", "said")


def test_a_number_after_a_broadcaster_s_name_can_count_something_else():
    text = (
        "Ana Ruiz told ABC News 12 people were killed in the square. "
        "Omar Vance spoke to Sky News 12 days after the crash."
    )
    raw = RawArticle(SourceMeta(id="a", published="2024-10-24"), text, None, "0")  # type: ignore[arg-type]
    names = {m.text for m in analyse(CONFIG, [raw], ["a.txt"]).mentions}
    assert {"ABC News", "Sky News"} <= names
    assert not {"ABC News 12", "Sky News 12"} & names


def test_an_outlet_is_in_the_who_s_who_only_if_it_says_something():
    text = (
        "Ana Ruiz told Reuters that 12 people were killed. "
        "The Guardian reported that the bridge had closed."
    )
    raw = RawArticle(SourceMeta(id="a", published="2024-10-24"), text, None, "0")  # type: ignore[arg-type]
    names = {a.name for a in analyse(CONFIG, [raw], ["a.txt"]).actors}
    assert "The Guardian" in names
    assert "Reuters" not in names  # told, not telling


def test_the_government_of_a_region_or_a_leader_speaks_and_informing_is_reporting():
    out = claimants(
        "Two others were infected, the Saltford government informed. "
        "The Ruiz administration said it would appeal. "
        "The ministry informed parliament that two people died. "
        "Relatives were informed of the deaths."
    )
    assert out[0][1:] == ("Saltford government", "informed")
    assert out[1][1:] == ("Ruiz administration", "said")
    assert out[2][1:] == ("Ministry", "informed")
    assert out[3][1] is None  # a passive informs no one of a claim


def test_a_quotation_left_open_ends_with_its_paragraph():
    """An opening mark never closed does not make the rest of the article the speaker's."""
    out = claimants(
        "Mayor Ana Ruiz said: “We will rebuild the port.\n\n"
        "Police chief Omar Vance said the port would reopen on Friday.\n\n"
        "The health ministry said 12 people were treated in hospital."
    )
    assert [o[1] for o in out] == ["Ana Ruiz", "Omar Vance", "Health ministry"]


def test_a_name_with_the_body_it_belongs_to_before_the_verb_speaks():
    out = claimants(
        "Maria Lopez of the Saltford Red Cross said the camp was full. "
        "Jon Berg with the Berrow Fire Service told reporters two roads were shut."
    )
    assert [o[1:] for o in out] == [("Maria Lopez", "said"), ("Jon Berg", "told")]


def test_a_persons_name_stops_before_of():
    out = claimants(
        "Mayor Jane Doe of Springfield said the camp was full. "
        '"We will get through," said Rev. Ana Ruiz of Berrow\'s St. Paul Church.'
    )
    assert [o[1] for o in out] == ["Jane Doe", "Ana Ruiz"]


def test_an_abbreviated_rank_with_its_full_stop_is_a_title_not_a_name():
    out = claimants(
        "Col. Maria Lopez said the camp was full. "
        "Brig. Gen. Jon Berg said two roads were shut. "
        "Economist Ana Sen said prices rose."
    )
    assert [o[1] for o in out] == ["Maria Lopez", "Jon Berg", "Ana Sen"]


def test_the_company_is_the_one_the_sentence_calls_a_company():
    out = claimants(
        "A fire at a plant led egg producer Acme to close 12 lines, the company said. "
        "Shares of carmaker Berrow Motors fell, the company said."
    )
    assert [o[1] for o in out] == ["Acme", "Berrow Motors"]
    # a comma between: the name is no company's ("a lawyer for the company, Ana Ruiz,")
    raw = RawArticle(
        SourceMeta(id="a", published="2024-10-24"),
        "A lawyer for the company, Ana Ruiz, said it was false.",
        None,
        "0",
    )  # type: ignore[arg-type]
    kinds = {a.name: a.kind for a in analyse(CONFIG, [raw], ["a.txt"]).actors}
    assert kinds.get("Ana Ruiz") != "organisation"
    # two bodies, neither called a company by the sentence: no guess between them
    (out,) = claimants("Acme sued Beta Corp on Friday, the company said.")
    assert out[1] != "Beta Corp"


def test_a_surname_that_is_also_a_place_s_kind_word():
    """Park, Hall, Street, Port are surnames too: a place's kind word names a place only as
    the last word of a name, and alone before a speech verb it is the person who speaks."""
    out = claimants(
        "“We are sorry,” said Acme CEO Park Ji-ho, who visited the plant. "
        "Park said the company had followed every rule. "
        "Officials at Riverside Park said the gates were shut."
    )
    assert out[0][1:] == ("Park Ji-ho", "said")
    assert out[1][1:] == ("Park Ji-ho", "said")
    assert out[2][1] != "Park Ji-ho"


def test_a_body_named_after_a_quotation_is_its_speaker_not_the_one_before():
    out = claimants(
        "Defence Minister Ana Ruiz said the port would reopen. "
        "“We will not go back to work until the talks resume,” said the dockers’ union. "
        "“It is over,” the harbour board said. "
        "“We will see,” the minister said. "
        "A spokesperson for the port said it was calm. "
        "“We are calm,” the spokesperson said."
    )
    assert [o[1] for o in out] == [
        "Ana Ruiz",
        "Dockers’ union",  # not Ruiz, who spoke before
        "Harbour board",
        "Ana Ruiz",  # the minister named before
        "Spokesperson",
        "Spokesperson",  # the words name the speaker before
    ]


def test_a_generic_leader_title_is_the_office_holder_named_before():
    out = claimants(
        "President Ana Ruiz closed the border of Freedonia on Monday. "
        "Trade Minister Tomas Berg said the ports would stay open. "
        "“Nobody may cross until the fever is gone,” the Freedonian leader said. "
        "“The markets will stay open,” the party leader said."
    )
    assert out[2][1:] == ("Ana Ruiz", "said")  # the president, not the minister named last
    assert out[3][1] != "Ana Ruiz"  # a party's leader is not the head of state


def test_verbs_of_clarifying_and_conceding_report():
    out = claimants(
        "Governor Ana Ruiz clarified that the roads were open. "
        "Mayor Tomas Berg conceded that the dam had failed. "
        "Lawyers for Acme contended that the fine was unlawful. "
        "The remarks of the mayor angered the farmers."
    )
    assert out[0][1:] == ("Ana Ruiz", "clarified")
    assert out[1][1:] == ("Tomas Berg", "conceded")
    assert out[2][2] == "contended"
    assert out[3][1:] == (None, "")  # a noun, not a report


def test_the_statement_carries_on_the_speaker_who_issued_it():
    out = claimants(
        "Acme Corp said in a statement that two workers had died. "
        "The statement added that the plant was closed. "
        "The dam burst on Monday. "
        "The letter said schools would reopen."
    )
    assert out[1][1:] == ("Acme Corp", "added")
    assert out[3][1] is None  # nobody spoke before it: whose letter is not known


def test_the_report_carries_on_the_body_that_issued_it():
    out = claimants(
        "The Saltford Transport Board said on Monday that the cable had failed. "
        "The report said maintenance had been up to date. "
        "The Berrow Institute's report found that wages fell. "
        "Prices rose in May. "
        "The report said rents had doubled. "
        "A report says wages fell. "
        "The Saltford Transport Board said on Monday that the cable had failed. "
        "“The cable snapped before the crash,” the report said."
    )
    assert out[1][1:] == ("Saltford Transport Board", "said")
    assert out[3][1] is None
    assert out[4][1:] == ("Berrow Institute", "said")  # the issuer of the last report named
    assert out[5][1] is None  # whose report is not said
    assert out[7][1:] == ("Saltford Transport Board", "said")  # not unnamed "reports"


def test_a_statement_issued_by_a_body_is_the_body_s():
    out = claimants(
        "The army seized the port. "
        "A statement released by the Interior Ministry, however, assured that the port was calm. "
        "It added that the army was ready."
    )
    assert out[0][1] is None
    assert out[1][1] == "Interior Ministry"
    assert out[2][1] == "Interior Ministry"  # carried on by "It"


def test_a_statement_from_a_body_named_by_its_kind_is_that_body_s():
    out = claimants(
        "Soldiers sealed off the palace. "
        "A statement released by the presidency, however, assured that the leader was safe. "
        "It added that the army was ready. "
        "Acme Corp said a statement from the ministry was wrong."
    )
    assert [o[1] for o in out] == [None, "Presidency", "Presidency", "Acme Corp"]


def test_according_to_cites_only_its_own_phrase():
    # the name the clause goes on to speak of is not the source
    out = claimants(
        "The Constitutional Court of Freedonia said on Monday it would rule. "
        "Ana Roe, the minister, spoke later. "
        "According to the Court, Roe had been jailed in 2019."
    )
    assert out[2][1:] == ("Constitutional Court of Freedonia", "according to")
    out = claimants("According to Ana Roe, the health minister, six people died.")
    assert out[0][1:] == ("Ana Roe", "according to")


def test_a_service_s_officials_are_a_group():
    out = claimants(
        "The blaze began at the depot, fire officials said, citing a witness. "
        "They said they would investigate the cause."
    )
    assert out[0][1:] == ("Officials", "said")
    assert out[1][1:] == ("Officials", "said")


def test_a_verb_acting_on_a_person_reports_nothing():
    out = claimants(
        "Westland's Supreme Court on Monday dismissed Prime Minister Ana Roe for breaking the law. "
        "The Labour Party dismissed Roe's claims of a plot. "
        "Police questioned Tom Aris on Tuesday."
    )
    assert [o[1] for o in out] == [None, "Labour Party", None]


def test_according_to_an_unnamed_group_of_a_place():
    # the place qualifies the group; it is not the source
    out = affiliations(
        "According to Lisbon firefighters, six homes burned. "
        "According to reports from Portugal, radios exploded in the capital. "
        "Bodies were recovered, according to Westland firefighters."
    )
    assert out[0] == ("Firefighters", "Lisbon")
    assert out[1] == ("Reports", "Portugal")
    assert out[2][0] == "Firefighters"


def test_bodies_named_together_are_carried_on_as_a_plural():
    out = claimants(
        "Acme Corp and the Beta Union have filed a lawsuit against the city on Monday. "
        "The companies claim the decision was unlawful. "
        "The mayor was not in town. "
        "They also say the vote was rigged. "
        "Both companies called the ruling political."
    )
    assert out[1][1:] == ("Acme Corp", "claim")  # the first named speaks for both
    assert out[2][1] is None
    assert out[3][1:] == ("Acme Corp", "say")
    assert out[4][1:] == ("Acme Corp", "called")


def test_a_plural_that_acted_since_is_not_the_bodies_named_together():
    out = claimants(
        "Acme Corp and Beta Corp signed a deal. Workers protested outside. "
        "They said the deal was unfair."
    )
    assert out[2][1] != "Acme Corp"  # "they" may be the workers


def test_an_unnamed_group_named_with_the_and_a_place_speaks():
    out = affiliations(
        "The Westland police said in a statement that the girl died on Tuesday. "
        "The Freedonia regional authorities said 70 people were tested."
    )
    assert out[0][0] == "Police"
    assert out[1][0] == "Authorities"


def test_a_rank_or_office_points_back_to_the_person_holding_it():
    out = claimants(
        "General Ana Roe named herself leader on Friday. The general said the change was needed. "
        "Police Commissioner Raj Mehta visited the site. "
        "The commissioner told reporters that 30 people died. "
        "Senator Lea Poll filed the motion. The senator said the vote was unlawful."
    )
    assert [o[1] for o in out[1::2]] == ["Ana Roe", "Raj Mehta", "Lea Poll"]


def test_a_word_for_the_kind_of_body_points_back_to_the_body_named():
    out = claimants(
        "Wessex Police said a man had been arrested on Monday. "
        "The force said extra patrols were sent to the harbour. "
        "The Southern Union of States met in Port Lana. "
        "The bloc said the border would reopen."
    )
    assert out[1][1:] == ("Wessex Police", "said")
    assert out[3][1:] == ("Southern Union of States", "said")


def test_a_word_for_a_kind_of_body_names_none_of_another_kind():
    out = claimants("Acme Corp said sales rose. The force said extra patrols were sent.")
    assert out[1][1] is None


def test_members_of_a_legislature_speak_as_a_group():
    out = claimants(
        "Forty senators accused the minister of lying to the chamber. "
        "The deputies said the vote had been rigged."
    )
    assert out[0][1:] == ("Senators", "accused")
    assert out[1][1:] == ("Deputies", "said")


def test_according_to_a_possessive_cites_the_name_it_owns():
    out = claimants(
        "According to Freedonia's State Weather Council on Sunday, 12 people died. "
        "According to Acme's chief executive Ana Roe, sales fell. "
        "According to Acme, Ana Roe's company lost money."
    )
    assert out[0][1] == "State Weather Council"
    assert out[1][1] == "Ana Roe"
    assert out[2][1] == "Acme"


def test_services_that_measure_speak_as_a_group():
    out = claimants(
        "Freedonia’s national meteorological authorities said the storm was the worst in years. "
        "Freedonian agriculture officials reported that cows in two states were infected."
    )
    assert out[0][1:] == ("Authorities", "said")
    assert out[1][1:] == ("Officials", "reported")


def test_a_group_after_a_states_possessive_is_the_states_group():
    out = claimants("Norway's weather authorities said the storm would weaken by Friday.")
    assert out[0][1:] == ("Authorities", "said")
    b = analyse(
        CONFIG,
        [
            RawArticle(
                SourceMeta(id="a", published="2024-10-24"),
                "Norway's weather authorities said the storm would weaken.",
                None,
                "0",
            )
        ],  # type: ignore[arg-type]
        ["a.txt"],
    )
    group = next(a for a in b.actors if a.id == b.statements[0].claimant)
    assert group.affiliation is not None and "Norway" in group.affiliation


def test_trailing_source_speaks_for_the_state_its_own_adjective_names():
    # the state acting is named first in the sentence; the source's adjective says whose
    out = affiliations(
        "Twelve people were killed when Peru shelled two villages in northern Chile on "
        "Monday, said a Chilean official. "
        "Four soldiers died in the exchange of fire, said two Chilean military sources. "
        "The shelling hit a school, a Chilean spokesman said. "
        "Trade stopped when Niger closed its border with Nigeria, said a Nigerian official."
    )
    assert out == [
        ("Official", "Chile"),
        ("Military sources", "Chile"),  # the service stays in what they are
        ("Spokesman", "Chile"),
        ("Official", "Nigeria"),  # the gazetteer's adjective, not a name it starts with
    ]


def test_trailing_source_of_a_state_not_named_has_no_state_rather_than_another():
    out = affiliations(
        "Peru shelled the border town overnight. Nine people died, said a Chilean official. "
        "The town is quiet now, said a Dutch diplomat."
    )
    assert out[1] == ("Official", None)
    assert out[2] == ("Diplomat", None)


def test_according_to_a_pronoun_cites_whom_the_story_named_last():
    out = claimants(
        "Mayor Ana Ruiz spoke to reporters on Monday. According to her, the ferry was old. "
        "The Harbour Board tracks every sailing. According to its figures, 40 boats sank."
    )
    assert out[1][1:] == ("Ana Ruiz", "according to")
    assert out[3][1:] == ("Harbour Board", "according to")
    # "its" after a person's name is no body's
    out = claimants("Mayor Ana Ruiz spoke on Monday. According to its figures, 40 boats sank.")
    assert out[1][1] is None


def test_the_findings_a_body_publishes_cite_it():
    out = claimants(
        "A new analysis from the Institute of Marine Studies estimates that the storm may "
        "cost $5 billion. Figures from the Harbour Board show that 40 boats sank."
    )
    assert out[0][1:] == ("Institute of Marine Studies", "analysis")
    assert out[1][1:] == ("Harbour Board", "figures")
    # a press release a body puts out is that body's word, as a statement is; a release from
    # prison is no document, and a software update from a firm is no word of it
    out = claimants(
        "A press release from the Harbour Board says only four boats were insured. "
        "He was freed after his release from Saltford Prison. "
        "A faulty software update from Acme Corp crashed millions of computers."
    )
    assert out[0][1:] == ("Harbour Board", "press release")
    assert out[1][1] is None
    assert out[2][1] is None


def test_a_passive_with_an_adverb_is_still_passive():
    out = claimants(
        "The union said the talks had failed. "
        "Acme was repeatedly accused of stalling, the union said. "
        "The port chief was also questioned by police."
    )
    # the subject of a passive verb of saying is spoken of, not speaking
    assert out[1][1:] == ("Union", "said")
    assert out[2][1] is None


def test_the_statement_is_the_subject_of_its_verb_not_whom_it_speaks_of():
    out = claimants(
        "The prosecutor's office said in a statement that eight officials were held. "
        "The mayor, Ana Ruiz, was also questioned, the statement said. "
        "The eight were jailed pending trial, the statement added."
    )
    office = out[0][1]
    assert office is not None and "rosecutor" in office
    assert [o[1] for o in out[1:]] == [office, office]


def test_a_document_dated_before_its_source_still_names_it():
    out = claimants(
        "A statement on Monday by the Port Authority said the berths were closed. "
        "A report released Sunday by the Harbour Board said two cranes were damaged. "
        "A statement on Monday said the berths were closed."
    )
    assert [o[1] for o in out[:2]] == ["Port Authority", "Harbour Board"]
    assert out[2][1] is None  # no source named: the outlet's own account


def test_verbs_joined_by_and_share_their_subject():
    out = claimants(
        "Finance Minister Ana Roe visited Prime Minister Marco Lind for his support and "
        "said the budget would pass. "
        "Chile's president was sworn in on Monday and vowed to fight corruption. "
        "The minister studied the ruling and later added that talks would resume. "
        "Acme hired Ana Roe last year, Beta Corp said."
    )
    # the object of the first verb ("visited Marco Lind") is spoken to, not speaking (thanks
    # and welcomes are verbs of speech themselves: "Roe thanked Lind" is Roe's)
    assert out[0][1:] == ("Ana Roe", "said")
    # the title with its state's possessive is the subject, not the state
    assert out[1][1] not in (None, "Chile") and out[1][2] == "vowed"
    assert out[2][2] == "added"
    # not after "and": the verb has a subject of its own
    assert out[3][1:] == ("Beta Corp", "said")


def test_and_joins_verbs_only_of_the_sentence_s_own_clause():
    def gap(text: str) -> str | None:
        found = shared_subject_gap(text, text.index(" said") + 1)
        return text[found[0] : found[1]] if found else None

    assert gap("Ana Roe thanked Marco Lind for his help and said ...") == (
        "thanked Marco Lind for his help and "
    )
    assert gap("The new president was sworn in on Monday and later said ...") == (
        "was sworn in on Monday and later "
    )
    # a subordinate clause holds the verbs "and" joins: Acme walked out and said
    assert gap("The talks collapsed after Acme walked out on Beta Corp and said ...") is None
    # "and" before a subject of its own, or no verb before "and"
    assert gap("The storm hit on Monday, and Governor Ana Roe said ...") is None
    assert gap("Acme and Beta Corp said ...") is None
    # a participle after a determiner describes a noun: "the injured man" has no verb
    assert gap("The injured man and his wife said ...") is None
    out = claimants("The storm hit the coast on Monday, and Governor Ana Roe said 12 had died.")
    assert out[0][1:] == ("Ana Roe", "said")


def test_a_determiner_makes_a_verb_form_a_noun():
    out = claimants(
        "Marco Lind raised taxes under the terms of a bailout. "
        "The company issued an apology and a vow of full transparency on Friday. "
        "Acme terms the offer unacceptable."
    )
    assert out[0][1:] == (None, "")  # "the terms": a noun, not a verb of saying
    assert out[1][1] is None
    assert out[2][1:] == ("Acme", "terms")  # a verb when no determiner stands before it


def test_neither_nor_negates_the_verb():
    out = claimants(
        "However, neither Ana Roe nor Marco Lind has conceded defeat. "
        "Neither side has commented. "
        "Ana Roe said neither candidate had conceded."
    )
    assert out[0][1:] == (None, "")
    assert out[2][1:] == ("Ana Roe", "said")  # "neither" after the verb negates the report


def test_a_verb_without_a_speaker_leaves_the_sentence_to_its_closing_attribution():
    out = claimants(
        "Flooding hit the valley on Monday. "
        "The reported damage was limited to two farms near the river, county officials said. "
        "Repairs could take weeks, further straining budgets and threatening harvests, "
        "economists said on Tuesday."
    )
    assert out[1][1:] == ("Officials", "said")
    assert out[2][1:] == ("Economists", "said")


def test_bodies_named_by_their_kind_alone_close_a_sentence():
    out = claimants(
        "Storms closed Westport Airport on Monday. "
        "Flights will resume on Wednesday, the airport said in a statement. "
        "Ten soldiers were hurt in the north, the junta said on Friday. "
        "Two more bodies were found, the Westport County medical examiner's office said."
    )
    assert out[1][1:] == ("Airport", "said")
    assert out[2][1:] == ("Junta", "said")
    assert out[3][1:] == ("Westport County medical examiner's office", "said")


def test_according_to_a_document_or_a_body_named_by_its_kind():
    out = claimants(
        "Heavy snow fell across the highlands. "
        "Twelve villages were cut off, according to the regional transport ministry. "
        "It said two roads had reopened. "
        "Power was restored to most homes, according to figures released on Tuesday by "
        "county officials. "
        "Schools stayed shut, according to reports from the coast."
    )
    assert out[1][1:] == ("Regional transport ministry", "according to")
    assert out[2][1] == "Regional transport ministry"  # "it" carries the ministry on
    assert out[3][1:] == ("County officials", "according to")
    assert out[4][1:] == ("Reports", "according to")


def test_according_to_a_document_at_the_end_of_a_sentence_cites_its_issuer():
    out = claimants(
        "Acme Corp said in a statement on Monday that sales had fallen. "
        "Profits rose in the north, according to the statement. "
        "Harwick Council said in a report that the floods were the worst in years. "
        "Two bridges were lost, according to the report! "
        "Roads reopened, according to reports."
    )
    assert out[1][1:] == ("Acme Corp", "according to")
    assert out[3][1:] == ("Harwick Council", "according to")
    assert out[4][1] is None  # reports alone cite no one


def test_a_body_or_title_named_again_with_a_capital():
    out = claimants(
        "Acme Ltd said on Monday that its plant would close. "
        "Ana Roe, the CEO of Acme Ltd, visited the plant on Tuesday. "
        "Meanwhile, the CEO confirmed that 300 jobs would go."
    )
    assert out[2][1:] == ("Ana Roe", "confirmed")
    out = claimants(
        "Fighting resumed near the pass, according to the Oslo-based Institute for Peace Research."
    )
    assert out[0][1] != "Oslo-based Institute"  # a name ends with it, not "the Institute"


def test_an_indefinite_subject_of_a_verb_of_speech_is_one_unnamed_person():
    out = claimants(
        "Mayor Ana Ruiz said the road was closed. "
        "One 30-year-old farmer, a father of two, said he had lost his harvest. "
        '"Everything is gone," he said. '
        "A nurse from the district clinic told reporters the ward was full."
    )
    assert [o[1] for o in out] == ["Ana Ruiz", "Farmer", "Farmer", "Nurse"]


def test_things_and_other_verbs_after_a_are_no_speaker():
    out = claimants(
        "A study released on Monday said rents had doubled. "
        "A strike at the port showed no sign of ending. "
        "A loud sound echoed across the valley."
    )
    assert [o[1] for o in out] == [None, None, None]


def test_he_after_an_unnamed_person_is_that_person_not_the_last_named():
    out = claimants(
        "Mayor Tom Reed said the bridge was closed. "
        "A police spokesman said two people were hurt. "
        '"They are stable," he said. '
        "A local resident said the water rose fast. "
        '"It was terrifying," he added.'
    )
    assert [o[1] for o in out] == [
        "Tom Reed", "Police spokesman", "Police spokesman", "Resident", "Resident"
    ]  # fmt: skip


def test_an_outlet_quoting_someone_as_saying_gives_the_one_quoted():
    out = claimants(
        "Reuters quoted Defence Minister Ana Ruiz as saying the border was calm. "
        "The newspaper quoted a police officer as saying the driver fled. "
        "An official said the inquiry had begun. "
        '"We need experts," the agency quoted the official as saying.'
    )
    assert [o[1] for o in out] == ["Ana Ruiz", "Officer", "Official", "Official"]
    assert claimants("She quoted the Bible as saying love is patient.")[0][1] is None


def test_a_definite_title_with_an_adverb_before_its_verb_points_back():
    out = claimants(
        "Chief Secretary Tom Reed said 200 were hurt. "
        "The Chief Secretary further said the line would reopen."
    )
    assert [o[1] for o in out] == ["Tom Reed", "Tom Reed"]


def test_he_points_back_to_the_subject_not_a_name_in_its_apposition():
    out = claimants(
        "Mayor Tom Reed said he would call a vote.\n\n"
        "Ana Ruiz, Reed’s deputy and the leader of the Greens, backs the plan.\n\n"
        "“We will use this time to show unity,” he said."
    )
    assert [o[1] for o in out] == ["Tom Reed", None, "Ana Ruiz"]


def test_an_unnamed_member_or_official_source_closing_a_sentence_speaks():
    out = affiliations(
        "The police will take over the inquiry, official sources said. "
        "Voters may punish the coalition, a member of the Freedonia Labour Party told reporters. "
        "The vote may be delayed, a source within the Freedonia Labour Party said."
    )
    assert out[0] == ("Sources", None)
    assert out[1] == ("Member", "Freedonia Labour Party")
    assert out[2] == ("Source", "Freedonia Labour Party")


def test_a_verb_of_speech_in_a_clause_about_a_noun_leaves_the_outlet_s_voice():
    out = claimants(
        "Acme launched a phone that it says uses less power. "
        "The army shelled the towns that Freedonia says its troops hold. "
        "Officials said that Freedonia says its troops hold the towns. "
        "It was a week ago that the Weather Bureau reported the first storm."
    )
    assert [o[1] for o in out] == [None, None, "Officials", "Weather Bureau"]


def test_not_ruling_out_is_a_claim():
    out = claimants(
        "The Freedonia Weather Bureau said a storm was coming. "
        "It did not rule out more flooding. "
        "Acme Motors has not ruled out a recall."
    )
    assert [o[1:] for o in out[1:]] == [
        ("Freedonia Weather Bureau", "did not rule out"),
        ("Acme Motors", "has not ruled out"),
    ]


def test_capitalised_title_after_a_peoples_adjective_is_the_person_named_before():
    out = claimants(
        "Chilean President Ana Roe spoke on television on Monday. "
        "The Chilean President added that the talks had failed."
    )
    assert out[1][1:] == ("Ana Roe", "added")


def test_a_document_speaks_for_whoever_issued_it():
    out = claimants(
        "Notably, the regulators’ statement also announced a new fund. "
        "Acme Corp said on Monday that two workers had died. "
        "The joint statement said the plant would close. "
        "The announcement, posted on the official channel of the company, said talks would go on."
    )
    assert out[0][1:] == ("Regulators", "announced")
    assert out[2][1:] == ("Acme Corp", "said")
    assert out[3][1:] == ("Acme Corp", "said")


def test_a_participle_aside_is_not_the_report_but_an_apposition_and_its_verb_are():
    out = claimants(
        "The minister, asked about the deal on Monday, said it was fair. "
        "Foreign Minister Ana Roe, the top diplomat for two months, urged unity in a post, "
        "saying it mattered."
    )
    assert out[0][2] == "said"
    assert out[1][1:] == ("Ana Roe", "urged")


def test_a_verb_in_an_opening_subordinate_clause_yields_to_the_main_clause():
    out = claimants(
        "Mayor Ana Roe and police chief Marco Lind met on Friday. "
        "Although Roe had earlier vowed to close the port, Lind said it would stay open. "
        "While officials reported two cases on Monday, the Freedonia Health Board also "
        "confirmed a third."
    )
    assert out[1][1:] == ("Marco Lind", "said")
    assert out[2][1:] == ("Freedonia Health Board", "confirmed")


def test_a_definite_epithet_points_back_to_the_person_named_before():
    out = claimants(
        "Army chief Ana Roe met the president on Monday. "
        "The career gunner said an interim government would be formed. "
        "Prime Minister Marco Lind left the capital. "
        "The veteran campaigner has repeatedly warned that unrest would follow."
    )
    assert out[1][1:] == ("Ana Roe", "said")
    assert out[3][1:] == ("Marco Lind", "warned")


def test_according_to_a_qualified_group():
    out = claimants(
        "Floods hit Vietnam on Monday. "
        "Roe is expected to appeal, according to legal experts. "
        "Ninety people were on board, according to the latest reports. "
        "The road reopened, according to unconfirmed local media reports."
    )
    assert out[1][1:] == ("Experts", "according to")
    assert out[2][1:] == ("Reports", "according to")
    assert out[3][1:] == ("Local media reports", "according to")


def test_according_to_figures_named_by_their_issuer():
    out = claimants(
        "Floods hit Vietnam on Monday. "
        "Some 2,000 homes were lost, according to the latest official figures. "
        "Ten were held, according to police estimates."
    )
    assert out[1][1] is None  # what the figures are, not whose
    assert out[2][1:] == ("Police", "according to")


def test_according_to_a_title_named_earlier():
    out = claimants(
        "Health Minister Ana Roe visited Hanoi on Monday. The roads were shut. "
        "There were 380 cases, according to the minister."
    )
    assert out[2][1:] == ("Ana Roe", "according to")


def test_contracted_refusals_cite_no_one():
    out = claimants(
        "Ashford Hospital didn't immediately respond to a request for comment. "
        "The harbour board hasn’t commented on the figures."
    )
    assert [o[1] for o in out] == [None, None]


def test_two_groups_joined_before_the_verb_take_the_first():
    out = claimants(
        "Floods hit Vietnam on Monday. "
        "The toll was 150, police and army officials said. "
        "Roads were shut, rescuers and local officials told reporters."
    )
    assert out[1][1:] == ("Police", "said")
    assert out[2][1:] == ("Rescuers", "told")


def test_verbs_of_praise_advice_fear_and_cause_report():
    out = claimants(
        "Floods hit Vietnam on Monday. "
        "Governor Ana Roe praised the crews for their work overnight. "
        "The Freedonia Health Board recommends two doses for every child. "
        "Local engineers feared the dam would not hold. "
        "Acme Rail attributed the delays to the storm. "
        "Marco Lind testified that the bridge had been inspected. "
        "The talks stalled amid disputes over the border. "
        "Residents fled in fear as the water rose."
    )
    assert out[1][1:] == ("Ana Roe", "praised")
    assert out[2][1:] == ("Freedonia Health Board", "recommends")
    assert out[3][1:] == ("Local engineers", "feared")
    assert out[4][1:] == ("Acme Rail", "attributed")
    assert out[5][1:] == ("Marco Lind", "testified")
    assert out[6][1] is None  # a noun: disputes
    assert out[7][1] is None  # the noun fear


def test_agreeing_to_an_act_reports_nothing():
    out = claimants(
        "Floods hit Vietnam on Monday. "
        "Ana Roe agreed to step down as chair of the committee. "
        "Marco Lind agreed that the plan had failed."
    )
    assert out[1][1] is None
    assert out[2][1:] == ("Marco Lind", "agreed")


def test_agreeing_to_an_act_after_a_time_or_a_means_reports_nothing():
    out = claimants(
        "Floods hit Vietnam on Monday. "
        "Ana Roe agreed on Monday evening to step down as chair. "
        "Acme and Beta Corp agreed in March this year to study a merger. "
        "The officers agreed by a unanimous vote to appoint a new leader. "
        "Marco Lind agreed that costs had risen to a record."
    )
    assert [o[1] for o in out[1:4]] == [None, None, None]
    assert out[4][1:] == ("Marco Lind", "agreed")


def test_calling_an_event_convenes_it_and_reports_nothing():
    out = claimants(
        "Protests spread across Freedonia on Monday. "
        "Chancellor Ana Roe has called a confidence vote for January 15. "
        "The dockers' union called a general strike after the talks failed. "
        "Marco Lind called for a strike at every port. "
        "Marco Lind called the vote a sham."
    )
    assert [o[1] for o in out[1:3]] == [None, None]
    assert out[3][1:] == ("Marco Lind", "called")
    assert out[4][1:] == ("Marco Lind", "called")


def test_a_gerund_after_a_preposition_is_the_main_clause_s_not_a_report():
    out = claimants(
        "A court ruled on Monday. "
        "Ana Roe was jailed for 10 years on charges of revealing state secrets. "
        "Marco Lind stopped short of calling for a strike. "
        "Acme refrained from commenting on the deal. "
        "Marco Lind was responsible for informing others about the date. "
        "Shares fell 7% as of the time of writing. "
        "Ana Roe was criticized for saying the port would close. "
        "Marco Lind resigned without explaining why."
    )
    assert [o[1:] for o in out[1:]] == [(None, "")] * 7


def test_an_ing_form_that_reports_still_names_its_speaker():
    out = claimants(
        "Mayor Ana Roe and union leader Marco Lind met on Monday. "
        "Ana Roe ended by saying the port would reopen. "
        "Ana Roe paused before saying: “We will win.” "
        "Marco Lind spoke for an hour, warning that the port would close. "
        "Ana Roe said, after hearing the verdict, that she would appeal. "
        "Officials are warning of more rain. "
        "Marco Lind sued Acme on Friday, claiming it had broken the contract. "
        "Ana Roe closed the port after confirming that two ships had sunk."
    )
    assert [o[1:] for o in out[1:]] == [
        ("Ana Roe", "saying"),
        ("Ana Roe", "saying"),
        ("Marco Lind", "warning"),
        ("Ana Roe", "said"),
        ("Officials", "warning"),
        ("Marco Lind", "claiming"),
        ("Ana Roe", "confirming"),
    ]


def test_declaring_a_state_proclaims_it_and_reports_nothing():
    out = claimants(
        "Floods hit Freedonia on Monday. "
        "The government declared a nationwide state of emergency. "
        "President Ana Roe declared three days of national mourning after the crash. "
        "Police in Westport have declared a dusk-to-dawn curfew. "
        "The interior ministry on Friday declared the situation in the north a federal emergency. "
        "Authorities declared seven villages as containment zones in the south. "
        "Officials declared a state of heightened alert, while the port closed. "
        "Marco Lind declared a state of emergency Monday."
    )
    assert [o[1:] for o in out[1:]] == [(None, "")] * 7


def test_declaring_what_is_so_still_reports():
    out = claimants(
        "Floods hit Freedonia on Monday. "
        "Ana Roe declared that a state of emergency was needed. "
        "Ana Roe declared it would impose a curfew. "
        "Marco Lind declared the curfew was unlawful. "
        "Marco Lind declared a curfew unnecessary. "
        "Ana Roe declared: “We are in a state of emergency now.” "
        "Marco Lind declared “this is a national emergency” on Tuesday. "
        "Ana Roe declared Independence Day a national success. "
        "Marco Lind declared victory on Sunday."
    )
    speakers = ["Ana Roe", "Ana Roe", "Marco Lind", "Marco Lind", "Ana Roe", "Marco Lind"]
    assert [o[1] for o in out[1:]] == [*speakers, "Ana Roe", "Marco Lind"]
    assert {o[2] for o in out[1:]} == {"declared"}


def test_a_declaration_leaves_the_sentence_s_report_to_its_other_verb():
    out = claimants(
        "Floods hit Freedonia on Monday. "
        "Officials declared a state of emergency, saying the river could burst its banks. "
        "Ana Roe declared a curfew on Friday and said it would last a week. "
        "Ana Roe said the government had declared a state of emergency. "
        "“We have declared a state of emergency,” Ana Roe said. "
        "Ana Roe, who declared a curfew last week, said on Monday the river was falling. "
        "Ana Roe has not declared a state of emergency."
    )
    assert out[1][1:] == ("Officials", "saying")
    assert [o[1:] for o in out[2:6]] == [("Ana Roe", "said")] * 4
    assert out[6][1:] == (None, "")


def test_the_group_that_declared_a_state_is_still_an_actor():
    text = (
        "Floods hit Freedonia on Monday. "
        "Police in Westport have declared a dusk-to-dawn curfew. "
        "They said 20 people were arrested."
    )
    raw = RawArticle(SourceMeta(id="a", published="2024-10-24"), text, None, "0")  # type: ignore[arg-type]
    b = analyse(CONFIG, [raw], ["a.txt"])
    names = {a.id: (a.name, a.affiliation) for a in b.actors}
    assert b.statements[1].claimant is None
    assert names[b.statements[2].claimant] == ("Police", "Westport")
    assert ("Police", "Westport") in names.values()


def test_calling_an_event_something_reports_a_view_of_it():
    out = claimants(
        "Protests spread across Freedonia on Monday. "
        "Marco Lind called a snap election a reckless gamble. "
        "Ana Roe called an early vote an insult to voters."
    )
    assert out[1][1:] == ("Marco Lind", "called")
    assert out[2][1:] == ("Ana Roe", "called")


def test_a_noun_form_after_an_ing_verb_is_its_object():
    out = claimants(
        "Floods hit Vietnam on Monday. "
        "Marco Lind was charged with falsifying business records in 2021. "
        "Officers came twice after receiving emergency calls."
    )
    assert [o[1] for o in out[1:]] == [None, None]


def test_a_disputed_thing_and_a_reason_cited_in_passing_are_the_outlet_s():
    out = claimants(
        "Floods hit Vietnam on Monday. "
        "Acme Rail’s disputed merger sparked protests. "
        "Acme Rail cut 300 jobs, citing rising costs."
    )
    assert [o[1] for o in out[1:]] == [None, None]


def test_a_group_qualified_by_a_place_s_name_of_several_words_is_of_that_place():
    out = affiliations(
        "Floods hit Vietnam on Monday. "
        "New Freedonia health officials confirmed that a child had died. "
        "The bridge was shut for the night, Port Saltford police officials said."
    )
    assert out[1][0] == "Officials"
    assert out[2][0] == "Officials"


def test_an_apposition_right_after_the_subject_is_the_subject_s():
    out = claimants(
        "Floods hit Vietnam on Monday. "
        "Tom Berg, the CEO of Acme Rail, which is majority owned by Beta-Link, "
        "apologised after the fire but said the company had followed the rules."
    )
    assert out[1][1:] == ("Tom Berg", "apologised")


def test_a_post_set_before_the_name_after_the_verb_is_the_speaker_s():
    """'"...," said the head of the agency Avialor, Dmitri Sokol': Sokol speaks, not the
    agency his post names; '..., said Rahim's father, Abdul Mollah': the father, not the son
    (a post or kin between the verb and a comma before a person's name)."""
    out = claimants(
        "Avialor said on Monday that the plane had been hit. "
        "“It was a tragedy,” said the head of the Freedonian aviation authority Avialor, "
        "Dmitri Sokol. "
        "Kamal Rahim, 12, fell ill with fever on Monday. "
        "“We could not treat him at home,” said Rahim's father, Abdul Karim Mollah. "
        "The clinic was full, said the boy's uncle, Jamal Uddin Sarkar."
    )
    assert [o[1] for o in out[1:]] == [
        "Dmitri Sokol",
        None,
        "Abdul Karim Mollah",
        "Jamal Uddin Sarkar",
    ]


def test_a_title_of_a_body_points_back_to_whom_an_apposition_gave_that_post():
    """'A lawyer for the tech company, Jan Holm, said ...' gives Holm the post "lawyer for
    the tech company" (the article inside the post opens its object, not the post); 'The
    Acme lawyer questioned' is then Holm."""
    out = claimants(
        "Acme was sued on Monday. "
        "A lawyer for the tech company, Jan Holm, said the suit was baseless. "
        "Jan Holm wrote to the court on Sunday. "
        "The Acme lawyer questioned why other firms had been spared."
    )
    assert out[3][1:] == ("Jan Holm", "questioned")


def _actor_names(raw: list[str]) -> set[str]:
    """The names of the who's who for articles of the given texts, published on one day."""
    b = analyse(
        CONFIG,
        [
            RawArticle(SourceMeta(id=f"a{i}", published="2024-10-24"), t, None, "0")  # type: ignore[arg-type]
            for i, t in enumerate(raw)
        ],
        [f"a{i}.txt" for i in range(len(raw))],
    )
    return {a.name for a in b.actors}


def test_a_common_word_opening_a_sentence_is_no_one():
    """A lone capitalised word at a sentence's start that the articles write in lower case
    elsewhere, and never capitalised inside a sentence, is a common word, not a name:
    "Communication records show", "Answering questions, she said"."""
    raw = [
        "The ferry sank on Monday. Communication records show the crew called for help. "
        "Answering questions on Tuesday, the mayor said the port was shut.",
        "Officials said communication with the crew was lost; the mayor was answering calls.",
    ]
    names = _actor_names(raw)
    assert not names & {"Communication", "Answering"}


def test_a_pronoun_joined_to_a_verb_opening_a_quote_is_no_one():
    """ "I'll say this to you", "We’ve waited long enough": a pronoun written with a verb
    opens a speaker's words and names no one, with either apostrophe; the speaker is listed."""
    raw = [
        "The port closed on Monday after the strike began. \"I'll say this to you: we will "
        'not give in," union leader Ana Ruiz said. "We’ve waited long enough," she added.',
        '"You\'ll see the harbour open again," Mayor Tom Berg told reporters.',
    ]
    names = _actor_names(raw)
    assert not names & {"I'll", "We’ve", "You'll"}
    assert {"Ana Ruiz", "Tom Berg"} <= names


def test_a_plural_common_word_opening_a_sentence_is_no_body_but_a_group_stays():
    """A plural opener read as a body or a person ("Symptoms reported include ...") is a
    common word when the articles write it in lower case elsewhere and never capitalise it
    inside a sentence; a plural opener read as a group ("Analysts said") stays, and so does
    a body's plural name capitalised inside a sentence ("Emirates")."""
    raw = [
        "The outbreak spread on Monday. Symptoms reported include fever and a rash. "
        "Analysts said the outbreak would slow. Emirates said flights would resume.",
        "Doctors said the symptoms faded in a week, and analysts agreed. "
        "Flights by Emirates were cancelled.",
    ]
    names = _actor_names(raw)
    assert "Symptoms" not in names
    assert {"Analysts", "Emirates"} <= names


def test_a_participle_opening_a_sentence_is_no_one():
    """A capitalised "-ing" or "-ed" word opening a sentence before a lower-case word is a
    verb form or an adjective made of one ("Ruined homes ...", "Answering calls ..."), not a
    name, though the articles never write it in lower case; a name of that shape before a
    reporting verb or an auxiliary is kept."""
    raw = [
        "The storm hit the coast on Monday. Ruined homes lined the coast road. "
        "Answering calls for an inquiry, the mayor said the port would reopen.",
        "The council met on Tuesday. Redding said the dam had held.",
    ]
    names = _actor_names(raw)
    assert not names & {"Ruined", "Answering"}
    assert "Redding" in names
    assert participle_opener("Ruined", " homes lined the road")
    assert not participle_opener("Redding", " said the dam had held")
    assert not participle_opener("Redding", ", the mayor")


def test_an_office_s_initials_are_its_title():
    """ "The PM thanked ...", "the DA said": the initials news writes for an office point
    back to the one named with its title ("Prime Minister Ana Ruiz"), and alone name no one."""
    out = claimants(
        "Prime Minister Ana Ruiz visited the site on Saturday. "
        "The PM thanked the rescuers for their work. "
        "Saltford County District Attorney Tom Berg spoke on Tuesday. "
        "“We will not delay the case,” the DA said."
    )
    assert [o[1] for o in out[1:]] == ["Ana Ruiz", None, "Tom Berg"]
    raw = RawArticle(
        SourceMeta(id="a", published="2024-10-24"),  # type: ignore[arg-type]
        "Prime Minister Ana Ruiz visited on Saturday. The PM thanked the rescuers.",
        None,
        "0",
    )
    assert "PM" not in {a.name for a in analyse(CONFIG, [raw], ["a.txt"]).actors}


def test_what_a_document_reads_is_its_issuer_s():
    """ "read" gives a document's words only after its noun and before a colon or at the
    sentence's end ("The statement read: ...", "..., the joint statement read."): the issuer
    of the document; "She read the statement aloud" reports nothing."""
    out = claimants(
        "Bondholders will lose everything. "
        "As part of the Saltford Banking Authority's statement approving the merger, the "
        "write-down took many by surprise. "
        "The statement read: “The support will trigger a complete write-down.” "
        "Acme Bank said on Sunday that all deposits were safe. "
        "“We are taking decisive action,” the joint statement read. "
        "She read the statement aloud."
    )
    assert [o[1] for o in out[2:]] == [
        "Saltford Banking Authority",
        "Acme Bank",
        "Acme Bank",
        None,
    ]


def test_a_kind_of_outlet_alone_is_no_name():
    """ "NHK TV reported": the outlet named before its kind; "TV" alone, capitalised as it
    is, names no one."""
    out = claimants(
        "Floods hit Vietnam on Monday. "
        "NHK TV reported that all passengers had escaped. "
        "Saltmarsh's state TV said several explosions were heard."
    )
    assert out[1][1:] == ("NHK", "reported")
    assert "TV" not in {o[1] for o in out}


def test_per_before_a_name_cites_it():
    """ "..., per AP." and "Per Reuters, ..." cite the outlet as "according to" does; "5 per
    cent" cites no one."""
    out = claimants(
        "Ana Ruiz was sworn in on Wednesday, hours after her predecessor was arrested, per AP. "
        "Per Reuters, the vote was held on Tuesday. "
        "Prices rose 5 per cent on Monday."
    )
    assert [o[1] for o in out] == ["Associated Press", "Reuters", None]


def test_a_speaker_of_a_body_described_by_its_kind():
    """ "Tom Berg of risk advisory company Saltmark told": Berg speaks, of the company."""
    out = claimants(
        "“It looks like shrapnel,” Tom Berg of risk advisory company Saltmark told the BBC. "
        "Ana Ruiz of the consultancy Berrow Holt told reporters the damage was severe."
    )
    assert out[0][1:] == ("Tom Berg", "told")
    assert out[1][1:] == ("Ana Ruiz", "told")


def test_an_anonymity_clause_stands_between_the_speaker_and_its_verb():
    """ "Two US officials who spoke on condition of anonymity said": the wire's clause says why
    the speakers go unnamed, not who speaks: officials of the state, as in "Two US officials
    said", not the state itself; and its verb ("asked") reports nothing: the officer speaks
    as in "A police officer said"."""
    raw = RawArticle(
        SourceMeta(id="a", published="2024-10-24"),  # type: ignore[arg-type]
        "The storm reached the coast on Monday. "
        "Two US officials who spoke on condition of anonymity said the port was shut. "
        "A police officer who asked not to be named said the road was closed.",
        None,
        "0",
    )
    b = analyse(CONFIG, [raw], ["a.txt"])
    actors = {a.id: a for a in b.actors}
    said = [actors[s.claimant] for s in b.statements if s.claimant]
    assert [(a.name, a.affiliation) for a in said] == [
        ("Officials", "United States"),
        ("Officer", None),
    ]


def test_a_person_s_lawyers_speak_for_them_not_the_person():
    """ "Ana Ruiz's lawyers said": several people by their title after an owner's name speak as
    a group of that owner, as "Ana Ruiz's lawyer said" does for one; the owner says nothing."""
    raw = RawArticle(
        SourceMeta(id="a", published="2024-10-24"),  # type: ignore[arg-type]
        "Ana Ruiz was charged with fraud on Monday. "
        "Ruiz's attorneys said she would plead not guilty.",
        None,
        "0",
    )
    b = analyse(CONFIG, [raw], ["a.txt"])
    actors = {a.id: a for a in b.actors}
    said = [actors[s.claimant] for s in b.statements if s.claimant]
    assert [(a.name, a.affiliation) for a in said] == [("Attorneys", "Ana Ruiz")]


def test_a_full_name_that_names_a_body_elsewhere_is_that_body():
    """A body speaks as a person does: "Harwick Credit said" shows no person when the
    articles also describe Harwick Credit as a lender; a name with an honorific stays a
    person's."""
    raw = [
        "Ailing lender Harwick Credit will be taken over by a rival after a weekend of talks. "
        "The central bank lent money, and Harwick Credit said it would borrow more.",
    ]
    b = analyse(
        CONFIG,
        [RawArticle(SourceMeta(id="a0", published="2024-10-24"), raw[0], None, "0")],  # type: ignore[arg-type]
        ["a0.txt"],
    )
    assert [(a.name, a.kind.value) for a in b.actors if a.name == "Harwick Credit"] == [
        ("Harwick Credit", "organisation")
    ]


def test_leaders_of_a_union_or_a_party_speak_as_a_group():
    out = claimants(
        "Thousands marched in Lornholm on Tuesday. "
        "Union leaders claimed that a record 80,000 people took part. "
        "Opposition leaders said the vote had been rigged."
    )
    assert out[1][1:] == ("Union leaders", "claimed")
    assert out[2][1:] == ("Leaders", "said")


def test_a_name_ending_in_a_body_s_word_that_speaks_is_a_body():
    """'Motor', 'International', 'Reserve' and 'Democrats' end a carmaker's, a worldwide
    body's, a central bank's and a party's name, never a person's: a verb of speech after
    one shows no person."""
    b = analyse(
        CONFIG,
        [
            RawArticle(  # type: ignore[arg-type]
                SourceMeta(id="a0", published="2024-10-24"),
                "Harwick Motor said it would cut 2,000 jobs. "
                "Freedonia International said the trial was unfair. "
                "The Saltmarsh Reserve said rates would rise. "
                "The Christian Democrats said they would vote against the budget.",
                None,
                "0",
            )
        ],
        ["a0.txt"],
    )
    kinds = {a.name: a.kind.value for a in b.actors}
    assert kinds == {
        "Harwick Motor": "organisation",
        "Freedonia International": "organisation",
        "Saltmarsh Reserve": "organisation",
        "Christian Democrats": "organisation",
    }


def test_a_document_from_a_body_named_by_its_kind_and_a_word_that_says_which():
    out = affiliations(
        "Clashes broke out in Lornholm on Sunday. "
        "A statement from the interior ministry said 40 officers were hurt."
    )
    assert out[1] == ("Interior ministry", None)


def test_a_city_the_articles_keep_naming_stays_a_place_when_someone_bears_its_name():
    """A lone name read as a place is a person's surname only when the corpus shows that
    person at least as often as it names the place: "Mohammed Saltmarsh" once does not make
    "the city of Saltmarsh" a person, nor the city a body."""
    names = _actor_kinds(
        [
            "Floods hit the city of Saltmarsh on Monday. Photographs of Saltmarsh, which "
            "could not be verified, showed a torrent. The mayor said 40 people died in "
            "Saltmarsh.",
            "Storms caused flooding across the north, but the worst-hit was Saltmarsh. "
            "Roads into Saltmarsh were cut.",
            "Officials said Mohammed Saltmarsh, a doctor, was missing.",
        ]
    )
    assert names["Saltmarsh"] == "place"
    assert names["Mohammed Saltmarsh"] == "person"
    # the person named in full and again by surname keeps the surname after "to"
    names = _actor_kinds(
        [
            "President Ana Macron said on Monday she would resign. Macron said the vote was "
            "lost. Ministers handed their resignations to Macron."
        ]
    )
    assert names == {"Ana Macron": "person"}


def _actor_kinds(raw: list[str]) -> dict[str, str]:
    """Name -> kind of the who's who for articles of the given texts, published on one day."""
    b = analyse(
        CONFIG,
        [
            RawArticle(SourceMeta(id=f"a{i}", published="2024-10-24"), t, None, "0")  # type: ignore[arg-type]
            for i, t in enumerate(raw)
        ],
        [f"a{i}.txt" for i in range(len(raw))],
    )
    return {a.name: a.kind.value for a in b.actors if a.kind.value != "group"}


def test_a_confederation_is_a_body_with_its_whole_name():
    out = claimants("The Confederation of Farm Cooperatives says that most growers lost money.")
    assert out[0][1] == "Confederation of Farm Cooperatives"


def test_according_to_a_state_s_body_named_by_its_kind():
    out = affiliations(
        "Shelling hit the border towns on Monday. "
        "Forty people have died since the fighting began, according to Portugal’s health "
        "ministry. "
        "Portugal's health ministry said 300 people were hurt. "
        "Ten more died, according to Portugal."
    )
    # the body of the state, as when it is the subject of "said"; the state alone is the state
    assert out[1] == out[2] == ("Health ministry", "Portugal")
    assert out[3] == ("Portugal", None)


def test_a_guard_named_by_its_kind_speaks_as_a_body():
    out = claimants(
        "A ferry ran aground off the coast on Sunday. "
        "The coast guard said all 80 passengers were brought ashore. "
        "In the port, volunteers handed out blankets and the national guard said it was ready."
    )
    assert out[1][1:] == ("Coast guard", "said")
    assert out[2][1:] == ("National guard", "said")


def test_an_inverted_verb_before_a_title_qualified_by_a_place():
    out = claimants(
        "Fires burned across the valley on Friday. "
        "“We are still searching,” said Saltford County police chief Ana Ruiz on Saturday. "
        "Two roads are shut, said Harwick Port fire chief Tom Okafor."
    )
    # the county and the port say whose chief each is: the chief speaks
    assert [o[1] for o in out[1:]] == ["Ana Ruiz", "Tom Okafor"]


def test_an_inverted_verb_before_a_body_named_by_its_kind():
    out = claimants(
        "Floods hit the north on Monday. "
        "Two more people died overnight, said the health ministry. "
        "The port is shut, said exports fell."
    )
    # as after a quotation ("'...,' said the ministry"): the body the words describe
    assert out[1][1:] == ("Health ministry", "said")
    assert out[2][1] is None


def test_figures_named_by_an_issuer_without_a_name():
    out = claimants(
        "Floods hit the north on Monday. "
        "At least 2,100 people died, according to government figures updated on Sunday. "
        "Last year 281 people died, according to government data. "
        "Ten were hurt, according to police estimates. "
        "Turnout was high, according to reports."
    )
    assert out[1][1:] == out[2][1:] == ("Government", "according to")
    assert out[3][1:] == ("Police", "according to")
    assert out[4][1] is None  # reports from no one said: the outlet's own voice


def test_according_to_an_anonymous_source_cites_the_source():
    out = claimants(
        "The merger talks stalled on Sunday, according to people familiar with the matter. "
        "The mayor is unharmed, according to a source close to the mayor. "
        "According to two senior officials briefed on the plan, the port will reopen."
    )
    assert out[0][1:] == ("People", "according to")
    assert out[1][1:] == ("Source", "according to")  # not the mayor it is close to
    assert out[2][1:] == ("Officials", "according to")


def test_a_body_named_by_its_kind_after_its_name_in_the_same_sentence():
    out = claimants(
        "Ana Roe met the press on Monday. "
        "Inspectors sent by the Westland Transport Safety Board reached the wreck, the board "
        "said. "
        "The Dockers Union of Freedonia would strike on Friday, the union said."
    )
    assert out[1][1:] == ("Westland Transport Safety Board", "said")
    assert out[2][1:] == ("Dockers Union of Freedonia", "said")


def test_the_progressive_of_a_verb_of_speech_reports():
    out = claimants(
        "Health officials are urging residents to stay indoors. "
        "Doctors in Westland have been warning of an outbreak for months. "
        "Acme Corp is warning customers of delays. "
        "Unions are calling for a strike on Friday. "
        "Police are questioning a suspect."
    )
    assert out[0][1:] == ("Health officials", "urging")
    assert out[1][1:] == ("Doctors", "warning")
    assert out[2][1:] == ("Acme Corp", "warning")
    # the progressive of a verb that may act is no report
    assert out[3][1] is None
    assert out[4][1] is None


def test_one_unnamed_person_closing_the_sentence_speaks():
    out = claimants(
        "“The water came in minutes,” a fisherman in the harbour told Reuters. "
        "Boats were thrown onto the quay, one of the dockers said. "
        "The plan failed, a study showed."
    )
    assert out[0][1:] == ("Fisherman", "told")
    assert out[1][1:] == ("Dockers", "said")
    assert out[2][1] is None  # a thing, not a person


def test_an_unnamed_group_in_a_quotation_s_tail_speaks():
    out = claimants(
        "Floods hit the valley on Monday. "
        "“The water rose in minutes,” witnesses said. "
        "“The army has sealed the town,” said the source, who spoke on condition of anonymity. "
        "“Nobody came to help,” said residents of the valley."
    )
    assert out[1][1:] == ("Witnesses", "said")
    assert out[2][1:] == ("Source", "said")
    assert out[3][1:] == ("Residents", "said")


def test_a_bare_group_after_an_inverted_verb_speaks():
    out = claimants(
        "The strike comes at a bad time for the port, said analysts, as talks resume. "
        "Ten boats sank overnight, said officials in the province. "
        "The harbour reopened, said police spokesman Tom Lind."
    )
    assert out[0][1:] == ("Analysts", "said")
    assert out[1][1:] == ("Officials", "said")
    assert out[2][1:] == ("Tom Lind", "said")


def test_a_company_named_earlier_in_the_sentence_is_the_company_that_said_it():
    out = claimants(
        "Berrow Freight Ltd has cancelled its planned share sale, the company said in a"
        " statement. The company said it would return the money to investors."
    )
    assert [o[1] for o in out] == ["Berrow Freight Ltd", "Berrow Freight Ltd"], out


def test_a_company_named_first_is_not_the_speaker_when_its_lawyer_speaks():
    out = claimants(
        "Berrow Freight Ltd did not comment, but a lawyer representing the company said the"
        " sale would go ahead."
    )
    assert out[0][1] != "Berrow Freight Ltd", out


def test_more_verbs_of_speech_close_a_quotation():
    out = claimants(
        "Floods hit the valley on Monday. "
        "“Four people have recovered,” announced Ana Roe, director of the Westland Health "
        "Agency. "
        "“The water is rising,” a farmer tweeted."
    )
    assert out[1][1:] == ("Ana Roe", "announced")
    assert out[2][1:] == ("Farmer", "tweeted")


def test_a_bare_group_that_goes_on_is_the_subject_of_what_is_said():
    out = claimants(
        "Ana Roe, the mayor, said residents in the north had fled. "
        "The port chief, asked about the ferry, said that officials in the port knew of it. "
        "Ana Roe, the mayor, said many residents of the valley had left. "
        "Ten boats sank overnight, said officials in Westland province, as rain fell."
    )
    assert [o[1] for o in out] == ["Ana Roe", "Port chief", "Ana Roe", "Officials"], out


def test_a_passenger_on_a_companys_flight_speaks_not_the_company():
    out = claimants(
        "A plane burned at Westport on Monday. "
        "“I saw sparks,” a passenger on the Freedonia Airways flight told Radio Westland."
    )
    assert out[1][1:] == ("Passenger", "told")


def test_according_to_a_document_named_before_is_its_issuer():
    out = claimants(
        "Acme Ltd said in a statement it would appeal. Shares fell. "
        "According to the statement, the fine was unfair."
    )
    assert out[2][1:] == ("Acme Ltd", "according to")


def test_a_group_of_an_armed_service_opening_the_sentence_speaks():
    out = claimants(
        "Freedonia held a vote on Saturday. "
        "Army officers appeared on television on Monday to say they had taken power."
    )
    assert out[1][1:] == ("Army officers", "say")


def test_according_to_a_news_portal_is_the_outlet_named_before():
    out = claimants(
        "News portal Westland Today reported the results. "
        "According to the portal, Ana Roe won 55 percent of the vote."
    )
    assert out[1][1:] == ("Westland Today", "according to")


def test_a_plural_in_sses_is_made_singular_by_its_es():
    from briefbook.analyse.subjects import singular

    assert singular("witnesses") == "witness"
    assert singular("businesses") == "business"
    assert singular("officials") == "official"
    assert singular("authorities") == "authority"
    assert singular("police") == "police"


def test_the_union_points_back_to_a_union_named_an_association():
    out = claimants(
        "Porters walked out on Monday, said Ana Ruiz, president of the International "
        "Association of Porters. The union said no talks were planned."
    )
    assert out[1][1:] == ("International Association of Porters", "said")


def test_condolences_sent_or_extended_are_the_senders_words():
    out = claimants(
        "Freedonian Prime Minister Ana Roe sent a condolence message to Prime Minister Rui "
        "Costa. Foreign Minister Marco Lind extended his deepest condolences to the families. "
        "The company extended the deadline for claims."
    )
    assert out[0][1:] == ("Ana Roe", "sent a condolence message")
    assert out[1][1:] == ("Marco Lind", "extended his deepest condolences")
    assert out[2][1] is None  # extending a deadline says nothing


def test_a_state_before_a_company_kind_is_where_the_company_named_before_is_from():
    out = claimants(
        "Acme Research published a report on Monday. "
        "“Fraud is fraud,” the US firm said. "
        "The US firm said that the bank had failed to answer."
    )
    assert out[1][1:] == ("Acme Research", "said")
    assert out[2][1:] == ("Acme Research", "said")


def test_a_billionaire_is_an_epithet_for_the_person_named_before():
    out = claimants(
        "Army chief Ana Roe met the president on Monday. "
        "The multi-billionaire said an interim government would be formed."
    )
    assert out[1][1:] == ("Ana Roe", "said")


def test_they_after_a_group_that_acted_is_that_group():
    # "They said" right after an unnamed group opened the sentence before by acting
    out = claimants(
        "Rescuers searched the flattened block through the night. "
        "They said no one was alive under the rubble. "
        "Residents fled the village."
    )
    assert out[1][1:] == ("Rescuers", "said")
    assert out[2][1] is None
    # a sentence whose subject is "They" keeps the group for the next "They"
    out = claimants(
        "Crews dug through the night. They reached the basement at dawn. "
        "They say the work depends on the weather."
    )
    assert out[2][1:] == ("Crews", "say")
    # a "they" past another sentence points back to no group
    out = claimants(
        "Residents fled the village. The river rose again. They said the dam would hold."
    )
    assert out[2][1] is None


def test_a_quotation_after_a_body_s_report_answers_for_the_person_who_spoke_before():
    # a body's indirect report between a person's words and a quotation: the person answers
    out = claimants(
        "Party secretary Ana Roe said the leader would stay. "
        "The Freedom Alliance has indicated it would join talks only if the leader resigned. "
        "“If you come to us with that demand, it is not going to happen.”"
    )
    assert out[2][1] == "Ana Roe"
    # a body's own report before its quotation keeps it
    out = claimants(
        "Acme Foods said it had recalled the sausages. “We are deeply sorry for the harm.”"
    )
    assert out[1][1] == "Acme Foods"


def test_a_generic_head_title_points_to_who_heads_the_body():
    # "chief" and "head" stand for whatever the office is called, of the body they name
    out = claimants(
        "UN Secretary-General Ana Roe flew to the region on Sunday. "
        "Westland Chief Minister Tom Lind met her there. "
        "“Help is on its way,” the UN chief said."
    )
    assert out[2][1] == "Ana Roe"
    out = claimants(
        "Ana Roe, the director of the Federal Bureau of Mines, toured the site. "
        "The head of the Federal Bureau of Mines said nine miners were rescued."
    )
    assert out[1][1] == "Ana Roe"
    # what heads a body must be of what the title names: the police chief is no president
    out = claimants(
        "Moldovan President Ana Roe spoke on Monday. "
        "Moldova's police chief said 40 people were detained."
    )
    assert out[1][1] != "Ana Roe"


def test_a_generic_head_title_with_no_one_named_is_the_body():
    out = claimants("Acme Corp's chief said the plant would close in May.")
    assert out[0][1] == "Acme Corp"
    out = claimants("Dozens are missing, the head of the relief group told reporters.")
    assert out[0][1] is None


def test_a_title_in_capitals_after_a_qualifying_participle_points_back():
    out = claimants(
        "Beta Motors CEO Ana Roe will leave in June. “It is time for new leaders,” the outgoing CEO said."
    )
    assert out[1][1] == "Ana Roe"


def test_an_inverted_speaker_before_an_abbreviation_or_a_time():
    out = claimants(
        "Storms hit the coast on Monday. "
        "Aid is arriving, said the Harwick Relief Agency (HRA). "
        "Roads are open again, said Ana Ruiz on Tuesday. "
        "The port is shut, said the Harwick Port Authority in a statement on Wednesday. "
        "The port is shut, said Tom Okafor would sue in Harwick."
    )
    assert [o[1] for o in out[1:4]] == [
        "Harwick Relief Agency",
        "Ana Ruiz",
        "Harwick Port Authority",
    ]
    assert out[4][1] is None  # what was said: "Okafor would sue"


def test_an_inverted_speaker_before_a_part_of_a_day_or_a_day_without_a_preposition():
    out = claimants(
        "Storms hit the coast on Monday. "
        "Roads are open again, reported the Daily Courier on Tuesday evening. "
        "The port is shut, noted Ana Ruiz Jan. 9. "
        "Aid is arriving, said Tom Okafor Wednesday night. "
        "The port is shut, said Ana Ruiz Monday was the worst day."
    )
    assert [o[1] for o in out[1:4]] == ["Daily Courier", "Ana Ruiz", "Tom Okafor"]
    assert out[4][1] is None  # what was said: "Monday was the worst day"


def test_an_inverted_speaker_described_in_lower_case():
    out = claimants(
        "Storms hit the coast on Monday. "
        "The levee held, said longtime resident Tom Okafor. "
        '"We lost everything," said Saltford resident Ana Ruiz. '
        "The port is shut, said that Lena Marsh. "
        '"We will rebuild," said Ruiz supporter Jan Berg during a march in Saltford.'
    )
    assert [o[1] for o in out[1:3]] == ["Tom Okafor", "Ana Ruiz"]
    assert out[3][1] is None  # "said that ...": a clause, not her description
    assert out[4][1] == "Jan Berg"  # the supporter speaks, not the one he supports


def _corpus_claimants(raw: list[str]) -> list[tuple[str, str, str | None]]:
    """(article, sentence start, claimant name or None) for articles of the given texts."""
    b = analyse(
        CONFIG,
        [
            RawArticle(SourceMeta(id=f"a{i}", published="2024-10-24"), t, None, "0")  # type: ignore[arg-type]
            for i, t in enumerate(raw)
        ],
        [f"a{i}.txt" for i in range(len(raw))],
    )
    names = {a.id: a.name for a in b.actors}
    return [
        (s.source_id, s.text[:24], names.get(s.claimant) if s.claimant else None)
        for s in b.statements
    ]


def _said_by(out: list[tuple[str, str, str | None]], opening: str) -> str | None:
    (found,) = [who for _, text, who in out if text.startswith(opening)]
    return found


def test_the_company_points_back_to_a_lone_name_the_corpus_knows_as_a_company():
    """A company named by its bare name ("Acmeco warned") is read as a body only from
    another article ("carmaker Acmeco"): a later "the company said" or "the firm said"
    still points back to it, whatever the rest of the corpus reads."""
    out = _corpus_claimants(
        [
            "Carmaker Acmeco said on Monday it would cut 4,000 jobs.",
            "Acmeco warned of lower profits. The company said sales fell 12% in the quarter.",
            "Battery maker Voltria filed for bankruptcy protection.",
            "Voltria ran out of cash last week. The firm said it had raised $100 million.",
        ]
    )
    assert _said_by(out, "The company said sales") == "Acmeco"
    assert _said_by(out, "The firm said it had") == "Voltria"


def test_the_company_does_not_point_back_to_a_person_a_state_a_place_or_an_outlet():
    out = _corpus_claimants(
        [
            "Ana Roe, the mayor of Saltford, said the port would reopen.",
            "Roe visited the docks on Friday. The company said the cranes were safe.",
            "Jordan met Israeli officials in Amman. King Abdullah of Jordan said talks went on.",
            "Jordan said it would reopen the crossing. The company said its lorries waited.",
            "Lake Berrow flooded the town of Berrow. Berrow was cut off on Tuesday. "
            "The company said its trains could not run.",
            "Reuters said the queue was long. The company said the delays would last a week.",
        ]
    )
    assert _said_by(out, "The company said the cra") is None
    assert _said_by(out, "The company said its lor") is None
    assert _said_by(out, "The company said its tra") is None
    assert _said_by(out, "The company said the del") is None


def test_the_agency_does_not_point_back_to_a_company_named_alone():
    """A public body's kind ("the agency said"), an outlet's ("the newspaper said") or an
    indefinite company ("a rival company said") never points back to a company the corpus
    knows as one only from another article."""
    out = _corpus_claimants(
        [
            "Airline Saltair said it would cancel flights.",
            "Saltair cancelled 40 flights on Monday. "
            "The agency said it would publish its findings in May.",
        ]
    )
    assert _said_by(out, "The agency said") != "Saltair"
    out = _corpus_claimants(
        [
            "Carmaker Acmeco said it would cut jobs.",
            "Acmeco shares fell. The newspaper said the board would meet on Friday.",
            "Acmeco warned of losses. A rival company said it would hire the workers.",
        ]
    )
    assert _said_by(out, "The newspaper said") != "Acmeco"
    assert _said_by(out, "A rival company said") != "Acmeco"


def test_the_company_does_not_point_back_to_a_town_a_company_is_named_after():
    """A town's name that the corpus merges into a company named after it ("Marra
    Semiconductors") is no antecedent of "the company" where the sentence reads it as a
    place: the object of a verb ("Storms hit Marra") or of a preposition ("shoppers in
    Marra")."""
    out = _corpus_claimants(
        [
            "Chipmaker Marra Semiconductors said on Monday it would build a new plant.",
            "Storms hit Marra on Monday night, flooding the town centre. "
            "The company said its plant had been closed since Friday.",
            "Lidl shoppers in Marra said prices had risen. The company said it was cutting prices.",
        ]
    )
    assert _said_by(out, "The company said its pla") != "Marra Semiconductors"
    assert _said_by(out, "The company said it was ") != "Marra Semiconductors"


def test_the_company_does_not_point_back_to_a_name_the_article_reads_as_a_place():
    """A name the article calls a town ("the town of Marra") is a place when it opens a
    later sentence too ("Marra was cut off"), even where the corpus merges it into the
    company named after it ("Marra Semiconductors")."""
    out = _corpus_claimants(
        [
            "Chipmaker Marra Semiconductors said on Monday it would build a new plant.",
            "Floods hit the town of Marra on Monday. Marra was cut off for two days. "
            "The company said its plant had been closed since Friday.",
        ]
    )
    assert _said_by(out, "The company said its pla") != "Marra Semiconductors"


def test_the_agent_of_a_passive_report_speaks():
    # a verb of speech in the passive with its agent reads as its active: the agent speaks
    for text, who, cue in [
        (
            "Four deaths were confirmed by the Health Ministry on Friday.",
            "Health Ministry",
            "confirmed",
        ),
        (
            "Freedonia was accused by the United Nations of arming the rebels.",
            "United Nations",
            "accused",
        ),
        ("The coup was condemned by the African Union and France.", "African Union", "condemned"),
        ("It was reported by Reuters that the talks had stalled.", "Reuters", "reported"),
        ("The toll was reported by the Health Ministry as 42.", "Health Ministry", "reported"),
        (
            "The figures were released on Monday. They were later confirmed by the Interior Ministry.",
            "Interior Ministry",
            "confirmed",
        ),
    ]:
        assert claimants(text)[-1][1:] == (who, cue), text


def test_a_passive_without_a_report_by_its_agent_is_no_one_s():
    # negated, to come, in a relative clause, not a verb of speech, or the act of the agent
    for text in [
        "The toll has not been confirmed by the Health Ministry.",
        "The toll was never confirmed by the Health Ministry.",
        "The toll is expected to be confirmed by the Health Ministry on Friday.",
        "The deaths will be confirmed by the Health Ministry later.",
        "The figures have yet to be confirmed by the Health Ministry.",
        "The ship, which was reported by the navy to be sinking, was towed to port.",
        "An outbreak that was first confirmed by the Health Ministry has spread.",
        "The strike was called by the Dockworkers' Union.",
        "The attack was claimed by the Islamic State group.",
        "Bail was denied by Judge Ana Roe on Friday.",
        "Residents were told by police to leave their homes.",
        "The decision was announced by Judge Ana Roe during the hearing.",
        "The report was published by the Health Ministry on Friday.",
        "The deaths were confirmed by DNA tests.",
        "The figures, confirmed by the Health Ministry, show a rise.",
    ]:
        assert claimants(text)[-1][1:] == (None, ""), text


def test_a_closing_attribution_outranks_a_passive_agent():
    out = claimants(
        "The toll was confirmed by Judge Ana Roe during the hearing, Geo News reported."
    )
    assert out[-1][1:] == ("Geo News", "reported")
    out = claimants("“The toll was confirmed by the ministry,” Ana Roe said.")
    assert out[-1][1:] == ("Ana Roe", "said")


def test_a_passive_report_in_a_subordinate_clause_is_not_the_sentence_s():
    # an adverbial clause opened by a subordinator (at the clause's head, after a lead of
    # time, or a conjunction anywhere before the auxiliary) gives a circumstance of the main
    # clause, which is the outlet's own account
    for text in [
        "After the outbreak was confirmed by the Health Ministry, schools in Kell closed.",
        "When the first deaths were reported by local media, the government ordered an inquiry.",
        "Days after he was accused by the United Nations of war crimes, General Karl Benn was "
        "promoted.",
        "Hours after the strike was reported by residents, the army sent troops to Marra.",
        "Once the deaths were confirmed by the hospital, the families were allowed to see the "
        "bodies.",
        "While the toll was being estimated by the Red Cross, more bodies were found.",
        "Despite being accused by the United Nations of war crimes, the general was promoted.",
        "The general was promoted even though he had been accused by the United Nations of war "
        "crimes.",
        "Whereas the first toll was reported by the Health Ministry, the second came from police.",
    ]:
        assert claimants(text)[-1][1:] == (None, ""), text


def test_a_passive_report_in_the_main_clause_after_a_subordinate_one_speaks():
    # the subordinate clause ends at its comma; a preposition that can open a clause
    # ("after", "since") governs a noun inside the passive's own subject
    for text, who in [
        (
            "After the storm passed, four deaths were confirmed by the Health Ministry.",
            "Health Ministry",
        ),
        ("Deaths after the storm were confirmed by the Health Ministry.", "Health Ministry"),
        ("Cases since May were reported by the Health Ministry on Friday.", "Health Ministry"),
        ("As many as 70 cases were reported by the Health Ministry.", "Health Ministry"),
    ]:
        assert claimants(text)[-1][1] == who, text


def test_a_passive_report_joined_to_another_clause_is_not_the_sentence_s():
    # ", and" or ", but" then a clause with a verb of its own: the sentence reports more than
    # the agent said
    for text in [
        "The strike was condemned by the United Nations, and Freedonia's army withdrew from "
        "Marra on Tuesday.",
        "The raid killed 12 people, the deaths were confirmed by the hospital, and the army "
        "withdrew.",
        "The deaths were confirmed by the hospital, but the cause of the fire remained unknown.",
    ]:
        assert claimants(text)[-1][1:] == (None, ""), text


def test_a_passive_report_with_a_list_of_agents_still_speaks():
    # ", and" before another agent is no clause of its own
    for text in [
        "The coup was condemned by the African Union, the European Union, and France.",
        "The attack was condemned by the United Nations, and by Britain.",
    ]:
        assert claimants(text)[-1][1] in ("African Union", "United Nations"), text


def test_a_tail_verb_outside_the_lexicon_after_an_opening_quotation():
    # the place after a quotation that opens the sentence is its attribution, whatever the
    # verb: past forms and "-ies" forms, before the speaker or after
    out = claimants(
        "Mayor Ana Ruiz visited the port on Monday. "
        "“The port will reopen before winter,” Ruiz predicted. "
        "“The boats have nowhere else to go,” worries Tom Berg, a fisherman."
    )
    assert out[1][1:] == ("Ana Ruiz", "predicted")
    assert out[2][1:] == ("Tom Berg", "worries")


def test_an_unknown_verb_with_an_object_after_a_quotation_is_no_tail():
    # a verb outside the lexicon closes a tail only at the end of its clause: with an object
    # after it, it is an act the outlet tells
    out = claimants(
        "The council met on Monday. “Down with the council,” protesters chanted the slogan."
    )
    assert out[1][1:] == (None, "")


def test_verbs_of_blame_complaint_and_emphasis_report():
    out = claimants(
        "Mayor Ana Ruiz lambasted the plan to close the port. "
        "Residents have complained about the smell for weeks. "
        "Tom Berg, the harbour master, underlined that the port was safe. "
        "He referred to the closure as “a mistake.”"
    )
    assert out[0][1:] == ("Ana Ruiz", "lambasted")
    assert out[1][2] == "complained"
    assert out[2][1:] == ("Tom Berg", "underlined")
    assert out[3][1:] == ("Tom Berg", "referred to")


def test_complaining_after_a_noun_describes_it():
    # "protesters complaining of ...": a reduced relative, the outlet tells of them
    out = claimants("Protesters complaining of inaction gathered outside the embassy.")
    assert out[0][1:] == (None, "")


def test_any_past_verb_before_a_colon_and_a_quotation_introduces_it():
    # "He continued: “...", "He went on: “...", "Ana Ruiz reacted: “...": whatever the
    # verb, its subject speaks the quotation, and the next sentence of it too
    out = claimants(
        "Mayor Ana Ruiz visited the port. "
        "She went on: “We will rebuild the port. "
        "No one will be left behind.” "
        "Foreign Minister Tom Berg reacted: “That is good news.”"
    )
    assert out[1][1:] == ("Ana Ruiz", "went on")
    assert out[2][1] == "Ana Ruiz"
    assert out[3][1:] == ("Tom Berg", "reacted")


def test_a_past_verb_before_a_colon_without_a_quotation_is_no_cue():
    out = claimants("The commission published the results: turnout was 61%.")
    assert out[0][1:] == (None, "")


def test_a_past_verb_with_its_object_before_a_colon_and_a_quotation_introduces_it():
    out = claimants("Mayor Ana Ruiz released a short statement: “The port will reopen on Monday.”")
    assert out[0][1:] == ("Ana Ruiz", "released")


def test_a_participle_or_adjective_use_of_a_verb_of_blame_is_no_cue():
    # "lambasted by critics" after a comma is a participle that describes its noun;
    # "lauding" mostly describes a noun ("posters lauding ..."); "complained of" tells of
    # what the subject suffers
    for text in [
        "Tom Berg, lambasted by critics for the delay, resigned on Monday.",
        "Posters lauding President Ana Roe lined the streets.",
        "Ana Roe complained of chest pains and was taken to hospital.",
    ]:
        assert claimants(text)[0][1:] == (None, ""), text


def test_a_verb_of_blame_after_an_apposition_still_reports():
    # after a comma without an agent of its own, the verb is the sentence's
    out = claimants("Ana Roe, the mayor, lambasted the plan on Monday.")
    assert out[0][1:] == ("Ana Roe", "lambasted")


def test_a_participle_with_its_own_agent_before_a_colon_introduces_nothing():
    # "a note signed by Tom Berg: “...": the participle has its own agent and describes the
    # object of "found"; in "banners that read: “...", a clause of its own stands between;
    # "the names of the dead" are nothing said, the quotation a list
    for text in [
        "Police found a note signed by Tom Berg: “I am sorry.”",
        "Protesters carried banners that read: “No more cuts.”",
        "The ministry published the names of the dead: “Tom Berg, 34; Ana Roe, 51.”",
    ]:
        assert claimants(text)[0][1:] == (None, ""), text


def test_a_nickname_or_title_opening_the_sentence_has_no_tail():
    # "“The Iron Lady,” as Ana Roe was dubbed ...", "“Westport Rising,” the movement Ana Roe
    # founded, has ...": the verb after the quotation does not end the sentence
    for text in [
        "“The Iron Lady,” as Ana Roe was dubbed by the press, died in 2013.",
        "“Westport Rising,” the movement Ana Roe founded, has 10,000 members.",
    ]:
        assert claimants(text)[0][1:] == (None, ""), text


def test_in_a_statement_without_a_comma_names_the_subject():
    out = claimants(
        "The plant in Westport closed on Monday. "
        "In a statement Acme Corp said the plant would reopen next week. "
        "In a letter to staff on Tuesday, the union said it would strike. "
        "In a post Beta Industries said no one was hurt."
    )
    assert out[1][1:] == ("Acme Corp", "said")  # the statement's noun ends its phrase
    assert out[3][1:] == ("Beta Industries", "said")


def test_a_name_inside_a_prepositional_phrase_is_still_governed():
    out = claimants(
        "Fighting spread on Monday. In eastern Freedonia officials said 12 people had died."
    )
    assert out[1][1] != "Freedonia"  # "in eastern Freedonia": the place, no speaker


def test_a_document_noun_in_an_inner_phrase_leaves_the_name_governed():
    # the name's own verb is not the sentence's cue, or the phrase does not open the sentence
    for text in [
        "The ministry, in a statement Acme Corp disputed, said the plant was unsafe.",
        "Freedonia's health ministry, in a report Acme Corp disputed, said the water was unsafe.",
        "The union, in a letter Acme Corp rejected, demanded higher pay.",
        "In a statement Acme Corp disputed, the ministry said the plant was unsafe.",
        "Responding to a post Ana Roe wrote on X, Interior Minister Marco Lind said the claims "
        "were false.",
    ]:
        who = claimants("A blast hit the port on Monday. " + text)[1][1]
        assert who not in ("Acme Corp", "Ana Roe"), text


def test_in_separate_statements_names_the_subjects():
    out = claimants(
        "The plant in Westport closed on Monday. "
        "In separate statements Acme Corp and Beta Industries said the plant would reopen."
    )
    assert out[1][1] in ("Acme Corp", "Beta Industries")


def test_an_outlet_keeps_what_is_said_in_a_clause_of_its_own_sentence():
    # "said" in a relative or subordinate clause, or another's tail: the outlet's report
    for text in [
        "Police arrested a man who said he had planted the bomb, according to AFP.",
        "Soldiers shot at protesters, witnesses said, according to AFP.",
        "The plant, which Acme said was safe, exploded on Monday, killing 12, according to AFP.",
        "Ana Roe, who police said was driving the truck, died in the blast, according to AFP.",
        "When Ana Roe said the port was safe, thousands fled, according to AFP.",
        "Acme shares fell 8% because the company said profits would drop, according to Reuters.",
        "Police said nothing about the cause of the blast, according to AFP.",
        "Police said 90 people were hurt, but hospital officials put the toll at 120, according "
        "to AFP.",
        "Ana Roe denied the charges and said she would appeal, according to Reuters.",
    ]:
        who = claimants("A blast hit the port on Monday. " + text)[1][1]
        assert who in ("Agence France-Presse", "Reuters"), (text, who)


def test_an_outlet_hands_over_to_the_speaker_of_the_sentence_s_verb_of_speech():
    # the verbs that hand over are a vocabulary list (outlet_handover), not "say" alone
    for text, who in [
        ("Police told reporters 90 people were hurt, according to AFP.", "Police"),
        ("Police added that 90 people were hurt, according to AFP.", "Police"),
        ("Ana Roe said she would appeal and denied the charges, according to Reuters.", "Ana Roe"),
    ]:
        assert claimants("A blast hit the port on Monday. " + text)[1][1] == who, text
    out = claimants(
        "Acme Motors fired its chief on Monday. The company said Monday its board had ordered "
        "a probe into the deal, according to a Wall Street Journal report."
    )
    assert out[1][1] == "Acme Motors"  # an earlier name, described


def test_a_name_after_a_verb_with_an_object_and_a_day_is_not_its_speaker():
    # a subject and an aside before the comma: the name is what the verb acts on
    out = claimants(
        "Storms hit the coast on Monday. "
        "The hospital, already full, admitted Tom Okafor Tuesday night. "
        "The army, in a show of force, warned Tom Okafor Monday. "
        "The league, after a long review, acknowledged Ana Ruiz Thursday. "
        "The committee, by a wide margin, declared Ana Ruiz Jan. 9. "
        "Police, acting on a tip, reported Tom Okafor Saturday. "
        "The club, in a surprise move, announced Tom Okafor Friday evening. "
        "The hospital, already full, admitted Tom Okafor on Tuesday night."
    )
    assert all(o[1] not in ("Tom Okafor", "Ana Ruiz") for o in out), out
    # a verb with no object, or a whole clause before the comma: the speaker
    out = claimants(
        "Storms hit the coast on Monday. "
        "Roads, once shut, are open, said Ana Ruiz Monday. "
        "Roads are open again, reported the Daily Courier Tuesday night."
    )
    assert [o[1] for o in out[1:3]] == ["Ana Ruiz", "Daily Courier"]


def test_a_part_of_a_day_only_after_a_day():
    out = claimants(
        "Storms hit the coast on Monday. "
        "Roads are open again, said Ana Ruiz in Harwick night. "
        "The port is shut, said Tom Okafor on Jan. 9 evening."
    )
    assert out[1][1] is None
    assert out[2][1] == "Tom Okafor"


def test_a_document_closing_a_sentence_is_its_issuers_only_when_named_with_it():
    out = claimants(
        "Tom Okafor denied wrongdoing on Monday. He had been warned twice, according to the letter."
    )
    assert out[-1][1] is None
    out = claimants(
        "Acme Corp said on Monday it would appeal. "
        "The company hid losses for years, according to the filing."
    )
    assert out[-1][1] is None
    out = claimants(
        "Ana Ruiz said the ferry was overloaded. "
        "Twelve people died, according to the autopsy report."
    )
    assert out[-1][1] is None
    out = claimants(
        "Harwick Council said in a report that the floods were the worst in years. "
        "Acme Corp said in a statement that its plant was shut. "
        "Two bridges were lost, according to the report."
    )
    assert out[-1][1] != "Acme Corp"
    out = claimants(
        "Tom Okafor said the plant was shut. Two bridges were lost, according to the statement."
    )
    assert out[-1][1] is None
