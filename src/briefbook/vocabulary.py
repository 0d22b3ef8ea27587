"""briefbook's vocabularies: the words its rules look for, kept as data.

Each file of ``data/vocabulary/`` holds the word lists of one stage (``names``,
``segments``, ``figures``, ``furniture``, ``attribution``, ``claims``, ``conflicts``,
``independence``), written from general news English, never from one event's articles.
They are package data, so an edit is part of the reading cache's key (``project/cache.py``)
and reads every article again. The rules keep the code; the words live here.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any


@cache
def _file(name: str) -> dict[str, Any]:
    path = resources.files("briefbook").joinpath(f"data/vocabulary/{name}.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _value(name: str, key: str) -> Any:
    try:
        return _file(name)[key]
    except KeyError:
        raise KeyError(f"no {key!r} in data/vocabulary/{name}.toml") from None


def words(name: str, key: str) -> frozenset[str]:
    """A set of words or phrases: ``words("names", "titles")``."""
    return frozenset(str(w) for w in _value(name, key))


def ordered(name: str, key: str) -> tuple[str, ...]:
    """A list whose order matters (first match wins)."""
    return tuple(str(w) for w in _value(name, key))


def mapping(name: str, key: str) -> dict[str, Any]:
    """A table: word -> value (a number, a word, or a list of words)."""
    value = _value(name, key)
    if not isinstance(value, dict):
        raise TypeError(f"data/vocabulary/{name}.toml: {key} is not a table")
    return dict(value)


def checked(name: str, key: str, allowed: tuple[str, ...]) -> dict[str, str]:
    """A table whose values must be among ``allowed`` (a closed set of the code's)."""
    table = mapping(name, key)
    for word, value in table.items():
        if value not in allowed:
            raise ValueError(
                f"data/vocabulary/{name}.toml: {key}.{word} = {value!r} is not one of {allowed}"
            )
    return {str(k): str(v) for k, v in table.items()}


def alternation(phrases: Iterable[str]) -> str:
    """A regular-expression alternation of literal phrases, longest first."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
