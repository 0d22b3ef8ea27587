"""Pages never read before are not purged from the domains holding most of the book's data.

Before Sphinx reads a page it has every domain forget what the page put there
(``Domain.clear_doc``), also for a page that no earlier build read and that cannot have put
anything there. The standard domain (every label: a briefing labels each sentence of every
article) and sphinxcontrib-bibtex's cite domain (every citation reference) do it by going
through all they hold, so a cold build reading its pages one after another went through the
labels and citations of every page read before for each page: a cost that grows with the
square of the corpus (at 200 synthetic articles, about 40 million steps; the floor, without
the labels and citations, had little of it). Reading in parallel purges every page before
any is read, so the domains are still empty then in a cold build; this is the serial read
(``-j 1``, and a rebuild that reads few pages in the main process: ``briefbook.sphinx.parallel``).

``env-purge-doc`` is emitted just before the purge; :func:`note_unread` tells the domains
below whether the page was read by an earlier build (``env.all_docs``: what the environment
knows, which Sphinx forgets for the page only in the purge itself), and they skip the
purge of a page it was not. A page read before is purged as always.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx
from sphinx.domains.std import StandardDomain
from sphinx.environment import BuildEnvironment


class SkipsUnreadPurge:
    """A domain mixin: ``clear_doc`` does nothing for the page :func:`note_unread` named as
    never read, once (whatever purges it again later, after it was read, is done)."""

    _unread_doc: str | None = None

    def clear_doc(self, docname: str) -> None:
        if docname == self._unread_doc:
            self._unread_doc = None
            return
        super().clear_doc(docname)  # type: ignore[misc]


def note_unread(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    """``env-purge-doc``: whether the page about to be purged was ever read."""
    unread = None if docname in env.all_docs else docname
    for domain in env.domains.values():
        if isinstance(domain, SkipsUnreadPurge):
            domain._unread_doc = unread


class PurgeAwareStandardDomain(SkipsUnreadPurge, StandardDomain):
    """Sphinx's standard domain, purging only pages read before."""

    def clear_doc(self, docname: str) -> None:
        # the standard domain makes its "terms" data on first use, which its purge was, and
        # merging a parallel reader's data expects it (Sphinx 9)
        self.data.setdefault("terms", {})
        super().clear_doc(docname)


def setup(app: Sphinx) -> Any:
    app.add_domain(PurgeAwareStandardDomain, override=True)
    app.connect("env-purge-doc", note_unread)
