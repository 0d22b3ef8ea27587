"""Recognise what in an article is not reporting: page furniture.

Headlines, standfirsts and subheadings, bylines, datelines (a block of their own, or the
start of the lead: "CITY, Country (Agency) —"), photo captions and credits, labels ("In
short:"), promotions (newsletters, "Read more", apps, donations), closing credit lines
("REUTERS", "The Associated Press contributed to this report."), summaries repeated in the
body, embedded social-media posts.

Nothing is deleted: each block gets a reason, the source page shows it greyed with that
reason, and the briefing leaves it out. The rules describe the shape of web news pages in
general; the words they look for are in ``data/vocabulary/furniture.toml``. Credits and
captions: ``read/credits``; the shape of a line (words, stops, headings): ``read/shape``.
"""

from __future__ import annotations

import calendar
import difflib
import re
import unicodedata

from briefbook.model import BlockKind, SourceMeta
from briefbook.read.credits import (
    BRACKET_CREDIT,
    CAPTION,
    CREDITED,
    PICTURE_CREDIT,
    SIGNED,
    caption_phrase,
    credit_glued,
    credit_line,
    mark_about,
    mark_captions,
    picture_by,
    position,
    tells_in_the_simple_past,
    tells_of_the_past,
)
from briefbook.read.date_forms import WEEKDAY_NAMES
from briefbook.read.datelines import (
    MONTH,
    capital_lead,
    country_lead,
    dateline,
    dateline_after,
    known_capital,
    place_alone,
    place_and_country,
    place_dateline,
    place_lead,
    strong,
)
from briefbook.read.echoes import (
    mark_deck,
    mark_embedded_posts,
    mark_repeated,
    mark_restated_deck,
    names_a_day,
    restated_below,
)
from briefbook.read.language import READ, detect
from briefbook.read.name_words import ORG_HEADS, PARTICLES
from briefbook.read.names import fold
from briefbook.read.people import STOP_CAPITALS
from briefbook.read.segment import END_SYMBOLS, LIST_MARKER, RawBlock, normalise, split_sentences
from briefbook.read.shape import (
    BYLINE,
    QUOTES,
    REPORTED,
    UNSPACED,
    breadcrumb,
    feed_label,
    looks_like_heading,
    navigation_line,
    notice_heading,
    opening_with,
    tells_who_said,
    unpunctuated,
    web_pointer,
    word_count,
)
from briefbook.read.verdict import Verdict, first_headline
from briefbook.vocabulary import alternation, derived, ordered, spaced, words

_WEEKDAY = WEEKDAY_NAMES + "|" + "|".join(calendar.day_abbr)

LABELS = derived(lambda: words("furniture", "labels"))
NOTICE_LABELS = derived(lambda: words("furniture", "notice_labels"))
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
_ACCOUNT_PROMPT = derived(
    lambda: re.compile(
        r"^\s*(" + alternation(ordered("furniture", "account_prompts")) + r")\b", re.IGNORECASE
    )
)


def _promotion_phrase(text: str) -> re.Match[str] | None:
    """A promotion's words in a sentence or a line: an offer's phrase anywhere in it ("...
    Cancel anytime."), an account's button only where it opens ("Create an account to read
    on"; "Applicants must create an account ..." reports)."""
    return _PROMOTION_PHRASE().search(text) or _ACCOUNT_PROMPT().match(text)


_LABEL_OPENER = derived(
    lambda: re.compile(
        r"^(?:[^,:;.!?]{1,50},\s+)?(?:"
        + alternation(ordered("furniture", "label_openers"))
        + r")\b",
        re.I,
    )
)
"""How a line ending with a colon opens the list it heads: "Here's what we know:", after a
clause that greets the reader ("If you are just joining us, here's what you missed:")."""
SUMMARY_LABELS = derived(lambda: words("furniture", "summary_labels"))
RELATED_LABELS = derived(lambda: words("furniture", "related_labels"))
_POINTER = opening_with("related_labels", r"\s*[:|]\s*(?=\S)")
"""A pointer to another story: a related-stories label glued to that story's headline by a
colon or a bar ("Also read: Quake toll rises to 2,800", "ALSO READ | Port reopens"). On its
own line it is a promotion; a page flattened into paragraphs leaves it among the sentences
of reporting, where it is furniture just the same: the headline is another story's."""
_BARE_POINTER = derived(
    lambda: re.compile(
        r"^(?:"
        + alternation(w for w in ordered("furniture", "related_labels") if " " in w)
        + r")\s+(?-i:[A-Z\"“‘])(?=.*\s)",
        re.IGNORECASE,
    )
)
"""A related-stories label of two words or more set before another story's headline with
no colon ("See also Port reopens after the storm"): a report's sentence opens with no such
label, however it goes on."""
QUOTATION_OPENERS = derived(lambda: words("furniture", "quotation_openers"))
_SYNDICATION = derived(
    lambda: re.compile(
        r"\b(" + alternation(ordered("furniture", "syndication_phrases")) + r")\b", re.IGNORECASE
    )
)
_FEED_FOOTER = re.compile(
    r"^(?i:the post)\s+[\"“‘'A-Z0-9].{2,200}?\s(?i:first appeared|appeared first)\s+(?i:on|in)"
    r"\s+[^\s,;:][^,;:]{0,60}$"
)
"""The footer a blog engine's feed adds to a post it reposts, its headline between, the site
ending it: "The post Port Reopens After Storm first appeared on The Courier." ("appeared first
on" is a phrase of its own, wherever it stands; "first appeared on" only in this shape:
symptoms first appear on a day, and "the post of harbour master first appeared on the list in
1990, the ministry said" is a statement: no headline after "the post", a clause after the
place)."""


def _own_page(opening: str, nouns: tuple[str, ...]) -> re.Pattern[str]:
    """The page naming itself (see ``page_nouns``) after ``opening``: not "this article of
    the treaty" (a law's), "this website's owner", "this page-turner"."""
    return re.compile(
        opening + r"this\s+(" + alternation(nouns) + r")(?![\w'’-])(?!\s+of\b)",
        re.IGNORECASE,
    )


_ALL_PAGE_NOUNS = derived(
    lambda: ordered("furniture", "page_nouns") + ordered("furniture", "page_nouns_in_notices")
)
_OWN_VERSION = derived(
    lambda: _own_page(r"^an?\s+(?:[\w-]+\s+)?version\s+of\s+", _ALL_PAGE_NOUNS())
)
"""A notice of the page's earlier or printed version: "A version of this article appeared in
print on May 3.", "An earlier version of this story misstated ..."."""
_OWN_PAGE = derived(
    lambda: re.compile(
        _own_page(r"^", _ALL_PAGE_NOUNS()).pattern
        + r"\s+(?:(?:has|have|had|was|were|is|are|will|may|be|been|being|first|originally|"
        + r"also|later|now|still)\s+)*(?:"
        + alternation(ordered("furniture", "page_life"))
        + r")\b",
        re.IGNORECASE,
    )
)
"""A sentence whose subject is the page itself, telling of its own life: "This story was first
published by ...", "This post has been updated.", "This story is developing."."""
_PAGE_NAMED = derived(lambda: _own_page(r"(?<![\w'’-])", ordered("furniture", "page_nouns")))
"""The page named anywhere in a sentence: "Read this article for free", "Comment on this
story"."""
_PAGE_CALL = derived(
    lambda: re.compile(
        r"^(?:(?:to|please)\s+)?(?:" + alternation(ordered("furniture", "page_calls")) + r")\b",
        re.IGNORECASE,
    )
)
"""A reader's call opening a line ("Read this article for free:", "To continue reading ...")."""
_PAGE_CALL_WORDS = 8
"""How long a line may be that names the page with no reader or outlet named in it, to be
the page's call ("Listen to this article", "Read this article for free:"): a report's
sentence that names it runs longer ("The port at the heart of this story reopens on
Friday.")."""
_CALL_OBJECT = 3
"""How many words may stand before the page a call names ("To continue reading this
article")."""


_OWN_PAGE_ABROAD = derived(
    lambda: re.compile(
        r"^(?P<noun>"
        + alternation(ordered("furniture", "page_names_abroad"))
        + r")\s+(?:"
        + "|".join(
            spaced(p)
            for p in sorted(ordered("furniture", "page_updates_abroad"), key=len, reverse=True)
        )
        + r")(?![\w'’-])",
        re.IGNORECASE,
    )
)
"""The page telling in another language that it was updated or corrected ("Cet article a
été mis à jour.", "Cette dépêche a été corrigée."): the noun of ``page_names_abroad``
opening the sentence and the words of ``page_updates_abroad`` straight after it. Nothing
between them: a number, a complement or an apposition names another article ("Cet article
12 ...", "Cet article de loi ...", "Cet article, publié lundi par le quotidien, ...")."""
_OWN_PAGE_ABROAD_WORDS = 25
"""How long such a notice runs: a sentence that goes on longer tells more than the page's
life."""


def _in_quotation(before: str) -> bool:
    """Whether a quotation opened in ``before`` (the paragraph up to a sentence) is still open."""
    opened = before.count("\u201c") + before.count("\u00ab")
    closed = before.count("\u201d") + before.count("\u00bb")
    return opened > closed or before.count('"') % 2 == 1


def _named_before(noun: str, before: str) -> bool:
    """Whether ``before`` names ``noun`` as a word of its own: "this" then points back to it."""
    return re.search(r"(?<![\w'’-])" + re.escape(noun), before, re.IGNORECASE) is not None


def page_of_itself(sentence: str, before: str = "") -> bool:
    """Whether a sentence is the page speaking of itself: as its subject telling of its own
    life (see ``page_life``: where and when it first ran, that it was updated or corrected,
    whose series it belongs to), or an earlier version of it; or naming itself elsewhere (see
    ``page_nouns``) in a sentence that tells nothing in the past, with the reader or the
    outlet named in it, or in a short line that a reader's call opens ("Unlock this story by
    entering your email below.", "Read this article for free:"). A sentence that quotes or
    says who said it is a speaker's ("'This story is a lie,' the minister said."), and so is
    one inside a quotation that ``before`` (the paragraph up to it) opened; one that tells of
    the past is the report's ("Officials declined to comment for this story."); "this"
    pointing back to the same noun in ``before`` names something else ("The union publishes
    a newsletter. This newsletter first appeared in 1990.")."""
    bare = sentence.strip()
    if REPORTED().search(bare) or _in_quotation(before):
        return False
    abroad = _OWN_PAGE_ABROAD().match(bare)
    if abroad and word_count(bare) <= _OWN_PAGE_ABROAD_WORDS:
        return not _named_before(abroad.group("noun").split()[-1], before)
    own = _OWN_VERSION().match(bare) or _OWN_PAGE().match(bare)
    if own is not None:
        return not _named_before(own.group(1), before)
    named = _PAGE_NAMED().search(bare)
    if named is None or tells_of_the_past(bare, auxiliaries=False, every_word=True):
        return False
    if _named_before(named.group(1), before):
        return False
    # a call names the page as the object of its first words ("Listen to this article"); a
    # report's subject stands before its verb there ("Reuters was unable to verify ...")
    call = (
        bool(_PAGE_CALL().match(bare))
        and word_count(bare) <= _PAGE_CALL_WORDS
        and word_count(bare[: named.start()]) <= _CALL_OBJECT
    )
    return bool(_PERSONAL().search(bare)) or call


def _syndicated(sentence: str) -> bool:
    """A sentence of a notice that the page reposts another site's content."""
    return bool(_SYNDICATION().search(sentence) or _FEED_FOOTER.match(sentence.strip()))


_MARKS = derived(lambda: re.compile(alternation(ordered("furniture", "navigation_marks"))))
_COPYRIGHT_MARKS = derived(lambda: re.compile(alternation(ordered("furniture", "copyright_marks"))))
_COPYRIGHT = re.compile(
    r"^[(\[]?\s*(©|ⓒ|\(c\)\s+(?=[\d©]|copyright\b|\S+(?:\s+\S+){0,3}$)"
    r"|copyright\b(?!\s+(?-i:[a-z]))|all rights reserved)",
    re.IGNORECASE,
)
"""A copyright notice, bare or in brackets: "(Copyright 2025 The Courier. All rights reserved.)",
"(c) 2025 The Courier", "(c) AFP". A sentence may open with the word ("Copyright holders
sued ...") or with a clause's letter ("(c) The court shall ...")."""


_UPDATE_NOTE = derived(
    lambda: re.compile(
        r"^\(\s*(?:" + alternation(ordered("furniture", "update_notes")) + r")\b[^()]*\)",
        re.IGNORECASE,
    )
)
"""A wire desk's note in brackets on what a new version of the story changes, opening its
line ("(Adds details of the ruling throughout)", "(Ajout de la réaction au paragraphe 4) par
Jane Roe"): the note, and the byline after it, are the desk's; a sentence after the bracket
makes it the report's."""
_RELATED_OPENER = opening_with("related_openers", r"\s+\S")
"""A list of other stories headed by its section: "Next In World", "More in Business"."""
_STAMP = derived(
    lambda: re.compile(
        r"^(?=.*\d)[(\[]?\s*(?:" + alternation(ordered("furniture", "stamp_words")) + r")"
        r"(?:\s+(?:date|time))?(?:\s+(?:on|at))?\s*[:–—|-]?\s*"
        rf"(?:(?:\d[\d:./-]*|(?:{MONTH})\.?|{_WEEKDAY}|[ap]\.?m\.?|(?-i:[A-Z]{{2,4}})|\+\d+)"
        r"[\s,|]*)+"
        r"[)\]]?$",
        re.IGNORECASE,
    )
)
"""A line that only says when the page was published or updated: "(Updated:2023-09-15
04:05:52.0)", "Published on March 3, 2025 10:12 am IST", "Published Date: 09:45 | 3 March
2025", "Published – March 3, 2025": a date or a time (it holds a
digit), with nothing else but a time zone in capitals ("Updated: the toll now 45" is
reporting)."""
_DATE_DIGITS = r"\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?"
_CLOCK = r"\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
_ZONE = r"(?:\s+\(?(?-i:[A-Z]{2,4})(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?"
"""A time's zone, by its letters and its offset: "BST", "GMT+8", "(UTC+04:00)"."""
_BARE_STAMP = re.compile(
    rf"^[(\[]?\s*(?:{_DATE_DIGITS}(?:[\s,T|-]+{_CLOCK})?|{_CLOCK}(?:[\s,|-]+{_DATE_DIGITS})?)"
    rf"{_ZONE}\s*[)\]]?$",
    re.IGNORECASE,
)
"""A line that is only a date or a time in digits, in brackets or bare: "(2025/01/07-13:51)",
"03.03.2025 10:12", "10:12 IST". A date alone says when, never what."""
_DATE_WORDS = (
    rf"(?:(?:{_WEEKDAY})\.?,?\s+)?"
    rf"(?:(?:{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH})\.?,?\s+\d{{4}})"
)
_DATE_ALONE = re.compile(
    rf"^[(\[]?\s*{_DATE_WORDS}(?:[\s,|•·-]+{_CLOCK})?{_ZONE}\s*[)\]]?$",
    re.IGNORECASE,
)
"""A line that is only a date in words, with or without its weekday, time and zone: "May 3,
2031", "Tuesday, 3 May 2031 10:12 BST". A date alone says when, never what."""
_STAMP_BARS = "|•·"
"""The bars and dots that part the pieces of a page's stamp or strip ("News Desk | Lisbon")."""
_STAMP_GAP = re.compile(rf"[\s,{_STAMP_BARS}()\[\]<>–—]+|\s-\s")
_STAMP_FIGURE = re.compile(
    r"\d{4}-\d{2}-\d{2}t[\d:.+-]*z?"  # ISO 8601: 2031-11-03T00:01+0000
    r"|\d{1,2}h\d{2}"  # 10h45, as French and Portuguese write the hour
    r"|\d[\d:./-]*(?:st|nd|rd|th|h)?"  # 00:01, 03.11.2031, 2031/5/9, 3rd
    r"|[+-]\d{2}:?\d{2}"  # +0000
    r"|[ap]\.?m\.?",
    re.IGNORECASE,
)
_STAMP_NAMES = derived(
    lambda: frozenset(
        {m.casefold() for m in MONTH.split("|")}
        | {d.casefold() for d in (*calendar.day_name, *calendar.day_abbr)}
        | {w for phrase in words("furniture", "stamp_words") for w in phrase.split()}
        | words("furniture", "stamp_pieces")
        | words("furniture", "stamp_months")
        | words("furniture", "stamp_weekdays")
    )
)
_STAMP_COUNTERS = derived(lambda: words("furniture", "stamp_counters"))
_COUNT = re.compile(r"\d[\d.,]*[kKmM]?")
"""A counter's number ("1.300", "2,4k"), the only thing a counter's word follows in a stamp."""


_STAMP_BOUNDS = derived(lambda: words("furniture", "stamp_bounds"))
_STAMP_UNITS = derived(lambda: words("furniture", "stamp_units"))
_STAMP_READING = derived(lambda: words("furniture", "stamp_reading"))


def _stamp_piece(piece: str) -> bool:
    bare = piece.strip(":.-")
    return (
        bool(_STAMP_FIGURE.fullmatch(piece.rstrip(":,")) or _STAMP_FIGURE.fullmatch(bare))
        or (bare.isalpha() and bare.isupper() and 2 <= len(bare) <= 4)  # a zone: GMT, IST
        or bare.casefold() in _STAMP_NAMES()
    )


def stamp_line(body: str) -> bool:
    """A line made only of when the page was published or updated, or how long it takes to
    read: dates, clock times and time zones, stamp words, and the words of a time told from
    now ("00:01 GMT 03.11.2031 (Updated: 00:08 GMT 03.11.2031)", "Updated 3 hours ago", "1 min
    read", "Reading time: < 2 minutes", "less than 3 min read"). It holds a figure, or says
    "ago"; it has no word that could tell what happened ("3 dead" is a key fact, "3 days ago"
    a stamp); a bound ("less than", "under") stands only before a unit of time, in a reading
    time ("Under 2 hours." answers how long)."""
    pieces = [p for p in _STAMP_GAP.split(body.strip()) if p.strip(":.-")]
    timed = any(c.isdigit() for c in body) or any(p.casefold() == "ago" for p in pieces)
    folded = [p.strip(":.-").casefold() for p in pieces]
    if any(p in _STAMP_BOUNDS() for p in folded):
        # "less than 3 min read": a bound, then a figure and its unit of time; "Under 18"
        # and "Less than 500" bound other numbers
        others = [p for p, f in zip(pieces, folded, strict=True) if f not in _STAMP_BOUNDS()]
        units = any(f in _STAMP_UNITS() for f in folded)
        # a bound of time alone is a fact ("- Less than 48 hours", "Under 2 hours."): a
        # stamp only as the page's reading time
        reading = any(f in _STAMP_READING() for f in folded)
        told = timed and units and reading
        return 0 < len(pieces) <= 20 and told and all(map(_stamp_piece, others))
    return 0 < len(pieces) <= 20 and timed and _stamp_pieces(pieces)


def _stamp_pieces(pieces: list[str]) -> bool:
    """Whether each piece of a line is a stamp's, a counter's word counting only right after a
    number ("24 comments"; "Comments: 3 May" and "2,000,000 shares" are no stamps)."""
    return all(
        _stamp_piece(p)
        or (
            i > 0
            and p.strip(":.-").casefold() in _STAMP_COUNTERS()
            and bool(_COUNT.fullmatch(pieces[i - 1]))
        )
        for i, p in enumerate(pieces)
    )


_STRIP_BAR = re.compile(rf"\s+[{_STAMP_BARS}]\s+")
_STRIP_TIME = derived(
    lambda: re.compile(
        rf"{_CLOCK}|\bago\b|^(?:{alternation(ordered('furniture', 'stamp_words'))})\b.*\d",
        re.IGNORECASE,
    )
)
"""What makes a piece of a strip say when the page was posted: a clock time ("10:12 GMT"), a
time told from now ("3 hours ago"), or a stamp's word with its date ("Updated: 03-05-2031");
a date alone ("May 3") or a day counted ("Day 3") may be a heading's."""
_STRIP_PIECE_WORDS = 5


def stamp_strip(body: str) -> bool:
    """A page's strip of facts about itself, parted by bars or dots: its desk or author, its
    place, when it was posted or updated ("News Desk | Lisbon | Updated: 03-05-2031 10:12 GMT
    | Created: 03-05-2031 09:58 GMT"). One piece at least is a stamp (see
    :func:`stamp_line`), the others are a few words with no stop; a report's sentence is not
    parted by bars."""
    pieces = [p.strip() for p in _STRIP_BAR.split(body.strip()) if p.strip()]
    stamps = [stamp_line(p) and bool(_LETTER.search(p)) for p in pieces]
    return (
        len(pieces) >= 2
        and any(s and bool(_STRIP_TIME().search(p)) for p, s in zip(pieces, stamps, strict=True))
        and all(
            stamp
            or (
                word_count(p) <= _STRIP_PIECE_WORDS
                and unpunctuated(p)
                and not any(c.isdigit() for c in p)
            )
            for p, stamp in zip(pieces, stamps, strict=True)
        )
    )


_STAMPED_HEADLINE = re.compile(rf"^(?:{_DATE_DIGITS}\s+)?{_CLOCK}\s*[|–—-]?\s+(?=[\w(\"“‘'])")
"""A headline in a list of the site's latest stories, opened by when it was posted:
"03/04 16:38 Port Reopens After Storm", "16:38 | Port reopens"."""


def _stamped_run(index: int, blocks: list[RawBlock], text: str) -> bool:
    """Whether the line above or below block ``index`` is a headline opened by its time too:
    in a list of the site's latest stories each line is one, even where a headline ends with
    an abbreviation's stop ("01/07 22:08 Minister to Visit Seoul from Mon.")."""
    for j in (index - 1, index + 1):
        if 0 <= j < len(blocks):
            near = LIST_MARKER.sub("", text[blocks[j].start : blocks[j].end], count=1)
            if _STAMPED_HEADLINE.match(near) and word_count(near) <= 25:
                return True
    return False


_IMAGE_TITLE = r"""(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?"""
_IMAGE = rf"!\[[^\]\n]*\]\(\s*[^)\s]*{_IMAGE_TITLE}\s*\)"
_MARKDOWN_IMAGE = re.compile(rf"{_IMAGE}|\[\s*{_IMAGE}\s*\]\(\s*[^)\s]*{_IMAGE_TITLE}\s*\)")
"""A picture in Markdown, its text in brackets and its address in round brackets
("![](https://example.org/a.png)"), with its title after the address or not
('![Quay](https://example.org/a.png "The quay")'), and so too the picture set as a link's
text ("[![](https://example.org/a.png)](https://example.org/story)"): what a page shows,
alone on its line, not what it says."""
_EMPTY_LINK = re.compile(r"\[\s*\]|\(\s*\)")
"""A pair of brackets with nothing in them, square or round: the trace of a link or a
picture whose text or address the page dropped ("... on Monday. []", "... on Monday. ()")."""
_CLOSING_EMPTY_LINK = re.compile(rf"\s+(?:{_EMPTY_LINK.pattern})\s*$")
"""An empty link closing a paragraph after its words ("... three more harbours. []"): the
paragraph is read without it, as without its end mark, whatever its language and whether
its sentence says who said it or not; the brackets are their own sentence's furniture (see
``sentence_furniture``)."""
_BRACKETED_ALONE = re.compile(r"^\((?=[^()]*[^\W\d_])[^()]{1,60}\)$")
"""A short line that is a bracket and nothing else ("(BBC)", "(Jane Roe – Porto)", "(With
inputs from agencies)"): who wrote, sent or credited the story, or the desk's note; the
report's own aside in brackets stands inside a paragraph, or runs longer."""
_BRACKETED_WORDS = 8

_POINTED = "related story (a pointer to another story)"
_LABEL_LEAD = re.compile(r"^([A-Z][\w'’]*(?:\s+[\w'’]+){0,4}):\s+(?=\S)")
"""A label glued to the text it introduces: "In short: ...", "Update: ..."."""
_TEASER_END = re.compile(r"(?:\w|[,;])\s*(?:\.\.\.|…)$")
"""A related story's teaser cut short: "... held a national day of ..."."""
_EXCERPT_END = re.compile(r"\s\[\s*(?:\.\.\.|…)\s*\]$")
"""A story's excerpt as a blog engine cuts it, whatever its length: "... held a national
day of […]"; a speaker's words cut short stand inside their quotation marks."""
_LETTER = re.compile(r"[^\W\d_]")
"""A line with no letter ("002", "1/3", "* * *") says nothing: a page number, a counter."""
_HANDLE = re.compile(r"^@\w{1,30}\s")
"""A post embedded by its author's handle: "@cityhall Crews are ..."."""
_HASHTAG = re.compile(r"(?<![\w&/#])#[^\W\d_]\w*")
"""A hashtag ("#Porto", "#PortStrike"): a post's word, never the report's own."""
_TAGGED = re.compile(
    r"\b(?:hashtags?|trend(?:s|ed|ing)?)\b"
    r"|(?<![\w&/#])#[^\W\d_]\w*\s+(?:movements?|campaigns?|era)\b",
    re.IGNORECASE,
)
"""A report that names a hashtag says so ("under the hashtag #PortStrike"), or names the
movement or campaign it stands for ("the #DockersToo movement spread to ...")."""


def _post_text(body: str) -> bool:
    """Whether a paragraph is the text of a post embedded in the page: it holds a hashtag
    ("Smoke over the port this morning. #Porto"), and the report neither names the hashtag
    ("protesters rallied under the hashtag #PortStrike") nor says who said it. A paragraph
    that opens a quotation is the report quoting ("“... in line with #AU rules,” ...",
    a statement's words run on from the paragraph before), not a post."""
    return (
        bool(_HASHTAG.search(body))
        and not _TAGGED.search(body)
        and not tells_who_said(body)
        and body.lstrip()[:1] not in QUOTES
    )


_ATTRIBUTED = re.compile(r"\b(?:said|says|told|according to|added|asked|explained)\b", re.I)
"""A sentence that says who said it: a headline quotes without saying so."""


def _pronouns(*keys: str) -> re.Pattern[str]:
    """The furniture vocabulary's pronouns under ``keys``, as written or capitalised, as
    whole words ("US" in capitals is the country, no "us")."""
    return re.compile(
        r"(?<![\w'’-])(?:"
        + alternation(
            form for key in keys for w in ordered("furniture", key) for form in (w, w.capitalize())
        )
        + r")(?![\w-])"
    )


_PERSONAL = derived(lambda: _pronouns("reader_pronouns", "outlet_pronouns"))
"""A pronoun of the page speaking to its reader or of itself ("you", "your", "we", "our",
"us"), as written: "US" in capitals is the country."""
_YOURS = derived(lambda: _pronouns("reader_pronouns"))
"""The page's word for its reader ("you", "your"): a report in the outlet's first person
("We have seen documents ...", "Our analysis shows ...", "the ministry did not respond to our
request") speaks to no one."""
_OURS = derived(lambda: _pronouns("outlet_pronouns"))
"""The page's first person ("we", "our", "us"): a report warns its reader ("... may land in
your inbox", "If you feel unwell, call a doctor") in the second person alone."""


_OWN_VOICE = derived(
    lambda: re.compile(
        r"(?<![\w'’-])(?:" + alternation(ordered("furniture", "own_voice")) + r")(?![\w'’-])",
        re.IGNORECASE,
    )
)
"""The page's own voice in its pitch ("our newsletter", "your inbox", "this newsletter"): a
third party's newsletter reported ("The union's newsletter brings you news of the strike.")
and a report's advice ("Sign up for a free flu jab at any pharmacy.") lack it."""


_GLUED_REPORT = 2
"""How many sentences in the third person telling of the past make a paragraph of the page's
pitch a report (see ``_speaks_to_reader``)."""
_TOLD_FIGURE = re.compile(r"\d")
"""A figure: the outlet's own first person telling one ("Our analysis shows 42 ships are
waiting") reports."""


def _speaks_to_reader(body: str, index: int, blocks: list[RawBlock], text: str) -> bool:
    """Whether a paragraph is the page speaking to its reader: it quotes and reports no one,
    and half its sentences or more speak in the first or the second person ("Get breaking
    news in your inbox.", "What you need to know, as soon as we know it.", "Your donation
    helps us keep reporting. The Courier is trusted by readers."). A report in the outlet's
    voice tells of others in the third person; the first and second persons of a report
    are its speakers', inside quotation marks (double or single) or after a line that sets
    out their statement ("In a statement the company said:" / "We took immediate action
    ...").
    Two sentences or more beside them in the third person that tell of the past are a report
    the page glued to its pitch ("Create an account to read on. ... Protests spread to ten
    cities. Police arrested 400 people."): the paragraph is then the report's, and only the
    pitch's own sentences at its edges are furniture (see ``_glued_pitch``); one such
    sentence may be the pitch's own ("Our site carries a portion of the stories offered to
    subscribers."). The first person alone, with no reader named, is the
    page's only where it has no verb in the past and gives no figure ("We read every comment
    before it appears."): "We have seen documents showing the cranes failed", "Our analysis
    shows 42 ships are waiting" and "the ministry did not respond to our request" report."""
    if REPORTED().search(body) or _ATTRIBUTED.search(body) or "‘" in body:
        return False
    if body.lstrip()[:1] in QUOTES:
        return False  # "'Nobody warned us.'": a speaker's words in single quotation marks
    if index > 0 and text[blocks[index - 1].start : blocks[index - 1].end].rstrip().endswith(":"):
        return False
    sentences = [body[s.start : s.end] for s in split_sentences(body)]
    personal = [bool(_PERSONAL().search(sentence)) for sentence in sentences]
    glued = sum(tells_of_the_past(s) for s, own in zip(sentences, personal, strict=True) if not own)
    if glued >= _GLUED_REPORT:
        return False
    return _speaks_as_page(body, sentences)


def _speaks_as_page(body: str, sentences: list[str]) -> bool:
    """Whether ``sentences`` (``body``) speak as the page does to its reader: half of them or
    more in the first or the second person, the outlet's first person among them, and either
    the reader named or nothing told in the past and no figure (see ``_speaks_to_reader``)."""
    personal = sum(bool(_PERSONAL().search(sentence)) for sentence in sentences)
    reports = _TOLD_FIGURE.search(body) or tells_of_the_past(
        body, auxiliaries=False, every_word=True
    )
    return (
        bool(sentences)
        and 2 * personal >= len(sentences)
        and bool(_OURS().search(body))
        and (bool(_YOURS().search(body)) or not reports)
    )


_GLUED_PITCH = "promotion (the page's pitch glued to a report)"


def _tells_the_report(sentence: str) -> bool:
    """Whether a sentence is the report's: in the third person, with no promotion's words,
    telling of the past ("Police detained 40 pickets.", "The toll has risen to 12.")."""
    return (
        not _PERSONAL().search(sentence) and not _promotes(sentence) and tells_of_the_past(sentence)
    )


def _promotes(sentence: str) -> bool:
    """Whether a sentence holds a promotion's words ("Sign up ...", "... our newsletter",
    "Cancel anytime.", "Subscribe to read the full story.")."""
    return bool(
        _promotion_phrase(sentence)
        or _PROMOTION().match(sentence)
        or sentence_furniture(sentence) is not None
    )


_PITCH_ASIDE = 6
"""How long a sentence of a pitch may be that neither names the reader nor holds a
promotion's words ("Already a subscriber?", "Log in.", "It only takes a minute.")."""


_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")
"""An apostrophe inside a word ("don't", "L'Estuaire", "the port’s"): no quotation mark."""


def quotes(body: str) -> bool:
    """Whether a text holds a quotation mark; an apostrophe inside a word is none ("Don't
    miss our newsletter", "offers from L'Estuaire Daily")."""
    bare = _APOSTROPHE.sub("", body)
    return any(q in bare for q in QUOTES)


def _pitch_run(sentences: list[str]) -> bool:
    """Whether sentences at a paragraph's edge are the page's pitch: they speak as the page
    (see ``_speaks_as_page``) naming the reader, or hold a promotion's words (the outlet's
    first person alone beside a report is its own reporting: "Contacted by us, the ministry
    would not comment.", "We are awaiting a response from the ministry."; advice to the
    reader alone is the report's: "If you start showing symptoms, call a doctor."), and each
    of them is in the first or the second person, holds such words, or is a short aside of
    the pitch's with no verb in the past (after such a sentence, or a question); none quotes
    or reports anyone, and none tells of the past without naming the reader ("Sign up to get
    the news delivered to your inbox" is the pitch's; "Donate blood, the Red Cross urged
    residents." tells who called for it)."""
    body = " ".join(sentences)
    if not sentences or quotes(body):
        return False
    if REPORTED().search(body) or _ATTRIBUTED.search(body):
        return False
    named = _YOURS().search(body) and _speaks_as_page(body, sentences)
    if not (named or any(_promotes(s) for s in sentences)):
        # the outlet's first person alone beside a report reports ("We are in Lisbon.")
        return False
    pitched = False
    for s in sentences:
        if tells_of_the_past(s, auxiliaries=False) and not _YOURS().search(s):
            return False  # "Listen to the survivors, the bishop urged.": someone's call, told
        own = bool(_PERSONAL().search(s) or _promotes(s))
        # an aside follows the pitch's call ("Subscribe ... Already a subscriber? Log in.") or
        # asks its reader ("Got a tip? Email us ..."); one before it is the report's ("The
        # strike goes on. Read more: ...")
        aside = (
            (pitched or s.rstrip().endswith("?"))
            and word_count(s) <= _PITCH_ASIDE
            and not tells_of_the_past(s)
        )
        if not (own or aside):
            return False
        pitched = pitched or own
    return True


_PITCH_SENTENCES = 3
"""How many sentences a pitch set as a paragraph of its own may have: a box's blurb and its
call ("Our Daily Briefing newsletter brings you the news you need. Sign up here.")."""


def _pitch_alone(body: str, index: int, blocks: list[RawBlock], text: str) -> bool:
    """Whether a short paragraph is the page's pitch and nothing else: its sentences, two to
    ``_PITCH_SENTENCES``, a blurb and its call, are one run of the pitch's (:func:`_pitch_run`)
    in the page's own voice (``_OWN_VOICE``), and no line ending with a colon sets them out as
    someone's words. A sentence alone that opens with a call's word may be a speaker's appeal
    reported ("Subscribe to calm, the mayor told residents."); the rules for lines of one
    sentence judge it."""
    if index > 0 and text[blocks[index - 1].start : blocks[index - 1].end].rstrip().endswith(":"):
        return False
    if _POINTER().match(body) or _BARE_POINTER().match(body):
        return False  # "See also <headline>. More:": a pointer, with its label (classify)
    if not _OWN_VOICE().search(body):
        return False  # "The union's newsletter brings you news of the strike. Sign up ..."
    sentences = [body[s.start : s.end] for s in split_sentences(body)]
    return 2 <= len(sentences) <= _PITCH_SENTENCES and _pitch_run(sentences)


def _glued_pitch(index: int, blocks: list[RawBlock], text: str) -> tuple[int, ...]:
    """Where the sentences of a paragraph that are the page's pitch glued to a report begin:
    two sentences or more in the third person telling of the past make the paragraph a
    report, and the sentences before the first of them, or after the last, are the page's
    when they speak as it does (see ``_pitch_run``: "Subscribe to keep reading. Already a
    subscriber? Log in. Protests spread to ten cities. Police arrested 400 people."). A page
    flattened into paragraphs glues its paywall or newsletter box to the lead, before or
    after it: the pitch is furniture and the report's sentences stay the report's, where the
    paragraph taken whole would lose the one or keep the other. Sentences that a line ending
    with a colon sets out are a speaker's."""
    block = blocks[index]
    spans = split_sentences(text, block.start, block.end)
    if len(spans) <= _GLUED_REPORT:
        return ()
    said = [text[s.start : s.end] for s in spans]
    worded = any(
        _PERSONAL().search(s) or _promotion_phrase(s) or _PROMOTION().match(s) for s in said
    )
    if not worded and not any(sentence_furniture(s) for s in (said[0], said[-1])):
        return ()  # no pitch's word at all, as in most paragraphs: read no further
    report = [_tells_the_report(sentence) for sentence in said]
    if sum(report) < _GLUED_REPORT:
        return ()
    if index > 0 and text[blocks[index - 1].start : blocks[index - 1].end].rstrip().endswith(":"):
        return ()
    first, last = report.index(True), len(report) - report[::-1].index(True)
    glued: list[int] = []
    for run in (slice(0, first), slice(last, len(spans))):
        if _pitch_run(said[run]):
            glued += [s.start for s in spans[run]]
    return tuple(glued)


_TITLED_LEAD = re.compile(r"^([A-ZÀ-Þ][^\W\d_]{2,}(?:-[A-ZÀ-Þ][^\W\d_]+)?)\.\s+(?=[A-ZÀ-Þ])")
"""A place's name, capitalised, with a full stop, opening the report's first paragraph as
its dateline ("Porto. Die Hafenarbeiter ...", as German and Austrian papers set it)."""


def _titled_lead(body: str) -> tuple[str, int] | None:
    """A place's name alone as the first sentence of the report's first paragraph, with a
    sentence after it, in capitals ("SEOUL. A lax ...") or in a paper of a language that sets
    its dateline so ("Porto. Die ..."); an abbreviation ("Gen. Jane Roe said ...") opens no
    sentence of its own. An English report may open with a one-word sentence ("Chaos. That
    is how residents described ..."): capitalised, in English, it is no dateline, unless the
    word is a capital the gazetteer knows ("Lisbon. The port ..."): a report does not open on
    a sentence of a capital's name alone; a country's name may be a word or a name ("Jordan.
    That was the name the boy gave ...")."""
    m = _TITLED_LEAD.match(body)
    spans = split_sentences(body)
    if m is None or len(spans) < 2 or body[spans[0].start : spans[0].end] != m.group(0).rstrip():
        return None
    place = m.group(1)
    if not place.isupper() and not known_capital(place) and detect(body)[0] in READ:
        return None
    return m.group(1), m.end()


_GLUED_HEAD_WORDS = 12


def glued_heading(sentence: str) -> bool:
    """Whether a sentence glued to the next with no stop or space ("Second round setThe vote
    will ...", split where the article opens the next) is a crosshead the page lost its line
    break after: a short line, capitalised, with no stop, that says no one said it."""
    bare = sentence.strip()
    return (
        bare[:1].isupper()
        and word_count(bare) <= _GLUED_HEAD_WORDS
        and unpunctuated(bare)
        and not tells_who_said(bare)
    )


def _place_lead(body: str) -> tuple[str, int] | None:
    """A place glued to the first paragraph as its dateline, and where the dateline ends."""
    found = place_lead(body)
    if found is None:
        found = _titled_lead(body)
    if found is None:
        return None
    place, end = found
    if place.casefold() in LABELS() or word_count(body[end:]) < 5:
        return None
    return place, end


def _run_in(head: str, rest: str) -> bool:
    """Whether ``head`` is a run-in label glued to the sentence it introduces, as a page of
    key points writes each ("Guilty: The jury convicted him on all counts.", "Sentencing
    date: The judge set it for July."): a head of up to three words in sentence case, that
    no verb of saying ends ("He added: “...”" opens a quotation), before a whole sentence of
    five words or more that ends with its stop."""
    words_ = head.split()
    return (
        len(words_) <= 3
        and all(w[:1].islower() for w in words_[1:])
        and not _opens_quote(head)
        and rest[:1].isupper()
        and word_count(rest) >= 5
        and not unpunctuated(rest)
    )


def _standfirst(body: str, index: int, blocks: list[RawBlock], text: str) -> bool:
    """Whether a paragraph under the headline is its standfirst: one sentence of eight
    words or more with no stop at its end, where the report's sentences below it have one
    ("Rescuers search the rubble as the toll rises to 40")."""
    below = (text[b.start : b.end] for b in blocks[index + 1 :])
    return (
        len(split_sentences(body)) == 1
        and word_count(body) >= 8
        and not UNSPACED.search(body)
        and body[-1:].isalnum()
        and not _sourced_at_close(body)
        and any(word_count(b) >= 8 and not unpunctuated(b) for b in below)
    )


_MORE_INFO = opening_with("more_info_openers", r"\b")
_MORE_INFO_VERB = derived(
    lambda: re.compile(
        r"\b(?:" + alternation(ordered("furniture", "more_info_verbs")) + r")\b", re.IGNORECASE
    )
)
_MORE_INFO_WORDS = 40


def _more_info(body: str) -> bool:
    """A line sending the reader elsewhere for more ("For more information on the recall,
    call the hotline at ...", "To learn more, visit ..."): it opens so and names how to
    reach what it points to; a report's sentence neither opens so nor tells its reader to
    call."""
    return (
        bool(_MORE_INFO().match(body))
        and word_count(body) <= _MORE_INFO_WORDS
        and bool(_MORE_INFO_VERB().search(body))
        and not tells_who_said(body)
    )


def _promotion_line(body: str) -> bool:
    """A line opening with a promotion's words ("Listen to this article", "Donate to our
    appeal.", "Stay up to date with the latest news. Follow us on ..."): short sentences. A
    sentence that goes on after a comma ("Listen to the survivors, the bishop urged.") or
    runs long is reporting that happens to open with them."""
    if not _PROMOTION().match(body):
        return False
    spans = [body[s.start : s.end] for s in split_sentences(body)]
    return unpunctuated(body) or all(word_count(s) <= 12 and ", " not in s for s in spans)


_TOP_LINES = 4
"""How many lines with words may stand above the headline: a menu, a section's name, a
time stamp; marks alone (rules drawn with "_" or "*") are no lines of the page."""


def _near_top(index: int, blocks: list[RawBlock], text: str) -> bool:
    """Whether block ``index`` is among the page's first lines that hold words."""
    worded = 0
    for b in blocks[:index]:
        worded += bool(_LETTER.search(text[b.start : b.end]))
        if worded >= _TOP_LINES:
            return False
    return True


def _signed_report(body: str) -> bool:
    """Whether a paragraph is the report's sentence signed after a dash or a slash by the
    agency that wrote it ("The ministry announced a curfew on Monday. - AFP", "The union will
    vote on Friday. / Lusa"): it tells of the past, or with an auxiliary
    (:func:`tells_of_the_past`), where an agency's caption tells in the present what its
    picture shows ("Security forces prevent a protest in Rabat. / Reuters"). A bare name
    after the stop ("... in Derna. AFP") is read as before: the captions so credited are
    written with participles ("flood-damaged", "cars piled up") the test would take for a
    past."""
    signed = SIGNED().search(body)
    if signed is None or signed.group()[1:].lstrip()[:1] not in "-–—/":
        return False
    return tells_of_the_past(body[: signed.start() + 1])


def _under_headline(index: int, blocks: list[RawBlock], text: str, title: str | None) -> bool:
    """Whether block ``index`` stands right under the page's headline: the line above it is
    the page's first that holds words, or the page's title, near the top."""
    if index == 0:
        return False
    above = text[blocks[index - 1].start : blocks[index - 1].end]
    first = not any(_LETTER.search(text[b.start : b.end]) for b in blocks[: index - 1])
    return first or (_near_top(index - 1, blocks, text) and _title_match(above, title))


def _title_match(body: str, title: str | None) -> bool:
    if not title:
        return False
    a, b = fold(body), fold(title)
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


_GLUED_TITLE_WORDS = 4
"""How many words a page's title needs before a paragraph opening with it may be the headline
with its standfirst run on: a short title opens a report's lead as its subject ("Kenya Police
fired ...", "Storm Boris Heavy rain ...")."""
_GLUED_STANDFIRST = 45
"""How many words the standfirst run on after the headline may have (see
:func:`_headline_glued`)."""


def _headline_glued(body: str, title: str | None) -> bool:
    """Whether a paragraph is the page's headline with its standfirst run on after it on one
    line ("Port Strike Spreads To Three Harbours Dockers walk out again as talks stall."): it
    opens with the title (of ``_GLUED_TITLE_WORDS`` words or more, matched as
    :func:`_title_match` matches it), and the rest is one capitalised sentence of a
    standfirst's length that is no report's lead: it opens with no dateline ("Ferry sinks
    off Porto PORTO, Portugal (AP) — ..."), says no one said it ("..., the coastguard
    said.") and does not tell of the past on a day ("A ferry sank on Monday.")."""
    if not title or len(title.split()) < _GLUED_TITLE_WORDS:
        return False
    head = body.split()[: len(title.split())]
    if len(head) == len(body.split()) or not _title_match(" ".join(head), title):
        return False
    rest = body.lstrip()
    for word in head:
        rest = rest[rest.index(word) + len(word) :]
    if not rest[:1].isspace():
        return False
    rest = rest.strip()
    if dateline(rest) or _agency_dateline(rest) or place_dateline(rest):
        return False
    if _ATTRIBUTED.search(rest) or REPORTED().search(rest):
        return False
    if tells_of_the_past(rest) and names_a_day(rest):
        return False
    return (
        rest[:1].isupper()
        and len(split_sentences(rest)) == 1
        and word_count(rest) <= _GLUED_STANDFIRST
    )


def _quoted_crosshead(body: str) -> bool:
    """A short line that is a quotation alone, with no stop: "'People are desperate'", "-
    'Desperate' -"."""
    bare = body.strip(" —–-")
    quoted = len(bare) > 2 and bare[0] in QUOTES and bare[-1] in QUOTES
    # with its stop inside the quotation marks it is a speaker's sentence: "'Nobody came.'"
    return word_count(bare) <= 6 and quoted and unpunctuated(bare.strip(QUOTES))


_FINITE = derived(lambda: words("furniture", "finite_verbs"))
_QUESTION_WORDS = derived(lambda: words("furniture", "question_words"))


def _bracketed_credit(body: str) -> bool:
    """Whether a line is a short bracket and nothing else that credits the story ("(BBC)",
    "(With inputs from agencies.)", "(Reporting by Jane Roe; editing by John Doe)"): an aside
    in brackets with a verb of its own tells something ("(Police say 12 died.)", "(It was
    terrible.)") and stays a statement."""
    if not _BRACKETED_ALONE.match(body.strip()) or word_count(body) > _BRACKETED_WORDS:
        return False
    if tells_who_said(body) or REPORTED().search(body):
        return False
    said = [w.strip(",.;:()!?") for w in body.split()]
    finite = any(w.casefold() in _FINITE() for w in said)
    # a past tense after the first word ("(Police say 12 died.)"); a desk's note opens with
    # its participle ("(Updated with new figures)")
    past = any(w.islower() and w.endswith("ed") for w in said[1:])
    return not finite and not past


_NOTE_WORDS = derived(lambda: words("furniture", "bracketed_notes"))
_NOT_IN_A_NAME = re.compile(r"[.!?=\d]")
"""What a name in brackets never holds: a stop, "=" or a digit (a currency sign neither,
by its Unicode category)."""


def _bracketed_name(sentence: str) -> bool:
    """Whether a sentence closing a paragraph is a name alone in brackets: the agency or
    outlet that sent the story ("... Talks stalled. (Harbour News Agency)", "(NPA/Coast
    Times)"). Every word of it is capitalised, with no stop, "=", digit or currency sign
    anywhere inside (a rate, "($1 = 0.92 Euros)"; a title cut by its stop, "(Dr. Jane Roe)"),
    and its first word opens no editorial note (``bracketed_notes``: "(Laughter)", "(Sic)",
    "(See Related Story)"). An aside in brackets is a sentence of the report ("(The figure
    excludes Porto.)", "(Both men deny wrongdoing)")."""
    bare = sentence.strip()
    if not _BRACKETED_ALONE.match(bare) or word_count(bare) > _BRACKETED_WORDS:
        return False
    inside = bare[1:-1].strip()
    if _NOT_IN_A_NAME.search(inside) or any(unicodedata.category(c) == "Sc" for c in inside):
        return False
    inside_words = re.findall(r"[^\W\d_][\w'’&-]*", inside)
    return (
        bool(inside_words)
        and all(w[0].isupper() for w in inside_words)
        and inside_words[0].casefold() not in _NOTE_WORDS()
    )


def _heads_list(body: str) -> bool:
    """Whether a short line ending with a colon is a sentence heading the list below it: it
    has a finite verb of its own ("The injured were:", "Among the dead are:"); a label names
    what follows ("Details:", "Sentencing date:"), or asks it ("Who was killed:")."""
    names = [w.strip(",.:;").casefold() for w in body.split()]
    return (
        len(names) >= 2
        and names[0] not in _QUESTION_WORDS()
        and any(w in _FINITE() for w in names[1:])
    )


def _opens_quote(body: str) -> bool:
    """Whether a line ending with a colon opens a quotation ("The ministry said:")."""
    return any(w.strip(",.:").casefold() in QUOTATION_OPENERS() for w in body.split())


def _label(body: str, labels: frozenset[str]) -> bool:
    """Whether the line is one of ``labels``, or opens with one and ends with a colon ("See
    more from our archives:")."""
    bare = body.rstrip(":").strip().casefold()
    return bare in labels or (
        body.endswith(":")
        and word_count(body) <= 8
        and any(bare.startswith(label + " ") for label in labels)
    )


def _few_short_above(i: int, blocks: list[RawBlock], text: str, verdicts: list[Verdict]) -> bool:
    """Whether at most three short paragraphs (45 words or fewer) were read as reporting
    above block ``i``: a standfirst or summary bullets the page set above its dateline."""
    above = [j for j in range(i) if verdicts[j].boilerplate is None and not verdicts[j].heading]
    return len(above) <= _MAX_ABOVE and all(
        word_count(text[blocks[j].start : blocks[j].end]) <= _SHORT_ABOVE for j in above
    )


_MAX_ABOVE = 3
_SHORT_ABOVE = 45
_CAPTION_ABOVE = 60
"""How long a paragraph left above the dateline may run once every pass has set the page's
furniture aside, when it reads as a wire picture's or video's caption
(:func:`_caption_scene`): two or three sentences in English, the first and the last telling
a scene in the present ("Lawyers step outside the court. ... A reporter speaks with ...")."""
_CAPTION_SENTENCES = (2, 3)
"""How many sentences a caption read by :func:`_caption_scene` has."""


_LEAD_WORDS = 5
"""How many words a report's lead runs to after its dateline, at the least: fewer, and the
capitals before them are a heading's or a name's ("LISBON - Day 3")."""


def _leads(rest: str) -> bool:
    """Whether what follows a dateline is a report's lead: five words or more, or Chinese,
    Japanese or Korean, which write no spaces."""
    return word_count(rest) >= _LEAD_WORDS or bool(UNSPACED.search(rest))


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
            m = dateline(body, first=not reported) if lead is None else _agency_dateline(body)
            if m is None and lead is None and _few_short_above(i, blocks, text, verdicts):
                m = place_dateline(body)  # "Jakarta - In ...", under a standfirst
            if m is not None and reported and not strong(m) and not _opens(body[m.end() :]):
                m = None  # "UNICEF — the UN's agency — said": a sentence, not a dateline
            pointer = _POINTER().match(body) or _BARE_POINTER().match(body)
            if pointer and (first := split_sentences(body)):
                # "Also read: <headline>. <reporting>": the headline goes with its label
                verdict = Verdict(lead_end=block.start + first[0].end, lead_reason=_POINTED)
            elif label and (label.group(1).casefold() in LABELS() or feed_label(label.group(1))):
                verdict = Verdict(lead_end=block.start + label.end(), lead_reason="label")
            elif m and _leads(body[m.end() :]):
                tag = _tag(m)
                lead = i
                verdict = Verdict(lead_end=block.start + m.end(), lead_reason=f"dateline ({tag})")
            elif (
                lead is None
                and not reported
                and (after := dateline_after(body))
                and _leads(body[after[0] + after[1].end() :])
            ):
                # "by Jane Roe PORTO, 3 March (Harbour Press) - The ...": the page's byline or
                # credit run into the wire's dateline go with it
                at, wire = after
                lead = i
                verdict = Verdict(
                    lead_end=block.start + at + wire.end(),
                    lead_reason=f"dateline ({_tag(wire)}) after the page's byline or credit",
                )
            elif (
                lead is None
                and (
                    not reported
                    or country_lead(body)
                    or (
                        (capital_lead(body) or _titled_lead(body))
                        and _few_short_above(i, blocks, text, verdicts)
                    )
                )
                and (place := _place_lead(body))
            ):
                lead = i
                verdict = Verdict(
                    lead_end=block.start + place[1], lead_reason=f"dateline ({place[0]})"
                )
            elif label and _run_in(label.group(1), body[label.end() :]):
                verdict = Verdict(lead_end=block.start + label.end(), lead_reason="label")
        if verdict.boilerplate is None and not verdict.heading and verdict.lead_end is None:
            under = verdicts[i - 1].boilerplate == "headline" if i else meta.title is None
            if under and _standfirst(LIST_MARKER.sub("", body, count=1), i, blocks, text):
                verdict = Verdict("standfirst (no full stop, under the headline)", heading=True)
        if i > 0 and verdicts[i - 1].boilerplate == "caption label":
            verdict = Verdict("picture caption")  # the line after "Image caption"
        if i > 0 and notice_heading(text[blocks[i - 1].start : blocks[i - 1].end]):
            verdict = Verdict("editor's notice")  # the paragraph under "Legal disclaimer:"
        if (
            verdict.boilerplate is None
            and not verdict.heading
            and not reported
            and block.kind == BlockKind.LIST_ITEM
            and _in_menu(item := LIST_MARKER.sub("", body, count=1).strip(), block)
            and _menu_run([item])
        ):
            verdict = Verdict("menu (short items before the report)", heading=True)
        promoted = _promoted(verdict)
        if (
            block.kind == BlockKind.PARAGRAPH
            and (verdict.boilerplate is None or promoted)
            and not verdict.heading
            and verdict.lead_end is None
            and (glued := _glued_pitch(i, blocks, text))
        ):
            # the page's pitch glued to a report: its own sentences are furniture, the
            # report's are kept (and the paragraph with them)
            verdict = Verdict(glued=glued, glued_reason=_GLUED_PITCH)
        if (
            not reported
            and verdict.boilerplate is None
            and not verdict.heading
            and verdict.lead_end is None
            and i + 1 < len(blocks)
            and place_and_country(body)
        ):
            verdict = Verdict("dateline")  # "La Paz, Bolivia." right above the lead
        if verdict.boilerplate is None and not verdict.heading:
            reported = True
        verdicts[i] = verdict
    verdicts = _mark_above_dateline(text, blocks, verdicts, _dateline_lead(verdicts))
    verdicts = _mark_doubled(text, blocks, verdicts)
    verdicts = _mark_above_headline(text, blocks, verdicts)
    verdicts = _mark_above_byline(text, blocks, verdicts)
    verdicts = _mark_menus(text, blocks, verdicts)
    verdicts = _mark_headline_runs(text, blocks, verdicts)
    verdicts = _mark_boxes(text, blocks, verdicts)
    verdicts = _mark_pointers(text, blocks, verdicts)
    verdicts = _mark_credited(text, blocks, verdicts)
    verdicts = _mark_footnotes(text, blocks, verdicts)
    verdicts = _mark_offer_lines(text, blocks, verdicts)
    verdicts = mark_repeated(text, blocks, verdicts)
    verdicts = mark_deck(text, blocks, verdicts)
    verdicts = mark_restated_deck(text, blocks, verdicts)
    verdicts = mark_captions(text, blocks, verdicts)
    copy = _title_copy(text, blocks, verdicts, meta.title)
    for top in (first_headline(verdicts), copy):
        verdicts = _mark_above_picture(text, blocks, verdicts, top)
    verdicts = _mark_between_titles(text, blocks, verdicts, copy)
    verdicts = mark_about(text, blocks, verdicts)
    verdicts = mark_embedded_posts(text, blocks, verdicts)
    # what the passes above set aside may leave few paragraphs above the dateline: again
    return _mark_above_dateline(text, blocks, verdicts, _dateline_lead(verdicts), _CAPTION_ABOVE)


def _short_above(body: str, limit: int) -> bool:
    """Whether a paragraph above the dateline is short enough to be the page's: of
    ``_SHORT_ABOVE`` words at most, or of ``limit`` when it reads as a wire picture's or
    video's caption (:func:`_caption_scene`)."""
    words_ = word_count(body)
    if words_ <= _SHORT_ABOVE:
        return True
    return words_ <= limit and _caption_scene(body)


def _caption_scene(body: str) -> bool:
    """Whether a paragraph reads as a caption of two or three sentences telling a scene in
    the present, its first and its last ("Lawyers step outside the court ... A reporter
    speaks with ..."), and neither says who said it: a report's lead tells what happened
    ("Rescuers searched the market as the toll rose ..."), or what someone says ("... the
    mayor says forty traders remain missing"). The tense is read in English only
    (:data:`READ`): in another language the paragraph stays the report."""
    if detect(body)[0] not in READ:
        return False
    spans = split_sentences(body)
    if not _CAPTION_SENTENCES[0] <= len(spans) <= _CAPTION_SENTENCES[1]:
        return False
    ends = [body[spans[0].start : spans[0].end], body[spans[-1].start : spans[-1].end]]
    return not any(tells_of_the_past(s) or _ATTRIBUTED.search(s) for s in ends)


def _dateline_lead(verdicts: list[Verdict]) -> int | None:
    """The block the report starts at, with its dateline, if any: the last paragraph read
    with a dateline, as the page is read from its top (a later agency's dateline, "LISBON
    (AP) —", is a second wire story's or the lead shown again under a teaser, and the
    report's lead is taken there). Both looks above the dateline
    (:func:`_mark_above_dateline`) take it from here."""
    leads = [i for i, v in enumerate(verdicts) if (v.lead_reason or "").startswith("dateline")]
    return leads[-1] if leads else None


def _mark_above_dateline(
    text: str,
    blocks: list[RawBlock],
    verdicts: list[Verdict],
    lead: int | None,
    limit: int = _SHORT_ABOVE,
) -> list[Verdict]:
    """A few short paragraphs read as reporting above the dateline (``_MAX_ABOVE``, of
    ``limit`` words at most: ``_SHORT_ABOVE`` as the page is first read, ``_CAPTION_ABOVE``
    once the other passes have set its furniture aside) are its headline, standfirst and
    captions: the report starts at the lead. A paragraph there with a picture's credit is a
    caption."""
    out = list(verdicts)
    above = [i for i in range(lead or 0) if out[i].boilerplate is None]
    for i in [i for i in above if CREDITED().search(text[blocks[i].start : blocks[i].end])]:
        out[i] = Verdict("picture caption")  # a caption above the dateline, its credit
        above.remove(i)
    bodies = [text[blocks[i].start : blocks[i].end] for i in above]
    short = all(_short_above(body, limit) for body in bodies)
    if lead is not None and len(above) <= _MAX_ABOVE and short:
        for i in above:
            out[i] = Verdict("standfirst (above the dateline)")
    return out


_DOUBLED_WORDS = 5


def _mark_doubled(text: str, blocks: list[RawBlock], verdicts: list[Verdict]) -> list[Verdict]:
    """A paragraph that opens with one sentence twice, word for word ("The port closed on
    Monday after the storm.The port closed on Monday after the storm. Ships ..."): the page
    glued its summary to the lead it repeats. The first copy is the summary; a report never
    says the same sentence of five words or more twice in a row."""
    out = list(verdicts)
    for i, block in enumerate(blocks):
        v = out[i]
        if block.kind != BlockKind.PARAGRAPH or v.boilerplate or v.heading or v.lead_end:
            continue
        body = text[block.start : block.end]
        spans = split_sentences(body)
        if len(spans) < 2 or word_count(body[spans[0].start : spans[0].end]) < _DOUBLED_WORDS:
            continue
        first, second = (normalise(body[s.start : s.end]) for s in spans[:2])
        if first == second:
            out[i] = Verdict(
                lead_end=block.start + spans[0].end, lead_reason="summary (shown twice)"
            )
    return out


def reporting_after(text: str, blocks: list[RawBlock], verdicts: list[Verdict]) -> list[bool]:
    """For each block, whether the report goes on after it: a block of reporting of eight
    words or more follows (a list of other stories' headlines is no report)."""
    out = []
    seen = False
    for block, verdict in zip(reversed(blocks), reversed(verdicts), strict=True):
        out.append(seen)
        reporting = verdict.boilerplate is None and not verdict.heading
        seen = seen or (reporting and word_count(text[block.start : block.end]) >= 8)
    return out[::-1]


_NAMED_CREDIT = re.compile(
    r"^(?:\((?-i:[A-Z][\w.&/-]*(?:\s+[A-Z][\w.&/-]*){0,2})\)"
    r"|(?:photo|image|picture|foto)s?\s+(?:by\s+)?(?-i:[A-Z][\w.&/-]*(?:\s+[A-Z][\w.&/-]*){0,2}))"
    r"\.?$",
    re.IGNORECASE,
)
"""A picture's credit by a name alone, after the caption's sentence: a name of up to three
capitalised words in brackets ("(IHA)", "(Porto Pictures)"), or after a picture's word
("Photo DW", "Photo by Jane Roe")."""


def _credit_after(sentence: str) -> bool:
    """Whether the sentence after a caption's is its credit."""
    return credit_line(sentence) or bool(_NAMED_CREDIT.match(sentence.strip()))


def _mark_credited(text: str, blocks: list[RawBlock], verdicts: list[Verdict]) -> list[Verdict]:
    """A paragraph of one sentence and a credit, with the report going on after it, is a
    picture's caption ("Crews clear the quay. Jane Roe / The Courier"); at the end of the
    report the credit is its writer's signature, and the sentence the report's. So is one
    of two sentences and a credit, as the wires caption a picture, when the first tells what
    it shows in the present ("Crews clear the quay on May 3. The port closed after the
    storm. Jane Roe / The Courier")."""
    out = list(verdicts)
    headed = [False] * len(verdicts)  # a heading stands below the block
    for i in range(len(verdicts) - 2, -1, -1):
        headed[i] = headed[i + 1] or (verdicts[i + 1].boilerplate or "").startswith("subheading")
    for i, more in enumerate(reporting_after(text, blocks, verdicts)):
        body = text[blocks[i].start : blocks[i].end]
        spans = split_sentences(body)
        more = more or headed[i]  # a crosshead below: the report goes on, though cut off
        if out[i].boilerplate or out[i].heading or out[i].lead_end is not None or not more:
            continue
        if word_count(body) > 45 or REPORTED().search(body):
            continue
        if len(spans) == 1 and credit_glued(body):
            out[i] = Verdict("picture caption (with its credit)")  # "... © Jane Roe, AFP"
        elif (
            len(spans) == 2
            and _credit_after(body[spans[1].start : spans[1].end])
            and not _signed_report(body)
        ):
            # an agency's name alone after a sentence that tells what happened is the
            # report's signature ("The ministry announced a curfew. - AFP"; see
            # _classify_one), not a caption's credit
            out[i] = Verdict("picture caption (with its credit)")
        elif (
            len(spans) == 3
            and credit_line(body[spans[2].start : spans[2].end])
            and not tells_of_the_past(body[spans[0].start : spans[0].end])
        ):
            # a wire caption: the scene in the present, the story's context, the credit
            out[i] = Verdict("picture caption (with its credit)")
    return out


_STANDFIRST_REACH = 4
"""How far under the headline a byline may stand for what lies between to be the page's
top: its standfirst, not the report."""


def _mark_above_headline(
    text: str, blocks: list[RawBlock], verdicts: list[Verdict]
) -> list[Verdict]:
    """Short paragraphs above the headline are its standfirst, set first by the page's
    summary ("The dockers walked out again." / "Port Strike Spreads" / the report): a report
    starts under its headline, never above it."""
    out = list(verdicts)
    heads = [i for i, v in enumerate(out) if v.boilerplate == "headline"]
    if not heads:
        return out
    above = [
        i
        for i in range(heads[0])
        if out[i].boilerplate is None and not out[i].heading and out[i].lead_end is None
    ]
    if all(word_count(text[blocks[i].start : blocks[i].end]) <= 45 for i in above):
        for i in above:
            out[i] = Verdict("standfirst (above the headline)")
    return out


def _title_copy(
    text: str, blocks: list[RawBlock], verdicts: list[Verdict], title: str | None
) -> int | None:
    """The block that sets the page's headline again a few lines under it
    (``_STANDFIRST_REACH``), with a line or more between: a page that prints its title over
    the teaser, then over the story ("Port Strike Spreads" / "The dockers walked out again." /
    "Port Strike Spreads" / ...)."""
    first = first_headline(verdicts)
    if first is None or not title:
        return None
    reach = range(first + 2, min(len(blocks), first + 1 + _STANDFIRST_REACH))
    return next(
        (k for k in reach if _title_match(text[blocks[k].start : blocks[k].end], title)), None
    )


def _mark_between_titles(
    text: str, blocks: list[RawBlock], verdicts: list[Verdict], copy: int | None
) -> list[Verdict]:
    """Short paragraphs between the headline and its copy a few lines below (see
    :func:`_title_copy`) that the story under the copy tells again (:func:`restated_below`)
    are the standfirst: the page's teaser, set under the title before the story starts under
    it again ("Port Strike Spreads" / "Dockers at the northern harbours join the walkout." /
    "Port Strike Spreads" / "Dockers at three northern harbours walked off the job ...").
    A lead with the headline set again below it as a crosshead is followed by new facts,
    not by itself again; a paragraph that says who told it ("..., the agency said.", see
    :func:`_said_at_close`, or any verb of saying) is the report's lead. ``copy`` is the
    copy's block (:func:`_title_copy`)."""
    out = list(verdicts)
    first = first_headline(out)
    if first is None or copy is None:
        return out
    story = [
        text[blocks[k].start : blocks[k].end]
        for k in range(copy + 1, len(blocks))
        if out[k].boilerplate is None and not out[k].heading
    ][:_RETELLING]
    for i in range(first + 1, copy):
        v = out[i]
        body = text[blocks[i].start : blocks[i].end]
        reporting = v.boilerplate is None and not v.heading and v.lead_end is None
        if not reporting or word_count(body) > _SHORT_ABOVE:
            continue
        if _said_at_close(body) or REPORTED().search(body):
            continue  # "..., the agency said.": the report's lead, set above its headline's copy
        if restated_below(body, story):
            out[i] = Verdict("standfirst (between the headline and its copy)")
    return out


def _mark_above_byline(text: str, blocks: list[RawBlock], verdicts: list[Verdict]) -> list[Verdict]:
    """A short paragraph between the headline and the byline right under it is the
    standfirst ("Port Strike Spreads" / "The dockers walked out again." / "By Jane Roe"): a
    page sets its report below the byline, as below the dateline. Where a paragraph there
    says who said what in the past tense ("..., police said."), the report began above the
    byline, and what stands there is the report's."""
    out = list(verdicts)
    heads = [i for i, v in enumerate(out) if v.boilerplate == "headline"]
    if not heads:
        return out
    first = heads[0]
    bylines = [i for i, v in enumerate(out) if v.boilerplate == "byline" and i > first]
    if not bylines or bylines[0] - first > _STANDFIRST_REACH:
        return out
    between = [
        i
        for i in range(first + 1, bylines[0])
        if out[i].boilerplate is None and not out[i].heading and out[i].lead_end is None
    ]
    bodies = [text[blocks[i].start : blocks[i].end] for i in between]
    if any(tells_who_said(b) for b in bodies):
        return out  # a paragraph that says who said what: the report began above the byline
    for i, body in zip(between, bodies, strict=True):
        if word_count(body) <= 45:
            out[i] = Verdict("standfirst (above the byline)")
    return out


_SAID_AT_CLOSE = 10


def _said_at_close(body: str) -> bool:
    """Whether a paragraph closes by saying who said it, after a comma, as a report's lead
    does ("Dock workers walked off the job on Monday, the union said.", "..., officials told
    reporters."). A standfirst that reports someone names them first, as a headline does
    ("The prime minister said the truce depends on ...", "The commission says ...")."""
    _, comma, tail = body.rstrip().rpartition(",")
    return bool(comma) and word_count(tail) <= _SAID_AT_CLOSE and tells_who_said(tail)


_SOURCING = derived(
    lambda: re.compile(
        r"(?:" + alternation(ordered("furniture", "sourcing_words")) + r")\s+(?P<source>\S.*)$"
    )
)
"""The clause after the last comma, opened by a preposition that credits what came before to
a source ("..., according to the union"), compared as written, as ``REPORTED`` is."""
_SOURCE_NOUNS = derived(
    lambda: (
        (
            ORG_HEADS()
            | words("names", "body_nouns")
            | words("names", "group_nouns")
            | words("attribution", "group_subjects")
        )
        - words("attribution", "unsourced_nouns")
    )
)
"""The last words of a source named by what it is ("the union", "the health ministry",
"analysts", "police"); "reports" names no one."""


def _names_its_source(tail: str) -> bool:
    """Whether a clause is "according to" and a source: a name ("according to Reuters",
    "according to the Harbour Authority") or a body or group of people ("according to the
    union", "according to analysts"). "According to plan" or "according to reports" names
    no one: the outlet speaks in its own voice, as a standfirst or a crosshead does."""
    found = _SOURCING().match(tail.strip())
    if found is None:
        return False
    said = [w.strip(".,;:!?()\"'“”‘’") for w in found.group("source").split()]
    said = [w for w in said if w]
    if not said:
        return False
    bare = [re.sub(r"['’]s$", "", w) for w in said]  # "Monday's schedule": a time, no name
    named = any(w[:1].isupper() and w not in STOP_CAPITALS() for w in bare)
    last = [w.casefold() for w in said[-2:]]
    return named or last[-1] in _SOURCE_NOUNS() or " ".join(last) in _SOURCE_NOUNS()


def _sourced_at_close(body: str) -> bool:
    """Whether a line with no stop closes by naming its source after a comma: a report's
    lead that lost its stop, not the standfirst under the headline or a crosshead. Either
    who said it in the past tense (:func:`_said_at_close`) or "according to" and a source
    (:func:`_names_its_source`); never "..., says union", "..., citing safety" (a reason) or
    "..., according to plan". Only the no-stop standfirst and the short heading read it; the
    rules above the picture, the byline and the headline's copy keep :func:`_said_at_close`."""
    if _said_at_close(body):
        return True
    _, comma, tail = body.rstrip().rpartition(",")
    return bool(comma) and word_count(tail) <= _SAID_AT_CLOSE and _names_its_source(tail)


_PAGE_TOP = ("picture caption", "byline", "time stamp", "credit line")
"""What a page sets between its headline and its report: the picture with its caption and
credit, the byline, the time it was posted."""


def _mark_above_picture(
    text: str, blocks: list[RawBlock], verdicts: list[Verdict], top: int | None
) -> list[Verdict]:
    """A short paragraph right under the headline, with the page's picture, byline or time
    stamp (or two headings or more) between it and the report, is the standfirst ("Port
    Strike Spreads" / "The dockers walked out again." / "Dockers stand by the gate. AP" /
    "Posted 3 May" / the report): a page sets its report below its picture and its stamp, as
    below the byline; the report's first paragraph runs on into the second. A paragraph that
    closes by saying who said it ("..., the union said.") is the report's lead, a picture
    below it or not (see :func:`_said_at_close`). ``top`` is the headline's block, or its
    copy's (:func:`_title_copy`): the page's top is under its title's last copy."""
    out = list(verdicts)
    if top is None or top + 1 >= len(blocks):
        return out
    i = top + 1
    v = out[i]
    body = text[blocks[i].start : blocks[i].end]
    if (
        v.boilerplate
        or v.heading
        or v.lead_end is not None
        or blocks[i].kind != BlockKind.PARAGRAPH
    ):
        return out
    if len(split_sentences(body)) > 2 or word_count(body) > _SHORT_ABOVE:
        return out
    if _said_at_close(body):
        return out  # "..., the union said.": the report's lead
    between = []
    for j in range(i + 1, len(blocks)):
        if out[j].boilerplate is None and not out[j].heading:
            break
        between.append(out[j])
    else:
        return out  # nothing of the report below
    page_top = any((w.boilerplate or "").startswith(_PAGE_TOP) for w in between)
    # a link to another story below the lead says nothing of the page's top
    if page_top or sum(w.heading and w.boilerplate != _POINTED for w in between) >= 2:
        out[i] = Verdict("standfirst (above the page's picture or stamp)")
    elif _set_off_by_one_line(body, i, blocks, text, out):
        out[i] = Verdict("standfirst (above a line the page sets before its report)")
    return out


_FOOTNOTE_MARK = derived(
    lambda: re.compile(
        r"^(" + alternation(ordered("furniture", "footnote_marks")) + r")(?=\w|[$€£])"
    )
)
_FOOTNOTE_CLOSED = 4
"""How many of its first words a line of fine print may not close its mark in: "**Dockers**
want ..." sets a word in bold, "*Billed as ..." refers to a mark."""
_FOOTNOTE_REACH = 6
"""How far above its fine print the line it qualifies may stand: an offer's price, then the
list of what it gives ("$1 per week for 24 weeks*" / "- Unlimited reading" / "*Billed as ...")."""


def footnote_mark(body: str) -> str | None:
    """The mark a line of fine print opens with, glued to its first word ("*Billed as $4
    every four weeks.", "†Terms apply."), if any; a list's marker stands apart ("* item")."""
    m = _FOOTNOTE_MARK().match(body.lstrip())
    if m is None:
        return None
    opening = " ".join(body.lstrip()[m.end() :].split()[:_FOOTNOTE_CLOSED])
    return None if m.group(1) in opening else m.group(1)


def marked_above(mark: str, above: list[str]) -> bool:
    """Whether a line among ``above`` closes with ``mark`` and holds words and a figure before
    it ("$1 per week for 24 weeks*"): the line the fine print qualifies. A line that opens
    with the mark too is set in bold or italics ("**Port strike spreads**")."""
    return any(
        line.rstrip().endswith(mark)
        and not line.lstrip().startswith(mark[:1])
        and bool(_LETTER.search(line))
        and any(c.isdigit() for c in line)
        and not line.rstrip().endswith(mark + mark[:1])
        for line in above
    )


def _mark_footnotes(text: str, blocks: list[RawBlock], verdicts: list[Verdict]) -> list[Verdict]:
    """A paragraph opening with a footnote mark glued to its first word ("*Billed as $4.00
    every four weeks. Cancel any time."), under a line closing with the same mark a few lines
    above ("$1 per week for 24 weeks*"): the fine print of an offer or a table, tied to it
    by its mark. A report's sentence neither opens with an asterisk nor refers to one."""
    out = list(verdicts)
    for i, block in enumerate(blocks):
        if out[i].boilerplate is not None:
            continue
        mark = footnote_mark(text[block.start : block.end])
        above = [text[b.start : b.end] for b in blocks[max(0, i - _FOOTNOTE_REACH) : i]]
        if mark and marked_above(mark, above):
            out[i] = Verdict("footnote (the fine print of a line marked above)")
    return out


_RETELLING = 2
"""How many of the report's paragraphs below may retell its standfirst: its lead, and the
paragraph after it that the lead's quote or figure opens."""


def _set_off_by_one_line(
    body: str, i: int, blocks: list[RawBlock], text: str, verdicts: list[Verdict]
) -> bool:
    """Whether the paragraph ``i`` under the headline is set off from the report by one line
    of the page's own alone (a picture's place or caption read as a heading: "Power cut
    hits Spain" / "Most supply is back. The grid operator rules out an attack." / "Atocha
    Station, Madrid" / the report), and says no day: a report's lead says when ("Dockers
    walked out on Monday." / "Talks stall" / ...), and a crosshead comes paragraphs into a
    report, not under its first. A line that ends with a colon introduces what follows (a
    label, a list), and the paragraph above it is the report's; so is one that goes on
    below as a list, one that quotes or tells who said it, and one whose first sentence
    narrates in the simple past as a lead does ("Dockers walked out this week.";
    :func:`tells_in_the_simple_past`): a standfirst sums up in the present or the perfect.
    But a lead sums up in the perfect too ("At least 40 people have been killed in floods
    ..." / "Rescue efforts" / ...), and nothing in its grammar tells it from a standfirst:
    what does is that the report's first paragraphs tell a standfirst's facts again
    (:func:`restated_below`), and a lead's they go on from. The tense is read in English
    only (:data:`READ`): in another language the paragraph stays the report."""
    j = i + 1
    if j + 1 >= len(blocks) or not verdicts[j].heading or verdicts[j].boilerplate == _POINTED:
        return False
    line = text[blocks[j].start : blocks[j].end].strip()
    after = verdicts[j + 1]
    spans = split_sentences(body)
    report = [
        text[blocks[k].start : blocks[k].end]
        for k in range(j + 1, len(blocks))
        if verdicts[k].boilerplate is None and not verdicts[k].heading
    ][:_RETELLING]
    return (
        detect(body)[0] in READ
        and restated_below(body, report)
        and not line.endswith(":")
        and not body.rstrip().endswith(":")
        and after.boilerplate is None
        and not after.heading
        and blocks[j + 1].kind == BlockKind.PARAGRAPH
        and not names_a_day(body)
        and not REPORTED().search(body)
        and not tells_in_the_simple_past(body[spans[0].start : spans[0].end])
    )


def _menu_item(item: str) -> bool:
    """A menu's or a breadcrumb's item: up to three words, each capitalised, and no stop
    ("World", "Asia Pacific"); a word may carry a number or a hyphen glued as a site names
    its channels ("TV1 Live", see ``_LINK_NAME``), and a run of such items is a menu only when
    it names a service (:func:`_menu_run`). A figure standing apart is no item's: a box of key
    facts reads "Airport closed", "179 dead"."""
    names = item.split()
    return (
        0 < len(names) <= 3
        and all(w[:1].isupper() or w in ("&", "and", "of") for w in names)
        and all(_LINK_NAME.fullmatch(w) or not any(c.isdigit() for c in w) for w in names)
        and unpunctuated(item)
    )


_LINK_NAME = re.compile(r"[^\W\d_]+(?:\d+|(?:-[^\W_]+)+)")
"""A menu's link named by one word with a number or a hyphen glued to its letters, as a site
names its channels and icons ("TV1", "radio2", "icon-mail-2"): one word with no space and no
stop; a figure stands apart from its word ("179 dead")."""

_LINK_SERVICES = derived(lambda: words("furniture", "link_services"))
"""A site's services and social networks as its menu names them ("facebook", "tv",
"podcasts")."""


def _glued_link(item: str) -> bool:
    """Whether an item holds a word with a number or a hyphen glued (see ``_LINK_NAME``)."""
    return any(_LINK_NAME.fullmatch(w) for w in item.split())


def _names_service(item: str) -> bool:
    """Whether an item names one of a site's services by one of its words or of the parts
    of a word glued with a number or a hyphen ("TV1 Live", "icon-mail-2", "Podcasts")."""
    parts = re.split(r"[\W\d_]+", item.casefold())
    return any(p in _LINK_SERVICES() for p in parts if p)


def _in_menu(item: str, block: RawBlock) -> bool:
    """Whether a line may stand in a menu's run: a menu item (:func:`_menu_item`), or, as a
    list item, one word, whatever its case, naming a link: a service's name alone
    ("instagram") or a word with a number or a hyphen glued (``_LINK_NAME``)."""
    if _menu_item(item):
        return True
    one_word = _LINK_NAME.fullmatch(item) or item.casefold() in _LINK_SERVICES()
    return block.kind == BlockKind.LIST_ITEM and bool(one_word)


def _menu_run(items: list[str]) -> bool:
    """Whether lines that may stand in a menu (:func:`_in_menu`) are a menu's: capitalised
    items with no figure are ("Home", "World"); items that name links in lowercase or with a
    number or a hyphen glued are only when one of them names a site's service
    (:func:`_names_service`): a report lists ingredients ("flour", "sugar", "eggs"), charges
    ("murder", "arson"), strains and models ("H5N1", "A320", "Covid-19") too."""
    plain = all(_menu_item(item) and not _glued_link(item) for item in items)
    return plain or any(_names_service(item) for item in items)


_MENU_RUN = 3


def _mark_menus(text: str, blocks: list[RawBlock], verdicts: list[Verdict]) -> list[Verdict]:
    """A run of three or more menu items in a row, anywhere on the page, is a menu: a site's
    sections ("Home", "Markets", "Credit Cards") or a comment box's controls ("Oldest",
    "Newest"), its channels and icons among them as list items ("Radio2", "instagram", see
    :func:`_in_menu` and :func:`_menu_run`). Reporting never runs through several short
    capitalised lines with no stop and no figure; a list the report introduces ("The dead
    were named as:") is the report's."""
    out = list(verdicts)
    bodies = [LIST_MARKER.sub("", text[b.start : b.end], count=1).strip() for b in blocks]
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and _in_menu(bodies[j], blocks[j]):
            j += 1
        introduced = i > 0 and bodies[i - 1].endswith(":")
        if j - i >= _MENU_RUN and not introduced and _menu_run(bodies[i:j]):
            for k in range(i, j):
                if out[k].boilerplate is None:
                    out[k] = Verdict("menu (a run of short items)", heading=True)
        i = max(j, i + 1)
    return out


_HEADLINE_RUN = 3
_HEADLINE_WORDS = (4, 25)


def _headline_shaped(body: str, index: int, blocks: list[RawBlock], text: str) -> bool:
    """Whether a paragraph has a headline's shape: a line of four to 25 words, capitalised,
    with no stop and no colon at its end, that says no one said it in the past and is no
    sentence the page broke over two lines ("Port reopens as talks resume", "Storm toll rises
    to 40 – agency")."""
    bare = LIST_MARKER.sub("", body.strip(), count=1)
    return (
        _HEADLINE_WORDS[0] <= word_count(bare) <= _HEADLINE_WORDS[1]
        and bare[:1].isupper()
        and unpunctuated(bare)
        and not bare.endswith(":")
        and not UNSPACED.search(bare)
        and not tells_who_said(bare)
        and not _broken_line(bare, index, blocks, text)
    )


def _mark_headline_runs(
    text: str, blocks: list[RawBlock], verdicts: list[Verdict]
) -> list[Verdict]:
    """Three paragraphs or more in a row of a headline's shape (:func:`_headline_shaped`)
    are a list of other stories, with or without a label over it ("Port reopens as talks
    resume" / "Ferry runs aground off the cape" / "Dockers' union elects new leader"): a
    report's paragraphs end with their stop, and a crosshead heads a paragraph, not another
    crosshead. A list the report introduces (the line above ends with a colon) is the
    report's; so are list items, a page's key points, whatever heading stands above them."""
    out = list(verdicts)
    shaped = [
        _headline_shaped(text[b.start : b.end], i, blocks, text) for i, b in enumerate(blocks)
    ]
    i = 0
    while i < len(blocks):
        j = i
        listed = blocks[i].kind == BlockKind.LIST_ITEM
        while j < len(blocks) and shaped[j] and (blocks[j].kind == BlockKind.LIST_ITEM) == listed:
            j += 1
        introduced = i > 0 and text[blocks[i - 1].start : blocks[i - 1].end].rstrip().endswith(":")
        # list items are the report's own points ("## Key facts", "The union demands"), as
        # likely as a list of other stories: only unmarked lines count
        if j - i >= _HEADLINE_RUN and not introduced and not listed:
            for k in range(i, j):
                if out[k].boilerplate is None and not out[k].heading and out[k].lead_end is None:
                    out[k] = Verdict("related story (a run of headlines)", heading=True)
        i = max(j, i + 1)
    return out


_FILED_FROM = re.compile(
    r",\s*(?:à|in|en|em|from|aus|a|da|de)\s+(?-i:[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2})$"
)
"""Where the writer filed from, after a comma ("Jane Roe, in Porto", "Jean Dupont, à
Kananga"), as a correspondent signs the report's last line."""


def _sentence_at(body: str, at: int) -> str:
    """The sentence of ``body`` that holds its character ``at``."""
    return next((body[s.start : s.end] for s in split_sentences(body) if s.start <= at < s.end), "")


def _signed_name(body: str) -> bool:
    """A name alone closing the report, its writer's signature ("Jane Roe", "Ana de la
    Cruz", "J. Roe"), or with the place it was filed from ("Jean Dupont, à Kananga"): two to
    four words, each capitalised or a name's particle, with no figure and no stop; no
    sentence of reporting is a name alone."""
    filed = _FILED_FROM.search(body)
    names = (body[: filed.start()] if filed else body).split()
    return (
        2 <= len(names) <= 4
        and all(w[:1].isupper() or w in PARTICLES() for w in names)
        and names[0][:1].isupper()
        and not any(c.isdigit() for c in body)
        and unpunctuated(body)
        and all(_LETTER.search(w) for w in names)
    )


def _agency_dateline(body: str) -> re.Match[str] | None:
    """A dateline naming its agency or outlet ("CAIRO (AP) —", "(Reuters) -") on a paragraph
    below the lead's: a page that shows the lead twice (a teaser, then the report), or runs a
    second wire story under the first. A place alone there opens a sentence ("Kyiv — the
    capital — ...")."""
    m = dateline(body, first=False)
    groups = m.re.groupindex if m is not None else {}
    named = m is not None and any(m.group(g) for g in ("agency", "tag") if g in groups)
    return m if named else None


def _opens(rest: str) -> bool:
    """Whether what follows a dash opens a sentence of its own ("NEW YORK -- The stock
    ..."), rather than going on with an aside ("UNICEF — the UN's agency — said"): the aside
    closes in the sentence the dash opens; a dash in a later sentence of the paragraph is that
    sentence's ("BERLIN - The talks failed. Both sides - unions and firms - blamed ...")."""
    spans = split_sentences(rest)
    opening = rest[: spans[0].end] if spans else rest
    return rest[:1].isupper() and not re.search(r"\s[–—]|\s--?\s", opening)


def _tag(m: re.Match[str]) -> str:
    """What a dateline names: its agency or outlet, else its place."""
    groups = m.re.groupindex
    for g in ("tag", "agency", "place"):
        if g in groups and m.group(g):
            return m.group(g).strip()
    return m.group(0).strip()


def _classify_one(
    body: str, index: int, blocks: list[RawBlock], text: str, title: str | None
) -> Verdict:
    block = blocks[index]
    if block.kind == BlockKind.LIST_ITEM:
        body = LIST_MARKER.sub("", body, count=1)  # "- Published: 4 March 2025"
    if body.strip() in END_SYMBOLS():
        return Verdict("end mark")
    last_word = body.rsplit(maxsplit=1)
    if len(last_word) == 2 and last_word[1] in END_SYMBOLS():
        body = last_word[0]  # "... she said. ■": the paragraph read without its end mark
    if (closing_link := _CLOSING_EMPTY_LINK.search(body)) and _LETTER.search(body):
        body = body[: closing_link.start()]  # "... three more harbours. []": read without it
    bare = body.rstrip(":").strip().casefold()
    last = index + 1 == len(blocks)
    if _near_top(index, blocks, text) and _title_match(body, title):
        return Verdict("headline", heading=True)
    if _near_top(index, blocks, text) and _headline_glued(body, title):
        return Verdict("headline (its standfirst glued to it)", heading=True)
    if BYLINE.match(body) and word_count(body) <= 12:
        return Verdict("byline")
    phrase = _promotion_phrase(body)
    # a notice closing a sentence of reporting leaves that sentence reporting: its own
    # sentences are furniture (sentence_furniture), not the paragraph
    promotes = (
        phrase
        and word_count(body) <= 25
        and not REPORTED().search(body[: phrase.start()])
        and not REPORTED().search(_sentence_at(body, phrase.start()))
    )  # "Your support helps the families, the mayor told residents.": reporting
    # a pitch of two sentences or more holding an offer's words ("Thereafter you will be
    # billed $5 a month. You can cancel anytime."): the paragraph is the offer, all of it
    pitched = (
        [s for s in split_sentences(body) if _promotion_phrase(body[s.start : s.end])]
        if phrase
        else []
    )
    promotes = promotes or (len(pitched) >= 2 and not REPORTED().search(body))
    if _promotion_line(body) or promotes or body.rstrip().endswith("|") or web_pointer(body):
        return Verdict("promotion")
    if _more_info(body):
        return Verdict("promotion")
    if (_MARKS().search(body) and word_count(body) <= 25) or navigation_line(body):
        return Verdict("comment box or menu", heading=True)
    if breadcrumb(body):
        return Verdict("breadcrumb (sections joined by '>')", heading=True)
    if _STAMP().match(body) or _BARE_STAMP.match(body) or _DATE_ALONE.match(body):
        return Verdict("time stamp")
    if stamp_line(body) and _LETTER.search(body):
        return Verdict("time stamp")
    if stamp_strip(body):
        # set apart as a heading is: a line of the page's top, not of its report
        return Verdict("time stamp (in the page's strip of desk, place and time)", heading=True)
    if _MARKDOWN_IMAGE.fullmatch(body.strip()):
        return Verdict("picture (a Markdown image alone on its line)")
    if not _LETTER.search(body):
        return Verdict("no words (a number or a mark alone)")
    stamped = _STAMPED_HEADLINE.match(body)
    if (
        stamped
        and word_count(body) <= 25
        and (unpunctuated(body) or _stamped_run(index, blocks, text))
    ):
        return Verdict("related story (a headline with its time)", heading=True)
    note = _UPDATE_NOTE().match(body)
    if note and word_count(body) <= 25 and unpunctuated(body[note.end() :]):
        return Verdict("editor's notice (what the new version changes)")
    if _COPYRIGHT.match(body) or _COPYRIGHT_MARKS().search(body):
        return Verdict("copyright notice")
    if credit_line(body):
        return Verdict("credit line")
    spans = split_sentences(body)
    if spans and all(_syndicated(body[s.start : s.end]) for s in spans):
        return Verdict("syndication notice")
    if (CAPTION().match(body) and word_count(body) <= 30) or PICTURE_CREDIT().search(body):
        return Verdict("picture caption")
    if picture_by(body):
        return Verdict("credit line (who took the picture)")
    if _bracketed_credit(body):
        return Verdict("credit line (in brackets, alone on its line)")
    if caption_phrase(body) and word_count(body) <= 60 and not tells_who_said(body):
        return Verdict("picture caption")
    one = len(split_sentences(body)) == 1
    more = any(word_count(text[b.start : b.end]) >= 8 for b in blocks[index + 1 :])
    credit = BRACKET_CREDIT().search(body)
    if (
        credit
        and more
        and word_count(body) <= 40
        and len(split_sentences(body[: credit.start()])) <= 1
    ):
        # one sentence credited in brackets, with the report going on after it: a caption;
        # at the end of the report the bracket is the agency's signature
        return Verdict("picture caption")
    if position(body) and one and word_count(body) <= 45 and not REPORTED().search(body):
        return Verdict("picture caption (who stands where)")
    signed = SIGNED().search(body)
    told = body[: signed.start() + 1] if signed else ""
    if (
        signed
        and more
        and len(split_sentences(told)) == 1
        and not REPORTED().search(told)
        and (not _signed_report(body) or _under_headline(index, blocks, text, title))
    ):
        # one sentence signed by an agency ("... eastern Spain. AFP", "... in Rabat. /
        # Reuters"), with the report going on after it: a caption; at the end of the report
        # it is the agency's signature, and so it is under a sentence that says who said
        # what: a caption reports no one. Amid the report a caption tells what its picture
        # shows in the present ("Rescuers search ..."); a sentence that tells what happened
        # ("The ministry announced a curfew. - AFP", "The union will vote. / Lusa") is the
        # report's, signed by the agency that wrote it
        return Verdict("picture caption")
    if _HANDLE.match(body):
        return Verdict("embedded social-media post (by its handle)")
    if _post_text(body):
        return Verdict("embedded social-media post (its hashtags)")
    if bare in CAPTION_LABELS():
        return Verdict("caption label", heading=True)
    colon = body.endswith(":") and not _opens_quote(body)
    if bare in LABELS() or (colon and word_count(body.rstrip(" :")) <= 5 and not _heads_list(body)):
        return Verdict("label", heading=True)
    if colon and word_count(body) <= 20 and _LABEL_OPENER().match(body):
        return Verdict("label", heading=True)  # "Here's what we know about the victims:"
    if ":" in body and bare.split(":")[0] in SUMMARY_LABELS():
        return Verdict(f"summary box ({body.split(':')[0]})", heading=True)
    head, _, rest = body.partition(":")
    if head.strip().casefold() in NOTICE_LABELS() and rest and word_count(body) <= 60:
        return Verdict("editor's notice")  # "Content warning: This article describes ..."
    # "Watch: Crews clear the quay" is a label and a link; in "Update: The toll has risen
    # to 12." only the label is furniture (cut off as the lead's, in classify)
    if head.strip().casefold() in LABELS() and word_count(body) <= 12 and unpunctuated(rest):
        return Verdict("label")
    if block.kind != BlockKind.HEADING and _speaks_to_reader(body, index, blocks, text):
        return Verdict("promotion (the page speaking to its reader)")
    if block.kind == BlockKind.PARAGRAPH and _pitch_alone(body, index, blocks, text):
        return Verdict("promotion (the page's pitch, a paragraph of its own)")
    if place_alone(body) and word_count(body) <= 6:
        return Verdict("dateline")
    if last and index > 0 and _signed_name(body):
        return Verdict("byline (a name closing the report)")
    if block.kind == BlockKind.HEADING:
        return Verdict("subheading", heading=True)
    if _quoted_crosshead(body):
        return Verdict("subheading", heading=True)
    # the page's last line, a short one of a crosshead's shape: the section it heads was cut
    # off ("Trains run again on the mended line", "What next for the port?"); a sentence cut
    # short there is longer, or several sentences make the paragraph
    # so too the last line above the page's share bar or menu ("Share:", "Print"): the
    # report ends there, and what follows heads nothing of it
    following = text[blocks[index + 1].start : blocks[index + 1].end] if not last else ""
    closing = last or navigation_line(following)
    cut_head = closing and one and _cut_head(body)
    # a question set as a label, with a colon after its mark ("When will the port reopen?:")
    asked = body.removesuffix(":").rstrip()
    question = asked.endswith("?") and word_count(body) <= 14 and body[0] not in QUOTES
    if question and one and (not closing or cut_head) and not tells_who_said(body):
        return Verdict("subheading (a question)", heading=True)
    if block.kind == BlockKind.PARAGRAPH and looks_like_heading(body):
        if title is None and index == 0:
            return Verdict("headline", heading=True)
        if tells_who_said(body) or _sourced_at_close(body):
            return Verdict()  # "..., survivors said": a sentence that lost its stop
        if _broken_line(body, index, blocks, text):
            return Verdict()  # "... the capture of the airport in the" / "eastern city."
        if not closing or cut_head or (UNSPACED.search(body) and len(split_sentences(body)) == 1):
            # a line of Chinese, Japanese or Korean with no stop is no sentence, even last;
            # several sentences with the last cut short are the excerpt's last paragraph
            return Verdict("subheading", heading=True)
    return Verdict()


_BROKEN_WORDS = 5


def _broken_line(body: str, index: int, blocks: list[RawBlock], text: str) -> bool:
    """Whether a line without a stop is a sentence the page broke over two lines ("Rebels
    have taken the airport in the" / "eastern part of the city."): five words or more, it ends
    with a word no heading or sentence ends with ("the", "of", "and"), and the next line
    goes on in lower case. A heading is whole; the paragraph under it opens a sentence."""
    found = re.findall(r"[^\W\d_][\w'’]*", body)
    if word_count(body) < _BROKEN_WORDS or not found or found[-1].casefold() not in _UNFINISHED():
        return False
    if not body.rstrip()[-1:].isalpha() or index + 1 >= len(blocks):
        return False
    after = text[blocks[index + 1].start : blocks[index + 1].end].lstrip()
    return after[:1].islower()


_CUT_HEAD_WORDS = 8
"""How long the page's last line may be to head a section cut off below it."""
_UNFINISHED = derived(lambda: words("furniture", "unfinished_endings"))


def _cut_head(body: str) -> bool:
    """Whether the page's last line may head a section cut off below it: eight words or
    fewer, with no comma or colon, written as headlines are, in the present and without an
    auxiliary ("Rescue efforts are continuing", "The port reopened on Wednesday" are
    sentences that lost their stop), and that ends with no word a
    sentence cut short ends with ("... president of", "... did not say whether")."""
    found = [w.casefold() for w in re.findall(r"[^\W\d_][\w'’]*", body)]
    return (
        word_count(body) <= _CUT_HEAD_WORDS
        and not re.search(r"[,:;]", body)
        and bool(found)
        and found[-1] not in _UNFINISHED()
        and not _FINITE() & set(found)
        and not tells_of_the_past(body)
    )


_CALL = opening_with("call_verbs", r"\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+$")
"""A call to the reader closing a paragraph, with no stop and six words at most after its
verb ("... reaching the agreement. Follow live updates on the talks"): the words of a link
the page set there; a report's sentence ends with its stop."""


_OUTLET_SPEAKS = derived(
    lambda: re.compile(
        r"\b(?:" + alternation(ordered("furniture", "outlet_self_words")) + r")\b", re.IGNORECASE
    )
)
"""The page speaking of itself to its reader ("Follow us on ...", "Subscribe to our
channel", "Inscrivez-vous à notre newsletter"): after a promotion's opening words, however
long the sentence, it is the outlet's pitch; a report's sentence does not open with
"Subscribe" and say "our"."""


def sentence_furniture(
    sentence: str, more: bool = False, glued: bool = False, before: str = ""
) -> str | None:
    """Furniture inside a paragraph of reporting: an agency's signature closing the last
    paragraph ("... east coast. EFE"), a credit or a "developing story" line, a pointer to
    another story ("Also read: ..."), the story's end mark ("■"). With the report going on
    after the paragraph (``more``), a sentence credited to an agency in brackets is a
    picture's caption run into the paragraph ("Crews clear the quay.(AP)"): at the end of
    the report the bracket is the agency's signature. ``before`` is the paragraph up to the
    sentence (see ``page_of_itself``)."""
    if sentence.strip() in END_SYMBOLS():
        return "end mark"
    if _EMPTY_LINK.fullmatch(sentence.strip()):
        return "no words (an empty link)"
    if glued and glued_heading(sentence):
        return "subheading (glued to its paragraph)"
    if more and CREDITED().search(sentence) and not REPORTED().search(sentence):
        return "picture caption"
    if credit_line(sentence):
        return "credit line"
    if before.strip() and _bracketed_name(sentence):
        return "credit line (in brackets, closing its paragraph)"  # "... on Monday. (BBC)"
    if picture_by(sentence):
        return "credit line (who took the picture)"  # "... on Monday. Photo by Jane Roe"
    if _POINTER().match(sentence) or _BARE_POINTER().match(sentence):
        return _POINTED
    phrase = _promotion_phrase(sentence)
    if phrase and word_count(sentence) <= 12 and not REPORTED().search(sentence):
        return "promotion"
    if navigation_line(sentence):
        return "comment box or menu"  # "... the port. Show more": a button glued to the text
    label = sentence.strip().rstrip(".:").casefold()
    if " " in label and label in LABELS():
        return "label"  # "Zoom in. The outbreak began ...": a run-in label of two words or more
    if _CALL().match(sentence.strip()):
        return "promotion"  # "... the agreement. Follow live updates on the talks"
    if _PROMOTION().match(sentence) and _OUTLET_SPEAKS().search(sentence):
        return "promotion"  # "Subscribe to our channel for the latest updates on the war."
    if _syndicated(sentence):
        return "syndication notice"
    if page_of_itself(sentence, before):
        return "editor's notice (the page speaking of itself)"
    return None


def _mark_boxes(text: str, blocks: list[RawBlock], verdicts: list[Verdict]) -> list[Verdict]:
    """The lines of a summary box and of a list of related stories.

    Under a summary label ("In short:", "What you need to know:") its list items are the
    summary, and so is a paragraph that begins by repeating the box's line before it (a
    page that shows each line twice). Under a related-stories label ("Related", "See more
    from our archives:") every short line without a full stop, or teaser cut short with an
    ellipsis, is a related story, to the end of the page. A teaser cut short right under a
    headline-like line is one too, with or without a label. Under a promotion's line ending
    with a colon ("Subscribe and get:"), the list items are the offer's."""
    out = list(verdicts)
    box: str | None = None
    listed = _listed_tail(text, blocks)
    for i, block in enumerate(blocks):
        body = text[block.start : block.end]
        v = out[i]
        if v.boilerplate and v.boilerplate.startswith("summary box"):
            box = "summary"
            continue
        if v.heading and _label(body, SUMMARY_LABELS()):
            box = "summary"
            continue
        section = word_count(body) <= 5 and unpunctuated(body) and _RELATED_OPENER().match(body)
        if (v.heading or v.boilerplate in ("label", "promotion")) and (
            _label(body, RELATED_LABELS()) or section
        ):
            box = "related"
            continue
        if v.boilerplate == "promotion" and body.rstrip().endswith(":"):
            box = "offer"  # "Unlock members-only benefits:": the list below is the offer's
            continue
        if box == "offer":
            if block.kind == BlockKind.LIST_ITEM:
                out[i] = Verdict("promotion (a list under the offer's line)", heading=True)
                continue
            box = None
        teaser = bool(_TEASER_END.search(body)) and word_count(body) <= 40
        teaser = teaser or bool(_EXCERPT_END.search(body))
        if box == "summary":
            if block.kind == BlockKind.LIST_ITEM or _repeats_start(text, blocks[i - 1], body):
                out[i] = Verdict("summary box", heading=True)
                continue
            box = None
        if box == "related":
            cut = body.endswith(":") and not _opens_quote(body)  # "From Plains to Power:"
            if word_count(body) <= 30 and (unpunctuated(body) or teaser or cut or i >= listed):
                out[i] = Verdict("related story", heading=True)
                continue
            if v.boilerplate is None and not v.heading:
                box = None
        if teaser and i > 0 and v.boilerplate is None and out[i - 1].heading:
            out[i] = Verdict("related story (a teaser)", heading=True)
    return out


_LABELLED_HEADLINE = re.compile(
    r"^(?P<label>[A-ZÀ-Þ][\w'’.&-]*(?:\s+[A-ZÀ-Þ][\w'’.&-]*){0,3})"
    r"(?::\s+|\s+[–—|-]\s+)(?P<headline>[A-ZÀ-Þ“\"‘'][^.!]*)$"
)
"""A line of another story: a short label, each word capitalised (the section's, the
outlet's or a kicker: "READ", "Related TRT Global", "GAZA", "Al Jazeera article"), a colon
or a spaced dash, and that story's headline, with no full stop at its end ("READ: Port
reopens after the storm", "Related Courier – Will the port reopen?")."""
_POINTER_WORDS = (5, 30)


def _pointer_label(label: str) -> bool:
    """Whether a label may head another story's line: a kicker in capitals ("READ",
    "GAZA") or a name of two words or more (the outlet's, the section's: "Related TRT
    Global", "More Courier"). One capitalised word before a colon is as often a fact's
    label ("Injured: More than 40 people ...") or a speaker's ("Police: ...")."""
    letters = [c for c in label if c.isalpha()]
    capitals = len(letters) >= 2 and all(c.isupper() for c in letters)
    return capitals or len(label.split()) >= 2


_TIME_LABEL = derived(
    lambda: re.compile(
        rf"(?:(?:{alternation(words('furniture', 'period_parts'))})[\s-]+)?"
        rf"(?:{MONTH}|{_WEEKDAY})\.?(?:\s+\d{{1,4}})?",
        re.IGNORECASE,
    )
)
"""A timeline's label: a weekday or a month, its part or its day ("MONDAY", "Early March",
"Mid-June", "March 3")."""


def _introduced(i: int, blocks: list[RawBlock], bodies: list[str]) -> bool:
    """Whether list item ``i`` belongs to a list the report introduces with a label line
    ending with a colon ("Where the parties stand:", "Timeline of the crisis:"): an
    explainer's entries, the report's. A page drops its links to other stories between
    paragraphs with no such line, one or a run of them ("- GAZA: ...", "- TOGO: ...")."""
    if blocks[i].kind != BlockKind.LIST_ITEM:
        return False
    start = i
    while start > 0 and blocks[start - 1].kind == BlockKind.LIST_ITEM:
        start -= 1
    return start > 0 and bodies[start - 1].rstrip().endswith(":")


_OFFER_LINE = 8
"""How many words a line of an offer's box may have: a pitch's line ("Get the news
faster.", "Play puzzles"), not a report's sentence."""
_OFFER_LIST = 3
"""How many items an offer's list has at least (see :func:`_mark_offer_lines`)."""
_OFFER_PROMOTIONS = 2
"""How many of an offer's list's items at least are promotions in the page's own voice."""


def _promoted(v: Verdict) -> bool:
    """Whether a verdict makes its block a promotion of the page's."""
    return (v.boilerplate or "").startswith("promotion")


def _list_runs(blocks: list[RawBlock]) -> list[range]:
    """The runs of list items in a row."""
    runs: list[range] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].kind == BlockKind.LIST_ITEM:
            j += 1
        if j > i:
            runs.append(range(i, j))
        i = j + 1
    return runs


def _offer_line(body: str) -> bool:
    """Whether a line has the length of a line of an offer's box (``_OFFER_LINE``)."""
    return word_count(body) <= _OFFER_LINE and len(split_sentences(body)) <= 1


def _own_promotion(v: Verdict, body: str) -> bool:
    """Whether a line is a promotion in the page's own voice, naming its reader or itself
    ("Download our app", "Get the news in your inbox"): a report's advice names neither
    ("Sign up for a free flu jab at any pharmacy")."""
    return _promoted(v) and bool(_OWN_VOICE().search(body))


def _mark_offer_lines(text: str, blocks: list[RawBlock], verdicts: list[Verdict]) -> list[Verdict]:
    """The short lines of an offer's box that name no offer of their own: a list's item
    among ``_OFFER_LIST`` items or more, most of them (``_OFFER_PROMOTIONS`` at least) the
    page's promotions in its own voice ("- Read our print edition online" / "- Download our
    app" / "- Play daily puzzles"), and a short line between two promotions ("Sign up" / "Get
    the news faster." / "Install our app."), one of them in the page's own voice. A report's
    advice between two calls names neither ("Sign up for a flu jab" / "Wear a mask" /
    "Donate to the appeal"). A report's list is not mostly the page's pitch,
    nor one the report introduces ("Health officials urged residents to act:"); a report's
    sentence between two of the page's calls tells of the past or holds a figure ("The toll
    rose to 12.")."""
    out = list(verdicts)
    bodies = [LIST_MARKER.sub("", text[b.start : b.end], count=1).strip() for b in blocks]
    for run in _list_runs(blocks):
        own = sum(_own_promotion(verdicts[k], bodies[k]) for k in run)
        if len(run) < _OFFER_LIST or own < _OFFER_PROMOTIONS or 2 * own <= len(run):
            continue
        if _introduced(run[0], blocks, bodies) and verdicts[run[0] - 1].boilerplate is None:
            continue  # a list the report introduces ("The ministry urged people to act:")
        for k in run:
            if out[k].boilerplate is None and not out[k].heading and _offer_line(bodies[k]):
                out[k] = Verdict("promotion (a line of an offer's list)")
    for i in range(1, len(blocks) - 1):
        v = out[i]
        if v.boilerplate is not None or v.heading or v.lead_end is not None or v.glued:
            continue
        if _TOLD_FIGURE.search(bodies[i]) or tells_of_the_past(bodies[i], every_word=True):
            continue  # "The river peaked at 6 metres.": the report's, between two calls
        around = (verdicts[i - 1], bodies[i - 1]), (verdicts[i + 1], bodies[i + 1])
        if (
            all(_promoted(v) for v, _ in around)
            and any(_own_promotion(v, body) for v, body in around)
            and _offer_line(bodies[i])
        ):
            out[i] = Verdict("promotion (a line between two)")
    return out


def _mark_pointers(text: str, blocks: list[RawBlock], verdicts: list[Verdict]) -> list[Verdict]:
    """A line amid the report, or closing it, that points to another story (see
    :data:`_LABELLED_HEADLINE`): its label a kicker in capitals or a name (see
    :func:`_pointer_label`), its headline five words or more with no full stop, in the
    third person (a transcript's "Jane Roe: We will rebuild ..." speaks in the first), and
    says no one said anything. A report's sentence ends with its stop; a dateline glued to
    the lead ("GAZA: Israeli strikes killed 12 people on Monday.") ends with one, and stands
    above the report, not amid it."""
    out = list(verdicts)
    reported = False
    bodies = [
        LIST_MARKER.sub("", text[b.start : b.end], count=1)
        if b.kind == BlockKind.LIST_ITEM
        else text[b.start : b.end]
        for b in blocks
    ]
    for i, body in enumerate(bodies):
        v = out[i]
        if v.boilerplate is not None or v.heading or v.lead_end is not None:
            continue
        m = _LABELLED_HEADLINE.match(body.strip())
        if (
            reported
            and m is not None
            and not _TIME_LABEL().fullmatch(m.group("label"))
            and not _introduced(i, blocks, bodies)
            and _POINTER_WORDS[0] <= word_count(m.group("headline"))
            and word_count(body) <= _POINTER_WORDS[1]
            and _pointer_label(m.group("label"))
            and not REPORTED().search(body)
            and not tells_who_said(body)
            and not _PERSONAL().search(m.group("headline"))
        ):
            out[i] = Verdict(_POINTED, heading=True)
            continue
        reported = True
    return out


def _listed_tail(text: str, blocks: list[RawBlock]) -> int:
    """Where the page's closing run of listed lines begins: short lines (one or two
    sentences of at most 25 words) that attribute nothing, to the end of the page.
    Under a related-stories label such a run is the list of other stories, even where their
    headlines end with a full stop ("Related Articles" / "Port reopens after storm."); the
    report's own paragraphs, short as they may be, say who said what."""
    start = len(blocks)
    for i in range(len(blocks) - 1, -1, -1):
        body = text[blocks[i].start : blocks[i].end]
        if word_count(body) > 25 or len(split_sentences(body)) > 2 or _ATTRIBUTED.search(body):
            break
        start = i
    return start


def _repeats_start(text: str, before: RawBlock, body: str) -> bool:
    """Whether ``body`` begins with a sentence of the block before it."""
    first = split_sentences(body)
    if not first:
        return False
    opening = normalise(body[first[0].start : first[0].end])
    previous = text[before.start : before.end]
    # the line before may open with its label: "In short: The ferry sank."
    return any(
        normalise(previous[s.start : s.end]).endswith(opening) for s in split_sentences(previous)
    )
