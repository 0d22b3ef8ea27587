"""Where the generated book's files go, under ``docs/``.

A module of its own, with nothing but these names, so that the Sphinx extension, which
reads them on every build, does not import the generator (and its data model) to know them.
"""

from __future__ import annotations

FOLDER = "briefing"
"""Folder under ``docs/`` that briefbook owns; the landing page is ``docs/index.md``."""


DATA_DIR = f"{FOLDER}/_data"


EVIDENCE_DIR = "evidence"
"""Under the data folder: per article, only what an evidence link shows (its label, outlet,
date, and each sentence's number and text). Pages that link evidence depend on what these
files show of the sentences they link (``briefbook.sphinx.shown``), not on the whole article
data, which changes whenever another article moves one of its claims, its topics or its
speakers: Sphinx re-reads a page when what it depends on changes, and a claim cited by 40
articles would otherwise re-read every page citing any of them."""


BIB_FILE = f"{FOLDER}/references.bib"


EXPORT_FILE = f"{DATA_DIR}/briefbook-export.json"
CLAIM_STATUS_FILE = "claims/status.json"
"""Under the data folder: each claim's grade and its links to the conflicts it is part of
(``briefbook.book.chapters.claim_status``), which the ``briefbook-claim-status`` role shows
where a page lists the claim. An added article that starts or joins a dispute changes the
grade and conflict links of claims on many pages and nothing else on them: kept here, those
pages are written again from their kept doctrees instead of read again
(``briefbook.sphinx.status``). In a folder of its own so that no article's data file (named
after the article) can take its name."""

COUNTS_DIR = "counts"
"""Under the data folder: every file of counts that the ``briefbook-count`` role shows (each
holding key -> text under ``counts``; the extension reads them all as one mapping)."""
COUNTS_FILE = f"{COUNTS_DIR}/counts.json"
"""Under the data folder: the counts that every added article changes (an actor's mentions
and statements, the sourcing summary, the statements per topic, how many more disputes and
conflicts there are, a figure dispute's reports), key -> text (``briefbook.book.counts``),
which the ``briefbook-count`` role shows. The pages showing them (the landing page, the
sourcing summary, who's who, the conflicts) often change in nothing else: kept here, those
pages are written again from their kept doctrees instead of read again
(``briefbook.sphinx.counts``). In a folder of its own, like ``CLAIM_STATUS_FILE``."""
LISTED_DIR = f"{COUNTS_DIR}/listed"
"""Under the data folder: for each page split by period (``markup.split_pages``) or, for
who's who, by kind and initial, how many items each of its sub-pages holds, key -> text as
in ``COUNTS_FILE`` (``markup.counts_file``). A listing of periods
("15 March 2025: 144 statements") shows them by the ``briefbook-count`` role, so that an
added article, which changes the count of its own period, does not change the markup of the
page listing the periods (who's who, a topic chapter's head): that page is written again from
its kept doctree, not read again. A file per split page, so that an added article rewrites the
few files of the listings it changes."""
COUNT_ROLE = "briefbook-count"
"""The role that shows one of the counts of ``COUNTS_FILE`` by its key: a name the
generator, the extension and the bench's floor share."""


CITED_ROLE = "briefbook-cited"
"""Not a place but a name the generator, the extension and the bench's floor share: the role
of a table cell that cites one sentence of one article, read as a citation of the article
followed by the link to the sentence (``briefbook.sphinx.evidence``)."""
