"""The methodology page: how statements were read, merged and graded, how often the reading
is right, and every override."""

from __future__ import annotations

from typing import Literal

from briefbook.accuracy import Accuracy, shipped
from briefbook.analyse.claims import PARAPHRASE, SAME_WORDING
from briefbook.analyse.grading import CREDIBILITY, RELIABILITY, RULES
from briefbook.analyse.independence import COPIED_RUN
from briefbook.book.markup import myst_text, page, plural, table
from briefbook.model import (
    Briefing,
)
from briefbook.name_languages import described


def render_methodology(
    briefing: Briefing, accuracy: Accuracy | Literal["shipped"] | None = "shipped"
) -> str:
    """How the briefing was made, with the grading tables the code applies and the accuracy
    measured on events no rule was tuned on (``accuracy``: the figures this briefbook ships,
    unless given; None for none)."""
    if accuracy == "shipped":
        accuracy = shipped()
    lines = [
        "(bb-methodology)=",
        "# Methodology",
        "",
        "## From articles to claims",
        "",
        *(
            f"{n}. {myst_text(step)}"
            for n, step in enumerate(
                (
                    "Each article is kept exactly as received. What is not reporting (headline, "
                    "byline, dateline, promotions, subheadings, embedded social-media posts) is "
                    "marked, shown greyed on its source page with the reason, and left out.",
                    "The text is split into sentences with ids derived from their wording, so "
                    "links to a sentence survive edits elsewhere in the article.",
                    "Each statement is attributed to its claimant (who said it) as well as its "
                    "publication (who reported it): reporting verbs, “according to”, quotations "
                    "with their speaker, pronouns pointing back to the last person named.",
                    "Names are resolved to actors: spelling variants and short forms merged, "
                    "capitals used for governments mapped to their state, people who share a "
                    "surname kept apart.",
                    described(),
                    "Each statement gets a topic from the briefing's taxonomy, with the cue "
                    "words that decided it (shown on hover on the source pages). With a "
                    "preset's chapters, a small model learned from labelled news events of "
                    "its kind moves a statement to another chapter where it is far surer "
                    "than the cues (shown as “learned”).",
                    "Each figure is read with what it counts, normalised to a kind (deaths, "
                    "injured, troops, money, magnitude...), its unit, its qualifier (about, "
                    "at least, a range...) and the day it holds for. Clock times, dates, "
                    "ordinals, ages and identifiers are not figures.",
                    "Dates are read against the article's publication date (“on Tuesday”, "
                    "“last month”), or the last day it named (“a day later”). An article "
                    "without a day is read in the time of the briefing: its weekdays are the "
                    "days of that name the dated articles speak of.",
                    "Statements from different articles are merged into one claim, citing "
                    "every article, when they say the same thing in nearly the same words "
                    f"(at least {SAME_WORDING:.0%} of their content words in common, ≡) or as "
                    f"a paraphrase giving the same figure or the account of the same named "
                    f"speaker (at least {PARAPHRASE:.0%}, ≈); "
                    "never when their figures, stance or days differ. Hovering the mark shows "
                    "why. A claim's wording is a sentence from one of them, verbatim.",
                    "Articles that share most of their text, that print a sentence word for word "
                    f"({COPIED_RUN} words in a row outside quotation marks), or that credit the "
                    "same agency or outlet for the whole report (a dateline's “(AP)”, a closing "
                    "“Source: BBC” or “(dpa/NAN)”), and statements relaying the same outlet, "
                    "count as one origin: wire copy is not independent corroboration.",
                    "Conflicts are recorded: figures of one kind about the same place and day "
                    "from different claimants that cannot all be right, one party asserting "
                    "what another denies, denials against reports of no comment, single "
                    "sources contradicted by others. A figure that changes from day to day is "
                    "a series, shown as a trend on the key figures page: not a conflict.",
                ),
                1,
            )
        ),
        "",
        "## Grading",
        "",
        myst_text(
            "Each claim carries two grades, judged independently (NATO/Admiralty system): a "
            "letter for the reliability of its best source, set by the analyst in the source's "
            "metadata, and a digit for the credibility of the information, computed from its "
            "independent corroboration and conflicts."
        ),
        "",
        *table(
            [("Source reliability", "c", 1.4), ("Name", "l", 2.3), ("Meaning", "l", 6.3)],
            (
                (grade, myst_text(name), myst_text(meaning))
                for grade, (name, meaning) in RELIABILITY.items()
            ),
        ),
        "",
        *table(
            [("Credibility", "c", 1.4), ("Name", "l", 2.3), ("Given by briefbook when", "l", 6.3)],
            (
                (
                    str(grade),
                    myst_text(CREDIBILITY[grade]),
                    myst_text("; or ".join(r.when for r in RULES if r.grade == grade)),
                )
                for grade in sorted(CREDIBILITY)
            ),
        ),
        "",
        myst_text("The rules are applied in this order, and the first that fits gives the grade:"),
        "",
        *(f"{n}. {myst_text(rule.when)}: {rule.grade}." for n, rule in enumerate(RULES, 1)),
        "",
        *_overrides_section(briefing),
        *_accuracy_section(accuracy),
        "## Limits",
        "",
        myst_text(
            "briefbook reads articles with rules, not understanding: furniture, attribution, "
            "dates, figures, topics, merging and conflicts can be wrong"
            + (", as often as the section above says. " if accuracy else ". ")
            + "Every statement links to its sentence so that a reader can check it. Grades "
            # the number of articles is on the sourcing summary: here it would make every
            # new article change this page too
            "describe the sourcing in this corpus, not the truth of the events."
        ),
    ]
    return page(lines)


def _accuracy_section(accuracy: Accuracy | None) -> list[str]:
    """How often the reading is right on articles no rule was tuned on."""
    if accuracy is None or not accuracy.measures:
        return []
    events = "; ".join(accuracy.events)
    return [
        "## How often the reading is right",
        "",
        myst_text(
            "briefbook's reading was checked against labels written by reading "
            f"{plural(accuracy.articles, 'article')} ({accuracy.statements} statements) on "
            f"{plural(len(accuracy.events), 'event')} that no rule was written or tuned on "
            f"({events}). Expect about as much of this briefing to be right, and read the "
            "sentence behind any statement that matters:"
        ),
        "",
        *table(
            [("Checked", "l", 6.0), ("Right", "r", 2.2)],
            (
                (
                    myst_text(
                        m.what[:1].upper()
                        + m.what[1:]
                        + (" (the lower the better)" if m.better == "lower" else "")
                    ),
                    myst_text(f"{m.value:.0%} ({m.hits} of {m.total})"),
                )
                for m in accuracy.measures
            ),
        ),
        "",
    ]


def _overrides_section(briefing: Briefing) -> list[str]:
    """The analyst's corrections (``sources/overrides.toml``): each one, and whether it
    still applies."""
    if not briefing.overrides:
        return []
    applied = sum(o.stale is None for o in briefing.overrides)
    return [
        "## Analyst overrides",
        "",
        myst_text(
            f"The analyst corrected briefbook's reading in sources/overrides.toml: "
            f"{applied} of {plural(len(briefing.overrides), 'override')} applied. Changed "
            "statements and claims carry the mark ✎ in the chapters and on the source pages."
        ),
        "",
        *table(
            [("Override", "l", 1.6), ("Names", "l", 2.6), ("Change", "l", 2.4), ("Why", "l", 3.4)],
            (
                (
                    myst_text(f"{o.kind} {o.number}"),
                    myst_text(o.target),
                    myst_text(o.change if o.stale is None else f"not applied: {o.stale}"),
                    myst_text(o.note),
                )
                for o in briefing.overrides
            ),
        ),
        "",
    ]
