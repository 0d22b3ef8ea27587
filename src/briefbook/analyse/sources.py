"""Speakers a sentence names only by what they are, for ``briefbook.analyse.attribute``.

- An anonymous source described by what it is near rather than whom it speaks for ("a
  source close to the governor told AFP", "people familiar with the talks said"): the
  source is the claimant, not the person or matter it is close to.
- An unnamed speaker after an inverted verb of speech ("..., added the official, who asked
  not to be named", "..., said a senior police officer").
- The wire's clause saying why a speaker goes unnamed ("officials who asked not to be named
  said"): its verb ("asked") reports nothing.
- A news outlet reporting a check on its own work, even a failed one ("Reuters could not
  independently verify the footage"): the outlet is the claimant.
"""

from __future__ import annotations

import re

from briefbook.analyse.bodies import PERSON_HEADS
from briefbook.analyse.clauses import INVERTED_CUES
from briefbook.analyse.subjects import singular
from briefbook.model import Kind, Mention
from briefbook.vocabulary import alternation, derived, words

OUTLET_CHECKS = derived(lambda: words("attribution", "outlet_checks"))


def checks_own_work(lemma: str | None, subject: Mention | None) -> bool:
    """Whether an outlet is the subject of a verb of checking ("Reuters could not verify")."""
    return lemma in OUTLET_CHECKS() and subject is not None and subject.kind == Kind.OUTLET


_ANONYMOUS = derived(
    lambda: re.compile(
        r"(?:^|[,;:]\s*|\b(?:and|but|while|as)\s+)"
        r"(?:(?:" + alternation(words("attribution", "anonymous_source_modifiers")) + r")\s+)*"
        r"(?P<noun>" + alternation(words("attribution", "anonymous_sources")) + r")\s+"
        r"(?:" + alternation(words("attribution", "anonymous_source_links")) + r")\b"
        r"[^,;:“”\"]{0,80}?\s+(?:(?:also|has|have|had|later|then|on\s+\w+day)\s+)*$",
        re.IGNORECASE,
    )
)


_ANONYMITY = derived(
    lambda: re.compile(
        r"\b(?:" + alternation(words("attribution", "anonymity_clauses")) + r")\b", re.IGNORECASE
    )
)


def anonymity_spans(text: str) -> list[tuple[int, int]]:
    """Where the wire says why a speaker goes unnamed ("who asked not to be named"): a verb of
    speech there ("asked") is no report."""
    return [m.span() for m in _ANONYMITY().finditer(text)]


def anonymous_source(before: str) -> str | None:
    """The noun of an anonymous source just before the cue ("source", "people"), if any."""
    found = _ANONYMOUS().search(before)
    return found.group("noun").casefold() if found else None


_ANONYMOUS_CITED = derived(
    lambda: re.compile(
        r"\s*(?:(?:" + alternation(words("attribution", "anonymous_source_modifiers")) + r")\s+)*"
        r"(?P<noun>" + alternation(words("attribution", "anonymous_sources")) + r")\s+"
        r"(?:" + alternation(words("attribution", "anonymous_source_links")) + r")\b",
        re.IGNORECASE,
    )
)


def anonymous_cited(cited: str) -> str | None:
    """The noun of an anonymous source that "according to" cites ("according to people
    familiar with the matter", "according to a source close to the minister"): the source,
    not the person or matter it is close to."""
    found = _ANONYMOUS_CITED().match(cited)
    return found.group("noun").casefold() if found else None


def unnamed_nouns() -> frozenset[str]:
    """The nouns of an unnamed speaker: a group ("officials"), one of them ("an official"),
    or a person's head noun ("a spokesman")."""
    plural = words("attribution", "group_subjects")
    return frozenset(plural | {singular(w) for w in plural} | PERSON_HEADS())


def after_inverted_cue(text: str, cue: re.Match[str]) -> bool:
    """Whether ``cue`` is a verb of speech put before its speaker after a comma ("...,
    added the official")."""
    return cue.group(1) in INVERTED_CUES() and bool(re.search(r",\s*$", text[: cue.start()]))


def _unnamed_after() -> re.Pattern[str]:
    nouns = unnamed_nouns()
    return re.compile(
        r"\s+(?:(?P<det>the|an?|one|another|two|three|several|some)\s+)?"
        r"(?:[a-z][\w’'-]*\s+){0,2}?(?P<noun>" + alternation(nouns) + r")"
        r"(?=\s*(?:[,.;:!?]|$)|\s+(?:who|in|of|from|at|for|with)\b)"
    )


_UNNAMED_AFTER = derived(_unnamed_after)


def unnamed_after(text: str, cue: re.Match[str]) -> re.Match[str] | None:
    """An unnamed speaker right after a verb of speech that follows a comma ("..., added
    the official"), or a group with no determiner ("..., said analysts", "..., said health
    officials"): the match, its group ``noun`` the speaker's noun. A bare group ends the
    clause, at most with the place it is from ("..., said officials in the province."): one
    that goes on is the subject of what is said ("Ana Roe, the mayor, said residents in the
    north had fled"; "..., said that officials in the port knew")."""
    if not after_inverted_cue(text, cue):
        return None
    m = _UNNAMED_AFTER().match(text, cue.end())
    if m is None or m.group("det") is not None:
        return m
    if m.group("noun").casefold() not in _PLURAL():
        return None  # "..., said official sources": a group is plural when bare
    return m if _BARE_GROUP_END.match(text, m.end()) else None


_PLURAL = derived(lambda: words("attribution", "group_subjects"))
_BARE_GROUP_END = re.compile(
    r"(?:\s+(?:in|of|from|at|for|with)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?\s*(?:[,.;:!?]|$)"
)
"""What may follow a bare group that speaks: the end of its clause, after the place or body
it is of ("..., said analysts.", "..., said officials in the province, ...")."""
