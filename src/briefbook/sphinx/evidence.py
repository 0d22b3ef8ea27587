"""The ``briefbook-evidence`` role: a link to one sentence of an article, with the sentence.

```` {briefbook-evidence}`<source id>/<sentence id>` ```` renders a link to the sentence's
anchor on the annotated source page, titled with the source's citation label and the
sentence number (``Daily Post 2024 ¶5.3``). In HTML it also carries the sentence itself, the
outlet and the date, hidden until the reader hovers or focuses the link (or a citation of
the same source in the same claim): ``briefbook.js`` shows them in a popup, with no request
to any server. Other builders get the link only.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxRole

from briefbook.bidi import isolate
from briefbook.sphinx.warnings import BriefbookWarning, warn


class evidence_link(nodes.Inline, nodes.TextElement):  # type: ignore[misc]
    """A link to one sentence of an article: its text is the link's title; ``reftarget`` is
    the sentence's label, ``source`` the source id, ``sentence`` and ``where`` the popup's
    two lines.

    One node where a cross-reference would take ten (a ``pending_xref`` with its title, a
    wrapper, the popup and its lines): a briefing holds tens of thousands of these links,
    and every transform of every page walks every node. The HTML writer resolves the label
    itself (:func:`visit_evidence_html`); for every other output :class:`EvidenceToXref`
    turns the node into an ordinary cross-reference before references are resolved.
    """


def visit_evidence_html(self: Any, node: evidence_link) -> None:
    """The link, the sentence and its source in the hidden span ``briefbook.js`` shows."""
    std = self.builder.env.get_domain("std")
    docname, labelid, _ = std.labels.get(node["reftarget"], (None, None, None))
    title = self.encode(node.astext())
    if docname is None:
        warn(
            BriefbookWarning.MISSING_DATA,
            f"no sentence {node['reftarget']!r} in the book (is its source page left out?)",
            node,
        )
        self.body.append(title)
        raise nodes.SkipNode
    current = self.builder.current_docname
    href = "#" + labelid
    if docname != current:
        href = self.builder.get_relative_uri(current, docname) + href
    self.body.append(
        '<span class="bb-evidence">'
        + self.starttag({}, "a", "", CLASS="reference internal", href=href)
        + f'<span class="std std-ref">{title}</span></a>'
        + self.starttag(
            {},
            "span",
            "",
            CLASS="bb-popup-data",
            hidden="hidden",
            **{"data-source": node["source"]},
        )
        + f'<span class="bb-popup-sentence">{self.encode(node["sentence"])}</span>'
        + f'<span class="bb-popup-source">{self.encode(node["where"])}</span></span></span>'
    )
    raise nodes.SkipNode


def _no_visit(self: Any, node: evidence_link) -> None:
    raise AssertionError("EvidenceToXref replaces evidence links outside HTML")  # pragma: no cover


EVIDENCE_HANDLERS: dict[str, tuple[Any, Any]] = {
    "html": (visit_evidence_html, None),
    **{b: (_no_visit, None) for b in ("latex", "text", "man", "texinfo")},
}


class EvidenceToXref(SphinxPostTransform):
    """Outside HTML, an evidence link is an ordinary reference to the sentence's label."""

    default_priority = 5  # before ReferencesResolver (10)

    def is_supported(self) -> bool:
        return self.app.builder.format != "html"

    def run(self, **kwargs: Any) -> None:
        for node in list(self.document.findall(evidence_link)):
            title = nodes.inline("", node.astext(), classes=["xref", "std", "std-ref"])
            node.replace_self(
                addnodes.pending_xref(
                    "",
                    title,
                    refdomain="std",
                    reftype="ref",
                    reftarget=node["reftarget"],
                    refexplicit=True,
                    refwarn=True,
                    refdoc=self.env.docname,
                )
            )


@lru_cache(maxsize=256)
def _sentences(path: str, mtime_ns: int) -> dict[str, Any]:
    """Source data by sentence id (cached per file version)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    by_id = {s["id"]: s for b in data["blocks"] for s in b["sentences"]}
    return {"label": data["label"], "meta": data["meta"], "sentences": by_id}


def _date(meta: dict[str, Any]) -> str:
    published = str(meta.get("published") or "")
    if not published:
        return "date not stated"
    return published + (" (inferred)" if "published" in meta.get("inferred", {}) else "")


class EvidenceRole(SphinxRole):
    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        source_id, _, sentence_id = self.text.partition("/")
        path = Path(self.env.srcdir) / self.config.briefbook_data_dir / f"{source_id}.json"
        try:
            data = _sentences(str(path), path.stat().st_mtime_ns)
            sentence = data["sentences"][sentence_id]
        except (OSError, ValueError, KeyError):
            warn(
                BriefbookWarning.MISSING_DATA,
                f"no sentence {self.text!r} in the article data",
                self.get_location(),
            )
            return [nodes.inline("", self.text)], []
        self.env.note_dependency(str(path))
        meta = data["meta"]
        outlet = meta.get("outlet") or "outlet not stated"
        label = isolate(data["label"])
        link = evidence_link(
            "",
            f"{label} ¶{sentence['number']}",
            reftarget=f"bb-{source_id}-{sentence_id}".lower(),
            source=source_id,
            sentence=isolate(sentence["text"]),
            where=f"{label} · {isolate(outlet)} · {_date(meta)} · ¶{sentence['number']}",
        )
        return [link], []
