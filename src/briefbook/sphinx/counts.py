"""The ``briefbook-count`` role: a count that changes with every article, filled in when the
page is written.

```` {briefbook-count}`<key>` ```` shows the text the generator wrote under ``key`` in the
counts' data files (``COUNTS_FILE``, from ``briefbook.book.counts``, and the listings' files,
``LISTED_DIR``, from ``briefbook.book.markup.split_pages``): an actor's mentions and
statements, the sourcing summary's sentences, a topic's statements and articles, a topic
chapter's counts, how many more disputes or conflicts the key points leave to their pages, a
figure dispute's reports, how many items each page of a listing of periods holds.
An added article changes such counts on the landing page, the sourcing summary, who's who
and the conflicts, often nothing else there: with the counts in the page's markup, Sphinx
read those pages again (60 KB of Markdown at 200 articles for the landing page and the
summary alone). Here the page's doctree keeps only the key, and the text is put in from the
data file each time the page is written (a post-transform, for every builder). The page
does not depend on the file: the extension records which keys each page shows, and after
reading, compares each key's text with the last build's into the same output folder and
hands Sphinx the pages showing one that changed, which it writes again from their kept
doctrees without reading them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxRole

from briefbook.book.places import COUNT_ROLE, COUNTS_DIR
from briefbook.sphinx.per_page import keep_per_page, store
from briefbook.sphinx.warnings import BriefbookWarning, warn
from briefbook.sphinx.written_data import changed, merged_counts, read_section, showing_pages

SHOWS = "briefbook_counts_shown"
"""The environment's attribute: document -> the keys of the counts it shows."""
DIGESTS = "briefbook_counts"
"""The environment's attribute: output folder -> (key -> a digest of its text, as last built
there). One record per output folder: builders sharing a doctree folder (``-d``: HTML then
LaTeX) share the environment, and one record would let the first build after a change use
it up, leaving the other output's pages with the old counts."""


class count(nodes.Inline, nodes.Element):  # type: ignore[misc]
    """A count (``key``), made into text when the page is written (:class:`CountToText`)."""


def counts_folder(app: Sphinx) -> Path:
    folder: str = app.config.briefbook_data_dir
    return Path(app.srcdir) / folder / COUNTS_DIR


def load(folder: Path) -> Mapping[str, str]:
    """Key -> its text, from every file of counts in ``folder`` (``COUNTS_FILE`` and the
    listings' files, ``LISTED_DIR``), merged once per version of the files; empty when there
    is none. A key given by two files is an error (``written_data.merged_counts``)."""
    found = []
    for path in sorted(folder.rglob("*.json")):
        try:
            found.append((str(path), path.stat().st_mtime_ns))
        except OSError:
            continue
    return _merged(tuple(found))


@lru_cache(maxsize=2)
def _merged(files: tuple[tuple[str, int], ...]) -> Mapping[str, str]:
    """The counts of ``files`` (path, modification time: the cache's key) as one read-only
    mapping, shared by every page written with this version of the files."""
    return MappingProxyType(
        merged_counts((path, read_section(Path(path), "counts")) for path, _ in files)
    )


def _shows(env: BuildEnvironment) -> dict[str, set[str]]:
    return store(env, SHOWS)


class CountRole(SphinxRole):
    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        key = self.text.strip()
        _shows(self.env).setdefault(self.env.docname, set()).add(key)
        return [count(self.rawtext, key=key)], []


class CountToText(SphinxPostTransform):
    """Each count, from the data file as it is now."""

    default_priority = 5  # with the claims' status, before references are resolved

    def run(self, **kwargs: Any) -> None:
        found = list(self.document.findall(count))
        if not found:
            return
        data = load(counts_folder(self.app))
        for node in found:
            text = data.get(node["key"])
            if text is None:
                warn(BriefbookWarning.MISSING_DATA, f"no count {node['key']!r} in the data", node)
                text = node["key"]
            node.replace_self(nodes.Text(text))


def digests(data: Mapping[str, str]) -> dict[str, str]:
    """Key -> a digest of its text."""
    return {
        key: hashlib.blake2b(text.encode(), digest_size=8).hexdigest() for key, text in data.items()
    }


def pages_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: the pages, read again or not, showing a count whose text changed
    since the last build into this output folder; the texts are recorded, for this folder,
    as they now are."""
    new = digests(load(counts_folder(app)))
    records: dict[str, dict[str, str]] = getattr(env, DIGESTS, {})
    old = records.get(str(app.outdir), {})
    setattr(env, DIGESTS, {**records, str(app.outdir): new})
    return sorted(showing_pages(_shows(env), changed(old, new)) & env.all_docs.keys())


def setup(app: Sphinx) -> None:
    app.add_node(count)
    app.add_role(COUNT_ROLE, CountRole())
    app.add_post_transform(CountToText)
    keep_per_page(app, SHOWS)
    app.connect("env-updated", pages_to_rewrite)
