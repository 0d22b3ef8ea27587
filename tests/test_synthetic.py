from __future__ import annotations

from briefbook.bench.synthetic import write_corpus
from briefbook.commands.generate import load_briefing
from briefbook.project.load import Project


def test_synthetic_corpus_is_deterministic_and_valid(tmp_path):
    a = write_corpus(tmp_path / "a", 12, seed=7)
    b = write_corpus(tmp_path / "b", 12, seed=7)
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files_a == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes()
    briefing = load_briefing(Project(a))
    assert len(briefing.articles) == 12
    assert any(len(c.sources) > 1 for c in briefing.claims)
    assert briefing.conflicts
