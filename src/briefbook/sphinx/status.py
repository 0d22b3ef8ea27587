"""The ``briefbook-claim-status`` role: a claim's grade and conflict links, filled in when the
page is written.

```` {briefbook-claim-status}`<claim id>` ```` shows the claim's grade in bold, then its
"⚠ sources disagree" links, as the generator wrote them in the claim's data
(``CLAIM_STATUS_FILE``, from ``briefbook.book.chapters.claim_status``). An added article that
starts or joins a dispute changes the grade and the conflict links of its claims on every page
that lists them, often nothing else on those pages: with the links in the page's markup,
Sphinx read all those pages again. Here the page's doctree keeps only the claim's id, and
the links are made from the data file each time the page is written (a post-transform, for
every builder, before references are resolved). The page does not depend on the file: the
extension records which claims each page shows, and after reading, compares each claim's
entry with the last build's and hands Sphinx the pages showing one that changed, which it
writes again from their kept doctrees without reading them. Pages linking a conflict whose
label moved to another page are written again the same way (``briefbook.sphinx.moved``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxRole

from briefbook.book.places import CLAIM_STATUS_FILE
from briefbook.sphinx.per_page import keep_per_page, store
from briefbook.sphinx.warnings import BriefbookWarning, warn
from briefbook.sphinx.written_data import changed, read_section, showing_pages

SHOWS = "briefbook_claims_shown"
"""The environment's attribute: document -> the ids of the claims whose status it shows."""
DIGESTS = "briefbook_claim_status"
"""The environment's attribute: claim id -> a digest of its status, as last built."""


class claim_status(nodes.Inline, nodes.Element):  # type: ignore[misc]
    """A claim's grade and conflict links (``claim``: its id), made when the page is
    written (:class:`StatusToNodes`)."""


def status_path(app: Sphinx) -> Path:
    folder: str = app.config.briefbook_data_dir
    return Path(app.srcdir) / folder / CLAIM_STATUS_FILE


def load(path: Path) -> dict[str, Any]:
    """Claim id -> its status (``badge``, ``lead``, ``links``), read once per file version;
    empty when there is no such file."""
    return read_section(path, "claims")


def _shows(env: BuildEnvironment) -> dict[str, set[str]]:
    return store(env, SHOWS)


class ClaimStatusRole(SphinxRole):
    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        claim = self.text.strip()
        _shows(self.env).setdefault(self.env.docname, set()).add(claim)
        return [claim_status(self.rawtext, claim=claim)], []


def status_nodes(status: Mapping[str, Any], docname: str) -> list[nodes.Node]:
    """The grade in bold, then the text before the links and each link, separated by
    commas: the nodes MyST makes of ``**grade** {ref}`title <label>```."""
    out: list[nodes.Node] = [nodes.strong(status["badge"], status["badge"])]
    if status["lead"]:
        out.append(nodes.Text(status["lead"]))
    for i, (title, label) in enumerate(status["links"]):
        if i:
            out.append(nodes.Text(", "))
        ref = addnodes.pending_xref(
            "",
            nodes.inline("", title, classes=["xref", "std", "std-ref"]),
            refdoc=docname,
            refdomain="std",
            reftype="ref",
            reftarget=label,
            refexplicit=True,
            refwarn=True,
        )
        out.append(ref)
    return out


class StatusToNodes(SphinxPostTransform):
    """Each claim's status, from the data file as it is now, before references are
    resolved."""

    default_priority = 5  # before ReferencesResolver (10)

    def run(self, **kwargs: Any) -> None:
        found = list(self.document.findall(claim_status))
        if not found:
            return
        data = load(status_path(self.app))
        for node in found:
            status = data.get(node["claim"])
            if status is None:
                warn(
                    BriefbookWarning.MISSING_DATA,
                    f"no claim {node['claim']!r} in the claims' data",
                    node,
                )
                node.replace_self(nodes.Text(node["claim"]))
                continue
            node.replace_self(status_nodes(status, self.env.docname))


def digests(data: Mapping[str, Any]) -> dict[str, str]:
    """Claim id -> a digest of its status."""
    return {
        claim: hashlib.blake2b(
            json.dumps(status, sort_keys=True, ensure_ascii=False).encode(), digest_size=8
        ).hexdigest()
        for claim, status in data.items()
    }


def linked_labels(app: Sphinx, env: BuildEnvironment) -> dict[str, frozenset[str]]:
    """Document -> the conflict labels its claims' status links to, as the data file is
    now (for ``briefbook.sphinx.moved``)."""
    data = load(status_path(app))
    out = {}
    for doc, claims in _shows(env).items():
        labels = frozenset(
            label for claim in claims for _, label in data.get(claim, {}).get("links", ())
        )
        if labels:
            out[doc] = labels
    return out


def pages_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: the pages, read again or not, showing a claim whose status changed
    since the last build; the statuses are recorded as they now are."""
    new = digests(load(status_path(app)))
    old: dict[str, str] = getattr(env, DIGESTS, {})
    setattr(env, DIGESTS, new)
    return sorted(showing_pages(_shows(env), changed(old, new)) & env.all_docs.keys())


def setup(app: Sphinx) -> None:
    app.add_node(claim_status)
    app.add_role("briefbook-claim-status", ClaimStatusRole())
    app.add_post_transform(StatusToNodes)
    keep_per_page(app, SHOWS)
    app.connect("env-updated", pages_to_rewrite)
