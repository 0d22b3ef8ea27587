"""Topic presets and the lexicon of word families: the taxonomies and cues briefbook ships.

``data/presets.toml`` holds one taxonomy per kind of event (``briefbook init --preset
NAME``); ``data/lexicon.toml`` holds word families that give cues to topic names typed with
``briefbook init --topics``. Both are data, written from general news vocabulary; this
module reads and checks them and turns topic names into topics with cues:

* a name that is a topic of the preset the names and the title point to (:func:`infer`)
  takes that topic's description and cues;
* any other name takes its own words and the cues of every word family that fits a word of
  it (:func:`plan_names`); a name no family fits keeps its own words, and says so.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from briefbook.analyse.cues import Cue, stem
from briefbook.model.inputs import ID_PATTERN, cue_problem
from briefbook.read.names import slug

PRESETS_FILE = "data/presets.toml"
LEXICON_FILE = "data/lexicon.toml"


class PresetError(ValueError):
    """briefbook's own preset or lexicon data is wrong: the message names file and field."""


@dataclass(frozen=True, slots=True)
class PresetTopic:
    id: str
    name: str
    about: str
    cues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Preset:
    name: str
    kinds: tuple[str, ...]
    default: str
    """The id of the topic of statements no cue points elsewhere."""
    background: str | None
    """The id of the topic a date in an earlier year points to."""
    topics: tuple[PresetTopic, ...]
    events: tuple[str, ...] = ()
    """Words that name events of its kind ("earthquake", "flood")."""
    spoken: str | None = None
    """The id of the topic of an attributed statement no cue sorts (``defaults.spoken``)."""

    def topic(self, topic_id: str) -> PresetTopic:
        return next(t for t in self.topics if t.id == topic_id)


@dataclass(frozen=True, slots=True)
class Family:
    words: frozenset[str]
    """Stems of the name words that select it."""
    cues: tuple[str, ...]
    weak: bool
    label: str
    """Its first word, to name it in messages."""
    past: bool = False
    """A topic it fits takes statements about earlier years (``defaults.background``)."""


@dataclass(frozen=True, slots=True)
class TopicPlan:
    """A topic as ``briefbook init`` writes it, and where its cues came from."""

    id: str
    name: str
    description: str
    cues: tuple[str, ...]
    origin: str
    """In words: the preset topic or the word families its cues come from."""
    fitted: bool = True
    """False when no preset topic and no word family fits the name: its own words only."""
    past: bool = False
    """It takes statements about earlier years: the config's ``defaults.background``."""
    spoken: bool = False
    """It takes attributed statements no cue sorts: the config's ``defaults.spoken``."""


def _read(name: str) -> str:
    return (resources.files("briefbook") / name).read_text(encoding="utf-8")


def _cues(where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise PresetError(f"{where}: must be a non-empty list of cues")
    for n, cue in enumerate(value):
        problem = cue_problem(cue) if isinstance(cue, str) else "a cue must be text"
        if problem:
            raise PresetError(f"{where}[{n}]: {problem}")
    return tuple(value)


def _text(where: str, table: dict[str, Any], key: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise PresetError(f"{where}.{key}: must be text")
    return value


def parse_presets(text: str, where: str = PRESETS_FILE) -> dict[str, Preset]:
    """The presets of a ``presets.toml`` text; raises PresetError naming the field."""
    out = {}
    for name, table in tomllib.loads(text).items():
        if not re.fullmatch(ID_PATTERN, name) or not isinstance(table, dict):
            raise PresetError(f"{where}: {name!r} is not a preset name")
        topics: list[PresetTopic] = []
        for n, t in enumerate(table.get("topic", [])):
            at = f"{where}: {name}.topic[{n}]"
            topic_id = _text(at, t, "id")
            if not re.fullmatch(ID_PATTERN, topic_id) or topic_id in {x.id for x in topics}:
                raise PresetError(f"{at}.id: {topic_id!r} is not a new topic id")
            cues = _cues(f"{at}.cues", t.get("cues"))
            topics.append(PresetTopic(topic_id, _text(at, t, "name"), _text(at, t, "about"), cues))
        if not topics:
            raise PresetError(f"{where}: {name}: no topics")
        ids = {t.id for t in topics}
        default = table.get("default", topics[0].id)
        background = table.get("background")
        spoken = table.get("spoken")
        for key, value in (("default", default), ("background", background), ("spoken", spoken)):
            if value is not None and value not in ids:
                raise PresetError(f"{where}: {name}.{key}: {value!r} is not one of its topics")
        kinds = tuple(str(k) for k in table.get("kinds", []))
        events = tuple(str(w) for w in table.get("events", []))
        out[name] = Preset(name, kinds, default, background, tuple(topics), events, spoken)
    return out


def parse_lexicon(
    text: str, known: dict[str, Preset], where: str = LEXICON_FILE
) -> tuple[Family, ...]:
    """The word families of a ``lexicon.toml`` text; raises PresetError naming the field."""
    families = []
    for n, f in enumerate(tomllib.loads(text).get("family", [])):
        at = f"{where}: family[{n}]"
        words = f.get("words")
        if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
            raise PresetError(f"{at}.words: must be a non-empty list of words")
        cues = list(_cues(f"{at}.cues", f["cues"])) if "cues" in f else []
        for include in f.get("includes", []):
            preset, _, topic = str(include).partition(".")
            if preset not in known or topic not in {t.id for t in known[preset].topics}:
                raise PresetError(f"{at}.includes: {include!r} is no preset topic")
            cues += known[preset].topic(topic).cues
        if not cues:
            raise PresetError(f"{at}: give cues or includes")
        stems = frozenset(stem(w.casefold()) for w in words)
        weak, past = bool(f.get("weak", False)), bool(f.get("past", False))
        families.append(Family(stems, _distinct(cues), weak, words[0], past))
    return tuple(families)


@cache
def presets() -> dict[str, Preset]:
    """briefbook's presets, by name, in the file's order."""
    return parse_presets(_read(PRESETS_FILE))


@cache
def families() -> tuple[Family, ...]:
    return parse_lexicon(_read(LEXICON_FILE), presets())


def _distinct(cues: Iterable[str]) -> tuple[str, ...]:
    """Cues without repeats: two cues of one word family are one cue."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for cue in cues:
        key = tuple(Cue.parse(cue).parts)
        if key not in seen:
            seen.add(key)
            out.append(cue)
    return tuple(out)


_MINOR_WORDS = set(
    "about after against among and before between from into over the their them then "
    "there these they this those under what when where which while with".split()
)


def name_words(name: str) -> list[str]:
    """The words of a topic name that say what it is about (lower case)."""
    return [w for w in re.findall(r"[^\W\d_]{3,}", name.casefold()) if w not in _MINOR_WORDS]


_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def initial_cues(name: str) -> list[str]:
    """A topic's name, and its longer words if it has several: a start the analyst refines.
    An article that opens the name is not part of the cue ("The crash": ``crash``): it would
    only make a phrase of a word, weigh it more, and keep it from being found in the title."""
    cues = [_ARTICLE.sub("", name.lower(), count=1) or name.lower()]
    words = [w for w in name_words(name) if len(w) >= 4]
    if len(words) > 1 or (words and words[0] != cues[0]):
        cues += [w for w in dict.fromkeys(words) if w != cues[0]]
    return cues


def _preset_match(preset: Preset, name: str) -> PresetTopic | None:
    """The preset's topic a typed name is: the same name or id, whatever the case."""
    key = slug(name, "")
    return next((t for t in preset.topics if key in (t.id, slug(t.name, ""))), None)


def _stems(texts: Iterable[str]) -> set[str]:
    return {stem(w) for text in texts for w in re.findall(r"[^\W\d_]+", text.casefold())}


def infer(names: Sequence[str], title: str = "") -> Preset | None:
    """The preset whose kind, topics and cues the names and the title fit best (None if none
    fits): three points for each word that names an event of its kind ("flood"), two for a
    name that is one of its topics, one for each other word found among its cues."""
    words = {stem(w) for text in (title, *names) for w in name_words(text)}
    best, best_score = None, 0
    for preset in presets().values():
        events = _stems(preset.events)
        vocabulary = _stems(c for t in preset.topics for c in t.cues) - events
        score = 3 * len(words & events) + len(words & vocabulary)
        score += sum(2 for n in names if _preset_match(preset, n) is not None)
        if score > best_score:
            best, best_score = preset, score
    return best


_PREPOSITIONS = re.compile(r"\s+(?:of|for|on|in|to|over|against|by|from|after|at)\s+")


def _parts(name: str) -> list[list[set[str]]]:
    """A name's parts around "and", "&", ",", "/" or ";"; each part's phrases around a
    preposition ("cause of the flood": "cause", "the flood"), each phrase as its words' stems."""
    out = []
    for piece in re.split(r"\s+(?:and|&)\s+|[,/;]", name.casefold()):
        phrases = [{stem(w) for w in name_words(p)} for p in _PREPOSITIONS.split(piece)]
        if any(phrases):
            out.append([p for p in phrases if p])
    return out


def fitting_families(name: str) -> list[Family]:
    """The word families that fit a topic name (see ``data/lexicon.toml``). In a phrase with
    a preposition the words before it decide ("Cause of the flood" is about a cause), unless
    no family fits them; a weak family counts only where no other fits."""
    found: list[Family] = []
    for phrases in _parts(name):
        fits: list[Family] = []
        for words in phrases:
            fits = [f for f in families() if f.words & words]
            if any(not f.weak for f in fits):
                break
        fits = [f for f in fits if not f.weak] or [
            f for words in phrases for f in families() if f.words & words
        ]
        for f in fits:
            if f not in found:
                found.append(f)
    return found


def plan_preset(preset: Preset) -> list[TopicPlan]:
    """Every topic of a preset, as ``briefbook init --preset`` writes it."""
    return [
        TopicPlan(
            t.id,
            t.name,
            t.about,
            t.cues,
            f"preset {preset.name!r}, topic {t.id!r}",
            past=t.id == preset.background,
            spoken=t.id == preset.spoken,
        )
        for t in preset.topics
    ]


def plan_names(
    topics: Sequence[tuple[str, str]], title: str = "", preset: Preset | None = None
) -> tuple[list[TopicPlan], Preset | None]:
    """Topics for typed names (``(id, name)`` pairs), and the preset used for those that are
    its topics: ``preset`` if given, else the one the names and title fit best."""
    preset = preset or infer([name for _, name in topics], title)
    plans = []
    for topic_id, name in topics:
        match = _preset_match(preset, name) if preset else None
        if preset is not None and match is not None:
            origin = f"preset {preset.name!r}, topic {match.id!r}"
            past = match.id == preset.background
            spoken = match.id == preset.spoken
            plans.append(
                TopicPlan(topic_id, name, match.about, match.cues, origin, past=past, spoken=spoken)
            )
            continue
        fits = fitting_families(name)
        cues = _distinct([*initial_cues(name), *(c for f in fits for c in f.cues)])
        description = f"What the sources report about {name}."
        if fits:
            origin = "word families " + ", ".join(repr(f.label) for f in fits)
            past = any(f.past for f in fits)
            plans.append(TopicPlan(topic_id, name, description, cues, origin, past=past))
        else:
            plans.append(TopicPlan(topic_id, name, description, cues, "its own words", False))
    return plans, preset
