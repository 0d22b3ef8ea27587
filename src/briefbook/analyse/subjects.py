"""Who is the subject of a verb of speech: the candidates a sentence names, the nearest one
before the verb that no preposition governs, an unnamed group ("officials in Freedonia",
"an official from the doctors' association") or a title ("the regional president of
eastern Freedonia"), and which verb to read first.

The words are in ``data/vocabulary/attribution.toml``; the sentence shapes they sit in are
in ``briefbook.analyse.clauses``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefbook.analyse.bodies import ALONE, Description, owned, title_of
from briefbook.analyse.clauses import PREPOSITIONS, governed, without_asides
from briefbook.model import Kind, Mention
from briefbook.read.mentions import SPEAKING_KINDS
from briefbook.vocabulary import alternation, derived, words

SPOKESPERSON = derived(
    lambda: re.compile(
        r"\b(?:" + alternation(words("attribution", "spokesperson_words")) + r")\s+"
        r"(?:from|for|of|at|representing)\s+(?:the\s+)?"
        r"(?:(?-i:[a-z][\w’'-]*|[\w’'-]+-based)\s+){0,3}$",
        re.IGNORECASE,
    )
)


IT = re.compile(
    r"(?:^|[.;,]\s+|[.;,!?]?[”\"»]\s+|\band\s+)(?:It|it|They|they)\s+(?:(?:also|further|later)\s+)?$"
)
"""A body or group carried on by a pronoun: "It said more than 30 were hurt"; "“...,” it
added" (the pronoun after a quotation's close is the tail's subject)."""


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


JOINT_ANAPHOR = derived(
    lambda: re.compile(
        r"(?:^|[.;,]\s+|\band\s+)(?:They|they|(?:The|the|Both|both)\s+(?:two\s+)?(?:"
        + alternation(
            {_plural(w) for w in words("names", "company_nouns")}
            | words("attribution", "joint_nouns")
        )
        + r"))\s+(?:(?:also|further|later|jointly|then)\s+)?$"
    )
)
"""Bodies named together, carried on as a plural: "Acme and Beta have sued. The companies
say ...", "They also claim ...", "Both firms called it ..."."""


_JOINT_KINDS = frozenset({Kind.GOVERNMENT, Kind.AGENCY, Kind.ORGANISATION})


_OPENER = re.compile(r"(?:[^,]{0,40},\s*)?(?:[A-Z][\w.’'-]*\s+)*")
"""What may stand before a sentence's subject: a short opening phrase closed by a comma
("On Monday, "), and the capitalised words of a name the reading kept apart."""


def coordinated(text: str, base: int, named: Sequence[Mention]) -> Mention | None:
    """The first of two bodies that open a sentence as its subject together ("Acme and
    Beta Corp have filed a lawsuit"): whom a later "they" or "the companies" means, the
    first named speaking for both."""
    order = sorted(named, key=lambda m: m.span_start)
    if len(order) < 2 or not _OPENER.fullmatch(text[: order[0].span_start - base]):
        return None
    first, second = order[:2]
    gap = text[first.end - base : second.span_start - base]
    joint = first.kind in _JOINT_KINDS and second.kind in _JOINT_KINDS
    return first if joint and re.fullmatch(r"\s+and\s+(?:the\s+)?", gap) else None


_SOMEONE = re.compile(
    r"^\s*(?:(?:But|However|Meanwhile|And|Later|Earlier|Separately),?\s+)?"
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?P<np>(?:[\w’'-]+\s+){0,4}?(?P<head>[A-Za-z][\w’'-]*))"
    r"(?:\s+(?:at|from|with|in|for|near|of|on)\s+(?:[\w’'.-]+\s+){0,6}?[\w’'.-]+"
    r"|\s+(?:who|whose)\s+[^,;]{0,80}?)?"
    r"\s+(?:(?:also|later|then|has|had|have|was|would)\s+)*$"
)
_CLOSING_SOMEONE = re.compile(
    r'(?:,\s*[”"’»]?|[”"»])\s+(?=(?:an?|one|another)\s+[^,;:”"»]*$)', re.IGNORECASE
)
"""Where a closing clause with an indefinite subject opens: after the last comma or
quotation mark ("...,” a passenger on the flight "; "..., one of the protesters ")."""
_NOT_HEADS = derived(
    lambda: (
        words("attribution", "speaking_things")
        | words("attribution", "document_nouns")
        | words("names", "document_words")
        | {w.casefold() for w in words("names", "outlet_nouns")}
        | words("attribution", "not_person_heads")
    )
)


def someone(before: str, verb: str) -> str | None:
    """The noun of an unnamed person an indefinite subject of a verb of speech names ("A
    farmer said", "One 30-year-old nurse from the clinic told", "Another detainee added"):
    news has people say things after "a", and of things only studies, videos and
    documents. None for those, for other verbs ("A strike showed no sign of ending"), or
    when more than the subject stands before the verb."""
    if verb.split()[0].casefold() not in words("attribution", "tail_cues"):
        return None
    m = _SOMEONE.match(before)
    if m is None:
        # "“...,” a resident told AFP", "..., one of the protesters said": one unnamed
        # person closing the sentence after its words, the whole clause after the comma or
        # the quotation
        closing = _CLOSING_SOMEONE.search(before)
        m = _SOMEONE.match(before[closing.end() :]) if closing is not None else None
    if m is None:
        return None
    head = m.group("head")
    if head.casefold() in _NOT_HEADS() or head[:1].isdigit() or head.endswith(("ed", "ing")):
        return None  # "A study released on ...": a thing, or a verb's form, not a person
    if head[:1].isupper() and not head.isupper():
        return None  # "A report issued on Monday": a name or a day, not a noun of a person
    return head if head.isupper() else head.casefold()


def _group_subjects(qualified: bool = True) -> re.Pattern[str]:
    modifier = r"(?:(?:" + alternation(words("attribution", "group_modifiers")) + r")\s+)?"
    qualifier = (
        r"(?:(?!(?:of|the|an?|and|or|in|on|at|for|from|with|by|to|as|who|which|that|th[eo]se|"
        r"this|its|their|his|her|our)\s)(?-i:[a-z][a-z-]+)\s+)"
    )
    return re.compile(
        r"^(?:(?:However|Meanwhile|But),?\s+)?(?:(?:Some|Several|Many|Multiple|Various|Other)\s+)?"
        r"(?P<noun>"
        + modifier
        + qualifier
        + (r"{0,2}?" if qualified else "{0}")
        + modifier
        + r"(?:"
        + alternation(words("attribution", "group_subjects"))
        + r"))\b",
        re.IGNORECASE,
    )


GROUP_SUBJECTS = derived(_group_subjects)
GROUP_NOUN = derived(lambda: _group_subjects(qualified=False))
"""The group's noun with a service's word at most ("health officials"), for a reader that
takes the words qualifying it apart (``according to the latest reports``)."""
"""An unnamed group opening the sentence, with the words that qualify it: a service's
("Health officials"), and up to two in lower case ("Some legal experts", "Transport ministry
officials"), not a name ("Acme workers", "Freedonian officials": of that body or state) nor
a word of another clause ("As police searched")."""


def singular(noun: str) -> str:
    """ "officials" -> "official", "authorities" -> "authority", "witnesses" -> "witness";
    "police" stays."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("sses"):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _group_nouns() -> str:
    plural = words("attribution", "group_subjects")
    return alternation(plural | {singular(w) for w in plural})


_GROUP_NOUNS = derived(_group_nouns)


GROUP_BEFORE = derived(
    lambda: re.compile(
        r"(?:^|[,;:]\s*|\b(?:and|but|while|as)\s+)"
        r"(?:the\s+)?(?:(?P<pre>(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))\s+)?"
        r"(?:(?:the|some|many|several|multiple|various|numerous|other|two|three|a|an|one|"
        r"this|that|another|local|"
        r"national|regional|state|federal)\s+)*"
        r"(?:(?:" + alternation(words("attribution", "group_modifiers")) + r")\s+)?"
        r"(?P<noun>" + _GROUP_NOUNS() + r")"
        r"(?:\s+and\s+(?:other\s+)?(?:[a-z][\w’'-]*\s+){0,2}?(?:" + _GROUP_NOUNS() + r"))?"
        r"(?:\s+(?:in|of|from|at|for|within)\s+(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,3}?(?:of\s+)?"
        r"(?P<of>(?-i:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})|[a-z][\w’'-]*))?"
        r"\s+(?:(?:also|have|has|had|later|then|now|on\s+\w+day|"
        + alternation(words("attribution", "anonymity_clauses"))
        + r")\s+)*$",
        re.IGNORECASE,
    )
)
"""An unnamed group as the subject just before the cue: "..., police said", "Officials in
Paris said", "emergency services and officials said", "police and army officials said" (the
first), "an official from the
doctors' association said", "Saltford regional authorities said" (of Saltford), "The
Saltford police said", "a source within the ministry said"."""


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The quoted parts of a sentence, those of a quotation of several sentences too: a
    closing mark with nothing open before it closes what an earlier sentence opened ("...
    move on,” she said."), and a quotation still open at the end runs to it ("“We will
    rebuild."). Guillemets are quotation marks as curly quotes are ("«We will rebuild,»
    she said."). A straight quote closes what is open, curly or straight; else it opens
    after a space or at the start, and closes after a word or a stop."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, ch in enumerate(text):
        if ch in "“«" and start is None:
            start = i
        elif ch in "”»" or (ch == '"' and start is not None):
            spans.append((0 if start is None else start, i + 1))
            start = None
        elif ch == '"':
            if i == 0 or text[i - 1].isspace() or text[i - 1] in "(—–-:":
                start = i
            else:
                spans.append((0, i + 1))
    if start is not None:
        spans.append((start, len(text)))
    return spans


def inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def word_before(text: str, pos: int) -> str:
    m = re.search(r"([\w’']+)\W*$", text[:pos])
    return m.group(1).casefold() if m else ""


def in_order(text: str, cues: list[re.Match[str]]) -> list[re.Match[str]]:
    """The cues, the one of a closing attribution first when the sentence opens with "It"
    or "They": in "It reported 66 cases, the health ministry said on Friday." the ministry
    speaks for the whole sentence."""
    if len(cues) < 2 or not IT.search(text[: cues[0].start()]):
        return cues  # "Ana Ruiz announced it, the Courier reported": Ruiz speaks
    last = closing_cue(text, cues)
    return [last, *cues[:-1]] if last is not None else cues


_CLOSING_TAIL = re.compile(
    r"(?:\s+[\w’'()-]+){0,6}?\s*"
    r"(?:[.!?]?[”\"’]?\s*$|,?\s+(?:even\s+)?(?:as|while|after|when|before)\s|,\s)"
)
"""What may follow the verb of a closing attribution: a few words ("on Friday", "in a
statement Saturday evening") up to the sentence's end, or up to a clause of its own (",
as state media reported ...", "even as he refused ...")."""


def closing_cue(text: str, cues: Sequence[re.Match[str]]) -> re.Match[str] | None:
    """The last cue when it closes the sentence as its attribution, set off by a comma with
    no other cue between ("..., the health ministry said on Friday.", "..., analysts said,
    as shares fell"): news writing's usual place for who said the sentence."""
    if not cues:
        return None
    last = cues[-1]
    opens = re.search(r",\s+[^,;:]{1,60}?\s+(?:(?:also|has|have|had)\s+)*$", text[: last.start()])
    if opens is None or (len(cues) > 1 and opens.start() < cues[-2].end()):
        return None  # "..., he said in a video shared online": "shared" closes nothing
    return last if _CLOSING_TAIL.match(text, last.end()) else None


def title_of_before(
    text: str, base: int, cue_start: int, candidates: Sequence[Mention]
) -> Description | None:
    """The title of what the mention right before the verb is of ("The regional president of
    eastern Valencia said")."""
    before = [m for m in candidates if m.end - base <= cue_start]
    if not before:
        return None
    return title_of(text, base, max(before, key=lambda m: m.end), cue_start)


def near(gap: str) -> bool:
    """Whether a subject stands near enough its verb: 14 words at most, asides left out."""
    return len(without_asides(gap, whole=True).split()) <= 14


def qualifies(text: str, cue: re.Match[str]) -> bool:
    """Whether a participle stands before its noun after a preposition, a determiner or a
    number: "with confirmed cases", "the 12 reported deaths"."""
    before = re.search(r"([\w’']+)\s+$", text[: cue.start()])
    after = re.match(r"\s+([a-z]+)\b", text[cue.end() :])
    if before is None or after is None or after.group(1) in _NOT_NOUNS:
        return False
    word = before.group(1).casefold()
    return word in PREPOSITIONS() or word in _DETERMINERS or word.isdigit()


_NOT_NOUNS = frozenset(
    {
        "that",
        "the",
        "a",
        "an",
        "on",
        "in",
        "at",
        "to",
        "by",
        "it",
        "its",
        "his",
        "her",
        "their",
        "this",
        "these",
        "those",
        "and",
        "or",
        "as",
        "with",
        "for",
        "of",
        "from",
        "what",
        "how",
        "why",
        "when",
        "whether",
    }
)


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "some", "all"})


def next_word(text: str, pos: int) -> str:
    m = re.match(r"\s+([\w’']+)", text[pos:])
    return m.group(1).casefold() if m else ""


def nearer_than(before: str, subject: Mention | None, base: int) -> re.Match[str] | None:
    """An unnamed group or a description just before the verb, nearer it than the named
    subject and after a comma or "but" ("..., Rwandan officials said"; "Ana Ruiz is ready,
    her lawyer said"; "Acme did not comment, but its lawyer said"); not an apposition right
    after the subject ("Ana Roe, the chief executive of Acme, ..., apologised": Roe)."""
    if subject is None:
        return None
    for pattern in (GROUP_BEFORE(), ALONE()):
        m = pattern.search(before)
        boundary = re.match(r"[,;:]|\s*\b(?:but|while)\b", before[m.start() :]) if m else None
        apposed = m is not None and not before[subject.end - base : m.start()].strip()
        if m is not None and m.start() >= subject.end - base and boundary and not apposed:
            return m
    return None


def next_clause(text: str, cue: re.Match[str], cues: Sequence[re.Match[str]]) -> bool:
    """Whether another cue follows in a clause of its own (after ", but", "; ", ", while")."""
    later = [c for c in cues if c.start() > cue.end()]
    return bool(later) and bool(
        re.search(r"(?:,\s*(?:but|while|whereas)\b|;)", text[cue.end() : later[0].start()])
    )


def in_an_aside(text: str, cue: re.Match[str], cues: Sequence[re.Match[str]]) -> bool:
    """Whether a participle opens an aside between commas before the main verb ("The
    statement, posted on its channel, said"; "The minister, asked about it, said"): the
    aside's verb is not the sentence's report."""
    if not cue.group(1).endswith("ed") or not re.search(r"\w,\s*$", text[: cue.start()]):
        return False
    if not _ASIDE_GOES_ON.match(text, cue.end()):
        return False  # "Ana Roe, the minister, urged unity": the main verb, with its object
    later = [c for c in cues if c.start() > cue.end()]
    return (
        bool(later)
        and not later[0].group(1).endswith("ing")
        and bool(re.fullmatch(r"[^,;]*,\s+", text[cue.end() : later[0].start()]))
    )


_ASIDE_GOES_ON = re.compile(
    r"\s+(?:on|in|by|about|at|from|to|after|before|for|with|during|through|via|over|under|"
    r"earlier|later|last|this|late|early)\b"
)
"""How a participle's aside goes on: where, when or by whom ("posted on", "asked about",
"cited by", "released late"), never an object."""


_OPENING_CLAUSE = derived(
    lambda: re.compile(
        r"^\s*(?:(?:But|And|Yet),?\s+)?(?:Even\s+)?(?:"
        + alternation(words("attribution", "subordinators"))
        + r")\b[^,;“”\"«»]*$",
        re.IGNORECASE,
    )
)
"""The words before a verb still inside the clause a subordinating word opens the sentence
with ("Although Roe had vowed ...", "While officials reported ...")."""


def in_opening_clause(text: str, cue: re.Match[str], cues: Sequence[re.Match[str]]) -> bool:
    """Whether a verb of speech sits in a subordinate clause opening the sentence, and
    another verb of speech follows in the main clause after its comma ("Although Roe had
    vowed to punish them, Lind said ...": Lind speaks)."""
    if not _OPENING_CLAUSE().match(text[: cue.start()]):
        return False
    comma = text.find(",", cue.end())
    return comma >= 0 and any(c.start() > comma for c in cues)


def members_of(
    text: str, base: int, subject: Mention, cue_start: int, candidates: Sequence[Mention]
) -> Description | None:
    """ "Acme and Beta officials said": officials of the first body named."""
    last = max(
        (m for m in candidates if subject.end <= m.start and m.end - base <= cue_start),
        key=lambda m: m.end,
        default=None,
    )
    if last is None or last is subject:
        return None
    described = owned(text, base, last, cue_start)
    if described is None or not described.person:
        return None
    return replace(described, owner=subject)


def speaker_candidates(
    text: str, base: int, mentions: Sequence[Mention], quotes: Sequence[tuple[int, int]]
) -> list[Mention]:
    """Mentions that can be a claimant: actors, outside quotations, not inside a title, and
    not inside a clause about someone else (", who leads the union,", ", director of X,")."""
    out = [
        m
        for m in mentions
        if m.kind in SPEAKING_KINDS and not m.in_role and not inside(m.start - base, quotes)
    ]
    asides: list[tuple[int, int]] = []
    for person in (m for m in out if m.kind == Kind.PERSON):
        rest = text[person.end - base :]
        if rest.startswith(", "):
            close = rest.find(",", 2)
            if close > 0:
                asides.append((person.end - base, person.end - base + close))
    keep = []
    for m in out:
        if inside(m.start - base, asides):
            continue
        spoke = SPOKESPERSON().search(text[: m.span_start - base])
        if spoke:
            m = replace(m, span_start=base + spoke.start())
        keep.append(m)
    return keep


def main_subject(text: str, base: int, candidates: Sequence[Mention]) -> Mention | None:
    """The first speaker named before the sentence's first verb-like gap, if it opens it
    (past an owner: "Freedonia's National Security Council")."""
    ordered_ = sorted(candidates, key=lambda m: m.span_start)
    first = ordered_[0] if ordered_ else None
    if (
        first is not None
        and len(ordered_) > 1
        and re.match(r"[’']s\s+$", text[first.end - base : ordered_[1].span_start - base])
    ):
        return ordered_[1]
    if first is None or text[: first.span_start - base].strip(" “\"'").casefold() not in (
        "",
        "the",
    ):
        return None
    return first


def mention_at(candidates: Sequence[Mention], base: int, start: int, end: int) -> Mention | None:
    """The mention that lies within ``text[start:end]``, if any."""
    if start < 0:
        return None
    inside = [m for m in candidates if start <= m.start - base and m.end - base <= end]
    return inside[0] if inside else None


_BELONGS = re.compile(r"\s+(?:of|with|from|at)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}")


def belonging(text: str, base: int, candidates: Sequence[Mention]) -> set[str]:
    """The ids of bodies named right after a person as where the person belongs ("Ana Ruiz
    of the Saltford Red Cross said", "Jon Berg with Acme told"): the person speaks."""
    people = [m for m in candidates if m.kind == Kind.PERSON]
    return {
        m.id
        for m in candidates
        if m.kind != Kind.PERSON
        and any(
            p.end <= m.span_start and _BELONGS.fullmatch(text[p.end - base : m.span_start - base])
            for p in people
        )
    }


def subject_of(
    text: str, base: int, cue_start: int, candidates: Sequence[Mention]
) -> Mention | None:
    """The nearest speaker before the verb that no preposition governs, within 14 words (an
    aside set off by commas or dashes not counted), extended over a coordination to its first
    member ("Acme and Beta said", "The UK government, along with Russia, denied")."""
    under = governed(text, base, candidates) | belonging(text, base, candidates)
    before = [
        m
        for m in candidates
        if m.end - base <= cue_start
        and (
            m.id not in under
            or (
                word_before(text, m.span_start - base) == "with"
                and text[m.end - base : cue_start].strip() in ("", "also")
            )
        )
        and len(without_asides(text[m.end - base : cue_start], whole=True).split()) <= 14
        and m.kind != Kind.PLACE
    ]
    if not before:
        return None
    nearest = max(before, key=lambda m: m.end)
    opened = re.search(r",\s+including\s+[^,]*(?:,[^,]*)*$", text[: nearest.span_start - base])
    if opened is not None:
        # "The United States and other allies, including Ukraine, have joined": the allies'
        # first named; "Global leaders, including NATO, ..., have condemned": NATO
        earlier = [m for m in before if m.end - base <= opened.start()]
        if earlier:
            before = earlier
    chain = [max(before, key=lambda m: m.end)]
    while True:
        head = chain[-1]
        earlier = [m for m in before if m.end <= head.span_start]
        if not earlier:
            break
        prev = max(earlier, key=lambda m: m.end)
        gap = text[prev.end - base : head.span_start - base]
        if re.fullmatch(
            r"(?:’s|'s)?(?:\s+government)?\s*(?:,|,?\s+and|,?\s+as well as|,?\s+along with)"
            r"(?:\s+the)?\s*",
            gap,
        ):
            chain.append(prev)
            continue
        break
    return chain[-1]


_AND_BEFORE = re.compile(r"\band\s+(?:(?:also|then|later|[a-z]+ly)\s+)?$")
"""A verb joined by "and" with no subject of its own: "... and said", "... and later
added"."""
_FIRST_VERB = re.compile(
    r"(?<![\w’'-])(?:(?:is|are|was|were|has|have|had|will|would)(?![\w’'-])|[a-z]+ed\b)"
)
"""A sentence's first finite verb, read from its form: an auxiliary or a past tense."""
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+$", re.IGNORECASE)
"""Before a past participle that describes a noun ("the injured man"): no verb."""
_SUBORDINATE = derived(
    lambda: re.compile(
        r"(?<![\w’'-])(?:" + alternation(words("attribution", "subordinators")) + r")\b",
        re.IGNORECASE,
    )
)


def shared_subject_gap(text: str, cue_start: int) -> tuple[int, int] | None:
    """Verbs joined by "and" share their subject: in "Ana Roe thanked Marco Lind for his
    help and said ...", Ana Roe says it, not the object of "thanked". The span from the
    sentence's first verb up to the verb of speech (``text[a:b]``), whose removal leaves
    the subject before the verb ("Ana Roe said ..."); None unless the verb of speech follows
    "and" with no subject between and the clause before it is the sentence's own: no
    subordinate clause before "and" ("The talks collapsed after Acme rejected the offer and
    said": Acme's clause), no quotation or semicolon before its first verb."""
    joined = _AND_BEFORE.search(text, 0, cue_start)
    if joined is None:
        return None
    head = text[: joined.start()]
    verb = next(
        (v for v in _FIRST_VERB.finditer(head) if not _ATTRIBUTIVE.search(head[: v.start()])),
        None,
    )
    if verb is None:
        return None
    opening = head[: verb.start()]
    if (
        not re.search(r"[A-Za-z]", opening)
        or _SUBORDINATE().search(head)
        or re.search(r"[;“”\"«»]", opening)
    ):
        return None
    return verb.start(), cue_start
