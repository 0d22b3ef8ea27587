"""Who and what an article mentions.

Mentions are found with the gazetteer and with the shape of names in news prose: runs of
capitalised words, titles before a name ("Health Minister Ana Ruiz"), appositives
after it ("Tom Okafor, spokesman for ..."), organisation words at the end of a run
("... Meteorological Service"). A capital or metonym used as a speaker ("Paris denied",
"the Elysee said") is the government of its state; after a preposition ("in Rome") it is
a place. Resolving mentions to actors across the corpus is ``briefbook.analyse.actors``.

The module is longer than most: what a capitalised run is (a person, a body, a place, a
state, nothing) is one decision made of rules that look at one another (a title before a
name, a body's word at its end, a state's name at its start, a preposition before it), so
they are kept in one place; the evidence that a name is a person's is in
``briefbook.read.people``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefbook.model import Kind, Mention
from briefbook.read.gazetteer import Gazetteer
from briefbook.read.names import POSSESSIVE, Token, tokenize
from briefbook.read.people import (
    HONORIFICS,
    SPEAKING,
    STOP_CAPITALS,
    TITLE_DOMAINS,
    appositive,
    appositive_before,
    gap,
    is_title,
    of_title,
    role_before,
    shows_person,
    speaks_after,
)
from briefbook.read.people import affiliation as _affiliation
from briefbook.vocabulary import derived, words

SPEAKING_KINDS = frozenset(
    {Kind.PERSON, Kind.GOVERNMENT, Kind.AGENCY, Kind.ORGANISATION, Kind.OUTLET, Kind.GROUP}
)

ORG_HEADS = derived(lambda: words("names", "organisation_heads"))
AGENCY_HINTS = derived(lambda: words("names", "agency_heads"))
GEO_HEADS = derived(lambda: words("names", "place_heads"))
NOT_NAME_ENDINGS = derived(lambda: words("names", "not_name_endings"))
GEO_PREFIXES = derived(lambda: words("names", "place_prefixes"))
REGIONS = derived(lambda: words("names", "regions"))
OFFICIAL_NOUNS = derived(lambda: words("names", "official_nouns"))
GROUP_NOUNS = derived(lambda: words("names", "group_nouns"))
DOCUMENT_WORDS = derived(lambda: words("names", "document_words"))
STORM_WORDS = derived(lambda: words("names", "storm_words"))
DISEASES = derived(lambda: words("names", "diseases"))
NAME_BREAKERS = derived(lambda: words("names", "name_breakers"))
DISEASE_HEADS = derived(lambda: words("names", "disease_heads"))
NAME_SUFFIXES = derived(lambda: words("names", "name_suffixes"))
REPORTING_NOUNS = derived(lambda: words("names", "reporting_nouns"))
PLACE_PREPOSITIONS = derived(lambda: words("names", "place_prepositions"))
REGION_ADJECTIVES = derived(lambda: words("names", "region_adjectives"))
LANGUAGES = derived(lambda: words("names", "languages"))
PLACE_KINDS = derived(lambda: words("names", "place_kinds"))
BUILDING_HEADS = derived(lambda: words("names", "building_heads"))
PLACE_ONLY_PREPOSITIONS = derived(lambda: words("names", "place_only_prepositions"))
OUTLET_WORDS = derived(lambda: words("names", "outlet_words"))
GOVERNMENT_WORDS = derived(lambda: words("names", "government_words"))
NUMBERED_OUTLETS = derived(lambda: words("names", "numbered_outlets"))
AND_PART_ENDINGS = derived(lambda: words("names", "and_part_endings"))
NUMBERED_UNITS = derived(lambda: words("names", "numbered_units"))
NUMBERED_UNIT_AFTER = derived(
    lambda: words("names", "numbered_unit_verbs") | {w for w in GROUP_NOUNS() if " " not in w}
)
OFFICE_ENDINGS = derived(lambda: words("names", "office_endings"))
COMPANY_NOUNS = derived(lambda: words("names", "company_nouns"))
OUTLET_NOUNS = derived(lambda: {w.casefold() for w in words("names", "outlet_nouns")})


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


def _name_goes_on(tokens: Sequence[Token], end: int, kind: Kind) -> bool:
    """Whether an outlet's or organisation's name found in the gazetteer is only the start
    of a longer name: a capitalised word follows it ("The National Assembly")."""
    if kind not in (Kind.OUTLET, Kind.ORGANISATION) or end >= len(tokens):
        return False
    if tokens[end - 1].possessive or gap(tokens, end - 1, end) != " ":
        return False
    if tokens[end].text.isdigit() and _in_run(tokens, end, end - 1):
        return True  # "Sky News 18": a numbered channel of its own
    j = end
    while j < len(tokens) and tokens[j].capitalised and tokens[j].bare not in STOP_CAPITALS():
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
        if len(acronym) >= 2 and _subsequence(acronym.upper(), initials.upper()):
            first = next(i for i, w in enumerate(name.split()) if w == words[0])
            out[acronym] = " ".join(name.split()[first:])
    return out


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
        if found.kind == Kind.GOVERNMENT and surface in gaz.capitals and _name_after(tokens, found):
            continue  # a capital's name opening a person's: "Minister Aden Bare Duale"
        if (
            found.kind == Kind.GOVERNMENT
            and (named or surface in gaz.capitals)
            and _organisation_after(tokens, found.end - 1)
        ):
            # a state's or its capital's name opening an organisation's: "Freedonia Medical
            # Association", "Saltford Medical College"
            continue
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
                    tokens[i].bare, _body_kind(name.split()), canonical=name,
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
        if lone_adjective:
            i += 1
            continue
        run_end = i
        while run_end < len(tokens) and run_end not in taken and _in_run(tokens, run_end, i):
            if tokens[run_end].possessive and (run_end > i or _body_head(tokens, run_end + 1)):
                run_end += 1
                if _body_head(tokens, run_end):
                    # "Pierce County Sheriff's Department", "Children's Hospital"
                    run_end += 1
                break
            run_end += 1
        mention = _run_mention(source_id, sentence_id, tokens, i, run_end, text, base, gaz)
        if mention is not None:
            if (
                mention.kind in (Kind.AGENCY, Kind.ORGANISATION)
                and mention.text in acronyms.values()
            ):
                mention = replace(mention, canonical=mention.text)
            mentions.append(mention)
        i = max(run_end, i + 1)
    return _mark_roles(_join_of_country(mentions, text, base))


def _names_before_suffixes(tokens: list[Token]) -> list[Token]:
    """A name of several words made an adjective by a lower-case suffix ("a Taylor
    Swift-themed class", "the Ana Ruiz-led party") still names its bearer: the suffix is cut
    from the name's last word, which ends the name. One word alone stays an adjective
    ("Lisbon-based", see :func:`_run_mention`); a hyphenated given name is no adjective
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


def _body_kind(words: Sequence[str]) -> Kind:
    """A state body (agency) when its name says so, else an organisation."""
    return Kind.AGENCY if any(w.casefold() in AGENCY_HINTS() for w in words) else Kind.ORGANISATION


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
        if tokens[j].possessive or gap(tokens, j - 1, j) != " ":
            break  # "... Party's", "... Party (ANP)": the name ends
        j += 1
    heads = [
        i
        for i in range(k + 1, j)
        if tokens[i].bare.casefold() in ORG_HEADS()
        and (i == j - 1 or tokens[i + 1].text in ("of", "on", "for"))
    ]  # "... Medical Association", "... Commission on Human Rights"
    return j > k + 1 and bool(heads)


def _join_of_country(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """ "Union" + " of " + "Velmar" -> one organisation "Union of Velmar", affiliated to Velmar."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in (Kind.AGENCY, Kind.ORGANISATION)
            and m.kind == Kind.GOVERNMENT
            and text[prev.end - base : m.start - base] == " of "
        ):
            name = text[prev.start - base : m.end - base]
            out[-1] = replace(
                prev, end=m.end, text=name, affiliation=m.canonical or prev.affiliation
            )
            continue
        out.append(m)
    return out


def _body_head(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a body's head word that ends a name ("... Sheriff's Department")."""
    return (
        k < len(tokens)
        and tokens[k].capitalised
        and tokens[k].bare.casefold() in ORG_HEADS()
        and (k + 1 >= len(tokens) or not tokens[k + 1].capitalised)
    )


def _and_body(tokens: Sequence[Token], k: int, start: int) -> bool:
    """Whether "and" at token ``k`` joins two halves of one body's name ("International
    Longshore and Warehouse Union"): capitalised words follow it up to a body's head word,
    and the words before it do not end with one ("Acme Corp and Beta Inc" are two)."""
    if k <= start or tokens[k - 1].bare.casefold() in ORG_HEADS() or tokens[k - 1].possessive:
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


_WEEKDAYS = frozenset(calendar.day_name)
_MONTHS = frozenset(calendar.month_name[1:])


def _a_time(tokens: Sequence[Token], k: int) -> bool:
    """Whether the capitalised token ``k`` names a day, not a name's next word: wire copy
    drops the "on" ("Ruiz Tuesday said", "Ruiz October 15 announced"). A month is one only
    with its day after it: "May" and "March" are surnames too."""
    word = tokens[k].bare
    if word in _WEEKDAYS:
        return True
    return (
        word in _MONTHS
        and k + 1 < len(tokens)
        and tokens[k + 1].text.isdigit()
        and gap(tokens, k, k + 1) == " "
    )


def _in_run(tokens: Sequence[Token], k: int, start: int) -> bool:
    token = tokens[k]
    if k > start and token.capitalised and _a_time(tokens, k):
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
        if k > start and tokens[k - 1].possessive:
            return False
        return not (k > start and gap(tokens, k - 1, k) not in ("", " "))
    if token.text == "and" and k + 1 < len(tokens):
        return _and_body(tokens, k, start) and gap(tokens, k - 1, k) == " "
    if token.text in ("of", "for", "on", "de", "al", "bin") and k + 1 < len(tokens):
        following = tokens[k + 1]
        return (
            following.capitalised
            and following.bare not in STOP_CAPITALS()
            and k > start
            and gap(tokens, k - 1, k) == " "
        )
    return False


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


def _title_of_place(run: Sequence[Token]) -> bool:
    """A title and the place it is held for, with no name after: "Revenue Secretary of
    Saltford", "Regional Director for Freedonia", "Mayor of Port Almond": a title's word
    before 'of' or 'for', capitalised words before it. One or two words
    follow 'of' or 'for', none of them a title's or a body's word (a name after the place,
    "Mayor of Saltford Ana Ruiz", is a person; "Minister of the Interior" is a title alone)."""
    links = [k for k, t in enumerate(run) if t.text in ("of", "for")]
    if not links or links[0] == 0:
        return False
    k = links[0]
    place = run[k + 1 :]
    return (
        is_title(run[k - 1])
        and run[k - 1].bare.casefold() not in ORG_HEADS()  # "Ministry of Fisheries": a body
        and all(t.capitalised or t.text == "and" for t in run[:k])
        and 1 <= len(place) <= 2
        and all(t.capitalised and not is_title(t) for t in place)
        and place[-1].bare.casefold() not in ORG_HEADS()
    )


def _a_storm(words: Sequence[str]) -> bool:
    """Whether a capitalised run names a storm ("Super Typhoon Saltra", "Tropical Storm
    Berrow"): a storm's word before its last word, and no organisation's word at its end."""
    return any(w.casefold() in STORM_WORDS() for w in words[:-1]) and (
        words[-1].casefold() not in ORG_HEADS()
    )


def _a_disease(words: Sequence[str], tokens: Sequence[Token], end: int) -> bool:
    """Whether a capitalised run names a disease or a virus: one named after a place
    ("Ebola", "Nipah Virus"), or any name with a disease's word right after it ("the
    Saltmark virus")."""
    folded = [w.casefold() for w in words]
    heads = DISEASE_HEADS()
    while len(folded) > 1 and folded[-1] in heads:
        folded.pop()
    if " ".join(folded) in DISEASES():
        return True
    return end < len(tokens) and tokens[end].text in heads


def _run_mention(
    source_id: str,
    sentence_id: str,
    tokens: Sequence[Token],
    start: int,
    end: int,
    text: str,
    base: int,
    gaz: Gazetteer,
) -> Mention | None:
    run = list(tokens[start:end])
    while run and (
        run[0].text in STOP_CAPITALS()
        or run[0].bare in STOP_CAPITALS()
        or run[0].text in ("of", "for", "on", "and")
        or run[0].text.casefold() in SPEAKING()  # "Said Ana Ruiz: ..."
    ):
        run.pop(0)
    while run and run[-1].text in ("of", "for", "on", "and"):
        run.pop()
    if not run:
        return None
    words = [t.bare for t in run]
    if (
        any(
            w.casefold() in DOCUMENT_WORDS()
            and (k == len(words) - 1 or words[k + 1] in ("of", "on", "for"))
            for k, w in enumerate(words)
        )  # "the Paris Agreement", "Law of the Sea"; not "Law Minister Ana Ruiz"
        or _a_storm(words)
        or " ".join(words) in REGION_ADJECTIVES()
        or " ".join(words) in LANGUAGES()
        or " ".join(words) in gaz.adjectives
        or (words[-1].endswith("s") and " ".join(words)[:-1] in gaz.adjectives)
        or " ".join(words).casefold() in GROUP_NOUNS()
        or _a_disease(words, tokens, end)
    ):  # a document, a storm, a region's or a state's people ("Kenyans", "South Africans"), a
        # language, a group, a disease
        return None
    titles_only = all(is_title(t) or t.text in ("of", "for", "and") for t in run)
    body_of = any(
        w.casefold() in ORG_HEADS() and k + 1 < len(words) and words[k + 1] in ("of", "on", "for")
        for k, w in enumerate(words)
    )  # "Ministry of Health": a body, though each of its words can be a title's
    if titles_only and words[-1].casefold() not in ORG_HEADS() and not body_of:
        return None  # a title alone: "Head of State", "the Defence Secretary"
    if _title_of_place(run):
        return None  # "Ana Ruiz, Revenue Secretary of Saltford, said": her title, no one else
    if len(words) == 1 and "-" in words[0] and words[0].rsplit("-", 1)[1].islower():
        return None  # an adjective made of a name: "Lisbon-based", "state-owned"
    if any(
        "-" in w and any(_affiliation([Token(0, 0, part)], gaz) for part in w.split("-"))
        for w in words
    ):
        return None  # "France-Spain border", "Franco-Spanish cooperation"
    # a place's kind word goes with the name only right after it: not "in Saltford, state
    # media said" nor "Saltford. State media"
    joined = end < len(tokens) and gap(tokens, end - 1, end) == " "
    after = tokens[end].text.casefold() if joined else ""
    two_before = " ".join(t.text.casefold() for t in tokens[max(0, start - 2) : start])
    # "Saltford region", "the town of Saltford"
    # not "Ana Ruiz's palace", "Ruiz's home": a possessive says whose the place is
    geographic = (after in GEO_HEADS() and not run[-1].possessive) or (
        len(two_before.split()) == 2
        and two_before.split()[1] == "of"
        and two_before.split()[0] in PLACE_KINDS()
    )
    head = words[-1].casefold().rstrip(".")
    if head in NOT_NAME_ENDINGS():
        return None  # "Gate No. 3"
    surface = POSSESSIVE.sub("", text[run[0].start - base : run[-1].end - base])
    # a title inside the run with a name after it: "Labour Party Representative Ana Ruiz"
    last_title = max((k for k, t in enumerate(run[:-1]) if is_title(t)), default=-1)
    person_after_title = (
        (
            last_title >= 0
            and run[last_title + 1].text not in ("of", "for")
            # "Air Freedonia Express": a state's name after the title word makes it a body's
            and not (
                words[last_title].casefold() in ORG_HEADS()
                and run[last_title + 1].bare in gaz.names
            )
        )
        # a place's kind word names a place as the run's last word only: "CEO Park Ji-ho"
        and not any(w.casefold() in ORG_HEADS() for w in words[last_title + 1 :])
        and words[-1].casefold() not in GEO_HEADS()
    )
    org_head = (
        head in ORG_HEADS()
        or any(
            w.casefold() in ORG_HEADS()
            and k + 1 < len(words)
            and words[k + 1] in ("of", "on", "for")
            for k, w in enumerate(words)
        )
        # "Air Freedonia", "Police Scotland": a body's word opening a name
        or (
            len(words) >= 2
            and words[0].casefold() in ORG_HEADS()
            and not words[0].isupper()
            and head not in GEO_HEADS()
        )
    )
    untitled_run = not any(is_title(t) for t in run)
    # a building where something happens: "a fire at the County Court", "in the National Library"
    k = start - 1
    while k >= 0 and tokens[k].text.casefold() in ("the", "a", "an"):
        k -= 1
    housed = k >= 0 and tokens[k].text.casefold() in PLACE_PREPOSITIONS()
    if org_head and housed and head in BUILDING_HEADS():
        org_head, geographic = False, True
    # organisations and agencies: "National Weather Service", "Union of Dockworkers"
    if org_head and not person_after_title:
        kind = _body_kind(words)
        affiliation = _affiliation(tokens[max(0, start - 3) : start], gaz) or _affiliation(
            run[:-1], gaz
        )
        possessive = next((k + 1 for k, t in enumerate(run[:-1]) if t.possessive), 0)
        if possessive == len(run) - 1:
            possessive = 0  # "Pierce County Sheriff's Department" is one name
        name_tokens = run[possessive:]
        name = POSSESSIVE.sub("", text[name_tokens[0].start - base : name_tokens[-1].end - base])
        return Mention(
            source_id,
            sentence_id,
            name_tokens[0].start,
            name_tokens[-1].end,
            name,
            kind,
            affiliation=affiliation,
            span_start=run[0].start,
            # "the Commission": a body named by its kind alone stands for one named before
            weak=len(name_tokens) == 1 and name.casefold() in ORG_HEADS(),
        )
    governed = _government_after(tokens, end)
    if governed and untitled_run and not person_after_title and not run[-1].possessive:
        # "the Saltford government", "the Ruiz administration": the government of a region
        # or a leader, named by what it is of
        last = tokens[end + governed - 1]
        stop = last.start + len(last.bare)  # "the Ruiz administration's decision"
        return Mention(
            source_id, sentence_id, run[0].start, stop,
            text[run[0].start - base : stop - base], Kind.GOVERNMENT,
            span_start=run[0].start,
        )  # fmt: skip
    numbered = len(words) >= 2 and words[-1].isdigit()  # "Channel 24": see _in_run
    if numbered and words[-2].casefold() in NUMBERED_UNITS() and untitled_run:
        # "Teamsters Local 405", "Machinists District 12": a body's numbered branch
        return Mention(
            source_id, sentence_id, run[0].start, run[-1].end, surface, Kind.ORGANISATION,
            span_start=run[0].start,
        )  # fmt: skip
    if (_outlet_around(tokens, start, end) or numbered) and not person_after_title and untitled_run:
        # "the local newspaper Morning Star", "news agency Bernama", "Saltford Echo newspaper",
        # "Channel 24"
        return Mention(
            source_id, sentence_id, run[0].start, run[-1].end, surface, Kind.OUTLET,
            span_start=run[0].start,
        )  # fmt: skip
    if (
        start > 0
        and tokens[start - 1].text in COMPANY_NOUNS()
        and gap(tokens, start - 1, start) == " "  # not "a lawyer for the company, Ana Ruiz,"
        and untitled_run
        and not person_after_title
        and len(words) <= 3
        and not geographic
    ):
        # "egg producer Acme", "carmaker Berrow Motors": the noun says what the name is
        return Mention(
            source_id, sentence_id, run[0].start, run[-1].end, surface, Kind.ORGANISATION,
            span_start=run[0].start,
        )  # fmt: skip
    # "Park said": a surname that is also a place's kind word, alone and speaking, is no place
    kind_word_speaks = (
        len(words) == 1
        and (head in GEO_HEADS() or head in GEO_PREFIXES())
        and speaks_after(tokens, end)
        and not (start > 0 and tokens[start - 1].text.casefold() in ("the", "a", "an"))
    )  # "the West said" stays unnamed
    # "CEO Park", "Mr Park": a title right before a place's kind word makes it a surname
    titled_kind_word = (
        last_title == len(run) - 2
        and run[last_title].bare.casefold() not in TITLE_DOMAINS()  # "National Airport"
        and head in GEO_HEADS()
        and run[-1].bare[:1].isupper()
        and not run[-1].text.isupper()
    )
    if not (kind_word_speaks or titled_kind_word) and (
        geographic
        or head in GEO_HEADS()
        or words[-1] in REGIONS()
        or (
            len(words) >= 2
            and words[0].casefold() in GEO_PREFIXES()
            and not person_after_title
            and not any(is_title(t) for t in tokens[max(0, start - 2) : start])
        )
    ):
        last = tokens[end] if after in GEO_HEADS() else run[-1]
        surface = POSSESSIVE.sub("", text[run[0].start - base : last.end - base])
        if surface.casefold() in GEO_HEADS() or surface.casefold() in GEO_PREFIXES():
            return None  # "the Sea" of "the Sea of Japan": a place's kind alone names none
        return Mention(
            source_id,
            sentence_id,
            run[0].start,
            run[0].start + len(surface),
            surface,
            Kind.PLACE,
            span_start=run[0].start,
        )
    quoted = text[max(0, run[0].start - base - 1) : run[0].start - base] in ('"', "“", "‘")
    speaks = not quoted and (speaks_after(tokens, end) or _cited(tokens, start))
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        if not speaks:
            return None  # a bare acronym the gazetteer does not know: too ambiguous
        # "the FAA said": an acronym that speaks is a body
        return Mention(
            source_id, sentence_id, run[0].start, run[0].end, words[0], Kind.ORGANISATION,
            span_start=run[0].start,
        )  # fmt: skip
    # people: optional titles, then the name
    k = 0
    for n in (3, 2):
        if len(run) > n - 1 and " ".join(t.bare for t in run[:n]) in gaz.adjectives:
            k = n
            break
    if k >= len(run):
        return None  # only an adjective: "the first Spanish rescuers"
    while k < len(run) - 1 and (
        is_title(run[k])
        or (
            # "Kenyan", or a state before a title ("Kenya Defence Minister"); a capital after
            # the title opens the name ("Minister Aden Bare Duale")
            _affiliation([run[k]], gaz) and (run[k].bare in gaz.adjectives or k < last_title)
        )
        or (k > 0 and run[k].text in ("of", "for"))
    ):
        k += 1
    if person_after_title:
        k = max(k, last_title + 1)
    name_tokens = run[k:]
    cut = next((n for n, t in enumerate(name_tokens) if n > 0 and t.text in ("of", "for")), 0)
    if (
        cut
        and not is_title(name_tokens[cut - 1])
        and name_tokens[cut - 1].bare.casefold() not in ORG_HEADS()
    ):
        # a person's name stops before "of": "Rev. Ana Ruiz of Berrow", "Ana Ruiz of Acme said"
        # (a title's "of" stays for the rules below: "Minister of Health Ana Ruiz")
        name_tokens = name_tokens[:cut]
    if any(is_title(t) for t in name_tokens) and len(name_tokens) > 1:
        # "Defense Secretary" alone, or a title after the name: not a person's name
        while name_tokens and is_title(name_tokens[0]):
            name_tokens = name_tokens[1:]
    if not name_tokens or all(is_title(t) for t in name_tokens):
        return None
    if len(name_tokens) > 1 and name_tokens[-1].bare.casefold() in OFFICE_ENDINGS():
        return None  # a name never ends with an office: "Ana Ruiz, Saltford Revenue Secretary,"
    if len(name_tokens) == 1 and len(name_tokens[0].bare.rstrip(".")) == 1:
        return None  # a letter alone names no one ("posted on X")
    name = POSSESSIVE.sub("", text[name_tokens[0].start - base : name_tokens[-1].end - base])
    role_tokens = role_before(tokens, tokens.index(name_tokens[0]), gaz)
    honorifics = [
        t.bare.rstrip(".") for t in role_tokens if t.bare.casefold().rstrip(".") in HONORIFICS()
    ]
    honorific = honorifics[0] if honorifics else None
    role: str | None = " ".join(t.bare for t in role_tokens if t.bare.rstrip(".") not in honorifics)
    role = role or None
    apposed = appositive(text, name_tokens[-1].end - base) or appositive_before(
        text, name_tokens[0].start - base
    )
    if role is None and apposed:
        role = apposed
    affiliation = _affiliation(role_tokens, gaz) if role_tokens else None
    if affiliation is None and apposed:
        affiliation = _affiliation(tokenize(apposed), gaz)
    span_start = role_tokens[0].start if role_tokens else name_tokens[0].start
    at = tokens.index(name_tokens[0])
    before = tokens[at - 1].text.casefold() if at > 0 else ""
    according = at > 1 and tokens[at - 2].text.casefold() == "according"
    lone = len(name_tokens) == 1 and not role_tokens
    titled = any(t.bare.casefold() not in TITLE_DOMAINS() for t in role_tokens)
    shown = bool(titled or apposed) or shows_person(tokens, text, base, at, end)
    untitled = not any(is_title(t) for t in run)
    of_kind = of_title(tokens, at) if untitled else None
    if of_kind is not None:
        # "chief executive of Network Rail", "the mayor of Berrow": not a person
        return Mention(
            source_id, sentence_id, name_tokens[0].start, name_tokens[-1].end, name,
            of_kind, span_start=name_tokens[0].start,
            weak=lone and of_kind == Kind.ORGANISATION,
        )  # fmt: skip
    untitled = untitled and not role_tokens
    if untitled and before == "the":
        # "the Sacramento Bee", "the Royal Family": people take no article; a body if it
        # speaks, an outlet if a word says so ("the Daily Courier newspaper")
        outlet = end < len(tokens) and tokens[end].text.casefold() in OUTLET_WORDS()
        if not (speaks_after(tokens, end) or outlet):
            return None
        return Mention(
            source_id, sentence_id, name_tokens[0].start, name_tokens[-1].end, name,
            Kind.OUTLET if outlet else Kind.ORGANISATION, span_start=name_tokens[0].start,
        )  # fmt: skip
    if any(t.bare.casefold() in NAME_BREAKERS() for t in name_tokens[1:]):
        return None  # "On Strike Against Saltmark": a slogan or a headline, no one's name
    # "in Tarragona", "near New Berrow": a name after a place preposition, with nothing that
    # shows a person, is a place ("in Ruiz's words" and "the oath to Ruiz, 84," are not)
    end_at = name_tokens[-1].end - base
    place = (
        not according
        and not name_tokens[-1].possessive
        and (
            (lone and before in PLACE_PREPOSITIONS() and not _AGED.match(text, end_at))
            or (not lone and before in PLACE_ONLY_PREPOSITIONS() and not (role_tokens or honorific))
        )
    )
    return Mention(
        source_id,
        sentence_id,
        name_tokens[0].start,
        name_tokens[-1].end,
        name,
        Kind.PLACE if place else Kind.PERSON,
        role=None if place else role,
        affiliation=None if place else affiliation,
        span_start=span_start,
        weak=not place and lone and not apposed,
        honorific=None if place else honorific,
        bare=not place and not shown,
    )


def _government_after(tokens: Sequence[Token], end: int) -> int:
    """How many words after a name say it is a government's ("government", "state
    government", "administration"), in lower case; 0 if none."""
    for n in (2, 1):
        after = tokens[end : end + n]
        if (
            len(after) == n
            and all(t.text.islower() for t in after)
            and " ".join(t.bare for t in after) in GOVERNMENT_WORDS()
        ):
            return n
    return 0


def _outlet_around(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether words that name only a news outlet stand right before or right after the
    name at tokens ``start:end`` ("the daily Morning Star", "Saltford Echo newspaper")."""
    nouns = OUTLET_NOUNS()
    for n in (1, 2):
        before = " ".join(t.text.casefold() for t in tokens[max(0, start - n) : start])
        after = " ".join(t.bare.casefold() for t in tokens[end : end + n])
        if (start >= n and before in nouns) or (end + n <= len(tokens) and after in nouns):
            return True
    return False


_AGED = re.compile(r",\s*(?:aged\s+)?\d{1,3}\s*,|\s*\(\d{1,3}\)")
"""An age right after a name ("to Ruiz, 84, and his team"): people have ages, places not."""


def _cited(tokens: Sequence[Token], start: int) -> bool:
    """Whether a name is cited as a source: "according to (national weather service) AEMET"."""
    before = [t.text.casefold() for t in tokens[max(0, start - 6) : start]]
    if "according" not in before:
        return False
    k = before.index("according")
    rest = before[k + 1 :]
    return bool(rest) and rest[0] == "to" and all(w.islower() for w in rest[1:])


def _mark_roles(mentions: list[Mention]) -> list[Mention]:
    """Mentions inside a person's title are part of that title, not speakers of their own."""
    people = [m for m in mentions if m.kind == Kind.PERSON and m.span_start < m.start]
    out = []
    for m in mentions:
        inside = any(p is not m and p.span_start <= m.start and m.end <= p.start for p in people)
        out.append(replace(m, in_role=True) if inside else m)
    return out
