"""Split an article into blocks (lines) and sentences, with stable ids.

Offsets always point into the article's exact text: ``text[start:end]`` is the block or
sentence, so the annotated article shows the characters the source contained.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from briefbook.model import MONTHS, BlockKind
from briefbook.read.names import WEB_ADDRESS
from briefbook.vocabulary import alternation, derived, words

ABBREVIATIONS = derived(lambda: words("segments", "abbreviations"))
NUMBER_ABBREVIATIONS = derived(lambda: words("segments", "number_abbreviations"))
SENTENCE_STARTERS = derived(lambda: words("segments", "sentence_starters"))
END_SYMBOLS = derived(lambda: words("segments", "end_symbols"))
DAY_FIRST_MONTHS = derived(lambda: words("segments", "day_first_months"))
CLOCK_MARKERS = derived(lambda: words("segments", "clock_markers"))
AFTER_CLOCK = derived(
    lambda: (
        words("segments", "after_clock")
        | {d.lower() for d in calendar.day_name}
        | {m.lower() for m in MONTHS}
    )
)
"""Marks that close a story after its last stop ("■"): a sentence of their own."""
OPEN_QUOTES = "“‘«「『"
CLOSE_QUOTES = "”’»」』"
CLOSERS = "\"'”’»)]“‘"
"""What closes on a sentence's stop: quotation marks (German closes its „...“ with the mark
English opens with) and brackets."""

LIST_MARKER = re.compile(r"(?:[-*•]|\d{1,3}[.)])\s+")
"""A list-item marker: shown on the source page, not part of the statement."""
_BOUNDARY = re.compile(r"[.!?…।॥]+[\"'”’»)\]“‘]*(?=\s+)")
"""A stop, with the quotation marks or brackets that close on it, before a space; Hindi,
Marathi, Nepali and Bengali end a sentence with a danda (।)."""
_CJK_BOUNDARY = re.compile(r"[。！？]+[」』”’）)]*")
_GLUED = re.compile(r"(?<=[a-z]{2})[.!?](?=[A-Z][a-z])")
"""A stop with no space after it, between a word and the next sentence: "... media
reported.In Washington, ..." (a page that lost its line break)."""
"""Chinese and Japanese sentences end with a full-width stop, and no space follows it."""
_GLUED_OPENER = derived(
    lambda: re.compile(
        r"(?<=[a-zß-ÿ]{3})(?=(?:"
        + "|".join(
            re.escape(w) for w in sorted(words("segments", "glued_openers"), key=len, reverse=True)
        )
        + r")\s+\w)"
    )
)
"""An article opening a sentence glued straight after a lower-case word, with no stop or
space ("... in die StichwahlDie Beteiligung ..."): a crosshead that lost its line break ends
there, and the paragraph's sentence begins."""
_SIGNED_AFTER_DASH = derived(
    lambda: re.compile(
        r"(?<=[\w\"'”’»).!?])\s+(?=(?:[-–—]{1,2}|/)\s*(?i:"
        + alternation(words("furniture", "agencies"))
        + r")\s*$)"
    )
)
"""An agency's name after a dash or a slash closing a paragraph, with or without a stop before
it ("... will respond accordingly,” he said - REUTERS", "... at a depth of 10 km. / XINHUA"):
the agency's signature, a sentence of its own, after a sentence of four words or more
("source – AFP" is one credit). A slash joining two names with no space ("according to
AFP/Reuters") is where the report came from, inside its sentence."""
_SIGNED_AFTER = 4
_WORD_BEFORE = re.compile(r"(?:^|[\s(“\"'‘])([\w.]+?)\.$")
_LIST_ITEM = re.compile(r"(?:[-*•]|\d{1,3}[.)])\s+")
_MD_HEADING = re.compile(r"#{1,6}\s+")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RawBlock:
    start: int
    end: int
    kind: BlockKind


def split_blocks(text: str) -> list[RawBlock]:
    """One block per non-blank line; list items and Markdown headings recognised by their marker."""
    blocks: list[RawBlock] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            start = pos + (len(body) - len(body.lstrip()))
            end = start + len(stripped)
            if _LIST_ITEM.match(stripped):
                kind = BlockKind.LIST_ITEM
            elif _MD_HEADING.match(stripped):
                kind = BlockKind.HEADING
            else:
                kind = BlockKind.PARAGRAPH
            blocks.append(RawBlock(start, end, kind))
        pos += len(line)
    return blocks


_OPENERS = "“\"‘'(«[—–-„‚¿¡"
"""What may open a sentence besides a capital or a figure: a quotation mark (the low ones
of German and its neighbours: „Wir ..."), a bracket, a dash, and the inverted marks that open
a Spanish question or exclamation (¿ ¡)."""


def is_abbreviation(before: str, after: str) -> bool:
    """Whether the period ending ``before`` belongs to an abbreviation, given the text after."""
    m = _WORD_BEFORE.search(before)
    if not m:
        return False
    word = m.group(1)
    bare = word.rstrip(".").lower()
    next_word = re.match(r"[\w’']+", after)
    next_lower = next_word.group(0).lower() if next_word else ""
    if re.fullmatch(r"\d{1,2}", word) and 1 <= int(word) <= 31:
        # a day's ordinal before its month, as German writes a date: "am 15. Januar"
        return next_lower.rstrip(".") in DAY_FIRST_MONTHS()
    if re.fullmatch(r"[\d.,]+", word):
        return False  # a number with decimals ends the sentence: "put it at 5.8. Rescuers"
    if bare in CLOCK_MARKERS():
        return not _starts_after_clock(after, next_lower)
    if "." in word.rstrip("."):
        # An initialism such as U.S. or U.N.: ends a sentence only before a typical opener.
        return next_lower not in SENTENCE_STARTERS()
    if len(bare) == 1 and bare.isalpha() and word[0].isupper():
        # an initial: "John F. Kennedy"; but a letter after "on" or "via" names a platform
        # ("she wrote on X. The post ...")
        return not re.search(r"\b(?:on|via)\s+\S+$", before, re.IGNORECASE)
    if bare in NUMBER_ABBREVIATIONS():
        return next_lower[:1].isdigit()  # "No. 10", but "Voters said no. The ..."
    return bare in ABBREVIATIONS()


def _starts_after_clock(after: str, next_lower: str) -> bool:
    """Whether the text after a clock marker ("p.m.") starts a new sentence."""
    if next_lower in SENTENCE_STARTERS():
        return True
    if not after[:1].isupper() or next_lower in AFTER_CLOCK():
        return False
    return not re.match(r"[\w’']+\s+time\b", after)


def _corner_depths(text: str) -> list[int]:
    """Depth inside Japanese corner brackets at each character: 「...。...」と述べた is one
    sentence, the quotation a part of it."""
    depths = []
    depth = 0
    for ch in text:
        if ch in "「『":
            depth += 1
        elif ch in "」』":
            depth = max(0, depth - 1)
        depths.append(depth)
    return depths


_ADDRESS_REACH = 64
"""How far before and after a stop a web address holding it may reach (:func:`in_web_address`)."""


def in_web_address(text: str, at: int) -> bool:
    """Whether the dot at ``at`` is inside a name written as a web address ("News.Vu"):
    addresses are looked for over a short stretch before it, not from the text's start."""
    window = WEB_ADDRESS().finditer(text, max(0, at - _ADDRESS_REACH), at + _ADDRESS_REACH)
    for address in window:
        if address.start() > at:
            return False
        if address.end() > at:
            return True
    return False


def _boundaries(text: str) -> Iterator[int]:
    corners = _corner_depths(text) if "「" in text or "『" in text else None
    for pattern in (_CJK_BOUNDARY, _GLUED):
        for m in pattern.finditer(text):
            if pattern is _GLUED and in_web_address(text, m.start()):
                continue  # "Press.Vu reports": a site's address, not a lost line break
            if text[m.end() :].strip() and (corners is None or corners[m.end() - 1] == 0):
                yield m.end()
    for m in _GLUED_OPENER().finditer(text):
        yield m.start()
    for m in _SIGNED_AFTER_DASH().finditer(text):
        if len(text[: m.start()].split()) >= _SIGNED_AFTER:
            yield m.end()  # "source – AFP" is one credit
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        rest = text[end:].lstrip()
        if not rest:
            continue
        if rest.rstrip() in END_SYMBOLS():
            yield end  # "... she said. ■": the story's end mark
            continue
        first = rest[0]
        caseless = first.isalpha() and not first.islower() and not first.isupper()
        if not (first.isupper() or caseless or first.isdigit() or first in _OPENERS):
            continue
        single_period = m.group(0).startswith(".") and len(m.group(0).rstrip(CLOSERS)) == 1
        if single_period and is_abbreviation(text[: m.start() + 1], rest):
            continue
        yield end


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of ``text[start:end]`` (absolute offsets, surrounding spaces excluded).

    A quotation of several sentences is split like any other text, as a reader counts
    sentences: ``“We will rebuild. We will not give up,” she said.`` is two, and the
    speaker named at the close speaks for both (``briefbook.analyse.pipeline``).
    ``“We will respond,” he said.`` stays one. A Japanese quotation in corner brackets is
    part of its sentence: 「...。...」と述べた is one.
    """
    end = len(text) if end is None else end
    chunk = text[start:end]
    cuts = [0, *sorted(set(_boundaries(chunk))), len(chunk)]
    spans = []
    for a, b in pairwise(cuts):
        piece = chunk[a:b]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if piece.strip():
            spans.append(Span(start + a + lead, start + b - trail))
    return spans


def normalise(text: str) -> str:
    """Text as compared for ids: NFKC, case-folded, whitespace collapsed, quotes unified."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(str.maketrans("“”‘’«»", '""\'\'""'))
    return " ".join(text.split())


def stable_ids(prefix: str, texts: Iterable[str]) -> list[str]:
    """Ids derived from content, so an edit elsewhere in the article leaves them unchanged.

    A repeated text gets ``-2``, ``-3``... in order of appearance.
    """
    ids = []
    seen: dict[str, int] = {}
    for text in texts:
        digest = hashlib.blake2b(normalise(text).encode("utf-8"), digest_size=4).hexdigest()
        base = f"{prefix}{digest}"
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids
