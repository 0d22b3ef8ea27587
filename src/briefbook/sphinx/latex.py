"""LaTeX-only adjustments."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform

from briefbook.book.printable import LATEX_BREAKS, Break, latex_text, pieces

BIBLIOGRAPHY_LABEL = "bb-bibliography"


def printable_translator(app: Sphinx) -> None:
    """Make the LaTeX translator write all text through ``briefbook.book.printable``.

    Sphinx's translator writes every piece of text, from a text node or an attribute,
    with ``encode``: this subclass of the translator in use (Sphinx's, or another
    extension's) cuts the text into :func:`~briefbook.book.printable.pieces` first. URLs
    and index entries get only the control pictures: a macro there would change the
    address or the sort order.
    """
    if app.builder.format != "latex":
        return
    base: Any = app.registry.get_translator_class(app.builder)

    class PrintableTranslator(base):  # type: ignore[misc]
        _plain = 0

        def encode(self, text: str) -> str:
            if self._plain:
                return str(super().encode("".join(p for p in pieces(text) if isinstance(p, str))))
            out = []
            for piece in pieces(text):
                out.append(
                    LATEX_BREAKS[piece] if isinstance(piece, Break) else super().encode(piece)
                )
            return "".join(out)

        def encode_uri(self, text: str) -> str:
            self._plain += 1
            try:
                return str(super().encode_uri(text))
            finally:
                self._plain -= 1

        def visit_index(self, node: nodes.Element) -> None:
            self._plain += 1
            try:
                super().visit_index(node)
            finally:
                self._plain -= 1

    PrintableTranslator.__name__ = PrintableTranslator.__qualname__ = f"Printable{base.__name__}"
    app.set_translator(app.builder.name, PrintableTranslator, override=True)


class BibliographyChapter(SphinxPostTransform):
    """Keep the bibliography page's entries but not its chapter in the PDF.

    Sphinx's LaTeX writer gathers every citation into one closing bibliography chapter;
    the HTML page that holds the ``bibliography`` directive would otherwise become an
    empty chapter of its own. Runs before Sphinx's own bibliography transform (750).
    """

    default_priority = 400
    formats = ("latex",)

    def run(self, **kwargs: Any) -> None:
        for section in list(self.document.findall(nodes.section)):
            if BIBLIOGRAPHY_LABEL in section["ids"]:
                section.replace_self(list(section.findall(nodes.citation)))


def _export(app: Sphinx) -> dict[str, Any] | None:
    if app.builder.name != "latex" or not app.config.briefbook_export:
        return None
    path = Path(app.srcdir) / app.config.briefbook_export
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def source_appendices(app: Sphinx) -> None:
    """The annotated articles close the PDF in the briefing's order, as ``latex_appendices``
    (``ArticlesAppendix`` makes them sections of one appendix).

    In HTML they are reached from the sources index and from every citation, not from the
    navigation (see ``render_sources_index``); the LaTeX builder takes only pages in a
    toctree or in ``latex_appendices``.
    """
    data = _export(app)
    if data is None:
        return
    folder = app.config.briefbook_source_pages
    pages = [f"{folder}/{s['id']}" for s in data["sources"]]
    app.config.latex_appendices = [*app.config.latex_appendices, *pages]


APPENDIX_TITLE = "The articles as received"
APPENDIX_LABEL = "bb-articles-as-received"
APPENDIX_INTRO = (
    "Each article the briefing draws on, in full, with its metadata: every sentence "
    "numbered (¶ block.sentence) as the chapters cite it, and what is not reporting greyed "
    "with the reason it was left out."
)
TOC_CHAPTERS_ONLY = r"\addtocontents{toc}{\protect\setcounter{tocdepth}{0}}"
"""The articles' sections stay out of the table of contents (the sources chapter lists
them), which would otherwise run to pages of them; they stay in the PDF's bookmarks."""


class ArticlesAppendix(SphinxPostTransform):
    """The articles as sections of one appendix chapter, not an appendix chapter each.

    LaTeX letters appendix chapters A to Z and stops at the 27th ("Counter too large"), and
    a chapter each also opens a page each. Sphinx adds each of ``latex_appendices`` to the
    assembled book as a document of its own; this transform gathers the source pages among
    them into one chapter, each as a file of its own (``start_of_file``: Sphinx's own
    transform then labels it so that links to the page land on it). Runs before that
    transform (400).
    """

    default_priority = 390
    formats = ("latex",)

    def run(self, **kwargs: Any) -> None:
        folder = self.config.briefbook_source_pages + "/"
        documents = [
            child
            for child in self.document.children
            if isinstance(child, nodes.document)
            and str(child.get("docname", "")).startswith(folder)
        ]
        if not documents:
            return
        chapter = nodes.section("", ids=[APPENDIX_LABEL], names=[APPENDIX_TITLE.lower()])
        chapter += nodes.title("", APPENDIX_TITLE)
        chapter += nodes.raw("", TOC_CHAPTERS_ONLY + "\n", format="latex")
        chapter += nodes.paragraph("", APPENDIX_INTRO)
        for document in documents:
            page = addnodes.start_of_file(docname=document["docname"])
            page.extend(document.children)
            chapter += page
        container = documents[0]
        container.children = []
        container += chapter
        del container["docname"]  # not a page of its own: no label for it
        for document in documents[1:]:
            self.document.remove(document)


def title_page(app: Sphinx) -> None:
    """Put the sourcing summary on the PDF's title page (from the generated JSON export)."""
    data = _export(app)
    if data is None:
        return
    lines = [data["briefing"]["subtitle"] or "", *data["briefing"]["summary"][:-1]]
    text = r"\\".join(latex_text(line) for line in lines if line)
    builder: Any = app.builder
    builder.context["preamble"] += "\n\\authoraddress{" + text + "}\n"
