"""The shape of a line of a web news page, for the readers of page furniture.

How many words a line has (counting Chinese and Japanese characters in pairs), whether it
ends with no sentence's stop, whether it looks like a heading or a byline, whether it says
who said it, and the pattern of a line opening with one of the furniture words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefbook.vocabulary import alternation, derived, ordered, words

_TERMINAL = tuple(".!?…:;,\"”’')。！？；：」』）")
QUOTES = "\"'“”‘’«»「」"


def opening_with(words_of: str, then: str) -> Callable[[], re.Pattern[str]]:
    """A line that opens with one of the furniture words ``words_of``, followed by ``then``."""
    return derived(
        lambda: re.compile(
            r"^(?:" + alternation(ordered("furniture", words_of)) + r")" + then, re.IGNORECASE
        )
    )


BYLINE = re.compile(r"^[Bb][Yy]\s+[A-Z][^.!?]{1,80}$")
_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
"""Chinese, Japanese and Korean: their sentences always end with a full stop."""
_CLOSING = "\"”’'」』）)]"
"""Closing quotation marks and brackets, the plain apostrophe among them: "'Nobody came.'"
ends with a stop inside its quotation marks."""
_CJK_STOP = tuple("。．.!?！？…")
REPORTED = derived(
    lambda: re.compile(
        r"\b(?:"
        + alternation(
            ordered("furniture", "reported_words") + ordered("furniture", "sourcing_words")
        )
        + r")\b|[“”\"«»„]"
    )
)
"""A line that tells who said it or quotes them: reporting, in English ("said", "according
to") and in the other languages of the news the corpora hold ("selon", "según", "zufolge"),
or a quotation mark of any of them. A headline, standfirst or caption sums up in the
outlet's voice."""
_TOLD = re.compile(r"\b(?:said|told|added|asked|explained)\b", re.IGNORECASE)
_CUT_SAYING = re.compile(r"\b(?:has|have|had)\s+(?:said|told)$", re.IGNORECASE)


def tells_who_said(text: str) -> bool:
    """Whether a line says who said it in the past tense, as a report tells it ("..., survivors
    said"): headlines, crossheads, standfirsts and credits speak in the present or name no
    one ("..., police say"), so such a line is the report's, even where it has lost its
    stop. A teaser cut short before what was said ("... the minister has said") tells
    nothing yet."""
    return bool(_TOLD.search(text)) and not _CUT_SAYING.search(text.rstrip())


def word_count(text: str) -> int:
    """Words, counting two Chinese or Japanese characters (written without spaces) as one."""
    ideographs = len(_IDEOGRAPHS.findall(text))
    return len(_IDEOGRAPHS.sub("", text).split()) + (ideographs + 1) // 2


def unpunctuated(text: str) -> bool:
    """Whether a line ends with no sentence's stop: "Six workers 'buried under steel'" ends
    with a quotation mark but no stop; in Chinese, Japanese or Korean a closing bracket is no
    stop ("...家屋=2日午前8時29分(共同通信社機から)")."""
    if UNSPACED.search(text):
        return not text.rstrip(_CLOSING).endswith(_CJK_STOP)
    if not text.endswith(_TERMINAL):
        return True
    return text[-1] in QUOTES and not text.rstrip(_CLOSING).endswith(_TERMINAL)


def looks_like_heading(text: str) -> bool:
    """Short and unpunctuated. A line of Chinese or Japanese with no full stop is a heading
    whatever its length: their sentences always end with one."""
    short = word_count(text) <= 14 or bool(_IDEOGRAPHS.search(text))
    return short and unpunctuated(text) and not BYLINE.match(text)


_NAVIGATION = derived(lambda: words("furniture", "navigation_lines"))
_NOTICES = derived(lambda: words("furniture", "notice_labels"))
_WEB_POINTER = re.compile(
    r"\b(?:visit|go to|head to|log on to|see)\s+(?:https?://)?(?:www\.)?"
    r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|info|news|co\.uk|org\.uk)"
    r"(?:/\S*)?[.!]?$",
    re.IGNORECASE,
)
"""A sentence that sends the reader to a web address ("..., visit example.com.")."""


def navigation_line(text: str) -> bool:
    """A page's control alone on its line, whatever its stop ("Share.", "Print", "Back to
    top", "Exit mobile version"): a button's or a link's words, never a sentence."""
    return text.strip().rstrip(".:!»›>").strip().casefold() in _NAVIGATION()


_CRUMB = re.compile(r"\s[>›»]\s")
_STEP = re.compile(r"^(?P<name>[^<>›»]+?)\s+[>›]$")
"""A step of the trail on a line of its own ("Main Page >"); "»" also closes a French
quotation, so only ">" and "›"."""


def breadcrumb(text: str) -> bool:
    """A page's trail of sections, names joined by ">" ("Home > World > Asia", "Site > News >
    <this story's headline>"): three parts or more, every part but the last a section's
    name of up to three words, capitalised, and no stop at the end; or one step of it
    alone on its line, a section's name and its arrow ("Main Page >"). A sentence of
    reporting never chains names with arrows, nor ends with one."""
    step = _STEP.match(text.strip())
    if step is not None:
        names = step.group("name").split()
        return 0 < len(names) <= 3 and all(w[:1].isupper() for w in names)
    parts = _CRUMB.split(text.strip())
    sections = parts[:-1]
    return (
        len(parts) >= 3
        and all(0 < word_count(p) <= 3 and p.strip()[:1].isupper() for p in sections)
        and bool(parts[-1].strip())
        and unpunctuated(text.strip())
    )


def web_pointer(text: str) -> bool:
    """A short line that ends by sending the reader to a web address ("For more on the
    storm, visit example.com."): the page pointing elsewhere, not reporting. A speaker's
    words in quotation marks are theirs, whatever they point to."""
    bare = text.strip()
    short = word_count(bare) <= 25 and bare[:1] not in QUOTES
    return short and bool(_WEB_POINTER.search(bare)) and not REPORTED().search(bare)


def notice_heading(text: str) -> bool:
    """A short label ending with a colon that heads an editor's or a publisher's notice
    ("Disclaimer:", "Legal disclaimer:", "Editor's note:"): the paragraph under it is the
    notice, the page speaking of itself."""
    bare = text.strip()
    if not bare.endswith(":") or word_count(bare) > 4:
        return False
    label = bare.rstrip(": ").casefold()
    return any(label == n or label.endswith(" " + n) for n in _NOTICES())


_LABEL_HEADS = derived(lambda: words("furniture", "label_heads"))


def feed_label(label: str) -> bool:
    """A label of two words or more naming a story's feed ("Storm news", "Port strike live
    updates"), glued to the paragraph it opens: its last word says it is a feed's name."""
    names = label.casefold().split()
    return len(names) >= 2 and (
        names[-1] in _LABEL_HEADS() or " ".join(names[-2:]) in _LABEL_HEADS()
    )
