"""The PDF of a briefing with more articles than LaTeX has appendix letters, one of them in
Chinese: every article prints, every character has a glyph, and briefbook pdf says so."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from briefbook.bench.synthetic import write_corpus
from briefbook.commands.cli import app
from briefbook.commands.init import template

pytestmark = [
    pytest.mark.slow,
    pytest.mark.tex,
    pytest.mark.skipif(shutil.which("latexmk") is None, reason="TeX Live not installed"),
]

CHINESE = "救援人员周二在港口附近搜寻失踪者。官员说，两千多人已经撤离。\n"
CHINESE_META = """\
id = "zh001"
title = "港口附近的救援行动"
outlet = "Example Daily"
published = "2025-03-03"
language = "zh"
"""


def test_a_briefing_of_more_than_26_articles_prints_them_all(tmp_path):
    root = write_corpus(tmp_path / "book", 28, seed=3)
    (root / "docs" / "conf.py").write_text(template("conf.py.tmpl"), encoding="utf-8")
    (root / "sources" / "articles" / "zh001.txt").write_text(CHINESE, encoding="utf-8")
    (root / "sources" / "articles" / "zh001.toml").write_text(CHINESE_META, encoding="utf-8")
    result = CliRunner().invoke(app, ["pdf", "--quiet", "--project", str(root)])
    assert result.exit_code == 0, result.output
    assert "no glyph" not in result.output
    pdf = root / "docs" / "_build" / "latex" / "briefing.pdf"
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # one appendix, the articles its sections
    assert len(re.findall(r"^A\.\d+ ", text, re.MULTILINE)) == 29
    assert "Appendix A" in text or "APPENDIX A" in text.upper()
    assert "The articles as received" in text
    flat = re.sub(r"\s+", "", text)
    assert CHINESE.strip().replace("\n", "") in flat  # printed, in order
    assert "⚠" in text  # the conflict mark
    log = pdf.with_suffix(".log").read_text(encoding="utf-8", errors="replace")
    assert "Missing character" not in log
    assert "headheight is too small" not in log
    # the key-figures charts are drawn, from their generated TikZ files
    tex = pdf.with_suffix(".tex").read_text(encoding="utf-8")
    assert tex.count("\\begin{bbchart}") == len(list(root.glob("docs/briefing/key-figures-*.tex")))
    assert "\\begin{tikzpicture}" in tex and "{briefbook-pdf-chart}" not in tex


def test_a_chart_too_long_for_tikz_is_left_to_the_html_book(tmp_path, monkeypatch):
    """TeX cannot draw a picture taller than about 5.7 m: past TIKZ_ROWS rows the PDF says
    where the chart is instead of failing to build."""
    from briefbook.book import figures
    from briefbook.commands.generate import load_briefing
    from briefbook.project.load import Project

    briefing = load_briefing(Project(write_corpus(tmp_path / "b", 12, seed=7)))
    pages, files = figures.render_key_figures(briefing)
    kinds = sorted(p for p in pages if p.startswith("briefing/key-figures/kind/"))
    assert kinds, "no kind of figure with a chart: the test shows nothing"
    page = pages[kinds[0]]
    slug = kinds[0].removeprefix("briefing/key-figures/kind/").removesuffix(".md")
    tex = f"briefing/key-figures-{slug}.tex"
    assert f"{{briefbook-pdf-chart}} ../../key-figures-{slug}.tex" in page
    assert "\\begin{bbchart}" in files[tex] and "\\begin{tikzpicture}" in files[tex]
    monkeypatch.setattr(figures, "TIKZ_ROWS", 3)
    pages, files = figures.render_key_figures(briefing)
    page = pages[kinds[0]]
    assert "briefbook-pdf-chart" not in page and "too long to draw on a page" in page
    assert tex not in files
    assert "```{image} ../../key-figures-" in page  # the HTML book keeps its chart
