"""Assign each statement a topic from the configured taxonomy.

The method: each topic lists cue words or phrases in the config (``deploy*`` matches any word
starting with ``deploy``). A sentence scores each topic by the cues it contains, longer
phrases counting more; a sentence with no cue takes half the score of its paragraph; with
no cue at all it goes to the default topic. The cues found are kept as the explanation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefbook.model import Config, TopicAssignment


def _cue_pattern(cue: str) -> str:
    words = cue.strip().split()
    parts = []
    for word in words:
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"[\w’'-]*")
        else:
            parts.append(re.escape(word))
    return r"\b" + r"\s+".join(parts) + r"\b"


@dataclass(frozen=True, slots=True)
class _Cue:
    text: str
    pattern: re.Pattern[str]
    weight: float


class TopicClassifier:
    """Cue-based classifier built once from the config, applied to many sentences."""

    def __init__(self, config: Config) -> None:
        self.order = [t.id for t in config.topics]
        self.default = config.default_topic
        self.cues: dict[str, list[_Cue]] = {
            t.id: [
                _Cue(
                    c, re.compile(_cue_pattern(c), re.IGNORECASE), 1.0 + 0.5 * (len(c.split()) - 1)
                )
                for c in t.cues
            ]
            for t in config.topics
        }

    def scores(self, text: str) -> dict[str, tuple[float, tuple[str, ...]]]:
        out = {}
        for topic, cues in self.cues.items():
            found = tuple(c.text for c in cues if c.pattern.search(text))
            out[topic] = (sum(c.weight for c in cues if c.text in found), found)
        return out

    def assign(self, sentence: str, context: str = "", informative: bool = True) -> TopicAssignment:
        """Topic of ``sentence``; ``context`` (its paragraph) breaks the tie when it has no cue.

        A sentence with no cue of its own that names no actor, figure or source
        (``informative=False``) is marked filler.
        """
        scores = self.scores(sentence)
        if not any(score for score, _ in scores.values()) and context:
            ctx = self.scores(context)
            scores = {
                t: (score / 2, tuple(f"paragraph: {c}" for c in cues))
                for t, (score, cues) in ctx.items()
            }
        ranked = sorted(self.order, key=lambda t: (-scores[t][0], self.order.index(t)))
        best = ranked[0]
        best_score, evidence = scores[best]
        own_cue = bool(evidence) and not evidence[0].startswith("paragraph: ")
        filler = not own_cue and not informative
        if best_score == 0:
            return TopicAssignment(self.default, 0.2, (), filler=filler)
        runner_up = scores[ranked[1]][0] if len(ranked) > 1 else 0.0
        confidence = round(best_score / (best_score + runner_up + 0.5), 2)
        also = tuple(t for t in ranked[1:2] if scores[t][0] >= max(1.0, 0.75 * best_score))
        return TopicAssignment(best, confidence, evidence, also=also, filler=filler)


def assign_all(
    classifier: TopicClassifier, sentences: Sequence[tuple[str, str]]
) -> list[TopicAssignment]:
    """Assign (sentence, paragraph) pairs in order."""
    return [classifier.assign(s, ctx) for s, ctx in sentences]
