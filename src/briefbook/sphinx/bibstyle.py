"""briefbook's pybtex styles: entries for news articles, labels from ``shorthand``.

Registered under the name ``briefbook`` in ``pybtex.style.formatting`` and
``pybtex.style.labels``. Unlike pybtex's stock styles, titles keep their case, ``@online``
entries are formatted as web articles, day and month are printed, an inferred date says so,
and a missing headline is shown as ``[no headline]`` rather than invented.

Formatting an entry with pybtex's templates is the same work for the same entry and label,
and sphinxcontrib-bibtex formats every entry of the book on every build, however small the
change (0.3 to 0.4 s at 200 articles, a tenth of a rebuild after one added article).
:func:`remembering` lets a caller hand the style what an earlier build formatted
(``briefbook.sphinx.citations`` keeps it in the environment).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from pybtex.richtext import Text
from pybtex.style.formatting import BaseStyle, toplevel
from pybtex.style.labels import BaseLabelStyle
from pybtex.style.template import field, first_of, href, join, optional, sentence, tag, words

from briefbook.dates import MONTHS


def _month_name(text: Text) -> Text:
    value = str(text)
    return Text(MONTHS[int(value) - 1]) if value.isdigit() and 1 <= int(value) <= 12 else text


def _unescape(value: str) -> str:
    """Undo the backslash escapes pybtex's BibTeX writer adds (labels are used raw)."""
    return re.sub(r"\\([_%&#$])", r"\1", value)


class ShorthandLabelStyle(BaseLabelStyle):  # type: ignore[misc]
    """Label = the entry's ``shorthand`` field (briefbook writes a unique one), else its key."""

    def format_labels(self, sorted_entries: Iterable[Any]) -> Iterator[str]:
        for entry in sorted_entries:
            label = entry.fields.get("shorthand")
            yield _unescape(label) if label else entry.key


Formatted = dict[tuple[str, ...], Any]
"""Formatted entries (pybtex's ``FormattedEntry``) by :func:`entry_key`."""

_MEMO: list[tuple[Formatted, Formatted]] = []
"""While :func:`remembering`: (what an earlier build formatted, what this one formatted)."""


def entry_key(style: BaseStyle, label: str, entry: Any) -> tuple[str, ...]:
    """What formatting ``entry`` under ``label`` depends on: the style and the entry's key,
    type, fields and people (``repr`` of a pybtex entry lists all three)."""
    return (type(style).__qualname__, label, entry.key, repr(entry))


@contextmanager
def remembering(kept: Formatted) -> Iterator[Formatted]:
    """Within the block, :class:`BriefbookStyle` takes an entry formatted under the same
    :func:`entry_key` from ``kept`` instead of formatting it again; yields what the block
    formatted or took (all it needs next time)."""
    used: Formatted = {}
    _MEMO.append((kept, used))
    try:
        yield used
    finally:
        _MEMO.remove((kept, used))


class BriefbookStyle(BaseStyle):  # type: ignore[misc]
    default_label_style = "briefbook"
    default_sorting_style = "none"

    def format_entry(self, label: str, entry: Any, bib_data: Any = None) -> Any:
        """pybtex's formatting, or the same entry's under the same label from the memo
        (:func:`remembering`)."""
        if not _MEMO or bib_data is not None:
            return super().format_entry(label, entry, bib_data)
        kept, used = _MEMO[-1]
        key = entry_key(self, label, entry)
        found = used.get(key) or kept.get(key)
        if found is None:
            found = super().format_entry(label, entry, bib_data)
        used[key] = found
        return found

    def get_online_template(self, e: Any) -> Any:
        date = words[
            optional[field("day")],
            optional[field("month", apply_func=_month_name)],
            field("year"),
        ]
        inferred = "dateinferred" in e.fields
        date_part = first_of[
            optional[join[date, " (date inferred)" if inferred else ""]],
            "date not stated",
        ]
        return toplevel[
            optional[sentence[join(sep=", ")[self.format_names("author")]]],
            first_of[
                optional[join["“", field("title"), ".”"]],
                "[no headline].",
            ],
            sentence[
                first_of[optional[tag("em")[field("organization")]], "outlet not stated"], date_part
            ],
            self._url(e),
            optional[sentence[join["Accessed ", field("urldate")]]],
        ]

    def _url(self, e: Any) -> Any:
        raw = e.fields.get("url")
        if not raw:
            return ""
        url = _unescape(str(raw))
        return sentence[join["URL: ", href(url)[url]]]

    def format_names(self, role: str, as_sentence: bool = True) -> Any:
        from pybtex.style.template import names

        return names(role, sep=", ", sep2=" and ", last_sep=", and ")

    get_misc_template = get_online_template
