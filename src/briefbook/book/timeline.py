"""The timeline: dated events from the statements, by date."""

from __future__ import annotations

from collections.abc import Sequence

from briefbook.book import paging
from briefbook.book.figures import Event
from briefbook.book.markup import (
    FOLDER,
    cited,
    data_table,
    myst_text,
    page,
    published,
    split_pages,
)
from briefbook.book.paging import Period
from briefbook.book.tables import Cell
from briefbook.model import Briefing

TIMELINE_COLUMNS = [
    ("Date", "l", 1.4),
    ("Precision", "l", 1.1),
    ("Said as", "l", 1.5),
    ("Statement", "l", 6),
]


def _events_table(events: Sequence[Event]) -> list[str]:
    cells: list[tuple[Cell, ...]] = [
        (resolved, precision, text, [s.text, cited(s.source_id, s.sentence_id)])
        for resolved, precision, text, s in events
    ]
    return data_table(TIMELINE_COLUMNS, cells)


def render_timeline(briefing: Briefing) -> dict[str, str]:
    """Dated statements in date order. Past ``page_items``, one page per period of the
    dates; a period that still holds more (many statements dated only to a year, say) is
    split again by when the articles were published."""
    events: list[Event] = sorted(
        (
            (d.resolved, d.precision, d.text, s)
            for s in briefing.statements
            for d in s.dates
            if d.resolved and d.relation in ("on", "by")  # "since 2022" is no event
        ),
        key=lambda e: (e[0], e[3].source_id, e[3].start),
    )
    head = [
        "(bb-timeline)=",
        "# Timeline",
        "",
        myst_text(
            "Dated statements, in date order. Dates are resolved against each article's "
            "publication date; the precision says how exactly (an article dated only to the "
            "month cannot place “on Wednesday” on a day)."
        ),
        "",
    ]
    base = f"{FOLDER}/timeline"
    limit = briefing.config.book.page_items
    parts = paging.split(events, lambda e: paging.resolved_date(e[0]), limit)
    if parts is None:
        return {f"{base}.md": page([*head, *_events_table(events)])}
    dates = published(briefing)
    pages: list[tuple[Period, list[Event]]] = []
    for p, group in parts:
        again = paging.split(group, lambda e: dates[e[3].source_id], limit)
        pages += (
            [(p, group)]
            if again is None
            else [
                (
                    Period(
                        p.order,
                        f"{p.key}-reported-{q.key}",
                        f"{p.title} (reported {q.title})",
                        f"{p.when}, in the articles published {q.when}",
                    ),
                    part,
                )
                for q, part in again
            ]
        )
    return split_pages(
        base,
        "Timeline",
        head,
        pages,
        "statement",
        lambda p: f"Statements dated {p.when}.",
        _events_table,
        heading="By date",
    )
