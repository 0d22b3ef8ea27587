"""Publish the JSON export next to the HTML book."""

from __future__ import annotations

import shutil
from pathlib import Path

from sphinx.application import Sphinx

from briefbook.sphinx.warnings import BriefbookWarning, warn


def publish_export(app: Sphinx, exception: Exception | None) -> None:
    """Copy ``briefbook_export`` into the HTML output folder (HTML builders only)."""
    name: str = app.config.briefbook_export
    if exception is not None or not name or app.builder.format != "html":
        return
    source = Path(app.srcdir) / name
    if not source.is_file():
        warn(BriefbookWarning.MISSING_DATA, f"briefbook_export: no file {name!r} to publish")
        return
    shutil.copyfile(source, Path(app.outdir) / source.name)
