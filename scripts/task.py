"""Run a nox session with nothing installed but Python: ``python3 scripts/task.py build``.

Creates ``.venv/`` in the repository with nox in it (once), then runs
``nox -s <session> [-- args]``. Works where pip may not install into the system Python.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


def ensure_nox() -> Path:
    nox = BIN / ("nox.exe" if os.name == "nt" else "nox")
    if not nox.exists():
        print(f"creating {VENV} with nox ...", flush=True)
        venv.create(VENV, with_pip=True, clear=VENV.exists())
        subprocess.run(
            [str(BIN / "python"), "-m", "pip", "install", "--quiet", "nox>=2024.4.15"], check=True
        )
    return nox


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print("usage: python3 scripts/task.py SESSION [SESSION...] [-- ARGS]")
        print("sessions: build, tests, pdf, linkcheck, lint, check, generate, live, evaluate,")
        print("          models, guide, bench")
        return 0 if argv else 2
    sessions = argv[: argv.index("--")] if "--" in argv else argv
    rest = argv[len(sessions) :]
    nox = ensure_nox()
    return subprocess.run(
        [str(nox), "-f", str(ROOT / "noxfile.py"), "-s", *sessions, *rest], check=False
    ).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
