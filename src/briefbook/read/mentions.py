"""Who and what an article mentions.

Mentions are found with the gazetteer and with the shape of names in news prose: runs of
capitalised words, titles before a name ("Health Minister Ana Ruiz"), appositives
after it ("Tom Okafor, spokesman for ..."), organisation words at the end of a run
("... Meteorological Service"). A capital or metonym used as a speaker ("Paris denied",
"the Elysee said") is the government of its state; after a preposition ("in Rome") it is
a place. Resolving mentions to actors across the corpus is ``briefbook.analyse.actors``.

This module finds the mentions the gazetteer knows, the groups a state's adjective opens
("Kenyan officials"), the acronyms an article defines, and where a capitalised run starts.
Where the run ends is ``briefbook.read.name_runs``; what it names (a person, a body, a place,
a state, nothing) is ``briefbook.read.name_kinds``; the evidence that a name is a person's
is in ``briefbook.read.people``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefbook.model import Kind, Mention
from briefbook.read.gazetteer import Gazetteer
from briefbook.read.name_kinds import body_kind, run_mention
from briefbook.read.name_lists import listed_people
from briefbook.read.name_runs import body_head, body_words_end, in_run, named_for, names_a_model
from briefbook.read.name_words import (
    DOCUMENT_WORDS,
    GEO_HEADS,
    GEO_PREFIXES,
    GOVERNMENT_WORDS,
    GROUP_NOUNS,
    NAME_SUFFIXES,
    NOT_QUALIFIED_WORDS,
    OFFICIAL_NOUNS,
    ORG_HEADS,
    PLACE_PREPOSITIONS,
    REPORTING_NOUNS,
    WATER_HEADS,
)
from briefbook.read.names import POSSESSIVE, Token, fold, tokenize
from briefbook.read.people import (
    BODY_TITLES,
    PERSON_NOUNS,
    SPEAKING,
    STOP_CAPITALS,
    TITLE_DOMAINS,
    gap,
    is_title,
    is_title_word,
)
from briefbook.vocabulary import alternation, derived, mapping, words

SPEAKING_KINDS = frozenset(
    {Kind.PERSON, Kind.GOVERNMENT, Kind.AGENCY, Kind.ORGANISATION, Kind.OUTLET, Kind.GROUP}
)


@dataclass(slots=True)
class _Found:
    start: int  # token index
    end: int  # token index, exclusive
    kind: Kind
    canonical: str | None = None
    country: str | None = None


def _gazetteer_matches(
    tokens: Sequence[Token], text: str, base: int, gaz: Gazetteer
) -> list[_Found]:
    found: list[_Found] = []
    i = 0
    while i < len(tokens):
        hit = None
        for n in range(min(gaz.longest, len(tokens) - i), 0, -1):
            first, last = tokens[i], tokens[i + n - 1]
            surface = " ".join(text[first.start - base : last.end - base].split())
            surface = POSSESSIVE.sub("", surface)
            if not surface[:1].isupper() and not surface[:1].isdigit() and surface not in gaz.names:
                continue  # lower case names nothing, unless the analyst's actors say it does
            entry = gaz.lookup(surface)
            if entry is not None and _name_goes_on(tokens, i + n, entry.kind):
                continue  # "The National Assembly" is no outlet "The National"
            if entry is not None and _place_word_before(tokens, i):
                continue  # "New Mexico", "South Freedonia": another place, named in full
            if entry is not None:
                hit = _Found(i, i + n, entry.kind, entry.name, entry.country)
                break
            if surface in gaz.adjectives:
                hit = _Found(i, i + n, Kind.GROUP, None, gaz.adjectives[surface])
                break
        if hit:
            found.append(hit)
            i = hit.end
        else:
            i += 1
    return found


def _place_word_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` follows, in one name, a capitalised word that opens place names
    ("New", "North", "Port"), or a water's kind word and "of" ("Gulf of Freedonia", "Sea
    of Saltford"; not "City of Saltford", its government): the name the gazetteer knows is
    then part of another place's."""
    if k == 0 or gap(tokens, k - 1, k) != " ":
        return False
    prev = tokens[k - 1]
    if k >= 2 and prev.text == "of" and gap(tokens, k - 2, k - 1) == " ":
        kind = tokens[k - 2]
        return kind.capitalised and not kind.possessive and kind.bare.casefold() in WATER_HEADS()
    return prev.capitalised and not prev.possessive and prev.bare.casefold() in GEO_PREFIXES()


def _name_goes_on(tokens: Sequence[Token], end: int, kind: Kind) -> bool:
    """Whether an outlet's or organisation's name found in the gazetteer is only the start
    of a longer name: a capitalised word follows it ("The National Assembly")."""
    if kind not in (Kind.OUTLET, Kind.ORGANISATION) or end >= len(tokens):
        return False
    if tokens[end - 1].possessive or gap(tokens, end - 1, end) != " ":
        return False
    if tokens[end].text.isdigit() and in_run(tokens, end, end - 1):
        return True  # "Sky News 18": a numbered channel of its own
    j = end
    while (
        j < len(tokens)
        and tokens[j].capitalised
        and tokens[j].bare not in STOP_CAPITALS()
        and gap(tokens, j - 1, j) == " "  # "The National Assembly (NA)": the name ends at "("
    ):
        if named_for(tokens, j):
            return True  # "The National People's Power": a possessive that is the name's own
        j += 1
    # the words after it end with a body's word: "The National Assembly" (not "Reuters Macron")
    return j > end and tokens[j - 1].bare.casefold() in ORG_HEADS()


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms an article defines: "the National Weather Service (NWS)" -> NWS, when the
    acronym's letters are the name's initials, in order."""
    out: dict[str, str] = {}
    for m in _DEFINITION.finditer(text):
        name, acronym = m.group("name"), m.group("acronym")
        words = [w for w in name.split() if w[:1].isupper()]
        while words and len(words) > len(acronym) and words[0].casefold() in ("the",):
            words.pop(0)
        # "members of the Mountain Rescue Service (MRS)": the words after 'of', 'the'...
        # whose initials are the acronym's letters exactly are the name; a capitalised word
        # the acronym leaves out stays ("State Forensic Laboratory (FL)")
        all_words = name.split()
        exact = [
            k
            for k in range(1, len(words))
            if "".join(w[0] for w in words[k:]) == acronym
            and all_words[all_words.index(words[k]) - 1].islower()
        ]
        if exact:
            words = words[exact[0] :]
        initials = "".join(w[0] for w in words)
        if _a_post(words):
            continue  # "Assistant Harbour Commissioner (AHC)": a post's initials, no body's
        if len(acronym) >= 2 and _subsequence(acronym.upper(), initials.upper()):
            first = next(i for i, w in enumerate(name.split()) if w == words[0])
            out[acronym] = " ".join(name.split()[first:])
        elif "\n" not in name and _translated(own := _after_owner(words), acronym):
            # "the Freedonia Bar Association (OAF)": a body's name given in English, its
            # acronym in its own language
            first = next(i for i, w in enumerate(name.split()) if w == own[0])
            out[acronym] = " ".join(name.split()[first:])
    return out


def _a_post(words: Sequence[str]) -> bool:
    """Whether the capitalised words an acronym stands for name a post, not a body: the last
    is a title's word that is neither what a title is of nor a body's word ("Assistant Harbour
    Commissioner", "Regional Ferry Manager"; not "National Disaster Authority", "Office of
    the Ombudsman" nor "Commissioner of Saltford Rail Safety", whose last word is no title)."""
    last = words[-1] if words else ""
    folded = last.casefold()
    return is_title_word(last) and folded not in TITLE_DOMAINS() and folded not in ORG_HEADS()


def _after_owner(words: Sequence[str]) -> list[str]:
    """The words of a name after "the" and after a state's possessive before it
    ("Freedonia's Harbour Board" -> "Harbour Board")."""
    owner = max((k + 1 for k, w in enumerate(words) if re.search(r"[’']s?$", w)), default=0)
    return [w for w in words[owner:] if w.casefold() != "the"]


def _translated(words: Sequence[str], acronym: str) -> bool:
    """Whether capitalised words and an acronym whose letters are not their initials are
    still a body's name and its acronym: the words end with a body's noun ("Bar
    Association", "Electoral Commission"), and the acronym is all capitals, of no more
    letters than the name has words (not a stock ticker: "Acme Motor (ACMEY)")."""
    return (
        len(words) >= 2
        and not any(
            _subsequence(acronym.upper(), "".join(w[0] for w in words[k:]).upper())
            for k in range(len(words))
        )
        and words[-1].casefold() in ORG_HEADS()
        and acronym.isupper()
        and 2 <= len(acronym) <= len(words)
    )


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short) and len(short) >= len(long) - 2


_DEFINITION = re.compile(
    r"(?P<name>(?:[A-Z][\w’'-]*|of|on|for|and|the)(?:\s+(?:[A-Z][\w’'-]*|of|on|for|and|the)){1,9})"
    r"\s+\((?P<acronym>[A-Z][A-Za-z]{1,9})\)"
)


def find_mentions(
    source_id: str,
    sentence_id: str,
    text: str,
    base: int,
    gaz: Gazetteer,
    acronyms: dict[str, str] | None = None,
) -> list[Mention]:
    """Mentions in one sentence whose text is ``text``, starting at offset ``base``;
    ``acronyms``: those the article defines (see :func:`defined_acronyms`)."""
    acronyms = acronyms or {}
    tokens = _names_before_suffixes(tokenize(text, base))
    gazetteer_hits = _gazetteer_matches(tokens, text, base, gaz)
    taken: dict[int, _Found] = {}
    for found in gazetteer_hits:
        if (
            found.kind == Kind.GROUP
            and _group_mention(source_id, sentence_id, tokens, found, text, base, gaz) is None
        ):
            continue  # a bare adjective may start a name: "Spanish Road Hauliers' Association"
        surface = " ".join(t.bare for t in tokens[found.start : found.end])
        named = surface in gaz.names
        if found.kind == Kind.GOVERNMENT and _name_after(tokens, found):
            # a state's or a capital's name opening a person's after a title: "Minister Aden
            # Bare Duale", "Defence Minister Israel Ruiz", "Dr. Chad Okafor"
            continue
        if (
            found.kind == Kind.GOVERNMENT
            and (named or surface in gaz.capitals)
            and _organisation_after(tokens, found.end - 1)
        ):
            # a state's or its capital's name opening an organisation's: "Freedonia Medical
            # Association", "Saltford Medical College"
            continue
        if found.kind == Kind.GOVERNMENT and _place_after(tokens, found.end - 1):
            # a state's or a capital's name opening another place's: "Saltford City County",
            # "Saltford International Airport", "Freedonia Strait"
            continue
        if found.kind == Kind.GOVERNMENT and _document_after(tokens, found.end - 1):
            # a state's or a capital's name opening a treaty's or a law's: "the Saltford
            # Protocol", "the Freedonia Statute", where the text was signed, not who acts
            continue
        if found.kind == Kind.GOVERNMENT and _surname_after_title(tokens, found):
            continue  # "Bank Chairman Thomas Jordan": a state's name as a person's surname
        if found.kind == Kind.GOVERNMENT and named and _after_body_word(tokens, found.start):
            continue  # a state's name after a body's word: "Air Freedonia", "Bank Freedonia"
        for k in range(found.start, found.end):
            taken[k] = found
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        hit = taken.get(i)
        if hit is not None and hit.kind != Kind.GROUP and hit.start == i:
            mentions.append(
                _gazetteer_mention(source_id, sentence_id, tokens, hit, text, base, gaz)
            )
            i = hit.end
            continue
        if hit is not None and hit.kind == Kind.GROUP and hit.start == i:
            group = _group_mention(source_id, sentence_id, tokens, hit, text, base, gaz)
            if group is not None:
                mentions.append(group)
                i = hit.end + 1
                continue
        if hit is None and tokens[i].bare in acronyms:
            name = acronyms[tokens[i].bare]
            mentions.append(
                Mention(
                    source_id, sentence_id, tokens[i].start, tokens[i].start + len(tokens[i].bare),
                    tokens[i].bare, body_kind(name.split()), canonical=name,
                    span_start=tokens[i].start,
                )
            )  # fmt: skip
            i += 1
            continue
        if not tokens[i].capitalised or (hit is not None):
            i += 1
            continue
        lone_adjective = tokens[i].bare in gaz.adjectives and (
            i + 1 >= len(tokens) or not tokens[i + 1].capitalised
        )
        if lone_adjective or _described_by_noun(tokens, i):
            i += 1
            continue
        run_end = i
        while run_end < len(tokens) and run_end not in taken and in_run(tokens, run_end, i):
            if named_for(tokens, run_end):
                # "the People's Defence Force", "the Chief Minister's Relief Fund": the
                # possessive is the body's name's own, and the name goes on to its word
                run_end = body_words_end(tokens, run_end + 1)
                if _of_name(tokens, run_end):
                    continue
                break
            if tokens[run_end].possessive and (run_end > i or body_head(tokens, run_end + 1)):
                run_end += 1
                if body_head(tokens, run_end):
                    # "Pierce County Sheriff's Department", "Children's Hospital"
                    run_end += 1
                    if _of_name(tokens, run_end):
                        continue  # "Freedonia's Ministry of Foreign Affairs": its whole name
                break
            run_end += 1
            nickname = _nickname_inside(text, base, tokens, run_end)
            if nickname is not None:
                run_end = nickname + 1  # 'Ana "Tigress" Ruiz': one name, nickname and all
        mention = run_mention(source_id, sentence_id, tokens, i, run_end, text, base, gaz)
        if mention is not None and _nickname(text, base, tokens[i].start, mentions):
            mention = None  # "Pushpa Kamal Dahal ‘Prachanda’": the name before, not another
        if mention is not None:
            if (
                mention.kind in (Kind.AGENCY, Kind.ORGANISATION)
                and mention.text in acronyms.values()
            ):
                mention = replace(mention, canonical=mention.text)
            mentions.append(mention)
        i = max(run_end, i + 1)
    mentions = [m for m in mentions if not _a_medium(m, text, base)]
    mentions = listed_people(mentions, text, base)
    return _mark_owners(_mark_roles(_join_of_country(mentions, text, base)), text, base)


_PLATFORMS = derived(lambda: words("names", "platforms"))
_MEDIUM_BEFORE = derived(
    lambda: re.compile(
        r"\b(?:"
        + alternation(words("names", "platform_media_before"))
        + r")\s+(?:(?:"
        + alternation(words("names", "platform_media_between"))
        + r")\s+){0,2}$",
        re.IGNORECASE,
    )
)
_TARGET_BEFORE = derived(
    lambda: re.compile(
        r"\b(?:"
        + alternation(words("names", "platform_targets_before"))
        + r")\s+(?:on|over|against)\s+$",
        re.IGNORECASE,
    )
)
"""A noun and "on" before a platform's name that make it what is acted against ("a ban on
TikTok": ``platform_targets_before``)."""
_MEDIUM_AFTER = derived(
    lambda: re.compile(
        r"(?:[’']s)?\s+(?:" + alternation(words("names", "platform_media_after")) + r")\b",
        re.IGNORECASE,
    )
)


def _a_medium(m: Mention, text: str, base: int) -> bool:
    """Whether a messaging app or a social network is named as where words were posted or
    sent ("posted on Telegram", "the ministry's official WeChat account", "a WhatsApp
    message"): the medium, no one who acts or speaks (``platforms`` in names.toml)."""
    if fold(m.text) not in _PLATFORMS():
        return False
    start = (m.span_start if m.span_start >= 0 else m.start) - base
    before = text[max(0, start - 40) : start]
    if _TARGET_BEFORE().search(before):
        return False  # "a ban on TikTok": the company, what the ban is on
    return bool(_MEDIUM_BEFORE().search(before) or _MEDIUM_AFTER().match(text, m.end - base))


def _described_by_noun(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a noun for a person, capitalised to open a sentence or a
    headline, before a full name: "Activist Ana Ruiz said", "Farmer Tom Okafor": it says
    what the person is, and the name opens after it. A body's word in the capitalised
    words after it makes them one body's name ("Student Cultural Centre")."""
    j = i + 1
    while j < len(tokens) and tokens[j].capitalised and gap(tokens, j - 1, j) == " ":
        j += 1
    return (
        tokens[i].text.casefold() in PERSON_NOUNS()
        and not any(t.bare.casefold() in ORG_HEADS() for t in tokens[i + 1 : j])
        and not is_title(tokens[i])
        and i + 2 < len(tokens)
        and all(
            tokens[k].capitalised and not tokens[k].possessive and gap(tokens, k - 1, k) == " "
            for k in (i + 1, i + 2)
        )
    )


_NICKNAME_OPEN = re.compile(r"\s[‘“\"']$")


def _nickname(text: str, base: int, start: int, before: Sequence[Mention]) -> bool:
    """Whether a run opening with a quotation mark right after a person's name is that
    person's nickname ("Ana Ruiz ‘Tigress’, who ...", 'Rebel leader Ana "Tigress" Ruiz')."""
    if not before or before[-1].kind != Kind.PERSON:
        return False
    gap = text[before[-1].end - base : start - base]
    return bool(_NICKNAME_OPEN.search(" " + gap)) and len(gap) <= 2


_NICKNAME_INSIDE = re.compile(
    r"\s(?P<open>[“\"‘'«„‚])(?P<nick>[^\W\d_][\w.-]*(?:\s[^\W\d_][\w.-]*)?)"
    r"(?P<close>[”\"’'»“‘])\s(?=[^\W\d_])"
)
"""A nickname in quotation marks between a given name and a surname: ' “Lobo” ', ' «Lobo» '."""
_CLOSING = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»", "„": "“", "‚": "‘"}


def _nickname_inside(text: str, base: int, tokens: Sequence[Token], k: int) -> int | None:
    """Where a person's name goes on after a nickname set in quotation marks between its
    words ('Ana "Tigress" Ruiz', 'Tomas «Lobo» Okafor'): the index of the word after the
    nickname, when the run so far ends at token ``k - 1`` with a name's word (capitalised,
    no possessive, no title, no word that opens sentences), the nickname's words are
    capitalised and its marks pair, and the word after it is no title, weekday, month or
    word that opens sentences; None otherwise, and in a headline set in capitals throughout
    ("Okafor 'Will Quit' Labour"), where quotation marks hold a phrase, not a nickname."""
    if k == 0 or k >= len(tokens):
        return None
    before = tokens[k - 1]
    if not before.capitalised or before.possessive or is_title(before):
        return None
    m = _NICKNAME_INSIDE.match(text, before.end - base)
    if m is None or _CLOSING[m.group("open")] != m.group("close"):
        return None
    if before.bare in STOP_CAPITALS() or _title_cased(tokens):
        return None
    if not all(w[:1].isupper() for w in m.group("nick").split()):
        return None
    after = base + m.end()
    j = next((j for j in range(k, len(tokens)) if tokens[j].start == after), None)
    if j is None or not tokens[j].bare[:1].isupper():
        return None
    if tokens[j].bare in STOP_CAPITALS() or is_title(tokens[j]):
        return None  # 'Ana Ruiz "Tigress" Tuesday announced': the name ended before
    return j


def _title_cased(tokens: Sequence[Token]) -> bool:
    """Whether a sentence capitalises every word, as a headline does."""
    letters = [t for t in tokens if t.bare[:1].isalpha()]
    return len(letters) >= 4 and all(t.bare[:1].isupper() for t in letters)


def _of_name(tokens: Sequence[Token], k: int) -> bool:
    """Whether a body's name goes on at ``k`` with "of" or "for" and a capitalised word
    ("Ministry *of Health*", "Office *for National Statistics*")."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text in ("of", "for")
        and gap(tokens, k - 1, k) == " "
        and tokens[k + 1].capitalised
    )


def _names_before_suffixes(tokens: list[Token]) -> list[Token]:
    """A name of several words made an adjective by a lower-case suffix ("a Taylor
    Swift-themed class", "the Ana Ruiz-led party") still names its bearer: the suffix is cut
    from the name's last word, which ends the name. One word alone stays an adjective
    ("Lisbon-based", see ``read/name_kinds``); a hyphenated given name is no adjective
    ("Kim Soo-young")."""
    out = list(tokens)
    for k in range(1, len(out)):
        word, _, suffix = out[k].text.rpartition("-")
        if (
            word[:1].isupper()
            and suffix in NAME_SUFFIXES()
            and out[k - 1].capitalised
            and out[k - 1].text not in STOP_CAPITALS()
            and not out[k - 1].possessive
            and gap(out, k - 1, k) == " "
        ):
            out[k] = Token(out[k].start, out[k].start + len(word), word)
    return out


def _name_after(tokens: Sequence[Token], found: _Found) -> bool:
    """Whether a gazetteer hit runs on into more capitalised words that name no place or
    body ("Aden Bare Duale"), after a title ("Minister Aden ...")."""
    end = found.end
    if end >= len(tokens) or tokens[end - 1].possessive or not tokens[end].capitalised:
        return False
    if gap(tokens, end - 1, end) != " ":
        return False  # "State House, Nairobi, President Ruto": a list, not one name
    titled = found.start > 0 and is_title(tokens[found.start - 1])
    following = tokens[end].bare.casefold()
    return titled and following not in GEO_HEADS() and following not in ORG_HEADS()


_PLACE_AFTER = 3
"""The most capitalised words after a state's name that may close, with a place's kind
word, the name of another place it opens ("... International Airport", "... City County")."""


def _place_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether the name at token ``k`` runs on, in one name and without a possessive, into
    capitalised words that end with a place's kind word and hold no body's word."""
    if tokens[k].possessive:
        return False
    j = k + 1
    while (
        j < len(tokens)
        and tokens[j].capitalised
        and gap(tokens, j - 1, j) == " "
        and tokens[j].bare not in STOP_CAPITALS()
        and tokens[j].bare.casefold() not in ORG_HEADS()
    ):
        j += 1
        if tokens[j - 1].possessive:
            break
    return (
        k + 1 < j <= k + 1 + _PLACE_AFTER
        and (j >= len(tokens) or tokens[j].bare.casefold() not in ORG_HEADS())
        and tokens[j - 1].bare.casefold() in GEO_HEADS()
    )


_DOCUMENT_AFTER = 2
"""The most capitalised words after a state's or a capital's name that may close, with a
document's word, the name of a treaty or a law it opens ("... Peace Accord")."""


def _document_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether the name at token ``k`` runs on, in one name and without a possessive, into
    at most two capitalised words that end with a document's word ("Saltford Protocol",
    "Freedonia Peace Accord"), and the name ends there."""
    if tokens[k].possessive:
        return False
    j = k + 1
    while (
        j < len(tokens)
        and j <= k + _DOCUMENT_AFTER
        and tokens[j].capitalised
        and gap(tokens, j - 1, j) == " "
        and tokens[j].bare.casefold() not in DOCUMENT_WORDS()
    ):
        j += 1
    return (
        j < len(tokens)
        and tokens[j].capitalised
        and gap(tokens, j - 1, j) == " "
        and tokens[j].bare.casefold() in DOCUMENT_WORDS()
        and (
            j + 1 >= len(tokens)
            or not tokens[j + 1].capitalised
            or gap(tokens, j, j + 1) != " "  # "Under the Saltford Accord, Freedonia said"
            or tokens[j].possessive
        )
    )


def _surname_after_title(tokens: Sequence[Token], found: _Found) -> bool:
    """Whether a state's name of one word ends a person's name after a title and a given
    name, in one name: "Chairman Thomas Jordan", "Coach Ana Chad" (the state's name opening
    it is :func:`_name_after`)."""
    k = found.start
    if (
        found.end != k + 1
        or k < 2
        or gap(tokens, k - 1, k) != " "
        or gap(tokens, k - 2, k - 1) != " "
    ):
        return False
    if found.end < len(tokens) and tokens[found.end].capitalised and gap(tokens, k, k + 1) == " ":
        return False  # the name goes on: another rule's
    given, title = tokens[k - 1], tokens[k - 2]
    return (
        given.capitalised
        and not given.possessive
        and not given.text.isupper()
        and given.bare not in STOP_CAPITALS()
        and not is_title(given)
        and given.bare.casefold() not in GEO_PREFIXES()
        and given.bare.casefold() not in ORG_HEADS()
        and is_title(title)
    )


def _after_body_word(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` follows a body's word in one name ("Air" of "Air Freedonia")."""
    if k == 0:
        return False
    prev = tokens[k - 1]
    return (
        prev.capitalised
        and not prev.possessive
        and gap(tokens, k - 1, k) == " "
        and prev.text.casefold() in ORG_HEADS()
        and prev.text not in STOP_CAPITALS()
    )


def _plural_possessive(tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` is a plural's possessive inside a name, a capitalised word right
    after it: "(Freedonia) Doctors’ Network", "Dockers' Union"."""
    return (
        re.search(r"s[’']$", tokens[j].text) is not None
        and j + 1 < len(tokens)
        and tokens[j + 1].capitalised
        and gap(tokens, j, j + 1) == " "
    )


def _organisation_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether the name at token ``k`` runs on, without a possessive, into an organisation's
    name: capitalised words (with "of", "on", "for") ending in an organisation word."""
    if tokens[k].possessive:
        return False
    j = k + 1
    while j < len(tokens) and (
        tokens[j].capitalised
        or (
            tokens[j].text in ("of", "on", "for", "and")
            and j + 1 < len(tokens)
            and tokens[j + 1].capitalised
        )
    ):
        if (tokens[j].possessive and not _plural_possessive(tokens, j)) or gap(
            tokens, j - 1, j
        ) != " ":
            break  # "... Party's", "... Party (ANP)": the name ends
        if tokens[j - 1].bare.casefold() in ORG_HEADS() and names_a_model(tokens, j):
            break  # "Saltmark Airlines Airbus A350": the carrier's name ends before the aircraft
        j += 1
    heads = [
        i
        for i in range(k + 1, j)
        if tokens[i].bare.casefold() in ORG_HEADS()
        and (i == j - 1 or tokens[i + 1].text in ("of", "on", "for"))
    ]  # "... Medical Association", "... Commission on Human Rights"
    return j > k + 1 and bool(heads)


def _join_of_country(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """ "Union" + " of " + "Velmar" -> one organisation "Union of Velmar", affiliated to Velmar;
    so too with "the" before the state ("Armed Forces of the Velmar Republic")."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in (Kind.AGENCY, Kind.ORGANISATION)
            and m.kind == Kind.GOVERNMENT
            and text[prev.end - base : m.start - base] in (" of ", " of the ")
        ):
            name = text[prev.start - base : m.end - base]
            out[-1] = replace(
                prev, end=m.end, text=name, affiliation=m.canonical or prev.affiliation
            )
            continue
        out.append(m)
    return out


def _gazetteer_mention(
    source_id: str,
    sentence_id: str,
    tokens: Sequence[Token],
    hit: _Found,
    text: str,
    base: int,
    gaz: Gazetteer,
) -> Mention:
    first, last = tokens[hit.start], tokens[hit.end - 1]
    surface = POSSESSIVE.sub("", text[first.start - base : last.end - base])
    kind = hit.kind
    before = tokens[hit.start - 1].text.casefold() if hit.start > 0 else ""
    officials_in = (
        hit.start > 1
        and tokens[hit.start - 2].text.casefold() in OFFICIAL_NOUNS()
        and before == "in"
    )
    if officials_in:
        # "officials in Paris": the government
        opening = tokens[hit.start - 2]
        return Mention(
            source_id,
            sentence_id,
            opening.start,
            first.start + len(surface),
            surface,
            Kind.GOVERNMENT,
            canonical=hit.canonical,
            span_start=opening.start,
        )
    reported = hit.start > 1 and tokens[hit.start - 2].text.casefold() in REPORTING_NOUNS()
    if (
        kind == Kind.GOVERNMENT
        and surface not in gaz.names
        and before in PLACE_PREPOSITIONS()
        and not reported
    ):
        # "in Rome", "to Kyiv": a capital used as a place, not for its government
        return Mention(
            source_id,
            sentence_id,
            first.start,
            first.start + len(surface),
            surface,
            Kind.PLACE,
            span_start=first.start,
        )
    following = tokens[hit.end].text if hit.end < len(tokens) else ""
    if kind == Kind.GOVERNMENT and following.casefold() == "government":
        last = tokens[hit.end]
        surface = text[first.start - base : last.end - base]
    role = gaz.roles.get(hit.canonical or "")
    return Mention(
        source_id,
        sentence_id,
        first.start,
        first.start + len(surface),
        surface,
        kind,
        role=role,
        affiliation=hit.country if kind != Kind.GOVERNMENT else None,
        canonical=hit.canonical,
        span_start=first.start,
    )


def _group_mention(
    source_id: str,
    sentence_id: str,
    tokens: Sequence[Token],
    hit: _Found,
    text: str,
    base: int,
    gaz: Gazetteer,
) -> Mention | None:
    """A country adjective before a group noun: "Spanish lawmakers", "Kenyan officials"."""
    k = hit.end
    # allow one descriptive word between: "Spanish defence officials"
    for j in (k, k + 1):
        if j < len(tokens) and tokens[j].text.casefold() in GROUP_NOUNS():
            first, last = tokens[hit.start], tokens[j]
            surface = text[first.start - base : last.end - base]
            official = tokens[j].text.casefold() in OFFICIAL_NOUNS()
            return Mention(
                source_id,
                sentence_id,
                first.start,
                last.end,
                surface,
                Kind.GOVERNMENT if official else Kind.GROUP,
                canonical=hit.country if official else None,
                affiliation=None if official else hit.country,
                span_start=first.start,
            )
        if j < len(tokens) and (tokens[j].capitalised or j > k):
            break
    return None


def _mark_roles(mentions: list[Mention]) -> list[Mention]:
    """Mentions inside a person's title are part of that title, not speakers of their own."""
    people = [m for m in mentions if m.kind == Kind.PERSON and m.span_start < m.start]
    out = []
    for m in mentions:
        inside = any(p is not m and p.span_start <= m.start and m.end <= p.start for p in people)
        out.append(replace(m, in_role=True) if inside else m)
    return out


_BODIES = (Kind.AGENCY, Kind.ORGANISATION, Kind.OUTLET)
_QUALIFIED = re.compile(r"\s([a-z]+)\b")


def _owns(m: Mention, after: Mention | None, text: str, base: int) -> bool:
    """Whether a state's name says only whose what follows it is: a body's name ("the
    Freedonia Coast Guard"), a suffix ("Freedonia-based") or a lower-case noun it qualifies
    ("the Freedonia firm"), not the state's own government ("the Freedonia administration").
    In a person's title it is only where the title names a body ("Freedonia Coast Guard
    Rear Adm. Ana Ruiz"), not where the person stands for the state ("Freedonia President
    Ana Ruiz"); a possessive ("Freedonia's Foreign Office") keeps the state. A currency's
    name ("US$", "U.S. dollars") is whose money it is (see :func:`_in_currency`)."""
    rest = text[m.end - base :]
    if _in_currency(m, rest):
        return True
    if m.in_role:
        return bool(_BODY_WORD().match(rest))
    if rest[:1] == "-" and rest[1:2].islower():
        return True
    if after is not None and after.kind in _BODIES and after.start == m.end + 1:
        return rest[:1] == " "
    word = _QUALIFIED.match(rest)
    if word is None:
        return False
    w = word.group(1)
    return (
        w not in NOT_QUALIFIED_WORDS()
        and w not in SPEAKING()
        and w not in GOVERNMENT_WORDS()
        and w not in _MEMBER_NOUNS()
        and not w.endswith(("ed", "ing", "s"))
    )


_CURRENCY_NAMES = derived(
    lambda: {
        form
        for name in mapping("figures", "currency_after")
        if " " in name
        for form in (name, name.removesuffix("s"))
    }
)
"""Currencies named with their state ("u.s. dollars", "hong kong dollar"), as the figures
read them."""


def _in_currency(m: Mention, rest: str) -> bool:
    """Whether a state's name is part of a currency's: "US$3,034", "5 million U.S. dollars"
    say which dollar a sum is in, not that the state does anything."""
    if rest[:1] == "$":
        return True
    said = [w.rstrip(",;:!?)”’\"'") for w in fold(m.text + rest[:40]).split()]
    return any(" ".join(said[:n]) in _CURRENCY_NAMES() for n in (2, 3, 4))


_MEMBER_NOUNS = derived(lambda: words("attribution", "spokesperson_words"))
"""Nouns for who speaks for a body ("a Freedonia spokesperson", "a Freedonia official"):
the state before them is whom the unnamed speaker stands for, not an owner only."""


_BODY_WORD = derived(
    lambda: re.compile(
        r"(?:\s+[A-Z][\w.’'-]*){0,2}?\s+(?i:" + alternation(sorted(ORG_HEADS())) + r")\b"
    )
)
"""Up to three capitalised words after a state's name, the last a body's word."""


def _suffixed(m: Mention, text: str, base: int) -> bool:
    """Whether a name is made an adjective by a lower-case suffix ("Saltford-based")."""
    rest = text[m.end - base :]
    return rest[:1] == "-" and rest[1:2].islower()


_NAMED_POST_FOR = re.compile(
    r"(?:\b[A-Z][\w.&-]*|[’'])s?\s+(?:[a-z-]+\s+)?([a-z-]+)\s+for\s+(?:the\s+)?$"
)
"""A named body's office or post, then "for": "the WHO regional office for ", "Acme's
director for "."""
_WHOSE_BEFORE = re.compile(r"(?:\b[A-Z][\w.&-]*[’']s?|\b[A-Z][\w.&-]*s[’'])\s+$")
"""A name in the possessive right before: "WHO's ", "Lehman Brothers' "."""


def _a_remit(m: Mention, text: str, base: int) -> bool:
    """Whether a place's name says only what a named body's office or post covers: after
    the office or post and "for" ("the WHO regional office for Saltmarsh", "Acme's director
    for Saltmarsh"), or between the body's possessive and the office in lower case ("WHO's
    Saltmarsh office", "Acme's Saltmarsh division"). The body acts, and the place is its
    remit, as a state's name before a noun is whose the noun is (:func:`_owns`). An office
    or post no one's name goes with ("a fund for Saltmarsh", "the regional office in
    Saltmarsh") says nothing of the sort, nor does a title's domain ("Acme's Saltmarsh press
    secretary")."""
    before = text[: m.start - base]
    post = _NAMED_POST_FOR.search(before)
    if post is not None and post.group(1) in ORG_HEADS() | BODY_TITLES():
        return True
    word = _QUALIFIED.match(text[m.end - base :])
    return (
        word is not None
        and _WHOSE_BEFORE.search(before) is not None
        and word.group(1) in ORG_HEADS()
        and word.group(1) not in TITLE_DOMAINS()
    )


def _mark_owners(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """States named only as whose something is (see :func:`_owns`) are marked ``owner``."""
    out = []
    for k, m in enumerate(mentions):
        after = mentions[k + 1] if k + 1 < len(mentions) else None
        if m.kind == Kind.GOVERNMENT and m.canonical and _owns(m, after, text, base):
            m = replace(m, owner=True)
        elif m.kind == Kind.PLACE and _suffixed(m, text, base):
            m = replace(m, owner=True)  # "a Saltford-based fund": where it is based
        elif m.kind == Kind.PLACE and _a_remit(m, text, base):
            m = replace(m, owner=True)  # "the WHO regional office for Saltmarsh"
        out.append(m)
    return out
