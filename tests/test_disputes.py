"""Disputes between sources on small invented corpora: what a figure is of, and who asserts
what another denies."""

from __future__ import annotations

from briefbook.analyse.pipeline import analyse
from briefbook.model import Config, SourceMeta
from briefbook.project.load import RawArticle

CONFIG = Config.model_validate(
    {
        "briefing": {"title": "t"},
        "topics": [{"id": "ferry", "title": "Ferry", "description": "x", "cues": ["ferry"]}],
    }
)


def briefing(texts: dict[str, str]):
    raws = [
        RawArticle(SourceMeta(id=i, published="2025-03-04"), t, None, "0")  # type: ignore[arg-type]
        for i, t in texts.items()
    ]
    return analyse(CONFIG, raws, [f"{i}.txt" for i in texts])


def figure_disputes(b) -> list[list[float]]:
    return [sorted(f.value for f in c.figures) for c in b.conflicts if c.kind == "figures"]


def test_figures_added_together_are_parts_not_rival_counts_of_the_whole():
    texts = {
        "a": "The ferry was carrying 312 people on board when it sank, the operator said.",
        "b": "The ferry carried 290 passengers and 22 crew members on board, the coast guard said.",
    }
    assert figure_disputes(briefing(texts)) == []  # 290 + 22: the parts of 312
    texts["b"] = "The ferry was carrying 290 people on board when it sank, the coast guard said."
    assert figure_disputes(briefing(texts)) == [[290, 312]]  # a whole against a whole
