"""Recognise what in an article is not reporting: headline, byline, dateline, promotions,
subheadings, embedded social-media posts.

Nothing is deleted: each block gets a reason, the source page shows it greyed with that
reason, and the briefing leaves it out. The rules are about the shape of web articles in
general, never about one event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefbook.model import MONTHS, BlockKind, SourceMeta
from briefbook.read.segment import RawBlock, normalise
from briefbook.vocabulary import alternation, ordered

_MONTH = "|".join(MONTHS + [m[:3] for m in MONTHS])
_TERMINAL = tuple('.!?…:;,"”’)。！？；：」』）')

_PROMOTION = re.compile(
    r"^(" + alternation(ordered("furniture", "promotion_openers")) + ")", re.IGNORECASE
)
_COPYRIGHT = re.compile(r"^(©|copyright\b|all rights reserved)", re.IGNORECASE)
_CAPTION = re.compile(
    r"^(" + "|".join(map(re.escape, ordered("furniture", "caption_openers"))) + r")\s*(:|/|credit)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^[Bb][Yy]\s+[A-Z][^.!?]{1,80}$")
_POST_ATTRIBUTION = re.compile(
    rf"^[—–-]\s*(?P<name>[^()]{{0,80}}?)\s*\(@(?P<handle>\w{{1,30}})\)\s*(?:{_MONTH})\.?\s+\d{{1,2}},\s+\d{{4}}$"
)
_POST_MEDIA = re.compile(r"\b(pic\.twitter\.com|t\.co)/\w+", re.IGNORECASE)
_DATELINE = re.compile(
    r"^(?:\((?P<tag>[^()\n]{2,60})\)|(?P<place>[A-Z][A-Z .'’-]{1,40}(?:\s*\([^()\n]{2,40}\))?))"
    r"\s*[–—-]{1,2}\s+"
)


@dataclass(frozen=True, slots=True)
class Verdict:
    """How one block is treated: boilerplate (with reason) or reporting, and a dateline lead."""

    boilerplate: str | None = None
    heading: bool = False
    lead_end: int | None = None
    """Absolute offset where a dateline at the start of the block ends."""
    lead_reason: str | None = None


def _words(text: str) -> int:
    return len(text.split())


def _looks_like_heading(text: str) -> bool:
    return _words(text) <= 14 and not text.endswith(_TERMINAL) and not _BYLINE.match(text)


def classify(text: str, blocks: list[RawBlock], meta: SourceMeta) -> list[Verdict]:
    """A verdict for each block of ``text``."""
    verdicts: list[Verdict] = [Verdict()] * len(blocks)
    title = normalise(meta.title) if meta.title else None
    seen_reporting = False
    for i, block in enumerate(blocks):
        body = text[block.start : block.end]
        verdict = _classify_one(body, i, blocks, text, title, seen_reporting)
        if verdict.boilerplate is None and not seen_reporting and block.kind == BlockKind.PARAGRAPH:
            m = _DATELINE.match(body)
            if m and _words(body[m.end() :]) >= 5:
                tag = m.group("tag") or m.group("place")
                verdict = Verdict(
                    lead_end=block.start + m.end(),
                    lead_reason=f"dateline and outlet tag ({tag.strip()})",
                )
        if verdict.boilerplate is None and not verdict.heading:
            seen_reporting = True
        verdicts[i] = verdict
    return _mark_embedded_posts(text, blocks, verdicts)


def _classify_one(
    body: str, index: int, blocks: list[RawBlock], text: str, title: str | None, seen: bool
) -> Verdict:
    block = blocks[index]
    if title is not None and normalise(body) == title:
        return Verdict("headline", heading=True)
    if _BYLINE.match(body) and _words(body) <= 12:
        return Verdict("byline")
    if _PROMOTION.match(body) or body.rstrip().endswith("|"):
        return Verdict("promotion")
    if _COPYRIGHT.match(body):
        return Verdict("copyright notice")
    if _CAPTION.match(body) and _words(body) <= 30:
        return Verdict("picture caption")
    if block.kind == BlockKind.HEADING:
        return Verdict("subheading", heading=True)
    if block.kind == BlockKind.PARAGRAPH and _looks_like_heading(body):
        if not seen and title is None and index == 0:
            return Verdict("headline", heading=True)
        if index + 1 < len(blocks):
            return Verdict("subheading", heading=True)
    return Verdict()


def _mark_embedded_posts(
    text: str, blocks: list[RawBlock], verdicts: list[Verdict]
) -> list[Verdict]:
    """An embedded post is its text, an attribution line ``— Name (@handle) Month D, YYYY``
    and possibly a caption with a media link. None of it is the outlet's reporting."""
    out = list(verdicts)
    for i, block in enumerate(blocks):
        body = text[block.start : block.end]
        m = _POST_ATTRIBUTION.match(body)
        if m:
            handle = m.group("handle")
            out[i] = Verdict(f"embedded social-media post: attribution line of @{handle}")
            if i > 0 and out[i - 1].boilerplate is None:
                out[i - 1] = Verdict(
                    f"embedded social-media post by @{handle}, an account briefbook cannot verify"
                )
            if i + 1 < len(blocks):
                following = text[blocks[i + 1].start : blocks[i + 1].end]
                if _POST_MEDIA.search(following):
                    out[i + 1] = Verdict(
                        f"embedded social-media post by @{handle}: caption and media link"
                    )
        elif _POST_MEDIA.search(body) and out[i].boilerplate is None:
            out[i] = Verdict("embedded social-media post (media link)")
    return out
