"""Speakers described rather than named, for ``briefbook.analyse.attribute``.

An unnamed group ("officials", "a spokesperson for Acme") and the body or state it speaks
for; a speaker described by a title or a definite noun ("the ministry said", "Freedonia's
transport minister", "..., said the company") pointed back to the body, leader or company
the article named before ("the court" after "Freedonia's top court"; "the president" after
the one named; "the company" after the company named before it), or kept as a described
group when there is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from briefbook.analyse.bodies import (
    _BETWEEN,
    BODY_NOUNS,
    PERSON_HEADS,
    Description,
    alone,
    earlier_body,
    earlier_person,
)
from briefbook.analyse.claimant import Attribution, Context
from briefbook.analyse.reporting import DEFINITE, STATE_NOUNS
from briefbook.analyse.sources import after_inverted_cue, unnamed_nouns
from briefbook.analyse.speakers import DEMONYM_ENDINGS
from briefbook.analyse.subjects import GROUP_NOUN, mention_at
from briefbook.model import Kind, Mention
from briefbook.read.gazetteer import shipped_gazetteer
from briefbook.read.mentions import SPEAKING_KINDS
from briefbook.vocabulary import alternation, derived, mapping, words


def one_person(group: str | None) -> bool:
    """Whether an unnamed group is one person ("official", "spokesperson"), whom "he" or
    "she" may point back to."""
    return group is not None and group.split()[-1] in PERSON_HEADS() and not group.endswith("s")


def person_pointed(context: Context, cue: str, quote: bool) -> Attribution | None:
    """Whom "he", "she", "him" or "her" points back to: the unnamed person who spoke in the
    sentence before ("A police official said ... He also said": the official again), else
    the last person named."""
    prev = context.previous
    if prev is not None and prev.claimant is None and (prev.one or one_person(prev.group)):
        return replace(prev, cue=cue, quote=quote, via_pronoun=True)
    if context.last_person is None:
        return None
    return Attribution(context.last_person, None, cue, quote, via_pronoun=True)


def _epithet() -> re.Pattern[str]:
    endings = alternation(words("attribution", "epithet_endings"))
    return re.compile(
        r"^\s*(?:(?:But|And|However|Meanwhile),?\s+)?The\s+(?:[a-z0-9][\w-]*\s+){0,3}?"
        r"(?P<noun>[a-z0-9][\w-]*(?:" + endings + r"))\s+" + _BETWEEN() + r"(?:[a-z]+ly\s+)?$"
    )


EPITHET = derived(_epithet)
"""A definite noun for a person opening the sentence before its verb ("The singer-songwriter
", "The career infantryman "): an epithet for someone named before."""


def epithet_pointed(before: str, context: Context, cue: str, quote: bool) -> Attribution | None:
    """ "Ana Roe cancelled the show. The singer-songwriter said ...": a definite epithet
    opening the sentence points back, as "she" would, to the person last named (or the
    unnamed one who spoke just before); a noun the text uses for bodies, outlets or
    documents is no epithet ("The broadcaster said", "The letter said")."""
    m = EPITHET().match(before)
    if m is None or m.group("noun") in _NOT_EPITHETS():
        return None
    return person_pointed(context, cue, quote)


_NOT_EPITHETS = derived(
    lambda: (
        BODY_NOUNS()
        | words("attribution", "company_nouns")
        | words("names", "company_nouns")
        | words("attribution", "speaking_things")
        | words("attribution", "document_nouns")
        | {w.casefold() for w in words("names", "outlet_nouns")}
    )
)


def group_or_description(
    m: re.Match[str],
    before: str,
    word: str,
    quote: bool,
    context: Context,
    candidates: Sequence[Mention],
    base: int,
) -> Attribution:
    if "det" in m.re.groupindex:
        described = alone(before[m.start() :])
        if described is not None:
            return described_speaker(described, word, quote, context, candidates)
    return unnamed_group(m, word, quote, candidates, base)


def unnamed_group(
    m: re.Match[str], word: str, quote: bool, candidates: Sequence[Mention], base: int
) -> Attribution:
    """An unnamed group found by ``GROUP_BEFORE`` (or a description ``ALONE`` found that
    names no body), of the body or state it names."""
    names = m.re.groupindex
    of = mention_at(candidates, base, m.start("of"), m.end("of")) if "of" in names else None
    if of is None and "pre" in names and m.group("pre"):
        of = mention_at(candidates, base, m.start("pre"), m.end("pre"))
    noun = m.group("noun").casefold()
    one = not noun.endswith("s") and bool(_ONE_OF.search(m.string, 0, m.start("noun")))
    return Attribution(None, noun, word, quote, group_of=of, one=one)


_ONE_OF = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){0,2}$")
"""One of a group before its noun: "a local resident", "another rescue worker"."""

_DESCRIBED_AFTER = re.compile(
    r"\s+(?P<np>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[^,.;:!?“”\"]+?)\s*(?:[,.;:!?]|$)"
)


def described_after(text: str, cue: re.Match[str]) -> Description | None:
    """A description after a quotation's verb, closing its clause ("..., said the dockers'
    union.", "..., added the ministry, which ...")."""
    if text[cue.start() : cue.start(1)].strip():
        return None  # "..., the union said": the words before the verb say who
    m = _DESCRIBED_AFTER.match(text, cue.end())
    return alone(m.group("np") + " ") if m else None


def tail_described(described: Description, cue: str, quote: bool, context: Context) -> Attribution:
    """The speaker a description after a quotation names: the unnamed speaker before, of
    the body he spoke for, when the words name what it is ("A spokesperson for Acme said
    ... '...,' the spokesperson said"), else who the words describe ("Ana Ruiz said ...
    '...,' said the dockers' union": the union, not Ruiz)."""
    prev = context.previous
    head = described.head.casefold()
    if prev is not None and prev.group is not None and prev.group.split()[-1] == head:
        return Attribution(
            prev.claimant,
            prev.group,
            cue,
            quote,
            via_pronoun=True,
            group_of=prev.group_of,
            titled=prev.titled,
        )
    return described_speaker(described, cue, quote, context)


def described_speaker(
    described: Description,
    cue: str,
    quote: bool,
    context: Context,
    here: Sequence[Mention] = (),
) -> Attribution:
    """The speaker a description names (see ``briefbook.analyse.bodies``); ``here``, the
    sentence's own mentions, for the state a people's adjective names ("a Freedonian
    official said")."""
    if described.person and described.definite:
        if described.owner is None:
            person = earlier_person(described, context.mentions) or _earlier_leader(
                described, context.mentions
            )
            if person is not None:
                return Attribution(person, None, cue, quote, via_pronoun=True)
        return Attribution(None, described.words, cue, quote, group_of=described.owner, titled=True)
    if described.person:
        # "a Kremlin spokesperson": an unnamed member of its body; "a Freedonian official":
        # of the state its own adjective names
        written = described.words.split()
        adjective, state = None, None
        if described.owner is None:
            adjective, state = next(
                (
                    (w, m)
                    for w in written[:-1]
                    if (m := state_of_adjective(w, [*context.mentions, *here])) is not None
                ),
                (None, None),
            )
        group = unnamed_speaker(described, adjective)
        return Attribution(None, group, cue, quote, group_of=described.owner or state)
    if described.owner is None or _nationality(described):
        body = earlier_body(described, context.mentions)
        if body is not None:
            return Attribution(body, None, cue, quote, via_pronoun=True)
        head = described.head.casefold()
        known = [d for d in context.described if d.head.casefold() == head]
        if described.definite and known:
            # "Freedonia's top court annulled the vote. ... the court said": that court
            last = known[-1]
            return Attribution(None, last.words, cue, quote, via_pronoun=True, group_of=last.owner)
    if described.owner is not None and described.owner.kind == Kind.PERSON:
        # "the minister's office said": the office, known by whose it is
        return Attribution(None, f"{described.owner.text}'s {described.words}", cue, quote)
    return Attribution(None, described.words, cue, quote, group_of=described.owner)


def _nationality(described: Description) -> bool:
    """Whether the state before a company's kind says where the company is from, not whose
    it is ("the US firm said", "the Japanese carmaker added"): the company named before,
    as for "the firm said"."""
    owner = described.owner
    return (
        owner is not None
        and owner.kind in (Kind.GOVERNMENT, Kind.PLACE)
        and described.definite
        and described.head.casefold() in _COMPANY_KINDS()
    )


_COMPANY_KINDS = derived(lambda: words("attribution", "company_nouns"))


def unnamed_speaker(described: Description, adjective: str | None) -> str:
    """What an unnamed speaker is, as the text describes him: his title with the words
    before it that say which service of the body or state he speaks for ("a Freedonian
    military official" -> "military official", as "Freedonian military officials" are
    "military officials"), and before them a seat of government written for the government
    ("a Kremlin spokesperson" -> "Kremlin spokesperson": the office, which the state it is
    affiliated to would lose). The people's adjective that gives the state (``adjective``:
    "a senior Freedonian official") and any other owner's name are where he belongs, not
    what he is."""
    written = described.words.split()
    if adjective is not None:
        written.remove(adjective)
    words = " ".join(w if w[:1].isupper() else w.casefold() for w in written)
    owner = described.owner
    seat = _seat(owner.text) if owner is not None else None
    if seat is not None:
        return f"{seat} {words}"
    return words or described.head.casefold()


def _seat(name: str) -> str | None:
    """The seat of government ``name`` writes ("the Kremlin" -> "Kremlin", "Moscow"), or
    None. A capital is one: news style writes it for the government as it writes a
    building ("Moscow said", "the Kremlin said")."""
    bare = re.sub(r"^[Tt]he\s+", "", name)
    seats = _seats()
    return bare if name in seats or bare in seats else None


@cache
def _seats() -> frozenset[str]:
    """The seats of government the shipped gazetteer knows: buildings and capitals."""
    gazetteer = shipped_gazetteer()
    return frozenset(gazetteer.metonyms) | frozenset(gazetteer.capitals)


def _state_adjectives() -> dict[str, str]:
    """A people's adjective -> its state's name, from the shipped gazetteer ("Freedonian")."""
    return shipped_gazetteer().adjectives


def state_of_adjective(adjective: str, mentions: Sequence[Mention]) -> Mention | None:
    """The state a people's adjective names ("Freedonian" -> Freedonia), as the last of
    ``mentions`` that names it, or None when it names no state or none is mentioned. Never
    another state the sentence names: "Ten died when Westland shelled Freedonia, said a
    Freedonian official" is Freedonia's officials, not Westland's."""
    adjective = adjective.strip(".,;:").removesuffix("’s").removesuffix("'s")
    if not adjective[:1].isupper():
        return None
    state = _state_adjectives().get(adjective)
    for m in reversed(mentions):
        if m.kind != Kind.GOVERNMENT:
            continue
        names = {m.text, m.canonical or m.text}
        if state is not None and state in names:
            return m
        if state is None and any(  # the gazetteer's word first: "Nigerian" is not Niger's
            adjective.startswith(n.removesuffix("a").removesuffix("e"))
            and len(n) > 3
            and DEMONYM_ENDINGS.fullmatch(adjective, len(n.removesuffix("a").removesuffix("e")))
            for n in names
        ):
            return m
    return None


def _state_source_after() -> re.Pattern[str]:
    nouns = unnamed_nouns()
    return re.compile(
        r"\s+(?:an?|one|another|two|three|several|some)\s+(?P<adj>[A-Z][\w-]*)\s+"
        r"(?P<service>(?:[a-z][\w’'-]*\s+){0,2}?)(?P<noun>" + alternation(nouns) + r")"
        r"(?=\s*(?:[,.;:!?]|$)|\s+(?:who|with)\b)"
    )


_STATE_SOURCE_AFTER = derived(_state_source_after)


def state_source_after(
    text: str, cue: re.Match[str], word: str, quote: bool, mentions: Sequence[Mention]
) -> Attribution | None:
    """An unnamed source after an inverted verb of speech, named by a people's adjective
    ("..., said a Freedonian official", "..., said two Freedonian military sources"): a
    group of the state that adjective names, whatever other state the sentence names before
    it (the one acting, the one acted on), named with the service the words before its noun
    give ("military sources"). None when the adjective names no state."""
    if not after_inverted_cue(text, cue):
        return None
    m = _STATE_SOURCE_AFTER().match(text, cue.end())
    if m is None:
        return None
    state = state_of_adjective(m.group("adj"), mentions)
    if state is None and m.group("adj") not in _state_adjectives():
        return None  # "..., said a Reuters reporter": no people's adjective
    # "..., said a Freedonian military official": the service stays in what he is
    group = " ".join([*m.group("service").split(), m.group("noun").casefold()])
    return Attribution(None, group, word, quote, group_of=state)


LEADER_TITLES = derived(lambda: mapping("attribution", "leader_titles"))
_DEMONYMS = re.compile(r"(?:[A-Z][a-z]+(?:an|ese|ish|i|ch))?")
"""What may stand before a leader's generic title: nothing, or one word for a people
("the Freedonian leader", "the Japanese leader")."""


def _earlier_leader(described: Description, mentions: Sequence[Mention]) -> Mention | None:
    """ "President Ana Roe ordered ... '...,' the Freedonian leader said": a generic title
    points back to the last person the article named by one of the offices it stands for."""
    offices = LEADER_TITLES().get(described.head.casefold())
    if not offices or not _DEMONYMS.fullmatch(described.words[: -len(described.head)].strip()):
        return None  # "the party leader", "the opposition leader": someone else
    for earlier in reversed(mentions):
        if earlier.kind == Kind.PERSON and earlier.role:
            held = {w.rstrip(".,’'s") for w in earlier.role.casefold().split()}
            if held & set(offices):
                return earlier
    return None


COMPANY_NOUNS = derived(lambda: words("names", "company_nouns"))


def company_named_before(before: str, base: int, candidates: Sequence[Mention]) -> Mention | None:
    """ "A fire led egg producer Acme to close a plant, the company said": the one
    organisation the sentence names, and calls a company, before "the company"."""
    the = DEFINITE.search(before)
    if the is None or the.group("head") not in COMPANY_NOUNS():
        return None
    named = [m for m in candidates if m.kind == Kind.ORGANISATION and m.end - base <= the.start()]
    if not named:
        return None
    tail = before[: the.start()].rstrip().endswith(",")
    if tail and _SUBJECT_FIRST.fullmatch(before[: named[0].span_start - base]):
        # the sentence's subject, opening it, and "the company" after a comma, the clause
        # that says who told it: "Acme Ltd has called off its share sale, the company
        # said"; in "Acme sued Beta Corp, the company said" too, Acme is the one the
        # sentence is about ("..., but a lawyer for the company said" is the lawyer's)
        return named[0]
    if len(named) != 1:
        return None
    # only one the sentence itself calls a company ("producer Acme"): in "Last week Acme
    # sued Beta Corp, the company said" either may be meant
    said = before[: named[0].span_start - base].split()[-1:]
    return named[0] if said and said[0] in COMPANY_NOUNS() else None


def body_named_before(before: str, base: int, mentions: Sequence[Mention]) -> Mention | None:
    """ "Experts of the Freedonia Safety Board examined the wreck, the board said": the body
    the sentence itself named before "the board", by a name ending with that noun or with a
    word for the same kind of body (the last such); a body named before this sentence is
    left to the rules for the article's earlier names."""
    the = DEFINITE.search(before)
    if the is None:
        return None
    head = the.group("head")
    if head not in BODY_NOUNS() or head in PERSON_HEADS():
        return None
    kin = {head, *BODY_KIN().get(head, ())}
    for m in sorted(mentions, key=lambda m: m.start, reverse=True):
        if m.kind not in (Kind.AGENCY, Kind.ORGANISATION) or m.end - base > the.start():
            continue
        words = [w.casefold().rstrip("’'s") for w in m.text.split()]
        named_as = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        if named_as in kin:
            return m
    return None


_SUBJECT_FIRST = re.compile(r"\s*(?:[Tt]he\s+)?")
"""What may stand before a name that opens its sentence as its subject."""


_OF_PLACE = re.compile(r"\s+(?:in|of|from|at|for)\s+(?:the\s+)?(?:[a-z]+\s+)?")
"""Between an unnamed group and the body or place it belongs to: "officials in the"."""


def group_cited(
    text: str, base: int, start: int, end: int, named: Sequence[Mention]
) -> Attribution | None:
    """ "according to reports from Freedonia", "according to Westland firefighters": the
    phrase cites an unnamed group, and the place or body it names is whose group it is, not
    the claimant."""
    at = start + len(re.match(r"\s*(?:the\s+)?", text[start:end]).group(0))  # type: ignore[union-attr]
    group = GROUP_NOUN().match(text[at:end])
    if group is not None:
        of = next(
            (m for m in named if _OF_PLACE.fullmatch(text[at + group.end() : m.span_start - base])),
            None,
        )
        return Attribution(None, group.group("noun").casefold(), "according to", False, group_of=of)
    first = min(named, key=lambda m: m.start, default=None)
    if first is None or first.span_start - base != at:
        return None
    group = GROUP_NOUN().match(text[first.end - base : end].lstrip())
    if group is None or not text[first.end - base : end].startswith(" "):
        return None
    # a name straight before a group's noun qualifies it ("Westland firefighters"), even one
    # read as a person's for lack of anything else in the sentence; only a place or body is
    # whose group it is
    of = None if first.kind == Kind.PERSON else first
    return Attribution(None, group.group("noun").casefold(), "according to", False, group_of=of)


BODY_KIN = derived(lambda: mapping("attribution", "body_kin"))


def earlier_named(head: str, context: Context) -> Mention | None:
    """ "The council said": the last earlier actor whose name ends with that noun, or with a
    word for the same kind of body ("Wessex Police ... the force said"); "the country said",
    "the East African nation confirmed": the last state."""
    kin = {head, *BODY_KIN().get(head, ())}
    for earlier in reversed(context.mentions):
        if earlier.kind not in SPEAKING_KINDS:
            continue
        if head in STATE_NOUNS():
            if earlier.kind == Kind.GOVERNMENT:
                return earlier
            continue
        words = [w.casefold().rstrip("’'s") for w in earlier.text.split()]
        # a name's head is its last word, or the one before "of" ("Union of States")
        named_as = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        if (
            words[-1] == head
            or named_as in kin
            or (earlier.kind in (Kind.AGENCY, Kind.ORGANISATION) and head in words)
        ):
            return earlier
    return None


_CITED_PRONOUN = re.compile(
    r"\s*(?:(?P<person>him|her)\s*(?=[,;.]|$)|(?P<body>it|them|its|their)\b)", re.IGNORECASE
)
_BODIES = (Kind.AGENCY, Kind.ORGANISATION, Kind.GOVERNMENT, Kind.OUTLET)


def pronoun_cited(after: str, context: Context, quote: bool) -> Attribution | None:
    """ "according to her", "according to its estimates": the pronoun cites whom the story
    named last. "Him" or "her" alone is the last person named; "it", "them", "its" or
    "their" a body, only when the last name before the sentence (places aside) is a body's:
    a pronoun after a person's name is no body's."""
    m = _CITED_PRONOUN.match(after)
    if m is None:
        return None
    if m.group("person"):
        return person_pointed(context, "according to", quote)
    last = next((n for n in reversed(context.mentions) if n.kind != Kind.PLACE), None)
    if last is None or last.kind not in _BODIES:
        return None
    return Attribution(last, None, "according to", quote, via_pronoun=True)
