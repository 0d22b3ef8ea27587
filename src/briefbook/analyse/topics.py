"""Assign each statement a topic from the configured taxonomy.

The method: each topic lists cue words or phrases in the config, matched by word family
(``briefbook.analyse.cues``: ``evacuation`` finds "evacuated", ``quake`` finds "earthquake",
``evacuat*`` any word starting with ``evacuat``). A sentence scores each topic by the cues it
contains:

* a cue counts more the rarer it is in the corpus being briefed (inverse document frequency
  over its sentences: "troops" in every sentence says little, "denied" in a few says a lot),
  and the more words it has;
* a cue found in the briefing's title counts a quarter: it names the event itself;
* a cue several topics hold is shared among them (two topics with ``vote`` each count half of
  it): words every one of them has tell them apart less than a word only one has;
* a cue that is the statement's own reporting verb ("Paris *denied*...", "the ministry
  *condemned*...") counts double: what an actor does with words decides what kind of
  statement it is; not a verb that says nothing of it, whose statement is about what it
  reports ("the army *warned* residents to leave", "officials *announced* the toll":
  ``content_verbs`` in ``data/vocabulary/topics.toml``);
* a cue found only in a subordinate clause or phrase ("... after the march turned violent",
  "..., claiming ...": ``briefbook.analyse.main_clause``) counts half: the main clause says
  what the sentence reports, the rest its circumstances;
* words two cues of one topic find are counted once: a cue that shares words with a heavier
  one found before it counts only for the share of its words that are new ("in response to"
  holds ``in response`` and ``response to``: the second counts for "to" alone, half of it);
* words a longer cue of one topic finds are not counted again by a shorter cue of another:
  "fatality rate" (the disease) takes the words in which ``fatalit*`` (the dead) would also be
  found, as two cues of one topic count the same words once;
* a cue found only in the words of a name the reading found ("the *Economic* Community of
  West African States", "the *International* Union of Dockers", a person's name) does not
  count: a name's words name one thing, they do not say what the sentence reports. Only a
  name's head, the word that says what kind of thing it is ("Community", "Union": its last
  word, or the last before "of"), is read as a word of the sentence, so ``court`` still
  finds "the Supreme Court" (:func:`name_words`). A cue that is itself a name, a name of
  one word the reading found that the corpus never writes in lower case ("Delta" of a topic
  on Delta's dispute), still finds it there.

A figure is evidence of what a statement is about: a topic with a cue that finds the
figure's kind ("at least 22 fatalities" is a figure of ``deaths``, found by ``death*``) counts
that cue as if the sentence held it, once per kind, unless the sentence already holds that
cue, and half as much when the words it was read from are only in a subordinate clause or
phrase (", killing 38 people"), as a cue there. Kinds that any topic counts (a plain
``count``, a ``share``, ``people``...; listed in ``data/vocabulary/topics.toml``) are no
evidence.

Who speaks is evidence too: the words that say what kind of speaker the statement's claimant
is (a person's role, a body's name, what an unnamed group is of: "Finance Minister", "the
aviation regulator", "a spokesperson for the health ministry") count as cues, at half their
weight and only those the sentence does not hold itself: what a regulator or a minister says
about a bank's collapse belongs with the regulators' response, even in the words of its
markets. They never point to the background topic ("former president" says who speaks,
not that it is history).

A date a year or more before the article's publication ("in 2011"; for an article that gives
no publication date, before the earliest of the briefing's: :func:`earlier_date`) points to the
``defaults.background`` topic, if there is one, as much as a cue found in one sentence, and
twice as much when it opens the sentence, set off by a comma ("In 2017, a jury ...": the
whole sentence is set then, :func:`opens_with`); so
does a sentence in the outlet's own words (no one reported saying it) that says what
something is rather than what happened ("Texas is the largest cattle producer", "The agency
is an independent body that insures deposits": :func:`describes`): it describes the world
the event came in.

A sentence with cues of its own takes a tenth of its paragraph's scores besides, which
decides between cues nearly even; if it is a direct quotation, the ``defaults.spoken``
topic takes a quarter of a rare cue's weight besides (what someone is quoted saying is more
often what people say about the event than its cue words suggest). A sentence with no cue
takes half the score of its paragraph, and when the topic of the statement before it
(``follows``, below) scores within a tenth of the paragraph's best, that topic: the paragraph
does not tell them apart. With no cue at all it goes to the
``defaults.spoken`` topic if it is a direct quotation of someone (“..., she said”: what
people say, where the preset has a chapter for it) and else to the default topic. Reported
speech without quotation marks ("the airline said the flight carried 200 people") is more
often a fact passed on than a reaction, and keeps the default. A statement that would fall
to the default topic, in a paragraph with no cue, takes instead the topic of the article's
last statement with a cue of its own, if that statement is in the same paragraph or the one
before (``follows``): news copy runs one sentence to a paragraph, and a paragraph without a
cue word goes on with what the one before it reported ("Rescuers pulled two survivors from
the rubble." / "Both were taken to a nearby clinic."). Once the whole briefing is read, a
statement someone is reported saying that no cue, figure or date of its own decided (it went
to the default topic, to its paragraph's or the statement before it's topic, or, a
quotation that tells a fact rather than its speaker's comment (:func:`comments`), to the
spoken topic) takes the topic most of its claimant's statements with cues
of their own went to (:func:`speakers_topics`, :func:`by_speaker`): a speaker keeps one part
through an event's coverage, and who speaks says more of a statement than the words of the
sentences around it. So does a statement of such a speaker whose own cues score that topic at least
half as high as the one they put first: cue words that do not tell two topics apart, where
who speaks does (the company's chief on the outage is the company's response, a health
ministry's count of deaths is the cases). A second topic is kept when it
scores nearly as high. The cues found are kept as the explanation, and the confidence is
the winner's share of the top two scores.

With a preset's topics (:func:`preset_of`), the preset's learned model has its say last
(:func:`with_learned`): a multinomial logistic regression (:mod:`briefbook.learned`) trained
by ``scripts/train_topics.py`` from every labelled development event of the preset (never a
test event, nor the validation pool), one example per gold statement, over general features
only, each seen in at least three events (:func:`learned_features`: main-clause word stems,
reporting verb, quotation, figure kinds, speaker words and kind, an earlier date, the
paragraph's place, and the rules' topic and what decided it). Its label is the rules' topic
where the gold accepts it, else the gold's first, so what it learns is where the rules go
wrong. It replaces the rules' topic only when it holds its own :data:`LEARNED_MARGIN` more
probable than the rules', a margin chosen by the leave-one-event-out figure on the dev
events (each read by a model trained without it), which its file's ``about`` records.
It never empties a chapter the rules filled (:func:`chapters_kept`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from briefbook.analyse.cues import (
    Cue,
    Words,
    document_frequency,
    stem,
    surfaces,
    word_count,
    words,
)
from briefbook.analyse.main_clause import subordinate
from briefbook.analyse.subjects import quoted_spans
from briefbook.learned import Model, load, probabilities
from briefbook.model import (
    MONTHS,
    Actor,
    Config,
    DateExpression,
    Kind,
    Mention,
    PartialDate,
    Statement,
    TopicAssignment,
)
from briefbook.vocabulary import alternation, derived
from briefbook.vocabulary import words as vocabulary_words

Scores = dict[str, tuple[float, tuple[str, ...]]]
"""Topic -> its score on a text and the cues found."""

VERB_BOOST = 2.0
PARAGRAPH_SHARE = 0.5
PARAGRAPH_LEAN = 0.1
"""The share of its paragraph's scores added to a sentence that has cues of its own: a
sentence in a paragraph about the strike's talks that mentions the picket line is still
most likely about the talks, when its own cues are nearly even."""
SECOND_TOPIC_SHARE = 0.8
PARAGRAPH_EVEN = 0.9
"""A sentence without a cue of its own that takes its paragraph's scores goes on with the
topic of the statement before it (``follows``) when that topic scores at least this share of
the best: cues a tenth apart do not tell the paragraph's topics apart ("Troops patrolled the
camp." / "Talks would continue on Monday."), and news copy goes on with what the sentence
before reported. It also keeps such a sentence where it is when another article is added:
a cue's weight depends on its rarity in the whole briefing, so one more article swaps
near-even topics, and the pages of every article holding them were built again."""
SUBORDINATE_SHARE = 0.5
"""The weight left to a cue found only in a subordinate clause or phrase ("... *after* the
march turned violent"): the main clause says what the sentence reports."""
QUOTE_SHARE = 0.25
"""The weight, as a share of a one-word cue found in one sentence, that a direct quotation
("'We will appeal,' she said") adds to the preset's chapter for what people say about the
event (``defaults.spoken``), when the sentence has cues of its own: what someone is quoted
saying is more often a reaction than the cue words in it suggest. Unlike a quotation with
no cue at all (``SPOKEN``), a statement so decided is one the statements after it may go
on with (:func:`carries`)."""
SPEAKER_SHARE = 0.5
"""The weight left to a cue found in the words that say who the speaker is
(:meth:`TopicClassifier.with_speaker`): evidence of what the statement is about, less than
the statement's own words."""
SPEAKER_MIN = 2
"""The fewest statements decided by cues of their own a claimant must have for its
statements with no cue to go where those went (:func:`speakers_topics`)."""
SPEAKER_MAJORITY = 0.6
"""The share of those statements one topic must hold: three in five, both of two."""
SPEAKER_EVEN = 0.5
"""The share of the best score another topic's cues must reach in a statement for who
speaks to decide between them (:func:`by_speaker`): a statement of a speaker whose other
statements go to one topic, where that topic's cues score at least half the winner's, goes
there too ("the ministry *warned* of more *strikes*": operations or reactions by its words,
reactions by who speaks)."""
PARAGRAPH = "paragraph: "
FOLLOWS = "follows: "
SPOKEN = "reported speech: "
QUOTED = "quotation: "
SPEAKS = "what the speaker says elsewhere: "
"""How the explanation of a topic names evidence found outside the sentence's own words."""
_WORD = re.compile(r"[^\W\d_]+")
_OF = re.compile(r"\s+of\s+", re.IGNORECASE)
"""What follows a name's head in "Ministry of Health", "Bank of England"."""
OPENS = "opens with an earlier date: "
"""How the explanation names an earlier date that opens the sentence (:func:`opens_with`)."""
OPENING_WORDS = 2
"""The most words before a date that opens a sentence ("Back in early 2019, ...", when
the date read is "early 2019")."""
DESCRIBES = "describes: "
"""How the explanation names a sentence that says what something is (:func:`describes`)."""
DESCRIBED_WORDS = 6
"""The most words a describing sentence's subject has ("The Panzi health zone is ...")."""
TITLE_SHARE = 0.25
"""The weight left to a cue found in the briefing's title: the event's own name ("flood" in
"The River Ollan flood") is in statements of every topic and sorts none of them."""


@dataclass(frozen=True, slots=True)
class _Weighted:
    cue: Cue
    weight: float
    found_in: int
    """How many of the corpus's sentences hold it."""
    name: bool = False
    """A word of it is a name of one word the corpus writes only as one (:func:`names_only`)."""


class TopicClassifier:
    """Cue-based classifier built once from the config and the corpus, applied to each sentence."""

    def __init__(
        self, config: Config, corpus: Sequence[str] = (), names: Sequence[str] = ()
    ) -> None:
        """``corpus``: the sentences to be classified, for the cues' document frequencies;
        ``names``: the names the reading found in them (:func:`names_only`)."""
        self.order = [t.id for t in config.topics]
        self.default = config.default_topic
        self.background = config.defaults.background
        self.spoken = config.defaults.spoken
        self.size = len(corpus)
        self.title = words(config.briefing.title)
        texts = [words(s) for s in corpus]
        parsed = {cue: Cue.parse(cue) for t in config.topics for cue in t.cues}
        df = {cue: document_frequency(c, texts) for cue, c in parsed.items()}
        families: dict[str, dict[tuple[object, ...], Cue]] = {}
        for t in config.topics:  # two cues of one word family ("deny", "denied") count once
            for cue in t.cues:
                families.setdefault(t.id, {}).setdefault(parsed[cue].parts, parsed[cue])
        holders = Counter(parts for cues in families.values() for parts in cues)
        proper = names_only(corpus, names)
        self.cues: dict[str, list[_Weighted]] = {}
        for t in config.topics:  # a cue several topics hold tells them apart less
            kept = [
                _Weighted(
                    c,
                    self.weight(c, df[c.text]) / holders[parts],
                    df[c.text],
                    any(not p.prefix and p.key in proper for p in c.parts),
                )
                for parts, c in families.get(t.id, {}).items()
            ]
            self.cues[t.id] = sorted(kept, key=lambda w: -w.weight)

    def weight(self, cue: Cue, found_in: int) -> float:
        """A cue's weight: more for a rarer cue (``found_in`` of the corpus's sentences) and
        for a longer one; less for one in the briefing's title, which names the event."""
        idf = math.log((self.size + 1) / (found_in + 1)) + 1
        title = TITLE_SHARE if cue.found(self.title) else 1.0
        return (1.0 + 0.5 * (cue.length - 1)) * idf * title

    def coverage(self) -> dict[str, dict[str, float]]:
        """Topic -> cue -> the share of the corpus's sentences that hold it."""
        return {
            topic: {w.cue.text: w.found_in / max(1, self.size) for w in cues}
            for topic, cues in self.cues.items()
        }

    def scores(self, text: str, verb: str = "") -> Scores:
        """Per topic: its score on ``text`` and the cues found (``verb``: the reporting verb)."""
        return self.scores_of(words(text), words(verb) if verb else None, subordinate(text))

    def scores_of(
        self,
        text: Words,
        verb: Words | None = None,
        minor: frozenset[int] = frozenset(),
        names: frozenset[int] = frozenset(),
    ) -> Scores:
        """:meth:`scores` of a text already split into words; ``minor``: the positions of
        the words in its subordinate clauses (:func:`.main_clause.subordinate`); ``names``:
        the positions of the words of names that are no evidence (:func:`name_words`)."""
        finds = {
            topic: [
                (w, at) for w in cues if (at := w.cue.where(text)) and (w.name or not at <= names)
            ]
            for topic, cues in self.cues.items()
        }
        phrases = [
            (topic, w.cue.length, at)
            for topic, found in finds.items()
            for w, at in found
            if w.cue.length > 1
        ]
        acts = verb is not None and not any(c.is_all_of(verb) for c in _content_verbs())
        out = {}
        for topic, found in finds.items():
            total = 0.0
            cues: list[str] = []
            covered: set[int] = set()
            for w, at in found:  # heaviest first: words two cues find count once, for the heavier
                if at <= covered or any(
                    other != topic and length > w.cue.length and at <= where
                    for other, length, where in phrases
                ):  # a longer cue of another topic read these words ("fatality rate")
                    continue
                new = len(at - covered) / len(at)  # "in response" then "response to"
                covered |= at
                boost = new * (VERB_BOOST if verb and w.cue.is_all_of(verb) and acts else 1.0)
                if at <= minor:
                    boost *= SUBORDINATE_SHARE
                total += w.weight * boost
                cues.append(w.cue.text)
            out[topic] = (total, tuple(cues))
        return out

    def assign(
        self,
        sentence: str,
        context: str = "",
        informative: bool = True,
        verb: str = "",
        earlier: str = "",
        figures: Sequence[str] = (),
        quote: bool = False,
        follows: str | None = None,
        said: Sequence[str] = (),
        speaker: str = "",
        names: frozenset[int] = frozenset(),
    ) -> TopicAssignment:
        """Topic of ``sentence``; ``context`` (its paragraph) decides when it has no cue.

        A sentence with no cue of its own that names no actor, figure or source
        (``informative=False``) is marked filler. ``earlier``: a date in it a year or more
        before its article (see :func:`earlier_date`); ``figures``: the kinds of its figures;
        ``quote``: it holds (or is part of) a direct quotation; ``follows``: the topic of the
        article's last statement with a cue of its own (:func:`carries`), when it is in this
        sentence's paragraph or the one before; ``said``: each figure's own words, in the
        order of ``figures`` (:meth:`with_figures`); ``speaker``: the words that say what
        kind of speaker its claimant is (:meth:`with_speaker`); ``names``: the positions of
        the words of its names that are no evidence (:func:`name_words`).
        """
        own = self.own_scores(
            words(sentence),
            words(verb) if verb else None,
            figures,
            earlier,
            subordinate(sentence),
            said,
            names | stance_words(words(sentence)),
        )
        if speaker:
            own = self.with_speaker(own, words(sentence), speaker)
        if earlier and opens_with(sentence, earlier):  # the whole sentence is set then
            own = self.with_background(own, f"{OPENS}{earlier}")
        described = describes(sentence) if not quote and not verb else ""
        if described:  # no one's words: the outlet describes
            own = self.with_background(own, f"{DESCRIBES}{described}")
        around = self.scores(context) if context else None
        if around is not None and _any(own):  # the paragraph leans on a sentence with cues
            own = {
                t: (
                    score + PARAGRAPH_LEAN * around[t][0],
                    cues or tuple(f"{PARAGRAPH}{c}" for c in around[t][1]),
                )
                for t, (score, cues) in own.items()
            }
        if quote and self.spoken is not None and _any(own):
            score, found = own[self.spoken]
            weight = QUOTE_SHARE * (math.log((self.size + 1) / 2) + 1)
            own = {**own, self.spoken: (score + weight, (*found, f"{QUOTED}{verb or 'quote'}"))}
        paragraph = around if not _any(own) else None
        spoken = verb if quote else ""
        return self.decide(own, paragraph, informative, spoken=spoken, follows=follows)

    def own_scores(
        self,
        text: Words,
        verb: Words | None,
        figures: Sequence[str],
        earlier: str,
        minor: frozenset[int] = frozenset(),
        said: Sequence[str] = (),
        names: frozenset[int] = frozenset(),
    ) -> Scores:
        """A sentence's own scores: its cues (:meth:`scores_of`, ``minor`` the positions of
        its subordinate words, ``names`` those of its names' words that are no evidence),
        its figures' kinds (:meth:`with_figures`) and an earlier date (:meth:`with_earlier`)."""
        scores = self.scores_of(text, verb, minor, names)
        minor_said = [_only_in(t, text, minor) for t in said]
        return self.with_earlier(self.with_figures(scores, figures, said, minor_said), earlier)

    def with_figures(
        self,
        scores: Scores,
        kinds: Sequence[str],
        said: Sequence[str] = (),
        minor: Sequence[bool] = (),
    ) -> Scores:
        """``scores`` with, for each of the figures' ``kinds`` that tells topics apart, the
        weight of each topic's heaviest cue that finds the kind's name (not already found).
        ``said``: for each figure, the words of its sentence its kind was read from
        (``read.figure_kinds.kind_words``); when a topic's cue finds them, the kind is
        evidence only for such topics (``surviv*`` holds "survived" of "29 survived": its kind,
        the rescued, adds nothing to ``rescu*``). ``minor``: for each figure, whether the
        words it was read from are all in a subordinate clause or phrase ("..., killing 38
        people"): such a kind counts half, as a cue there does."""
        generic = vocabulary_words("topics", "figure_kinds_of_any_topic")
        out = dict(scores)
        for kind in sorted(set(kinds) - generic):
            name = words(kind)
            own = [words(t) for k, t in zip(kinds, said, strict=False) if k == kind and t]
            aside = [m for k, m in zip(kinds, minor, strict=False) if k == kind]
            share = SUBORDINATE_SHARE if aside and all(aside) else 1.0
            holders = {
                topic
                for topic, cues in self.cues.items()
                if any(w.cue.where(text) for w in cues for text in own)
            }
            for topic, cues in self.cues.items():
                if holders and topic not in holders:
                    continue  # the words it was read from are another topic's
                score, found = out[topic]
                for w in cues:  # heaviest first
                    if w.cue.where(name):
                        if w.cue.text not in found:
                            out[topic] = (
                                score + w.weight * share,
                                (*found, f"figure: {kind}"),
                            )
                        break
        return out

    def with_speaker(self, scores: Scores, text: Words, speaker: str) -> Scores:
        """``scores`` with, at :data:`SPEAKER_SHARE`, the cues of the words that say who the
        speaker is (its role, the body it is), those the sentence does not hold."""
        heard = self.scores(speaker)
        out = dict(scores)
        for topic, (_, cues) in heard.items():
            if topic == self.background:
                continue  # "former minister": who speaks, not that it is history
            new = [c for c in cues if not Cue.parse(c).where(text)]
            if not new:
                continue
            weight = sum(w.weight for w in self.cues[topic] if w.cue.text in new)
            total, found = out[topic]
            out[topic] = (total + SPEAKER_SHARE * weight, (*found, *(f"speaker: {c}" for c in new)))
        return out

    def with_earlier(self, scores: Scores, earlier: str) -> Scores:
        """``scores`` with the background topic's share for an earlier date, if any."""
        return self.with_background(scores, f"earlier date: {earlier}" if earlier else "")

    def with_background(self, scores: Scores, reason: str) -> Scores:
        """``scores`` with the background topic's share for ``reason`` (an earlier date, a
        sentence that describes), if any: as much as a one-word cue found in one sentence."""
        if not reason or self.background is None:
            return scores
        score, found = scores[self.background]
        weight = math.log((self.size + 1) / 2) + 1
        return {**scores, self.background: (score + weight, (*found, reason))}

    def decide(
        self,
        own: Scores,
        paragraph: Scores | None,
        informative: bool = True,
        spoken: str = "",
        follows: str | None = None,
    ) -> TopicAssignment:
        """The topic given a sentence's own scores and, when it has no cue, its paragraph's;
        ``spoken``: the reporting verb of whoever is reported saying it, if anyone;
        ``follows``: the topic of the statement it goes on from, taken before the default."""
        scores = own
        from_paragraph = not _any(own) and paragraph is not None
        if from_paragraph and paragraph is not None:
            scores = {
                t: (score * PARAGRAPH_SHARE, tuple(f"{PARAGRAPH}{c}" for c in cues))
                for t, (score, cues) in paragraph.items()
            }
        ranked = sorted(self.order, key=lambda t: (-scores[t][0], self.order.index(t)))
        best = ranked[0]
        best_score, evidence = scores[best]
        filler = not _own(evidence) and not informative
        even = [t for t in self.order if scores[t][0] >= PARAGRAPH_EVEN * best_score > 0]
        if from_paragraph and follows in even and len(even) > 1:
            return self._goes_on(scores, follows, even, filler)
        if best_score == 0:
            if spoken and self.spoken is not None:
                return TopicAssignment(self.spoken, 0.2, (f"{SPOKEN}{spoken}",), filler=filler)
            if follows is not None and follows in self.order:
                return TopicAssignment(follows, 0.2, (f"{FOLLOWS}{follows}",), filler=filler)
            return TopicAssignment(self.default, 0.2, (), filler=filler)
        runner_up = scores[ranked[1]][0] if len(ranked) > 1 else 0.0
        confidence = round(best_score / (best_score + runner_up), 2)
        also = tuple(t for t in ranked[1:2] if scores[t][0] >= SECOND_TOPIC_SHARE * best_score)
        dated = any(_set_before(cues) for _, cues in scores.values())
        near = (
            ()  # context is no part a speaker plays: a speaker who tells of the hazard also
            # gives its background ("climate change is making such storms more frequent")
            if from_paragraph or dated or best == self.background
            else tuple(t for t in ranked[1:] if scores[t][0] >= SPEAKER_EVEN * best_score)
        )
        return TopicAssignment(best, confidence, evidence, also=also, filler=filler, near=near)

    @staticmethod
    def _goes_on(scores: Scores, follows: str, even: list[str], filler: bool) -> TopicAssignment:
        """A sentence whose paragraph scores the topics ``even`` (in the config's order)
        within a tenth of each other takes the one it ``follows``, the first other one as its
        second topic: whichever of them the weights put ahead (which another article can
        swap), the sentence reads the same. The confidence is its share of the top two."""
        score, cues = scores[follows]
        other = max(scores[t][0] for t in even if t != follows)
        also = next(t for t in even if t != follows)
        confidence = round(score / (score + other), 2)
        evidence = (f"{FOLLOWS}{follows}", *cues)
        return TopicAssignment(follows, confidence, evidence, also=(also,), filler=filler)


def described_speaker(actor: Actor) -> str:
    """The words that say what kind of speaker an actor is: its role, what it is of, and
    the name of a body (a person's name says nothing of it)."""
    name = actor.name if actor.kind != Kind.PERSON else None
    return " ".join(w for w in (actor.role, actor.affiliation, name) if w)


def stance_words(text: Words) -> frozenset[int]:
    """The positions of the words that a stance prefix joins by a hyphen ("*anti*-government
    rally", "*pro*-Russian candidate": ``stance_prefixes`` in ``data/vocabulary/topics.toml``):
    what someone is for or against, which describes them, not what the sentence reports.
    The prefix's own word is not among them, so a cue that holds it (``anti-aircraft``)
    still finds the whole."""
    prefixes = vocabulary_words("topics", "stance_prefixes")
    return frozenset(
        i
        for first, end, _ in text.wholes
        if text.words[first] in prefixes
        for i in range(first + 1, end)
    )


def names_only(corpus: Sequence[str], names: Sequence[str]) -> frozenset[str]:
    """The stems of the names of one word among ``names`` (those the reading found) that
    ``corpus`` (its sentences) never writes in lower case after a sentence's first word:
    names ("Delta"), not words that also begin a longer name ("International", "Economic":
    a small corpus may never write them otherwise)."""
    lower = {stem(w) for sentence in corpus for w in _WORD.findall(sentence)[1:] if w[0].islower()}
    found = [_WORD.findall(name) for name in names]
    named = {stem(one[0].casefold()) for one in found if len(one) == 1}
    return frozenset(named - lower)


def name_words(text: str, start: int, mentions: Sequence[Mention]) -> frozenset[int]:
    """The positions (in :func:`.cues.words` of ``text``, a sentence that begins at
    ``start`` in its article) of the words of the names ``mentions`` found in it that are no
    topic evidence: all of a person's name, and every word of another name but its head, the
    word that says what kind of thing it is: its last, or the last before "of" ("the Ministry
    of Health", "the Economic Community of West African States")."""
    out: set[int] = set()
    for m in mentions:
        first, last = m.start - start, m.end - start
        if first < 0 or last > len(text):
            continue
        at = range(word_count(text[:first]), word_count(text[:last]))
        if m.kind == Kind.PERSON:
            out.update(at)
            continue
        of = _OF.search(m.text)
        head = at.start + word_count(m.text[: of.start()]) - 1 if of else at.stop - 1
        out.update(i for i in at if i != head)
    return frozenset(out)


@derived
def _content_verbs() -> tuple[Cue, ...]:
    """Reporting verbs whose statement is about what they report, not about the act:
    ``content_verbs`` (:meth:`TopicClassifier.scores_of`)."""
    return tuple(Cue.parse(v) for v in vocabulary_words("topics", "content_verbs"))


@derived
def _describing() -> re.Pattern[str]:
    """A main clause that says what its subject is: :func:`describes`."""
    verbs = alternation(vocabulary_words("topics", "describing_verbs"))
    openers = alternation(vocabulary_words("topics", "describing_openers"))
    subject = r"[^\s\"“”]+"
    return re.compile(
        rf"^({subject}(?:\s+{subject}){{0,{DESCRIBED_WORDS - 1}}}?)\s+({verbs})\s+({openers})\b",
        re.IGNORECASE,
    )


def describes(sentence: str) -> str:
    """The words ("is the", "are among") by which ``sentence`` says what its subject, of at
    most :data:`DESCRIBED_WORDS` words, is ("Texas is the largest cattle producer"), ``""``
    if it does not: a description of the world the event came in, not a report of it. Not
    when its subject stands for the event or what was just told ("It is the worst...",
    ``describing_not_subjects``)."""
    m = _describing().match(sentence)
    if m is None:
        return ""
    first = m.group(1).split()[0].casefold()
    if first in vocabulary_words("topics", "describing_not_subjects"):
        return ""
    return f"{m.group(2)} {m.group(3)}".casefold()


def opens_with(sentence: str, date: str) -> bool:
    """Whether ``date`` (its words in ``sentence``) is in the phrase that opens ``sentence``,
    set off by a comma ("In 2017, a jury ...", "Since 2020, the virus has ..."): a date there
    sets the whole sentence in its time, where one later may date only a part of it ("...,
    the worst since 2014")."""
    at = sentence.find(date)
    if at < 0:
        return False
    before = sentence[:at].split()
    rest = sentence[at + len(date) :]
    return len(before) <= OPENING_WORDS and rest.lstrip().startswith(",")


def earlier_date(
    dates: Sequence[DateExpression],
    published: PartialDate | None,
    start: PartialDate | None = None,
) -> str:
    """The first of ``dates`` in a year before the publication's (``""`` if none). An article
    that gives no publication date is read in the briefing's time: ``start``, the earliest
    publication of its articles (:func:`briefing_start`). A year before every article of the
    briefing was published is before the event, whenever this one was written; a year of the
    briefing's own span is not told apart from the event's."""
    when = published or start
    if when is None:
        return ""
    for d in dates:
        year = d.resolved[:4]
        if year.isdigit() and int(year) < when.year:
            return d.text
    return ""


def briefing_start(published: Sequence[PartialDate | None]) -> PartialDate | None:
    """The earliest of the articles' publication dates (``published``; None where an article
    gives none), None if no article gives one: the time an undated article is read in
    (:func:`earlier_date`)."""
    known = [p for p in published if p is not None]
    return min(known, key=PartialDate.sort_key) if known else None


def speakers_topics(
    decided: Iterable[tuple[str | None, TopicAssignment]], background: str | None = None
) -> dict[str, str]:
    """Claimant -> the topic most of its statements went to by cues of their own
    (:func:`carries`): at least :data:`SPEAKER_MAJORITY` of them, and :data:`SPEAKER_MIN` or
    more. ``decided``: each statement's claimant (None for the outlet's own voice) and topic.

    A speaker keeps one part through an event's coverage: the company answers for its
    outage, the rights group condemns, the foreign ministry reacts, the investigators tell
    what they found; so what one says with no cue word is most likely about what it says
    elsewhere in the briefing with one. The ``background`` topic is no part: it is the time
    before the event, which a speaker's words are set in by their dates and tenses, not by
    who speaks (an expert who gives the history of a disease also comments on the outbreak;
    as :meth:`TopicClassifier.with_speaker` and ``near`` leave it out)."""
    held: dict[str, Counter[str]] = {}
    for claimant, topic in decided:
        if claimant is not None and carries(topic):
            held.setdefault(claimant, Counter())[topic.topic] += 1
    out = {}
    for claimant, counts in held.items():
        total = sum(counts.values())
        (best, n), *rest = counts.most_common(2)
        one = n >= SPEAKER_MAJORITY * total and (not rest or rest[0][1] < n)
        if total >= SPEAKER_MIN and one and best != background:
            out[claimant] = best
    return out


def by_speaker(topic: TopicAssignment, held: str | None, comment: bool = False) -> TopicAssignment:
    """``topic``, or ``held`` (the topic its claimant's other statements went to:
    :func:`speakers_topics`) when nothing of the statement's own decided it (:func:`carries`):
    no cue at all, so it went to the default topic; only its paragraph's cues or the
    statement before it (``follows``), which tell of what others did or said around it; or,
    a direct quotation with no cue, the chapter of what people say (``defaults.spoken``).
    News copy sets a speaker's words among other parties' (the union leader's comment in a
    paragraph on the talks, the defence minister's words after a paragraph on the dead, the
    prosecutor's after the defence's): who speaks says more of such a statement than the
    sentences around it, and a speaker whose cued statements go to one part (the company
    answering for its outage, the army telling of its operations, a foreign leader
    reacting) plays that part in what it says with no cue. The topic its paragraph, the
    statement before it or its being quoted gave it is kept as its second. Not a quotation
    sent to the spoken chapter that is its speaker's comment (``comment``: :func:`comments`,
    "“I will not resign,” the minister said", "“The rebels are liars”"): the
    health minister whose statements count the cases, or the army's spokesman who tells of
    its operations, comments in their own voice too, and that is what the spoken chapter
    holds; a quotation that tells a fact in the third person ("“The bodies are being
    examined”") still goes with the speaker.

    A statement whose own cues decided it goes to ``held`` too when its cues score that
    topic at least :data:`SPEAKER_EVEN` of the winner's (``near``): words that do not tell
    two topics apart, where who speaks does ("the regulator said the outage hit 8,000
    flights": the disruption by its words, the regulators' part by who says it). Its cues'
    winner is kept as its second topic. Not when an earlier date that opens it or a
    description is evidence of any of its topics, nor when its cues put it first in the
    background topic (``near`` is then empty, :func:`_set_before`): who speaks does not bring
    a statement set before the event, or the context a speaker gives, into the event."""
    if held is None or held == topic.topic or topic.analyst:
        return topic
    if not carries(topic):
        if comment and topic.evidence and topic.evidence[0].startswith(SPOKEN):
            return topic
        also = (topic.topic,) if topic.evidence else ()
        return TopicAssignment(held, 0.2, (f"{SPEAKS}{held}",), also=also, filler=topic.filler)
    if held in topic.near:
        return TopicAssignment(
            held, 0.5, (f"{SPEAKS}{held}",), also=(topic.topic,), filler=topic.filler
        )
    return topic


@derived
def _commenting() -> re.Pattern[str]:
    """A word of a speaker's comment (``speaker_pronouns`` and ``judgement_words`` in
    ``data/vocabulary/topics.toml``), as written or capitalised: "US" in capitals is the
    country, no "us"."""
    found = vocabulary_words("topics", "speaker_pronouns") | vocabulary_words(
        "topics", "judgement_words"
    )
    forms = {form for w in found for form in (w, w.capitalize())}
    return re.compile(r"(?<![\w'’-])(?:" + alternation(forms) + r")(?![\w-])")


def comments(text: str) -> bool:
    """Whether the quoted words of ``text`` (a statement holding or continuing a direct
    quotation: all of it when it has no quotation mark) are its speaker's comment: they
    speak in the first or the second person ("“We will get through this,” she
    said.") or judge ("“The rebels are liars,” he said."), rather than tell a fact
    in the third person ("“The bodies are being examined,” he said."). The words
    outside the marks are the outlet's ("she told us") and do not count."""
    spans = quoted_spans(text)
    quoted = " ".join(text[a:b] for a, b in spans) if spans else text
    return bool(_commenting().search(quoted))


def own_cue(topic: TopicAssignment) -> bool:
    """Whether the statement's topic was decided by the statement itself (a cue, a figure, a
    date, or being someone's words), not by its paragraph or the statement before it."""
    return _own(topic.evidence)


def carries(topic: TopicAssignment) -> bool:
    """Whether a cue word, figure or date of the statement itself decided its topic: a topic
    the statements after it may go on with (``follows``)."""
    return own_cue(topic) and not topic.evidence[0].startswith(SPOKEN)


def _set_before(evidence: tuple[str, ...]) -> bool:
    """Whether an earlier date that opens the sentence (:func:`opens_with`) or a description
    (:func:`describes`) is among ``evidence``: what sets a whole statement in the world
    before the event, which who speaks does not change. Not an earlier date further on,
    which may date only a part of it ("the first death since 2015")."""
    return any(e.startswith((OPENS, DESCRIBES)) for e in evidence)


def _own(evidence: tuple[str, ...]) -> bool:
    return bool(evidence) and not evidence[0].startswith((PARAGRAPH, FOLLOWS, SPEAKS))


def _only_in(said: str, text: Words, minor: frozenset[int]) -> bool:
    """Whether the words ``said`` (a figure's kind was read from) are found in ``text`` only
    at the positions ``minor``."""
    at = frozenset().union(*(Cue.parse(w).where(text) for w in said.split()))
    return bool(at) and at <= minor


def _any(scores: Scores) -> bool:
    return any(score for score, _ in scores.values())


# --- the learned reading of a preset's topics ------------------------------------------------

LEARNED = "learned: "
"""How the explanation names a topic the learned model gave (:func:`with_learned`)."""
LEARNED_MARGIN = 0.5
"""How much more probable than the rules' topic the model's must be to take its place.
Chosen by the leave-one-event-out figure on the dev events (7,641 gold statements of 118
events; the rules alone 0.7774): margins 0.2 to 0.8 gave 0.7826, 0.7824, 0.7822, 0.7820,
0.7818, 0.7808, 0.7799; below 0.5 the business preset loses up to ten statements, from
0.5 up no preset loses more than one: precision first, the smallest such margin."""
LEARNED_OPEN = frozenset({"default", "paragraph", "follows", "spoken", "speaker", "own"})
"""What may have decided a rules' topic for the model to change it (:func:`_evidence_kind`)."""
MODEL_PREFIX = "topics-"
"""A preset's model is ``data/models/topics-<preset>.json`` (``scripts/train_topics.py``)."""


def preset_of(config: Config) -> str | None:
    """The preset whose topics ``config`` has (their ids, in its order), None for another
    taxonomy: a learned model knows only the chapters it was trained on."""
    from briefbook.presets import presets  # the presets read the cues of this package

    ids = tuple(t.id for t in config.topics)
    return next(
        (name for name, p in presets().items() if ids == tuple(t.id for t in p.topics)), None
    )


def _evidence_kind(topic: TopicAssignment) -> str:
    """What decided a rules' topic: its own cues, its paragraph, the statement before it,
    its being someone's words, its speaker's other statements, or nothing (the default)."""
    if not topic.evidence:
        return "default"
    first = topic.evidence[0]
    for prefix, kind in (
        (PARAGRAPH, "paragraph"),
        (FOLLOWS, "follows"),
        (SPOKEN, "spoken"),
        (SPEAKS, "speaker"),
    ):
        if first.startswith(prefix):
            return kind
    return "own"


@cache
def proper_words() -> frozenset[str]:
    """The one-word names of places, peoples, outlets and organisations the gazetteer holds
    (``data/gazetteer.toml``: states' names and aliases, their adjectives, capitals and
    metonyms, organisations, outlets), and the weekdays and months of every language the
    dates reader knows, as a capitalised word writes them: no feature of a learned model
    (:func:`learned_features`), since several events share them ("French", "US", "AFP",
    "Wednesday", "September") without their telling a topic. Matched on the word as written,
    so that the pronoun "us", "who" or the verb "march" stay features."""
    from briefbook.read.date_forms import WEEKDAYS  # the readers import this package
    from briefbook.read.gazetteer import shipped_gazetteer

    g = shipped_gazetteer()
    named = (*g.names, *g.adjectives, *g.capitals, *g.metonyms)
    dated = (
        *MONTHS,
        *WEEKDAYS,
        *vocabulary_words("furniture", "stamp_months"),
        *vocabulary_words("furniture", "stamp_weekdays"),
    )
    one = [w for w in named if len(surfaces(w)) == 1]
    return frozenset(one) | {w[:1].upper() + w[1:] for w in dated if len(surfaces(w)) == 1}


def proper_stems() -> frozenset[str]:
    """The stems of :func:`proper_words`, as the features write them."""
    return frozenset(stem(w.casefold()) for w in proper_words())


def _proper_at(text: str) -> frozenset[int]:
    """The positions (in :func:`.cues.words`) of ``text``'s words that are :func:`proper_words`
    as written."""
    written = surfaces(text)
    if len(written) != len(words(text).words):
        return frozenset()
    proper = proper_words()
    return frozenset(i for i, w in enumerate(written) if w in proper)


def learned_features(
    text: str,
    rules: TopicAssignment,
    *,
    verb: str = "",
    quote: bool = False,
    figures: Sequence[str] = (),
    speaker: str = "",
    speaker_kind: str = "",
    earlier: str = "",
    names: frozenset[int] = frozenset(),
    paragraph: int = 0,
) -> dict[str, float]:
    """The named features a preset's model reads a statement by (all general: no name).

    The word stems of ``text``'s main clause (``m:``; not those of a subordinate clause or
    phrase, :func:`.main_clause.subordinate`, which weighed more than they told on events
    the model never saw), but not the words of its names (``names``,
    :func:`name_words`) nor numbers; its reporting verb
    (``v:``), its being a quotation, its figures' kinds (``f:``), the words that say what
    kind of speaker its claimant is (``k:``) and the claimant's kind (``c:``), a date a year
    or more before its article, its paragraph's place in the article, and what the rules
    read: their topic (``r:``), what decided it (``e:``), and the topics near it (``n:``)."""
    seen = words(text)
    minor = subordinate(text)
    out: dict[str, float] = {}
    proper = _proper_at(text)
    for i, (word, root) in enumerate(zip(seen.words, seen.stems, strict=True)):
        if i not in names and i not in minor and i not in proper and word.isalpha():
            out[f"m:{root}"] = 1.0
    verb_words = words(verb).stems if verb else ()
    out[f"v:{' '.join(verb_words) or '-'}"] = 1.0
    if quote:
        out["quote"] = 1.0
    for kind in figures:
        out[f"f:{kind}"] = 1.0
    if speaker:
        own = _proper_at(speaker)
        for i, root in enumerate(words(speaker).stems):
            if i not in own:
                out[f"k:{root}"] = 1.0
    out[f"c:{speaker_kind or 'outlet'}"] = 1.0
    if earlier:
        out["earlier"] = 1.0
        if opens_with(text, earlier):
            out["earlier-opens"] = 1.0
    out[f"p:{min(paragraph, 4)}"] = 1.0
    kind = _evidence_kind(rules)
    out[f"r:{rules.topic}"] = 1.0
    out[f"e:{kind}"] = 1.0
    out[f"r:{rules.topic}|e:{kind}"] = 1.0
    for other in (*rules.also, *rules.near):
        out[f"n:{other}"] = 1.0
    return out


def statement_features(
    statement: Statement,
    actors: Mapping[str, Actor],
    mentions: Mapping[str, Mention],
    published: PartialDate | None,
    start: PartialDate | None,
) -> dict[str, float]:
    """:func:`learned_features` of a statement as the pipeline read it: ``actors`` and
    ``mentions`` by id, its article's publication date and the briefing's earliest."""
    actor = actors.get(statement.claimant or "")
    names = name_words(
        statement.text, statement.start, [m for i in statement.mentions if (m := mentions.get(i))]
    )
    return learned_features(
        statement.text,
        statement.topic,
        verb=statement.cue,
        quote=statement.quote,
        figures=[q.kind for q in statement.quantities],
        speaker=described_speaker(actor) if actor else "",
        speaker_kind=actor.kind.value if actor else "",
        earlier=earlier_date(statement.dates, published, start),
        names=names,
        paragraph=statement.block_index,
    )


@cache
def preset_model(preset: str) -> Model | None:
    """The learned model of ``preset``'s topics, None if none is shipped."""
    try:
        return load(f"{MODEL_PREFIX}{preset}")
    except FileNotFoundError:
        return None


def with_learned(
    preset: str, topic: TopicAssignment, features: Mapping[str, float]
) -> TopicAssignment:
    """``topic`` (the rules' reading), or the topic ``preset``'s learned model gives the
    statement (its :func:`statement_features`) when the model puts that topic ahead of the
    rules' by at least :data:`LEARNED_MARGIN` in probability, and the rules decided it by
    no more than what :data:`LEARNED_OPEN` lists. The rules' topic is kept as its second."""
    model = preset_model(preset)
    return topic if model is None else learned_topic(model, topic, features)


def learned_topic(
    model: Model,
    topic: TopicAssignment,
    features: Mapping[str, float],
    margin: float = LEARNED_MARGIN,
) -> TopicAssignment:
    """:func:`with_learned` with a given ``model`` and ``margin`` (the training script's,
    held out)."""
    if topic.analyst or _evidence_kind(topic) not in LEARNED_OPEN:
        return topic
    chances = probabilities(model, features)
    best = max(model.labels, key=lambda label: chances[label])
    if best == topic.topic or chances[best] - chances.get(topic.topic, 0.0) < margin:
        return topic
    return TopicAssignment(
        best,
        round(chances[best], 2),
        (f"{LEARNED}{chances[best]:.2f}",),
        also=(topic.topic,),
        filler=topic.filler,
    )


def chapters_kept(
    rules: Sequence[TopicAssignment], learned: Sequence[TopicAssignment]
) -> list[TopicAssignment]:
    """``learned`` (each statement's topic after :func:`with_learned`), but a chapter the
    rules filled that the model would leave empty keeps the rules' statements: the model,
    trained on a hundred events, leans to the chapters most events fill, and takes the few
    statements of a chapter one event fills less often to a bigger one."""
    left = {t.topic for t in learned}
    emptied = {t.topic for t in rules} - left
    return [r if r.topic in emptied else t for r, t in zip(rules, learned, strict=True)]
