"""The HTML builder, writing in parallel with the smallest page first.

With ``-j``, Sphinx writes the first page of the sorted list in the main process, alone,
before it hands any page to a writing process ("to warm up caches"); only then does the main
process go on resolving the other pages while the writers write. In a briefing the first
page in that order is the bibliography (``briefing/bibliography``), the book's largest
page (2.4 MB of HTML at 200 articles, with its "Cited in" lines), written again whenever an
article gains a citation: at 200 articles its writing kept the main process from anything
else for 0.4 to 0.7 s of every such rebuild, while the writer it would have had waited.
:class:`BriefbookHTMLBuilder` puts first the page whose kept doctree is smallest, which
warms the same caches, and leaves the bibliography to a writing process like any other
page. The pages written and their bytes are the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder


def smallest_first(docnames: Sequence[str], doctrees: Path) -> list[str]:
    """``docnames`` in their order, with the one whose doctree file is smallest (a page
    without one counts as large) moved to the front."""
    if not docnames:
        return []

    def size(docname: str) -> int:
        try:
            return (doctrees / f"{docname}.doctree").stat().st_size
        except OSError:
            return 1 << 62

    first = min(docnames, key=size)
    return [first, *(d for d in docnames if d != first)]


class BriefbookHTMLBuilder(StandaloneHTMLBuilder):
    """Sphinx's HTML builder, the smallest page written first (see the module)."""

    def _write_parallel(self, docnames: Sequence[str], nproc: int) -> None:
        super()._write_parallel(smallest_first(docnames, Path(self.doctreedir)), nproc)


def setup(app: Sphinx) -> None:
    app.add_builder(BriefbookHTMLBuilder, override=True)
