"""How often briefbook's reading is right, as measured on events no rule was tuned on.

``scripts/evaluate.py --record`` measures the reading against labels written by reading the
frozen *test* events and writes the figures to ``data/accuracy.toml`` (generated, never
edited by hand); the evaluation gate fails when the file no longer says what the evaluation
measures, so the figures the book prints cannot drift from the code. The methodology page of
every briefing prints them: an analyst reading the book learns how far to trust each part of
the reading without reading the README.

Only the aggregate of the test events is kept: their individual errors are never shown.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

from briefbook.project.output import GENERATED_MARK

FILE = "data/accuracy.toml"
"""The shipped figures, inside the package."""

Better = Literal["higher", "lower"]


class AccuracyError(ValueError):
    """An accuracy file that does not follow the format; ``field`` names where."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{FILE}: {where}: {message}")
        self.field = where


@dataclass(frozen=True, slots=True)
class Measure:
    """One figure: what was checked, in a reader's words, and the share found right."""

    name: str
    """The evaluation's metric (``claimant_accuracy``)."""
    what: str
    """What the share is of, for a reader ("statements credited to the right speaker")."""
    hits: int
    total: int
    """The share is ``hits`` of ``total`` (disputes are few: 2 of 5 is not 40% of many)."""
    better: Better
    """Whether a higher or a lower share is better."""

    @property
    def value(self) -> float:
        return self.hits / self.total


@dataclass(frozen=True, slots=True)
class Accuracy:
    """The figures measured on the test events, together."""

    events: tuple[str, ...]
    """The events' titles."""
    articles: int
    statements: int
    """Sentences the labels count as statements (the rest is page furniture)."""
    measures: tuple[Measure, ...]


def render(accuracy: Accuracy) -> str:
    """The accuracy file's text: deterministic, headed as generated."""

    def text(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)  # a TOML basic string

    lines = [
        f"# {GENERATED_MARK} (scripts/evaluate.py --record): do not edit",
        "# briefbook's reading against labels written by reading the frozen test events,",
        "# which no rule was tuned on; the methodology page of every briefing prints it.",
        f"events = [{', '.join(text(e) for e in accuracy.events)}]",
        f"articles = {accuracy.articles}",
        f"statements = {accuracy.statements}",
    ]
    for m in accuracy.measures:
        lines += [
            "",
            "[[measure]]",
            f"name = {text(m.name)}",
            f"what = {text(m.what)}",
            f"hits = {m.hits}",
            f"total = {m.total}",
            f"better = {text(m.better)}",
        ]
    return "\n".join(lines) + "\n"


def parse(content: str) -> Accuracy:
    """An accuracy file read back (raises :class:`AccuracyError` naming the bad field)."""
    try:
        data = tomllib.loads(content)
    except tomllib.TOMLDecodeError as err:
        raise AccuracyError("(file)", f"not TOML: {err}") from None
    events = data.get("events")
    if not isinstance(events, list) or not all(isinstance(e, str) and e for e in events):
        raise AccuracyError("events", "must be a list of event titles")
    measures = []
    for n, raw in enumerate(_list(data, "measure")):
        where = f"measure[{n}]"
        if not isinstance(raw, dict):
            raise AccuracyError(where, "must be a table")
        better = raw.get("better")
        if better not in ("higher", "lower"):
            raise AccuracyError(f"{where}.better", 'must be "higher" or "lower"')
        hits, total = _count(raw, "hits", where), _count(raw, "total", where)
        if total <= 0 or hits > total:
            raise AccuracyError(f"{where}.total", "must be above 0 and at least hits")
        measures.append(
            Measure(_text(raw, "name", where), _text(raw, "what", where), hits, total, better)
        )
    return Accuracy(
        tuple(events), _count(data, "articles"), _count(data, "statements"), tuple(measures)
    )


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise AccuracyError(key, "must be an array of tables")
    return value


def _text(raw: dict[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise AccuracyError(f"{where}.{key}", "must be non-empty text")
    return value


def _count(data: dict[str, Any], key: str, where: str = "") -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise AccuracyError(f"{where}.{key}" if where else key, "must be a whole number")
    return value


def shipped() -> Accuracy | None:
    """The figures shipped with this briefbook, or None if it ships none."""
    path = resources.files("briefbook").joinpath(FILE)
    if not path.is_file():
        return None
    return parse(path.read_text(encoding="utf-8"))
