"""What two roles share that fill a page in from a data file when it is written (the claims'
status, ``briefbook.sphinx.status``; the counts, ``briefbook.sphinx.counts``): the file read
once per version, the keys whose value changed since the last build, and the pages showing
one of them, which Sphinx writes again from their kept doctrees without reading them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=8)
def _read(path: str, mtime_ns: int) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def read_section(path: Path, section: str) -> dict[str, Any]:
    """The mapping under ``section`` of the JSON data file ``path``, read once per file
    version; empty when there is no such file or it is not such data."""
    try:
        found: dict[str, Any] = _read(str(path), path.stat().st_mtime_ns)[section]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return found


def changed(old: Mapping[str, str], new: Mapping[str, str]) -> set[str]:
    """Keys whose digest differs, that are gone or that are new."""
    return {k for k in old.keys() | new.keys() if old.get(k) != new.get(k)}


def showing_pages(shows: Mapping[str, set[str]], keys: set[str]) -> set[str]:
    """The documents showing any of ``keys``."""
    if not keys:
        return set()
    return {doc for doc, shown in shows.items() if not shown.isdisjoint(keys)}


def merged_counts(files: Iterable[tuple[str, Mapping[str, object]]]) -> dict[str, str]:
    """The counts of several files (name, its key -> text) as one mapping, the one merge
    rule of the extension and the bench's floor: a key given by two files is an error
    (``ValueError``), not one text silently lost."""
    found: dict[str, str] = {}
    origin: dict[str, str] = {}
    for name, counts in files:
        for key, text in counts.items():
            if str(key) in found:
                raise ValueError(f"count {key!r} given twice: in {origin[str(key)]} and {name}")
            found[str(key)] = str(text)
            origin[str(key)] = name
    return found
