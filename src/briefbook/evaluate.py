"""Measure how well briefbook reads articles, against gold labels made by reading.

``briefbook evaluate --project DIR --gold DIR`` (``nox -s evaluate``) prints segmentation
errors, boilerplate precision and recall, claimant accuracy, entity merge precision and
recall, figure and date recall, topic accuracy and macro-F1 with a confusion matrix. With
``--baseline FILE`` it fails when a metric falls below the recorded value. The gold format
is described in ``tests/gold/README.md``.
"""

from __future__ import annotations

import json
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from briefbook.claims import figures, stance
from briefbook.entities import fold
from briefbook.model import Actor, Article, Briefing, Statement

HIGHER_IS_BETTER = (
    "boilerplate_precision",
    "boilerplate_recall",
    "claimant_accuracy",
    "entity_merge_precision",
    "entity_merge_recall",
    "figure_recall",
    "date_recall",
    "topic_accuracy",
    "topic_macro_f1",
    "cluster_precision",
    "cluster_recall",
    "conflicts_found",
    "evidence_verbatim",
)
LOWER_IS_BETTER = (
    "segmentation_errors",
    "boilerplate_in_briefing",
    "people_split",
    "people_merged",
    "wrong_merges",
)


@dataclass(frozen=True, slots=True)
class GoldSentence:
    source: str
    start: int
    end: int
    text: str
    boilerplate: str | None
    topics: tuple[str, ...]
    claimants: tuple[str, ...]
    cue: str
    quote: bool


@dataclass(frozen=True, slots=True)
class GoldEntity:
    name: str
    kind: str
    affiliation: str | None
    forms: tuple[str, ...]


@dataclass(slots=True)
class Gold:
    sentences: list[GoldSentence] = field(default_factory=list)
    entities: list[GoldEntity] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    clusters: list[list[tuple[str, str]]] = field(default_factory=list)
    """Each: (source, sentence text) of the sentences stating one fact."""
    conflicts: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)


def load_gold(folder: Path, texts: dict[str, str]) -> Gold:
    """Read a gold folder; sentence offsets are found in the article texts, in order."""
    gold = Gold()
    for path in sorted(folder.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if path.name == "entities.toml":
            for e in data.get("entity", []):
                gold.entities.append(
                    GoldEntity(
                        e["name"], e["kind"], e.get("affiliation"), tuple(e.get("mentions", []))
                    )
                )
        elif path.name == "figures.toml":
            gold.figures = list(data.get("figure", []))
            gold.dates = list(data.get("date", []))
        elif path.name == "claims.toml":
            gold.clusters = [
                [(m["source"], m["text"]) for m in c["members"]] for c in data.get("cluster", [])
            ]
            gold.conflicts = [
                (c["kind"], [(m["source"], m["text"]) for m in c["members"]])
                for c in data.get("conflict", [])
            ]
        elif "source" in data:
            source = data["source"]
            text = texts[source]
            pos = 0
            for s in data.get("sentence", []):
                start = text.index(s["text"], pos)
                pos = start + len(s["text"])
                claimant = s.get("claimant", [])
                gold.sentences.append(
                    GoldSentence(
                        source,
                        start,
                        pos,
                        s["text"],
                        s.get("boilerplate"),
                        tuple(s.get("topics", [])),
                        tuple(claimant) if isinstance(claimant, list) else (claimant,),
                        s.get("cue", ""),
                        bool(s.get("quote", False)),
                    )
                )
    return gold


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass(slots=True)
class Report:
    metrics: dict[str, float]
    confusion: dict[str, dict[str, int]]
    topics: list[str]
    errors: dict[str, list[str]]


def _sentence_spans(articles: Iterable[Article]) -> dict[str, list[tuple[int, int, str | None]]]:
    return {
        a.id: [(s.start, s.end, s.boilerplate) for b in a.blocks for s in b.sentences]
        for a in articles
    }


def _actor_matches(actor: Actor, entity: GoldEntity) -> bool:
    ours = {fold(actor.name), *(fold(a) for a in actor.aliases)}
    theirs = {fold(entity.name), *(fold(f) for f in entity.forms)}
    if not ours & theirs:
        return False
    return not (
        actor.affiliation and entity.affiliation and actor.affiliation != entity.affiliation
    )


def evaluate(briefing: Briefing, gold: Gold) -> Report:
    errors: dict[str, list[str]] = defaultdict(list)
    spans = _sentence_spans(briefing.articles)
    starts = {
        (a.id, s.id): s.start for a in briefing.articles for b in a.blocks for s in b.sentences
    }
    statements = {(s.source_id, starts[s.source_id, s.sentence_id]): s for s in briefing.statements}
    by_source = defaultdict(list)
    for g in gold.sentences:
        by_source[g.source].append(g)

    # segmentation: gold sentences we do not produce exactly, and our sentences gold does not have
    seg = 0
    for source, golds in by_source.items():
        ours = {(a, b) for a, b, _ in spans[source]}
        theirs = {(g.start, g.end) for g in golds}
        for g in golds:
            if (g.start, g.end) not in ours:
                seg += 1
                errors["segmentation"].append(f"{source}: {g.text[:70]!r}")
        seg += len({o for o in ours if o not in theirs and _covers_gold(o, golds)})

    # boilerplate, per gold sentence: is it (mostly) covered by our boilerplate?
    tp = fp = fn = 0
    leaked = 0
    statement_texts = {(s.source_id, s.text) for s in briefing.statements}
    for g in gold.sentences:
        predicted = _boilerplate_share(spans[g.source], g.start, g.end) >= 0.5
        actual = g.boilerplate is not None
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
        if actual and any(
            src == g.source and (t in g.text or g.text in t) for src, t in statement_texts
        ):
            leaked += 1
            errors["boilerplate_in_briefing"].append(f"{g.source}: {g.text[:70]!r}")
        if predicted != actual:
            errors["boilerplate"].append(
                f"{g.source}: {'missed' if actual else 'extra'} {g.text[:60]!r}"
            )
    bp, br, _ = _prf(tp, fp, fn)

    # claimants and topics, on reporting gold sentences that match one of our statements
    entities = {e.name: e for e in gold.entities}
    actors = {a.id: a for a in briefing.actors}
    correct = total = 0
    topic_pairs: list[tuple[str, str]] = []
    for g in gold.sentences:
        if g.boilerplate is not None or not g.topics:
            continue
        stmt = statements.get((g.source, g.start))
        if stmt is None:
            continue
        total += 1
        if _claimant_ok(stmt, g, actors, entities):
            correct += 1
        else:
            who = actors[stmt.claimant].name if stmt.claimant else "(outlet)"
            errors["claimant"].append(
                f"{g.source}: gold {list(g.claimants)} ours {who!r}: {g.text[:60]!r}"
            )
        topic_pairs.append((g.topics[0], stmt.topic.topic))
        if g.topics[0] != stmt.topic.topic:
            errors["topic"].append(
                f"{g.source}: gold {g.topics[0]} ours {stmt.topic.topic}: {g.text[:60]!r}"
            )

    topics = sorted({t for pair in topic_pairs for t in pair})
    confusion = {t: dict.fromkeys(topics, 0) for t in topics}
    for want, got in topic_pairs:
        confusion[want][got] += 1
    f1s = []
    for t in topics:
        ttp = confusion[t][t]
        tfp = sum(confusion[o][t] for o in topics if o != t)
        tfn = sum(confusion[t][o] for o in topics if o != t)
        if ttp + tfp + tfn:
            f1s.append(_prf(ttp, tfp, tfn)[2])
    accuracy = sum(1 for a, b in topic_pairs if a == b) / len(topic_pairs) if topic_pairs else 0.0

    merge_p, merge_r, split, merged = _entity_merges(briefing, gold, errors)
    _drop_boilerplate_only(gold)
    fig_recall = _figure_recall(briefing, gold, errors)
    claim_metrics = _claims(briefing, gold, statements, errors)
    date_recall = _date_recall(briefing, gold, errors)
    metrics = {
        "sentences": float(len(gold.sentences)),
        "segmentation_errors": float(seg),
        "boilerplate_precision": bp,
        "boilerplate_recall": br,
        "boilerplate_in_briefing": float(leaked),
        "claimant_accuracy": correct / total if total else 0.0,
        "entity_merge_precision": merge_p,
        "entity_merge_recall": merge_r,
        "people_split": float(split),
        "people_merged": float(merged),
        "figure_recall": fig_recall,
        "date_recall": date_recall,
        "topic_accuracy": accuracy,
        "topic_macro_f1": sum(f1s) / len(f1s) if f1s else 0.0,
        **claim_metrics,
    }
    return Report(metrics, confusion, topics, dict(errors))


def _covers_gold(span: tuple[int, int], golds: Sequence[GoldSentence]) -> bool:
    return any(g.start <= span[0] < g.end or span[0] <= g.start < span[1] for g in golds)


def _boilerplate_share(spans: Sequence[tuple[int, int, str | None]], start: int, end: int) -> float:
    covered = sum(
        max(0, min(b, end) - max(a, start)) for a, b, reason in spans if reason is not None
    )
    return covered / max(1, end - start)


def _claimant_ok(
    stmt: Statement, g: GoldSentence, actors: dict[str, Actor], entities: dict[str, GoldEntity]
) -> bool:
    if stmt.claimant is None:
        return "(outlet)" in g.claimants
    actor = actors[stmt.claimant]
    for name in g.claimants:
        entity = entities.get(name)
        if entity is not None and _actor_matches(actor, entity):
            return True
        if fold(name) in {fold(actor.name), *(fold(a) for a in actor.aliases)}:
            return True
    return False


def _entity_merges(
    briefing: Briefing, gold: Gold, errors: dict[str, list[str]]
) -> tuple[float, float, int, int]:
    """Pairwise precision and recall over our mentions whose name gold gives one entity.

    Also counts gold people spread over several of our actors (split) and our actors that
    hold several gold people (merged).
    """
    owners: dict[str, set[str]] = defaultdict(set)
    for e in gold.entities:
        for form in (e.name, *e.forms):
            owners[fold(form)].add(e.name)
    kinds = {e.name: e.kind for e in gold.entities}
    labelled: list[tuple[str, str]] = []  # (gold entity, our actor)
    for m in briefing.mentions:
        titled = fold(f"{m.honorific} {m.text}") if m.honorific else ""
        names = owners.get(titled) or owners.get(fold(m.text), set())
        if len(names) == 1 and m.id in briefing.mention_actor:
            labelled.append((next(iter(names)), briefing.mention_actor[m.id]))
    tp = fp = fn = 0
    for (g1, a1), (g2, a2) in combinations(labelled, 2):
        same_gold, same_ours = g1 == g2, a1 == a2
        tp += same_gold and same_ours
        fp += same_ours and not same_gold
        fn += same_gold and not same_ours
    p, r, _ = _prf(tp, fp, fn)
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_ours: dict[str, set[str]] = defaultdict(set)
    for g, a in labelled:
        by_gold[g].add(a)
        if kinds.get(g) == "person":
            by_ours[a].add(g)
    split = [g for g, ours in by_gold.items() if kinds.get(g) == "person" and len(ours) > 1]
    merged = [a for a, golds in by_ours.items() if len(golds) > 1]
    errors["people_split"] += [f"{g}: {sorted(by_gold[g])}" for g in split]
    errors["people_merged"] += [f"{a}: {sorted(by_ours[a])}" for a in merged]
    return p, r, len(split), len(merged)


def _drop_boilerplate_only(gold: Gold) -> None:
    """Figures and dates gold found only in boilerplate (a headline, an embedded post) are
    not statements: briefbook does not extract them, so they leave the recall."""
    reporting: dict[str, list[str]] = defaultdict(list)
    for g in gold.sentences:
        if g.boilerplate is None:
            reporting[g.source].append(g.text.casefold())

    def in_reporting(item: dict[str, Any]) -> bool:
        return any(item["text"].casefold() in t for t in reporting[item["source"]])

    gold.figures = [f for f in gold.figures if in_reporting(f)]
    gold.dates = [d for d in gold.dates if in_reporting(d)]


def _claims(
    briefing: Briefing,
    gold: Gold,
    statements: dict[tuple[str, int], Statement],
    errors: dict[str, list[str]],
) -> dict[str, float]:
    """Cluster precision and recall (pairwise, over the gold reporting sentences we read as
    statements), wrong merges, conflicts found, and the share of claims whose evidence and
    wording are verbatim in their sources."""
    ours = {
        (g.source, g.text): stmt
        for g in gold.sentences
        if (stmt := statements.get((g.source, g.start))) is not None
    }
    claim_of = {(e.source_id, e.sentence_id): c.id for c in briefing.claims for e in c.evidence}
    gold_label = {key: i for i, members in enumerate(gold.clusters) for key in members}
    labelled = [
        (gold_label.get(key, -1 - n), claim_of[(stmt.source_id, stmt.sentence_id)])
        for n, (key, stmt) in enumerate(ours.items())
    ]
    tp = fp = fn = 0
    for (g1, c1), (g2, c2) in combinations(labelled, 2):
        tp += g1 == g2 and c1 == c2
        fp += c1 == c2 and g1 != g2
        fn += g1 == g2 and c1 != c2
    precision, recall, _ = _prf(tp, fp, fn)
    by_key = {(s.source_id, s.sentence_id): s for s in briefing.statements}
    wrong = 0
    for claim in briefing.claims:
        members = [by_key[(e.source_id, e.sentence_id)] for e in claim.evidence]
        for a, b in combinations(members, 2):
            if figures(a) != figures(b) or stance(a) != stance(b):
                wrong += 1
                errors["wrong_merges"].append(f"{claim.id}: {a.text[:40]!r} / {b.text[:40]!r}")
    texts = {a.id: a.text for a in briefing.articles}
    verbatim = sum(
        all(e.text in texts[e.source_id] for e in c.evidence)
        and c.wording in texts[c.wording_source]
        for c in briefing.claims
    )
    found_sets = [set(c.statements) for c in briefing.conflicts]
    found = 0
    for kind, gold_members in gold.conflicts:
        keys = {
            (s.source_id, s.sentence_id) for key in gold_members if (s := ours.get(key)) is not None
        }
        hit = any(len({k[0] for k in keys & mine}) >= 2 for mine in found_sets)
        found += hit
        if not hit:
            errors["conflicts"].append(f"missed {kind}: {gold_members[0][1][:60]!r}")
    return {
        "cluster_precision": precision,
        "cluster_recall": recall,
        "wrong_merges": float(wrong),
        "conflicts_found": found / len(gold.conflicts) if gold.conflicts else 1.0,
        "evidence_verbatim": verbatim / len(briefing.claims) if briefing.claims else 1.0,
    }


def _figure_recall(briefing: Briefing, gold: Gold, errors: dict[str, list[str]]) -> float:
    found: dict[str, Counter[float]] = defaultdict(Counter)
    for s in briefing.statements:
        for q in s.quantities:
            found[s.source_id][q.value] += 1
    hits = 0
    for f in gold.figures:
        if found[f["source"]][float(f["value"])] > 0:
            found[f["source"]][float(f["value"])] -= 1
            hits += 1
        else:
            errors["figures"].append(f"{f['source']}: {f['text']!r} = {f['value']}")
    return hits / len(gold.figures) if gold.figures else 1.0


def _date_recall(briefing: Briefing, gold: Gold, errors: dict[str, list[str]]) -> float:
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for s in briefing.statements:
        found[s.source_id] += [(d.text.casefold(), d.resolved) for d in s.dates]
    hits = 0
    for d in gold.dates:
        text = d["text"].casefold()
        ok = any(
            (text in t or t in text) and r == d.get("resolved", "") for t, r in found[d["source"]]
        )
        hits += ok
        if not ok:
            errors["dates"].append(f"{d['source']}: {d['text']!r} -> {d.get('resolved')!r}")
    return hits / len(gold.dates) if gold.dates else 1.0


def compare(metrics: dict[str, float], baseline: dict[str, float]) -> list[str]:
    """Metrics worse than the baseline (a small tolerance for rounding)."""
    worse = []
    for name in HIGHER_IS_BETTER:
        if name in baseline and metrics[name] < baseline[name] - 1e-6:
            worse.append(f"{name}: {metrics[name]:.3f} < baseline {baseline[name]:.3f}")
    for name in LOWER_IS_BETTER:
        if name in baseline and metrics[name] > baseline[name] + 1e-6:
            worse.append(f"{name}: {metrics[name]:.0f} > baseline {baseline[name]:.0f}")
    return worse


def to_json(reports: dict[str, Report]) -> str:
    return json.dumps({k: r.metrics for k, r in reports.items()}, indent=2, sort_keys=True) + "\n"
