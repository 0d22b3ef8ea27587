"""Tables written as data (``briefbook.book.tables``, ``markup.data_table``)."""

from __future__ import annotations

import pytest

from briefbook.bidi import FSI, PDI
from briefbook.book.markup import cited, data_table
from briefbook.book.tables import read_rows, row_line

COLUMNS = [("Figure", "r", 1), ("Who", "l", 2), ("Reported by", "l", 3)]


def test_a_data_table_is_one_line_per_row_and_its_text_is_kept_as_written():
    lines = data_table(
        COLUMNS,
        [("at least 95", "*Police* {ref}`x`", [cited("a", "s1")])],
    )
    assert lines[:2] == ["```{tabularcolumns} |\\X{16}{100}|\\X{32}{100}|\\X{48}{100}|", "```"]
    start = lines.index("```{briefbook-table}")
    assert lines[start + 1 : start + 3] == [":class: longtable", ""]
    assert lines[-1] == "```"
    columns, rows = read_rows(lines[start + 3 : -1])
    assert columns == [("Figure", "r"), ("Who", "l"), ("Reported by", "l")]
    assert rows == [["at least 95", "*Police* {ref}`x`", [{"cited": "a/s1"}]]]


def test_a_cell_shows_its_text_on_one_line_and_a_right_to_left_name_isolated():
    lines = data_table(
        COLUMNS, [("12\n000", "  Reuters\u2028wire ", ["said \u05e9\u05dc\u05d5\u05dd"])]
    )
    _, rows = read_rows([line for line in lines if line.startswith("[")])
    assert rows[0][:2] == ["12 000", "Reuters wire"]
    assert rows[0][2] == [FSI + "said \u05e9\u05dc\u05d5\u05dd" + PDI]


def test_a_row_stays_one_line_whatever_its_text_holds():
    line = row_line(["a\nb", "c\rd", "e\u2028f\u2029g\x85h", "```"])
    assert len(line.splitlines()) == 1
    assert read_rows([row_line([["A", "l"]] * 4), line])[1] == [
        ["a\nb", "c\rd", "e\u2028f\u2029g\x85h", "```"]
    ]


def test_an_empty_table_says_so_instead():
    assert data_table(COLUMNS, []) == ["\\(None in these sources\\.\\)"]


@pytest.mark.parametrize(
    "lines",
    [
        [],
        ["not json"],
        ['[["A", "x"]]'],  # no such alignment
        ['[["A", "l"]]', '["a", "b"]'],  # a cell too many
        ['[["A", "l"]]', '[{"ref": "x"}]'],  # not text, not a citation
        ['[["A", "l"]]', '[[{"cited": "a/s1", "more": 1}]]'],
    ],
)
def test_rows_not_of_the_format_are_refused(lines):
    with pytest.raises(ValueError):
        read_rows(lines)


def test_a_row_nested_too_deep_to_read_is_refused_as_bad_data() -> None:
    # a hand-edited page: Python's decoder gives up on deep nesting with a RecursionError,
    # which would end the build with no file or line
    deep = "[" * 50_000 + "]" * 50_000
    with pytest.raises(ValueError, match="nested too deep"):
        read_rows(['[["A", "l"]]', deep])
