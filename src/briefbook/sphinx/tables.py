"""The ``briefbook-table`` directive: a table built from data (``briefbook.book.tables``).

The nodes are those MyST makes of the same table written as markup in a ``{table}``
directive (``markup.table``): a ``table`` of the given classes after ``colwidths-auto``, one
``tgroup`` with a ``colspec`` of equal width per column, a header row and the body's rows, each
cell an ``entry`` (``text-right`` or ``text-center`` for a column so aligned) holding one
paragraph. A cell's text goes into a text node as it is, never parsed; a cited part is what
the ``briefbook-cited`` role makes of it, called in the order MyST would have called it (so
the citations' ids are the same). The key figures of a large briefing are tens of thousands
of rows: MyST parsing each row as Markdown, then each cell's role, was most of the cost of
reading those pages.
"""

from __future__ import annotations

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from briefbook.book.tables import CITED, Cell, read_rows
from briefbook.sphinx.evidence import CITED_ROLE, CitedRole

_ALIGN = {"l": [], "r": ["text-right"], "c": ["text-center"]}
"""A column's alignment -> the classes of its cells (a MyST table's ``---``, ``---:``,
``:---:``)."""


def refused(directive: SphinxDirective, err: ValueError) -> nodes.Node:
    """The error a data directive (a table's or claim lines') gives for content not of its
    format: the directive's name and what is wrong, at its line, with its text shown."""
    return directive.state.document.reporter.error(
        f"{directive.name}: {err}",
        nodes.literal_block(directive.block_text, directive.block_text),
        line=directive.lineno,
    )


class DataTableDirective(SphinxDirective):
    """``briefbook-table``: see the module."""

    has_content = True
    option_spec = {"class": directives.class_option}  # noqa: RUF012 (docutils' API)

    cited = CitedRole()

    def run(self) -> list[nodes.Node]:
        try:
            columns, rows = read_rows(list(self.content))
        except ValueError as err:
            return [refused(self, err)]
        messages: list[nodes.Node] = []
        table = nodes.table(classes=["colwidths-auto", *self.options.get("class", [])])
        self.set_source_info(table)
        tgroup = nodes.tgroup(cols=len(columns))
        table += tgroup
        for _ in columns:
            tgroup += nodes.colspec(colwidth=100 // len(columns))
        classes = [_ALIGN[align] for _, align in columns]
        thead = nodes.thead()
        tgroup += thead
        thead += self._row([heading for heading, _ in columns], classes, messages)
        if rows:
            tbody = nodes.tbody()
            tgroup += tbody
            for row in rows:
                tbody += self._row(row, classes, messages)
        return [table, *messages]

    def _row(
        self, cells: list[Cell], classes: list[list[str]], messages: list[nodes.Node]
    ) -> nodes.row:
        row = nodes.row()
        for cell, cell_classes in zip(cells, classes, strict=True):
            para = nodes.paragraph()
            text = ""  # the text before the next cited part, as one text node (as MyST's)
            for i, part in enumerate(cell if isinstance(cell, list) else [cell]):
                text += " " * bool(i)
                if isinstance(part, str):
                    text += part
                    continue
                if text:
                    para += nodes.Text(text)
                    text = ""
                target = part[CITED]
                made, problems = self.cited(
                    CITED_ROLE,
                    f":{CITED_ROLE}:`{target}`",
                    target,
                    self.lineno,
                    self.state.inliner,
                )
                para.extend(made)
                messages.extend(problems)
            if text:
                para += nodes.Text(text)
            row += nodes.entry("", para, classes=list(cell_classes))
        return row
