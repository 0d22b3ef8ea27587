"""The evaluation: the gold format's checks, the metrics and the gate."""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

import pytest

from briefbook.commands.init import plan_topics
from briefbook.evaluation.corpora import Corpus, config_for, read_corpus
from briefbook.evaluation.gate import changed, combined, file_digests, record, shortfalls
from briefbook.evaluation.gold import GoldError, read_gold
from briefbook.evaluation.labels import (
    OUTLET,
    Cluster,
    Event,
    Gold,
    GoldArticle,
    GoldDate,
    GoldEntity,
    GoldFigure,
    GoldSentence,
    Series,
)
from briefbook.evaluation.metrics import Tally, measure
from briefbook.model import Briefing, Conflict, FigureReport
from briefbook.project.load import Project
from conftest import ARTICLE, CONFIG, META

EVENT = """\
name = "{name}"
title = "Harbour strike"
kind = "protest or strike"
split = "dev"
corpus = "corpus"
config = "{config}"
topics = ["Walkout", "Talks", "Background"]
preset = "protest"
"""

TEXT = "Strike at the port\n\nPolice said 40 dockers were held on Monday.\n\nRead more: Ports\n"


def _gold_folder(tmp_path: Path, files: dict[str, str], name: str = "g") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "event.toml").write_text(EVENT.format(name=name, config="init"), encoding="utf-8")
    for file, body in files.items():
        (folder / file).write_text(textwrap.dedent(body), encoding="utf-8")
    return folder


ARTICLE_GOLD = """\
    source = "a1"
    language = "en"

    [[sentence]]
    text = "Strike at the port"
    furniture = "headline"

    [[sentence]]
    text = "Police said 40 dockers were held on Monday."
    topics = ["walkout"]
    preset_topics = ["policing", "actions"]
    claimant = "police (Harbourland)"
    cue = "said"

    [[sentence]]
    text = "Read more: Ports"
    furniture = "promotion"
    """
ENTITIES = """\
    [[entity]]
    name = "police (Harbourland)"
    kind = "group"
    affiliation = "Harbourland"
    mentions = ["police"]

    [[entity]]
    name = "Harbourland"
    kind = "government"
    """


def test_a_gold_folder_in_the_format_reads(tmp_path):
    folder = _gold_folder(tmp_path, {"a1.toml": ARTICLE_GOLD, "entities.toml": ENTITIES})
    gold = read_gold(folder, {"a1": TEXT})
    assert [s.furniture for s in gold.sentences] == ["headline", None, "promotion"]
    statement = gold.sentences[1]
    assert TEXT[statement.start : statement.end] == statement.text
    assert statement.claimant == "police (Harbourland)"
    assert gold.event.topic_ids == ("walkout", "talks", "background")


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("40 dockers were held", "41 dockers were held"), "text is nowhere"),
        (('text = "Read more: Ports"\n', 'text = "Ports"\n'), "not labelled: 'Read more:'"),
        (('furniture = "headline"', 'furniture = "masthead"'), "is not one of headline"),
        (('claimant = "police (Harbourland)"', 'claimant = ["police", "x"]'), "exactly one"),
        (('claimant = "police (Harbourland)"', 'claimant = "Someone"'), "not an entity"),
        (('topics = ["walkout"]', 'topics = ["strikes"]'), "topic 'strikes' is not one of"),
        (('preset_topics = ["policing", "actions"]', ""), "needs preset_topics"),
        (
            ('preset_topics = ["policing", "actions"]', 'preset_topics = ["walkout"]'),
            "preset topic 'walkout' is not one of actions, background, demands",
        ),
        (('language = "en"', 'language = "English"'), "language must be a code"),
        (('cue = "said"', 'cue = "said"\n    speaker = "x"'), "unknown key 'speaker'"),
    ],
)
def test_the_checker_names_each_departure_from_the_format(tmp_path, change, problem):
    body = ARTICLE_GOLD.replace(*change)
    assert body != ARTICLE_GOLD
    folder = _gold_folder(tmp_path, {"a1.toml": body, "entities.toml": ENTITIES})
    with pytest.raises(GoldError) as err:
        read_gold(folder, {"a1": TEXT})
    assert any(problem in p for p in err.value.problems), err.value.problems


def test_the_event_names_a_preset_that_exists(tmp_path):
    folder = _gold_folder(tmp_path, {"a1.toml": ARTICLE_GOLD, "entities.toml": ENTITIES})
    event = (folder / "event.toml").read_text(encoding="utf-8")
    (folder / "event.toml").write_text(event.replace('"protest"', '"riot"'), encoding="utf-8")
    with pytest.raises(GoldError) as err:
        read_gold(folder, {"a1": TEXT})
    assert any("preset 'riot' is not one of armed-conflict" in p for p in err.value.problems)


def test_the_checker_finds_members_that_are_not_statements_and_missing_articles(tmp_path):
    claims = """\
        [[cluster]]
        fact = "x"
        members = [
          { source = "a1", text = "Strike at the port" },
          { source = "a1", text = "Police said 40 dockers were held on Monday." },
        ]
        """
    figures = """\
        [[figure]]
        source = "a1"
        text = "50"
        value = 50
        kind = "detainees"
        qualifier = "exactly"
        """
    folder = _gold_folder(
        tmp_path,
        {"a1.toml": ARTICLE_GOLD, "entities.toml": ENTITIES, "claims.toml": claims,
         "figures.toml": figures},
    )  # fmt: skip
    with pytest.raises(GoldError) as err:
        read_gold(folder, {"a1": TEXT, "a2": "Another article."})
    problems = "\n".join(err.value.problems)
    assert "not a statement: a1 'Strike at the port'" in problems
    assert "needs at least two members" not in problems
    assert "kind = 'detainees' is not one of" in problems
    assert "the text is in no statement of that article" in problems
    assert "article a2 has no gold file" in problems


# --- metrics: a gold that agrees with the reading, then one label at a time -----------------


@pytest.fixture(scope="module")
def reading(tmp_path_factory) -> tuple[Corpus, Briefing]:
    root = tmp_path_factory.mktemp("corpus")
    articles = root / "corpus" / "sources" / "articles"
    articles.mkdir(parents=True)
    (root / "corpus" / "sources" / "briefbook.toml").write_text(CONFIG, encoding="utf-8")
    (articles / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (articles / "a1.toml").write_text(META, encoding="utf-8")
    second = ARTICLE.replace("Monday", "Tuesday").replace("Jane Roe", "John Doe")
    (articles / "a2.txt").write_text(second, encoding="utf-8")
    (articles / "a2.toml").write_text(
        META.replace('"a1"', '"a2"').replace("Jane Roe", "John Doe"), encoding="utf-8"
    )
    event = Event(
        "harbour-test", "Harbour strike", "protest or strike", "dev", "corpus", "project",
        ("Walkout", "Talks", "Background"),
    )  # fmt: skip
    corpus = Corpus(event, root, Project(root / "corpus"))
    return corpus, read_corpus(corpus)


def _agreeing_gold(corpus: Corpus, briefing: Briefing) -> Gold:
    """Gold labels copied from briefbook's own reading: every metric must be perfect."""
    gold = Gold(corpus.event)
    by_key = {(s.source_id, s.sentence_id): s for s in briefing.statements}
    actors = {a.id: a for a in briefing.actors}
    for a in briefing.articles:
        sentences = []
        for b in a.blocks:
            for s in b.sentences:
                stmt = by_key.get((a.id, s.id))
                if stmt is None:
                    sentences.append(GoldSentence(a.id, s.start, s.end, s.text, "other"))
                    continue
                claimant = actors[stmt.claimant].name if stmt.claimant else OUTLET
                sentences.append(
                    GoldSentence(a.id, s.start, s.end, s.text, None, (stmt.topic.topic,), claimant)
                )
                for q in stmt.quantities:
                    gold.figures.append(
                        GoldFigure(a.id, q.text, q.value, 0, "", q.kind, "", "exactly",
                                   "", claimant, "")  # type: ignore[arg-type]
                    )  # fmt: skip
                for d in stmt.dates:
                    gold.dates.append(GoldDate(a.id, d.text, d.resolved, "day", "on"))
        gold.articles[a.id] = GoldArticle(a.id, "en", tuple(sentences))
    for actor in briefing.actors:
        gold.entities.append(GoldEntity(actor.name, actor.kind.value, "", "", actor.aliases))  # type: ignore[arg-type]
    members = {c.id: [(e.source_id, e.text) for e in c.evidence] for c in briefing.claims}
    gold.clusters = [Cluster(c, tuple(m)) for c, m in members.items() if len(m) > 1]
    return gold


def test_a_gold_that_agrees_with_the_reading_scores_perfectly(reading):
    corpus, briefing = reading
    values = measure(briefing, _agreeing_gold(corpus, briefing)).tally.values()
    for name in (
        "furniture_precision", "furniture_recall", "segmentation_accuracy", "topic_accuracy",
        "claimant_accuracy", "merge_precision", "merge_recall", "figure_precision",
        "figure_recall", "figure_kind_recall", "date_accuracy", "date_precision",
        "evidence_verbatim",
    ):  # fmt: skip
        assert values[name] in (1.0, None), name
    assert values["merge_recall"] == 1.0  # the two articles share sentences: merges exist
    assert values["junk_actor_share"] == 0.0
    assert values["actor_recall"] == 1.0
    assert values["non_english_analysed"] == 0


def test_actor_recall_counts_gold_actors_missing_from_the_whos_who(reading):
    corpus, briefing = reading
    gold = _agreeing_gold(corpus, briefing)
    listed = sum(e.kind in ("person", "government", "agency", "organisation", "group")
                 for e in gold.entities)  # fmt: skip
    gold.entities.append(GoldEntity("Unlisted Person", "person", "", "", ()))
    gold.entities.append(GoldEntity("Unlisted Town", "place", "", "", ()))  # places not counted
    result = measure(briefing, gold)
    assert result.tally.parts["actor_recall"] == [listed, listed + 1]
    assert "missed person 'Unlisted Person'" in result.errors["actor"]


def test_an_actor_of_the_wrong_kind_is_not_recalled(reading):
    corpus, briefing = reading
    gold = _agreeing_gold(corpus, briefing)
    person = next(e for e in gold.entities if e.kind == "person")
    gold.entities[gold.entities.index(person)] = dataclasses.replace(person, kind="organisation")
    values = measure(briefing, gold).tally.values()
    assert values["actor_recall"] is not None and values["actor_recall"] < 1.0


def test_not_entities_mark_junk_surfaces_but_not_a_gold_entity_of_the_same_name(reading):
    corpus, briefing = reading
    actor = briefing.actors[0]
    gold = _agreeing_gold(corpus, briefing)
    gold.not_entities = (actor.name.upper(),)  # a dateline's capitals, say
    assert measure(briefing, gold).tally.values()["junk_actor_share"] == 0.0
    gold.entities = [e for e in gold.entities if e.name != actor.name]
    assert measure(briefing, gold).tally.values()["junk_actor_share"] > 0.0


def _relabel(gold: Gold, index: int, **changes: object) -> Gold:
    sentences = list(gold.sentences)
    target = sentences[index]
    article = gold.articles[target.source]
    replaced = tuple(
        dataclasses.replace(s, **changes) if s is target else s
        for s in article.sentences  # type: ignore[arg-type]
    )
    gold.articles[target.source] = dataclasses.replace(article, sentences=replaced)
    return gold


def _statement_index(gold: Gold) -> int:
    return next(n for n, s in enumerate(gold.sentences) if s.statement and s.claimant != OUTLET)


def test_one_wrong_claimant_costs_exactly_one_statement(reading):
    corpus, briefing = reading
    gold = _agreeing_gold(corpus, briefing)
    before = measure(briefing, gold).tally.parts["claimant_accuracy"]
    gold.entities.append(GoldEntity("Someone Else", "person", "", "", ()))
    gold = _relabel(gold, _statement_index(gold), claimant="Someone Else")
    after = measure(briefing, gold).tally.parts["claimant_accuracy"]
    assert after == [before[0] - 1, before[1]]


def test_a_statement_labelled_furniture_lowers_furniture_precision(reading):
    corpus, briefing = reading
    gold = _relabel(
        _agreeing_gold(corpus, briefing),
        _statement_index(_agreeing_gold(corpus, briefing)),
        furniture="caption",
    )
    values = measure(briefing, gold).tally.values()
    assert values["furniture_recall"] is not None and values["furniture_recall"] < 1.0


def test_statements_left_unmerged_by_gold_are_wrong_merges(reading):
    corpus, briefing = reading
    gold = _agreeing_gold(corpus, briefing)
    gold.clusters = []
    values = measure(briefing, gold).tally.values()
    assert values["merge_precision"] == 0.0
    assert values["merge_recall"] is None


def test_a_non_english_article_analysed_is_counted(reading):
    corpus, briefing = reading
    gold = _agreeing_gold(corpus, briefing)
    gold.articles["a2"] = dataclasses.replace(gold.articles["a2"], language="es")
    result = measure(briefing, gold)
    assert result.tally.value("non_english_analysed") == 1
    assert "a2 (es) analysed as English" in result.errors["language"]


def test_a_series_is_flagged_only_by_a_conflict_over_figures_of_its_kind(reading):
    corpus, briefing = reading
    gold = _agreeing_gold(corpus, briefing)
    two = [(s.source_id, s.text) for s in briefing.statements[:2]]
    keys = tuple((s.source_id, s.sentence_id) for s in briefing.statements[:2])
    gold.series = [Series("deaths", "the toll, rising", tuple(two))]

    def flagged(kind: str) -> float | None:
        figures = tuple(FigureReport(7.0, "exactly", "", a, b, None, "", kind) for a, b in keys)
        conflict = Conflict("x1", "figures", kind, (), keys, figures)
        return measure(dataclasses.replace(briefing, conflicts=(conflict,)), gold).tally.value(
            "series_flagged"
        )

    assert flagged("magnitude") == 0  # the same statements give a magnitude in dispute
    assert flagged("deaths") == 1


def test_tallies_add_up_before_dividing():
    a, b = Tally(), Tally()
    a.add("claimant_accuracy", 1, 1)
    b.add("claimant_accuracy", 0, 3)
    a += b
    assert a.value("claimant_accuracy") == 0.25  # 1 of 4, not the mean of 1.0 and 0.0
    assert Tally().value("claimant_accuracy") is None


def test_init_config_is_what_init_writes(reading):
    corpus, _ = reading
    event = dataclasses.replace(corpus.event, config="init")
    config = config_for(dataclasses.replace(corpus, event=event))
    assert [t.id for t in config.topics] == ["walkout", "talks", "background"]
    assert config.default_topic == "walkout"
    plans = plan_topics(corpus.event.title, ",".join(corpus.event.topics)).topics
    assert config.topics[1].cues == plans[1].cues
    assert config.topics[1].cues[:2] == ("talks", "negotiat*")  # the lexicon's family


# --- the gate -------------------------------------------------------------------------------


def test_record_raises_floors_and_refuses_to_lower_them():
    floors = {"dev": {"claimant_accuracy": 0.5, "fallback_share": 0.4, "series_flagged": 2.0}}
    better = {"dev": {"claimant_accuracy": 0.6, "fallback_share": 0.3, "series_flagged": 1.0}}
    done = record(better, floors, allow_regression=False)
    assert done.floors["dev"] == {
        "claimant_accuracy": 0.6, "fallback_share": 0.3, "series_flagged": 1.0,
    }  # fmt: skip
    worse = {"dev": {"claimant_accuracy": 0.4, "fallback_share": 0.3, "series_flagged": 1.0}}
    refused = record(worse, done.floors, allow_regression=False)
    assert refused.refused and refused.floors == done.floors
    lowered = record(worse, done.floors, allow_regression=True)
    assert lowered.floors["dev"]["claimant_accuracy"] == 0.4
    assert lowered.lowered == ("dev claimant_accuracy: 0.600 -> 0.400",)


def test_a_figure_within_the_tolerance_keeps_the_floor():
    floors = {"test": {"claimant_accuracy": 0.600}}
    assert shortfalls("test", {"claimant_accuracy": 0.597}, floors) == []
    assert record({"test": {"claimant_accuracy": 0.597}}, floors, False).floors == floors
    assert shortfalls("test", {"claimant_accuracy": 0.590}, floors)
    # counts have no tolerance
    assert shortfalls("test", {"series_flagged": 1.0}, {"test": {"series_flagged": 0.0}})


def test_the_digest_names_changed_files(tmp_path):
    (tmp_path / "a.toml").write_text("x", encoding="utf-8")
    (tmp_path / "b.txt").write_text("y", encoding="utf-8")
    before = file_digests(tmp_path.iterdir(), tmp_path)
    (tmp_path / "b.txt").write_text("z", encoding="utf-8")
    after = file_digests(tmp_path.iterdir(), tmp_path)
    assert combined(before) != combined(after)
    assert changed(before, after) == ["b.txt"]


def test_pooled_figures_add_named_dev_corpora_and_refuse_any_other_name():
    import io
    from types import SimpleNamespace

    from rich.console import Console

    from test_guide import load_script

    evaluate = load_script("evaluate")
    results = {}
    for name, hits, total in [("a", 1, 2), ("b", 3, 4), ("c", 0, 9)]:
        tally = Tally()
        tally.add("claimant_accuracy", hits, total)
        results[name] = evaluate.Result(tally, {}, None)
    dev = [SimpleNamespace(event=SimpleNamespace(name=n)) for n in "abc"]
    said = io.StringIO()
    console = Console(file=said)
    pooled = evaluate._pool("a, b", dev, results, console)
    assert pooled.value("claimant_accuracy") == 4 / 6  # c is left out
    assert evaluate._pool("a,korea-martial-law", dev, results, console) is None
    assert "'korea-martial-law' is no dev corpus" in said.getvalue()


def test_a_figure_read_with_gold_value_but_another_kind_is_listed_with_both_kinds():
    from collections import Counter

    from briefbook.evaluation.metrics import kind_disagreements

    wanted = Counter({(12.0, "deaths"): 1, (3.0, "injured"): 2, (40.0, "share"): 1})
    found = [
        (12.0, "people", "killing 12 people"),  # right value, wrong kind
        (3.0, "injured", "3 hurt"),  # right in both
        (3.0, "count", "3 more"),  # the second 3 of gold, read as a count
        (40.0, "share", "40%"),
        (7.0, "deaths", "7 dead"),  # a value gold does not have: no kind to compare
    ]
    assert kind_disagreements(wanted, found) == [
        (12.0, "deaths", "people", "killing 12 people"),
        (3.0, "injured", "count", "3 more"),
    ]


def test_kind_disagreements_are_in_the_error_list(reading):
    corpus, briefing = reading
    gold = _agreeing_gold(corpus, briefing)
    first = gold.figures[0]
    other = "magnitude" if first.kind != "magnitude" else "money"
    gold.figures[0] = dataclasses.replace(first, kind=other)
    lines = measure(briefing, gold).errors["figure kind"]
    assert len(lines) == 1
    assert lines[0].startswith(f"{first.source}: figure {first.value:g}: gold kind {other!r}")
    assert f"ours {first.kind!r}" in lines[0]
