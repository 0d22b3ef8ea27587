"""A rebuild that reads few pages reads them in one process.

With ``-j``, Sphinx reads the pages in chunks, each in a process it forks, and every such
process sends back the whole environment (every page's titles, labels, citations and
dependencies, not only those of its chunk), which the main process unpickles and merges
chunk by chunk. In a cold build that is the price of reading hundreds of pages on every
core. After one article is added, the pages to read are a few dozen of a book of hundreds,
and the environment each chunk sends back is the whole book's: at 200 synthetic articles
(50 pages to read of 566, in four chunks) the rebuild spent about a second more CPU than
reading the same pages in the main process, and took no less time on two cores. So when
fewer than :data:`PARALLEL_SHARE` of the book's pages are to be read, they are read in the
main process; writing stays parallel (the writing processes send nothing back).
"""

from __future__ import annotations

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

PARALLEL_SHARE = 0.25
"""The share of the book's pages to read from which they are read in parallel."""
JOBS = "_briefbook_jobs"
"""The application's attribute: the processes asked for (``-j``) while reading serially."""


def read_serially(pages: int, book: int) -> bool:
    """Whether ``pages`` to read of a ``book`` of that many pages are read in one process."""
    return pages < PARALLEL_SHARE * book


def before_reading(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """``env-before-read-docs``: few pages to read: one process reads them (Sphinx decides
    right after this event, from ``app.parallel``)."""
    if app.parallel > 1 and read_serially(len(docnames), len(env.found_docs)):
        setattr(app, JOBS, app.parallel)
        app.parallel = 1


def reading_serially(app: Sphinx) -> bool:
    """Whether this build asked for processes (``-j``) and reads its pages without them."""
    return getattr(app, JOBS, None) is not None


def after_reading(app: Sphinx, env: BuildEnvironment) -> None:
    """``env-updated``: the processes asked for again, for writing (Sphinx decides after
    reading whether to write in parallel)."""
    jobs: int | None = getattr(app, JOBS, None)
    if jobs is not None:
        app.parallel = jobs
        setattr(app, JOBS, None)


def setup(app: Sphinx) -> None:
    app.connect("env-before-read-docs", before_reading)
    app.connect("env-updated", after_reading, priority=100)
