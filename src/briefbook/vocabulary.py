"""briefbook's vocabularies: the words its rules look for, kept as data.

Each file of ``data/vocabulary/`` holds the word lists of one stage (``names``,
``segments``, ``figures``, ``furniture``, ``attribution``, ``claims``, ``conflicts``,
``independence``), written from general news English, never from one event's articles.
They are package data, so an edit is part of the reading cache's key (``project/cache.py``)
and reads every article again. The rules keep the code; the words live here.

A briefing adds its own words in ``briefbook.toml`` (``[vocabulary.<file>]``, the same keys
as the file): lists are extended, tables gain entries (an entry the briefing names replaces
the shipped one). The analysis runs inside :func:`extended`, and every accessor reads the
vocabulary in force, so code asks for its words when it needs them (cached per vocabulary),
never once at import. :func:`vocabulary_key` is part of the reading cache's key.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, TypeVar

FILES = (
    "names",
    "segments",
    "figures",
    "furniture",
    "attribution",
    "claims",
    "conflicts",
    "independence",
)
"""The vocabulary files, one per stage, in ``data/vocabulary/``."""


_GROUP = re.compile(r"\{([^{}]*)\}")


def expand(phrase: str) -> list[str]:
    """The phrases a list entry stands for, in order: ``{a|b}`` is one of the alternatives, and
    an empty one makes the choice optional, so "{sent|offered} {his|her|} condolences" stands
    for six phrases, from "sent his condolences" to "offered condolences". Round and square
    brackets are literal ("(Reporting by"). An entry without braces stands for itself, spaces
    included (" years old"); a pattern's phrases keep its leading and trailing spaces. Raises
    ``ValueError`` on a brace left open or closed alone, or an entry that stands for nothing
    ("{|}")."""
    match = _GROUP.search(phrase)
    if match is None:
        if "{" in phrase or "}" in phrase:
            raise ValueError(f"{phrase!r}: a brace is not matched")
        return [phrase]
    core = phrase.strip()
    lead, trail = phrase[: phrase.index(core[0])], phrase[len(phrase.rstrip()) :]
    out: list[str] = []
    for option in match[1].split("|"):
        for done in expand(phrase[: match.start()] + option + phrase[match.end() :]):
            words = " ".join(done.split())  # an empty choice leaves no double space
            if words and lead + words + trail not in out:
                out.append(lead + words + trail)
    if not out:
        raise ValueError(f"{phrase!r}: stands for no phrase (every alternative is empty)")
    return out


def _expanded(value: Any) -> Any:
    """``value`` with every list's patterns expanded (:func:`expand`), tables walked."""
    if isinstance(value, list):
        return [
            w for entry in value for w in (expand(entry) if isinstance(entry, str) else [entry])
        ]
    if isinstance(value, dict):
        return {k: _expanded(v) for k, v in value.items()}
    return value


@cache
def shipped(name: str) -> dict[str, Any]:
    """One vocabulary file as briefbook ships it, list patterns expanded (:func:`expand`)."""
    path = resources.files("briefbook").joinpath(f"data/vocabulary/{name}.toml")
    data: dict[str, Any] = _expanded(tomllib.loads(path.read_text(encoding="utf-8")))
    return data


class ExtensionError(ValueError):
    """A briefing's vocabulary that does not fit the shipped one; ``field`` names where."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.field = where
        self.message = message


def _merge(base: Any, extra: Any, where: str) -> Any:
    if isinstance(base, list):
        if not isinstance(extra, list):
            raise ExtensionError(where, "must be a list, as in briefbook's own vocabulary")
        extra = _phrases(extra, where)
        return [*base, *(w for w in extra if w not in base)]
    if isinstance(base, dict):
        if not isinstance(extra, dict):
            raise ExtensionError(where, "must be a table, as in briefbook's own vocabulary")
        out = dict(base)
        shapes = [v for v in base.values() if isinstance(v, dict)]
        for k, v in extra.items():
            if k in base:
                out[k] = _merge(base[k], v, f"{where}.{k}")
            elif shapes:  # a new entry of a table of tables: shaped like the others
                if not isinstance(v, dict):
                    raise ExtensionError(f"{where}.{k}", "must be a table, like the others")
                known = {key for shape in shapes for key in shape}
                for key in v:
                    if key not in known:
                        raise ExtensionError(
                            f"{where}.{k}.{key}", f"must be one of {sorted(known)}"
                        )
                out[k] = {
                    key: _merge(
                        _empty(next(sh[key] for sh in shapes if key in sh)),
                        value,
                        f"{where}.{k}.{key}",
                    )
                    for key, value in v.items()
                }
            else:
                out[k] = _new(v, f"{where}.{k}")
        return out
    if type(extra) is not type(base) and not (
        isinstance(base, int | float) and isinstance(extra, int | float)
    ):
        raise ExtensionError(where, f"must be a {type(base).__name__}")
    return extra


def _empty(like: Any) -> Any:
    """An empty value of the type of ``like``: a new entry is checked, not merged."""
    return type(like)() if isinstance(like, list | dict) else like


def _new(value: Any, where: str) -> Any:
    if isinstance(value, str) and not value.strip():
        raise ExtensionError(where, "must not be empty")
    if isinstance(value, list):
        return _phrases(value, where)
    return value


def _phrases(entries: list[Any], where: str) -> list[str]:
    """A briefing's list entries, checked and expanded as the shipped ones are."""
    if any(not isinstance(w, str) or not w.strip() for w in entries):
        raise ExtensionError(where, "every entry must be a non-empty string")
    try:
        return [w for entry in entries for w in expand(entry)]
    except ValueError as err:
        raise ExtensionError(where, str(err)) from None


@dataclass(frozen=True, slots=True)
class Extension:
    """A briefing's additions to the vocabulary: file -> key -> list or table."""

    data: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    key: str = field(init=False)
    """A digest of ``data`` ("" for none): part of the reading cache's key."""

    def __post_init__(self) -> None:
        text = json.dumps(self.data, sort_keys=True, ensure_ascii=False)
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()
        object.__setattr__(self, "key", digest if self.data else "")

    def check(self, where: str = "vocabulary") -> None:
        """Raise :class:`ExtensionError` if a file or key is unknown or of the wrong type."""
        for name, keys in self.data.items():
            if name not in FILES:
                raise ExtensionError(f"{where}.{name}", f"no such vocabulary (one of {FILES})")
            if not isinstance(keys, Mapping):
                raise ExtensionError(f"{where}.{name}", "must be a table of word lists")
            base = shipped(name)
            for k, v in keys.items():
                if k not in base:
                    known = ", ".join(sorted(base))
                    raise ExtensionError(f"{where}.{name}.{k}", f"no such list (known: {known})")
                _merge(base[k], v, f"{where}.{name}.{k}")


NONE = Extension()
_current: ContextVar[Extension] = ContextVar("briefbook_vocabulary", default=NONE)
_registry: dict[str, Extension] = {"": NONE}


@contextmanager
def extended(extension: Extension) -> Iterator[None]:
    """Run the block with ``extension``'s words added to the vocabulary."""
    extension.check()
    _registry.setdefault(extension.key, extension)
    token = _current.set(extension)
    try:
        yield
    finally:
        _current.reset(token)


def vocabulary_key() -> str:
    """The key of the vocabulary in force ("" for briefbook's own)."""
    return _current.get().key


@cache
def _file(name: str, key: str) -> dict[str, Any]:
    base = shipped(name)
    extra = _registry[key].data.get(name, {})
    return {
        k: (_merge(v, extra[k], f"vocabulary.{name}.{k}") if k in extra else v)
        for k, v in base.items()
    }


def _value(name: str, key: str) -> Any:
    try:
        return _file(name, vocabulary_key())[key]
    except KeyError:
        raise KeyError(f"no {key!r} in data/vocabulary/{name}.toml") from None


T = TypeVar("T")


def derived(build: Callable[[], T]) -> Callable[[], T]:
    """``build`` run once per vocabulary in force: for patterns and tables made from words."""
    made: dict[str, T] = {}

    def get() -> T:
        k = vocabulary_key()
        if k not in made:
            made[k] = build()
        return made[k]

    get.__doc__ = build.__doc__
    return get


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


def spaced(phrase: str) -> str:
    """A literal phrase as a pattern whose words may be parted by any run of spaces ("not
    only" matches "not  only" and a line break between them)."""
    return r"\s+".join(re.escape(w) for w in phrase.split())


def pattern(phrases: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Any of ``phrases`` as a whole word or phrase."""
    return re.compile(r"(?<![\w-])(?:" + alternation(phrases) + r")(?![\w-])", flags)
