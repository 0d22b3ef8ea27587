"""Merge statements that assert the same thing into claims, precision first.

Two statements from different articles are the same fact when they say the same thing in
nearly the same words: the share of their content words they have in common (Dice's
coefficient over Snowball stems, stop words left out, synonyms of the vocabulary read as
their head word, British spellings as American ones: ``american``) reaches ``SAME_WORDING``.
That is wire copy, its rewrites and close paraphrases. A looser match, ``PARAPHRASE``, also
merges when the two statements give the same figure (same kind and value) or come from the
same named claimant (then what they say, names left out, must reach ``PARAPHRASE`` too, not
``PLAIN``, in ``ACCOUNT`` words or more): a *paraphrase*, kept apart from same-wording
merges in the grading; ``FIGURES_PARAPHRASE``, looser still, merges two statements that give
the same two figures or more in their main clauses and share a word other than names besides
what those figures count ("63 cases, including 29 deaths" reworded), and
``ACT_PARAPHRASE`` two statements of one named claimant that share an act, a past tense or
participle (what it says happened: "United said its engineers found loose bolts" / "United
said it has found loose bolts in its inspections"), in ``ACT_ACCOUNT`` words other than
names or more. A negative contraction is read spelt out ("couldn't" is "could not").

A direct quotation is the speaker's own words, which every outlet reproduces as spoken:
two statements of one claimant that quote the same run of at least ``QUOTE_RUN`` words
report one utterance, however differently each frames it ("'The talks have failed,' the
minister said" / "The minister told reporters 'the talks have failed' and left"), and
however short the quotation (a quotation is no fragment). The statements must still agree
in figures, stance, tense and day (see below), but for what one adds beside a quotation
that holds every quoted word of the other ("'Movement has been restricted to contain the
outbreak,' she said, adding that three people were being treated"): a projection or a
figure of a kind the other does not give, when the other quotes a whole utterance or says
nothing but who said it beside its quotation (two sentences that quote one phrase inside
facts of their own tell two facts); a shared phrase from two speakers, or one phrase
the whole press repeats in quotation marks without a speaker, is no such match.

Never merged, whatever their words:

* fragments: fewer than ``MIN_WORDS`` content words and figures ("He was shot.", "Will
  end."); a short statement, fewer than ``SHORT``, merges only with one that has nearly all
  its words (``SHORT_WORDING``), by no looser paraphrase: a line that outlets repeat as it
  was said ("'Entire families were lost,' he said" / "'Entire families were lost'");
* statements whose figures disagree (3,000 against 12,000 troops), or of which only one gives
  figures and the other none of a kind they share ("30 people died in the fire" and "the
  fire started in a kitchen"); a rewrite that adds a figure beside one both give is not
  kept apart by it (``_figures_agree``); nor is one that adds a toll (figures of
  ``running_kinds`` only) to what the other, with no figure, says in nearly the same words
  (``SAME_WORDING``, names left out too) happened (they share an act): "heavy rains
  triggered landslides across the north, killing 141 people" / "heavy rains triggered
  landslides across the north" (``_side_figures``);
* a statement and its denial or negation (their *stance* differs);
* what happened and what will, may or is expected to (the ``projected`` words of
  ``data/vocabulary/conflicts.toml``): "sent 12,000" and "preparing to send 12,000"; but
  two statements that say in nearly the same words (``SAME_WORDING``, names left out too)
  that one same thing happened (they share an act: a past tense or participle) are one
  report even if only one adds what will or may follow ("the storm destroyed the pier, in
  a collapse that could close the port for months" / "the storm destroyed the pier"): a
  clause of its own beside the shared act, not another fact (``_side_projection``);
* statements dated to different days ("sued on Friday", "threatened on Monday");
* statements one of which adds to a running count ("one more case has been confirmed", "two
  more deaths were reported": an ``additional`` figure of a ``running_kinds`` kind of
  ``data/vocabulary/figures.toml``) in articles published on different days: each day's
  "one more case" is another step of the count, however alike the words (``_steps_apart``);
* statements that each say something happened that the other does not and share no act:
  each has a past tense or participle the other lacks ("X declared a state of emergency",
  "X lifted the state of emergency"), a verb that reports speech ("confirmed", "announced")
  left out. Rewrites that share an act ("resigned ... as protesters were arrested" /
  "resigned ... amid protests that escalated") each add a clause to one report.

A news sentence says what happened in its main clause and each outlet adds its own
circumstances around it ("after ...", "which ...", ", sending ..."): two statements whose
main clauses say one thing in nearly the same words (``SAME_WORDING`` of those clauses'
words), sharing their act, from one claimant or none, are a paraphrase however different
their asides ("Two dams above the town collapsed, sending floodwaters through the centre" /
"Two dams above Port Almond collapsed": ``_same_main_clause``).

The score depends on the two statements alone (no corpus-wide word weights, no topics), so
adding an unrelated article or changing a topic cue leaves every claim as it was. Groups
join by average linkage (``_average_linkage``): one loose link never chains two facts. Two
statements of one article are never compared, so their pair is left out of that average: a
fact an article restates joins another article's report of it. A sentence an article prints
twice word for word (a lead repeated lower down, a paragraph a live page keeps twice) is
said once: the repeat joins the claim of its first printing (``repeated``).
Every merged statement keeps the reason it joined (``Evidence.basis`` and ``why``).

Scale: no all-pairs comparison. Each statement is indexed under its content words; only
statements sharing one are compared, and a word shared by more than ``MAX_BLOCK``
statements is skipped as uninformative.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from briefbook.analyse.cues import stem as snowball
from briefbook.analyse.cues import words as cue_words
from briefbook.analyse.disjoint import DisjointSets
from briefbook.analyse.main_clause import subordinate, subordinate_spans
from briefbook.analyse.openers import first_word
from briefbook.analyse.quoted_words import QUOTE_RUN, quotation_runs
from briefbook.analyse.subjects import quoted_spans
from briefbook.model import (
    MONTHS,
    Actor,
    Claim,
    Evidence,
    Kind,
    MergeBasis,
    Quantity,
    Stance,
    Statement,
)
from briefbook.read.dates import estimated
from briefbook.vocabulary import alternation, derived, mapping, spaced, words

SAME_WORDING = 0.6
"""Dice score at or above which two statements say the same thing in nearly the same words."""
PARAPHRASE = 0.5
"""Dice score at or above which two statements with the same figure say the same thing."""
FIGURES_PARAPHRASE = 0.35
"""Dice score at or above which two statements that give the same two figures or more in
their main clauses (and no other: see ``_compatible``) say the same thing, whatever share
of their other words they have in common: "63 cases, including 29 deaths" reworded, each
outlet naming its own sources and places around them (``_same_figures``)."""
PLAIN = 0.6
"""Dice score the words other than names must reach too: "X declared a curfew" and "X
lifted the curfew" share their names, not what they say."""
NAMED_PLAIN = 0.5
"""The share of words other than names enough for two statements in nearly the same words
(``SAME_WORDING`` of all their words) that say the same things happened (see
``_plain_floor``): a news report of one event names the same people, places and bodies in
every outlet's sentence, so names fill much of what two rewrites share and the rest, the
smaller part, differs more from outlet to outlet ("Thailand's Constitutional Court removed
Prime Minister Srettha Thavisin from office on Wednesday as it ruled against him" /
"Thailand Constitutional court on Wednesday removed Prime Minister Srettha Thavisin from
office"). Less than half is the names alone matching."""
FIGURE_WORDING = 0.55
"""Dice score at or above which two statements that give the same figure (same kind and
value) need only ``NAMED_PLAIN`` of their words other than names in common: the figure is
what the two report, the names whom it concerns ("The central bank helped by providing 100
billion Swiss francs in liquidity assistance" / "The Swiss National Bank is supporting the
takeover by providing 100 billion francs in liquidity assistance")."""
ACCOUNT = 5
"""Words other than names two statements of one named claimant must share to be its one
account in other words (see ``_one_claimant``): fewer are a phrase the speaker repeats."""
ACT_PARAPHRASE = 0.4
"""Dice score (of all words, and of words other than names) at or above which two
statements of one named claimant that share an act (a past tense or participle: "found",
"identified") say the same thing happened: "United said its engineers found loose bolts
on the doors" / "United said that it has found loose bolts during its inspections"."""
ACT_ACCOUNT = 3
"""Words other than names such two statements must share."""
MIN_WORDS = 2
"""A statement with fewer content words and figures is a fragment: it never merges."""
SHORT = 4
"""A statement with fewer content words and figures (but ``MIN_WORDS`` or more) is short: it
merges only in ``SHORT_WORDING`` of the same words (see ``_link``)."""
SHORT_WORDING = 0.75
"""Dice score at or above which a short statement and another say the same thing: with two
or three content words, ``SAME_WORDING`` is one word in three left out; a short line every
outlet repeats (a speaker's "Entire families were lost", "None of them are safe") keeps
nearly all its words."""
MAX_BLOCK = 100
DAY = len("2025-03-04")
"""The length of an ISO date known to the day."""
DURATION = "duration"
"""The kind of a length of time ("a day after", "for 90 minutes"): never a figure whose
absence from a rewrite sets the two apart (see ``_figures_agree``)."""

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_ACT = re.compile(r"\b[a-z][a-z-]{2,}ed\b")
"""A past tense or participle ("declared", "lifted"): the predicate of a news sentence."""
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
"""A word in lower case (a capitalised one may be a name: "Rose", "Sold Out")."""
_NAME = re.compile(r"(?<=[\w,’'\"”)]\s)[A-Z][\w’'-]*")
"""A capitalised word after another word: a name (the sentence's first word is not)."""


def _acts(text: str) -> list[str]:
    """Its past tenses and participles: "-ed" words and the irregular past tenses of the
    vocabulary (``claims.irregular_past``: "rose", "fled", "sold"), but for the end of a
    compound adjective (``_compounded``)."""
    irregular = _irregular_past()
    found = list(_ACT.finditer(text))
    found += [m for m in _LOWER_WORD.finditer(text) if m.group() in irregular]
    return [m.group() for m in found if not _compounded(text, m)]


_COMPOUND = re.compile(r"([^\W\d_]+)-$")


def _compounded(text: str, m: re.Match[str]) -> bool:
    """Whether a participle ends a compound adjective, joined by a hyphen to a word that is
    no verb prefix ("a New York-based firm", "the state-owned lender", "US-led strikes",
    "so-called"): what something is, not what the statement says happened. A prefixed verb
    ("re-elected", "co-founded": ``claims.verb_prefixes``) is still an act."""
    parts = m.group().split("-")
    joined = (
        _COMPOUND.search(text, 0, m.start()) if text[m.start() - 1 : m.start()] == "-" else None
    )
    before = parts[-2] if len(parts) > 1 else joined.group(1) if joined else None
    return before is not None and before.casefold() not in _verb_prefixes()


_irregular_past = derived(lambda: words("claims", "irregular_past"))
_verb_prefixes = derived(lambda: words("claims", "verb_prefixes"))


_BRITISH = (
    (
        re.compile(
            r"(?<=[a-z]{2})(?<![aeiouvw])(?<!pr)(?<![enrx]c)(?<![oe]m)(?<!rt)"
            r"is(e|ed|es|er|ers|ing|ation|ations)$"
        ),
        r"iz\1",
    ),
    (re.compile(r"(?<=[a-z]{2})ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"(?<=[a-z]{3})our(s|ed|ing|able|ite|ites|er|ers)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{2})tre(s?)$"), r"ter\1"),
    (re.compile(r"(?<=[a-z]{3}[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),
)
"""British spellings and their American forms: "organised" / "organized", "analysed" /
"analyzed", "honouring" / "honoring", "centre" / "center", "cancelled" / "canceled". A word
the two spell alike is changed alike in both texts, so only the spelling is left aside."""


def american(word: str) -> str:
    """``word`` (lower case) in American spelling (``_BRITISH``): outlets on either side of
    the Atlantic report one fact in both spellings."""
    for pattern, replacement in _BRITISH:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a word, as topic cues are matched: "evacuated",
    "evacuates" -> "evacu"; British and American spellings alike ("reorganised",
    "reorganized")."""
    return snowball(american(word.casefold().replace("’", "'").removesuffix("'s")))


def _synonyms() -> dict[str, str]:
    """Stem -> the stem of its head word, from the vocabulary's synonym table, every word
    through the same stemmer as the text (so "soldiers" and "soldier" both reach the head)."""
    table: dict[str, str] = {}
    for head, others in mapping("claims", "synonyms").items():
        for word in [head, *others]:
            for part in word.split():
                table.setdefault(stem(part), stem(head))
    return table


synonyms = derived(_synonyms)
_stopwords = derived(lambda: frozenset(words("claims", "stopwords")))


def _denial_words() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + alternation(words("claims", "denials")) + r")\b", re.IGNORECASE)


denial_words = derived(_denial_words)


def _modal() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:"
        + alternation(words("conflicts", "projected"))
        + r"|by\s+(?:"
        + "|".join(MONTHS)
        + r"))\b",
        re.IGNORECASE,
    )


_projected = derived(_modal)


def projects(text: str) -> bool:
    """Whether ``text`` tells what will, may or is expected to happen, not what has (the
    ``projected`` words of ``data/vocabulary/conflicts.toml``, or "by" a month: "expected to
    hit 250", "may exceed 3,000", "10,000 by December"); "May" capitalised is the month ("two
    deaths in May"), not the verb. The one test of a projection, for merging statements and
    for comparing figures."""
    return any(m.group(0) != "May" for m in _projected().finditer(text))


_IRREGULAR = re.compile(r"(?i)\b(won|can|shan)[’']t\b")
_IRREGULAR_FULL = {"won": "will not", "can": "can not", "shan": "shall not"}
_CONTRACTED = re.compile(r"(?i)(?<=[a-z])n[’']t\b")


def uncontracted(text: str) -> str:
    """``text`` with its negative contractions spelt out ("couldn't" -> "could not", "won't"
    -> "will not"): a rewrite that contracts a verb says the same thing."""
    text = _IRREGULAR.sub(lambda m: _IRREGULAR_FULL[m.group(1).casefold()], text)
    return _CONTRACTED.sub(" not", text)


def _reporting() -> frozenset[str]:
    return frozenset(
        w for forms in mapping("attribution", "reporting_verbs").values() for w in forms
    )


reporting = derived(_reporting)
"""The forms of the verbs that report speech ("reported", "confirmed"): who said a thing,
not what happened, so no act of the statement."""


def content_words(text: str) -> frozenset[str]:
    """The stems of a text's content words (no stop words, no numbers), synonyms as their
    head."""
    stop = _stopwords()
    table = synonyms()
    out = set()
    for w in _WORD.findall(text):
        low = w.casefold()
        if low in stop or len(low) < 2:
            continue
        s = stem(low)
        out.add(table.get(s, s))
    return frozenset(out)


def refers_back(text: str) -> bool:
    """Whether a sentence opens with a word that points back to something said before it
    ("This comment was the first ...", "It is the second ..."), past any opening quotation
    mark: it does not stand alone (``refers_back`` of the vocabulary)."""
    first = first_word(text)
    return first is not None and first.casefold() in words("claims", "refers_back")


_NOT_DENIED = re.compile(
    r"(?:\b(?:not|never|no|nor)|n't)\s+"
    r"(?:(?:have|has|had|did|do|does|was|were|is|are|would|will)\s+)?"
    r"(?:(?:they|it|he|she|we|i|you)\s+)?"
    r"(?:yet\s+|officially\s+|publicly\s+|formally\s+)?"
    r"(?:deny|denies|denied|denying|denial|rejected|dismissed|refuted)\b"
    r"|\bconfirm(?:s|ed|ing)?\s+(?:or|nor)\s+(?:deny|denies|denied|denying)\b",
    re.IGNORECASE,
)
"""A denial that did not happen ("has not denied", "nor have they denied it", "would neither
confirm nor deny", "declined to confirm or deny"): no denial, and no negated claim."""


def undenied(text: str) -> str:
    """``text`` with the denials that did not happen blanked out (``_NOT_DENIED``), letter
    for letter, so that a place in it is the same place in ``text``."""
    return _NOT_DENIED.sub(lambda m: " " * len(m.group()), text.replace("n’t", "n't"))


def denial(text: str) -> re.Match[str] | None:
    """The first word of ``text`` that denies what is said ("denied", "rejects"), but for
    a denial that did not happen ("has not denied it")."""
    return denial_words().search(undenied(text))


def _idiom(phrase: str) -> str:
    """One idiom as a pattern: its words with any spaces between them; "not only ... but"
    matches "not only" only when "but" follows in its sentence, the rest of the idiom."""
    head, _, tail = phrase.partition("...")
    follows = rf"(?=[^.!?;]*?\b{spaced(tail)}\b)" if tail.strip() else ""
    return rf"\b{spaced(head)}\b{follows}"


def _idioms() -> re.Pattern[str]:
    phrases = words("claims", "negation_idioms")
    return re.compile("|".join(_idiom(p) for p in sorted(phrases, key=len, reverse=True)), re.I)


negation_idioms = derived(_idioms)
"""Phrases with a negation word that negate nothing the statement says (``negation_idioms``
of the vocabulary: "not only ... but also", "hundreds, if not thousands", "whether or not",
"no later than Friday", "no more than 20 people"): a bound or an addition, no negated
claim."""


def stance(statement: Statement) -> Stance:
    """``denies`` for a denial or negated statement, ``asserts`` otherwise ("has not denied"
    asserts nothing against the claim: it is not a denial; "not only", "if not", "no more
    than" negate nothing: ``negation_idioms``)."""
    text = negation_idioms().sub(lambda m: " " * len(m.group()), undenied(statement.text))
    said = {w.casefold() for w in _WORD.findall(text)}
    if denial_words().search(text) or said & words("claims", "negations") or "n't" in text:
        return "denies"
    return "asserts"


def figures(statement: Statement) -> frozenset[float]:
    return frozenset(q.value for q in statement.quantities if q.qualifier != "each")


def _kinds(quantities: Iterable[Quantity]) -> dict[str, set[float]]:
    """The figures a statement gives, by kind and unit: "six more were killed" gives six
    deaths (an increment is still a figure the statement asserts), "6,000 each" no total.
    A sum in another currency or a length in other units is its conversion, not another
    value ("CHF50 billion ($54 billion)" / "50 billion francs (51 billion euros)")."""
    out: dict[str, set[float]] = defaultdict(set)
    for q in quantities:
        if q.qualifier != "each":
            out[f"{q.kind} {q.unit}".strip()].add(q.value)
    return out


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of content words two statements have in common (Dice's coefficient)."""
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


@dataclass(frozen=True, slots=True)
class _Item:
    """What merging needs of one statement."""

    words: frozenset[str]
    plain: frozenset[str]
    """Its content words but for names (words capitalised inside the sentence)."""
    figures: dict[str, set[float]]
    stance: Stance
    days: frozenset[str]
    projected: bool
    """Says what will, may or is expected to happen."""
    size: int
    """How much it says: its content words and figures, its claimant's name included."""
    acts: frozenset[str]
    """The stems of its past tenses and participles ("declared"): what it says happened."""
    quoted: frozenset[tuple[str, ...]]
    """Every run of ``QUOTE_RUN`` words inside its quotation marks, lower-case."""
    added: bool
    """Adds to a running count ("one more case", "two more deaths"): a step of it."""
    only_added: bool = False
    """Every figure of a running count it gives is added to one ("six more were killed")."""
    main: frozenset[str] = frozenset()
    """Its content words (``words``) in its main clause (see ``main_words``)."""


def name_stems(text: str) -> frozenset[str]:
    """The content words of the names in a text (words capitalised inside a sentence)."""
    return content_words(" ".join(_NAME.findall(text)))


def main_words(text: str) -> frozenset[str]:
    """The content words of a sentence's main clause: its words but for those of its
    subordinate clauses and phrases (:func:`.main_clause.subordinate`: "after ...",
    "which ...", ", sending ...")."""
    found = cue_words(text).words
    inside = subordinate(text)
    return content_words(" ".join(w for n, w in enumerate(found) if n not in inside))


def _item(s: Statement, names: Mapping[str, frozenset[str]], acted: str | None = None) -> _Item:
    """How a statement is compared; its claimant's names (or, with ``acted``, those of the
    party whose act it tells) are left out of what it says."""
    days = frozenset(
        d.resolved for d in estimated(s.dates) if d.precision == "day" and d.relation == "on"
    )  # an undated article's days as the briefing suggests them
    party = acted or s.claimant
    own = names.get(party, frozenset()) if party else frozenset()
    projected = projects(uncontracted(s.text))
    full = content_words(s.text)
    said = full - own
    named = name_stems(s.text)
    size = len(full) + len(s.quantities)
    acts = content_words(" ".join(w for w in _acts(s.text) if w not in reporting()))
    quoted = quotation_runs(s.text)
    tolls = [q for q in s.quantities if q.kind in _running()]
    added = any(q.qualifier == "additional" for q in tolls)
    return _Item(
        said,
        said - named,
        _kinds(s.quantities),
        stance(s),
        days,
        projected,
        size,
        acts,
        quoted,
        added,
        added and all(q.qualifier == "additional" for q in tolls),
        main_words(s.text) & said,
    )


_running = derived(lambda: words("figures", "running_kinds"))
"""The kinds of running counts, which change from day to day (a toll, cases)."""


def _steps_apart(x: _Item, y: _Item, published: tuple[str, str]) -> bool:
    """Whether one of the two adds to a running count ("one more case", "two more deaths")
    and their articles were published on different days (both known to the day): two steps
    of the count, however alike their words."""
    first, second = published
    return (x.added or y.added) and len(first) == len(second) == DAY and first != second


def name_words(actors: Iterable[Actor]) -> dict[str, frozenset[str]]:
    """Actor id -> the content words of its names and title (left out when comparing its
    statements)."""
    return {a.id: content_words(" ".join([a.name, *a.aliases, a.role or ""])) for a in actors}


def _opposites() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    return tuple(
        (content_words(" ".join(pair["one"])), content_words(" ".join(pair["other"])))
        for _, pair in sorted(mapping("claims", "opposites").items())
    )


opposites = derived(_opposites)
"""The word families of opposite directions (``claims.opposites``), as stems."""


def _one_side(a: _Item, b: _Item, up: frozenset[str], down: frozenset[str]) -> bool:
    """Whether ``a`` has words of one side only and ``b`` of the other side only."""
    return bool(a.words & up and not a.words & down and b.words & down and not b.words & up)


def _side_projection(a: _Item, b: _Item) -> bool:
    """Whether only one of the two tells what will or may happen while both say one same
    thing happened (they share an act): "the storm destroyed the pier, in a collapse that
    could close the port for months" beside "the storm destroyed the pier". Such a pair is
    one report only in nearly the same words (see ``_link``); "sent 12,000" and "preparing
    to send 12,000" share no act."""
    return a.projected != b.projected and bool(a.acts & b.acts)


def _side_figures(a: _Item, b: _Item) -> bool:
    """Whether only one of the two gives figures (a length of time left aside), all of them
    of a running count (a toll: ``figures.running_kinds``), while both say one same thing
    happened (they share an act): "heavy rains triggered landslides across the north,
    killing 141 people" beside "heavy rains triggered landslides across the north". Such a
    pair is one report only in nearly the same words (see ``_link``): the toll is told
    beside the shared act. "30 people died in the fire" and "the fire started in a kitchen"
    share no act; "residents within a 2-mile radius were ordered to evacuate" gives no toll
    but which residents; "six more were killed" tells another step of the toll."""
    one, other = ({k for k in f if not k.startswith(DURATION)} for f in (a.figures, b.figures))
    tolls = all(k in _running() for k in one | other)
    steps = a.only_added or b.only_added  # "six more were killed": another step
    return bool(a.acts & b.acts) and bool(one) != bool(other) and tolls and not steps


def _compatible(a: _Item, b: _Item, projections: bool = True, figures: bool = True) -> bool:
    """Nothing forbids the two to be one fact: same stance, both or neither a projection
    (unless ``projections`` is False: see ``_side_projection``), figures that agree
    (``_figures_agree``; unless ``figures`` is False: see ``_side_figures``), no two
    different days, and not each a past tense the other lacks unless they share one."""
    if a.stance != b.stance or (projections and a.projected != b.projected):
        return False
    if figures and not _figures_agree(a.figures, b.figures):
        return False
    if a.acts - b.words and b.acts - a.words and not a.acts & b.acts:
        return False  # each says a different thing happened: "declared" / "lifted"
    if any(_one_side(a, b, up, down) or _one_side(b, a, up, down) for up, down in opposites()):
        return False  # "shares rose 5%" / "shares fell 5%": opposite directions
    return not (a.days and b.days and not a.days & b.days)


def _figures_agree(a: Mapping[str, set[float]], b: Mapping[str, set[float]]) -> bool:
    """Whether two statements' figures let them be one report: of every kind both give, the
    values of one are among the other's, and a kind only one gives is allowed when the two
    share a figure of a kind they both give. A rewrite often adds a figure to the same
    report ("eight were injured" / "eight were injured, two critically"); but a statement
    with figures and one with none of their kind do not assert the same thing ("30 people
    died in the fire" / "the fire started in a kitchen"), and 200 deaths is never 205. A
    duration only one gives is a detail of the telling, not what is asserted ("a day after
    it filed for bankruptcy", "a blaze that raged for 90 minutes"): a rewrite drops it."""
    kinds = {k for k in a.keys() | b.keys() if k != "count" and not k.startswith(DURATION)}
    both = (a.keys() & b.keys()) - {"count"}
    if _values_clash(a, b):
        return False  # a value of one kind the other contradicts: a different count
    return bool(both) or not kinds  # a shared kind, or neither gives any


def _values_clash(a: Mapping[str, set[float]], b: Mapping[str, set[float]]) -> bool:
    """Whether, of a kind both give (a bare count aside), neither's values are among the
    other's: 200 deaths against 205."""
    both = (a.keys() & b.keys()) - {"count"}
    return any(not (a[k] <= b[k] or b[k] <= a[k]) for k in both)


def _link(
    a: Statement, b: Statement, x: _Item, y: _Item, named: Collection[str] = frozenset()
) -> tuple[float, MergeBasis] | None:
    """How and how surely two statements are one fact, or None."""
    if _same_quotation(a, b, x, y):
        # the speaker's own words: as sure as nearly the same words, whatever the framing
        return max(dice(x.words, y.words), SAME_WORDING), "wording"
    side = _side_projection(x, y)
    added = _side_figures(x, y)
    if x.size < MIN_WORDS or y.size < MIN_WORDS or not _compatible(x, y, not side, not added):
        return None
    score = dice(x.words, y.words)
    plain = dice(x.plain, y.plain)
    if x.size < SHORT or y.size < SHORT:  # a short statement: only in nearly all its words
        floor = _plain_floor(x, y, score)
        return (score, "wording") if score >= SHORT_WORDING and plain >= floor else None
    if side or added:  # a projection or figures beside a shared act: one report only in
        # nearly the same words
        return (
            (score, "wording")
            if score >= SAME_WORDING and plain >= _plain_floor(x, y, score)
            else None
        )
    account = min(score, plain) >= PARAPHRASE and len(x.plain & y.plain) >= ACCOUNT
    one = _one_claimant(a, b, named)
    if account and one:
        return score, "paraphrase"  # one speaker's account, reported in other words
    told: tuple[float, MergeBasis] | None = (  # one speaker: the same act in other words
        (max(score, PARAPHRASE), "paraphrase")
        if one
        and x.acts & y.acts
        and min(score, plain) >= ACT_PARAPHRASE
        and len(x.plain & y.plain) >= ACT_ACCOUNT
        else None
    )
    if told is None and not (side or added) and _same_main_clause(a, b, x, y):
        told = max(score, PARAPHRASE), "paraphrase"  # one report, told with other asides
    figured = score >= FIGURES_PARAPHRASE and _same_figures(a, b, x, y)
    if plain < _plain_floor(x, y, score):
        # the same names, but not the same thing said of them, unless told or figured
        return told or ((PARAPHRASE, "paraphrase") if figured else None)
    if score >= SAME_WORDING:
        return score, "wording"
    if score >= PARAPHRASE and _shared_figures(x, y):
        return score, "paraphrase"
    if figured:
        return PARAPHRASE, "paraphrase"  # as sure as a paraphrase giving one figure
    return told


def _same_main_clause(a: Statement, b: Statement, x: _Item, y: _Item) -> bool:
    """Whether the two report one thing in their main clauses and differ in the asides
    around it: a news sentence says what happened in its main clause and each outlet adds
    its own circumstances in subordinate clauses and phrases ("after ...", "which ...",
    ", sending ...": :func:`main_words`), which lower the share of all words the two have in
    common. "Two dams above the town collapsed, sending floodwaters through the centre" /
    "Two dams above Port Almond collapsed": the words of their main clauses (``SHORT`` or
    more each) reach ``SAME_WORDING``, those clauses share an act (a past tense or
    participle) and every act of each main clause is a word of the other ("suspended" /
    "suspended and imposed sanctions" is not one report), and they have one claimant (or
    none): a party's reaction to an act ("X said it was surprising that Y was convicted")
    is no report of the act. What the two share only in their subordinate parts ("resigned
    a day after the company filed for bankruptcy" / "the company filed for bankruptcy") is
    no main clause of both. The statements must still agree in stance, tense, figures and
    day (``_compatible``), and when both add asides, those must share a word: asides that
    share none say which event or which people each act was."""
    main_x, main_y = x.main, y.main
    if len(main_x) < SHORT or len(main_y) < SHORT or dice(main_x, main_y) < SAME_WORDING:
        return False
    if _party(a) != _party(b):
        return False
    acts_x, acts_y = x.acts & main_x, y.acts & main_y
    if not acts_x & acts_y or acts_x - y.words or acts_y - x.words:
        return False
    # asides on both sides that share no word tell which event or which people the act was
    # ("arrested 40 people after a march on parliament turned violent" / "... after fans
    # of two rival clubs fought outside the stadium"): two acts of one kind, not one report
    aside_x, aside_y = x.words - main_x - main_y, y.words - main_y - main_x
    return not (aside_x and aside_y) or bool(aside_x & aside_y)


def _same_figures(a: Statement, b: Statement, x: _Item, y: _Item) -> bool:
    """Whether the two give the same two figures or more in their main clauses and have a
    word in common besides what those figures count: one report, the figures its
    fingerprint, whatever words and names each outlet puts around them ("the 6.0 magnitude
    quake killed more than 2,200 people" / "the 6.0 magnitude quake and its aftershocks
    killed over 2,200 people, according to the authorities"; "28 suspected cases and 15
    deaths" / "15 deaths among 28 suspected cases"). A figure an aside repeats ("aid for the
    survivors of the quake, which killed 2,200 people") is the background of another
    report, and two events that each kill 14 and injure 30 share no more than their tolls
    ("a bus crash killed 14 people and injured 30" / "a train derailment killed 14 people
    and injured 30"). The word in common is one other than names (``plain``): two events of
    one town share its name ("police arrested 40 protesters and injured 12 in Ollan" / "40
    fans were detained and 12 officers hurt after the match in Ollan"). One of the two set
    in an earlier time (``_earlier_time``) tells another event with the same figures ("the
    floods killed 12 people" / "a week earlier, storms had killed 12 people"). Measures of
    a scene (how long, how far) are no such fingerprint (``_main_kinds``)."""
    main_a, main_b = _main_kinds(a), _main_kinds(b)
    if _shared_values(main_a, main_b) < 2 or _earlier_time(a) != _earlier_time(b):
        return False
    counted = content_words(
        " ".join(f"{q.text} {q.counts} {q.kind}" for q in (*a.quantities, *b.quantities))
    )
    return bool((x.plain & y.plain) - counted)


def _earlier_time(s: Statement) -> bool:
    """Whether a statement sets what it tells in a time of its own, earlier than a story's:
    a year told alone ("in 2009", "last year", "two years ago", "the 2010 quake"), a time
    counted back from another ("a week earlier", "the day before") or an earlier one of a
    kind ("the port's last ferry disaster", "the previous floods"; not "the last 24 hours").
    Two statements giving the same figures, one of them set so, are another year's toll and
    this one's, or an event and the one before it (see ``_same_figures``)."""
    dates = [(d.start - s.start, d.end - s.start) for d in s.dates]
    if any(d.precision == "year" for d in s.dates):
        return True
    if any(set(_WORD.findall(d.text.lower())) & _counted_back() for d in s.dates):
        return True
    return any(
        not any(b <= m.start() < e for b, e in dates) for m in _earlier_one().finditer(s.text)
    )


_counted_back = derived(lambda: words("claims", "counted_back"))
_earlier_one = derived(
    lambda: re.compile(
        r"\b(?:" + alternation(words("claims", "earlier_ones")) + r")\b(?!\s*\d)", re.IGNORECASE
    )
)


def _main_kinds(s: Statement) -> dict[str, set[float]]:
    """The figures of a statement's main clause, by kind (see ``_kinds``): none of a
    subordinate clause or phrase (:func:`.main_clause.subordinate_spans`), nor a measure of
    the scene (claims.toml ``measures``: "3 metres high", "12 hours' drive")."""
    spans = subordinate_spans(s.text)
    return _kinds(
        q
        for q in s.quantities
        if q.kind not in _measures() and not any(b <= q.start < e for b, e in spans)
    )


_measures = derived(lambda: words("claims", "measures"))


def _shared_values(a: Mapping[str, set[float]], b: Mapping[str, set[float]]) -> int:
    """How many figures two statements give alike (same kind and value; a bare count is no
    kind)."""
    return sum(len(a[k] & b[k]) for k in a.keys() & b.keys() if k != "count")


def _plain_floor(x: _Item, y: _Item, score: float) -> float:
    """The share of words other than names two statements must have in common: ``PLAIN``,
    or ``NAMED_PLAIN`` for two in nearly the same words (``SAME_WORDING``) that say the same
    things happened: every act of each is a word of the other ("removed ... from office in a
    ruling on an ethics case" / "removed ... from office for an ethics breach"). "President Ana Vale
    declared a state of emergency" / "President Ana Vale lifted the state of emergency":
    "lifted" is no word of the other; "resigned and left Port Almond" / "resigned and stayed
    in Port Almond": one act shared, another not. Two that give the same figure need
    ``NAMED_PLAIN`` too in ``FIGURE_WORDING`` of all their words."""
    same_acts = not (x.acts - y.words or y.acts - x.words)
    if score >= SAME_WORDING and same_acts:
        return NAMED_PLAIN
    return NAMED_PLAIN if score >= FIGURE_WORDING and _shared_figures(x, y) else PLAIN


def _shared_figures(x: _Item, y: _Item) -> int:
    """How many figures the two give alike (same kind and value; a bare count is no kind)."""
    return _shared_values(x.figures, y.figures)


def _one_claimant(a: Statement, b: Statement, named: Collection[str]) -> bool:
    """Whether the two have the same named claimant (one of ``named``): one speaker's
    account, which outlets report in their own words ("Minister Ana Vale said the talks had
    failed" / "the talks have collapsed, according to Ana Vale"). "Her office" or "a
    source", named by what it is only, may be two different speakers. A party's act told in
    the outlet's voice counts as that party's (``_party``): "President Ana Vale declared a
    state of emergency" / "... declared a state of emergency, saying the floods were the
    worst in decades" are one account of her act."""
    party = _party(a)
    return party is not None and party == _party(b) and party in named


def _party(s: Statement) -> str | None:
    """Whose account a statement is, for merging: its claimant, or else the party whose act
    the outlet tells (``Statement.acted``: "Police declared a curfew"); the book still cites
    no one for the act."""
    return s.claimant or s.acted


def named_claimants(actors: Iterable[Actor]) -> frozenset[str]:
    """The ids of the actors a text names: every kind but an unnamed group."""
    return frozenset(a.id for a in actors if a.kind != Kind.GROUP)


def _same_quotation(a: Statement, b: Statement, x: _Item, y: _Item) -> bool:
    """Whether the two quote one claimant's same words (``QUOTE_RUN`` of them in order) and
    agree in figures, stance, tense and day: one utterance reported twice. When one quotes
    all the other quotes, what it adds beside the quotation (what will follow, a figure the
    other does not give) does not set the two apart; only a stance, a day or a value of a
    shared kind that differs does."""
    if a.claimant is None or a.claimant != b.claimant or not x.quoted & y.quoted:
        return False
    if x.stance != y.stance:
        return False
    if (x.quoted <= y.quoted and _only_framing(a.text, b.text)) or (
        y.quoted <= x.quoted and _only_framing(b.text, a.text)
    ):  # one quotes all the other quotes, and the other says nothing beside its quotation
        if _values_clash(x.figures, y.figures):
            return False
    elif x.projected != y.projected or not _figures_agree(x.figures, y.figures):
        return False
    return not (x.days and y.days and not x.days & y.days)


def _only_framing(text: str, other: str) -> bool:
    """Whether a statement whose every quoted run ``other`` quotes too may have what
    ``other`` adds beside the quotation set beside its own: its quotation is a whole
    utterance, opened by a capital and closed by a stop or a comma inside its marks
    ("'Movement has been restricted to contain the outbreak,' she said" beside the same
    quotation and "adding that three people were being treated"), or what ``text`` says
    outside its marks (who spoke and how) ``other`` says too. Two statements that quote one
    phrase inside sentences of their own ("called the strike 'a threat to the whole national
    economy' and said 40 people were arrested" / "... as he announced the closure of three
    schools") tell two facts."""
    spans = quoted_spans(text)
    if spans and all(_WHOLE_UTTERANCE.fullmatch(text[start:end]) for start, end in spans):
        return True
    marks = [(0, 0), *spans, (len(text), len(text))]
    outside = " ".join(text[a[1] : b[0]] for a, b in pairwise(marks))
    return content_words(outside) - reporting() <= content_words(other) | _spoken()


_WHOLE_UTTERANCE = re.compile(r"\W*[A-ZÀ-Þ].*[.,!?…]\W*", re.DOTALL)
"""A quotation of a whole utterance: its first letter a capital, a stop or a comma closing it
inside its marks ("'We will rebuild every home,'"; not "'a threat to the economy'")."""


_spoken = derived(lambda: content_words(" ".join(reporting())))
"""The stems of the verbs that report speech, as ``content_words`` gives them."""


def candidate_pairs(keys: Sequence[Iterable[str]]) -> set[tuple[int, int]]:
    """Pairs of statements that share a blocking key (a content word)."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for k in ks:
            blocks[k].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                pairs.add((i, j))
    return pairs


def merge(
    statements: Sequence[Statement],
    apart: Collection[tuple[str, str]] = frozenset(),
    names: Mapping[str, frozenset[str]] | None = None,
    named: Collection[str] = frozenset(),
    published: Mapping[str, str] | None = None,
) -> list[Claim]:
    """Claims from statements, in the order of their first statement.

    A statement in ``apart`` (source id, sentence id) is merged with no other: a claim alone.
    ``names`` (see :func:`name_words`) are the words of each claimant's names; ``named`` the
    ids of the claimants a text names (see :func:`named_claimants`), whose accounts in other
    words are paraphrases of one fact; ``published`` each article's day of publication (source
    id -> ISO date, "" when unknown), which sets apart two steps of a running count
    (:func:`_steps_apart`).
    """
    items = [_item(s, names or {}) for s in statements]
    # an act the outlet tells ("President Ana Vale declared a state of emergency") leaves its
    # party's names out as a claimant's are (see ``_party``), beside the same party's account
    # of it or a sentence of no one's; beside another party's act or account those names are
    # what sets the two apart ("Governor Ana Ruiz declared ..." / "President Luis Roe ...")
    as_party = [
        _item(s, names or {}, s.acted) if s.acted else x
        for s, x in zip(statements, items, strict=True)
    ]
    days_of = published or {}
    first = repeated(statements)
    links: dict[tuple[int, int], tuple[float, MergeBasis]] = {}
    for i, j in candidate_pairs([x.words if first[n] == n else () for n, x in enumerate(items)]):
        a, b = statements[i], statements[j]
        if a.source_id == b.source_id:
            continue
        if (a.source_id, a.sentence_id) in apart or (b.source_id, b.sentence_id) in apart:
            continue
        days = (days_of.get(a.source_id, ""), days_of.get(b.source_id, ""))
        if _steps_apart(items[i], items[j], days):
            continue
        one, other = _party(a), _party(b)
        x = as_party[i] if other in (None, one) else items[i]
        y = as_party[j] if one in (None, other) else items[j]
        found = _link(a, b, x, y, named)
        if found is not None:
            links[(i, j)] = found
    scores = {pair: score for pair, (score, _) in links.items()}
    groups = _average_linkage(
        len(statements), scores, PARAPHRASE, [s.source_id for s in statements]
    )
    groups = _with_repeats(groups, first)
    for n, i in enumerate(first):
        if i != n:
            links[(i, n)] = (1.0, "wording")
    return [_claim(statements, group, items, links) for group in groups]


def _spelt(text: str) -> str:
    """A sentence's text as compared for a word-for-word repeat: case, spacing and the
    typographic quotation marks and apostrophes left aside."""
    return " ".join(text.translate(_PLAIN_QUOTES).casefold().split())


_PLAIN_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def repeated(statements: Sequence[Statement]) -> list[int]:
    """For each statement, the index of the first statement of its article with the same text
    (its own index if none came before): an article that prints one sentence twice (a lead
    repeated further down, a paragraph a live page or a wire rewrite keeps twice) says one
    thing once."""
    seen: dict[tuple[str, str], int] = {}
    return [seen.setdefault((s.source_id, _spelt(s.text)), n) for n, s in enumerate(statements)]


def _with_repeats(groups: list[list[int]], first: Sequence[int]) -> list[list[int]]:
    """The groups, each repeat moved into the group of the first time its article said it."""
    home = {i: g for g, members in enumerate(groups) for i in members}
    out: list[list[int]] = [[] for _ in groups]
    for i in (i for members in groups for i in members):
        out[home[first[i]]].append(i)
    return [sorted(members) for members in out if members]


def _average_linkage(
    n: int,
    scores: dict[tuple[int, int], float],
    threshold: float,
    sources: Sequence[str] | None = None,
) -> list[list[int]]:
    """Join the best-matching pairs first; two groups join only if, on average over all their
    cross pairs (a pair with no link counting as 0), they still reach the threshold. This
    keeps one loose link from chaining different facts together.

    The sum of scores between groups is kept in a sparse table updated on each join, so a
    join costs the number of groups linked to the two joined, not their product of sizes.
    """
    group = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    linked: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), value in scores.items():
        linked[i][j] = linked[j][i] = value
    for (i, j), _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        gi, gj = group[i], group[j]
        if gi == gj:
            continue
        if linked[gi].get(gj, 0.0) / _cross(members[gi], members[gj], sources) < threshold:
            continue
        keep, gone = min(gi, gj), max(gi, gj)
        for other, value in linked.pop(gone).items():
            del linked[other][gone]
            if other != keep:
                total = linked[keep].get(other, 0.0) + value
                linked[keep][other] = linked[other][keep] = total
        for k in members[gone]:
            group[k] = keep
        members[keep] = sorted(members[keep] + members.pop(gone))
    return [members[k] for k in sorted(members)]


def _cross(a: list[int], b: list[int], sources: Sequence[str] | None) -> int:
    """How many pairs across two groups could be linked: two statements of one article are
    never compared, so they count for nothing in the average ("63 cases, 29 deaths" said
    twice in one article and once in another is one fact)."""
    if sources is None:
        return len(a) * len(b)
    here = Counter(sources[i] for i in a)
    return max(1, len(a) * len(b) - sum(here[sources[j]] for j in b))


def claim_id(first: Statement) -> str:
    """A claim is named after its first report (statements come in date order), so it keeps
    its id when later articles join it, even if they change which wording is most central."""
    digest = hashlib.blake2b(f"{first.source_id}/{first.sentence_id}".encode(), digest_size=4)
    return f"c{digest.hexdigest()}"


def _why(
    score: float, basis: MergeBasis, this: Statement, partner: Statement, x: _Item, y: _Item
) -> str:
    """Why ``this`` (read as ``x``) joined the claim: its link to ``partner`` (``y``)."""
    shared = len(x.words & y.words)
    if this.source_id == partner.source_id:
        return f"the same sentence, word for word, as another in {partner.source_id}"
    if _same_quotation(this, partner, x, y) and dice(x.words, y.words) < SAME_WORDING:
        return (
            f"the same quotation as {partner.source_id}, from the same claimant "
            f"({QUOTE_RUN} or more quoted words in the same order)"
        )
    what = "nearly the same words" if basis == "wording" else "a paraphrase"
    extra = ""
    if basis == "paraphrase":
        # a paraphrase shares a figure, its main clause or else its claimant (see ``_link``)
        extra = (
            ", with the same figure"
            if _shared_figures(x, y)
            else ", in the same main clause"
            if _same_main_clause(this, partner, x, y)
            else ", from the same claimant"
        )
    return (
        f"{what} as {partner.source_id} ({shared} content words shared, "
        f"similarity {score:.2f}{extra})"
    )


def _claim(
    statements: Sequence[Statement],
    members: list[int],
    items: Sequence[_Item],
    links: dict[tuple[int, int], tuple[float, MergeBasis]],
) -> Claim:
    group = [statements[i] for i in members]
    # the wording: a member that stands alone (see ``refers_back``), the most similar to the
    # others (the most central), then the earliest
    centre = max(
        members,
        key=lambda i: (
            not refers_back(statements[i].text),
            math.fsum(dice(items[i].words, items[j].words) for j in members if j != i),
            -i,
        ),
    )
    chosen = statements[centre]
    topics = Counter(s.topic.topic for s in group)
    topic = max(topics, key=lambda t: (topics[t], t == chosen.topic.topic))
    evidence = []
    for i in members:
        s = statements[i]
        basis: MergeBasis | None = None
        why = ""
        partner: str | None = None
        if i != centre:
            best = max(
                (
                    links[(min(i, j), max(i, j))] + (j,)
                    for j in members
                    if (min(i, j), max(i, j)) in links
                ),
                default=None,
            )
            if best is not None:
                score, basis, j = best
                why = _why(score, basis, s, statements[j], items[i], items[j])
                partner = statements[j].source_id
        evidence.append(
            Evidence(s.source_id, s.sentence_id, s.text, s.claimant, s.cue, basis, why, partner)
        )
    return Claim(
        id=claim_id(statements[min(members)]),
        topic=topic,
        wording=chosen.text,
        wording_source=chosen.source_id,
        wording_sentence=chosen.sentence_id,
        evidence=tuple(evidence),
        sources=tuple(sorted({s.source_id for s in group})),
        stance=stance(chosen),
        figures=tuple(sorted(figures(chosen))),
    )


def join(
    claims: Sequence[Claim], statements: Sequence[Statement], together: Sequence[Sequence[str]]
) -> tuple[list[Claim], dict[str, list[str]]]:
    """Make one claim of each set of claim ids in ``together`` whose ids all exist (the
    analyst's merges: every statement they bring keeps basis "analyst").

    Returns the claims, in the order of their first statement, and for each claim made by
    joining others, the ids it was made of."""
    index = {(s.source_id, s.sentence_id): i for i, s in enumerate(statements)}
    by_id = {c.id: c for c in claims}
    sets = DisjointSets(c.id for c in claims)
    for ids in together:
        if all(i in by_id for i in ids):
            for other in ids[1:]:
                sets.join(other, ids[0])
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[sets.find(claim.id)].append(claim)
    items = [_item(s, {}) for s in statements]
    out = []
    made_of: dict[str, list[str]] = {}
    for parts in groups.values():
        if len(parts) == 1:
            out.append(parts[0])
            continue
        members = sorted(index[(e.source_id, e.sentence_id)] for c in parts for e in c.evidence)
        joined = _claim(statements, members, items, {})
        centre = (joined.wording_source, joined.wording_sentence)
        home = next(
            c for c in parts if any((e.source_id, e.sentence_id) == centre for e in c.evidence)
        )
        kept = {(e.source_id, e.sentence_id): e for e in home.evidence}
        evidence = tuple(
            kept.get((e.source_id, e.sentence_id))
            or replace(e, basis="analyst", why="merged by the analyst")
            for e in joined.evidence
        )
        claim = replace(joined, evidence=evidence)
        made_of[claim.id] = sorted(c.id for c in parts)
        out.append(claim)
    out.sort(key=lambda c: index[(c.evidence[0].source_id, c.evidence[0].sentence_id)])
    return out, made_of
