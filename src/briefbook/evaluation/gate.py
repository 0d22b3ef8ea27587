"""The evaluation gate: floors that only rise, and the digest that freezes the test data.

Like trafilatura's evaluation, the gate refuses to lower a floor: ``--record`` raises each
floor to the figure just measured and refuses any figure below its floor unless the change
is deliberate (``--allow-regression``). A small tolerance absorbs the noise of ratios; counts
have none. The test corpora are frozen by a digest of their texts and labels: a change to
any of those files stops the evaluation until it is acknowledged with a reason, which is
logged. The test figures are also what every briefing's methodology page prints
(:func:`accuracy`, written by ``--record`` to the package's ``data/accuracy.toml``), and the
gate fails when that file no longer says what is measured.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from briefbook.accuracy import Accuracy, Better, Measure
from briefbook.evaluation.metrics import BY_NAME, METRICS, Tally

EPSILON = 0.005
"""How far a ratio may fall below its floor before the gate fails (rounding, not regression)."""

Figures = Mapping[str, float | None]
Floors = dict[str, dict[str, float]]
"""Split ("dev", "test") -> metric -> floor."""


def _worse(name: str, value: float, floor: float) -> bool:
    metric = BY_NAME[name]
    slack = EPSILON if metric.ratio else 0.0
    if metric.direction == "higher":
        return value < floor - slack - 1e-12
    if metric.direction == "lower":
        return value > floor + slack + 1e-12
    return False


def shortfalls(split: str, figures: Figures, floors: Floors) -> list[str]:
    """Each metric of ``split`` that is worse than its floor, in words."""
    out = []
    for name, floor in floors.get(split, {}).items():
        value = figures.get(name)
        if name not in BY_NAME or value is None:
            continue
        if _worse(name, value, floor):
            word = "below" if BY_NAME[name].direction == "higher" else "above"
            out.append(f"{split} {name}: {value:.3f} is {word} its floor {floor:.3f}")
    return out


@dataclass(frozen=True, slots=True)
class Recorded:
    floors: Floors
    lowered: tuple[str, ...]
    """The floors that went down (only with ``allow_regression``)."""
    refused: tuple[str, ...]
    """The floors that would have gone down, refused without ``allow_regression``."""


def record(measured: Mapping[str, Figures], floors: Floors, allow_regression: bool) -> Recorded:
    """New floors: each the better of the old floor and the figure measured.

    A figure worse than its floor (beyond the tolerance) is refused, and nothing is recorded,
    unless ``allow_regression``; then that floor is lowered to it.
    """
    new: Floors = {split: dict(values) for split, values in floors.items()}
    lowered: list[str] = []
    refused: list[str] = []
    for split, figures in measured.items():
        target = new.setdefault(split, {})
        for metric in METRICS:
            value = figures.get(metric.name)
            if metric.direction == "info" or value is None:
                continue
            floor = target.get(metric.name)
            if floor is None:
                target[metric.name] = value
            elif _worse(metric.name, value, floor):
                (lowered if allow_regression else refused).append(
                    f"{split} {metric.name}: {floor:.3f} -> {value:.3f}"
                )
                if allow_regression:
                    target[metric.name] = value
            elif metric.direction == "higher":
                target[metric.name] = max(floor, value)
            else:
                target[metric.name] = min(floor, value)
    if refused:
        return Recorded(floors, (), tuple(refused))
    return Recorded(new, tuple(lowered), ())


def file_digests(files: Iterable[Path], root: Path) -> dict[str, str]:
    """Path relative to ``root`` -> SHA-256 of its bytes, for every file given."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(files)
        if p.is_file()
    }


def combined(digests: Mapping[str, str]) -> str:
    """One digest for a set of files: their paths and digests, in order."""
    h = hashlib.sha256()
    for path in sorted(digests):
        h.update(f"{path}\0{digests[path]}\n".encode())
    return h.hexdigest()


def changed(old: Mapping[str, str], new: Mapping[str, str]) -> list[str]:
    """Files added, removed or changed between two digest maps."""
    return sorted(p for p in set(old) | set(new) if old.get(p) != new.get(p))


def accuracy(tally: Tally, events: Iterable[str]) -> Accuracy:
    """What the book prints of the test figures (``briefbook.accuracy``): every ratio with
    words for a reader (``Metric.reader``) and something measured, in the evaluation's order."""
    measures = []
    for m in METRICS:
        hits, total = tally.parts.get(m.name, (0, 0))
        if m.reader and m.ratio and total:
            better: Better = "lower" if m.direction == "lower" else "higher"
            measures.append(Measure(m.name, m.reader, hits, total, better))
    articles = tally.parts.get("articles", (0, 0))[0]
    statements = tally.parts.get("statements", (0, 0))[0]
    return Accuracy(tuple(events), articles, statements, tuple(measures))
