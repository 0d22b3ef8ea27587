"""Thin entry point: ``python scripts/briefbook_cli.py ARGS`` is ``briefbook ARGS``."""

from __future__ import annotations

from briefbook.commands.cli import main

if __name__ == "__main__":
    main()
