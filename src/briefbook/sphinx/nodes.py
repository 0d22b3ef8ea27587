"""Docutils nodes of the extension, with a visitor for every builder."""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

RELATIVE_URIS = "_briefbook_relative_uris_"
"""The builder's attribute: (from page, to page) -> the relative address between them."""


def relative_uri(builder: Any, fromdoc: str, todoc: str) -> str:
    """``builder.get_relative_uri(fromdoc, todoc)``, worked out once per pair of pages and
    builder: the address depends on the two pages' names only, and the evidence links and
    citations of a page link the same few pages (its sources, the bibliography) tens of
    thousands of times in a book, each working it out again from both pages' addresses."""
    known: dict[tuple[str, str], str] | None = builder.__dict__.get(RELATIVE_URIS)
    if known is None:
        known = builder.__dict__[RELATIVE_URIS] = {}
    uri = known.get((fromdoc, todoc))
    if uri is None:
        uri = known[fromdoc, todoc] = str(builder.get_relative_uri(fromdoc, todoc))
    return uri


def start_tag(self: Any, tagname: str, attributes: dict[str, str]) -> str:
    """``self.starttag({}, tagname, "", **attributes)`` of an HTML translator, for a tag of
    no node whose attributes are named in lower case and whose ``class``, if any, lists
    distinct classes separated by single spaces: the same string (the attributes in order
    of name, each value cleansed by ``self.attval``), without the general method's work of
    merging a node's classes and ids with the attributes given, which the links of a
    briefing (an evidence link's three tags, a "Cited in" line's links: about 68,000 at 200
    articles) never need."""
    parts = [tagname, *(f'{k}="{self.attval(v)}"' for k, v in sorted(attributes.items()))]
    return f"<{' '.join(parts)}>"


class annotation(nodes.inline):  # type: ignore[misc]
    """An inline tag with an explanation: a ``title`` (hover) and ``tabindex`` (keyboard) in HTML,
    plain text elsewhere."""


def visit_annotation_html(self: Any, node: annotation) -> None:
    self.body.append(
        self.starttag(
            node,
            "span",
            "",
            CLASS=" ".join(node["classes"]),
            title=node["explanation"],
            tabindex="0",
        )
    )


def depart_annotation_html(self: Any, node: annotation) -> None:
    self.body.append("</span>")


def visit_as_inline(self: Any, node: annotation) -> None:
    self.visit_inline(node)


def depart_as_inline(self: Any, node: annotation) -> None:
    self.depart_inline(node)


HANDLERS: dict[str, tuple[Any, Any]] = {
    "html": (visit_annotation_html, depart_annotation_html),
    **{b: (visit_as_inline, depart_as_inline) for b in ("latex", "text", "man", "texinfo")},
}


def _written_by_html_only(self: Any, node: nodes.Node) -> None:
    raise AssertionError(f"{type(node).__name__} is expanded before writing outside HTML")


def html_only(visit: Any) -> dict[str, tuple[Any, Any]]:
    """Handlers for a node the HTML writer writes itself and every other builder meets only
    after :class:`ExpandOutsideHtml` has replaced it."""
    return {
        "html": (visit, None),
        **{b: (_written_by_html_only, None) for b in ("latex", "text", "man", "texinfo")},
    }


class ExpandOutsideHtml(SphinxPostTransform):
    """For a compact node that HTML writes itself: outside HTML, each one becomes ordinary
    nodes (:meth:`expand`) before references are resolved."""

    default_priority = 5  # before ReferencesResolver (10)
    node_class: type[nodes.Element]

    def is_supported(self) -> bool:
        return bool(self.app.builder.format != "html")

    def run(self, **kwargs: Any) -> None:
        for node in list(self.document.findall(self.node_class)):
            node.replace_self(self.expand(node))

    def expand(self, node: Any) -> list[nodes.Node]:
        raise NotImplementedError  # pragma: no cover
