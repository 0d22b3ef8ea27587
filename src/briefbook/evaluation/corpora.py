"""The evaluation's corpora: where they are, and briefbook's reading of each.

Each corpus has a gold folder ``tests/gold/<name>/`` whose ``event.toml`` names the folder
of its articles. A corpus with ``config = "init"`` is read with the topics that
``briefbook init --topics`` makes from the event's topic names, untuned, as a new user would
get them; ``config = "project"`` uses the corpus's own ``sources/briefbook.toml``. Every
corpus is also read with the topics of its event's preset (``briefbook init --preset``),
for the ``preset_`` metrics.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from briefbook.analyse.pipeline import analyse
from briefbook.commands.init import plan_topics, render_config
from briefbook.evaluation.gold import load_event, read_gold
from briefbook.evaluation.labels import Event, Gold
from briefbook.model import Briefing, Config
from briefbook.project.load import Project, load_actors, load_articles, load_config
from briefbook.project.problems import InputError
from briefbook.read.gazetteer import load_gazetteer


@dataclass(frozen=True, slots=True)
class Corpus:
    event: Event
    gold_folder: Path
    project: Project


def find_corpora(gold_root: Path, repo_root: Path) -> list[Corpus]:
    """Every corpus with an ``event.toml`` under ``gold_root``, dev before test, by name."""
    corpora = []
    for folder in sorted(p.parent for p in gold_root.glob("*/event.toml")):
        event = load_event(folder)
        corpora.append(Corpus(event, folder, Project(repo_root / event.corpus)))
    return sorted(corpora, key=lambda c: (c.event.split != "dev", c.event.name))


def config_for(corpus: Corpus) -> Config:
    """The config the corpus is read with (see the module's docstring)."""
    if corpus.event.config == "project":
        config, problems = load_config(corpus.project)
        if config is None:
            raise InputError(problems)
        return config
    text = render_config(
        corpus.event.title, plan_topics(corpus.event.title, ",".join(corpus.event.topics))
    )
    return Config.model_validate(tomllib.loads(text))


def preset_config(corpus: Corpus) -> Config:
    """The config ``briefbook init --preset <the event's preset>`` writes."""
    text = render_config(
        corpus.event.title, plan_topics(corpus.event.title, None, corpus.event.preset)
    )
    return Config.model_validate(tomllib.loads(text))


def article_texts(corpus: Corpus) -> dict[str, str]:
    """Source id -> text of every article of the corpus (raises InputError on bad input)."""
    raws, problems = load_articles(corpus.project)
    if problems:
        raise InputError(problems)
    return {raw.meta.id: raw.text for raw in raws}


def load_gold(corpus: Corpus) -> Gold:
    config = config_for(corpus)
    return read_gold(corpus.gold_folder, article_texts(corpus), tuple(t.id for t in config.topics))


def read_corpus(corpus: Corpus, config: Config | None = None) -> Briefing:
    """briefbook's reading of the corpus: the whole analysis, without overrides or cache,
    with the corpus's config (:func:`config_for`) unless another is given."""
    raws, problems = load_articles(corpus.project)
    actors, actor_problems = load_actors(corpus.project)
    if problems or actor_problems:
        raise InputError(problems + actor_problems)
    root = corpus.project.root.resolve()
    paths = [raw.path.resolve().relative_to(root).as_posix() for raw in raws]
    return analyse(config or config_for(corpus), raws, paths, load_gazetteer(actors))
