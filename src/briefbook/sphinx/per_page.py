"""What the extension keeps about each page in the build environment, per document: a dict
stored on the environment under one attribute, dropped when Sphinx reads the page again
(``env-purge-doc``) and gathered from the processes that read pages in parallel
(``env-merge-info``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment


def store(env: BuildEnvironment, attribute: str) -> dict[str, Any]:
    """The per-page dict kept on ``env`` under ``attribute``, made on first use."""
    if not hasattr(env, attribute):
        setattr(env, attribute, {})
    found: dict[str, Any] = getattr(env, attribute)
    return found


def keep_per_page(app: Sphinx, attribute: str) -> None:
    """Drop a page's entry when it is read again, and merge parallel readers' entries."""

    def purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
        store(env, attribute).pop(docname, None)

    def merge(
        app: Sphinx, env: BuildEnvironment, docnames: Iterable[str], other: BuildEnvironment
    ) -> None:
        theirs = store(other, attribute)
        ours = store(env, attribute)
        for doc in docnames:
            if doc in theirs:
                ours[doc] = theirs[doc]

    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)
