"""Python's cyclic garbage collector kept off the data a build has already made.

A book of many articles holds hundreds of thousands of objects once its pages are read (the
environment, the domains' citations and labels). Python's collector walks all of them each
time it runs a full collection, which the reading and writing of every page triggers many
times; and with ``-j`` every process Sphinx forks walks them again, touching (and so
copying) the memory it shares with its parent. ``gc.freeze`` moves the objects that exist
at that moment out of the collector's sight: they are still freed when no longer referred
to, but not scanned for cycles. The build freezes what it has before reading the pages and
again before writing them, and thaws it when it ends, leaving the process as it was.

When Sphinx writes in parallel, the main process resolves every page (its references, its
post-transforms) and hands the resolved doctrees to the writing processes, one chunk at a
time; with two cores there is one writer, slower than the resolving, so the main process
soon holds most of the book's resolved doctrees, and every full collection in it, and in
each writer it forks, walked them all again (at 200 articles: 18.6 s of the main
process's 26.3 s of CPU, and a third of each writer's time). The build therefore also
freezes after resolving each page when it writes in parallel. A doctree frozen there stays
in memory until the build ends, even once written (the queue held most of them anyway:
the build's peak memory grew by about a tenth). A serial build does not freeze per page,
so that each page's doctree is freed once written.

Reading in parallel, each process Sphinx forks reads a chunk of pages and then exits; it
freezes after each page it has read (:func:`freeze_read`), so that its full collections
do not walk the chunk's earlier pages again. What it froze is freed when it exits. The
main process, which reads alone when few pages changed (``briefbook.sphinx.parallel``),
freezes each page it has read too when the pages are then written in parallel (it reads
alone only then: ``-j`` asked for processes it did not use to read): Sphinx keeps
every page it read in that process for writing (``env._write_doc_doctree_cache``), so each
full collection while reading walked all the pages read before it (after one article added
at 200 articles, 46 pages: 0.7 s of the rebuild's 9 s of CPU), and the first page resolved
for writing freezes them all anyway. A build written serially does not, so that each page's
doctree is freed once written.

Loading the environment of the last build (``pickle.load``, before any page is read) makes
all of its objects at once, and the collector ran full collections over the growing heap as
it did, then again while the builder started (sphinxcontrib-bibtex parsing the
bibliography): 0.25 s of a rebuild's 9 s of CPU at 200 articles. The collector is paused
from ``config-inited``, just before the environment is loaded, to ``builder-inited``, where
what was loaded is frozen (:func:`pause`, :func:`resume`).

When the process ends, freeing the objects of a build one by one takes seconds (6 s after
a 200-article build); they are frozen again just before Python exits
(:func:`freeze_at_exit`), which skips that work and changes nothing before then.

Measured on the synthetic corpus of 316 articles shaped like breaking news (``nox -s bench``
``--sizes burst:316``), cold HTML builds with ``-j auto``, in pairs back to back on a shared
machine: 70.0 s frozen against 118.4 s not, then 159.5 s against 186.6 s.
"""

from __future__ import annotations

import atexit
import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

from briefbook.sphinx import parallel

MAIN_PID = "_briefbook_main_pid"
"""The application's attribute: the process that started the build."""


def freeze(app: Sphinx, *args: Any) -> None:
    """Before the pages are read (``env-before-read-docs``) and written (``env-updated``)."""
    setattr(app, MAIN_PID, getattr(app, MAIN_PID, None) or os.getpid())
    gc.freeze()


PAUSED = "_briefbook_gc_paused"
"""The application's attribute: the collector was paused by :func:`pause`."""


def pause(app: Sphinx, *args: Any) -> None:
    """``config-inited``: no collection while the environment is loaded (see the module)."""
    if gc.isenabled():
        gc.disable()
        setattr(app, PAUSED, True)


def resume(app: Sphinx, *args: Any) -> None:
    """``builder-inited`` (first of its handlers), or when the build ends if it was never
    reached: what was loaded frozen, and the collector on again."""
    if getattr(app, PAUSED, False):
        setattr(app, PAUSED, False)
        gc.freeze()
        gc.enable()


def freeze_read(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``: this page, in a process forked to read a chunk of pages, or read by
    the main process in a build written in parallel (see the module)."""
    if getattr(app, MAIN_PID, os.getpid()) != os.getpid() or parallel.reading_serially(app):
        gc.freeze()


def freeze_resolved(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: when the pages are written in parallel, what resolving this
    page made (see the module)."""
    if app.builder.parallel_ok:
        gc.freeze()


_AT_EXIT: list[bool] = []


def freeze_at_exit() -> None:
    """Have everything frozen just before the interpreter exits (registered once)."""
    if not _AT_EXIT:
        _AT_EXIT.append(True)
        atexit.register(gc.freeze)


@contextmanager
def collector_restored() -> Iterator[None]:
    """Around a build run in a process that goes on after it (``briefbook live``): the
    collector on again and nothing left frozen however the build ended. A build stopped
    between ``config-inited`` and ``builder-inited`` (a theme not found, an interrupt while
    the environment loads) never reaches :func:`resume`, and one stopped by an interrupt
    never reaches :func:`thaw`: the collector would stay off for every later build."""
    enabled = gc.isenabled()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.unfreeze()


def thaw(app: Sphinx, exception: BaseException | None) -> None:
    """When the build ends (``build-finished``)."""
    resume(app)
    gc.unfreeze()
    setattr(app, MAIN_PID, None)
    freeze_at_exit()
