"""Help to tune the topics: what the unsure statements talk about, and cues to add.

A statement is *unsure* when no cue of its own decided its topic (its paragraph's did, or
none) or its topic won by little (confidence under ``LOW_CONFIDENCE``); the others are
*sure*. briefbook lists

* the most distinctive words of the unsure statements: frequent among them, rare among the
  sure ones (by the log of the ratio of their shares, times how many unsure statements have
  the word); names, numbers and words that say nothing of a topic are left out;
* for each of those words, the topic it would point to (the topic of most sure statements
  with the word, else of most sure statements in the same paragraphs as the unsure ones),
  and what adding it as a cue of that topic would do: the statements it would move, how many
  of them unsure, how many taken from another topic. Nothing is changed: the analyst chooses.

The simulation is exact: adding a cue changes only its own topic's score on the sentences and
paragraphs that hold it (weights are computed per cue), so every statement's topic is decided
again with :meth:`TopicClassifier.decide`.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from briefbook.analyse.cues import Cue, Words, stem, words
from briefbook.analyse.main_clause import subordinate
from briefbook.analyse.topics import (
    FOLLOWS,
    SPEAKER_SHARE,
    SPEAKS,
    Scores,
    TopicClassifier,
    briefing_start,
    described_speaker,
    earlier_date,
    name_words,
    own_cue,
)
from briefbook.model import Briefing, Statement, TopicAssignment
from briefbook.read.figure_kinds import kind_words
from briefbook.vocabulary import words as vocabulary

LOW_CONFIDENCE = 0.6
"""A topic that won with less than this share of the top two scores is unsure."""
MIN_COUNT = 2
"""A word must be in at least this many unsure statements to be proposed."""
MAX_WORDS = 15
MAX_PROPOSALS = 12


@cache
def _ignored() -> frozenset[str]:
    """Stems never proposed: function words and words that say nothing of a topic."""
    listed = vocabulary("claims", "stopwords") | vocabulary("topics", "not_cues")
    return frozenset(stem(w) for w in listed)


@dataclass(frozen=True, slots=True)
class _Item:
    """One statement as the classifier saw it."""

    statement: Statement
    text: Words
    verb: Words | None
    context: Words | None
    paragraph: str
    """The article and block it is in."""
    own: Scores
    around: Scores | None
    informative: bool
    speaker: Words | None = None
    """The words that say what kind of speaker its claimant is (``described_speaker``)."""

    def unsure(self) -> bool:
        t = self.statement.topic
        return not t.analyst and (not own_cue(t) or t.confidence < LOW_CONFIDENCE)


@dataclass(frozen=True, slots=True)
class Distinctive:
    word: str
    """Its most frequent form in the statements."""
    unsure: int
    """Unsure statements that have it."""
    sure: int


@dataclass(frozen=True, slots=True)
class Proposal:
    topic: str
    cue: str
    moves: int
    """Statements whose topic would change to ``topic``, or stop being without a cue."""
    from_unsure: int
    from_other_topics: int
    """Of ``moves``, statements now sure in another topic."""
    example: str


@dataclass(frozen=True, slots=True)
class Suggestions:
    unsure: int
    no_cue: int
    low_confidence: int
    words: tuple[Distinctive, ...]
    proposals: tuple[Proposal, ...]


def _items(briefing: Briefing, classifier: TopicClassifier) -> list[_Item]:
    articles = {a.id: a for a in briefing.articles}
    start = briefing_start([a.meta.published for a in briefing.articles])
    speakers = {a.id: described_speaker(a) for a in briefing.actors}
    mentions = {m.id: m for m in briefing.mentions}
    out = []
    for s in briefing.statements:
        article = articles[s.source_id]
        block = article.blocks[s.block_index]
        context = article.text[block.start : block.end]
        text, verb = words(s.text), words(s.cue) if s.cue else None
        earlier = earlier_date(s.dates, article.meta.published, start)
        kinds = [q.kind for q in s.quantities]
        said = [kind_words(s.text, q.kind) for q in s.quantities]
        names = name_words(s.text, s.start, [mentions[m] for m in s.mentions if m in mentions])
        own = classifier.own_scores(text, verb, kinds, earlier, subordinate(s.text), said, names)
        speaker = speakers.get(s.claimant or "", "")
        if speaker:
            own = classifier.with_speaker(own, text, speaker)
        around = classifier.scores(context) if context else None
        informative = bool(s.mentions or s.quantities or s.cue)
        paragraph = f"{s.source_id}/{s.block_index}"
        ctx = words(context) if context else None
        heard = words(speaker) if speaker else None
        out.append(_Item(s, text, verb, ctx, paragraph, own, around, informative, heard))
    return out


_CAPITALISED = re.compile(r"^[^\W\d_]")


def _forms(items: Sequence[_Item]) -> tuple[dict[str, Counter[str]], set[str]]:
    """Stem -> its forms and their counts; and the stems only ever written capitalised
    (names), except at the start of a sentence."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    lower: set[str] = set()
    for item in items:
        raw = re.findall(r"[^\W_]+(?:['’][^\W_]+)*", item.statement.text)
        for n, (word, w_stem) in enumerate(zip(raw, item.text.stems, strict=False)):
            forms[w_stem][word.casefold()] += 1
            if (n > 0 and not word[:1].isupper()) or (n == 0 and word.islower()):
                lower.add(w_stem)
    names = {w for w in forms if w not in lower}
    return forms, names


def _candidate(w_stem: str, forms: dict[str, Counter[str]], names: set[str]) -> bool:
    form = forms[w_stem].most_common(1)[0][0] if forms.get(w_stem) else ""
    return (
        len(form) >= 4
        and form.isalpha()
        and w_stem not in _ignored()
        and form not in _ignored()
        and w_stem not in names
    )


def distinctive(items: Sequence[_Item], existing: set[str]) -> list[Distinctive]:
    """The words that set the unsure statements apart from the sure ones, best first."""
    forms, names = _forms(items)
    unsure = [i for i in items if i.unsure()]
    sure = [i for i in items if not i.unsure()]
    in_unsure = Counter(w for i in unsure for w in set(i.text.stems))
    in_sure = Counter(w for i in sure for w in set(i.text.stems))
    scored = []
    for w, a in in_unsure.items():
        if a < MIN_COUNT or w in existing or not _candidate(w, forms, names):
            continue
        b = in_sure[w]
        ratio = ((a + 0.5) / (len(unsure) + 1)) / ((b + 0.5) / (len(sure) + 1))
        if ratio > 1:
            scored.append((a * math.log(ratio), forms[w].most_common(1)[0][0], a, b))
    scored.sort(key=lambda x: (-x[0], x[1]))
    return [Distinctive(form, a, b) for _, form, a, b in scored]


def _target(word: Cue, items: Sequence[_Item]) -> str | None:
    """The topic a word would point to: of most sure statements with it, else of most sure
    statements in the paragraphs of the unsure ones that have it."""
    sure = Counter(i.statement.topic.topic for i in items if not i.unsure() and word.found(i.text))
    if sure:
        return sure.most_common(1)[0][0]
    paragraphs = {i.paragraph for i in items if i.unsure() and word.found(i.text)}
    near = Counter(
        i.statement.topic.topic for i in items if not i.unsure() and i.paragraph in paragraphs
    )
    return near.most_common(1)[0][0] if near else None


def _add(scores: Scores | None, topic: str, weight: float, cue: str) -> Scores | None:
    if scores is None:
        return None
    score, found = scores[topic]
    return {**scores, topic: (score + weight, (*found, cue))}


def simulate(
    classifier: TopicClassifier, items: Sequence[_Item], topic: str, cue: Cue
) -> list[tuple[_Item, TopicAssignment]]:
    """The statements whose topic, or whether they have a cue, would change if ``cue`` were
    a cue of ``topic``, with their new assignment."""
    found_in = sum(1 for i in items if cue.found(i.text))
    weight = classifier.weight(cue, found_in)
    changed = []
    for i in items:
        if i.statement.topic.analyst:
            continue
        in_text = cue.found(i.text)
        in_context = i.context is not None and cue.found(i.context)
        heard = (  # who speaks: as TopicClassifier.with_speaker counts it
            not in_text
            and i.speaker is not None
            and topic != classifier.background
            and cue.found(i.speaker)
        )
        if not in_text and not in_context and not heard:
            continue
        own = _add(i.own, topic, weight, cue.text) if in_text else i.own
        if heard:
            own = _add(own, topic, SPEAKER_SHARE * weight, f"speaker: {cue.text}")
        around = _add(i.around, topic, weight, cue.text) if in_context else i.around
        assert own is not None
        old = i.statement.topic
        follows = old.topic if old.evidence[:1] and old.evidence[0].startswith(FOLLOWS) else None
        new = classifier.decide(own, around, i.informative, follows=follows)
        if not own_cue(new) and old.evidence[:1] and old.evidence[0].startswith(SPEAKS):
            continue  # still no cue of its own: what its speaker says elsewhere stands
        if new.topic != old.topic or own_cue(new) != own_cue(old):
            changed.append((i, new))
    return changed


def suggest(briefing: Briefing) -> Suggestions:
    """What the unsure statements talk about, and the cues that would sort them."""
    classifier = TopicClassifier(
        briefing.config,
        [s.text for s in briefing.statements],
        [m.text for m in briefing.mentions if m.id in briefing.mention_actor],
    )
    items = _items(briefing, classifier)
    existing = {p.key for cues in classifier.cues.values() for w in cues for p in w.cue.parts[:1]}
    found = distinctive(items, existing)
    proposals = []
    for d in found:
        cue = Cue.parse(d.word)
        topic = _target(cue, items)
        if topic is None:
            continue
        moved = simulate(classifier, items, topic, cue)
        if not moved:
            continue
        unsure = [i for i, _ in moved if i.unsure()]
        other = sum(1 for i, _ in moved if not i.unsure() and i.statement.topic.topic != topic)
        example = (unsure or [moved[0][0]])[0].statement.text
        proposals.append(Proposal(topic, d.word, len(moved), len(unsure), other, example))
        if len(proposals) == MAX_PROPOSALS:
            break
    proposals.sort(key=lambda p: (-(p.from_unsure - p.from_other_topics), -p.moves, p.cue))
    unsure_items = [i for i in items if i.unsure()]
    no_cue = sum(1 for i in unsure_items if not own_cue(i.statement.topic))
    return Suggestions(
        len(unsure_items),
        no_cue,
        len(unsure_items) - no_cue,
        tuple(found[:MAX_WORDS]),
        tuple(proposals),
    )
