"""What a run of capitalised words names: a person, a body, a place, an outlet, or nothing.

One decision made of rules that look at one another (a title before a name, a body's word
at its end, a state's name at its start, a preposition before it, a word after it that says
what it is: "government", "newspaper"), kept together in :func:`run_mention`. Where the run
ends is ``read/name_runs``; the evidence that a name is a person's is ``read/people``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefbook.analyse.cues import stem
from briefbook.model import Kind, Mention
from briefbook.read.gazetteer import Gazetteer
from briefbook.read.name_runs import (
    a_time,
    month_speaks,
    named_for,
    names_a_model,
    ordinal_opens_body,
)
from briefbook.read.name_words import (
    AGENCY_HINTS,
    BODY_DESCRIPTIONS,
    BODY_ORGANS,
    BODY_PLURALS,
    BROADCAST_ENDINGS,
    BUILDING_HEADS,
    COMPANY_NOUNS,
    DISEASE_HEADS,
    DISEASES,
    DOCUMENT_WORDS,
    GEO_HEADS,
    GEO_PREFIXES,
    GOVERNMENT_WORDS,
    GROUP_NOUNS,
    JOURNEY_WORDS,
    LANGUAGES,
    NAME_BREAKERS,
    NOT_NAME_ENDINGS,
    NUMBERED_UNITS,
    OFFICE_ENDINGS,
    ORG_HEADS,
    OUTLET_NOUNS,
    OUTLET_WORDS,
    PARTY_MEMBERS,
    PLACE_KINDS,
    PLACE_ONLY_PREPOSITIONS,
    PLACE_PREPOSITIONS,
    PORTFOLIO_ENDINGS,
    POST_NOMINALS,
    REGION_ADJECTIVES,
    REGIONS,
    SOURCE_VERBS,
    STORM_WORDS,
    WATER_HEADS,
)
from briefbook.read.names import POSSESSIVE, Token, tokenize, web_address
from briefbook.read.people import (
    HONORIFICS,
    PERSON_NOUNS,
    SPEAKING,
    STOP_CAPITALS,
    TITLE_DOMAINS,
    apposed_body,
    appositive,
    appositive_before,
    body_described,
    gap,
    is_title,
    of_title,
    role_before,
    shows_person,
    speaks_after,
)
from briefbook.read.people import affiliation as _affiliation
from briefbook.read.pronouns import PERSON_PRONOUNS
from briefbook.vocabulary import alternation, derived, words


def body_kind(words: Sequence[str]) -> Kind:
    """A state body (agency) when its name says so, else an organisation."""
    return Kind.AGENCY if any(w.casefold() in AGENCY_HINTS() for w in words) else Kind.ORGANISATION


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


def _person_of_body(run: Sequence[Token], gaz: Gazetteer) -> bool:
    """Whether a run is a person's name of two or three words, then "of" and the body the
    person is of: "Ana Ruiz of Acme Holdings said", "Tom Okafor of the Berrow Dockers'
    Union". No word before "of" is a title's, a body's or a place's word, a noun for people
    ("Sisters of Mercy"), a state's name or its adjective, or all capitals ("Bank of
    Freedonia", "Freedonian Ministry of Health", "BJ Medical College" stay bodies)."""
    at = next((k for k, t in enumerate(run) if t.text == "of"), -1)
    return at in (2, 3) and all(
        t.capitalised
        and not t.text.isupper()
        and not t.possessive
        and not is_title(t)
        and t.bare.casefold() not in ORG_HEADS()
        and t.bare.casefold() not in GEO_HEADS()
        and t.bare.casefold() not in GEO_PREFIXES()
        and t.bare.casefold() not in PERSON_NOUNS()
        and t.bare.casefold() not in GROUP_NOUNS()
        and t.bare not in gaz.names
        and t.bare not in gaz.adjectives
        and not _affiliation([t], gaz)
        for t in run[:at]
    )


def _people_of_a_place(words: Sequence[str], gaz: Gazetteer) -> bool:
    """Whether a run names the people of a place whose name opens with a place's first word:
    "New Yorkers", "North Carolinians", "New Mexicans" (not "New Orleans"): its last word
    is a plural of someone from there, in "-ers", "-ians" or a state's adjective."""
    if len(words) < 2 or words[0].casefold() not in GEO_PREFIXES() or not words[-1].endswith("s"):
        return False
    one = words[-1][:-1]
    return one.endswith(("er", "ian")) or one in gaz.adjectives


def _region_adjective(words: Sequence[str], gaz: Gazetteer) -> bool:
    """Whether a run is a compass point's or a place's first word before a people's
    adjective: the adjective of a region ("the South Freedonian country", "Southern Berrowan
    waters"), not a name."""
    rest = " ".join(words[1:])
    return (
        len(words) >= 2
        and words[0].casefold() in GEO_PREFIXES()
        and (rest in gaz.adjectives or rest in REGION_ADJECTIVES())
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


def _journey_at(run: Sequence[Token], tokens: Sequence[Token], end: int) -> int | None:
    """Where a capitalised run names a flight, a train or a bus by its number ("Flight
    1282", "Flight SA-171"): the index of a journey's word with a number after it, in the run
    or right after it; the words before it are the carrier's ("Saltmark Airlines")."""
    following = [*run[1:], *tokens[end : end + 1]]
    return next(
        (
            k
            for k, (t, after) in enumerate(zip(run, following, strict=False))
            if t.bare.casefold() in JOURNEY_WORDS() and any(c.isdigit() for c in after.text)
        ),
        None,
    )


def _model_at(run: Sequence[Token], tokens: Sequence[Token]) -> int | None:
    """Where a capitalised run names a vehicle or a product by its maker and model ("Airbus
    A350", "Boeing Max 9"): the index of the maker's first word, after the last body's word
    before the model ("Saltmark Airlines Airbus A350": the words before it are the
    carrier's)."""
    at = next((k for k, t in enumerate(run) if names_a_model(tokens, tokens.index(t))), None)
    if at is None:
        return None
    while at > 0 and run[at - 1].capitalised and run[at - 1].bare.casefold() not in ORG_HEADS():
        at -= 1
    return at


def _title_around(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a run is one of what a title or a body is for, in a list the title closes
    ("Agriculture, Forestry and Fisheries Minister") or a title or a body's word opens
    ("Minister of Roads and Rural Development", "Centre for Peace and Human Rights"): the
    words on either side go on, through capitalised words, "and", "of" and "for", to one."""
    links = ("and", "&", "of", "for")
    for t in tokens[end:]:
        if is_title(t) or t.bare.casefold() in ORG_HEADS():
            return True
        if not (t.capitalised or t.text.casefold() in links):
            break
    for t in reversed(tokens[:start]):
        if is_title(t) or t.bare.casefold() in ORG_HEADS():
            return True
        if not (t.capitalised or t.text.casefold() in links):
            break
    return False


def run_mention(
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
    adverb = _sentence_adverb(tokens, start, text, base)
    while run and (
        (
            (run[0].text in STOP_CAPITALS() or run[0].bare in STOP_CAPITALS())
            and not ordinal_opens_body(tokens, end - len(run))  # "First Republic Bank"
            and not month_speaks(tokens, end - len(run), text, base)  # '“...,” May said'
        )
        or run[0].text in ("of", "for", "on", "and")
        or run[0].text.casefold() in SPEAKING()  # "Said Ana Ruiz: ..."
        or (adverb and run[0] is tokens[start])  # "Similarly, ..."
        or a_time(tokens, end - len(run))  # "Oct. 3 said": a date, no one's name
    ):
        run.pop(0)
    journey = _journey_at(run, tokens, end)
    if journey is not None:
        # "Saltmark Airlines Flight 1282": the flight is no one; its carrier is named
        run, end = run[:journey], tokens.index(run[journey]) if journey else end
    model = _model_at(run, tokens)
    if model is not None:
        # "a Saltmark Airlines Airbus A350", "Boeing 737 jets": the aircraft is no one; its
        # carrier is named
        run = run[:model]
    while run and run[-1].text in ("of", "for", "on", "and", "the"):
        run.pop()
    # "Chipmaker Acme Devices said": a sentence's first word saying what kind of company
    # the name after it is, as "chipmaker" does inside a sentence
    described_company = (
        len(run) > 1 and run[0] is tokens[0] and run[0].bare.casefold() in COMPANY_NOUNS()
    )
    if described_company:
        run.pop(0)
    if not run:
        return None
    if len(run) == 1 and web_address(run[0].text):
        # a name written as a web address: a news site's when the sentence cites it as a
        # source ("Saltford.com reported", "according to Saltford.com", "the news site
        # Saltford.com"), else a body's ("Saltford.com said it would appeal the fine")
        k = tokens.index(run[0])
        source = (
            _reports_after(tokens, k + 1) or _cited(tokens, k) or _outlet_around(tokens, k, k + 1)
        )
        return Mention(
            source_id, sentence_id, run[0].start, run[0].start + len(run[0].bare), run[0].bare,
            Kind.OUTLET if source else Kind.ORGANISATION, span_start=run[0].start,
        )  # fmt: skip
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
        or _people_of_a_place(words, gaz)
        or _region_adjective(words, gaz)
        or " ".join(words).casefold() in GROUP_NOUNS()
        or _a_disease(words, tokens, end)
        or words[-1].casefold() in PARTY_MEMBERS()
    ):  # a document, a storm, a region's or a state's people ("Kenyans", "South Africans"), a
        # language, a group, a disease, a party's member ("the Saltford Democrat")
        return None
    if all(t.bare.casefold() in OUTLET_WORDS() for t in run):
        return None  # "NHK TV reported", "state TV said": a kind of outlet, no name
    titles_only = all(is_title(t) or t.text in ("of", "for", "and") for t in run)
    body_of = any(
        w.casefold() in ORG_HEADS() and k + 1 < len(words) and words[k + 1] in ("of", "on", "for")
        for k, w in enumerate(words)
    )  # "Ministry of Health": a body, though each of its words can be a title's
    if titles_only and words[-1].casefold() not in ORG_HEADS() and not body_of:
        return None  # a title alone: "Head of State", "the Defence Secretary"
    if _title_of_place(run):
        return None  # "Ana Ruiz, Revenue Secretary of Saltford, said": her title, no one else
    if _PARTY_TAG.match(text, run[0].start - base) and re.search(
        r"(?:\(|,\s)$", text[: run[0].start - base]
    ):
        return None  # "Sen. Ana Ruiz (D-N.J.)", "Ana Ruiz, R-Texas,": her party and state
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
    geographic = (
        (after in GEO_HEADS() and not run[-1].possessive)
        or (
            len(two_before.split()) == 2
            and two_before.split()[1] == "of"
            and two_before.split()[0] in PLACE_KINDS()
        )
        # "the Sea of Saltford", "the Gulf of Freedonia": a water's or a landform's kind word,
        # then its name (not "the City of Saltford said": a city's government)
        or (len(words) >= 3 and words[0].casefold() in WATER_HEADS() and words[1] == "of")
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
        # no one is named by a title's words alone: "Ministry of Foreign Affairs", "Home
        # Affairs", "Foreign Trade" name what an office is of, not a person after a title
        and not all(is_title(t) for t in run[last_title + 1 :])
        # nor after what a title is of alone: "Office for National Statistics"
        and words[last_title].casefold() not in TITLE_DOMAINS()
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
        or "&" in words  # "Ruiz & Berrow": partners joined by an ampersand name a firm
    )
    if org_head and _person_of_body(run, gaz):
        org_head = False  # "Ana Ruiz of Acme Holdings said": her name, then the body she is of
    untitled_run = not any(is_title(t) for t in run)
    # a building where something happens: "a fire at the County Court", "in the National Library"
    k = start - 1
    while k >= 0 and tokens[k].text.casefold() in ("the", "a", "an"):
        k -= 1
    housed = k >= 0 and tokens[k].text.casefold() in PLACE_PREPOSITIONS()
    if org_head and head in BUILDING_HEADS() and (housed or _one_of_a_kind(tokens, start, end)):
        org_head, geographic = False, True
    # organisations and agencies: "National Weather Service", "Union of Dockworkers"
    if org_head and not person_after_title:
        kind = body_kind(words)
        affiliation = _affiliation(tokens[max(0, start - 3) : start], gaz) or _affiliation(
            run[:-1], gaz
        )
        # a possessive cuts off whose the body is ("Freedonia's Health Ministry"), unless it is
        # the name's own ("the People's Defence Force")
        at_run = tokens.index(run[0])
        possessive = next(
            (
                k + 1
                for k, t in enumerate(run[:-1])
                if t.possessive and not named_for(tokens, at_run + k)
            ),
            0,
        )
        if possessive == len(run) - 1:
            possessive = 0  # "Pierce County Sheriff's Department" is one name
        # "CEO of Acme Holdings", "spokesman for Acme Corp": a post, then the body it is in
        post = 0
        while post < len(run) and is_title(run[post]) and words[post].casefold() not in ORG_HEADS():
            post += 1
        if 0 < post < len(run) - 1 and run[post].text in ("of", "for"):
            possessive = max(possessive, post + 1)
        name_tokens = run[possessive:]
        name = POSSESSIVE.sub("", text[name_tokens[0].start - base : name_tokens[-1].end - base])
        organ = _organ_length(name_tokens)
        organ_of = _body_of_organ(name_tokens, organ)
        if organ_of:
            # "the Board of Directors of Acme": the body whose organ it is speaks through it
            name_tokens = name_tokens[organ_of:]
            name = POSSESSIVE.sub(
                "", text[name_tokens[0].start - base : name_tokens[-1].end - base]
            )
            kind = Kind.ORGANISATION
        elif organ and organ == len(name_tokens):
            if not possessive:
                return None  # "the Board of Directors": an organ of the body named, no actor
            # "Acme's Board of Directors": the body whose organ it is speaks through it
            name_tokens = run[:possessive]
            name = POSSESSIVE.sub(
                "", text[name_tokens[0].start - base : name_tokens[-1].end - base]
            )
            kind = Kind.ORGANISATION
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
    numbered = len(words) >= 2 and words[-1].isdigit()  # "Channel 24": see read/name_runs
    if numbered and len(words) == 2 and words[0].casefold() in NUMBERED_UNITS():
        # a unit's word and its number alone name no body's branch (it has no body's name
        # before it): a part of a law or a filing ("Chapter 11", "Section 4"), or of a
        # city ("District 8")
        if words[0].casefold() not in GEO_HEADS():
            return None
        return Mention(
            source_id, sentence_id, run[0].start, run[-1].end, surface, Kind.PLACE,
            span_start=run[0].start,
        )  # fmt: skip
    if numbered and words[-2].casefold() in NUMBERED_UNITS() and untitled_run:
        # "Teamsters Local 405", "Machinists District 12": a body's numbered branch
        return Mention(
            source_id, sentence_id, run[0].start, run[-1].end, surface, Kind.ORGANISATION,
            span_start=run[0].start,
        )  # fmt: skip
    news_inside = any(w.casefold() == "news" for w in words[1:-1])
    # "Saltford TV reported": a broadcaster's word ends the name of an outlet that speaks
    # (not "Local TV footage showed"; not "Union Station said", a place, nor "the Saltford
    # Police Radio said", a body's or a place's head before it)
    outlet_named = (
        len(words) >= 2
        and words[-1].casefold() in BROADCAST_ENDINGS()
        and not any(w.casefold() in ORG_HEADS() or w.casefold() in GEO_HEADS() for w in words[:-1])
        and (speaks_after(tokens, end) or _cited(tokens, start))
    )
    if (
        (_outlet_around(tokens, start, end) or numbered or news_inside or outlet_named)
        and not person_after_title
        and untitled_run
    ):
        # "the local newspaper Morning Star", "news agency Bernama", "Saltford Echo newspaper",
        # "Channel 24"; "News" inside a name ("Saltford News Now", "Berrow News Digital")
        return Mention(
            source_id, sentence_id, run[0].start, run[-1].end, surface, Kind.OUTLET,
            span_start=run[0].start,
        )  # fmt: skip
    if (
        (
            described_company
            or (
                start > 0
                and tokens[start - 1].text in BODY_DESCRIPTIONS()
                and gap(tokens, start - 1, start) == " "  # not "a lawyer for the company, Ana"
            )
        )
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
    # "CEO Park", "Mr Park", "Councilwoman Ana Park": a title right before a place's kind
    # word, or before one given name and the kind word, makes the word a surname
    given = run[-2] if len(run) >= 3 else None
    titled_kind_word = (
        (
            last_title == len(run) - 2
            or (
                last_title == len(run) - 3
                and given is not None
                and given.capitalised
                and not given.text.isupper()
                and given.bare.casefold() not in GEO_PREFIXES()
            )
        )
        and run[last_title].bare.casefold() not in TITLE_DOMAINS()  # "National Airport"
        and head in GEO_HEADS()
        and run[-1].bare[:1].isupper()
        and not run[-1].text.isupper()
    )
    # "New Saltford County Court Justice Ana Ruiz": a title, then a name of two words
    titled_name = (
        last_title >= 0
        and len(run) - last_title > 2
        and not any(is_title(t) or not t.capitalised for t in run[last_title + 1 :])
    )
    if not (kind_word_speaks or titled_kind_word) and (
        geographic
        or head in GEO_HEADS()
        or words[-1] in REGIONS()
        or (
            len(words) >= 2
            and words[0].casefold() in GEO_PREFIXES()
            and not person_after_title
            and not titled_name
            and not any(is_title(t) for t in tokens[max(0, start - 2) : start])
        )
    ):
        # a lower-case word after the name says what part of the place is meant ("the
        # Saltford airport", "the Berrow Sea coast"): the place is the one the name names;
        # a word for the kind of place stays ("Saltford region": the place's name either way)
        part_of = tokens[end].text.islower() and after not in PLACE_KINDS() if joined else False
        last = tokens[end] if after in GEO_HEADS() and not part_of else run[-1]
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
    elif _titled_of_one_word(run, words, last_title):
        # "Chief of Detectives Ana Ruiz", "Head of Operations Ana Ruiz": one word says what
        # the title is of, and the name of two words or more after it is its holder's
        k = max(k, last_title + 3)
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
    body_end = max(
        (
            n + 1
            for n, t in enumerate(name_tokens[:-2])
            if t.capitalised and _ends_what_a_title_is_of(t) and not t.possessive
        ),
        default=0,
    )
    if body_end and all(t.capitalised for t in name_tokens[body_end:]):
        # a body's, a place's or a portfolio's word, then a name of two words or more: what
        # a title is of, then the person who holds it ("Speaker of the National Assembly Ana
        # Ruiz Okafor", "Governor of Saltford Province Ana Ruiz", "Minister of Disaster
        # Management Ana Ruiz")
        name_tokens = name_tokens[body_end:]
    if any(is_title(t) for t in name_tokens) and len(name_tokens) > 1:
        # "Defense Secretary" alone, or a title after the name: not a person's name
        while name_tokens and is_title(name_tokens[0]):
            name_tokens = name_tokens[1:]
    if not name_tokens or all(is_title(t) for t in name_tokens):
        return None
    while (
        len(name_tokens) > 1
        and name_tokens[-1].bare.casefold() in POST_NOMINALS()
        and name_tokens[-1].bare[:1].isupper()
    ):
        name_tokens = name_tokens[:-1]  # "Ana Ruiz KC", "Ana Ruiz MP": letters after a name
    if len(name_tokens) > 1 and name_tokens[-1].bare.casefold() in OFFICE_ENDINGS():
        return None  # a name never ends with an office: "Ana Ruiz, Saltford Revenue Secretary,"
    if name_tokens[-1].bare.casefold() in PORTFOLIO_ENDINGS():
        if (
            len(name_tokens) == 1
            or name_tokens[0] is not run[0]
            or _title_around(tokens, start, end)
        ):
            return None  # cut from an office's title: "Minister of Economic Affairs Ana Ruiz"
        # "Saltford Resources said": a run of its own ending so is a body's name, no person
        name = POSSESSIVE.sub("", text[name_tokens[0].start - base : name_tokens[-1].end - base])
        return Mention(
            source_id, sentence_id, name_tokens[0].start, name_tokens[-1].end, name,
            Kind.ORGANISATION, span_start=name_tokens[0].start,
        )  # fmt: skip
    if len(name_tokens) == 1 and len(name_tokens[0].bare.rstrip(".'’")) == 1:
        return None  # a letter alone names no one ("posted on X", "the banner of 'Gen Z'")
    if len(name_tokens) == 1 and name_tokens[0].bare in gaz.adjectives:
        return None  # a state's adjective after a title: "Major Japanese carmakers said"
    name = POSSESSIVE.sub("", text[name_tokens[0].start - base : name_tokens[-1].end - base])
    role_tokens = role_before(tokens, tokens.index(name_tokens[0]), gaz)
    if _qualifies_noun(tokens, role_tokens, name_tokens):
        return None  # "the official Telegram channel": what the channel is, no one
    honorifics = [
        t.bare.rstrip(".") for t in role_tokens if t.bare.casefold().rstrip(".") in HONORIFICS()
    ]
    honorific = honorifics[0] if honorifics else None
    role: str | None = " ".join(t.bare for t in role_tokens if t.bare.rstrip(".") not in honorifics)
    role = role or None
    apposed = appositive(text, name_tokens[-1].end - base) or appositive_before(
        text, name_tokens[0].start - base, gaz.names
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
    shown = (
        bool(titled or apposed)
        or shows_person(tokens, text, base, at, end)
        or _described_before(tokens, at, len(name_tokens))
        or _party_tagged(text, name_tokens[-1].end - base)
    )
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
    first = tokens.index(run[0])
    # a state's adjective between the article and the name is part of a body's name: "the
    # Freedonian Red Cross"
    adjective_first = (
        at > first
        and first > 0
        and tokens[first - 1].text.casefold() == "the"
        and " ".join(t.bare for t in tokens[first:at]) in gaz.adjectives
    )
    if untitled and (before == "the" or adjective_first):
        # "the Sacramento Bee", "the Royal Family": people take no article; a body if it
        # speaks, an outlet if a word says so ("the Daily Courier newspaper")
        outlet = end < len(tokens) and tokens[end].text.casefold() in OUTLET_WORDS()
        if not (speaks_after(tokens, end) or outlet):
            return None
        # the state's adjective describes an outlet ("the Freedonian Courier website")
        opening = run[0] if adjective_first and not outlet else name_tokens[0]
        name = POSSESSIVE.sub("", text[opening.start - base : name_tokens[-1].end - base])
        return Mention(
            source_id, sentence_id, opening.start, name_tokens[-1].end, name,
            Kind.OUTLET if outlet else Kind.ORGANISATION, span_start=opening.start,
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
            or (_a_place_apposed(text, end_at) and not (role_tokens or honorific))
        )
    )
    role_said = " ".join(t.bare for t in role_tokens) or appositive_before(
        text, name_tokens[0].start - base, gaz.names
    )
    if (
        not place
        and honorific is None
        and (
            (role_said and body_described(role_said))
            or apposed_body(text, end_at)
            or _traded(text, end_at)
            or _listed_among_bodies(text[: name_tokens[0].start - base])
        )
    ):
        # "Acme, a property company,", "the ruling party, Berrow First,": what is said of the
        # name is a body's kind, so the name is a body's; "Acme fell 2%": a listed company's
        return Mention(
            source_id, sentence_id, name_tokens[0].start, name_tokens[-1].end, name,
            Kind.ORGANISATION, span_start=name_tokens[0].start,
        )  # fmt: skip
    modifier = before in _DETERMINERS and end < len(tokens) and tokens[end].text.islower()
    if not modifier and untitled and any(_brand(t.bare) for t in name_tokens):
        # "Spirit AeroSystems", "DeepSeek": a word with a capital inside it after four
        # letters or more is a brand's; people's names take one only after a particle ("Mc",
        # "Mac", "De", "Le": "McConnell", "DeSantis"), nor places' ("an analysis from
        # AccuWeather"); not a brand that describes a noun ("her LinkedIn profile")
        return Mention(
            source_id, sentence_id, name_tokens[0].start, name_tokens[-1].end, name,
            Kind.ORGANISATION, span_start=name_tokens[0].start,
        )  # fmt: skip
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
        # "his son Suleman, 19,": a lone name with an age is a person's, not a body's short name
        weak=not place
        and lone
        and not apposed
        and not _said_of_self(text, end_at)
        and not _AGED.match(text, end_at),
        honorific=None if place else honorific,
        bare=not place and not shown,
    )


def _ends_what_a_title_is_of(token: Token) -> bool:
    """Whether a word ends the name of what a title is of, and never a person's name: a
    body's word ("Assembly"), a place's kind ("Province") or a portfolio's ("Affairs")."""
    word = token.bare.casefold()
    return word in ORG_HEADS() or word in PLACE_KINDS() or word in PORTFOLIO_ENDINGS()


def _organ_length(run: Sequence[Token]) -> int:
    """How many words of a body's organ open the run ("Board of Directors", "Supervisory
    Board"; see BODY_ORGANS), 0 when none does."""
    folded = [t.bare.casefold() for t in run]
    return max(
        (n for organ in BODY_ORGANS() if folded[: (n := len(organ.split()))] == organ.split()),
        default=0,
    )


def _body_of_organ(run: Sequence[Token], organ: int) -> int:
    """Where the body's name starts in a run that opens with an organ of ``organ`` words,
    then "of" ("the Board of Directors of Acme Holdings": at "Acme"); 0 when none does."""
    if not organ or [t.bare for t in run[organ : organ + 1]] != ["of"]:
        return 0
    return next((k for k in range(organ + 1, len(run)) if run[k].bare.casefold() != "the"), 0)


def _described_before(tokens: Sequence[Token], at: int, length: int) -> bool:
    """Whether a full name comes right after a lower-case noun for a person, which says what
    the one named is: "his wife Ana Ruiz", "Berrow resident Ana Ruiz", "student Ana Ruiz"."""
    if length < 2 or at == 0 or gap(tokens, at - 1, at) != " ":
        return False
    word = tokens[at - 1].text
    return word.islower() and word in PERSON_NOUNS()


def _party_tagged(text: str, end: int) -> bool:
    """Whether a US legislator's party and state follow the name: "Ana Ruiz (D-N.J.)"."""
    return text.startswith(" (", end) and _PARTY_TAG.match(text, end + 2) is not None


_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?[),]")
"""A US legislator's party and state after the name: "(D-N.J.)", "(R-Texas)", ", D-N.Y.,"."""

_BRAND = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]")
"""A word with a capital inside it after four letters or more: a brand's ("AeroSystems")."""
LONGEST_BRAND = 30
"""Letters in the longest word read as a brand: a longer run of words glued together
("LoremIpsumLoremIpsum...") is a string, not a name."""


def _brand(word: str) -> bool:
    return len(word) <= LONGEST_BRAND and bool(_BRAND.match(word))


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your"})


def _qualifies_noun(
    tokens: Sequence[Token], role_tokens: Sequence[Token], name_tokens: Sequence[Token]
) -> bool:
    """Whether one capitalised word between a lower-case title word used as an adjective and
    a lower-case noun names what the noun is, not a person: "on its official Saltgram
    channel", "the official Berrow account". A determiner opens the phrase, and the title is
    one word ("the defence minister Ruiz visited" is a person); a verb of speech after the
    word ("the official Ruiz said") leaves it a person."""
    if len(name_tokens) != 1 or len(role_tokens) != 1 or not role_tokens[0].text.islower():
        return False
    at, opening = tokens.index(name_tokens[0]), tokens.index(role_tokens[0])
    if opening == 0 or tokens[opening - 1].text.casefold() not in _DETERMINERS:
        return False
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    return (
        after is not None
        and gap(tokens, at, at + 1) == " "
        and after.text.isalpha()
        and after.text.islower()
        and after.text not in SPEAKING()
        and after.text not in ("and", "or", "on", "in", "at", "who", "has", "had", "was", "is")
    )


_OPENERS = "\"“‘'(:—–"
"""What a sentence's or a quotation's first word may follow: a quotation mark, a bracket, a
colon or a dash."""


def _sentence_adverb(tokens: Sequence[Token], k: int, text: str, base: int) -> bool:
    """Whether token ``k`` is an adverb that opens a sentence or a quotation and qualifies
    all of it ("Similarly, the minister said", '"Unfortunately, we heard ...'): a word made
    an adverb by "-ly" (the stemmer takes the ending off: not "Kelly", "Reilly"), capitalised
    only because it comes first, and set off by a comma."""
    token = tokens[k]
    word = token.text
    before = text[: token.start - base].rstrip()
    return (
        len(word) > 4
        and word.endswith("ly")
        and word[1:].islower()
        and not stem(word.casefold()).endswith("li")
        and text[token.end - base : token.end - base + 1] == ","
        and (not before or before[-1] in _OPENERS)
    )


def _titled_of_one_word(run: Sequence[Token], words: Sequence[str], last_title: int) -> bool:
    """Whether the run's last title is followed by "of" or "for", one capitalised word, then
    two capitalised words or more, none a title's: "Chief of Detectives Ana Ruiz". A body's
    word is no such title ("Ministry of Defence ...")."""
    rest = run[last_title + 3 :]
    return (
        last_title >= 0
        and len(rest) >= 2
        and run[last_title + 1].text in ("of", "for")
        and words[last_title].casefold() not in ORG_HEADS()
        and all(t.capitalised and not is_title(t) for t in run[last_title + 2 :])
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


_PLACE_APPOSED = re.compile(
    r",\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z]+)"
    r"(?=\s+(?:that|which|where|whose|of|in|on|near|by|at|along|about|around|outside|some|just"
    r"|close|with|from|north|south|east|west)\b|\s*[,.;:)]|\s*$)"
)


def _a_place_apposed(text: str, end: int) -> bool:
    """Whether what is set after a name between commas says it is a place: "Saltmarsh, a
    town of 8,000", "Berrow, a coastal village near the border", "Wadi Saltra, a valley that
    runs ...": an article, at most two words, then a place's kind word that ends the phrase
    ("Ana Ruiz, a city councillor," is a person: the kind word qualifies the noun after it)."""
    m = _PLACE_APPOSED.match(text, end)
    return m is not None and (m.group("noun") in GEO_HEADS() or m.group("noun") in PLACE_KINDS())


_MARKET_MOVE = derived(
    lambda: re.compile(
        r"(?:[’']s)?(?:\s+(?:shares|stock|stocks|share price))?(?:,\s+(?:which|that)\s+|\s+)"
        r"(?:(?:had|has|have)\s+)?(?:" + alternation(words("names", "market_moves")) + r")"
        r"(?:\s+by)?\s+(?:(?:about|around|nearly|almost|more than|as much as|some)\s+)?"
        r"\d[\d.,]*\s*(?:%|percent\b|per cent\b)(?!\s+of\b)"
    )
)
"""A share price's move after a name: "'s shares fell 2%", ", which ended down 4.2%"."""


_AMONG_BODIES = derived(
    lambda: re.compile(
        r"\b(?i:" + alternation(BODY_PLURALS()) + r")\s*[,—–-]?\s*(?:such\s+as|including|like)\s+"
        r"(?:[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}(?:,\s*|\s+(?:and|or)\s+)){0,8}$"
    )
)
"""The opening of a list of bodies, and the items before this one, each a name of capitalised
words: "companies such as Acme, Berrowsoft and ", "platforms including "; not a clause that
follows the list ("firms like Acme cut jobs, and " Ana Ruiz ...)."""


def _listed_among_bodies(before: str) -> bool:
    """Whether a name is an item of a list that a plural noun for bodies opens: "startups
    such as Acme, Berrowsoft and Saltbox", "platforms including Saltgram"."""
    return _AMONG_BODIES().search(before) is not None


def _traded(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is a listed company's: its share price moves by a
    percentage ("Acme fell 2%", "shares of Acme rose 3 percent")."""
    return _MARKET_MOVE().match(text, end) is not None


def _one_of_a_kind(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a building's name after "a" or "an" says what kind of building it is, not
    which body: "burned a National Library and a County Court in Eldoret". A body's name
    takes no indefinite article; one that qualifies a noun after it ("a Supreme Court
    ruling") still names the body."""
    if start == 0 or tokens[start - 1].text.casefold() not in ("a", "an"):
        return False
    if end >= len(tokens) or not tokens[end].text.isalpha() or not tokens[end].text.islower():
        return True
    return tokens[end].text in ("and", "or") or tokens[end].text in PLACE_PREPOSITIONS()


_SAID_OF_SELF = derived(
    lambda: re.compile(
        r"\s+([a-z]+)\s+(?:that\s+)?(?:" + alternation(sorted(PERSON_PRONOUNS())) + r")\b"
    )
)


def _said_of_self(text: str, end: int) -> bool:
    """Whether a lone name speaks of itself as a person: "Ruiz said he was sorry", "Okafor
    added that she would stay". A body says "it" or "we"; "he" or "she" right after the verb
    of speech is the speaker, so the name is a person's, not a body's short name."""
    found = _SAID_OF_SELF().match(text, end)
    return found is not None and found.group(1) in SPEAKING()


_AGED = re.compile(r",\s*(?:aged\s+)?\d{1,3}\s*[,;]|\s*\(\d{1,3}\)")
"""An age right after a name ("to Ruiz, 84, and his team"): people have ages, places not."""


def _reports_after(tokens: Sequence[Token], end: int) -> bool:
    """Whether a verb only a news source has for its work follows token ``end`` ("reported",
    "has learned": names.toml source_verbs), past "has", "had", "also"."""
    if 0 < end <= len(tokens) and tokens[end - 1].possessive:
        return False
    following = [t.text.casefold() for t in tokens[end : end + 3]]
    while following and following[0] in ("also", "has", "have", "had"):
        following.pop(0)
    return bool(following) and following[0] in SOURCE_VERBS()


def _cited(tokens: Sequence[Token], start: int) -> bool:
    """Whether a name is cited as a source: "according to (national weather service) AEMET"."""
    before = [t.text.casefold() for t in tokens[max(0, start - 6) : start]]
    if "according" not in before:
        return False
    k = before.index("according")
    rest = before[k + 1 :]
    return bool(rest) and rest[0] == "to" and all(w.islower() for w in rest[1:])
