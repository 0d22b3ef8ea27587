"""The counts that every added article changes, for the ``briefbook-count`` role (pure).

The landing page, the sourcing summary, who's who and the conflicts show numbers that
almost any article changes (statements, mentions, reports, grades) amid text that it does
not. The pages hold each number as ``{briefbook-count}`key``` (``markup.count``) and the
numbers go to one data file (``COUNTS_FILE``): Sphinx puts them in when it writes a page
(``briefbook.sphinx.counts``), and an article that changes only them has those pages written
again from their kept doctrees rather than read again. The counts of the listings of sub-pages
(periods; who's who's kinds and initials) are in files of their own, one per split page
(``LISTED_DIR``, ``markup.listed_file``), of the same shape (``markup.counts_file``).
"""

from __future__ import annotations

from briefbook.book.chapters import chapter_counts
from briefbook.book.conflicts import conflict_counts
from briefbook.book.landing import key_point_counts, topic_counts
from briefbook.book.markup import count_text as count_text
from briefbook.book.markup import counts_file
from briefbook.book.quotations import quotation_counts
from briefbook.book.whoswho import actor_counts
from briefbook.model import Briefing


def count_parts(briefing: Briefing) -> tuple[dict[str, str], ...]:
    """The counts of each part of the book that shows them (key -> the text it shows), in
    the order :func:`count_data` merges them."""
    return (
        key_point_counts(briefing),
        topic_counts(briefing),
        actor_counts(briefing),
        conflict_counts(briefing),
        chapter_counts(briefing),
        quotation_counts(briefing),
    )


def count_data(briefing: Briefing) -> str:
    """The counts' data file's text (``markup.counts_file``, as every file of counts: under
    ``counts``, key -> the text it shows, :func:`count_text`, sorted by key). Two parts
    giving the same key is an error, not one text silently lost."""
    found: dict[str, str] = {}
    for part in count_parts(briefing):
        clash = found.keys() & part.keys()
        if clash:
            raise ValueError(f"counts given twice: {sorted(clash)}")
        found.update(part)
    return counts_file(found)
