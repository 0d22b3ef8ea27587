"""The ``briefbook-source`` directive: an article's metadata and its annotated text.

The text comes from the generated JSON data, never from MyST: every character is a docutils
text node, so nothing in an article can become markup, and each value and sentence is a
bidi isolate (``briefbook.bidi``), so none can reorder the text after it. Each sentence
gets an anchor and a Sphinx label (``bb-<source>-<sentence>``) that topic chapters link to.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from sphinx.domains.std import StandardDomain
from sphinx.util.docutils import SphinxDirective

from briefbook.analyse.grading import RELIABILITY
from briefbook.bidi import isolate
from briefbook.dates import PartialDate
from briefbook.name_languages import LANGUAGES, described
from briefbook.sphinx.sentences import make_sentence
from briefbook.sphinx.warnings import BriefbookWarning, warn


def _human_date(iso: str) -> str:
    return PartialDate.parse(iso).human()


def load_source_data(srcdir: Path, data_dir: str, source_id: str) -> tuple[Path, dict[str, Any]]:
    path = srcdir / data_dir / f"{source_id}.json"
    return path, json.loads(path.read_text(encoding="utf-8"))


CERTAINTY = {"only": "only its cues", "ahead": "ahead of other topics' cues"}
"""How a topic won (``briefbook.book.data.certainty``), in words; nothing for ``none``, which
the cues part explains."""


def explain(sentence: dict[str, Any], topics: dict[str, str]) -> str:
    """The reading of one sentence, in words: shown when hovering or focusing its tag."""
    topic = sentence["topic"]
    names = [topics[topic["id"]], *(topics[t] for t in topic.get("also", []))]
    how = CERTAINTY.get(topic.get("certainty", ""), "")
    parts = [f"Topic: {' + '.join(names)}" + (f" ({how})" if how else "")]
    if topic.get("analyst"):
        parts.append("topic set by the analyst")
    elif topic["evidence"]:
        parts.append("cues: " + ", ".join(topic["evidence"]))
    else:
        parts.append("no cue: default topic")
    if topic.get("filler"):
        parts.append("carries no information of its own")
    claimant = sentence.get("claimant")
    if claimant:
        role = f", {isolate(claimant['role'])}" if claimant.get("role") else ""
        cue = f" ({isolate(sentence['cue'])})" if sentence.get("cue") else ""
        parts.append(f"claimant: {isolate(claimant['name'])}{role}{cue}")
    else:
        parts.append("claimant: the outlet (no attribution)")
    if sentence.get("quote"):
        parts.append("direct quotation")
    for q in sentence.get("figures", []):
        parts.append(
            f"figure: {isolate(q['text'])} ({q['qualifier']}) = {q['value']:g} "
            f"{isolate(q['counts'])}".rstrip()
        )
    for d in sentence.get("dates", []):
        resolved = d["resolved"] or "unresolved"
        parts.append(f"date: {isolate(d['text'])} = {resolved} ({d['precision']})")
    parts += [f"override: {o}" for o in sentence.get("overrides", [])]
    parts.append(f"sentence id {sentence['id']}")
    return "; ".join(parts)


def topic_tag(sentence: dict[str, Any], topics: dict[str, str]) -> tuple[str, str]:
    """The topic tag after a sentence, and its title (hover, or focus by keyboard), which
    explains it."""
    topic = sentence["topic"]
    label = topics[topic["id"]] + (" · filler" if topic.get("filler") else "")
    if sentence.get("overrides"):
        label += " · ✎ analyst"
    return label, explain(sentence, topics)


class SourceDirective(SphinxDirective):
    """``briefbook-source <id>``: metadata field list, then the article, sentence by sentence."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        source_id = self.arguments[0]
        try:
            path, data = load_source_data(
                Path(self.env.srcdir), self.config.briefbook_data_dir, source_id
            )
        except (OSError, ValueError) as exc:
            warn(
                BriefbookWarning.MISSING_DATA,
                f"no data for source {source_id!r}: {exc}",
                self.get_location(),
            )
            return []
        self.env.note_dependency(str(path))
        # linked from the sources index, not listed in any toctree (see render_sources_index)
        self.env.metadata[self.env.docname]["orphan"] = True
        return [self._metadata(data), *self._text(data)]

    def _field(self, name: str, *body: nodes.Node) -> nodes.field:
        return nodes.field(
            "", nodes.field_name("", name), nodes.field_body("", nodes.paragraph("", "", *body))
        )

    def _metadata(self, data: dict[str, Any]) -> nodes.field_list:
        meta: dict[str, Any] = data["meta"]
        inferred: dict[str, str] = meta.get("inferred", {})
        fields = nodes.field_list(classes=["bb-meta"])

        def text_field(name: str, key: str, shown: str | None = None) -> None:
            value = meta.get(key)
            body: list[nodes.Node] = []
            if value is None:
                body.append(nodes.emphasis("", "not stated"))
            else:
                body.append(nodes.Text(isolate(shown if shown is not None else str(value))))
                if key in inferred:
                    body.append(nodes.emphasis("", f" (inferred: {inferred[key]})"))
            fields.append(self._field(name, *body))

        text_field("Headline", "title")
        text_field("Outlet", "outlet")
        text_field("Byline", "author")
        published = meta.get("published")
        text_field("Published", "published", _human_date(published) if published else None)
        url = meta.get("url")
        if url:
            fields += self._field("URL", nodes.reference(url, url, refuri=url))
        else:
            text_field("URL", "url")
        accessed = meta.get("accessed")
        text_field("Accessed", "accessed", _human_date(accessed) if accessed else None)
        text_field("Language", "language")
        grade = data["reliability"]
        by = f" ({data['graded_by']})" if data.get("graded_by") else ""
        fields += self._field(
            "Source reliability", nodes.Text(f"{grade}: {RELIABILITY[grade][0]}{by}")
        )
        if meta.get("provenance"):
            fields += self._field("Provenance", nodes.Text(isolate(meta["provenance"])))
        fields += self._field(
            "File",
            nodes.literal("", data["path"]),
            nodes.Text(f" (SHA-256 {data['sha256'][:16]}…)"),
        )
        fields += self._field("Cited as", nodes.Text(isolate(data["label"])))
        return fields

    @staticmethod
    def _claim(sentence: dict[str, Any], topics: dict[str, str]) -> tuple[str, str]:
        """The chapter holding the sentence's claim (with its grade and sources) and the
        link's text; ("", "") when the sentence has no claim."""
        claim = sentence.get("claim")
        if not claim:
            return "", ""
        topic = topics.get(claim["chapter"].rsplit("/", 1)[-1])
        return claim["chapter"], f"→ claim in {topic}" if topic else "→ claim"

    def _text(self, data: dict[str, Any]) -> list[nodes.Node]:
        std = self.env.get_domain("std")
        assert isinstance(std, StandardDomain)
        source_id: str = data["id"]
        topics: dict[str, str] = data["topics"]
        out: list[nodes.Node] = [
            nodes.rubric("", "Text as received"),
            nodes.paragraph(
                "",
                "Numbered ¶ block.sentence. Greyed text is not reporting and is left out of "
                "the briefing; the reason follows it in brackets.",
                classes=["bb-legend"],
            ),
        ]
        if not data.get("read", True):
            names = f" {described()}" if data["language"] in LANGUAGES() else ""
            out.append(
                nodes.paragraph(
                    "",
                    f"Not read: this article is in another language ({data['language']}). "
                    "briefbook's reading rules are written for English, so no statement is "
                    f"taken from it; its sentences are shown here and can be cited.{names}",
                    classes=["bb-not-read"],
                )
            )
        paragraphs: list[nodes.Node] = []
        for block in data["blocks"]:
            classes = ["bb-block", f"bb-{block['kind']}"]
            if block["boilerplate"]:
                classes.append("bb-boilerplate")
            para = nodes.paragraph(classes=classes)
            para += nodes.inline("", f"¶{block['number']}", classes=["bb-num"])
            if block["prefix"]:
                para += nodes.Text(block["prefix"])
            for i, sentence in enumerate(block["sentences"]):
                sid: str = sentence["id"]
                label = f"bb-{source_id}-{sid}".lower()
                std.note_hyperlink_target(
                    label, self.env.docname, sid, f"{isolate(data['label'])} ¶{sentence['number']}"
                )
                kinds = ["bb-sentence"]
                left_out = sentence.get("boilerplate")
                if "excluded" in sentence:
                    left_out = f"left out by the analyst ✎: {sentence['excluded']}"
                if left_out:
                    kinds.append("bb-boilerplate")
                tag = explanation = claim = claim_label = ""
                if not left_out and "topic" in sentence:
                    tag, explanation = topic_tag(sentence, topics)
                    claim, claim_label = self._claim(sentence, topics)
                para += make_sentence(
                    isolate(sentence["text"]),
                    gap=block["gaps"][i - 1] if i else "",
                    sid=sid,
                    kinds=kinds,
                    reason=left_out or "",
                    tag=tag,
                    explanation=explanation,
                    claim=claim,
                    claim_label=claim_label,
                )
            paragraphs.append(para)
        # every script prints in the PDF too: what its fonts lack is set in a fallback font
        # (briefbook.sphinx.fonts)
        return out + paragraphs
