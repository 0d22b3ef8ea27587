"""`briefbook add`: text kept as given, saved pages extracted offline, nothing invented."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import shutil
import socket
import tomllib

import pytest
from typer.testing import CliRunner

from briefbook.commands.add import Existing, plan
from briefbook.commands.cli import app
from briefbook.commands.htmlpage import read_page
from briefbook.model import PartialDate, SourceMeta
from briefbook.project.load import Project, load_project
from briefbook.project.problems import InputError
from conftest import FLOOD, FLOOD_FILES

runner = CliRunner()
TODAY = dt.date(2026, 11, 21)


def add(root, *args):
    return runner.invoke(app, ["add", "--project", str(root), *map(str, args)])


def articles(root):
    return sorted(p.name for p in (root / "sources" / "articles").iterdir() if p.name[0] != ".")


def ids(root):
    return sorted(p.stem for p in (root / "sources" / "articles").glob("*.toml"))


def meta_of(root, source_id):
    path = root / "sources" / "articles" / f"{source_id}.toml"
    return SourceMeta.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))


def test_saved_page_gives_its_text_and_stated_metadata(new_project):
    result = add(new_project, FLOOD / "ollan_herald.html")
    assert result.exit_code == 0, result.output
    [source_id] = ids(new_project)
    assert articles(new_project) == [f"{source_id}.toml", f"{source_id}.txt"]
    text = (new_project / "sources" / "articles" / f"{source_id}.txt").read_text(encoding="utf-8")
    assert "The county fire service said 412 homes had been evacuated" in text
    assert "an emergency grant of 1,500 euros" in text
    for chrome in ("cookies", "Accept all", "Subscribe today", "Business", "Related stories", "newsletter",
                   "All rights reserved", "Sign up", "dataLayer", "By Sam Ellery"):  # fmt: skip
        assert chrome not in text, chrome
    meta = meta_of(new_project, source_id)
    assert meta.title == "Wenmoor flood: residents return to count the cost"
    assert meta.outlet == "Valley Herald"
    assert meta.author == "Sam Ellery"
    assert meta.published == PartialDate(2025, 11, 11)
    assert meta.url == "https://valleyherald.example/news/2025/11/wenmoor-flood-residents-return"
    assert meta.language == "en-GB"
    assert meta.accessed is None and meta.inferred == {}
    assert meta.provenance and "ollan_herald.html" in meta.provenance
    assert "trafilatura" in meta.provenance
    _, raws = load_project(Project(new_project))  # the project's own validation accepts it
    assert [raw.meta for raw in raws] == [meta]


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Wire Desk Published: Tue 4 Nov 2025", "Wire Desk"),
        ("By Ana Voss | Updated: November 4, 2025 10:12 GMT", "Ana Voss"),
        ("By Ana Voss and Piet Moor, Posted 4 November 2025", "Ana Voss; Piet Moor"),
        ("By Ana Voss, Tuesday 4 November", "Ana Voss"),
        ("By Grace May", "Grace May"),  # a surname that is a month stays
    ],
)
def test_a_bylines_date_and_its_labels_are_not_the_author(byline, author):
    body = "Rescuers searched the river banks in Wenmoor on Tuesday for two missing people. " * 8
    page = (
        "<html><head><title>Wenmoor flood</title></head><body><article><h1>Wenmoor flood</h1>"
        f'<div class="byline">{byline}</div><p>{body}</p></article></body></html>'
    )
    read = read_page(page.encode(), dt.date(2025, 11, 5))
    assert read is not None
    assert read.fields["author"].value == author
    assert "Rescuers searched the river banks" in read.text


def test_page_without_metadata_leaves_the_rest_empty(new_project):
    assert add(new_project, FLOOD / "ollan_courier.htm").exit_code == 0
    [source_id] = ids(new_project)
    meta = meta_of(new_project, source_id)
    assert meta.title == "Clean-up begins in Wenmoor"
    assert (meta.outlet, meta.author, meta.published, meta.url, meta.language) == (None,) * 5
    toml = (new_project / "sources" / "articles" / f"{source_id}.toml").read_text(encoding="utf-8")
    assert toml.startswith(f"# Metadata for {meta.id}.txt. Empty = not stated by the article.\n")
    assert "# Not found by briefbook add: outlet, author, published, url, language." in toml


def test_text_and_markdown_are_copied_byte_for_byte_with_numbered_ids(new_project):
    result = add(new_project, FLOOD / "ollan_wire.txt", FLOOD / "ollan_post.md")
    assert result.exit_code == 0, result.output
    folder = new_project / "sources" / "articles"
    for number, name in enumerate(("ollan_wire.txt", "ollan_post.md")):
        raw = (FLOOD / name).read_bytes()
        source_id = f"{number:03d}_{hashlib.sha256(raw).hexdigest()[:16]}"
        suffix = name.rsplit(".", 1)[1]
        assert (folder / f"{source_id}.{suffix}").read_bytes() == raw
        assert meta_of(new_project, source_id).id == source_id
    post = meta_of(new_project, "001_" + hashlib.sha256(raw).hexdigest()[:16])
    assert post.title == "Water board denies reservoir release caused Wenmoor flood"
    assert post.author is None  # the byline is in the text; add reads no metadata from it


def test_the_same_text_is_refused_naming_the_article_it_duplicates(new_project, tmp_path):
    assert add(new_project, FLOOD / "ollan_wire.txt").exit_code == 0
    [first] = ids(new_project)
    again = add(new_project, FLOOD / "ollan_wire.txt")
    assert again.exit_code == 1
    assert f"already imported: article {first} has the same text" in again.output
    assert "ollan_wire.txt" in again.output
    rewrapped = tmp_path / "renamed copy.txt"
    text = (FLOOD / "ollan_wire.txt").read_text(encoding="utf-8")
    rewrapped.write_text(text.replace(". ", ".\n  "), encoding="utf-8")
    other = add(new_project, rewrapped, FLOOD / "ollan_post.md")
    assert other.exit_code == 1  # one refused, the other imported
    assert f"renamed copy.txt: [text] already imported: article {first}" in other.output
    assert len(articles(new_project)) == 4


def test_a_duplicate_within_one_command_is_refused(new_project, tmp_path):
    copy = tmp_path / "copy.html"
    shutil.copy(FLOOD / "ollan_herald.html", copy)
    result = add(new_project, FLOOD / "ollan_herald.html", copy)
    assert result.exit_code == 1
    assert "copy.html: [text] already imported: article 000_" in result.output
    assert len(articles(new_project)) == 2


def test_options_win_over_the_page_and_an_empty_one_clears_it(new_project):
    result = add(
        new_project, FLOOD / "ollan_herald.html", "--title", 'Flood: "count the cost" \\ C:\\x',
        "--outlet", "The Valley Herald", "--date", "2025-11", "--author", "",
        "--accessed", "2025-11-20", "--id", "herald", "--verbose",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    meta = meta_of(new_project, "herald")
    assert meta.title == 'Flood: "count the cost" \\ C:\\x'
    assert meta.outlet == "The Valley Herald"
    assert meta.published == PartialDate(2025, 11)
    assert meta.author is None
    assert meta.accessed == PartialDate(2025, 11, 20)
    assert meta.url.startswith("https://valleyherald.example/")  # still from the page
    assert "title: 'Flood" in result.output and "from option --title" in result.output
    assert "url: 'https://valleyherald.example" in result.output
    assert 'from <link rel="canonical"> (stated)' in result.output
    assert "author: not found (give it with --author)" in result.output


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--date", "2025-13-01", "--date (published): '2025-13-01' has no month 13"),
        ("--date", "11/11/2025", "--date (published): '11/11/2025' is not a date"),
        ("--url", "ftp://x.example/a", "--url: must be an http:// or https:// URL"),
        ("--id", "Bad Id", "--id: use lower-case letters"),
        ("--accessed", "yesterday", "--accessed: 'yesterday' is not a date"),
    ],
)
def test_a_bad_option_names_it_and_writes_nothing(new_project, option, value, message):
    result = add(new_project, FLOOD / "ollan_wire.txt", option, value)
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())
    assert articles(new_project) == []


def test_options_for_one_article_are_refused_with_several_files(new_project):
    result = add(
        new_project,
        FLOOD / "ollan_wire.txt",
        FLOOD / "ollan_post.md",
        "--url",
        "https://a.example/x",
    )
    assert result.exit_code == 2
    assert "--url describes one article: give one FILE with it, not 2" in result.output
    assert articles(new_project) == []


def test_a_bad_file_is_named_and_the_others_still_import(new_project, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "photo.md"
    binary.write_bytes(b"\x89PNG\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 owners said the water rose fast.".encode("cp1252"))
    files = [empty, FLOOD / "ollan_wire.txt", tmp_path / "missing.txt", binary, latin,
             tmp_path / "notes.docx", FLOOD / "ollan_post.md"]  # fmt: skip
    (tmp_path / "notes.docx").write_bytes(b"PK")
    result = add(new_project, *files)
    assert result.exit_code == 1
    out = result.output
    assert "empty.txt: article is empty" in out
    assert "missing.txt: cannot read" in out
    assert "photo.md: binary file, not text (fix: import a text" in out
    assert "latin.txt:1: not UTF-8 text (byte 0xe9 at offset 3)" in out
    assert "notes.docx: unsupported file type '.docx'" in out
    assert "imported 2 of 7 file(s) into sources/articles/; 5 refused" in out
    assert len(articles(new_project)) == 4


def test_quiet_prints_only_errors(new_project):
    quiet = add(new_project, FLOOD / "ollan_wire.txt", "--quiet")
    assert quiet.exit_code == 0 and quiet.output == ""
    again = add(new_project, FLOOD / "ollan_wire.txt", "--quiet")
    assert again.exit_code == 1
    assert again.output.strip().splitlines()[0].endswith("(ignoring whitespace) (fix: nothing to "
                                                         "do; to import it again, first delete "
                                                         f"{articles(new_project)[0][:20]}.* from "
                                                         "sources/articles/)")  # fmt: skip


@pytest.mark.parametrize("command", ["add", "build", "generate"])
def test_quiet_and_verbose_exclude_each_other(new_project, command):
    args = [command, "--quiet", "--verbose", "--project", str(new_project)]
    result = runner.invoke(
        app, [*args, str(FLOOD / "ollan_wire.txt")] if command == "add" else args
    )
    assert result.exit_code == 2
    assert "give --quiet or --verbose, not both" in result.output
    assert articles(new_project) == []


def test_many_files_show_progress(new_project):
    result = add(new_project, *(FLOOD / name for name in FLOOD_FILES))
    assert result.exit_code == 0, result.output
    assert "4/4" in result.output
    assert len(re.findall(r"^added \d{3}_[0-9a-f]{16}\.(txt|md) from ", result.output, re.M)) == 4
    check = runner.invoke(app, ["check", "--project", str(new_project)])
    assert check.exit_code == 0 and "OK: 4 articles" in check.output


def test_nothing_is_fetched(new_project, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("briefbook add tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    url_only = tmp_path / "bookmark.html"
    url_only.write_text("https://valleyherald.example/news/2025/11/other-story", encoding="utf-8")
    result = add(new_project, FLOOD / "ollan_herald.html", url_only)
    assert result.exit_code == 1
    assert "bookmark.html: [text] no article text found in the page" in result.output
    assert len(articles(new_project)) == 2


PAGE = """<!DOCTYPE html><html><head><title>Levee repairs start</title>{head}</head><body>
<article><h1>Levee repairs start</h1>
<p>Engineers began repairing the levee on the River Ollan on Tuesday, the county said.</p>
<p>The work is expected to take three weeks and to cost about 2 million euros.</p>
</article></body></html>"""


def test_a_date_only_in_the_url_is_marked_inferred_and_a_domain_is_no_outlet():
    head = '<link rel="canonical" href="https://county.example/2025/11/18/levee-repairs">'
    page = read_page(PAGE.format(head=head).encode(), TODAY)
    assert page is not None
    published = page.fields["published"]
    assert published.value == "2025-11-18"
    assert published.inferred and "date in its URL" in published.inferred
    assert "outlet" not in page.fields
    assert any("only its web address (county.example)" in note for note in page.notes)
    planned = plan(FLOOD / "levee.html", PAGE.format(head=head).encode(), {}, Existing(), TODAY)
    assert planned.text.count("Engineers began") == 1  # trafilatura < 2.2 repeats short pages
    assert planned.meta.inferred == {"published": published.inferred}
    assert "[inferred]" in planned.toml
    assert SourceMeta.model_validate(tomllib.loads(planned.toml)) == planned.meta


def test_a_stated_date_wins_over_the_url_and_unusable_values_are_left_out():
    head = (
        '<link rel="canonical" href="https://county.example/2025/11/18/levee-repairs">'
        '<meta property="article:published_time" content="2025-11-19T09:00:00Z">'
    )
    html = PAGE.format(head=head).replace("<html>", '<html lang="not a tag">').encode()
    planned = plan(FLOOD / "levee.html", html, {}, Existing(), TODAY)
    assert planned.meta.published == PartialDate(2025, 11, 19)
    assert planned.fields["published"].origin == '<meta property="article:published_time">'
    assert planned.meta.inferred == {}
    assert planned.meta.language is None
    assert any(note.startswith("language: 'not a tag'") for note in planned.notes)


def test_metadata_toml_escapes_whatever_a_page_or_an_option_states():
    title = 'Say "no" \\ to [dams] = \u2603'
    head = (
        f'<meta property="og:title" content="{html.escape(title)}">'
        '<meta property="og:site_name" content="A = B [x]">'
    )
    page = PAGE.format(head=head).encode()
    planned = plan(FLOOD / "odd.html", page, {}, Existing(), TODAY)
    assert (planned.meta.title, planned.meta.outlet) == (title, "A = B [x]")
    assert SourceMeta.model_validate(tomllib.loads(planned.toml)) == planned.meta
    options = {"author": "Tab\there ''' \"\"\"", "outlet": "#1 \\u0041"}
    planned = plan(FLOOD / "odd.html", page, options, Existing(), TODAY)
    assert planned.meta.author == options["author"] and planned.meta.outlet == options["outlet"]
    assert SourceMeta.model_validate(tomllib.loads(planned.toml)) == planned.meta
    # a control character is not text: refused (tests/test_security_text.py)
    with pytest.raises(InputError, match="1 problem"):
        plan(FLOOD / "odd.html", page, {"author": "Del \x7f"}, Existing(), TODAY)


def test_a_project_folder_without_a_briefing_is_refused_not_replaced_by_its_parent(
    new_project, tmp_path
):
    # `--project` names a folder inside a project that is no project itself: the article must
    # not land in the project above it, and the error names the folder given
    inner = new_project / "corpus"
    inner.mkdir()
    text = tmp_path / "a.txt"
    text.write_text("Officials said the bridge would reopen on Monday.\n", encoding="utf-8")
    before = ids(new_project)
    result = add(inner, text)
    assert result.exit_code == 1
    assert "no briefing project in" in result.output
    assert str(inner.resolve()) in result.output.replace("\n", "")
    assert ids(new_project) == before
    assert not (inner / "sources").exists()
