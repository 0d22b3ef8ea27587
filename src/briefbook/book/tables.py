"""Tables written as data: the ``briefbook-table`` directive's format.

A table whose cells are text and citations of sentences (the key figures, the timeline, the
figures of a dispute: tens of thousands of rows in a large briefing) is written as a
``briefbook-table`` directive holding the table as JSON, one line per row, instead of a
MyST table: the extension builds the table's nodes from the data
(``briefbook.sphinx.tables``), the nodes MyST makes of the same table as markup, without
parsing each cell as Markdown. A cell's text is never parsed: it becomes text, whatever
characters it holds.

The directive's content: the first line lists the columns, each ``[heading, alignment]``
(``l``, ``r`` or ``c``); each following line is a row, one cell per column. A cell is a
string (its text, as shown), or a list of parts separated by a space when shown, each a
string or ``{"cited": "<source id>/<sentence id>"}``: the citation of the article and the
link to its sentence that the ``briefbook-cited`` role makes (``briefbook.sphinx.evidence``).

A module of its own, importing nothing of the generator, shared by the generator
(``briefbook.book.markup.data_table``), the extension and the bench's floor
(``briefbook.bench.floor``), which writes the same table back as MyST text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

TABLE_DIRECTIVE = "briefbook-table"

CITED = "cited"
"""A part of a cell that cites a sentence: ``{"cited": "<source id>/<sentence id>"}``."""

Cell = str | list[str | dict[str, str]]

_LINE_BREAKS = {ord(c): f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"}
"""Characters Python's ``str.splitlines`` ends a line at that JSON leaves as they are: a
row stays one line of the directive's content whatever its text holds."""


def cited(source_id: str, sentence_id: str) -> dict[str, str]:
    return {CITED: f"{source_id}/{sentence_id}"}


def row_line(cells: Sequence[Any]) -> str:
    """One line of the directive's content: a JSON array (ASCII control characters and line
    separators escaped, so it is one line)."""
    return json.dumps(list(cells), ensure_ascii=False).translate(_LINE_BREAKS)


def decode_lines(lines: Sequence[str]) -> list[Any]:
    """Each non-blank line of a directive's content, decoded from JSON.

    Raises ``ValueError`` for a line that is not JSON, and for one nested too deep to decode
    (a hand-edited page: ``[[[[...``), which would otherwise end the build without a line."""
    try:
        return [json.loads(line) for line in lines if line.strip()]
    except RecursionError:
        raise ValueError("a line is nested too deep to read") from None


def read_rows(lines: Sequence[str]) -> tuple[list[tuple[str, str]], list[list[Cell]]]:
    """The columns ``(heading, alignment)`` and the rows of a directive's content.

    Raises ``ValueError`` when a line is not JSON or not of this format."""
    if not lines:
        raise ValueError("no columns")
    decoded = decode_lines(lines)
    head, rows = decoded[0], decoded[1:]
    if not isinstance(head, list) or not all(
        isinstance(c, list) and len(c) == 2 and c[1] in ("l", "r", "c") for c in head
    ):
        raise ValueError("the first line must list the columns as [heading, alignment]")
    for row in rows:
        if not isinstance(row, list) or len(row) != len(head):
            raise ValueError(f"a row must have {len(head)} cells: {row!r}")
        for cell in row:
            parts = cell if isinstance(cell, list) else [cell]
            for part in parts:
                if not (isinstance(part, str) or (isinstance(part, dict) and set(part) == {CITED})):
                    raise ValueError(f"not a cell: {cell!r}")
    return [(str(h), str(a)) for h, a in head], rows
