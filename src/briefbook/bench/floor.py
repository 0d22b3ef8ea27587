"""The floor of a benchmark: what Sphinx itself costs to build the same pages.

``text_only`` copies a generated book (``docs/``) into a project that Sphinx, MyST and
sphinx-book-theme build alone, without briefbook's extension and without
sphinxcontrib-bibtex: the same pages, the same headings, toctrees and tables, the same
words, but no citation, evidence link, cross-reference, index entry or bibliography, and
each article's sentences as plain paragraphs instead of the annotated source directive.
The cold build of that project is what any Sphinx book of this size costs; ``nox -s
bench`` prints briefbook's cold build as a multiple of it.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from briefbook.book.claimlines import BREAK, CLAIMS_DIRECTIVE, ROLE, TEXT, read_claims
from briefbook.book.markup import (
    CITED_ROLE,
    CLAIM_STATUS_FILE,
    DATA_DIR,
    FOLDER,
    escaped,
    myst_text,
    table,
)
from briefbook.book.places import COUNT_ROLE, COUNTS_DIR
from briefbook.book.tables import CITED, TABLE_DIRECTIVE, Cell, read_rows
from briefbook.sphinx import TOC_DEPTH
from briefbook.sphinx.written_data import merged_counts

CONF = '''\
"""A text-only copy of a briefbook book: Sphinx, MyST and the theme alone (bench floor)."""

project = {title!r}
extensions = ["myst_parser"]
root_doc = "index"
exclude_patterns = ["_build", "**/.*", "briefing/_data"]
smartquotes = False
myst_enable_extensions: list[str] = []
html_theme = "sphinx_book_theme"
html_title = project
html_theme_options = {options!r}
html_last_updated_fmt = None
'''

_ROLE_KEEPS_TEXT = re.compile(r"\{(?:ref|doc|abbr)\}`([^`<]*?)(?:\s*<[^`]*>)?`")
"""``{ref}`title <label>```, ``{doc}`title <page>``` and ``{abbr}`text``` -> their text."""
_ROLE_DROPPED = re.compile(r"\{(?:cite:p|cite|briefbook-evidence)\}`[^`]*`")
_CITED = re.compile(r"\{" + re.escape(CITED_ROLE) + r"\}`[^`]*`")
"""A citation and its evidence link in one role: dropped like the two roles it stands for,
leaving the space that was between them (the floor's pages keep the same text)."""
_DIRECTIVE = re.compile(r"^(`{3,})\{([a-z:-]+)\}(.*)$")
DROPPED_DIRECTIVES = frozenset({"index", "bibliography", "briefbook-pdf-chart"})
"""Directives the floor leaves out: bibtex's and briefbook's own (the chart's TikZ is for the
PDF only: in HTML the book draws nothing for it)."""


def _source_text(docs: Path, source_id: str) -> list[str]:
    """An article's blocks as plain paragraphs, from its generated data."""
    data: dict[str, Any] = json.loads(
        (docs / DATA_DIR / f"{source_id}.json").read_text(encoding="utf-8")
    )
    lines: list[str] = []
    for block in data["blocks"]:
        text = " ".join(s["text"] for s in block["sentences"])
        lines += [myst_text(f"¶{block['number']} {block['prefix']}{text}"), ""]
    return lines


def _table_markup(content: list[str]) -> list[str]:
    """A ``briefbook-table`` directive's table as the MyST table it stands for (the cells'
    text escaped, a cited part as the ``briefbook-cited`` role), without the column widths
    written before the directive."""
    columns, rows = read_rows([line for line in content if not line.startswith(":")])

    def cell(value: Cell) -> str:
        parts = value if isinstance(value, list) else [value]
        return " ".join(
            myst_text(p) if isinstance(p, str) else f"{{{CITED_ROLE}}}`{p[CITED]}`" for p in parts
        )

    lines = table([(h, a, 1) for h, a in columns], [[cell(c) for c in row] for row in rows])
    return lines[lines.index("````{table}") :]


def _claims_markup(content: list[str]) -> list[str]:
    """A ``briefbook-claims`` directive's claims as the MyST bullet list they stand for (the
    text escaped, each role as written, a hard break as two spaces and a new line)."""
    lines: list[str] = []
    for claim in read_claims(content):
        text = "".join(
            escaped(p)
            if isinstance(p, str)
            else "  \n  "
            if BREAK in p
            else f"{{{p[ROLE]}}}`{p[TEXT]}`"
            for p in claim
        )
        lines += f"- {text}".split("\n")
    return lines


_STATUS_ROLE = re.compile(r"\{briefbook-claim-status\}`([^`]*)`")


def _status_text(docs: Path) -> dict[str, str]:
    """Claim id -> the words of its grade and conflict links, as MyST text."""
    try:
        data: dict[str, Any] = json.loads(
            (docs / DATA_DIR / CLAIM_STATUS_FILE).read_text(encoding="utf-8")
        )["claims"]
    except (OSError, KeyError):
        return {}
    return {
        claim: f"**{myst_text(s['badge'])}**"
        + (" " + myst_text(s["lead"] + ", ".join(title for title, _ in s["links"])))
        * bool(s["links"])
        for claim, s in data.items()
    }


_COUNT_ROLE = re.compile(r"\{" + COUNT_ROLE + r"\}`([^`]*)`")


def _count_text(docs: Path) -> dict[str, str]:
    """Key -> the text of its count, as MyST text, from every file of counts, merged as
    ``briefbook.sphinx.counts.load`` merges them (``written_data.merged_counts``: a key given
    twice is an error); a broken file gives none."""
    files: list[tuple[str, dict[str, str]]] = []
    for path in sorted((docs / DATA_DIR / COUNTS_DIR).rglob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))["counts"]
            files.append((str(path), dict(data.items())))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue
    return {key: myst_text(text) for key, text in merged_counts(files).items()}


def strip_page(
    text: str,
    docs: Path,
    status: dict[str, str] | None = None,
    counts: dict[str, str] | None = None,
) -> str:
    """A generated MyST page with briefbook's and bibtex's markup taken out (see module);
    a claim's status (``status``: from :func:`_status_text`) and a count (``counts``: from
    :func:`_count_text`) keep their words."""
    out: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        match = _DIRECTIVE.match(line)
        if match and match[2] in (*DROPPED_DIRECTIVES, "briefbook-source"):
            fence = match[1]
            end = i + 1
            while not lines[end].startswith(fence):
                end += 1
            if match[2] == "briefbook-source":
                out += _source_text(docs, match[3].strip())
            i = end + 1
            continue
        if match and match[2] == TABLE_DIRECTIVE:
            end = i + 1
            while not lines[end].startswith(match[1]):
                end += 1
            lines[i : end + 1] = _table_markup(lines[i + 1 : end])
            continue
        if match and match[2] == CLAIMS_DIRECTIVE:
            end = i + 1
            while not lines[end].startswith(match[1]):
                end += 1
            lines[i : end + 1] = _claims_markup(lines[i + 1 : end])
            continue
        line = _STATUS_ROLE.sub(lambda m: (status or {}).get(m[1], ""), line)
        # a count missing from the data shows its key, as the extension shows it
        line = _COUNT_ROLE.sub(lambda m: (counts or {}).get(m[1], myst_text(m[1])), line)
        line = _CITED.sub(" ", line)
        line = _ROLE_DROPPED.sub("", line)
        out.append(_ROLE_KEEPS_TEXT.sub(r"\1", line))
        i += 1
    return "\n".join(out) + "\n"


def text_only(docs: Path, dest: Path, title: str, theme_options: dict[str, Any]) -> Path:
    """Write the floor project for the book in ``docs`` to ``dest`` (replaced); its path."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    status = _status_text(docs)
    counts = _count_text(docs)
    for path in sorted(docs.rglob("*.md")):
        rel = path.relative_to(docs)
        if rel.parts[0].startswith(("_", ".")) or rel.parts[:2] == (FOLDER, "_data"):
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        text = path.read_text(encoding="utf-8")
        # the book's tables of contents keep TOC_DEPTH levels (briefbook.sphinx), and its
        # source pages are reached by links, not toctrees: the same pages, the same sidebars
        meta = [f"tocdepth: {TOC_DEPTH}"] if rel.parts[0] == FOLDER or rel.stem == "index" else []
        if "{briefbook-source}" in text:
            meta.append("orphan: true")
        front = "---\n" + "".join(f"{line}\n" for line in meta) + "---\n" if meta else ""
        target.write_text(front + strip_page(text, docs, status, counts), encoding="utf-8")
    for path in docs.glob(f"{FOLDER}/**/*.svg"):
        target = dest / path.relative_to(docs)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    (dest / "conf.py").write_text(CONF.format(title=title, options=theme_options), encoding="utf-8")
    return dest
