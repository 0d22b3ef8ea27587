"""The ``briefbook-evidence`` role: links to sentences of articles, with the sentences.

```` {briefbook-evidence}`<source id>/<sentence id>` ```` renders a link to the sentence's
anchor on the annotated source page, titled with the source's citation label and the
sentence number (``Daily Post 2024 ¶5.3``). In HTML it also carries the sentence itself, the
outlet and the date, hidden until the reader hovers or focuses the link (or a citation of
the same source in the same claim): ``briefbook.js`` shows them in a popup, with no request
to any server. Other builders get the link only.

One role lists every sentence of a claim's evidence, separated by ``; ``; a sentence that
joined the claim by a merge is followed by its mark and the reason, shown on hover (in the
PDF, in brackets after the mark)::

    {briefbook-evidence}`a/s1; b/s2 ≡ merged: nearly the same words as a; c/s3`

A table cell that cites one sentence of one article uses the ``briefbook-cited`` role
(``briefbook.book.places.CITED_ROLE``): ```` {briefbook-cited}`<source id>/<sentence id>` ````
is read as ```` {cite:p}`<source id>` {briefbook-evidence}`<source id>/<sentence id>` ````
would be, into the same nodes, with one role for MyST to parse and call instead of two (a briefing's
tables hold tens of thousands of such cells).
"""

from __future__ import annotations

import re
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.util.docutils import SphinxRole

from briefbook.book.places import CITED_ROLE as CITED_ROLE
from briefbook.book.places import EVIDENCE_DIR
from briefbook.sphinx.nodes import ExpandOutsideHtml, html_only, relative_uri, start_tag
from briefbook.sphinx.shown import load, note_link, shown
from briefbook.sphinx.warnings import BriefbookWarning, warn


class evidence_link(nodes.Inline, nodes.Element):  # type: ignore[misc]
    """Links to sentences of articles, in ``links``: one dict per sentence, with the link's
    ``title``, ``reftarget`` (the sentence's label, None when the sentence is not in the
    article data), ``source``, the popup's two lines ``sentence`` and ``where``, and the
    merge ``mark`` and ``why`` ("" when the sentence did not join by a merge).

    One node where cross-references would take five or more per sentence (a
    ``pending_xref`` with its title, a separator, an abbreviation for the merge mark, the
    popup and its lines): a briefing holds tens of thousands of these links, and every
    transform of every page walks every node. The HTML writer resolves the labels itself
    (:func:`visit_evidence_html`); for every other output :class:`EvidenceToXref` turns the
    node into ordinary cross-references before references are resolved.
    """


def _link_html(self: Any, link: dict[str, Any], std: Any, node: evidence_link) -> str:
    """One link, the sentence and its source in the hidden span ``briefbook.js`` shows."""
    title: str = self.encode(link["title"])
    docname, labelid, _ = std.labels.get(link["reftarget"], (None, None, None))
    if docname is None:
        if link["reftarget"] is not None:
            warn(
                BriefbookWarning.MISSING_DATA,
                f"no sentence {link['reftarget']!r} in the book (is its source page left out?)",
                node,
            )
        return title
    current = self.builder.current_docname
    href = "#" + str(labelid)
    if docname != current:
        href = relative_uri(self.builder, current, docname) + href
    return str(
        '<span class="bb-evidence">'
        + start_tag(self, "a", {"class": "reference internal", "href": href})
        + f'<span class="std std-ref">{title}</span></a>'
        + start_tag(
            self,
            "span",
            {"class": "bb-popup-data", "hidden": "hidden", "data-source": link["source"]},
        )
        + f'<span class="bb-popup-sentence">{self.encode(link["sentence"])}</span>'
        + f'<span class="bb-popup-source">{self.encode(link["where"])}</span></span></span>'
    )


def visit_evidence_html(self: Any, node: evidence_link) -> None:
    """Each link, and after a merged sentence its mark, whose title gives the reason."""
    std = self.builder.env.get_domain("std")
    parts = []
    for link in node["links"]:
        html = _link_html(self, link, std, node)
        if link["mark"]:
            mark = self.encode(link["mark"])
            html += " " + start_tag(self, "abbr", {"title": link["why"]}) + mark + "</abbr>"
        parts.append(html)
    self.body.append(", ".join(parts))
    raise nodes.SkipNode


EVIDENCE_HANDLERS = html_only(visit_evidence_html)


class EvidenceToXref(ExpandOutsideHtml):
    """Outside HTML, an evidence link is an ordinary reference to the sentence's label."""

    node_class = evidence_link

    def expand(self, node: evidence_link) -> list[nodes.Node]:
        replacement: list[nodes.Node] = []
        for link in node["links"]:
            if replacement:
                replacement.append(nodes.Text(", "))
            if link["reftarget"] is None:
                replacement.append(nodes.inline("", link["title"]))
            else:
                title = nodes.inline("", link["title"], classes=["xref", "std", "std-ref"])
                replacement.append(
                    addnodes.pending_xref(
                        "",
                        title,
                        refdomain="std",
                        reftype="ref",
                        reftarget=link["reftarget"],
                        refexplicit=True,
                        refwarn=True,
                        refdoc=self.env.docname,
                    )
                )
            if link["mark"]:
                replacement.append(nodes.Text(" "))
                replacement.append(
                    nodes.abbreviation(link["mark"], link["mark"], explanation=link["why"])
                )
        return replacement


_ITEM = re.compile(r"([\w-]+)/([\w-]+)(?: (\S) (.+))?")
"""One sentence of the list: ``<source id>/<sentence id>``, then perhaps its mark and the
reason (ids are letters, digits, ``_`` and ``-``)."""

_NEXT_ITEM = re.compile(r"; (?=[\w-]+/[\w-]+(?:$|; | \S ))")
"""Where the next sentence starts: ``; `` before an id, so a reason may hold ``;``."""


class EvidenceRole(SphinxRole):
    """``{briefbook-evidence}``: see the module."""

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        links = []
        for item in _NEXT_ITEM.split(self.text.strip()):
            match = _ITEM.fullmatch(item)
            link = self._link(*match.groups()) if match else None
            if link is None:
                warn(
                    BriefbookWarning.MISSING_DATA,
                    f"no sentence {item!r} in the article data",
                    self.get_location(),
                )
                link = {"title": item, "reftarget": None, "mark": "", "why": ""}
            links.append(link)
        return [evidence_link(self.rawtext, links=links)], []

    def _link(
        self, source_id: str, sentence_id: str, mark: str | None, why: str | None
    ) -> dict[str, Any] | None:
        """The link's data, or None when the article data has no such sentence."""
        # only what the link shows: a page is read again when that changes, not whenever the
        # article's claims or topics move (see EVIDENCE_DIR), nor when other sentences of the
        # article change (briefbook.sphinx.shown)
        # a string, not a Path joined part by part: built for every sentence shown
        path = f"{self.env.srcdir}/{self.config.briefbook_data_dir}/{EVIDENCE_DIR}/{source_id}.json"
        note_link(self.env, source_id, sentence_id)
        try:
            found = shown(load(path), sentence_id)
        except (OSError, ValueError):
            return None
        if found is None:
            return None
        return {
            **found,
            "reftarget": f"bb-{source_id}-{sentence_id}".lower(),
            "source": source_id,
            "mark": mark or "",
            "why": why or "",
        }


CITE_ROLE = "cite:p"
"""The citation role :class:`CitedRole` stands in front of the evidence link."""


class CitedRole(SphinxRole):
    """``{briefbook-cited}`a/s1```: the nodes of ``{cite:p}`a` {briefbook-evidence}`a/s1```,
    made by the same two roles, in that order (the citation's id is given first, as it
    was), with the space between them."""

    evidence = EvidenceRole()

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        text = self.text.strip()
        source_id = text.split("/", 1)[0]
        domain, _, name = CITE_ROLE.partition(":")
        cite = self.env.get_domain(domain).role(name)
        assert cite is not None, f"no {CITE_ROLE} role"
        cited, messages = cite(
            CITE_ROLE, f":{CITE_ROLE}:`{source_id}`", source_id, self.lineno, self.inliner
        )
        linked, more = self.evidence(
            "briefbook-evidence", f":briefbook-evidence:`{text}`", text, self.lineno, self.inliner
        )
        return [*cited, nodes.Text(" "), *linked], [*messages, *more]
