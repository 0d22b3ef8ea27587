"""Pages whose navigation changed, written again.

Every HTML page links to the pages before and after it in the book and names its parents
(the "previous" and "next" buttons, the breadcrumbs), each with its title: Sphinx works
them out from the tables of contents when it writes a page, but after a change it writes
only the pages it read again (and the pages whose table of contents holds one of them). An
article added can add a page (a new day of the timeline, a sources list split into week
pages) or rename one, and the pages next to it, unchanged on disk, kept their old links: a
book that a cold build would not have given. Here the extension records, after each build
has read what changed, what each page's navigation shows (its parents, previous and next
pages and their titles) and hands Sphinx the pages for which that differs from what it
recorded last time; Sphinx writes them again from their kept doctrees, without reading them.
"""

from __future__ import annotations

import hashlib

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

NAVIGATION = "briefbook_navigation"
"""The environment's attribute: document -> a digest of what its navigation shows."""

Relations = dict[str, list[str | None]]
"""Sphinx's ``collect_relations``: document -> [parent, previous, next]."""


def navigation(relations: Relations, titles: dict[str, str], docname: str) -> tuple[object, ...]:
    """What a page's navigation shows: its parents, outermost last, then its previous and
    next pages, each as (document, title)."""

    def shown(doc: str | None) -> tuple[str, str] | None:
        return None if doc is None else (doc, titles.get(doc, ""))

    parent, prev, following = relations.get(docname, [None, None, None])
    parents = []
    seen = {docname}
    while parent is not None and parent not in seen:  # a loop of toctrees is Sphinx's warning
        seen.add(parent)
        parents.append(shown(parent))
        parent = relations.get(parent, [None])[0]
    return tuple(parents), shown(prev), shown(following)


def digests(relations: Relations, titles: dict[str, str], docnames: list[str]) -> dict[str, str]:
    """Document -> a digest of :func:`navigation`."""
    return {
        doc: hashlib.blake2b(
            repr(navigation(relations, titles, doc)).encode(), digest_size=8
        ).hexdigest()
        for doc in docnames
    }


def changed_pages(old: dict[str, str], new: dict[str, str]) -> set[str]:
    """Documents whose digest differs from the last build's, or that are new."""
    return {doc for doc, digest in new.items() if old.get(doc) != digest}


def pages_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: the pages whose navigation changed since the last build."""
    titles = {doc: str(title) for doc, title in env.titles.items()}
    new = digests(env.collect_relations(), titles, sorted(env.all_docs))
    old: dict[str, str] = getattr(env, NAVIGATION, {})
    setattr(env, NAVIGATION, new)
    return sorted(changed_pages(old, new))


def setup(app: Sphinx) -> None:
    app.connect("env-updated", pages_to_rewrite)
