"""Hostile text: control characters, words longer than a line and directional overrides in
articles and their metadata. What the reader sees in HTML and in the PDF
(``tests/corpora/nasty/``: n3_control, n4_long_words, n5_bidi)."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from briefbook.bidi import FSI, PDF, PDI, isolate
from briefbook.book.markup import myst_text
from briefbook.book.printable import LONG_RUN, Break, pieces, visible
from briefbook.commands.cli import app
from conftest import ARTICLE

RLO, LRO, RLE, LRE, RLI, LRI = "\u202e", "\u202d", "\u202b", "\u202a", "\u2067", "\u2066"
OPENERS = {RLO: "e", LRO: "e", RLE: "e", LRE: "e", RLI: "i", LRI: "i", FSI: "i"}


def leaks(text: str) -> list[int]:
    """Where an embedding or override acts on a character outside every isolate: the
    positions of text that a directional control in an inserted value would reorder
    (UAX #9, rules X1-X8: a PDF closes an embedding opened in the same isolate, a PDI the
    isolate and all opened in it)."""
    stack: list[str] = []
    found = []
    for i, c in enumerate(text):
        if c in OPENERS:
            stack.append(OPENERS[c])
        elif c == PDF:
            if stack and stack[-1] == "e":
                stack.pop()
        elif c == PDI:
            if "i" in stack:
                while stack.pop() != "i":
                    pass
        elif "e" in stack and "i" not in stack and not c.isspace():
            found.append(i)
    return found


BIDI_TEXT = st.text(
    alphabet=st.sampled_from([*OPENERS, PDF, PDI, "a", "ب", "1", " ", "."]), max_size=30
)


@given(BIDI_TEXT)
def test_an_isolated_value_never_reorders_the_text_after_it(value):
    shown = "Outlet: " + isolate(value) + ", 4 January 2025."
    assert not leaks(shown)
    assert shown.endswith(", 4 January 2025.") and shown.startswith("Outlet: ")


def test_text_without_anything_right_to_left_is_left_as_it_is():
    assert isolate("Harbour Times") == "Harbour Times"
    assert myst_text("Harbour Times") == "Harbour Times"


def test_isolating_keeps_the_value_and_closes_what_it_opens():
    assert isolate("Evil \u202eTimes") == FSI + "Evil \u202eTimes" + PDF + PDI
    assert isolate("a\u2069\u202eb") == FSI + "a\u202eb" + PDF + PDI  # a stray PDI is dropped
    assert isolate(isolate("مرحبا")) == isolate("مرحبا") == FSI + "مرحبا" + PDI
    assert leaks("by Evil \u202eTimes, 2025")  # what the checker catches


def test_control_characters_are_shown_as_control_pictures_in_print():
    assert visible("stopped\x08 at\x1b[31m \x7f") == "stopped\u2408 at\u241b[31m \u2421"
    assert visible("a\rb\x0bc\x0cd\te\nf") == "a b c d\te\nf"


def test_a_long_run_may_break_anywhere_but_inside_a_letter():
    word = "e\u0301" * 30 + "x" * 20  # 80 characters, 30 of them accents
    parts = pieces(f"a {word} b")
    assert "".join(p for p in parts if isinstance(p, str)) == f"a {word} b"
    assert parts.count(Break.RUN) == 49  # between letters, never before an accent
    assert pieces("a" * LONG_RUN) == ["a" * LONG_RUN]
    assert Break.ISOLATE in pieces(isolate("Evil \u202eTimes"))


def test_metadata_with_a_control_character_is_refused_by_check(make_project):
    meta = 'id = "a1"\ntitle = "Dockers \\u0008Strike"\noutlet = "Harbour \\u001bTimes"\n'
    root = make_project({"a1": (ARTICLE, meta)})
    result = CliRunner().invoke(app, ["check", "--project", str(root)])
    assert result.exit_code == 1
    assert "a1.toml:2: [title] must not hold control characters (U+0008 at character 9)" in (
        result.output
    )
    assert "[outlet] must not hold control characters (U+001B" in result.output


BLOCKS = {"p", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "title", "caption"}


class _Blocks(HTMLParser):
    """The text of each block of a page (inline elements flattened into their block), and
    each ``title`` attribute (what a tooltip shows)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[list[str]] = [[]]
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.texts += [v for k, v in attrs if k == "title" and v]
        if tag in BLOCKS:
            self.open.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS and len(self.open) > 1:
            self.texts.append("".join(self.open.pop()))

    def handle_data(self, data: str) -> None:
        self.open[-1].append(data)


def test_overrides_in_articles_stay_inside_their_own_text_in_html(nasty):
    """An outlet, a headline, a byline and sentences holding right-to-left overrides (n5):
    on every page, in every paragraph, list item, cell, heading, title and tooltip, no
    override acts on the text around them."""
    html = nasty / "docs" / "_build" / "html"
    seen = 0
    for path in html.rglob("*.html"):
        parser = _Blocks()
        parser.feed(path.read_text(encoding="utf-8"))
        for text in parser.texts:
            if RLO in text:
                seen += 1
                assert not leaks(text), (path.name, text)
    assert seen > 20  # the outlet is cited on many pages


def test_control_characters_and_long_words_in_html(nasty):
    """The characters are kept as the article has them; a long word wraps (CSS)."""
    html = nasty / "docs" / "_build" / "html"
    source = (html / "briefing" / "sources" / "n3_control.html").read_text(encoding="utf-8")
    assert "The script stopped\x08 at the port on Monday" in source
    css = (html / "_static" / "briefbook.css").read_text(encoding="utf-8")
    assert ".bd-article { overflow-wrap: break-word; }" in css


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_pdf_prints_control_characters_long_words_and_overrides(nasty_pdf):
    """The PDF builds (a backspace stopped xelatex; a 1,200-letter word crashed it), shows a
    control character as its picture, keeps every long word inside the page, and an
    outlet's override reverses its own word only."""
    text = _pdf_text(nasty_pdf)
    assert "The script stopped\u2408 at the port on Monday" in " ".join(text.split())
    log = nasty_pdf.with_suffix(".log").read_text(encoding="utf-8", errors="replace")
    overfull = [float(w) for w in re.findall(r"Overfull \\hbox \(([\d.]+)pt too wide", log)]
    assert all(width < 1 for width in overfull), overfull
    assert "Token not allowed in a PDF string" not in log
    flat = "".join(text.split())
    assert "Lorem" * 180 in flat and "Ipsum" * 240 in flat  # every letter printed
    widest = max(len(line) for line in text.splitlines())
    assert widest < 120, widest  # no line runs off the page
    assert "Evil semiT, Longword Gazette" in " ".join(text.split())


def test_every_directional_character_is_in_the_planes_searched():
    """``briefbook.bidi`` looks for right-to-left characters in planes 0 and 1 only."""
    import unicodedata

    from briefbook.bidi import _DIRECTIONAL_CLASSES

    assert not [
        cp
        for cp in range(0x20000, 0x110000)
        if unicodedata.bidirectional(chr(cp)) in _DIRECTIONAL_CLASSES
    ]


def test_the_index_lists_a_glued_or_endless_name_cut_and_marked():
    from briefbook.book.whoswho import INDEX_TERM, INDEX_WORD, index_term

    assert index_term("Ana Ruiz") == "Ana Ruiz"
    glued = index_term("Lorem" * 250)  # one 1,250-letter word: no break for the index column
    assert len(glued) == INDEX_WORD and glued.endswith("…")
    long = index_term(" ".join(["Saltford"] * 40))
    assert len(long) <= INDEX_TERM and long.endswith("Saltford…")
