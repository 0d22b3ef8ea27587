"""The link check against a real HTTP server on 127.0.0.1, started by the test."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from briefbook.commands import linkcheck
from briefbook.commands.linkcheck import Link, Mode, classify
from conftest import ROOTS


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server(tmp_path: Path) -> Iterator[int]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "ok.html").write_text(
        '<html><body><h2 id="present">Here</h2></body></html>', encoding="utf-8"
    )
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1]
    finally:
        httpd.shutdown()
        httpd.server_close()


def make_docs(tmp_path: Path, port: int, keep: set[str] | None = None) -> Path:
    docs = tmp_path / "docs"
    shutil.copytree(ROOTS / "test-linkcheck", docs)
    index = docs / "index.md"
    lines = index.read_text(encoding="utf-8").replace("PORT", str(port)).splitlines()
    if keep is not None:
        lines = [
            line for line in lines if not line.startswith("- ") or any(k in line for k in keep)
        ]
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return docs


def test_live_links_pass_dead_links_fail(tmp_path, server):
    report = linkcheck.run(make_docs(tmp_path, server), Mode.AUTO)
    broken = {link.uri.rsplit("/", 1)[1] for link in report.broken}
    assert broken == {"missing.html", "ok.html#absent"}
    assert {link.uri.rsplit("/", 1)[1] for link in report.checked} == {"ok.html", "ok.html#present"}
    assert not report.ok


def test_offline_external_links_are_listed_not_failed(tmp_path, server):
    docs = make_docs(tmp_path, server, keep={"live page", "external"})
    report = linkcheck.run(docs, Mode.AUTO)
    assert report.ok
    assert [link.uri for link in report.unchecked] == [
        "https://briefbook-linkcheck-test.invalid/page"
    ]
    assert report.offline
    assert len(report.checked) == 1


def test_online_mode_counts_unresolvable_hosts_as_broken(tmp_path, server):
    docs = make_docs(tmp_path, server, keep={"live page", "external"})
    report = linkcheck.run(docs, Mode.ONLINE)
    assert [link.uri for link in report.broken] == ["https://briefbook-linkcheck-test.invalid/page"]


def test_offline_mode_does_not_try_external_links(tmp_path, server):
    docs = make_docs(tmp_path, server, keep={"live page", "external"})
    report = linkcheck.run(docs, Mode.OFFLINE)
    assert report.ok and report.offline
    assert [link.status for link in report.unchecked] == ["ignored"]


def _link(uri: str, status: str, info: str = "") -> Link:
    return Link(uri, status, info, "index.md:1")


def test_classify_online_when_any_external_link_was_reached():
    links = [
        _link("https://a.example/", "working"),
        _link("https://gone.example/", "broken", "Failed to resolve 'gone.example'"),
    ]
    report = classify(links, Mode.AUTO)
    assert not report.offline
    assert [link.uri for link in report.broken] == ["https://gone.example/"]


def test_internal_anchors_are_not_external_links():
    report = classify([_link("#s1234", "unchecked")], Mode.AUTO)
    assert report.internal == 1 and not report.unchecked and not report.checked


def test_classify_loopback_never_excused():
    links = [
        _link("http://127.0.0.1:9/x", "broken", "Connection refused"),
        _link("https://gone.example/", "broken", "NameResolutionError"),
    ]
    report = classify(links, Mode.AUTO)
    assert report.offline
    assert [link.uri for link in report.broken] == ["http://127.0.0.1:9/x"]
    assert [link.uri for link in report.unchecked] == ["https://gone.example/"]
