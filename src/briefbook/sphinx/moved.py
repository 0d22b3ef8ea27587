"""Pages that link to a label that moved to another page, written again.

Sphinx resolves a ``{ref}`` when it writes the page holding it, from the doctree it kept
when it read the page, and after a change it writes only the pages it read again. The
generator splits long pages into parts ("(2 of 3)", a page per week): an article added
can move an actor, a conflict or a series to another part, and a chapter that links to
it but did not change kept the old address: a broken link that a cold build would not
have. Here the extension records, for every page read, the labels it refers to; before
reading, where every label was; after reading, it hands Sphinx the pages that refer to a
label now elsewhere (or gone), which Sphinx then writes again from their kept doctrees
(resolving the links anew) without reading them.
"""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from briefbook.sphinx import status
from briefbook.sphinx.per_page import keep_per_page, store

REFS = "briefbook_label_refs"
"""The environment's attribute: document -> the labels it refers to."""
BEFORE = "_briefbook_labels_before"
"""The application's attribute: label -> its document, before this build read anything."""
LABEL_ROLES = frozenset({"ref", "numref", "myst"})
"""Cross-references that point at a label (``doc`` points at a page, which does not move)."""


def _refs(env: BuildEnvironment) -> dict[str, frozenset[str]]:
    return store(env, REFS)


def label_places(env: BuildEnvironment) -> dict[str, str]:
    """Every label of the standard domain -> the document holding it."""
    anonlabels: dict[str, tuple[str, str]] = env.domaindata["std"]["anonlabels"]
    return {name: place[0] for name, place in anonlabels.items()}


def referred_labels(doctree: nodes.document) -> frozenset[str]:
    """The labels a page's cross-references point at."""
    return frozenset(
        node["reftarget"].lower()
        for node in doctree.findall(addnodes.pending_xref)
        if node.get("reftype") in LABEL_ROLES and node.get("reftarget")
    )


def moved_labels(before: dict[str, str], after: dict[str, str]) -> set[str]:
    """Labels whose document changed, or that are gone."""
    return {name for name, doc in before.items() if after.get(name) != doc}


def referring_pages(refs: dict[str, frozenset[str]], labels: set[str]) -> set[str]:
    """The documents that refer to any of ``labels``."""
    if not labels:
        return set()
    return {doc for doc, targets in refs.items() if not targets.isdisjoint(labels)}


def record_places(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """``env-get-outdated``: where each label is before anything is read again."""
    setattr(app, BEFORE, label_places(env))
    return []


def record_refs(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``: the labels this page refers to."""
    _refs(app.env)[app.env.docname] = referred_labels(doctree)


def pages_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: the pages, not read again, that refer to a label that moved."""
    before: dict[str, str] | None = getattr(app, BEFORE, None)
    if not before:
        return []
    setattr(app, BEFORE, None)
    moved = moved_labels(before, label_places(env))
    refs = dict(_refs(env))
    for doc, labels in status.linked_labels(app, env).items():  # links made when written
        refs[doc] = refs.get(doc, frozenset()) | labels
    return sorted(referring_pages(refs, moved) & env.all_docs.keys())


def setup(app: Sphinx) -> None:
    app.connect("env-get-outdated", record_places)
    app.connect("doctree-read", record_refs)
    keep_per_page(app, REFS)
    app.connect("env-updated", pages_to_rewrite)
