"""MyST building blocks: escaping, tables, labels, pages, toctrees and splitting long listings."""

from __future__ import annotations

import json
import re
import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from briefbook.bidi import isolate
from briefbook.book import countkeys as keys
from briefbook.book.paging import Period
from briefbook.book.places import BIB_FILE as BIB_FILE
from briefbook.book.places import CITED_ROLE as CITED_ROLE
from briefbook.book.places import CLAIM_STATUS_FILE as CLAIM_STATUS_FILE
from briefbook.book.places import COUNT_ROLE, LISTED_DIR
from briefbook.book.places import COUNTS_FILE as COUNTS_FILE
from briefbook.book.places import DATA_DIR as DATA_DIR
from briefbook.book.places import EVIDENCE_DIR as EVIDENCE_DIR
from briefbook.book.places import EXPORT_FILE as EXPORT_FILE
from briefbook.book.places import FOLDER as FOLDER
from briefbook.book.tables import TABLE_DIRECTIVE, Cell, row_line
from briefbook.book.tables import cited as cited
from briefbook.model import (
    Article,
    Briefing,
    Evidence,
    PartialDate,
)
from briefbook.project.output import GENERATED_MARK

HEADER = (
    f"% {GENERATED_MARK} from sources/: do not edit; edit sources/ and run `briefbook generate`\n"
)


T = TypeVar("T")


_ESCAPE = {ord(c): "\\" + c for c in string.punctuation}


def myst_text(text: str) -> str:
    """``text`` as MyST inline content that shows exactly these characters.

    Every ASCII punctuation character is backslash-escaped (CommonMark allows escaping any
    of them), so no emphasis, link, role, directive, HTML, math or substitution can form;
    line breaks become spaces. Text holding right-to-left letters or directional controls is
    a bidi isolate (``briefbook.bidi``): it cannot reorder the text after it. A value that
    shares a string with other text is isolated on its own first (``isolate``).
    """
    return " ".join(isolate(text).translate(_ESCAPE).split())


def escaped(text: str) -> str:
    """Text already shown as :func:`myst_text` shows it (:func:`shown_text`) written back
    as that MyST text: its ASCII punctuation backslash-escaped, its spaces kept."""
    return text.translate(_ESCAPE)


def role_text(text: str) -> str:
    """Text safe as the title of a ``{ref}`` role: roles take their content literally, so
    backticks and angle brackets (which would end the role or start its target) are replaced
    by look-alikes, and line breaks by spaces; a bidi isolate, as in :func:`myst_text`."""
    return " ".join(isolate(text).translate(str.maketrans("`<>", "'‹›")).split())


def sentence_label(source_id: str, sentence_id: str) -> str:
    """The Sphinx label of a sentence anchor (lower-case, as ``{ref}`` wants)."""
    return f"bb-{source_id}-{sentence_id}".lower()


def sentence_positions(article: Article) -> dict[str, str]:
    """Sentence id -> ``3.2`` (block 3, sentence 2)."""
    return {
        s.id: f"{bi}.{si}"
        for bi, block in enumerate(article.blocks, 1)
        for si, s in enumerate(block.sentences, 1)
    }


def sentence_numbers(article: Article) -> dict[str, str]:
    """Sentence id -> ``¶3.2`` (block 3, sentence 2), the numbers shown on the source page."""
    return {sid: f"¶{at}" for sid, at in sentence_positions(article).items()}


def evidence_cell(source_id: str, sentence_id: str) -> str:
    """A citation of the source and a link to the sentence, with its hover evidence: one role
    that the extension reads as ``{cite:p}`` then ``{briefbook-evidence}``, cheaper to parse
    than the two (``briefbook.sphinx.evidence``)."""
    return f"{{{CITED_ROLE}}}`{source_id}/{sentence_id}`"


def table(columns: Sequence[tuple[str, str, float]], rows: Iterable[Sequence[str]]) -> list[str]:
    """A table as MyST lines. ``columns``: (heading, alignment ``l``/``r``/``c``, width share)
    for each column. Cells are MyST already. In the PDF the widths fix the columns (96% of
    the line, leaving room for the rules), so long cells wrap, and the table may break across
    pages (longtable)."""
    rows = list(rows)
    if not rows:  # a table without a body breaks Sphinx's LaTeX writer: say so instead
        return [myst_text("(None in these sources.)")]
    rule = {"l": "---", "r": "---:", "c": ":---:"}
    return [
        *_column_widths(columns),
        "````{table}",
        ":class: longtable",
        "",
        "| " + " | ".join(h for h, _, _ in columns) + " |",
        "| " + " | ".join(rule[a] for _, a, _ in columns) + " |",
        *("| " + " | ".join(row) + " |" for row in rows),
        "````",
    ]


def shown_text(text: str) -> str:
    """``text`` as :func:`myst_text` shows it once parsed (isolated, on one line): the text
    of a cell of :func:`data_table`."""
    return " ".join(isolate(text).split())


def data_table(
    columns: Sequence[tuple[str, str, float]], rows: Iterable[Sequence[Cell]]
) -> list[str]:
    """A table as :func:`table` writes it, its rows as data (``briefbook.book.tables``): the
    extension builds the same table from them without parsing a cell. A cell is text
    (shown as it is: never markup) or a list of text and :func:`cited` parts."""
    rows = list(rows)
    if not rows:
        return table(columns, [])
    return [
        *_column_widths(columns),
        f"```{{{TABLE_DIRECTIVE}}}",
        ":class: longtable",
        "",
        row_line([[h, a] for h, a, _ in columns]),
        *(row_line([_cell(c) for c in row]) for row in rows),
        "```",
    ]


def _cell(cell: Cell) -> Cell:
    """A cell's text as :func:`myst_text` would show it; the parts of a cell are shown
    separated by a space (``briefbook.book.tables``)."""
    if isinstance(cell, str):
        return shown_text(cell)
    return [shown_text(p) if isinstance(p, str) else p for p in cell]


def _column_widths(columns: Sequence[tuple[str, str, float]]) -> list[str]:
    """The PDF's column widths (96% of the line, leaving room for the rules)."""
    total = sum(w for _, _, w in columns)
    spec = "|".join(f"\\X{{{round(w * 96 / total)}}}{{100}}" for _, _, w in columns)
    return [f"```{{tabularcolumns}} |{spec}|", "```", ""]


def count(key: str) -> str:
    """The markup of a count that changes with every article (``briefbook.book.counts``):
    its text is put in from the counts' data file when the page is written."""
    return f"{{{COUNT_ROLE}}}`{key}`"


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def display_title(article: Article) -> str:
    return article.meta.title or "[no headline]"


def _byline(article: Article) -> str:
    """Headline · outlet · date, saying what is not stated."""
    meta = article.meta
    return " · ".join([display_title(article), meta.outlet or "outlet not stated", date(article)])


def date(article: Article) -> str:
    published = article.meta.published
    if published is None:
        return "date not stated"
    return published.human() + (" (inferred)" if article.meta.is_inferred("published") else "")


def as_known(article: Article) -> str:
    """An article as a reader knows it, by its outlet (or label, or headline) and date: "the
    Al Jazeera article of 14 September 2023", "The Courier article (date not stated)"."""
    meta = article.meta
    name = meta.outlet or meta.label or display_title(article)
    when = f"of {date(article)}" if meta.published else f"({date(article)})"
    article_of = "" if name.casefold().startswith("the ") else "the "
    return f"{article_of}{name} article {when}"


def merge_note(evidence: Evidence, articles: Mapping[str, Article]) -> str:
    """Why a statement joined its claim, naming the article it matched as a reader knows it
    (:func:`as_known`), not by its source id, which stays in the export's machine fields."""
    partner = evidence.partner
    if partner is None or partner not in articles:
        return evidence.why
    return evidence.why.replace(partner, as_known(articles[partner]))


def page(lines: Iterable[str]) -> str:
    """A generated MyST page: the header line, then ``lines``."""
    return HEADER + "\n" + "\n".join(lines).rstrip() + "\n"


def published(briefing: Briefing) -> dict[str, PartialDate | None]:
    """Source id -> its publication date, to date what it reported (``paging``)."""
    return {a.id: a.meta.published for a in briefing.articles}


Group = tuple[str, str, Sequence[T]]
"""A part of a period's items that gets a page of its own: (file name, title, items)."""


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
    groups: Callable[[Sequence[T]], Sequence[Group[T]]] | None = None,
    limit: int = 0,
    size: Callable[[T], int] | None = None,
    other_counts: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """A page split by period (``paging``): ``base``.md holds ``head`` and links to a page
    for each of ``parts`` (a period and its items: how many, as ``noun``), at
    <``folder``>/<period>.md beside it (``folder`` defaults to the page's name). A period
    page is titled "``title``, <period>" and holds ``intro`` (a sentence) and ``body`` of
    its items; a period of more than ``limit`` items (each counting ``size`` of them, one
    when not given), when ``groups`` is given, holds
    instead a link to a page for each of its ``groups`` (a day that cannot be split by
    date further is split by who, say), at <period>/<group>.md. The numbers of the
    listings are counts (:func:`listing`), in the page's file of counts
    (:func:`listed_file`), with ``other_counts``, the counts of the page's other listings.
    Path -> MyST text."""
    parent, _, own = base.rpartition("/")
    name = folder or own
    periods = [(p.title, p.key, len(items)) for p, items in parts]
    counted = f"{parent}/{name}"
    shown = {**(other_counts or {}), **listed_counts(counted, periods, noun)}
    pages = {f"{base}.md": page([*head, *listing(name, heading, periods, noun, counted)])}
    for p, items in parts:
        path = f"{parent}/{name}/{p.key}"
        period_title = f"{title}, {p.title}"
        top = [f"# {myst_text(period_title)}", "", myst_text(intro(p)), ""]
        split = by_group(items, limit, groups, size)
        if split is None:
            pages[f"{path}.md"] = page([*top, *body(items)])
            continue
        links = [(g_title, key, len(g_items)) for key, g_title, g_items in split]
        shown |= listed_counts(path, links, noun)
        pages[f"{path}.md"] = page([*top, *listing(p.key, "By who", links, noun, path)])
        for key, g_title, g_items in split:
            pages[f"{path}/{key}.md"] = page(
                [f"# {myst_text(f'{period_title}: {g_title}')}", "", *body(g_items)]
            )
    return pages | {listed_file(base): counts_file(shown)}


def listed_file(base: str) -> str:
    """The counts' file (``LISTED_DIR``) of the listings of the page ``base`` split by
    period (:func:`split_pages`), a path under ``docs/``."""
    return f"{DATA_DIR}/{LISTED_DIR}/{base.removeprefix(FOLDER + '/')}.json"


def count_text(text: str) -> str:
    """A count's text as every output shows it: a bidi isolate (``briefbook.bidi``), so that
    nothing in it (an outlet's name) can reorder the text after it, and its whitespace runs
    made one space, so that a line break in a name cannot become a paragraph break."""
    return " ".join(isolate(text).split())


def counts_data(counts: Mapping[str, str]) -> dict[str, object]:
    """The data of a file of counts for the ``briefbook-count`` role, the one shape of every
    such file (``COUNTS_FILE`` and the listings' files): headed, key -> its text
    (:func:`count_text`) under ``counts``, sorted by key."""
    shown = {key: count_text(text) for key, text in sorted(counts.items())}
    return {"_generated": f"{GENERATED_MARK}: do not edit", "counts": shown}


def counts_file(counts: Mapping[str, str]) -> str:
    """A file of counts (:func:`counts_data`) as JSON text."""
    return to_json_text(counts_data(counts))


def listed_counts(folder: str, links: Sequence[tuple[str, str, int]], noun: str) -> dict[str, str]:
    """The counts a :func:`listing` of the pages in ``folder`` (a document path) shows by
    their keys: each linked page's number of items, as ``noun``."""
    return {keys.listed(f"{folder}/{key}"): plural(n, noun) for _, key, n in links}


def by_group(
    items: Sequence[T],
    limit: int,
    groups: Callable[[Sequence[T]], Sequence[Group[T]]] | None,
    size: Callable[[T], int] | None = None,
) -> list[Group[T]] | None:
    """A period's items as the pages :func:`split_pages` gives them: None when they stay on
    the period's page (at most ``limit`` of them, each counting ``size``), else each group's
    parts (:func:`chunks`, by count), a page each."""
    total = len(items) if size is None else sum(size(item) for item in items)
    if groups is None or total <= limit:
        return None
    return [part for group in groups(items) for part in chunks(group, limit)]


def chunks(group: Group[T], limit: int) -> list[Group[T]]:
    """A group of more than ``limit`` items as parts of ``limit`` items (1 of 3, ...).

    A part's file name is its group's with ``--`` and its number: a slug never holds two
    dashes in a row, so it cannot be another group's (``keyed`` numbers a second "police"
    ``police-2``)."""
    key, title, items = group
    if len(items) <= limit:
        return [group]
    n = -(-len(items) // limit)
    return [
        (f"{key}--{i + 1}", f"{title} ({i + 1} of {n})", items[i * limit : (i + 1) * limit])
        for i in range(n)
    ]


def listing(
    folder: str,
    heading: str,
    links: Sequence[tuple[str, str, int]],
    noun: str,
    counted: str | None = None,
) -> list[str]:
    """A rubric and a link to each sub-page (title, file name in ``folder``, how many
    items), then the same pages in a toctree for the PDF only. With ``counted`` (the
    document path of ``folder``), each number is a :func:`count` (:func:`listed_counts`
    gives their texts), so that a changed number leaves the markup as it was."""
    lines = [f"```{{rubric}} {heading}", "```", ""]
    lines += [
        f"- [{myst_text(t)}]({folder}/{key}.md): "
        + (
            myst_text(plural(n, noun))
            if counted is None
            else count(keys.listed(f"{counted}/{key}"))
        )
        for t, key, n in links
    ]
    # The sub-pages are in a toctree for the PDF only (each becomes a section of this
    # page's chapter). In HTML they are reached from the list above: Sphinx walks every
    # document of every toctree to draw each page's sidebar, which lists the chapters only,
    # so hundreds of period pages there would cost the same walk for every page written.
    toctree = toctree_lines([f"{folder}/{key}" for _, key, _ in links])
    return [*lines, "", "````{only} latex", *toctree, "````"]


def toctree_lines(
    entries: Sequence[str], caption: str | None = None, hidden: bool = True
) -> list[str]:
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


def to_json_text(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def note_pages(names: Iterable[str]) -> list[str]:
    """Docnames of the analyst's own pages (``notes/*.md``), sorted."""
    return sorted(re.sub(r"\.md$", "", n) for n in names)


DECIMALS = 6
"""The most decimals a figure's number is shown with: as many as news writes, few enough
that a sum of parts read as binary fractions shows as written (0.1 + 0.2 is 0.3)."""


def number_text(value: float) -> str:
    """A figure's number as a reader writes it: "3,000", "7.5", "66.7", "8.5 million", and
    with every decimal its article gave ("down 2.125 cents" is 2.125, never 2.12: a bond's
    price moves in eighths, a vote share is given to the hundredth)."""
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale and (value / scale) * 10 == round((value / scale) * 10):
            return f"{value / scale:,.10g} {word}"
    if value == int(value):
        return f"{value:,.0f}"
    return f"{value:,.{DECIMALS}f}".rstrip("0").rstrip(".")


def figure_text(value: float, high: float | None, qualifier: str, unit: str) -> str:
    """A figure as the book shows it: "at least 95", "11,000–12,000 troops"'s number,
    "7.5", "16%", "USD 500 million", "three to 20 years" as "3–20 years"."""
    number = number_text(value) + (f"–{number_text(high)}" if high is not None else "")
    if unit == "%":
        number += "%"
    elif unit and unit.isupper() and len(unit) == 3:
        number = f"{unit} {number}"  # a currency code before the amount
    elif unit:
        number += f" {unit}"
    if qualifier in ("exactly", "range", "total"):
        return number
    return f"{qualifier} {number}"


def kind_title(kind: str) -> str:
    """A kind of figure as a heading: "deaths" -> "Deaths"."""
    return kind[:1].upper() + kind[1:]
