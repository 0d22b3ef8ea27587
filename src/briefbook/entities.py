"""Who and what an article mentions, resolved to canonical actors.

Mentions are found with a gazetteer (countries, their capitals and adjectives, government
metonyms, international organisations, news outlets; shipped as package data, plus the
analyst's ``sources/actors.toml``) and with the shape of names in news prose: runs of
capitalised words, titles before a name ("Defense Minister Kim Yong-hyun"), appositives
after it ("John Kirby, spokesman for ..."), organisation words at the end of a run
("... Intelligence Service").

Resolution, per article then across the corpus:

* a bare name or title + surname ("Austin", "Mr Kirby", "Defense Minister Kim") goes to the
  most recent full name in the same article that has that token (a title in the mention
  must agree with the candidate's role), so people who share a surname stay apart;
* a capital or metonym used as a speaker ("Pyongyang denied", "the Kremlin said") is the
  government of its state; after a preposition ("in Rome") it is a place;
* full names across articles merge when the surname matches (allowing a spelling variant
  such as Zelensky / Zelenskyy) and the first names match or the roles agree.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources

from briefbook.model import Actor, ActorsFile, Kind, Mention

SPEAKING_KINDS = frozenset(
    {Kind.PERSON, Kind.GOVERNMENT, Kind.AGENCY, Kind.ORGANISATION, Kind.OUTLET, Kind.GROUP}
)

TITLE_WORDS = frozenset(
    """
    president vice prime minister secretary general secretary-general spokesman spokeswoman
    spokesperson spokespeople adviser advisor director chief head deputy principal national
    security defense defence foreign interior home state affairs representative senator
    governor mayor ambassador envoy commander lieutenant colonel major captain sergeant
    admiral marshal chairman chairwoman chair leader king queen prince princess chancellor
    premier minister-president commissioner lawmaker mp mr mrs ms dr prof sir lord lady
    justice judge general-secretary officer official analyst expert researcher professor
    correspondent editor reporter pope cardinal archbishop bishop rev first second supreme
    executive senior top assistant acting former intelligence military army navy air force
    staff joint press white house council ministry department office democratic republican
    party labor labour conservative liberal opposition
    """.split()
)
"""Words that may stand in a title or role before a name (compared lower-case)."""

HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "sir", "lord", "lady", "mr.", "mrs.", "ms.", "dr."}
)

ORG_HEADS = frozenset(
    """
    council service ministry department directorate agency office command committee
    commission organization organisation assembly parliament congress senate court bank
    institute union alliance army navy forces force guard police party corporation company
    group fund university academy administration bureau authority board cabinet government
    secretariat federation league coalition front movement association society foundation
    centre center network lines shipping holdings airlines airways motors energy logistics
    industries systems technologies inc corp ltd llc plc gmbh
    """.split()
)
AGENCY_HINTS = frozenset(
    """
    council service ministry department directorate agency office command committee
    commission administration bureau authority cabinet government secretariat army navy
    forces force guard police intelligence security defense defence
    """.split()
)
GEO_HEADS = frozenset(
    """
    peninsula region oblast province state county district sea ocean strait river mountains
    island islands gulf bay valley border coast city street st road avenue square quay
    bridge airport station harbour harbor port
    """.split()
)
NOT_NAME_ENDINGS = frozenset(["no", "nos", "vol", "pp", "fig"])
GEO_PREFIXES = frozenset(["port", "mount", "mt", "lake", "fort", "cape", "isle", "gulf", "bay"])
"""First words of place names: "Port Almond", "Mount Kenya"."""
REGIONS = frozenset(
    """
    Europe Asia Africa Americas Antarctica Oceania Indo-Pacific Asia-Pacific Middle-East
    Arctic Balkans Caucasus Sahel Scandinavia Siberia Crimea Donbas
    """.split()
)
OFFICIAL_NOUNS = frozenset(["officials", "authorities", "government", "diplomats"])
"""A country adjective with one of these stands for the state: "South Korean officials"."""

GROUP_NOUNS = frozenset(
    """
    officials lawmakers legislators media press diplomats authorities experts analysts
    leaders government observers sources activists
    """.split()
)
"""After a country adjective these make a group ("South Korean lawmakers")."""

STOP_CAPITALS = frozenset(
    """
    The A An This That These Those It Its He She They We I His Her Their Our Your However
    Meanwhile Although Though While When If As After Before Despite In On At By For From To
    With Without Amid Among Following Additionally Furthermore Moreover Nevertheless But And
    Or Yet So Such Some Many Most Both Either Neither One Two Three Several Earlier Later
    Speaking According Adding Reports Denials Concerns Details Global Experts Officials
    There Here Also Still Even Only Then Thus Therefore Since Until Under Over Between
    Within Upon Into Thursday Wednesday Monday Tuesday Friday Saturday Sunday January
    February March April May June July August September October November December During
    What Who Where Why How Which Whether Whatever Every Each Any All No Not Now Today
    Yesterday Tomorrow Last Next First Another Other Nor Instead Indeed Perhaps Once Twice
    Thanks Because Unlike Like Against Around Across Along Beyond Through Throughout Toward
    Towards Via Per Sources Footage Photo Video They’re They're It’s It's There’s There's
    That’s That's We’re We're I’m I'm
    """.split()
)
"""Capitalised words that start sentences or name times, not actors."""

DOCUMENT_WORDS = frozenset(
    """
    treaty pact agreement accord convention resolution resolutions partnership summit war
    act law doctrine initiative programme program strategy plan declaration charter protocol
    """.split()
)
"""A capitalised run with one of these names a document or event, not an actor."""

REPORTING_NOUNS = frozenset(
    """
    denial denials warning warnings criticism condemnation statement statements reaction
    reactions response responses protest protests pressure demands
    """.split()
)
"""Before "from <capital>" these make the capital a speaker: "denials from Moscow"."""

PLACE_PREPOSITIONS = frozenset(
    """
    in at near to from into across toward towards around outside inside visiting via through
    """.split()
)

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+[A-Z])"
    r"|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sen|Rep|Gov|Sgt|Capt|Maj|Adm|Rev|St)\.(?=\s)"
    r"|[^\W_][\w’'-]*",
    re.UNICODE,
)
_POSSESSIVE = re.compile(r"[’']s$")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def bare(self) -> str:
        return _POSSESSIVE.sub("", self.text)

    @property
    def possessive(self) -> bool:
        return bool(_POSSESSIVE.search(self.text))

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, base: int = 0) -> list[Token]:
    return [Token(base + m.start(), base + m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Compare names without case, accents, dots or hyphens."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace(".", "").replace("-", " ")
    return " ".join(text.casefold().split())


# --- the gazetteer ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    kind: Kind
    country: str | None = None
    """For a capital, adjective or metonym: the state it stands for."""
    role: str | None = None


@dataclass(slots=True)
class Gazetteer:
    names: dict[str, Entry] = field(default_factory=dict)
    """Surface form -> entry: states, their aliases, organisations, outlets, analyst actors."""
    adjectives: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    metonyms: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    longest: int = 1

    def add(self, surface: str, entry: Entry) -> None:
        self.names[surface] = entry
        self.longest = max(self.longest, len(tokenize(surface)))

    def _note_length(self, surface: str) -> None:
        self.longest = max(self.longest, len(tokenize(surface)))

    def fingerprint(self) -> str:
        """A hash of everything the gazetteer knows (part of the reading cache's key)."""
        parts = (self.names, self.adjectives, self.capitals, self.metonyms, self.roles)
        text = repr([sorted(part.items()) for part in parts])
        return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()

    @classmethod
    def from_data(
        cls, data: dict[str, object], actors: Sequence[dict[str, object]] = ()
    ) -> Gazetteer:
        g = cls()
        countries = _records(data, "country") + [
            a for a in actors if str(a.get("kind", "")) == "government"
        ]
        actors = [a for a in actors if str(a.get("kind", "")) != "government"]
        for c in countries:
            name = str(c["name"])
            for surface in [name, *_strings(c, "aliases")]:
                g.add(surface, Entry(name, Kind.GOVERNMENT, name))
            for adj in _strings(c, "adjectives"):
                g.adjectives[adj] = name
                g._note_length(adj)
            for cap in _strings(c, "capitals"):
                g.capitals[cap] = name
                g._note_length(cap)
            for met in _strings(c, "metonyms"):
                g.metonyms[met] = name
                g._note_length(met)
        for o in _records(data, "organisation"):
            name = str(o["name"])
            kind = Kind(str(o.get("kind", "organisation")))
            for surface in [name, *_strings(o, "aliases")]:
                g.add(surface, Entry(name, kind))
        for o in _records(data, "outlet"):
            name = str(o["name"])
            for surface in [name, *_strings(o, "aliases")]:
                g.add(surface, Entry(name, Kind.OUTLET))
        for a in actors:
            name = str(a["name"])
            kind = Kind(str(a.get("kind", "person")))
            role = str(a["role"]) if a.get("role") else None
            entry = Entry(name, kind, str(a["affiliation"]) if a.get("affiliation") else None, role)
            for surface in [name, *_strings(a, "aliases")]:
                g.add(surface, entry)
            if role:
                g.roles[name] = role
        return g

    def lookup(self, surface: str) -> Entry | None:
        if surface in self.names:
            return self.names[surface]
        if surface in self.capitals:
            return Entry(self.capitals[surface], Kind.GOVERNMENT, self.capitals[surface])
        if surface in self.metonyms:
            return Entry(self.metonyms[surface], Kind.GOVERNMENT, self.metonyms[surface])
        return None


def _records(data: dict[str, object], key: str) -> list[dict[str, object]]:
    value = data.get(key, [])
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list | tuple) else []


def _strings(record: dict[str, object], key: str) -> list[str]:
    value = record.get(key, [])
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


@cache
def _builtin_data() -> dict[str, object]:
    text = resources.files("briefbook").joinpath("data/gazetteer.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def load_gazetteer(actors: ActorsFile | None = None) -> Gazetteer:
    """The shipped gazetteer plus the analyst's actors (``sources/actors.toml``).

    The actors file has ``[[actor]]`` tables: ``name``, ``kind`` (person, government,
    agency, organisation, outlet, place), ``aliases``, ``role``, ``affiliation``; a
    government may also list ``capitals``, ``adjectives`` and ``metonyms`` like a country.
    """
    entries = [a.model_dump(exclude_none=True) for a in (actors.actor if actors else ())]
    return Gazetteer.from_data(_builtin_data(), entries)


# --- mentions -----------------------------------------------------------------------------


def _is_title(token: Token) -> bool:
    return token.bare.casefold().rstrip(".") in TITLE_WORDS or token.bare.casefold() in HONORIFICS


def _affiliation(tokens: Sequence[Token], gaz: Gazetteer) -> str | None:
    for n in range(min(3, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            surface = " ".join(t.bare for t in tokens[i : i + n])
            if surface in gaz.adjectives:
                return gaz.adjectives[surface]
            entry = gaz.lookup(surface)
            if entry is not None and entry.country:
                return entry.country
    return None


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
            surface = _POSSESSIVE.sub("", surface)
            if not surface[:1].isupper() and not surface[:1].isdigit():
                continue
            entry = gaz.lookup(surface)
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


def find_mentions(
    source_id: str, sentence_id: str, text: str, base: int, gaz: Gazetteer
) -> list[Mention]:
    """Mentions in one sentence whose text is ``text``, starting at offset ``base``."""
    tokens = tokenize(text, base)
    gazetteer_hits = _gazetteer_matches(tokens, text, base, gaz)
    taken: dict[int, _Found] = {}
    for found in gazetteer_hits:
        if (
            found.kind == Kind.GROUP
            and _group_mention(source_id, sentence_id, tokens, found, text, base, gaz) is None
        ):
            continue  # a bare adjective may start a name: "Corvian Road Hauliers' Association"
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
            if tokens[run_end].possessive and run_end > i:
                run_end += 1
                break
            run_end += 1
        mention = _run_mention(source_id, sentence_id, tokens, i, run_end, text, base, gaz)
        if mention is not None:
            mentions.append(mention)
        i = max(run_end, i + 1)
    return _mark_roles(_join_of_country(mentions, text, base))


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


def _in_run(tokens: Sequence[Token], k: int, start: int) -> bool:
    token = tokens[k]
    if token.capitalised:
        if k > start and tokens[k - 1].possessive:
            return False
        return not (k > start and _gap(tokens, k - 1, k) not in ("", " "))
    if token.text in ("of", "for", "on", "de", "al", "bin") and k + 1 < len(tokens):
        following = tokens[k + 1]
        return (
            following.capitalised
            and following.text not in STOP_CAPITALS
            and k > start
            and _gap(tokens, k - 1, k) == " "
        )
    return False


def _gap(tokens: Sequence[Token], a: int, b: int) -> str:
    """Characters between two tokens, as far as the tokens tell (spaces only)."""
    return (
        " "
        if tokens[b].start - tokens[a].end == 1
        else ("" if tokens[b].start == tokens[a].end else "  ")
    )


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
    surface = _POSSESSIVE.sub("", text[first.start - base : last.end - base])
    kind = hit.kind
    before = tokens[hit.start - 1].text.casefold() if hit.start > 0 else ""
    officials_in = (
        hit.start > 1 and tokens[hit.start - 2].text.casefold() in OFFICIAL_NOUNS and before == "in"
    )
    if officials_in:
        # "officials in Seoul": the government
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
    reported = hit.start > 1 and tokens[hit.start - 2].text.casefold() in REPORTING_NOUNS
    if (
        kind == Kind.GOVERNMENT
        and surface not in gaz.names
        and before in PLACE_PREPOSITIONS
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
    """A country adjective before a group noun: "South Korean lawmakers", "Russian officials"."""
    k = hit.end
    # allow one descriptive word between: "South Korean defense officials"
    for j in (k, k + 1):
        if j < len(tokens) and tokens[j].text.casefold() in GROUP_NOUNS:
            first, last = tokens[hit.start], tokens[j]
            surface = text[first.start - base : last.end - base]
            official = tokens[j].text.casefold() in OFFICIAL_NOUNS
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
    while run and (run[0].text in STOP_CAPITALS or run[0].text in ("of", "for", "on")):
        run.pop(0)
    while run and run[-1].text in ("of", "for", "on"):
        run.pop()
    if not run:
        return None
    words = [t.bare for t in run]
    if any(w.casefold() in DOCUMENT_WORDS for w in words):
        return None
    if any(
        "-" in w and any(_affiliation([Token(0, 0, part)], gaz) for part in w.split("-"))
        for w in words
    ):
        return None  # "Russia-North Korea alliance", "North Korean-Russian cooperation"
    after = tokens[end].text.casefold() if end < len(tokens) else ""
    two_before = " ".join(t.text.casefold() for t in tokens[max(0, start - 2) : start])
    geographic = after in GEO_HEADS or two_before.split()[:1] in (
        ["region"],
        ["province"],
        ["city"],
    )
    head = words[-1].casefold().rstrip(".")
    if head in NOT_NAME_ENDINGS:
        return None  # "Gate No. 3"
    surface = _POSSESSIVE.sub("", text[run[0].start - base : run[-1].end - base])
    # a title inside the run with a name after it: "Democratic Party Representative Park Sun-won"
    last_title = max((k for k, t in enumerate(run[:-1]) if _is_title(t)), default=-1)
    person_after_title = last_title >= 0 and not any(
        w.casefold() in ORG_HEADS or w.casefold() in GEO_HEADS for w in words[last_title + 1 :]
    )
    org_head = head in ORG_HEADS or any(
        w.casefold() in ORG_HEADS and k + 1 < len(words) and words[k + 1] in ("of", "for")
        for k, w in enumerate(words)
    )
    # organisations and agencies: "National Intelligence Service", "Union of Velmar"
    if org_head and not person_after_title:
        kind = (
            Kind.AGENCY if any(w.casefold() in AGENCY_HINTS for w in words) else Kind.ORGANISATION
        )
        affiliation = _affiliation(tokens[max(0, start - 3) : start], gaz) or _affiliation(
            run[:-1], gaz
        )
        possessive = next((k + 1 for k, t in enumerate(run[:-1]) if t.possessive), 0)
        name_tokens = run[possessive:]
        name = _POSSESSIVE.sub("", text[name_tokens[0].start - base : name_tokens[-1].end - base])
        return Mention(
            source_id,
            sentence_id,
            name_tokens[0].start,
            name_tokens[-1].end,
            name,
            kind,
            affiliation=affiliation,
            span_start=run[0].start,
        )
    if (
        geographic
        or head in GEO_HEADS
        or words[-1] in REGIONS
        or (len(words) >= 2 and words[0].casefold() in GEO_PREFIXES)
    ):
        last = tokens[end] if after in GEO_HEADS else run[-1]
        surface = text[run[0].start - base : last.end - base]
        return Mention(
            source_id,
            sentence_id,
            run[0].start,
            last.end,
            surface,
            Kind.PLACE,
            span_start=run[0].start,
        )
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return None  # a bare acronym the gazetteer does not know: too ambiguous
    # people: optional titles, then the name
    k = 0
    for n in (3, 2):
        if len(run) > n - 1 and " ".join(t.bare for t in run[:n]) in gaz.adjectives:
            k = n
            break
    if k >= len(run):
        return None  # only an adjective: "the first North Korean troops"
    while k < len(run) - 1 and (
        _is_title(run[k]) or _affiliation([run[k]], gaz) or (k > 0 and run[k].text in ("of", "for"))
    ):
        k += 1
    if person_after_title:
        k = max(k, last_title + 1)
    name_tokens = run[k:]
    if any(_is_title(t) for t in name_tokens) and len(name_tokens) > 1:
        # "Defense Secretary" alone, or a title after the name: not a person's name
        while name_tokens and _is_title(name_tokens[0]):
            name_tokens = name_tokens[1:]
    if not name_tokens or all(_is_title(t) for t in name_tokens):
        return None
    name = _POSSESSIVE.sub("", text[name_tokens[0].start - base : name_tokens[-1].end - base])
    role_tokens = _role_before(tokens, tokens.index(name_tokens[0]), gaz)
    honorifics = [
        t.bare.rstrip(".") for t in role_tokens if t.bare.casefold().rstrip(".") in HONORIFICS
    ]
    honorific = honorifics[0] if honorifics else None
    role: str | None = " ".join(t.bare for t in role_tokens if t.bare.rstrip(".") not in honorifics)
    role = role or None
    appositive = _appositive(text, name_tokens[-1].end - base)
    if role is None and appositive:
        role = appositive
    affiliation = _affiliation(role_tokens, gaz) if role_tokens else None
    if affiliation is None and appositive:
        affiliation = _affiliation(tokenize(appositive), gaz)
    span_start = role_tokens[0].start if role_tokens else name_tokens[0].start
    at = tokens.index(name_tokens[0])
    before = tokens[at - 1].text.casefold() if at > 0 else ""
    according = at > 1 and tokens[at - 2].text.casefold() == "according"
    lone = len(name_tokens) == 1 and not role_tokens
    # "in Vladivostok": a lone name after a place preposition is a place, not a person
    place = lone and before in PLACE_PREPOSITIONS and not according
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
        weak=not place and lone and not appositive,
        honorific=None if place else honorific,
    )


def _role_before(tokens: Sequence[Token], name_index: int, gaz: Gazetteer) -> list[Token]:
    """Title words right before a name, lower-case ones included ("national security spokesman")."""
    k = name_index
    while k > 0:
        prev = tokens[k - 1]
        if _gap(tokens, k - 1, k) != " " and not (
            prev.text.endswith(".") or tokens[k].start - prev.end <= 1
        ):
            break
        if (
            _is_title(prev)
            or _affiliation([prev], gaz)
            or (prev.capitalised and prev.text not in STOP_CAPITALS)
            or (prev.text in ("of", "for") and k - 2 >= 0 and _is_title(tokens[k - 2]))
        ):
            k -= 1
            continue
        break
    role = list(tokens[k:name_index])
    while role and not (_is_title(role[-1]) or role[-1].bare.casefold() in HONORIFICS):
        role.pop()
    return role


_APPOSITIVE = re.compile(
    r"^,\s+(?:(?:a|an|the)\s+)?(?P<role>[^,.;“”\"]{3,90}?)(?=,|\.|;| said| told| warned|$)"
)


def _appositive(text: str, end: int) -> str | None:
    m = _APPOSITIVE.match(text[end:])
    if not m:
        return None
    role = m.group("role").strip()
    words = role.split()
    if not words or not any(w.casefold().strip(".") in TITLE_WORDS for w in words):
        return None
    if words[0].casefold() in ("who", "which", "that", "while", "when", "and", "but"):
        return None
    return role


def _mark_roles(mentions: list[Mention]) -> list[Mention]:
    """Mentions inside a person's title are part of that title, not speakers of their own."""
    people = [m for m in mentions if m.kind == Kind.PERSON and m.span_start < m.start]
    out = []
    for m in mentions:
        inside = any(p is not m and p.span_start <= m.start and m.end <= p.start for p in people)
        out.append(replace(m, in_role=True) if inside else m)
    return out


# --- resolution ---------------------------------------------------------------------------


def _name_tokens(name: str) -> list[str]:
    return fold(name).split()


def _similar_surname(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 5:
        return False
    if a.startswith(b) or b.startswith(a):
        return abs(len(a) - len(b)) <= 2
    return _edit_distance(a, b) <= 1


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _role_words(role: str | None) -> set[str]:
    return {w for w in _name_tokens(role or "") if w in TITLE_WORDS} - {
        "mr",
        "mrs",
        "ms",
        "dr",
        "former",
        "acting",
    }


def _roles_agree(a: str | None, b: str | None) -> bool:
    wa, wb = _role_words(a), _role_words(b)
    return bool(wa and wb and (wa <= wb or wb <= wa))


@dataclass(slots=True)
class _Cluster:
    key: int
    kind: Kind
    names: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    affiliations: Counter[str] = field(default_factory=Counter)
    mentions: list[Mention] = field(default_factory=list)
    canonical: str | None = None
    honorifics: set[str] = field(default_factory=set)

    def full_names(self) -> list[str]:
        return [n for n in self.names if len(_name_tokens(n)) >= 2]

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.names[m.text] += 1
        honorific = _honorific(m.honorific)
        if honorific:
            self.honorifics.add(honorific)
        if m.role:
            self.roles[m.role] += 1
        if m.affiliation:
            self.affiliations[m.affiliation] += 1


def resolve(mentions: Sequence[Mention]) -> tuple[list[Actor], dict[str, str]]:
    """Group mentions into actors. Returns the actors and mention id -> actor id."""
    clusters: list[_Cluster] = []
    by_canonical: dict[tuple[Kind, str], _Cluster] = {}

    def new(kind: Kind) -> _Cluster:
        cluster = _Cluster(len(clusters), kind)
        clusters.append(cluster)
        return cluster

    by_source: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_source[m.source_id].append(m)

    # 1. states, organisations and outlets the gazetteer names: one actor per name
    pending: list[Mention] = []
    for m in mentions:
        if m.canonical is not None and m.kind != Kind.PERSON:
            key = (m.kind, m.canonical)
            cluster = by_canonical.get(key) or new(m.kind)
            cluster.canonical = m.canonical
            by_canonical[key] = cluster
            cluster.add(m)
        else:
            pending.append(m)

    # 2. agencies and organisations by name and affiliation; groups and places by text
    named: dict[tuple[Kind, str, str | None], _Cluster] = {}
    for m in pending:
        if m.kind == Kind.PERSON:
            continue
        affiliation = (
            m.affiliation if m.kind in (Kind.AGENCY, Kind.ORGANISATION, Kind.GROUP) else None
        )
        key3 = (m.kind, fold(m.text), affiliation)
        match = named.get(key3)
        if match is None and affiliation is None:
            same = [c for (k, t, _), c in named.items() if k == m.kind and t == fold(m.text)]
            match = same[0] if len(same) == 1 else None
        if match is None:
            match = named[key3] = new(m.kind)
        match.add(m)
    # an agency first seen without affiliation and later with one: merge when unambiguous
    for (kind, text, aff), cluster in list(named.items()):
        if aff is None and kind in (Kind.AGENCY, Kind.ORGANISATION):
            others = [
                c for (k, t, a), c in named.items() if k == kind and t == text and a is not None
            ]
            if len(others) == 1 and others[0] is not cluster:
                for m in cluster.mentions:
                    others[0].add(m)
                cluster.mentions.clear()

    # 3. people: full names first, then short forms within each article; a person the
    #    analyst's actors file names is one actor under that name, whatever the form
    people = _People()
    for source_id in by_source:
        local: list[tuple[Mention, _Cluster]] = []
        for m in by_source[source_id]:
            if m.kind != Kind.PERSON:
                continue
            if m.canonical is not None:
                person_key: tuple[Kind, str] = (Kind.PERSON, m.canonical)
                cluster = by_canonical.get(person_key) or new(Kind.PERSON)
                cluster.canonical = m.canonical
                by_canonical[person_key] = cluster
                cluster.add(m)
                local.append((m, cluster))
                continue
            tokens = _name_tokens(m.text)
            if len(tokens) >= 2:
                cluster = _match_full(m, people.clusters_like(tokens)) or new(Kind.PERSON)
                cluster.add(m)
                local.append((m, cluster))
                people.add(m, cluster)
                continue
            target = _match_short(m, local) or _match_short(m, people.candidates(tokens[0]))
            if target is None and m.weak:
                continue  # a lone capitalised word that names no one we know
            if target is None:
                target = new(Kind.PERSON)
            target.add(m)
            local.append((m, target))

    actors: list[Actor] = []
    index: dict[str, str] = {}
    used_ids: set[str] = set()
    for cluster in clusters:
        if not cluster.mentions:
            continue
        name = cluster.canonical or _canonical_name(cluster)
        actor_id = _slug(name, used_ids)
        role = cluster.roles.most_common(1)[0][0] if cluster.roles else None
        affiliation = cluster.affiliations.most_common(1)[0][0] if cluster.affiliations else None
        mention_ids = tuple(m.id for m in cluster.mentions)
        actors.append(
            Actor(
                actor_id,
                name,
                cluster.kind,
                role,
                affiliation,
                tuple(sorted(cluster.names)),
                mention_ids,
            )
        )
        for m in cluster.mentions:
            index[m.id] = actor_id
    actors.sort(key=lambda a: (a.kind.value, a.name))
    return actors, index


class _People:
    """Full-name mentions of people seen so far, indexed by name token and by the first
    three letters of the surname, so each new name is compared with a few candidates and
    not with every person in the corpus."""

    def __init__(self) -> None:
        self.full: list[tuple[Mention, _Cluster]] = []
        self.by_token: dict[str, list[int]] = defaultdict(list)
        self.by_prefix: dict[str, list[int]] = defaultdict(list)

    def add(self, mention: Mention, cluster: _Cluster) -> None:
        tokens = _name_tokens(mention.text)
        i = len(self.full)
        self.full.append((mention, cluster))
        for token in {tokens[0], tokens[-1]}:
            self.by_token[token].append(i)
        self.by_prefix[tokens[-1][:3]].append(i)

    def candidates(self, token: str) -> list[tuple[Mention, _Cluster]]:
        """Full names that may contain ``token``, in the order they were seen."""
        found = set(self.by_token.get(token, ())) | set(self.by_prefix.get(token[:3], ()))
        return [self.full[i] for i in sorted(found)]

    def clusters_like(self, tokens: list[str]) -> list[_Cluster]:
        """Clusters holding a full name whose surname may be a variant of this one."""
        unique = {cluster.key: cluster for _, cluster in self.candidates(tokens[-1])}
        return [unique[k] for k in sorted(unique)]


def _match_full(m: Mention, clusters: Sequence[_Cluster]) -> _Cluster | None:
    tokens = _name_tokens(m.text)
    for c in clusters:
        if c.kind != Kind.PERSON:
            continue
        for full in c.full_names():
            other = _name_tokens(full)
            if other == tokens:
                return c
            if _similar_surname(other[-1], tokens[-1]) and (
                other[0] == tokens[0]
                or _roles_agree(m.role, c.roles.most_common(1)[0][0] if c.roles else None)
            ):
                return c
    return None


def _match_short(m: Mention, candidates: Sequence[tuple[Mention, _Cluster]]) -> _Cluster | None:
    """The most recent full name containing this single name; a title must agree with its role."""
    token = _name_tokens(m.text)[0]
    for earlier, cluster in reversed(candidates):
        tokens = _name_tokens(earlier.text)
        if len(tokens) < 2:
            continue
        if token not in (tokens[0], tokens[-1]) and not _similar_surname(token, tokens[-1]):
            continue
        honorific = _honorific(m.honorific)
        if honorific and cluster.honorifics and honorific not in cluster.honorifics:
            continue  # "Ms Brandt" is not the Brandt called "Mr Brandt"
        known_role = earlier.role or (cluster.roles.most_common(1)[0][0] if cluster.roles else None)
        titled = bool(_role_words(m.role) - {"mr", "mrs", "ms", "dr"})
        if titled and not _roles_agree(m.role, known_role):
            continue  # "Defense Minister Kim" is not a Kim with another role
        return cluster
    return None


_GENDERED = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lord": "m", "lady": "f"}


def _honorific(word: str | None) -> str | None:
    """``m`` or ``f`` for a Mr/Ms-style honorific, if it says."""
    return _GENDERED.get(word.casefold().rstrip(".")) if word else None


def _canonical_name(cluster: _Cluster) -> str:
    full = cluster.full_names()
    pool = Counter({n: cluster.names[n] for n in full}) if full else cluster.names
    best = max(pool.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))
    return best[0]


def _slug(name: str, used: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "actor"
    slug, n = base, 1
    while slug in used:
        n += 1
        slug = f"{base}-{n}"
    used.add(slug)
    return slug
