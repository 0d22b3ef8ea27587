"""Grading, NATO/Admiralty style: a letter for the source, a digit for the information.

The two are judged independently. Source reliability (A-F) is the analyst's, from each
source's metadata; a source the analyst has not graded is F, "cannot be judged".
Information credibility (1-6) is computed for each claim by :func:`credibility` from its
independent corroboration and its conflicts, by the first of ``RULES`` that fits: the
methodology page of the book prints the same table the code applies. Corroboration counts
the independent origins of the statements that joined the claim in nearly the same words
(or by the analyst's merge); origins that joined only as paraphrases count apart, and can
make a claim probable, never confirmed. A figure dispute counts against a claim only if the
claim itself gives one of the disputed figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
class Basis:
    """What a claim's credibility is judged on."""

    independent_origins: int
    """Origins of its statements that joined in nearly the same words (or by the analyst)."""
    conflicted: bool
    """A conflict involves the claim."""
    contradicted: bool
    """Other sources contradict the claim."""
    best: str
    """The best reliability letter among its sources (F when none is graded)."""
    paraphrase_origins: int = 0
    """Further origins whose statements joined it only as a paraphrase."""


@dataclass(frozen=True, slots=True)
class Rule:
    grade: int
    when: str
    """The rule in words, as the methodology page prints it."""
    applies: Callable[[Basis], bool]


RULES = (
    Rule(
        5,
        "a single-source claim that other sources contradict",
        lambda b: b.contradicted and b.independent_origins <= 1,
    ),
    Rule(
        1,
        "two or more independent origins saying it in nearly the same words (or merged by "
        "the analyst), and no conflict involves the claim",
        lambda b: b.independent_origins >= 2 and not b.conflicted,
    ),
    Rule(
        2,
        "two or more independent origins, some of them only as a paraphrase, and no conflict "
        "involves the claim",
        lambda b: b.independent_origins + b.paraphrase_origins >= 2 and not b.conflicted,
    ),
    Rule(
        3,
        "two or more independent origins, but a conflict involves the claim",
        lambda b: b.independent_origins + b.paraphrase_origins >= 2 and b.conflicted,
    ),
    Rule(
        2,
        "one origin, no conflict, and a source graded A or B",
        lambda b: not b.conflicted and b.best in ("A", "B"),
    ),
    Rule(
        3,
        "one origin, no conflict, and a source graded C",
        lambda b: not b.conflicted and b.best == "C",
    ),
    Rule(
        4,
        "one origin and a source graded D or E, or one origin and a conflict",
        lambda b: b.conflicted or b.best in ("D", "E"),
    ),
    Rule(
        6,
        "one origin, no conflict, and no graded source (F): no basis to judge",
        lambda b: True,
    ),
)
"""Applied in this order; the first rule that fits gives the grade. The methodology page
prints this table, so the book says what the code does."""


def credibility(
    independent_origins: int,
    conflicted: bool,
    contradicted: bool,
    reliabilities: Iterable[Reliability],
    paraphrase_origins: int = 0,
) -> int:
    """Information credibility (1-6) of a claim: the grade of the first rule that fits."""
    best = min((r.value for r in reliabilities), default="F")
    basis = Basis(independent_origins, conflicted, contradicted, best, paraphrase_origins)
    return next(rule.grade for rule in RULES if rule.applies(basis))


def grade_label(reliability: str, credibility_grade: int) -> str:
    """``F6``-style code with its words: "F6 (source cannot be judged; cannot be judged)"."""
    return (
        f"{reliability}{credibility_grade} (source {RELIABILITY[reliability][0]}; "
        f"information {CREDIBILITY[credibility_grade]})"
    )
