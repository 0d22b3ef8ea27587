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
from sphinx.util.docutils import SphinxRole

from briefbook.bidi import isolate
from briefbook.sphinx.warnings import BriefbookWarning, warn


class evidence_popup(nodes.Inline, nodes.TextElement):  # type: ignore[misc]
    """Hidden HTML text shown by the popup script; nothing in other output."""


def visit_popup_html(self: Any, node: evidence_popup) -> None:
    self.body.append(
        self.starttag(
            node,
            "span",
            "",
            CLASS="bb-popup-data",
            hidden="hidden",
            **{"data-source": node["source"]},
        )
    )


def depart_popup_html(self: Any, node: evidence_popup) -> None:
    self.body.append("</span>")


def skip(self: Any, node: evidence_popup) -> None:
    raise nodes.SkipNode


POPUP_HANDLERS: dict[str, tuple[Any, Any]] = {
    "html": (visit_popup_html, depart_popup_html),
    **{b: (skip, None) for b in ("latex", "text", "man", "texinfo")},
}


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
        title = f"{isolate(data['label'])} ¶{sentence['number']}"
        ref = addnodes.pending_xref(
            "",
            nodes.inline("", title, classes=["xref", "std", "std-ref"]),
            refdomain="std",
            reftype="ref",
            reftarget=f"bb-{source_id}-{sentence_id}".lower(),
            refexplicit=True,
            refwarn=True,
            refdoc=self.env.docname,
        )
        meta = data["meta"]
        popup = evidence_popup("", "", source=source_id)
        popup += nodes.inline("", isolate(sentence["text"]), classes=["bb-popup-sentence"])
        outlet = meta.get("outlet") or "outlet not stated"
        where = (
            f"{isolate(data['label'])} · {isolate(outlet)} · {_date(meta)} · ¶{sentence['number']}"
        )
        popup += nodes.inline("", where, classes=["bb-popup-source"])
        wrapper = nodes.inline("", "", ref, popup, classes=["bb-evidence"])
        return [wrapper], []
