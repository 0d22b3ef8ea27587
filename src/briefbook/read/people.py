"""What shows a capitalised name to be a person's, and the title it bears.

A person is shown by a title or honorific before the name ("Defence Minister Ana Ruiz",
"Ms Ruiz"), a role set beside it ("Ana Ruiz, spokesperson for ...", "the chief executive of
Acme, Ana Ruiz,"), an age (", 37,"), "who", "according to", or a verb of speech before or
after it. What a title is "of" is a body or a place, not a person ("the head of Acme", "the
mayor of Berrow"). The words are in ``data/vocabulary/names.toml``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container, Sequence

from briefbook.model import Kind
from briefbook.read.gazetteer import Gazetteer
from briefbook.read.name_words import BODY_DESCRIPTIONS
from briefbook.read.names import Token, tokenize
from briefbook.vocabulary import derived, mapping, words

TITLE_WORDS = derived(lambda: words("names", "titles"))
HONORIFICS = derived(lambda: words("names", "honorifics"))
STOP_CAPITALS = derived(lambda: words("names", "stop_capitals"))
PERSONAL_TITLES = derived(lambda: words("names", "personal_titles"))
BODY_TITLES = derived(lambda: words("names", "body_titles"))
TITLE_DOMAINS = derived(lambda: words("names", "title_domains"))
PAST_POSTS = derived(lambda: words("names", "past_posts"))
TITLE_AFFIXES = derived(lambda: words("names", "title_affixes"))


def singular(word: str) -> str:
    """A lower-case English plural noun's singular, as news English forms it ("bodyguards",
    "authorities", "witnesses", "bosses", "spokesmen"): "" when the word does not end as a
    plural does. English only."""
    if word.endswith("men") and len(word) > 3:
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2:
        return word[:-1]
    return ""


def _person_nouns() -> frozenset[str]:
    """Nouns for a person: kin, what one does or is ("businessman"), and the singular of
    each one-word group noun ("student", "survivor", "resident") that is no body's word
    ("authority", "police")."""
    singular_ = {singular(w) for w in words("names", "group_nouns") if " " not in w} - {""}
    bodies = words("names", "organisation_heads")
    kin = words("names", "kin_nouns") | words("names", "person_nouns")
    return frozenset(kin | {w for w in singular_ if w not in bodies})


PERSON_NOUNS = derived(_person_nouns)


OFFICE_INITIALS = derived(
    lambda: {str(k): str(v) for k, v in mapping("names", "office_initials").items()}
)
"""Initials of an office, as written ("PM"), -> its title ("prime minister")."""


ABBREVIATED_TITLES = derived(
    lambda: frozenset(w.casefold() for w in words("names", "abbreviated_titles"))
)


def is_title(token: Token) -> bool:
    return is_title_word(token.bare)


def is_title_word(word: str) -> bool:
    """Whether a word, as written and without a possessive, is a title's."""
    return (
        _title_word(word.casefold().rstrip("."))
        or word in OFFICE_INITIALS()  # "the PM", "Freedonia PM Ana Ruiz"
        or word.casefold() in HONORIFICS()
        # "Col. Ana Ruiz": a rank's abbreviation with its full stop ("Sen" alone may be a surname)
        or (word.endswith(".") and word[:-1].casefold() in ABBREVIATED_TITLES())
    )


def _title_word(word: str) -> bool:
    """A title's word, or one joined by a hyphen to a word that leaves it a title
    ("president-elect", "ex-minister")."""
    if word in TITLE_WORDS():
        return True
    first, _, rest = word.partition("-")
    head, _, last = word.rpartition("-")
    return (first in TITLE_AFFIXES() and rest in TITLE_WORDS()) or (
        last in TITLE_AFFIXES() and head in TITLE_WORDS()
    )


def affiliation(tokens: Sequence[Token], gaz: Gazetteer) -> str | None:
    for n in range(min(3, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            surface = " ".join(t.bare for t in tokens[i : i + n])
            if surface in gaz.adjectives:
                return gaz.adjectives[surface]
            entry = gaz.lookup(surface)
            if entry is not None and entry.country:
                return entry.country
    return None


def gap(tokens: Sequence[Token], a: int, b: int) -> str:
    """Characters between two tokens, as far as the tokens tell (spaces only)."""
    return (
        " "
        if tokens[b].start - tokens[a].end == 1
        else ("" if tokens[b].start == tokens[a].end else "  ")
    )


_AGE = re.compile(r"^(?:’s|'s)?(?:,\s*(?:aged\s+)?\d{1,3}\s*[,.;—–]|\s*\(\d{1,3}\)|,\s*who\b)")
"""After a name, what only a person has: an age (", 37,", "(37)", and in a list of names
"Ana Ruiz, 6; Ben Okafor, 7" or "..., and Ana Ruiz, 39 — all crew members") or ", who"."""


def shows_person(tokens: Sequence[Token], text: str, base: int, at: int, end: int) -> bool:
    """Whether the words around the name at token ``at`` (its run ending at ``end``) show
    that it is a person's: a verb of speech after it or just before it ("said Ruiz"), an age
    or "who" after it, an honorific, or "according to" before it."""
    before = tokens[at - 1].text.casefold() if at > 0 else ""
    if speaks_after(tokens, end) or (end - at >= 2 and _speaks_after_body(tokens, end)):
        return True
    if (
        before in INVERTING()
        and before not in _TOLD
        and not _goes_on(tokens, end)
        and not _QUOTE_OPENS.search(text[tokens[at - 1].end - base : tokens[at].start - base])
    ):
        # "said Ruiz", "said Ruiz on Monday"; not "say Marburg fever has killed", nor 'said,
        # "Sadly, ...': a quotation's first word is no speaker
        return True
    if at > 1 and tokens[at - 2].text.casefold() == "according":
        return True
    if any(t.bare.casefold().rstrip(".") in HONORIFICS() for t in tokens[max(0, at - 2) : at]):
        return True
    after = text[tokens[end - 1].end - base :] if end > 0 else ""
    apposed = _APPOSED_SPEAKER.match(after)
    age = _AGE.match(after)
    if age and age.group(0).lstrip().startswith("("):
        start = tokens[at].start - base
        nearby = (
            text[max(0, start - 40) : start] + after[len(age.group(0)) : len(age.group(0)) + 40]
        )
        if end - at < 2 or re.search(r"\(\d{1,3}\)", nearby):
            # "Kajiado (3)", "Nakuru (3), Uasin Gishu (4)" count; "Ana Ruiz (37)" is an age
            age = None
    return bool(age) or bool(apposed and apposed.group(1) in SPEAKING())


_QUOTE_OPENS = re.compile(r"[\"“‘:]")
"""Between a verb of speech and a word, what opens a quotation: the word is what was said."""


def _goes_on(tokens: Sequence[Token], end: int) -> bool:
    """Whether a name runs on into lower-case words of the same phrase ("Marburg fever"):
    it then qualifies them and speaks of nothing."""
    if end >= len(tokens) or gap(tokens, end - 1, end) != " ":
        return False
    following = tokens[end]
    return following.text.islower() and following.text not in _AFTER_A_SPEAKER


_AFTER_A_SPEAKER = frozenset(
    {"on", "in", "at", "late", "earlier", "later", "yesterday", "today", "last", "this", "and"}
)
"""Words that may follow a speaker named after the verb: "said Ruiz on Monday"."""
_TOLD = ("told", "tells", "tell", "telling")
"""Who is told may be an outlet ("told CNN-News18"): no sign of a person."""
_APPOSED_SPEAKER = re.compile(r"^,\s+[^,;“”\"]{2,100},\s+(?:also\s+|later\s+|then\s+)?(\w+)")
"""A name, a clause between commas, then a verb of speech: "Ana Ruiz, a loyal customer, said"."""


_BODY_KIND_NOUNS = derived(lambda: words("names", "company_nouns"))


def _speaks_after_body(tokens: Sequence[Token], end: int) -> bool:
    """Whether a full name is followed by the body it belongs to, then a verb of speech:
    "Ana Ruiz of the Saltford Red Cross said", "Ana Ruiz with the Berrow Fire Service told",
    "Ana Ruiz of risk advisory company Acme told"."""
    if end >= len(tokens) or tokens[end].text not in ("of", "with", "from", "at"):
        return False
    j = end + 1
    if j < len(tokens) and tokens[j].text == "the":
        j += 1
    # what kind of body it is may stand before its name: "of risk advisory company Acme"
    described = j
    while described < len(tokens) and described - j < 3 and tokens[described].text.islower():
        described += 1
    if described > j and tokens[described - 1].text in _BODY_KIND_NOUNS():
        j = described
    named = 0
    while (
        j < len(tokens)
        and named < 8
        and (tokens[j].capitalised or tokens[j].text in ("of", "for", "and"))
    ):
        named += tokens[j].capitalised
        j += 1
    return named > 0 and tokens[j - 1].capitalised and speaks_after(tokens, j)


def of_title(tokens: Sequence[Token], at: int) -> Kind | None:
    """What the name at token ``at`` is when it follows "<title> of": the body a title is of
    ("the chief executive of Network Rail", "head of Union Local 7") or the place ("the
    regional leader of Saltford", "the mayor of Berrow"). A person is "of" only the titles
    that serve someone ("the lawyer of ...")."""
    if at < 2 or tokens[at - 1].text not in ("of", "for") or not is_title(tokens[at - 2]):
        return None
    title = tokens[at - 2].bare.casefold()
    if title in PERSONAL_TITLES():
        return None
    if tokens[at - 1].text == "for" or title in BODY_TITLES():
        return Kind.ORGANISATION  # "a spokesman for Acme", "the head of Acme"
    return Kind.PLACE


SPEAKING = derived(
    lambda: frozenset(
        form for forms in mapping("attribution", "reporting_verbs").values() for form in forms
    )
)


_CLOSED_QUOTATION = re.compile(r"\S[”\"’'],?\s+$")
"""A quotation closed right before: a mark that closes it after its last word, perhaps a comma
set outside it, then a space ('“We will rebuild,” ', '“We will rebuild”, '), not a mark that
opens a quotation ('said “')."""
_NEXT_WORD = re.compile(r" (\w+)")


def speaks_after_quotation(text: str, start: int, end: int) -> bool:
    """Whether the word from ``start`` to ``end`` stands where a quotation's speaker does:
    right after the quotation closes and right before a reporting verb ('“We will rebuild,”
    May said', '“The roads are cut,” June told reporters'). A month's name there is a
    surname, no date: a date says nothing."""
    following = _NEXT_WORD.match(text, end)
    return (
        _CLOSED_QUOTATION.search(text[max(0, start - 5) : start]) is not None
        and following is not None
        and following.group(1).casefold() in SPEAKING()
    )


INVERTING = derived(
    lambda: words("attribution", "tail_cues") | words("attribution", "acts_on_people")
)
"""The verbs of speech that name their speaker after them ("said Ruiz", "added Ruiz"), and
those that act on a person named there ("police questioned Ruiz"); the others may take any
object there ("thanked Berrow Rowing", "urged Acme to")."""


def speaks_after(tokens: Sequence[Token], end: int) -> bool:
    """Whether a reporting verb follows token ``end`` ("said", "also told", "has warned",
    "and other agencies stressed")."""
    if 0 < end <= len(tokens) and tokens[end - 1].possessive:
        return False  # "Acme's disputed merger", "Roe's claims": a noun after its owner
    following = [t.text.casefold() for t in tokens[end : end + 5]]
    if following[:2] == ["and", "other"] and len(following) >= 4:
        following = following[3:]  # "the FBI and other agencies said"
    while following and following[0] in ("also", "has", "have", "had", "later", "then"):
        following.pop(0)
    if not following or following[0] not in SPEAKING():
        return False
    if len(following) > 1 and following[0].endswith("s") and following[1] in _NOUN_NEXT():
        return False  # "Unconfirmed reports from ... said", "Media reports say": a noun
    if 0 < end < len(tokens) and gap(tokens, end - 1, end) == "  " and following[0] not in _TOLD:
        # after a comma: "Ana Ruiz, a medic, said" and "Voz, told AFP" speak; "... in Berrow,
        # said Ruiz" and "..., said the mayor" name their speaker after the verb
        at = end + len(tokens[end : end + 5]) - len(following)
        after = tokens[at + 1] if at + 1 < len(tokens) else None
        return after is None or not (after.capitalised or after.text in ("the", "a", "an"))
    return True


_NOUN_NEXT = derived(lambda: SPEAKING() | {"from", "by"})
"""Words after a verb of speech in "-s" that make it a plural noun: "reports *from* state
media", "claims *by* the army", "reports *said*"."""


def role_before(tokens: Sequence[Token], name_index: int, gaz: Gazetteer) -> list[Token]:
    """Title words right before a name, lower-case ones included ("national security spokesman").
    None after "of" or "for": "the lawyer for Acme" is not Acme's title."""
    if name_index > 0 and tokens[name_index - 1].text in ("of", "for"):
        return []
    k = name_index
    while k > 0:
        prev = tokens[k - 1]
        if gap(tokens, k - 1, k) != " " and not (
            prev.text.endswith(".") or tokens[k].start - prev.end <= 1
        ):
            break
        if (
            is_title(prev)
            or affiliation([prev], gaz)
            or (prev.capitalised and prev.text not in STOP_CAPITALS())
            or (prev.text in ("of", "for") and k - 2 >= 0 and is_title(tokens[k - 2]))
        ):
            k -= 1
            continue
        break
    role = list(tokens[k:name_index])
    of_one_word = (
        len(role) >= 3
        and role[-2].text in ("of", "for")
        and role[-3].capitalised
        and is_title(role[-3])
        and role[-3].bare.casefold() not in TITLE_DOMAINS()  # not "the top of Acme's ..."
    )
    while (
        role
        and not of_one_word  # "Chief of Detectives": what the title is of ends it
        and not (is_title(role[-1]) or role[-1].bare.casefold() in HONORIFICS())
    ):
        role.pop()
    if all(t.bare.casefold() in TITLE_DOMAINS() for t in role):
        return []  # what a title is of, without the title: "National" of "National Assembly"
    return role


_APPOSITIVE = re.compile(
    r"^,\s+(?:(?:a|an|the)\s+)?(?P<role>(?:[^,.;“”\"]|\.(?=\w)|(?<=[A-Z]\.[A-Z])\.){3,90}?)"
    r"(?=,|(?<![A-Z]\.[A-Z])\.(?!\w)|;| said| told| warned|$)"
)
"""A role set after a name between commas, up to a comma or the sentence's end: a full stop
inside or after an abbreviation's letters ("the former U.S. President") is part of it; one
after a single capital ("head of Division B.") ends the sentence."""


_NOT_A_ROLE = derived(lambda: words("names", "clause_openers"))
"""Words that open a clause after a name, not a role."""
_FINITE_VERBS = derived(lambda: words("furniture", "finite_verbs"))
"""Finite verbs ("will", "has"): in lower case after a name, its predicate, never a role."""


def _opens_clause(word: str) -> bool:
    """Whether the first word after a name's comma opens a clause, not a role: a relative
    pronoun or a conjunction in any case, or a finite verb in lower case only ("Frank Roe,
    chair of the board, will become ..." but not "Ana Ruiz, Will Okafor's lawyer,")."""
    return word.casefold() in _NOT_A_ROLE() or word in _FINITE_VERBS()


def appositive(text: str, end: int) -> str | None:
    m = _APPOSITIVE.match(text[end:])
    if not m:
        return None
    role = m.group("role").strip()
    words = role.split()
    if words and not _opens_clause(words[0]) and _person_head(role):
        # "Ana Ruiz, a student from Berrow, said": a person's noun, without what a relative
        # clause adds ("a worker who was sentenced to ...")
        return re.split(r"\s+(?:who|which|that)\s+", role)[0]
    if not words or not any(_names_a_post(w) for w in words):
        return None  # "Acme, during a press conference": a title's domain alone is no role
    if _opens_clause(words[0]):
        return None
    if _titled_name(role):
        return None  # "Ana Ruiz, deputy mayor Tom Okafor and ...": the next name of a list
    # what the apposition says the name is: its words before a relative clause ("the body
    # that oversees ..."), after a named one's possessive ("Minister Ana Ruiz's home town")
    head = re.split(r"\s+(?:who|which|that)\s+", role)[0]
    owner, *owned = _NAMED_POSSESSIVE.split(head)
    if owned and not _LINKS.search(owner):  # not "lawyer of Ana Ruiz's family"
        if not any(_a_title_proper(w) for w in owned[-1].split()):
            return None
    elif not any(_names_a_post(w) for w in head.split()):
        return None
    return role


_HEAD_ENDS = re.compile(r"[\s,]+(?:of|for|at|to|with|in|on|from|among|who|which|that|where)\s+")
"""Words after the head noun of a phrase: "a student *from* Berrow"."""


_AFTER_HEAD = re.compile(
    r"[\s,]+(?:of|for|at|to|with|without|in|on|from|among|by|under|against|between|across"
    r"|after|before|like|than|into|over|through|near|since|during|as|and|or|but|who|which"
    r"|that|where|whose|when|while)\s+"
)
"""Words after the head noun of a phrase set beside a name: "a candidate *backed by* ...",
"an ultranationalist *without* a party"."""


def body_described(role: str) -> bool:
    """Whether a phrase set beside a name says it is a body's: its head noun, in lower case,
    is a kind of company or of another body ("Acme, a property company buried under debt,",
    "the ruling party, Berrow First,", "Ruiz's party Saltford Forward"). The head is the last
    word before a preposition, a relative clause or a participle ("a company *buried* under
    debt"); "a company spokeswoman" is a person's."""
    head = [w.strip(".,;:") for w in _AFTER_HEAD.split(role)[0].split()]
    participle = next(
        (
            k
            for k, w in enumerate(head)
            if k > 0
            and head[k - 1] in BODY_DESCRIPTIONS()
            and w.islower()
            and w.endswith(("ed", "ing"))
        ),
        len(head),
    )
    head = head[:participle]
    return bool(head) and head[-1].islower() and head[-1] in BODY_DESCRIPTIONS()


def apposed_body(text: str, end: int) -> bool:
    """Whether the phrase set after a name between commas says it is a body's ("Acme, a
    property company buried under debt,", see :func:`body_described`); not an attribution
    set between commas ("Ana Ruiz, the company said, was dismissed")."""
    m = _APPOSITIVE.match(text[end:])
    if m is None or text[end + m.end() :].startswith(" "):
        return False
    role = m.group("role").strip()
    return not _opens_clause(role.split()[0]) and body_described(role)


def _person_head(role: str) -> bool:
    """Whether a phrase set beside a name says it is a person's: its head noun (its last
    word before a preposition or a relative clause) is a person's ("a student from
    Berrow", "the victim's brother", "his wife")."""
    head = _HEAD_ENDS.split(role)[0].split()
    if bool(head) and head[-1].casefold().strip(".,;:") in PERSON_NOUNS():
        return True
    # or before a participle that says what the person was doing: "a teacher sitting on a
    # bench", "a nurse working at the clinic"
    words = role.split()
    return any(
        w.endswith("ing") and w.isalpha() and w.islower() and before.casefold() in PERSON_NOUNS()
        for before, w in itertools.pairwise(words)
    )


_LINK_WORDS = re.compile(r"\s+(?:of|for|at|to|with|in|on)\s+")


def _titled_name(role: str) -> bool:
    """Whether what follows a name between commas opens with another person, titled: "Ana
    Ruiz, deputy mayor Tom Okafor and ...", "..., defence lawyer Jane Roe said". A title
    with a name of two capitalised words after it (none of them a title: "chief medical
    officer" is one post) names that person, the next of a list or a new subject, never the
    post of the name before the comma; a post's object after "of" or "for" may be titled
    ("spokesman for Minister Ana Ruiz")."""
    head = _LINK_WORDS.split(role)[0].split()
    for k in range(len(head) - 2):
        if head[k].casefold().strip(".") not in TITLE_WORDS():
            continue
        run = list(itertools.takewhile(lambda w: w[:1].isupper(), head[k + 1 :]))
        owned = bool(run) and run[-1].endswith(("'s", "’s"))  # "... Ana Ruiz's deputy"
        titled = any(w.casefold().strip(".") in TITLE_WORDS() for w in run)
        if len(run) >= 2 and not owned and not titled:
            return True
    return False


def _names_a_post(word: str) -> bool:
    """Whether an apposition's word shows it names a post: a title proper ("minister") or a
    word saying the post was held ("a former nurse"); a title's domain alone ("state",
    "press", "first") modifies other nouns as well ("state media", "a press conference",
    "the first round") and shows nothing."""
    return _a_title_proper(word) or word.casefold() in PAST_POSTS()


def _a_title_proper(word: str) -> bool:
    """A title word that is a title alone, not only what a title is of ('state', 'home')."""
    bare = word.casefold().strip(".")
    return bare in TITLE_WORDS() and bare not in TITLE_DOMAINS()


_NAMED_POSSESSIVE = re.compile(r"\b[A-Z][\w-]*['’]s\s+")
"""A capitalised name's possessive: what follows it is that one's, not the apposition's own
title ("Prime Minister Ana Ruiz's home state" is a state)."""
_LINKS = re.compile(r"\b(?:of|for|to|at|with)\b")
"""Words that make a possessive after them the object of a title ("the lawyer of ...")."""


_BEFORE = re.compile(
    r"(?:^|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+|,\s+)"
    r"(?P<role>[^,.;:“”\"]{2,80}?),\s*$"
)


_ROLE_OPENS = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|that)\s+")
"""Words after which a role set before a name begins."""
_GOVERNED = re.compile(
    r"\b(?:of|for|at|to|from|with|by|on|in|under|over|into|near|after|before|during|against"
    r"|among|between|through|without|across|behind|beside|about|outside|inside)\s+$"
)
"""A preposition right before an article: the article opens its object, inside the role."""
_IN_A_PLACE = re.compile(r"\b(?:in|at|near|from)\s+[A-Z][\w’'.-]*$")
"""A phrase ending in a place ("... in Berrow"): a name after its comma goes on with the
place ("Berrow, Saltmarsh"), it is not the person the phrase describes."""


_OF_A_PLACE = re.compile(r"\bof\s+(?P<place>[A-Z][\w’'.-]*)$")
"""A post of one capitalised word ("the mayor of Berrow"): a lone name set after its comma
("the mayor of Berrow, Saltmarsh, said") goes on with that place; it is not the holder."""
_LONE_NAME_SET_OFF = re.compile(r"[A-Z][\w’'.-]*(?=\s*(?:[,;:)]|\.(?:\s|$)|$))")
"""One capitalised word closed by a comma or the sentence's end: a lone name."""


_AFTER_VERB = re.compile(r"\b(?P<verb>[a-z]+)\s+(?P<role>[^,.;:“”\"]{2,80}?),\s*$")
"""A role set between a verb of speech and the name: '"...," said Tom's father, Jan Berg'."""


def appositive_before(text: str, start: int, known: Container[str] = ()) -> str | None:
    """A role set before the name between commas: "the chief executive of Acme, Ana Ruiz",
    or after a verb of speech: '"...," said Tom's father, Jan Berg'. ``known``: names the
    gazetteer knows (states, bodies): a post of one of them is held by a lone name after its
    comma ("the president of Freedonia, Ruiz,"), a post of another word is not."""
    m = _BEFORE.search(text[:start])
    after_verb = _AFTER_VERB.search(text[:start])
    if after_verb is not None and after_verb.group("verb") in SPEAKING():
        m = after_verb if m is None or m.start("role") < after_verb.start("role") else m
    if not m:
        return None
    # the role opens after an article, a possessive pronoun or "that" ("reported that
    # Saltford's envoy to Berrow, Ana Ruiz,"), not one a preposition governs: that is inside
    # the role ("a lawyer for the tech company, Ana Ruiz", "the head of the agency, ...")
    role = m.group("role")
    opens = [o for o in _ROLE_OPENS.finditer(role) if not _GOVERNED.search(role[: o.start()])]
    role = role[opens[-1].end() :] if opens else role
    first, joined, second = role.partition(" and ")
    if joined and not any(is_title(t) for t in tokenize(first)):
        role = second  # "51 men and the victim's husband, Ana Ruiz": the part after "and"
    if _IN_A_PLACE.search(role):
        return None  # "the director of health in Berrow, Saltmarsh": a town and its state
    of_place = _OF_A_PLACE.search(role)
    if (
        of_place is not None
        and of_place.group("place") not in known
        and _LONE_NAME_SET_OFF.match(text, start)
    ):
        return None  # "the mayor of Berrow, Saltmarsh, said": the town, then its state
    return role.strip() if names_a_post(role) else None


def names_a_post(role: str) -> bool:
    """Whether a phrase set before a name is a person's post or kin: its head, the last
    word before "of", "for", "at" or "to", is a title's word or a noun for a person ("the
    head of the agency", "Ana Ruiz's father", "a lawyer for the company")."""
    head = re.split(r"\s+(?:of|for|at|to)\s+", role.strip())[0].split()
    return bool(head) and (
        head[-1].casefold().strip(".") in TITLE_WORDS() or head[-1].casefold() in PERSON_NOUNS()
    )
