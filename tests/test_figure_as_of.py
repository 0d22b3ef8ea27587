"""The day a figure holds for (its as-of): a date fronted as the frame of its sentence ("As
of Sunday, ...", "By Sunday evening, ...") dates every figure after it. Sentences invented in
general news style; the article is published on Tuesday 4 March 2025."""

from __future__ import annotations

import pytest

from briefbook.analyse.figure_reports import reports
from briefbook.analyse.pipeline import analyse
from briefbook.book.figures import figure_rows
from briefbook.model import Config, SourceMeta
from briefbook.project.load import RawArticle

CONFIG = Config.model_validate(
    {
        "briefing": {"title": "t"},
        "topics": [{"id": "storm", "title": "Storm", "description": "x", "cues": ["storm"]}],
    }
)


def as_of(text: str) -> list[tuple[float, str]]:
    raw = RawArticle(SourceMeta(id="a", published="2025-03-04"), text, None, "0")  # type: ignore[arg-type]
    return [(r.value, r.as_of) for r in reports(analyse(CONFIG, [raw], ["a.txt"]))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As of Sunday, the death toll from the storm stood at 40.", [(40, "2025-03-02")]),
        (
            "By 2 March, 40 people had died and 12 were missing after the storm.",
            [(40, "2025-03-02"), (12, "2025-03-02")],
        ),
        (
            "“As of Saturday, 15 people had died in the storm,” the mayor said.",
            [(15, "2025-03-01")],
        ),
    ],
)
def test_a_date_fronted_as_the_frame_of_a_sentence_dates_its_figures(text, expected):
    assert as_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "By contrast, 40 people died in the storm.",  # no date in the frame
        "Officials, who met on Sunday, said 40 people had died in the storm.",  # not fronted
        "Since Sunday, 40 people have died in the storm.",  # a span, not a moment
    ],
)
def test_what_is_no_fronted_frame_leaves_the_article_s_day(text):
    assert as_of(text) == [(40, "2025-03-04")]


def key_figure_as_of(text: str) -> list[tuple[float, str]]:
    raw = RawArticle(SourceMeta(id="a", published="2025-03-04"), text, None, "0")  # type: ignore[arg-type]
    return [(r.value, r.as_of) for r in figure_rows(analyse(CONFIG, [raw], ["a.txt"]))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date before a noun dates that thing, not the figure: the article's day
        (
            "The mayor, elected after the 2019 storm, said 40 people had died.",
            [(40, "2025-03-04")],
        ),
        # ... nor does a date something has lasted since
        ("The storm killed 40 people, the most since 2019.", [(40, "2025-03-04")]),
        # a date the sentence sets its figure on dates it
        ("In 2019, a storm killed 40 people.", [(40, "2019")]),
    ],
)
def test_the_key_figures_as_of_skips_a_date_that_is_no_moment_of_the_figure(text, expected):
    assert key_figure_as_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2023, 40 people died in storms.", [(40, "2023")]),
        ("Last year, 40 people died in storms.", [(40, "2024")]),
        ("In January, 40 people died in storms.", [(40, "2025-01")]),
    ],
)
def test_a_past_period_fronted_as_the_frame_of_a_sentence_dates_its_figures(text, expected):
    assert as_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fever, which killed more than 900 people in the region over a decade ago, is back.",
        "A similar storm killed about 40 people there nearly five years ago, officials said.",
    ],
)
def test_a_figure_set_an_unknown_time_ago_is_not_of_the_article_s_day(text):
    assert as_of(text) == [(900 if "900" in text else 40, "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trading in the shares was halted on Monday, after they fell 40% before the open.",
            [(40, "2025-03-03")],
        ),
        (
            "Flights resumed on Sunday, when 40 planes left the airport.",
            [(40, "2025-03-02")],
        ),
    ],
)
def test_a_clause_of_time_after_a_dated_clause_holds_for_its_day(text, expected):
    assert as_of(text) == expected


def test_a_clause_of_time_after_an_undated_clause_keeps_the_article_s_day():
    assert as_of("Trading in the shares was halted, after they fell 40% before the open.") == [
        (40, "2025-03-04")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day fronted before a comma, with no "as of", dates what follows it
        ("On Sunday, officials said 40 people had died in the storm.", [(40, "2025-03-02")]),
        # ... also at the head of a clause after a semicolon, and a week or more before
        (
            "Aid began to reach the valley; last Wednesday, the health ministry counted 85 "
            "cases of cholera.",
            [(85, "2025-02-26")],
        ),
        # a day named later in the clause is weighed by its nearness, not a time of its own
        (
            "On Friday evening, tens of thousands of people welcomed the marchers ahead of the "
            "main rally on Saturday afternoon.",
            [(10000, "2025-02-28")],
        ),
    ],
)
def test_a_day_fronted_before_a_comma_dates_the_figures_after_it(text, expected):
    assert as_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past year in the figure's own clause
        (
            "On Monday, officials said 90 people had died in storms this year, against 40 in 2023.",
            [(90, "2025-03-03"), (40, "2023")],
        ),
        # a time counted back from the article ("ago"): none known
        (
            "On Sunday, the governor recalled that 300 people died when a similar storm hit "
            "the coast more than a decade ago.",
            [(300, "")],
        ),
        ("On Sunday, the mayor said 300 houses were built there some years ago.", [(300, "")]),
        # a day the figure holds by ("by Friday") is its own, not the fronted day
        ("On Sunday, officials said 40 people had been arrested by Friday.", [(40, "2025-03-04")]),
        # "last week", "now": the figure's own time, not the fronted day
        (
            "On Sunday, officials said the toll, which stood at 30 last week, had risen to 45.",
            [(30, "2025-03-04"), (45, "2025-03-02")],
        ),
        (
            "On Sunday night, the electoral council said it had counted 40 percent of the "
            "ballots, and now it says it has counted 70 percent.",
            [(40, "2025-03-02"), (70, "2025-03-04")],
        ),
    ],
)
def test_a_time_in_the_figure_s_own_clause_outweighs_a_fronted_day(text, expected):
    assert as_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure before the fronted day is not of its day
        (
            "Police said 40 people had been arrested by Friday evening; on Sunday, a court "
            "released 12 of them.",
            [(40, "2025-03-04")],
        ),
        # nor one after the semicolon that closes its stretch (a measure keeps its event's)
        (
            "On February 6, 2023, a magnitude 7.8 earthquake struck southern Turkey; the toll "
            "has since risen past 50,000.",
            [(7.8, "2023-02-06"), (50000, "2025-03-04")],
        ),
    ],
)
def test_a_fronted_day_dates_only_the_figures_after_it_up_to_the_next_semicolon(text, expected):
    assert as_of(text) == expected
