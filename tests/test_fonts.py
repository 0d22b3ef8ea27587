"""Fallback fonts: characters the PDF's fonts lack go to the first installed font that has
them (fontconfig tells which), and XeTeX switches to it between character classes."""

from __future__ import annotations

import os

import pytest

from briefbook.sphinx import fonts

MAIN = ["FreeSerif", "FreeSans", "FreeMono"]


@pytest.fixture(autouse=True)
def installed() -> None:
    """The fonts CI installs (fonts-freefont-otf, fonts-dejavu-core, fonts-noto-cjk)."""
    missing = [f for f in [*MAIN, *fonts.FALLBACK_FONTS] if fonts.coverage(f) is None]
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"fonts not installed: {missing}")
        pytest.skip(f"fonts not installed: {missing}")


def test_coverage_is_read_from_fontconfig():
    serif = fonts.coverage("FreeSerif")
    assert serif is not None
    assert ord("é") in serif and ord("⚠") not in serif and ord("人") not in serif
    assert fonts.coverage("No Such Font Family") is None  # not DejaVu, as fc-match offers


def test_each_character_goes_to_the_first_fallback_that_has_it():
    text = "Plain text, é and — are in FreeSerif; ⚠ and ✎ are symbols; 地震 and 서울 are CJK."
    assigned = fonts.assign(text, MAIN, fonts.FALLBACK_FONTS)
    assert assigned == {
        "DejaVu Sans": ["⚠", "✎"],
        "Noto Serif CJK SC": sorted("地震서울"),
    }
    assert fonts.assign("only ASCII and é", MAIN, fonts.FALLBACK_FONTS) == {}
    # no installed main font: nothing is known, nothing is switched
    assert fonts.assign(text, ["No Such Font Family"], fonts.FALLBACK_FONTS) == {}


def test_preamble_switches_fonts_between_classes():
    tex = fonts.preamble({"DejaVu Sans": ["⚠"], "Noto Serif CJK SC": ["地"]})
    assert "\\newfontfamily\\bbfallbackafont{DejaVu Sans}" in tex
    assert '\\XeTeXcharclass"26A0=\\bbfallbackaclass' in tex
    assert '\\XeTeXcharclass"5730=\\bbfallbackbclass' in tex
    assert "\\XeTeXinterchartoks 0 \\bbfallbackaclass={\\begingroup\\bbfallbackaswitch}" in tex
    assert "\\XeTeXinterchartoks \\bbfallbackaclass 0={\\endgroup}" in tex
    assert (
        "\\XeTeXinterchartoks \\bbfallbackaclass \\bbfallbackbclass="
        "{\\endgroup\\begingroup\\bbfallbackbswitch}" in tex
    )
    # CJK runs may break between characters; symbols do not need it
    cjk = next(line for line in tex.splitlines() if line.startswith("\\def\\bbfallbackbswitch"))
    assert "\\XeTeXlinebreaklocale" in cjk
    symbols = next(line for line in tex.splitlines() if line.startswith("\\def\\bbfallbackaswitch"))
    assert "\\XeTeXlinebreaklocale" not in symbols
    assert fonts.preamble({}) == ""
