from __future__ import annotations

from briefbook.book.chapters import keyed
from briefbook.book.markup import by_group, chunks
from briefbook.book.paging import UNDATED, period, resolved_date, split
from briefbook.model import PartialDate


def d(text: str) -> PartialDate:
    return PartialDate.parse(text)


def test_periods_at_each_granularity():
    day = d("2024-10-24")  # a Thursday
    assert period(day, "day").key == "2024-10-24"
    assert period(day, "day").title == "24 October 2024"
    assert period(day, "day").when == "on 24 October 2024"
    assert period(day, "week").key == "2024-10-21-week"
    assert period(day, "week").title == "week of 21 October 2024"
    assert period(day, "month").key == "2024-10"
    assert period(day, "month").when == "in October 2024"


def test_a_week_across_months_and_years_starts_on_its_monday():
    assert period(d("2025-01-01"), "week").key == "2024-12-30-week"


def test_dates_known_less_precisely_get_a_period_of_their_own():
    assert period(d("2024-10"), "day").key == "2024-10"
    assert period(d("2024"), "week").title == "2024"
    assert period(None, "day") == UNDATED
    ordered = sorted(
        [period(None, "day"), period(d("2024-10-24"), "day"), period(d("2024-10"), "day")]
    )
    assert [p.key for p in ordered] == ["2024-10", "2024-10-24", "undated"]


def test_a_list_that_fits_is_not_split():
    assert split(["a", "b"], lambda _: d("2024-10-24"), 2) is None


def test_each_period_is_split_only_as_finely_as_it_needs():
    dates = {"a": "2024-10-01", "b": "2024-10-02", "c": "2024-10-21", "d": "2024-11-05"}
    parts = split(list(dates), lambda k: d(dates[k]), 2)
    assert parts is not None
    # three in October do not fit in 2 by month, but do by week; November fits as a month
    assert [(p.key, items) for p, items in parts] == [
        ("2024-09-30-week", ["a", "b"]),
        ("2024-10-21-week", ["c"]),
        ("2024-11", ["d"]),
    ]


def test_a_week_that_outgrows_its_page_leaves_every_other_page_as_it_was():
    dates = {f"x{n}": f"2024-10-{n:02d}" for n in (1, 2, 8, 9, 15, 16)}
    before = split(list(dates), lambda k: d(dates[k]), 2)
    dates["y"] = "2024-10-17"  # the week of 14 October now holds three
    after = split(list(dates), lambda k: d(dates[k]), 2)
    assert before is not None and after is not None
    assert [p.key for p, _ in before] == ["2024-09-30-week", "2024-10-07-week", "2024-10-14-week"]
    assert [(p.key, items) for p, items in after] == [
        ("2024-09-30-week", ["x1", "x2"]),
        ("2024-10-07-week", ["x8", "x9"]),
        ("2024-10-15", ["x15"]),
        ("2024-10-16", ["x16"]),
        ("2024-10-17", ["y"]),
    ]


def test_a_month_with_items_dated_only_to_it_still_splits_its_days():
    dates = {"m": "2024-10", "a": "2024-10-01", "b": "2024-10-01", "c": "2024-10-20"}
    parts = split(list(dates), lambda k: d(dates[k]), 2)
    assert parts is not None
    assert [(p.key, items) for p, items in parts] == [
        ("2024-09-30-week", ["a", "b"]),
        ("2024-10", ["m"]),
        ("2024-10-14-week", ["c"]),
    ]


def test_days_when_nothing_coarser_fits_and_items_keep_their_order():
    dates = {"z": "2024-10-24", "a": "2024-10-24", "m": "2024-10-25", "u": None}
    parts = split(list(dates), lambda k: d(dates[k]) if dates[k] else None, 1)
    assert parts is not None
    assert [(p.key, items) for p, items in parts] == [
        ("2024-10-24", ["z", "a"]),  # over the limit, but a day cannot be split further
        ("2024-10-25", ["m"]),
        ("undated", ["u"]),
    ]


def test_resolved_dates_are_read_back():
    assert resolved_date("2024-10") == d("2024-10")
    assert resolved_date("soon") is None


def test_parts_of_a_large_group_never_take_another_group_s_file_name():
    """Names that slug alike are numbered (police, police-2); the parts of a group too large
    for one page are numbered apart from them."""
    groups = keyed([("警察", list(range(5))), ("消防", [9])])  # both slug to "group"
    pages = [part[0] for key, (title, items) in groups for part in chunks((key, title, items), 2)]
    assert len(pages) == len(set(pages)) == 4


def test_items_can_weigh_more_than_one():
    """A dispute listing many reports fills a page as its rows do."""
    dates = {"a": d("2024-10-01"), "b": d("2024-10-24"), "c": d("2024-10-25")}
    weights = {"a": 5, "b": 1, "c": 1}
    assert split(list(dates), dates.__getitem__, 6) is None
    parts = split(list(dates), dates.__getitem__, 6, weights.__getitem__)
    assert parts is not None
    assert [(p.key, items) for p, items in parts] == [
        ("2024-09-30-week", ["a"]),
        ("2024-10-21-week", ["b", "c"]),
    ]


def test_a_week_across_two_split_months_is_one_page():
    dates = {"a": "2024-09-02", "b": "2024-09-03", "c": "2024-09-30", "d": "2024-10-01"}
    dates |= {"e": "2024-10-14", "f": "2024-10-15"}
    parts = split(list(dates), lambda k: d(dates[k]), 2)
    assert parts is not None
    assert [(p.key, items) for p, items in parts] == [
        ("2024-09-02-week", ["a", "b"]),
        ("2024-09-30-week", ["c", "d"]),  # one file, not one per month
        ("2024-10-14-week", ["e", "f"]),
    ]


def test_a_period_whose_items_weigh_more_than_a_page_is_split_by_group():
    """A day of few claims, each made by many statements, gets a page per party."""
    weights = {"a": 5, "b": 1, "c": 1}

    def groups(items: object) -> list[tuple[str, str, list[str]]]:
        return [("x", "X", ["a"]), ("y", "Y", ["b", "c"])]

    assert by_group(list(weights), 6, groups) is None
    assert by_group(list(weights), 7, groups, weights.__getitem__) is None
    assert by_group(list(weights), 6, groups, weights.__getitem__) == groups(None)
