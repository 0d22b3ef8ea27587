"""Keep the user guide's command reference (docs/guide/cli.md) in step with the command.

cli.md holds the ``--help`` output of ``briefbook`` and of each of its commands, each
between two marker lines::

    <!-- cli: briefbook add -->
    ...
    <!-- end -->

``python scripts/cli_docs.py`` rewrites every block from the real command and adds a block
for a command that has none; ``--check`` changes nothing and exits 1 if the file is out of
date. The help is produced through typer's test runner with a fixed terminal width and no
colour, so the result does not depend on the terminal the script runs in.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import typer.core
import typer.main
from typer.testing import CliRunner

from briefbook.commands.cli import app

ROOT = Path(__file__).resolve().parent.parent
CLI_MD = ROOT / "docs" / "guide" / "cli.md"
PROG = "briefbook"
WIDTH = 100
"""Terminal width the help is wrapped for."""
ENV = {"COLUMNS": str(WIDTH), "LINES": "50", "TERM": "dumb", "NO_COLOR": "1"}
BLOCK = re.compile(
    r"^<!-- cli: (?P<command>[^\n]*?) -->\n(?P<body>.*?)^<!-- end -->$",
    re.MULTILINE | re.DOTALL,
)
UPDATE = "python scripts/cli_docs.py"


class DocsError(Exception):
    """cli.md names a command that does not exist."""


def commands() -> list[str]:
    """``briefbook`` and each of its commands, in the order ``briefbook --help`` lists them."""
    group = typer.main.get_command(app)
    if not isinstance(group, typer.core.TyperGroup):
        raise TypeError(f"{PROG}: expected a command group, got {type(group).__name__}")
    return [PROG, *(f"{PROG} {name}" for name in group.commands)]


def help_text(command: str) -> str:
    """What ``<command> --help`` prints, wrapped at ``WIDTH`` columns, without colour."""
    words = command.split()
    if not words or words[0] != PROG or command not in commands():
        raise DocsError(f"{command!r} is not a {PROG} command (commands: {', '.join(commands())})")
    result = CliRunner().invoke(
        app, [*words[1:], "--help"], env=ENV, prog_name=PROG, terminal_width=WIDTH
    )
    if result.exit_code != 0:
        raise DocsError(f"`{command} --help` exited with {result.exit_code}: {result.output}")
    return result.output


def block(command: str) -> str:
    """The marked block for one command: its ``--help`` output as a text code block."""
    lines = [line.rstrip() for line in help_text(command).rstrip().splitlines()]
    body = "\n".join([f"$ {command} --help", *lines])
    return f"<!-- cli: {command} -->\n```text\n{body}\n```\n<!-- end -->"


def documented(text: str) -> list[str]:
    """The commands that have a block in ``text``, in order."""
    return [m.group("command").strip() for m in BLOCK.finditer(text)]


def update(text: str) -> str:
    """``text`` with every block rewritten from the command and a block added at the end for
    each command that has none."""
    out = BLOCK.sub(lambda m: block(m.group("command").strip()), text)
    have = set(documented(text))
    for command in commands():
        if command not in have:
            out = out.rstrip("\n") + f"\n\n## `{command}`\n\n{block(command)}\n"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if the file is out of date"
    )
    parser.add_argument(
        "path", nargs="?", type=Path, default=CLI_MD, help="the reference (docs/guide/cli.md)"
    )
    args = parser.parse_args(argv)
    path: Path = args.path
    shown = _shown(path)
    text = path.read_text(encoding="utf-8")
    try:
        new = update(text)
    except DocsError as exc:
        print(f"{shown}: {exc}; remove or correct its block", file=sys.stderr)
        return 1
    if new == text:
        print(f"{shown}: up to date")
        return 0
    if args.check:
        missing = [c for c in commands() if c not in documented(text)]
        print(
            f"{shown} is out of date with the {PROG} command"
            + (f" (no block for: {', '.join(missing)})" if missing else "")
            + f": run `{UPDATE}` and commit the result",
            file=sys.stderr,
        )
        return 1
    path.write_text(new, encoding="utf-8")
    print(f"{shown}: updated")
    return 0


def _shown(path: Path) -> str:
    """The path relative to the repository when it is inside it."""
    full = path.resolve()
    return full.relative_to(ROOT).as_posix() if full.is_relative_to(ROOT) else str(path)


if __name__ == "__main__":
    sys.exit(main())
