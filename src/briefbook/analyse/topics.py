"""Assign each statement a topic from the configured taxonomy.

The method: each topic lists cue words or phrases in the config (``evacuat*`` matches any word
starting with ``evacuat``). A sentence scores each topic by the cues it contains:

* a cue counts more the rarer it is in the corpus being briefed (inverse document frequency
  over its sentences: "troops" in every sentence says little, "denied" in a few says a lot),
  and the more words it has;
* a cue that is the statement's own reporting verb ("Paris *denied*...", "the ministry *warned*...")
  counts double: what an actor does with words decides what kind of statement it is.

A sentence with no cue takes half the score of its paragraph; with no cue at all it goes to
the default topic. A second topic is kept when it scores nearly as high. The cues found are
kept as the explanation, and the confidence is the winner's share of the top two scores.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefbook.model import Config, TopicAssignment

VERB_BOOST = 2.0
PARAGRAPH_SHARE = 0.5
SECOND_TOPIC_SHARE = 0.8


def _cue_pattern(cue: str) -> str:
    parts = []
    for word in cue.strip().split():
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
    """Cue-based classifier built once from the config and the corpus, applied to each sentence."""

    def __init__(self, config: Config, corpus: Sequence[str] = ()) -> None:
        """``corpus``: the sentences to be classified, for the cues' document frequencies."""
        self.order = [t.id for t in config.topics]
        self.default = config.default_topic
        patterns = {
            cue: re.compile(_cue_pattern(cue), re.IGNORECASE)
            for t in config.topics
            for cue in t.cues
        }
        n = len(corpus)
        idf = {
            cue: math.log((n + 1) / (sum(1 for s in corpus if p.search(s)) + 1)) + 1
            for cue, p in patterns.items()
        }
        self.cues: dict[str, list[_Cue]] = {
            t.id: [
                _Cue(cue, patterns[cue], (1.0 + 0.5 * (len(cue.split()) - 1)) * idf[cue])
                for cue in t.cues
            ]
            for t in config.topics
        }

    def scores(self, text: str, verb: str = "") -> dict[str, tuple[float, tuple[str, ...]]]:
        """Per topic: its score on ``text`` and the cues found (``verb``: the reporting verb)."""
        out = {}
        for topic, cues in self.cues.items():
            total = 0.0
            found = []
            for cue in cues:
                if cue.pattern.search(text):
                    boost = VERB_BOOST if verb and cue.pattern.fullmatch(verb) else 1.0
                    total += cue.weight * boost
                    found.append(cue.text)
            out[topic] = (total, tuple(found))
        return out

    def assign(
        self, sentence: str, context: str = "", informative: bool = True, verb: str = ""
    ) -> TopicAssignment:
        """Topic of ``sentence``; ``context`` (its paragraph) decides when it has no cue.

        A sentence with no cue of its own that names no actor, figure or source
        (``informative=False``) is marked filler.
        """
        scores = self.scores(sentence, verb)
        if not any(score for score, _ in scores.values()) and context:
            scores = {
                t: (score * PARAGRAPH_SHARE, tuple(f"paragraph: {c}" for c in cues))
                for t, (score, cues) in self.scores(context).items()
            }
        ranked = sorted(self.order, key=lambda t: (-scores[t][0], self.order.index(t)))
        best = ranked[0]
        best_score, evidence = scores[best]
        own_cue = bool(evidence) and not evidence[0].startswith("paragraph: ")
        filler = not own_cue and not informative
        if best_score == 0:
            return TopicAssignment(self.default, 0.2, (), filler=filler)
        runner_up = scores[ranked[1]][0] if len(ranked) > 1 else 0.0
        confidence = round(best_score / (best_score + runner_up), 2)
        also = tuple(t for t in ranked[1:2] if scores[t][0] >= SECOND_TOPIC_SHARE * best_score)
        return TopicAssignment(best, confidence, evidence, also=also, filler=filler)
