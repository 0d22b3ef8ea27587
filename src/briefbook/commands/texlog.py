"""What the LaTeX log says about the printed page: glyphs missing and text past the margin.

xelatex prints a character no font has as nothing, and a line it cannot break past the
margin; both only in a log of thousands of lines, which latexmk then summarises wrongly
(it lists missing glyphs among undefined references). ``read_log`` finds them, and
``briefbook pdf`` prints them as warnings. Pure functions of the log's text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_MISSING = re.compile(
    r"Missing character: There is no (.) \(U\+([0-9A-F]{4,6})\) in font ([^\n!]*)"
)
_OVERFULL = re.compile(
    r"^Overfull \\hbox \((\d+(?:\.\d+)?)pt too wide\) (?:in paragraph|in alignment|detected)"
    r" at lines? (\d+)(?:--(\d+))?\n(.*)$",
    re.MULTILINE,
)
_FONT_FILE = re.compile(r"\[([^\]/]+?)(?:\.[ot]tf)?\]|^\"?([^\":/]+)")

WIDE = 20.0
"""Overfull boxes wider than this (points) are listed one by one; narrower ones counted."""


@dataclass(frozen=True, slots=True)
class Overfull:
    points: float
    first_line: int
    last_line: int
    text: str
    """The start of the line as TeX shows it, font changes taken out."""


@dataclass(slots=True)
class LogReport:
    missing: Counter[str] = field(default_factory=Counter)
    """Each character without a glyph -> how many times."""
    fonts: dict[str, set[str]] = field(default_factory=dict)
    """Each such character -> the fonts that lacked it."""
    overfull: list[Overfull] = field(default_factory=list)

    def wide(self, limit: float = WIDE) -> list[Overfull]:
        """Overfull boxes wider than ``limit``, the widest first."""
        return sorted((o for o in self.overfull if o.points > limit), key=lambda o: -o.points)


def _font_name(text: str) -> str:
    match = _FONT_FILE.search(text.strip())
    if not match:
        return text.strip()
    return (match[1] or match[2]).strip()


def _shown(text: str) -> str:
    """TeX's rendering of an overfull line, without its font switches and box marks."""
    text = re.sub(r"\\[A-Z]+/[^ ]*?/\d+(?:\.\d+)? ", "", text)
    text = re.sub(r"\[\]|\|$", "", text)
    return " ".join(text.split())[:60]


def read_log(text: str) -> LogReport:
    report = LogReport()
    for match in _MISSING.finditer(text):
        char = match[1]
        report.missing[char] += 1
        report.fonts.setdefault(char, set()).add(_font_name(match[3]))
    for match in _OVERFULL.finditer(text):
        first = int(match[2])
        report.overfull.append(
            Overfull(float(match[1]), first, int(match[3] or first), _shown(match[4]))
        )
    return report


def warnings(report: LogReport, tex: str) -> list[str]:
    """The report as warning lines for the command (empty when the page is clean)."""
    lines: list[str] = []
    if report.missing:
        chars = ", ".join(
            f"{c} U+{ord(c):04X} ×{n} ({', '.join(sorted(report.fonts[c]))})"
            for c, n in report.missing.most_common()
        )
        lines.append(
            f"{len(report.missing)} character(s) have no glyph in the PDF's fonts and print "
            f"as nothing: {chars}. Install a font that has them (Debian: fonts-dejavu-core, "
            "fonts-noto-cjk) or name one in briefbook_latex_fallback_fonts in docs/conf.py."
        )
    if report.overfull:
        widest = max(o.points for o in report.overfull)
        text = f"{len(report.overfull)} line(s) run past the margin, the widest by {widest:.1f}pt"
        wide = report.wide()
        if wide:
            listed = "; ".join(
                f"{o.points:.0f}pt at {tex}:{o.first_line} ({o.text})" for o in wide[:10]
            )
            more = f" and {len(wide) - 10} more" if len(wide) > 10 else ""
            text += f"; by more than {WIDE:.0f}pt: {listed}{more}"
        lines.append(text + ".")
    return lines
