"""Write the briefing as MyST pages, a ``.bib`` and per-article data for the Sphinx extension.

Article text and metadata are untrusted: wherever they enter MyST they go through
:func:`myst_text`, which escapes every ASCII punctuation character so no markup can form.
The annotated article itself is not written as MyST at all: the ``briefbook-article``
directive builds it from the JSON data, as plain text nodes.

All functions here are pure: a Briefing in, text out.
"""

from __future__ import annotations

import json
import re
import string
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from briefbook.analyse.grading import CREDIBILITY, RELIABILITY, RULES
from briefbook.book import paging
from briefbook.book.paging import Period
from briefbook.model import (
    Actor,
    Article,
    Briefing,
    Claim,
    Conflict,
    Kind,
    PartialDate,
    Statement,
    Topic,
)
from briefbook.project.output import GENERATED_MARK

FOLDER = "briefing"
"""Folder under ``docs/`` that briefbook owns; the landing page is ``docs/index.md``."""
DATA_DIR = f"{FOLDER}/_data"
BIB_FILE = f"{FOLDER}/references.bib"
EXPORT_FILE = f"{DATA_DIR}/briefbook-export.json"
HEADER = (
    f"% {GENERATED_MARK} from sources/: do not edit; edit sources/ and run `briefbook generate`\n"
)

T = TypeVar("T")

_ESCAPE = {ord(c): "\\" + c for c in string.punctuation}


def myst_text(text: str) -> str:
    """``text`` as MyST inline content that shows exactly these characters.

    Every ASCII punctuation character is backslash-escaped (CommonMark allows escaping any
    of them), so no emphasis, link, role, directive, HTML, math or substitution can form;
    line breaks become spaces.
    """
    return " ".join(text.translate(_ESCAPE).split())


def role_text(text: str) -> str:
    """Text safe as the title of a ``{ref}`` role: roles take their content literally, so
    backticks and angle brackets (which would end the role or start its target) are replaced
    by look-alikes, and line breaks by spaces."""
    return " ".join(text.translate(str.maketrans("`<>", "'‹›")).split())


def sentence_label(source_id: str, sentence_id: str) -> str:
    """The Sphinx label of a sentence anchor (lower-case, as ``{ref}`` wants)."""
    return f"bb-{source_id}-{sentence_id}".lower()


def sentence_numbers(article: Article) -> dict[str, str]:
    """Sentence id -> ``¶3.2`` (block 3, sentence 2), the numbers shown on the source page."""
    return {
        s.id: f"¶{bi}.{si}"
        for bi, block in enumerate(article.blocks, 1)
        for si, s in enumerate(block.sentences, 1)
    }


def evidence_cell(source_id: str, sentence_id: str) -> str:
    """A citation of the source and a link to the sentence, with its hover evidence."""
    return f"{{cite:p}}`{source_id}` {{briefbook-evidence}}`{source_id}/{sentence_id}`"


def table(columns: Sequence[tuple[str, str, float]], rows: Iterable[Sequence[str]]) -> list[str]:
    """A table as MyST lines. ``columns``: (heading, alignment ``l``/``r``/``c``, width share)
    for each column. Cells are MyST already. In the PDF the widths fix the columns (96% of
    the line, leaving room for the rules), so long cells wrap, and the table may break across
    pages (longtable)."""
    rows = list(rows)
    if not rows:  # a table without a body breaks Sphinx's LaTeX writer: say so instead
        return [myst_text("(None in these sources.)")]
    total = sum(w for _, _, w in columns)
    spec = "|".join(f"\\X{{{round(w * 96 / total)}}}{{100}}" for _, _, w in columns)
    rule = {"l": "---", "r": "---:", "c": ":---:"}
    return [
        f"```{{tabularcolumns}} |{spec}|",
        "```",
        "",
        "````{table}",
        ":class: longtable",
        "",
        "| " + " | ".join(h for h, _, _ in columns) + " |",
        "| " + " | ".join(rule[a] for _, a, _ in columns) + " |",
        *("| " + " | ".join(row) + " |" for row in rows),
        "````",
    ]


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def _display_title(article: Article) -> str:
    return article.meta.title or "[no headline]"


def _byline(article: Article) -> str:
    """Headline · outlet · date, saying what is not stated."""
    meta = article.meta
    return " · ".join([_display_title(article), meta.outlet or "outlet not stated", _date(article)])


def _date(article: Article) -> str:
    published = article.meta.published
    if published is None:
        return "date not stated"
    return published.human() + (" (inferred)" if article.meta.is_inferred("published") else "")


def page(lines: Iterable[str]) -> str:
    """A generated MyST page: the header line, then ``lines``."""
    return HEADER + "\n" + "\n".join(lines).rstrip() + "\n"


def published(briefing: Briefing) -> dict[str, PartialDate | None]:
    """Source id -> its publication date, to date what it reported (``paging``)."""
    return {a.id: a.meta.published for a in briefing.articles}


def split_pages(
    base: str,
    title: str,
    head: Sequence[str],
    parts: Sequence[tuple[Period, Sequence[T]]],
    noun: str,
    intro: Callable[[Period], str],
    body: Callable[[Sequence[T]], list[str]],
    heading: str = "By date of publication",
    folder: str | None = None,
) -> dict[str, str]:
    """A page split by period (``paging``): ``base``.md holds ``head`` and links to a page
    for each of ``parts`` (a period and its items: how many, as ``noun``), at
    <``folder``>/<period>.md beside it (``folder`` defaults to the page's name). A period
    page is titled "``title``, <period>" and holds ``intro`` (a sentence) and ``body`` of
    its items. Path -> MyST text."""
    parent, _, own = base.rpartition("/")
    name = folder or own
    lines = [*head, f"```{{rubric}} {heading}", "```", ""]
    lines += [
        f"- [{myst_text(p.title)}]({name}/{p.key}.md): {myst_text(plural(len(items), noun))}"
        for p, items in parts
    ]
    # The period pages are in a toctree for the PDF only (each becomes a section of this
    # page's chapter). In HTML they are reached from the list above: Sphinx walks every
    # document of every toctree to draw each page's sidebar, which lists the chapters only,
    # so hundreds of period pages there would cost the same walk for every page written.
    toctree = _toctree([f"{name}/{p.key}" for p, _ in parts])
    lines += ["", "````{only} latex", *toctree, "````"]
    pages = {f"{base}.md": page(lines)}
    for p, items in parts:
        pages[f"{parent}/{name}/{p.key}.md"] = page(
            [f"# {myst_text(f'{title}, {p.title}')}", "", myst_text(intro(p)), "", *body(items)]
        )
    return pages


def _toctree(entries: Sequence[str], caption: str | None = None, hidden: bool = True) -> list[str]:
    lines = ["```{toctree}"]
    if caption:
        lines.append(f":caption: {caption}")
    if hidden:
        lines.append(":hidden:")
    lines.append(":maxdepth: 1")
    lines.append("")
    lines += list(entries)
    lines.append("```")
    return lines


def _sourcing_summary(briefing: Briefing) -> str:
    articles = briefing.articles
    outlets = sorted({a.meta.outlet for a in articles if a.meta.outlet})
    dates = sorted(a.meta.published for a in articles if a.meta.published)
    inferred = sum(1 for a in articles if a.meta.is_inferred("published"))
    unnamed = sum(1 for a in articles if not a.meta.outlet)
    if not dates:
        span = "No article states its date"
    elif dates[0] == dates[-1]:
        span = f"Published {dates[0].human()}"
    else:
        span = f"Published {dates[0].human()} to {dates[-1].human()}"
    parts = [
        f"This briefing sorts {plural(len(briefing.statements), 'statement')} from "
        f"{plural(len(articles), 'article')} into {plural(len(briefing.config.topics), 'topic')}.",
        f"Outlets named: {len(outlets)} ({', '.join(outlets) or 'none'})"
        + (
            f"; {plural(unnamed, 'article does', 'articles do')} not name theirs."
            if unnamed
            else "."
        ),
        span
        + (
            f" ({plural(inferred, 'date')} inferred from the text; see each source)."
            if inferred
            else "."
        ),
        "Every statement cites its article and links to the exact sentence in the annotated copy.",
    ]
    return myst_text(" ".join(parts))


def _topic_table(briefing: Briefing, prefix: str) -> list[str]:
    counts: dict[str, list[Statement]] = defaultdict(list)
    for s in briefing.statements:
        counts[s.topic.topic].append(s)
    rows = [
        (
            f"[{myst_text(t.title)}]({prefix}topics/{t.id}.md)",
            str(len(counts.get(t.id, []))),
            str(len({s.source_id for s in counts.get(t.id, [])})),
        )
        for t in briefing.config.topics
    ]
    return table([("Topic", "l", 4), ("Statements", "r", 2), ("Articles", "r", 2)], rows)


KEY_CONFLICTS = 8
"""How many subjects of conflict the key points list; the conflicts page has them all."""


def key_points(briefing: Briefing, prefix: str) -> list[str]:
    """The briefing at a glance: the best-sourced claims of each topic, the figures in
    dispute with their range, the conflicts, and how strong the sourcing is."""
    statements = {(s.source_id, s.sentence_id): s for s in briefing.statements}
    numbers = _numbers(briefing)
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
            key=_best_sourced,
        )[:2]
        if not claims:
            continue
        lines += [f"**[{myst_text(topic.title)}]({prefix}topics/{topic.id}.md)**", ""]
        lines += [render_claim(briefing, c, numbers, statements) for c in claims]
        lines.append("")
    disputed = [c for c in briefing.conflicts if c.kind == "figures"]
    if disputed:
        lines += ["```{rubric} Figures in dispute", "```", ""]
        for c in disputed:
            values = sorted({f.value for f in c.figures})
            lines.append(
                f"- [{myst_text(c.about[:1].upper() + c.about[1:])}]({prefix}key-figures.md): "
                + myst_text(
                    f"{values[0]:,.0f} to {values[-1]:,.0f}, in {plural(len(c.figures), 'report')} "
                    f"from {plural(len({f.source_id for f in c.figures}), 'article')}"
                )
            )
        lines.append("")
    others: dict[str, list[str]] = defaultdict(list)
    for c in briefing.conflicts:
        if c.kind != "figures":
            others[c.about].append(c.id)
    if others:
        # the most contested first; past KEY_CONFLICTS, the conflicts page has the rest
        ranked = sorted(others, key=lambda about: -len(others[about]))
        lines += ["```{rubric} Where sources disagree", "```", ""]
        for about in ranked[:KEY_CONFLICTS]:
            n = len(others[about])
            lines.append(
                f"- {{ref}}`{role_text(about[:1].upper() + about[1:])} "
                f"<bb-conflict-{others[about][0]}>`"
                + (" " + myst_text(f"({n} conflicts)") if n > 1 else "")
            )
        if len(ranked) > KEY_CONFLICTS:
            rest = sum(len(others[about]) for about in ranked[KEY_CONFLICTS:])
            lines.append(f"- [{myst_text(f'{rest} more')}]({prefix}conflicts.md)")
        lines.append("")
    origins = len(set(briefing.origins.values()))
    agency = sum(briefing.agency_copy.values())
    grades = Counter(briefing.reliability(a).value for a in briefing.articles)
    credibility = Counter(c.credibility for c in briefing.claims)
    independence = (
        f"{plural(origins, 'independent origin')} among the "
        f"{plural(len(briefing.articles), 'article')}"
        + (f"; {agency} carrying agency copy" if agency else "")
    )
    lines += [
        "```{rubric} Sourcing",
        "```",
        "",
        _sourcing_summary(briefing),
        "",
        myst_text(
            independence
            + ". Source reliability: "
            + ", ".join(f"{g} ({RELIABILITY[g][0]}) {n}" for g, n in sorted(grades.items()))
            + ". Claims by credibility: "
            + ", ".join(f"{g} ({CREDIBILITY[g]}) {n}" for g, n in sorted(credibility.items()))
            + "."
        ),
        "",
    ]
    return lines


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
    lines += _toctree([f"{FOLDER}/overview"])
    lines.append("")
    lines += _toctree([f"{FOLDER}/topics/{t.id}" for t in config.topics], caption="Topics")
    lines.append("")
    lines += _toctree(
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
        lines += _toctree(list(notes), caption="Analyst's notes")
    return page(lines)


def render_overview(briefing: Briefing) -> str:
    """The sourcing summary: the first chapter of the PDF."""
    lines = ["(bb-overview)=", "# Sourcing summary", ""]
    if briefing.config.briefing.subtitle:
        lines += [f"*{myst_text(briefing.config.briefing.subtitle)}*", ""]
    lines += [*key_points(briefing, ""), *_topic_table(briefing, ""), ""]
    if len(briefing.articles) <= briefing.config.book.page_items:
        lines += _sources_table(briefing, briefing.articles, "sources/")
    else:
        lines.append(
            myst_text(f"The {plural(len(briefing.articles), 'source')} are listed by date in the")
            + " [sources index](sources/index.md)."
        )
    return page(lines)


def _numbers(briefing: Briefing) -> dict[tuple[str, str], str]:
    """(source id, sentence id) -> ``¶3.2`` for every sentence of the briefing."""
    return {
        (a.id, sid): number
        for a in briefing.articles
        for sid, number in sentence_numbers(a).items()
    }


def _badge(claim: Claim) -> str:
    """ "F1 confirmed · 3 articles, 2 independent origins"."""
    return (
        f"{claim.reliability}{claim.credibility} {CREDIBILITY[claim.credibility]} · "
        f"{plural(len(claim.sources), 'article')}, "
        f"{plural(len(claim.origins), 'independent origin')}"
    )


def render_claim(
    briefing: Briefing,
    claim: Claim,
    numbers: dict[tuple[str, str], str],
    statements: dict[tuple[str, str], Statement],
) -> str:
    """One claim as a list item: its wording, every citation, a link to every sentence of
    evidence, who said it, its grade, and its conflicts."""
    cites = ",".join(claim.sources)
    links = ", ".join(
        f"{{briefbook-evidence}}`{e.source_id}/{e.sentence_id}`" for e in claim.evidence
    )
    chosen = statements[(claim.wording_source, claim.wording_sentence)]
    who = claimant_label(briefing, chosen)
    cue = " " + myst_text(f"({chosen.cue})") if chosen.cue else ""
    said = f" — {{ref}}`{role_text(who)} <bb-actor-{chosen.claimant}>`{cue}" if who else ""
    conflicts = "".join(
        f" {{ref}}`⚠ sources disagree <bb-conflict-{cid}>`" for cid in claim.conflicts
    )
    changed = [
        *claim.overrides,
        *(o for e in claim.evidence for o in statements[(e.source_id, e.sentence_id)].overrides),
    ]
    return (
        f"- {myst_text(claim.wording)} {{cite:p}}`{cites}`{said}{override_mark(changed)}  \n"
        f"  **{myst_text(_badge(claim))}**{conflicts} · {myst_text('evidence:')} {links}"
        f" · {myst_text('claim ' + claim.id)}"
    )


def override_mark(changes: Sequence[str]) -> str:
    """A small mark for what the analyst changed; hovering it shows what and why (an
    abbreviation: in the PDF the explanation follows in brackets)."""
    if not changes:
        return ""
    # abbr takes "text (explanation)": brackets inside the explanation are kept as they are
    return f" {{abbr}}`✎ analyst ({role_text('; '.join(changes))})`"


UNATTRIBUTED = "Reported by the outlets, without attribution"


def party(briefing: Briefing, statement: Statement) -> str:
    """Who a statement speaks for, to group a chapter: a state for its officials, an
    organisation or outlet for itself."""
    if statement.claimant is None:
        return UNATTRIBUTED
    actor = briefing.actor(statement.claimant)
    if actor.kind in (Kind.PERSON, Kind.AGENCY, Kind.GROUP) and actor.affiliation:
        return actor.affiliation
    return actor.name


def render_topic(briefing: Briefing, topic: Topic) -> dict[str, str]:
    """A topic chapter: its claims grouped by who makes them, best sourced first; past
    ``page_items`` claims, one page per period of first report, and the chapter opens with
    the best-sourced claims. Path -> MyST text."""
    claims = [c for c in briefing.claims if c.topic == topic.id]
    statements = {(s.source_id, s.sentence_id): s for s in briefing.statements}
    numbers = _numbers(briefing)
    base = f"{FOLDER}/topics/{topic.id}"
    head = [
        f"(bb-topic-{topic.id})=",
        f"# {myst_text(topic.title)}",
        "",
        myst_text(topic.description),
        "",
    ]
    if not claims:
        head += [myst_text("No statement in the sources was assigned to this topic."), ""]
    else:
        n_statements = sum(len(c.evidence) for c in claims)
        head += [
            myst_text(
                f"{plural(n_statements, 'statement')} from "
                f"{plural(len({s for c in claims for s in c.sources}), 'article')}, merged into "
                f"{plural(len(claims), 'claim')}, grouped by who makes them, best sourced first. "
                "Each claim cites every article that makes it and links (¶ block.sentence) to "
                "each sentence of evidence; its grade is source reliability (letter) and "
                "information credibility (digit), as in the methodology."
            ),
            "",
        ]
    dates = published(briefing)
    parts = paging.split(
        claims, lambda c: dates[c.evidence[0].source_id], briefing.config.book.page_items
    )
    if parts is None:
        return {f"{base}.md": page([*head, *_party_groups(briefing, claims, numbers, statements)])}
    best = sorted(claims, key=_best_sourced)[:BEST]
    head += [
        "```{rubric} Best sourced",
        "```",
        "",
        myst_text(
            f"The {plural(len(best), 'claim')} with the most independent origins. Every claim "
            "is on the page for the date it was first reported."
        ),
        "",
        *(render_claim(briefing, c, numbers, statements) for c in best),
        "",
    ]
    return split_pages(
        base,
        topic.title,
        head,
        parts,
        "claim",
        lambda p: f"Claims first reported {p.when}.",
        lambda group: _party_groups(briefing, group, numbers, statements),
        heading="By date of first report",
    )


BEST = 10
"""How many claims a split chapter shows on its first page."""


def _best_sourced(c: Claim) -> tuple[int, int, int, str, str]:
    return (-len(c.origins), -len(c.sources), c.credibility, c.wording_source, c.id)


def _party_groups(
    briefing: Briefing,
    claims: Sequence[Claim],
    numbers: dict[tuple[str, str], str],
    statements: dict[tuple[str, str], Statement],
) -> list[str]:
    """Claims under a heading for each party that makes them, the strongest party first."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        groups[party(briefing, statements[(c.wording_source, c.wording_sentence)])].append(c)

    def strength(title: str) -> tuple[bool, int, int, str]:
        best = max(len(c.origins) for c in groups[title])
        return (title == UNATTRIBUTED, -best, -len(groups[title]), title)

    lines: list[str] = []
    for title in sorted(groups, key=strength):
        group = sorted(
            groups[title], key=lambda c: (-len(c.origins), -len(c.sources), c.wording_source, c.id)
        )
        lines += [f"## {myst_text(title)}", ""]
        lines += [render_claim(briefing, c, numbers, statements) for c in group]
        lines.append("")
    return lines


CONFLICT_KINDS = {
    "figures": "different figures",
    "denial-vs-no-comment": "denial against no comment",
    "contradiction": "contradiction",
}


def render_conflicts(briefing: Briefing) -> dict[str, str]:
    """Every conflict, with the statements or figures involved. Past ``page_items``, the
    figure disputes are summed up here (their reports are on the key-figures pages) and
    the other conflicts go on one page per period of their first statement. Path -> MyST."""
    statements = {(s.source_id, s.sentence_id): s for s in briefing.statements}
    numbers = _numbers(briefing)
    names = {a.id: a.name for a in briefing.actors}
    limit = briefing.config.book.page_items
    base = f"{FOLDER}/conflicts"

    def section(conflict: Conflict, summary: bool) -> list[str]:
        lines = [
            f"(bb-conflict-{conflict.id})=",
            f"## {myst_text(conflict.about[:1].upper() + conflict.about[1:])} "
            f"{myst_text('(' + CONFLICT_KINDS[conflict.kind] + ')')}",
            "",
        ]
        if conflict.figures and summary:
            values = sorted(f.value for f in conflict.figures)
            lines += [
                myst_text(
                    f"{plural(len(conflict.figures), 'report')} from "
                    f"{plural(len({f.source_id for f in conflict.figures}), 'article')}, from "
                    f"{values[0]:,.0f} to {values[-1]:,.0f}. Each report is in the"
                )
                + " [key figures](key-figures.md)"
                + myst_text(", with who gave it and as of when."),
                "",
            ]
        elif conflict.figures:
            rows = [
                (
                    myst_text(f"{f.qualifier} {f.value:,.0f}"),
                    myst_text(f.counts),
                    myst_text(names[f.claimant] if f.claimant else "the outlet"),
                    myst_text(f.as_of or "not stated"),
                    evidence_cell(f.source_id, f.sentence_id),
                )
                for f in conflict.figures
            ]
            columns = [
                ("Figure", "r", 1.5),
                ("Counts", "l", 2),
                ("Claimant", "l", 2),
                ("As of", "l", 1.3),
                ("Reported by", "l", 3),
            ]
            lines += [*table(columns, rows), ""]
        else:
            for key in conflict.statements:
                s = statements[key]
                lines.append(
                    f"- {myst_text(s.text)} {{cite:p}}`{s.source_id}` "
                    f"{{ref}}`{numbers[key]} <{sentence_label(*key)}>`"
                )
            lines.append("")
        return lines

    head = [
        "(bb-conflicts)=",
        "# Conflicts and discrepancies",
        "",
        myst_text(
            f"{plural(len(briefing.conflicts), 'place')} where the sources disagree. A claim "
            "involved in a conflict cannot be graded better than 3 (possibly true)."
        ),
        "",
    ]
    if not briefing.conflicts:
        return {
            f"{base}.md": page([*head, myst_text("No conflict was found between the sources.")])
        }
    figures = [c for c in briefing.conflicts if c.kind == "figures"]
    others = [c for c in briefing.conflicts if c.kind != "figures"]
    dates = published(briefing)
    parts = paging.split(others, lambda c: dates[c.statements[0][0]], limit)
    summary = sum(len(c.figures) for c in figures) > limit
    if parts is None:
        body = [line for c in briefing.conflicts for line in section(c, summary)]
        return {f"{base}.md": page([*head, *body])}
    return split_pages(
        base,
        "Conflicts",
        [*head, *(line for c in figures for line in section(c, summary))],
        parts,
        "conflict",
        lambda p: f"Conflicts whose first statement was published {p.when}.",
        lambda group: [line for c in group for line in section(c, summary)],
        heading="Other conflicts, by date of their first statement",
    )


def render_methodology(briefing: Briefing) -> str:
    """How the briefing was made, with the grading tables the code applies."""
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
                    "Each statement gets a topic from the briefing's taxonomy, with the cue "
                    "words that decided it (shown on hover on the source pages).",
                    "Statements from different articles that state the same thing, with the "
                    "same figures and the same stance, are merged into one claim that cites "
                    "every article. Its wording is a sentence from one of them, verbatim.",
                    "Articles that share most of their text, and statements relaying the same "
                    "outlet, count as one origin: wire copy is not independent corroboration.",
                    "Conflicts are recorded: different figures for the same quantity, denials "
                    "against reports of no comment, single sources contradicted by others.",
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
        myst_text(
            "The rules are applied in order: a contradicted single-source claim is 5; two or "
            "more independent origins give 1, or 3 if a conflict involves the claim; one "
            "origin gives 4 with a conflict, otherwise 2, 3 or 4 by its source's letter, and "
            "6 when no source has been graded."
        ),
        "",
        *_overrides_section(briefing),
        "## Limits",
        "",
        myst_text(
            "briefbook reads articles with rules, not understanding: attribution, topics and "
            "merging can be wrong, and the figures for how often are measured against labels "
            "made by reading (the README and nox -s evaluate). Every statement links to its "
            "sentence so that a reader can check it. Grades describe the sourcing in this "
            f"corpus of {plural(len(briefing.articles), 'article')}, not the truth of the events."
        ),
    ]
    return page(lines)


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


def render_sources_index(briefing: Briefing) -> dict[str, str]:
    """The list of sources, and how many statements each gives to each topic; past
    ``page_items`` sources, one page per period of publication. Path -> MyST text."""
    head = [
        "(bb-sources)=",
        "# Sources",
        "",
        myst_text(
            "Each article as received, with its metadata, every sentence numbered and "
            "anchored, and what is not reporting (headline, byline, promotions, embedded "
            "posts) greyed with the reason it was left out of the briefing."
        ),
        "",
    ]
    # No toctree of source pages: they stay out of the navigation (the briefbook-source
    # directive marks them orphan), so the sidebar of every page does not grow with the
    # corpus and adding an article does not change it; the PDF gets them as appendices.
    base = f"{FOLDER}/sources/index"
    dates = published(briefing)
    parts = paging.split(briefing.articles, lambda a: dates[a.id], briefing.config.book.page_items)
    if parts is None:
        return {f"{base}.md": page([*head, *_sources_listing(briefing, briefing.articles, "")])}
    return split_pages(
        base,
        "Sources",
        head,
        parts,
        "article",
        lambda p: f"The articles published {p.when}.",
        lambda group: _sources_listing(briefing, group, "../"),
        folder="published",
    )


def _sources_listing(briefing: Briefing, articles: Sequence[Article], prefix: str) -> list[str]:
    return [
        *_sources_table(briefing, articles, prefix),
        "",
        "```{rubric} Statements by source and topic",
        "```",
        "",
        *_matrix(briefing, articles, prefix),
    ]


def _matrix(briefing: Briefing, articles: Sequence[Article], prefix: str) -> list[str]:
    """How many statements each of ``articles`` gives to each topic."""
    ids = {a.id for a in articles}
    counts = Counter(
        (s.source_id, s.topic.topic) for s in briefing.statements if s.source_id in ids
    )
    topics = briefing.config.topics
    columns = [
        ("Source", "l", 3.0),
        *((myst_text(t.title), "r", 1.4) for t in topics),
        ("All", "r", 1.0),
    ]
    rows = [
        (
            f"[{myst_text(briefing.labels[a.id])}]({prefix}{a.id}.md)",
            *(str(counts[(a.id, t.id)] or "·") for t in topics),
            str(sum(counts[(a.id, t.id)] for t in topics)),
        )
        for a in articles
    ]
    return table(columns, rows)


def _sources_table(briefing: Briefing, articles: Sequence[Article], prefix: str) -> list[str]:
    columns = [
        ("Citation", "l", 2.2),
        ("Headline", "l", 3.3),
        ("Outlet", "l", 1.8),
        ("Published", "l", 1.6),
        ("Grade", "c", 1.1),
    ]
    rows = [
        (
            f"[{myst_text(briefing.labels[a.id])}]({prefix}{a.id}.md)",
            myst_text(_display_title(a)),
            myst_text(a.meta.outlet or "not stated"),
            myst_text(_date(a)),
            briefing.reliability(a).value,
        )
        for a in articles
    ]
    return table(columns, rows)


def render_source(briefing: Briefing, article: Article) -> str:
    title = f"{briefing.labels[article.id]}: {_display_title(article)}"
    lines = [
        f"(bb-source-{article.id})=",
        f"# {myst_text(title)}",
        "",
        f"```{{briefbook-source}} {article.id}",
        "```",
    ]
    return page(lines)


def render_bibliography() -> str:
    lines = [
        "(bb-bibliography)=",
        "# Bibliography",
        "",
        myst_text(
            "Every article the briefing draws on, from its metadata. Dates marked inferred "
            "were worked out from the text; the source page gives the reason."
        ),
        "",
        "```{bibliography}",
        ":all:",
        "```",
    ]
    return page(lines)


def claimant_label(briefing: Briefing, statement: Statement) -> str | None:
    """ "Lloyd Austin, U.S. Defense Secretary", or None for the outlet's own voice."""
    if statement.claimant is None:
        return None
    actor = briefing.actor(statement.claimant)
    return f"{actor.name}, {actor.role}" if actor.role else actor.name


def statement_data(statement: Statement, actors: dict[str, Actor]) -> dict[str, object]:
    """How briefbook read one statement: topic and why, claimant, cue, figures, dates."""
    t = statement.topic
    data: dict[str, object] = {
        "topic": {
            "id": t.topic,
            "also": list(t.also),
            # one decimal: enough to read, and steady when other articles shift the cue weights
            "confidence": round(t.confidence, 1),
            "evidence": list(t.evidence),
            "filler": t.filler,
            **({"analyst": True} if t.analyst else {}),
        },
        "cue": statement.cue,
        "quote": statement.quote,
    }
    if statement.claimant is not None:
        actor = actors[statement.claimant]
        data["claimant"] = {
            "id": actor.id,
            "name": actor.name,
            "role": actor.role,
            "kind": actor.kind.value,
        }
    if statement.quantities:
        data["quantities"] = [
            {"text": q.text, "value": q.value, "counts": q.counts, "qualifier": q.qualifier}
            for q in statement.quantities
        ]
    if statement.dates:
        data["dates"] = [
            {"text": d.text, "resolved": d.resolved, "precision": d.precision}
            for d in statement.dates
        ]
    if statement.overrides:
        data["overrides"] = list(statement.overrides)
    return data


@dataclass(frozen=True, slots=True)
class Lookup:
    """Indexes over a briefing, built once for all its pages."""

    statements: dict[tuple[str, str], Statement]
    actors: dict[str, Actor]
    claims: dict[tuple[str, str], Claim]

    @classmethod
    def of(cls, briefing: Briefing) -> Lookup:
        return cls(
            {(s.source_id, s.sentence_id): s for s in briefing.statements},
            {a.id: a for a in briefing.actors},
            {(e.source_id, e.sentence_id): c for c in briefing.claims for e in c.evidence},
        )


def article_data(
    briefing: Briefing, article: Article, lookup: Lookup | None = None
) -> dict[str, object]:
    """What the ``briefbook-source`` directive renders: metadata and the segmented text."""
    lookup = lookup or Lookup.of(briefing)
    statements, actors, claims = lookup.statements, lookup.actors, lookup.claims
    blocks = []
    for bi, block in enumerate(article.blocks, 1):
        sentences = []
        for si, s in enumerate(block.sentences, 1):
            entry: dict[str, object] = {"id": s.id, "number": f"{bi}.{si}", "text": s.text}
            if s.boilerplate:
                entry["boilerplate"] = s.boilerplate
            if (article.id, s.id) in briefing.excluded:
                entry["excluded"] = briefing.excluded[(article.id, s.id)]
            statement = statements.get((article.id, s.id))
            if statement is not None:
                entry.update(statement_data(statement, actors))
                claim = claims[(article.id, s.id)]
                # where the claim is, not its grade or source count: those change whenever
                # another article reports the claim, and this page should not
                entry["claim"] = {"id": claim.id, "chapter": f"{FOLDER}/topics/{claim.topic}"}
            sentences.append(entry)
        prefix = article.text[block.start : block.sentences[0].start] if block.sentences else ""
        gaps = [
            article.text[a.end : b.start]
            for a, b in zip(block.sentences, block.sentences[1:], strict=False)
        ]
        blocks.append(
            {
                "id": block.id,
                "number": bi,
                "kind": block.kind.value,
                "boilerplate": block.boilerplate,
                "prefix": prefix,
                "sentences": sentences,
                "gaps": gaps,
            }
        )
    return {
        "_generated": f"{GENERATED_MARK}: do not edit",
        "id": article.id,
        "label": briefing.labels[article.id],
        "meta": article.meta.as_data(),
        "reliability": briefing.reliability(article).value,
        "graded_by": _graded_by(briefing, article),
        "path": article.path,
        "sha256": article.sha256,
        "topics": {t.id: t.title for t in briefing.config.topics},
        "blocks": blocks,
    }


def _graded_by(briefing: Briefing, article: Article) -> str:
    """Who set a source's reliability grade, in words."""
    if article.id in briefing.graded:
        note = next(
            o.note
            for o in briefing.overrides
            if o.kind == "source" and o.target == article.id and o.stale is None
        )
        return f"set by an analyst override: {note}"
    if article.meta.reliability is not None:
        return "set by the analyst in the source's metadata"
    return "default: not graded by the analyst"


def to_json_text(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def note_pages(names: Iterable[str]) -> list[str]:
    """Docnames of the analyst's own pages (``notes/*.md``), sorted."""
    return sorted(re.sub(r"\.md$", "", n) for n in names)
