"""sphinxcontrib-bibtex's ``cite`` domain, with its two scans over all citations indexed.

When it assigns citations to the bibliography, sphinxcontrib-bibtex (2.6) looks through every
citation reference for every bibliography entry; when it resolves a reference, through every
citation. A briefing cites every article many times (82,000 references to 1,000 entries for
1,000 articles), so the first scan took 80 million steps on every build, however small the
change, and the second grew with the corpus for each reference.

This subclass keeps the inherited code and its results: for the length of each of those
calls it shows the inherited code only the references or citations that name the keys in
question, which are the only ones the scan would have kept. Installed with
``app.add_domain(..., override=True)`` by ``briefbook.sphinx``.

Resolving a reference formats it with pybtex's templates, the same work for every reference
to the same keys from the same folder: the domain keeps each formatted result for the rest
of the build and hands out copies (:meth:`IndexedBibtexDomain.resolve_xref`).

A third scan is in the transform that fills a bibliography: for each entry it looks through
every citation reference for those in the bibliography's own document (its back-references),
80 million steps again for a page with none. :class:`LocalBibliographyTransform` shows it
only the references of that document.

Every build formats every bibliography entry again with pybtex; the domain keeps the
formatted entries in its data (the environment) and hands them to the next build's style
(``briefbook.sphinx.bibstyle.remembering``), which formats only new or changed entries.
"""

from __future__ import annotations

import ast
import weakref
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.builders import Builder
from sphinx.environment import BuildEnvironment
from sphinxcontrib.bibtex.citation_target import parse_citation_targets
from sphinxcontrib.bibtex.domain import BibtexDomain
from sphinxcontrib.bibtex.nodes import bibliography as bibliography_node
from sphinxcontrib.bibtex.roles import CiteRole
from sphinxcontrib.bibtex.transforms import BibliographyTransform

from briefbook.sphinx.backrefs import PLACES
from briefbook.sphinx.bibstyle import remembering
from briefbook.sphinx.nodes import relative_uri
from briefbook.sphinx.purge import SkipsUnreadPurge

FORMATTED = "briefbook_formatted"
"""The domain's data: the entries the last build formatted (see the module)."""


def cited_order(target: str) -> list[str]:
    """The keys of a citation reference (``a,b``), each once, in the order it names them.

    sphinxcontrib-bibtex lists the entries of one reference in the order of its ``citations``,
    which is the bibliography's: the order in which the whole book first cites them. An
    article added that is cited earlier reordered the entries in references elsewhere, and
    a page Sphinx did not write again kept the old order, which a cold build would not have
    given. Shown in the order the reference names them (the generator names an article's
    sources by id), a reference reads the same whatever the rest of the book cites.
    """
    return list(_cited_keys(target))


@lru_cache(maxsize=4096)
def _cited_keys(target: str) -> tuple[str, ...]:
    """:func:`cited_order`, parsed once per target: each citation is parsed when it is read
    and again when it is resolved, and a briefing cites the same few hundred targets tens
    of thousands of times."""
    return tuple(dict.fromkeys(t.key for t in parse_citation_targets(target)))


@lru_cache(maxsize=4096)
def _id_base(key: str) -> str:
    return str(nodes.make_id("cite-" + key))


_LAST_ID: weakref.WeakKeyDictionary[nodes.document, dict[str, int]] = weakref.WeakKeyDictionary()
"""Page -> first key's id base -> the number of the last id :func:`stable_id` gave it there."""


def stable_id(document: nodes.document, target: str) -> str:
    """An id for a citation reference to ``target`` (``a,b``) on this page: its first key
    and how many references with the same first key came before it on the page
    (``cite-a-2``).

    docutils numbers a page's ids in order (``id1``, ``id2``...), so one citation added near
    the top of a page renumbered every citation below it, and the "Cited in" lines of all
    the entries they cite changed (``briefbook.sphinx.backrefs``): at 200 articles one added
    article changed 130 of 201 lines. Named by its first key (the generator names a claim's
    sources by id, and a new article's id sorts last), a reference keeps its id when an
    article joins it or a reference to other keys comes before it."""
    keys = _cited_keys(target)
    base = _id_base(keys[0] if keys else target)
    # the page's ids are only added to while it is read: the first free number is past the
    # last one given (counting from 1 again made every page's references to one key cost
    # the square of their number)
    last = _LAST_ID.setdefault(document, {})
    n = last.get(base, 0) + 1
    while f"{base}-{n}" in document.ids:
        n += 1
    last[base] = n
    return f"{base}-{n}"


def named_keys(filter_: ast.AST) -> frozenset[str] | None:
    """The keys a bibliography's ``:filter:`` names, when it is ``key in {'a', 'b'}`` and
    nothing else (the filter compares the entry's key in lower case); else None."""
    match filter_:
        case ast.Module(
            body=[
                ast.Expr(
                    value=ast.Compare(
                        left=ast.Name(id="key"), ops=[ast.In()], comparators=[ast.Set(elts=elts)]
                    )
                )
            ]
        ) if all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in elts):
            return frozenset(str(e.value) for e in elts if isinstance(e, ast.Constant))
    return None


class StableCiteRole(CiteRole):
    """sphinxcontrib-bibtex's citation role, its references given :func:`stable_id`, and
    their content one text node.

    The inherited role puts the reference's text in an ``inline`` inside the
    ``pending_xref``; the cite domain replaces the whole reference with its formatted
    citation and never shows that content (its ``resolve_xref`` does not use it, and warns
    rather than fail on an unknown key), so the wrapper was a node every transform of every
    page walked for nothing: a briefing holds tens of thousands of citations. Sphinx needs
    the reference to have a first child, which stays, as text."""

    def result_nodes(
        self, document: nodes.document, env: BuildEnvironment, node: Any, is_ref: bool
    ) -> Any:
        if not node["ids"]:
            node["ids"] = [stable_id(document, self.target)]
        node[:] = [nodes.Text(node.astext())]
        return super().result_nodes(document, env, node, is_ref)  # type: ignore[no-untyped-call]


class IndexedBibtexDomain(SkipsUnreadPurge, BibtexDomain):
    roles: ClassVar[dict[str, Any]] = {name: StableCiteRole() for name in BibtexDomain.roles}

    _refs_shown: list[Any] | None = None
    _citations_shown: list[Any] | None = None
    _citations_by_key: dict[str, list[tuple[int, Any]]] | None = None

    @property
    def citation_refs(self) -> list[Any]:
        if self._refs_shown is not None:
            return self._refs_shown
        refs: list[Any] = self.data["citation_refs"]
        return refs

    @property
    def citations(self) -> list[Any]:
        if self._citations_shown is not None:
            return self._citations_shown
        citations: list[Any] = self.data["citations"]
        return citations

    def get_entries(self, bibfiles: list[Path]) -> Iterator[Any]:
        """Each entry, with ``citation_refs`` narrowed to the references that cite it while
        the caller (``get_filtered_entries``) works out where it is cited: one reference per
        citing page, which is all the caller keeps (the pages). Within ``env_updated`` the
        narrowing is worked out once for all the bibliographies (a bibliography split over a
        page per period has dozens)."""
        refs_by_key = self.__dict__.get("_refs_by_key_") or self._first_refs_by_key()
        prefixes = {b.keyprefix for b in self.bibliographies.values()} or {""}
        try:
            for entry in super().get_entries(bibfiles):
                self._refs_shown = [r for p in prefixes for r in refs_by_key.get(p + entry.key, ())]
                yield entry
        finally:
            self._refs_shown = None

    def get_filtered_entries(self, bibliography_key: Any) -> Iterator[tuple[str, Any]]:
        """The inherited filtering, but for a filter that names its keys (``key in {...}``,
        as every generated bibliography's does: ``book.sources.render_bibliography``), whose
        entries are taken by key instead of evaluating the filter for every entry of the
        book: with the bibliography split by period (17 pages at 200 articles), 3,400
        evaluations on every build."""
        bibliography = self.bibliographies[bibliography_key]
        keys = named_keys(bibliography.filter_)
        if keys is None:
            yield from super().get_filtered_entries(bibliography_key)
            return
        for entry in BibtexDomain.get_entries(self, bibliography.bibfiles):
            if entry.key.lower() in keys or entry.key in bibliography.keys:
                yield bibliography.keyprefix + entry.key, entry

    def _first_refs_by_key(self) -> dict[str, list[Any]]:
        """Citation key -> the first reference citing it on each page that does."""
        firsts: dict[str, dict[str, Any]] = defaultdict(dict)
        for ref in self.data["citation_refs"]:
            for target in ref.targets:
                firsts[target.key].setdefault(ref.docname, ref)
        return {key: list(by_doc.values()) for key, by_doc in firsts.items()}

    def _cited_order(self, docnames: list[str]) -> tuple[list[str], dict[str, int]]:
        """Every cited key in the order of ``docnames`` (the inherited order), and each key's
        first position there, worked out once for all the bibliographies of a build."""
        known = self.__dict__.get("_cited_keys_")
        if known is None or known[0] is not docnames:
            position = {doc: i for i, doc in enumerate(docnames)}
            refs = sorted(
                self.data["citation_refs"],
                key=lambda r: (
                    position[r.docname] if r.docname in position else docnames.index(r.docname)
                ),
            )
            keys = [target.key for ref in refs for target in ref.targets]
            first: dict[str, int] = {}
            for n, key in enumerate(keys):
                first.setdefault(key, n)
            known = (docnames, keys, first)
            self.__dict__["_cited_keys_"] = known
        return known[1], known[2]

    def get_all_cited_keys(self, docnames: list[str]) -> Iterator[str]:
        """The inherited order, without sorting every reference by ``docnames.index`` for
        each bibliography (a bibliography split over a page per period has dozens)."""
        if self._refs_shown is not None:
            yield from super().get_all_cited_keys(docnames)  # type: ignore[no-untyped-call]
            return
        yield from self._cited_order(docnames)[0]

    def get_sorted_entries(self, bibliography_key: Any, docnames: list[str]) -> Iterator[Any]:
        """The bibliography's entries, those cited first in the order the book first cites
        them, then the rest in .bib order (the inherited order), without going through every
        cited key of the book for each bibliography."""
        if self._refs_shown is not None:
            yield from super().get_sorted_entries(bibliography_key, docnames)
            return
        entries = dict(self.get_filtered_entries(bibliography_key))
        first = self._cited_order(docnames)[1]
        for key in sorted((k for k in entries if k in first), key=first.__getitem__):
            yield key, entries.pop(key)
        yield from entries.items()

    @property
    def _resolved(self) -> dict[tuple[Any, ...], nodes.Element]:
        """Formatted references of this build, by what their formatting depends on."""
        cache: dict[tuple[Any, ...], nodes.Element] = self.__dict__.setdefault("_resolved_", {})
        return cache

    def env_updated(self) -> Iterable[str]:
        self._citations_by_key = None
        self.__dict__.pop(PLACES, None)  # the references were read: worked out again
        self._resolved.clear()
        self.__dict__["_refs_by_key_"] = self._first_refs_by_key()
        try:
            with remembering(self.data.get(FORMATTED, {})) as formatted:
                updated: Iterable[str] = list(super().env_updated())
        finally:
            self.__dict__.pop("_cited_keys_", None)
            self.__dict__.pop("_refs_by_key_", None)
        self.data[FORMATTED] = formatted
        by_key: dict[str, list[tuple[int, Any]]] = defaultdict(list)
        for position, citation in enumerate(self.data["citations"]):
            by_key[citation.key].append((position, citation))
        self._citations_by_key = by_key
        return updated

    def resolve_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        typ: str,
        target: str,
        node: pending_xref,
        contnode: nodes.Element,
    ) -> Any:
        """Resolve with ``citations`` narrowed to those of the cited keys, in the order the
        reference names them (:func:`cited_order`); a copy of an earlier result when every
        key is known and the same reference was resolved from a page in the same folder
        (the links are relative)."""
        index = self._citations_by_key
        if index is None:
            return super().resolve_xref(env, fromdocname, builder, typ, target, node, contnode)
        keys = cited_order(target)
        citations = [citation for k in keys for _, citation in index.get(k, ())]
        memo: tuple[Any, ...] | None = None
        if all(k in index for k in keys):
            places = tuple(
                (d == fromdocname, relative_uri(builder, fromdocname, d))
                for d in (c.bibliography_key.docname for c in citations)
            )
            memo = (builder.name, typ, target, places)
            known = self._resolved.get(memo)
            if known is not None:
                return known.deepcopy()
        self._citations_shown = citations
        try:
            result = super().resolve_xref(env, fromdocname, builder, typ, target, node, contnode)
        finally:
            self._citations_shown = None
        if memo is not None and isinstance(result, nodes.Element):
            self._resolved[memo] = result.deepcopy()
        return result


class LocalBibliographyTransform(BibliographyTransform):
    """sphinxcontrib-bibtex's transform, shown only the citation references of the documents
    whose bibliographies it fills (the only ones its back-reference scan keeps)."""

    def run(self, **kwargs: Any) -> None:
        domain = self.env.get_domain("cite")
        docnames = {node["docname"] for node in self.document.findall(bibliography_node)}
        if not docnames or not isinstance(domain, IndexedBibtexDomain):
            super().run(**kwargs)
            return
        refs = [r for r in domain.data["citation_refs"] if r.docname in docnames]
        domain._refs_shown = refs
        try:
            super().run(**kwargs)
        finally:
            domain._refs_shown = None


def install(transforms: list[type[Any]]) -> None:
    """Put :class:`LocalBibliographyTransform` in the place of sphinxcontrib-bibtex's own in
    Sphinx's list of post-transforms."""
    if BibliographyTransform in transforms:
        transforms[transforms.index(BibliographyTransform)] = LocalBibliographyTransform
