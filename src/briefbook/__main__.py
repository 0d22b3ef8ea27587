"""``python -m briefbook``: the same as the ``briefbook`` command."""

from __future__ import annotations

from briefbook.commands.cli import main

if __name__ == "__main__":
    main()
