"""The sourcing summary, in plain sentences: written once, for the book's landing page and
sourcing summary (MyST) and for the PDF's title page (through the JSON export)."""

from __future__ import annotations

from briefbook.bidi import isolate
from briefbook.book.markup import plural
from briefbook.model import Briefing

OUTLETS_LISTED = 8
"""Past this many outlets the summary counts them instead of naming them all."""


def sourcing_summary(briefing: Briefing) -> tuple[str, ...]:
    """What the briefing rests on: statements, articles, outlets, dates and independence."""
    articles = briefing.articles
    outlets = sorted({a.meta.outlet for a in articles if a.meta.outlet})
    dates = sorted(a.meta.published for a in articles if a.meta.published)
    inferred = sum(1 for a in articles if a.meta.is_inferred("published"))
    unnamed = sum(1 for a in articles if not a.meta.outlet)
    if not dates:
        span = "No article states its date"
    elif dates[0] == dates[-1]:
        span = f"Published {dates[0].human()}"
    else:
        span = f"Published {dates[0].human()} to {dates[-1].human()}"
    listed = ", ".join(map(isolate, outlets))  # an outlet cannot reorder the sentence
    named = listed if len(outlets) <= OUTLETS_LISTED else "listed with the sources"
    origins = len(set(briefing.origins.values())) if briefing.origins else len(articles)
    agency = sum(briefing.agency_copy.values())
    return (
        f"This briefing sorts {plural(len(briefing.statements), 'statement')} from "
        f"{plural(len(articles), 'article')} into {plural(len(briefing.config.topics), 'topic')}.",
        f"Outlets named: {len(outlets)} ({named or 'none'})"
        + (
            f"; {plural(unnamed, 'article does', 'articles do')} not name theirs."
            if unnamed
            else "."
        ),
        span
        + (
            f" ({plural(inferred, 'date')} inferred from the text; see each source)."
            if inferred
            else "."
        ),
        f"{plural(origins, 'independent origin')} among the "
        f"{plural(len(articles), 'article')}"
        + (f"; {agency} carrying agency copy" if agency else "")
        + f"; {plural(len(briefing.claims), 'claim')}, "
        f"{plural(len(briefing.conflicts), 'conflict')} between sources.",
        "Every statement cites its article and links to the exact sentence in the annotated copy.",
    )
