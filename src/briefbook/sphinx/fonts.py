"""Fallback fonts for the PDF, so that every character of every article prints.

xelatex prints a character the current font lacks as nothing at all (an empty box at best),
and says so only in its log: the conflict mark ⚠ is not in FreeSerif, nor is any Chinese,
Japanese or Korean character. XeTeX has no font fallback of its own, but it can run tokens
between two characters of different *classes*. So, once the whole book is assembled, the
characters it holds that one of the document's fonts (main, sans and mono: headings and
URLs use the other two) lacks are given to the first font of ``briefbook_latex_fallback_fonts``
that has them: each such font gets a character class, and a change of class switches the
font inside a group. A font that holds CJK ideographs also lets lines break between them, as
Chinese and Japanese are written without spaces.

Which font has which character is asked of fontconfig (``fc-match``, the library xelatex
itself finds fonts with): a font that is not installed is skipped, and whatever no font has
is left for ``briefbook pdf`` to report from the log.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

FALLBACK_FONTS = ("DejaVu Sans", "Noto Serif CJK SC")
"""The default fallbacks: DejaVu Sans for symbols (Debian's fonts-dejavu-core), then Noto
Serif CJK for Chinese, Japanese and Korean (fonts-noto-cjk; its SC face has every CJK
character, with the simplified Chinese forms where regions differ)."""

IDEOGRAPH = 0x4E00
"""一: a font that has it is a CJK font, and its runs may break between characters."""

_FONT_COMMAND = re.compile(r"\\set(?:main|sans|mono)font\{([^}]+)\}")
MARK = "% briefbook: fallback fonts"


STYLES = ("", ":bold", ":italic", ":bold:italic")
"""The faces a family is used in: a character counts as covered only if all of them have it
(FreeSerif has ⚠ upright, but not in italic)."""


@functools.cache
def _face(pattern: str) -> tuple[set[str], frozenset[int]] | None:
    """(family names, code points) of the face fontconfig matches for ``pattern``."""
    if shutil.which("fc-match") is None:
        return None
    done = subprocess.run(
        ["fc-match", "-f", "%{family}\n%{charset}\n", pattern],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = done.stdout.splitlines()
    if done.returncode != 0 or len(lines) < 2:
        return None
    points: set[int] = set()
    for part in lines[1].split():
        first, _, last = part.partition("-")
        points.update(range(int(first, 16), int(last or first, 16) + 1))
    return {name.strip().casefold() for name in lines[0].split(",")}, frozenset(points)


@functools.cache
def coverage(family: str) -> frozenset[int] | None:
    """Code points every face of the installed font ``family`` has, or None when it is not
    installed (or fontconfig's ``fc-match`` is missing)."""
    faces = [_face(family + style) for style in STYLES]
    regular = faces[0]
    if regular is None or family.casefold() not in regular[0]:
        return None  # fontconfig substituted another font
    # a family without an italic face gets a slanted upright one: count the upright
    return frozenset.intersection(
        *(points for names, points in filter(None, faces) if family.casefold() in names)
    )


def document_fonts(fontpkg: str) -> list[str]:
    """The families a LaTeX ``fontpkg`` sets (main, sans, mono)."""
    return _FONT_COMMAND.findall(fontpkg)


def assign(
    chars: Iterable[str], fonts: Sequence[str], fallbacks: Sequence[str]
) -> dict[str, list[str]]:
    """Fallback family -> the characters (sorted) it prints: those of ``chars`` that one of
    ``fonts`` lacks, each given to the first of ``fallbacks`` that has it."""
    covers = [c for c in (coverage(f) for f in fonts) if c is not None]
    if not covers:
        return {}
    have = [(f, c) for f in fallbacks if (c := coverage(f)) is not None]
    out: dict[str, list[str]] = {}
    for char in sorted(set(chars)):
        point = ord(char)
        if point < 0x80 or all(point in c for c in covers) or not char.isprintable():
            continue
        for family, points in have:
            if point in points:
                out.setdefault(family, []).append(char)
                break
    return out


def preamble(assigned: dict[str, list[str]]) -> str:
    """LaTeX for the preamble: a font and a character class for each fallback, and the font
    switches between classes (0 is ordinary text, the top class a boundary)."""
    if not assigned:
        return ""
    lines = [MARK, r"\makeatletter", r"\XeTeXinterchartokenstate=1"]
    names = []
    for i, (family, chars) in enumerate(assigned.items()):
        name = "bbfallback" + chr(ord("a") + i)
        names.append(name)
        switch = f"\\{name}font"
        if IDEOGRAPH in (coverage(family) or ()):
            switch += '\\XeTeXlinebreaklocale "zh"\\XeTeXlinebreakskip=0pt plus 1pt\\relax'
        lines += [
            f"\\newfontfamily\\{name}font{{{family}}}",
            f"\\newXeTeXintercharclass\\{name}class",
            f"\\def\\{name}switch{{{switch}}}",
            *(f'\\XeTeXcharclass"{ord(c):04X}=\\{name}class' for c in chars),
        ]
    plain = ["0", r"\e@alloc@intercharclass@top"]
    for name in names:
        cls = f"\\{name}class"
        for other in plain:
            lines.append(f"\\XeTeXinterchartoks {other} {cls}={{\\begingroup\\{name}switch}}")
            lines.append(f"\\XeTeXinterchartoks {cls} {other}={{\\endgroup}}")
        for into in names:
            if into != name:
                lines.append(
                    f"\\XeTeXinterchartoks {cls} \\{into}class="
                    f"{{\\endgroup\\begingroup\\{into}switch}}"
                )
    lines.append(r"\makeatother")
    return "\n".join(lines) + "\n"


def document_chars(doctree: nodes.Node) -> set[str]:
    chars: set[str] = set()
    for text in doctree.findall(nodes.Text):
        chars.update(text)
    return chars


def add_fallbacks(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """On the assembled LaTeX document: the fallback fonts its characters need."""
    if app.builder.name != "latex" or app.config.latex_engine != "xelatex":
        return
    builder: Any = app.builder
    context: dict[str, Any] = builder.context
    chars = document_chars(doctree)
    for key in ("title", "author", "preamble", "date", "release"):
        chars.update(str(context.get(key, "")))
    fonts = document_fonts(str(context.get("fontpkg", "")))
    assigned = assign(chars, fonts, app.config.briefbook_latex_fallback_fonts)
    base = context["preamble"].split(MARK, 1)[0]
    context["preamble"] = base + preamble(assigned)
