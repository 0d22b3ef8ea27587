"""A briefing adds its own words to briefbook's vocabularies ([vocabulary] in briefbook.toml)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from briefbook.analyse.pipeline import analyse
from briefbook.model import Config, SourceMeta
from briefbook.project.load import RawArticle
from briefbook.read.figures import quantities
from briefbook.vocabulary import (
    Extension,
    ExtensionError,
    expand,
    extended,
    mapping,
    vocabulary_key,
    words,
)

BASE = {
    "briefing": {"title": "t"},
    "topics": [{"id": "a", "title": "A", "description": "d", "cues": ["x"]}],
}


def config(vocabulary: dict[str, object]) -> Config:
    return Config.model_validate({**BASE, "vocabulary": vocabulary})


def read(cfg: Config, text: str):
    raw = RawArticle(SourceMeta(id="a", published="2025-03-04"), text, None, "0")
    return analyse(cfg, [raw], ["a.txt"])


def test_a_briefing_adds_what_figures_count():
    cfg = config({"figures": {"kinds": {"deaths": {"nouns": ["martyrs"]}}}})
    assert [q.kind for q in quantities("12 martyrs")] == ["count"]
    with extended(Extension(cfg.vocabulary)):
        assert [q.kind for q in quantities("12 martyrs")] == ["deaths"]
    assert [q.kind for q in quantities("12 martyrs")] == ["count"]  # only inside


def test_a_briefing_adds_a_new_kind_of_figure():
    cfg = config({"figures": {"kinds": {"containers": {"nouns": ["containers", "boxes"]}}}})
    with extended(Extension(cfg.vocabulary)):
        assert [q.kind for q in quantities("40 containers fell")] == ["containers"]
        assert [q.kind for q in quantities("12 people died")] == ["deaths"]


def test_a_briefing_adds_titles_and_reporting_verbs():
    text = "Harbourmaster Ana Vale bellowed that the quay was closed."
    plain = read(config({}), text)
    assert all(a.name != "Ana Vale" or a.role is None for a in plain.actors)
    cfg = config(
        {
            "names": {"titles": ["harbourmaster"]},
            "attribution": {"reporting_verbs": {"bellow": ["bellowed", "bellows"]}},
        }
    )
    extended_ = read(cfg, text)
    (statement,) = extended_.statements
    actor = extended_.actor(statement.claimant) if statement.claimant else None
    assert actor is not None and actor.name == "Ana Vale"
    assert statement.cue == "bellowed"


def test_a_briefing_adds_furniture_phrases():
    text = "Dockers walked out at Port Almond on Monday.\n\nTap here to join the harbour club."
    assert len(read(config({}), text).statements) == 2
    cfg = config({"furniture": {"promotion_phrases": ["join the harbour club"]}})
    assert len(read(cfg, text).statements) == 1


@pytest.mark.parametrize(
    ("vocabulary", "field"),
    [
        ({"figurez": {"kinds": {}}}, "vocabulary.figurez"),
        ({"figures": {"kindz": ["x"]}}, "vocabulary.figures.kindz"),
        ({"figures": {"counts_stop": "of"}}, "vocabulary.figures.counts_stop"),
        ({"names": {"titles": [""]}}, "vocabulary.names.titles"),
        (
            {"figures": {"kinds": {"boxes": {"noun": ["boxes"]}}}},
            "vocabulary.figures.kinds.boxes.noun",
        ),
        ({"figures": {"kinds": {"boxes": ["boxes"]}}}, "vocabulary.figures.kinds.boxes"),
        ({"names": {"titles": ["{harbour|port master"]}}, "vocabulary.names.titles"),
        ({"names": {"titles": ["{|}"]}}, "vocabulary.names.titles"),
    ],
)
def test_a_wrong_vocabulary_is_an_error_naming_its_field(vocabulary, field):
    with pytest.raises(ValidationError, match=field.replace(".", r"\.")):
        config(vocabulary)
    with pytest.raises(ExtensionError) as e:
        Extension(vocabulary).check()
    assert e.value.field == field


def test_the_vocabulary_in_force_has_a_key_for_the_reading_cache():
    assert vocabulary_key() == ""
    extension = Extension({"names": {"titles": ["harbourmaster"]}})
    with extended(extension):
        assert vocabulary_key() == extension.key != ""
        assert "harbourmaster" in words("names", "titles")
    assert "harbourmaster" not in words("names", "titles")


def test_a_list_entry_may_be_a_pattern_of_phrases():
    assert expand("{sent|sends} {his|her|} regrets") == [
        "sent his regrets",
        "sent her regrets",
        "sent regrets",
        "sends his regrets",
        "sends her regrets",
        "sends regrets",
    ]
    assert expand("{a note|{two|} notes} of thanks") == [
        "a note of thanks",
        "two notes of thanks",
        "notes of thanks",
    ]
    assert expand("(Reporting by") == ["(Reporting by"]  # round brackets are literal
    assert expand(" years old") == [" years old"]  # spaces are kept
    assert expand(" {years|months} old") == [" years old", " months old"]
    with pytest.raises(ValueError, match="not matched"):
        expand("sent} regrets")


def test_shipped_and_briefing_patterns_are_expanded():
    forms = mapping("attribution", "reporting_verbs")["send condolences"]
    assert "extended his deepest condolences" in forms
    assert "sent a message of condolence" in forms
    assert not any("{" in f for f in forms)
    with extended(Extension({"names": {"titles": ["{harbour|port} master"]}})):
        assert {"harbour master", "port master"} <= words("names", "titles")
