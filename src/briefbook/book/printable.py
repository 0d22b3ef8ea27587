"""Text the PDF can print: the one rule for text on its way to LaTeX (and SVG).

Every character of the book reaches LaTeX through Sphinx's LaTeX translator, which
``briefbook.sphinx.latex`` extends with :func:`pieces` (and the chart's TikZ through
:func:`latex_text`). Three things in an article's text would otherwise
break the PDF or make it lie:

- **Control characters.** A backspace (U+0008) or an escape is "an invalid character" to
  TeX and stops the build. They are shown as their Unicode control pictures (U+2408 ␈),
  as a text editor does; line and page breaks that are not newlines become spaces.
- **Long runs without a space.** xelatex crashes on a word of a thousand letters and lets
  one of a few hundred run off the page. A run longer than :data:`LONG_RUN` characters may
  break after any character (never inside a letter with its accents): ``Break.RUN``.
- **Directional isolates.** The text's bidi isolates (``briefbook.bidi``) become the ends
  of separate runs (``Break.ISOLATE``): xelatex reorders right-to-left text within one run
  of characters, never across two, so an override cannot reach the text after it. The
  fonts have no glyph for the isolate characters themselves.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from enum import Enum

from briefbook.bidi import ISOLATES, PDI

LONG_RUN = 40
"""Longer runs of characters without a space may break anywhere: TeX hyphenates words, but
a run this long is an address, a code or junk, which it cannot break."""

_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_SPACE_CONTROL = re.compile("[\x0b\x0c\r]")
_RUN = re.compile(rf"\S{{{LONG_RUN + 1},}}")


class Break(Enum):
    """Where the text is cut for LaTeX, and how."""

    RUN = "run"
    """A line may break here (inside a long run)."""
    ISOLATE = "isolate"
    """The start or the end of a bidi isolate: a new run of text."""


def visible(text: str) -> str:
    """``text`` with control characters shown as control pictures (U+2400 + the code; DEL
    as U+2421) and vertical tab, form feed and carriage return as spaces."""
    text = _SPACE_CONTROL.sub(" ", text)
    return _CONTROL.sub(lambda m: chr(0x2421 if m[0] == "\x7f" else 0x2400 + ord(m[0])), text)


def _joins(previous: str, c: str) -> bool:
    """Whether ``c`` belongs to the character before it (a combining mark, a joiner, a
    variation selector or an emoji modifier): no line break between them."""
    return (
        unicodedata.category(c)[0] == "M"
        or unicodedata.category(c) == "Cf"
        or unicodedata.category(previous) == "Cf"
        or "\ufe00" <= c <= "\ufe0f"
        or "\U0001f3fb" <= c <= "\U0001f3ff"
    )


def _breakable(run: str) -> Iterator[str | Break]:
    start = 0
    for i in range(1, len(run)):
        if not _joins(run[i - 1], run[i]):
            yield run[start:i]
            yield Break.RUN
            start = i
    yield run[start:]


def _runs(text: str) -> Iterator[str | Break]:
    end = 0
    for m in _RUN.finditer(text):
        yield text[end : m.start()]
        yield from _breakable(m[0])
        end = m.end()
    yield text[end:]


def pieces(text: str) -> list[str | Break]:
    """``text`` ready for LaTeX: the characters to escape and print, and where to break."""
    out: list[str | Break] = []
    for part in re.split(f"([{''.join(sorted(ISOLATES))}{PDI}])", visible(text)):
        if part in ISOLATES or part == PDI:
            out.append(Break.ISOLATE)
        else:
            out += [p for p in _runs(part) if p]
    return out


LATEX_BREAKS = {Break.RUN: r"\briefbookbreak{}", Break.ISOLATE: r"\briefbookrun{}"}
"""How each :class:`Break` is written in LaTeX (macros of :data:`LATEX_PREAMBLE`)."""

LATEX_PREAMBLE = r"""
% briefbook.book.printable: a line may break inside a long run of characters (a glue
% that may stretch a little, so that such a line can be filled); each bidi isolate is a
% run of its own. Neither is part of a PDF bookmark.
\DeclareRobustCommand{\briefbookbreak}{\hskip0pt plus0.1pt\relax}
\DeclareRobustCommand{\briefbookrun}{\kern0pt\relax}
\AtBeginDocument{\pdfstringdefDisableCommands{\let\briefbookbreak\empty\let\briefbookrun\empty}}
"""


_LATEX = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "%": r"\%",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def latex_text(text: str) -> str:
    """Text as LaTeX that prints exactly these characters (:func:`pieces`:
    control characters shown, isolates as runs of their own, long runs breakable)."""
    return "".join(
        LATEX_BREAKS[piece]
        if isinstance(piece, Break)
        else "".join(_LATEX.get(c, c) for c in piece)
        for piece in pieces(" ".join(text.split()))
    )
