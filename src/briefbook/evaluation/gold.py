"""The gold format (``tests/gold/README.md``): reading a gold folder, and checking it.

Gold labels are written by reading articles; this module turns a corpus's gold folder into
typed values and lists every way a folder departs from the format, so that a labeller can
fix it before anything is measured. Nothing here runs briefbook's analysis.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any, get_args

from briefbook.evaluation.labels import (
    FILLER,
    OUTLET,
    Cluster,
    ConfigMode,
    Dispute,
    DisputeKind,
    EntityKind,
    Event,
    EventKind,
    FigureKind,
    FurnitureKind,
    Gold,
    GoldArticle,
    GoldDate,
    GoldEntity,
    GoldFigure,
    GoldSentence,
    Member,
    Precision,
    Qualifier,
    Relation,
    Series,
    Split,
)
from briefbook.presets import presets

_RESOLVED = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
_MARKS = re.compile(r"^(?:\s|[-*•#>]|\d{1,3}[.)](?=\s))*$")
"""What may stand between labelled sentences: space, list markers and Markdown marks."""


class GoldError(Exception):
    """A gold folder departs from the format; ``problems`` lists every departure."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


# --- reading ------------------------------------------------------------------------------


class _Reader:
    """Collects problems while reading tables, instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def keys(self, where: str, table: dict[str, Any], allowed: set[str], needed: set[str]) -> None:
        for key in sorted(set(table) - allowed):
            self.fail(where, f"unknown key {key!r}")
        for key in sorted(needed - set(table)):
            self.fail(where, f"missing {key!r}")

    def text(self, where: str, table: dict[str, Any], key: str, default: str = "") -> str:
        value = table.get(key, default)
        if not isinstance(value, str):
            self.fail(where, f"{key} must be a string, not {value!r}")
            return default
        return value

    def choice(self, where: str, table: dict[str, Any], key: str, allowed: Any) -> Any:
        choices = get_args(allowed)
        value = table.get(key)
        if value not in choices:
            self.fail(where, f"{key} = {value!r} is not one of {', '.join(choices)}")
            return choices[0]
        return value

    def number(self, where: str, table: dict[str, Any], key: str, default: float = 0) -> float:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(where, f"{key} must be a number, not {value!r}")
            return float(default)
        return float(value)

    def members(self, where: str, table: dict[str, Any]) -> tuple[Member, ...]:
        out = []
        for n, m in enumerate(table.get("members", []), 1):
            if not isinstance(m, dict) or set(m) != {"source", "text"}:
                self.fail(f"{where} member {n}", "must be { source = ..., text = ... }")
                continue
            out.append((str(m["source"]), str(m["text"])))
        return tuple(out)


def _load(path: Path, reader: _Reader) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        reader.fail(path.name, f"cannot be read: {exc}")
        return {}


EVENT_KEYS = {
    "name",
    "title",
    "kind",
    "split",
    "corpus",
    "config",
    "topics",
    "preset",
    "languages",
    "notes",
}


def load_event(folder: Path) -> Event:
    """A corpus's ``event.toml``; raises :class:`GoldError`."""
    if not (folder / "event.toml").is_file():
        raise GoldError([f"{folder.name}: no event.toml (see tests/gold/README.md)"])
    reader = _Reader()
    data = _load(folder / "event.toml", reader)
    where = "event.toml"
    reader.keys(where, data, EVENT_KEYS, EVENT_KEYS - {"languages", "notes"})
    topics = data.get("topics", [])
    if not isinstance(topics, list) or not topics or not all(isinstance(t, str) for t in topics):
        reader.fail(where, "topics must be a non-empty list of names")
        topics = ["?"]
    event = Event(
        name=reader.text(where, data, "name"),
        title=reader.text(where, data, "title"),
        kind=reader.choice(where, data, "kind", EventKind),
        split=reader.choice(where, data, "split", Split),
        corpus=reader.text(where, data, "corpus"),
        config=reader.choice(where, data, "config", ConfigMode),
        topics=tuple(topics),
        preset=reader.text(where, data, "preset"),
        languages=tuple(data.get("languages", [])),
        notes=reader.text(where, data, "notes"),
    )
    if event.name != folder.name:
        reader.fail(where, f"name {event.name!r} is not the folder's name {folder.name!r}")
    if event.preset not in presets():
        reader.fail(where, f"preset {event.preset!r} is not one of {', '.join(presets())}")
    if reader.problems:
        raise GoldError(reader.problems)
    return event


SENTENCE_KEYS = {
    "text",
    "furniture",
    "topics",
    "preset_topics",
    "claimant",
    "cue",
    "quote",
    "notes",
}
ENTITY_KEYS = {"name", "kind", "role", "affiliation", "mentions", "notes"}
FIGURE_KEYS = {
    "source",
    "text",
    "value",
    "high",
    "unit",
    "kind",
    "counts",
    "qualifier",
    "as_of",
    "claimant",
    "subject",
    "notes",
}
DATE_KEYS = {"source", "text", "resolved", "precision", "relation", "notes"}


def _article(
    path: Path, data: dict[str, Any], texts: dict[str, str], reader: _Reader
) -> GoldArticle | None:
    reader.keys(path.name, data, {"source", "language", "sentence", "notes"}, {"source"})
    source = str(data.get("source", ""))
    if path.stem != source:
        reader.fail(path.name, f"source {source!r} is not the file's name")
    text = texts.get(source)
    if text is None:
        reader.fail(path.name, f"no article {source!r} in the corpus")
        return None
    language = data.get("language")
    if not isinstance(language, str) or not re.fullmatch(r"[a-z]{2,3}", language):
        reader.fail(path.name, "language must be a code such as en, es, fr, zh")
        language = ""
    sentences = []
    pos = 0
    for n, s in enumerate(data.get("sentence", []), 1):
        where = f"{path.name} sentence {n}"
        reader.keys(where, s, SENTENCE_KEYS, {"text"})
        body = reader.text(where, s, "text")
        start = text.find(body, pos) if body else -1
        if start < 0:
            found = "elsewhere, out of order" if body and body in text else "nowhere"
            reader.fail(where, f"text is {found} in the article after the previous sentence")
            continue
        gap = text[pos:start]
        if not _MARKS.match(gap):
            reader.fail(where, f"text before it is not labelled: {gap.strip()[:60]!r}")
        pos = start + len(body)
        furniture = None
        if "furniture" in s:
            furniture = reader.choice(where, s, "furniture", FurnitureKind)
            for key in ("topics", "preset_topics", "claimant", "cue", "quote"):
                if key in s:
                    reader.fail(where, f"furniture has no {key}")
            sentences.append(GoldSentence(source, start, pos, body, furniture))
            continue
        topics = s.get("topics")
        if not isinstance(topics, list) or not topics:
            reader.fail(where, "a statement needs topics (a list)")
            topics = []
        preset_topics = s.get("preset_topics")
        if not isinstance(preset_topics, list) or not preset_topics:
            reader.fail(where, "a statement needs preset_topics (a list)")
            preset_topics = []
        claimant = s.get("claimant")
        if not isinstance(claimant, str) or not claimant:
            reader.fail(where, f"a statement needs exactly one claimant, not {claimant!r}")
            claimant = ""
        quote = s.get("quote", False)
        if not isinstance(quote, bool):
            reader.fail(where, "quote must be true or false")
        sentences.append(
            GoldSentence(
                source,
                start,
                pos,
                body,
                None,
                tuple(str(t) for t in topics),
                claimant,
                reader.text(where, s, "cue"),
                bool(quote),
                tuple(str(t) for t in preset_topics),
            )
        )
    if not _MARKS.match(text[pos:]):
        reader.fail(path.name, f"text after the last sentence is not labelled: {text[pos:][:60]!r}")
    return GoldArticle(source, language, tuple(sentences))


def _entities(data: dict[str, Any], reader: _Reader) -> tuple[list[GoldEntity], tuple[str, ...]]:
    reader.keys("entities.toml", data, {"entity", "not_entities"}, set())
    entities = []
    for n, e in enumerate(data.get("entity", []), 1):
        where = f"entities.toml entity {n} ({e.get('name', '?')})"
        reader.keys(where, e, ENTITY_KEYS, {"name", "kind"})
        forms = e.get("mentions", [])
        if not isinstance(forms, list) or not all(isinstance(f, str) and f for f in forms):
            reader.fail(where, "mentions must be a list of names")
            forms = []
        entities.append(
            GoldEntity(
                reader.text(where, e, "name"),
                reader.choice(where, e, "kind", EntityKind),
                reader.text(where, e, "role"),
                reader.text(where, e, "affiliation"),
                tuple(forms),
            )
        )
    not_entities = data.get("not_entities", [])
    if not isinstance(not_entities, list) or not all(isinstance(x, str) for x in not_entities):
        reader.fail("entities.toml", "not_entities must be a list of strings")
        not_entities = []
    return entities, tuple(not_entities)


def _figures(data: dict[str, Any], reader: _Reader) -> tuple[list[GoldFigure], list[GoldDate]]:
    reader.keys("figures.toml", data, {"figure", "date"}, set())
    figures = []
    for n, f in enumerate(data.get("figure", []), 1):
        where = f"figures.toml figure {n} ({f.get('text', '?')!r})"
        reader.keys(where, f, FIGURE_KEYS, {"source", "text", "value", "kind", "qualifier"})
        figures.append(
            GoldFigure(
                reader.text(where, f, "source"),
                reader.text(where, f, "text"),
                reader.number(where, f, "value"),
                reader.number(where, f, "high"),
                reader.text(where, f, "unit"),
                reader.choice(where, f, "kind", FigureKind),
                reader.text(where, f, "counts"),
                reader.choice(where, f, "qualifier", Qualifier),
                reader.text(where, f, "as_of"),
                reader.text(where, f, "claimant"),
                reader.text(where, f, "subject"),
            )
        )
    dates = []
    for n, d in enumerate(data.get("date", []), 1):
        where = f"figures.toml date {n} ({d.get('text', '?')!r})"
        reader.keys(where, d, DATE_KEYS, {"source", "text", "resolved", "precision"})
        resolved = reader.text(where, d, "resolved")
        if not _RESOLVED.match(resolved):
            reader.fail(where, f"resolved = {resolved!r} is not YYYY, YYYY-MM, YYYY-MM-DD or ''")
        relation = d.get("relation", "on")
        dates.append(
            GoldDate(
                reader.text(where, d, "source"),
                reader.text(where, d, "text"),
                resolved,
                reader.choice(where, d, "precision", Precision),
                reader.choice(where, {"relation": relation}, "relation", Relation),
            )
        )
    return figures, dates


def _claims(
    data: dict[str, Any], reader: _Reader
) -> tuple[list[Cluster], list[Dispute], list[Series]]:
    reader.keys("claims.toml", data, {"cluster", "dispute", "series"}, set())
    clusters, disputes, series = [], [], []
    for n, c in enumerate(data.get("cluster", []), 1):
        where = f"claims.toml cluster {n}"
        reader.keys(where, c, {"fact", "members", "notes"}, {"fact", "members"})
        clusters.append(Cluster(reader.text(where, c, "fact"), reader.members(where, c)))
    for n, d in enumerate(data.get("dispute", []), 1):
        where = f"claims.toml dispute {n}"
        reader.keys(where, d, {"kind", "figure_kind", "about", "members", "notes"}, {"kind"})
        kind = reader.choice(where, d, "kind", DisputeKind)
        figure_kind = reader.text(where, d, "figure_kind")
        if kind == "figure" and figure_kind not in get_args(FigureKind):
            reader.fail(where, f"figure_kind = {figure_kind!r} is not a figure kind")
        disputes.append(
            Dispute(kind, reader.text(where, d, "about"), reader.members(where, d), figure_kind)
        )
    for n, s in enumerate(data.get("series", []), 1):
        where = f"claims.toml series {n}"
        reader.keys(where, s, {"figure_kind", "about", "members", "notes"}, {"members"})
        series.append(
            Series(
                reader.text(where, s, "figure_kind"),
                reader.text(where, s, "about"),
                reader.members(where, s),
            )
        )
    return clusters, disputes, series


def read_gold(folder: Path, texts: dict[str, str], topic_ids: tuple[str, ...] = ()) -> Gold:
    """Read a gold folder against the corpus's article texts (source id -> text).

    ``topic_ids``: the taxonomy the labels must use (the event's own when empty).
    Raises :class:`GoldError` listing every problem found.
    """
    event = load_event(folder)
    reader = _Reader()
    gold = Gold(event)
    data: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.toml")):
        if path.name != "event.toml":
            data[path.name] = _load(path, reader)
    for name, table in data.items():
        if name in ("entities.toml", "figures.toml", "claims.toml"):
            continue
        article = _article(folder / name, table, texts, reader)
        if article is not None:
            gold.articles[article.source] = article
    for source in sorted(set(texts) - set(gold.articles)):
        reader.fail(folder.name, f"article {source} has no gold file {source}.toml")
    gold.entities, gold.not_entities = _entities(data.get("entities.toml", {}), reader)
    gold.figures, gold.dates = _figures(data.get("figures.toml", {}), reader)
    gold.clusters, gold.disputes, gold.series = _claims(data.get("claims.toml", {}), reader)
    _cross_check(gold, topic_ids or event.topic_ids, reader)
    if reader.problems:
        raise GoldError(reader.problems)
    return gold


def _cross_check(gold: Gold, topic_ids: tuple[str, ...], reader: _Reader) -> None:
    """References between the files: topics, claimants, figures and members exist."""
    names = Counter(e.name for e in gold.entities)
    for name, count in names.items():
        if count > 1:
            reader.fail("entities.toml", f"{name!r} is listed {count} times")
    known = set(names) | {OUTLET}
    allowed = set(topic_ids) | {FILLER}
    preset = presets().get(gold.event.preset)
    in_preset = {t.id for t in preset.topics} | {FILLER} if preset else {FILLER}
    statements = {(s.source, s.text): s for s in gold.sentences if s.statement}
    for s in gold.sentences:
        if not s.statement:
            continue
        where = f"{s.source}.toml {s.text[:40]!r}"
        for topic in s.topics:
            if topic not in allowed:
                reader.fail(where, f"topic {topic!r} is not one of {', '.join(sorted(allowed))}")
        for topic in s.preset_topics:
            if topic not in in_preset:
                reader.fail(
                    where,
                    f"preset topic {topic!r} is not one of {', '.join(sorted(in_preset))} "
                    f"(preset {gold.event.preset!r})",
                )
        if s.claimant and s.claimant not in known:
            reader.fail(where, f"claimant {s.claimant!r} is not an entity in entities.toml")
    by_source: dict[str, list[str]] = {}
    for s in gold.sentences:
        if s.statement:
            by_source.setdefault(s.source, []).append(s.text)
    located: list[GoldFigure | GoldDate] = [*gold.figures, *gold.dates]
    for f in located:
        where = f"figures.toml {f.text!r} ({f.source})"
        if f.source not in gold.articles:
            reader.fail(where, f"no article {f.source!r}")
        elif not any(f.text in t for t in by_source.get(f.source, [])):
            reader.fail(where, "the text is in no statement of that article")
    for f in gold.figures:
        if f.claimant and f.claimant not in known:
            reader.fail(f"figures.toml {f.text!r}", f"claimant {f.claimant!r} is not an entity")
    clustered: Counter[Member] = Counter()
    groups: list[tuple[str, tuple[Member, ...]]] = [
        *((f"cluster {c.fact[:40]!r}", c.members) for c in gold.clusters),
        *((f"dispute {d.about[:40]!r}", d.members) for d in gold.disputes),
        *((f"series {s.about[:40]!r}", s.members) for s in gold.series),
    ]
    for where, members in groups:
        if len(members) < 2:
            reader.fail(f"claims.toml {where}", "needs at least two members")
        for m in members:
            if m not in statements:
                reader.fail(f"claims.toml {where}", f"not a statement: {m[0]} {m[1][:50]!r}")
    for c in gold.clusters:
        clustered.update(c.members)
    for m, count in clustered.items():
        if count > 1:
            reader.fail("claims.toml", f"in {count} clusters: {m[0]} {m[1][:50]!r}")
