"""The topic report of check and build, and `briefbook topics`: suggestions and --apply."""

from __future__ import annotations

import tomllib
from collections import Counter

import pytest
from typer.testing import CliRunner

from briefbook.analyse.coverage import no_cue, topic_report
from briefbook.analyse.suggest import suggest
from briefbook.analyse.topics import own_cue
from briefbook.commands.cli import app
from briefbook.commands.generate import load_briefing
from briefbook.commands.topics import Chosen, apply, choose
from briefbook.project.load import Project
from briefbook.project.problems import InputError
from conftest import ARTICLE, CONFIG, FLOOD, FLOOD_FILES, META

runner = CliRunner()


def test_the_report_counts_statements_per_topic_and_those_with_no_cue(make_project):
    briefing = load_briefing(Project(make_project()))
    report = topic_report(briefing)
    counts = Counter(s.topic.topic for s in briefing.statements)
    assert [(t.id, t.statements) for t in report.topics] == [
        (t, counts[t]) for t in ("walkout", "talks", "background")
    ]
    assert report.total == len(briefing.statements) == sum(counts.values())
    assert report.no_cue == sum(no_cue(s) for s in briefing.statements)
    lines = report.lines()
    assert lines[0] == f"statements by topic ({report.total}):"
    assert any(line.startswith("  Walkout (walkout)") for line in lines)
    assert lines[-1].startswith("  no cue found, so in the default topic:")


def test_the_report_warns_of_an_empty_chapter_a_topic_over_half_and_a_broad_cue(make_project):
    config = CONFIG.replace('cues = ["last year", "contract expired"]', 'cues = ["zzz"]')
    config = config.replace('"picket*"]', '"picket*", "the"]')
    report = topic_report(load_briefing(Project(make_project(config=config))))
    warnings = report.warnings()
    assert "chapter 'Background' (background) is empty: no statement has one of its cues" in (
        warnings
    )
    assert any(w.startswith("topic 'Walkout' (walkout) takes ") for w in warnings)
    assert any(w.startswith("the cue 'the' of topic 'walkout' is in ") for w in warnings)


def test_check_and_build_print_the_report(make_project):
    root = make_project()
    result = runner.invoke(app, ["check", "--project", str(root)])
    assert result.exit_code == 0, result.output
    assert "statements by topic (" in result.output and "no cue found" in result.output
    quiet = runner.invoke(app, ["generate", "--quiet", "--project", str(root)])
    assert quiet.exit_code == 0 and "statements by topic" not in quiet.output


@pytest.fixture
def flood(tmp_path):
    """The flood corpus in a project made by `briefbook init --topics`."""
    root = tmp_path / "flood"
    args = ["init", str(root), "--title", "The River Ollan flood", "--topics"]
    result = runner.invoke(app, [*args, "Flooding,Evacuation,Cause of the flood,Relief"])
    assert result.exit_code == 0, result.output
    files = [str(FLOOD / f) for f in FLOOD_FILES]
    result = runner.invoke(app, ["add", "--quiet", "--project", str(root), *files])
    assert result.exit_code == 0, result.output
    return root


def test_proposals_move_exactly_the_statements_they_say(flood):
    """The simulation is exact: a proposed cue, added and read again, moves the statements
    it says it moves, and no other."""
    project = Project(flood)
    before = load_briefing(project)
    found = suggest(before)
    assert found.unsure > 0 and found.words and found.proposals
    for proposal in found.proposals[:4]:
        text = project.config_path.read_text(encoding="utf-8")
        apply(project.config_path, [Chosen(proposal.topic, proposal.cue, "test")])
        after = load_briefing(project)
        project.config_path.write_text(text, encoding="utf-8")
        old = {(s.source_id, s.sentence_id): s.topic for s in before.statements}
        moved = [
            s
            for s in after.statements
            if s.topic.topic != old[s.source_id, s.sentence_id].topic
            or _own(s.topic) != _own(old[s.source_id, s.sentence_id])
        ]
        assert len(moved) == proposal.moves, proposal
        assert all(s.topic.topic == proposal.topic for s in moved)


def _own(topic):
    return own_cue(topic)


def test_topics_lists_words_and_proposals_and_apply_writes_them_with_a_comment(flood):
    config = flood / "sources" / "briefbook.toml"
    config.write_text(config.read_text("utf-8") + "# the analyst's own note\n", "utf-8")
    result = runner.invoke(app, ["topics", "--project", str(flood)])
    assert result.exit_code == 0, result.output
    assert "unsure statements:" in result.output
    assert "words that set them apart" in result.output and " 1. " in result.output
    proposal = suggest(load_briefing(Project(flood))).proposals[0]
    result = runner.invoke(app, ["topics", "--project", str(flood), "--apply", "1,relief:grant"])
    assert result.exit_code == 0, result.output
    assert "added 2 cue(s)" in result.output and "statements by topic" in result.output
    text = config.read_text("utf-8")
    assert "# the analyst's own note" in text  # comments are kept
    data = tomllib.loads(text)
    topics = {t["id"]: t["cues"] for t in data["topics"]}
    assert topics[proposal.topic][-1] == proposal.cue and topics["relief"][-1] == "grant"
    assert f'"{proposal.cue}", # added by briefbook topics on ' in text
    assert '"grant", # added by briefbook topics on ' in text and "chosen by the analyst" in text
    again = runner.invoke(app, ["topics", "--project", str(flood), "--apply", "relief:grant"])
    assert again.exit_code == 0 and "nothing added" in again.output


@pytest.mark.parametrize(
    ("selection", "message"),
    [
        ("99", "99 is not a proposal (there are 1)"),
        ("nope:word", "'nope' is not a topic"),
        ("walkout:*", "a lone '*'"),
        ("maybe", "neither a proposal number nor topic:cue"),
    ],
)
def test_apply_refuses_what_it_cannot_add(selection, message):
    from briefbook.analyse.suggest import Proposal

    proposals = [Proposal("talks", "mediator", 1, 1, 0, "x")]
    with pytest.raises(InputError) as err:
        choose(selection, proposals, ["walkout", "talks"])
    assert message in err.value.problems[0].message


def test_apply_on_a_one_line_array_lays_it_out_again(make_project):
    root = make_project(articles={"a1": (ARTICLE, META)})
    path = Project(root).config_path
    added = apply(path, [Chosen("talks", "union", "why")])
    assert [c.cue for c in added] == ["union"]
    cues = {t["id"]: t["cues"] for t in tomllib.loads(path.read_text("utf-8"))["topics"]}
    assert cues["talks"] == ["talks", "offer*", "negotiat*", "mediator", "union"]
