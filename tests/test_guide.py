"""The user guide (docs/guide): its command reference follows the real command."""

from __future__ import annotations

import ast
import importlib.util
from types import ModuleType

from briefbook.vocabulary import FILES
from conftest import REPO

UPDATE = "run `python scripts/cli_docs.py` and commit docs/guide/cli.md"


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cli_docs = load_script("cli_docs")


def reference() -> str:
    return cli_docs.CLI_MD.read_text(encoding="utf-8")


def test_cli_reference_is_up_to_date():
    text = reference()
    assert cli_docs.update(text) == text, (
        f"docs/guide/cli.md differs from what `briefbook ... --help` prints: {UPDATE}"
    )


def test_every_command_has_one_block():
    documented = cli_docs.documented(reference())
    commands = cli_docs.commands()
    assert {"briefbook", "briefbook init", "briefbook add", "briefbook export"} <= set(commands)
    missing = [c for c in commands if c not in documented]
    assert not missing, f"no block in docs/guide/cli.md for {', '.join(missing)}: {UPDATE}"
    unknown = [c for c in documented if c not in commands]
    assert not unknown, f"docs/guide/cli.md has blocks for {unknown}, not briefbook commands"
    assert len(documented) == len(set(documented)), "a command has two blocks in cli.md"


def test_reference_does_not_depend_on_the_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    text = reference()
    assert cli_docs.update(text) == text


def test_check_fails_on_a_stale_reference_and_the_update_fixes_it(tmp_path, capsys):
    stale = tmp_path / "cli.md"
    stale.write_text(
        "# Commands\n\n<!-- cli: briefbook export -->\n```text\nold help\n```\n<!-- end -->\n",
        encoding="utf-8",
    )
    assert cli_docs.main(["--check", str(stale)]) == 1
    message = capsys.readouterr().err
    assert "out of date" in message and "python scripts/cli_docs.py" in message
    assert "no block for: briefbook, briefbook init" in message
    assert "old help" in stale.read_text(encoding="utf-8")  # --check changes nothing

    assert cli_docs.main([str(stale)]) == 0
    updated = stale.read_text(encoding="utf-8")
    assert "old help" not in updated
    assert "Usage: briefbook export [OPTIONS]" in updated
    assert set(cli_docs.documented(updated)) == set(cli_docs.commands())
    assert cli_docs.main(["--check", str(stale)]) == 0


def test_check_names_a_block_for_a_command_that_does_not_exist(tmp_path, capsys):
    stale = tmp_path / "cli.md"
    stale.write_text("<!-- cli: briefbook publish -->\n<!-- end -->\n", encoding="utf-8")
    assert cli_docs.main(["--check", str(stale)]) == 1
    assert "'briefbook publish' is not a briefbook command" in capsys.readouterr().err


def test_the_book_does_not_read_the_guide():
    """docs/conf.py (and the template it must equal) exclude the guide's own Sphinx project."""
    tree = ast.parse((REPO / "docs" / "conf.py").read_text(encoding="utf-8"))
    [patterns] = [
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "exclude_patterns"
    ]
    assert "guide" in patterns
    assert (REPO / "docs" / "guide" / "conf.py").is_file()


def test_every_vocabulary_list_says_what_it_holds():
    """The configuration reference describes each list from the comment above it in its
    file: a list without one would be listed without a meaning."""
    config_docs = load_script("config_docs")
    for name in FILES:
        for key, _, comment in config_docs._described(name):
            assert comment, f"data/vocabulary/{name}.toml: {key} has no comment above it"


def test_presets_reference_is_up_to_date():
    config_docs = load_script("config_docs")
    text = config_docs.PRESETS_MD.read_text(encoding="utf-8")
    assert config_docs.presets_reference() == text, "run `python scripts/config_docs.py`"
    for name in ("armed-conflict", "public-health", "accident"):
        assert f"## `{name}`" in text
