"""The ``briefbook-pdf-chart`` directive: the PDF prints its file's TikZ; the HTML build
keeps neither the drawing in its doctree nor anything in its page."""

from __future__ import annotations

import pickle

import pytest


def warnings(app) -> str:
    return app._warning.getvalue()


@pytest.mark.sphinx("html", testroot="chart", freshenv=True)
def test_the_html_build_keeps_no_tikz_in_its_doctree_nor_its_page(app):
    app.build()
    assert warnings(app) == ""
    doctree = (app.doctreedir / "index.doctree").read_bytes()
    assert b"tikzpicture" not in doctree and b"Deaths over time" not in doctree
    assert "charts/deaths.tex" in str(pickle.loads(doctree))
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert "tikzpicture" not in html and "Deaths over time" not in html


@pytest.mark.sphinx("latex", testroot="chart", freshenv=True)
def test_the_latex_build_prints_the_file_it_names(app):
    app.build()
    assert warnings(app) == ""
    tex = (app.outdir / "projectnamenotset.tex").read_text(encoding="utf-8")
    assert r"\begin{bbchart}\begin{tikzpicture}\node at (0,0) {Deaths over time};" in tex


@pytest.mark.sphinx("latex", testroot="chart", freshenv=True)
def test_a_missing_chart_file_is_a_briefbook_warning(app):
    (app.srcdir / "charts" / "deaths.tex").unlink()
    app.build()
    assert "charts/deaths.tex cannot be read" in warnings(app)
    assert "[briefbook.missing_data]" in warnings(app)
