"""Analyst overrides: sources/overrides.toml changes the reading, the book shows it, and
`briefbook check` reports entries that no longer match anything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefbook.book.claimlines import read_claims
from briefbook.commands.cli import app
from briefbook.commands.generate import generate, load_briefing
from briefbook.project.load import Project
from briefbook.project.problems import InputError
from conftest import ARTICLE, META

SECOND = """\
Port Stays Shut
(Quay News) – About 2,000 dockers walked out on Monday, the union said. Ships queued outside the port, a harbour pilot said.
"""
SECOND_META = (
    'id = "a2"\ntitle = "Port Stays Shut"\noutlet = "Quay News"\npublished = "2025-03-05"\n'
)


def _project(make_project, overrides: str, name: str = "project") -> Path:
    root = make_project({"a1": (ARTICLE, META), "a2": (SECOND, SECOND_META)}, name=name)
    (root / "sources" / "overrides.toml").write_text(overrides, encoding="utf-8")
    return root


def _statement(briefing, source: str, text: str):
    return next(s for s in briefing.statements if s.source_id == source and text in s.text)


def _sentence_data(root: Path, source: str, text: str) -> dict:
    data = json.loads((root / "docs" / "briefing" / "_data" / f"{source}.json").read_text())
    return next(s for b in data["blocks"] for s in b["sentences"] if text in s["text"])


def _claim(briefing, source: str, text: str):
    return next(
        c for c in briefing.claims for e in c.evidence if e.source_id == source and text in e.text
    )


def test_without_overrides_the_walkout_is_one_claim_from_two_articles(make_project):
    briefing = load_briefing(Project(_project(make_project, "")))
    assert _claim(briefing, "a1", "2,000 dockers").sources == ("a1", "a2")
    assert briefing.overrides == ()


def test_move_a_statement_to_another_topic(make_project):
    root = _project(
        make_project,
        '[[statement]]\nsource = "a1"\ntext = "mediator"\ntopic = "background"\n'
        'note = "Scheduling, not negotiation."\n',
    )
    briefing, _ = generate(Project(root))
    moved = _statement(briefing, "a1", "mediator")
    assert moved.topic.topic == "background"
    assert moved.overrides == ("moved to Background (analyst: Scheduling, not negotiation.)",)
    background = (root / "docs" / "briefing" / "topics" / "background.md").read_text()
    line = next(x for x in background.splitlines() if "mediator" in x)
    (claim,) = read_claims([line])
    mark = {
        "role": "abbr",
        "text": "✎ analyst (moved to Background (analyst: Scheduling, not negotiation.))",
    }
    assert mark in claim
    sentence = _sentence_data(root, "a1", "mediator")
    assert sentence["topic"]["id"] == "background"
    assert sentence["topic"]["analyst"] is True
    assert sentence["overrides"] == [moved.overrides[0]]


def test_fix_a_claimant_and_give_a_statement_to_the_outlet(make_project):
    root = _project(
        make_project,
        '[[statement]]\nsource = "a2"\ntext = "harbour pilot"\nclaimant = "reporter"\n'
        'note = "The pilot is not named; the outlet saw the queue."\n',
    )
    briefing = load_briefing(Project(root))
    assert _statement(briefing, "a2", "harbour pilot").claimant is None


def test_exclude_a_statement(make_project):
    root = _project(
        make_project,
        '[[statement]]\nsource = "a1"\ntext = "contract expired"\nexclude = true\n'
        'note = "Background the union disputes."\n',
    )
    briefing, _ = generate(Project(root))
    assert not [s for s in briefing.statements if "contract expired" in s.text]
    pages = (root / "docs" / "briefing" / "topics").glob("*.md")
    assert not any("contract expired" in p.read_text() for p in pages)
    sentence = _sentence_data(root, "a1", "contract expired")
    assert sentence["excluded"] == "Background the union disputes."
    assert "topic" not in sentence


def test_split_a_statement_out_of_its_claim(make_project):
    root = _project(
        make_project,
        '[[split]]\nsource = "a2"\ntext = "2,000 dockers"\nnote = "Counts a different shift."\n',
    )
    briefing = load_briefing(Project(root))
    apart = _claim(briefing, "a2", "2,000 dockers")
    assert apart.sources == ("a2",)
    assert apart.overrides == ("kept apart by the analyst: Counts a different shift.",)
    assert _claim(briefing, "a1", "2,000 dockers").sources == ("a1",)


def test_merge_two_claims(make_project):
    base = load_briefing(Project(_project(make_project, "", name="base")))
    pilot = _claim(base, "a2", "harbour pilot").id
    talks = _claim(base, "a1", "mediator").id
    root = _project(
        make_project,
        f'[[merge]]\nclaims = ["{talks}", "{pilot}"]\nnote = "Both about the port closure."\n',
    )
    briefing = load_briefing(Project(root))
    merged = _claim(briefing, "a1", "mediator")
    assert merged.sources == ("a1", "a2")
    assert merged.overrides == ("merged by the analyst: Both about the port closure.",)
    assert len(briefing.claims) == len(base.claims) - 1
    assert [o.stale for o in briefing.overrides] == [None]


def test_grade_a_source(make_project):
    root = _project(
        make_project,
        '[[source]]\nid = "a2"\nreliability = "B"\nnote = "Port trade paper, named reporters."\n',
    )
    briefing, _ = generate(Project(root))
    a2 = next(a for a in briefing.articles if a.id == "a2")
    assert briefing.reliability(a2).value == "B"
    data = json.loads((root / "docs" / "briefing" / "_data" / "a2.json").read_text())
    assert data["reliability"] == "B"
    assert data["graded_by"] == "set by an analyst override: Port trade paper, named reporters."
    methodology = (root / "docs" / "briefing" / "methodology.md").read_text().replace("\\", "")
    assert "## Analyst overrides" in methodology
    assert "Port trade paper, named reporters" in methodology


STALE = """\
[[statement]]
source = "a1"
sentence = "s00000000"
topic = "talks"
note = "Was about talks."

[[merge]]
claims = ["c00000000", "c11111111"]
note = "Same thing."

[[source]]
id = "gone"
reliability = "A"
note = "Wire service."
"""


def test_check_reports_overrides_that_match_nothing(make_project):
    root = _project(make_project, STALE)
    result = CliRunner().invoke(app, ["check", "--project", str(root)])
    assert result.exit_code == 1
    assert "sources/overrides.toml:1: [statement[1]] a1 has no sentence s00000000" in result.output
    assert "sources/overrides.toml:7: [merge[1]] no claim c00000000, c11111111" in result.output
    assert "sources/overrides.toml:11: [source[1]] there is no source 'gone'" in result.output


def test_generate_warns_about_stale_overrides_and_still_writes_the_book(make_project):
    root = _project(make_project, STALE)
    result = CliRunner().invoke(app, ["generate", "--project", str(root)])
    assert result.exit_code == 0, result.output
    assert "warning: override not applied" in result.output
    methodology = (root / "docs" / "briefing" / "methodology.md").read_text().replace("\\", "")
    assert "0 of 3 overrides applied" in methodology
    assert "not applied: a1 has no sentence s00000000" in methodology


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ('[[statement]]\nsource = "a1"\ntext = "mediator"\nnote = "x"\n', "statement.0"),
        (
            '[[statement]]\nsource = "a1"\nsentence = "s1234abcd"\ntext = "mediator"\n'
            'topic = "talks"\nnote = "x"\n',
            "statement.0",
        ),
        ('[[merge]]\nclaims = ["c1234abcd"]\nnote = "x"\n', "merge.0.claims"),
        ('[[source]]\nid = "a1"\nreliability = "Q"\nnote = "x"\n', "source.0.reliability"),
        ('[[split]]\nsource = "a1"\ntext = "mediator"\n', "split.0.note"),
    ],
)
def test_malformed_overrides_are_input_errors(make_project, entry, field):
    root = _project(make_project, entry)
    with pytest.raises(InputError) as caught:
        load_briefing(Project(root))
    problem = caught.value.problems[0]
    assert problem.path.name == "overrides.toml"
    assert problem.field.startswith(field)


def test_ambiguous_text_is_reported(make_project):
    root = _project(
        make_project,
        '[[statement]]\nsource = "a1"\ntext = "said"\nexclude = true\nnote = "x"\n',
    )
    stale = load_briefing(Project(root)).overrides[0].stale
    assert stale is not None
    assert "sentences of a1 contain 'said': quote more of it" in stale


@pytest.mark.slow
def test_a_book_with_overrides_builds_without_warnings(make_project):
    root = _project(
        make_project,
        '[[statement]]\nsource = "a1"\ntext = "mediator"\ntopic = "background"\n'
        'note = "Scheduling (not `talks`) <b>really</b>."\n'
        '[[statement]]\nsource = "a1"\ntext = "contract expired"\nexclude = true\nnote = "x"\n',
    )
    result = CliRunner().invoke(app, ["build", "--quiet", "--project", str(root)])
    assert result.exit_code == 0, result.output
    html = root / "docs" / "_build" / "html" / "briefing" / "topics" / "background.html"
    page = html.read_text(encoding="utf-8")
    assert '<abbr title="moved to Background (analyst: Scheduling (not' in page
    assert "<b>really</b>" not in page
    source = (root / "docs" / "_build" / "html" / "briefing" / "sources" / "a1.html").read_text()
    assert "left out by the analyst ✎: x" in source
