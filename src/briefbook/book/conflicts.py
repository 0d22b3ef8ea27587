"""The conflicts page: figures in dispute and contradicting statements."""

from __future__ import annotations

from briefbook.book import paging
from briefbook.book.chapters import claim_numbers
from briefbook.book.figures import kind_page
from briefbook.book.markup import (
    FOLDER,
    evidence_cell,
    figure_text,
    myst_text,
    number_text,
    page,
    plural,
    published,
    sentence_label,
    split_pages,
    table,
)
from briefbook.model import (
    Briefing,
    Conflict,
)

CONFLICT_KINDS = {
    "figures": "figures that disagree",
    "denial-vs-no-comment": "denial against no comment",
    "contradiction": "contradiction",
    "stance": "assertion against denial",
}


def render_conflicts(briefing: Briefing) -> dict[str, str]:
    """Every conflict, with the statements or figures involved. Past ``page_items``, the
    figure disputes are summed up here (their reports are on the key-figures pages) and
    the other conflicts go on one page per period of their first statement. Path -> MyST."""
    statements = {(s.source_id, s.sentence_id): s for s in briefing.statements}
    numbers = claim_numbers(briefing)
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
            first = conflict.figures[0]
            values = sorted(f.value for f in conflict.figures)
            lines += [
                myst_text(
                    f"{plural(len(conflict.figures), 'report')} from "
                    f"{plural(len({f.source_id for f in conflict.figures}), 'article')}, from "
                    f"{number_text(values[0])} to {number_text(values[-1])}. Each report is in the"
                )
                + f" [key figures]({kind_page(first.kind, first.unit)}.md)"
                + myst_text(", with who gave it and as of when."),
                "",
            ]
        elif conflict.figures:
            rows = [
                (
                    myst_text(figure_text(f.value, f.high, f.qualifier, f.unit)),
                    myst_text(f.text or f.counts),
                    myst_text(names[f.claimant] if f.claimant else "the outlet"),
                    myst_text(f.as_of or "not stated"),
                    evidence_cell(f.source_id, f.sentence_id),
                )
                for f in conflict.figures
            ]
            columns = [
                ("Figure", "r", 1.5),
                ("In the words of the article", "l", 2),
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
