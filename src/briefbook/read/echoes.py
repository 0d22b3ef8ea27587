"""Furniture known by what else the page holds: a block the body repeats (a caption shown
twice, a summary or standfirst), and an embedded social-media post around its attribution
line ("— Name (@handle) March 3, 2025") and media link."""

from __future__ import annotations

import re

from briefbook.model import BlockKind
from briefbook.read.date_forms import DAY_WORD, WEEKDAY_NAMES
from briefbook.read.datelines import MONTH
from briefbook.read.segment import RawBlock, normalise, split_sentences
from briefbook.read.shape import REPORTED
from briefbook.read.verdict import Verdict, first_headline
from briefbook.vocabulary import derived, words

_POST_ATTRIBUTION = re.compile(
    rf"(?:^|(?<=\s))[—–-]\s*(?P<name>[^()—–]{{0,80}}?)\s*\(@(?P<handle>\w{{1,30}})\)\s*"
    rf"(?:{MONTH})\.?\s+\d{{1,2}},\s+\d{{4}}$"
)
"""The attribution line that closes an embedded post, alone on its line or after the post's
text when the page runs the two together ("... humiliates himself… — Name (@handle) June 24,
2023")."""
_POST_MEDIA = re.compile(r"\b(pic\.twitter\.com|t\.co)/\w+", re.IGNORECASE)


_CONTENT = re.compile(r"[^\W_]{3,}")
_STOPWORDS = derived(lambda: words("claims", "stopwords"))


def _content(text: str) -> set[str]:
    return {w.casefold() for w in _CONTENT.findall(text)}


def _bare(text: str) -> str:
    """A block's text compared with another's: normalised, without its closing stop (a
    standfirst printed with none, repeated with one as the lead)."""
    return normalise(text).rstrip(".")


_BODY_TWICE = 3
"""How many paragraphs repeated word for word make a page that runs its report twice (a
copy for another layout), not captions or summaries shown twice."""


def mark_repeated(text: str, blocks: list[RawBlock], verdicts: list[Verdict]) -> list[Verdict]:
    """A summary or caption that the body repeats: the earlier copy is furniture.

    A one-sentence block among the first reporting blocks, naming five things or more (words
    other than stop words), whose words all but one or two come again in one later sentence
    is a summary ("In short" lines, standfirsts), but only
    above the lead when the report opens with a dateline: a standfirst stands above it, and
    below it a sentence that a later one restates is the report's own (an update's new lead,
    the story it updates below). A block of one or two sentences repeated word for word (its
    closing stop aside) is a caption shown twice, or a summary; a longer one is a paragraph
    of the report that an update runs again with the earlier story, and stays the report;
    so do three paragraphs or more repeated so, a page that runs its report twice."""
    out = list(verdicts)
    reporting = [i for i, v in enumerate(out) if v.boilerplate is None and not v.heading]
    leads = [i for i, v in enumerate(out) if (v.lead_reason or "").startswith("dateline")]
    lead = leads[0] if leads else len(blocks)
    later_sentences: dict[int, list[set[str]]] = {}
    for i in reporting:
        body = text[blocks[i].start : blocks[i].end]
        later_sentences[i] = [_content(body[s.start : s.end]) for s in split_sentences(body)]
    bare = {i: _bare(text[blocks[i].start : blocks[i].end]) for i in reporting}
    repeated = sum(
        any(bare[j] == bare[i] for j in reporting[n + 1 :]) for n, i in enumerate(reporting)
    )
    for n, i in enumerate(reporting):
        body = text[blocks[i].start : blocks[i].end]
        same = [j for j in reporting[n + 1 :] if bare[j] == bare[i]]
        sentences = len(split_sentences(body))
        if same and sentences <= 2 and repeated < _BODY_TWICE:
            out[i] = Verdict("repeated below (a caption or a summary)")
            continue
        if n >= 4 or i >= lead or sentences != 1:
            continue
        mine = _content(body)
        if len(mine - _STOPWORDS()) < 5:
            # a short lead ("Officials said the ferry sank on Monday.") shares its words with
            # many a later sentence; a summary names five things or more
            continue
        for j in reporting[n + 1 :]:
            if any(len(mine - other) <= max(1, len(mine) // 8) for other in later_sentences[j]):
                out[i] = Verdict("summary (repeated in the body)")
                break
    return out


_WHEN = re.compile(rf"\b(?:{WEEKDAY_NAMES}|{MONTH}|{DAY_WORD.pattern})\b")
"""A day or a month named, or a day counted from today: the when of a lead ("... sank on
Monday", "... sank yesterday")."""


def names_a_day(text: str) -> bool:
    """Whether a line says when: a day or a month named, or a day counted from today (see
    ``_WHEN``)."""
    return bool(_WHEN.search(text))


_STEM = 5
"""Words compared by their first letters, so that a restatement's inflections meet ("kills"
and "killing", "declares" and "declared")."""


def _stems(text: str) -> set[str]:
    return {w[:_STEM] for w in _content(text) - _STOPWORDS()}


_RESTATED_STEMS = 5
"""How many of a summary's words the report below must say again, at the least: a summary
names five things or more, and a report's lead shares a word or two with any paragraph."""


def restated_below(body: str, below: list[str]) -> bool:
    """Whether the report's first paragraphs ``below`` tell a paragraph's facts again, as a
    report retells its standfirst ("Power is back across most of the country. The operator
    rules out an attack." / ... / "Power was back in most homes by Tuesday morning, the grid
    operator said, and it ruled out an attack ..."): five of its words or more and a third
    of them, compared by their first letters (``_STEM``). A lead is followed by new facts,
    not by itself again ("At least 40 people have been killed in floods ..." / "Rescuers
    pulled 30 people from the roofs ...")."""
    mine = _stems(body)
    again = mine & _stems(" ".join(below))
    return len(again) >= _RESTATED_STEMS and 3 * len(again) >= len(mine)


_DECK_SENTENCES = 4
_DECK_LINE = 16
"""A deck in several sentences is a few short lines, a headline's length each on average
("Jury convicts him on all counts. He faces decades in prison."); a report's opening
paragraph runs longer sentences."""


_TOLD_ON_DAY = re.compile(
    rf"\b(?:announced|reported|confirmed|stated|declared|disclosed)\s+(?:on\s+)?"
    rf"(?:(?:late|early)\s+)?(?:{WEEKDAY_NAMES})\b"
)
"""A lead's attribution, its verb in the past with the day straight after it ("officials
reported Saturday", "the ministry announced on Monday that ..."): a deck sums up in the
present, and says neither who told it nor on which day they did."""


def _deck_shape(body: str, headed: bool) -> bool:
    """Whether a block may be a deck, in the outlet's voice (a report's paragraph quotes):
    one sentence under the headline, or a few short ones, under it or at the top of a page
    that shows none. A page's first line alone, restated by the next paragraph, is its lead
    as often as its deck: the second paragraph of a report elaborates its lead."""
    spans = split_sentences(body)
    if REPORTED().search(body) or _TOLD_ON_DAY.search(body):
        return False
    if not 1 <= len(spans) <= _DECK_SENTENCES:
        return False
    if len(spans) == 1:
        return headed
    return len(body.split()) <= _DECK_LINE * len(spans)


_KEY_POINTS = 5
"""How many list items under a deck may be its key points: a longer list is the report's."""
_POINT_LABEL = re.compile(r"^\W*\w+(?:\s+\w+)?:\s")
"""A list item opening with a label ("- Rents: ...", "- Fuel prices: ..."): the lead's
measures set out one by one, not the deck's facts retold."""


def _key_points(text: str, blocks: list[RawBlock], start: int, deck: set[str]) -> list[str]:
    """The list items in a row from block ``start`` that retell the deck together, as a
    page's key points under it do: at most ``_KEY_POINTS`` of them, none opening with a
    label, most sharing a word with the deck's first sentence (``deck``, its
    stems). Otherwise none: a lead may introduce a list that sets out what it names ("The
    budget caps rents, freezes fuel prices ..." / "- Rents: ..." / "- Fuel: ...")."""
    points: list[str] = []
    for block in blocks[start:]:
        if block.kind != BlockKind.LIST_ITEM:
            break
        points.append(text[block.start : block.end])
    if not points or len(points) > _KEY_POINTS or any(_POINT_LABEL.match(p) for p in points):
        return []
    sharing = sum(bool(_stems(p) & deck) for p in points)
    return points if 2 * sharing > len(points) else []


def mark_deck(text: str, blocks: list[RawBlock], verdicts: list[Verdict]) -> list[Verdict]:
    """The deck under the headline: the first block of reporting right under it (furniture
    only between), of the shape :func:`_deck_shape` allows (one sentence, or a few short
    ones, the page's first lines where it shows no headline), whose first sentence's words
    at least half come again in the first sentence of the next block ("Port strike spreads
    to three more harbours as talks stall." / "Dockers at three more harbours walked out on
    Monday as talks ..."); where the page sets its key points under the deck as a list,
    the list's items retell it together ("- Dockers at three more harbours walked out." /
    "- Talks stalled on Monday." / ...). A lead says when; a
    deck sums the story up and the lead below restates it with its day. A deck may name the
    day too ("... walked out late on Monday ..."), when the sentence restating it does; a
    block that names a day the next one does not is the lead. Naming the same day, a third
    of its words again is a restatement."""
    out = list(verdicts)
    head = first_headline(out)
    top = head if head is not None else -1  # no headline on the page: its top stands for it
    reporting = [
        i
        for i, v in enumerate(out)
        if i > top and v.boilerplate is None and not v.heading and v.lead_end is None
    ]
    if len(reporting) < 2:
        return out
    deck, lead = reporting[:2]
    body = text[blocks[deck].start : blocks[deck].end]
    below = text[blocks[lead].start : blocks[lead].end]
    spans = split_sentences(body)
    if not _deck_shape(body, head is not None):
        return out
    first = split_sentences(below)
    mine = _stems(body[spans[0].start : spans[0].end])
    if not first or len(mine) < 5 or out[lead].boilerplate is not None:
        return out
    opening = below[first[0].start : first[0].end]
    if blocks[lead].kind == BlockKind.LIST_ITEM and (
        points := _key_points(text, blocks, lead, mine)
    ):
        opening = " ".join(points)  # the bullets retell it together
    if _WHEN.search(body) and not _WHEN.search(opening):
        return out  # the lead says when: a block that does and is not restated so is the lead
    again = mine & _stems(opening)
    days = {m.group(0).casefold() for m in _WHEN.finditer(body)}
    same_day = bool(days & {m.group(0).casefold() for m in _WHEN.finditer(opening)})
    # the same day and a third of the words again: the lead restating the deck in its words
    if (3 if same_day else 2) * len(again) >= len(mine):
        out[deck] = Verdict("standfirst (restated by the lead below)")
    return out


_DECK_RESTATED = (2, 3)
"""How many sentences a deck restated word for word may have: one sentence repeated below is
as often the lead shown twice (an update over the story it updates) as a deck."""


def mark_restated_deck(text: str, blocks: list[RawBlock], verdicts: list[Verdict]) -> list[Verdict]:
    """The page's first paragraph of reporting, of two or three sentences, above its lead
    (no dateline above it), one of whose sentences a later paragraph says again word for
    word: a deck the report restates as it goes on ("Port strike spreads to three more
    harbours. Talks stall." / "Port strike spreads to three more harbours. Dockers at ...").
    A report does not say its own sentence twice; a deck sums up in the report's words. A
    page that runs its report twice is left alone (:func:`mark_repeated`)."""
    out = list(verdicts)
    reporting = [i for i, v in enumerate(out) if v.boilerplate is None and not v.heading]
    if len(reporting) < 2 or out[reporting[0]].lead_end is not None:
        return out
    if any((v.lead_reason or "").startswith("dateline") for v in out[: reporting[0]]):
        return out
    bare = {i: _bare(text[blocks[i].start : blocks[i].end]) for i in reporting}
    twice = sum(
        any(bare[j] == bare[i] for j in reporting[n + 1 :]) for n, i in enumerate(reporting)
    )
    if twice >= _BODY_TWICE:
        return out
    first = reporting[0]
    body = text[blocks[first].start : blocks[first].end]
    mine = [_bare(body[s.start : s.end]) for s in split_sentences(body)]
    if not _DECK_RESTATED[0] <= len(mine) <= _DECK_RESTATED[1]:
        return out
    later = {
        _bare(other[s.start : s.end])
        for j in reporting[1:]
        for other in [text[blocks[j].start : blocks[j].end]]
        for s in split_sentences(other)
    }
    if any(len(m.split()) >= 5 and m in later for m in mine):
        out[first] = Verdict("standfirst (a sentence of it said again below)")
    return out


def mark_embedded_posts(
    text: str, blocks: list[RawBlock], verdicts: list[Verdict]
) -> list[Verdict]:
    """An embedded post is its text, an attribution line ``— Name (@handle) Month D, YYYY``
    and possibly a caption with a media link. None of it is the outlet's reporting. The text
    is the block before the attribution line, or the start of the attribution's own block
    when the page runs the two together."""
    out = list(verdicts)
    for i, block in enumerate(blocks):
        body = text[block.start : block.end]
        m = _POST_ATTRIBUTION.search(body)
        if m:
            handle = m.group("handle")
            alone = m.start() == 0
            out[i] = Verdict(
                f"embedded social-media post: attribution line of @{handle}"
                if alone
                else f"embedded social-media post by @{handle}, an account briefbook cannot verify"
            )
            if alone and i > 0 and out[i - 1].boilerplate is None:
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
