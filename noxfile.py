"""Tasks: `nox -s <session>`. Each briefbook subcommand is also a session of the same name."""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "tests", "build"]
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = False


def _install(session: nox.Session, *extras: str) -> None:
    spec = f".[{','.join(extras)}]" if extras else "."
    session.install("-e", spec)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite (pytest); extra arguments go to pytest."""
    _install(session, "test")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff (lint and format check) and mypy."""
    _install(session, "test", "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")


@nox.session
def check(session: nox.Session) -> None:
    """Validate sources/ and the config."""
    _install(session)
    session.run("briefbook", "check", *session.posargs)


@nox.session
def generate(session: nox.Session) -> None:
    """Generate MyST pages, the .bib and article data under docs/."""
    _install(session)
    session.run("briefbook", "generate", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """Generate, then build HTML (sphinx-build -n -W --keep-going) into docs/_build/html."""
    _install(session)
    session.run("briefbook", "build", *session.posargs)


@nox.session
def pdf(session: nox.Session) -> None:
    """Generate, then build the PDF with xelatex + latexmk into docs/_build/latex/."""
    _install(session)
    session.run("briefbook", "pdf", *session.posargs)


@nox.session
def linkcheck(session: nox.Session) -> None:
    """Check links with Sphinx's linkcheck; offline, external links are listed as not checked."""
    _install(session)
    session.run("briefbook", "linkcheck", *session.posargs)


@nox.session
def evaluate(session: nox.Session) -> None:
    """Measure the reading against the gold corpora (dev and frozen test); fail below a floor.

    `-- --errors` lists every disagreement on dev corpora; `-- --record` raises the floors;
    `-- --relabel "why"` accepts changed test data. See tests/gold/README.md.
    """
    _install(session)
    session.run("python", "scripts/evaluate.py", *session.posargs)


@nox.session
def models(session: nox.Session) -> None:
    """Check that each learned model shipped in src/briefbook/data/models/ is what its training
    script writes from the dev gold (`python scripts/train_topics.py` writes them again)."""
    _install(session)
    session.run("python", "scripts/train_topics.py", "--check")


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmark on synthetic corpora of 10, 100 and 1,000 articles (`-- --sizes 10,100`)."""
    _install(session)
    session.run("python", "scripts/bench.py", *session.posargs)


LIVE_ARGS = [
    "--host", "127.0.0.1",
    "--port", "8000",
    "--watch", "sources",
    "--pre-build", "briefbook generate --quiet",
    # generated files change on every pre-build: watching them would rebuild for ever
    "--ignore", "docs/briefing",
    "--ignore", "docs/index.md",
    "--ignore", "docs/.briefing.*",
    "--re-ignore", r"(^|/)(\.#|#)|~$|\.sw[a-p]$|\.tmp$",
    "-n",
]  # fmt: skip
"""sphinx-autobuild options, the same as in the noxfile that `briefbook init` writes."""


@nox.session
def live(session: nox.Session) -> None:
    """Preview at http://127.0.0.1:8000, rebuilt when sources/ or docs/ change (`-- --port 0`)."""
    _install(session, "live")
    session.run("sphinx-autobuild", *LIVE_ARGS, *session.posargs, "docs", "docs/_build/html")


@nox.session
def guide(session: nox.Session) -> None:
    """Build the user guide (docs/guide, its own Sphinx project) into docs/guide/_build/html.

    Fails if the command, sources/ or presets reference is out of date (`python
    scripts/cli_docs.py` and `python scripts/config_docs.py` update them) or the build has a
    warning.
    """
    _install(session)
    session.run("python", "scripts/cli_docs.py", "--check")
    session.run("python", "scripts/config_docs.py", "--check")
    session.run(
        "sphinx-build", "-nW", "--keep-going", "-b", "html", "docs/guide", "docs/guide/_build/html"
    )
