"""Write the briefing as MyST pages, a ``.bib`` and per-article data for the Sphinx extension.

Article text and metadata are untrusted: wherever they enter MyST they go through
:func:`myst_text`, which escapes every ASCII punctuation character so no markup can form.
The annotated article itself is not written as MyST at all: the ``briefbook-article``
directive builds it from the JSON data, as plain text nodes.

All functions here are pure: a Briefing in, text out.
"""

from __future__ import annotations

import json
import re
import string
from collections import defaultdict
from collections.abc import Iterable, Sequence

from briefbook.bib import write_bib
from briefbook.model import Actor, Article, Briefing, Statement, Topic
from briefbook.output import GENERATED_MARK

FOLDER = "briefing"
"""Folder under ``docs/`` that briefbook owns; the landing page is ``docs/index.md``."""
DATA_DIR = f"{FOLDER}/_data"
BIB_FILE = f"{FOLDER}/references.bib"
HEADER = (
    f"% {GENERATED_MARK} from sources/: do not edit; edit sources/ and run `briefbook generate`\n"
)

_ESCAPE = {ord(c): "\\" + c for c in string.punctuation}


def myst_text(text: str) -> str:
    """``text`` as MyST inline content that shows exactly these characters.

    Every ASCII punctuation character is backslash-escaped (CommonMark allows escaping any
    of them), so no emphasis, link, role, directive, HTML, math or substitution can form;
    line breaks become spaces.
    """
    return " ".join(text.translate(_ESCAPE).split())


def sentence_label(source_id: str, sentence_id: str) -> str:
    """The Sphinx label of a sentence anchor (lower-case, as ``{ref}`` wants)."""
    return f"bb-{source_id}-{sentence_id}".lower()


def sentence_numbers(article: Article) -> dict[str, str]:
    """Sentence id -> ``¶3.2`` (block 3, sentence 2), the numbers shown on the source page."""
    return {
        s.id: f"¶{bi}.{si}"
        for bi, block in enumerate(article.blocks, 1)
        for si, s in enumerate(block.sentences, 1)
    }


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def _display_title(article: Article) -> str:
    return article.meta.title or "[no headline]"


def _byline(article: Article) -> str:
    """Headline · outlet · date, saying what is not stated."""
    meta = article.meta
    return " · ".join([_display_title(article), meta.outlet or "outlet not stated", _date(article)])


def _date(article: Article) -> str:
    published = article.meta.published
    if published is None:
        return "date not stated"
    return published.human() + (" (inferred)" if article.meta.is_inferred("published") else "")


def _page(lines: Iterable[str]) -> str:
    return HEADER + "\n" + "\n".join(lines).rstrip() + "\n"


def _toctree(entries: Sequence[str], caption: str | None = None, hidden: bool = True) -> list[str]:
    lines = ["```{toctree}"]
    if caption:
        lines.append(f":caption: {caption}")
    if hidden:
        lines.append(":hidden:")
    lines.append(":maxdepth: 1")
    lines.append("")
    lines += list(entries)
    lines.append("```")
    return lines


def _sourcing_summary(briefing: Briefing) -> str:
    articles = briefing.articles
    outlets = sorted({a.meta.outlet for a in articles if a.meta.outlet})
    dates = sorted(a.meta.published for a in articles if a.meta.published)
    inferred = sum(1 for a in articles if a.meta.is_inferred("published"))
    unnamed = sum(1 for a in articles if not a.meta.outlet)
    if not dates:
        span = "No article states its date"
    elif dates[0] == dates[-1]:
        span = f"Published {dates[0].human()}"
    else:
        span = f"Published {dates[0].human()} to {dates[-1].human()}"
    parts = [
        f"This briefing sorts {plural(len(briefing.statements), 'statement')} from "
        f"{plural(len(articles), 'article')} into {plural(len(briefing.config.topics), 'topic')}.",
        f"Outlets named: {len(outlets)} ({', '.join(outlets) or 'none'})"
        + (
            f"; {plural(unnamed, 'article does', 'articles do')} not name theirs."
            if unnamed
            else "."
        ),
        span
        + (
            f" ({plural(inferred, 'date')} inferred from the text; see each source)."
            if inferred
            else "."
        ),
        "Every statement cites its article and links to the exact sentence in the annotated copy.",
    ]
    return myst_text(" ".join(parts))


def _topic_table(briefing: Briefing, prefix: str) -> list[str]:
    counts: dict[str, list[Statement]] = defaultdict(list)
    for s in briefing.statements:
        counts[s.topic.topic].append(s)
    lines = ["| Topic | Statements | Articles |", "| --- | ---: | ---: |"]
    for topic in briefing.config.topics:
        stmts = counts.get(topic.id, [])
        link = f"[{myst_text(topic.title)}]({prefix}topics/{topic.id}.md)"
        lines.append(f"| {link} | {len(stmts)} | {len({s.source_id for s in stmts})} |")
    return lines


def render_index(briefing: Briefing, notes: Sequence[str]) -> str:
    """The landing page. Its text is for HTML only: in the PDF, chapters follow the title page."""
    config = briefing.config
    lines = [f"# {myst_text(config.briefing.title)}", "", "````{only} html"]
    if config.briefing.subtitle:
        lines += [f"*{myst_text(config.briefing.subtitle)}*", ""]
    lines += [_sourcing_summary(briefing), "", "```{rubric} Topics", "```", ""]
    for topic in config.topics:
        lines.append(
            f"- [{myst_text(topic.title)}]({FOLDER}/topics/{topic.id}.md): "
            f"{myst_text(topic.description)}"
        )
    lines += [
        "",
        f"See also the [sourcing summary]({FOLDER}/overview.md), the "
        f"[annotated sources]({FOLDER}/sources/index.md) and the "
        f"[bibliography]({FOLDER}/bibliography.md).",
        "````",
        "",
    ]
    lines += _toctree([f"{FOLDER}/overview"])
    lines.append("")
    lines += _toctree([f"{FOLDER}/topics/{t.id}" for t in config.topics], caption="Topics")
    lines.append("")
    lines += _toctree([f"{FOLDER}/sources/index", f"{FOLDER}/bibliography"], caption="Sources")
    if notes:
        lines.append("")
        lines += _toctree(list(notes), caption="Analyst's notes")
    return _page(lines)


def render_overview(briefing: Briefing) -> str:
    """The sourcing summary: the first chapter of the PDF."""
    lines = ["(bb-overview)=", "# Sourcing summary", ""]
    if briefing.config.briefing.subtitle:
        lines += [f"*{myst_text(briefing.config.briefing.subtitle)}*", ""]
    lines += [_sourcing_summary(briefing), "", *_topic_table(briefing, "")]
    lines += ["", *_sources_table(briefing, "sources/")]
    return _page(lines)


def render_topic(briefing: Briefing, topic: Topic) -> str:
    stmts = [s for s in briefing.statements if s.topic.topic == topic.id]
    by_source: dict[str, list[Statement]] = defaultdict(list)
    for s in stmts:
        by_source[s.source_id].append(s)
    lines = [
        f"(bb-topic-{topic.id})=",
        f"# {myst_text(topic.title)}",
        "",
        myst_text(topic.description),
        "",
    ]
    if not stmts:
        lines += [myst_text("No statement in the sources was assigned to this topic."), ""]
    else:
        lines += [
            myst_text(
                f"{plural(len(stmts), 'statement')} from {plural(len(by_source), 'article')}, "
                "in the order each "
                "article gives them. Each cites its article and links (¶ block.sentence) to "
                "the sentence in the annotated copy."
            ),
            "",
        ]
    for article in briefing.articles:
        group = by_source.get(article.id)
        if not group:
            continue
        numbers = sentence_numbers(article)
        lines += [
            f"## {myst_text(briefing.labels[article.id])}",
            "",
            f"*{myst_text(_byline(article))}*",
            "",
        ]
        for s in group:
            label = sentence_label(s.source_id, s.sentence_id)
            who = claimant_label(briefing, s)
            cue = " " + myst_text(f"({s.cue})") if s.cue else ""
            said = f" — *{myst_text(who)}{cue}*" if who else ""
            lines.append(
                f"- {myst_text(s.text)} {{cite:p}}`{s.source_id}` "
                f"{{ref}}`{numbers[s.sentence_id]} <{label}>`{said}"
            )
        lines.append("")
    return _page(lines)


def render_sources_index(briefing: Briefing) -> str:
    lines = [
        "(bb-sources)=",
        "# Sources",
        "",
        myst_text(
            "Each article as received, with its metadata, every sentence numbered and "
            "anchored, and what is not reporting (headline, byline, promotions, embedded "
            "posts) greyed with the reason it was left out of the briefing."
        ),
        "",
        *_sources_table(briefing, ""),
    ]
    lines.append("")
    lines += _toctree([a.id for a in briefing.articles])
    return _page(lines)


def _sources_table(briefing: Briefing, prefix: str) -> list[str]:
    lines = [
        "| Citation | Headline | Outlet | Published | Grade |",
        "| --- | --- | --- | --- | :---: |",
    ]
    for article in briefing.articles:
        meta = article.meta
        lines.append(
            f"| [{myst_text(briefing.labels[article.id])}]({prefix}{article.id}.md) "
            f"| {myst_text(_display_title(article))} "
            f"| {myst_text(meta.outlet or 'not stated')} "
            f"| {myst_text(_date(article))} "
            f"| {briefing.reliability(article).value} |"
        )
    return lines


def render_source(briefing: Briefing, article: Article) -> str:
    title = f"{briefing.labels[article.id]}: {_display_title(article)}"
    lines = [
        f"(bb-source-{article.id})=",
        f"# {myst_text(title)}",
        "",
        f"```{{briefbook-source}} {article.id}",
        "```",
    ]
    return _page(lines)


def render_bibliography() -> str:
    lines = [
        "(bb-bibliography)=",
        "# Bibliography",
        "",
        myst_text(
            "Every article the briefing draws on, from its metadata. Dates marked inferred "
            "were worked out from the text; the source page gives the reason."
        ),
        "",
        "```{bibliography}",
        ":all:",
        "```",
    ]
    return _page(lines)


def claimant_label(briefing: Briefing, statement: Statement) -> str | None:
    """ "Lloyd Austin, U.S. Defense Secretary", or None for the outlet's own voice."""
    if statement.claimant is None:
        return None
    actor = briefing.actor(statement.claimant)
    return f"{actor.name}, {actor.role}" if actor.role else actor.name


def statement_data(statement: Statement, actors: dict[str, Actor]) -> dict[str, object]:
    """How briefbook read one statement: topic and why, claimant, cue, figures, dates."""
    t = statement.topic
    data: dict[str, object] = {
        "topic": {
            "id": t.topic,
            "also": list(t.also),
            "confidence": t.confidence,
            "evidence": list(t.evidence),
            "filler": t.filler,
        },
        "cue": statement.cue,
        "quote": statement.quote,
    }
    if statement.claimant is not None:
        actor = actors[statement.claimant]
        data["claimant"] = {
            "id": actor.id,
            "name": actor.name,
            "role": actor.role,
            "kind": actor.kind.value,
        }
    if statement.quantities:
        data["quantities"] = [
            {"text": q.text, "value": q.value, "counts": q.counts, "qualifier": q.qualifier}
            for q in statement.quantities
        ]
    if statement.dates:
        data["dates"] = [
            {"text": d.text, "resolved": d.resolved, "precision": d.precision}
            for d in statement.dates
        ]
    return data


def article_data(briefing: Briefing, article: Article) -> dict[str, object]:
    """What the ``briefbook-source`` directive renders: metadata and the segmented text."""
    statements = {(s.source_id, s.sentence_id): s for s in briefing.statements}
    actors = {a.id: a for a in briefing.actors}
    blocks = []
    for bi, block in enumerate(article.blocks, 1):
        sentences = []
        for si, s in enumerate(block.sentences, 1):
            entry: dict[str, object] = {"id": s.id, "number": f"{bi}.{si}", "text": s.text}
            if s.boilerplate:
                entry["boilerplate"] = s.boilerplate
            statement = statements.get((article.id, s.id))
            if statement is not None:
                entry.update(statement_data(statement, actors))
            sentences.append(entry)
        prefix = article.text[block.start : block.sentences[0].start] if block.sentences else ""
        gaps = [
            article.text[a.end : b.start]
            for a, b in zip(block.sentences, block.sentences[1:], strict=False)
        ]
        blocks.append(
            {
                "id": block.id,
                "number": bi,
                "kind": block.kind.value,
                "boilerplate": block.boilerplate,
                "prefix": prefix,
                "sentences": sentences,
                "gaps": gaps,
            }
        )
    return {
        "_generated": f"{GENERATED_MARK}: do not edit",
        "id": article.id,
        "label": briefing.labels[article.id],
        "meta": article.meta.as_data(),
        "reliability": briefing.reliability(article).value,
        "path": article.path,
        "sha256": article.sha256,
        "topics": {t.id: t.title for t in briefing.config.topics},
        "blocks": blocks,
    }


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def render_all(briefing: Briefing, notes: Sequence[str] = ()) -> dict[str, bytes]:
    """Every generated file: path relative to ``docs/`` -> bytes."""
    pages: dict[str, str] = {
        "index.md": render_index(briefing, notes),
        f"{FOLDER}/overview.md": render_overview(briefing),
        f"{FOLDER}/sources/index.md": render_sources_index(briefing),
        f"{FOLDER}/bibliography.md": render_bibliography(),
        BIB_FILE: write_bib(briefing.articles, briefing.labels),
    }
    for topic in briefing.config.topics:
        pages[f"{FOLDER}/topics/{topic.id}.md"] = render_topic(briefing, topic)
    for article in briefing.articles:
        pages[f"{FOLDER}/sources/{article.id}.md"] = render_source(briefing, article)
        pages[f"{DATA_DIR}/{article.id}.json"] = _json(article_data(briefing, article))
    return {path: text.encode("utf-8") for path, text in pages.items()}


def note_pages(names: Iterable[str]) -> list[str]:
    """Docnames of the analyst's own pages (``notes/*.md``), sorted."""
    return sorted(re.sub(r"\.md$", "", n) for n in names)
