"""Check the book's links with Sphinx's linkcheck builder, and say what was not checked.

Internal references are already enforced by the ``-W`` HTML build; this checks URLs.
Offline, external hosts fail at name resolution at once. In ``auto`` mode, when every
external link failed that way and none could be reached, the machine is taken to be
offline: those links are reported as *not checked* and do not fail the check. ``online``
mode counts a host that does not resolve as broken; ``offline`` mode does not try external
links at all.

**Private addresses.** An article's URL is untrusted: pointed at this machine or the local
network (``http://127.0.0.1:8080/admin``, ``http://169.254.169.254/``, a name that resolves
there, or a public page that redirects there), a link check in CI would make requests on
the attacker's behalf. While the check runs, no connection is made to an address that is
not global (loopback, private, link-local, reserved: ``ipaddress``'s ``is_global``),
whatever name or redirect led there, except to the hosts and ports the analyst's own pages
link to (pages without the generated header, such as ``docs/notes/``) and the proxy the
environment names. Such links are reported as *not checked (private address)*: never
requested, and not a failure.
"""

from __future__ import annotations

import ipaddress
import json
import re
import socket
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import urllib3.util.connection

from briefbook.commands.build import sphinx
from briefbook.project.output import is_generated

LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
_DNS_ERRORS = (
    "NameResolutionError",
    "Failed to resolve",
    "Name or service not known",
    "Temporary failure in name resolution",
    "nodename nor servname",
    "No address associated with hostname",
    "getaddrinfo failed",
)


class Mode(StrEnum):
    AUTO = "auto"
    ONLINE = "online"
    OFFLINE = "offline"


@dataclass(frozen=True, slots=True)
class Link:
    uri: str
    status: str
    info: str
    where: str


@dataclass(frozen=True, slots=True)
class Report:
    checked: tuple[Link, ...]
    broken: tuple[Link, ...]
    unchecked: tuple[Link, ...]
    offline: bool
    internal: int = 0
    """Links within the book (``#anchor``), already checked by the ``-W`` HTML build."""
    private: tuple[Link, ...] = ()
    """Links to an address that is not global, never requested (see the module's note)."""

    @property
    def ok(self) -> bool:
        return not self.broken


PRIVATE = "private network address: not requested"
"""The error of a connection refused by :func:`no_private_connections`."""


class PrivateAddress(ConnectionRefusedError):
    """A connection to an address that is not global, refused before it is made."""


def _global(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global


@contextmanager
def no_private_connections(allowed: set[tuple[str, int | None]]) -> Iterator[None]:
    """While the block runs, HTTP connections (urllib3's, which requests and Sphinx's
    linkcheck use) go only to global addresses, or to an ``allowed`` host and port (port
    ``None``: any). The address is checked once resolved, and the connection is made to
    that address: a name cannot resolve elsewhere in between."""
    real = urllib3.util.connection.create_connection

    def guarded(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        host, port = address
        name = host.strip("[]").lower()
        if (name, port) in allowed or (name, None) in allowed:
            return real(address, *args, **kwargs)
        infos = socket.getaddrinfo(name, port, type=socket.SOCK_STREAM)
        usable = [str(info[4][0]) for info in infos if _global(str(info[4][0]))]
        if not usable:
            raise PrivateAddress(f"{host}: {PRIVATE}")
        return real((usable[0], port), *args, **kwargs)

    urllib3.util.connection.create_connection = guarded
    try:
        yield
    finally:
        urllib3.util.connection.create_connection = real


_URL = re.compile(r"https?://[^\s<>()\[\]\"'`]+")


def _host_port(url: str) -> tuple[str, int | None] | None:
    try:
        parts = urlsplit(url)
        return (parts.hostname or "").lower(), parts.port
    except ValueError:
        return None


def analyst_hosts(docs: Path) -> set[tuple[str, int | None]]:
    """The hosts and ports the analyst's own pages link to (every ``.md`` or ``.rst`` under
    ``docs`` without the generated header, outside ``_build``), and the environment's
    proxies: the addresses a link check may reach even when they are not global."""
    found: set[tuple[str, int | None]] = set()
    for path in [*docs.rglob("*.md"), *docs.rglob("*.rst")]:
        if "_build" in path.relative_to(docs).parts or is_generated(path):
            continue
        for url in _URL.findall(path.read_text(encoding="utf-8", errors="replace")):
            found.add(_host_port(url) or ("", None))
    for proxy in urllib.request.getproxies().values():
        found.add(_host_port(proxy if "://" in proxy else f"http://{proxy}") or ("", None))
    return found - {("", None)}


def is_loopback(uri: str) -> bool:
    host = urlsplit(uri).hostname or ""
    return host in LOOPBACK or host.startswith("127.")


def _external_pattern() -> str:
    """Regex for ``linkcheck_ignore`` matching every http(s) URL not on loopback."""
    return r"^https?://(?!(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(/|$))"


def read_output(path: Path) -> list[Link]:
    links: list[Link] = []
    if not path.exists():
        return links
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        where = f"{row.get('filename', '?')}:{row.get('lineno', '?')}"
        links.append(Link(row["uri"], row["status"], str(row.get("info", "")), where))
    return links


def classify(links: list[Link], mode: Mode) -> Report:
    """Sort linkcheck results into checked, broken and not checked (pure)."""
    external = [
        link
        for link in links
        if link.uri.startswith(("http://", "https://")) and not is_loopback(link.uri)
    ]
    reached = [link for link in external if link.status in ("working", "redirected")]
    dns_failed = [
        link
        for link in external
        if link.status == "broken" and any(e in link.info for e in _DNS_ERRORS)
    ]
    offline = mode == Mode.OFFLINE or (mode == Mode.AUTO and bool(dns_failed) and not reached)
    unchecked_set = {id(link) for link in dns_failed} if offline else set()
    checked, broken, unchecked, private = [], [], [], []
    internal = 0
    for link in links:
        if not link.uri.startswith(("http://", "https://")):
            internal += 1
        elif PRIVATE in link.info:
            private.append(link)
        elif link.status == "ignored" or id(link) in unchecked_set:
            unchecked.append(link)
        elif link.status in ("broken", "timeout"):
            broken.append(link)
        elif link.status == "unchecked":
            unchecked.append(link)
        else:
            checked.append(link)
    return Report(
        tuple(checked), tuple(broken), tuple(unchecked), offline, internal, tuple(private)
    )


def run(docs: Path, mode: Mode = Mode.AUTO, out: Path | None = None, quiet: bool = True) -> Report:
    out = out or docs / "_build" / "linkcheck"
    extra = ["-E"]
    if mode == Mode.OFFLINE:
        extra += ["-D", f"linkcheck_ignore={_external_pattern()}"]
    with no_private_connections(analyst_hosts(docs)):
        sphinx(docs, "linkcheck", out, strict=False, jobs="1", quiet=quiet, extra=extra)
    return classify(read_output(out / "output.json"), mode)
