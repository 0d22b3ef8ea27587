"""The quotations page: direct quotations, by speaker."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from briefbook.book import countkeys as keys
from briefbook.book import paging
from briefbook.book.data import claimant_label
from briefbook.book.figures import evidence
from briefbook.book.markup import (
    FOLDER,
    count,
    myst_text,
    page,
    published,
    split_pages,
)
from briefbook.model import Briefing, Statement


def quotation_counts(briefing: Briefing) -> dict[str, str]:
    """How many direct quotations there are, as the quotations page's first sentence gives
    it (``briefbook.book.counts``)."""
    return {keys.QUOTATIONS: str(sum(1 for s in briefing.statements if s.quote))}


def render_quotations(briefing: Briefing) -> dict[str, str]:
    quotes = [s for s in briefing.statements if s.quote]
    head = [
        "(bb-quotations)=",
        "# Quotations",
        "",
        myst_text("Every direct quotation in the sources (")
        + count(keys.QUOTATIONS)
        + myst_text("), with its speaker as briefbook reads it, in the order of the articles."),
        "",
    ]
    base = f"{FOLDER}/quotations"
    dates = published(briefing)
    parts = paging.split(quotes, lambda s: dates[s.source_id], briefing.config.book.page_items)
    if parts is None:
        return {f"{base}.md": page([*head, *_by_speaker(briefing, quotes)])}
    return split_pages(
        base,
        "Quotations",
        head,
        parts,
        "quotation",
        lambda p: f"Quotations in the articles published {p.when}.",
        lambda group: _by_speaker(briefing, group),
    )


def _by_speaker(briefing: Briefing, quotes: Sequence[Statement]) -> list[str]:
    by_speaker: dict[str, list[Statement]] = defaultdict(list)
    for s in quotes:
        by_speaker[claimant_label(briefing, s) or "Speaker not identified"].append(s)
    lines: list[str] = []
    for speaker in sorted(by_speaker, key=lambda k: (k == "Speaker not identified", k)):
        lines += [f"## {myst_text(speaker)}", ""]
        lines += [f"- {myst_text(s.text)} {evidence(s)}" for s in by_speaker[speaker]]
        lines.append("")
    return lines
