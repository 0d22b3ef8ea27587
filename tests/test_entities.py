"""Who and what: resolution of names to canonical actors."""

from __future__ import annotations

import pytest

from briefbook.analyse.actors import resolve
from briefbook.analyse.pipeline import analyse
from briefbook.analyse.storms import storm_names
from briefbook.model import ActorEntry, ActorsFile, Config, Kind, SourceMeta
from briefbook.project.load import RawArticle
from briefbook.read.gazetteer import load_gazetteer
from briefbook.read.mentions import defined_acronyms, find_mentions

CONFIG = Config.model_validate(
    {"briefing": {"title": "t"}, "topics": [{"id": "all", "title": "All", "description": "x"}]}
)


def briefing(*texts: str, actors: ActorsFile | None = None):
    raws = [
        RawArticle(SourceMeta(id=f"a{i}"), text, None, "0")  # type: ignore[arg-type]
        for i, text in enumerate(texts)
    ]
    return analyse(CONFIG, raws, [f"a{i}.txt" for i in range(len(texts))], load_gazetteer(actors))


def groups(b) -> dict[str, set[str]]:
    """Actor name -> the forms used for it."""
    forms: dict[str, set[str]] = {}
    names = {a.id: a.name for a in b.actors}
    for m in b.mentions:
        if m.id in b.mention_actor:
            forms.setdefault(names[b.mention_actor[m.id]], set()).add(m.text)
    return forms


def test_spelling_variants_and_short_forms_merge():
    b = briefing(
        "Ukrainian President Volodymyr Zelenskyy spoke on Monday. Zelenskyy said more would come.",
        "Ukrainian President Vladimir Zelensky alleged that officers were seen. Mr Austin agreed.",
        "U.S. Defense Secretary Lloyd Austin was in Rome. Austin said it was serious.",
    )
    g = groups(b)
    assert g["Volodymyr Zelenskyy"] == {"Volodymyr Zelenskyy", "Zelenskyy", "Vladimir Zelensky"}
    assert g["Lloyd Austin"] == {"Lloyd Austin", "Austin"}


def test_people_sharing_a_surname_stay_apart():
    b = briefing(
        "Defense Minister Kim Yong-hyun told lawmakers the troops had arrived. "
        "According to Kim, “Leader Kim Jong Un is selling soldiers.” "
        "Deputy Adviser Kim Tae-hyo was not present.",
        "Ana Brandt leads the union. Marcus Brandt runs the port. Mr Brandt denied it. Ms Brandt said no.",
    )
    g = groups(b)
    assert g["Kim Yong-hyun"] == {"Kim Yong-hyun", "Kim"}
    assert g["Kim Jong Un"] == {"Kim Jong Un"}
    assert g["Kim Tae-hyo"] == {"Kim Tae-hyo"}
    people = {a.name: a for a in b.actors if a.kind == Kind.PERSON}
    assert len(people["Marcus Brandt"].mentions) == 2
    assert len(people["Ana Brandt"].mentions) == 2


def test_capitals_stand_for_states_unless_they_are_places():
    g = load_gazetteer()
    said = find_mentions("a", "s", "Seoul said the Kremlin was wrong.", 0, g)
    assert [(m.text, m.kind, m.canonical) for m in said] == [
        ("Seoul", Kind.GOVERNMENT, "South Korea"),
        ("Kremlin", Kind.GOVERNMENT, "Russia"),
    ]
    visiting = find_mentions("a", "s", "The minister, visiting Seoul, spoke in Rome.", 0, g)
    assert [(m.text, m.kind) for m in visiting] == [("Seoul", Kind.PLACE), ("Rome", Kind.PLACE)]


def test_role_and_affiliation_from_title_and_appositive():
    b = briefing(
        "British Foreign Minister David Lammy denounced the alliance. "
        "Valeriy Ryabykh, a Ukrainian defense analyst, suggested a reason."
    )
    people = {a.name: a for a in b.actors}
    assert (people["David Lammy"].role, people["David Lammy"].affiliation) == (
        "British Foreign Minister",
        "United Kingdom",
    )
    assert people["Valeriy Ryabykh"].role == "Ukrainian defense analyst"
    assert people["Valeriy Ryabykh"].affiliation == "Ukraine"


def test_agencies_keep_their_country():
    b = briefing(
        "South Korea’s National Intelligence Service (NIS) reported on Wednesday. "
        "Seoul’s National Security Council issued a response.",
        "John Kirby, spokesman for the White House National Security Council, spoke.",
    )
    councils = sorted(
        (a.affiliation or "") for a in b.actors if a.name == "National Security Council"
    )
    assert councils == ["South Korea", "United States"]


def test_actors_file_adds_names_roles_and_states():
    actors = ActorsFile(
        actor=(
            ActorEntry(
                name="Velmar", kind="government", capitals=("Tessaly",), adjectives=("Velmarian",)
            ),
            ActorEntry(
                name="Ana Brandt", kind="person", role="union leader", aliases=("the union leader",)
            ),
        )
    )
    b = briefing(
        "Tessaly said the strike was unlawful. Ana Brandt replied. Brandt would stay.",
        actors=actors,
    )
    people = {a.name: a for a in b.actors}
    assert people["Velmar"].kind == Kind.GOVERNMENT
    assert people["Ana Brandt"].role == "union leader"
    assert groups(b)["Ana Brandt"] == {"Ana Brandt", "Brandt"}


def test_lone_capitalised_words_are_not_people():
    b = briefing("Roughly 1,100 containers pass through. During the strike, nothing moved.")
    assert [a.name for a in b.actors if a.kind == Kind.PERSON] == []
    assert resolve([]) == ([], {})


def kinds(b) -> dict[str, str]:
    return {a.name: a.kind.value for a in b.actors}


def test_a_name_is_a_person_only_if_something_shows_it():
    b = briefing(
        "The two dead men, Tarik Velder and Oona Brask, were found near the Harlow Express. "
        "The Harlow Express was stopped at Quenby Junction. "
        "Mira Olsen, 41, a nurse, saw it. Said Ivo Rann: “It was loud.” "
        "Jon Petrak, a loyal customer, said the trains were late. "
        "Lena Haas runs the depot. Haas was not hurt."
    )
    people = {n for n, k in kinds(b).items() if k == "person"}
    # an age, a verb of speech before or after, an appositive then a verb, or the surname
    # used alone after the full name show a person
    assert {"Mira Olsen", "Ivo Rann", "Jon Petrak", "Lena Haas"} <= people
    # nothing shows that these are people: they are not listed as people
    assert not people & {"Tarik Velder", "Oona Brask", "Harlow Express", "Quenby Junction"}


def test_a_lone_name_that_speaks_of_itself_as_he_or_she_is_a_person():
    # with no full name it could be short for, a lone name that speaks is a body's, unless
    # "he" or "she" follows its verb of speech: the speaker is a person
    b = briefing(
        "Velmark said he was sorry for the losses in the port. "
        "Ostrana added that she would stay in the city. "
        "Quenbrook said it would reopen the line."
    )
    assert kinds(b)["Velmark"] == "person"
    assert kinds(b)["Ostrana"] == "person"
    assert kinds(b)["Quenbrook"] == "organisation"


def test_what_a_title_is_of_is_a_body_or_a_place():
    b = briefing(
        "The chief executive of Tarn Haulage, Edda Moor, said the trucks were idle. "
        "The mayor of Pell Crossing said roads were shut. "
        "A lawyer for Brin Ostrow said he would appeal."
    )
    k = kinds(b)
    assert k["Edda Moor"] == "person"
    assert k["Tarn Haulage"] == "organisation"
    assert k["Pell Crossing"] == "place"
    assert "Brin Ostrow" not in k or k["Brin Ostrow"] == "person"
    person = next(a for a in b.actors if a.name == "Edda Moor")
    assert person.role == "chief executive of Tarn Haulage"


def test_a_body_named_by_the_domain_of_its_office_is_one_body():
    b = briefing(
        "The Ministry of Foreign Affairs said the talks had failed. "
        "Sylvania's Department of Home Affairs said the border was shut. "
        "The Office for National Statistics said prices rose. "
        "Freedonia's Ministry of Foreign Trade said exports fell. "
        "Foreign Affairs Minister Edda Moor said the talks would resume. "
        "Department of Health Secretary Ivo Rann said the clinics were open."
    )
    k = kinds(b)
    # the words after a title's domain are what the office is of, not a person's name
    for body in (
        "Ministry of Foreign Affairs",
        "Department of Home Affairs",
        "Office for National Statistics",
        "Ministry of Foreign Trade",
    ):
        assert k.get(body) == "agency", body
    assert {"Affairs", "Statistics", "Trade"}.isdisjoint(k)
    # a name after a title proper is still a person
    assert k["Edda Moor"] == "person"
    assert k["Ivo Rann"] == "person"


def test_particles_belong_to_the_name():
    b = briefing(
        "Mayor Abdel al-Ghaithi said the toll would rise. Al-Ghaithi said rescuers needed help. "
        "Later, al-Ghaithi said the port was shut. Ursula von der Leyen said aid was on its way. "
        "Von der Leyen said more would follow. Ana de la Cruz said the roads were closed."
    )
    people = {a.name: set(a.aliases) for a in b.actors if a.kind == Kind.PERSON}
    # one person each, under the full name, whatever the case of the particle
    assert set(people) == {"Abdel al-Ghaithi", "Ursula von der Leyen", "Ana de la Cruz"}
    assert {"Al-Ghaithi", "al-Ghaithi"} <= people["Abdel al-Ghaithi"]
    assert "Von der Leyen" in people["Ursula von der Leyen"]


def test_a_body_spelt_two_ways_is_one_body():
    b = briefing(
        "The National Weather Center said the storm was near. "
        "The Regional Health Organization said clinics were open.",
        "The National Weather Centre said the storm had passed. "
        "The Regional Health Organisation said more clinics were needed.",
    )
    bodies = [a.name for a in b.actors if a.kind in (Kind.AGENCY, Kind.ORGANISATION)]
    assert len(bodies) == 2, bodies


def test_a_state_s_office_named_in_two_word_orders_is_one_body():
    b = briefing(
        "The Ministry of Health of Portugal said two people had died. "
        "Portugal's Health Ministry later said a third had died.",
        "The Portuguese Ministry of Health said the outbreak was slowing. "
        "Spain's Health Ministry said it had sent doctors.",
        "Portugal's Ministry of Foreign Affairs said talks would resume. "
        "The Portuguese Foreign Ministry said the ambassador had been called.",
    )
    bodies = {a.name: set(a.aliases) for a in b.actors if a.kind == Kind.AGENCY}
    portugal = [n for n, forms in bodies.items() if "Health Ministry" in forms]
    assert len(portugal) == 2, bodies  # Portugal's and Spain's
    merged = max(portugal, key=lambda n: len(bodies[n]))  # Spain's has its own written form
    assert {"Ministry of Health of Portugal", "Portuguese Ministry of Health"} <= bodies[merged]
    # what the office is for must be the same words: foreign affairs is not foreign
    assert "Foreign Ministry" not in bodies.get("Ministry of Foreign Affairs", set())


def test_a_body_named_after_whose_it_is_keeps_the_owner_among_its_names():
    b = briefing(
        "Freedonia's Defence Ministry said its troops had pulled back. "
        "Berrowland's Defence Ministry denied that any of its soldiers were there.",
        "Samples were sent to Saltmark's National Public Health Laboratory for testing, "
        "the U.S. Justice Department said. "
        "Ana Ruiz's Interior Ministry said nothing.",
    )
    names = {a.name: set(a.aliases) for a in b.actors if a.kind in (Kind.AGENCY, Kind.ORGANISATION)}
    forms = set().union(*names.values())
    # a state's, a place's or a state named before the body: how the story tells it apart
    assert {
        "Freedonia's Defence Ministry",
        "Berrowland's Defence Ministry",
        "Saltmark's National Public Health Laboratory",
        "U.S. Justice Department",
    } <= forms, names
    # a person's possessive says who heads the body, not what it is called
    assert "Ana Ruiz's Interior Ministry" not in forms, names


def test_a_platform_named_as_the_medium_is_no_actor():
    b = briefing(
        "A sergeant was communicating with the general through the app FaceTime. "
        "The Saltmark Brigade claimed the attack, the group's news agency said on Telegram. "
        "“The decision was reached in haste,” the Saltford Workers Party said in a WhatsApp "
        "message. "
        "According to the Russian Telegram channel, 180 people were injured. "
        "Cases fell, according to the health authority's official WeChat account."
    )
    names = {a.name for a in b.actors}
    assert {"Saltmark Brigade", "Saltford Workers Party"} <= names
    assert names.isdisjoint({"FaceTime", "Telegram", "WhatsApp", "WeChat"}), names


def test_places_by_their_shape():
    b = briefing(
        "Fires burned in New Carrow and near Upper Fenwick on Sunday's second day. "
        "Crews from the town of Ashby Vale and the state of Morrow helped. "
        "Officials in West Kelland said 20 homes burned."
    )
    k = kinds(b)
    for place in ("New Carrow", "Upper Fenwick", "Ashby Vale", "Morrow", "West Kelland"):
        assert k.get(place) == "place", place
    assert "Sunday" not in k


def test_people_take_no_article_and_bodies_keep_their_whole_name():
    b = briefing(
        "Smoke was seen by the Royal Lantern crew. "
        "The Brackley Gazette said the port was closed. "
        "Ed Marr, spokesman for the Kell County Sheriff's Department, said two were hurt. "
        "The Northern Dockers and Warehouse Union said it would strike."
    )
    k = kinds(b)
    assert "Royal Lantern" not in k
    assert k["Brackley Gazette"] == "organisation"
    assert k["Kell County Sheriff's Department"] == "agency"
    assert k["Northern Dockers and Warehouse Union"] == "organisation"


def test_a_capital_after_a_title_opens_a_name():
    b = briefing("Defence Minister Aden Kole Varga said troops were deployed.")
    assert "Aden Kole Varga" in kinds(b)


def test_bodies_with_a_state_inside_their_name_and_places_of_events():
    b = briefing(
        "An Air India Express jet overshot the runway at Calicut International Airport. "
        "Fire crews fought a blaze at the County Court in Eldoret. "
        "Officials briefed reporters, and Ana Ruiz, 51, told Harbour-News9 the plane was late."
    )
    k = kinds(b)
    assert k["Air India Express"] == "organisation"
    assert k["Calicut International Airport"] == "place"
    assert k["County Court"] == "place"
    assert "Harbour-News9" not in k  # who is told shows no person


def test_a_building_after_a_or_an_is_a_kind_of_building_not_a_body():
    found = _found("Rioters burned a Regional Library and a County Court in Saltford.")
    assert ("Regional Library", "place") in found
    assert ("County Court", "place") in found
    # a body's name that qualifies a noun after it still names the body
    assert ("Supreme Court", "place") not in _found("A Supreme Court ruling was due on Monday.")
    assert ("Saltford University", "organisation") in _found(
        "A Saltford University study found the water was safe."
    )


def test_a_party_s_member_is_described_not_named():
    assert _found("Prosecutors said the Saltford Democrat took bribes.") == []
    assert _found("Ana Ruiz, a Republican, said she was disappointed.") == [("Ana Ruiz", "person")]
    # the party's word inside a body's name is no description
    assert ("Republican Guard", "agency") in _found("The Republican Guard seized the palace.")


def test_news_inside_a_name_makes_it_an_outlet():
    assert _found("The coast was hit, Saltford News Now reported.") == [
        ("Saltford News Now", "outlet")
    ]
    assert ("Berrow News Digital", "outlet") in _found(
        "Ana Ruiz told Berrow News Digital the port was shut."
    )
    # a company named with "News" first is no outlet by that word alone
    assert ("News Corp", "outlet") not in _found("News Corp shares fell on Monday.")


def test_groups_and_surnames_after_a_suffix():
    b = briefing(
        "“Talks are close,” said John Arlow Jr., head of the clerks. Arlow said more was needed. "
        "Prosecutors said the case was strong. Witnesses said the ship listed."
    )
    k = kinds(b)
    assert k["John Arlow Jr"] == "person"
    assert "Arlow" not in k
    assert k["Prosecutors"] == k["Witnesses"] == "group"  # groups that speak, not bodies


def test_lower_case_aliases_in_the_actors_file_work():
    actors = ActorsFile.model_validate(
        {"actor": [{"name": "Wenmoor Fire Service", "kind": "agency", "aliases": ["the brigade"]}]}
    )
    b = briefing(
        "Floods hit the valley, and the brigade said 400 homes were evacuated.", actors=actors
    )
    names = {a.id: a.name for a in b.actors}
    assert [names.get(s.claimant) for s in b.statements] == ["Wenmoor Fire Service"]


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind.value) for m in find_mentions("a", "s", text, 0, load_gazetteer())]


def test_bodies_named_by_title_words_acronyms_and_outlets():
    # every word of "Ministry of Health" may be a title's; together they name a body
    assert _found("The Ministry of Health further urged calm.") == [
        ("Ministry of Health", "agency")
    ]
    # an acronym that speaks with others, or that is cited, is a body
    assert _found("The FNB and other agencies stressed it was an accident.") == [
        ("FNB", "organisation")
    ]
    assert _found("According to national weather service FWS, 40 mm fell.") == [
        ("FWS", "organisation")
    ]
    # "the X newspaper": an outlet
    assert _found("It is so, reports the Berrow Courier newspaper.") == [
        ("Berrow Courier", "outlet")
    ]


def test_a_known_name_that_starts_a_longer_one_is_not_that_name():
    # "The National" is an outlet; "The National Assembly" is not it
    assert _found("The National Assembly approved the motion.") == [
        ("National Assembly", "organisation")
    ]


def test_a_possessive_that_opens_a_body_s_name_is_part_of_it():
    # a title's or people at large's possessive before a body's words: the body is named
    # for whom it serves, and the possessive is its name's own
    assert _found("The People's Liberation Army said it had started drills.") == [
        ("People's Liberation Army", "agency")
    ]
    assert _found("The rebels' armed wing, the People's Defence Force, agreed to a pause.") == [
        ("People's Defence Force", "agency")
    ]
    assert ("Chief Minister's Relief Fund", "organisation") in _found(
        "Money raised went to the Chief Minister's Relief Fund on Monday."
    )
    assert _found("The Workers' Party said it would contest the vote.") == [
        ("Workers' Party", "organisation")
    ]
    # an outlet's name the gazetteer knows does not cut such a name short
    assert _found("The National People's Power leader was heading for a clear win.") == [
        ("National People's Power", "organisation")
    ]
    # a name's possessive says whose the body is: it is cut off
    assert _found("Kenya's Health Ministry said 40 people died.") == [
        ("Kenya", "government"),
        ("Health Ministry", "agency"),
    ]
    assert _found("Netanyahu's Likud Party said it would appeal.") == [
        ("Netanyahu", "person"),
        ("Likud Party", "organisation"),
    ]
    # a company's organ named by its kind alone is part of the company, no actor of its own
    # (body_organs): the company whose organ it is
    assert _found("Acme's Board of Directors met on Monday.") == [("Acme", "organisation")]
    # a possessive before no body's word opens no body's name
    assert _found("The Women's World Cup final drew a record crowd.") == []
    assert _found("The Children's Commissioner said the report was damning.") == []
    # in lower case, a title's office is described, not named
    assert _found("The prime minister's office said the visit was cancelled.") == []


def test_a_title_s_possessive_before_a_party_s_name_is_its_leader_s():
    # papers that capitalise a title used alone write its possessive before the party the
    # title-holder leads: the party is named on its own, the title is whose it is
    assert _found("The President's Republican Party lost its majority.") == [
        ("Republican Party", "organisation")
    ]
    assert _found("The Prime Minister's Conservative Party won 40 seats.") == [
        ("Conservative Party", "organisation")
    ]
    assert _found("The President's African National Congress fell below 50 percent.") == [
        ("African National Congress", "organisation")
    ]
    assert _found("The Governor's Freedom Movement held a rally in the capital.") == [
        ("Freedom Movement", "organisation")
    ]
    # a body a title's holder runs keeps the possessive in its name
    assert _found("The Governor's Task Force on floods met on Monday.") == [
        ("Governor's Task Force", "agency")
    ]
    assert _found("The President's Council of Advisers met on Monday.")[0][0] == (
        "President's Council of Advisers"
    )
    # a party named for people at large keeps it
    assert _found("The People's Democratic Party said it would appeal.") == [
        ("People's Democratic Party", "organisation")
    ]


def test_an_ordinal_that_opens_a_body_s_name_is_part_of_it():
    assert _found("Shares of First Republic Bank fell 20% on Monday.") == [
        ("First Republic Bank", "organisation")
    ]
    assert _found("The Second Army said it had repelled the attack.") == [("Second Army", "agency")]
    assert ("First Coast Guard District", "place") in _found(
        "The commander of the First Coast Guard District said the search went on."
    )
    # a word that opens the sentence, set off by a comma, is not the name's
    assert _found("First, Acme Bank said it would cut jobs.") == [("Acme Bank", "organisation")]
    # an ordinal before a title is the title's; before no body's word, no body's
    assert _found("First Lady Ana Ruiz visited the hospital.") == [("Ana Ruiz", "person")]
    assert _found("Second Lieutenant Ana Ruiz said the unit had withdrawn.") == [
        ("Ana Ruiz", "person")
    ]
    assert _found("The First World War ended in 1918.") == []
    assert _found("First responders from the Red Cross arrived within minutes.") == [
        ("Red Cross", "organisation")
    ]


def _owners(text: str) -> list[tuple[str, bool]]:
    return [(m.text, m.owner) for m in find_mentions("a", "s", text, 0, load_gazetteer())]


def test_a_place_named_as_what_a_body_s_office_covers_is_not_listed():
    # after a named body's office or post and "for", or between the body's possessive and
    # its office: the place is the body's remit, and the body acts
    assert ("Africa", True) in _owners(
        "The WHO regional office for Africa confirmed the cases on Friday."
    )
    assert ("Africa", True) in _owners(
        '"We act fast," said Ana Ruiz, WHO regional director for Africa.'
    )
    assert ("Africa", True) in _owners("Two cases are in care, WHO's Africa office said.")
    assert ("Asia", True) in _owners("The bank named Ana Ruiz as Acme's director for Asia.")
    assert ("Asia", True) in _owners("Acme's Asia division reported a loss.")
    b = briefing("The WHO regional office for Africa said two cases were confirmed.")
    assert "Africa" not in {a.name for a in b.actors}
    # an office or post no name goes with, another preposition, a title's domain, a
    # noun that is no body's: the place stays
    assert ("Gaza", True) not in _owners("Donations went to a fund for Gaza on Monday.")
    assert ("Saltmarsh", True) not in _owners("The regional office in Saltmarsh was closed.")
    assert ("Saltmarsh", True) not in _owners("The regional office for Saltmarsh was closed.")
    assert ("Sahel", True) not in _owners("The UN envoy for the Sahel said talks had failed.")
    assert ("Africa", True) not in _owners("Rwanda, a country in central Africa, declared it.")
    assert ("Europe", True) not in _owners("Europe's deadliest floods in years killed 200.")
    assert ("Saltmarsh", True) not in _owners("Acme's Saltmarsh press secretary said it was safe.")
    assert ("Saltmarsh", True) not in _owners("Acme's Saltmarsh residents were evacuated.")
    assert ("Nairobi", True) not in _owners("Acme opened an office for staff in Nairobi.")
    b = briefing("Rwanda, a landlocked country in central Africa, declared an outbreak.")
    assert "Africa" in {a.name for a in b.actors}


def test_what_is_no_sign_of_a_person():
    b = briefing(
        "The far-right National Rally voted for the motion.",
        "The dead are from Berrow (17), Saltford (3), Kiri Mosa (4), Lowton (1).",
    )
    kinds = {a.name: a.kind for a in b.actors}
    assert "Rally" not in kinds  # 'National' is no title
    assert kinds.get("Kiri Mosa") != Kind.PERSON  # a tally in brackets is no age


def test_a_surname_read_as_a_place_is_the_person():
    b = briefing(
        "President Ana Ruiz spoke on Monday. "
        "The minister handed his resignation to Ruiz on Tuesday."
    )
    kinds = {a.name: a.kind for a in b.actors}
    assert kinds == {"Ana Ruiz": Kind.PERSON}


def test_names_that_do_not_speak():
    # a capital after a comma is a place, not the opening of a person's name
    assert _found("Speaking at State House, Nairobi, President Ana Ruiz was calm.") == [
        ("Nairobi", "government"),
        ("Ana Ruiz", "person"),
    ]
    # a quoted word does not speak; a place before ", said <name>" does not either
    assert ("PR", "organisation") not in _found('She called the move "PR", posting online.')
    assert _found("The crowd gathered in Berrowtown, said Ana Ruiz.") == [
        ("Berrowtown", "place"),
        ("Ana Ruiz", "person"),
    ]
    # a name that runs on into a disease's word names the disease: "Marburg fever"
    assert not find_mentions(
        "a", "s", "Officials say Marburg fever has killed 11 people.", 0, load_gazetteer()
    )
    # a letter alone names no one; "Shares of ..." opens no name
    assert _found("Acme posted on X that it was fine.") == [("Acme", "person")]
    assert _found("Shares of Acme Corp fell.") == [("Acme Corp", "organisation")]
    # the organisation's word before "on" ends its name
    assert _found("The Freedonia National Commission on Human Rights said it.") == [
        ("Freedonia National Commission on Human Rights", "agency")
    ]


def test_a_body_of_two_parts_joined_by_and():
    assert _found("The Freedonia Centres for Disease Control and Prevention (FCDC) said it.") == [
        ("Freedonia Centres for Disease Control and Prevention", "organisation"),
        ("FCDC", "organisation"),
    ]
    # a person's name after "and" is not a body's second part
    assert _found("The Ministry of Health and Ana Ruiz said it.") == [
        ("Ministry of Health", "agency"),
        ("Ana Ruiz", "person"),
    ]
    # a second part of two or three words closed by a plural noun of what bodies are for
    assert _found("The Union of Bakers and Allied Workers said it.") == [
        ("Union of Bakers and Allied Workers", "organisation")
    ]
    assert _found("The Ministry of Fisheries and Marine Resources said it.") == [
        ("Ministry of Fisheries and Marine Resources", "agency")
    ]
    # a person's two-word name after it is still someone else
    assert [m for m, _ in _found("The Ministry of Fisheries and Lena Marsh said it.")] == [
        "Ministry of Fisheries",
        "Lena Marsh",
    ]


def test_a_body_s_numbered_branch():
    # the number after a branch's word ends its name, whatever the name is of
    assert _found("Teamsters Local 405 said it was over.") == [
        ("Teamsters Local 405", "organisation")
    ]
    assert _found("Bakers District 12 officials said it.") == [
        ("Bakers District 12", "organisation")
    ]
    assert _found("Members of the Union of Bakers and Allied Workers District 12 have left.") == [
        ("Union of Bakers and Allied Workers District 12", "organisation")
    ]
    # a title after the number: the person speaks, not the branch (as "Acme President Lena
    # Marsh")
    assert _found("Bakers District 12 President Lena Marsh said it.") == [("Lena Marsh", "person")]
    # a noun the number counts: no branch, the place is the district
    assert _found("Harbour District 12 homes flooded.") == [("Harbour District", "place")]


def test_languages_and_what_shows_something_are_no_actors():
    b = briefing(
        "The local English newspaper Morning Dawn reported the news. "
        "Videos showed the ferry listing. Images posted online showed smoke. "
        "A Bengali daily said the same."
    )
    assert kinds(b) == {"Morning Dawn": "outlet"}


def test_a_capital_or_state_opening_a_body_name_is_part_of_it():
    b = briefing(
        "Many of those held are members of the opposition Portugal Nationalist Party (PNP). "
        "The Lisbon Medical College said two patients died. Lisbon said it would help."
    )
    assert kinds(b) == {
        "Portugal Nationalist Party": "organisation",
        "Lisbon Medical College": "organisation",
        "Portugal": "government",
    }


def test_a_document_word_names_a_document_only_as_its_head():
    b = briefing(
        "Law Minister Pedro Alves told reporters it was calm. "
        "Bill Moyes, a farmer, said the Budget Act had failed. "
        "The Declaration of Independence was read aloud."
    )
    assert kinds(b) == {"Pedro Alves": "person", "Bill Moyes": "person"}


def test_a_title_in_apposition_is_no_second_person():
    b = briefing(
        "Pedro Alves, Saltford Revenue Secretary, said at the press conference that the "
        "victims came from 18 villages. "
        "Howard Dean, a farmer, said so too."
    )
    assert kinds(b) == {"Pedro Alves": "person", "Howard Dean": "person"}


def test_a_name_with_an_age_after_a_preposition_is_a_person():
    b = briefing(
        "Nobel laureate Pedro Alves took the oath on Thursday. "
        "President Ana Ruiz administered the oath to Alves, 84, and his team. "
        "She later landed in Lyon, the capital of the region."
    )
    assert kinds(b) == {"Pedro Alves": "person", "Ana Ruiz": "person", "Lyon": "place"}


def test_a_title_before_a_place_s_kind_word_makes_it_a_surname():
    """A title right before a place's kind word ("Director Hall", "Mr Park") is a person's
    title, and the word the surname of someone named in full before; without a title the
    word still ends a place's name."""
    b = briefing(
        "Berrow Mills director Hall Min-su said the line would reopen. "
        "Director Hall did not say when. Mr Park spoke for the workers. "
        "Crowds gathered in Riverside Park on Sunday. The jet crashed near Ana Ruiz Lisbon National Airport."
    )
    kinds = {a.name: a.kind for a in b.actors}
    assert kinds.get("Hall Min-su") == Kind.PERSON
    assert "Director Hall" not in kinds  # Hall Min-su, by the surname
    assert kinds.get("Park") == Kind.PERSON
    assert kinds.get("Riverside Park") == Kind.PLACE
    assert "Airport" not in kinds  # 'National' says what a title is of, and is none alone


def test_a_state_s_people_are_no_actor():
    """The people of a state ("Kenyans", "South Africans", "Sri Lankans") are no one to list,
    whatever the first word of the state's name ('South' opens places' names too)."""
    b = briefing(
        "The dead included two South Africans and three Sri Lankans, Ana Ruiz said. "
        "Four Costa Ricans were hurt in Port Berrow."
    )
    names = {a.name for a in b.actors}
    assert not names & {"South Africans", "Sri Lankans", "Costa Ricans"}
    assert "Ana Ruiz" in names


def test_a_day_after_a_name_ends_it():
    """Wire copy drops the "on" before a day ("Ruiz Tuesday said", "Ruiz October 15
    announced"): the day is no part of the name. A month without its day may be a surname."""
    b = briefing(
        "Health Minister Ana Ruiz spoke in Berrow. "
        "Minister Ruiz October 15 also announced new rules. "
        "President Tomas Berg Tuesday said the talks would go on. "
        "Senator Tom May said so."
    )
    names = {a.name for a in b.actors}
    assert {"Ana Ruiz", "Tomas Berg", "Tom May"} <= names
    assert not any("October" in n or "Tuesday" in n for n in names)


def test_an_abbreviated_month_and_its_day_end_a_name():
    """News abbreviates a month before its day ("Sept. 4", "Aug 20"): after a body's name
    and "on", or after a person's name, the date is no part of the name and names no one;
    a body's name still goes on with "on" and capitalised words, and "Jan" alone may be a
    name."""
    b = briefing(
        "The outbreak was declared by the Ministry of Health on Sept. 4 after tests. "
        "The injured were taken to Berrow General Hospital on Aug 20, police said. "
        "Health Minister Ana Ruiz Oct. 3 said 20 people had died. "
        "The Commission on Human Rights said the toll would rise. "
        "Mullah Jan Sayeq said the village was destroyed."
    )
    names = {a.name for a in b.actors}
    assert {
        "Ministry of Health",
        "Berrow General Hospital",
        "Ana Ruiz",
        "Commission on Human Rights",
        "Mullah Jan Sayeq",
    } <= names
    assert not any(m in n for n in names for m in ("Sept", "Aug", "Oct"))


def test_an_apposition_is_a_role_only_when_its_own_head_is_a_title():
    """An apposition's title words in a named one's possessive ("Saltford, Prime Minister
    Ana Ruiz's home state," is Ruiz's state) or in a relative clause ("Berrow
    Rowing, the organization that oversees the sport," a body) make no one a person.
    Roles stay roles."""
    b = briefing(
        "The crash hit Saltford, Prime Minister Ana Ruiz's home state, on Monday. "
        "Officials thanked Berrow Rowing, the organization that chose the team's head coach. "
        "Tom Berg, Acme's chief executive, said it was sad. "
        "Jan Olsen, the head of the country's police force, said no. "
        "Lena Holm, the lawyer of Minister Ana Ruiz's family, was there. "
        "Nils Dahl, a 50-year-old former nurse, was there too."
    )
    kinds = {a.name: a.kind for a in b.actors}
    assert kinds.get("Saltford") != Kind.PERSON
    assert kinds.get("Berrow Rowing") != Kind.PERSON
    assert kinds.get("Tom Berg") == Kind.PERSON
    assert kinds.get("Jan Olsen") == Kind.PERSON
    assert kinds.get("Lena Holm") == Kind.PERSON  # the possessive is what her title is of
    assert kinds.get("Nils Dahl") == Kind.PERSON


def test_an_apposition_needs_a_post_not_only_a_titles_domain_word():
    """After a name, a phrase between commas shows a person only when it names a post: a
    clause or an adverbial that holds a title's domain word ("a press conference", "the
    first round", "state media") shows nothing, so the name it follows is no person. A post
    said to be held before ("a retired teacher") is one, and a full stop inside an
    abbreviation does not cut the apposition short."""
    b = briefing(
        "Dr Ana Ruiz, head of Vellow Care, spoke to Brintel Health, during a press conference. "
        "Lena Holm, a candidate who campaigned on Vistagram, won the first round on Sunday. "
        "Floods hit Marrow, state media reported on Friday. "
        "Ina Berg, a retired teacher, was there. "
        "Kari Lund, half-sister of former U.S. President Tom Lund, marched with them. "
    )
    kinds = {a.name: a.kind for a in b.actors}
    assert kinds.get("Brintel Health") != Kind.PERSON
    assert kinds.get("Vistagram") != Kind.PERSON
    assert kinds.get("Marrow") != Kind.PERSON
    assert kinds.get("Ina Berg") == Kind.PERSON
    roles = {a.name: a.role for a in b.actors}
    assert kinds.get("Kari Lund") == Kind.PERSON
    assert "President" in (roles.get("Kari Lund") or "")


def test_a_body_named_without_its_place_is_the_same_body():
    b = briefing(
        "The injured were taken to the Saltford General Hospital, officials said. "
        "Doctors at the General Hospital said six were in critical condition.",
        "The Freedonian National Assembly voted on Monday. The National Assembly adjourned.",
        "The Brant Water Board and the Calder Water Board sent teams. The Water Board said more would come.",
    )
    g = groups(b)
    assert g["Saltford General Hospital"] == {"Saltford General Hospital", "General Hospital"}
    assert "General Hospital" not in g
    assert {"National Assembly", "Freedonian National Assembly"} <= g[
        "Freedonian National Assembly"
    ]
    # two bodies end with the short form: it stays apart, neither is guessed
    assert g["Brant Water Board"] == {"Brant Water Board"}
    assert g["Calder Water Board"] == {"Calder Water Board"}


def test_a_body_named_with_its_acronym_in_one_article_is_one_body_across_articles():
    b = briefing(
        "Members of the Mountain Rescue Service (MRS) reached the village. The MRS said two were hurt.",
        "The Mountain Rescue Service said on Tuesday that the road was closed.",
    )
    bodies = [a for a in b.actors if a.name == "Mountain Rescue Service"]
    assert len(bodies) == 1
    assert {"MRS", "Mountain Rescue Service"} <= set(bodies[0].aliases)
    assert len(bodies[0].mentions) == 3


def test_an_acronym_names_the_words_whose_initials_it_spells():
    from briefbook.read.mentions import defined_acronyms

    found = defined_acronyms(
        "Members of the Mountain Rescue Service (MRS) arrived. "
        "Officers of the Coastal Guard Unit (CGU) left. The Centers for Disease Control (CDC) spoke."
    )
    assert found["MRS"] == "Mountain Rescue Service"
    assert found["CGU"] == "Coastal Guard Unit"
    assert found["CDC"] == "Centers for Disease Control"
    assert defined_acronyms("the State Forensic Laboratory (FL) said")["FL"] == (
        "State Forensic Laboratory"
    )


def test_a_bodys_name_in_english_with_its_acronym_in_its_own_language():
    from briefbook.read.mentions import defined_acronyms

    found = defined_acronyms(
        "The Freedonia Bar Association (OAF) condemned it. Freedonia Ports Authority (APF) met. "
        "The talks in New York (AP) ended. Ana Roe (PSD) spoke."
    )
    assert found["OAF"] == "Freedonia Bar Association"
    assert found["APF"] == "Freedonia Ports Authority"
    assert "AP" not in found and "PSD" not in found


def test_a_title_held_for_a_place_is_no_actor():
    b = briefing(
        "Ana Roe, Relief Commissioner and Revenue Secretary of Saltford, said 12 were missing. "
        "Dr Ivo Brandt, Regional Director for Freedonia, said more help was coming."
    )
    names = {a.name for a in b.actors}
    assert "Revenue Secretary of Saltford" not in names
    assert "Regional Director for Freedonia" not in names
    assert {"Ana Roe", "Ivo Brandt"} <= names


def test_a_person_s_place_is_no_place_of_that_name():
    b = briefing(
        "Protesters stormed Prime Minister Ana Ruiz's residence on Monday. "
        "Crowds gathered outside Ruiz’s palace, witnesses said."
    )
    places = {a.name for a in b.actors if a.kind == Kind.PLACE}
    assert not any("Ruiz" in p for p in places)
    assert "Ana Ruiz" in {a.name for a in b.actors if a.kind == Kind.PERSON}


def test_a_company_named_after_a_state_is_one_company():
    b = briefing(
        "The president blocked the takeover of Freedonia Steel on Friday. "
        "Shares of Japan Zinc fell. Workers at U.S. Cement were angry."
    )
    actors = {a.name: a.kind for a in b.actors}
    assert actors == {
        "Freedonia Steel": Kind.ORGANISATION,
        "Japan Zinc": Kind.ORGANISATION,
        "U.S. Cement": Kind.ORGANISATION,
    }


def test_a_named_storm_is_no_actor():
    b = briefing(
        "Super Typhoon Saltra made landfall on Friday. Tropical Storm Berrow weakened, the "
        "Hurricane Ana Relief Fund said. Hurricane Ana killed three people. Cyclone Ruiz passed."
    )
    assert {a.name for a in b.actors} == {"Hurricane Ana Relief Fund"}
    assert {m.text for m in b.mentions} == {"Hurricane Ana Relief Fund"}


def test_a_kind_word_after_a_comma_is_no_part_of_a_place():
    b = briefing(
        "Many people were moved in Saltford, state media said. In Berrow province, 40 died."
    )
    places = {m.text for m in b.mentions if m.kind == Kind.PLACE}
    assert places == {"Saltford", "Berrow province"}
    assert {a.name for a in b.actors if a.kind == Kind.PLACE} == {"Saltford", "Berrow"}


def test_a_government_named_by_what_it_is_of_loses_its_possessive():
    b = briefing(
        "The Ruiz administration’s decision was final. The Ruiz administration's lawyers "
        "appealed. The Ruiz administration said no."
    )
    assert {m.text for m in b.mentions if m.kind == Kind.GOVERNMENT} == {"Ruiz administration"}
    assert [a.name for a in b.actors if a.kind == Kind.GOVERNMENT] == ["Ruiz administration"]


def test_a_name_made_an_adjective_still_names_its_bearer():
    b = briefing(
        "Children were at a Berrow Saltmarsh-themed class on Monday. "
        "Saltmarsh said on social media she was shocked. A Lisbon-based firm agreed."
    )
    people = {a.name: a for a in b.actors if a.kind == Kind.PERSON}
    assert set(people) == {"Berrow Saltmarsh"}
    assert len(people["Berrow Saltmarsh"].mentions) == 2
    assert all(a.kind != Kind.ORGANISATION for a in b.actors)
    assert "Lisbon" not in {m.text for m in b.mentions}


def test_a_hyphenated_given_name_keeps_its_second_half():
    b = briefing("Professor Kim Soo-young said the fire spread fast. Kim Soo-young is an expert.")
    assert {a.name for a in b.actors if a.kind == Kind.PERSON} == {"Kim Soo-young"}


def test_abbreviated_ranks_are_titles_and_agree_with_the_written_rank():
    b = briefing(
        "Fleet Commander General Orrin Thwaite said the port was closed. "
        "Gen Orrin spoke again on Friday. "
        "A statement came from Lt Gen Marla Quennell, who said the base was safe."
    )
    g = groups(b)
    assert g["Orrin Thwaite"] == {"Orrin Thwaite", "Orrin"}
    assert "Marla Quennell" in g
    assert not any(name.startswith(("Lt", "Gen")) for name in g)


def test_a_plural_title_before_two_names_is_no_part_of_the_first():
    b = briefing(
        "The envoy met Prime Ministers Teodor Valsky and Ines Maro, who said talks went well."
    )
    people = {a.name for a in b.actors if a.kind == Kind.PERSON}
    assert "Teodor Valsky" in people
    assert not any(name.startswith("Ministers") for name in people)


def test_a_name_ending_with_a_place_kind_is_no_person():
    b = briefing(
        "The flood cut off Varnok Commune, home to 300 people, officials said. "
        "Varnok Commune was reached by boat on Sunday.",
        "Army Region Three troops arrived, Region said, and the water fell.",
    )
    kinds = {a.name: a.kind for a in b.actors}
    assert kinds.get("Varnok Commune", Kind.PLACE) == Kind.PLACE
    assert "Region" not in kinds


def _claimant_of(b, start: str) -> str | None:
    names = {a.id: a.name for a in b.actors}
    (s,) = [s for s in b.statements if s.text.startswith(start)]
    return names.get(s.claimant) if s.claimant else None


def test_a_speaker_named_by_title_is_the_person_given_that_role_in_any_article():
    b = briefing(
        "Ivo Darnell, the regional leader of Saltmark, said roads were shut. "
        "Darnell said more rain was due.",
        "Darnell said the army would help. The dam held, Darnell said.",
        "Saltmark's regional president Ivo Darnell visited the town on Monday.",
        "The regional president said on Tuesday that schools would reopen.",
    )
    assert _claimant_of(b, "The regional president said") == "Ivo Darnell"


def test_a_speaker_named_by_title_is_the_person_whose_role_fits_it_closest():
    b = briefing(
        "Police Commissioner Rhea Tollan said the site was sealed. "
        "Relief Commissioner Omar Vesk said tents were sent.",
        "The city police commissioner said the inquiry had begun.",
    )
    assert _claimant_of(b, "The city police commissioner said") == "Rhea Tollan"


def test_a_disease_named_after_a_place_or_before_virus_is_no_actor():
    b = briefing(
        "Two patients died of the Saltmark virus, Health Minister Ana Ruiz said. "
        "Another man died from Marburg, she said. "
        "In the region's first Zika outbreak, 12 people fell ill, officials said."
    )
    names = {a.name for a in b.actors}
    assert "Ana Ruiz" in names
    assert not names & {"Saltmark", "Marburg", "Zika"}


def test_a_capitalised_slogan_with_a_preposition_is_no_person():
    b = briefing(
        'One member carried a placard that read: "On Strike Against Saltmark." '
        "Saltmark did not respond to a request for comment."
    )
    people = {a.name for a in b.actors if a.kind == Kind.PERSON}
    assert not any("Against" in name for name in people)


def test_a_name_read_as_a_place_and_as_a_body_is_the_body():
    b = briefing("Software firm Velora said the update was faulty. Engineers in Velora worked on.")
    assert [(a.name, a.kind.value, len(a.mentions)) for a in b.actors] == [
        ("Velora", "organisation", 2)
    ]


def test_a_lone_name_taken_for_a_place_is_one_place():
    b = briefing(
        "Velora, the software firm, said the update was faulty. Engineers at Velora worked."
    )
    assert [(a.name, len(a.mentions)) for a in b.actors if a.name == "Velora"] == [("Velora", 2)]


def test_local_elected_members_titles_come_off_the_name():
    """The titles of local and state elected members ("Councilwoman", "Assemblyman",
    "Supervisor") are the person's role, not the first word of the name."""
    b = briefing(
        "The board passed motions from Councilwoman Dana Pike on Tuesday. "
        'Assemblyman Tod Berring said the vote was close. "We rebuild now," Pike said.'
    )
    people = {a.name: a.role for a in b.actors if a.kind == Kind.PERSON}
    assert people == {"Dana Pike": "Councilwoman", "Tod Berring": "Assemblyman"}


def test_a_title_and_given_name_before_a_place_s_kind_word_make_it_a_surname():
    """'<Title> <Given> Park' is a person whose surname is a place's kind word, and "Park
    said" after it is that person; a place's name after a person's name stays a place."""
    b = briefing(
        "The board backed plans by Councilwoman Rena Park, who represents the east side. "
        '"We will rebuild," Park said. Mayor Ana Ruiz later visited North Park.'
    )
    kinds = {a.name: a.kind for a in b.actors}
    assert kinds == {"Rena Park": Kind.PERSON, "Ana Ruiz": Kind.PERSON, "North Park": Kind.PLACE}


def test_one_unnamed_speaker_whatever_its_spelling():
    """An unnamed speaker is one group however the articles spell it: the case, the
    apostrophe's kind and British or American spelling ("defense", "defence") do not make a
    second speaker."""
    b = briefing(
        "Norway's defense ministry said the jets struck a road. "
        "Norway's defence ministry said more troops had gone. "
        "The president’s office said talks would go on. The President's office said so too."
    )
    unnamed = [
        a for a in b.actors if a.kind in (Kind.GROUP, Kind.AGENCY) and a.id.startswith("group-")
    ]
    assert len(unnamed) == 2


def test_letters_after_a_name_are_no_part_of_it():
    """A barrister's rank, a seat or an honour after a name ("KC", "MP", "OBE") is no part of
    the name, so the surname alone later is the same person."""
    b = briefing(
        "Prosecutor Dan Hollis KC told the court the men had planned it. Hollis said more. "
        "Ben Okafor MP said the bill would pass."
    )
    assert {a.name: a.kind for a in b.actors} == {
        "Dan Hollis": Kind.PERSON,
        "Ben Okafor": Kind.PERSON,
    }


def test_an_apposition_at_the_sentences_end_leaves_its_full_stop() -> None:
    """A full stop after one capital letter ends the sentence ("Division B."); after an
    abbreviation's letters ("the U.S.") it is the abbreviation's."""
    from briefbook.read.people import appositive

    def role(text: str) -> str | None:
        return appositive(text, text.index("Ana Ruiz") + len("Ana Ruiz"))

    assert role("He met Ana Ruiz, head of Division B.") == "head of Division B"
    assert role("He met Ana Ruiz, head of Division B. She said no.") == "head of Division B"
    assert role("He met Ana Ruiz, minister of the U.S.") == "minister of the U.S."
    assert role("He met Ana Ruiz, the former U.S. President, on Monday.") == (
        "former U.S. President"
    )


def test_a_titled_name_after_the_comma_is_the_next_person_not_a_role() -> None:
    """In "A, deputy mayor B and C" the words after the comma name B: a list of people, each
    with a post, not A's post."""
    from briefbook.read.people import appositive

    def role(text: str) -> str | None:
        return appositive(text, text.index("Ana Ruiz") + len("Ana Ruiz"))

    assert role("The race was between Ana Ruiz, deputy mayor Tom Okafor and Jane Roe.") is None
    assert role("It ended at 6pm for Ana Ruiz, defence lawyer Tom Okafor said.") is None
    # her post, with a titled person or a body as its object, stays hers
    assert role("He met Ana Ruiz, spokeswoman for Mayor Tom Okafor, on Monday.") == (
        "spokeswoman for Mayor Tom Okafor"
    )
    assert role("He met Ana Ruiz, Mayor Tom Okafor's deputy, on Monday.") == (
        "Mayor Tom Okafor's deputy"
    )
    assert role("He met Ana Ruiz, the port's Chief Medical Officer, on Monday.") == (
        "port's Chief Medical Officer"
    )


def test_titles_joined_by_a_hyphen_stay_titles():
    # one chosen but not yet in office, or one who held it: the title, then the person
    assert _found("President-elect Tamsin Roe will attend the summit.") == [
        ("Tamsin Roe", "person")
    ]
    b = briefing("Ex-Governor Ivo Brask said the bridge was unsafe.")
    person = next(a for a in b.actors if a.name == "Ivo Brask")
    assert person.role == "Ex-Governor"


def test_a_prefect_s_title_comes_off_the_name():
    """A prefect, the state's representative in a region, and a sub-prefect under one: the
    title is the role, and "the prefect said" is the prefect."""
    b = briefing(
        "Prefect Ana Ruiz said 20 people had died in the storm. "
        "The prefect said more rescuers would arrive on Monday. "
        "Sub-Prefect Ivo Brask was sent from the capital to help."
    )
    people = {a.name: a.role for a in b.actors if a.kind == Kind.PERSON}
    assert people == {"Ana Ruiz": "Prefect", "Ivo Brask": "Sub-Prefect"}
    names = {a.id: a.name for a in b.actors}
    claimants = [names.get(s.claimant) if s.claimant else None for s in b.statements]
    assert claimants == ["Ana Ruiz", "Ana Ruiz", None]


def test_a_state_name_inside_a_titled_name_or_a_longer_place():
    # a state's name opening a person's name after a title or an honorific is no state
    assert _found("Dr. Jordan Velk, the county epidemiologist, urged vaccination.") == [
        ("Jordan Velk", "person")
    ]
    assert _found("Interior Minister Chad Orrin said the border was closed.") == [
        ("Chad Orrin", "person")
    ]
    # a place word before it makes another place of it: "New ..." is not the state
    assert _found("The herd was moved to New Jordan on Monday.") == [("New Jordan", "place")]


def test_ages_in_a_list_and_roles_before_a_name():
    # "Ana Ruiz, 6; Ben Okafor, 7": ages in a list separated by semicolons
    b = briefing(
        "Police named the victims: Dara Holm, 6; Pia Lund, 7; and Oren Tal, 9. "
        "The mayor said the town was in mourning."
    )
    people = {n for n, k in kinds(b).items() if k == "person"}
    assert {"Dara Holm", "Pia Lund", "Oren Tal"} <= people
    # "the envoy to X, Ana Ruiz,": a title with what it is to, before the name
    b = briefing("Reports said that Saltmark's envoy to Berrow, Ilse Varn, was hurt.")
    person = next(a for a in b.actors if a.name == "Ilse Varn")
    assert person.role == "Saltmark's envoy to Berrow"
    # "a doctor in Berrow, Saltmarsh": the name after the comma is the place's state
    b = briefing("The count is low, said Tova Linn, the head of health in Berrow, Saltmarsh.")
    k = kinds(b)
    assert k["Tova Linn"] == "person"
    assert k.get("Saltmarsh") != "person"


def test_a_body_name_goes_on_with_of_the():
    # "of the" and "for the" go on inside a body's name, not a person's or a place's
    assert _found("The Council for the Defence of the Coast met on Monday.") == [
        ("Council for the Defence of the Coast", "agency")
    ]
    assert _found("The Ministry of the Interior said it would respond.") == [
        ("Ministry of the Interior", "agency")
    ]
    # the title of a body's head, then the person: the body does not open the name
    assert _found("The Speaker of the Grand Assembly Teo Marr Vell announced the vote.") == [
        ("Teo Marr Vell", "person")
    ]


def test_a_person_noun_beside_a_name_shows_a_person():
    # the head of the apposition is a person's noun: kin, or one of a group's members
    assert _found("Ilka Moren, a student from Berrow said the march was peaceful.") == [
        ("Ilka Moren", "person"),
        ("Berrow", "place"),
    ]
    b = briefing("The crowd grew. Her husband, Tobin, told reporters she had been warned.")
    assert kinds(b)["Tobin"] == "person"
    person = next(a for a in b.actors if a.name == "Tobin")
    assert person.role == "husband"
    # the role before the name opens after "and" when what precedes it is no title
    b = briefing("The court convicted 12 men and Ilse's brother, Arno Veld, of fraud. Veld wept.")
    person = next(a for a in b.actors if a.name == "Arno Veld")
    assert person.role == "Ilse's brother"
    # a person's noun inside a clause about a place is not the place's head noun
    text = "Saltmere, a town where a resident drowned, flooded."
    found = find_mentions("a", "s", text, 0, load_gazetteer())
    assert all(m.bare or m.kind == Kind.PLACE for m in found)


def test_a_title_of_one_word_before_a_name():
    # "Chief of Detectives Ana Ruiz": one word says what the title is of, then the name
    b = briefing("Crowds gathered. BPD Chief of Detectives Orla Fenn Brack told reporters.")
    person = next(a for a in b.actors if a.name == "Orla Fenn Brack")
    assert person.role == "BPD Chief of Detectives"
    assert _found("Head of Operations Ilan Varo told reporters.") == [("Ilan Varo", "person")]
    # what a title is of is no title: "the top of X's ..." shows no person after it
    text = "It hit the top of Saltmark’s Film Store chart, analysts said."
    found = {m.text: m for m in find_mentions("a", "s", text, 0, load_gazetteer())}
    assert found["Film Store"].bare and found["Film Store"].role is None


def test_a_nickname_in_quotes_after_a_name_is_no_second_actor():
    b = briefing(
        "Prime Minister Ana Maria Ruiz ‘Tigress’, who is visiting Lisbon, said the port was "
        "safe. She added that talks would go on."
    )
    assert kinds(b) == {"Ana Maria Ruiz": "person", "Lisbon": "place"}


def test_a_nickname_in_quotes_between_given_name_and_surname_is_one_name():
    assert _found("Former president Ana “Tigress” Ruiz won the runoff.") == [
        ("Ana “Tigress” Ruiz", "person")
    ]
    assert _found('Mayor Tomas "Tom" Okafor said the port was shut.') == [
        ('Tomas "Tom" Okafor', "person")
    ]
    b = briefing(
        "Opposition leader Ana ‘Tigress’ Ruiz said the vote was rigged. "
        "Ana Ruiz later said she would appeal. Ruiz added that talks would go on."
    )
    assert list(kinds(b).values()) == ["person"]  # one person, under either form
    assert set(groups(b).popitem()[1]) == {"Ana ‘Tigress’ Ruiz", "Ana Ruiz", "Ruiz"}
    # a quotation before a lower-case word is no nickname inside a name
    assert _found("He called Ruiz “Tigress” in the speech.") == [("Ruiz", "person")]
    # capitals beyond ASCII, and the marks of other languages
    assert _found("Ana “Tigress” Álvarez said the vote was rigged.") == [
        ("Ana “Tigress” Álvarez", "person")
    ]
    assert _found("Tomas «Lobo» Okafor said the vote was rigged.") == [
        ("Tomas «Lobo» Okafor", "person")
    ]
    # the form without the nickname is the name shown
    b = briefing("Ana Ruiz said the vote was rigged. Later Ana “Tigress” Ruiz said she'd appeal.")
    assert list(kinds(b)) == ["Ana Ruiz"]


def test_a_quotation_after_a_name_or_a_title_is_no_nickname_inside_it():
    # the word after the quotation a weekday, or the word before it a title: the name ends
    found = _found("Prime Minister Tomas Okafor 'Comrade' Monday won a confidence vote.")
    assert ("Tomas Okafor", "person") in found
    assert not [n for n, _ in found if "Comrade" in n]
    found = _found('Prime Minister Ana Ruiz "Tigress" Tuesday announced new tariffs on steel.')
    assert found == [("Ana Ruiz", "person")]
    assert not [
        n for n, _ in _found('Senator "Tigress" Ruiz said the vote was rigged.') if '"' in n
    ]
    # a headline capitalises every word: its quotation marks hold a phrase, not a nickname
    assert not [n for n, _ in _found("Okafor 'Will Quit' Labour, Allies Say") if "'" in n]


def test_a_portfolio_cut_from_an_office_s_title_is_no_one():
    text = (
        "Agriculture, Forestry and Fisheries Minister Ana Ruiz said the harvest was lost. "
        "Ben Okafor, Secretary of Economic Affairs, said the plan would go on."
    )
    found = _found(text)
    assert ("Ana Ruiz", "person") in found and ("Ben Okafor", "person") in found
    assert not {n for n, _ in found} & {"Forestry", "Economic Affairs"}
    # a body's name that ends with such a word is still a body
    body = _found("The Commission on Human Rights said the arrests were unlawful.")
    assert [n for n, _ in body] == ["Commission on Human Rights"]
    assert body[0][1] != "person"


def test_a_run_of_its_own_ending_with_what_an_office_is_for_is_a_body():
    # not cut from a title: it speaks, as a body, not a person nor no one
    found = _found("Saltford Resources said it would cut 500 jobs at the mine.")
    assert found == [("Saltford Resources", "organisation")]
    b = briefing("Freedonia Human Rights said the police fired on the crowd.")
    names = {a.id: a.name for a in b.actors}
    assert [names.get(s.claimant) for s in b.statements] == ["Freedonia Human Rights"]
    assert kinds(b)["Freedonia Human Rights"] == "organisation"
    # one of a list a title or a body's word opens is still no one
    found = _found("Ana Ruiz, Minister of Roads and Rural Development, said the bridge was shut.")
    assert not [n for n, _ in found if "Development" in n]
    assert not [n for n, _ in _found("The Elections said nothing.") if n == "Elections"]


def test_a_lone_name_that_speaks_before_its_full_name_is_that_person():
    b = briefing(
        "Okafor said the strike would go on.",
        "Union leader Tomas Okafor was arrested on Monday, officials said.",
    )
    assert kinds(b)["Tomas Okafor"] == "person"
    assert "Okafor" not in kinds(b)
    # with no full name anywhere, a lone name that speaks is still a body's short name
    assert kinds(briefing("Saltmark said profits fell."))["Saltmark"] == "organisation"
    # "Mr Okafor" too is the one person named in full later
    b = briefing(
        "Mr Okafor said the strike would go on.",
        "Union leader Tomas Okafor was arrested on Monday, officials said.",
    )
    assert "Okafor" not in kinds(b)


def test_a_lone_name_that_two_people_bear_is_not_one_of_them():
    b = briefing(
        "Ruiz said the port would stay shut.",
        "Dock chief Ana Ruiz said ministers met on Monday.",
        "Marco Ruiz, a fisherman, said boats were idle.",
    )
    names = {a.id: a.name for a in b.actors}
    claimants = [names.get(s.claimant) for s in b.statements]
    assert claimants[0] not in ("Ana Ruiz", "Marco Ruiz")
    assert claimants[1:] == ["Ana Ruiz", "Marco Ruiz"]


def test_a_company_s_organ_named_by_its_kind_alone_is_no_actor():
    b = briefing("Saltmark's Board of Directors said Ana Ruiz would lead the firm.")
    names = {a.id: a.name for a in b.actors}
    assert [names.get(s.claimant) for s in b.statements] == ["Saltmark"]
    assert _found("The Board of Directors accepted the chief executive's resignation.") == []
    assert _found("Acme Holdings’ Supervisory Board met on Monday.") == [
        ("Acme Holdings", "organisation")
    ]
    # a body with a name of its own that ends with "Board" stays one
    assert _found("The Saltford Water Board said supplies were safe.") == [
        ("Saltford Water Board", "organisation")
    ]


def test_a_code_of_law_is_no_one():
    text = "The court read article 12 of the Saltford Fishing Code before it ruled."
    assert not [n for n, k in _found(text) if k == "person"]
    assert _found("The Criminal Code was amended on Monday.") == []


def test_a_modal_verb_after_a_name_opens_no_role():
    b = briefing(
        "Chipmaker Saltmark Devices said its chief had left. Frank Roe, who sits on the board "
        "of Saltmark, will be acting president until March."
    )
    assert kinds(b) == {"Saltmark Devices": "organisation", "Frank Roe": "person"}


def test_a_capitalised_given_name_like_a_verb_opens_a_role():
    b = briefing("Ana Ruiz, Will Okafor's lawyer, said the charges were false.")
    assert next(a.role for a in b.actors if a.name == "Ana Ruiz") == "Will Okafor's lawyer"
    b = briefing("Ana Ruiz, Can Demir's lawyer, said the charges were false.")
    assert next(a.role for a in b.actors if a.name == "Ana Ruiz") == "Can Demir's lawyer"


def test_words_that_open_sentences_are_no_one():
    assert _found("Besides Ruiz, two aides were charged.") == [("Ruiz", "person")]
    assert _found("Please send your letters to the editor.") == []
    assert _found("Additional reporting was done by staff.") == []


def test_a_lower_case_kind_word_after_a_place_names_the_place_it_is_in():
    b = briefing(
        "Flights to the Saltmarsh airport were halted. Fishing boats left the Berrow Sea coast. "
        "Officials said the Saltmarsh bridge was shut."
    )
    places = {n for n, k in kinds(b).items() if k == "place"}
    assert {"Saltmarsh", "Berrow Sea"} <= places
    assert not {"Saltmarsh airport", "Berrow Sea coast", "Saltmarsh bridge"} & set(kinds(b))


def test_a_place_set_beside_a_name_makes_it_a_place():
    b = briefing(
        "Water rushed down Wadi Kessra, a valley that cuts through the town. "
        "Troops entered Dornovo, a village of 3,000, on Friday. "
        "Ana Velez, a city councillor, said the drains failed."
    )
    k = kinds(b)
    assert k["Wadi Kessra"] == "place"
    assert k["Dornovo"] == "place"
    assert k["Ana Velez"] == "person"


def test_an_adverb_opening_a_sentence_or_a_quotation_is_no_one():
    b = briefing(
        "Similarly, Saltmarsh mayor Tomas Greff said the roads were shut. "
        'Greff said, "Regrettably, the first days were lost," and left. '
        "Kelly, a nurse, said she was tired."
    )
    names = set(kinds(b))
    assert not {"Similarly", "Regrettably"} & names
    assert kinds(b)["Tomas Greff"] == "person"
    assert "Kelly" in names


def test_a_states_adjective_after_the_is_part_of_a_bodys_name():
    b = briefing(
        "The toll rose to 300, the Moldovan Green Crescent said. "
        "Acme closed its office, the Chilean Tarvo website reported."
    )
    k = kinds(b)
    assert k["Moldovan Green Crescent"] == "organisation"
    assert "Green Crescent" not in k
    assert k["Tarvo"] == "outlet"  # the adjective describes an outlet


def test_a_judge_after_a_place_and_a_court_is_a_person():
    b = briefing("New Saltford County Supreme Court Justice Ana Merrow set the date on Friday.")
    assert kinds(b)["Ana Merrow"] == "person"


def test_a_person_noun_before_a_participle_shows_a_person():
    b = briefing("Tatyana, a 70-year-old teacher sitting on a bench, said she was upset.")
    assert kinds(b)["Tatyana"] == "person"


def test_a_name_that_says_what_a_channel_is_names_no_one():
    b = briefing(
        "The statement, carried on the official Saltgram channel of the presidency, said so. "
        "The spokesman Orrin said it was over."
    )
    k = kinds(b)
    assert "Saltgram" not in k
    assert k["Orrin"] != "place"


def test_the_people_of_a_place_are_no_place():
    b = briefing(
        "A jury of 12 New Berrowers convicted him. North Saltians voted on Monday. "
        "New Mexicans were told to stay home. He moved to New Orleans."
    )
    k = kinds(b)
    assert not {"New Berrowers", "North Saltians", "New Mexicans"} & set(k)
    assert k["New Orleans"] == "place"


def test_reports_that_are_a_noun_show_no_speaker():
    b = briefing(
        "Unverified reports from local media said the dam broke. "
        "Early claims by the army were denied. Acme reports that sales fell."
    )
    k = kinds(b)
    assert not {"Unverified", "Early"} & set(k)
    assert k["Acme"] == "organisation"


def test_a_post_of_a_body_is_not_part_of_its_name():
    b = briefing("Ana Ruiz, CEO of Tarvo Holdings, said she was surprised. Tarvo Holdings said no.")
    k = kinds(b)
    assert k["Tarvo Holdings"] == "organisation"
    assert "CEO of Tarvo Holdings" not in k


def test_a_word_with_a_capital_inside_names_a_brand_not_a_person():
    b = briefing(
        "The maker of the valve, Corvel FlowWorks, was sued last year. "
        "Shares of BrightLedger fell as Senator Ada McCormick and Ivo DeLuca spoke. "
        "Ivo DeLuca said so on his PixelBoard profile."
    )
    found = kinds(b)
    assert found["Corvel FlowWorks"] == "organisation"
    assert found["BrightLedger"] == "organisation"
    # a particle's capital ("Mc", "De") is a person's name
    assert found["Ada McCormick"] == "person"
    assert "PixelBoard" not in found  # a brand describing a noun is no actor


def test_words_glued_into_one_long_string_are_no_brand():
    glued = "Lorem" + "IpsumDolor" * 8
    found = kinds(briefing(f"Shares of {glued} fell on Monday. Shares of BrightLedger fell too."))
    assert glued not in found
    assert found["BrightLedger"] == "organisation"


def test_a_legislators_party_and_state_tag_is_no_one():
    b = briefing(
        "Senate leader Ada Morrow (D-N.Y.) called on Sen. Ivo Brandt (R-Tex.) to resign. "
        "Gov. Lena Haas, D-N.J., said the verdict showed no one is above the law."
    )
    names = set(kinds(b))
    assert {"Ada Morrow", "Ivo Brandt", "Lena Haas"} <= names
    assert not any(n.startswith(("D-", "R-")) for n in names)


def test_a_partys_name_ends_with_any_word_for_a_party():
    b = briefing(
        "The motion was brought by the far-right National Rally on Monday. "
        "The National Rally said it would vote against the government."
    )
    assert kinds(b).get("National Rally") == "organisation"
    assert "Rally" not in kinds(b)


def test_a_plural_possessive_apostrophe_is_not_part_of_the_name():
    # "the Airlines' fleet", "Paris' airports": the apostrophe after a final s is the
    # possessive's, as "'s" is
    assert _found("During Saltmark Airlines’ checks of its fleet, the company found flaws.") == [
        ("Saltmark Airlines", "organisation")
    ]
    assert "Lindens" in [name for name, _ in _found("Fuel went to Lindens’ two airports.")]


def test_legal_forms_and_house_words_end_a_body_s_name():
    # a company's legal form, a research house's, a press's name
    assert _found("The bonds were written down in the takeover by Saltmark Group AG.") == [
        ("Saltmark Group AG", "organisation")
    ]
    assert _found("Buyers piled in, according to Vessa Research.")[-1:] == [
        ("Vessa Research", "organisation")
    ]
    assert _found("Dr. Ana Ruiz, a doctor at Berrow Medicine, told reporters it was rare.")[-1] == (
        "Berrow Medicine",
        "organisation",
    )
    # a bank's, a broker's, a consultancy's or a health insurer's
    assert ("Saltford Securities", "organisation") in _found(
        "Dan Okafor, an analyst with Saltford Securities, said demand would hold."
    )
    assert _found("It led the liquidation of Berrow Brothers' Asia operations.")[0] == (
        "Berrow Brothers",
        "organisation",
    )


def test_on_goes_on_with_a_body_s_name_only():
    # after a place's name "on" opens a date or an occasion; a body's name goes on with it
    assert _found("Troops crossed into Saltford Oblast on Aug. 6, officials said.")[0] == (
        "Saltford Oblast",
        "place",
    )
    names = [name for name, _ in _found("Crowds gathered in Berrow Lane on Halloween night.")]
    assert "Berrow Lane" in names
    assert not any(" on " in name for name in names)
    assert _found("The Senate Committee on Foreign Relations met.") == [
        ("Senate Committee on Foreign Relations", "agency")
    ]


def test_a_state_s_name_after_a_title_and_a_given_name_is_a_surname():
    # "Chairman Tomas Chad": the state's name ends the chairman's name
    assert _found("Central bank Chairman Tomas Chad said a deal was vital.")[-1:] == [
        ("Tomas Chad", "person")
    ]
    # a state's name after a name without a title stays the state
    assert ("Chad", "government") in _found("Rebels in Chad said talks had failed.")


def test_a_state_s_name_opening_another_place_s_name_is_that_place():
    # "Saltford City County", "... Freedonia International Airport": the whole name is the
    # place, not the state or the capital and a fragment after it
    gaz = load_gazetteer(
        ActorsFile(actor=(ActorEntry(name="Freedonia", kind="government", capitals=("Saltford",)),))
    )
    found = [
        (m.text, m.kind.value)
        for m in find_mentions(
            "a", "s", "Hospitals under Saltford City County put the toll at 53.", 0, gaz
        )
    ]
    assert ("Saltford City County", "place") in found
    assert not any(name == "Saltford" for name, _ in found)
    # the state alone is still the state
    found = [(m.text, m.kind.value) for m in find_mentions("a", "s", "Freedonia said no.", 0, gaz)]
    assert found == [("Freedonia", "government")]


def test_a_flight_named_by_its_number_is_no_one():
    # "Saltmark Airlines Flight 1282": a journey; the airline before it is named
    assert _found("Investigators boarded Saltmark Airlines Flight 1282 on Sunday.") == [
        ("Saltmark Airlines", "organisation")
    ]
    assert _found("The crash of Flight BA-171 killed 40.") == []
    # the airline alone, or a foundation named after flights, is still a body
    assert _found("The Flight Safety Foundation said it was rare.") == [
        ("Flight Safety Foundation", "organisation")
    ]


def test_an_aircraft_named_by_maker_and_model_is_no_one():
    # "a Saltmark Airlines Airbus A350": the aircraft is no one; the carrier before it is named
    assert _found("A Saltmark Airlines Airbus A350 hit a coast guard plane.") == [
        ("Saltmark Airlines", "organisation")
    ]
    assert _found("An Acme Air Boeing 737-800 skidded off the runway.") == [
        ("Acme Air", "organisation")
    ]
    # a state's name opening the carrier's: the carrier, not the state and a fragment
    gaz = load_gazetteer(ActorsFile(actor=(ActorEntry(name="Freedonia", kind="government"),)))
    found = [
        (m.text, m.kind.value)
        for m in find_mentions("a", "s", "A Freedonia Airlines Embraer 190 crashed.", 0, gaz)
    ]
    assert found == [("Freedonia Airlines", "organisation")]
    # a maker and model alone name no one, nor does "Max" before its number
    assert _found("The agency grounded Boeing Max 9 jets and Airbus A320 planes.") == []
    # a broadcaster's or a branch's number is part of its name
    assert ("Channel 24", "outlet") in _found("Channel 24 reported that the strike was over.")
    assert ("Machinists District 751", "organisation") in _found(
        "Machinists District 751 officials said no."
    )


def test_a_name_whose_last_word_alone_is_a_place_is_a_place():
    # "Pacifica Saltmarsh ... in Saltmarsh": the short form is a place's, so is the full name
    b = briefing(
        "Blocks of scenic Pacifica Saltmarsh were flattened. Firefighters fought fires in "
        "Saltmarsh and Berrow. Saltmarsh residents fled as winds rose.",
    )
    kinds = {a.name: a.kind for a in b.actors}
    assert Kind.PERSON not in {kinds.get("Pacifica Saltmarsh"), kinds.get("Saltmarsh")}


def test_a_possessive_name_before_a_verb_s_form_does_not_speak():
    """'Acme Rail’s disputed merger': the form is an adjective of the owner's noun, and the
    owner is no person who spoke."""
    b = briefing("Floods hit Vietnam on Monday. Berrow Rowing’s disputed merger sparked protests.")
    kinds = {a.name: a.kind for a in b.actors}
    assert kinds.get("Berrow Rowing") != Kind.PERSON


def test_what_shows_a_full_name_to_be_a_person_s():
    """A person is listed only on evidence; these are some that news style gives."""

    def people(text: str) -> set[str]:
        return {a.name for a in briefing(text).actors if a.kind == Kind.PERSON}

    # a lower-case noun for a person right before a full name says what the one named is
    assert "Ana Ruiz" in people("Tom Berg and his wife Ana Ruiz laid flowers at the gate.")
    assert "Ana Ruiz" in people("The dead included nursing student Ana Ruiz, the school said.")
    # an age followed by a dash, in a list of names
    assert "Ana Ruiz" in people(
        "The crew were Tom Berg, 27, Jan Uno, 47, and Ana Ruiz, 39 — all of them pilots."
    )
    # a US legislator's party and state after the name
    assert "Tom Berg" in people("Lawmakers including Tom Berg (D-Ill.) asked him to resign.")
    # a title that someone held then, and a party's whip
    assert "Ana Ruiz" in people("The row recalled then-Chancellor Ana Ruiz and her cabinet.")
    assert "Tom Berg" in people("Majority Whip Tom Berg voted against the bill.")
    # what one does or is, before the name or beside it
    assert {"Jan Uno", "Ana Ruiz"} <= people(
        "Captain Tom Berg, co-pilot Jan Uno and flight attendant Ana Ruiz were honoured."
    )
    assert "Ana Ruiz" in people("Ana Ruiz, a nationalist from Berrow, won the first round.")
    # a noun for a body or a thing before a name shows nothing
    assert people("The flood hit the town of Saltmarsh Bay on Monday.") == set()


def test_a_noun_for_a_kind_of_body_before_a_name_makes_it_a_body_s():
    # "research group Saltmark Central", "the watchdog Clean Seas Berrow": a body, not a person
    assert ("Saltmark Central", "organisation") in _found(
        "Research group Saltmark Central said rain had doubled."
    )
    assert _found("The report by the watchdog Clean Seas Berrow was published.") == [
        ("Clean Seas Berrow", "organisation")
    ]
    # the noun opening the sentence, capitalised, says it as well
    assert _found("Chipmaker Saltmark Devices said its profits fell.") == [
        ("Saltmark Devices", "organisation")
    ]
    # not a name after a comma: "a lawyer for the group, Ana Ruiz, said"
    assert ("Ana Ruiz", "person") in _found("A lawyer for the group, Ana Ruiz, said no.")


def test_a_body_s_kind_said_beside_a_name_makes_it_a_body_s():
    # the head noun of an apposition or a title before the name is a body's kind
    assert ("Saltmark", "organisation") in _found(
        "A court ordered Saltmark, a property company buried under debt, to be wound up."
    )
    assert ("Berrow First", "organisation") in _found(
        "According to the results, Freedonia’s ruling party, Berrow First, has won the vote."
    )
    # right before the name, as a company's kind does ("carmaker Berrow Motors")
    assert ("Berrow Front", "organisation") in _found(
        "The rebels backed the armed organisation Berrow Front in its attacks."
    )
    # a person described by a body's noun before the head is still a person
    assert ("Ana Ruiz", "person") in _found("Ana Ruiz, a company spokeswoman, said the plant shut.")
    assert ("Ana Ruiz", "person") in _found("Ana Ruiz, a member of the party, said no.")
    # the body is what the head noun is beside, not its head
    assert ("Ana Ruiz", "person") in _found(
        "Ana Ruiz, a candidate backed by the ruling coalition, won the vote."
    )
    assert ("Ana Ruiz", "person") in _found("Ana Ruiz, a nationalist without a party, won.")
    # a place opening a sentence stays a place
    assert ("Berrow", "place") in _found("In Berrow, a group of protesters tore down a gate.")
    # an attribution set between commas is no apposition
    assert ("Ana Ruiz", "person") in _found("Ana Ruiz, the company said, was dismissed.")


def test_an_ampersand_joins_a_firm_s_name():
    assert ("Saltmark & Berrow", "organisation") in _found(
        "The liquidators, from Saltmark & Berrow, will meet creditors on Monday."
    )
    # nor a list joined by "and"
    assert ("Saltmark & Berrow", "organisation") not in _found(
        "Saltmark and Berrow said profits fell."
    )


def test_a_surname_after_an_abbreviated_title_is_the_titled_person():
    b = briefing(
        "Sen. Ana Ruiz was found guilty on Tuesday. Ruiz said she would appeal. "
        "Her husband Tom Ruiz was charged too.",
        "Voters said Senator Ruiz must resign. Critics said Senator Ruiz should go.",
    )
    g = groups(b)
    assert g["Ana Ruiz"] == {"Ana Ruiz", "Ruiz"}
    assert sum(1 for a in b.actors if a.name == "Ruiz") == 0


def test_a_generation_s_suffix_is_no_surname():
    b = briefing(
        "Colonel Roland T. Berrow Jr., head of the state police, said the search was over.",
        "Roland Berrow Jr, superintendent of the state police, said divers had stopped.",
    )
    people = [a for a in b.actors if a.kind == Kind.PERSON]
    assert len(people) == 1, people


def test_a_company_named_with_and_without_its_legal_form_is_one():
    b = briefing(
        "The Saltmark Co. will cut 300 jobs in Berrow on Monday.",
        "Saltmark, a carmaker, closed a plant on Tuesday, and Saltmark said it would cut jobs.",
    )
    bodies = [a.name for a in b.actors if a.kind == Kind.ORGANISATION]
    assert bodies == ["Saltmark Co"]


def test_a_name_whose_share_price_moves_is_a_company_s():
    assert _found("Other stocks fell: Saltmark dropped 2%, while Berrowsoft lost 4%.") == [
        ("Saltmark", "organisation"),
        ("Berrowsoft", "organisation"),
    ]
    assert ("Saltmark", "organisation") in _found("Saltmark, which ended down 4.2%, led losses.")
    assert ("Saltmark", "organisation") in _found("Shares of Saltmark rose 3 percent on Monday.")
    # a clause's verb after a comma is another name's
    assert ("Max", "organisation") not in _found(
        "Those of Berrow, which builds parts for the Saltmark Max, dropped 11% on Monday."
    )
    # a share of something else is no share price
    assert _found("Ana Ruiz gained 45% of the vote.") == [("Ana Ruiz", "person")]


def test_names_listed_after_a_plural_noun_for_bodies_are_bodies():
    assert _found("The fund backed companies such as Saltbnb, DoorBerrow and Dropsalt.") == [
        ("Saltbnb", "organisation"),
        ("DoorBerrow", "organisation"),
        ("Dropsalt", "organisation"),
    ]
    assert ("Saltbook", "organisation") in _found(
        "The government banned platforms — including Saltbook and Berrowtube — on Monday."
    )
    # a list of people is no list of bodies, nor is a court's parties
    assert ("Ana Ruiz", "person") in _found("Leaders like Ana Ruiz said no.")
    assert ("Ruiz", "organisation") not in _found(
        "They filed lawsuits against parties such as Ruiz over the decision."
    )
    # the list ends where a clause goes on: a name after it is no item of it
    assert ("Ana Ruiz", "person") in _found(
        "Firms like Saltbnb have struggled, and Ana Ruiz, a union leader, said so."
    )


def test_a_body_named_by_the_first_word_of_its_name_is_that_body():
    b = briefing(
        "Saltmark Air Lines cancelled 7,000 flights. Carriers such as Saltmark, Berrow "
        "Airways and Tolman Air were hit. Saltmark said the outage cost it $500 million."
    )
    bodies = {a.name: a for a in b.actors if a.kind == Kind.ORGANISATION}
    assert "Saltmark" not in bodies
    assert len(bodies["Saltmark Air Lines"].mentions) == 3


def test_a_body_kind_alone_before_and_opens_one_body():
    # "Securities" alone names no body: it opens one whose name "and" goes on with
    assert _found("The Securities and Trading Authority of Freedonia opened an inquiry.") == [
        ("Securities and Trading Authority of Freedonia", "agency")
    ]
    # after a name of its own the kind word ends a body: two bodies
    found = _found("The Acme Securities and Beta Bank said they would merge.")
    assert ("Acme Securities", "organisation") in found
    assert ("Beta Bank", "organisation") in found


def test_a_name_made_an_adjective_does_not_swallow_the_name_after_it():
    # "Lisbon-based" describes the body; the body's own name opens after it
    assert _found("Shares fell after Lisbon-based Acme Research said they were overvalued.") == [
        ("Acme Research", "organisation")
    ]
    assert ("Acme Research", "organisation") in _found(
        "The Kremlin-backed Acme Research said the vote was fair."
    )


def test_a_state_named_only_as_whose_something_is_is_not_listed():
    freedonia = ActorsFile(
        actor=(ActorEntry(name="Freedonia", kind="government", aliases=("F.R.",)),)
    )
    gaz = load_gazetteer(freedonia)

    def owners(text: str) -> list[bool]:
        return [
            m.owner for m in find_mentions("a", "s", text, 0, gaz) if m.canonical == "Freedonia"
        ]

    assert owners("The Freedonia firm said the report was false.") == [True]
    assert owners("An F.R.-based fund bought the shares.") == [True]
    assert owners("F.R. Coast Guard Rear Adm. Ana Ruiz said the search went on.") == [True]
    # the state itself acts, is where things happen, or owns with a possessive
    assert owners("Freedonia said it would send aid.") == [False]
    assert owners("The Freedonia administration plans to act.") == [False]
    assert owners("An attack by Freedonia the day before was denied.") == [False]
    assert owners("F.R. President Ana Ruiz said the search went on.") == [False]
    assert owners("Freedonia's Foreign Office said the talks had failed.") == [False]
    assert owners("Freedonia and its neighbours signed the pact.") == [False]
    assert owners("The storm reached Freedonia on Monday.") == [False]
    b = briefing(
        "The Freedonia firm said the report was false. An F.R.-based fund agreed.",
        actors=freedonia,
    )
    assert "Freedonia" not in {a.name for a in b.actors}
    b = briefing(
        "The Freedonia firm said the report was false. Freedonia said it would act.",
        actors=freedonia,
    )
    assert "Freedonia" in {a.name for a in b.actors}


def test_a_state_named_in_a_currency_is_whose_money_it_is():
    def owners(text: str) -> list[bool]:
        found = find_mentions("a", "s", text, 0, load_gazetteer())
        return [m.owner for m in found if m.canonical == "United States"]

    # which dollar a sum is in, however the agency writes it
    assert owners("The fund released 5 million U.S. dollars for relief.") == [True]
    assert owners("The allowance is 50 million rupiah (US$3,034) a month.") == [True]
    assert owners("The US dollar rose against the yen.") == [True]
    # the state that acts, or whose officials speak, stays
    assert owners("The U.S. said it would send aid worth $5 million.") == [False]
    assert owners("US officials said the dollars were sent.") == [False]
    b = briefing("The fund released 5 million U.S. dollars, about US$1 a head, for relief.")
    assert "United States" not in {a.name for a in b.actors}


def test_a_name_made_an_adjective_by_a_participle_opens_no_name():
    # "Marxist-leaning", "Tory-dominated": a participle after the hyphen makes an adjective
    assert _found("He led the Marxist-leaning National Power Alliance in the vote.") == [
        ("National Power Alliance", "organisation")
    ]
    assert ("Harbour Workers Union", "organisation") in _found(
        "The Saltford-dominated Harbour Workers Union said it would strike."
    )
    # a hyphenated given name keeps its lower-case second half
    assert ("Kim Soo-young", "person") in _found("Kim Soo-young, a union leader, said so.")


def test_a_people_s_adjective_before_a_noun_ends_a_body_s_name():
    assert ("Acme Research", "organisation") in _found(
        "A report from Acme Research on Spanish tycoon Ana Ruiz sparked a selloff."
    )
    assert ("Commission on Human Rights", "agency") in _found(
        "The Commission on Human Rights said the report was false."
    )


def test_a_compass_point_before_a_people_s_adjective_names_no_place():
    assert _found("The landlocked South Mexican region faces a crisis.") == []
    assert _found("Ruiz will lead the Southern African country.") == [("Ruiz", "person")]
    assert ("South Africa", "government") in _found("South Africa said it would act.")


def test_a_place_named_only_as_where_something_is_based_is_not_listed():
    b = briefing("A Port Saltmarsh-based fund bought the shares. The fund said it would hold them.")
    assert "Port Saltmarsh" not in {a.name for a in b.actors}
    b = briefing(
        "A Port Saltmarsh-based fund bought the shares. Protesters gathered in Port Saltmarsh."
    )
    assert "Port Saltmarsh" in {a.name for a in b.actors}


def test_a_noun_for_a_person_opening_a_sentence_is_no_part_of_the_name_after_it():
    assert _found("Activist Tom Okafor said a camp was set up.") == [("Tom Okafor", "person")]
    assert ("Tom Okafor", "person") in _found("Farmer Tom Okafor lost his herd, he said.")
    # one name after it: the noun may be the name's own word
    assert ("Mother Teresa", "person") in _found("Mother Teresa said so.")
    # a body's name that opens with such a noun stays whole
    assert _found("Student Cultural Centre staff left.") == [
        ("Student Cultural Centre", "organisation")
    ]


def test_a_person_named_with_the_body_after_of():
    # "Ana Ruiz of <a body>": her name, then the body she is of, not one body's name
    b = briefing(
        "Tom Okafor of Saltmark Freight Railway said the release would last three hours. "
        "Okafor added that crews were ready."
    )
    people = {a.name: a for a in b.actors if a.kind == Kind.PERSON}
    assert "Tom Okafor" in people
    assert len(people["Tom Okafor"].mentions) == 2
    assert not any(" of " in a.name for a in b.actors)
    # a body's word, a people's noun or a state before "of" leaves the body's name whole
    assert _found("The Bank of Freedonia Holdings said rates would rise.")[0][1] != "person"
    assert _found("Sisters of Mercy Hospital said it was full.")[0][1] != "person"


def test_a_coordinator_set_before_a_name_is_a_post():
    b = briefing(
        "The UN humanitarian coordinator for Freedonia, Ana Ruiz, has approved funds to support relief."
    )
    assert "Ana Ruiz" in {a.name for a in b.actors if a.kind == Kind.PERSON}


def test_a_lone_name_with_an_age_is_a_person():
    b = briefing(
        "Ana Okafor, 48, and her son Tomas, 19, were aboard the vessel. "
        "Tomas said he was not afraid."
    )
    people = {a.name for a in b.actors if a.kind == Kind.PERSON}
    assert "Tomas" in people
    assert not any(a.name == "Tomas" and a.kind != Kind.PERSON for a in b.actors)


def test_a_post_set_before_a_name_ends_with_a_clause_under_a_preposition():
    # "the son of a farmer who slept under a tree, Ana Ruiz,": the article after "under" is
    # inside the post, which opens at "the son"
    b = briefing(
        "The 15-year-old son of a farmer who was sleeping under a tree, Tomas Berrow, "
        "was confirmed dead as well."
    )
    assert "Tomas Berrow" in {a.name for a in b.actors if a.kind == Kind.PERSON}


def test_a_title_joined_to_vice_or_co_is_a_title():
    b = briefing(
        "The news was confirmed by Parliamentary Vice-Chair Tomas Berrow, who was at the scene. "
        "Co-Chair Ana Okafor declined to comment."
    )
    people = {a.name for a in b.actors if a.kind == Kind.PERSON}
    assert "Tomas Berrow" in people
    assert "Ana Okafor" in people


def test_a_letter_or_a_states_adjective_after_a_title_names_no_one():
    assert _found("The unrest, led by young people under the banner of 'Gen Z', spread.") == []
    assert not any(
        kind == "person" for _, kind in _found("Major Japanese carmakers are aiming to merge.")
    )


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("The government imposed a ban on TikTok after the vote.", "TikTok"),
        ("Regulators stepped up pressure on Facebook over the leaks.", "Facebook"),
        ("The court upheld a fine on Telegram for the breach.", "Telegram"),
    ],
)
def test_a_platform_a_ban_or_a_fine_is_on_is_the_company(text, platform):
    found = [m.text for m in find_mentions("a", "s", text, 0, load_gazetteer())]
    assert platform in found, found
    # posted on it, it is the medium still
    said = "The ministry said on Telegram that the port was closed."
    assert "Telegram" not in [m.text for m in find_mentions("a", "s", said, 0, load_gazetteer())]


def test_a_clause_after_the_comma_is_no_role() -> None:
    """A relative adverb or pronoun, or a conjunction, after the comma opens a clause about
    the name, not a post set beside it: "Acme, where she was chief executive," says nothing
    of what Acme is."""
    from briefbook.read.people import appositive

    def role(text: str) -> str | None:
        return appositive(text, text.index("Ana Ruiz") + len("Ana Ruiz"))

    assert role("She left Ana Ruiz, where she was chief executive, in May.") is None
    assert role("He met Ana Ruiz, whose son is a minister, on Monday.") is None
    assert role("He met Ana Ruiz, although the minister was away, on Monday.") is None
    assert role("He met Ana Ruiz, the chief executive, on Monday.") == "chief executive"


def test_a_company_named_where_someone_worked_is_no_person() -> None:
    """The name before "where he served as ..." is a workplace: nothing shows a person."""
    b = briefing("Tom Okafor joined Velmora Textil, where he served as chief executive until 2020.")
    assert kinds(b).get("Velmora Textil") != "person"


def test_a_french_groupe_is_a_body() -> None:
    """ "Groupe" ends a company's name as "Group" does: no one's surname."""
    b = briefing(
        "The merger of Saltmark Groupe with Berrow Motors was approved, Saltmark Groupe said."
    )
    assert kinds(b).get("Saltmark Groupe") not in (None, "person")


def test_a_legislature_named_by_its_kind_alone_is_listed() -> None:
    """ "Congress voted", "the Senate rejected it": a state's legislature or cabinet named by
    its kind alone is an actor; it is the body of the corpus named in full as a state's own
    with that word when there is one, and a lone word of another body's kind ("the Board
    met") names no one."""
    b = briefing("Congress voted 71-12 to approve the Saltmere fisheries levy, officials said.")
    assert "Congress" in kinds(b)
    b = briefing(
        "The Peruvian Congress met in Berrow on Monday.",
        "On Tuesday, Congress voted 71-12 to approve the Saltmere fisheries levy.",
    )
    assert "Congress" not in kinds(b)
    assert {"Congress", "Peruvian Congress"} <= groups(b)["Peruvian Congress"]
    assert "Board" not in kinds(briefing("The Board met on Monday."))


@pytest.mark.parametrize(
    ("body", "lone"),
    [
        ("The European Parliament condemned the move.", "Parliament was dissolved on Monday."),
        ("The Trades Union Congress called a strike.", "Congress passed the budget on Monday."),
        (
            "The Senate Armed Services Committee will question the general.",
            "The Senate voted 60-40 to confirm him.",
        ),
        ("The Cabinet Office said the files were lost.", "The Cabinet met on Monday."),
    ],
)
def test_a_lone_legislature_is_not_another_body_with_the_word(body: str, lone: str) -> None:
    """The lone word is the story's state's own legislature or cabinet, not a body whose
    longer name has the word: it stays an actor of its own."""
    b = briefing(lone, body)
    word = next(w for w in ("Parliament", "Congress", "Senate", "Cabinet") if w in lone)
    forms = groups(b)
    assert not any(word in fs and len(fs) > 1 and word != name for name, fs in forms.items())


def test_a_name_read_as_a_place_far_more_often_than_as_a_body_is_the_place() -> None:
    """ "A senator for Port Saltmere" reads the name as a body's (a post's "for"); a name the
    articles set as a place three times over is that place, not a body."""
    b = briefing(
        "Storms hit Port Saltmere on Monday. Schools in Port Saltmere closed. Roads near "
        "Port Saltmere were cut. Ruiz, 70, a long-time senator for Port Saltmere, was there."
    )
    assert kinds(b).get("Port Saltmere") == "place"


def test_a_storm_is_named_after_its_kind_written_as_a_name() -> None:
    texts = [
        "Hurricane Saltra hit the coast. Tropical Storm Berrow followed.",
        "TYPHOON QUENBY NEARS",
    ]
    assert storm_names(texts) == {"Saltra", "Berrow", "QUENBY"}


def test_a_verb_storm_names_no_storm() -> None:
    assert storm_names(["Protesters storm Parliament in Berrow."]) == frozenset()


def test_a_storm_named_alone_is_no_actor() -> None:
    b = briefing(
        "Hurricane Saltra made landfall on Monday, officials said.",
        "Saltra, which packed winds of 250km/h, is forecast to weaken, Ana Ruiz, a "
        "forecaster, said.",
    )
    assert "Saltra" not in kinds(b)
    assert "Ana Ruiz" in kinds(b)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Ana Roe, until recently head of the central bank, said rates would rise.",
            "until recently head of the central bank",
        ),
        (
            "Ana Roe, until last year the country's finance minister, said rates would rise.",
            "until last year the country's finance minister",
        ),
        (
            "Ana Roe, though a former army chief, backed the ceasefire.",
            "though a former army chief",
        ),
    ],
)
def test_until_or_though_after_the_comma_opens_a_role(text: str, role: str) -> None:
    """ "Until recently head of ...", "though a former army chief": a post the name held."""
    from briefbook.read.people import appositive

    assert appositive(text, text.index("Ana Roe") + len("Ana Roe")) == role


def test_a_storm_word_in_a_title_case_headline_names_no_storm() -> None:
    """A headline in title case capitalises a verb's "storm"; the name after it stays."""
    assert storm_names(["Rebels Storm Sylvania Embassy"]) == frozenset()
    b = briefing(
        "Rebels Storm Sylvania Embassy\n\nRebels entered the compound on Monday. Sylvania "
        "denied the claims, its foreign ministry said."
    )
    assert "Sylvania" in kinds(b)


def test_a_storm_word_inside_a_longer_name_names_no_storm() -> None:
    """ "The National Hurricane Center", "Storm Sylvania Embassy": a kind's word before a
    longer capitalised name, or before a body's head, is part of that name."""
    assert storm_names(["The National Hurricane Center said so."]) == frozenset()
    assert storm_names(["Rebels tried to Storm Sylvania Embassy."]) == frozenset()


def test_a_storm_named_like_a_known_state_is_no_storm_name() -> None:
    """A storm named after a word the gazetteer knows as a state leaves the state be."""
    b = briefing(
        "Hurricane Peru hit the coast on Monday, officials said.",
        "Peru said it would send aid, its foreign ministry said.",
    )
    assert "Peru" in kinds(b)


def test_a_place_named_often_in_one_article_does_not_outweigh_a_body_in_two() -> None:
    """A name read as a place five times in one article ("in Velmora" ... "near Velmora")
    and as a body in two others ("Velmora said") is the body: the place count is of one
    article's repetitions."""
    from briefbook.model import Mention

    def mention(source: str, n: int, kind: Kind) -> Mention:
        return Mention(source, f"{source}-s{n}", 10 * n, 10 * n + 7, "Velmora", kind)

    mentions = [mention("a0", n, Kind.PLACE) for n in range(5)]
    body = mention("a2", 0, Kind.ORGANISATION)
    mentions += [mention("a1", 0, Kind.ORGANISATION), body]
    actors, mention_actor = resolve(mentions)
    kind = {a.id: a.kind for a in actors}
    assert kind[mention_actor[body.id]] == Kind.ORGANISATION


def test_a_numbered_unit_alone_names_no_body() -> None:
    """ "Chapter 11", "Section 170": a numbered part of a law names no body's branch (no
    body's name stands before the unit's word); "District 8" is part of a city."""
    g = load_gazetteer()
    law = find_mentions("a", "s", "It filed under Chapter 11 – the court agreed.", 0, g)
    assert [m.text for m in law] == []
    city = find_mentions("a", "s", "Shots rang out in the eastern District 8. No one died.", 0, g)
    assert [(m.text, m.kind) for m in city if not m.weak] == [("District 8", Kind.PLACE)]
    branch = find_mentions("a", "s", "Dockers Local 12 said the strike would go on.", 0, g)
    assert [(m.text, m.kind) for m in branch] == [("Dockers Local 12", Kind.ORGANISATION)]


FREEDONIA = ActorsFile(
    actor=(ActorEntry(name="Freedonia", kind="government", capitals=("Saltford",)),)
)


def test_a_state_s_name_opening_a_treaty_s_names_no_actor() -> None:
    """ "the Saltford Statute", "the Freedonia Peace Accord": where a text was signed, not
    who acts; the capital that speaks stays the state, after the treaty's name and a comma
    too."""
    g = load_gazetteer(FREEDONIA)
    for text in (
        "He was told of his rights under the Saltford Statute, the treaty.",
        "The war ended with the Freedonia Peace Accord in 1994.",
        "The talks came to nothing under the Saltford Accords.",
    ):
        assert find_mentions("a", "s", text, 0, g) == []
    said = find_mentions("a", "s", "Saltford said the Saltford Statute was binding.", 0, g)
    assert [(m.text, m.kind) for m in said] == [("Saltford", Kind.GOVERNMENT)]
    comma = find_mentions(
        "a", "s", "Under the Saltford Agreement, Freedonia said it would act.", 0, g
    )
    assert [(m.text, m.kind) for m in comma] == [("Freedonia", Kind.GOVERNMENT)]


def test_an_acronym_of_a_post_names_no_body() -> None:
    """ "Deputy Harbour Commissioner (DHC)", "Regional Ferry Manager (RFM)": the letters
    stand for a post, whose holder is named after them; an office's letters stay a body's."""
    assert defined_acronyms("Deputy Harbour Commissioner (DHC) Ana Ruiz confirmed it.") == {}
    assert defined_acronyms("Saltford Regional Ferry Manager (RFM) Tom Okafor said.") == {}
    assert defined_acronyms("The Commissioner of Rail Safety (CRS) said.") == {
        "CRS": "Commissioner of Rail Safety"
    }
    assert defined_acronyms("The National Disaster Authority (NDA) said.") == {
        "NDA": "National Disaster Authority"
    }


def test_a_closing_quotation_mark_leaves_a_speaking_body_a_body() -> None:
    """ "at Acme’ for 40 years, Acme said": the body that speaks is an organisation, whatever
    the mark after its name in the place reading of "at Acme’"."""
    b = briefing("Ana Ruiz had worked at Acme’ for 40 years, Acme said.")
    assert kinds(b)["Acme"] == "organisation"


def test_titles_of_deputies() -> None:
    """ "Undersecretary" and "Under-Secretary" are titles: alone they name no one."""
    g = load_gazetteer()
    deputy = "The ministry's Undersecretary of State, Ana Ruiz, said it."
    assert [m.text for m in find_mentions("a", "s", deputy, 0, g)] == ["Ana Ruiz"]
    titled = find_mentions("a", "s", "Under-Secretary Tom Okafor said no.", 0, g)
    assert [(m.text, m.role) for m in titled] == [("Tom Okafor", "Under-Secretary")]


def test_a_body_s_organ_of_a_named_body_is_that_body() -> None:
    """ "the Board of Directors of Acme Holdings": the body whose organ it is."""
    g = load_gazetteer()
    text = "The chairman of the Board of Directors of Acme Holdings, Ana Ruiz, said so."
    found = [(m.text, m.kind) for m in find_mentions("a", "s", text, 0, g)]
    assert ("Acme Holdings", Kind.ORGANISATION) in found
    assert all("Board" not in name for name, _ in found)


def test_a_surname_alone_is_the_full_name_with_its_joined_particle() -> None:
    """ "Omar al-Saltari" ... "Saltari said": the particle joined by a hyphen is left out
    when the surname is used alone, before or after the full name."""
    for texts in (
        ("Rebels named Omar al-Saltari prime minister.", '"We will vote," said Saltari.'),
        ('"We will vote," said Saltari.', "Rebels named Omar al-Saltari prime minister."),
    ):
        b = briefing(" ".join(texts))
        assert groups(b)["Omar al-Saltari"] == {"Omar al-Saltari", "Saltari"}


def test_an_outlet_s_word_ending_a_name_or_a_network_before_it_makes_an_outlet() -> None:
    """ "Saltford TV reported", "news network Berrow World reported": outlets, not people;
    "Local TV footage showed" names no outlet, nor does a station that is a place or a body's
    ("Union Station", "the Kelmar Police Station", "the Brayford Power Station")."""
    g = load_gazetteer()
    for text, name in (
        ("As the minister met victims, Saltford TV reported on a scene.", "Saltford TV"),
        ("The vote was counted, international news network Berrow World reported.", "Berrow World"),
    ):
        found = [(m.text, m.kind) for m in find_mentions("a", "s", text, 0, g)]
        assert (name, Kind.OUTLET) in found
    footage = find_mentions("a", "s", "Local TV footage showed a fire.", 0, g)
    assert all(m.kind != Kind.OUTLET for m in footage)
    for text in (
        "Security at Union Station said the hall was cleared.",
        "The Kelmar Police Station said two suspects were held.",
        "The Brayford Power Station said the reactor was shut.",
    ):
        assert all(m.kind != Kind.OUTLET for m in find_mentions("a", "s", text, 0, g)), text


def test_a_water_s_kind_word_and_of_before_a_state_name_another_place() -> None:
    """ "the Gulf of Freedonia", "the Sea of Saltford": a place of its own, not the state; "the
    City of Saltford said", "the Province of Freedonia said" stay the government."""
    g = load_gazetteer(FREEDONIA)
    gulf = find_mentions("a", "s", "The storm grew in the Gulf of Freedonia on Monday.", 0, g)
    assert [(m.text, m.kind) for m in gulf] == [("Gulf of Freedonia", Kind.PLACE)]
    said = find_mentions("a", "s", "Freedonia said it would help.", 0, g)
    assert [(m.text, m.kind) for m in said] == [("Freedonia", Kind.GOVERNMENT)]
    for text in (
        "The City of Saltford said water would be rationed.",
        "The Province of Freedonia said schools would shut.",
    ):
        found = find_mentions("a", "s", text, 0, g)
        assert all(m.kind != Kind.PLACE for m in found), text
        assert any(m.kind == Kind.GOVERNMENT for m in found), text


def test_a_state_s_adjective_after_in_opens_no_place_of_a_body_or_a_people() -> None:
    """ "in Freedonian Orthodox Church grounds", "in Freedonian Red Crescent trucks": a body
    or a people named after the state, no place."""
    g = load_gazetteer(
        ActorsFile(
            actor=(ActorEntry(name="Freedonia", kind="government", adjectives=("Freedonian",)),)
        )
    )
    for text in (
        "Mourners gathered in Freedonian Orthodox Church grounds on Sunday.",
        "Aid arrived in Freedonian Red Crescent trucks on Sunday.",
    ):
        found = find_mentions("a", "s", text, 0, g)
        assert all(m.kind != Kind.PLACE for m in found), text


def _claimants(b) -> list[str | None]:
    names = {a.id: a.name for a in b.actors}
    return [names.get(s.claimant) if s.claimant else None for s in b.statements]


def test_a_hyphenated_surname_alone_is_the_person_named_in_full() -> None:
    """ "Saltmarsh-Ruiz said" after "Ana Saltmarsh-Ruiz": one written word, the surname, not
    a second person whose given name is "Saltmarsh"; named so in another article too."""
    b = briefing(
        "Ana Saltmarsh-Ruiz, who founded the firm, testified on Friday. “It was a mistake,”"
        " Saltmarsh-Ruiz said.",
        "“We had no plan,” Saltmarsh-Ruiz told the court.",
    )
    assert _claimants(b)[1:] == ["Ana Saltmarsh-Ruiz", "Ana Saltmarsh-Ruiz"]
    assert groups(b)["Ana Saltmarsh-Ruiz"] == {"Ana Saltmarsh-Ruiz", "Saltmarsh-Ruiz"}
    # two words are a full name still: "Marco Ruiz" is not Ana Saltmarsh-Ruiz
    b = briefing("Ana Saltmarsh-Ruiz testified on Friday. Marco Ruiz said he was not there.")
    assert _claimants(b)[-1] == "Marco Ruiz"


def test_a_surname_that_is_a_month_speaks_after_a_quotation() -> None:
    """'“...,” May said': a date says nothing, so a month's name between a closed quotation
    and a reporting verb is the surname of the person named before; after "in" it is the
    month ("a report published in May said")."""
    b = briefing(
        "“The damage is wide,” rescue leader Tom March said. “Roads are cut,” March said."
        " A report published in March said the town was at risk."
    )
    assert groups(b)["Tom March"] == {"Tom March", "March"}
    assert _claimants(b) == ["Tom March", "Tom March", None]
    for text in (
        "A report published in May said the town was at risk.",
        "August brought heavy rain to the valley, the agency said.",
    ):
        assert "May" not in str(groups(briefing(text))), text
        assert "August" not in str(groups(briefing(text))), text


def test_a_month_that_speaks_with_no_one_named_in_full_by_it_is_no_actor() -> None:
    """'“...,” May said' with no "Tom May" anywhere in the corpus: nothing says May is a
    person's surname, so the month is no actor (not a body named "May")."""
    for texts in (
        ("“We will rebuild,” May said on Tuesday.",),
        ("“Prices rose,” the bank said. “They will fall,” June added.",),
        ("“We lost everything,” April said, standing outside her house.",),
        ("Rescue leader Tom Saltmarsh arrived.", "“We will rebuild,” May said on Tuesday."),
    ):
        b = briefing(*texts)
        assert not {"May", "June", "April"} & {a.name for a in b.actors}, texts
    # named in full anywhere in the corpus, the month is that person's surname
    b = briefing("“We will rebuild,” May said on Tuesday.", "Rescue leader Tom May arrived.")
    assert _claimants(b)[0] == "Tom May"


def test_a_hyphenated_surname_two_people_share_is_no_one_s_alone() -> None:
    """ "Saltmarsh-Ruiz told the court" when Ana and Marco Saltmarsh-Ruiz are both named:
    no telling which, so neither (as a single surname two people share)."""
    b = briefing(
        "Ana Saltmarsh-Ruiz founded the firm. Her brother Marco Saltmarsh-Ruiz ran it.",
        "“We had no plan,” Saltmarsh-Ruiz told the court.",
    )
    assert _claimants(b)[-1] not in ("Ana Saltmarsh-Ruiz", "Marco Saltmarsh-Ruiz")


def test_a_hyphenated_surname_alone_before_the_full_name_is_that_person() -> None:
    """ "Saltmarsh-Ruiz told the court" in an article before the one that names Ana
    Saltmarsh-Ruiz in full: one person, as with a single-word surname."""
    b = briefing(
        "“We had no plan,” Saltmarsh-Ruiz told the court.",
        "Ana Saltmarsh-Ruiz, who founded the firm, testified on Friday.",
    )
    assert _claimants(b)[0] == "Ana Saltmarsh-Ruiz"
    assert groups(b)["Ana Saltmarsh-Ruiz"] == {"Ana Saltmarsh-Ruiz", "Saltmarsh-Ruiz"}


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was high, Press.Vu reported, citing election officials.",
        "Turnout was high, according to the website Saltford.com.",
        "Turnout was high, Saltford.co.uk reported. Saltford.co.uk's reporters saw the crowd.",
    ],
)
def test_a_site_named_by_its_web_address_and_cited_as_a_source_is_one_outlet(text: str) -> None:
    b = briefing(text)
    outlets = {a.name for a in b.actors if a.kind == Kind.OUTLET}
    assert len(outlets) == 1 and next(iter(outlets)).split(".")[0] in ("Press", "Saltford")
    assert not any(a.name in ("Saltford", "Vu", "Com") for a in b.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Saltford.com said it would appeal the fine.",
        "Regulators fined Berrow.net, which said it would appeal.",
    ],
)
def test_a_company_named_by_its_web_address_is_no_outlet(text: str) -> None:
    b = briefing(text)
    kinds = {a.name: a.kind for a in b.actors}
    address = next(name for name in kinds if "." in name)
    assert kinds[address] == Kind.ORGANISATION


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Talks ended in Beijing.Li Wen, a trade official, said more would follow.", "Beijing.Li"),
        ("A statement came from the Ministry.Ma Hong said it was final.", "Ministry.Ma"),
        ("The river rose in Saltmarsh.Is the dam safe, residents asked.", "Saltmarsh.Is"),
    ],
)
def test_a_name_after_a_lost_space_is_read_apart_from_the_word_before(
    text: str, wrong: str
) -> None:
    names = {a.name for a in briefing(text).actors}
    assert not any(wrong in name for name in names)


def test_an_outlet_citing_itself_speaks_in_its_own_voice() -> None:
    text = "Turnout was high, Saltford.com reported, citing its reporters."
    raws = [
        RawArticle(SourceMeta(id="own", outlet="Saltford.com"), text, None, "0"),  # type: ignore[arg-type]
        RawArticle(SourceMeta(id="other", outlet="Berrow Daily"), text, None, "0"),  # type: ignore[arg-type]
    ]
    b = analyse(CONFIG, raws, ["own.txt", "other.txt"], load_gazetteer(None))
    claimants = {s.source_id: s.claimant for s in b.statements}
    names = {a.id: a.name for a in b.actors}
    assert claimants["own"] is None
    assert names.get(claimants["other"] or "") == "Saltford.com"


def test_a_place_set_after_another_is_no_person_with_the_post_before_them() -> None:
    b = briefing(
        "Floods hit towns in Saltmarsh on Monday. "
        "Nine people died, the mayor of Berrow, Saltmarsh, said on Tuesday."
    )
    assert "Saltmarsh" not in {a.name for a in b.actors if a.kind == Kind.PERSON}


def test_a_state_set_after_a_town_takes_no_post_even_read_once() -> None:
    b = briefing("Nine people died, the mayor of Berrow, Saltmarsh, said.")
    assert "Saltmarsh" not in {a.name for a in b.actors if a.kind == Kind.PERSON}


def test_a_person_quoted_once_by_title_and_surname_stays_a_person() -> None:
    b = briefing("Crews at Ruiz worked overnight. 'We are ready,' Senator Ruiz said.")
    assert "Ruiz" in {a.name for a in b.actors if a.kind == Kind.PERSON}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nine people died, the mayor of Berrow, Ana Ruiz, said.", "Ana Ruiz"),
        ("The crisis deepened, the president of France, Ruiz, said.", "Ruiz"),
    ],
)
def test_the_holder_of_a_post_set_after_its_comma_keeps_the_post(text: str, name: str) -> None:
    assert name in {a.name for a in briefing(text).actors if a.kind == Kind.PERSON}
