"""The landing page and the sourcing summary: best-sourced claims, figures in dispute,
disagreements, strength of the sourcing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from briefbook.analyse.grading import CREDIBILITY, RELIABILITY
from briefbook.book import countkeys as keys
from briefbook.book.chapters import best_sourced, render_claim
from briefbook.book.figures import kind_page
from briefbook.book.markup import (
    FOLDER,
    count,
    figure_text,
    myst_text,
    page,
    plural,
    role_text,
    table,
    toctree_lines,
)
from briefbook.book.sources import sources_limit, sources_table
from briefbook.book.summary import sourcing_summary
from briefbook.model import (
    Briefing,
    Conflict,
    Statement,
)


def _topic_table(briefing: Briefing, prefix: str) -> list[str]:
    rows = [
        (
            f"[{myst_text(t.title)}]({prefix}topics/{t.id}.md)",
            count(keys.topic_statements(t.id)),
            count(keys.topic_articles(t.id)),
        )
        for t in briefing.config.topics
    ]
    return table([("Topic", "l", 4), ("Statements", "r", 2), ("Articles", "r", 2)], rows)


def topic_counts(briefing: Briefing) -> dict[str, str]:
    """The counts of the sourcing summary's table of topics (``briefbook.book.counts``):
    how many statements each topic has, and from how many articles."""
    counts: dict[str, list[Statement]] = defaultdict(list)
    for s in briefing.statements:
        counts[s.topic.topic].append(s)
    out = {}
    for t in briefing.config.topics:
        said = counts.get(t.id, [])
        out[keys.topic_statements(t.id)] = str(len(said))
        out[keys.topic_articles(t.id)] = str(len({s.source_id for s in said}))
    return out


KEY_CONFLICTS = 8
"""How many subjects of conflict the key points list; the conflicts page has them all."""
KEY_DISPUTES = 8
"""How many figures in dispute the key points list (the most reported first); the key
figures pages have them all. A list of every dispute was no glance, and it made the landing
page and the summary, which every new article changes, the largest pages Sphinx read again."""


def _ranked_disputes(briefing: Briefing) -> list[Conflict]:
    """The figures in dispute, the most reported first (stable: ties keep their order), as
    the key points list them and count the rest."""
    disputed = [c for c in briefing.conflicts if c.kind == "figures"]
    return sorted(disputed, key=lambda c: -len(c.figures))


def _ranked_conflicts(briefing: Briefing) -> tuple[dict[str, list[str]], list[str]]:
    """The other conflicts by subject (subject -> conflict ids) and the subjects, the most
    contested first: past KEY_CONFLICTS, the conflicts page has the rest."""
    others: dict[str, list[str]] = defaultdict(list)
    for c in briefing.conflicts:
        if c.kind != "figures":
            others[c.about].append(c.id)
    return others, sorted(others, key=lambda about: -len(others[about]))


def key_points(briefing: Briefing, prefix: str) -> list[str]:
    """The briefing at a glance: the best-sourced claims of each topic, the figures in
    dispute with their range, the conflicts, and how strong the sourcing is."""
    statements = {(s.source_id, s.sentence_id): s for s in briefing.statements}
    lines = ["```{rubric} Key points", "```", ""]
    if not briefing.articles:
        return [*lines, myst_text("No articles yet: add some with briefbook add FILE..."), ""]
    for topic in briefing.config.topics:
        claims = sorted(
            (
                c
                for c in briefing.claims
                if c.topic == topic.id
                and not statements[(c.wording_source, c.wording_sentence)].topic.filler
            ),
            key=best_sourced(statements),
        )[:2]
        if not claims:
            continue
        lines += [f"**[{myst_text(topic.title)}]({prefix}topics/{topic.id}.md)**", ""]
        lines += [render_claim(briefing, c, statements) for c in claims]
        lines.append("")
    most = _ranked_disputes(briefing)
    if most:
        lines += ["```{rubric} Figures in dispute", "```", ""]
        for c in most[:KEY_DISPUTES]:
            low = min(c.figures, key=lambda f: f.value)
            high = max(c.figures, key=lambda f: f.high or f.value)
            lines.append(
                f"- [{myst_text(c.about[:1].upper() + c.about[1:])}]"
                f"({prefix}{kind_page(c.figures[0].kind, c.figures[0].unit)}.md): "
                + myst_text(
                    f"{figure_text(low.value, low.high, low.qualifier, low.unit)} against "
                    f"{figure_text(high.value, high.high, high.qualifier, high.unit)}, in "
                    f"{plural(len(c.figures), 'report')} from "
                    f"{plural(len({f.source_id for f in c.figures}), 'article')}"
                )
            )
        if len(most) > KEY_DISPUTES:
            lines.append(f"- [{count(keys.MORE_DISPUTES)}]({prefix}key-figures.md)")
        lines.append("")
    others, ranked = _ranked_conflicts(briefing)
    if others:
        lines += ["```{rubric} Where sources disagree", "```", ""]
        for about in ranked[:KEY_CONFLICTS]:
            n = len(others[about])
            lines.append(
                f"- {{ref}}`{role_text(about[:1].upper() + about[1:])} "
                f"<bb-conflict-{others[about][0]}>`"
                + (" " + myst_text(f"({n} conflicts)") if n > 1 else "")
            )
        if len(ranked) > KEY_CONFLICTS:
            lines.append(f"- [{count(keys.MORE_CONFLICTS)}]({prefix}conflicts.md)")
        lines.append("")
    lines += [
        "```{rubric} Sourcing",
        "```",
        "",
        count(keys.SOURCING),
        "",
        count(keys.GRADES),
        "",
        myst_text("These statements were read by rules, not by a person: see")
        + f" [{myst_text('how often the reading is right')}]({prefix}methodology.md) "
        + myst_text("on events no rule was tuned on, and check what matters at its sentence."),
        "",
    ]
    return lines


def key_point_counts(briefing: Briefing) -> dict[str, str]:
    """The counts of the key points (``briefbook.book.counts``): the sourcing summary's
    sentences, the grades of the sources and claims, how many disputes and conflicts the key
    points leave to their pages, and how many sources the summary leaves to the index."""
    grades = Counter(briefing.reliability(a).value for a in briefing.articles)
    credibility = Counter(c.credibility for c in briefing.claims)
    disputes = len(_ranked_disputes(briefing))
    others, ranked = _ranked_conflicts(briefing)
    return {
        keys.SOURCES: plural(len(briefing.articles), "source"),
        keys.SOURCING: " ".join(sourcing_summary(briefing)),
        keys.GRADES: "Source reliability: "
        + ", ".join(f"{g} ({RELIABILITY[g][0]}) {n}" for g, n in sorted(grades.items()))
        + ". Claims by credibility: "
        + ", ".join(f"{g} ({CREDIBILITY[g]}) {n}" for g, n in sorted(credibility.items()))
        + ".",
        keys.MORE_DISPUTES: f"{max(0, disputes - KEY_DISPUTES)} more",
        keys.MORE_CONFLICTS: f"{sum(len(others[a]) for a in ranked[KEY_CONFLICTS:])} more",
    }


def render_index(briefing: Briefing, notes: Sequence[str]) -> str:
    """The landing page. Its text is for HTML only: in the PDF, chapters follow the title page."""
    config = briefing.config
    lines = [f"# {myst_text(config.briefing.title)}", "", "````{only} html"]
    if config.briefing.subtitle:
        lines += [f"*{myst_text(config.briefing.subtitle)}*", ""]
    lines += [*key_points(briefing, f"{FOLDER}/"), "```{rubric} Topics", "```", ""]
    for topic in config.topics:
        lines.append(
            f"- [{myst_text(topic.title)}]({FOLDER}/topics/{topic.id}.md): "
            f"{myst_text(topic.description)}"
        )
    lines += [
        "",
        f"See also the [sourcing summary]({FOLDER}/overview.md), the "
        f"[annotated sources]({FOLDER}/sources/index.md) and the "
        f"[bibliography]({FOLDER}/bibliography.md).",
        "````",
        "",
    ]
    lines += toctree_lines([f"{FOLDER}/overview"])
    lines.append("")
    lines += toctree_lines([f"{FOLDER}/topics/{t.id}" for t in config.topics], caption="Topics")
    lines.append("")
    lines += toctree_lines(
        [
            f"{FOLDER}/key-figures",
            f"{FOLDER}/conflicts",
            f"{FOLDER}/timeline",
            f"{FOLDER}/quotations",
            f"{FOLDER}/whos-who",
            f"{FOLDER}/sources/index",
            f"{FOLDER}/methodology",
            f"{FOLDER}/bibliography",
        ],
        caption="Analysis and sources",
    )
    if notes:
        lines.append("")
        lines += toctree_lines(list(notes), caption="Analyst's notes")
    return page(lines)


def render_overview(briefing: Briefing) -> str:
    """The sourcing summary: the first chapter of the PDF."""
    lines = ["(bb-overview)=", "# Sourcing summary", ""]
    if briefing.config.briefing.subtitle:
        lines += [f"*{myst_text(briefing.config.briefing.subtitle)}*", ""]
    lines += [*key_points(briefing, ""), *_topic_table(briefing, ""), ""]
    if len(briefing.articles) <= sources_limit(briefing):  # the sources index is one page
        lines += sources_table(briefing, briefing.articles, "sources/")
    else:
        lines.append(
            myst_text("The")
            + f" {count(keys.SOURCES)} "
            + myst_text("are listed by date in the")
            + " [sources index](sources/index.md)."
        )
    return page(lines)
