"""briefbook's pybtex styles: entries for news articles, labels from ``shorthand``.

Registered under the name ``briefbook`` in ``pybtex.style.formatting`` and
``pybtex.style.labels``. Unlike pybtex's stock styles, titles keep their case, ``@online``
entries are formatted as web articles, day and month are printed, an inferred date says so,
and a missing headline is shown as ``[no headline]`` rather than invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from pybtex.richtext import Text
from pybtex.style.formatting import BaseStyle, toplevel
from pybtex.style.labels import BaseLabelStyle
from pybtex.style.template import field, first_of, href, join, optional, sentence, tag, words

from briefbook.model import MONTHS


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


class BriefbookStyle(BaseStyle):  # type: ignore[misc]
    default_label_style = "briefbook"
    default_sorting_style = "none"

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
