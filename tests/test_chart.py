"""The key-figures charts: one per kind, disputes and series drawn apart, a scale no outlier
flattens."""

from __future__ import annotations

import math

from briefbook.book.chart import LOG_RATIO, Bar, Chart, Group, svg, tikz


def chart(values: list[float], style: str = "dispute") -> Chart:
    bars = tuple(Bar(f"source {n}", v, None, f"{v:g}") for n, v in enumerate(values))
    return Chart("deaths", "", (Group("In dispute: deaths", style, bars),))  # type: ignore[arg-type]


def test_a_narrow_spread_is_linear_from_zero():
    c = chart([100, 150, 200])
    assert not c.log
    assert c.share(100) == 0.5 and c.share(200) == 1.0


def test_an_outlier_cannot_flatten_the_others():
    c = chart([12, 15, 600_000])
    assert c.log and "logarithmic" in c.title
    assert c.share(12) > 0.2  # the smallest still gets a visible bar
    assert c.share(15) > c.share(12)
    assert math.isclose(c.share(600_000), 1.0)
    assert chart([1, LOG_RATIO]).log is False and chart([1, LOG_RATIO * 1.5]).log is True


def test_disputes_and_series_are_drawn_in_different_colours():
    both = Chart(
        "deaths",
        "",
        (
            Group(
                "In dispute: deaths", "dispute", (Bar("a", 6, None, "6"), Bar("b", 23, None, "23"))
            ),
            Group(
                "Over time: deaths", "series", (Bar("c", 5, None, "5"), Bar("d", 13, None, "13"))
            ),
        ),
    )
    drawn = svg(both)
    fills = {
        line.split('fill="')[1].split('"')[0] for line in drawn.splitlines() if "<rect" in line
    }
    assert len(fills) == 2
    assert "In dispute" in drawn and "Over time" in drawn
    assert tikz(both).count(r"\fill[") == 4


def test_a_range_is_drawn_from_its_low_to_its_high_end():
    c = Chart("troops", "", (Group("x", "dispute", (Bar("a", 11_000, 12_000, "11,000–12,000"),)),))
    drawn = svg(c)
    rect = next(line for line in drawn.splitlines() if "<rect" in line)
    assert 'x="330"' not in rect  # it does not start at zero
