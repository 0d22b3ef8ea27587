"""A figure that states what a rule asks for ("the 210 needed to pass it", "the required 50%
majority") is a threshold: compared with other thresholds, never with the votes or shares
reported beside it. Sentences invented in general news style."""

from __future__ import annotations

import pytest

from briefbook.analyse.figure_reports import threshold
from briefbook.analyse.pipeline import analyse
from briefbook.book.markup import number_text
from briefbook.model import Briefing, Config, SourceMeta
from briefbook.project.load import RawArticle

CONFIG = Config.model_validate(
    {
        "briefing": {"title": "t"},
        "topics": [{"id": "vote", "title": "Vote", "description": "x", "cues": ["vote"]}],
    }
)


def briefing(texts: dict[str, str]) -> Briefing:
    raws = [
        RawArticle(SourceMeta(id=i, published="2025-05-06"), t, None, "0")  # type: ignore[arg-type]
        for i, t in texts.items()
    ]
    return analyse(CONFIG, raws, [f"{i}.txt" for i in texts])


def figure_disputes(b: Briefing) -> list[list[float]]:
    return [sorted(f.value for f in c.figures) for c in b.conflicts if c.kind == "figures"]


def split(sentence: str, figure: str) -> tuple[str, str]:
    at = sentence.index(figure)
    return sentence[:at], sentence[at + len(figure) :]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The bill passed with 240 votes, well above the 210 needed to approve it.", "210"),
        ("A minimum of 210 votes were needed.", "210 votes"),
        ("No party won the required 50% majority in the first round.", "50%"),
        ("The mayor is still short of the 50% needed for re-election.", "50%"),
        ("Turnout fell below the 40% threshold for the referendum to count.", "40%"),
        ("The motion cleared the minimum requirement of 211 votes.", "211 votes"),
        ("A nominee needs 61 votes in the senate.", "61 votes"),
    ],
)
def test_what_a_rule_asks_for_is_a_threshold(sentence: str, figure: str) -> None:
    assert threshold(*split(sentence, figure))


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a participle that governs its object says what happened to those counted
        ("Medics said 45 officers needed medical treatment after the clashes.", "45 officers"),
        ("Officials said 30 patients required hospital care.", "30 patients"),
        # "needed to" after a bare count: what became of them, not a rule
        ("At least a dozen needed to be rescued from the roof.", "a dozen"),
        # counts and shares reported
        ("The governor won 52% of the vote, the commission said.", "52%"),
        ("The bill passed with 240 votes on Tuesday.", "240 votes"),
        ("Only 12% of voters met the requirement to register online.", "12%"),
    ],
)
def test_a_count_of_what_happened_is_no_threshold(sentence: str, figure: str) -> None:
    assert not threshold(*split(sentence, figure))


def test_a_threshold_is_never_disputed_against_a_share_reported() -> None:
    texts = {
        "a": "The commission said the governor won 46% of the vote on Sunday.",
        "b": "Reporters said the governor was still short of the 50% of the vote needed to win.",
    }
    assert figure_disputes(briefing(texts)) == []


def test_two_thresholds_of_one_rule_are_still_compared() -> None:
    texts = {
        "a": "The motion passed with 240 votes, well above the 210 votes needed to approve it.",
        "b": "The motion passed with 240 votes, above the 211 votes needed to approve it.",
    }
    assert figure_disputes(briefing(texts)) == [[210.0, 211.0]]


def test_decimals_survive_display() -> None:
    assert number_text(2.125) == "2.125"
    assert number_text(42.31) == "42.31"
    assert number_text(0.1 + 0.2) == "0.3"
    assert number_text(3000.0) == "3,000"


def test_thresholds_of_different_rules_are_not_disputed() -> None:
    texts = {
        "a": "A party needs 5% of the vote to enter parliament.",
        "b": "A candidate needs 50% of the vote to win the presidency outright.",
    }
    assert figure_disputes(briefing(texts)) == []


def test_a_count_given_for_a_named_actor_is_that_actors() -> None:
    texts = {
        "a": "Mayor Ana Costa received 4,100,000 votes in the election, the commission said.",
        "b": "Mayor Jorge Salas received 3,900,000 votes in the election, observers said.",
    }
    assert figure_disputes(briefing(texts)) == []  # two candidates' counts, not one quantity
    texts["b"] = "Mayor Jorge Salas, leader of the Union Party (UP), won 3,600,000 votes."
    texts["c"] = "Jorge Salas received 3,900,000 votes in the election, observers said."
    assert figure_disputes(briefing(texts)) == [[3600000.0, 3900000.0]]


def test_a_count_with_no_owner_is_not_one_of_an_actors() -> None:
    texts = {
        "a": "Mayor Ana Costa received 4,100,000 votes, the commission said on Sunday.",
        "b": "The commission said 9,800,000 votes were cast on Sunday.",
    }
    assert figure_disputes(briefing(texts)) == []


def test_the_owner_of_a_figure_is_the_subject_of_its_verb_of_winning() -> None:
    from briefbook.analyse.figure_reports import owned

    assert owned().match(" received ")
    assert owned().match(", the party's leader, won ")
    assert owned().match(", leader of the Union Party received ")  # the aside left open
    assert owned().match(" topped the first count with 4,100,000 votes (")
    assert owned().match(" was leading with nearly ")
    # the name is not the subject of a verb of winning the figure
    assert not owned().match(" said ")
    assert not owned().match(" said turnout was ")
    assert not owned().match(", who lost to a rival, called for a recount of ")
