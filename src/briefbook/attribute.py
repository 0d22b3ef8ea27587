"""Who asserts each statement (the claimant) and the word that says so (the cue).

The publication is who *reported* a statement; the claimant is who *said* it. Rules, in
order, for one sentence:

1. ``according to X`` names X.
2. A quotation with an attribution tail (``“...,” Kirby stated.``) names the speaker.
3. Otherwise the first reporting verb outside quotation marks (said, warned, denied,
   estimated, told lawmakers...) takes as claimant its subject: the nearest actor before
   it that is not the object of a preposition, extended over a coordination (``NATO, along
   with the United States, Japan, and South Korea, has condemned``) to its first member.
   A pronoun subject (``He also said``) points back to the last person named.
4. With no cue, the sentence is in the outlet's own voice: no claimant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefbook.entities import SPEAKING_KINDS, Kind, Mention

_LEMMAS: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "state": ("state", "states", "stated", "stating"),
    "tell": ("tell", "tells", "told", "telling"),
    "warn": ("warn", "warns", "warned", "warning"),
    "note": ("note", "notes", "noted", "noting"),
    "add": ("add", "adds", "added", "adding"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "allege": ("allege", "alleges", "alleged", "alleging"),
    "deny": ("deny", "denies", "denied", "denying"),
    "estimate": ("estimate", "estimates", "estimated", "estimating"),
    "report": ("report", "reports", "reported", "reporting"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "describe": ("describe", "describes", "described", "describing"),
    "emphasize": ("emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasised"),
    "indicate": ("indicate", "indicates", "indicated", "indicating"),
    "urge": ("urge", "urges", "urged", "urging"),
    "call": ("called", "calls", "calling"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "dismiss": ("dismiss", "dismisses", "dismissed", "dismissing"),
    "reject": ("reject", "rejects", "rejected", "rejecting"),
    "reiterate": ("reiterate", "reiterates", "reiterated", "reiterating"),
    "echo": ("echoed", "echoes", "echoing"),
    "express": ("expressed", "expresses", "expressing"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "reveal": ("reveal", "reveals", "revealed", "revealing"),
    "disclose": ("disclose", "discloses", "disclosed", "disclosing"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "speculate": ("speculate", "speculates", "speculated", "speculating"),
    "condemn": ("condemn", "condemns", "condemned", "condemning"),
    "denounce": ("denounce", "denounces", "denounced", "denouncing"),
    "project": ("projected", "projects", "projecting"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "mention": ("mentioned", "mentioning"),
    "point out": ("pointed out", "points out", "pointing out"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "accuse": ("accused", "accuses", "accusing"),
    "threaten": ("threatened", "threatens", "threatening"),
    "assert": ("assert", "asserts", "asserted", "asserting"),
    "highlight": ("highlighted", "highlights", "highlighting"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "voice": ("voiced", "voices", "voicing"),
    "hint": ("hinted", "hints", "hinting"),
    "question": ("question", "questioned", "questions", "questioning"),
    "summon": ("summoned", "summons", "summoning"),
    "comment": ("commented", "comments", "commenting"),
    "affirm": ("affirm", "affirms", "affirmed", "affirming"),
    "criticize": ("criticized", "criticised", "criticizes", "criticizing"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "pledge": ("pledged", "pledges", "pledging"),
    "promise": ("promised", "promises", "promising"),
    "demand": ("demanded", "demands", "demanding"),
    "believe": ("believe", "believes", "believed"),
    "assess": ("assessed", "assesses", "assessing"),
    "characterize": ("characterized", "characterised", "characterizes", "characterizing"),
    "stress": ("stressed", "stresses", "stressing"),
    "share": ("shared",),
    "request": ("requested", "requests", "requesting"),
    "caution": ("cautioned", "cautions"),
    "maintain": ("maintained", "maintains"),
    "agree": ("agreed", "agrees"),
    "predicted": ("forecast", "forecasts"),
}
CUE_FORMS: dict[str, str] = {form: lemma for lemma, forms in _LEMMAS.items() for form in forms}
_CUE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, CUE_FORMS), key=len, reverse=True)) + r")\b")
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"")
_TAIL = re.compile(r"[,.!?]?[”\"]\s*(?:,\s*)?(?P<rest>.*)$")
PREPOSITIONS = frozenset(
    "in to from with for of on at by against over about into near between toward towards "
    "among amid after before despite under within across upon via than".split()
)
_PRONOUN = re.compile(r"\b(He|She|he|she)\s+(?:\w+\s+){0,2}$")
_SKIPPABLE = frozenset("also further later then has had have was is were has been would will".split())
GROUP_SUBJECTS = re.compile(
    r"^(?:(?:However|Meanwhile|But),?\s+)?(?:Some\s+|Several\s+|Many\s+|Other\s+)?"
    r"(?P<noun>(?:defen[cs]e\s+|security\s+|military\s+|western\s+)?"
    r"(?:experts|analysts|officials|observers|diplomats|sources|critics))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Attribution:
    claimant: Mention | None
    """The mention naming the claimant, or None for the outlet's own voice."""
    group: str | None
    """A claimant that is a group with no name ("analysts"), when there is no mention."""
    cue: str
    quote: bool
    via_pronoun: bool = False


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def has_quotation(text: str) -> bool:
    """A direct quotation: quotation marks around at least two words."""
    return any(len(text[a:b].split()) >= 2 for a, b in _quoted_spans(text))


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([\w’']+)\W*$", text[:pos])
    return m.group(1).casefold() if m else ""


def attribute(
    text: str, base: int, mentions: Sequence[Mention], last_person: Mention | None
) -> Attribution:
    """Attribute one sentence (``text`` at article offset ``base``) given its mentions."""
    quotes = _quoted_spans(text)
    quote = has_quotation(text)
    candidates = [
        m
        for m in mentions
        if m.kind in SPEAKING_KINDS and not m.in_role and not _inside(m.start - base, quotes)
    ]
    # 1. according to X
    for acc in _ACCORDING.finditer(text):
        if _inside(acc.start(), quotes):
            continue
        after = [m for m in candidates if acc.end() <= m.span_start - base <= acc.end() + 40]
        if after:
            return Attribution(min(after, key=lambda m: m.start), None, "according to", quote)
        group = GROUP_SUBJECTS.match(text[acc.end() :].lstrip())
        if group:
            return Attribution(None, group.group("noun").casefold(), "according to", quote)
    # 2. a quotation followed by "X said" / "said X"
    for a, b in quotes:
        tail = _TAIL.match(text, b - 1)
        if tail is None:
            continue
        rest_start = tail.start("rest")
        cue = _CUE.search(text, rest_start, min(len(text), rest_start + 60))
        if cue is None:
            continue
        speakers = [m for m in candidates if rest_start <= m.start - base < cue.end() + 40]
        if speakers:
            return Attribution(speakers[0], None, cue.group(1), quote)
        pron = re.match(r"\s*(he|she)\b", text[rest_start:], re.IGNORECASE)
        if pron and last_person is not None:
            return Attribution(last_person, None, cue.group(1), quote, via_pronoun=True)
    # 3. the subject of the first reporting verb
    for cue in _CUE.finditer(text):
        if _inside(cue.start(), quotes):
            continue
        word = cue.group(1)
        if word == "report" and _word_before(text, cue.start()) in ("a", "the", "this"):
            continue
        subject = _subject(text, base, cue.start(), candidates)
        pron = _PRONOUN.search(text[: cue.start()])
        if pron and last_person is not None and (subject is None or subject.end - base < pron.start()):
            return Attribution(last_person, None, word, quote, via_pronoun=True)
        if subject is not None:
            return Attribution(subject, None, word, quote)
        group = GROUP_SUBJECTS.match(text)
        if group and group.end() <= cue.start():
            return Attribution(None, group.group("noun").casefold(), word, quote)
    return Attribution(None, None, "", quote)


def _subject(text: str, base: int, cue_start: int, candidates: Sequence[Mention]) -> Mention | None:
    before = [
        m
        for m in candidates
        if m.end - base <= cue_start
        and _word_before(text, m.span_start - base) not in PREPOSITIONS
        and len(text[m.end - base : cue_start].split()) <= 14
        and m.kind != Kind.PLACE
    ]
    if not before:
        return None
    chain = [max(before, key=lambda m: m.end)]
    while True:
        head = chain[-1]
        earlier = [m for m in before if m.end <= head.span_start]
        if not earlier:
            break
        prev = max(earlier, key=lambda m: m.end)
        gap = text[prev.end - base : head.span_start - base]
        if re.fullmatch(r"(?:’s|'s)?\s*(?:,|,?\s+and|,?\s+as well as|,\s+along with|\s+along with|\s+and)(?:\s+the)?\s*", gap):
            chain.append(prev)
            continue
        break
    return chain[-1]
