"""Docutils nodes of the extension, with a visitor for every builder."""

from __future__ import annotations

from typing import Any

from docutils import nodes


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
