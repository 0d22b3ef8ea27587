"""The shape of a line of a web news page, for the readers of page furniture.

How many words a line has (counting Chinese and Japanese characters in pairs), whether it
ends with no sentence's stop, whether it looks like a heading or a byline, whether it says
who said it, and the pattern of a line opening with one of the furniture words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefbook.vocabulary import alternation, derived, ordered

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
REPORTED = re.compile(r"\b(?:said|says|told|according to)\b|[“”\"]")


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
