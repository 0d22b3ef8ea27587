"""Check the book's links with Sphinx's linkcheck builder, and say what was not checked.

Internal references are already enforced by the ``-W`` HTML build; this checks URLs.
Offline, external hosts fail at name resolution at once. In ``auto`` mode, when every
external link failed that way and none could be reached, the machine is taken to be
offline: those links are reported as *not checked* and do not fail the check. Loopback
links (127.0.0.1, localhost) are always checked for real. ``online`` mode counts a host
that does not resolve as broken; ``offline`` mode does not try external links at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

from briefbook.commands.build import sphinx

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

    @property
    def ok(self) -> bool:
        return not self.broken


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
    checked, broken, unchecked = [], [], []
    internal = 0
    for link in links:
        if not link.uri.startswith(("http://", "https://")):
            internal += 1
        elif link.status == "ignored" or id(link) in unchecked_set:
            unchecked.append(link)
        elif link.status in ("broken", "timeout"):
            broken.append(link)
        elif link.status == "unchecked":
            unchecked.append(link)
        else:
            checked.append(link)
    return Report(tuple(checked), tuple(broken), tuple(unchecked), offline, internal)


def run(docs: Path, mode: Mode = Mode.AUTO, out: Path | None = None, quiet: bool = True) -> Report:
    out = out or docs / "_build" / "linkcheck"
    extra = ["-E"]
    if mode == Mode.OFFLINE:
        extra += ["-D", f"linkcheck_ignore={_external_pattern()}"]
    sphinx(docs, "linkcheck", out, strict=False, jobs="1", quiet=quiet, extra=extra)
    return classify(read_output(out / "output.json"), mode)
