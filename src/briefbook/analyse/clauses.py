"""The shape of a sentence around a reporting verb: what tells who speaks, and what does not.

* An aside between a subject and its verb is skipped: "The governor, a rising star in his
  party, also said", "Ana Ruiz — now the union's face — said".
* A cue in a clause about a noun ("the towns that Freedonia says its troops hold") speaks
  for that detail, not for the sentence.
* A cue that is negated reports nothing ("have not disclosed", "has yet to comment", "did
  not immediately respond"); one inside a clause about something else ("the people the
  authorities believe are missing", "what he said was $5 million") does not speak for the
  sentence.
* A refusal reports nothing either, but names the party that said nothing ("Acme declined
  to comment", "did not respond to a request for comment", "could not be reached for
  comment"): the sentence is the outlet's own voice (``refusals``, ``refusal_lemmas``,
  ``asked_for``).
* A name governed by a preposition is no subject ("recovered by the Coast Guard", "of
  eastern Valencia"), nor is the rest of a list it opens ("from Mexico, Guatemala and
  Honduras", "including Britain, the U.S. and Germany").
* A verb of speech at the end of a sentence may name its subject after it ("..., said Ana
  Ruiz, the mayor", "..., reports the Daily Courier").

* A phrase opening the sentence that ends with a document's noun ends there when a name runs
  straight into its verb of speech after it ("In a statement Acme said", "In separate
  statements Acme and Beta Industries said": the subject, not governed by "in").

The words are in ``data/vocabulary/attribution.toml`` (``negations``, ``clause_verbs``,
``prepositions``, ``tail_cues``, ``clause_openers``, ``document_nouns``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefbook.analyse.reporting import CUE_FORMS
from briefbook.model import Kind, Mention
from briefbook.read.date_forms import day_with_part
from briefbook.read.people import names_a_post
from briefbook.vocabulary import alternation, derived, words

PREPOSITIONS = derived(lambda: words("attribution", "prepositions"))
_NEGATED = derived(
    lambda: re.compile(
        r"(?:\b|(?<=n)|(?<=[a-z])(?=n't))(?:"
        + alternation(words("attribution", "negations"))
        + r")\s+"
        r"(?:(?:immediately|officially|yet|publicly|directly|been|be|to)\s+){0,2}$",
        re.IGNORECASE,
    )
)
_NEITHER_NOR = re.compile(r"\b[Nn]either\b[^,;:“”\"«»]*\bnor\b[^,;:“”\"«»]*$")
"""A subject "neither X nor Y" before its verb negates it as "not" does: "neither Acme nor
Beta Corp has commented" says that no one has."""
CLAUSE_VERBS = derived(lambda: words("attribution", "clause_verbs"))
_IN_A_CLAUSE = derived(
    lambda: re.compile(r"\s+(?:" + alternation(CLAUSE_VERBS()) + r")\b", re.IGNORECASE)
)
_ASIDE = re.compile(r"(?:,\s+[^,;:.!?“”\"]{1,160}?,|\s+[—–]\s+[^—–;.!?]{1,160}?\s+[—–])\s+$")
"""An aside set off by commas or dashes just before a verb: ", a rising star in his party, "."""
_ASIDE_BETWEEN = ("also", "further", "later", "then", "has", "have", "had", "now")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
_OPENING_DOCUMENT = derived(
    lambda: re.compile(
        r"\s*[“\"(]?(?P<preposition>[A-Za-z]+)\s+(?:[a-z][\w’'-]*\s+){0,3}?(?:"
        + alternation(words("attribution", "document_nouns"))
        + r")s?\s+"
    )
)
"""A phrase that opens the sentence and ends with what a speaker issues ("In a statement ",
"In separate statements ", "In a post on X on Monday" does not end so)."""
_RUNS_INTO_VERB = derived(
    lambda: re.compile(
        r"(?:\s+(?:and|&)\s+(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*)?\s+(?:(?:"
        + alternation(words("attribution", "subject_verb_adverbs"))
        + r")\s+)?(?P<verb>[a-z]+)\b(?!\s*,)"
    )
)
"""After a name: its verb straight away, or after the rest of a pair ("Acme and Beta
Industries said"), with no comma closing it ("a statement Acme disputed, ...")."""


def without_asides(before: str, whole: bool = False) -> str:
    """The text before a verb with the asides that end it taken out: "The governor, a
    rising star in his party, also " -> "The governor also ". With ``whole``, the text may
    be all aside (the gap between a name and its verb)."""
    while True:
        tail = ""
        rest = before
        m = re.search(r"(?:\b(?:" + "|".join(_ASIDE_BETWEEN) + r")\s+)+$", rest)
        if m:
            tail, rest = rest[m.start() :], rest[: m.start()]
        aside = _ASIDE.search(" " + rest if whole else rest)
        if aside is None or not (whole or rest[: aside.start()].strip()):
            return before
        if whole:
            rest = " " + rest
        before = rest[: aside.start()] + " " + tail


def negated(before: str) -> bool:
    """Whether the words just before a cue say it was not done ("have not disclosed",
    "neither Acme nor Beta Corp has disclosed")."""
    before = before.replace("’", "'")  # "didn’t" as "didn't"
    return bool(_NEGATED().search(before) or _NEITHER_NOR.search(before))


def in_a_clause(before: str, after: str) -> bool:
    """Whether the cue is inside a clause about something else: a verb right after it with
    no relative word before ("the people the authorities believe are missing"; "deaths,
    which the group said were caused by police" is the group's claim), or a relative word
    as its subject ("Ana Ruiz, who had admitted the charge, was sentenced")."""
    if re.search(r",\s+(?:who|which)\s+(?:(?:had|has|have|also|previously|earlier)\s+)*$", before):
        return True
    relative = re.search(r"\b(?:which|who|whom|what)\s+(?:[\w’'-]+\s+){1,3}$", before)
    return (bool(_IN_A_CLAUSE().match(after)) and relative is None) or _about_a_noun(before)


_RELATIVE_THAT = re.compile(
    r"(?<![,;:])\s(?P<head>[a-z][\w’'-]*)\s+that"
    r"\s+(?-i:it|they|he|she|we|the|an?|its|their|[A-Z][\w’'.-]*)(?:\s+(?!to\s)[\w’'.-]+){0,2}\s+$"
)
"""A relative clause's opening and its subject before the cue: "towns that Freedonia ", "a
phone that the company " (not "the company that employed the workers ", whose "that" is the
subject, nor "that the time to ", an infinitive)."""
_CLAUSE_OPENERS = derived(lambda: words("attribution", "clause_openers"))


def _about_a_noun(before: str) -> bool:
    """Whether the cue is in a clause that describes a noun of the sentence ("a device that
    Acme says uses less power", "the towns that Freedonia says its troops hold"): the
    speaker vouches for that detail only, not for the sentence, which stays the outlet's
    own (not after a verb of speech: "said that Acme says", nor after a comma: "deaths,
    which the group said were caused" is the group's; "what" is left alone: "for what he
    said was $5m" is his figure)."""
    m = _RELATIVE_THAT.search(before)
    if m is None or re.match(r"\s*It\s+(?:is|was)\b", before):
        return False  # "It was two weeks ago that the CDC reported": a cleft, the CDC speaks
    head = m.group("head")
    return head not in CUE_FORMS() and head not in _CLAUSE_OPENERS()


def _governed_alone(text: str, base: int, m: Mention) -> bool:
    """Whether a preposition governs a mention: right before it, past determiners and up to
    two lower-case words ("by the Coast Guard", "of eastern Valencia", "from countries
    including Britain"), within its phrase (no comma between). A document's noun right
    before the name closes the phrase it ends when that phrase opens the sentence and the
    name runs straight into its verb of speech ("In a statement Acme said": Acme is the
    subject; not "The ministry, in a statement Acme disputed, said", nor "Responding to a
    post Ana Roe wrote on X, ...")."""
    raw = text[: m.span_start - base].split()[-5:]
    skipped = 0
    for token in reversed(raw):
        if token[-1:] in ',;:.!?)”"':
            return False  # "In response to the situation, Ana Ruiz said"
        word = token.strip("(“\"'").casefold()
        if word in PREPOSITIONS():
            return True
        if word in _DETERMINERS:
            continue
        if skipped == 0 and _document_ends_phrase(text, base, m):
            return False
        if not token.islower() or skipped == 2:
            return False
        skipped += 1
    return False


def _document_ends_phrase(text: str, base: int, m: Mention) -> bool:
    """Whether the words before ``m`` are a phrase opening the sentence with a preposition
    and ending with a document's noun, and ``m`` runs straight into its verb of speech ("In
    a statement Acme said", "In separate statements Acme and Beta Industries said")."""
    opening = _OPENING_DOCUMENT().fullmatch(text, 0, m.span_start - base)
    if opening is None or opening.group("preposition").casefold() not in PREPOSITIONS():
        return False
    return _verb_after(text, base, m) in CUE_FORMS()


def _verb_after(text: str, base: int, m: Mention) -> str | None:
    """The verb ``m`` runs straight into, with no comma closing it, if any ("Acme said",
    "Acme and Beta Industries said": "said")."""
    verb = _RUNS_INTO_VERB().match(text, m.end - base)
    return verb.group("verb") if verb is not None else None


TAIL_CUES = derived(lambda: words("attribution", "tail_cues"))
"""The plain verbs of speech that may follow their speaker (``tail_cues``: "said", "told")."""


def _opens_a_clause(
    text: str, base: int, members: Sequence[Mention], join: str, m: Mention
) -> bool:
    """Whether ``m``, after ", and" that follows one name, is the subject of a clause of its
    own rather than the second of a list: a list of two takes no comma before its "and", so
    ", and" there joins clauses when the name runs straight into a plain verb of speech
    (``tail_cues``: "roads were shut in Saltford, and Ruiz said"; not "from Mexico and
    Honduras said", a longer list "from Mexico, Guatemala, and Honduras", nor a verb that may
    not report: "the gold went to Kenya, and Ethiopia claimed silver")."""
    if len(members) != 1 or "".join(join.split()) != ",and":
        return False
    return _verb_after(text, base, m) in TAIL_CUES()


def governed(text: str, base: int, mentions: Sequence[Mention]) -> set[str]:
    """The ids of ``mentions`` that a preposition governs: right after it, or further down
    a list it opens, one that ends with "and" or "or" ("from Mexico, Guatemala and
    Honduras", "in the U.K., Europe and India"; not "for Russia, Korean officials said")."""
    ordered = sorted(mentions, key=lambda m: m.span_start)
    lists: list[list[Mention]] = []
    joins: list[bool] = []
    for m in ordered:
        if lists:
            gap = text[lists[-1][-1].end - base : m.span_start - base]
            join = re.fullmatch(r"(?:’s|'s)?(,\s*|,?\s+and\s+|,?\s+or\s+)(?:the\s+)?", gap)
            if join and _opens_a_clause(text, base, lists[-1], join.group(1), m):
                join = None
            if join and not (joins[-1] and join.group(1).strip() == ","):
                # a list closed by "and" takes no more: "Mexico and Honduras, Butler said"
                lists[-1].append(m)
                joins[-1] = joins[-1] or "," not in join.group(1) or " and " in join.group(1)
                continue
        lists.append([m])
        joins.append(False)
    out: set[str] = set()
    for members, closed in zip(lists, joins, strict=True):
        for n, m in enumerate(members):
            if _governed_alone(text, base, m):
                out.update(x.id for x in (members[n:] if closed else [m]))
    return out


INVERTED_CUES = derived(lambda: TAIL_CUES() - {"told"})


_BEFORE_SPEAKER = derived(
    lambda: re.compile(
        r"\s*(?:the\s+|by\s+)?(?:(?:[a-z][\w’'-]*\s+){0,2}?(?:"
        + alternation(words("names", "outlet_words"))
        + r")\s+)?"
    )
)
"""Between an inverted verb and its speaker: nothing, "the", or what kind of outlet it is
("..., reported news agency Bernama", "..., said the state broadcaster KBS")."""


_TITLE_QUALIFIERS = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}(?:[a-z][\w’'-]*\s+){0,2}")
"""Words before a title that qualify it: lower-case words ("government (spokesperson)", "the
company (spokesman)", "senior police (chief)"), after the name of the place or body whose
post it is ("Saltford County police (chief)", "Acme Corp (spokesman)")."""


_APPOSED_POST = re.compile(r"\s*(?P<post>[^,;:.“”\"]{2,80}),\s+")
"""A person's post or kin set before her name between the verb and a comma: "..., said the
head of the aviation authority, Ana Ruiz", "..., said Tom's father, Jan Berg"."""


def before_speaker(gap: str, speaker: Mention) -> bool:
    """Whether the words between an inverted verb and a speaker let it be the speaker:
    nothing, "the", an outlet's kind, or, before a person's title, the words that qualify
    it ("..., said government spokesperson Ana Ruiz"), or her post in apposition before her
    name ("..., said the head of the agency, Ana Ruiz": not the agency)."""
    if _BEFORE_SPEAKER().fullmatch(gap):
        return True
    if post_apposed(gap, speaker):
        return True
    titled = speaker.kind == Kind.PERSON and speaker.span_start < speaker.start
    return (titled and _TITLE_QUALIFIERS.fullmatch(gap) is not None) or (
        speaker.kind == Kind.PERSON and _described_before(gap)
    )


_DESCRIPTOR = re.compile(
    r"\s*(?:the\s+|an?\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}(?P<words>(?:[a-z][\w’'-]*\s+){1,3})"
)
_NOT_DESCRIPTORS = derived(
    lambda: (
        PREPOSITIONS()
        | CLAUSE_VERBS()
        | words("attribution", "subordinators")
        | words("attribution", "negations")
        | {"and", "or", "but", "then", "also", "it", "he", "she", "they", "we", "i", "this"}
    )
)


def _described_before(gap: str) -> bool:
    """Whether the words between an inverted verb and a person's name describe her, in lower
    case, as news writes what someone is before the name ("..., said veteran activist
    Ana Ruiz", "..., said longtime resident Tom Berg"), after the place or body she
    belongs to ("..., said Saltford resident Tom Berg"), not a clause ("said that Ana Ruiz",
    "said on Monday Ana Ruiz")."""
    found = _DESCRIPTOR.fullmatch(gap)
    return found is not None and not any(
        w in _NOT_DESCRIPTORS() for w in found.group("words").split()
    )


def in_a_title(text: str, base: int, name: Mention, found: Sequence[Mention]) -> bool:
    """Whether ``name`` only qualifies the title of a person named right after it ("...,
    said Saltford County police chief Ana Ruiz": the county is whose chief she is; she
    speaks), or the words that describe her ("..., said Saltford resident Tom Berg",
    "..., said Ruiz supporter Tom Berg": his words, not hers)."""
    return any(
        p.kind == Kind.PERSON
        and name.end <= p.span_start <= p.start
        and _QUALIFIER_GAP.fullmatch(text, name.end - base, p.span_start - base) is not None
        and (
            (p.span_start < p.start and name.kind != Kind.PERSON)
            or _described_before(text[name.end - base : p.span_start - base])
        )
        for p in found
    )


_QUALIFIER_GAP = re.compile(r"(?:\s+[a-z][\w’'-]*){0,2}\s+")
"""Between a place's or body's name and the title it qualifies: " police ", " "."""


def post_apposed(gap: str, speaker: Mention) -> bool:
    """Whether the words between a verb and a person are her post set before her name
    ("the head of the agency, ", "Tom's father, "): she speaks, not a name in her post."""
    apposed = _APPOSED_POST.fullmatch(gap)
    return (
        speaker.kind == Kind.PERSON and apposed is not None and names_a_post(apposed.group("post"))
    )


def _speaker_end() -> re.Pattern[str]:
    parts = alternation(words("attribution", "day_parts"))
    return re.compile(
        r"(?:\s*\([^()]{1,40}\))?((?:\s+[a-z][\w’'-]*){0,4}?)"
        r"(?:\s+(?:on|in|at|during|after|before|from|via)(?:\s+(?:the|a|an))?"
        rf"(?:\s+(?P<parted>{day_with_part(parts, part=True)})|(?:\s+[A-Z][\w’'.-]*){{1,6}})"
        rf"|\s+(?P<day>{day_with_part(parts)}))?"
        r"\s*(?:[,.;:!?]|$)"
    )


_SPEAKER_END = derived(_speaker_end)
"""What may follow a speaker named after an inverted verb, up to the end of the sentence or
an aside: an abbreviation in brackets ("(WHO)"), a few lower-case words ("in a statement"),
and a phrase of time or place that a preposition opens ("on Monday", "at the Hague", "on
Monday evening"), or a day named without one ("Monday", "Jan. 9", "Monday night"), as
wire copy writes the day a source spoke ("..., reported the Courier Jan. 9")."""


def inverted(
    text: str, base: int, cue: re.Match[str], candidates: Sequence[Mention]
) -> Mention | None:
    """The speaker a sentence names after a verb of speech that follows a comma: "...,
    said Ana Ruiz, the mayor", "..., reports the Daily Courier"."""
    if cue.group(1) not in INVERTED_CUES() or not re.search(r",\s*$", text[: cue.start()]):
        return None
    after = [
        m
        for m in candidates
        if m.span_start - base >= cue.end()
        and before_speaker(text[cue.end() : m.span_start - base], m)
    ]
    after = [m for m in after if not in_a_title(text, base, m, after)]
    if not after:
        return None
    # "said Tom's father, Jan Berg": the person the post describes, not the name in it
    after = [m for m in after if post_apposed(text[cue.end() : m.span_start - base], m)] or after
    # the speaker ends the sentence or stands before an aside: "said Ana Ruiz, the mayor",
    # "reports the Courier newspaper.", "said the Harwick Relief Agency (HRA) on Monday."
    # ("said Delta was misleading" names what was said)
    rest = _SPEAKER_END().match(text, after[0].end - base)
    if rest is None or any(w in CLAUSE_VERBS() for w in rest.group(1).split()):
        return None
    if (rest.group("parted") or rest.group("day")) and _object_of(text, cue):
        # "The hospital, already full, admitted Tom Okafor Tuesday night.": a subject and
        # an aside before a verb that takes an object, not a speaker after it
        return None
    return after[0]


OBJECTLESS_CUES = derived(lambda: words("attribution", "objectless_tail_cues"))
"""The verbs of speech after a comma that take no object ("said", "added"): the name after
them is their speaker, whatever precedes the comma."""


def _object_of(text: str, cue: re.Match[str]) -> bool:
    """Whether the name after ``cue`` may be its object: a verb that takes one ("admitted",
    "announced") after a subject and an aside ("The club, in a surprise move, announced"),
    no finite verb before the sentence's first comma."""
    if cue.group(1) in OBJECTLESS_CUES():
        return False
    before = re.sub(r",\s*$", "", text[: cue.start()])
    if "," not in before:
        return False  # "Roads are open again, reported the Courier Tuesday."
    first = before.split(",", 1)[0]
    return not any(
        w in CLAUSE_VERBS() or w.endswith("ed") for w in re.findall(r"\b[a-z]+\b", first)
    )


def refused(text: str, cue: str, quotes: Sequence[tuple[int, int]]) -> bool:
    """Whether ``cue`` stands negated outside quotation marks ("did not respond", "has yet
    to comment", "declined to comment"): a refusal, which reports nothing said."""
    return any(
        not_done(text[: m.start()]) and not any(a <= m.start() < b for a, b in quotes)
        for m in re.finditer(rf"\b{re.escape(cue)}\b", text)
    )


_FOR_COMMENT = derived(
    lambda: re.compile(r"\b(?:" + alternation(words("attribution", "asked_for")) + r")\s+$", re.I)
)


_REQUEST_FOR_COMMENT = derived(
    lambda: re.compile(
        r"(?:"
        + alternation(words("attribution", "asked_for"))
        + r")\s+(?:"
        + alternation(words("attribution", "refusals"))
        + r")\b",
        re.I,
    )
)


def not_done(before: str) -> bool:
    """Whether the cue after ``before`` was not done: negated ("has not commented"), or the
    noun of a request its clause says went unanswered ("did not respond to a request for
    comment", "could not be reached for comment")."""
    if negated(before):
        return True
    if not _FOR_COMMENT().search(before):
        return False
    clause = re.split(r"[,;:“”\"]|\bbut\b", before)[-1].replace("’", "'")
    return bool(
        re.search(
            r"(?:\b|(?<=n)|(?<=[a-z])(?=n't))(?:"
            + alternation(words("attribution", "negations"))
            + r")\b",
            clause,
            re.I,
        )
    )


def request_for_comment(text: str, at: int) -> bool:
    """Whether the cue at ``at`` opens a request for comment ("did not respond to requests
    for comment"): a noun, not someone's request."""
    return bool(_REQUEST_FOR_COMMENT().match(text, at))
