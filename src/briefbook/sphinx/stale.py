"""Pages of deleted articles removed from the HTML output.

Sphinx writes a page for every document and never removes one: after an article is
deleted from ``sources/``, its generated page goes from ``docs/briefing/`` but its HTML
(and the copy of its source) stayed in ``_build/html``, still served and still found by
a search engine. When an HTML build finishes, every page under the generated folder that
is no longer a document is removed, with its source copy. Pages elsewhere (the analyst's)
are left as they are.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from sphinx.application import Sphinx

from briefbook.book.places import FOLDER


def _docname(path: Path, outdir: Path, suffixes: tuple[str, ...]) -> str | None:
    rel = path.relative_to(outdir).as_posix()
    for suffix in suffixes:
        if rel.endswith(suffix):
            return rel.removesuffix(suffix)
    return None


def remove_stale_pages(app: Sphinx, exception: BaseException | None) -> None:
    """``build-finished``: remove the HTML pages and source copies under the generated
    folder whose document no longer exists."""
    if exception is not None or app.builder.name != "html":
        return
    outdir = Path(app.outdir)
    found: set[str | None] = set(app.env.found_docs)
    suffix: str = getattr(app.builder, "out_suffix", ".html")
    pages = outdir / FOLDER
    sources = outdir / "_sources"
    source_suffixes = tuple(
        f"{suffix}{app.config.html_sourcelink_suffix}" for suffix in app.config.source_suffix
    )
    stale = [
        path for path in pages.rglob(f"*{suffix}") if _docname(path, outdir, (suffix,)) not in found
    ]
    stale += [
        path
        for path in (sources / FOLDER).rglob("*")
        if path.is_file() and _docname(path, sources, source_suffixes) not in found
    ]
    for path in stale:
        path.unlink()
    for folder in sorted({p.parent for p in stale}, key=lambda p: -len(p.parts)):
        with contextlib.suppress(OSError):  # not empty: other pages are still there
            folder.rmdir()
