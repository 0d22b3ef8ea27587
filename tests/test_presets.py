"""Presets and the lexicon: the data's checks, init --preset, and typed names' cues."""

from __future__ import annotations

import tomllib

import pytest
from typer.testing import CliRunner

from briefbook.analyse.cues import Cue, words
from briefbook.analyse.topics import TopicClassifier
from briefbook.commands.cli import app
from briefbook.commands.init import plan_topics, render_config
from briefbook.model import Config
from briefbook.presets import (
    PresetError,
    families,
    fitting_families,
    infer,
    parse_lexicon,
    parse_presets,
    plan_names,
    presets,
)
from briefbook.project.load import Project, load_config

runner = CliRunner()

KINDS = {
    "armed-conflict": "armed conflict",
    "natural-disaster": "natural disaster",
    "politics": "politics or election",
    "business": "business or company",
    "court": "court or crime",
    "protest": "protest or strike",
    "public-health": "public health",
    "accident": "accident",
}


def test_every_kind_of_event_has_a_preset_with_a_background_and_a_default():
    known = presets()
    assert {name: p.kinds[0] for name, p in known.items()} == KINDS
    for preset in known.values():
        ids = [t.id for t in preset.topics]
        assert preset.default in ids and preset.background == "background" == ids[-1]
        for topic in preset.topics:
            assert topic.name and topic.about.endswith(".") and len(topic.cues) >= 10


PRESET = """\
[kind]
default = "one"
[[kind.topic]]
id = "one"
name = "One"
about = "The first."
cues = ["first", "{cue}"]
"""


@pytest.mark.parametrize(
    ("cue", "message"),
    [("", "an empty cue"), ("*", "a lone '*'"), ("x*", "at least 3 letters")],
)
def test_a_bad_preset_cue_names_the_file_and_field(cue, message):
    with pytest.raises(PresetError) as err:
        parse_presets(PRESET.format(cue=cue))
    assert str(err.value).startswith("data/presets.toml: kind.topic[0].cues[1]: ")
    assert message in str(err.value)


def test_a_preset_default_must_be_one_of_its_topics():
    with pytest.raises(PresetError, match=r"kind\.default: 'two' is not one of its topics"):
        parse_presets(PRESET.format(cue="second").replace('"one"\n[[', '"two"\n[[', 1))


def test_a_preset_spoken_topic_must_be_one_of_its_topics():
    text = PRESET.format(cue="second").replace('default = "one"', 'spoken = "one"')
    assert parse_presets(text)["kind"].spoken == "one"
    with pytest.raises(PresetError, match=r"kind\.spoken: 'two' is not one of its topics"):
        parse_presets(text.replace('spoken = "one"', 'spoken = "two"'))


def test_the_lexicon_includes_only_preset_topics_and_checks_its_cues():
    known = parse_presets(PRESET.format(cue="second"))
    family = parse_lexicon('[[family]]\nwords = ["w"]\nincludes = ["kind.one"]\n', known)
    assert family[0].cues == ("first", "second")
    with pytest.raises(PresetError, match=r"family\[0\]\.includes: 'kind\.two' is no preset"):
        parse_lexicon('[[family]]\nwords = ["w"]\nincludes = ["kind.two"]\n', known)
    with pytest.raises(PresetError, match=r"data/lexicon\.toml: family\[0\]\.cues\[0\]"):
        parse_lexicon('[[family]]\nwords = ["w"]\ncues = ["*"]\n', known)


def test_typed_names_take_the_fitting_preset_topic_or_word_families():
    plans, preset = plan_names(
        [("casualties", "Casualties"), ("cause-of-the-flood", "Cause of the flood"),
         ("zorblax", "Zorblax")],
        "The river flood",
    )  # fmt: skip
    assert preset is not None and preset.name == "natural-disaster"
    casualties, cause, unknown = plans
    assert casualties.cues == preset.topic("casualties").cues
    assert casualties.description == preset.topic("casualties").about
    assert cause.cues[:3] == ("cause of the flood", "cause", "flood")
    assert "investigat*" in cause.cues and "rain" not in cause.cues  # the head word decides
    assert (unknown.fitted, unknown.cues, unknown.origin) == (False, ("zorblax",), "its own words")


@pytest.mark.parametrize(
    ("name", "cue"),
    [
        ("Resignation and transition", "step down"),
        ("Victims and identification", "dna"),
        ("Testing and contact tracing", "contact tracing"),
    ],
)
def test_a_change_of_leader_identifying_the_dead_and_testing_have_word_families(name, cue):
    (plan,), _ = plan_names([("topic", name)], "The event")
    assert plan.fitted and cue in plan.cues


@pytest.mark.parametrize(
    ("preset", "topic", "text"),
    [
        ("accident", "background", "The truck was found in the river."),  # not 'founded'
        ("business", "background", "The car was found on Monday."),
        ("accident", "background", "The voice recorder was recovered."),  # not a record
        ("accident", "investigation", "Two survivors were pulled to safety."),
        ("accident", "response", "Four workers were declared dead."),
        ("protest", "disruption", "He was busy all day."),  # not 'businesses'
        ("protest", "government-and-talks", "Protesters managed to enter the chamber."),
        ("armed-conflict", "operations", "The minister blasted the decision."),  # criticism
        ("armed-conflict", "claims-and-denials", "The US claims the unit arrived."),  # a report
        ("armed-conflict", "claims-and-denials", "Troops reportedly crossed the river."),
        # a railway's trains and stations are not troops' training or stationing
        ("armed-conflict", "operations", "An extra train left the station at dawn."),
        ("armed-conflict", "humanitarian", "The town lies close to the front."),  # not 'closed'
        ("politics", "investigations", "She called the ruling illegal."),  # a reaction
        ("politics", "votes", "Electricity was cut as a result."),
        ("politics", "investigations", "Ministers stay in charge of day-to-day business."),
        ("politics", "investigations", "The president is searching for a successor."),
        ("politics", "implications", "His term ends in May."),
        ("public-health", "cases", "It is a deadly disease."),
        ("natural-disaster", "damage", "He came to power in 2019."),
        ("natural-disaster", "hazard", "She felt deep sorrow."),
        ("politics", "implications", "Reuters could not immediately verify the report."),
        ("armed-conflict", "implications", "Reuters could not immediately verify the report."),
        ("court", "verdicts", "His lawyer has not ruled out an appeal."),  # not a ruling
        ("public-health", "spread", "Her neighbours were tested."),  # not neighbouring lands
        ("public-health", "vaccines-and-treatment", "He was not authorised to talk to the media."),
        ("public-health", "reactions", "She is in intensive care."),  # not 'careful'
        ("politics", "reactions", "I take full responsibility."),  # not a response
        ("public-health", "reactions", "Regional authorities were responsible."),
        ("politics", "votes", "It was a victory for the movement."),  # not an election's
        ("court", "trial", "The whole town was a witness to the change."),  # not in court
        ("politics", "background", "Officers seized power in a coup at dawn."),  # the event
        ("public-health", "background", "The boy showed symptoms on Monday and died."),
        # a worker's task and a firm's trade are not the inquiry
        ("accident", "investigation", "Staff were examining and packing the parts."),
        ("accident", "investigation", "The plant belongs to a cable manufacturer."),
        # a reason's grounds, a critical need, a head office, a themed party
        ("business", "disruption", "The merger was refused on competition grounds."),
        ("business", "reactions", "The chips are critical to the supply chain."),
        ("business", "background", "She spoke at the bank's headquarters."),
        ("court", "reactions", "The pupils were at a film-inspired party."),
        ("business", "company-response", "It showed a firm commitment to reform."),  # not a vow
        ("public-health", "spread", "Supplies were dropped by helicopter."),  # not droppings
        # in a strike the authorities and the employer respond; experts' warnings of a
        # rising count are no official measure
        ("protest", "reactions", "The employer did not respond to the union's letter."),
        ("public-health", "declarations", "Doctors warned that infections would keep rising."),
        # a company's shares are its stock; what someone shared is a picture or a message
        ("business", "markets", "The agency shared photos of the damaged part."),
        ("politics", "reactions", "The police shared a video of the arrest online."),
        # asking for a resignation or for patience is no sentencing request
        ("court", "prosecution", "Two senators called for him to resign."),
        ("court", "prosecution", "The family asked for privacy and demanded answers."),
        # Snowball gives "likely" the stem of "like": an outcome's odds are not a likeness
        ("politics", "implications", "Leaders like him rarely resign."),
        ("armed-conflict", "implications", "The drones looked like small planes."),
        # in a protest or strike the parties themselves urge (a union urges its members, a
        # government urges people to stay home): no outsider's reaction
        ("protest", "reactions", "The union leader urged members to hold out."),
        ("protest", "reactions", "The interior minister is urging marchers to go home."),
        # Snowball gives "department" the stem of "departed": a department is no take-off
        ("accident", "the-accident", "The state health department said two teams were sent."),
        # the noun names a decision talked about (a court's, a count's); "decided" makes one
        ("politics", "decisions", "The opposition called the court's decision illegal."),
        # "rival" says who a company is beside ("its rival", "US rivals"), not what they said
        ("business", "reactions", "The bank was bought by its larger rival on Sunday."),
        # a company's finance chief or a product's low cost says nothing of its shares
        ("business", "markets", "The chief financial officer said the chip was built at low cost."),
        # seeking is a prosecution's only when what is sought is a penalty
        ("court", "prosecution", "The rebels once sought control of the valley."),
        ("court", "prosecution", "He is seeking re-election next year."),
        # a defendant calling himself innocent as he leaves the courtroom is his reaction;
        # the trial's words are the presumption of innocence and what happens in the room
        ("court", "trial", "I am an innocent man, he said as he walked out of the courtroom."),
        # being committed to something is a pledge, not a crime committed
        ("court", "crime-and-investigation", "We are committed to keeping the city safe."),
        # admitted to hospital, or admitting what was done, is no plea in court
        ("court", "trial", "Nine people were admitted to hospital after the attack."),
        # a patient treated at a hospital is a case's story; treatment is with something
        ("public-health", "vaccines-and-treatment", "The boy was treated at a local hospital."),
        # recalling is remembering unless a product is recalled
        ("public-health", "declarations", "She recalled the day her son fell ill."),
        ("public-health", "declarations", "I recall seeing the nurses cry."),
    ],
)
def test_a_preset_cue_does_not_find_a_word_of_another_sense(preset, topic, text):
    """Word families reach past the word ('founded' and 'found' share a stem): such cues
    are written as the words meant, or as phrases."""
    text_words = words(text)
    cues = presets()[preset].topic(topic).cues
    assert [c for c in cues if Cue.parse(c).found(text_words)] == []


@pytest.mark.parametrize(
    "text",
    [
        "The country has seen a series of coups since independence.",
        "The previous coup, in the last decade, ended in elections.",
    ],
)
def test_a_coup_is_background_only_when_it_is_an_earlier_one(text):
    """In a coup story "coup" names the event itself, in statements of every topic; the
    background is earlier coups."""
    cues = presets()["politics"].topic("background").cues
    assert [c for c in cues if Cue.parse(c).found(words(text))] != []


@pytest.mark.parametrize(
    "text",
    [
        "Two neighbouring governments lashed the takeover as illegal.",
        "The regional bloc slammed the move on Friday.",
        "The union hit out at the decision.",
        "The bloc rebuked the army and decried the arrests.",
        "The council deplored the violence.",
    ],
)
def test_the_verbs_of_a_sharp_rebuke_are_reactions(text):
    """News verbs of sharp criticism ("lashed", "slammed", "hit out at") say a reaction as
    much as "condemned" does."""
    cues = presets()["politics"].topic("reactions").cues
    assert [c for c in cues if Cue.parse(c).found(words(text))] != []


@pytest.mark.parametrize(
    ("preset", "topic", "text"),
    [
        # what a company's executives and spokespeople say is its response
        (
            "business",
            "company-response",
            "A spokeswoman for the airline said checks were under way.",
        ),
        ("business", "company-response", "The bank's chief executive met staff on Monday."),
        # "did not immediately respond", the wire services' words for no answer
        (
            "armed-conflict",
            "claims-and-denials",
            "The army did not immediately respond to a request for comment.",
        ),
        ("business", "company-response", "The airline did not yet respond to questions."),
        # how far a wildfire is held is the fire itself: "containment" finds "contained"
        ("natural-disaster", "hazard", "The blaze was 60% contained by Sunday night."),
        # a war's attacks by explosives and sabotage are operations
        ("armed-conflict", "operations", "Hundreds of handsets detonated at once."),
        ("armed-conflict", "operations", "Explosives had been hidden inside the radios."),
        ("armed-conflict", "operations", "The car had been booby-trapped."),
        ("armed-conflict", "operations", "Saboteurs cut the line overnight."),
        # the dead and the maimed by the words news uses besides "killed"
        ("armed-conflict", "casualties", "The deceased included two guards."),
        ("armed-conflict", "casualties", "Several fighters were slain near the border."),
        ("armed-conflict", "casualties", "Many were maimed and some needed amputations."),
        # a disavowal is a denial without the word "deny"
        ("armed-conflict", "claims-and-denials", "The firm said it was not involved."),
        ("armed-conflict", "claims-and-denials", "The agency said it had nothing to do with it."),
        ("armed-conflict", "claims-and-denials", "No group has claimed responsibility."),
        ("armed-conflict", "claims-and-denials", "A second theory holds that it was hacked."),
        # a protest's police by their other names, and what detained protesters are charged with
        ("protest", "policing", "Law enforcement agencies were out in force downtown."),
        ("protest", "policing", "Law enforcers said they kept records of the detained."),
        ("protest", "policing", "Most face charges of petty hooliganism."),
        # sorrow is grief, as mourning is
        ("court", "reactions", "The firm expressed its deep sorrow at his death."),
        ("natural-disaster", "response", "The king expressed his sorrow for the victims."),
        # the authorities' response named as such, offers of help, payments to the bereaved
        ("natural-disaster", "response", "Residents criticised the government response."),
        ("natural-disaster", "response", "The city is in emergency response mode."),
        ("natural-disaster", "response", "Neighbouring states said they stand ready to help."),
        ("accident", "response", "The state announced ex gratia payments to the families."),
        ("accident", "response", "The minister flew home to lead the response."),
        # in an outbreak, disputing an official's account or raising the alarm is a reaction
        ("public-health", "reactions", "Doctors disputed the minister's account."),
        ("public-health", "reactions", "The hospital contested that description."),
        ("public-health", "reactions", "Experts said the cluster raises alarm bells."),
        # the wire's stock line for a side that has not answered, and opposition voiced
        ("armed-conflict", "claims-and-denials", "There was no immediate comment from the army."),
        ("armed-conflict", "reactions", "Beijing voiced opposition to the new sanctions."),
        # an election's race: its rounds, its front-runners and challengers
        ("politics", "votes", "She will face the mayor in the runoff."),
        ("politics", "votes", "He came top in the first round."),
        ("politics", "votes", "The front-runner leads the main challenger."),
        ("politics", "votes", "Four contenders remain in the presidential race."),
        ("politics", "votes", "The two were due to go up against each other on Sunday."),
        # how an election's integrity is examined
        ("politics", "investigations", "The council declassified intelligence reports."),
        ("politics", "investigations", "Monitors found irregularities in the count."),
        ("politics", "investigations", "It examined foreign interference and manipulation."),
        # a case against a leader: the rule broken, the ethics code, the verdict
        ("politics", "investigations", "She had violated the rules on gifts."),
        ("politics", "investigations", "He is accused of breaching the ethics code."),
        ("politics", "investigations", "The panel disqualified him after a long hearing."),
        ("politics", "investigations", "The judgment is expected next week."),
        ("politics", "investigations", "Her conviction was upheld; the lawsuit goes on."),
        # a labour dispute's bargaining and the employer's measures
        ("protest", "government-and-talks", "Members will vote on the tentative contract."),
        ("protest", "government-and-talks", "Collective bargaining resumed on Monday."),
        ("protest", "government-and-talks", "Staff rejected the counteroffer."),
        ("protest", "government-and-talks", "It announced furloughs and a hiring freeze."),
        ("protest", "government-and-talks", "Executives said the firm must preserve cash."),
        # what is left unconfirmed or unknown belongs with claims and their verification
        ("armed-conflict", "claims-and-denials", "The ministry refused to comment on the raid."),
        ("armed-conflict", "claims-and-denials", "It remains unclear who fired first."),
        # a war's disruption of civilian life: emergencies declared, trains and flights cut
        ("armed-conflict", "humanitarian", "The governor declared a state of emergency."),
        ("armed-conflict", "humanitarian", "Two railway stations near the border are shut."),
        ("armed-conflict", "humanitarian", "Rail services resumed, with one extra carriage."),
        ("armed-conflict", "humanitarian", "Passengers waited as flights were disrupted."),
        # a politician's exhortation in the first person is a reaction, not a decision
        ("politics", "reactions", "“We must act before the winter,” the senator said."),
        ("politics", "reactions", "We have to stay united, she told supporters."),
        ("politics", "reactions", "“We need to calm down,” he added."),
        # fighters taken prisoner: captured, surrendering, held, exchanged
        ("armed-conflict", "casualties", "Dozens of conscripts surrendered near the bridge."),
        ("armed-conflict", "casualties", "Two of the detainees spoke to reporters."),
        ("armed-conflict", "casualties", "The pilot was captured after he ejected."),
        ("armed-conflict", "casualties", "Both sides agreed a prisoner exchange."),
        # how police end a protest: dispersing it, breaking it up, with what weapons
        ("protest", "policing", "Officers moved in to disperse the sit-in."),
        ("protest", "policing", "The rally was broken up within the hour."),
        ("protest", "policing", "Riot units fired pepper spray and stun grenades."),
        ("protest", "policing", "Monitors said officers used excessive force."),
        ("protest", "policing", "Twelve students remain in custody."),
        # what a strike costs the business it stops
        ("protest", "disruption", "Production at the plant has halted."),
        ("protest", "disruption", "Deliveries to customers are on hold, and suppliers wait."),
        ("protest", "disruption", "A long walkout could cost the maker its credit rating."),
        # an accident's legal steps are its accountability: arrests, warrants, courts
        ("accident", "investigation", "The owner was arrested late on Friday."),
        ("accident", "investigation", "Judges approved a warrant for his detention."),
        ("accident", "investigation", "Her lawyer could not be reached."),
        ("accident", "investigation", "The firm was accused of employing staff illegally."),
        ("accident", "investigation", "Families have sued the operator."),
        # an inquiry examines the wreckage; the maker of the craft is part of it
        ("accident", "investigation", "Experts examined the wreckage overnight."),
        ("accident", "investigation", "The manufacturer has sent engineers."),
        # a rule's wording and an animal outbreak's culls are official measures
        ("public-health", "declarations", "Farms are required to report sick animals."),
        ("public-health", "declarations", "Thousands of birds were culled."),
        ("public-health", "declarations", "The whole flock was slaughtered."),
        # a patient's symptoms are a case; the disease's symptoms are its background
        ("public-health", "cases", "The boy showed symptoms on Monday."),
        ("public-health", "cases", "Her only symptom was a rash."),
        ("public-health", "background", "Symptoms include chills and aching joints."),
        ("public-health", "background", "It can take two weeks to show symptoms."),
        # an outbreak's official measures, by the words orders use
        ("public-health", "declarations", "Public gatherings have been prohibited."),
        ("public-health", "declarations", "Markets in the district will be shut for a month."),
        ("public-health", "declarations", "A night curfew was imposed."),
        ("public-health", "declarations", "All burials must be supervised by health workers."),
        ("public-health", "declarations", "The order suspends classes until further notice."),
        # a deal stopped or cleared by the state: the review, the veto, the grounds, the suit
        ("business", "regulators-and-legal", "The government blocked the purchase."),
        ("business", "regulators-and-legal", "Officials vetoed the sale after a long review."),
        ("business", "regulators-and-legal", "The merger won approval from the watchdog."),
        ("business", "regulators-and-legal", "It was refused on national security grounds."),
        ("business", "regulators-and-legal", "Rules limit foreign ownership of the ports."),
        ("business", "regulators-and-legal", "The firms call the order unlawful and will sue."),
        ("business", "regulators-and-legal", "They say it violated due process."),
        # a company's own answer: its vows, its resolve, its refusal to accept a decision
        ("business", "company-response", "The chairman told a news conference it would fight on."),
        ("business", "company-response", "The group vowed never to give up on the plan."),
        ("business", "company-response", "We cannot accept this decision."),
        ("business", "company-response", "It remains determined to expand abroad."),
        # the critics, opponents and observers of a deal
        ("business", "reactions", "Critics said the tie-up hurts savers."),
        ("business", "reactions", "Both parties oppose the sale; observers were disappointed."),
        ("business", "reactions", "It shows a rising protectionist mood."),
        # a violent crime: its weapon, its wounded, the officers' inquiry
        ("court", "crime-and-investigation", "Two men were stabbed outside a bar."),
        ("court", "crime-and-investigation", "A knife was recovered near the scene."),
        ("court", "crime-and-investigation", "Three are in critical condition in hospital."),
        ("court", "crime-and-investigation", "Officers have not released his identity."),
        ("court", "crime-and-investigation", "The victim was fatally shot."),
        # a court's first steps: a charge read, a defendant remanded
        ("court", "prosecution", "He faces a charge of arson."),
        ("court", "trial", "She was remanded in custody until next month."),
        # the public's grief and anger around a crime: shock, vigils, riots
        ("court", "reactions", "The singer said she was in shock and full of horror."),
        ("court", "reactions", "Hundreds held a vigil and mourned the dead."),
        ("court", "reactions", "Riots broke out as far-right groups gathered."),
        ("court", "reactions", "Our thoughts are with the families; we send condolences."),
        # 'strike' does not find its past "struck"; aircraft and drones are shot down
        ("armed-conflict", "operations", "Jets struck two depots overnight."),
        ("armed-conflict", "operations", "Gunners shot down 12 of them."),
        # irregular forms the stemmer does not join to their cue's family
        ("armed-conflict", "operations", "The rebels withdrew from the town."),
        ("protest", "government-and-talks", "Management withdrew its plan."),
        ("public-health", "cases", "The figure rose to 40 by May."),
        ("natural-disaster", "damage", "Dozens of homes were burnt."),
        ("natural-disaster", "rescue-and-relief", "The village was rebuilt within a year."),
        ("accident", "the-accident", "The ferry had sunk by dawn."),
        # other governments' part in a war: deals brokered, calls for calm, praise, threats
        ("armed-conflict", "reactions", "The two sides agreed a deal brokered by a neighbour."),
        ("armed-conflict", "reactions", "The bloc called for restraint and de-escalation."),
        ("armed-conflict", "reactions", "She praised both leaders and welcomed the move."),
        ("armed-conflict", "reactions", "Capitals congratulated the two governments."),
        ("armed-conflict", "reactions", "The plotters will face severe punishment."),
        ("armed-conflict", "reactions", "The two leaders spoke by phone for an hour."),
        # condolences offered by other governments are a reaction, whatever they are for
        ("armed-conflict", "reactions", "The envoy extended his deepest condolences."),
        ("armed-conflict", "reactions", "The statement sought a cessation of hostilities."),
        ("protest", "government-and-talks", "The ministry has not yet responded to strikers."),
        ("public-health", "declarations", "The agency issued a warning on Monday."),
        # a crash's recovery: bodies pulled from the water, the wreckage salvaged
        ("accident", "rescue-and-recovery", "Two bodies were pulled from the river by fishermen."),
        ("accident", "rescue-and-recovery", "Salvage crews lifted the wreckage onto a barge."),
        # a leader speaking to the country is a leader's act
        ("politics", "decisions", "The premier spoke in an address to the nation."),
        # a vehicle's or product's failure, as it unfolded, is what happened to a company
        ("business", "incident", "The jet made an emergency landing after a panel blew out."),
        ("business", "incident", "A wheel detached from the lorry on the motorway."),
        ("business", "incident", "The sensor malfunctioned twice that week."),
        # officials' responses to a case: criticism, and calls on someone to act or resign
        ("court", "reactions", "Rights groups condemned the ruling as a travesty."),
        ("court", "reactions", "Party leaders called on the mayor to resign."),
        ("court", "reactions", "Colleagues said he should step down at once."),
        # what is said of a verdict: a disgrace, a travesty, no one above the law
        ("court", "reactions", "His lawyer called the outcome a disgrace."),
        ("court", "reactions", "Nobody is above the law, the governor said."),
        ("court", "reactions", "Many called it a travesty and a witch hunt."),
        # respects paid and a recovery wished are mourning's words, as condolences are
        ("accident", "response", "The governor paid her respects at the scene."),
        ("accident", "response", "He wished the injured a speedy recovery."),
        ("natural-disaster", "response", "The king paid his respects to the dead."),
        ("court", "reactions", "She wished the wounded officer a swift recovery."),
        # experts and teams sent to an outbreak are its resources
        ("public-health", "vaccines-and-treatment", "The agency is deploying specialists there."),
        ("public-health", "vaccines-and-treatment", "The ministry sent a team to the border town."),
        # a jury or court as the subject of its verdict is the verdict, not the trial
        ("court", "verdicts", "A jury found the builder liable."),
        ("court", "verdicts", "The jury declared him liable for the losses."),
        # how many took part in a protest, and what they carried, broke or set alight
        ("protest", "actions", "Some 20,000 people took part."),
        ("protest", "actions", "Turnout was lower than on the first day of action."),
        ("protest", "actions", "They carried banners past the barricades."),
        ("protest", "actions", "A bank was vandalised and a kiosk set ablaze."),
        # a crash's accountability: who is blamed, criticised, under scrutiny
        ("accident", "investigation", "Residents blamed the operator."),
        ("accident", "investigation", "The agency came under scrutiny and criticism."),
        ("accident", "investigation", "A backlash against the port authority is growing."),
        # what caused a crash, while it is unknown, doubted or speculated about
        ("accident", "investigation", "The reasons for the sinking are still unknown."),
        ("accident", "investigation", "Doubts grew over the official explanation."),
        ("accident", "investigation", "Local media speculated that a tyre had burst."),
        ("accident", "investigation", "Experts offered several hypotheses and theories."),
        # the hearings before a trial: bail and arraignment
        ("court", "trial", "He was released on bail."),
        ("court", "trial", "She is due to be arraigned next week."),
        # leaders congratulating a winner react to the vote
        ("politics", "reactions", "Neighbouring leaders congratulated the winner."),
        # a conjecture about what happened ("may have", "might have") is about the cause
        ("accident", "investigation", "A bird strike may have brought the jet down."),
        ("accident", "investigation", "The driver might have fallen asleep at the wheel."),
        ("accident", "investigation", "The blaze could have started in the kitchen."),
        # whether a plane had been cleared to move, or was hit by air defences, is its cause
        ("accident", "investigation", "The crew said they had been given permission to land."),
        ("accident", "investigation", "The tower had not given the jet clearance to take off."),
        ("accident", "investigation", "Officials said air defences were active near the airport."),
        ("accident", "investigation", "Experts said the airliner may have been shot down."),
        # an accident's aftermath in officials' hands: mourners and burials, leaders kept
        # informed, help for the bereaved, services restored, measures against a repeat
        ("accident", "response", "Mourners carried the coffins through the town."),
        ("accident", "response", "The president was briefed on the crash overnight."),
        ("accident", "response", "The state will give financial assistance to the families."),
        ("accident", "response", "Rail services on the line were restored on Monday."),
        ("accident", "response", "The ministry ordered urgent measures to prevent a repeat."),
        # people under the rubble are the rescuers' work, the rubble alone the damage's
        ("natural-disaster", "rescue-and-relief", "Dogs searched for anyone under the rubble."),
        ("natural-disaster", "rescue-and-relief", "Two aid flights landed at dawn."),
        # a failed bank in the authorities' hands: depositors and taxpayers protected,
        # bailouts, liquidity, the orderly wind-down of a systemically important lender
        ("business", "regulators-and-legal", "Depositors will get all their money back."),
        ("business", "regulators-and-legal", "Taxpayers will not pay for the rescue."),
        ("business", "regulators-and-legal", "The minister ruled out a bailout."),
        ("business", "regulators-and-legal", "The central bank offered emergency liquidity."),
        ("business", "regulators-and-legal", "Its wind-down will take two years."),
        # those a war drives out and lets back: evacuees, people forced to flee, returnees
        ("armed-conflict", "humanitarian", "Some 4,000 evacuees slept in school halls."),
        ("armed-conflict", "humanitarian", "Villagers were forced to flee overnight."),
        ("armed-conflict", "humanitarian", "Families began to return home after the truce."),
        ("natural-disaster", "rescue-and-relief", "Evacuees were bussed to the stadium."),
        # a defendant's public life before the case: long-held posts, coming to power
        ("court", "background", "She took office in 2019 after a narrow win."),
        ("court", "background", "He was a longtime ally of the governor."),
        # a verdict challenged in a higher court is appealed
        ("court", "appeals", "Her lawyers will challenge the verdict."),
        ("court", "appeals", "The ruling will be challenged in the high court."),
        # a harsh word is a reaction to the vote
        ("politics", "reactions", "The opposition leader lambasted the decision."),
        # the passengers who escaped are the survivors
        ("accident", "casualties", "Every passenger escaped before the bus burned."),
        # what forces aim at and hold
        ("armed-conflict", "operations", "The jets targeted fuel depots overnight."),
        ("armed-conflict", "operations", "Rebels now control the airport."),
        ("business", "markets", "Shareholders voted against the plan."),
        # a sentencing request pairs the asking with the penalty
        ("court", "prosecution", "The state asked for a life sentence."),
        ("court", "prosecution", "The lawyers demanded 12 years' imprisonment for him."),
        ("politics", "implications", "A runoff looks likely."),
        # a company's answer to allegations: its response, denials, thanks
        ("business", "company-response", "The group rejected the report as baseless."),
        ("business", "company-response", "In its response, the firm refuted each claim."),
        ("business", "company-response", "The bank denied any wrongdoing."),
        ("business", "company-response", "The founder thanked customers for their patience."),
        # what someone comments on a case, or declines to, is a reaction to it
        ("court", "reactions", "The governor has not commented on the verdict."),
        ("court", "reactions", "His comments drew applause outside."),
        # calls to end the fighting and refusals to tolerate an attack are diplomacy
        ("armed-conflict", "reactions", "The envoy urged both sides to end the fighting."),
        ("armed-conflict", "reactions", "Leaders called for a halt to the fighting."),
        ("armed-conflict", "reactions", "We will not tolerate these attacks."),
        ("armed-conflict", "reactions", "This aggression cannot stand."),
        ("armed-conflict", "reactions", "The fighting along the border will end at dawn."),
        # what a war does to prices, markets and the economy is its consequence
        ("armed-conflict", "implications", "Oil prices jumped on the news."),
        ("armed-conflict", "implications", "The economy will take years to recover."),
        # a company's finances are its markets' chapter
        ("business", "markets", "The group's finances were weaker than expected."),
        # a penalty sought is the prosecution's request
        ("court", "prosecution", "The state will seek the death penalty for the gunman."),
        ("court", "prosecution", "They sought a 20-year prison term."),
        ("court", "trial", "She is presumed innocent until proven guilty."),
        ("court", "trial", "A witness broke down in the courtroom."),
        ("court", "crime-and-investigation", "He committed the robbery alone, the report found."),
        ("court", "crime-and-investigation", "Both men committed serious crimes."),
        ("court", "trial", "He admitted all the charges on the first day."),
        ("public-health", "vaccines-and-treatment", "She is being treated with antibodies."),
        ("public-health", "vaccines-and-treatment", "Doctors know how to treat the infection."),
        # a food recall, advice to the public and disinfection are an outbreak's measures
        ("public-health", "declarations", "The maker recalled two tonnes of cheese on Friday."),
        ("public-health", "declarations", "The voluntary recall covers all sliced products."),
        ("public-health", "declarations", "Residents were advised to boil their water."),
        ("public-health", "declarations", "Crews disinfected the market overnight."),
        # an accident's hazard for those living near it: evacuation orders, orders to leave
        # or stay indoors, the all-clear, checks on the air and water, and meetings with them
        ("accident", "response", "Residents within two miles were ordered to evacuate."),
        ("accident", "response", "The fire chief lifted the evacuation order at noon."),
        ("accident", "response", "Police told everyone on the estate to leave."),
        ("accident", "response", "People nearby were asked to shelter in place."),
        ("accident", "response", "Families were allowed to return on Sunday."),
        ("accident", "response", "Inspectors said the air quality in the town was normal."),
        ("accident", "response", "Tap water is safe to drink, the utility said."),
        ("accident", "response", "The school was closed as a precaution."),
        ("accident", "response", "Hundreds came to a public meeting with the mayor."),
        ("accident", "response", "The city's response was quick, she said."),
        # services an operator or authority stops after an accident
        ("accident", "response", "The airline cancelled all flights on the route."),
        ("accident", "response", "Police closed both runways for the night."),
        ("accident", "response", "The bridge was closed to traffic until Friday."),
        # a defendant's custody until the next step, and the dates of the sentence to come
        ("court", "appeals", "He will remain in custody until his next hearing."),
        ("court", "appeals", "The judge said she would remain behind bars."),
        ("court", "appeals", "Prosecutors argued that he was a flight risk."),
        ("court", "appeals", "They are due to be sentenced in March."),
        ("court", "appeals", "The sentencing hearing was set for 4 June."),
        ("court", "appeals", "He is awaiting sentencing in a county jail."),
        ("court", "trial", "A judge ordered two months of pre-trial detention."),
        # the advice health authorities give the public, and the precautions they urge
        ("public-health", "declarations", "Officials issued advice to travellers on Friday."),
        ("public-health", "declarations", "The agency advises people to cook eggs well."),
        ("public-health", "declarations", "Shoppers should throw the packs away."),
        ("public-health", "declarations", "Customers were told to discard the bottles."),
        ("public-health", "declarations", "People should refrain from touching sick birds."),
        ("public-health", "declarations", "Anyone with a rash should call a healthcare provider."),
        ("public-health", "declarations", "Wash your hands and use insect repellent."),
        ("public-health", "declarations", "Residents were urged to take precautions."),
        # a company cutting back: plants closed, jobs and pay cut, staff laid off
        ("business", "incident", "The carmaker will close two plants next year."),
        ("business", "incident", "The plant closures were confirmed by the board."),
        ("business", "incident", "The group plans to cut 4,000 jobs."),
        ("business", "incident", "Hundreds of engineers were laid off in March."),
        ("business", "incident", "The bank announced a round of redundancies."),
        ("business", "incident", "Staff face a pay freeze and a 5% pay cut."),
        ("business", "incident", "The brewer will shut its oldest factory."),
        ("business", "incident", "The retailer is downsizing its stores."),
    ],
)
def test_the_words_of_each_kind_of_news_point_to_their_topic(preset, topic, text):
    """Word families a news reader expects in each kind of event's chapters, beyond the
    obvious ones: a sabotage's explosives, a disavowal, a runoff, a contract vote."""
    cues = presets()[preset].topic(topic).cues
    assert [c for c in cues if Cue.parse(c).found(words(text))] != []


@pytest.mark.parametrize(
    "text",
    [
        "The returning officer declared him elected.",
        "Officials announced the provisional results after midnight.",
        "The commission declared her the winner.",
    ],
)
def test_an_authority_declaring_who_won_is_the_vote_not_its_decision(text):
    """An electoral body declaring a winner or results reports the vote: the phrase takes
    the declaring verb from the decisions chapter (a longer cue's words count for it)."""
    plan = plan_topics("The election", None, "politics")
    config = Config.model_validate(tomllib.loads(render_config("The election", plan)))
    classifier = TopicClassifier(config, [text])
    assert classifier.assign(text).topic == "votes"


@pytest.mark.parametrize(
    "text",
    [
        "The party must now find a coalition partner to stay in government.",
        "The largest party will need allies to form a government and re-elect the president.",
        "The bloc said it would only become a coalition partner if the prime minister resigned.",
    ],
)
def test_forming_a_government_after_a_vote_is_the_vote_not_a_decision(text):
    """Coalition building after an election belongs with the results and parliament: the
    phrase takes "government" and "president" from the decisions chapter."""
    plan = plan_topics("The election", None, "politics")
    config = Config.model_validate(tomllib.loads(render_config("The election", plan)))
    classifier = TopicClassifier(config, [text])
    assert classifier.assign(text).topic == "votes"


def test_clearly_is_no_acquittal():
    """ "Cleared of" a charge is a verdict; the adverb "clearly" shares its stem and is not."""
    cues = presets()["court"].topic("verdicts").cues
    said = words("The appeal judges had clearly said the hearing must be public.")
    assert not [c for c in cues if Cue.parse(c).found(said)]
    assert [c for c in cues if Cue.parse(c).found(words("She was cleared of all charges."))]


def test_a_quake_that_occurred_is_no_habit_of_the_place():
    """How often disasters occur in a place is its background; "the quake occurred at dawn"
    tells the event itself, and the verb's family alone must not make it background."""
    cues = presets()["natural-disaster"].topic("background").cues
    said = words("The quake occurred at 8:11 a.m. and aftershocks have occurred since.")
    assert not [c for c in cues if Cue.parse(c).found(said)]
    for text in ("Floods occur regularly in the delta.", "Landslides often occur after rain."):
        assert [c for c in cues if Cue.parse(c).found(words(text))]


@pytest.mark.parametrize(
    ("preset", "topic", "text", "found"),
    [
        # a firm's size is its background; what it tells its employees is not
        ("business", "background", "The carmaker employs 120,000 people.", True),
        ("business", "background", "The bank has about 50,000 employees worldwide.", True),
        ("business", "background", "The chief executive thanked employees on Monday.", False),
        # a flaw in a craft's design is a cause; a government designating a day is not
        ("accident", "investigation", "Engineers found a design flaw in the hatch.", True),
        ("accident", "investigation", "The state will designate a day of mourning.", False),
        # an election's parties and platforms name the economy; that is no forecast
        ("politics", "implications", "The Economic Freedom Party came fourth.", False),
        # a firm or a state reducing its risks acts; it is no one's assessment
        ("business", "reactions", "The state will cover the buyer's risks.", False),
        ("business", "reactions", "The plant is at risk of closure.", False),
        # a crime named in a charge or a verdict says nothing of the investigation
        ("court", "crime-and-investigation", "He was charged with five crimes.", False),
        ("court", "crime-and-investigation", "Both men committed serious crimes.", True),
    ],
)
def test_a_word_of_every_chapter_does_not_decide_one(preset, topic, text, found):
    """Words a corpus writes in many chapters' statements ("employees", "began",
    "crime") decide none: the cue is the phrase that says what the chapter holds."""
    cues = presets()[preset].topic(topic).cues
    assert bool([c for c in cues if Cue.parse(c).found(words(text))]) is found


def test_a_challenging_task_is_no_challenger():
    """A candidate's challenger is a vote's word; "challenging" (hard) is not of its family."""
    cues = presets()["politics"].topic("votes").cues
    assert not [c for c in cues if Cue.parse(c).found(words("It is a challenging time."))]
    assert [c for c in cues if Cue.parse(c).found(words("Two challengers remain."))]


def test_who_was_aboard_is_the_accident_as_who_was_on_board():
    cues = presets()["accident"].topic("the-accident").cues
    found = [c for c in cues if Cue.parse(c).found(words("Twelve people were aboard the ferry."))]
    assert found == ["aboard"]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Dozens of protesters were charged with treason on Friday.", "policing"),
        ("Two students were sentenced to a year in prison for joining the march.", "policing"),
        ("Two dozen students appeared in court on Monday.", "policing"),
        ("Prosecutors charged the students over the unrest.", "policing"),
        ("A court jailed three protesters for two years.", "policing"),
        # an accusation is no prosecution: the charges people make are their grievances
        ("Organisers repeated charges of corruption against the mayor.", "demands"),
    ],
)
def test_the_prosecution_of_protesters_is_the_policing(text, topic):
    """After the arrests, news tells the protesters' charges, court appearances and
    sentences: the authorities' handling of the protest, with its policing, not the
    protest's actions."""
    plan = plan_topics("The protests", None, "protest")
    config = Config.model_validate(tomllib.loads(render_config("The protests", plan)))
    classifier = TopicClassifier(config, [text, "Crowds gathered in the square."])
    assert classifier.assign(text).topic == topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("The virus can cause swelling of the brain.", "background"),
        ("Infection can lead to bleeding from the gums.", "background"),
        ("In severe cases, patients may need intensive care.", "background"),
        ("Most people recover within a week without treatment.", "background"),
        ("Symptoms typically appear three to ten days after a bite.", "background"),
        ("Outbreaks usually peak during the rainy season.", "background"),
        # what the outbreak has done is its count, not the disease's nature
        ("Officials confirmed 12 new cases on Monday.", "cases"),
    ],
)
def test_what_a_disease_does_in_general_is_its_background(text, topic):
    """News explains the disease itself in the general present: what it "can cause" or
    "can lead to", what happens "in severe cases", what "usually" or "typically" happens,
    that "most people recover": the disease's background, not the outbreak's cases."""
    plan = plan_topics("The outbreak", None, "public-health")
    config = Config.model_validate(tomllib.loads(render_config("The outbreak", plan)))
    classifier = TopicClassifier(config, [text, "Health workers visited the district."])
    assert classifier.assign(text).topic == topic


@pytest.mark.parametrize(
    "text",
    [
        "Ducks and other waterfowl bring it south each autumn.",
        "Migratory flocks are thought to have brought it.",
        "Droppings from wild birds may have reached the barns.",
        "Feed contaminated on the farm is one route.",
    ],
)
def test_how_an_animal_disease_travels_is_spread(text):
    """Wild birds, migration and contamination are how news says an animal disease spreads."""
    cues = presets()["public-health"].topic("spread").cues
    assert [c for c in cues if Cue.parse(c).found(words(text))] != []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Annulment", "The top court voided the first round on Friday."),
        ("Annulment", "The vote will be repeated from scratch."),
        ("Cancellation", "Judges struck down the result."),
        ("Foreign interference", "Thousands of fake accounts and bots pushed one candidate."),
        ("Foreign interference", "The council declassified intelligence on the campaign."),
        ("Meddling", "Covert financing came from abroad, officials said."),
        # a leader's succession: who is chosen to replace them, and how
        ("Succession", "The assembly elected a new premier on Friday."),
        ("Succession", "Three candidates are in contention."),
        ("Leadership change", "He will replace the chancellor next week."),
        ("Succession", "The party named its new leader."),
    ],
)
def test_an_undone_vote_and_meddling_from_abroad_have_word_families(name, text):
    """Chapters a reader of a contested election expects: the result undone (annulled,
    voided, rerun) and influence from outside (bots, fake accounts, intelligence)."""
    found = [c for f in fitting_families(name) for c in f.cues if Cue.parse(c).found(words(text))]
    assert found != []


@pytest.mark.parametrize(
    ("text", "fits"),
    [
        ("Cranes lifted out the wreckage overnight.", True),
        ("Divers pulled the second engine from the river.", True),
        ("Salvage crews hope to reopen the channel next month.", True),
        ("Officials raised the toll; the cause remains unclear.", False),
    ],
)
def test_a_recovery_chapter_takes_wreckage_and_salvage(text, fits):
    """A chapter named "Recovery" is, after a crash, the recovery of bodies and wreckage, not
    only relief supplies; "raised" and "remains" alone say something else."""
    cues = [c for f in fitting_families("Recovery") for c in f.cues]
    assert bool([c for c in cues if Cue.parse(c).found(words(text))]) is fits


def test_the_lexicon_does_not_find_words_any_statement_uses():
    text = words("Authorities and officials said in May that teams may notice why a message went.")
    found = {c for f in families() for c in f.cues if Cue.parse(c).found(text)}
    assert found == set(), found


def test_weak_families_count_only_where_nothing_else_fits():
    assert [f.label for f in fitting_families("Government response")] == ["government"]
    assert [f.label for f in fitting_families("Reactions and blame")] == ["reaction", "blame"]


def test_the_title_and_names_point_to_a_preset():
    assert infer(["Trial", "Verdicts and sentences"], "The murder trial").name == "court"
    assert infer(["Outage"], "The bank's outage").name == "business"
    assert infer(["Zorblax"], "Quux") is None


def test_a_background_name_takes_earlier_years():
    plan = plan_topics("The river flood", "Flooding,History")
    assert (plan.default, plan.background) == ("flooding", "history")
    assert plan_topics("The river flood", "Flooding,Relief").background is None


def test_a_typed_name_of_the_presets_spoken_topic_takes_quotations():
    assert presets()["court"].spoken == "reactions"
    plan = plan_topics("The murder trial", "Trial,Reactions")
    assert (plan.default, plan.spoken) == ("trial", "reactions")
    assert plan_topics("The murder trial", "Trial,Verdicts").spoken is None
    assert plan_topics("The war", None, "armed-conflict").spoken == "reactions"


def test_what_a_protest_s_people_say_is_the_protest_not_a_reaction():
    """Those quoted in a protest are mostly its marchers (their demands) and the authorities
    (their answer): a quotation with no cue stays with the protest, not in the reactions."""
    assert presets()["protest"].spoken is None
    plan = plan_topics("The strike", None, "protest")
    config = Config.model_validate(tomllib.loads(render_config("The strike", plan)))
    text = "“Nobody here is going home,” she said."
    classifier = TopicClassifier(config, [text])
    assert classifier.assign(text, quote=True, verb="said").topic == "actions"


@pytest.mark.parametrize(
    ("preset", "title", "text"),
    [
        # the standing state of the place: a long crisis it was already in
        (
            "natural-disaster",
            "The river flood",
            "The province has been plagued by unrest for years.",
        ),
        (
            "natural-disaster",
            "The river flood",
            "The country, already grappling with a civil war, is poor.",
        ),
        (
            "public-health",
            "The cholera outbreak",
            "The region is in the throes of political turmoil.",
        ),
        ("accident", "The ferry sinking", "The islands have been mired in conflict since 2015."),
        ("politics", "The cabinet crisis", "The alliance has been plagued by infighting."),
        # the wider moment the event came in
        ("accident", "The ferry sinking", "It sank at a time when ferry fares were soaring."),
        # where a place is, as a reader's map
        ("armed-conflict", "The border war", "The town is located 40 km north of the frontier."),
        ("natural-disaster", "The river flood", "The two villages are located in a remote valley."),
        # a war's old enmity: tensions between the sides, a flashpoint
        (
            "armed-conflict",
            "The border war",
            "Tensions between the two states have simmered for years.",
        ),
        ("armed-conflict", "The border war", "The ridge has long been a flashpoint."),
    ],
)
def test_the_standing_context_of_a_place_is_background(preset, title, text):
    """News copy sets the scene with what a place has long been in (a civil war, unrest,
    turmoil, tensions between neighbours) and where it lies: background, whatever the
    event."""
    plan = plan_topics(title, None, preset)
    config = Config.model_validate(tomllib.loads(render_config(title, plan)))
    classifier = TopicClassifier(config, [text, "Rescuers worked through the night."])
    assert classifier.assign(text).topic == "background"


@pytest.mark.parametrize(
    ("preset", "title", "text", "topic"),
    [
        # "former" names who someone is now, not history
        (
            "court",
            "The fraud trial",
            "The former minister told the court he was innocent.",
            "trial",
        ),
        ("politics", "The election", "The former mayor arrived by car.", "decisions"),
        # a term of decades is the sentence faced, not the past
        ("court", "The fraud trial", "If convicted, he faces decades in prison.", "verdicts"),
        ("court", "The fraud trial", "She could spend years behind bars.", "verdicts"),
        # a company being the largest of its kind is what happened to it, not its history
        (
            "business",
            "The lender's collapse",
            "The largest regional lender failed on Friday.",
            "incident",
        ),
    ],
)
def test_a_title_a_prison_term_and_a_superlative_are_not_background(preset, title, text, topic):
    """Words that look back ("former", "decades", "largest") but in news copy name a
    person, a sentence faced or the size of the event itself."""
    plan = plan_topics(title, None, preset)
    config = Config.model_validate(tomllib.loads(render_config(title, plan)))
    classifier = TopicClassifier(config, [text, "The hearing resumed on Monday."])
    assert classifier.assign(text).topic == topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # a time set for what is planned is no forecast
        ("The first results are expected on Sunday morning.", None),
        ("Voters said their main expectation was cheaper bread.", None),
        # a forecast of what will follow is
        ("The coalition is expected to collapse within weeks.", "implications"),
    ],
)
def test_an_expected_time_is_scheduling_an_expected_outcome_a_forecast(text, topic):
    """ "Is expected to" forecasts ("is expected to collapse"): an analysis of what will
    follow; "expected on Sunday" only says when something planned happens."""
    cues = presets()["politics"].topic("implications").cues
    found = [c for c in cues if Cue.parse(c).found(words(text))]
    assert bool(found) == (topic is not None)


def test_init_preset_writes_the_preset(tmp_path):
    result = runner.invoke(
        app, ["init", str(tmp_path / "p"), "--title", "The war", "--preset", "armed-conflict"]
    )
    assert result.exit_code == 0, result.output
    assert "operations: " in result.output and "from preset 'armed-conflict'" in result.output
    config, problems = load_config(Project(tmp_path / "p"))
    assert problems == [] and config is not None
    preset = presets()["armed-conflict"]
    assert [(t.id, t.title, t.description, t.cues) for t in config.topics] == [
        (t.id, t.name, t.about, t.cues) for t in preset.topics
    ]
    assert config.defaults.topic == "operations" and config.defaults.background == "background"
    assert config.defaults.spoken == "reactions"
    text = (tmp_path / "p" / "sources" / "briefbook.toml").read_text(encoding="utf-8")
    assert "# description and cues: briefbook's preset 'armed-conflict', topic 'operations'" in text


def test_init_with_topics_says_which_names_no_cue_fits(tmp_path):
    args = ["init", str(tmp_path / "p"), "--title", "T", "--topics", "Casualties,Zorblax"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "no preset topic or word family fits 'Zorblax'" in result.output
    text = (tmp_path / "p" / "sources" / "briefbook.toml").read_text(encoding="utf-8")
    assert "# no preset topic or word family fits this name" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--preset", "riot"], "--preset: no preset 'riot' (fix: use one of: armed-conflict,"),
        ([], "--topics: give --topics or --preset"),
    ],
)
def test_init_refuses_an_unknown_preset_or_no_topics(tmp_path, args, message):
    result = runner.invoke(app, ["init", str(tmp_path / "p"), "--title", "T", *args])
    assert result.exit_code == 1
    assert message in result.output
    assert not (tmp_path / "p").exists()


def test_preset_cues_do_not_find_a_verb_or_place_that_shares_their_stem():
    """Snowball gives "officers" and "office", "crops" and "crop up" one stem: a preset's
    cue for the people or the harvest finds them, not the post or the verb."""

    def finds(preset: str, topic: str, text: str) -> bool:
        cues = next(t.cues for t in presets()[preset].topics if t.id == topic)
        return any(Cue.parse(c).found(words(text)) for c in cues)

    assert finds("court", "crime-and-investigation", "Two officers gave chase.")
    assert not finds("court", "crime-and-investigation", "He may still hold office.")
    assert finds("natural-disaster", "damage", "The storm flattened crops.")
    assert not finds("natural-disaster", "damage", "New problems cropped up.")


def test_an_end_to_the_fighting_is_diplomacy_not_the_fighting():
    """ "deserve an end to the fighting": the longer cue (``end* ... fighting``) reads the
    words ``fighting`` would, so the statement is a reaction, not an operation."""
    config = Config.model_validate(
        tomllib.loads(render_config("The war", plan_topics("The war", None, "armed-conflict")))
    )
    text = "The president said civilians deserve an end to the fighting."
    corpus = [text, "Fighting raged overnight.", "Troops advanced.", "Talks resumed."]
    assert TopicClassifier(config, corpus).assign(text).topic == "reactions"


def test_ending_the_fighting_is_no_word_that_begins_with_end():
    """ "end ... fighting" is the verb's family, not every word beginning "end": troops who
    endured the fighting or an endless fight report the fighting itself."""
    cues = presets()["armed-conflict"].topic("reactions").cues
    for text in ("Troops endured heavy fighting.", "The endless fighting went on."):
        assert [c for c in cues if Cue.parse(c).found(words(text))] == []


@pytest.mark.parametrize(
    "text",
    [
        "The former guard was found guilty of murder.",
        "The banker was found unanimously guilty on all counts.",
        "All five men were found not guilty of assault.",
    ],
)
def test_being_found_guilty_is_the_verdict_not_what_was_found(text):
    """ "Was found" of a body or a weapon is the investigation's; "was found guilty" is a
    verdict, and the longer phrase takes the words from the shorter one."""
    plan = plan_topics("The trial", None, "court")
    config = Config.model_validate(tomllib.loads(render_config("The trial", plan)))
    classifier = TopicClassifier(config, [text, "The hearing resumed on Monday."])
    assert classifier.assign(text).topic == "verdicts"
    found = "The victim was found in a car park."
    assert classifier.assign(found).topic == "crime-and-investigation"


@pytest.mark.parametrize(
    ("text", "chapter"),
    [
        # a term handed down is the verdict, in the passive or the active voice ...
        ("The former mayor was jailed for eight years.", "verdicts"),
        ("She was handed a four-year prison sentence.", "verdicts"),
        ("He was handed a 20-year prison term.", "verdicts"),
        ("Both men were sent to prison for life.", "verdicts"),
        ("He was given three years in jail.", "verdicts"),
        ("She was given 18 months in prison.", "verdicts"),
        ("A court in Ankara jailed the journalist on Friday.", "verdicts"),
        ("Court jails former governor for corruption.", "verdicts"),
        ("The judge jailed him for 12 years.", "verdicts"),
        ("The judge sent him to prison for life.", "verdicts"),
        # ... and in a French report of one
        ("Le tribunal l'a condamné à cinq ans de prison ferme.", "verdicts"),
        ("Il a été condamné à la prison à perpétuité.", "verdicts"),
        ("Les juges ont prononcé une peine de huit ans de prison.", "verdicts"),
        # a term someone faces is the prosecution's
        ("He faces a long jail term.", "prosecution"),
        ("He faces a jail term of up to ten years if convicted.", "prosecution"),
        # held before a trial (remand) is the trial's
        ("He has been in jail for two months without charge.", "trial"),
        ("He was sent to jail pending trial after the hearing.", "trial"),
        ("The suspect was held in a city jail awaiting trial.", "trial"),
        # the place someone is held is no verdict
        ("He spent the night in a county jail.", "trial"),
        ("Guards escorted her to the prison gates.", "trial"),
        ("Thousands were sent to prison camps after the uprising.", "trial"),
    ],
)
def test_a_prison_term_is_the_verdict_the_prison_is_not(text, chapter):
    """A term ("jailed for eight years", "a prison sentence", "sent to prison for life", "18
    months in prison", a court or judge that jailed someone) is what a verdict hands down; a
    term someone faces is the prosecution's; a bare "prison" or "jail" names where someone is
    held, awaiting trial (remand, "pending trial", "without charge") or serving or leaving a
    term, and points to no verdict."""
    plan = plan_topics("The trial", None, "court")
    config = Config.model_validate(tomllib.loads(render_config("The trial", plan)))
    classifier = TopicClassifier(config, [text, "The hearing resumed on Monday."])
    assert classifier.assign(text).topic == chapter


@pytest.mark.parametrize(
    "text",
    [
        "Jurors returned a unanimous verdict shortly after lunch.",
        "The panel of judges delivered its verdict after a week of hearings.",
        "The judge read the verdicts to the defendants one by one.",
    ],
)
def test_a_jury_reaching_or_delivering_its_verdict_is_the_verdict(text):
    """How a verdict comes (reached, returned, delivered, read out) is the verdict, even
    beside the jury, the judge and the deliberations that belong to the trial."""
    title = "The fraud trial verdict"
    plan = plan_topics(title, None, "court")
    config = Config.model_validate(tomllib.loads(render_config(title, plan)))
    classifier = TopicClassifier(config, [text, "The hearing resumed on Monday."])
    assert classifier.assign(text).topic == "verdicts"


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party's candidate won the election with 64% of the vote.",
        "The electoral commission declared the incumbent the winner last month.",
        "The governing alliance won 120 of the 200 seats in parliament.",
    ],
)
def test_the_election_a_protest_follows_is_its_background(text):
    """Protests over a disputed election: who won, with what share of the vote and seats,
    is what the protests came after, not the government's answer to them."""
    plan = plan_topics("The street protests", None, "protest")
    config = Config.model_validate(tomllib.loads(render_config("The street protests", plan)))
    classifier = TopicClassifier(config, [text, "Police fired tear gas at the crowd."])
    assert classifier.assign(text).topic == "background"


def test_protesters_who_won_their_demands_are_no_election():
    """Winning a concession is the protest's outcome: only winning an election, a vote or
    seats is background."""
    cues = presets()["protest"].topic("background").cues
    said = words("The strikers said they had won a pay rise after six weeks.")
    assert not [c for c in cues if Cue.parse(c).found(said)]


@pytest.mark.parametrize(
    ("preset", "title", "text"),
    [
        # who a victim or a defendant was: the life told around a case
        ("court", "The murder trial", "The victim was raised in a small town by her grandparents."),
        ("court", "The murder trial", "He leaves behind a wife and three children."),
        ("court", "The murder trial", "She grew up in the port city and later trained as a nurse."),
        ("court", "The murder trial", "The officer is survived by his parents."),
        # a country's record: a long history of what the event repeats
        (
            "politics",
            "The coup attempt",
            "The country has a long history of political instability.",
        ),
        (
            "politics",
            "The coup attempt",
            "The region has a history of disputed votes and short-lived cabinets.",
        ),
    ],
)
def test_a_life_and_a_long_history_are_background(preset, title, text):
    """Biography (raised in, grew up, leaves behind, survived by) and a place's long history
    are the context a reader looks for under background, whatever other word they hold."""
    plan = plan_topics(title, None, preset)
    config = Config.model_validate(tomllib.loads(render_config(title, plan)))
    sentences = [text, "The hearing resumed on Monday.", "The president spoke on television."]
    classifier = TopicClassifier(config, sentences)
    assert classifier.assign(text).topic == "background"


@pytest.mark.parametrize(
    "text",
    [
        "Sentencing is scheduled for June 12.",
        "Sentencing was set for July 3.",
        "The judge scheduled her sentencing for the autumn.",
    ],
)
def test_a_sentencing_still_to_be_held_is_the_next_step(text):
    """A date set for sentencing is what happens next in the case, not the sentence: the
    phrase takes 'sentencing' from the verdicts chapter."""
    title = "The fraud trial"
    plan = plan_topics(title, None, "court")
    config = Config.model_validate(tomllib.loads(render_config(title, plan)))
    classifier = TopicClassifier(config, [text, "The hearing resumed on Monday."])
    assert classifier.assign(text).topic == "appeals"


@pytest.mark.parametrize(
    ("preset", "topic", "cue", "text"),
    [
        # a storm's strength in agency style, and the advisories' names for a weaker one
        ("natural-disaster", "hazard", "mph", "Winds gusted to 140 mph overnight."),
        (
            "natural-disaster",
            "hazard",
            "tropical storm",
            "The system weakened into a tropical storm.",
        ),
        (
            "natural-disaster",
            "hazard",
            "tropical depression",
            "Forecasters tracked a tropical depression offshore.",
        ),
        ("natural-disaster", "damage", "flatten*", "Whole neighbourhoods were flattened."),
        # who and what a rescue brings
        ("natural-disaster", "rescue-and-relief", "teams", "Teams worked through the night."),
        (
            "natural-disaster",
            "rescue-and-relief",
            "equipment",
            "Heavy equipment is needed in the villages.",
        ),
        # the accident as a wire story tells it: what a video shows, the route, the load
        ("accident", "the-accident", "footage", "Footage posted online shows the jet banking."),
        ("accident", "the-accident", "video*", "A video shared on social media showed the bus."),
        ("accident", "the-accident", "travelling", "The coach was travelling from the coast."),
        (
            "accident",
            "the-accident",
            "carrying ... passenger*",
            "The plane was carrying 180 passengers and six crew.",
        ),
        (
            "accident",
            "the-accident",
            "carried ... passenger*",
            "The ferry carried more than 300 passengers.",
        ),
        (
            "accident",
            "response",
            "tragedy",
            "The minister called it a tragedy for the whole nation.",
        ),
        ("accident", "response", "tragic", "It is a tragic day for our city, the mayor said."),
        # a count of ballots, a recovery from the disease, crowds by their size
        ("politics", "votes", "counted", "With 90% of ballots counted, the ruling party leads."),
        ("politics", "votes", "counting", "Counting continued into Monday."),
        ("public-health", "cases", "recovered", "Twelve patients have recovered."),
        ("public-health", "cases", "intensive care", "Two children remain in intensive care."),
        (
            "public-health",
            "vaccines-and-treatment",
            "team of",
            "A team of epidemiologists was sent.",
        ),
        ("protest", "actions", "thousands", "Thousands marched through the capital."),
        ("protest", "actions", "hundreds", "Hundreds gathered outside parliament."),
        ("protest", "actions", "tens of thousands", "Tens of thousands filled the square."),
        # a count's total, and the people of a town caught in a war
        ("public-health", "cases", "a total of", "A total of 41 cases have been confirmed."),
        ("accident", "casualties", "a total of", "A total of 14 people were taken to hospital."),
        (
            "armed-conflict",
            "humanitarian",
            "residents",
            "Residents sheltered in basements overnight.",
        ),
        # the arms of an air war
        ("armed-conflict", "operations", "jets", "Fighter jets struck targets near the border."),
        ("armed-conflict", "operations", "aircraft", "The aircraft was shot down over the sea."),
        ("armed-conflict", "operations", "launch*", "The army launched a new offensive."),
    ],
)
def test_the_mined_words_of_each_kind_of_news_point_to_their_topic(
    preset: str, topic: str, cue: str, text: str
) -> None:
    """Word families found in statements of one chapter across many events of a kind, far
    more than in its other chapters: agency style for a storm's strength, a crash's route
    and load, a count of ballots, a crowd's size, an air war's arms."""
    cues = presets()[preset].topic(topic).cues
    # the mined word itself, not another cue of the chapter the sentence holds as well
    # ("Fighter jets struck targets" holds "struck" whether or not "jets" is a cue)
    assert cue in cues
    assert Cue.parse(cue).found(words(text))


@pytest.mark.parametrize(
    ("preset", "topic", "text"),
    [
        # carrying out an order is no passenger load
        ("accident", "the-accident", "He told the ministry to carry out a full review."),
        ("accident", "the-accident", "One victim was carried away on a stretcher."),
        # a team alone (a club's, a lawyer's) is no team of health workers sent out
        ("public-health", "vaccines-and-treatment", "The team said the virus was not new."),
        # a superlative alone says nothing of the hazard: "the strongest response"
        ("natural-disaster", "hazard", "The strongest response came from the mayor."),
    ],
)
def test_the_mined_words_do_not_find_another_sense(preset, topic, text):
    """Mined words are kept only as the phrase that has the chapter's sense: a load of
    passengers (not "carry out"), a team sent (not any team)."""
    cues = presets()[preset].topic(topic).cues
    assert [c for c in cues if Cue.parse(c).found(words(text))] == []


@pytest.mark.parametrize(
    ("text", "chapter"),
    [
        # rejecting an offer, a contract or the demands is a move in the talks
        ("Nurses rejected the hospital's latest pay offer.", "government-and-talks"),
        ("The government rejected the strikers' demands as unaffordable.", "government-and-talks"),
        ("The union's members voted to reject the proposed contract.", "government-and-talks"),
        # what the strikers want is still their demands
        ("Strikers are demanding a 20% pay rise and better pensions.", "demands"),
        # a foreign ministry or government reacts; "foreign" alone says only whose
        ("The foreign ministry of a neighbouring country urged restraint.", "reactions"),
        ("Several foreign governments called on both sides to resume talks.", "reactions"),
        ("The strike was covered widely by the foreign press.", "actions"),
    ],
)
def test_a_rejected_offer_is_the_talks_and_foreign_alone_no_reaction(text, chapter):
    """In a strike or protest, rejecting an offer, a contract or the demands is how the talks
    go, not what the protesters want; a foreign ministry, office, government or leader
    reacts, but "foreign" alone (a foreign carrier, the foreign press) says only whose a
    thing is and points to no reaction."""
    plan = plan_topics("The dockers' strike", None, "protest")
    config = Config.model_validate(tomllib.loads(render_config("The dockers' strike", plan)))
    classifier = TopicClassifier(config, [text, "Police fired tear gas at the crowd."])
    assert classifier.assign(text).topic == chapter


@pytest.mark.parametrize(
    ("text", "chapter"),
    [
        # services, operations or flights restored are the customers' side of an outage
        ("The airline said services had been restored by Tuesday morning.", "disruption"),
        ("The company expected to restore full operations within two days.", "disruption"),
        # confidence, stability or profits restored are not
        ("The rescue was needed to restore confidence in the banking system.", "incident"),
        ("Regulators moved to restore stability to the bond market.", "markets"),
    ],
)
def test_restored_services_are_the_disruption_restored_confidence_is_not(text, chapter):
    """To restore is the disruption's end where services, operations or flights come back; a
    company, a bank or a regulator restoring confidence, stability or profitability says
    nothing of who was affected."""
    plan = plan_topics("The payments outage", None, "business")
    config = Config.model_validate(tomllib.loads(render_config("The payments outage", plan)))
    classifier = TopicClassifier(config, [text, "Shares fell 4% in early trading."])
    assert classifier.assign(text).topic == chapter
