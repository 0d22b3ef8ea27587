"""Build the book with Sphinx: HTML, and the PDF through LaTeX (xelatex + latexmk).

Two faults of a build stopped midway (killed, interrupted, crashed) are guarded against:

- **A partial output.** Sphinx saves its environment before it writes the pages and the
  search index, and a later build writes only the pages it thinks out of date: after a
  build stopped while writing, the next one left pages out of the search index (84 of 225)
  and kept pages from before. A build marks its output folder (:data:`INCOMPLETE`) until
  Sphinx returns; a build that finds the mark reads and writes everything again (``-E``).
- **Workers left behind.** Sphinx reads and writes in forked worker processes that send
  their results through pipes; with the parent killed, a worker waits for ever to send a
  result larger than a pipe holds. Workers forked while briefbook builds die with it
  (``PR_SET_PDEATHSIG`` on Linux, elsewhere a thread that watches the parent).
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sphinx.cmd.build import build_main

INCOMPLETE = ".briefbook-incomplete"
"""Present in a Sphinx output folder while a build writes it."""

TEX_INSTALL = (
    "sudo apt-get install -y --no-install-recommends texlive-latex-recommended "
    "texlive-latex-extra texlive-fonts-recommended texlive-xetex latexmk tex-gyre "
    "fonts-freefont-otf fonts-dejavu-core fonts-noto-cjk fontconfig poppler-utils"
)


TEX_MEMORY = {"extra_mem_top": "20000000", "extra_mem_bot": "20000000"}
"""More main memory for xelatex than TeX Live's 5 million words (kpathsea reads these from
the environment; the user's own settings win). TeX holds every label of the book in it for
the whole run, two for each sentence of each article: a book of 1,000 articles ran out."""


class BuildError(Exception):
    """A build step failed; the message says what to do."""


_builder: int | None = None
"""The process building, while it builds: the parent its forked workers die with."""


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _die_with_builder() -> None:
    """In a process just forked: if forked by a build, end when the build's process ends."""
    parent = _builder
    if parent is None:
        return
    if sys.platform.startswith("linux"):
        pr_set_pdeathsig = 1
        ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGKILL)
    else:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the build ended before the line above
        os._exit(1)


os.register_at_fork(after_in_child=_die_with_builder)


@contextmanager
def workers_die_with_this_process() -> Iterator[None]:
    """Processes forked while the block runs (Sphinx's workers) end when this one does."""
    global _builder
    _builder = os.getpid()
    try:
        yield
    finally:
        _builder = None


def sphinx(
    docs: Path,
    builder: str,
    out: Path,
    *,
    strict: bool = True,
    jobs: str = "auto",
    quiet: bool = False,
    extra: list[str] | None = None,
) -> int:
    """Run sphinx-build in this process; return its exit status. After a build of ``out``
    that did not finish, everything is read and written again (see the module's note)."""
    args = ["-b", builder, "-j", jobs]
    if strict:
        args += ["-n", "-W", "--keep-going"]
    if quiet:
        args.append("-q")
    args += extra or []
    marker = out / INCOMPLETE
    if marker.exists():
        args.append("-E")
        if not quiet:
            print(
                f"the last build of {out} did not finish: reading and writing everything again",
                file=sys.stderr,
            )
    out.mkdir(parents=True, exist_ok=True)
    marker.write_text("a briefbook build is writing this folder\n", encoding="utf-8")
    args += [str(docs), str(out)]
    from briefbook.sphinx.memory import collector_restored  # the extension, loaded to build

    with workers_die_with_this_process(), collector_restored():
        status = build_main(args)
    if status in (0, 1):  # finished, with or without warnings (2: an exception stopped it)
        marker.unlink(missing_ok=True)
    return status


FULL = 1_000_000
"""Free bytes under which a build that stopped on an error is said to have filled the disk."""


def failed(what: str, status: int, out: Path) -> BuildError:
    """Why the Sphinx build of ``what`` into ``out`` failed: it had warnings (status 1,
    with ``-W``), or it stopped on an error, which Sphinx printed; a full disk or an output
    folder that cannot be written is named."""
    if status == 1:
        return BuildError(f"the {what} build had warnings (see above)")
    try:
        full = shutil.disk_usage(out).free < FULL
    except OSError:
        full = False
    if full:
        cause = f": the disk holding {out} is full; free some space and build again"
    elif out.exists() and not os.access(out, os.W_OK):
        cause = f": {out} cannot be written; make it writable by you"
    else:
        cause = ""
    return BuildError(f"the {what} build stopped on an error (see above){cause}")


def build_html(docs: Path, quiet: bool = False) -> Path:
    out = docs / "_build" / "html"
    status = sphinx(docs, "html", out, quiet=quiet)
    if status != 0:
        raise failed("HTML", status, out)
    return out / "index.html"


def build_pdf(docs: Path, quiet: bool = False) -> Path:
    missing = [tool for tool in ("xelatex", "latexmk") if shutil.which(tool) is None]
    if missing:
        raise BuildError(
            f"{' and '.join(missing)} not found: install TeX Live with\n  {TEX_INSTALL}"
        )
    out = docs / "_build" / "latex"
    status = sphinx(docs, "latex", out, quiet=quiet)
    if status != 0:
        raise failed("LaTeX", status, out)
    tex = next(iter(sorted(out.glob("*.tex"))))
    cmd = [
        "latexmk",
        "-pdfxe",
        "-interaction=nonstopmode",
        "-halt-on-error",
        "-file-line-error",
        tex.name,
    ]
    env = {**TEX_MEMORY, **os.environ}
    result = subprocess.run(cmd, cwd=out, capture_output=quiet, text=True, check=False, env=env)
    pdf = tex.with_suffix(".pdf")
    if result.returncode != 0 or not pdf.exists():
        log = tex.with_suffix(".log")
        raise BuildError(f"latexmk failed (exit {result.returncode}); see {log}")
    return pdf
