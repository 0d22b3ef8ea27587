"""One sentence of an annotated source page as one node.

A source page shows every sentence of its article with an anchor, the sentence, and either
the reason it was left out or its topic tag and a link to its claim. As separate nodes that
is nine or ten per sentence (a target, the sentence's span and text, the tag and its text,
a cross-reference with its title and text, the space before it); a briefing of 1,000
articles has tens of thousands of sentences, and every transform of every page walks every
node. :class:`source_sentence` holds them in one node: the sentence's text as its only
child (so the search index still reads it), the rest as attributes. The HTML writer writes
them itself (:func:`visit_sentence_html`); for every other output :class:`SentenceToNodes`
turns the node back into ordinary nodes before references are resolved.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx import addnodes

from briefbook.sphinx import nodes as bbnodes
from briefbook.sphinx.nodes import ExpandOutsideHtml, html_only, relative_uri
from briefbook.sphinx.warnings import BriefbookWarning, warn


class source_sentence(nodes.Inline, nodes.TextElement):  # type: ignore[misc]
    """A sentence of a source page: its text is the node's text; ``gap`` is the text between
    it and the sentence before, ``sid`` its anchor, ``kinds`` the classes of its span,
    ``reason`` why it was left out ("" when it was not), ``tag`` and ``explanation`` its
    topic tag and the tag's title, ``claim`` the chapter holding its claim ("" for none) and
    ``claim_label`` the link's text."""


def make_sentence(
    text: str,
    *,
    gap: str,
    sid: str,
    kinds: list[str],
    reason: str = "",
    tag: str = "",
    explanation: str = "",
    claim: str = "",
    claim_label: str = "",
) -> source_sentence:
    """The node for one sentence (see :class:`source_sentence`)."""
    return source_sentence(
        "",
        text,
        gap=gap,
        sid=sid,
        kinds=kinds,
        reason=reason,
        tag=tag,
        explanation=explanation,
        claim=claim,
        claim_label=claim_label,
    )


def visit_sentence_html(self: Any, node: source_sentence) -> None:
    """The anchor, the sentence, then the reason it was left out or its tag and claim link:
    the same HTML the separate nodes would give."""
    out = [
        self.encode(node["gap"]),
        self.starttag({}, "span", "", CLASS="target", ids=[node["sid"]]) + "</span>",
        self.starttag({}, "span", "", CLASS=" ".join(node["kinds"]))
        + self.encode(node.astext())
        + "</span>",
    ]
    if node["reason"]:
        out.append(f'<span class="bb-reason">{self.encode("[" + node["reason"] + "]")}</span>')
    elif node["tag"]:
        out.append(
            self.starttag({}, "span", "", CLASS="bb-topic", title=node["explanation"], tabindex="0")
            + self.encode(f"[{node['tag']}]")
            + "</span>"
        )
        out.append(_claim_link_html(self, node))
    self.body.append("".join(out))
    raise nodes.SkipNode


def _claim_link_html(self: Any, node: source_sentence) -> str:
    """The link to the chapter holding the sentence's claim, as Sphinx writes a resolved
    ``doc`` reference; its text alone when the chapter is not in the book."""
    if not node["claim"]:
        return ""
    label = self.encode(node["claim_label"])
    if node["claim"] not in self.builder.env.all_docs:
        warn(
            BriefbookWarning.MISSING_DATA,
            f"no chapter {node['claim']!r} in the book for the claim of sentence {node['sid']!r}",
            node,
        )
        return f'<span class="bb-claim-link">{label}</span>'
    uri = relative_uri(self.builder, self.builder.current_docname, node["claim"])
    link: str = self.starttag({}, "a", "", CLASS="reference internal", href=uri)
    return f'{link}<span class="doc">{label}</span></a>'


SENTENCE_HANDLERS = html_only(visit_sentence_html)


class SentenceToNodes(ExpandOutsideHtml):
    """Outside HTML, a sentence is an anchor, a span and its tag or reason, and a reference
    to its claim's chapter."""

    node_class = source_sentence

    def expand(self, node: source_sentence) -> list[nodes.Node]:
        out: list[nodes.Node] = []
        if node["gap"]:
            out.append(nodes.Text(node["gap"]))
        out.append(nodes.target("", "", ids=[node["sid"]]))
        out.append(nodes.inline("", node.astext(), classes=list(node["kinds"])))
        if node["reason"]:
            out.append(nodes.inline("", f"[{node['reason']}]", classes=["bb-reason"]))
        elif node["tag"]:
            tag = bbnodes.annotation("", f"[{node['tag']}]", classes=["bb-topic"])
            tag["explanation"] = node["explanation"]
            out.append(tag)
            if node["claim"]:
                out.append(
                    addnodes.pending_xref(
                        "",
                        nodes.inline("", node["claim_label"], classes=["bb-claim-link"]),
                        refdomain="std",
                        reftype="doc",
                        reftarget="/" + node["claim"],
                        refexplicit=True,
                        refwarn=True,
                        refdoc=self.env.docname,
                    )
                )
        return out
