"""Mentions resolved to canonical actors, per article then across the corpus.

* a bare name or title + surname ("Okafor", "Mr Lind", "Health Minister Ruiz") goes to the
  most recent full name in the same article that has that token (a title in the mention
  must agree with the candidate's role), so people who share a surname stay apart;
* full names across articles merge when the surname matches (allowing a spelling variant
  such as Mohammad / Mohammed) and the first names match or the roles agree;
* a body named after whose it is ("Freedonia's Health Ministry") keeps that written name
  among its names (:func:`owners_named`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import pairwise

from briefbook.model import MONTHS, Actor, Kind, Mention
from briefbook.read.gazetteer import shipped_gazetteer
from briefbook.read.name_words import AGENCY_HINTS, PARTICLES
from briefbook.read.names import POSSESSIVE, fold, slug, spelled
from briefbook.read.people import TITLE_WORDS
from briefbook.vocabulary import alternation, derived, mapping, ordered, words

_PLACE_KINDS = derived(lambda: words("names", "place_kinds"))


def _place_key(name: str) -> str:
    """A place without the word that says what kind of place it is: "Saltford region",
    "Saltford Province" and "Saltford" are one place."""
    words = fold(name).split()
    while len(words) > 1 and words[-1] in _PLACE_KINDS():
        words.pop()
    return " ".join(words)


def _surnames_are_people(mentions: Sequence[Mention]) -> list[Mention]:
    """A lone name read as a place after a preposition ("his resignation to Macron") is the
    person whose surname it is, when the corpus names that person in full, and shows a
    person by that name at least as often as it reads the name as a place: a city the articles
    keep naming ("the city of Saltmarsh", "in Saltmarsh") stays a place when one person
    bears its name ("Mohammed Saltmarsh")."""
    shown: Counter[str] = Counter()
    surnames = set()
    places: Counter[str] = Counter()
    for m in mentions:
        tokens = _name_tokens(m.text)
        if not tokens:
            continue
        if m.kind == Kind.PERSON and not m.bare:
            shown[tokens[-1]] += 1
            if len(tokens) >= 2:
                surnames.add(tokens[-1])
        elif m.kind == Kind.PLACE and m.canonical is None and len(tokens) == 1:
            places[tokens[0]] += 1
    people = {s for s in surnames if shown[s] >= places[s]}
    return [
        replace(m, kind=Kind.PERSON, weak=True)
        if m.kind == Kind.PLACE
        and m.canonical is None
        and _name_tokens(m.text) in [[s] for s in people]
        else m
        for m in mentions
    ]


_BODY_KINDS = (Kind.AGENCY, Kind.ORGANISATION)

_INSTITUTIONS = derived(lambda: words("names", "state_institutions"))


def _short_bodies_merge(clusters: Sequence[_Cluster]) -> None:
    """A body named in full with its place first, then without it, is one body: "the
    Saltford General Hospital" ... "the General Hospital", "the Freedonian National
    Assembly" ... "the National Assembly". The short form has two words or more (a body's
    kind word alone is weak, see :func:`resolve`), the words cut off are capitalised and
    one or two, and only one body of the corpus ends with it; else it stays apart."""
    bodies = [c for c in clusters if c.kind in _BODY_KINDS and c.mentions]
    # a body the gazetteer or an acronym named in one article, by its bare name in another
    known: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in bodies:
        if cluster.canonical is not None:
            for name in {cluster.canonical, *cluster.names}:
                known[fold(name)].append(cluster)
    for cluster in bodies:
        if cluster.canonical is not None:
            continue
        found = {id(c): c for n in cluster.names for c in known.get(fold(n), [])}
        if len(found) == 1:
            (target,) = found.values()
            _merge_into(cluster, target)
    bodies = [c for c in bodies if c.mentions]
    longer: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in bodies:
        for name in cluster.names:
            words = name.split()
            for cut in (1, 2):
                short = words[cut:]
                if len(short) >= 2 and all(w[:1].isupper() for w in words[:cut]):
                    longer[fold(" ".join(short))].append(cluster)
    for cluster in bodies:
        if any(len(_name_tokens(n)) < 2 for n in cluster.names):
            continue
        found = {id(c): c for n in cluster.names for c in longer.get(fold(n), [])}
        found.pop(id(cluster), None)
        if len(found) != 1:
            continue
        (target,) = found.values()
        _merge_into(cluster, target)


_LEGAL_FORMS = derived(lambda: words("names", "legal_forms"))


def _company_key(name: str) -> str:
    """A body's name without "the" before it and its legal form after it: "The Acme Co."
    and "Acme Holdings" are "acme"."""
    words = fold(name).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _LEGAL_FORMS():
        words = words[:-1]
    return " ".join(words)


def _legal_forms_merge(clusters: Sequence[_Cluster]) -> None:
    """Bodies whose names differ only by a legal form ("The Acme Co." ... "Acme") are one,
    the one the gazetteer names if any, else the one mentioned most often. Only two bodies
    are so joined, one of them named without its legal form: a name that three bodies
    share, or one that two bodies of different states bear, is left alone."""
    by_key: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.kind in _BODY_KINDS and cluster.mentions:
            keys = {_company_key(n) for n in cluster.names}
            if len(keys) == 1:
                by_key[keys.pop()].append(cluster)
    for found in by_key.values():
        if len(found) != 2 or all(c.canonical is not None for c in found):
            continue
        if all(any(_company_key(n) != fold(n) for n in c.names) for c in found):
            continue  # both named with a legal form: "Acme Inc" and "Acme AG" may be two
        if not any(_company_key(n) != fold(n) for c in found for n in c.names):
            continue  # the same name, kept apart by whose it is ("Freedonia's", "Berrow's")
        found.sort(key=lambda c: (c.canonical is None, -len(c.mentions)))
        _merge_into(found[1], found[0])


def _first_word_merge(clusters: Sequence[_Cluster]) -> None:
    """A body named by one word that opens the name of one other body of the corpus is that
    body ("Saltmark" ... "Saltmark Air Lines"), as a lone word that speaks is (see :func:`resolve`);
    when two bodies' names open with the word, it stays apart. A legislature or cabinet
    named by its kind alone is the state's (see :func:`_one_body_with`)."""
    bodies = [c for c in clusters if c.kind in _BODY_KINDS and c.mentions]
    longer: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in bodies:
        for name in cluster.names:
            tokens = _name_tokens(name)
            if len(tokens) >= 2 and tokens[1].isalpha() and cluster not in longer[tokens[0]]:
                longer[tokens[0]].append(cluster)  # not "Acme-516": a flight's number
    for cluster in bodies:
        if cluster.canonical is not None or not cluster.mentions:
            continue
        words = {w for n in cluster.names for w in _name_tokens(n)}
        if len(words) != 1 or any(len(_name_tokens(n)) != 1 for n in cluster.names):
            continue
        word = words.pop()
        if fold(word) in _INSTITUTIONS():
            continue  # "the Senate" is the state's, not "the Senate Armed Services Committee"
        found = [c for c in longer.get(word, []) if c is not cluster and c.mentions]
        if len(found) == 1:
            _merge_into(cluster, found[0])


_LINKS = frozenset({"of", "the", "for", "and", "on"})


@cache
def _state_words() -> dict[str, frozenset[str]]:
    """Each state of the shipped gazetteer -> the folded words of its names and its
    people's adjective ("Armenia", "Armenian"), which may stand anywhere in its bodies'
    names."""
    gaz = shipped_gazetteer()
    found: dict[str, set[str]] = defaultdict(set)
    for surface, entry in gaz.names.items():
        if entry.kind == Kind.GOVERNMENT:
            found[entry.name].update(spelled(surface).split())
    for adjective, state in gaz.adjectives.items():
        found[state].update(spelled(adjective).split())
    return {state: frozenset(w) for state, w in found.items()}


def _body_words(name: str, state: str) -> frozenset[str]:
    """What a state's body is, whatever the order its name is written in: the name's words
    without linking words or the state's own ("Ministry of Defence of Armenia", "Armenia's
    Defense Ministry" and "the Armenian Defence Ministry" are {ministry, defence})."""
    words = set(spelled(POSSESSIVE.sub("", name)).split()) - _LINKS
    return frozenset(words - _state_words().get(state, frozenset()))


def _state_bodies_merge(clusters: Sequence[_Cluster]) -> None:
    """A state's office named in two word orders is one body: "the Ministry of Health of
    Armenia", "Armenia's Health Ministry" and "the Armenian Ministry of Health" are one
    ministry when all are said to be Armenia's. The words left when the state's are taken
    out must hold an office's word ("ministry", "department", "agency") and one word more
    (what the office is for); a body the gazetteer names keeps its name."""
    by_key: dict[tuple[str, frozenset[str]], list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.kind != Kind.AGENCY or not cluster.mentions or len(cluster.affiliations) != 1:
            continue
        (state,) = cluster.affiliations
        keys = {_body_words(n, state) for n in cluster.names}
        if len(keys) != 1:
            continue
        key = keys.pop()
        if len(key) >= 2 and key & AGENCY_HINTS():
            by_key[(state, key)].append(cluster)
    for found in by_key.values():
        if len(found) < 2 or sum(c.canonical is not None for c in found) > 1:
            continue
        found.sort(key=lambda c: (c.canonical is None, -len(c.mentions)))
        for other in found[1:]:
            _merge_into(other, found[0])


@cache
def _state_names() -> frozenset[str]:
    """Every name of a state of the shipped gazetteer and its people's adjective, folded and
    spelled ("united states", "us", "peruvian")."""
    gaz = shipped_gazetteer()
    found = {spelled(s) for s, entry in gaz.names.items() if entry.kind == Kind.GOVERNMENT}
    return frozenset(found | {spelled(a) for a in gaz.adjectives})


def _state_institution(name: str, word: str) -> bool:
    """Whether ``name`` is a state's own ``word``: "the Peruvian Congress", "the US Senate",
    "Parliament of Georgia"; not a body that has the word in a longer name of its own ("the
    European Parliament", "the Trades Union Congress", "the Senate Armed Services
    Committee", "the Cabinet Office")."""
    words = [POSSESSIVE.sub("", w) for w in spelled(name).split()]  # "georgia's parliament"
    if words and words[0] == "the":
        words = words[1:]
    if len(words) >= 2 and words[-1] == word:
        return " ".join(words[:-1]) in _state_names()
    if len(words) >= 3 and words[0] == word and words[1] == "of":
        rest = words[3:] if words[2] == "the" else words[2:]
        return " ".join(rest) in _state_names()
    return False


def _one_body_with(word: str, clusters: Sequence[_Cluster]) -> _Cluster | None:
    """The one body (or state) of the corpus named as a state's own ``word`` ("the Peruvian
    Congress", "Parliament of Georgia" for "Parliament"); None when none or several are. A
    body with the word in a longer name of its own ("the European Parliament", "the Cabinet
    Office") is not the state's, and the lone word stays apart from it."""
    found = [
        c
        for c in clusters
        if c.kind in (*_BODY_KINDS, Kind.GOVERNMENT)
        and c.mentions
        and any(_state_institution(n, word) for n in c.names)
    ]
    return found[0] if len(found) == 1 else None


def _merge_into(cluster: _Cluster, target: _Cluster) -> None:
    """Move every mention of ``cluster`` to ``target``, leaving ``cluster`` empty."""
    for m in cluster.mentions:
        target.add(m)
    cluster.mentions.clear()


def _bodies_by_name(clusters: Sequence[_Cluster]) -> dict[str, list[_Cluster]]:
    """Each folded name of a body (or an outlet) mentioned in the corpus -> the bodies with it."""
    bodies: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.kind in (*_BODY_KINDS, Kind.OUTLET) and cluster.mentions:
            for name in {fold(n) for n in cluster.names}:
                bodies[name].append(cluster)
    return bodies


def _far_more_often(place: _Cluster, body: _Cluster) -> bool:
    """Whether the articles read a name as a place more than twice as often as a body, in as
    many articles at least: one article that keeps naming a town ("in Saltford" ... "near
    Saltford") does not outweigh two that show the body acting."""
    articles = {m.source_id for m in place.mentions}
    return len(place.mentions) > 2 * len(body.mentions) and len(articles) >= len(
        {m.source_id for m in body.mentions}
    )


def _places_named_as_bodies(clusters: Sequence[_Cluster]) -> None:
    """A name read as a place in one sentence ("workers at Acme") and as a body in another
    ("Acme said") is that body, when only one body of the corpus has the name: a place the
    gazetteer does not know has shown only where something happened, a body has shown that
    it acts. Two bodies of that name leave the place alone, as does a gazetteer's place; a
    name read as a place more than twice as often as it is read as a body the gazetteer does
    not know is that place ("in Saltford" ... "the people of Saltford" ... "a senator for
    Saltford", where a post's "for" made it a body's).
    Two places left with one name (a lone name that spoke, taken for the place the articles
    also name) are one place."""
    bodies = _bodies_by_name(clusters)
    for cluster in clusters:
        if cluster.kind != Kind.PLACE or cluster.canonical is not None or not cluster.mentions:
            continue
        found = {id(c): c for n in cluster.names for c in bodies.get(fold(n), [])}
        if len(found) != 1:
            continue
        (target,) = found.values()
        if _far_more_often(cluster, target) and target.canonical is None:
            _merge_into(target, cluster)  # a slip read as a body: "a senator for Saltford"
        else:
            _merge_into(cluster, target)
    places: dict[str, _Cluster] = {}
    for cluster in clusters:
        if cluster.kind != Kind.PLACE or cluster.canonical is not None or not cluster.mentions:
            continue
        key = _place_key(_canonical_name(cluster))
        first = places.setdefault(key, cluster)
        if first is not cluster:
            _merge_into(cluster, first)


def _people_named_as_bodies(clusters: Sequence[_Cluster]) -> None:
    """A full name read as a person's in one sentence ("Acme Holdings said", where a verb of
    speech is all that shows a person) and as a body's in another ("the Acme Holdings board")
    is that body, when only one body of the corpus has the name: bodies speak as people do,
    and no one is called by a body's full name. A name given an honorific ("Mr") stays a
    person's, as does a lone word ("Ruiz"), which may be a surname."""
    bodies = _bodies_by_name(clusters)
    for cluster in clusters:
        if (
            cluster.kind != Kind.PERSON
            or cluster.canonical is not None
            or cluster.honorifics
            or not cluster.mentions
            or any(len(_name_tokens(n)) < 2 for n in cluster.names)
        ):
            continue
        found = {id(c): c for n in cluster.names for c in bodies.get(fold(n), [])}
        if len(found) == 1 and all(bodies.get(fold(n)) for n in cluster.names):
            _merge_into(cluster, next(iter(found.values())))


def _full_name_surnames(mentions: Sequence[Mention]) -> frozenset[str]:
    """The surnames of the people the corpus names in full ("Ana Ruiz": "ruiz"; "Omar
    al-Saltari": "alsaltari" and "saltari"), in any article: a lone name that speaks may be
    one of them, named in full only later."""
    full = [
        (m.text, tokens)
        for m in mentions
        if m.kind == Kind.PERSON
        and m.canonical is None
        and len(tokens := _name_tokens(m.text)) >= 2
    ]
    bare = {b for text, _ in full if (b := _without_particle(text)) is not None}
    return frozenset({_unsuffixed(tokens)[-1] for _, tokens in full} | bare)


def _bearers(surname: str, people: _People) -> set[int]:
    """The keys of the person clusters with a full name that ends with this surname, with
    or without the particle joined to it."""
    return {
        cluster.key
        for m, cluster in people.candidates(surname)
        if len(tokens := _unsuffixed(_name_tokens(m.text))) >= 2
        and surname in (tokens[-1], _without_particle(m.text))
    }


_JOINED_PARTICLE = derived(
    lambda: re.compile(
        r"(?i)^(?:" + alternation(ordered("names", "hyphen_particles")) + r")-(?P<rest>[^\W\d_].*)$"
    )
)


@lru_cache(maxsize=65536)
def _without_particle(name: str) -> str | None:
    """A full name's last word without the particle joined to it by a hyphen, folded: "Omar
    al-Saltari" is also called "Saltari" alone; None when the name has no such word."""
    words = name.split()
    found = _JOINED_PARTICLE().match(words[-1]) if len(words) >= 2 else None
    return fold(POSSESSIVE.sub("", found.group("rest"))) if found else None


def _called_by_surname(cluster: _Cluster) -> bool:
    """Whether a full name of the cluster is also used by its last word alone."""
    short = {fold(n) for n in cluster.names if len(_name_tokens(n)) == 1}
    return any(_name_tokens(n)[-1] in short for n in cluster.full_names())


def _name_tokens(name: str) -> list[str]:
    """The words a name is compared by: a particle joined to the next word is one word with
    it ("al-Ghaithi" is "alghaithi", whoever writes "Al-Ghaithi"), and the other particles
    are left out ("Ursula von der Leyen" is "ursula leyen", called "Leyen" or "Von der
    Leyen")."""
    words = fold(_PARTICLE_JOINED().sub(r"\1", name)).split()
    named = [w for w in words if w not in PARTICLES()]
    return named or words


_PARTICLE_JOINED = derived(
    lambda: re.compile(
        r"(?i)\b(" + alternation(ordered("names", "hyphen_particles")) + r")-(?=[^\W\d_])"
    )
)


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


_ABBREVIATED = derived(lambda: mapping("names", "title_abbreviations"))


def _role_words(role: str | None) -> set[str]:
    """The title words of a role, abbreviated ranks written out ("Gen" is "general")."""
    found = {w for w in _name_tokens(role or "") if w in TITLE_WORDS() or w in _ABBREVIATED()}
    return {_ABBREVIATED().get(w, w) for w in found} - {
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
        """The names of two words or more: a hyphenated surname alone is one word."""
        return [n for n in self.names if len(_name_tokens(n)) >= 2 and len(n.split()) >= 2]

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

    mentions = _surnames_are_people(mentions)
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
    bodies_seen: dict[str, list[tuple[str, _Cluster]]] = defaultdict(list)
    institutions: list[Mention] = []
    for m in pending:
        if m.kind == Kind.PERSON:
            continue
        if m.weak:
            # "the Commission": the last body of the article whose name has that word
            head = fold(m.text)
            earlier = [c for name, c in reversed(bodies_seen[m.source_id]) if head in name.split()]
            if earlier:
                earlier[0].add(m)
                continue
            if fold(m.text) in _INSTITUTIONS():
                institutions.append(m)
            continue
        affiliation = (
            m.affiliation if m.kind in (Kind.AGENCY, Kind.ORGANISATION, Kind.GROUP) else None
        )
        key3 = (
            m.kind,
            _place_key(m.text) if m.kind == Kind.PLACE else spelled(m.text),
            affiliation,
        )
        match = named.get(key3)
        if match is None and affiliation is None:
            same = [c for (k, t, _), c in named.items() if k == m.kind and t == key3[1]]
            match = same[0] if len(same) == 1 else None
        if match is None:
            match = named[key3] = new(m.kind)
        match.add(m)
        if m.kind in (Kind.AGENCY, Kind.ORGANISATION):
            bodies_seen[m.source_id].append((fold(m.text), match))
    # "Congress voted", with no body of the article named with the word: the state's own
    # legislature or cabinet, the one body of the corpus whose name has the word if any
    for m in institutions:
        institution: tuple[Kind, str, str | None] = (m.kind, spelled(m.text), None)
        match = _one_body_with(fold(m.text), clusters) or named.get(institution)
        if match is None:
            match = named[institution] = new(m.kind)
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
    _short_bodies_merge(clusters)
    _legal_forms_merge(clusters)
    _first_word_merge(clusters)
    _state_bodies_merge(clusters)

    # first word of an organisation's name -> the organisation, when only one has it
    firsts: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.kind in (Kind.AGENCY, Kind.ORGANISATION, Kind.OUTLET) and cluster.mentions:
            for first in {_name_tokens(name)[0] for name in cluster.names if _name_tokens(name)}:
                firsts[first].append(cluster)
    bodies = {first: found[0] for first, found in firsts.items() if len(found) == 1}

    # 3. people: full names first, then short forms within each article; a person the
    #    analyst's actors file names is one actor under that name, whatever the form
    people = _People()
    lone_bodies: dict[str, _Cluster] = {}
    surnames = _full_name_surnames(mentions)
    hyphenated = _full_name_hyphenated_surnames(mentions)
    later: list[Mention] = []
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
                alone = _surname_alone(m, local, people)
                if alone is None and tuple(tokens) in hyphenated and len(m.text.split()) == 1:
                    # "Saltmarsh-Ruiz said", the full name ambiguous or in a later article
                    later.append(m)
                    continue
                cluster = alone or _match_full(m, people.clusters_like(tokens)) or new(Kind.PERSON)
                cluster.add(m)
                local.append((m, cluster))
                people.add(m, cluster)
                continue
            target = _match_short(m, local) or _match_short(m, people.candidates(tokens[0]))
            month = m.text in MONTHS and not m.honorific
            if month and (target is None or _bearers(tokens[0], people) != {target.key}):
                # '“...,” May said': a surname only of the one person named in full with it
                if tokens[0] in surnames:
                    later.append(m)
                continue
            if target is None and m.weak:
                # "Acme" for "Acme Air Lines": the short name of an organisation
                target = bodies.get(tokens[0])
                if target is None and not m.bare and not m.honorific:
                    if tokens[0] in surnames:
                        later.append(m)  # "Ruiz said", the full name in a later article
                        continue
                    # "Acme said", with no full name of a person that it could be short
                    # for: people are named in full once; a body may never be
                    target = lone_bodies.get(tokens[0]) or new(Kind.ORGANISATION)
                    lone_bodies[tokens[0]] = target
                if target is None:
                    continue  # a lone capitalised word that names no one we know
            if target is None and (m.honorific or not m.weak) and tokens[0] in surnames:
                # "Mr Okafor said", or "Okafor" shown a person's ("He added ..."), named in
                # full in a later article
                later.append(m)
                continue
            if target is None:
                target = new(Kind.PERSON)
            target.add(m)
            local.append((m, target))

    # a lone name that speaks before the article that names its bearer in full: that person,
    # once every full name is known; else a body's short name, as above
    # (only when one person of the corpus has that surname); "Mr Okafor" else stays a person
    titled_alone: dict[tuple[str, str], _Cluster] = {}
    hyphenated_alone: dict[tuple[str, ...], _Cluster] = {}
    for m in later:
        tokens = _name_tokens(m.text)
        if len(tokens) >= 2:
            # a hyphenated surname alone: its one bearer, else a person of that name as before
            surname = tuple(tokens)
            target = (
                _surname_alone(m, [], people)
                or hyphenated_alone.get(surname)
                or _match_full(m, people.clusters_like(tokens))
                or new(Kind.PERSON)
            )
            hyphenated_alone[surname] = target
            target.add(m)
            continue
        word = tokens[0]
        target = _match_short(m, people.candidates(word))
        if target is not None and _bearers(word, people) != {target.key}:
            target = None  # "Ruiz said", with Ana Ruiz and Marco Ruiz named: no telling which
        if target is None and m.text in MONTHS and not m.honorific:
            continue  # '“...,” May said', no one person named in full "... May": a month
        if target is None and (m.honorific or not m.weak):
            target = titled_alone.get((m.source_id, word)) or new(Kind.PERSON)
            titled_alone[(m.source_id, word)] = target
        elif target is None:
            target = lone_bodies.get(word) or new(Kind.ORGANISATION)
            lone_bodies[word] = target
        target.add(m)

    # a name the articles also use as a place ("in Saltford") or a state is that place, not a
    # person
    places = {fold(m.text) for m in mentions if m.kind in (Kind.PLACE, Kind.GOVERNMENT)}
    guessed = {id(c) for c in lone_bodies.values()}
    for cluster in clusters:
        if (
            (cluster.kind == Kind.PERSON or id(cluster) in guessed)
            and cluster.names
            and not cluster.roles
            and not cluster.honorifics
            and all(fold(name) in places for name in cluster.names)
        ):
            cluster.kind = Kind.PLACE

    _places_named_as_bodies(clusters)
    _people_named_as_bodies(clusters)

    # a person's name never ends with a place's kind word: "Saltford Commune" is a place,
    # and "Region" alone (a title's word cut from "Military Region") is no one
    for cluster in clusters:
        if cluster.kind == Kind.PERSON and cluster.canonical is None and cluster.names:
            last = {_name_tokens(name)[-1] for name in cluster.names if _name_tokens(name)}
            if last and last <= _PLACE_KINDS():
                if all(len(_name_tokens(name)) >= 2 for name in cluster.names):
                    cluster.kind = Kind.PLACE
                else:
                    cluster.mentions.clear()

    # a name that nothing shows to be a person's is not listed: it may as well be a train, a
    # building or a place. People show themselves by a title, a verb of speech, an age...
    # or by being called by their surname alone after their full name ("Ana Ruiz ... Ruiz").
    for cluster in clusters:
        if (
            cluster.kind == Kind.PERSON
            and cluster.canonical is None
            and all(m.bare for m in cluster.mentions)
        ):
            if not _called_by_surname(cluster):
                cluster.mentions.clear()
            elif any(fold(n) in places for n in cluster.names if len(_name_tokens(n)) == 1):
                # "Pacific Saltmarsh ... in Saltmarsh ... the Saltmarsh fire": its last word
                # alone is a place, so the name is a place's, not a person's called by surname
                cluster.kind = Kind.PLACE

    # a state named only as whose something is ("the Freedonia firm", "the Freedonia Coast
    # Guard"), or a place only as where something is based ("a Saltford-based fund"), is
    # the owner of what acts, not an actor of its own
    for cluster in clusters:
        if (
            cluster.kind in (Kind.GOVERNMENT, Kind.PLACE)
            and cluster.mentions
            and all(m.owner for m in cluster.mentions)
        ):
            cluster.mentions.clear()

    actors: list[Actor] = []
    index: dict[str, str] = {}
    used_ids: set[str] = set()
    for cluster in clusters:
        if not cluster.mentions:
            continue
        name = cluster.canonical or _canonical_name(cluster)
        if (
            cluster.kind == Kind.PLACE
            and len(name.split()) > 1
            and name.split()[-1] in _PLACE_KINDS()
        ):
            name = " ".join(name.split()[:-1])  # "Saltford region": the place is Saltford
        actor_id = _unique_id(name, used_ids)
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


_WHOSE = re.compile(r"(?:[’']s?)? ")
"""What stands between an owner's name and a body's: a possessive ("Freedonia’s ", "the
Ministers' "; the owner's mention may hold it) or a space."""


def owners_named(
    actors: Sequence[Actor],
    mentions: Sequence[Mention],
    mention_actor: dict[str, str],
    texts: dict[str, str],
) -> list[Actor]:
    """A body named after whose it is ("Freedonia's Health Ministry", "Saltford's Red Cross
    Society", "the Freedonia Coast Guard") has that name as written among its names: the
    short name ("Health Ministry") says which office, the owner which state's, and the two
    states' health ministries a story names are told apart only so. The owner is a state,
    a place or a parent body, or a lone name the who's who lists no one for; a person's
    possessive ("Ana Ruiz's ministry") says who heads a body, not what it is called."""
    kinds = {a.id: a.kind for a in actors}
    found: dict[str, list[str]] = defaultdict(list)
    by_sentence: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[(m.source_id, m.sentence_id)].append(m)
    for sentence in by_sentence.values():
        sentence.sort(key=lambda m: m.start)
        for owner, body in pairwise(sentence):
            actor = mention_actor.get(body.id)
            if actor is None or kinds.get(actor) not in _BODY_KINDS:
                continue
            if kinds.get(mention_actor.get(owner.id, "")) == Kind.PERSON or (
                owner.kind == Kind.PERSON and len(_name_tokens(owner.text)) > 1
            ):
                continue  # "Ana Ruiz's ministry": a person's, named in full or listed
            text = texts[body.source_id]
            gap = text[owner.end : body.start]
            whose = re.search(r"[’']s? $", text[owner.start : body.start]) is not None
            if _WHOSE.fullmatch(gap) and (whose or owner.owner):
                found[actor].append(text[owner.start : body.end])
    return [
        replace(a, aliases=tuple(sorted({*a.aliases, *found[a.id]}))) if found.get(a.id) else a
        for a in actors
    ]


class _People:
    """Full-name mentions of people seen so far, indexed by name token and by the first
    three letters of the surname, so each new name is compared with a few candidates and
    not with every person in the corpus."""

    def __init__(self) -> None:
        self.full: list[tuple[Mention, _Cluster]] = []
        self.by_token: dict[str, list[int]] = defaultdict(list)
        self.by_prefix: dict[str, list[int]] = defaultdict(list)

    def add(self, mention: Mention, cluster: _Cluster) -> None:
        tokens = _unsuffixed(_name_tokens(mention.text))
        i = len(self.full)
        self.full.append((mention, cluster))
        bare = _without_particle(mention.text)
        for token in {tokens[0], tokens[-1], *([bare] if bare else [])}:
            self.by_token[token].append(i)
        # "Omar al-Saltari" is found by a surname like "Saltari" as by one like "al-Saltari"
        for prefix in {tokens[-1][:3], *([bare[:3]] if bare else [])}:
            self.by_prefix[prefix].append(i)

    def candidates(self, token: str) -> list[tuple[Mention, _Cluster]]:
        """Full names that may contain ``token``, in the order they were seen."""
        found = set(self.by_token.get(token, ())) | set(self.by_prefix.get(token[:3], ()))
        return [self.full[i] for i in sorted(found)]

    def clusters_like(self, tokens: list[str]) -> list[_Cluster]:
        """Clusters holding a full name whose surname may be a variant of this one ("Jr"
        is no surname: "Ana Ruiz Jr" is found by "ruiz")."""
        unique = {cluster.key: cluster for _, cluster in self.candidates(_unsuffixed(tokens)[-1])}
        return [unique[k] for k in sorted(unique)]


def _unsuffixed(tokens: list[str]) -> list[str]:
    """A full name's words without a generation's suffix: "John Fageaux Jr" is "Fageaux"."""
    while len(tokens) > 2 and tokens[-1] in _SUFFIXES:
        tokens = tokens[:-1]
    return tokens


def _match_full(m: Mention, clusters: Sequence[_Cluster]) -> _Cluster | None:
    tokens = _unsuffixed(_name_tokens(m.text))
    for c in clusters:
        if c.kind != Kind.PERSON:
            continue
        for full in c.full_names():
            other = _unsuffixed(_name_tokens(full))
            if other == tokens:
                return c
            if _similar_surname(other[-1], tokens[-1]) and (
                other[0] == tokens[0]
                or _roles_agree(m.role, c.roles.most_common(1)[0][0] if c.roles else None)
            ):
                return c
    return None


def _surname_alone(
    m: Mention, local: Sequence[tuple[Mention, _Cluster]], people: _People
) -> _Cluster | None:
    """The person a hyphenated surname used alone is short for ("Saltmarsh-Ruiz said" after
    "Ana Saltmarsh-Ruiz"): one written word, which the comparison splits at its hyphen, is
    a surname as a single word is, not a full name of its own; None for any other name, and
    when two people named so far bear it (Ana and Marco Saltmarsh-Ruiz: no telling which)."""
    if len(m.text.split()) != 1:
        return None
    own = _name_tokens(m.text)
    bearers = {
        cluster.key
        for earlier, cluster in people.candidates(own[-1])
        if len(earlier.text.split()) >= 2
        and _ends_with(_unsuffixed(_name_tokens(earlier.text)), own)
    }
    if len(bearers) != 1:
        return None
    found = _match_short(m, local) or _match_short(m, people.candidates(own[-1]))
    return found if found is not None and found.key in bearers else None


def _full_name_hyphenated_surnames(mentions: Sequence[Mention]) -> frozenset[tuple[str, ...]]:
    """The hyphenated surnames of the people the corpus names in full ("Ana Saltmarsh-Ruiz":
    ("saltmarsh", "ruiz")), in any article: one used alone may be short for one of them,
    named in full only later."""
    return frozenset(
        tuple(tokens[-len(last) :])
        for m in mentions
        if m.kind == Kind.PERSON and m.canonical is None and len(m.text.split()) >= 2
        for tokens in [_unsuffixed(_name_tokens(m.text))]
        for last in [_name_tokens(m.text.split()[-1])]
        if 2 <= len(last) < len(tokens)
    )


def _ends_with(tokens: Sequence[str], name: Sequence[str]) -> bool:
    """Whether a full name's words end with a surname's words, and have more before them."""
    return len(tokens) > len(name) and list(tokens[-len(name) :]) == list(name)


def _match_short(m: Mention, candidates: Sequence[tuple[Mention, _Cluster]]) -> _Cluster | None:
    """The most recent full name containing this single name, or ending with this hyphenated
    surname; a title must agree with its role."""
    own = _name_tokens(m.text)
    token = own[0]
    for earlier, cluster in reversed(candidates):
        tokens = _unsuffixed(_name_tokens(earlier.text))
        if len(tokens) < 2:
            continue
        if len(own) > 1:
            if not _ends_with(tokens, own):
                continue
        elif token not in (tokens[0], tokens[-1], _without_particle(earlier.text)) and (
            not _similar_surname(token, tokens[-1])
        ):
            continue
        honorific = _honorific(m.honorific)
        if honorific and cluster.honorifics and honorific not in cluster.honorifics:
            continue  # "Ms Brandt" is not the Brandt called "Mr Brandt"
        known_role = earlier.role or (cluster.roles.most_common(1)[0][0] if cluster.roles else None)
        titled = bool(_role_words(m.role) - {"mr", "mrs", "ms", "dr"})
        if titled and not _roles_agree(m.role, known_role):
            continue  # "Health Minister Ruiz" is not a Ruiz with another role
        return cluster
    return None


_GENDERED = derived(lambda: mapping("names", "honorific_gender"))


_SUFFIXES = ("jr", "sr", "ii", "iii", "iv")


def _honorific(word: str | None) -> str | None:
    """``m`` or ``f`` for a Mr/Ms-style honorific, if it says."""
    return _GENDERED().get(word.casefold().rstrip(".")) if word else None


def _canonical_name(cluster: _Cluster) -> str:
    full = cluster.full_names()
    pool = Counter({n: cluster.names[n] for n in full}) if full else cluster.names
    # a form without a nickname in quotation marks first: "Ana Ruiz", not 'Ana "Tigress" Ruiz'
    best = max(pool.items(), key=lambda kv: (not _QUOTED.search(kv[0]), kv[1], len(kv[0]), kv[0]))
    return best[0]


_QUOTED = re.compile(r"[“\"‘«„‚]")
"""A quotation mark opening a nickname inside a name."""


def _unique_id(name: str, used: set[str]) -> str:
    base = slug(name, "actor", limit=200)
    actor_id, n = base, 1
    while actor_id in used:
        n += 1
        actor_id = f"{base}-{n}"
    used.add(actor_id)
    return actor_id
