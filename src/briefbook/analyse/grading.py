"""Grading, NATO/Admiralty style: a letter for the source, a digit for the information.

The two are judged independently. Source reliability (A-F) is the analyst's, from each
source's metadata; a source the analyst has not graded is F, "cannot be judged".
Information credibility (1-6) is computed for each claim by :func:`credibility` from its
independent corroboration and its conflicts. The rules are data (``RULES``) so that the
methodology page of the book is generated from the same table the code applies.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from briefbook.model import Reliability

RELIABILITY = {
    "A": ("completely reliable", "no doubt about authenticity, trustworthiness or competence"),
    "B": ("usually reliable", "minor doubt; right most of the time before"),
    "C": ("fairly reliable", "some doubt; has been right before"),
    "D": ("not usually reliable", "significant doubt; has occasionally been right before"),
    "E": ("unreliable", "lacks authenticity, trustworthiness and competence"),
    "F": ("cannot be judged", "no basis to judge the source (not graded by the analyst)"),
}
CREDIBILITY = {
    1: "confirmed",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "cannot be judged",
}


@dataclass(frozen=True, slots=True)
class Rule:
    grade: int
    when: str


RULES = (
    Rule(5, "a single-source claim that other sources contradict"),
    Rule(1, "two or more independent origins, and no conflict involves the claim"),
    Rule(3, "two or more independent origins, but a conflict involves the claim"),
    Rule(2, "one origin, no conflict, and a source graded A or B"),
    Rule(3, "one origin, no conflict, and a source graded C"),
    Rule(4, "one origin and a source graded D or E, or one origin and a conflict"),
    Rule(6, "one origin, no conflict, and no graded source (F): no basis to judge"),
)
"""Applied in this order; the first rule that fits gives the grade."""


def credibility(
    independent_origins: int,
    conflicted: bool,
    contradicted: bool,
    reliabilities: Iterable[Reliability],
) -> int:
    """Information credibility (1-6) of a claim, by the first rule of ``RULES`` that fits."""
    best = min((r.value for r in reliabilities), default="F")
    if contradicted and independent_origins <= 1:
        return 5
    if independent_origins >= 2:
        return 3 if conflicted else 1
    if conflicted:
        return 4
    if best in ("A", "B"):
        return 2
    if best == "C":
        return 3
    if best in ("D", "E"):
        return 4
    return 6


def grade_label(reliability: str, credibility_grade: int) -> str:
    """``F6``-style code with its words: "F6 (source cannot be judged; cannot be judged)"."""
    return (
        f"{reliability}{credibility_grade} (source {RELIABILITY[reliability][0]}; "
        f"information {CREDIBILITY[credibility_grade]})"
    )
