"""The keys of the counts' data file (``briefbook.book.counts``), one name or function per
key: the page that shows a count (``markup.count``) and the function that writes its text
use the same one, so that neither can spell it differently."""

from __future__ import annotations

SOURCING = "sourcing"
"""The sourcing summary's sentences (``briefbook.book.summary``)."""
GRADES = "grades"
"""The grades of the sources and of the claims."""
SOURCES = "sources"
"""How many sources the overview leaves to the sources index."""
MORE_DISPUTES = "more-disputes"
"""How many figures in dispute the key points leave to the key figures."""
MORE_CONFLICTS = "more-conflicts"
"""How many conflicts the key points leave to the conflicts page."""
CONFLICTS = "conflicts"
"""How many places the sources disagree (the conflicts page's first sentence)."""
QUOTATIONS = "quotations"
"""How many direct quotations the sources hold (the quotations page's first sentence)."""


def topic_statements(topic: str) -> str:
    """How many statements a topic has."""
    return f"topic/{topic}/statements"


def topic_articles(topic: str) -> str:
    """From how many articles a topic's statements come."""
    return f"topic/{topic}/articles"


def mentions(actor: str) -> str:
    """How many times the sources mention an actor."""
    return f"mentions/{actor}"


def statements(actor: str) -> str:
    """How many statements are attributed to an actor."""
    return f"statements/{actor}"


def dispute(conflict: str) -> str:
    """A figure dispute's reports, articles and range."""
    return f"dispute/{conflict}"


def listed(doc: str) -> str:
    """How many items a page split by period shows on its sub-page ``doc`` (a document
    name), in the listing that links to it (``markup.listing``)."""
    return f"listed/{doc}"


def chapter(topic: str) -> str:
    """A topic chapter's statements, articles and claims, in its first sentence."""
    return f"chapter/{topic}"
