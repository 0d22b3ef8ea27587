"""Stance disputes: one party asserts what another denies, about the same thing.

Two statements from different speakers say the same thing with opposite polarity: one
asserts it, the other denies or negates it ("the strike is illegal, the ministry said" /
"the union said the strike was not illegal"; "the raid was a violation" / "it was not a
violation"). The same thing: their content words, once the claimant's own name, negations
and denial words are left out and a word with a negative prefix is read as its stem
("illegal" is "legal" negated), overlap by at least ``SAME``, with at least ``SHARED`` of
them in common; and what a negation negates (the ``SCOPE`` words after it, or a word with a
negative prefix) must be among them: "no confirmation of the source" does not deny "an
inquiry into the source" (a denial word denies all it says). Both sides must be
parties that speak (claimants): an outlet's own account ("This is the first death since
2015") takes no position, and a claimant's statement that it negates somewhere ("a child
who wasn't vaccinated died, officials said") is not disputed by the outlet telling it.

A denial in its own words but for a pointer back ("Sylvania denied the accusation",
"Sylvania denies that", "... rejected the claims", "... rejected the figure"; at most
``POINTER`` words after the denial word, up to a clause of its own: "denied these
allegations, but officials remain concerned") denies what was just said of its party: the
nearest statement before it in the same article (at most ``BACK`` statements back) in which
another named party speaks of it (names it). That pair is a stance dispute too: who accuses
and who denies, in different words. A party calling what was said of it false in words of
its own ("called the allegations baseless", "called the report false", "said the claims were
unfounded"; ``calling`` and ``dismissals`` in ``data/vocabulary/conflicts.toml``, what was
said named as an accusation, a report or a figure) denies it in the same way, and answers an
accusation told as one in the statement just before it even when that does not name it
("They claim the deal was rigged. Roe called the allegations baseless.").

A denial that restates what it denies ("the ministry denied that it had used the water
cannon") answers an accusation a few statements before it in the same article (at most
``RESTATED_BACK``) that says the same thing in other words ("the students accuse the
police of turning a water cannon on them"), or the statement right after it when that one
tells the accusation as one ("Sylvania has denied accusations that it arms the rebels.
It was accused by UN experts of supplying the rebel group."): at least ``RESTATED``
content words after the denial word, names of parties left out, are in the accusation.
The accusation is another party's, or, when no claimant is known, is told as an
accusation ("accuse", "allege", ``accusations`` in ``data/vocabulary/conflicts.toml``): an
outlet's own account is no party's position.
Other parties saying the same of the denier in other articles ("Medical groups said RSF
fighters killed civilians", against "the RSF denied killing civilians", answering an
accusation in its own article) are of that dispute: they name the denier and share
``RESTATED`` of the words the denial and that accusation share. The answered accusations of
one denier that share such statements are one dispute (``one_per_denier``).

A denial of guilt in general words, neither pointing back nor restating ("Roe denies any
wrongdoing", "denied any involvement in the attack", "repeating his denial of the charges";
``guilt`` in ``data/vocabulary/conflicts.toml``), answers the accusations against the denier
that its article tells around it (at most ``RESTATED_BACK`` statements before or after): told
with an accusation word whose accused is the denier ("prosecutors accused Roe of fraud", "Roe
is accused of fraud"; not "accused the police of beating Roe"), by another side than the
denier's (a party's own officials accusing others of blaming it are not its accusers). A
denial naming a matter of its own ("any role in the 2019 crane contract") answers only an
accusation sharing a word of it. A denial referring back to an event in a word or so
("denies any involvement in the attack") also answers another party's statement around it
that names that event and places the denier as the doer of a wrong without an accusation
word ("Roe said the attack was ordered by Sylvania", "... that Sylvania was behind it";
``doer_before`` and ``doer_after``): news often tells what a party is said to have
done in its accuser's own words, and the denial says which event it is about; a party
merely named beside the event ("Roe said she stood with Sylvania after the attack") is not
accused of it. A
pointing denial names only what was said ("the accusation", "these reports", ``said_of``):
"denies wrongdoing" denies wrongdoing, it does not point back to the statement before it. A
denial in apposition to what its own sentence tells ("Ostravia claims its neighbour shelters
the militia, a charge Velmaria denies": :data:`apposed`) answers that sentence, never one
before it.

The statement right after an answering denial, when it is the denier going on in its own
words (by the denier or its side, never the accuser, and on what was said: "The union dismissed
the accusations as baseless. It said the cranes had no power."), is its counter-claim, of the
same dispute (:func:`_counter_claim`).

A party holding its own version of the same thing (``RESTATED`` shared words) in the sentence
right after another side's, opened by a contrast and told with a contending verb before a
that-clause ("Inspectors said a faulty heater caused the fire. But the owner maintained that
the heater was off."; ``contrast_openers``, ``contending_lemmas``), is a counter-position: a
stance dispute with no denial word (:func:`counter_positions`; English only).

A denial that did not happen ("has not denied it", "nor have they denied it", "would neither
confirm nor deny", ``claims.undenied``) denies nothing, by either reading.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from types import MappingProxyType
from typing import Any

from briefbook.analyse.claims import (
    candidate_pairs,
    content_words,
    denial,
    dice,
    reporting,
    stance,
)
from briefbook.analyse.disjoint import DisjointSets
from briefbook.analyse.subjects import inside, quoted_spans
from briefbook.model import Statement
from briefbook.vocabulary import alternation, derived, mapping, words

_NONE: Mapping[Any, Any] = MappingProxyType({})
"""An empty mapping, the default of the optional ones (no camps or figure givers)."""

SAME = 0.6
SHARED = 3
NEGATIVE_PREFIXES = ("il", "im", "in", "ir", "un", "non-", "non", "dis")
"""Prefixes that negate the word they start ("illegal", "unlawful", "non-binding")."""


SCOPE = 3
"""Words after a negation that it negates: "there is no confirmation of the source" negates
a confirmation, not the source."""


POINTER = 3
"""Words after a denial word that can only point back to what was said ("the accusation",
"these allegations", "that"): more, and the denial says something of its own."""
BACK = 3
"""How many statements before a pointing denial what it denies may be."""
RESTATED = 2
"""Content words a restating denial must share with the accusation it answers."""
RESTATED_BACK = 5
"""How many statements before a restating denial the accusation it answers may be."""


_NEGATED_CLAIM = re.compile(
    r"[^,;.:]*?\bthat\b(?:(?!\b(?:but|while|and|although|though)\b)[^,;.:])*?"
    r"(?:\b(?:not|never|no|cannot)\b|n't\b)",
    re.IGNORECASE,
)
"""After a denial word, a claim it denies that is itself negated ("rejected the claim that
he had never committed fraud", "denied reports that it was not consulted"): denying a
negation asserts what the negation denied."""


@dataclass(frozen=True, slots=True)
class _Said:
    words: frozenset[str]
    negative: bool
    """Denies or negates what it says."""
    negated: frozenset[str] | None
    """What its negations negate (the words after a negation, a word with a negative prefix
    read as its stem); None when a denial word denies all it says."""


def _known() -> frozenset[str]:
    return frozenset(words("claims", "negations") | words("claims", "denials"))


known_negations = derived(_known)


def _said(s: Statement, names: Mapping[str, frozenset[str]], vocabulary: frozenset[str]) -> _Said:
    negative = stance(s) == "denies"
    kept: list[str] = []
    negated: set[str] = set()
    after: list[int] = []
    """Where a negation's scope starts in ``kept``."""
    for w in re.findall(r"[\w’'-]+", s.text.replace("n’t", "n't")):
        low = w.casefold()
        if low in known_negations() or low.endswith("n't"):
            after.append(len(kept))
            continue
        for prefix in NEGATIVE_PREFIXES:
            rest = low[len(prefix) :]
            if low.startswith(prefix) and len(rest) >= 4 and content_words(rest) <= vocabulary:
                low, negative = rest, not negative  # "illegal": "legal", negated
                negated.update(content_words(rest))
                break
        kept.append(low)
    for start in after:
        negated.update(content_words(" ".join(kept[start : start + SCOPE])))
    said = content_words(" ".join(kept)) - names.get(s.claimant or "", frozenset())
    found = denial(s.text)
    denies_all = bool(found)
    if found and _NEGATED_CLAIM.match(s.text[found.end() :].replace("n’t", "n't")):
        negative = False  # "rejected his claim that he had never committed fraud": asserts
    return _Said(said, negative, None if denies_all else frozenset(negated))


def stance_disputes(
    statements: Sequence[Statement], names: Mapping[str, frozenset[str]]
) -> list[list[Statement]]:
    """Groups of statements that assert and deny the same thing (each group has both)."""
    vocabulary = frozenset(w for s in statements for w in content_words(s.text))
    """Every stem of the corpus: "illegal" is read as "legal" negated only where "legal" is
    said somewhere."""
    said = [_said(s, names, vocabulary) for s in statements]
    sets = DisjointSets(range(len(statements)))
    linked: set[int] = set()
    for i, j in sorted(candidate_pairs([x.words for x in said])):
        a, b = statements[i], statements[j]
        if said[i].negative == said[j].negative:
            continue
        if a.claimant is None or b.claimant is None:
            continue  # an outlet's own account is no party's position
        if (a.claimant or a.source_id) == (b.claimant or b.source_id):
            continue
        shared = said[i].words & said[j].words
        negated = (said[i] if said[i].negative else said[j]).negated
        if negated is not None and not negated & shared:
            continue  # "no confirmation of the source" against "the source is sought"
        if len(shared) >= SHARED and dice(said[i].words, said[j].words) >= SAME:
            sets.join(i, j)
            linked.update((i, j))
    groups: dict[int, list[Statement]] = {}
    for i in sorted(linked):
        groups.setdefault(sets.find(i), []).append(statements[i])
    return list(groups.values())


_OTHER_CLAUSE = re.compile(r"\b(?:which|who|whom|whose|but|while|although|though|whereas)\b", re.I)
"""Before a denial word, a clause of its own: the denial is not the claimant's ("India
blamed Pakistan, which Islamabad denied": the claimant is India)."""


def _apposed() -> re.Pattern[str]:
    said = alternation(words("conflicts", "accusations") | words("conflicts", "said_of"))
    determiners = alternation(
        words("figures", "date_determiners") | words("conflicts", "apposition_determiners")
    )
    pronouns = alternation(words("conflicts", "apposition_subjects"))
    word = r"[\w'’.-]+"
    named = rf"(?-i:[A-Z]){word}(?:\s+(?-i:[A-Z]){word})*"
    subject = rf"(?:{determiners})\s+{word}|{named}|(?:{pronouns})\b"
    return re.compile(
        rf"[,;:—–]\s*(?:(?:{determiners})\s+)?(?:{said})\s+(?:(?:that|which)\s+)?"
        rf"(?:{subject})(?:\s+{word}){{0,3}}\s*$",
        re.I,
    )


apposed = derived(_apposed)
"""Before a denial word, a clause in apposition to what its own sentence tells, naming it as
an accusation or a report with the denier as its own subject ("Ostravia claims its neighbour
shelters the militia, a charge Velmaria denies"; "..., allegations the ministry has
rejected"): the denial answers that sentence, whoever the claimant is read to be, never a
statement before it. A report noun that is the denial's subject ("a statement from the
government denied the accusation") is no apposition."""


def _points_back(s: Statement) -> bool:
    """A denial that says nothing of its own but what it denies: "X denied the accusation"."""
    found = denial(s.text)
    said = _own_clause(s.text[found.end() :]) if found else ""
    return (
        found is not None
        and len(said.split()) <= POINTER
        and content_words(said) <= pointed()
        and not _OTHER_CLAUSE.search(s.text[: found.start()])
    )


next_clause = derived(
    lambda: re.compile(rf"[,;]\s+(?:{alternation(words('conflicts', 'clause_openers'))})\b", re.I)
)
"""After a denial's words, a clause of its own ("..., but aid groups remain worried";
"..., saying the reports were planted"; ``clause_openers``): not what the denial names."""


def _own_clause(text: str) -> str:
    """What a denial names: its words up to a clause of its own (:data:`next_clause`): "denied
    these allegations, but officials remain concerned" names "these allegations"."""
    found = next_clause().search(text)
    return text[: found.start()] if found else text


def _of_a_figure(s: Statement, found: re.Match[str] | None) -> bool:
    """Whether a pointing denial points to a figure ("rejected the figure", "disputes
    that toll"; ``figure_pointers`` in ``data/vocabulary/conflicts.toml``): it answers the
    figure just given, whoever it names."""
    said = _own_clause(s.text[found.end() :]) if found else ""
    return bool(content_words(said) & figure_pointers())


figure_pointers = derived(lambda: content_words(" ".join(words("conflicts", "figure_pointers"))))
"""Stems of the words by which a denial points back to a figure just given."""


def _pointed() -> frozenset[str]:
    return content_words(
        " ".join(
            words("conflicts", "accusations")
            | words("conflicts", "said_of")
            | words("conflicts", "figure_pointers")
        )
    )


pointed = derived(_pointed)
"""What a denial pointing back names, if anything ("the accusation", "these reports", "that"):
a word of its own ("denies wrongdoing") is what it denies, not a pointer."""


def _accusation() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words('conflicts', 'accusations'))})\b", re.I)


accusation = derived(_accusation)


_WHOSE = r"(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?:['’]s|(?<=s)['’])\s+"
"""A name in the possessive ("Roe's", "Ana Roe's", "Reuters'")."""


def _dismissal() -> re.Pattern[str]:
    said = alternation(
        words("conflicts", "accusations")
        | words("conflicts", "said_of")
        | words("conflicts", "figure_pointers")
    )
    verdict = alternation(words("conflicts", "dismissals"))
    lacking = alternation(words("conflicts", "lack_verbs"))
    lacked = alternation(words("conflicts", "lacked_virtues"))
    owner = rf"(?:(?:{alternation(words('conflicts', 'owners'))})\s+|{_WHOSE})"
    others = rf"(?:(?:{alternation(words('conflicts', 'others'))})\s+|{_WHOSE})"
    adverb = rf"(?:(?:{alternation(words('conflicts', 'verdict_adverbs'))})\s+)?"
    return re.compile(
        rf"\b(?:(?P<calling>{alternation(words('conflicts', 'calling'))})\s+{owner}?(?:{said})\s+"
        rf"(?:as\s+)?|{others}(?:{said})\s+(?:is|was|are|were)\s+)[“\"'‘]?{adverb}(?:{verdict})\b"
        rf"|{others}(?:{said})\s+[“\"'‘]?(?:{lacking})\s+(?:[\w-]+\s+)?(?:{lacked})\b",
        re.I,
    )


dismissal = derived(_dismissal)
"""A party calling what was just said of it false in words of its own ("called the
allegations baseless", "dismissed the claims as a lie", "called the report false", "said the
figures were wrong", "said the accusations lack merit"; ``lack_verbs`` and
``lacked_virtues``): a denial pointing back, which may name whose words it answers
("Roe's accusations": :func:`_whose`). Not a party saying its own are wrong ("said its
figures were wrong": an admission)."""

admission = derived(
    lambda: re.compile(rf"\b(?:{alternation(words('conflicts', 'admissions'))})\b", re.I)
)
"""A verb of admitting ("admitted", "conceded"; ``admissions``)."""


_CLAUSE_END = re.compile(r"[,;:.!?“”\"()]")
"""Where a clause ends: a mark of punctuation or of quotation."""


def _own_part(text: str) -> str:
    """The last clause of ``text``, up to a mark of punctuation or a conjunction opening a
    clause of its own ("acknowledged receiving the letter and said the claims were": "said
    the claims were"; ``clause_openers``)."""
    last = _CLAUSE_END.split(text)[-1]
    return re.split(
        rf"\b(?:{alternation(words('conflicts', 'clause_openers'))})\b", last, flags=re.I
    )[-1]


def _dismisses(s: Statement) -> re.Match[str] | None:
    """Where ``s`` calls what was just said false in words of its own (``dismissal``),
    saying nothing after it but what it names, and not as an admission: a verb of admitting
    before it in its clause ("admitted the count was wrong", "conceded that the figures
    were false") owns an error rather than denying another's words. None if not."""
    found = dismissal().search(s.text)
    if (
        found is not None
        and len(_own_clause(s.text[found.end() :]).split()) <= POINTER
        and not admission().search(_own_part(s.text[: found.start()]))
    ):
        return found
    return None


wrong = derived(lambda: re.compile(rf"\b(?:{alternation(words('conflicts', 'wrongs'))})\b", re.I))
"""A word telling a wrong done ("misled", "lied"; ``wrongs``): an accusation in other words."""


def _whose(found: re.Match[str] | None) -> frozenset[str]:
    """The content words of the party a dismissal names as the owner of what it dismisses
    ("Roe's accusations lack merit": Roe), or none."""
    owner = re.search(_WHOSE, found.group()) if found else None
    return content_words(re.sub(r"['’]s?\s+$", "", owner.group())) if owner else frozenset()


def answered_accusations(
    statements: Sequence[Statement],
    names: Mapping[str, frozenset[str]],
    camps: Mapping[str, frozenset[str]] = _NONE,
    givers: Mapping[tuple[str, str], frozenset[str]] = _NONE,
) -> dict[tuple[str, str], list[Statement]]:
    """What one party says of another and that other's denials answering it: pointing back
    ("Freedonia accused Sylvania of arming the rebels. Sylvania denied the accusation.") or
    restating what is denied ("... Sylvania denied arming any rebels", or before the
    accusation told as one: "Sylvania has denied arming the rebels. It was accused by UN
    experts of supplying them."); one group for each
    accuser and denier, in whichever article, by (accuser, denier): the accuser's id, or
    the article's when an accusation is told without one, and the denier's. A denial of
    guilt in general words answers the accusations against the denier around it
    (:func:`_accused`) made by another side than the denier's, and a denial pointing to a
    figure answers only a figure another side gives (``givers``, statement key -> who gives
    its figures): ``camps`` (actor id -> what it stands for, ``analyse.conflicts.camp``) is
    the one notion of a side, read by :func:`another_side`."""
    out: dict[tuple[str, str], list[Statement]] = {}
    parties = frozenset().union(*names.values()) if names else frozenset()
    for n, s in enumerate(statements):
        if s.claimant is None:
            continue
        dismissed = _dismisses(s)
        dismisses = dismissed is not None
        wide = dismissed is not None and dismissed.group("calling") is None
        whose = _whose(dismissed)
        found = denial(s.text)
        if found is None and not dismisses:
            continue
        if found is not None and apposed().search(s.text[: found.start()]):
            continue  # "..., a charge Velmaria denies": it answers its own sentence
        if found is not None and _NEGATED_CLAIM.match(s.text[found.end() :].replace("n’t", "n't")):
            continue  # "rejected his claim that he had never ...": no denial of what was said
        pointing = dismisses or _points_back(s)
        denied = content_words(s.text[found.end() :]) - parties if found else frozenset()
        denier = names.get(s.claimant, frozenset())
        if not pointing and len(denied) < RESTATED:
            _answer_guilt(statements, n, found, denier, out, parties, camps)
            continue
        back = range(n - 1, max(-1, n - 1 - (BACK if pointing else RESTATED_BACK)), -1)
        after = [] if pointing or n + 1 >= len(statements) else [n + 1]
        for m in [*back, *after]:
            before = statements[m]
            if m > n and not accusation().search(before.text):
                continue  # after the denial, only the accusation told as one that it answers
            if before.source_id != s.source_id or before.claimant == s.claimant:
                continue
            if stance(before) != "asserts":
                continue
            said = content_words(before.text)
            shared = denied & said
            if dismisses and m == n - 1 and accusation().search(before.text):
                # "They claim ... X called the allegations baseless."; said in other words
                # than a calling verb ("the reports had no foundation"), only by the accused
                answers = not wide or bool(denier & said)
            elif whose and before.claimant is not None:
                # "Roe said ... X said Roe's accusations lack merit.": Roe's nearest statement
                # that accuses, names X or tells a wrong, not one of hers on anything else
                answers = bool(whose & names.get(before.claimant, frozenset())) and bool(
                    accusation().search(before.text) or denier & said or wrong().search(before.text)
                )
            elif pointing and _of_a_figure(s, found):
                # "Roe said 300 died. X rejects the figure.": Roe's figure, if not X's side's;
                # a denial pointing to a figure answers nothing but one just given
                given = givers.get((before.source_id, before.sentence_id), frozenset())
                answers = (
                    m == n - 1
                    and bool(before.quantities)
                    and before.claimant is not None
                    and another_side(given, s.claimant, camps)
                )
            elif pointing:  # names the denier: "... accused Sylvania"
                answers = before.claimant is not None and bool(denier & said)
            else:  # says what is denied: "... arming the rebels"
                answers = len(shared) >= RESTATED
            if answers and (before.claimant or accusation().search(before.text)):
                key = (before.claimant or before.source_id, s.claimant)
                group = out.setdefault(key, [])
                group += [x for x in (before, s) if x not in group]
                group += [
                    x
                    for x in _counter_claim(statements, n, before, parties, camps)
                    if x not in group
                ]
                if not pointing:
                    group += _said_elsewhere(statements, s, denier, shared, group)
                break
        else:
            _answer_guilt(statements, n, found, denier, out, parties, camps)
    return out


def _counter_claim(
    statements: Sequence[Statement],
    n: int,
    accused: Statement,
    parties: frozenset[str],
    camps: Mapping[str, frozenset[str]],
) -> list[Statement]:
    """The statement right after denial ``n`` when it is the denier's counter-claim to
    accusation ``accused``: in the same article, asserting, by the denier or its side
    (``camps``; however it opens, a subject pronoun included: "The union dismissed the
    accusations as baseless. It said the cranes had no power."), never by the accuser,
    and on what was said: sharing a content word, other than a party's name (``parties``)
    or a verb of reporting, with the accusation or the denial. One of the dispute: what
    the denier says instead of what it denies."""
    s = statements[n]
    if n + 1 >= len(statements) or s.claimant is None:
        return []
    x = statements[n + 1]
    if x.source_id != s.source_id or x.claimant is None or stance(x) != "asserts":
        return []
    if x.claimant == accused.claimant:
        return []  # the accuser going on: "..., the port authority added."
    if x.claimant != s.claimant and another_side(frozenset({x.claimant}), s.claimant, camps):
        return []  # a third party, whatever its pronoun: "“We are ...,” a ministry said."
    said = content_words(x.text) - parties - reporting_words()
    if not said & (content_words(accused.text) | content_words(s.text)):
        return []  # on something else: "It said its members would vote on Friday."
    return [x]


reporting_words = derived(lambda: content_words(" ".join(reporting())))
"""The content words of the verbs that report speech ("said", "added"): who said a thing."""


def another_side(given: frozenset[str], denier: str, camps: Mapping[str, frozenset[str]]) -> bool:
    """Whether one of the parties that gave a figure (``given``) is on another side than the
    party that rejects it: not the denier, and sharing nothing of what the denier stands for
    (``camps``: the body or state it speaks for, the words of its office; "Health minister
    Ana Roe said 300 died. The health ministry rejected the figure." is one side correcting
    its figure, no dispute)."""
    own = camps.get(denier, frozenset({denier}))
    return any(g != denier and not camps.get(g, frozenset({g})) & own for g in given)


def _answer_guilt(
    statements: Sequence[Statement],
    n: int,
    found: re.Match[str] | None,
    denier: frozenset[str],
    out: dict[tuple[str, str], list[Statement]],
    parties: frozenset[str],
    camps: Mapping[str, frozenset[str]] = _NONE,
) -> None:
    """Statement ``n``, a denial that neither points back to nor restates what it answers,
    answering the accusations around it when it denies guilt in general words."""
    s = statements[n]
    if found is None or s.claimant is None:
        return
    matter = _of_guilt(s, found)
    if matter is None:
        return
    referred = _referred(s.text[found.end() :]) - guilt() - denier
    for before in _accused(statements, n, denier, matter, referred, camps):
        group = out.setdefault((before.claimant or before.source_id, s.claimant), [])
        group += [x for x in (before, s) if x not in group]
        group += [
            x for x in _counter_claim(statements, n, before, parties, camps) if x not in group
        ]


REFERRED_WORDS = 4
"""Words at most of the noun phrase a denial of guilt refers back to ("the deadly attack")."""


def _referred(tail: str) -> frozenset[str]:
    """The content words of the noun phrase a denial of guilt refers back to, just after its
    word of guilt (``tail``, the denial's words after its denial word): "any involvement in
    the attack, which killed 12 people in the capital" refers to the attack alone, the phrase
    ending at a clause or a word of ``referred_ends`` (``data/vocabulary/conflicts.toml``), at
    most ``REFERRED_WORDS``; nothing when it names none."""
    for n, w in enumerate(_WORD_AT.finditer(tail)):
        if n >= POINTER:
            return frozenset()
        if not content_words(w.group()) & guilt():
            continue
        matter = _MATTER.match(tail[w.end() :])
        phrase: list[str] = []
        for word in _WORD_AT.findall(matter.group(1) if matter else ""):
            if word.lower() in referred_ends() or len(phrase) >= REFERRED_WORDS:
                break
            phrase.append(word)
        return content_words(" ".join(phrase))
    return frozenset()


referred_ends = derived(lambda: frozenset(w.lower() for w in words("conflicts", "referred_ends")))
"""Words that end the noun phrase a denial of guilt refers back to (``referred_ends``)."""


guilt = derived(
    lambda: content_words(" ".join(words("conflicts", "guilt") | words("conflicts", "accusations")))
)
"""Stems of the words of guilt and of accusation a general denial may name."""
ties = derived(lambda: content_words(" ".join(words("conflicts", "guilt_ties"))))
"""Stems of the words of a tie ("link", "connection"): guilt only as a tie to something."""

_WORD_AT = re.compile(r"[\w'’-]+")
_MATTER = re.compile(r"\s+(?:in|for|between|to|with|over|of|on)\s+([^,;:.!?]*)", re.I)
"""After a word of guilt, the matter a denial names ("any role in the crane contract")."""
MATTER = 1
"""Content words of a matter that only refers back ("any involvement in the attack"): more,
and the matter is one of its own, which the accusation must share a word of."""


def _of_guilt(s: Statement, found: re.Match[str]) -> frozenset[str] | None:
    """A denial of guilt in general words, not of a thing said ("denies any wrongdoing",
    "denied any involvement in the attack", "repeating his denial of the charges"): among
    the ``POINTER`` words after the denial word, a word of guilt or of an accusation (``guilt``
    and ``accusations`` in ``data/vocabulary/conflicts.toml``; a tie, ``guilt_ties``, only
    to something: "no link to the rebels", not "no link between the vaccine and the deaths"),
    the denial the claimant's own (no clause of another party before it, outside quotations:
    ``_OTHER_CLAUSE``). None if not; else the content words of the matter it names after the
    word of guilt when more than ``MATTER`` ("any role in the 2019 crane contract"), empty
    when bare or referring back ("denies any wrongdoing", "any involvement in the attack")."""
    if _other_clause(s.text[: found.start()]):
        return None
    tail = s.text[found.end() :]
    for n, w in enumerate(_WORD_AT.finditer(tail)):
        if n >= POINTER:
            return None
        stems = content_words(w.group())
        if not stems & guilt():
            continue
        after = tail[w.end() :]
        if stems <= ties() and not re.match(r"\s+(?:to|with)\s", after, re.I):
            continue
        matter = _MATTER.match(after)
        named = content_words(matter.group(1)) if matter else frozenset()
        return named if len(named) > MATTER else frozenset()
    return None


def _other_clause(text: str) -> bool:
    """A clause of its own in ``text``, outside what it quotes ("..., which Islamabad
    denied"; not the "which" of a quotation the claimant is said to give)."""
    spans = quoted_spans(text)
    return any(not inside(m.start(), spans) for m in _OTHER_CLAUSE.finditer(text))


def _accused(
    statements: Sequence[Statement],
    n: int,
    denier: frozenset[str],
    matter: frozenset[str] = frozenset(),
    referred: frozenset[str] = frozenset(),
    camps: Mapping[str, frozenset[str]] = _NONE,
) -> list[Statement]:
    """The accusations a denial of guilt (statement ``n``) answers: in its article, at most
    ``RESTATED_BACK`` statements before or after it, those told as accusations against the
    denier (:func:`_accuses`: "Officials have alleged Roe's aides sold the gifts", "Roe is
    accused of fraud"), by another party than the denier's own side or by the outlet:
    "Roe denies any wrongdoing" answers them, wherever the article tells them. A denial
    naming a matter of its own (``matter``: "any role in the 2019 crane contract") answers
    only those whose words after the accusation word share one of it ("accused Roe of
    rigging the crane tender"; not "accused Roe of evading taxes"). A denial that refers
    back to an event in a word or so (``referred``: "denies any involvement in the attack")
    also answers another party's statement that names that event and places the denier as
    the doer of a wrong, told without an accusation word (:func:`_says_of`: "Roe said the
    attack was ordered by Sylvania")."""
    s = statements[n]
    out = []
    for m in range(max(0, n - RESTATED_BACK), min(len(statements), n + RESTATED_BACK + 1)):
        x = statements[m]
        if m == n or x.source_id != s.source_id or x.claimant == s.claimant:
            continue
        if x.claimant is not None and not another_side(
            frozenset({x.claimant}), s.claimant or "", camps
        ):  # its own side: "Chile's president accused Peru of blaming Chile", "Sylvania's
            # foreign minister said Sylvania was behind the attack"
            continue
        if stance(x) != "asserts":
            continue
        what = _accuses(x.text, denier)
        if what is None and x.claimant is not None and not matter:
            what = _says_of(x.text, denier, referred)
        if what is not None and (not matter or matter & what):
            out.append(x)
    return out


def _says_of(text: str, party: frozenset[str], referred: frozenset[str]) -> frozenset[str] | None:
    """What ``text`` says of ``party`` (its names) about the event a denial of guilt refers
    back to (``referred``, the denial's words after its denial word and its word of guilt:
    "the attack" in "denies any involvement in the attack"): its content words when it
    names a word of that event and places the party as the doer of a wrong (:func:`_as_doer`:
    "the attack was ordered by Sylvania", "Sylvania was behind the attack"), else None; a
    party merely named beside the event ("she stood with Sylvania after the attack") is
    not accused of it, and a denial that refers to nothing ("denies any wrongdoing")
    answers no such statement."""
    told = content_words(text)
    return told if referred & told and _as_doer(text, party) else None


DOER_WORDS = 3
"""Words between a party and the word that places it as the doer of a wrong ("Sylvania itself
was behind", "blamed neighbouring Sylvania")."""


def _doer(key: str, after: bool) -> re.Pattern[str]:
    """The words of list ``key`` (``doer_before``, ``doer_after``) as a pattern; those before
    which the party is named (not ``after``) only as words of their own, not the end of
    another ("Sylvania's" names no one before "s")."""
    said = alternation(words("conflicts", key))
    return re.compile(rf"\b(?:{said})\b" if after else rf"(?<![\w'’-])(?:{said})\b", re.I)


doer_before = derived(lambda: _doer("doer_before", False))
doer_after = derived(lambda: _doer("doer_after", True))


def _as_doer(text: str, party: frozenset[str]) -> bool:
    """Whether ``text`` places ``party`` (its names) as the doer of a wrong: named at most
    ``DOER_WORDS`` words before a word of doing one, in the same clause ("Sylvania was
    behind the attack", "Sylvania's role in it"; ``doer_before`` in
    ``data/vocabulary/conflicts.toml``), or after a word of blame or agency ("blamed
    Sylvania", "ordered by Sylvania"; ``doer_after``)."""
    for m in doer_before().finditer(text):
        lead = _CLAUSE_END.split(text[: m.start()])[-1]
        if party & content_words(" ".join(_WORD_AT.findall(lead)[-DOER_WORDS:])):
            return True
    for m in doer_after().finditer(text):
        tail = _CLAUSE_END.split(text[m.end() :])[0]
        if party & content_words(" ".join(_WORD_AT.findall(tail)[:DOER_WORDS])):
            return True
    return False


_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
_WHAT_OF = re.compile(r"\s(?:of|for|with|over|in)\s|[;:.!?]")
"""After an accusation verb and whom it accuses, what of ("accused Roe of fraud")."""
_OWNED = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s*(?P<name>[^,]+),")
"""Whom an accusation accuses given as another's and named ("Roe's husband, Tom Hale,"):
the one named, not the owner ("Roe's aides", named by none, are still Roe's)."""


def _accuses(text: str, party: frozenset[str]) -> frozenset[str] | None:
    """Whether ``text`` tells an accusation against ``party`` (its names): named as whom an
    accusation word accuses, after it and before what it is accused of ("accused Roe of
    fraud", "have alleged that Roe's aides sold the gifts"), or before it in the passive
    ("Roe, the mayor, is accused of fraud"); not named in what another is accused of
    ("accused the police of beating Roe"), nor as the owner of one named ("accused Roe's
    husband, Tom Hale, of fraud"). None if not; else the content words after the
    accusation word, what it says the party did."""
    for m in accusation().finditer(text):
        rest = text[m.end() :]
        end = _WHAT_OF.search(rest)
        accused = rest[: end.start() if end else len(rest)]
        if _PASSIVE.search(text[: m.start()]):
            accused = text[: m.start()]
        owned = _OWNED.search(accused)
        if owned:
            accused = owned.group("name")  # "Roe's husband, Tom Hale,": Hale, not Roe
        if party & content_words(accused):
            return content_words(rest) - party
    return None


def one_per_denier(
    answered: Mapping[tuple[str, str], Sequence[Statement]],
) -> list[list[tuple[str, str]]]:
    """The answered accusations (by accuser and denier) that make one dispute: those of one
    denier sharing a statement, which is what others say of the denier elsewhere
    (:func:`_said_elsewhere` joins it to the group of every accuser the denier answers): one
    dispute, not near-copies of it that differ by an accusation and its answer, so that an
    article adding another accuser's joins the dispute. Each set of pairs in the order of
    ``answered``."""
    pairs = list(answered)
    joined = DisjointSets(range(len(pairs)))
    first: dict[tuple[str, tuple[str, str]], int] = {}
    for n, (_, denier) in enumerate(pairs):
        for s in answered[pairs[n]]:
            m = first.setdefault((denier, (s.source_id, s.sentence_id)), n)
            joined.join(m, n)
    sets: dict[int, list[tuple[str, str]]] = {}
    for n, pair in enumerate(pairs):
        sets.setdefault(joined.find(n), []).append(pair)
    return list(sets.values())


def _said_elsewhere(
    statements: Sequence[Statement],
    denial_: Statement,
    denier: frozenset[str],
    answered: frozenset[str],
    group: Sequence[Statement],
) -> list[Statement]:
    """What other parties say of the denier in other articles that the denial restates
    ("Medical groups said RSF fighters killed civilians", against "the RSF denied killing
    civilians" answering an accusation in its own article): they name the denier and share
    ``RESTATED`` of the words ``answered`` that the denial and the accusation it answers
    share (what is in dispute), not merely of the denial's other words ("..., saying
    officers had faced stones"); the same dispute, told elsewhere."""
    return [
        x
        for x in statements
        if x.source_id != denial_.source_id
        and x.claimant is not None
        and x.claimant != denial_.claimant
        and x not in group
        and stance(x) == "asserts"
        and bool(denier & (said := content_words(x.text)))
        and len(answered & said) >= RESTATED
    ]


contrasted = derived(
    lambda: re.compile(
        r"^[“\"‘']?(?:"
        + alternation(words("conflicts", "contrast_openers"))
        + r")(?![\w-])(?!\s+(?:"
        + alternation(words("conflicts", "contrast_not_before"))
        + r")(?![\w-]))",
        re.I,
    )
)
"""A statement opening with a word that sets it against the one before it ("But ...",
"However, ..."; ``contrast_openers``), not one where the word opens a phrase of its own ("Yet
another ...", "But for ..."; ``contrast_not_before``)."""


contending_forms = derived(
    lambda: frozenset(
        form
        for lemma in words("conflicts", "contending_lemmas")
        for form in mapping("attribution", "reporting_verbs")[lemma]
    )
)
"""The forms of the ``contending_lemmas`` (from ``reporting_verbs``)."""


contending = derived(
    lambda: re.compile(
        r"(?<![\w-])(?:"
        + alternation(contending_forms())
        + r")(?:\s+that(?![\w-])|\s*[.,;:]?\s*[”\"’']?\s*$)",
        re.I,
    )
)
"""A reporting verb by which a party holds its own version against another's
(``contending_lemmas``: "maintained", "claims", "contends", "argued"; the forms of
``reporting_verbs``), told as speech: before a that-clause ("maintained that ...") or closing
the sentence ("..., the union maintained."), not as an act ("claimed responsibility for the
attack", "maintains the track", "argued the case")."""


def is_counter_position(
    before: Statement,
    s: Statement,
    camps: Mapping[str, frozenset[str]],
    names: Mapping[str, frozenset[str]],
) -> bool:
    """Whether ``s`` is a party holding its version against what another side has just said
    (``before``, the sentence right before it in its article): it opens with a contrast
    (:data:`contrasted`), its claimant tells it with a contending verb (:data:`contending`),
    it shares at least ``RESTATED`` content words with ``before`` beside the parties' names
    (``names``: actor id -> its name words), and the two claimants are of different sides
    (:func:`another_side`). English only: the contrast words and verbs are English ones."""
    return (
        s.claimant is not None
        and before.claimant is not None
        and before.source_id == s.source_id
        and _adjacent(before, s)
        and bool(contrasted().match(s.text))
        and s.cue.casefold() in contending_forms()
        and bool(contending().search(s.text))
        and len(
            (content_words(before.text) & content_words(s.text))
            - names.get(before.claimant, frozenset())
            - names.get(s.claimant, frozenset())
        )
        >= RESTATED
        and another_side(frozenset({before.claimant}), s.claimant, camps)
    )


NEXT_GAP = 4
"""At most this many characters (spaces, a paragraph break) between two sentences that follow
one another."""


def _adjacent(before: Statement, s: Statement) -> bool:
    """Whether ``s`` is the sentence right after ``before`` in their article: the next in its
    paragraph, or the first of the next paragraph with nothing but a paragraph break between
    them (a sentence told between the two, not a statement, parts them)."""
    if before.source_id != s.source_id:
        return False
    if s.block_index == before.block_index:
        return s.sentence_index == before.sentence_index + 1
    gap = s.start - (before.start + len(before.text))
    return (
        s.block_index == before.block_index + 1 and s.sentence_index == 0 and 0 <= gap <= NEXT_GAP
    )


def counter_positions(
    statements: Sequence[Statement],
    camps: Mapping[str, frozenset[str]],
    names: Mapping[str, frozenset[str]],
) -> list[list[Statement]]:
    """Pairs of a party's statement and another side's counter-position told right after it
    ("Inspectors said a faulty heater caused the fire. But the owner maintained that the
    heater was off."; :func:`is_counter_position`): each a stance dispute, though neither
    denies in so many words."""
    return [
        [before, s]
        for before, s in pairwise(statements)
        if is_counter_position(before, s, camps, names)
    ]
