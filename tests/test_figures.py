from __future__ import annotations

import datetime as dt

import pytest

from briefbook.model import PartialDate
from briefbook.read.dates import reference, resolve_dates
from briefbook.read.figures import quantities


def q(text: str) -> list[tuple[float, str, str]]:
    return [(x.value, x.qualifier, x.counts) for x in quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("around 3,000 North Korean soldiers are there", (3000, "about", "North Korean soldiers")),
        ("up to 12,000 soldiers could be deployed", (12000, "up to", "soldiers")),
        ("At least 11,000 troops", (11000, "at least", "troops")),
        ("a total of 10,000 soldiers by December", (10000, "total", "soldiers")),
        ("millions of artillery shells", (1_000_000, "at least", "artillery shells")),
        ("1,500 special forces", (1500, "exactly", "special forces")),
    ],
)
def test_quantities_with_qualifier_and_what_they_count(text, expected):
    assert q(text)[0] == expected


def test_groups_of_n_each_give_the_total_too():
    values = [(v, qual) for v, qual, _ in q("two brigades of 6,000 soldiers each")]
    assert (2, "exactly") in values and (12000, "total") in values


def test_years_and_dates_are_not_quantities():
    assert q("In June 2024, on October 18, the pact was signed.") == []


def dates(text: str, published: str) -> list[tuple[str, str, str]]:
    return [
        (d.text, d.resolved, d.precision) for d in resolve_dates(text, PartialDate.parse(published))
    ]


def test_relative_dates_resolve_against_a_dated_article():
    # 24 October 2024 was a Thursday
    assert dates("Kirby spoke on Wednesday and Yoon on Thursday.", "2024-10-24") == [
        ("on Wednesday", "2024-10-23", "day"),
        ("on Thursday", "2024-10-24", "day"),
    ]


def test_month_precision_article_gives_month_precision():
    assert dates("The briefing was on Wednesday.", "2024-10") == [
        ("on Wednesday", "2024-10", "month")
    ]


def test_months_years_and_vague_times():
    assert dates(
        "A pact was signed in June; 10,000 may go by December, more in the coming weeks, "
        "as earlier this year and in 2019.",
        "2024-10-24",
    ) == [
        ("in June", "2024-06", "month"),
        ("by December", "2024-12", "month"),
        ("in the coming weeks", "", "unresolved"),
        ("earlier this year", "2024", "year"),
        ("in 2019", "2019", "year"),
    ]


def test_explicit_dates():
    assert dates("Posted October 18, 2024 and due by November 1st.", "2024-10-24") == [
        ("October 18, 2024", "2024-10-18", "day"),
        ("by November 1st", "2024-11-01", "day"),
    ]


def test_day_first_month_first_abbreviated_and_with_weekday():
    assert dates(
        "On 15 December the board met; by Dec. 23 it had voted, and on Monday, July 1 it "
        "reported. The 18th June 2024 report and the Oct. 18, 2024 memo followed.",
        "2024-10-24",
    ) == [
        ("On 15 December", "2023-12-15", "day"),
        ("by Dec. 23", "2024-12-23", "day"),
        ("on Monday, July 1", "2024-07-01", "day"),
        ("18th June 2024", "2024-06-18", "day"),
        ("Oct. 18, 2024", "2024-10-18", "day"),
    ]


def test_a_day_has_boundaries():
    assert dates("It happened on 18 October 2024 and since June 2024.", "2024-10-24") == [
        ("on 18 October 2024", "2024-10-18", "day"),
        ("since June 2024", "2024-06", "month"),
    ]


def test_since_and_until_are_relations_not_events():
    found = resolve_dates(
        "Fighting has gone on since February 2022 and talks run until Friday.",
        PartialDate.parse("2024-10-24"),
    )
    assert [(d.text, d.relation) for d in found] == [
        ("since February 2022", "since"),
        ("until Friday", "until"),
    ]
    assert found[1].resolved == "2024-10-25"


def test_relative_days_weeks_and_holidays():
    assert dates(
        "Yesterday the river rose; last month it fell; today’s rain and last week's "
        "storm, on New Year's Day.",
        "2025-01-08",
    ) == [
        ("Yesterday", "2025-01-07", "day"),
        ("last month", "2024-12", "month"),
        ("today’s", "2025-01-08", "day"),
        ("last week's", "2025", "year"),  # 30 December to 5 January: two months
        ("on New Year's Day", "2025-01-01", "day"),
    ]


def test_an_undated_article_counts_from_the_full_dates_it_gives():
    text = "The storm hit on Tuesday. Officials met on Wednesday, October 30, 2024."
    found = resolve_dates(text, None, 0, reference(text, None))
    assert [(d.text, d.resolved) for d in found] == [
        ("on Tuesday", "2024-10-29"),
        ("on Wednesday, October 30, 2024", "2024-10-30"),
    ]


def test_a_month_precision_article_takes_its_days_from_the_dates_it_gives():
    text = "On Tuesday the toll rose. The agency said on Monday, June 24, that 5 died."
    assert reference(text, PartialDate.parse("2024-06")) == dt.date(2024, 6, 24)
