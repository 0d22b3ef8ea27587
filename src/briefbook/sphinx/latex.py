"""LaTeX-only adjustments."""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

BIBLIOGRAPHY_LABEL = "bb-bibliography"


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
