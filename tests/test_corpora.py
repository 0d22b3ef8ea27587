"""The evaluation corpora: complete, with their provenance, and imported as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefbook.commands.cli import app
from briefbook.evaluation.corpora import Corpus, article_texts, find_corpora, load_gold
from briefbook.project.load import Project, load_articles

REPO = Path(__file__).resolve().parent.parent
CORPORA = find_corpora(REPO / "tests" / "gold", REPO)
REAL = [c for c in CORPORA if c.event.corpus.startswith("tests/corpora/real/")]
SAVED = sorted(p for c in REAL for p in (c.project.root / "saved").glob("*.htm*"))
runner = CliRunner()


def test_the_test_events_are_events_no_dev_corpus_reports():
    """Test events are unseen events (of kinds dev also has, since the dev set grew to cover
    them): no test article, page or site story is in a dev corpus."""
    test = [c for c in REAL if c.event.split == "test"]
    dev = [c for c in CORPORA if c.event.split == "dev"]
    assert len(REAL) >= 6 and len({c.event.kind for c in test}) >= 3
    assert not {c.event.name for c in test} & {c.event.name for c in dev}

    def urls(corpora: list[Corpus]) -> set[str]:
        return {
            raw.meta.url for c in corpora for raw in load_articles(c.project)[0] if raw.meta.url
        }

    assert not urls(test) & urls(dev)
    assert any(lang != "en" for c in REAL for lang in c.event.languages)


@pytest.mark.parametrize("corpus", REAL, ids=lambda c: c.event.name)
def test_each_real_article_records_where_it_came_from(corpus):
    raws, problems = load_articles(corpus.project)
    assert not problems
    assert 6 <= len(raws) <= 12
    assert len({raw.meta.url.split("/")[2] for raw in raws if raw.meta.url}) >= 4
    for raw in raws:
        assert raw.meta.url and raw.meta.outlet and raw.meta.provenance, raw.meta.id
        assert raw.meta.accessed is None, "never invented: the stored copies have no date"


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda c: c.event.name)
def test_every_gold_folder_follows_the_format(corpus):
    gold = load_gold(corpus)
    assert set(gold.articles) == set(article_texts(corpus))


def test_at_least_eight_articles_are_saved_pages():
    assert len(SAVED) >= 8


@pytest.mark.parametrize("page", SAVED, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_a_saved_page_imports_to_the_article_labelled(page, tmp_path):
    """The labelled text is what `briefbook add` makes of the saved page, today."""
    project = tmp_path / "p"
    assert (
        runner.invoke(app, ["init", str(project), "--title", "t", "--topics", "a"]).exit_code == 0
    )
    result = runner.invoke(app, ["add", "--project", str(project), "--quiet", str(page)])
    assert result.exit_code == 0, result.output
    (imported,) = load_articles(Project(project))[0]
    corpus = page.parent.parent
    texts = {raw.text for raw in load_articles(Project(corpus))[0]}
    assert imported.text in texts
