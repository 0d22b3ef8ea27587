"""Apply the analyst's overrides (``sources/overrides.toml``) to a briefing.

The overrides file corrects briefbook's reading without touching generated pages::

    [[statement]]                  # move, re-attribute or leave out one statement
    source = "003_example"
    sentence = "s399a6bdb"         # or: text = "a piece of the sentence"
    topic = "denials"              # and/or claimant = "Jane Roe"; or exclude = true
    note = "A denial, not a reaction."

    [[split]]                      # take a statement out of its claim
    source = "003_example"
    text = "would resume"
    note = "Says something else."

    [[merge]]                      # one claim of several
    claims = ["c1a2b3c4d", "c5e6f7a8b"]
    note = "The same announcement."

    [[source]]                     # grade a source
    id = "003_example"
    reliability = "B"
    note = "Established outlet with a named correspondent."

Each entry becomes an :class:`~briefbook.model.Override`: applied, or *stale* with the reason
(its sentence or claim is no longer there). ``briefbook check`` lists stale entries, the book
marks what was changed and the methodology page lists every entry. Pure functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefbook.model import (
    Actor,
    Article,
    Override,
    OverridesFile,
    ReadCorpus,
    Reliability,
    SentenceRef,
    TopicAssignment,
)

REPORTER = "reporter"
"""The claimant value that makes a statement the outlet's own voice."""


def find_sentence(ref: SentenceRef, articles: dict[str, Article]) -> tuple[str | None, str]:
    """The id of the sentence a reference names, or None and why it names none."""
    article = articles.get(ref.source)
    if article is None:
        return None, f"there is no source {ref.source!r}"
    sentences = [s for b in article.blocks for s in b.sentences]
    if ref.sentence is not None:
        if any(s.id == ref.sentence for s in sentences):
            return ref.sentence, ""
        return None, f"{ref.source} has no sentence {ref.sentence} (was the text edited?)"
    found = [s.id for s in sentences if ref.text and ref.text in s.text]
    if len(found) == 1:
        return found[0], ""
    if not found:
        return None, f"no sentence of {ref.source} contains {ref.text!r}"
    return None, f"{len(found)} sentences of {ref.source} contain {ref.text!r}: quote more of it"


def find_actor(name: str, actors: Sequence[Actor]) -> Actor | None:
    """An actor by id, name or alias (case-insensitive)."""
    wanted = name.casefold()
    for actor in actors:
        if wanted in (actor.id, actor.name.casefold(), *(a.casefold() for a in actor.aliases)):
            return actor
    return None


def apply_to_statements(briefing: ReadCorpus, overrides: OverridesFile) -> ReadCorpus:
    """Statement overrides (topic, claimant, exclusion) and source grades."""
    articles = {a.id: a for a in briefing.articles}
    topics = {t.id: t.title for t in briefing.config.topics}
    by_key = {(s.source_id, s.sentence_id): s for s in briefing.statements}
    excluded: dict[tuple[str, str], str] = {}
    outcomes: list[Override] = []
    for number, entry in enumerate(overrides.statement, 1):
        sid, why = find_sentence(entry, articles)
        key = (entry.source, sid or "")
        statement = by_key.get(key)
        if sid is not None and statement is None:
            why = f"{entry.source} {sid} is not a reporting sentence (boilerplate or a heading)"
        claimant = None
        to_reporter = entry.claimant is not None and entry.claimant.casefold() == REPORTER
        if entry.claimant is not None and not to_reporter:
            claimant = find_actor(entry.claimant, briefing.actors)
            if claimant is None and not why:
                why = f"no actor {entry.claimant!r} in the who's who: add it to actors.toml"
        if entry.topic is not None and entry.topic not in topics and not why:
            why = f"no topic {entry.topic!r} (topics: {', '.join(topics)})"
        parts = (
            ["left out of the briefing"]
            if entry.exclude
            else [
                *([f"moved to {topics.get(entry.topic, entry.topic)}"] if entry.topic else []),
                *([f"claimant set to {claimant.name}"] if claimant else []),
                *(["claimant set to the outlet's own voice"] if to_reporter else []),
            ]
        )
        change = "; ".join(parts)
        outcomes.append(
            Override("statement", number, entry.describe(), change, entry.note, why or None)
        )
        if why or statement is None:
            continue
        if entry.exclude:
            excluded[key] = entry.note
            continue
        topic = statement.topic
        if entry.topic:
            topic = TopicAssignment(entry.topic, 1.0, (), (), False, analyst=True)
        by_key[key] = replace(
            statement,
            topic=topic,
            claimant=None if to_reporter else (claimant.id if claimant else statement.claimant),
            overrides=(*statement.overrides, f"{change} (analyst: {entry.note})"),
        )
    graded: dict[str, Reliability] = {}
    for number, source in enumerate(overrides.source, 1):
        stale = None if source.id in articles else f"there is no source {source.id!r}"
        if stale is None:
            graded[source.id] = source.reliability
        outcomes.append(
            Override(
                "source",
                number,
                source.id,
                f"reliability {source.reliability.value}",
                source.note,
                stale,
            )
        )
    statements = tuple(by_key[k] for k in by_key if k not in excluded)
    return replace(
        briefing,
        statements=statements,
        excluded=excluded,
        graded=graded,
        overrides=(*briefing.overrides, *outcomes),
    )


def claim_constraints(
    briefing: ReadCorpus, overrides: OverridesFile
) -> tuple[dict[tuple[str, str], str], list[Override]]:
    """Statements to keep out of any merged claim (with the note), and the split outcomes."""
    articles = {a.id: a for a in briefing.articles}
    keys = {(s.source_id, s.sentence_id) for s in briefing.statements}
    apart: dict[tuple[str, str], str] = {}
    outcomes = []
    for number, entry in enumerate(overrides.split, 1):
        sid, why = find_sentence(entry, articles)
        if sid is not None and (entry.source, sid) not in keys:
            why = f"{entry.source} {sid} is not a statement of the briefing"
        if sid is not None and not why:
            apart[(entry.source, sid)] = entry.note
        change = "kept out of any merged claim"
        outcomes.append(
            Override("split", number, entry.describe(), change, entry.note, why or None)
        )
    return apart, outcomes


def merge_outcomes(overrides: OverridesFile, claim_ids: set[str]) -> list[Override]:
    """What became of each merge entry, given the ids of the claims before merging."""
    outcomes = []
    for number, entry in enumerate(overrides.merge, 1):
        missing = [c for c in entry.claims if c not in claim_ids]
        stale = f"no claim {', '.join(missing)} (ids change when a claim's first report does)"
        outcomes.append(
            Override(
                "merge",
                number,
                ", ".join(entry.claims),
                "merged into one claim",
                entry.note,
                stale if missing else None,
            )
        )
    return outcomes
