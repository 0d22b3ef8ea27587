"""Per-article data for the Sphinx extension: sentences, statements, claims and lookups (JSON)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from briefbook.analyse.topics import FOLLOWS, LEARNED
from briefbook.bidi import isolate
from briefbook.book.markup import FOLDER, sentence_positions
from briefbook.export import date_data, figure_data
from briefbook.model import (
    Actor,
    Article,
    Briefing,
    Claim,
    Statement,
    TopicAssignment,
)
from briefbook.project.output import GENERATED_MARK


def claimant_label(briefing: Briefing, statement: Statement) -> str | None:
    """ "Ana Ruiz, Health Minister", or None for the outlet's own voice."""
    if statement.claimant is None:
        return None
    actor = briefing.actor(statement.claimant)
    return f"{isolate(actor.name)}, {isolate(actor.role)}" if actor.role else actor.name


Certainty = Literal["only", "ahead", "none"]
"""How a statement's topic won, as its source page shows it (:func:`certainty`)."""


def certainty(topic: TopicAssignment) -> Certainty:
    """How the topic won: ``only`` its cues were found (no other topic scored), it came out
    ``ahead`` of other topics' cues, or ``none``: no cue decided it (the default topic, the
    statement before it, reported speech, the preset's learned model).

    Not the confidence itself: a topic's score weighs each cue by its rarity in the whole
    briefing, so an article added about something else moves the confidence of sentences in
    every other one (0.7 to 0.8) and would change their source pages, for a difference
    the reader cannot act on. Which cues a sentence holds depends on its article alone. The
    confidence is in the exports (``topic_confidence``)."""
    if topic.confidence < 0.5 or any(e.startswith((FOLLOWS, LEARNED)) for e in topic.evidence[:1]):
        return "none"  # the winner of a contest holds at least half the top two
    return "only" if topic.confidence >= 1.0 else "ahead"


def statement_data(statement: Statement, actors: dict[str, Actor]) -> dict[str, object]:
    """How briefbook read one statement: topic and why, claimant, cue, figures, dates."""
    t = statement.topic
    data: dict[str, object] = {
        "topic": {
            "id": t.topic,
            "also": list(t.also),
            "certainty": certainty(t),
            "evidence": list(t.evidence),
            "filler": t.filler,
            **({"analyst": True} if t.analyst else {}),
        },
        "cue": statement.cue,
        "quote": statement.quote,
    }
    if statement.claimant is not None:
        actor = actors[statement.claimant]
        data["claimant"] = {
            "id": actor.id,
            "name": actor.name,
            "role": actor.role,
            "kind": actor.kind.value,
        }
    if statement.quantities:
        data["figures"] = [figure_data(q) for q in statement.quantities]
    if statement.dates:
        data["dates"] = [date_data(d) for d in statement.dates]
    if statement.overrides:
        data["overrides"] = list(statement.overrides)
    return data


@dataclass(frozen=True, slots=True)
class Lookup:
    """Indexes over a briefing, built once for all its pages."""

    statements: dict[tuple[str, str], Statement]
    actors: dict[str, Actor]
    claims: dict[tuple[str, str], Claim]

    @classmethod
    def of(cls, briefing: Briefing) -> Lookup:
        return cls(
            {(s.source_id, s.sentence_id): s for s in briefing.statements},
            {a.id: a for a in briefing.actors},
            {(e.source_id, e.sentence_id): c for c in briefing.claims for e in c.evidence},
        )


def article_data(
    briefing: Briefing, article: Article, lookup: Lookup | None = None
) -> dict[str, object]:
    """What the ``briefbook-source`` directive renders: metadata and the segmented text."""
    lookup = lookup or Lookup.of(briefing)
    statements, actors, claims = lookup.statements, lookup.actors, lookup.claims
    blocks = []
    for bi, block in enumerate(article.blocks, 1):
        sentences = []
        for si, s in enumerate(block.sentences, 1):
            entry: dict[str, object] = {"id": s.id, "number": f"{bi}.{si}", "text": s.text}
            if s.boilerplate:
                entry["boilerplate"] = s.boilerplate
            if (article.id, s.id) in briefing.excluded:
                entry["excluded"] = briefing.excluded[(article.id, s.id)]
            statement = statements.get((article.id, s.id))
            if statement is not None:
                entry.update(statement_data(statement, actors))
                claim = claims[(article.id, s.id)]
                # where the claim is, not its grade or source count: those change whenever
                # another article reports the claim, and this page should not
                entry["claim"] = {"id": claim.id, "chapter": f"{FOLDER}/topics/{claim.topic}"}
            sentences.append(entry)
        prefix = article.text[block.start : block.sentences[0].start] if block.sentences else ""
        gaps = [
            article.text[a.end : b.start]
            for a, b in zip(block.sentences, block.sentences[1:], strict=False)
        ]
        blocks.append(
            {
                "id": block.id,
                "number": bi,
                "kind": block.kind.value,
                "boilerplate": block.boilerplate,
                "prefix": prefix,
                "sentences": sentences,
                "gaps": gaps,
            }
        )
    return {
        "_generated": f"{GENERATED_MARK}: do not edit",
        "id": article.id,
        "label": briefing.labels[article.id],
        "meta": article.meta.as_data(),
        "reliability": briefing.reliability(article).value,
        "graded_by": _graded_by(briefing, article),
        "path": article.path,
        "sha256": article.sha256,
        "language": article.language,
        "read": article.read,
        "topics": {t.id: t.title for t in briefing.config.topics},
        "blocks": blocks,
    }


def evidence_data(briefing: Briefing, article: Article) -> dict[str, object]:
    """What the ``briefbook-evidence`` role shows of an article (``EVIDENCE_DIR``): its
    label and metadata, and each sentence's number and text by sentence id."""
    at = sentence_positions(article)
    return {
        "_generated": f"{GENERATED_MARK}: do not edit",
        "id": article.id,
        "label": briefing.labels[article.id],
        "meta": article.meta.as_data(),
        "sentences": {
            s.id: {"number": at[s.id], "text": s.text} for b in article.blocks for s in b.sentences
        },
    }


def _graded_by(briefing: Briefing, article: Article) -> str:
    """Who set a source's reliability grade, in words."""
    if article.id in briefing.graded:
        note = next(
            o.note
            for o in briefing.overrides
            if o.kind == "source" and o.target == article.id and o.stale is None
        )
        return f"set by an analyst override: {note}"
    if article.meta.reliability is not None:
        return "set by the analyst in the source's metadata"
    return "default: not graded by the analyst"
