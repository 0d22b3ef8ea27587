"""Text helpers shared by the stages."""

from __future__ import annotations


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word's end, with an ellipsis.

    A text within the limit is returned as it is; a single word longer than the limit is
    cut inside it.
    """
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if not text[limit - 1].isspace() and space > limit // 2:  # the cut is inside a word
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"
