"""The HTML book in a real browser: Debian's Chromium driven by Playwright.

Screenshots go to ``test-artifacts/`` (or ``$BRIEFBOOK_ARTIFACTS``). Without Chromium the
tests are skipped, except in CI (``CI=true``), where they fail: CI installs it.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import REPO

CHROMIUM = os.environ.get("BRIEFBOOK_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(os.environ.get("BRIEFBOOK_ARTIFACTS", REPO / "test-artifacts"))
HIGHLIGHT = "rgb(255, 241, 168)"

pytestmark = pytest.mark.slow


def _require_browser() -> None:
    missing = []
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        missing.append(f"Chromium ({CHROMIUM}; apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package")
    if missing:
        message = "browser tests need " + " and ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site(built: Path) -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(built)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def page(site: str) -> Iterator[object]:
    _require_browser()
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.route(
            "**/*",
            lambda route: (
                route.continue_() if route.request.url.startswith(site) else route.abort()
            ),
        )
        tab = context.new_page()
        yield tab
        browser.close()


def test_citation_lands_on_its_bibliography_entry(page, site):
    page.goto(f"{site}/briefing/topics/operations.html")
    citation = page.locator("article li .bibtex-citation a").first
    href = citation.get_attribute("href")
    citation.click()
    page.wait_for_url(f"**/briefing/bibliography.html#{href.split('#')[1]}")
    entry = page.locator(f"#{href.split('#')[1]}")
    assert entry.is_visible()
    assert "Cited in" in entry.inner_text()
    page.screenshot(path=str(ARTIFACTS / "bibliography-entry.png"))


def test_evidence_link_lands_on_the_highlighted_sentence(page, site):
    page.goto(f"{site}/briefing/topics/operations.html")
    link = page.locator("article li .bb-evidence a").first
    anchor = link.get_attribute("href").split("#")[1]
    expected = page.locator("article li .bb-evidence .bb-popup-sentence").first.text_content()
    link.click()
    page.wait_for_url(f"**#{anchor}")
    sentence = page.locator(f"#{anchor} + .bb-sentence")
    assert sentence.text_content() == expected
    assert sentence.evaluate("e => getComputedStyle(e).backgroundColor") == HIGHLIGHT
    page.screenshot(path=str(ARTIFACTS / "evidence-sentence.png"))


def test_hovering_a_citation_shows_the_evidence(page, site):
    page.goto(f"{site}/briefing/topics/operations.html")
    item = page.locator("article li").first
    citation = item.locator(".bibtex-citation a").first
    citation.hover()
    popup = page.locator("#bb-popup")
    popup.wait_for(state="visible")
    text = popup.inner_text()
    key = citation.get_attribute("href").split("#cite-")[1]
    sentences = item.locator(
        f".bb-popup-data[data-source='{key.replace('-', '_', 1)}'] .bb-popup-sentence"
    )
    assert sentences.count() >= 1 and sentences.first.text_content() in text
    page.screenshot(path=str(ARTIFACTS / "citation-popup.png"))


def test_evidence_popup_works_from_the_keyboard(page, site):
    page.goto(f"{site}/briefing/topics/reactions.html")
    link = page.locator("article li .bb-evidence a").first
    link.focus()
    popup = page.locator("#bb-popup")
    popup.wait_for(state="visible")
    assert link.get_attribute("aria-describedby") == "bb-popup"
    page.keyboard.press("Escape")
    popup.wait_for(state="hidden")


def test_search_finds_a_claimant(page, site):
    page.goto(f"{site}/search.html?q=Zakharova")
    results = page.locator("#search-results li a, ul.search li a")
    results.first.wait_for(timeout=15000)
    assert results.count() >= 1
    page.screenshot(path=str(ARTIFACTS / "search.png"))


def test_a_figure_never_breaks_inside_its_number(page, site):
    page.set_viewport_size({"width": 700, "height": 900})  # a narrow window squeezes tables
    try:
        page.goto(f"{site}/briefing/key-figures.html")
        cells = page.locator("td.text-right")
        assert cells.count() > 0
        cell = cells.first
        line = float(cell.evaluate("c => parseFloat(getComputedStyle(c).lineHeight)"))
        for n in range(min(cells.count(), 20)):
            box = cells.nth(n).locator("p").bounding_box()
            assert box is not None and box["height"] < 1.6 * line, cells.nth(n).inner_text()
        page.screenshot(path=str(ARTIFACTS / "key-figures-narrow.png"))
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})


def test_missing_chromium_skips_locally_and_fails_in_ci(monkeypatch):
    import test_browser

    monkeypatch.setattr(test_browser, "CHROMIUM", "/nonexistent/chromium")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Chromium"):
        test_browser._require_browser()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="Chromium"):
        test_browser._require_browser()
