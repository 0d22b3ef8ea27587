"""A content-addressed cache of each article's reading, so regeneration redoes only what changed.

Reading an article (segmentation, boilerplate, entity mentions, figures and dates) depends on
nothing but its text, its metadata, the gazetteer and briefbook's own code. Its result is
stored under a hash of all four in ``.briefbook-cache/`` at the project's root; the next
``briefbook generate`` reads an unchanged article from there instead of reading it again.
What depends on the whole corpus (people resolved across articles, topic weights, claims,
conflicts, grades) is always computed afresh.

Each entry is a JSON file of plain data (``briefbook.project.codec``), never code: a file
that cannot be read back as a reading (damaged, planted, from another version) counts as a
miss, and the article is read again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from briefbook.project.output import write_file

FOLDER = ".briefbook-cache"
FORMAT = 3
"""Bump when the cached data's shape changes in a way the code fingerprint would not show."""

_TAG = (
    b"Signature: 8a477f597d28d172789f06886806bc55\n"
    b"# This folder is a cache made by briefbook (see https://bford.info/cachedir/).\n"
)


def fingerprint(package: Path) -> str:
    """A hash of every module and data file of a package folder, with their paths."""
    digest = hashlib.blake2b(digest_size=16)
    files = [*package.rglob("*.py"), *(package / "data").rglob("*")]
    for f in sorted(f for f in files if f.is_file() and "__pycache__" not in f.parts):
        digest.update(f"{f.relative_to(package).as_posix()}\0".encode())
        digest.update(f.read_bytes())
    return digest.hexdigest()


@cache
def code_fingerprint() -> str:
    """briefbook's own code and data: a new version, or an edit, empties the cache."""
    return fingerprint(Path(str(resources.files("briefbook"))))


def key(*parts: str) -> str:
    """The cache key of a value computed from ``parts`` (and the code)."""
    digest = hashlib.blake2b(digest_size=20)
    for part in (str(FORMAT), code_fingerprint(), *parts):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


@dataclass(slots=True)
class DiskCache:
    """JSON values in one folder, one file per key; counts its hits and misses."""

    folder: Path
    hits: int = 0
    misses: int = 0
    unwritable: bool = False
    used: set[str] = field(default_factory=set)

    def _path(self, k: str) -> Path:
        return self.folder / f"{k}.json"

    def get(self, k: str, decode: Callable[[Any], Any] = lambda data: data) -> Any | None:
        """The value stored under ``k``, as ``decode`` makes it from the stored data; a
        file that is missing, damaged or that ``decode`` refuses is a miss."""
        self.used.add(k)
        try:
            value = decode(json.loads(self._path(k).read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, RecursionError):  # missing, damaged, foreign
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, k: str, value: Any) -> None:
        """Store a value; a cache that cannot be written (read-only folder) is skipped."""
        self.used.add(k)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tag = self.folder / "CACHEDIR.TAG"
            if not tag.exists():
                write_file(tag, _TAG)
            write_file(self._path(k), json.dumps(value, ensure_ascii=False).encode("utf-8"))
        except OSError:
            self.unwritable = True

    def prune(self) -> int:
        """Remove the entries this run did not use (articles since removed or edited)."""
        removed = 0
        if not self.folder.is_dir():
            return 0
        for path in self.folder.glob("*.json"):
            if path.stem not in self.used:
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
        return removed
