"""A lone word cut from the end of a longer name is not listed as an actor."""

from __future__ import annotations

import pytest

from briefbook.analyse.pipeline import analyse
from briefbook.model import Config, SourceMeta
from briefbook.project.load import RawArticle

CONFIG = Config.model_validate(
    {
        "briefing": {"title": "t"},
        "topics": [{"id": "all", "title": "All", "description": "Everything."}],
    }
)


def listed(text: str) -> list[str]:
    raw = RawArticle(SourceMeta(id="a", published="2024-10-24"), text, None, "0")  # type: ignore[arg-type]
    return sorted(a.name for a in analyse(CONFIG, [raw], ["a.txt"]).actors)


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        # an outlet's name after a word of its own
        ("Dozens were hurt on Thursday, the Valley Courier reported.", "Courier"),
        # a firm's name opened by a number
        (
            "The stolen jewels will never be seen again, the head of jeweller 77 Diamonds told PBS.",
            "Diamonds",
        ),
        ("The chief executive of retailer 99 Bakeries said sales had slumped.", "Bakeries"),
    ],
)
def test_the_tail_of_a_longer_name_is_not_listed(text: str, tail: str) -> None:
    assert tail not in listed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a sentence's first word is capitalised whatever it is
        ("The Globe said the figures were wrong.", "Globe"),
        # a comma, a month, a weekday or a year before the name: no longer name
        ("In Madrid, Ruiz said the talks had failed.", "Ruiz"),
        ("In August Vantor revealed the losses, the newspaper said.", "Vantor"),
        ("On Monday Okafor said the plant would close.", "Okafor"),
        ("In 2023, Tanzania reported an outbreak.", "Tanzania"),
        ("The attack was the deadliest since the 2004 Okafor school siege, Okafor said.", "Okafor"),
        # a state's name before a body's says whose the body is
        ("Bangladesh Jamaat-e-Islami said it would join the protests.", "Jamaat-e-Islami"),
        # a state's adjective or "The" before a name of its own
        ("The story was first reported by the Hungarian Telex website, Telex said.", "Telex"),
        # a title read with the name
        ("Pope Francis said he was praying for the victims.", "Francis"),
        ("French President Emmanuel Macron said France would help.", "Emmanuel Macron"),
        # a name also written on its own elsewhere keeps all its mentions
        (
            "Ana Ruiz, a Saltford councillor, said the bridge was unsafe. "
            "In Saltford Ruiz said again it was unsafe.",
            "Ana Ruiz",
        ),
        (
            "Shares of Nvidia fell 17% on Monday, and Microsoft said it would keep spending.",
            "Microsoft",
        ),
        (
            "Critics, including Amnesty International, said the law was harsh.",
            "Amnesty International",
        ),
    ],
)
def test_a_name_of_its_own_is_listed(text: str, name: str) -> None:
    assert name in listed(text)
