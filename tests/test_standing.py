"""A standing fact (the simple present, in the outlet's voice) points to the background topic."""

from __future__ import annotations

import tomllib

import pytest

from briefbook.analyse.standing import standing
from briefbook.analyse.topics import STANDING, TopicClassifier, carries
from briefbook.model import Config
from conftest import CONFIG


@pytest.mark.parametrize(
    "text",
    [
        "The port is the busiest on the northern coast.",
        "Such batteries can overheat if they are damaged.",
        "The river town is located 40 km from the capital.",
        "Cholera is a bacterial infection that spreads through dirty water.",
        "A truce is also often used to open talks.",
        "The company, which employs 9,000 people, is the region's largest employer.",
    ],
)
def test_a_standing_fact_is_told(text: str) -> None:
    assert standing(text)


@pytest.mark.parametrize(
    "text",
    [
        "The port was the busiest on the coast.",  # past
        "The union has called a strike.",  # perfect
        "Rescuers are searching the rubble.",  # progressive
        "Two ministers are expected to resign.",  # a projection, reported
        "Nine workers are presumed dead.",
        "The talks are still deadlocked.",  # the present moment
        "There are nine new cases in the north.",  # a count of the event
        "The storm closed the port, which is vital to the region.",  # only a subordinate "is"
        "Data shows the second dose is effective.",  # a finding reported
        "But the real aim of the strike is a new contract.",  # answers the sentence before
        "However, the risk to the public is low.",
        "The mayor fled the city and is in hiding.",  # an irregular past
        "Dockers walked out.",  # no present form at all
    ],
)
def test_news_is_not_a_standing_fact(text: str) -> None:
    assert not standing(text)


def classifier() -> TopicClassifier:
    return TopicClassifier(Config.model_validate(tomllib.loads(CONFIG)))


def test_a_standing_fact_points_to_the_background_topic_but_cues_still_decide() -> None:
    config = tomllib.loads(CONFIG)
    config["defaults"]["background"] = "talks"  # a background topic other than the default
    c = TopicClassifier(Config.model_validate(config))
    aside = c.assign("The harbour is the deepest in the country.", standing=True)
    assert aside.topic == "talks" and aside.evidence == (STANDING,)
    assert c.assign("The harbour is the deepest in the country.").topic == "background"
    cued = c.assign("The dockers are the best paid in the country.", standing=True)
    assert cued.topic == "walkout"  # a cue of its own outweighs the tense
    no_background = classifier().assign("The harbour is deep.", standing=True)
    assert no_background.evidence == ()  # no background topic configured: nothing added


def test_a_standing_fact_does_not_carry_its_topic_to_the_next_statement() -> None:
    config = tomllib.loads(CONFIG)
    config["defaults"]["background"] = "background"
    c = TopicClassifier(Config.model_validate(config))
    aside = c.assign("The harbour is the deepest in the country.", standing=True)
    assert aside.topic == "background" and not carries(aside)
    dated = c.assign("The port was busy.", earlier="in 2019")
    assert carries(dated)
