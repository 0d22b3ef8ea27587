"""Hostile input: what the user sees when article metadata or the cache holds an attack."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from briefbook.commands.generate import generate, load_briefing, reading_cache
from briefbook.export import Format, Table, export
from briefbook.model import SourceMeta
from briefbook.project import cache
from briefbook.project.load import Project
from conftest import ARTICLE

HOSTILE = """\
id = "a1"
title = "<img src=x onerror=alert(1)>"
outlet = "<script>alert(2)</script>"
url = 'https://example.org/a"}}@online{fake,title={Forged}}~x\\y?q=1%20b'
published = "2025-03-04"
"""


@pytest.fixture
def hostile(make_project) -> Path:
    return make_project({"a1": (ARTICLE, HOSTILE)})


def test_a_url_cannot_add_or_rewrite_bibliography_entries(hostile):
    generate(Project(hostile))
    bib = (hostile / "docs" / "briefing" / "references.bib").read_text(encoding="utf-8")
    from pybtex.database import parse_string

    data = parse_string(bib.split("\n", 1)[1], "bibtex")
    assert list(data.entries) == ["a1"]
    entry = data.entries["a1"]
    assert entry.fields["title"] == "<img src=x onerror=alert(1)>"
    assert entry.fields["url"].replace("\\%", "%") == (
        "https://example.org/a%22%7D%7D@online%7Bfake,title=%7BForged%7D%7D%7Ex%5Cy?q=1%20b"
    )


def test_unsafe_url_characters_are_percent_encoded_and_control_characters_refused():
    meta = SourceMeta(id="a", url='https://e.org/p?a="x"&b={1}|`^<>')
    assert meta.url == "https://e.org/p?a=%22x%22&b=%7B1%7D%7C%60%5E%3C%3E"
    with pytest.raises(ValueError, match="control characters"):
        SourceMeta(id="a", url="https://e.org/\x08")


@pytest.mark.slow
def test_titles_and_outlets_never_run_as_script_in_the_book(hostile):
    from briefbook.commands.build import build_html

    generate(Project(hostile))
    index = build_html(hostile / "docs", quiet=True)
    pages = list(index.parent.rglob("*.html"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "<img src=x" not in text and "<script>alert" not in text, page.name
    source = (index.parent / "briefing" / "sources" / "a1.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;" in source  # shown, as text


def test_the_theme_still_sets_the_titles_the_fix_escapes():
    """briefbook.sphinx.theme escapes sphinx-book-theme's `pagetitle` and `root_title`: if
    the theme stops setting them, the override is doing nothing and must be looked at."""
    import inspect

    import sphinx_book_theme

    source = inspect.getsource(sphinx_book_theme)
    assert 'context["pagetitle"]' in source and 'context["root_title"]' in source


def test_csv_cells_never_start_a_formula(make_project):
    text = '=HYPERLINK("http://evil") said the union. -2 ships left, the port said.\n'
    root = make_project({"a1": (text, 'id = "a1"\noutlet = "@Outlet"\n')})
    out = export(load_briefing(Project(root)), Format.CSV, Table.STATEMENTS)
    for row in csv.reader(io.StringIO(out)):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell


def test_a_planted_cache_file_is_data_never_code(make_project, tmp_path):
    root = make_project()
    project = Project(root)
    generate(project)
    entries = list((root / cache.FOLDER).glob("*.json"))
    assert entries and not list((root / cache.FOLDER).glob("*.pickle"))
    marker = tmp_path / "ran"
    payload = (
        b"\x80\x04\x95" + b"cos\nsystem\n(S'touch " + str(marker).encode() + b"'\ntR."
    )  # what a pickle that runs a command looks like
    entries[0].write_bytes(payload)
    store = reading_cache(project)
    generate(project, store)
    assert not marker.exists()
    assert store.misses == 1  # read again, from the article
    entries[0].write_text(json.dumps({"article": {"unexpected": True}}), encoding="utf-8")
    store = reading_cache(project)
    generate(project, store)
    assert store.misses == 1


SAVED_PAGE = """<!DOCTYPE html><html><head><title>x</title>
<meta property="og:title" content="&lt;img src=x onerror=alert(1)&gt;">
<meta property="og:site_name" content="&lt;script&gt;alert(2)&lt;/script&gt;">
<meta property="og:url" content='https://example.org/a"}}@online{fake,title={Forged}}'>
</head><body><article><h1>Harbour</h1>
<p>About 2,000 dockers walked out on Monday at the harbour, the union said.</p>
</article></body></html>"""


def test_a_saved_page_reaches_the_same_defences_through_add(make_project, tmp_path):
    """`briefbook add` takes title, outlet and url from the page's og: tags: they are the
    same metadata, kept as text, and the url cannot forge a bibliography entry."""
    from pybtex.database import parse_string
    from typer.testing import CliRunner

    from briefbook.commands.cli import app

    root = make_project({})
    page = tmp_path / "page.html"
    page.write_text(SAVED_PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["add", str(page), "--id", "p1", "--project", str(root)])
    assert result.exit_code == 0, result.output
    meta = load_briefing(Project(root)).articles[0].meta
    assert meta.title == "<img src=x onerror=alert(1)>"
    assert meta.outlet is not None and meta.outlet.lower() == "<script>alert(2)</script>"
    generate(Project(root))
    bib = (root / "docs" / "briefing" / "references.bib").read_text(encoding="utf-8")
    assert list(parse_string(bib.split("\n", 1)[1], "bibtex").entries) == ["p1"]


def test_a_planted_cache_file_too_deep_to_read_is_a_miss(make_project):
    root = make_project()
    project = Project(root)
    generate(project)
    (entry,) = (root / cache.FOLDER).glob("*.json")
    entry.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    store = reading_cache(project)
    generate(project, store)
    assert store.misses == 1
