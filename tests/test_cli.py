from __future__ import annotations

import pytest
from typer.testing import CliRunner

from briefbook.commands.cli import app
from conftest import REPO

COMMANDS = ["check", "generate", "build", "pdf", "linkcheck"]
runner = CliRunner()


@pytest.mark.parametrize("command", [*COMMANDS, "export"])
def test_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "--project" in result.output


def test_commands_are_documented_in_readme_and_noxfile():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    noxfile = (REPO / "noxfile.py").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"briefbook {command}" in readme, command
        assert f"def {command}(session" in noxfile, command


def test_check_reports_ok(make_project):
    result = runner.invoke(app, ["check", "--project", str(make_project())])
    assert result.exit_code == 0
    assert "OK: 1 article" in result.output


def test_check_lists_problems_and_fails(make_project):
    root = make_project()
    (root / "sources" / "articles" / "a1.toml").write_text(
        'id = "a1"\nurl = "ftp://x"\n', encoding="utf-8"
    )
    result = runner.invoke(app, ["check", "--project", str(root)])
    assert result.exit_code == 1
    assert "sources/articles/a1.toml:2: [url]" in result.output


def test_generate_refuses_invalid_sources(make_project):
    root = make_project()
    (root / "sources" / "articles" / "a1.toml").write_text('id = "A1"\n', encoding="utf-8")
    result = runner.invoke(app, ["generate", "--project", str(root)])
    assert result.exit_code == 1
    assert not (root / "docs" / "index.md").exists()


def test_outside_a_project(tmp_path):
    result = runner.invoke(app, ["check", "--project", str(tmp_path)])
    assert result.exit_code == 1
    assert "no briefing project" in result.output


def test_pdf_without_tex_says_how_to_install(make_project, monkeypatch):
    monkeypatch.setattr("shutil.which", lambda name: None)
    result = runner.invoke(app, ["pdf", "--quiet", "--project", str(make_project())])
    assert result.exit_code == 1
    assert "apt-get install" in result.output and "texlive-xetex" in result.output
