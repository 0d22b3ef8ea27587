"""Build the seed corpus end to end, as `briefbook build` and `briefbook pdf` do."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from typer.testing import CliRunner

from briefbook.commands.cli import app

pytestmark = pytest.mark.slow

SEED_IDS = {
    "000_b00f8addc369c7a2",
    "001_a4fe718e7c600af5",
    "002_968b073979ff03d3",
    "003_4538a7378ebe7523",
    "004_6b8b6190b3094336",
}


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_topic_chapters_cite_all_five_articles(built):
    cited = set()
    for chapter in sorted((built / "briefing" / "topics").glob("*.html")):
        for link in soup(chapter).select("article a[href*='bibliography.html#']"):
            cited.add(link["href"].split("#", 1)[1])
    bibliography = soup(built / "briefing" / "bibliography.html")
    entries = {tag["id"] for tag in bibliography.select("div.citation[id]")}
    assert len(entries) == 5
    assert cited == entries
    assert {e.removeprefix("cite-").replace("-", "_") for e in entries} == SEED_IDS


def test_every_claim_links_to_its_exact_sentences(built):
    """Each claim cites its articles and links to every sentence of evidence; its wording is
    one of those sentences, verbatim; every statement of the briefing is linked once."""
    linked: list[str] = []
    pages: dict[Path, BeautifulSoup] = {}
    for chapter in sorted((built / "briefing" / "topics").glob("*.html")):
        for item in soup(chapter).select("article li"):
            assert item.select("a[href*='bibliography.html']"), item.get_text()
            sentences = []
            for link in item.select("a[href*='/sources/']"):
                page_name, anchor = link["href"].split("#")
                page = (chapter.parent / page_name).resolve()
                assert page.stem in SEED_IDS
                doc = pages.setdefault(page, soup(page))
                target = doc.find(id=anchor)
                assert target is not None, link["href"]
                sentences.append(target.find_next_sibling("span", class_="bb-sentence").get_text())
                linked.append(f"{page.stem}#{anchor}")
            wording = item.get_text(" ", strip=True)
            assert any(wording.startswith(s) for s in sentences), (wording, sentences)
    assert len(linked) == len(set(linked)) > 100
    export = json.loads((built / "briefbook-export.json").read_text(encoding="utf-8"))
    assert sorted(linked) == sorted(f"{s['source']}#{s['sentence']}" for s in export["statements"])


def test_json_export_is_published_next_to_the_book(built):
    import jsonschema

    from briefbook.export import schema

    data = json.loads((built / "briefbook-export.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema())
    assert {s["id"] for s in data["sources"]} == SEED_IDS


def test_boilerplate_stays_out_of_the_briefing(built):
    text = " ".join(
        soup(p).select_one("article").get_text(" ")
        for p in (built / "briefing" / "topics").glob("*.html")
    )
    for junk in (
        "Listen to our audio presentation",
        "@YourAnonCentral",
        "pic.twitter.com",
        "(Scypre.com)",
    ):
        assert junk not in text
    source = soup(built / "briefing" / "sources" / "004_6b8b6190b3094336.html")
    greyed = " ".join(s.get_text() for s in source.select(".bb-boilerplate"))
    assert "pic.twitter.com/b45jhgWgOH" in greyed


def test_source_page_shows_exact_text(built):
    from conftest import REPO

    text = (REPO / "sources" / "articles" / "002_968b073979ff03d3.txt").read_text(encoding="utf-8")
    page = soup(built / "briefing" / "sources" / "002_968b073979ff03d3.html")
    shown = "".join(s.get_text() for s in page.select(".bb-sentence"))
    assert re.sub(r"\s+", "", shown) == re.sub(r"\s+", "", text)


@pytest.mark.tex
@pytest.mark.skipif(shutil.which("latexmk") is None, reason="TeX Live not installed")
def test_pdf_has_resolved_citations_and_intact_names(built):
    root = built.parent.parent.parent
    result = CliRunner().invoke(app, ["pdf", "--quiet", "--project", str(root)])
    assert result.exit_code == 0, result.output
    pdf = root / "docs" / "_build" / "latex" / "briefing.pdf"
    assert str(pdf) in result.output.replace("\n", "")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "??" not in text and "[?]" not in text
    for name in ("Zelenskyy", "Kyiv", "“very, very serious”", "Bibliography", "Deployment"):
        assert name in text
    assert "[Scypre.com 2024]" in text
    title = subprocess.run(
        ["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "from 5 articles" in title and "Outlets named: 2" in title and "claims" in title
    assert "Cited in:" in text  # back-references in the bibliography


def _pages(html: Path) -> dict[str, str]:
    return {
        p.relative_to(html).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(html.rglob("*.html"))
    }


def test_a_parallel_build_writes_the_same_book_as_a_serial_one(built, tmp_path):
    """The extension declares itself parallel-safe: `-j 2` and `-j 1` give the same pages."""
    from sphinx.cmd.build import build_main

    docs = built.parent.parent
    serial = tmp_path / "serial"
    assert build_main(["-b", "html", "-j", "1", "-q", "-W", str(docs), str(serial)]) == 0
    parallel = tmp_path / "parallel"
    assert build_main(["-b", "html", "-j", "2", "-q", "-W", str(docs), str(parallel)]) == 0
    one, two = _pages(serial), _pages(parallel)
    assert one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []


def test_source_pages_are_linked_from_the_index_not_the_sidebar(built):
    index = soup(built / "briefing" / "sources" / "index.html")
    linked = {a["href"] for a in index.select("article a[href$='.html']")}
    assert {f"{source_id}.html" for source_id in SEED_IDS} <= linked
    sidebar = soup(built / "index.html").select_one("nav.bd-docs-nav")
    assert sidebar is not None
    assert "Sources" in sidebar.get_text()
    assert not [a for a in sidebar.select("a") if "sources/0" in a.get("href", "")]


def test_indexed_citation_lookups_give_what_sphinxcontrib_bibtex_gives(built, tmp_path, make_app):
    """The cite domain's indexed look-ups (briefbook.sphinx.citations) change no result."""
    from sphinx.addnodes import pending_xref
    from sphinxcontrib.bibtex.domain import BibtexDomain

    from briefbook.sphinx.citations import IndexedBibtexDomain

    docs = built.parent.parent
    shutil.copytree(built.parent, tmp_path / "_build")
    app = make_app("html", srcdir=docs, builddir=tmp_path / "_build")
    app.build()
    ours = app.env.get_domain("cite")
    assert isinstance(ours, IndexedBibtexDomain)
    plain = BibtexDomain(app.env)
    plain.reference_style = ours.reference_style
    for key in ours.bibliographies:
        assert list(ours.get_filtered_entries(key)) == list(plain.get_filtered_entries(key))
    refs = [r for r in ours.citation_refs if len(r.targets) > 1][:5] + ours.citation_refs[:5]
    assert refs
    for ref in refs:
        target = ",".join(t.key for t in ref.targets)
        node = pending_xref("", refdomain="cite", reftype="p", reftarget=target)
        args = (app.env, ref.docname, app.builder, "p", target, node, node)
        assert ours.resolve_xref(*args).pformat() == plain.resolve_xref(*args).pformat()
