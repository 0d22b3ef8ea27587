"""How one block of an article is treated: furniture (with the reason) or reporting."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Verdict:
    """How one block is treated: boilerplate (with reason) or reporting, and a dateline lead."""

    boilerplate: str | None = None
    heading: bool = False
    lead_end: int | None = None
    """Absolute offset where a dateline at the start of the block ends."""
    lead_reason: str | None = None
    glued: tuple[int, ...] = ()
    """Absolute offsets where the sentences of the block that are the page's pitch glued to
    a report begin (see ``furniture._glued_pitch``): the rest of the block is reporting."""
    glued_reason: str | None = None


def first_headline(verdicts: list[Verdict]) -> int | None:
    """The block read as the page's headline, if any."""
    return next((i for i, v in enumerate(verdicts) if v.boilerplate == "headline"), None)
