"""Articles in other languages: detected offline, shown and citable, never read as English."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from briefbook.commands.cli import app
from briefbook.commands.generate import load_briefing
from briefbook.project.load import Project
from briefbook.read.language import detect, language_of
from briefbook.read.segment import split_sentences

CHINESE = (
    "市政府周二表示，暴雨导致河水上涨，已有两千多名居民撤离。\n\n"
    "气象部门警告说：「未来两天仍有强降雨。」救援人员正在搜索失踪者。\n"
)
SPANISH = (
    "El gobierno regional informó el martes de que más de dos mil vecinos fueron "
    "evacuados por la crecida del río. Los servicios de emergencia buscan a los desaparecidos.\n"
)
ENGLISH = (
    "The regional government said on Tuesday that more than 2,000 residents had been "
    "evacuated as the river rose. Rescue workers are searching for the missing.\n"
)


def meta(source_id: str, language: str = "") -> str:
    line = f'language = "{language}"\n' if language else ""
    return f'id = "{source_id}"\npublished = "2025-03-04"\n{line}'


@pytest.mark.parametrize(("text", "expected"), [(CHINESE, "zh"), (SPANISH, "es"), (ENGLISH, "en")])
def test_the_language_is_detected_from_the_text(text, expected):
    language, probability = detect(text)
    assert language == expected and probability > 0.5


def test_a_wrong_stated_language_does_not_win_over_a_confident_detection():
    assert language_of(SPANISH, "en") == "es"
    assert language_of("OK.", "fr") == "fr"  # too short to detect: the metadata decides


def test_chinese_sentences_end_at_full_width_stops_outside_quotations():
    text = CHINESE.split("\n\n")[1].strip()
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "气象部门警告说：「未来两天仍有强降雨。」",
        "救援人员正在搜索失踪者。",
    ]


def test_other_languages_are_shown_but_no_statement_is_read(make_project):
    root = make_project(
        {
            "en1": (ENGLISH, meta("en1")),
            "zh1": (CHINESE, meta("zh1", "en")),  # stated wrongly: the text decides
            "es1": (SPANISH, meta("es1")),
        }
    )
    briefing = load_briefing(Project(root))
    by_id = {a.id: a for a in briefing.articles}
    assert {i: (a.language, a.read) for i, a in by_id.items()} == {
        "en1": ("en", True),
        "zh1": ("zh", False),
        "es1": ("es", False),
    }
    assert {s.source_id for s in briefing.statements} == {"en1"}
    # their sentences are still there to be shown and cited, none greyed as a heading
    zh_sentences = [s for b in by_id["zh1"].blocks for s in b.sentences]
    assert len(zh_sentences) == 3 and not any(s.boilerplate for s in zh_sentences)


def test_check_says_which_articles_are_not_read(make_project):
    root = make_project({"en1": (ENGLISH, meta("en1")), "zh1": (CHINESE, meta("zh1"))})
    result = CliRunner().invoke(app, ["check", "--project", str(root)])
    assert result.exit_code == 0, result.output
    assert "1 article is not in English and not read (zh: zh1)" in result.output
