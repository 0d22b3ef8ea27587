"""Every file ``briefbook generate`` writes under ``docs/``, from one Briefing (pure)."""

from __future__ import annotations

from collections.abc import Sequence

from briefbook.book.bib import write_bib
from briefbook.book.chapters import claim_status, render_topic
from briefbook.book.conflicts import render_conflicts
from briefbook.book.counts import count_data
from briefbook.book.data import Lookup, article_data, evidence_data
from briefbook.book.figures import render_key_figures
from briefbook.book.landing import render_index, render_overview
from briefbook.book.markup import (
    BIB_FILE,
    CLAIM_STATUS_FILE,
    COUNTS_FILE,
    DATA_DIR,
    EVIDENCE_DIR,
    EXPORT_FILE,
    FOLDER,
    to_json_text,
)
from briefbook.book.methodology import render_methodology
from briefbook.book.quotations import render_quotations
from briefbook.book.sources import render_bibliography, render_source, render_sources_index
from briefbook.book.timeline import render_timeline
from briefbook.book.whoswho import render_whos_who
from briefbook.export import to_json
from briefbook.model import Briefing


def render_all(briefing: Briefing, notes: Sequence[str] = ()) -> dict[str, bytes]:
    """Every generated file: path relative to ``docs/`` -> bytes."""
    key_figures, charts = render_key_figures(briefing)
    pages: dict[str, str] = {
        "index.md": render_index(briefing, notes),
        f"{FOLDER}/overview.md": render_overview(briefing),
        **key_figures,
        **charts,
        **render_conflicts(briefing),
        **render_quotations(briefing),
        **render_timeline(briefing),
        **render_whos_who(briefing),
        f"{FOLDER}/methodology.md": render_methodology(briefing),
        **render_sources_index(briefing),
        **render_bibliography(briefing),
        BIB_FILE: write_bib(briefing.articles, briefing.labels),
        EXPORT_FILE: to_json(briefing),
        f"{DATA_DIR}/{CLAIM_STATUS_FILE}": to_json_text(claim_status(briefing)),
        f"{DATA_DIR}/{COUNTS_FILE}": count_data(briefing),
    }
    for topic in briefing.config.topics:
        pages.update(render_topic(briefing, topic))
    lookup = Lookup.of(briefing)
    for article in briefing.articles:
        pages[f"{FOLDER}/sources/{article.id}.md"] = render_source(briefing, article)
        data = article_data(briefing, article, lookup)
        pages[f"{DATA_DIR}/{article.id}.json"] = to_json_text(data)
        shown = evidence_data(briefing, article)
        pages[f"{DATA_DIR}/{EVIDENCE_DIR}/{article.id}.json"] = to_json_text(shown)
    return {path: text.encode("utf-8") for path, text in pages.items()}
