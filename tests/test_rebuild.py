"""What an incremental build reads and writes again: only what a change touches."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from docutils import nodes
from docutils.utils import new_document

from briefbook.sphinx import parallel
from briefbook.sphinx.citations import cited_order, stable_id
from briefbook.sphinx.neighbours import changed_pages, navigation
from briefbook.sphinx.neighbours import digests as navigation_digests
from briefbook.sphinx.nodes import relative_uri, start_tag
from briefbook.sphinx.shown import changed_sentences, digests, linking_pages, load
from test_moved import ROOT, _build, _write


def _bibliography_cites(html: str) -> list[str]:
    """The ``href`` of each back-link in the bibliography's "Cited in" lines."""
    return re.findall(r'class="bb-backref reference internal" href="([^"]+)"', html)


def _chapter_and_bibliography(tmp_path: Path) -> Path:
    """A book of one chapter citing one source and its bibliography, built once; its
    source folder."""
    src = tmp_path / "docs"
    src.mkdir()
    shutil.copy(ROOT / "conf.py", src / "conf.py")
    shutil.copy(ROOT / "refs.bib", src / "refs.bib")
    (src / "_data").mkdir()
    _write(src / "index.md", "# Book\n\n```{toctree}\nchapter\nbibliography\n```\n")
    _write(src / "chapter.md", "# Chapter\n\nSaid {cite:p}`s1`.\n")
    _write(src / "bibliography.md", "# Sources\n\n```{bibliography}\n```\n")
    _build(src)
    return src


def test_bibliography_is_written_again_only_when_its_cited_in_lines_change(tmp_path):
    """The bibliography's back-links depend on every page's citations: a page whose
    citations did not change leaves the bibliography page as it was (neither read nor
    written); one whose citations changed has it written again, not read, with the new
    back-link, as a cold build would have it."""
    src = _chapter_and_bibliography(tmp_path)
    page = src / "_build" / "bibliography.html"
    assert _bibliography_cites(page.read_text("utf-8")) == ["chapter.html#cite-s1-1"]
    written = page.stat().st_mtime_ns

    _write(src / "chapter.md", "# Chapter\n\nSaid, at length, {cite:p}`s1`.\n", edit=True)
    assert _build(src) == {"chapter"}
    assert page.stat().st_mtime_ns == written

    _write(src / "chapter.md", "# Chapter\n\nSaid {cite:p}`s1`; again {cite:p}`s1`.\n", edit=True)
    assert _build(src) == {"chapter"}
    assert page.stat().st_mtime_ns != written
    assert _bibliography_cites(page.read_text("utf-8")) == [
        "chapter.html#cite-s1-1",
        "chapter.html#cite-s1-2",
    ]


def test_a_bibliography_page_is_written_again_only_for_its_own_entries(tmp_path):
    """A bibliography split over generated pages (``book.sources.render_bibliography``): a
    citation added above others on a page changes the "Cited in" line of the entry it cites
    only (a reference's id counts the references to the same keys before it, not every
    one), so only the bibliography page holding that entry is written again; an entry's
    metadata changed in the .bib has its page written again, and no page read again."""
    src = tmp_path / "docs"
    (src / "briefing").mkdir(parents=True)
    shutil.copy(ROOT / "conf.py", src / "conf.py")
    bib = (ROOT / "refs.bib").read_text("utf-8")
    second = bib.replace("{s1,", "{s2,").replace("A Title", "Another Title")
    second = second.replace("Outlet 2025", "Outlet 2025b")
    _write(src / "refs.bib", bib + "\n" + second)
    (src / "_data").mkdir()
    toctree = "```{toctree}\nchapter\nbriefing/bib-1\nbriefing/bib-2\n```\n"
    _write(src / "index.md", f"# Book\n\n{toctree}")
    _write(src / "chapter.md", "# Chapter\n\nSaid {cite:p}`s1`.\n")
    for n, key in ((1, "s1"), (2, "s2")):
        text = f"# Part {n}\n\n```{{bibliography}}\n:filter: key in {{'{key}'}}\n```\n"
        _write(src / "briefing" / f"bib-{n}.md", text)
    _build(src)
    pages = [src / "_build" / "briefing" / f"bib-{n}.html" for n in (1, 2)]

    def written() -> list[int]:
        return [page.stat().st_mtime_ns for page in pages]

    before = written()
    _write(src / "chapter.md", "# Chapter\n\nAsked {cite:p}`s2`. Said {cite:p}`s1`.\n", True)
    assert _build(src) == {"chapter"}
    assert [a == b for a, b in zip(written(), before, strict=True)] == [True, False]
    assert _bibliography_cites(pages[0].read_text("utf-8")) == ["../chapter.html#cite-s1-1"]
    assert _bibliography_cites(pages[1].read_text("utf-8")) == ["../chapter.html#cite-s2-1"]

    before = written()
    chapter = src / "chapter.md"
    _write(chapter, chapter.read_text("utf-8"))  # dated back: not changed since its build
    _write(src / "refs.bib", bib.replace("A Title", "A New Title") + "\n" + second, True)
    assert _build(src) == set()
    assert [a == b for a, b in zip(written(), before, strict=True)] == [False, True]
    assert "a new title" in pages[0].read_text("utf-8").lower()


def _evidence(src: Path, label: str, sentences: dict[str, str], edit: bool = False) -> None:
    """An article's evidence file (``book.data.evidence_data``): what its links show."""
    data = {
        "id": "a1",
        "label": label,
        "meta": {"id": "a1", "outlet": "Daily Post", "published": "2025-03-04"},
        "sentences": {
            sid: {"number": f"1.{n}", "text": text}
            for n, (sid, text) in enumerate(sentences.items(), 1)
        },
    }
    _write(src / "_data" / "evidence" / "a1.json", json.dumps(data), edit=edit)


def test_a_page_citing_an_article_is_read_again_only_when_its_cited_sentences_change(tmp_path):
    """A sentence added to an article changes its evidence file, but not what the links to
    its other sentences show: the pages linking those are not read again. A page linking a
    sentence whose text changed is read again (and shows the new text); a new label reads
    again every page linking the article."""
    src = tmp_path / "docs"
    src.mkdir()
    shutil.copy(ROOT / "conf.py", src / "conf.py")
    shutil.copy(ROOT / "refs.bib", src / "refs.bib")
    (src / "_data" / "evidence").mkdir(parents=True)
    _write(src / "index.md", "# Book\n\n```{toctree}\nsource\none\ntwo\n```\n")
    _write(src / "source.md", "# Source\n\n(bb-a1-s1)=\n## One\n\n(bb-a1-s2)=\n## Two\n")
    _write(src / "one.md", "# One\n\nSaid {briefbook-evidence}`a1/s1`.\n")
    _write(src / "two.md", "# Two\n\nSaid {briefbook-evidence}`a1/s2`.\n")
    _evidence(src, "Daily Post 2025", {"s1": "Talks resumed.", "s2": "Roads closed."})
    _build(src)

    sentences = {"s1": "Talks resumed.", "s2": "Roads closed.", "s3": "Rain fell."}
    _evidence(src, "Daily Post 2025", sentences, edit=True)
    assert _build(src) == set()

    sentences["s2"] = "Roads reopened."
    _evidence(src, "Daily Post 2025", sentences, edit=True)
    assert _build(src) == {"two"}
    assert "Roads reopened." in (src / "_build" / "two.html").read_text("utf-8")

    _evidence(src, "Daily Post 2025a", sentences, edit=True)
    assert _build(src) == {"one", "two"}


def test_the_sentences_that_changed_are_found_by_what_their_links_show():
    def data(label: str, texts: dict[str, str]) -> dict[str, object]:
        sentences = {s: {"number": "1.1", "text": t} for s, t in texts.items()}
        return {"label": label, "meta": {"outlet": "Post"}, "sentences": sentences}

    old = digests(data("Post 2025", {"s1": "A.", "s2": "B."}))
    new = digests(data("Post 2025", {"s1": "A.", "s2": "C.", "s3": "D."}))
    assert changed_sentences(old, new) == {"s2", "s3"}
    relabelled = digests(data("Post 2025b", {"s1": "A.", "s2": "B."}))
    assert changed_sentences(old, relabelled) == {"s1", "s2"}
    assert changed_sentences(old, {}) == {"s1", "s2"}  # the article is gone
    linked = {"p": {"a1": {"s1"}}, "q": {"a1": {"s2"}, "b2": {"s1"}}, "r": {"b2": {"s9"}}}
    assert linking_pages(linked, {"a1": {"s2"}}) == {"q"}
    assert linking_pages(linked, {"b2": {"s1", "s9"}}) == {"q", "r"}


BOOK_CONF = """\
extensions = ["myst_parser", "sphinxcontrib.bibtex", "briefbook.sphinx"]
bibtex_bibfiles = ["refs.bib"]
bibtex_default_style = "briefbook"  # as briefbook's conf.py: entries in the order first cited
bibtex_reference_style = "label"
bibtex_cite_id = "cite-{key}"
briefbook_data_dir = "_data"
html_theme = "sphinx_book_theme"
html_theme_options = {"max_navbar_depth": 1}  # as briefbook's conf.py: the chapters only
html_last_updated_fmt = None
"""

BOOK_BIB = "".join(
    f'@online{{{key},\n    title = "Title {key}",\n    organization = "Outlet {key}",\n'
    f'    year = "2025",\n    shorthand = "Outlet {key} 2025"\n}}\n'
    for key in ("s1", "s2", "s3")
)


def _pages(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.html"))}


def _toc(entries: str) -> str:
    return "\n```{toctree}\n:maxdepth: 1\n" + entries + "\n```\n"


def test_an_incremental_build_after_an_article_is_added_is_the_cold_build(tmp_path):
    """An article added gives a new week page to the summary and to the sources list. In
    the book's order it comes before the first page citing ``s1`` and itself cites ``s2``,
    which changes the order in which the book first cites them (the bibliography's); the
    sources' new week page now comes before the methodology. The incremental build must
    give every HTML page byte for byte as a cold build of the same sources does: the
    reference ``s1,s2`` on a page not read again lists its entries as before, and the pages
    whose previous or next page changed link to the new one; the pages whose output is the
    same are not written again."""
    src = tmp_path / "docs"
    src.mkdir()
    _write(src / "conf.py", BOOK_CONF)
    _write(src / "refs.bib", BOOK_BIB)
    for folder in ("_data", "summary", "sources"):
        (src / folder).mkdir()
    _write(
        src / "index.md",
        "# Book\n" + _toc("summary/index\nchapter\noverview\nsources/index\n"
                                "methodology\nbibliography"),
    )  # fmt: skip
    _write(src / "summary" / "index.md", "# Summary\n" + _toc("week-1"))
    _write(src / "summary" / "week-1.md", "# Summary, week 1\n\nCalm {cite:p}`s3`.\n")
    _write(src / "chapter.md", "# Chapter\n\nSaid {cite:p}`s1,s2`.\n")
    _write(src / "overview.md", "# Overview\n\nAgreed {cite:p}`s1,s2`.\n")
    _write(src / "sources" / "index.md", "# Sources\n" + _toc("week-1"))
    _write(src / "sources" / "week-1.md", "# Sources, week 1\n\nOutlets s1 and s3.\n")
    _write(src / "methodology.md", "# Methodology\n\nHow it was made.\n")
    _write(src / "bibliography.md", "# Bibliography\n\n```{bibliography}\n:all:\n```\n")
    _build(src)
    out = src / "_build"
    before = {name: (out / name).stat().st_mtime_ns for name in _pages(out)}

    # the article: the summary and the sources list each get a week 2
    _write(src / "summary" / "index.md", "# Summary\n" + _toc("week-1\nweek-2"), edit=True)
    _write(src / "summary" / "week-2.md", "# Summary, week 2\n\nUnrest {cite:p}`s2`.\n")
    _write(src / "sources" / "index.md", "# Sources\n" + _toc("week-1\nweek-2"), edit=True)
    _write(src / "sources" / "week-2.md", "# Sources, week 2\n\nOutlet s2.\n")
    assert _build(src) == {"summary/index", "summary/week-2", "sources/index", "sources/week-2"}
    incremental = _pages(out)

    cold = tmp_path / "cold"
    shutil.copytree(src, cold, ignore=shutil.ignore_patterns("_build"))
    _build(cold)
    assert _pages(cold / "_build") == incremental  # all of them, byte for byte
    # the scenario shows what it should: the first citations' order changed, and ...
    bibliography = incremental["bibliography.html"].decode()
    assert bibliography.index('id="cite-s2"') < bibliography.index('id="cite-s1"')
    # ... the pages whose previous or next page changed link to the new ones
    assert 'href="sources/week-2.html"' in incremental["methodology.html"].decode()
    assert 'href="summary/week-2.html"' in incremental["chapter.html"].decode()
    written = {name for name, mtime in before.items() if (out / name).stat().st_mtime_ns != mtime}
    assert "overview.html" not in written  # neither its citation nor its neighbours changed
    assert {"methodology.html", "chapter.html", "sources/week-1.html"} <= written
    # and a build with nothing changed (the edits above are dated ahead: date them back)
    # writes nothing again
    for page in src.rglob("*.md"):
        _write(page, page.read_text("utf-8"))
    again = {name: (out / name).stat().st_mtime_ns for name in incremental}
    assert _build(src) == set()
    rewritten = {n for n, mtime in again.items() if (out / n).stat().st_mtime_ns != mtime}
    assert rewritten == {"genindex.html", "search.html"}  # Sphinx writes these every build


def test_a_page_is_written_again_when_what_its_navigation_shows_changes():
    relations = {"i": [None, None, "a"], "a": ["i", "i", "b"], "b": ["i", "a", None]}
    titles = {"i": "Book", "a": "A", "b": "B"}
    assert navigation(relations, titles, "b") == ((("i", "Book"),), ("a", "A"), None)
    old = navigation_digests(relations, titles, ["i", "a", "b"])
    added = {**relations, "b": ["i", "a", "c"], "c": ["i", "b", None]}
    new = navigation_digests(added, {**titles, "c": "C"}, ["i", "a", "b", "c"])
    assert changed_pages(old, new) == {"b", "c"}
    renamed = navigation_digests(relations, {**titles, "a": "A, week 1"}, ["i", "a", "b"])
    assert changed_pages(old, renamed) == {"i", "b"}  # the pages linking to it


def test_a_citation_lists_its_entries_in_the_order_it_names_them():
    assert cited_order("s2,s1") == ["s2", "s1"]
    assert cited_order("s1,s2,s1") == ["s1", "s2"]
    cited = cited_order("s1,s2")
    cited.append("s9")  # the caller's own list: the next answer is unchanged
    assert cited_order("s1,s2") == ["s1", "s2"]


def test_a_citation_s_id_counts_the_references_to_its_first_key_before_it_on_the_page():
    document = new_document("page")
    given = []
    for target in ["s1,s2", "s1", "s2", "s1"]:
        given.append(stable_id(document, target))
        node = nodes.inline(ids=[given[-1]])
        document.note_explicit_target(node, node)
    assert given == ["cite-s1-1", "cite-s1-2", "cite-s2-1", "cite-s1-3"]
    taken = nodes.inline(ids=["cite-s1-4"])  # an id given by something else is skipped
    document.note_explicit_target(taken, taken)
    assert stable_id(document, "s1") == "cite-s1-5"
    assert stable_id(new_document("other"), "s1") == "cite-s1-1"  # counted page by page


def test_a_rebuild_reading_few_pages_reads_them_in_one_process():
    """With ``-j``, a rebuild that reads a small share of the book reads it in the main
    process (each parallel chunk sends back the whole environment), then asks for the
    processes again, so that the pages are still written in parallel; a cold build, or one
    reading a large share, reads in parallel as before."""
    app = SimpleNamespace(parallel=2)
    env = SimpleNamespace(found_docs={f"p{n}" for n in range(100)})
    parallel.before_reading(app, env, ["p1", "p2", "p3"])  # type: ignore[arg-type]
    assert app.parallel == 1
    parallel.after_reading(app, env)  # type: ignore[arg-type]
    assert app.parallel == 2
    parallel.before_reading(app, env, sorted(env.found_docs)[:40])  # type: ignore[arg-type]
    assert app.parallel == 2
    parallel.after_reading(app, env)  # type: ignore[arg-type]
    assert app.parallel == 2
    assert parallel.read_serially(50, 566) and not parallel.read_serially(566, 566)


def _build_parallel(src: Path) -> list[str]:
    """An incremental HTML build with two processes; its "reading sources" lines."""
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "--no-color", "-nW", "-j", "2", "-b", "html",
         str(src), str(src / "_build")],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    # on a CI runner Sphinx rewrites its progress line in place (an erase-line code, no
    # newline): each code starts a line as a newline does
    lines = re.split(r"\n|\x1b\[2K", done.stdout)
    return [
        m[1] for line in lines if (m := re.match(r"reading sources\.\.\. \[\s*\d+%\] (.+)$", line))
    ]


def test_a_parallel_rebuild_of_a_few_pages_reads_them_alone_and_gives_the_cold_build(tmp_path):
    """A book of thirty chapters built with ``-j 2`` is read in parallel chunks ("a .. b");
    four chapters edited are read one by one in the main process (in parallel, two chunks
    of two), and every page is as a cold build gives it."""
    src = tmp_path / "docs"
    src.mkdir()
    _write(src / "conf.py", BOOK_CONF)
    _write(src / "refs.bib", BOOK_BIB)
    (src / "_data").mkdir()
    chapters = [f"chapter-{n:02d}" for n in range(30)]
    _write(src / "index.md", "# Book\n" + _toc("\n".join([*chapters, "bibliography"])))
    _write(src / "bibliography.md", "# Bibliography\n\n```{bibliography}\n:all:\n```\n")
    for name in chapters:
        _write(src / f"{name}.md", f"# {name}\n\nSaid {{cite:p}}`s1`.\n")
    assert any(" .. " in line for line in _build_parallel(src))
    edited = chapters[3:7]
    for name in edited:
        _write(src / f"{name}.md", f"# {name}\n\nSaid again {{cite:p}}`s2`.\n", edit=True)
    assert _build_parallel(src) == edited
    cold = tmp_path / "cold"
    shutil.copytree(src, cold, ignore=shutil.ignore_patterns("_build"))
    _build_parallel(cold)
    assert _pages(cold / "_build") == _pages(src / "_build")


def _three_bibliographies(src: Path) -> None:
    """A chapter citing three entries, each listed by a bibliography page of its own that
    names it in its filter, as a generated bibliography split by period does."""
    (src / "briefing").mkdir(parents=True)
    shutil.copy(ROOT / "conf.py", src / "conf.py")
    bib = (ROOT / "refs.bib").read_text("utf-8")
    keys = ("s1", "s2", "s3")
    _write(src / "refs.bib", "\n".join(bib.replace("{s1,", f"{{{k},") for k in keys))
    (src / "_data").mkdir()
    pages = "\n".join(f"briefing/bib-{k}" for k in keys)
    _write(src / "index.md", f"# Book\n\n```{{toctree}}\nchapter\n{pages}\n```\n")
    _write(src / "chapter.md", "# Chapter\n\nSaid {cite:p}`s1`, {cite:p}`s2`, {cite:p}`s3`.\n")
    for key in keys:
        text = f"# {key}\n\n```{{bibliography}}\n:filter: key in {{'{key}'}}\n```\n"
        _write(src / "briefing" / f"bib-{key}.md", text)


def _build_here(src: Path) -> None:
    """An HTML build in this process (so that a test can count calls), in a docutils
    namespace of its own, as sphinx-build makes one: the nodes and directives Sphinx
    registers are taken back afterwards, so that later builds in the test session do not
    warn that they are registered already."""
    from sphinx.application import Sphinx
    from sphinx.util.docutils import docutils_namespace

    out, doctrees = src / "_build", src / "_build" / ".doctrees"
    with docutils_namespace():
        Sphinx(src, src, out, doctrees, "html", status=None, warningiserror=True).build()


def test_the_citing_places_are_worked_out_once_per_build(tmp_path, monkeypatch):
    """Every bibliography page written shows the "Cited in" lines of its entries, from
    every citation of the book in book order: they are sorted once per build (not once
    per bibliography page), and sorted anew in the next build, which sees a new citation."""
    from briefbook.sphinx import backrefs

    sorts: list[int] = []
    reading_order = backrefs._reading_order

    def counted(env: Any) -> list[str]:
        sorts.append(1)
        return reading_order(env)

    monkeypatch.setattr(backrefs, "_reading_order", counted)
    src = tmp_path / "docs"
    _three_bibliographies(src)
    _build_here(src)
    assert len(sorts) == 1
    _write(src / "chapter.md", "# Chapter\n\nAsked {cite:p}`s3`. Said {cite:p}`s1`.\n", True)
    _build_here(src)
    assert len(sorts) == 2
    html = (src / "_build" / "briefing" / "bib-s3.html").read_text("utf-8")
    assert _bibliography_cites(html) == ["../chapter.html#cite-s3-1"]


def test_a_bibliography_naming_its_keys_takes_its_entries_by_key(tmp_path, monkeypatch):
    """A generated bibliography's filter names its entries (``key in {...}``): they are
    taken by key, not by evaluating the filter for every entry of the .bib for each
    bibliography page (17 pages of 200 entries each at 200 articles, on every build); a
    filter of another form is evaluated as before."""
    from sphinxcontrib.bibtex import domain

    from briefbook.sphinx.citations import named_keys

    evaluated: list[int] = []
    visit = domain._FilterVisitor.visit

    def counted(self: Any, node: Any) -> Any:
        evaluated.append(1)
        return visit(self, node)

    monkeypatch.setattr(domain._FilterVisitor, "visit", counted)
    src = tmp_path / "docs"
    _three_bibliographies(src)
    _build_here(src)
    assert evaluated == []
    for key in ("s1", "s2", "s3"):
        html = (src / "_build" / "briefing" / f"bib-{key}.html").read_text("utf-8")
        assert _bibliography_cites(html) == [f"../chapter.html#cite-{key}-1"]
    parsed = [ast.parse(f) for f in ("key in {'s1', 'S2'}", "cited", "key in {'s1'} and cited")]
    assert [named_keys(f) for f in parsed] == [frozenset({"s1", "S2"}), None, None]


def test_loading_the_extension_imports_no_data_model():
    """Every build, a rebuild after one change included, starts by importing the extension:
    it reads paths, dates and grades, not the generator's pydantic models, whose import
    (about 0.4 s of CPU) would be paid again by every `sphinx-build` and every rebuild of
    `briefbook live`."""
    src = Path(__file__).resolve().parent.parent / "src"
    probe = (
        "import sys; import briefbook.sphinx; "
        "print(sorted(m for m in sys.modules if m == 'pydantic' or m.startswith(('briefbook.model', "
        "'briefbook.book.markup', 'briefbook.read', 'briefbook.analyse.pipeline'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        check=True,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(src), "PATH": ""},
    )
    assert done.stdout.strip() == "[]"


def test_a_later_build_takes_the_compiled_templates_and_writes_the_same_pages(tmp_path):
    """The theme's templates are compiled by the first build and kept in the doctree folder;
    a later build, here one reading every page again (``-E``), takes them from there (it
    writes no compiled template again) and writes the same pages, byte for byte."""
    from briefbook.sphinx.templates import CACHE_FOLDER

    src = _chapter_and_bibliography(tmp_path)
    out = src / "_build"
    cache = out / ".doctrees" / CACHE_FOLDER
    compiled = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    assert compiled  # the theme's templates, compiled
    pages = {p: p.read_bytes() for p in out.rglob("*.html")}
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-E", "-q", "-b", "html", str(src), str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} == compiled
    assert {p: p.read_bytes() for p in out.rglob("*.html")} == pages


def test_a_relative_address_is_the_builder_s_own_worked_out_once_per_pair_of_pages():
    asked: list[tuple[str, str]] = []

    class Builder:
        def get_relative_uri(self, fromdoc: str, todoc: str) -> str:
            asked.append((fromdoc, todoc))
            return f"{fromdoc}->{todoc}"

    builder = Builder()
    assert relative_uri(builder, "briefing/topics/a", "briefing/sources/x") == (
        "briefing/topics/a->briefing/sources/x"
    )
    assert relative_uri(builder, "briefing/topics/a", "briefing/sources/x") == (
        "briefing/topics/a->briefing/sources/x"
    )
    assert relative_uri(builder, "briefing/topics/b", "briefing/sources/x") == (
        "briefing/topics/b->briefing/sources/x"
    )
    assert asked == [
        ("briefing/topics/a", "briefing/sources/x"),
        ("briefing/topics/b", "briefing/sources/x"),
    ]
    other = Builder()  # another builder (the LaTeX build after the HTML one) asks its own
    assert relative_uri(other, "briefing/topics/a", "briefing/sources/x")
    assert len(asked) == 3


def test_an_evidence_file_is_read_again_when_it_changes_whether_named_by_string_or_path(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"label": "Daily Post 2024"}), encoding="utf-8")
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    assert load(str(path)) == {"label": "Daily Post 2024"}
    assert load(path) == {"label": "Daily Post 2024"}
    path.write_text(json.dumps({"label": "Evening Star 2024"}), encoding="utf-8")
    os.utime(path, ns=(2_000_000_000, 2_000_000_000))
    assert load(str(path)) == {"label": "Evening Star 2024"}


def test_a_start_tag_is_the_one_the_html_translator_writes():
    from docutils.frontend import get_default_settings
    from docutils.writers.html5_polyglot import HTMLTranslator, Writer

    translator = HTMLTranslator(new_document("page", get_default_settings(Writer)))
    cases = [
        ("a", {"class": "reference internal", "href": "../sources/a.html#bb-a-s1"}),
        ("a", {"class": "bb-backref reference internal", "href": 'x.html?q="<&>"#i'}),
        ("span", {"class": "bb-popup-data", "hidden": "hidden", "data-source": "a_b-2"}),
        ("abbr", {"title": "merged: the same words\nas a, with <em>\tand @"}),
    ]
    for tagname, attributes in cases:
        expected = translator.starttag(
            {}, tagname, "", **{k.upper() if k == "class" else k: v for k, v in attributes.items()}
        )
        assert start_tag(translator, tagname, attributes) == expected
