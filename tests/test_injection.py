"""Untrusted text stays text: property-based tests of the MyST and BibTeX writers, and a
corpus of hostile articles built end to end in HTML and LaTeX."""

from __future__ import annotations

import re
import subprocess

from docutils import nodes
from docutils.core import publish_doctree
from hypothesis import given, settings
from hypothesis import strategies as st
from myst_parser.parsers.docutils_ import Parser
from pybtex.database import parse_string

from briefbook.analyse.pipeline import citation_labels
from briefbook.bidi import isolate
from briefbook.book.bib import _literal, write_bib
from briefbook.book.markup import myst_text, role_text
from briefbook.book.printable import latex_text
from briefbook.model import SourceMeta
from briefbook.project.load import RawArticle
from briefbook.read.reading import read_article
from briefbook.sphinx.bibstyle import BriefbookStyle

# Text as articles have it: any Unicode except control characters (which are not text).
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=120
).filter(lambda t: t.strip())
ALLOWED = (nodes.document, nodes.paragraph, nodes.Text, nodes.section, nodes.title,
           nodes.bullet_list, nodes.list_item, nodes.table, nodes.tgroup, nodes.colspec,
           nodes.thead, nodes.tbody, nodes.row, nodes.entry)  # fmt: skip


def parse(source: str) -> nodes.document:
    return publish_doctree(
        source,
        parser=Parser(),
        settings_overrides={"report_level": 1, "halt_level": 5, "warning_stream": False},
    )


def only_text(doc: nodes.document) -> None:
    for node in doc.findall():
        assert isinstance(node, ALLOWED), (type(node).__name__, node)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_myst_text_in_a_paragraph_shows_exactly_the_text(text):
    """Exactly the text; text holding right-to-left letters or directional controls as a
    bidi isolate (``briefbook.bidi``; tests/test_security_text.py)."""
    doc = parse(myst_text(text) + "\n")
    only_text(doc)
    assert doc.astext() == shown(text)


def shown(text: str) -> str:
    return " ".join(isolate(text).split())


@settings(max_examples=150, deadline=None)
@given(TEXT, TEXT)
def test_myst_text_in_headings_lists_and_tables(heading, cell):
    source = (
        f"# {myst_text(heading)}\n\n- {myst_text(cell)}\n\n"
        f"| A | B |\n| --- | --- |\n| {myst_text(cell)} | x |\n"
    )
    doc = parse(source)
    only_text(doc)
    assert doc.next_node(nodes.title).astext() == shown(heading)
    assert doc.next_node(nodes.list_item).astext() == shown(cell)
    entries = [e.astext() for e in doc.findall(nodes.entry)]
    assert entries[2] == shown(cell)


@given(TEXT)
def test_role_text_cannot_close_a_role_or_start_a_target(text):
    safe = role_text(text)
    assert "`" not in safe and "<" not in safe and ">" not in safe and "\n" not in safe


@settings(max_examples=200, deadline=None)
@given(TEXT, TEXT, TEXT)
def test_bib_entries_parse_and_show_the_metadata(title, outlet, author):
    raw = RawArticle(
        SourceMeta(id="a1", title=title, outlet=outlet, author=author), "Text.", None, "0"
    )  # type: ignore[arg-type]
    article = read_article(raw, "a1.txt")
    meta = article.meta  # validated: stripped, one line
    bib = write_bib([article], citation_labels([article]))
    data = parse_string(bib, "bibtex")
    (entry,) = BriefbookStyle().format_entries(data.entries.values())
    shown = entry.text.render_as("text")
    for value in (meta.title, meta.outlet, meta.author):
        assert _literal(value, ligatures=False) in shown


LATEX_ESCAPES = re.compile(
    r"\\(?:textbackslash|textasciitilde|textasciicircum|briefbookbreak|briefbookrun)\{\}"
    r"|\\[%$#&_{}]"
)


@given(TEXT)
def test_latex_text_escapes_every_special_character(text):
    bare = LATEX_ESCAPES.sub("", latex_text(text))
    assert not re.search(r"[\\%$#&_{}~^]", bare)


def test_hostile_articles_become_no_markup_in_html(nasty):
    html_dir = nasty / "docs" / "_build" / "html"
    pages = {p: p.read_text(encoding="utf-8") for p in html_dir.rglob("*.html")}
    everything = "\n".join(pages.values())
    assert "<script>alert" not in everything
    assert 'href="javascript:' not in everything
    assert "<b>bold from rst</b>" not in everything
    source = pages[html_dir / "briefing" / "sources" / "n1_markup.html"]
    for shown in (
        "```{raw} html &lt;script&gt;alert(1)&lt;/script&gt;```",
        "[click](javascript:alert(1))",
        "&lt;!-- hidden comment --&gt;",
        "{{ subst }}",
        r"\input{/etc/passwd}",
        "$x^2$",
    ):
        assert shown in source, shown
    unicode = pages[html_dir / "briefing" / "sources" / "n2_unicode.html"]
    for shown in ("Киев", "北朝鮮", "مرحبا", "🚀", "“typographic quotes”"):
        assert shown in unicode
    title = pages[html_dir / "index.html"]
    assert "Hostile input *not emphasis* {ref}`x` [y](z)" in title
    # the sourcing sentences (a count: briefbook.book.counts) name an outlet holding a
    # directional override: the paragraph is an isolate, as it was before the counts
    assert "<p>\u2068This briefing sorts" in title
    assert "annotated copy.\u2069</p>" in title


def test_hostile_articles_in_latex_and_pdf(nasty_pdf):
    tex = nasty_pdf.with_suffix(".tex").read_text(encoding="utf-8")
    assert r"\textbackslash{}input\{/etc/passwd\}" in tex
    assert "\\input{/etc/passwd}" not in tex
    text = subprocess.run(
        ["pdftotext", str(nasty_pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "\\input{/etc/passwd}" in text and "<script>alert(3)</script>" in text
