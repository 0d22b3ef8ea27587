"""The conflicts page: figures in dispute and contradicting statements."""

from __future__ import annotations

from collections.abc import Sequence

from briefbook.book import countkeys as keys
from briefbook.book.chapters import claim_numbers
from briefbook.book.figures import kind_page
from briefbook.book.markup import (
    FOLDER,
    cited,
    count,
    data_table,
    figure_text,
    listed_counts,
    listing,
    myst_text,
    number_text,
    page,
    plural,
    sentence_label,
    toctree_lines,
)
from briefbook.book.tables import Cell
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

KIND_TITLES = {
    "figures": "Figures that disagree",
    "denial-vs-no-comment": "Denials against no comment",
    "contradiction": "Contradictions",
    "stance": "Assertions against denials",
}
"""The title of each kind's page, when the conflicts are split by kind."""

OWN_PAGE_SHARE = 10
"""When the conflicts are split by kind, a conflict of more than ``page_items`` // this many
statements is summed up on its kind's page and listed on a page of its own."""

KIND_INTROS = {
    "figures": "Different values of the same quantity for the same days, from different claimants.",
    "denial-vs-no-comment": "A party said to deny something in one source and not to have "
    "commented on it in another, on the same day.",
    "contradiction": "A denial found in one source, while another reports the same party "
    "asserting the opposite.",
    "stance": "What one party asserts and another denies.",
}

BASE = f"{FOLDER}/conflicts"
"""The conflicts page's document; its pages per kind are in the folder of that name."""


def summed_up(briefing: Briefing) -> bool:
    """Whether the figure disputes are summed up: past ``page_items`` reports in all."""
    reports = sum(len(c.figures) for c in briefing.conflicts if c.kind == "figures")
    return reports > briefing.config.book.page_items


def split_by_kind(briefing: Briefing) -> bool:
    """Whether the conflicts page is split into a page per kind: past ``page_items`` lines
    (a statement, a report, or a summed-up dispute each). The one test of "split or not"
    that :func:`render_conflicts` and :func:`conflict_counts` share, so that the listing's
    counts are written only when the listing is."""
    summary = summed_up(briefing)

    def weight(conflict: Conflict) -> int:
        if conflict.kind == "figures":
            return 1 if summary else len(conflict.figures)
        return len(conflict.statements)

    return sum(weight(c) for c in briefing.conflicts) > briefing.config.book.page_items


def conflict_counts(briefing: Briefing) -> dict[str, str]:
    """How many conflicts there are, and each figure dispute's reports, articles and range
    as its summary gives them (``briefbook.book.counts``)."""
    out = {keys.CONFLICTS: plural(len(briefing.conflicts), "place")}
    if split_by_kind(briefing):
        out |= listed_counts(BASE, kind_links(briefing.conflicts), "conflict")
    for conflict in briefing.conflicts:
        if not conflict.figures:
            continue
        values = sorted(f.value for f in conflict.figures)
        out[keys.dispute(conflict.id)] = (
            f"{plural(len(conflict.figures), 'report')} from "
            f"{plural(len({f.source_id for f in conflict.figures}), 'article')}, from "
            f"{number_text(values[0])} to {number_text(values[-1])}."
        )
    return out


def render_conflicts(briefing: Briefing) -> dict[str, str]:
    """Every conflict, with the statements or figures involved. Past ``page_items`` lines
    (a statement or a report each), a page per kind of conflict, where a conflict of many
    statements is summed up and has a page of its own; past ``page_items`` reports, the
    figure disputes are summed up (their reports are on the key-figures pages). An added
    article then makes Sphinx read again only the pages of the conflicts it joins or starts:
    on one page (204 KB at 200 articles), every conflict was read again. Path -> MyST."""
    statements = {(s.source_id, s.sentence_id): s for s in briefing.statements}
    numbers = claim_numbers(briefing)
    names = {a.id: a.name for a in briefing.actors}
    limit = briefing.config.book.page_items

    def section(conflict: Conflict, summary: bool, up: str = "") -> list[str]:
        """A conflict's heading and what it lists; ``up``: the way from its page to the
        generated folder's."""
        lines = [
            f"(bb-conflict-{conflict.id})=",
            f"## {myst_text(conflict.about[:1].upper() + conflict.about[1:])} "
            f"{myst_text('(' + CONFLICT_KINDS[conflict.kind] + ')')}",
            "",
        ]
        if conflict.figures and summary:
            first = conflict.figures[0]
            lines += [
                f"{count(keys.dispute(conflict.id))} "
                + myst_text("Each report is in the")
                + f" [key figures]({up}{kind_page(first.kind, first.unit)}.md)"
                + myst_text(", with who gave it and as of when."),
                "",
            ]
        elif conflict.figures:
            rows: list[tuple[Cell, ...]] = [
                (
                    figure_text(f.value, f.high, f.qualifier, f.unit),
                    f.text or f.counts,
                    names[f.claimant] if f.claimant else "the outlet",
                    f.as_of or "not stated",
                    [cited(f.source_id, f.sentence_id)],
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
            lines += [*data_table(columns, rows), ""]
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
        f"{count(keys.CONFLICTS)} "
        + myst_text(
            "where the sources disagree. A claim involved in a conflict cannot be graded "
            "better than 3 (possibly true)."
        ),
        "",
    ]
    if not briefing.conflicts:
        return {
            f"{BASE}.md": page([*head, myst_text("No conflict was found between the sources.")])
        }
    summary = summed_up(briefing)
    if not split_by_kind(briefing):
        every = [line for c in briefing.conflicts for line in section(c, summary)]
        return {f"{BASE}.md": page([*head, *every])}
    kinds = by_kind(briefing.conflicts)
    links = kind_links(briefing.conflicts)
    pages = {f"{BASE}.md": page([*head, *listing("conflicts", "By kind", links, "conflict", BASE)])}
    for kind, group in kinds:
        top = [f"# {myst_text(KIND_TITLES[kind])}", "", myst_text(KIND_INTROS[kind]), ""]
        large = max(1, limit // OWN_PAGE_SHARE)
        body: list[str] = []
        own: list[str] = []
        for c in group:
            if kind == "figures" or len(c.statements) <= large:
                body += section(c, summary, "../")
                continue
            # a large dispute gets a page of its own, which only the articles that join it
            # change; its label is there, so that it never moves as the dispute grows
            lines = section(c, summary)
            pages[f"{BASE}/{kind}/{c.id}.md"] = page([lines[0], lines[1][1:], *lines[2:]])
            own.append(f"{kind}/{c.id}")
            body += [
                lines[1],
                "",
                myst_text(
                    f"{plural(len(c.statements), 'statement')} from "
                    f"{plural(len({k[0] for k in c.statements}), 'article')},"
                )
                + f" [on a page of their own]({kind}/{c.id}.md)"
                + myst_text("."),
                "",
            ]
        if own:
            body += ["````{only} latex", *toctree_lines(own), "````"]
        pages[f"{BASE}/{kind}.md"] = page([*top, *body])
    return pages


def by_kind(conflicts: Sequence[Conflict]) -> list[tuple[str, list[Conflict]]]:
    """The conflicts by kind (``CONFLICT_KINDS``), the kinds without any left out."""
    kinds = [(kind, [c for c in conflicts if c.kind == kind]) for kind in CONFLICT_KINDS]
    return [(kind, group) for kind, group in kinds if group]


def kind_links(conflicts: Sequence[Conflict]) -> list[tuple[str, str, int]]:
    """The conflicts page's listing of kinds: (title, file name, how many)."""
    return [(KIND_TITLES[kind], kind, len(group)) for kind, group in by_kind(conflicts)]
