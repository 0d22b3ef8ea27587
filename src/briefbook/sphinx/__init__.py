"""briefbook's Sphinx extension: renders generated briefings in HTML and LaTeX.

Add ``"briefbook.sphinx"`` to ``extensions`` (after ``sphinxcontrib.bibtex``). Config values:

``briefbook_data_dir``
    Folder, relative to the Sphinx source folder, holding the generated per-source JSON data
    (default ``"briefing/_data"``).
``briefbook_source_pages``
    Folder of the generated source pages, which the PDF takes as appendices (default
    ``"briefing/sources"``).
``briefbook_export``
    The generated JSON export, relative to the source folder, published next to the HTML
    book under the same file name (default ``""``: publish nothing).
``briefbook_pages``
    Folder of the generated pages (default ``"briefing"``). Their tables of contents, and
    the root document's, are kept to two levels (``tocdepth``): a page's own contents list
    its sections, and the sidebar drawn on every page copies no deeper headings (the who's
    who lists hundreds of actors) nor the period pages listed for the PDF only.
``briefbook_latex_fallback_fonts``
    Font families, in order, that print the characters the PDF's own fonts lack (default
    ``["DejaVu Sans", "Noto Serif CJK SC"]``: symbols, then Chinese, Japanese and Korean;
    see ``briefbook.sphinx.fonts``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pybtex.plugin
from docutils import nodes
from pybtex.backends.plaintext import Backend as PlaintextBackend
from pybtex.plugin import Plugin, register_plugin
from pybtex.style.names.plain import NameStyle as PlainNameStyle
from pybtex.style.sorting.none import SortingStyle as NoSortingStyle
from pybtex_docutils import Backend as DocutilsBackend
from sphinx.application import Sphinx
from sphinx.config import Config

from briefbook import __version__
from briefbook.book.claimlines import CLAIMS_DIRECTIVE
from briefbook.book.printable import LATEX_PREAMBLE as PRINTABLE_PREAMBLE
from briefbook.book.tables import TABLE_DIRECTIVE
from briefbook.sphinx import (
    citations,
    counts,
    moved,
    neighbours,
    parallel,
    purge,
    shown,
    status,
    templates,
    writer,
)
from briefbook.sphinx.backrefs import (
    CITED_IN_HANDLERS,
    add_backrefs,
    bibliography_outdated,
    cited_in,
    own_entries,
)
from briefbook.sphinx.bibstyle import BriefbookStyle, ShorthandLabelStyle
from briefbook.sphinx.citations import IndexedBibtexDomain
from briefbook.sphinx.claimlines import ClaimLinesDirective
from briefbook.sphinx.evidence import (
    CITED_ROLE,
    EVIDENCE_HANDLERS,
    CitedRole,
    EvidenceRole,
    EvidenceToXref,
    evidence_link,
)
from briefbook.sphinx.export import publish_export
from briefbook.sphinx.fonts import FALLBACK_FONTS, add_fallbacks
from briefbook.sphinx.latex import (
    ArticlesAppendix,
    BibliographyChapter,
    printable_translator,
    source_appendices,
    title_page,
)
from briefbook.sphinx.memory import freeze, freeze_read, freeze_resolved, pause, resume, thaw
from briefbook.sphinx.nodes import HANDLERS, annotation
from briefbook.sphinx.pdfchart import (
    PDF_CHART_HANDLERS,
    PdfChartDirective,
    PdfChartToLatex,
    pdf_chart,
)
from briefbook.sphinx.sentences import SENTENCE_HANDLERS, SentenceToNodes, source_sentence
from briefbook.sphinx.source import SourceDirective
from briefbook.sphinx.stale import remove_stale_pages
from briefbook.sphinx.tables import DataTableDirective
from briefbook.sphinx.theme import AFTER_THEME, escape_titles

STATIC = Path(__file__).parent / "static"

LATEX_PREAMBLE = r"""
\usepackage{tikz}
\usepackage{xurl}
\setlength{\headheight}{14pt}
\addtolength{\topmargin}{-2pt}
% bbchart: a chart no wider than the line and no taller than half a page, so that it
% starts under its chapter's heading instead of leaving that page empty
% (briefbook.book.figures); the picture's own centering is done here instead
\usepackage{adjustbox}
\newsavebox{\bbchartbox}
\newenvironment{bbchart}{\begin{lrbox}{\bbchartbox}\def\center{}\def\endcenter{}}{%
  \end{lrbox}\par{\centering
  \adjustbox{max width=\linewidth, max totalheight=0.5\textheight}{\usebox{\bbchartbox}}\par}}
\makeatletter
\expandafter\def\csname DUrolebb-boilerplate\endcsname#1{\textcolor[gray]{0.45}{#1}}
\expandafter\def\csname DUrolebb-reason\endcsname#1{%
  {\footnotesize\itshape\textcolor[gray]{0.45}{#1}}}
\expandafter\def\csname DUrolebb-num\endcsname#1{{\footnotesize\textcolor[gray]{0.4}{#1}}\enspace}
\expandafter\def\csname DUrolebb-topic\endcsname#1{{\footnotesize\textcolor[gray]{0.4}{#1}}}
\expandafter\def\csname DUrolebb-claim-link\endcsname#1{{\footnotesize #1}}
\makeatother
"""


PYBTEX_LOOKUPS: tuple[tuple[str, str, type[Plugin]], ...] = (
    ("pybtex.backends", "plaintext", PlaintextBackend),
    ("pybtex.backends", "docutils", DocutilsBackend),
    ("pybtex.style.names", "plain", PlainNameStyle),
    ("pybtex.style.sorting", "none", NoSortingStyle),
)
"""Plugins sphinxcontrib-bibtex looks up by name for every citation it resolves, and those
every new :class:`BriefbookStyle` looks up (its names and sorting styles): the cite domain
makes one per bibliography on every build, and with the bibliography split by period (17
pages at 200 articles) their two scans each took 0.4 to 0.5 s of every build's CPU. Each
is the class its package's entry point names (``tests/test_bib.py`` checks)."""


def _register(group: str, name: str, klass: type[Plugin]) -> None:
    """Register ``klass`` as pybtex's plugin ``name`` of ``group``, as
    ``pybtex.plugin.register_plugin(..., force=True)`` does, without its look-up of the
    installed packages' entry points first (which a forced registration ignores): one scan
    of every installed package's metadata per call, six calls per build."""
    runtime = getattr(pybtex.plugin, "_RUNTIME_PLUGINS", None)
    if isinstance(runtime, dict):
        runtime.setdefault(group, {})[name] = klass
    else:  # a pybtex that keeps its registry elsewhere
        register_plugin(group, name, klass, force=True)


def _register_pybtex_plugins() -> None:
    """Register briefbook's styles, and keep the plugins looked up per citation in memory.

    pybtex finds a plugin by scanning every installed package's entry points on each call
    (about 10 ms); sphinxcontrib-bibtex asks for the plain-text backend once per citation,
    which made that scan the largest cost of writing a book with many citations. A plugin
    registered at run time is found first, without the scan; registering one here scans
    nothing either (the classes are imported, not looked up).
    """
    for group, klass in (
        ("pybtex.style.formatting", BriefbookStyle),
        ("pybtex.style.labels", ShorthandLabelStyle),
    ):
        _register(group, "briefbook", klass)
    for group, name, plugin in PYBTEX_LOOKUPS:
        _register(group, name, plugin)


def _add_assets(app: Sphinx, config: Config) -> None:
    config.html_static_path = [*config.html_static_path, str(STATIC)]
    elements = dict(config.latex_elements)
    elements["preamble"] = elements.get("preamble", "") + LATEX_PREAMBLE + PRINTABLE_PREAMBLE
    # chapters start on the next page, not the next right-hand one: one short source per
    # appendix would otherwise leave a blank page after most of them
    elements.setdefault("extraclassoptions", "openany")
    config.latex_elements = elements


TOC_DEPTH = 2


def limit_toc_depth(app: Sphinx, doctree: nodes.document) -> None:
    """Keep a generated page's table of contents to ``TOC_DEPTH`` levels (see the module's
    ``briefbook_pages``), unless the page sets its own ``tocdepth``.

    Sphinx copies the whole table of contents of every page in the navigation to draw the
    sidebar of each page it writes, down to the depth the page's ``tocdepth`` allows (all
    of it by default), and prunes the copy to the sidebar's depth only afterwards: the
    deeper the headings of one page, the slower every page of the book.
    """
    docname = app.env.docname
    if docname == app.config.root_doc or docname.startswith(app.config.briefbook_pages + "/"):
        app.env.metadata[docname].setdefault("tocdepth", TOC_DEPTH)


def setup(app: Sphinx) -> dict[str, Any]:
    _register_pybtex_plugins()
    app.setup_extension("sphinxcontrib.bibtex")
    app.add_domain(IndexedBibtexDomain, override=True)
    citations.install(app.registry.post_transforms)
    app.add_config_value("briefbook_data_dir", "briefing/_data", "env", types=frozenset({str}))
    app.add_config_value("briefbook_export", "", "html", types=frozenset({str}))
    app.add_config_value(
        "briefbook_source_pages", "briefing/sources", "env", types=frozenset({str})
    )
    app.add_config_value("briefbook_pages", "briefing", "env", types=frozenset({str}))
    app.connect("doctree-read", limit_toc_depth, priority=600)
    app.connect("config-inited", pause, priority=900)
    app.connect("builder-inited", resume, priority=0)
    app.connect("env-before-read-docs", freeze)
    app.connect("env-updated", freeze)
    app.connect("doctree-resolved", freeze_resolved, priority=900)
    app.connect("doctree-read", freeze_read, priority=900)
    app.connect("build-finished", thaw)
    app.connect("build-finished", publish_export)
    app.connect("build-finished", remove_stale_pages)
    app.connect("doctree-resolved", add_backrefs)
    app.connect("env-updated", bibliography_outdated)
    app.connect("doctree-read", own_entries)
    moved.setup(app)
    neighbours.setup(app)
    shown.setup(app)
    status.setup(app)
    counts.setup(app)
    parallel.setup(app)
    purge.setup(app)
    writer.setup(app)
    templates.setup(app)
    app.connect("builder-inited", title_page)
    app.connect("builder-inited", source_appendices)
    app.connect("builder-inited", printable_translator)
    app.add_node(annotation, **HANDLERS)  # type: ignore[arg-type]
    app.add_node(cited_in, **CITED_IN_HANDLERS)  # type: ignore[arg-type]
    app.add_node(evidence_link, **EVIDENCE_HANDLERS)  # type: ignore[arg-type]
    app.add_post_transform(EvidenceToXref)
    app.add_node(source_sentence, **SENTENCE_HANDLERS)  # type: ignore[arg-type]
    app.add_post_transform(SentenceToNodes)
    app.add_directive("briefbook-source", SourceDirective)
    app.add_directive(TABLE_DIRECTIVE, DataTableDirective)
    app.add_directive(CLAIMS_DIRECTIVE, ClaimLinesDirective)
    app.add_node(pdf_chart, **PDF_CHART_HANDLERS)  # type: ignore[arg-type]
    app.add_post_transform(PdfChartToLatex)
    app.add_directive("briefbook-pdf-chart", PdfChartDirective)
    app.add_role("briefbook-evidence", EvidenceRole())
    app.add_role(CITED_ROLE, CitedRole())
    app.add_config_value(
        "briefbook_latex_fallback_fonts", list(FALLBACK_FONTS), "env", types=frozenset({list})
    )
    app.add_post_transform(BibliographyChapter)
    app.add_post_transform(ArticlesAppendix)
    app.connect("doctree-resolved", add_fallbacks)
    app.add_css_file("briefbook.css")
    app.add_js_file("briefbook.js")
    app.connect("config-inited", _add_assets)
    app.connect("html-page-context", escape_titles, priority=AFTER_THEME)
    return {
        "version": __version__,
        "env_version": 12,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
