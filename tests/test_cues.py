"""Cue matching: word families, compounds, hyphens, phrases; and the cue syntax's errors."""

from __future__ import annotations

import tomllib

import pytest

from briefbook.analyse.cues import Cue, words
from briefbook.analyse.topics import TopicClassifier, describes, opens_with
from briefbook.model import Config
from briefbook.project.load import Project, load_config
from conftest import CONFIG


def found(cue: str, text: str) -> bool:
    return Cue.parse(cue).found(words(text))


@pytest.mark.parametrize(
    ("cue", "text"),
    [
        ("evacuation", "Hundreds were evacuated on Monday."),
        ("evacuated", "The evacuation went on all night."),
        ("casualty", "Casualties were light."),
        ("deny", "Moscow denies it."),
        ("quake", "An earthquake struck at dawn."),
        ("quake", "Earthquakes are frequent here."),
        ("shock", "Two aftershocks followed."),
        ("strike", "An airstrike hit the depot."),
        ("hit", "The flood-hit town is cut off."),
        ("ceasefire", "A cease-fire was agreed."),
        ("burst its banks", "The river was bursting its banks."),
        ("found ... guilty", "The court found the three directors guilty of bribery."),
        ("found ... guilty", "She was found guilty on Monday."),
        ("evacuat*", "Evacuations began."),
        ("they’re", "They're ready."),
        ("they're", "They’re ready."),
    ],
)
def test_a_cue_finds_its_word_family_and_compounds(cue, text):
    assert found(cue, text)


@pytest.mark.parametrize(
    ("cue", "text"),
    [
        ("rain", "The drain overflowed."),
        ("rain", "Rainfall was heavy."),  # a cue finds compounds it ends, not ones it starts
        ("test", "Thousands joined the protest."),  # "pro" makes no compound
        ("fighter", "Firefighters arrived."),  # nor does "fire"
        ("burst its banks", "It burst, and its banks held."),
        (
            "found ... guilty",
            "Inspectors found that the pump had failed and that the man who ran it was guilty.",
        ),
        ("evacuat*", "Vacuum cleaners."),
        # one stem, another kind of word: the stemmer makes each pair one stem
        ("authorized", "The authorities said the road was closed."),
        ("containment", "Workers unloaded the containers."),
        ("criticism", "Two patients are in critical condition."),
        ("response", "No group claimed responsibility."),
        ("office", "Officers sealed off the street."),
    ],
)
def test_a_cue_does_not_find_another_word(cue, text):
    assert not found(cue, text)


def test_a_gap_in_a_phrase_is_no_word_of_its_finding():
    """``found ... guilty`` finds the verb and its complement around the object: the object's
    words are free for other cues, and the cue weighs as two words."""
    cue = Cue.parse("found ... guilty")
    assert cue.length == 2
    assert cue.where(words("A panel found two clerks guilty.")) == frozenset({2, 5})
    assert cue.is_all_of(words("found them guilty"))


def test_two_cues_of_the_same_words_count_once():
    config = tomllib.loads(CONFIG)
    config["topics"][0]["cues"] = ["temblor"]
    config["topics"][1]["cues"] = ["earthquake", "quake", "tremor"]
    classifier = TopicClassifier(Config.model_validate(config))
    scores = classifier.scores("The earthquake was felt far away.")
    assert scores["talks"][1] == ("earthquake",)
    config["topics"][1]["cues"] = ["earthquake", "tremor"]
    alone = TopicClassifier(Config.model_validate(config)).scores("The earthquake was felt.")
    assert scores["talks"][0] == pytest.approx(alone["talks"][0])
    both = classifier.scores("The earthquake and a tremor were felt.")
    assert both["talks"][0] == pytest.approx(2 * scores["talks"][0])


def test_a_cue_several_topics_hold_counts_less_in_each():
    """A cue two topics share ties them; the word only one topic has decides."""
    config = tomllib.loads(CONFIG)
    config["topics"][0]["cues"] = ["vote", "ballot"]
    config["topics"][1]["cues"] = ["vote", "ballot"]
    config["topics"][2]["cues"] = ["former minister"]
    classifier = TopicClassifier(Config.model_validate(config))
    scores = classifier.scores("The former minister lost the vote and the ballot.")
    assert scores["walkout"][0] == pytest.approx(scores["talks"][0])
    assert scores["background"][0] > scores["walkout"][0]
    assert classifier.assign("The former minister lost the vote and the ballot.").topic == (
        "background"
    )


def test_a_longer_cue_of_another_topic_takes_the_words():
    """ "fatality rate" reads the words "fatality" is found in: the shorter cue of another
    topic does not count them."""
    config = tomllib.loads(CONFIG)
    config["topics"][0]["cues"] = ["fatalit*"]
    config["topics"][1]["cues"] = ["dockers"]
    config["topics"][2]["cues"] = ["fatality rate"]
    classifier = TopicClassifier(Config.model_validate(config))
    result = classifier.assign("Its fatality rate is high.")
    assert result.topic == "background" and result.evidence == ("fatality rate",)
    assert classifier.scores("Its fatality rate is high.")["walkout"] == (0.0, ())
    assert classifier.assign("Fatalities rose; the rate is high.").topic == "walkout"
    mixed = classifier.scores("The dockers' fatality rate and two more fatalities.")
    assert mixed["walkout"][1] == ("fatalit*",)  # found in "fatalities", a word of its own


def test_a_cue_in_the_title_counts_less():
    config = tomllib.loads(CONFIG)
    config["topics"][0]["cues"] = ["strike"]
    config["topics"][1]["cues"] = ["offer"]
    config["briefing"]["title"] = "The harbour"
    plain = TopicClassifier(Config.model_validate(config)).scores("A strike and an offer.")
    assert plain["walkout"][0] == pytest.approx(plain["talks"][0])
    config["briefing"]["title"] = "The dock strike"
    titled = TopicClassifier(Config.model_validate(config)).scores("A strike and an offer.")
    assert titled["walkout"][0] == pytest.approx(0.25 * titled["talks"][0])


def test_an_earlier_year_points_to_the_background_topic():
    config = tomllib.loads(CONFIG)
    classifier = TopicClassifier(Config.model_validate(config))
    assert classifier.assign("The port was busy.", earlier="in 2019").topic == "background"
    config["defaults"]["background"] = "talks"
    classifier = TopicClassifier(Config.model_validate(config))
    result = classifier.assign("The port was busy.", earlier="in 2019")
    assert result.topic == "talks" and result.evidence == ("earlier date: in 2019",)
    assert classifier.assign("The port was busy.").topic == "background"  # the default


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The Ollan terminal is the busiest container port on the coast.", "is the"),
        ("Dockers are among the best-paid workers in the region.", "are among"),
        ("The town has been a fishing port for centuries.", "has been a"),
        ("It is the longest stoppage in a decade.", ""),  # the event itself
        ("This is the third strike this year.", ""),
        ("The terminal was the busiest port on the coast.", ""),  # told in the past
        ("Union members at the two container terminals of the port voted on Monday.", ""),
    ],
)
def test_a_sentence_that_says_what_something_is_describes(sentence, words):
    assert describes(sentence) == words


def test_a_description_points_to_the_background_topic():
    config = tomllib.loads(CONFIG)
    config["defaults"]["background"] = "talks"
    classifier = TopicClassifier(Config.model_validate(config))
    text = "The Ollan terminal is the busiest container port on the coast."
    result = classifier.assign(text)
    assert result.topic == "talks" and result.evidence == ("describes: is the",)
    assert classifier.assign(text, verb="said").topic == "background"  # someone's words
    assert classifier.assign(text, quote=True).topic == "background"
    assert classifier.assign("It is the busiest container port.").topic == "background"


@pytest.mark.parametrize(
    ("cue", "message"),
    [
        ("", "an empty cue finds nothing"),
        ("  ", "an empty cue finds nothing"),
        ("*", "a lone '*' would find every word"),
        ("river *", "a lone '*' would find every word"),
        ("ev*", "at least 3 letters before '*'"),
        ("evac*ion", "'*' may only end a word"),
        ("a+b", "is not a word"),
        ("... guilty", "stands between two words"),
        ("found ... ... guilty", "stands between two words"),
    ],
)
def test_a_bad_cue_is_an_error_naming_file_and_field(make_project, cue, message):
    config = CONFIG.replace('"mediator"]', f'"mediator", "{cue}"]')
    assert config != CONFIG
    config_obj, problems = load_config(Project(make_project(config=config)))
    assert config_obj is None and len(problems) == 1
    rendered = problems[0].render(None)
    assert "briefbook.toml" in rendered and "[topics.1.cues.4]" in rendered
    assert message in rendered


def test_a_figure_s_kind_read_from_another_topic_s_cue_gives_no_evidence_beyond_it():
    """ "29 passengers survived": its kind (the rescued) is read from "survived", which a cue
    of the dead and survivors holds; the kind's name is no evidence for the rescue's topic."""
    config = tomllib.loads(CONFIG)
    config["briefing"]["title"] = "The ferry sinking and its survivors"  # surviv* counts less
    config["topics"][0]["cues"] = ["surviv*", "died"]
    config["topics"][1]["cues"] = ["rescu*", "rescue teams", "search for"]
    classifier = TopicClassifier(Config.model_validate(config))
    text = "Of the 90 people on the ferry, 29 survived the sinking."
    plain = classifier.assign(text, figures=["people", "rescued"])
    assert plain.topic == "talks"  # the kind's name alone tips it to the rescue
    said = classifier.assign(text, figures=["people", "rescued"], said=["", "survived"])
    assert said.topic == "walkout" and said.evidence == ("surviv*",)
    # a kind read from a word no cue holds is evidence as before
    quiet = "Of the 90 people on the ferry, 29 were brought ashore."
    assert classifier.assign(quiet, figures=["rescued"], said=["brought ashore"]).topic == "talks"


@pytest.mark.parametrize(
    ("sentence", "date", "opens"),
    [
        ("In 2019, the port was closed for a month.", "In 2019", True),
        ("Back in early 2019, the port was closed.", "early 2019", True),
        ("The port, closed in 2019, reopened.", "in 2019", False),
        ("Dockers walked out in 2019, and again this week.", "in 2019", False),
        ("In 2019 talks failed.", "In 2019", False),  # no opening phrase set off
    ],
)
def test_a_date_that_opens_a_sentence(sentence, date, opens):
    assert opens_with(sentence, date) is opens


def test_an_earlier_year_that_opens_a_sentence_sets_it_in_the_past():
    config = tomllib.loads(CONFIG)
    config["defaults"]["background"] = "talks"
    classifier = TopicClassifier(Config.model_validate(config), ["a", "b", "c", "d"])
    text = "In 2019, workers picketed the gates."
    opening = classifier.assign(text, earlier="In 2019")
    assert opening.topic == "talks"
    assert opening.evidence[-1] == "opens with an earlier date: In 2019"
    later = "Workers picketed the gates in 2019, and again this week."
    assert classifier.assign(later, earlier="in 2019").topic == "walkout"


@pytest.mark.parametrize(
    ("cue", "text", "where"),
    [
        ("carrying ... passenger*", "The plane was carrying 181 passengers.", {3, 5}),
        ("burst its banks", "The river burst its banks twice.", {2, 3, 4}),
        ("tropical storm", "It weakened to a tropical storm overnight.", {4, 5}),
        ("tropical storm", "A storm of tropical strength hit.", set()),
        ("found ... guilty", "She was found not guilty.", {2, 4}),
        ("found ... guilty", "Nothing was found.", set()),
    ],
)
def test_a_phrase_is_found_where_its_words_are_and_only_there(
    cue: str, text: str, where: set[int]
) -> None:
    # the quick test before the search (every word of the phrase among the text's stems)
    # must not lose a finding, nor make one
    assert Cue.parse(cue).where(words(text)) == frozenset(where)
