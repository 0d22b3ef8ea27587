"""Train the learned reading of each preset's topics from the development gold.

python scripts/train_topics.py                 # write src/briefbook/data/models/topics-*.json
python scripts/train_topics.py --check         # exit 1 if a shipped model is not what it writes
python scripts/train_topics.py --exclude a,b   # leave these dev corpora out too

Every dev corpus (``split = "dev"`` in its ``tests/gold/<name>/event.toml``; never a test
corpus, and never the validation pool below) is read with its event's preset, by the rules
alone; each gold statement that briefbook reads as one of its statements is an example: the
statement's features (:func:`briefbook.analyse.topics.statement_features`) and the first of
its gold preset topics. One model per preset (its topics are its labels) is trained on its
events' examples, keeping only features seen in at least ``MIN_EVENTS`` of them, so that a
name, a place or an event's own words, seen in one or two events, fall out. The figures
written with the model are leave-one-event-out: each event read by a model trained without
it, the rules alone against the rules with the model
(:func:`briefbook.analyse.topics.with_learned`).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from briefbook.analyse.pipeline import read_corpus
from briefbook.analyse.topics import (
    LEARNED_MARGIN,
    LEARNED_OPEN,
    MODEL_PREFIX,
    briefing_start,
    learned_topic,
    statement_features,
)
from briefbook.evaluation.corpora import Corpus, load_gold, preset_config
from briefbook.evaluation.gold import load_event
from briefbook.evaluation.labels import FILLER
from briefbook.evaluation.metrics import _Alignment
from briefbook.learned import Features, Model, Training, dumps, train
from briefbook.model import Briefing, TopicAssignment
from briefbook.presets import presets
from briefbook.project.load import Project, load_actors, load_articles
from briefbook.project.output import write_file
from briefbook.read.gazetteer import load_gazetteer
from briefbook.vocabulary import Extension, extended

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
MODELS = ROOT / "src" / "briefbook" / "data" / "models"
POOL = (
    "texas-hill-country-floods",
    "duterte-icc-arrest",
    "poland-presidential-election-2025",
    "hong-kong-tai-po-fire",
    "syria-assad-falls",
    "tibet-earthquake-2025",
    "stellantis-tavares-resigns",
    "hmpv-china-2025",
    "istanbul-imamoglu-arrest",
    "ecuador-election-2025",
    "air-canada-strike-2025",
    "storm-boris-floods",
    "kumbh-mela-stampede",
    "bolivia-election-2025",
    "intel-gelsinger-ousted",
    "mali-fuel-blockade",
    "kerch-oil-spill",
    "philippines-flood-control-protests",
    "oropouche-outbreak-2024",
    "rubiales-kiss-scandal",
    "senegal-election-postponed",
    "hajj-heat-deaths-2024",
    "argentina-peso-devaluation",
    "haiti-henry-resigns",
    "openai-altman-ousted",
    "png-landslide-2024",
    "rio-grande-do-sul-floods",
    "khelif-boxing-row",
    "vanuatu-earthquake-2024",
    "taiwan-election-2024",
    "ecuador-tv-attack-2024",
    "korea-doctors-walkout-2024",
    "boeing-starliner-stranded",
    "google-search-antitrust-ruling",
    "new-caledonia-unrest-2024",
    "cuba-blackout-2024",
    "iceland-grindavik-eruption",
    "jaffar-express-hijack",
    "pope-leo-conclave",
    "trump-butler-shooting",
)
"""Dev events kept out of training, to measure the model on events it never saw: the
validation pool of the round the models were trained in (round thirty-one's four held-out
events), the four events held out in that round (round thirty-two's validation pool), the
four held out in round thirty-three (round thirty-four's validation pool), the four held out
in round thirty-four (round thirty-five's validation pool), the four held out in round
thirty-five (round thirty-six's validation pool), the four held out in round thirty-six
(round thirty-seven's validation pool), the four held out in round thirty-seven (round
thirty-eight's validation pool), the four held out in round thirty-eight (round thirty-nine's
validation pool), the four held out in round thirty-nine (round forty's validation pool) and
the four held out in round forty, which joined dev after it and are the next round's
validation pool. A model trained with them would leave no dev event unseen to measure it
on."""
MIN_EVENTS = 3
"""The fewest events a feature must be seen in to be kept."""
TRAINING = Training(epochs=2, rate=0.1, l2=0.01, seed=0)
"""Few, small steps and a firm penalty: a model fitted closer reads the events it was
trained on better and the others worse (leave-one-event-out)."""


@dataclass(frozen=True, slots=True)
class Case:
    """One gold statement: its event, its features, its gold topics, the rules' reading."""

    event: str
    preset: str
    features: dict[str, float]
    gold: tuple[str, ...]
    rules: TopicAssignment


def dev_corpora(exclude: Sequence[str] = ()) -> list[Corpus]:
    """The dev corpora, by name, less the validation pool and ``exclude``: only dev
    ``event.toml`` files are read beyond their split."""
    out = []
    for path in sorted(GOLD.glob("*/event.toml")):
        with path.open("rb") as f:
            split = tomllib.load(f).get("split")
        if split != "dev" or path.parent.name in (*POOL, *exclude):
            continue
        event = load_event(path.parent)
        out.append(Corpus(event, path.parent, Project(ROOT / event.corpus)))
    return out


def cases(corpus: Corpus) -> list[Case]:
    """The examples of one corpus: each gold statement briefbook reads, rules alone."""
    gold = load_gold(corpus)
    config = preset_config(corpus)
    raws, problems = load_articles(corpus.project)
    actors, actor_problems = load_actors(corpus.project)
    if problems or actor_problems:
        raise SystemExit(f"{corpus.event.name}: its articles do not load")
    root = corpus.project.root.resolve()
    paths = [raw.path.resolve().relative_to(root).as_posix() for raw in raws]
    with extended(Extension(config.vocabulary)):
        read = read_corpus(config, raws, paths, load_gazetteer(actors), learned=False)
    align = _Alignment(cast(Briefing, read), gold)
    by_id = {a.id: a for a in read.actors}
    mentions = {m.id: m for m in read.mentions}
    published = {a.id: a.meta.published for a in read.articles}
    start = briefing_start(list(published.values()))
    english = {s for s, a in gold.articles.items() if a.language == "en"}
    out = []
    for g in gold.sentences:
        if not g.statement or g.source not in english or FILLER in g.preset_topics:
            continue
        stmt = align.statement(g)
        if stmt is None:
            continue
        features = statement_features(stmt, by_id, mentions, published.get(stmt.source_id), start)
        out.append(
            Case(corpus.event.name, corpus.event.preset, features, g.preset_topics, stmt.topic)
        )
    return out


def general(examples: Sequence[Case]) -> set[str]:
    """The features seen in at least :data:`MIN_EVENTS` events of ``examples``."""
    events: dict[str, set[str]] = defaultdict(set)
    for case in examples:
        for name in case.features:
            events[name].add(case.event)
    return {name for name, seen in events.items() if len(seen) >= MIN_EVENTS}


def kept(case: Case, names: set[str]) -> Features:
    return {n: v for n, v in case.features.items() if n in names}


def label(case: Case) -> str:
    """What a case teaches: the rules' topic where the gold accepts it (a statement may go
    in more than one chapter), else the gold's first. The model learns where the rules go
    wrong, not which of two accepted chapters the labeller wrote first."""
    return case.rules.topic if case.rules.topic in case.gold else case.gold[0]


def fit(examples: Sequence[Case], labels: Sequence[str]) -> Model:
    """A preset's model from its events' examples, on their general features only."""
    names = general(examples)
    return train([(kept(c, names), label(c)) for c in examples], labels, TRAINING)


def leave_one_out(
    examples: Sequence[Case], labels: Sequence[str], margins: Sequence[float] = (LEARNED_MARGIN,)
) -> tuple[int, list[int]]:
    """How many statements the rules alone, and the rules with a model trained without the
    statement's event (for each of ``margins``), put in a chapter the gold accepts."""
    rules = 0
    learned = [0] * len(margins)
    for event in dict.fromkeys(c.event for c in examples):
        model = fit([c for c in examples if c.event != event], labels)
        for case in (c for c in examples if c.event == event):
            rules += case.rules.topic in case.gold
            for i, margin in enumerate(margins):
                chosen = learned_topic(model, case.rules, case.features, margin)
                learned[i] += chosen.topic in case.gold
    return rules, learned


def models(corpora: Sequence[Corpus]) -> dict[str, str]:
    """File name -> the text of each preset's model trained on ``corpora``."""
    by_preset: dict[str, list[Case]] = defaultdict(list)
    events: dict[str, set[str]] = defaultdict(set)
    for corpus in corpora:
        by_preset[corpus.event.preset].extend(cases(corpus))
        events[corpus.event.preset].add(corpus.event.name)
    out = {}
    for preset, examples in sorted(by_preset.items()):
        labels = [t.id for t in presets()[preset].topics]
        rules, (learned,) = leave_one_out(examples, labels)
        n = len(examples)
        about = {
            "script": "scripts/train_topics.py",
            "preset": preset,
            "corpora": f"{len(events[preset])} dev corpora (the validation pool left out)",
            "examples": f"{n} gold statements, features seen in at least {MIN_EVENTS} events",
            "training": (
                f"epochs={TRAINING.epochs} rate={TRAINING.rate} l2={TRAINING.l2} "
                f"seed={TRAINING.seed}"
            ),
            "combination": (
                f"margin={LEARNED_MARGIN} where the rules' topic was decided by: "
                f"{', '.join(sorted(LEARNED_OPEN))}"
            ),
            "leave_one_event_out": (
                f"preset topic accuracy, rules alone {rules / n:.4f}, "
                f"rules with the model {learned / n:.4f} ({rules} -> {learned} of {n})"
            ),
        }
        out[f"{MODEL_PREFIX}{preset}.json"] = dumps(fit(examples, labels), about)
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if a shipped model differs")
    parser.add_argument("--exclude", default="", help="comma-separated dev corpora to leave out")
    args = parser.parse_args(argv)
    exclude = [n.strip() for n in args.exclude.split(",") if n.strip()]
    written = models(dev_corpora(exclude))
    stale = []
    for name, text in written.items():
        path = MODELS / name
        if path.exists() and path.read_text("utf-8") == text:
            continue
        stale.append(name)
        if not args.check:
            write_file(path, text.encode("utf-8"))
        print(f"{'out of date' if args.check else 'written'}: {path.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
