"""Builds stopped midway and link checks pointed at this machine: what the user sees.

A build killed while writing leaves no partial search index and no Sphinx worker behind;
a deleted article's page leaves the HTML book; the link check never requests an address on
this machine or the local network that an article gives.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefbook.commands.build import INCOMPLETE, workers_die_with_this_process
from briefbook.commands.cli import app
from conftest import ARTICLE, META

runner = CliRunner()
SECOND = ARTICLE.replace("2,000", "3,000").replace("Monday", "Tuesday")


def _indexed(html: Path) -> set[str]:
    text = (html / "searchindex.js").read_text(encoding="utf-8")
    return set(json.loads(text[text.index("(") + 1 : text.rindex(")")])["docnames"])


def _pages(html: Path) -> set[str]:
    skip = {"genindex", "search"}
    return {
        p.relative_to(html).with_suffix("").as_posix()
        for p in html.rglob("*.html")
        if "_static" not in p.parts and p.stem not in skip
    }


@pytest.mark.slow
def test_a_deleted_article_leaves_the_html_book(make_project):
    root = make_project({"a1": (ARTICLE, META), "a2": (SECOND, META.replace("a1", "a2"))})
    assert runner.invoke(app, ["build", "-q", "--project", str(root)]).exit_code == 0
    html = root / "docs" / "_build" / "html"
    page = html / "briefing" / "sources" / "a2.html"
    assert page.exists()
    for name in ("a2.txt", "a2.toml"):
        (root / "sources" / "articles" / name).unlink()
    assert runner.invoke(app, ["build", "-q", "--project", str(root)]).exit_code == 0
    assert not page.exists()
    assert not list(html.glob("_sources/briefing/sources/a2.*"))
    assert (html / "briefing" / "sources" / "a1.html").exists()
    assert _indexed(html) == _pages(html)


KILLER = '''
import os as _os, signal as _signal
_BUILD = _os.getpid()


def _kill_the_build(app, pagename, *args):
    """Test only: the build is killed (SIGKILL) while it writes this page."""
    if _os.environ.get("BRIEFBOOK_TEST_KILL_AT") == pagename:
        _os.kill(_BUILD, _signal.SIGKILL)


def setup(app):
    app.connect("html-page-context", _kill_the_build)
'''


def _alive(root: Path) -> list[int]:
    """Processes still running a command on ``root`` (zombies are dead)."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            cmdline = (proc / "cmdline").read_bytes()
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if str(root).encode() in cmdline and state != "Z":
            found.append(int(proc.name))
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
def test_a_build_killed_midway_leaves_no_worker_and_no_partial_index(seed_project):
    """Killed while writing (after Sphinx saved what it read), the next build used to
    index only the pages written since (6 of 20), and a Sphinx worker stayed blocked on
    its pipe. Now the workers die with the build, and the next build writes everything."""
    conf = seed_project / "docs" / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + KILLER, encoding="utf-8")
    sources = sorted((seed_project / "sources" / "articles").glob("*.txt"))
    env = {**os.environ, "BRIEFBOOK_TEST_KILL_AT": f"briefing/sources/{sources[2].stem}"}
    command = [sys.executable, "-m", "briefbook", "build", "-q", "--project", str(seed_project)]
    killed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    html = seed_project / "docs" / "_build" / "html"
    assert (html / INCOMPLETE).exists()
    deadline = time.monotonic() + 10
    while _alive(seed_project) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _alive(seed_project) == []
    again = subprocess.run(command[:-3] + command[-2:], capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert "the last build of" in again.stderr and "did not finish" in again.stderr
    assert not (html / INCOMPLETE).exists()
    assert _indexed(html) == _pages(html)


HOLDER = """
import multiprocessing, time
from briefbook.commands.build import workers_die_with_this_process


def send(conn):
    conn.send(b"x" * 1_000_000)  # more than a pipe holds: waits for a reader


with workers_die_with_this_process():
    reader, writer = multiprocessing.Pipe(False)
    worker = multiprocessing.get_context("fork").Process(target=send, args=(writer,))
    worker.start()
print(worker.pid, flush=True)
time.sleep(120)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="fork")
def test_a_worker_blocked_on_its_pipe_dies_with_the_build():
    """As Sphinx forks them: the worker holds the reading end of its own pipe too, so,
    the parent killed, nothing would ever read what it sends."""
    parent = subprocess.Popen(
        [sys.executable, "-c", HOLDER],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert parent.stdout is not None
    worker = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{worker}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            break
        if state == "Z":
            break
        time.sleep(0.1)
    else:
        os.kill(worker, signal.SIGKILL)
        pytest.fail("the worker outlived its parent")
    with workers_die_with_this_process():  # and the guard is off once the block ends
        pass


class _Recorder(SimpleHTTPRequestHandler):
    requested: list[str]

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.requested.append(self.path)
        if self.path.startswith("/redirect"):
            self.send_response(302)
            self.send_header("Location", self.server.redirect_to)  # type: ignore[attr-defined]
            self.end_headers()
            return
        super().do_GET()

    do_HEAD = do_GET


def _server(site: Path, requested: list[str], redirect_to: str = "") -> ThreadingHTTPServer:
    handler = type("Handler", (_Recorder,), {"requested": requested})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(site)))
    httpd.redirect_to = redirect_to  # type: ignore[attr-defined]
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[tuple[int, int, list[str], list[str]]]:
    """Two servers on this machine: the analyst's (which redirects ``/redirect`` to the
    other) and a private one. Each records the paths requested from it."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "ok.html").write_text("<html><body>ok</body></html>", encoding="utf-8")
    private_requests: list[str] = []
    analyst_requests: list[str] = []
    private = _server(site, private_requests)
    port = private.server_address[1]
    analyst = _server(site, analyst_requests, f"http://127.0.0.1:{port}/ok.html")
    try:
        yield analyst.server_address[1], port, analyst_requests, private_requests
    finally:
        for httpd in (analyst, private):
            httpd.shutdown()
            httpd.server_close()


@pytest.mark.slow
def test_the_link_check_never_requests_a_private_address_an_article_gives(make_project, servers):
    own, port, own_requests, private_requests = servers
    metas = {
        "a1": META.replace(
            "https://example.org/news/dockers-strike", f"http://127.0.0.1:{port}/admin"
        ),
        "a2": META.replace("a1", "a2").replace(
            "https://example.org/news/dockers-strike", f"http://localhost:{port}/secret"
        ),
        "a3": META.replace("a1", "a3").replace(
            "https://example.org/news/dockers-strike", f"http://127.0.0.1:{own}/redirect"
        ),
    }
    texts = {"a1": ARTICLE, "a2": SECOND, "a3": SECOND.replace("Tuesday", "Wednesday")}
    root = make_project({k: (texts[k], metas[k]) for k in metas})
    notes = root / "docs" / "notes"
    notes.mkdir()
    (notes / "links.md").write_text(
        f"# Links\n\n[My own server](http://127.0.0.1:{own}/ok.html)\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["linkcheck", "--project", str(root)])
    assert private_requests == []  # not the article's URLs, not where a redirect led
    assert "/ok.html" in own_requests  # the analyst's own link is checked
    for url in (f"http://127.0.0.1:{port}/admin", f"http://localhost:{port}/secret"):
        assert f"not checked (private address, never requested): {url}" in result.output
    assert result.exit_code == 0, result.output


def test_a_build_stopped_by_a_full_disk_says_so(tmp_path, monkeypatch):
    """Sphinx prints its own report of the error; briefbook's last line names the cause."""
    import shutil

    from briefbook.commands.build import failed

    assert str(failed("HTML", 1, tmp_path)) == "the HTML build had warnings (see above)"
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage._replace(free=4096))
    assert str(failed("HTML", 2, tmp_path)) == (
        f"the HTML build stopped on an error (see above): the disk holding {tmp_path} is "
        "full; free some space and build again"
    )
