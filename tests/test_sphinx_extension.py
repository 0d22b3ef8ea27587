from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from docutils import nodes

from briefbook.sphinx import fonts, parallel
from briefbook.sphinx.sentences import source_sentence


def warnings(app) -> str:
    return app._warning.getvalue()


def _built_page(make_app, tmp_path, name: str, title: str, body: list[str]):
    """The app that built a page ``name`` holding ``body``, added to the test-source root,
    without a warning about it."""
    import shutil

    from conftest import ROOTS

    src = tmp_path / "src"
    shutil.copytree(ROOTS / "test-source", src)
    text = f"---\norphan: true\n---\n# {title}\n\n" + "\n".join(body) + "\n"
    (src / f"{name}.md").write_text(text, encoding="utf-8")
    app = make_app("html", srcdir=src, builddir=tmp_path / "_build", freshenv=True)
    app.build()
    assert f"{name}.md" not in warnings(app)
    return app


def _shape(node: nodes.Node) -> str:
    """A node's tree without its ids and source positions: what two ways of writing the same
    markup must agree on."""
    for n in node.findall(nodes.Element):
        for attr in ("ids", "backrefs"):
            if attr in n:
                n[attr] = []
    return re.sub(r' (line|source)="[^"]*"', "", node.pformat())


@pytest.mark.sphinx("html", testroot="source", freshenv=True)
def test_source_directive_html(app):
    app.build()
    assert warnings(app) == ""
    html = (app.outdir / "source.html").read_text(encoding="utf-8")
    # every sentence has an anchor, followed by its text as plain characters
    assert '<span class="target" id="sbbbb2222"></span>' in html
    assert "Plain *not emphasis* &lt;b&gt;not bold&lt;/b&gt; {ref}`x` $x$ \\textbf{y} 100%" in html
    assert "<b>" not in html.split('id="sbbbb2222"')[1].split("</p>")[0]
    # boilerplate is shown greyed with its reason; the list marker is kept
    assert re.search(r'class="bb-sentence bb-boilerplate"[^>]*>\(Outlet\) –</span>', html)
    assert "[dateline]" in html
    assert "- </span>" not in html and "¶1</span>- " in html
    # metadata: inferred values carry their reason, unknown fields say so
    assert "March 2025" in html and "(inferred: from the events)" in html
    assert "not stated" in html
    assert "F: cannot be judged" in html
    # a sentence with a claim: its topic tag explains it, and it links to the claim's chapter
    assert re.search(
        r'<span class="bb-topic" tabindex="0" title="Topic: Topic T [(]ahead of other topics'
        r'[^"]*; cues: plain[^"]*">\[Topic T\]',
        html,
    )

    assert (
        '<a class="reference internal" href="chapter.html"><span class="doc">→ claim</span></a>'
        in html
    )
    # one node per sentence: its text, with the anchor, the tag and the link as attributes
    doctree = app.env.get_doctree("source")
    assert [n.astext()[:6] for n in doctree.findall(source_sentence)] == ["(Outle", "Plain "]
    assert not list(doctree.findall(nodes.target))
    # the chapter's evidence link lands on the sentence, and the citation resolves
    chapter = (app.outdir / "chapter.html").read_text(encoding="utf-8")
    assert 'href="source.html#sbbbb2222"' in chapter
    assert "An Outlet 2025" in chapter
    # the bibliography, on its own page, links back to every citing place
    bibliography = (app.outdir / "bibliography.html").read_text(encoding="utf-8")
    cited_in = bibliography.split('class="bb-cited-in"')[1].split("</p>")[0]
    assert 'href="chapter.html">Chapter</a>' in cited_in
    ref_id = re.search(r'<span class="bibtex-citation" id="([^"]+)"', chapter).group(1)
    assert f'href="chapter.html#{ref_id}"' in cited_in


@pytest.mark.sphinx("latex", testroot="source", freshenv=True)
def test_source_directive_latex(app):
    app.build()
    assert warnings(app) == ""
    tex = (app.outdir / "projectnamenotset.tex").read_text(encoding="utf-8")
    assert r"\label{\detokenize{source:sbbbb2222}}" in tex
    assert r"\hyperref[\detokenize{source:sbbbb2222}]" in tex
    assert r"\textbackslash{}textbf\{y\} 100\%" in tex
    # outside HTML the sentence's tag and claim link are ordinary nodes again
    assert r"{[}Topic T{]}" in tex
    assert r"Topic T{]}}{\hyperref[\detokenize{chapter::doc}]{\sphinxcrossref{" in tex
    # the bibliography page is not a chapter of its own; its entries close the book
    assert r"\chapter{Bibliography}" not in tex
    assert r"\begin{sphinxthebibliography}" in tex
    assert r"Cited in: {\hyperref[\detokenize{chapter::doc}]" in tex
    assert r"(p.~\pageref{chapter::doc})" in tex


@pytest.mark.sphinx("html", testroot="source", freshenv=True)
def test_missing_data_is_a_briefbook_warning(app):
    (app.srcdir / "_data" / "s1.json").unlink()
    app.build()
    assert "no data for source 's1'" in warnings(app)
    assert "[briefbook.missing_data]" in warnings(app)


@pytest.mark.sphinx("html", testroot="source", freshenv=True)
def test_setup_declares_its_version_and_parallel_safety(app):
    from briefbook import __version__

    extension = app.extensions["briefbook.sphinx"]
    assert extension.version == __version__
    assert extension.parallel_read_safe is True
    assert extension.parallel_write_safe is True


@pytest.mark.sphinx("html", testroot="backrefs", freshenv=True)
def test_bibliography_backrefs_are_those_of_its_own_page(app):
    """LocalBibliographyTransform shows sphinxcontrib-bibtex only the bibliography page's
    own citation references: the back-references are the same, found without the scan."""
    from docutils import nodes
    from sphinxcontrib.bibtex.transforms import BibliographyTransform

    from briefbook.sphinx.citations import LocalBibliographyTransform

    app.build()
    assert LocalBibliographyTransform in app.registry.post_transforms
    assert BibliographyTransform not in app.registry.post_transforms
    domain = app.env.get_domain("cite")
    here = [r.citation_ref_id for r in domain.citation_refs if r.docname == "index"]
    assert len(here) == 1 and len(domain.citation_refs) == 3
    doctree = app.env.get_and_resolve_doctree("index", app.builder, tags=app.builder.tags)
    (citation,) = doctree.findall(nodes.citation)
    assert citation["backrefs"] == here
    assert domain._refs_shown is None


@pytest.mark.sphinx("html", testroot="backrefs", freshenv=True)
def test_a_citation_reference_holds_its_text_without_a_wrapper(app):
    """A ``{cite:p}`` reference is read as a ``pending_xref`` holding its text alone (the
    cite domain replaces the whole reference, so the inherited ``inline`` around the text
    was never shown), and resolves to the same citation as before: the label in brackets,
    linking to the bibliography, under the reference's id."""
    from sphinx import addnodes

    app.build()
    assert warnings(app) == ""
    doctree = app.env.get_doctree("index")
    (ref,) = doctree.findall(addnodes.pending_xref)
    assert ref["refdomain"] == "cite" and ref["ids"] == ["cite-s1-1"]
    assert len(ref.children) == 1 and isinstance(ref[0], nodes.Text) and ref.astext() == "s1"
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    cited = html.split('<span class="bibtex-citation" id="cite-s1-1">')[1].split("</span>")[0]
    assert cited.startswith('[<a class="reference internal" href="#id')
    assert cited.endswith("</a>]") and "xref" not in cited


@pytest.mark.sphinx(
    "html",
    testroot="backrefs",
    freshenv=True,
    confoverrides={"bibtex_default_style": "briefbook"},
)
def test_the_next_build_takes_the_formatted_entries_from_the_environment(app, monkeypatch):
    """The domain keeps what briefbook's style formatted; the next build formats nothing
    unchanged."""
    from pybtex.style.formatting import BaseStyle

    from briefbook.sphinx.citations import FORMATTED

    app.build()
    domain = app.env.get_domain("cite")
    kept = domain.data[FORMATTED]
    assert kept and {id(c.formatted_entry) for c in domain.citations} <= set(map(id, kept.values()))
    calls = []
    monkeypatch.setattr(BaseStyle, "format_entry", lambda *a, **k: calls.append(a))
    domain.env_updated()
    assert calls == [] and domain.data[FORMATTED] == kept


def test_the_smallest_page_is_written_first(tmp_path):
    """Sphinx writes the first page alone before handing pages to the writers: the page
    with the smallest doctree, not the bibliography that sorts first."""
    from briefbook.sphinx.writer import smallest_first

    for name, size in (("a", 900), ("b", 10), ("c", 50)):
        (tmp_path / f"{name}.doctree").write_bytes(b"x" * size)
    assert smallest_first(["a", "b", "c"], tmp_path) == ["b", "a", "c"]
    assert smallest_first(["a", "new"], tmp_path) == ["a", "new"]  # no doctree: large
    assert smallest_first([], tmp_path) == []


@pytest.mark.sphinx("html", testroot="backrefs", freshenv=True, parallel=2)
def test_a_parallel_build_writes_with_briefbooks_builder(app):
    from briefbook.sphinx.writer import BriefbookHTMLBuilder

    app.build()
    assert isinstance(app.builder, BriefbookHTMLBuilder)
    assert (app.outdir / "index.html").exists()


def test_the_sphinxcontrib_bibtex_internals_briefbook_relies_on_are_there():
    """briefbook.sphinx.citations subclasses sphinxcontrib-bibtex's domain and bibliography
    transform and reads their data; pyproject.toml pins the versions where these hold. If
    this fails after an upgrade, read the new sphinxcontrib-bibtex before widening the pin."""
    import inspect

    from sphinxcontrib.bibtex import citation_target, domain, transforms

    base = domain.BibtexDomain
    for name in ("citation_refs", "citations", "bibliographies"):
        assert isinstance(inspect.getattr_static(base, name), property), name
    for name in ("get_entries", "get_filtered_entries", "env_updated", "resolve_xref"):
        assert callable(getattr(base, name, None)), name
    assert {"citation_refs", "citations", "bibliographies"} <= set(base.initial_data)
    assert callable(getattr(transforms.BibliographyTransform, "run", None))
    assert callable(citation_target.parse_citation_targets)


@pytest.mark.sphinx("html", testroot="unread", freshenv=True)
def test_an_unread_article_says_so_and_keeps_its_sentences(app):
    app.build()
    assert warnings(app) == ""
    html = (app.outdir / "source.html").read_text(encoding="utf-8")
    assert "Not read: this article is in another language (zh)" in html
    assert "names of people" not in html  # none are read in Chinese (read/foreign_names)
    assert '<span class="target" id="szzzz1111"></span>' in html and "居民已经撤离。" in html
    assert "cannot print" not in html


@pytest.mark.sphinx("latex", testroot="unread", freshenv=True)
def test_the_pdf_prints_chinese_text_in_a_fallback_font(app):
    app.build()
    tex = (app.outdir / "projectnamenotset.tex").read_text(encoding="utf-8")
    assert "居民已经撤离。" in tex and "cannot print" not in tex
    if fonts.coverage("Noto Serif CJK SC") is not None:  # fonts-noto-cjk
        assert "\\newfontfamily\\bbfallbackafont{Noto Serif CJK SC}" in tex
        assert '\\XeTeXcharclass"5C45=\\bbfallbackaclass' in tex  # 居
        assert "\\XeTeXlinebreaklocale" in tex


@pytest.mark.sphinx("html", testroot="toc", freshenv=True)
def test_generated_pages_keep_their_tables_of_contents_to_two_levels(app):
    """The sidebar of every page copies each chapter's contents to its tocdepth: the who's
    who's actors (third level) are not copied for every page of the book."""
    app.build()
    assert warnings(app) == ""
    assert app.env.metadata["briefing/deep"]["tocdepth"] == 2
    assert app.env.metadata["index"]["tocdepth"] == 2
    assert "tocdepth" not in app.env.metadata["notes"]  # the analyst's own page
    index = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert "A party" in index and "An actor" not in index
    assert "A subsection" in index


@pytest.mark.sphinx("html", testroot="toc", freshenv=True)
def test_the_build_freezes_its_data_for_the_collector_and_thaws_it_at_the_end(app):
    import gc

    frozen: list[int] = []
    app.connect("env-updated", lambda app, env: frozen.append(gc.get_freeze_count()), 900)
    app.build()
    assert frozen and frozen[0] > 0  # before the pages are written
    assert gc.get_freeze_count() == 0  # the process as it was


def _freeze_counts_when_resolved(app) -> list[int]:
    """The collector's frozen count as each page is resolved, after the extension's handlers."""
    import gc

    counts: list[int] = []
    app.connect(
        "doctree-resolved", lambda app, doctree, doc: counts.append(gc.get_freeze_count()), 950
    )
    app.build()
    return counts


@pytest.mark.sphinx("html", testroot="toc", freshenv=True, parallel=2)
def test_a_parallel_build_freezes_each_page_it_resolves(app):
    """Written in parallel, the main process keeps every resolved page for the writers: what
    resolving a page made is frozen before the next one, so no collection walks it again."""
    counts = _freeze_counts_when_resolved(app)
    assert app.builder.parallel_ok and len(counts) == 3
    assert counts == sorted(counts) and counts[0] < counts[1] < counts[2]
    assert warnings(app) == ""
    assert "A subsection" in (app.outdir / "index.html").read_text(encoding="utf-8")


@pytest.mark.sphinx("html", testroot="toc", freshenv=True)
def test_a_serial_build_leaves_each_written_page_to_the_collector(app):
    """Written one page after another, a page's doctree is freed once written: nothing is
    frozen between pages, so the build holds no more than one resolved page at a time."""
    counts = _freeze_counts_when_resolved(app)
    assert not app.builder.parallel_ok and len(counts) == 3
    assert counts == sorted(counts, reverse=True)  # frozen objects freed, none added


def test_everything_is_frozen_once_before_the_interpreter_exits(monkeypatch):
    """Freeing a build's objects one by one when the process ends took seconds: the build
    has them frozen just before exit, registered once however many builds the process runs."""
    import gc

    from briefbook.sphinx import memory

    registered: list[object] = []
    monkeypatch.setattr(memory, "_AT_EXIT", [])
    monkeypatch.setattr(memory.atexit, "register", registered.append)
    app = SimpleNamespace()
    memory.thaw(app, None)  # type: ignore[arg-type]
    memory.thaw(app, None)  # type: ignore[arg-type]
    assert registered == [gc.freeze]
    assert gc.get_freeze_count() == 0  # nothing frozen before then


@pytest.mark.sphinx("html", testroot="source", freshenv=True)
def test_evidence_link_html(app):
    """One node in the doctree; in HTML the link to the sentence with its hidden popup."""
    app.build()
    assert warnings(app) == ""
    chapter = (app.outdir / "chapter.html").read_text(encoding="utf-8")
    evidence = chapter.split('<span class="bb-evidence">')[1].split("</span></span></span>")[0]
    assert '<a class="reference internal" href="source.html#sbbbb2222">' in evidence
    assert 'class="bb-popup-data" data-source="s1" hidden="hidden"' in evidence
    assert '<span class="bb-popup-sentence">' in evidence
    assert "&lt;b&gt;" in evidence and "<b>" not in evidence  # the sentence stays text


@pytest.mark.sphinx("html", testroot="source", freshenv=True)
def test_evidence_list_html(app):
    """A claim's evidence is one role: each sentence a link with its popup, and a merged
    sentence's mark whose title gives the reason (which may itself hold "; ")."""
    app.build()
    assert warnings(app) == ""
    chapter = (app.outdir / "chapter.html").read_text(encoding="utf-8")
    merged = chapter.split("Merged:")[1].split("</p>")[0]
    assert merged.count('<span class="bb-evidence">') == 2
    assert 'href="source.html#saaaa1111"' in merged and 'href="source.html#sbbbb2222"' in merged
    assert "</span></span></span>, <span" in merged
    assert (
        '</span></span></span> <abbr title="merged: nearly the same words; as s1 (2 shared)">'
        in merged
    )
    assert merged.count("<abbr") == 1


@pytest.mark.sphinx("html", testroot="source", freshenv=True)
def test_evidence_item_not_in_the_article_data_warns(app):
    chapter = app.srcdir / "chapter.md"
    chapter.write_text(
        chapter.read_text(encoding="utf-8")
        + "\nMissing: {briefbook-evidence}`s1/szzzz; s1/saaaa1111`\n",
        encoding="utf-8",
    )
    app.build()
    assert "no sentence 's1/szzzz' in the article data" in warnings(app)
    missing = (app.outdir / "chapter.html").read_text(encoding="utf-8").split("Missing:")[1]
    missing = missing.split("</p>")[0]
    assert missing.lstrip().startswith('s1/szzzz, <span class="bb-evidence">')


@pytest.mark.sphinx("latex", testroot="source", freshenv=True)
def test_evidence_link_is_a_cross_reference_outside_html(app):
    app.build()
    assert warnings(app) == ""
    tex = (app.outdir / "projectnamenotset.tex").read_text(encoding="utf-8")
    evidence = tex.split("Evidence:")[1].split("\n\n")[0]
    assert r"\hyperref[\detokenize{source:sbbbb2222}]" in evidence
    assert "bb-popup" not in tex
    # a claim's evidence list: each sentence a reference, a merged one's mark and reason after it
    merged = tex.split("Merged:")[1].split("\n\n")[0]
    assert r"\hyperref[\detokenize{source:saaaa1111}]" in merged
    assert r"\hyperref[\detokenize{source:sbbbb2222}]" in merged
    assert "≡" in merged and "(merged: nearly the same words; as s1 (2 shared))" in merged


@pytest.mark.sphinx("html", testroot="source", freshenv=True)
def test_evidence_link_to_a_sentence_not_in_the_book_warns(app):
    (app.srcdir / "source.md").write_text("# Source\n", encoding="utf-8")
    app.build()
    assert "no sentence 'bb-s1-sbbbb2222' in the book" in warnings(app)
    assert "[briefbook.missing_data]" in warnings(app)


def test_a_forked_reader_or_a_lone_reader_before_parallel_writing_freezes_each_page():
    """A forked reader exits after its chunk, so what it froze is freed then. The process
    that started the build reads alone when few pages changed: with ``-j``, Sphinx keeps
    each page it read there until a writer takes it, so it freezes each page too (every full
    collection walked all the pages read before); with ``-j 1`` it freezes nothing, so that
    a page is freed once written."""
    import gc
    import os

    from briefbook.sphinx import memory

    started_here = SimpleNamespace(**{memory.MAIN_PID: os.getpid()})
    forked = SimpleNamespace(**{memory.MAIN_PID: os.getpid() + 1})
    alone_with_jobs = SimpleNamespace(**{memory.MAIN_PID: os.getpid(), parallel.JOBS: 2})
    try:
        before = gc.get_freeze_count()
        memory.freeze_read(started_here, None)  # type: ignore[arg-type]
        assert gc.get_freeze_count() <= before
        kept = [[n] for n in range(1000)]  # objects made since, as a page's reading would
        memory.freeze_read(forked, None)  # type: ignore[arg-type]
        assert gc.get_freeze_count() >= before + len(kept)
        frozen = gc.get_freeze_count()
        more = [[n] for n in range(1000)]
        memory.freeze_read(alone_with_jobs, None)  # type: ignore[arg-type]
        assert gc.get_freeze_count() >= frozen + len(more)
    finally:
        gc.unfreeze()


@pytest.mark.sphinx("html", testroot="toc", freshenv=True, parallel=2)
def test_a_page_read_alone_in_a_parallel_build_is_frozen_once_read(app, monkeypatch):
    """The few pages of a rebuild are read in the main process (``parallel``) and kept for
    the writers: each is frozen once read, so the collector does not walk it again."""
    import gc

    monkeypatch.setattr(parallel, "PARALLEL_SHARE", 1.0)  # one page of three: read alone
    app.build()  # the pages read in parallel or not: a first build
    (app.srcdir / "notes.md").write_text("# Notes\n\nChanged.\n", encoding="utf-8")
    before: list[int] = []
    after: list[int] = []
    app.connect("doctree-read", lambda app, doctree: before.append(gc.get_freeze_count()), 850)
    app.connect("doctree-read", lambda app, doctree: after.append(gc.get_freeze_count()), 950)
    app.build()
    assert len(before) == len(after) == 1
    assert after[0] > before[0]  # the page just read, frozen
    assert not parallel.reading_serially(app)  # -j again for writing
    assert warnings(app) == ""


@pytest.mark.sphinx("html", testroot="toc", freshenv=True)
def test_the_environment_of_the_last_build_is_loaded_without_collections_and_frozen(app, make_app):
    """Loading the last build's environment made all its objects at once, and the collector
    walked the growing heap again and again while it did: it is paused from config-inited
    to builder-inited, where what was loaded is frozen, and is on again after."""
    import gc

    app.build()
    collections: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(note)
    try:
        again = make_app("html", srcdir=app.srcdir)  # the pickled environment, loaded
    finally:
        gc.callbacks.remove(note)
    try:
        assert again.env.all_docs  # loaded, not made afresh
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # the loaded environment, frozen
        assert 2 not in collections
    finally:
        gc.unfreeze()


def test_a_build_stopped_before_its_builder_starts_leaves_the_collector_on(rootdir, tmp_path):
    """The collector is paused while the last build's environment loads; a build stopped
    there (a theme not found) never reaches the handler that turns it on again, and a
    process that goes on building (``briefbook live``) would collect nothing after it."""
    import gc
    import shutil

    from briefbook.commands.build import sphinx

    docs = tmp_path / "docs"
    shutil.copytree(rootdir / "test-toc", docs)
    extra = ["-D", "html_theme=no_such_theme"]
    status = sphinx(docs, "html", tmp_path / "out", jobs="1", quiet=True, extra=extra)
    assert status == 2
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_cited_cell_reads_as_its_citation_then_its_evidence_link(tmp_path, make_app):
    """``{briefbook-cited}`s1/sbbbb2222``` is read into the nodes that ``{cite:p}`s1`
    {briefbook-evidence}`s1/sbbbb2222``` give (the generator's table cells, one role instead
    of two), and so written as the same HTML; the citation takes its id in the same order."""
    import shutil

    from sphinx import addnodes

    from briefbook.sphinx.evidence import evidence_link
    from conftest import ROOTS

    src = tmp_path / "src"
    shutil.copytree(ROOTS / "test-source", src)
    (src / "cited.md").write_text(
        "---\norphan: true\n---\n# Cited\n\n"
        "| Figure | Reported by |\n| --- | --- |\n"
        "| 12 | {cite:p}`s1` {briefbook-evidence}`s1/sbbbb2222` |\n"
        "| 12 | {briefbook-cited}`s1/sbbbb2222` |\n",
        encoding="utf-8",
    )
    app = make_app("html", srcdir=src, builddir=tmp_path / "_build", freshenv=True)
    app.build()
    assert "cited.md" not in warnings(app)
    doctree = app.env.get_doctree("cited")
    two, one = [row[1] for row in doctree.findall(nodes.row)][1:]
    for cell in (two, one):
        assert [type(n) for n in cell.children] == [nodes.paragraph]
        para = cell[0]
        assert [type(n) for n in para.children] == [
            addnodes.pending_xref,
            nodes.Text,
            evidence_link,
        ]
        assert para[1].astext() == " "
    assert [two[0][0]["ids"], one[0][0]["ids"]] == [["cite-s1-1"], ["cite-s1-2"]]
    assert two[0][2]["links"] == one[0][2]["links"]
    html = (app.outdir / "cited.html").read_text(encoding="utf-8")
    cells = re.findall(r"<td>(.*?)</td>", html, re.S)[1::2]
    assert len(cells) == 2 and "bb-evidence" in cells[0]
    assert cells[0].replace("cite-s1-1", "cite-s1-N") == cells[1].replace("cite-s1-2", "cite-s1-N")


def test_a_table_written_as_data_reads_as_the_same_table_written_as_markup(tmp_path, make_app):
    """``briefbook-table`` (``markup.data_table``) builds the nodes MyST makes of the same
    table written as markup (``markup.table``): the same classes, columns, alignment, cells
    and citations, so the same HTML; a cell's text is never parsed, whatever it holds."""

    from briefbook.book.markup import cited, data_table, evidence_cell, myst_text, table

    columns = [("Figure", "r", 1.5), ("Who", "l", 2), ("Statement", "l", 4)]
    values = [
        ("at least 1,200", "*Not emphasis* {ref}`x` <b>", "Police said 12 | 13 were hurt."),
        ("", "`code` \\textbf{y} $x$ [a](b)", "“Calm,” the mayor said."),
    ]
    markup_rows = [
        (myst_text(f), myst_text(w), f"{myst_text(s)} {evidence_cell('s1', 'sbbbb2222')}")
        for f, w, s in values
    ]
    data_rows = [(f, w, [s, cited("s1", "sbbbb2222")]) for f, w, s in values]
    body = [*table(columns, markup_rows), "", *data_table(columns, data_rows)]
    app = _built_page(make_app, tmp_path, "tables", "Tables", body)
    doctree = app.env.get_doctree("tables")
    markup, data = list(doctree.findall(nodes.table))

    assert _shape(markup.deepcopy()) == _shape(data.deepcopy())
    assert markup["classes"] == ["colwidths-auto", "longtable"]
    # the citations were made in the order of the cells: the markup's first, then the data's
    refs = [n["ids"] for n in doctree.findall(nodes.Element) if n.get("ids", [""])[0:1]]
    cites = [i[0] for i in refs if i[0].startswith("cite-s1-")]
    assert cites == ["cite-s1-1", "cite-s1-2", "cite-s1-3", "cite-s1-4"]
    html = (app.outdir / "tables.html").read_text(encoding="utf-8")
    first, second = re.findall(r"<table.*?</table>", html, re.S)
    assert re.sub(r"cite-s1-\d", "", first) == re.sub(r"cite-s1-\d", "", second)
    assert "*Not emphasis* {ref}`x` &lt;b&gt;" in second and "<b>" not in second
    assert '<td class="text-right"><p>at least 1,200</p></td>' in second


def test_a_table_directive_with_rows_not_of_its_format_is_an_error(tmp_path, make_app):
    import shutil

    from conftest import ROOTS

    src = tmp_path / "src"
    shutil.copytree(ROOTS / "test-source", src)
    (src / "bad.md").write_text(
        '---\norphan: true\n---\n# Bad\n\n```{briefbook-table}\n[["A", "l"]]\n["x", "y"]\n```\n',
        encoding="utf-8",
    )
    app = make_app("html", srcdir=src, builddir=tmp_path / "_build", freshenv=True)
    app.build()
    assert "a row must have 1 cells" in warnings(app)
    assert not list(app.env.get_doctree("bad").findall(nodes.table))


def test_claim_lines_written_as_data_read_as_the_same_list_written_as_markup(tmp_path, make_app):
    """``briefbook-claims`` (``chapters.claim_data_line``) builds the nodes MyST makes of the
    same claim lines written as a Markdown list (``chapters.claim_markup``): the same list,
    text, roles called in the same order (so the same citation ids) and hard break, so the
    same HTML; the text is never parsed, whatever it holds."""

    from briefbook.book.chapters import claim_data_line, claim_markup

    def parts(text: str, who: str) -> list[tuple[str, ...]]:
        return [
            ("text", text),
            ("glue", " "),
            ("role", "cite:p", "s1"),
            ("glue", " — "),
            ("role", "ref", f"{who} <bb-bibliography>"),
            ("glue", " "),
            ("text", "(said)"),
            ("glue", " "),
            ("role", "abbr", "✎ analyst (wording corrected)"),
            ("break",),
            ("glue", " · "),  # the spaces after a hard break are dropped, as MyST drops them
            ("text", "evidence:"),
            ("glue", " "),
            ("role", "briefbook-evidence", "s1/sbbbb2222"),
            ("glue", " · "),
            ("text", "claim c1"),
        ]

    claims = [
        parts("*Not emphasis* {ref}`x` <b> $x$ [a](b) \\textbf{y}, police said.", "Police"),
        parts("“Calm,” the mayor said.", "The mayor"),
    ]
    body = [
        *(claim_markup(c) for c in claims),
        "",
        "```{briefbook-claims}",
        *(claim_data_line(c) for c in claims),
        "```",
    ]
    app = _built_page(make_app, tmp_path, "claims", "Claims", body)
    doctree = app.env.get_doctree("claims")
    markup, data = list(doctree.findall(nodes.bullet_list))

    assert _shape(markup.deepcopy()) == _shape(data.deepcopy())
    assert len(list(data.findall(nodes.raw))) == 4  # a hard break: HTML's and LaTeX's
    refs = [n["ids"] for n in doctree.findall(nodes.Element) if n.get("ids", [""])[0:1]]
    cites = [i[0] for i in refs if i[0].startswith("cite-s1-")]
    assert cites == ["cite-s1-1", "cite-s1-2", "cite-s1-3", "cite-s1-4"]
    html = (app.outdir / "claims.html").read_text(encoding="utf-8")
    lists = re.findall(r"<ul(?:(?!<ul).)*?</ul>", html, re.S)
    first, second = [u for u in lists if "claim c1" in u]
    assert re.sub(r"cite-s1-\d", "", first) == re.sub(r"cite-s1-\d", "", second)
    assert "*Not emphasis* {ref}`x` &lt;b&gt; $x$ [a](b) \\textbf{y}" in second
    assert "<b>" not in second and "<br />" in second


def test_a_claims_directive_with_a_role_a_claim_line_never_calls_is_an_error(tmp_path, make_app):
    import shutil

    from conftest import ROOTS

    src = tmp_path / "src"
    shutil.copytree(ROOTS / "test-source", src)
    (src / "bad.md").write_text(
        "---\norphan: true\n---\n# Bad\n\n```{briefbook-claims}\n"
        '[{"role": "raw", "text": "<script>x</script>"}]\n```\n',
        encoding="utf-8",
    )
    app = make_app("html", srcdir=src, builddir=tmp_path / "_build", freshenv=True)
    app.build()
    assert "not a part of a claim line" in warnings(app)
    assert not list(app.env.get_doctree("bad").findall(nodes.bullet_list))
    assert "<script>x" not in (app.outdir / "bad.html").read_text(encoding="utf-8")
