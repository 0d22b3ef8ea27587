from __future__ import annotations

import tomllib

from briefbook.analyse.topics import TopicClassifier
from briefbook.model import Config
from conftest import CONFIG


def classifier() -> TopicClassifier:
    return TopicClassifier(Config.model_validate(tomllib.loads(CONFIG)))


def test_cue_decides_topic_and_explains_it():
    result = classifier().assign("About 2,000 dockers walked out on Monday.")
    assert result.topic == "walkout"
    assert set(result.evidence) == {"dockers", "walked out"}
    assert 0 < result.confidence <= 1


def test_wildcard_cue_and_phrase_weight():
    result = classifier().assign("The negotiators met the mediator.")
    assert result.topic == "talks"
    assert "negotiat*" in result.evidence


def test_sentence_without_cue_uses_paragraph_then_default():
    c = classifier()
    with_context = c.assign("It was cold.", context="It was cold. Talks went on.")
    assert with_context.topic == "talks"
    assert with_context.evidence == ("paragraph: talks",)
    alone = c.assign("It was cold.")
    assert alone.topic == "background" and alone.evidence == () and alone.confidence < 0.5
