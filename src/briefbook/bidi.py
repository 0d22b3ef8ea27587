"""Text direction: untrusted inline text isolated, so it cannot reorder the text around it.

A right-to-left override (U+202E) in an outlet's name reverses everything after it, up to
the end of the paragraph: the date, the next citation, the analyst's own words. The Unicode
bidirectional algorithm (UAX #9) confines such a character when the text holding it is an
*isolate*: :func:`isolate` wraps a value in FIRST STRONG ISOLATE (U+2068) and POP
DIRECTIONAL ISOLATE (U+2069), the plain-text form of HTML's ``<bdi>``, after closing every
embedding, override or isolate the value opens and dropping closers that would end the
isolate early. Browsers apply it; the PDF's text (``briefbook.book.printable``) makes each
isolate a separate run, which XeTeX lays out on its own. Text with nothing right-to-left in
it is returned unchanged.
"""

from __future__ import annotations

import functools
import unicodedata

FSI = "\u2068"
"""FIRST STRONG ISOLATE: opens an isolate whose direction its first letter decides."""
PDI = "\u2069"
"""POP DIRECTIONAL ISOLATE: closes the innermost isolate, and any embedding opened in it."""
PDF = "\u202c"
"""POP DIRECTIONAL FORMATTING: closes the innermost embedding or override."""

EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")
"""LRE, RLE, LRO, RLO: open an embedding or an override, closed by PDF."""
ISOLATES = frozenset("\u2066\u2067\u2068")
"""LRI, RLI, FSI: open an isolate, closed by PDI."""
_DIRECTIONAL_CLASSES = frozenset(
    {"R", "AL", "AN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
)


@functools.cache
def _directional() -> frozenset[str]:
    """Every right-to-left letter or digit and directional control, by its bidi class.
    All are in planes 0 and 1 (the scripts written right to left are there), so those are
    searched (once, a few milliseconds)."""
    return frozenset(
        chr(cp)
        for cp in range(0x20000)
        if unicodedata.bidirectional(chr(cp)) in _DIRECTIONAL_CLASSES
    )


def needs_isolation(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter or digit, or a directional control."""
    return not text.isascii() and not _directional().isdisjoint(text)


def balanced(text: str) -> str:
    """``text`` with every embedding, override and isolate it opens closed at its end, and
    without the closers (PDI) that match nothing in it, which would close an isolate
    around it. A stray PDF is kept: inside an isolate it cannot close anything outside."""
    out: list[str] = []
    stack: list[str] = []  # "e" embedding or override, "i" isolate
    for c in text:
        if c in EMBEDDINGS:
            stack.append("e")
        elif c == PDF:
            if stack and stack[-1] == "e":
                stack.pop()
        elif c in ISOLATES:
            stack.append("i")
        elif c == PDI:
            if "i" not in stack:
                continue  # would close the isolate around the text
            while stack.pop() != "i":
                pass
        out.append(c)
    out += [PDF if kind == "e" else PDI for kind in reversed(stack)]
    return "".join(out)


def _is_isolated(text: str) -> bool:
    """Whether ``text`` is one isolate already: FSI at the start whose PDI ends it."""
    if not (text.startswith(FSI) and text.endswith(PDI)):
        return False
    depth = 0
    for i, c in enumerate(text):
        if c in ISOLATES:
            depth += 1
        elif c == PDI:
            depth -= 1
            if depth == 0:
                return i == len(text) - 1
    return False


def isolate(text: str) -> str:
    """``text`` as a bidi isolate that nothing in it can escape (see the module's note);
    unchanged when it holds nothing right-to-left or directional, or is isolated already."""
    if not needs_isolation(text):
        return text
    inner = balanced(text)
    if _is_isolated(inner):
        return inner
    return FSI + inner + PDI
