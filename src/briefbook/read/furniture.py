"""Recognise what in an article is not reporting: page furniture.

Headlines, standfirsts and subheadings, bylines, datelines (a block of their own, or the
start of the lead: "CITY, Country (Agency) —"), photo captions and credits, labels ("In
short:"), promotions (newsletters, "Read more", apps, donations), closing credit lines
("REUTERS", "The Associated Press contributed to this report."), summaries repeated in the
body, embedded social-media posts.

Nothing is deleted: each block gets a reason, the source page shows it greyed with that
reason, and the briefing leaves it out. The rules describe the shape of web news pages in
general; the words they look for are in ``data/vocabulary/furniture.toml``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from briefbook.model import MONTHS, BlockKind, SourceMeta
from briefbook.read.names import fold
from briefbook.read.segment import RawBlock, normalise, split_sentences
from briefbook.vocabulary import alternation, derived, ordered, words

_MONTH = "|".join(MONTHS + [m[:3] for m in MONTHS] + ["Sept"])
_TERMINAL = tuple('.!?…:;,"”’)。！？；：」』）')
_QUOTES = "\"'“”‘’«»「」"

AGENCIES = derived(lambda: words("furniture", "agencies"))
LABELS = derived(lambda: words("furniture", "labels"))
CAPTION_LABELS = derived(lambda: words("furniture", "caption_labels"))
_PROMOTION = derived(
    lambda: re.compile(
        r"^(" + alternation(ordered("furniture", "promotion_openers")) + r")\b", re.IGNORECASE
    )
)
_PROMOTION_PHRASE = derived(
    lambda: re.compile(
        r"\b(" + alternation(ordered("furniture", "promotion_phrases")) + r")\b", re.IGNORECASE
    )
)
_CREDIT_PHRASE = derived(
    lambda: re.compile(
        r"\b(" + alternation(ordered("furniture", "credit_phrases")) + r")\b", re.IGNORECASE
    )
)
_COPYRIGHT = re.compile(r"^(©|copyright\b|all rights reserved)", re.IGNORECASE)
_CAPTION = derived(
    lambda: re.compile(
        r"^(" + alternation(ordered("furniture", "caption_openers")) + r")\s*(:|/|credit\b)",
        re.IGNORECASE,
    )
)
_PICTURE = derived(lambda: alternation(ordered("furniture", "picture_words")))
_AGENCY = derived(lambda: alternation(AGENCIES()))
_PICTURE_CREDIT = derived(
    lambda: re.compile(
        rf"\((?:{_PICTURE()})\b[^()]*\)\s*$"  # "(Photo by Jane Roe / AFP)"
        # "[Jane Roe/Palm Beach Post via Reuters]"
        rf"|[(\[][^()\[\]]*(?:/|\bvia\b)\s*[^()\[\]]*(?:{_AGENCY()})[^()\[\]]*[)\]]\s*$"
        rf"|\b(?:{_AGENCY()})\s*(?:{_PICTURE()})\s*/\s*\w"  # "AP Photo/Lewis Joly"
        rf"|\b(?:{_AGENCY()})/[A-Z][\w-]+"  # "REUTERS/Jane Roe"
        rf"|\bfile photo:"  # "FILE PHOTO: ..."
        rf"|(?:{_PICTURE()})(?:\s+credit)?\s*:\s*[^.:]{{2,50}}$"  # "... Image Credit: AFP"
        rf"|\(\s*(?:{_AGENCY()})\s*:\s*[^()]{{2,50}}\)\s*$"  # "( Reuters: Jane Roe )"
        rf"|^\(\s*(?:{_AGENCY()})\s+(?:{_PICTURE()})\s*\)$"  # "(Reuters photo)"
        rf"|\|\s*[^|]{{2,60}}/\s*[^|]{{2,40}}$",  # "... | Jane Roe/AFP"
        re.IGNORECASE,
    )
)
_SIGNED = derived(lambda: re.compile(rf"[.!?]\s+(?:{_AGENCY()})\s*$", re.IGNORECASE))
"""A paragraph that ends with an agency's name after its last sentence."""
_BYLINE = re.compile(r"^[Bb][Yy]\s+[A-Z][^.!?]{1,80}$")
_EDITOR_CODES = re.compile(r"^[a-z]{2,4}(?:[-/][a-z]{2,4}){1,4}$")
"""Desk initials closing agency copy: "crn-pbn/ks"."""
_POST_ATTRIBUTION = re.compile(
    rf"^[—–-]\s*(?P<name>[^()]{{0,80}}?)\s*\(@(?P<handle>\w{{1,30}})\)\s*(?:{_MONTH})\.?\s+\d{{1,2}},\s+\d{{4}}$"
)
_POST_MEDIA = re.compile(r"\b(pic\.twitter\.com|t\.co)/\w+", re.IGNORECASE)

_WORD = r"[A-ZÀ-Þ][\w'’.-]*"
_CAPS = r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3}"
_PLACE = rf"(?:{_CAPS}|{_WORD}(?:\s+{_WORD}){{0,3}})"
_DATELINE = re.compile(
    r"^(?:\((?P<tag>[^()\n]{2,60})\)"
    rf"|(?P<place>{_PLACE})(?P<more>(?:,\s*{_WORD}(?:\s+{_WORD}){{0,2}}){{0,2}})"
    rf"(?P<date>,\s*(?:{_MONTH})\.?\s+\d{{1,2}})?"
    r"(?:\s*\((?P<agency>[^()\n]{2,40})\))?)"
    r"(?:\s*\.?\s*[–—]{1,2}|\s*\.?\s+-{1,2}|\)\s*\.?-{1,2}|\.-|--)"
    r"(?:\s*\([^()\n]{2,40}\)\s*[–—-]{1,2})?\s*"
)
"""A dateline: "NAIROBI (Reuters) -", "LA ALCUDIA, Spain, Oct 30 (Reuters) -", "(CNN) —",
"Valencia, Spain, Nov 3 (EFE).-", "ATLANTA — (AP) —"."""
_LABEL_LEAD = re.compile(r"^([A-Z][\w'’]*(?:\s+[\w'’]+){0,4}):\s+(?=\S)")
"""A label glued to the text it introduces: "In short: ...", "Update: ..."."""
_PLACE_LEAD = re.compile(rf"^({_CAPS})\.\s+(?=[A-Z])|^({_WORD}):\s+(?=[A-Z])")
"""A place glued to the lead as its dateline: "VALÈNCIA. La ...", "Paiporta: Rescuers ..."."""
_PLACE_ALONE = re.compile(rf"^{_CAPS}[.:]?$|^{_WORD}:$")
"""A place alone on its line as a dateline: "VALÈNCIA.", "PAIPORTA:", "Paiporta:"."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """How one block is treated: boilerplate (with reason) or reporting, and a dateline lead."""

    boilerplate: str | None = None
    heading: bool = False
    lead_end: int | None = None
    """Absolute offset where a dateline at the start of the block ends."""
    lead_reason: str | None = None


_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _words(text: str) -> int:
    """Words, counting two Chinese or Japanese characters (written without spaces) as one."""
    ideographs = len(_IDEOGRAPHS.findall(text))
    return len(_IDEOGRAPHS.sub("", text).split()) + (ideographs + 1) // 2


def _looks_like_heading(text: str) -> bool:
    """Short and unpunctuated. A line of Chinese or Japanese with no full stop is a heading
    whatever its length: their sentences always end with one."""
    short = _words(text) <= 14 or bool(_IDEOGRAPHS.search(text))
    return short and not text.endswith(_TERMINAL) and not _BYLINE.match(text)


def dateline(body: str) -> re.Match[str] | None:
    """The dateline at the start of ``body``, if its shape leaves no doubt: an outlet tag in
    brackets, an agency, a date, or a place in capitals."""
    m = _DATELINE.match(body)
    if m is None:
        return None
    if m.group("tag") or m.group("agency") or m.group("date"):
        return m
    place = m.group("place") or ""
    first = place.split()[0] if place else ""
    return m if len(first) >= 2 and first.isupper() else None


def _place_lead(body: str) -> tuple[str, int] | None:
    """A place glued to the first paragraph as its dateline, and where the dateline ends."""
    m = _PLACE_LEAD.match(body)
    if m is None:
        return None
    place = m.group(1) or m.group(2)
    if place.casefold() in LABELS() or _words(body[m.end() :]) < 5:
        return None
    return place, m.end()


def _title_match(body: str, title: str | None) -> bool:
    if not title:
        return False
    a, b = fold(body), fold(title)
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


def _agency_line(body: str) -> bool:
    """A line that is an agency's name alone: "REUTERS", "— AFP", "(EFE)"."""
    bare = body.strip(" —–-()[].").casefold()
    return bare in AGENCIES()


def _quoted_crosshead(body: str) -> bool:
    """A short line that is a quotation alone: "'People are desperate'", "- 'Desperate' -"."""
    bare = body.strip(" —–-")
    return _words(bare) <= 6 and len(bare) > 2 and bare[0] in _QUOTES and bare[-1] in _QUOTES


def classify(text: str, blocks: list[RawBlock], meta: SourceMeta) -> list[Verdict]:
    """A verdict for each block of ``text``."""
    verdicts: list[Verdict] = [Verdict()] * len(blocks)
    lead: int | None = None
    reported = False
    for i, block in enumerate(blocks):
        body = text[block.start : block.end]
        verdict = _classify_one(body, i, blocks, text, meta.title)
        if verdict.boilerplate is None and block.kind == BlockKind.PARAGRAPH:
            label = _LABEL_LEAD.match(body)
            m = dateline(body) if lead is None else None
            if label and label.group(1).casefold() in LABELS():
                verdict = Verdict(lead_end=block.start + label.end(), lead_reason="label")
            elif m and _words(body[m.end() :]) >= 5:
                tag = m.group("tag") or m.group("agency") or m.group("place")
                lead = i
                verdict = Verdict(
                    lead_end=block.start + m.end(), lead_reason=f"dateline ({tag.strip()})"
                )
            elif lead is None and not reported and (place := _place_lead(body)):
                lead = i
                verdict = Verdict(
                    lead_end=block.start + place[1], lead_reason=f"dateline ({place[0]})"
                )
        if i > 0 and verdicts[i - 1].boilerplate == "caption label":
            verdict = Verdict("picture caption")  # the line after "Image caption"
        if verdict.boilerplate is None and not verdict.heading:
            reported = True
        verdicts[i] = verdict
    above = [i for i in range(lead or 0) if verdicts[i].boilerplate is None]
    short = all(_words(text[blocks[i].start : blocks[i].end]) <= 45 for i in above)
    if lead is not None and len(above) <= 3 and short:
        # above the dateline: headline, standfirst, captions; the report starts at the lead
        for i in above:
            verdicts[i] = Verdict("standfirst (above the dateline)")
    verdicts = _mark_repeated(text, blocks, verdicts)
    return _mark_embedded_posts(text, blocks, verdicts)


def _classify_one(
    body: str, index: int, blocks: list[RawBlock], text: str, title: str | None
) -> Verdict:
    block = blocks[index]
    bare = body.rstrip(":").strip().casefold()
    if index < 4 and _title_match(body, title):
        return Verdict("headline", heading=True)
    if _BYLINE.match(body) and _words(body) <= 12:
        return Verdict("byline")
    promotes = _PROMOTION_PHRASE().search(body) and _words(body) <= 25
    if _PROMOTION().match(body) or promotes or body.rstrip().endswith("|"):
        # a phrase such as "on Telegram" promotes only in a short line: "Follow us on
        # Telegram", not "The governor said on Telegram that ..."
        return Verdict("promotion")
    if _COPYRIGHT.match(body):
        return Verdict("copyright notice")
    if _agency_line(body) or _EDITOR_CODES.match(body):
        return Verdict("credit line")
    if _CREDIT_PHRASE().search(body) and _words(body) <= 20:
        return Verdict("credit line")
    if (_CAPTION().match(body) and _words(body) <= 30) or _PICTURE_CREDIT().search(body):
        return Verdict("picture caption")
    signed = _SIGNED().search(body)
    more = any(_words(text[b.start : b.end]) >= 8 for b in blocks[index + 1 :])
    if signed and more and len(split_sentences(body[: signed.start() + 1])) == 1:
        # one sentence signed by an agency, with the report going on after it: a caption
        # ("... eastern Spain. AFP"); at the end of the report it is the agency's signature
        return Verdict("picture caption")
    if bare in CAPTION_LABELS():
        return Verdict("caption label", heading=True)
    if bare in LABELS() or (body.endswith(":") and _words(body) <= 5):
        return Verdict("label", heading=True)
    if bare.split(":")[0] in LABELS() and ":" in body and _words(body) <= 12:
        return Verdict("label")
    if _PLACE_ALONE.match(body) and _words(body) <= 3:
        return Verdict("dateline")
    m = dateline(body)
    if m and not body[m.end() :].strip():
        return Verdict("dateline")
    if block.kind == BlockKind.HEADING:
        return Verdict("subheading", heading=True)
    if _quoted_crosshead(body) and index + 1 < len(blocks):
        return Verdict("subheading", heading=True)
    question = body.endswith("?") and _words(body) <= 14 and body[0] not in _QUOTES
    if question and len(split_sentences(body)) == 1 and index + 1 < len(blocks):
        return Verdict("subheading (a question)", heading=True)
    if block.kind == BlockKind.PARAGRAPH and _looks_like_heading(body):
        if title is None and index == 0:
            return Verdict("headline", heading=True)
        if index + 1 < len(blocks):
            return Verdict("subheading", heading=True)
    return Verdict()


def sentence_furniture(sentence: str) -> str | None:
    """Furniture inside a paragraph of reporting: an agency's signature closing the last
    paragraph ("... east coast. EFE"), a credit or a "developing story" line."""
    if _agency_line(sentence) or _EDITOR_CODES.match(sentence):
        return "credit line"
    if _CREDIT_PHRASE().search(sentence) and _words(sentence) <= 20:
        return "credit line"
    if _PROMOTION_PHRASE().search(sentence) and _words(sentence) <= 12:
        return "promotion"
    return None


_CONTENT = re.compile(r"[^\W_]{3,}")


def _content(text: str) -> set[str]:
    return {w.casefold() for w in _CONTENT.findall(text)}


def _mark_repeated(text: str, blocks: list[RawBlock], verdicts: list[Verdict]) -> list[Verdict]:
    """A summary or caption that the body repeats: the earlier copy is furniture.

    A one-sentence block among the first reporting blocks whose words all but one or two
    come again in one later sentence is a summary ("In short" lines, standfirsts); a block
    repeated word for word is a caption shown twice, or a summary."""
    out = list(verdicts)
    reporting = [i for i, v in enumerate(out) if v.boilerplate is None and not v.heading]
    later_sentences: dict[int, list[set[str]]] = {}
    for i in reporting:
        body = text[blocks[i].start : blocks[i].end]
        later_sentences[i] = [_content(body[s.start : s.end]) for s in split_sentences(body)]
    for n, i in enumerate(reporting):
        body = text[blocks[i].start : blocks[i].end]
        same = [
            j
            for j in reporting[n + 1 :]
            if normalise(text[blocks[j].start : blocks[j].end]) == normalise(body)
        ]
        if same:
            out[i] = Verdict("repeated below (a caption or a summary)")
            continue
        if n >= 4 or len(split_sentences(body)) != 1:
            continue
        mine = _content(body)
        if len(mine) < 5:
            continue
        for j in reporting[n + 1 :]:
            if any(len(mine - other) <= max(1, len(mine) // 8) for other in later_sentences[j]):
                out[i] = Verdict("summary (repeated in the body)")
                break
    return out


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
