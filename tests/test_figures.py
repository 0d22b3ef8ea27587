from __future__ import annotations

import pytest

from briefbook.model import PartialDate
from briefbook.read.figures import quantities, resolve_dates


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
