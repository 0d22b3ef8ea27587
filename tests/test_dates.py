"""Dates: forms added in issue 15 (see also tests/test_figures.py), in general news style."""

from __future__ import annotations

import pytest

from briefbook.model import PartialDate
from briefbook.read.dates import resolve_dates

PUBLISHED = PartialDate(2024, 10, 24)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dam broke two days ago.", ("two days ago", "2024-10-22", "day")),
        ("A week ago, crews left.", ("A week ago", "2024-10-17", "day")),
        ("Talks began three months ago.", ("three months ago", "2024-07", "month")),
        ("The plant closed a year ago.", ("a year ago", "2023", "year")),
        ("Snow was forecast for Sunday.", ("Sunday", "2024-10-27", "day")),
        ("The ministers will meet on Friday.", ("on Friday", "2024-10-25", "day")),
        ("The board met on Friday.", ("on Friday", "2024-10-18", "day")),
        ("The mine was flooded this summer.", ("this summer", "2024", "year")),
        ("The mine was flooded last spring.", ("last spring", "2024", "year")),
        ("It will reopen next spring.", ("next spring", "2025", "year")),
        ("It froze last winter.", ("last winter", "", "unresolved")),
    ],
)
def test_relative_dates(text, expected):
    found = [(d.text, d.resolved, d.precision) for d in resolve_dates(text, PUBLISHED)]
    assert found == [expected]
