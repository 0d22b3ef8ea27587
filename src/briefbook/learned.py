"""Small models learned from the development gold and shipped as data.

Some readings weigh many weak signals at once (the words of a statement for its chapter, the
shape of a line for page furniture, the words around a number for what it counts). A rule
written by hand from a few sentences weighs them the way those sentences did; a model learned
from the labelled development events (never a test event) weighs them the way a hundred
events do. This module holds the one model briefbook learns: a multinomial logistic
regression over named features (strings, each present or absent, or with a value), trained by
plain gradient steps in a fixed order, so the same examples always give the same weights.

A model is data: ``scripts/`` trains it from ``tests/gold`` and writes it with :func:`dumps`
under ``data/models/`` (a generated file, headed so, deterministic, written atomically);
the reading loads it with :func:`load` and asks :func:`probabilities`. Nothing is downloaded
and nothing but the standard library runs. :func:`held_out` measures a model as it would do
on an event it never saw: each event's examples are predicted by a model trained on all the
others (leave one event out), the figure that says whether a learned reading transfers.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TypeVar

Features = Mapping[str, float]
"""A case as its named features and their values (1.0 for one that is simply present)."""

G = TypeVar("G", bound=Hashable)


def present(names: Iterable[str]) -> dict[str, float]:
    """The features of a case that has each of ``names`` (value 1.0), none twice."""
    return dict.fromkeys(names, 1.0)


@dataclass(frozen=True)
class Model:
    """A multinomial logistic regression: for each label a bias and a weight per feature."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    """Each feature's weight for each label, in the order of ``labels``; a feature the
    training never saw, or whose weights were all pruned, weighs nothing."""


@dataclass(frozen=True)
class Training:
    """How a model is trained: passes over the examples, step size, and penalty."""

    epochs: int = 12
    rate: float = 0.5
    """The first step's size; AdaGrad shrinks each weight's steps as its gradients add up."""
    l2: float = 1e-4
    """The penalty on large weights, per example: keeps a feature seen in few cases modest."""
    seed: int = 0
    """The seed of the fixed order the examples are visited in, epoch by epoch."""


def _scores(model: Model, features: Features) -> list[float]:
    scores = list(model.bias)
    for name, value in features.items():
        row = model.weights.get(name)
        if row is not None:
            for i, weight in enumerate(row):
                scores[i] += weight * value
    return scores


def _softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def probabilities(model: Model, features: Features) -> dict[str, float]:
    """Each label's probability for a case with ``features``."""
    return dict(zip(model.labels, _softmax(_scores(model, features)), strict=True))


def best(model: Model, features: Features) -> tuple[str, float]:
    """The most probable label and its probability (the first label on a tie)."""
    chances = probabilities(model, features)
    label = max(model.labels, key=lambda name: chances[name])
    return label, chances[label]


def train(
    examples: Sequence[tuple[Features, str]],
    labels: Sequence[str] | None = None,
    training: Training = Training(),
) -> Model:
    """The model that fits ``examples`` (features and the gold label of each case).

    ``labels`` fixes the labels and their order (default: those of the examples, sorted).
    The examples are visited in an order drawn from ``training.seed``, the same for the same
    examples, so training twice gives the same weights."""
    names = tuple(labels) if labels is not None else tuple(sorted({y for _, y in examples}))
    if not names:
        raise ValueError("a model needs at least one label")
    index = {name: i for i, name in enumerate(names)}
    k = len(names)
    bias = [0.0] * k
    bias_sq = [1e-8] * k
    weights: dict[str, list[float]] = {}
    squares: dict[str, list[float]] = {}
    order = list(range(len(examples)))
    shuffle = random.Random(training.seed)
    for _ in range(training.epochs):
        shuffle.shuffle(order)
        for at in order:
            features, gold = examples[at]
            if gold not in index:
                raise ValueError(f"label {gold!r} is not one of {names}")
            scores = list(bias)
            for name, value in features.items():
                row = weights.get(name)
                if row is not None:
                    for i in range(k):
                        scores[i] += row[i] * value
            chances = _softmax(scores)
            for i in range(k):
                gradient = chances[i] - (1.0 if i == index[gold] else 0.0)
                bias_sq[i] += gradient * gradient
                bias[i] -= training.rate * gradient / math.sqrt(bias_sq[i])
                for name, value in features.items():
                    row = weights.setdefault(name, [0.0] * k)
                    sq = squares.setdefault(name, [1e-8] * k)
                    step = gradient * value + training.l2 * row[i]
                    sq[i] += step * step
                    row[i] -= training.rate * step / math.sqrt(sq[i])
    return Model(names, tuple(bias), {n: tuple(w) for n, w in sorted(weights.items())})


def held_out(
    examples: Sequence[tuple[Features, str]],
    groups: Sequence[G],
    labels: Sequence[str] | None = None,
    training: Training = Training(),
) -> list[tuple[str, float]]:
    """Each example's prediction (label, probability) by a model trained without its group.

    ``groups`` names each example's event: the figure of these predictions against the gold
    says how the model reads an event it never saw, which a model's figure on its own
    training examples cannot."""
    if len(groups) != len(examples):
        raise ValueError("one group per example")
    names = tuple(labels) if labels is not None else tuple(sorted({y for _, y in examples}))
    predicted: list[tuple[str, float]] = [("", 0.0)] * len(examples)
    for group in dict.fromkeys(groups):
        rest = [example for example, g in zip(examples, groups, strict=True) if g != group]
        model = train(rest, names, training)
        for at, g in enumerate(groups):
            if g == group:
                predicted[at] = best(model, examples[at][0])
    return predicted


GENERATED = "generated by briefbook's training script, do not edit"
"""The note heading every model file."""


def dumps(model: Model, about: Mapping[str, str], digits: int = 4) -> str:
    """The model as JSON text, deterministic: labels, biases, then features sorted by name.

    Weights are rounded to ``digits`` decimals and a feature whose weights all round to zero
    is left out. ``about`` (how the model was made: the script, the corpora, the figures) is
    written first, under a ``generated`` note that says not to edit the file. One feature per
    line, so a retrained model's change reads as a diff of the features that moved."""

    def rounded(values: Iterable[float]) -> list[float]:
        return [round(v, digits) + 0.0 for v in values]

    def text(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    rows = [(name, rounded(row)) for name, row in sorted(model.weights.items())]
    features = ",\n".join(f"{text(name)}: {text(row)}" for name, row in rows if any(row))
    return (
        "{\n"
        f'"generated": {text(GENERATED)},\n'
        f'"about": {text(dict(sorted(about.items())))},\n'
        f'"labels": {text(list(model.labels))},\n'
        f'"bias": {text(rounded(model.bias))},\n'
        f'"weights": {{\n{features}\n}}\n'
        "}\n"
    )


def loads(text: str) -> Model:
    """The model :func:`dumps` wrote."""
    data = json.loads(text)
    labels = tuple(str(name) for name in data["labels"])
    bias = tuple(float(v) for v in data["bias"])
    weights = {str(n): tuple(float(v) for v in row) for n, row in data["weights"].items()}
    if len(bias) != len(labels) or any(len(row) != len(labels) for row in weights.values()):
        raise ValueError("a model's biases and weights must give one value per label")
    return Model(labels, bias, weights)


@cache
def load(name: str) -> Model:
    """The shipped model ``data/models/<name>.json``."""
    path = resources.files("briefbook").joinpath(f"data/models/{name}.json")
    return loads(path.read_text("utf-8"))
