"""Where a run of capitalised words, a name, ends.

A name runs on through capitalised words, its linking words ("of", "for") and particles ("de
la", "von der", "bin": ``name_particles``), an
"and" that joins two halves of one body's name ("International Longshore and Warehouse
Union"), a number that ends a broadcaster's or a branch's name ("Channel 24", "Teamsters
Local 405"); it stops at a possessive, at punctuation, and at a day that wire copy writes
without "on" ("Ruiz Tuesday said"). What the run names is ``read/name_kinds``.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence

from briefbook.model import MONTHS
from briefbook.read.date_forms import MONTH_ABBREVIATIONS
from briefbook.read.gazetteer import shipped_gazetteer
from briefbook.read.name_words import (
    AND_PART_ENDINGS,
    JOURNEY_WORDS,
    NAME_ORDINALS,
    NAME_SUFFIXES,
    NAMED_FOR,
    NUMBERED_OUTLETS,
    NUMBERED_UNIT_AFTER,
    NUMBERED_UNITS,
    ORG_HEADS,
    PARTICLES,
    PARTY_HEADS,
)
from briefbook.read.names import Token
from briefbook.read.people import (
    SPEAKING,
    STOP_CAPITALS,
    gap,
    is_title,
    speaks_after_quotation,
)


def body_head(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a body's head word that ends a name ("... Sheriff's Department")."""
    return (
        k < len(tokens)
        and tokens[k].capitalised
        and tokens[k].bare.casefold() in ORG_HEADS()
        and (k + 1 >= len(tokens) or not tokens[k + 1].capitalised)
    )


def body_words_end(tokens: Sequence[Token], k: int) -> int:
    """Where capitalised words joined by spaces, opening at token ``k`` with no possessive
    among them, end when the last of them is a body's word ("Relief Fund", "Coast Guard");
    ``k`` when they do not."""
    j = k + len(_joined_capitals(tokens, k))
    return j if j > k and tokens[j - 1].bare.casefold() in ORG_HEADS() else k


def named_for(tokens: Sequence[Token], k: int) -> bool:
    """Whether the possessive token ``k`` is part of a body's name, not its owner's name: a
    title's or people at large's possessive ("the Chief Minister's Relief Fund", "the
    People's Defence Force", "the Workers' Party") joined to capitalised words that end with
    a body's word. News writes a title in the possessive in lower case ("the prime
    minister's office") unless it opens a proper name, and a body named for whom it serves
    is no one's property; a name's possessive ("Freedonia's Health Ministry", "Acme's
    Board", "Ruiz's Party") says whose the body is, and so does a title's before a party's
    name ("the President's Republican Party": the party its holder leads, vocabulary
    party_heads)."""
    token = tokens[k]
    if not token.possessive or not token.capitalised or k + 1 >= len(tokens):
        return False
    people = token.bare.casefold() in NAMED_FOR()
    if not (people or is_title(token)) or gap(tokens, k, k + 1) != " ":
        return False
    end = body_words_end(tokens, k + 1)
    return end > k + 1 and (people or tokens[end - 1].bare.casefold() not in PARTY_HEADS())


def ordinal_opens_body(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is an ordinal that opens a body's name ("First Republic Bank",
    "the First Coast Guard District", "the Second Army"): capitalised, joined by a space to
    capitalised words among which is a body's word, the first of them no title ("First
    Vice Minister Ana Ruiz": the ordinal is the title's). Elsewhere a word that opens
    sentences is dropped from a name's start ("First, Acme said")."""
    token = tokens[k]
    return (
        k + 1 < len(tokens)
        and token.bare.casefold() in NAME_ORDINALS()
        and not token.possessive
        and gap(tokens, k, k + 1) == " "
        and not is_title(tokens[k + 1])
        and any(t.bare.casefold() in ORG_HEADS() for t in _joined_capitals(tokens, k + 1))
    )


def _joined_capitals(tokens: Sequence[Token], k: int) -> Sequence[Token]:
    """The capitalised words joined by spaces that open at token ``k``, up to a possessive."""
    j = k
    while (
        j < len(tokens)
        and tokens[j].capitalised
        and not tokens[j].possessive
        and (j == k or gap(tokens, j - 1, j) == " ")
    ):
        j += 1
    return tokens[k:j]


def names_a_model(tokens: Sequence[Token], k: int) -> bool:
    """Whether the capitalised token ``k`` is a maker's name with a model's number right
    after it ("Airbus A350", "Embraer 190", "Boeing 737-800", "Max 9"): a vehicle or a
    product, no one. A broadcaster's, a branch's or a body's word before a number is part of
    a name ("Channel 24", "Local 405", "Airlines 737" is the carrier's), and a journey's
    word is a journey ("Flight 1282")."""
    if k + 1 >= len(tokens) or not tokens[k].capitalised or tokens[k].possessive:
        return False
    word = tokens[k].bare.casefold()
    if word in NUMBERED_OUTLETS() or word in NUMBERED_UNITS() or word in ORG_HEADS():
        return False
    if word in JOURNEY_WORDS():
        return False
    model = tokens[k + 1].text
    return gap(tokens, k, k + 1) == " " and model[:1].isalnum() and any(c.isdigit() for c in model)


def _and_body(tokens: Sequence[Token], k: int, start: int) -> bool:
    """Whether "and" at token ``k`` joins two halves of one body's name ("International
    Longshore and Warehouse Union"): capitalised words follow it up to a body's head word,
    and the words before it do not end with one ("Acme Corp and Beta Inc" are two), unless
    that word is all there is before it: a body's kind alone names no body, it opens one
    ("Securities and Exchange Commission")."""
    if k <= start or tokens[k - 1].possessive:
        return False
    if tokens[k - 1].bare.casefold() in ORG_HEADS() and any(
        tokens[i].text not in STOP_CAPITALS() for i in range(start, k - 1)
    ):
        return False
    j = k + 1
    while (
        j < len(tokens)
        and tokens[j].capitalised
        and not tokens[j].possessive
        and (j == k + 1 or gap(tokens, j - 1, j) == " ")
    ):
        j += 1
    if j > k + 1 and tokens[j - 1].bare.casefold() in ORG_HEADS():
        return True
    # what a body is "of" or "for" may have two parts, the second one word: "Centers for
    # Disease Control and Prevention" (not "the Ministry of Health and Ana Ruiz"), or up to
    # three closed by a plural noun of what bodies are for: "Association of Machinists and
    # Aerospace Workers", "Department of Health and Human Services"
    last = j - 1
    if last > k + 1 and tokens[last].bare.casefold() in NUMBERED_UNITS():
        last -= 1  # "... and Aerospace Workers District 12"
    closed = k + 2 <= last + 1 <= k + 4 and tokens[last].bare.casefold() in AND_PART_ENDINGS()
    return (j == k + 2 or closed) and any(
        tokens[i].bare.casefold() in ORG_HEADS() and tokens[i + 1].text in ("of", "for")
        for i in range(start, k - 1)
    )


def _made_adjective(token: Token) -> bool:
    """Whether a word is a name made an adjective by a lower-case suffix ("London-based",
    "Acme-owned"): it describes what follows, whose own name opens after it. A people's
    adjective before the suffix ("Freedonian-controlled Saltmarsh") makes one name with
    what follows, a place whose name the run keeps whole."""
    name, dash, suffix = token.text.rpartition("-")
    return (
        bool(dash)
        and (suffix in NAME_SUFFIXES() or _participle(suffix))
        and name not in shipped_gazetteer().adjectives
    )


def _adjective_before_noun(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a people's adjective before a lower-case word ("Freedonian
    tycoon"): after "on", "of" or "for" it opens what the body's name is followed by, not
    the rest of its name ("Commission on Human Rights" goes on with a capital)."""
    return (
        tokens[k].text in shipped_gazetteer().adjectives
        and k + 1 < len(tokens)
        and tokens[k + 1].text[:1].islower()
        and gap(tokens, k, k + 1) == " "
    )


def _participle(suffix: str) -> bool:
    """Whether a lower-case word after a hyphen is a participle that makes the word before it
    an adjective ("Marxist-leaning", "Tory-dominated", "English-speaking"): five letters or
    more, ending in "-ing" or "-ed" (not the second half of a given name: "Soo-young")."""
    return (
        suffix.isalpha()
        and suffix.islower()
        and len(suffix) >= 5
        and suffix.endswith(("ing", "ed"))
    )


_WEEKDAYS = frozenset(calendar.day_name)
_MONTHS = frozenset(MONTHS)
"""The months' names ("May"), which may also be a surname ("Tom May")."""


def a_time(tokens: Sequence[Token], k: int) -> bool:
    """Whether the capitalised token ``k`` names a day, not a name's next word: wire copy
    drops the "on" ("Ruiz Tuesday said", "Ruiz October 15 announced"). A month, written in
    full or abbreviated as news abbreviates it before a day ("Sept. 4", "Aug 20"), is one
    only with its day after it: "May" and "March" are surnames too."""
    word = tokens[k].bare
    if word in _WEEKDAYS:
        return True
    return (
        (word in _MONTHS or word in MONTH_ABBREVIATIONS)
        and k + 1 < len(tokens)
        and tokens[k + 1].text.isdigit()
        and gap(tokens, k, k + 1) in (" ", "  ")  # "  ": the abbreviation's full stop
    )


def month_speaks(tokens: Sequence[Token], k: int, text: str, base: int) -> bool:
    """Whether a month's name at ``k`` is a surname that speaks, standing between a closed
    quotation and a reporting verb ('“...,” May said', '“...,” March told reporters';
    ``people.speaks_after_quotation``, which the dates reader asks too). Elsewhere it stays a
    month: "a report published in May said", or opening a sentence ("August brought heavy
    rain")."""
    token = tokens[k]
    return token.bare in _MONTHS and speaks_after_quotation(
        text, token.start - base, token.end - base
    )


def _body_so_far(tokens: Sequence[Token], start: int, k: int) -> bool:
    """Whether the run from ``start`` to before ``k`` already names a body: a body's word,
    capitalised, stands in it ("National Council", "Ministry"). A body's name may go on
    with "of the" or "for the" and capitalised words; a person's or a place's does not."""
    return any(
        tokens[i].capitalised and tokens[i].bare.casefold() in ORG_HEADS() for i in range(start, k)
    )


def in_run(tokens: Sequence[Token], k: int, start: int) -> bool:
    token = tokens[k]
    if k > start and token.capitalised and a_time(tokens, k):
        return False  # "President Ruiz Tuesday said": the name ends before the day
    if token.text.isdigit() and k > start and gap(tokens, k - 1, k) == " ":
        # "Channel 24", "the Ten News 18 channel": a number ends a broadcaster's name, unless
        # a word follows it that it counts ("told ABC News 12 people were killed", "Sky
        # News 12 days after"): only the end of the text, punctuation, a capital, a
        # reporting verb or a broadcaster's word may follow the name
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        ends = (
            after is None
            or gap(tokens, k, k + 1) != " "
            or after.capitalised
            or after.text.casefold() in SPEAKING()
            or after.bare.casefold() in NUMBERED_OUTLETS()  # "ABC News 18 television channel"
            or not after.text.isalpha()
        )
        head = tokens[k - 1].bare.casefold()
        if head in NUMBERED_UNITS():
            # "Machinists District 12 officials said": a branch's number ends its name
            return ends or (after is not None and after.text.casefold() in NUMBERED_UNIT_AFTER())
        return ends and head in NUMBERED_OUTLETS()
    if token.capitalised:
        if k > start and (tokens[k - 1].possessive or _made_adjective(tokens[k - 1])):
            return False  # "London-based Acme Research": the name opens after the adjective
        return not (k > start and gap(tokens, k - 1, k) not in ("", " "))
    if token.text == "&":
        # "Ruiz & Berrow", "Saltford & Sons": an ampersand between capitalised words
        # joins the partners of one firm's name
        return (
            k > start
            and k + 1 < len(tokens)
            and tokens[k + 1].capitalised
            and not tokens[k - 1].possessive
            and gap(tokens, k - 1, k) == " "
            and gap(tokens, k, k + 1) == " "
        )
    if token.text == "and" and k + 1 < len(tokens):
        return _and_body(tokens, k, start) and gap(tokens, k - 1, k) == " "
    if token.text == "on" and not _body_so_far(tokens, start, k):
        # only a body's name goes on with "on" ("Committee on Foreign Relations"): after a
        # place's or a person's it opens a date or an occasion ("Saltford Oblast on Aug. 6",
        # "Berrow Street on Halloween")
        return False
    if token.text in ("of", "for", "on") and k + 1 < len(tokens):
        at = k + 1
        if _adjective_before_noun(tokens, at):
            return False  # "a report from Acme Research on Freedonian tycoon Ana Ruiz"
        if tokens[at].text == "the" and _body_so_far(tokens, start, k) and at + 1 < len(tokens):
            at += 1
        following = tokens[at]
        return (
            following.capitalised
            and following.bare not in STOP_CAPITALS()
            # "the Ministry of Health on Sept. 4": a date, not the rest of the name
            and not a_time(tokens, at)
            and k > start
            and gap(tokens, k - 1, k) == " "
        )
    if token.text == "the" and k - 1 > start and tokens[k - 1].text in ("of", "for"):
        # "Council for the Safeguard of the Homeland", "Department of the Treasury"
        return (
            _body_so_far(tokens, start, k - 1)
            and k + 1 < len(tokens)
            and tokens[k + 1].capitalised
            and tokens[k + 1].bare not in STOP_CAPITALS()
            and gap(tokens, k - 1, k) == " "
        )
    if token.text in PARTICLES() and k > start and gap(tokens, k - 1, k) == " ":
        # "Ana de la Cruz", "Ursula von der Leyen": particles between capitalised words
        n = k
        while n < len(tokens) and tokens[n].text in PARTICLES() and gap(tokens, n - 1, n) == " ":
            n += 1
        return (
            n < len(tokens)
            and gap(tokens, n - 1, n) == " "
            and tokens[n].capitalised
            and tokens[n].bare not in STOP_CAPITALS()
        )
    return False
