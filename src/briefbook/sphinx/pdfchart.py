"""The ``briefbook-pdf-chart`` directive: a chart drawn in TikZ for the PDF only.

A key-figures chart is hundreds of TikZ lines. As raw LaTeX under ``{only} latex`` it was
kept in the doctree of every build, HTML too, so each time a kind's chart changed Sphinx read
and pickled it again for a book that never prints it. The directive keeps only the name of
the generated ``.tex`` file beside the page's SVG; the LaTeX build reads the file when it
writes the page (a post-transform), so the PDF prints the same chart, and the HTML builder
skips the node.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from briefbook.project.output import GENERATED_MARK
from briefbook.sphinx.nodes import ExpandOutsideHtml, html_only
from briefbook.sphinx.warnings import BriefbookWarning, warn


class pdf_chart(nodes.General, nodes.Element):  # type: ignore[misc]
    """A chart for the PDF: ``file``, its TikZ file, relative to the source folder."""


def _skip(self: Any, node: pdf_chart) -> None:
    raise nodes.SkipNode


PDF_CHART_HANDLERS = html_only(_skip)


class PdfChartDirective(SphinxDirective):
    """``briefbook-pdf-chart`` PATH: the generated TikZ file PATH (relative to the page, as
    an image's path is) drawn in the PDF; nothing in HTML."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        rel, _ = self.env.relfn2path(self.arguments[0], self.env.docname)
        return [pdf_chart("", file=rel)]


class PdfChartToLatex(ExpandOutsideHtml):
    """Outside HTML, the chart is its file's TikZ as raw LaTeX (text builders ignore it)."""

    node_class = pdf_chart

    def expand(self, node: pdf_chart) -> list[nodes.Node]:
        path = Path(self.app.srcdir) / node["file"]
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            warn(
                BriefbookWarning.MISSING_DATA,
                f"chart {node['file']} cannot be read ({exc.strerror}): run `briefbook generate`",
                node,
            )
            return []
        first, _, rest = text.partition("\n")
        if GENERATED_MARK in first:  # its "do not edit" line is for whoever opens the file
            text = rest
        return [nodes.raw("", text.strip("\n"), format="latex")]
