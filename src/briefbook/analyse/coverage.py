"""How the statements spread over the topics, and what in the config to look at.

``briefbook check`` and ``briefbook build`` print this report: statements per topic, the
share that found no cue and went to the default topic, and warnings for an empty chapter, a
topic that takes more than half of the statements, and a cue found in so many statements
that it sorts nothing (the event's own name, say).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from briefbook.analyse.topics import TopicClassifier
from briefbook.model import Briefing, Statement

HALF = 0.5
"""A topic with more than this share of the statements is reported."""
BROAD_CUE = 0.4
"""A cue found in at least this share of the statements is reported: it sorts little."""


def no_cue(statement: Statement) -> bool:
    """Whether the statement went to the default topic for want of any cue."""
    return not statement.topic.evidence and not statement.topic.analyst


@dataclass(frozen=True, slots=True)
class TopicCount:
    id: str
    title: str
    statements: int


@dataclass(frozen=True, slots=True)
class BroadCue:
    topic: str
    cue: str
    share: float


@dataclass(frozen=True, slots=True)
class TopicReport:
    total: int
    topics: tuple[TopicCount, ...]
    default: str
    no_cue: int
    """Statements in the default topic because no cue of any topic was found."""
    broad: tuple[BroadCue, ...]

    @property
    def no_cue_share(self) -> float:
        return self.no_cue / self.total if self.total else 0.0

    def lines(self) -> list[str]:
        """The report, a line per topic and one for the statements with no cue."""
        width = max((len(t.title) + len(t.id) for t in self.topics), default=0) + 3
        out = [f"statements by topic ({self.total}):"]
        for t in self.topics:
            share = t.statements / self.total if self.total else 0.0
            name = f"{t.title} ({t.id})"
            default = "  (default topic)" if t.id == self.default else ""
            out.append(f"  {name:<{width}} {t.statements:>5}  {share:>4.0%}{default}")
        out.append(
            f"  no cue found, so in the default topic: {self.no_cue} ({self.no_cue_share:.0%})"
        )
        return out

    def warnings(self) -> list[str]:
        """Empty chapters, a topic with more than half, and cues found almost everywhere."""
        if not self.total:
            return []
        out = [
            f"chapter {t.title!r} ({t.id}) is empty: no statement has one of its cues"
            for t in self.topics
            if t.statements == 0
        ]
        out += [
            f"topic {t.title!r} ({t.id}) takes {t.statements / self.total:.0%} of the "
            f"statements ({t.statements} of {self.total})"
            for t in self.topics
            if len(self.topics) > 1 and t.statements > HALF * self.total
        ]
        out += [
            f"the cue {b.cue!r} of topic {b.topic!r} is in {b.share:.0%} of the statements: "
            "a word that most statements share sorts none of them"
            for b in self.broad
        ]
        return out


def topic_report(briefing: Briefing) -> TopicReport:
    """The report of a briefing's statements (an empty report when there are none)."""
    statements = briefing.statements
    counts = Counter(s.topic.topic for s in statements)
    topics = tuple(TopicCount(t.id, t.title, counts[t.id]) for t in briefing.config.topics)
    classifier = TopicClassifier(briefing.config, [s.text for s in statements])
    broad = tuple(
        BroadCue(topic, cue, share)
        for topic, cues in classifier.coverage().items()
        for cue, share in cues.items()
        if statements and share >= BROAD_CUE
    )
    return TopicReport(
        len(statements),
        topics,
        briefing.config.default_topic,
        sum(no_cue(s) for s in statements),
        broad,
    )
