"""The bench's floor: the book's pages with briefbook's and bibtex's markup taken out."""

from __future__ import annotations

from pathlib import Path

from briefbook.bench.floor import strip_page

PAGE = """\
# Key figures\\: People

See {ref}`the conflict <bb-conflict-x1>` and {abbr}`≡ (merged)`.

````{only} latex
```{briefbook-pdf-chart} ../../key-figures-people.tex
```
````

| Figure | Reported by |
| ---: | --- |
| 150 | {cite:p}`syn00122` {briefbook-evidence}`syn00122/s7125d29d` |
| 200 | {briefbook-cited}`syn00123/s0c1d2e3f` |

```{bibliography}
:all:
```
"""


def test_the_floor_keeps_the_text_and_drops_briefbooks_and_bibtexs_markup(tmp_path: Path):
    floor = strip_page(PAGE, tmp_path)
    assert "See the conflict and ≡ (merged)." in floor  # a reference keeps its words
    assert "| 150 |   |" in floor  # the citation and evidence go
    assert "| 200 |   |" in floor  # the same when one role stands for the two
    assert "cite" not in floor and "briefbook-evidence" not in floor
    # the PDF-only chart (a directive only briefbook knows) and the bibliography go
    assert "briefbook-pdf-chart" not in floor and "bibliography" not in floor
    assert "````{only} latex" in floor  # what Sphinx itself knows stays


def test_a_table_written_as_data_is_the_floor_s_markdown_table_of_the_same_text(tmp_path: Path):
    """The floor writes a ``briefbook-table`` as the MyST table the generator would have
    written for the same cells (``markup.table``), then drops its citations: the floor's
    page is the same text either way."""
    from briefbook.book.markup import cited, data_table, evidence_cell, myst_text, table

    columns = [("Figure", "r", 1.5), ("Statement", "l", 4)]
    values = [("at least 1,200", "Police said *12* | 13 were hurt."), ("", "“Calm,” she said.")]
    as_markup = table(
        columns, [(myst_text(f), f"{myst_text(s)} {evidence_cell('a', 's1')}") for f, s in values]
    )
    as_data = data_table(columns, [(f, [s, cited("a", "s1")]) for f, s in values])
    assert as_markup != as_data
    page = "# Figures\n\n{}\n\nAfter.\n"
    floor = strip_page(page.format("\n".join(as_data)), tmp_path)
    assert floor == strip_page(page.format("\n".join(as_markup)), tmp_path)
    assert "| at least 1\\,200 | Police said \\*12\\* \\| 13 were hurt\\.   |" in floor
    assert "briefbook" not in floor and floor.endswith("After.\n")


def test_claim_lines_written_as_data_are_the_floor_s_markdown_list_of_the_same_text(tmp_path):
    """The floor writes a ``briefbook-claims`` directive as the MyST list the generator would
    have written for the same claims (``chapters.claim_markup``), then drops its roles: the
    floor's page is the same text either way."""
    from briefbook.book.chapters import claim_data_line, claim_markup

    claims = [
        [
            ("text", "Police said *12* | 13 were hurt, {ref}`x`."),
            ("glue", " "),
            ("role", "cite:p", "a"),
            ("glue", " — "),
            ("role", "ref", "Police <bb-actor-police>"),
            ("glue", " "),
            ("text", "(said)"),
            ("break",),
            ("role", "briefbook-claim-status", "c1"),
            ("glue", " · "),
            ("text", "evidence:"),
            ("glue", " "),
            ("role", "briefbook-evidence", "a/s1"),
            ("glue", " · "),
            ("text", "claim c1"),
        ],
        [("text", "“Calm,” she said."), ("glue", " "), ("role", "cite:p", "b")],
    ]
    as_markup = [claim_markup(c) for c in claims]
    as_data = ["```{briefbook-claims}", *(claim_data_line(c) for c in claims), "```"]
    page = "# Claims\n\n{}\n\nAfter.\n"
    floor = strip_page(page.format("\n".join(as_data)), tmp_path)
    assert floor == strip_page(page.format("\n".join(as_markup)), tmp_path)
    assert "- Police said \\*12\\* \\| 13 were hurt\\, \\{ref\\}\\`x\\`\\." in floor
    assert "— Police \\(said\\)  \n   · evidence\\: " in floor
    assert "briefbook" not in floor and floor.endswith("After.\n")
