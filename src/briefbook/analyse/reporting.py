"""The words and shapes of reported speech, for ``briefbook.analyse.attribute``.

Reporting verbs and their forms ("said", "told lawmakers", "estimated"), reporting nouns
("a statement from"), a cue in a quotation's tail ("...," the company said), "according
to", pronouns that point back to a speaker, refusals to comment, verbs that report only
with an observer as subject ("AFP journalists saw"), the words that make a cue's form no
report ("called off", "dismissed Ana Roe") and the nouns for a state ("the country said").
The words are in ``data/vocabulary/attribution.toml``.
"""

from __future__ import annotations

import re

from briefbook.read.date_forms import WEEKDAY_NAMES
from briefbook.vocabulary import alternation, derived, mapping, ordered, words

_LEMMAS = derived(lambda: mapping("attribution", "reporting_verbs"))


def _source_noun() -> str:
    """A reporting noun and the words that lead to its source: "a statement issued by", "a
    statement on Monday by"."""
    return (
        r"\b(?P<noun>"
        + alternation(words("attribution", "source_nouns"))
        + r")\s+"
        + _WHEN
        + r"(?:(?:"
        + alternation(words("attribution", "issued_by"))
        + r")\s+)?"
        + _WHEN
        + r"(?:from|by)\s+"
    )


_WHEN = r"(?:(?:on\s+|late\s+|early\s+)?(?:" + WEEKDAY_NAMES + r"|yesterday|today)\s+)?"
"""The day a document came out, written between it and its source: "a statement on Monday
by", "a report released Sunday by"."""


NOMINAL = derived(lambda: re.compile(_source_noun() + r"(?:the\s+)?$", re.IGNORECASE))
"""A reporting noun before its source: "denials from Paris", "criticism from the mayor", "a
statement issued by the ministry"."""
NOMINAL_KIND = derived(
    lambda: re.compile(
        _source_noun()
        + r"(?P<body>the\s+(?:[a-z][\w-]*\s+){0,2}?(?:"
        + alternation(words("attribution", "body_nouns"))
        + r"))\b(?!\s+of\b)",
        re.IGNORECASE,
    )
)
"""A reporting noun before a body named by its kind, with up to two words that say which:
"a statement from the ministry", "figures from the interior ministry"."""
SOURCE_OF = derived(
    lambda: re.compile(
        r"\s*(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,2}?" + _source_noun(), re.IGNORECASE
    )
)
"""What "according to" cites before its source: "a pre-vote note from", "data released on
Tuesday by", "a grim update from" (the source is what follows)."""
OPENS = re.compile(
    r"\s*(?:(?:However|Meanwhile|But|And|In),?\s+)?(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?"
)
"""What may stand before that noun when it opens the sentence ("However, a new statement")."""
DEFINITE = re.compile(
    r"\b[Tt]he\s+(?:[A-Za-z-]+\s+){0,2}?(?P<head>[a-z]+)\s+(?:also\s+|has\s+|have\s+)?$"
)
DEFINITE_AFTER = re.compile(
    r"\s*[Tt]he\s+(?:[a-z]+\s+){0,2}?(?P<head>[a-z]+|[A-Z][a-z]+)\b"
    r"(?=\s*[,.]|\s+(?:said|says|stated))"
)
"""A body named again by its kind after "according to": "the council", "the Court"."""
ADJECTIVAL = derived(lambda: words("attribution", "adjectival"))
NOUN_FORMS = derived(lambda: words("attribution", "noun_forms"))
PASSIVE = re.compile(
    r"\b(?:been|be|is|are|was|were|being)\s+"
    r"(?:(?:also|not|never|later|then|still|first|since|already|[a-z]+ly)\s+){0,2}$"
)
"""A verb in the passive: its subject is spoken to or of, not speaking ("was questioned",
"were also told", "has been repeatedly accused")."""
CUE_FORMS = derived(lambda: ({form: lemma for lemma, forms in _LEMMAS().items() for form in forms}))


def _figure_cue() -> str:
    """A figure given as someone's: "put the death toll at", "raised the number of dead to"."""
    return (
        r"(?:" + alternation(words("attribution", "figure_verbs")) + r")\s+(?:the|its|their)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:" + alternation(words("attribution", "figure_nouns")) + r")"
        r"(?:\s+(?:at|to))?"
    )


_FIGURE_CUE = derived(_figure_cue)
CUE = derived(
    lambda: re.compile(
        r"\b("
        + _FIGURE_CUE()
        + "|"
        + "|".join(sorted(map(re.escape, CUE_FORMS()), key=len, reverse=True))
        + r")\b"
    )
)
TAIL_CUE = derived(
    lambda: re.compile(
        r"(?:[^,;“”\"]{0,60}?\s)?(" + alternation(words("attribution", "tail_cues")) + r")\b"
    )
)
"""An attribution tail after a quotation: "... Okafor stated", "the spokesperson said"."""
ANY_TAIL_VERB = derived(
    lambda: re.compile(
        r"(?:[^\s,;“”\"]+\s+){0,4}?([a-z]{3,}(?:ed|ies))(?=\s*(?:[,.;!?]|$)|\s+(?:"
        + alternation(words("attribution", "prepositions"))
        + r")\b|\s+[A-Z])"
    )
)
"""A verb in a past or present form closing an attribution tail ("... Ana Roe quipped.",
"... the statement clarifies.", "... the crowd chanted in the square.") or before the name
of its speaker ("... worries Ana Roe, a resident"): any verb, which only a tail after a
quotation that opens the sentence reads as one of speech."""
TOLD = ("told", "tells", "telling")
NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|this|that|these|those|his|her|its|their|our|another|any|no|such|of|"
    r"new|latest|first|earlier|previous|(?-i:[a-z]{2,}ing))|[’']s)\s+(?-i:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
"""Before a verb's form that is also a noun: "another storm warning", "his promises"; a
verb's -ing form takes it as its object ("falsifying business records", "after receiving
emergency calls")."""
DETERMINED = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my|your)\s+$", re.IGNORECASE)
"""Right before a word, a determiner makes it a noun or an adjective, never a finite verb,
whatever the word: "the terms of a bailout", "a vow of transparency", "in a broadcast"."""
STATE_AFTER = re.compile(r"\s+(?:dead|killed|missing|injured|wounded|hurt|to\s+(?:be|have)\b)")
"""After a participle that describes rather than reports: "confirmed dead", "believed to be"."""
ACCORDING = re.compile(
    r"\b(?:according to|as per)\b|(?:^|(?<=,\s))[Pp]er(?=\s+(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
""""According to X", "as per X", and "per X" opening the sentence or after a comma before a
name ("..., per AP.", "Per the Courier, ..."; not "5 per cent", "per Hour" in a heading)."""
PHRASE_END = re.compile(r"[,;:!?]\s")
"""Where the source of "according to X" ends: the punctuation closing its phrase."""
TAIL = re.compile(r"[,.!?]?[”»\"]\s*(?:,\s*)?(?P<rest>.*)$")
PRONOUN = derived(
    lambda: re.compile(
        r"\b("
        + "|".join(p.capitalize() + "|" + p for p in ordered("attribution", "pronouns"))
        + r")"
        r"\s+(?:\w+\s+){0,2}$"
    )
)
_SKIPPABLE = derived(lambda: words("attribution", "skippable"))
NOT_AFTER = derived(lambda: words("attribution", "not_reporting_after"))
AILING_OF = derived(lambda: words("attribution", "ailing_of"))
"""Lemmas that tell of what their subject suffers when "of" follows ("complained of pains")."""
INTRODUCED_BY = derived(lambda: words("attribution", "introduced_by"))
"""Nouns of something said, the object of a verb in the past that introduces a quotation."""
COMMITS = derived(lambda: words("attribution", "commitments"))
"""Lemmas that commit their subject to an act when "to" follows ("agreed to step down")."""
COMMITTED = derived(
    lambda: re.compile(
        r"\s+(?:(?:"
        + alternation(words("attribution", "commitment_asides"))
        + "|"
        + WEEKDAY_NAMES
        + r")\b(?:\s+(?!(?:that|to)\b)[\w’'-]+){0,4}?\s+)?to\b",
        re.IGNORECASE,
    )
)
"""The "to" of such a verb, right after it or after a phrase of time, means or company of up
to five words: "agreed to pay", "agreed on Monday evening to step down", "agreed in March
this year to study"; not "agreed that the cost had risen to"."""
ACTS_ON_PEOPLE = derived(lambda: words("attribution", "acts_on_people"))
CONVENING = derived(lambda: words("attribution", "convening"))
"""Lemmas that convene an event when it is their object ("called a snap election")."""
CONVENED = derived(
    lambda: re.compile(
        r"\s+an?\s+(?:[\w’'\"“”-]+\s+){0,3}?(?:"
        + alternation(words("attribution", "convened_events"))
        + r")\b(?!\s+an?\s)",
        re.IGNORECASE,
    )
)
"""An event after "a" or "an" as the object right after such a verb: "called a confidence
vote", "called an emergency meeting"; not "called for a strike", "called the vote a sham",
"called a snap election a gamble" (a view of the event: a second "a" follows it)."""
GERUND_PREPOSITIONS = derived(lambda: words("attribution", "gerund_prepositions"))
"""Prepositions before a reporting verb's -ing form that make it a gerund the main clause
governs ("on charges of revealing secrets"): no report of the sentence's."""
PROCLAIMING = derived(lambda: words("attribution", "proclaiming"))
"""Lemmas that put a state into force when it is their object ("declared a curfew")."""
_CLAUSE_VERB = (
    r"(?:is|are|was|were|be|been|has|have|had|will|would|could|should|must|may|might|can|did|"
    r"does|do)"
)
"""A finite verb of a clause: "declared it would impose a curfew" reports what will be."""
_OBJECT_ENDS = (
    r"(?:on|in|at|for|across|after|before|through|throughout|until|till|from|over|following|"
    r"amid|and|as|since|with|within|around|near|of|by|during|while|which|that|starting|"
    r"beginning|effective|due|because)"
)
"""Words that close an object and go on to place, time or qualify the act ("... curfew on
Friday", "... mourning through Saturday", "... emergency, ..."); not an adjective that judges
the object ("declared the curfew unlawful")."""
PROCLAIMED = derived(
    lambda: re.compile(
        r"\s+(?:(?!(?:that|to|for|whether|if|"
        + _CLAUSE_VERB[3:-1]
        + r")\b)[\w’'“”\"-]+\s+){0,8}?(?:"
        + alternation(words("attribution", "proclaimed_states"))
        + r")(?=\s*(?:[,.;:!?)”\"’]|$)|\s+[A-Z0-9]|\s+"
        + _OBJECT_ENDS
        + r"\b)"
    )
)
"""The state such a verb proclaims, ending its object of up to nine words: "declared a
nationwide state of emergency", "declared five days of national mourning", "declared the
region a federal emergency"; not "declared that ...", "declared it would impose a curfew"
(a clause's verb in between) nor "declared the curfew was lifted" (a verb after it)."""
REFUSALS = derived(lambda: words("attribution", "refusals"))
REFUSAL_LEMMAS = derived(lambda: words("attribution", "refusal_lemmas"))
PROGRESSIVE = derived(lambda: words("attribution", "progressive_cues"))
"""The -ing forms of verbs of speech whose progressive reports ("officials are urging"), which
"is" or "were" before them does not make a passive."""
PASSIVE_AGENTS = derived(lambda: words("attribution", "passive_agents"))
"""Lemmas of verbs of speech whose passive names the speaker as its agent ("were reported by
the rebels")."""
OBSERVING = derived(lambda: words("attribution", "observation_verbs"))
WITNESSING = derived(lambda: words("attribution", "witness_verbs"))
STATE_NOUNS = derived(lambda: words("attribution", "state_nouns"))
