"""Build the book with Sphinx: HTML, and the PDF through LaTeX (xelatex + latexmk)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sphinx.cmd.build import build_main

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
    """Run sphinx-build in this process; return its exit status."""
    args = ["-b", builder, "-j", jobs]
    if strict:
        args += ["-n", "-W", "--keep-going"]
    if quiet:
        args.append("-q")
    args += extra or []
    args += [str(docs), str(out)]
    return build_main(args)


def build_html(docs: Path, quiet: bool = False) -> Path:
    out = docs / "_build" / "html"
    if sphinx(docs, "html", out, quiet=quiet) != 0:
        raise BuildError("the HTML build failed or had warnings (see above)")
    return out / "index.html"


def build_pdf(docs: Path, quiet: bool = False) -> Path:
    missing = [tool for tool in ("xelatex", "latexmk") if shutil.which(tool) is None]
    if missing:
        raise BuildError(
            f"{' and '.join(missing)} not found: install TeX Live with\n  {TEX_INSTALL}"
        )
    out = docs / "_build" / "latex"
    if sphinx(docs, "latex", out, quiet=quiet) != 0:
        raise BuildError("the LaTeX build failed or had warnings (see above)")
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
