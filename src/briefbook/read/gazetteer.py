"""What briefbook knows about names before reading: the gazetteer.

Countries with their short names, adjectives, capitals and government metonyms,
international organisations and news outlets, shipped as package data
(``data/gazetteer.toml``), plus the analyst's ``sources/actors.toml``.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from briefbook.model import ActorsFile, Kind
from briefbook.read.names import tokenize


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


@cache
def shipped_gazetteer() -> Gazetteer:
    """The shipped gazetteer alone, built once: for reading rules that know states, their
    capitals and their peoples' adjectives whatever a briefing's ``actors.toml`` adds."""
    return load_gazetteer()


def load_gazetteer(actors: ActorsFile | None = None) -> Gazetteer:
    """The shipped gazetteer plus the analyst's actors (``sources/actors.toml``).

    The actors file has ``[[actor]]`` tables: ``name``, ``kind`` (person, government,
    agency, organisation, outlet, place), ``aliases``, ``role``, ``affiliation``; a
    government may also list ``capitals``, ``adjectives`` and ``metonyms`` like a country.
    """
    entries = [a.model_dump(exclude_none=True) for a in (actors.actor if actors else ())]
    return Gazetteer.from_data(_builtin_data(), entries)
