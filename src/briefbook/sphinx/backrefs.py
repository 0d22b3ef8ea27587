"""Bibliography entries that list every place in the book citing them, across pages.

sphinxcontrib-bibtex links an entry back to its citations on the same page only. After the
whole book is read, the cite domain knows every citation reference (its document and node
id); when the page holding the bibliography is written, each entry gets a "Cited in" line:
in HTML one link per citing place, grouped by page; in LaTeX the page number of each page.

Those lines depend on every page's citations, but nothing on the page itself changes with
them: after a change, the page is written again from the doctree Sphinx kept (not read
again), and only when the lines it would show differ from those it shows (at 200 articles
the page is 2.4 MB of HTML, one link per citing place). In HTML each line is one node that
the writer turns into its links (:class:`cited_in`), the same HTML in a third of the time.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinxcontrib.bibtex.nodes import bibliography as bibliography_node

from briefbook.book.places import FOLDER
from briefbook.sphinx.nodes import html_only, start_tag


def _reading_order(env: BuildEnvironment) -> list[str]:
    """Documents in the order of the book (depth-first through the toctrees)."""
    order: list[str] = []
    seen: set[str] = set()

    def visit(docname: str) -> None:
        if docname in seen:
            return
        seen.add(docname)
        order.append(docname)
        for child in env.toctree_includes.get(docname, []):
            visit(child)

    visit(env.config.root_doc)
    order += sorted(set(env.found_docs) - seen)
    return order


PLACES = "_citing_places_"
"""The cite domain's attribute holding :func:`citing_places` for the build (the domain is
made anew for each build and never pickled; its ``env_updated`` drops it)."""


def citing_places(env: BuildEnvironment) -> dict[str, list[tuple[str, str]]]:
    """Citation key -> (document, citation reference id), in book order.

    Worked out once per build, after the book is read: every bibliography page written
    (and the digests of :func:`bibliography_outdated`) asks for it, and sorting every
    citation reference of the book took 0.04 s each time at 200 articles. The domain
    keeps it in the main process, which resolves the pages, and its writers forked after
    it inherit it."""
    domain: Any = env.get_domain("cite")
    if getattr(domain, "_refs_shown", None) is not None:  # narrowed for an entry: not kept
        return _citing_places(env, domain)
    places: dict[str, list[tuple[str, str]]] | None = domain.__dict__.get(PLACES)
    if places is None:
        places = domain.__dict__[PLACES] = _citing_places(env, domain)
    return places


def _citing_places(env: BuildEnvironment, domain: Any) -> dict[str, list[tuple[str, str]]]:
    order = {doc: i for i, doc in enumerate(_reading_order(env))}
    places: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for ref in sorted(
        domain.citation_refs, key=lambda r: (order.get(r.docname, 1 << 30), r.line or 0)
    ):
        for target in ref.targets:
            places[target.key].append((ref.docname, ref.citation_ref_id))
    return places


CITED_IN = "briefbook_cited_in"
"""The environment's attribute: page with a bibliography -> a digest of what its entries
show (:func:`shown_digests`)."""


def _entry_shown(entry: Any) -> tuple[Any, ...]:
    """What a bibliography entry shows of its BibTeX entry: its fields and names."""
    persons = {role: [str(p) for p in people] for role, people in entry.persons.items()}
    return (entry.type, sorted(entry.fields.items()), sorted(persons.items()))


def shown_digests(env: BuildEnvironment) -> dict[str, str]:
    """Page with a bibliography -> a digest of what its entries show: their metadata, the
    citing places of their "Cited in" lines, in order, and the titles of those pages."""
    domain: Any = env.get_domain("cite")
    places = citing_places(env)
    entries: dict[str, list[Any]] = defaultdict(list)
    for citation in domain.citations:
        entries[citation.bibliography_key.docname].append(citation)
    digests = {}
    for page, own in entries.items():
        shown = sorted((c.key, places.get(c.key, []), _entry_shown(c.entry)) for c in own)
        docs = sorted({doc for _, found, _ in shown for doc, _ in found})
        titles = [(doc, env.titles[doc].astext() if doc in env.titles else doc) for doc in docs]
        digests[page] = hashlib.sha256(repr((shown, titles)).encode()).hexdigest()
    return digests


def bibliography_outdated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: the pages with a bibliography to be written again (not read), those
    whose entries show something else than at the last build (:func:`shown_digests`)."""
    digests = shown_digests(env)
    last = getattr(env, CITED_IN, None)
    setattr(env, CITED_IN, digests)
    if not isinstance(last, dict):
        last = {}
    return sorted(
        page
        for page, digest in digests.items()
        if last.get(page) != digest and page in env.all_docs
    )


def own_entries(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``: a generated page with a bibliography does not depend on the .bib.

    sphinxcontrib-bibtex has Sphinx read every page with a bibliography again whenever the
    .bib changes, so one added article read and wrote every part of a split bibliography.
    A generated bibliography names its entries (``book.sources.render_bibliography``): its
    page changes, and is read again, when they do; a page whose entries show other metadata
    or citing places is written again without being read (:func:`bibliography_outdated`).
    The analyst's own pages keep the dependency."""
    env = app.env
    if not env.docname.startswith(f"{FOLDER}/"):
        return
    if next(iter(doctree.findall(bibliography_node)), None) is None:
        return
    domain: Any = env.get_domain("cite")
    depends = env.dependencies.get(env.docname, set())
    for bibfile in domain.bibdata.bibfiles:
        depends.discard(env.srcdir / bibfile)


class cited_in(nodes.Element):  # type: ignore[misc]
    """An entry's "Cited in" line in HTML, in ``places``: one (page title, relative address,
    citation reference ids) per citing page, in book order.

    One node, written by the HTML writer itself (:func:`visit_cited_in_html`), where
    a reference per citing place took two nodes or more: the bibliography's lines hold
    one back-link per citation of the book (20,000 at 200 articles), and the page is
    written again whenever one of them changes."""


def visit_cited_in_html(self: Any, node: cited_in) -> None:
    """``Cited in: <page> [1] [2]; <page> [1]``, as the nodes it stands for would be written."""
    parts = []
    for title, uri, ref_ids in node["places"]:
        html = start_tag(self, "a", {"class": "reference internal", "href": uri})
        html += self.encode(title) + "</a>"
        for i, ref_id in enumerate(ref_ids, 1):
            attributes = {"class": "bb-backref reference internal", "href": f"{uri}#{ref_id}"}
            html += " " + start_tag(self, "a", attributes) + f"[{i}]</a>"
        parts.append(html)
    self.body.append(
        self.starttag({}, "p", "", CLASS="bb-cited-in") + "Cited in: " + "; ".join(parts)
    )
    self.body.append("</p>\n")
    raise nodes.SkipNode


CITED_IN_HANDLERS = html_only(visit_cited_in_html)


def add_backrefs(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """On the page with the bibliography, add a "Cited in" line to each entry."""
    env = app.env
    citations = list(doctree.findall(nodes.citation))
    if not citations:
        return  # (the LaTeX builder resolves the whole book as one tree, named after its root)
    domain: Any = env.get_domain("cite")
    keys = {c.citation_id: c.key for c in domain.citations}
    places = citing_places(env)
    for citation in citations:
        key = next((keys[i] for i in citation["ids"] if i in keys), None)
        if key is None or not places.get(key):
            continue
        by_doc: dict[str, list[str]] = defaultdict(list)
        for doc, ref_id in places[key]:
            by_doc[doc].append(ref_id)
        pages = [
            (env.titles[doc].astext() if doc in env.titles else doc, doc, ref_ids)
            for doc, ref_ids in by_doc.items()
        ]
        if app.builder.format == "html":
            uri = app.builder.get_relative_uri
            citation += cited_in(places=[(t, uri(docname, d), r) for t, d, r in pages])
        else:
            citation += _cited_in_nodes(app, docname, pages)


def _cited_in_nodes(
    app: Sphinx, docname: str, pages: list[tuple[str, str, list[str]]]
) -> nodes.paragraph:
    """A "Cited in" line outside HTML: in LaTeX, each citing page with its page number."""
    latex = app.builder.format == "latex"
    para = nodes.paragraph("", "", classes=["bb-cited-in"])
    para += nodes.Text("Cited in: ")
    for n, (title, doc, ref_ids) in enumerate(pages):
        if n:
            para += nodes.Text("; ")
        uri = app.builder.get_relative_uri(docname, doc)
        para += nodes.reference("", title, internal=True, refuri=uri)
        if latex:
            para += nodes.raw("", rf" (p.~\pageref{{{doc}::doc}})", format="latex")
            continue
        for i, ref_id in enumerate(ref_ids, 1):
            para += nodes.Text(" ")
            para += nodes.reference(
                "", f"[{i}]", internal=True, refuri=f"{uri}#{ref_id}", classes=["bb-backref"]
            )
    return para
