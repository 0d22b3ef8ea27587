"""Machine-readable exports: JSON (with a JSON Schema), CSV tables, schema.org ClaimReview.

``briefbook export --format json|csv|claimreview --output FILE``. The JSON export is also
written under ``docs/`` by ``generate`` and published next to the HTML book. Everything
here is pure: a Briefing in, text out.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from enum import StrEnum
from importlib import resources
from typing import Any

from briefbook import __version__
from briefbook.analyse.grading import CREDIBILITY, RELIABILITY
from briefbook.book.markup import merge_note
from briefbook.book.summary import sourcing_summary
from briefbook.model import (
    Article,
    Briefing,
    Claim,
    DateExpression,
    FigureReport,
    Quantity,
    Statement,
)
from briefbook.project.output import GENERATED_MARK

SCHEMA_ID = "https://briefbook.invalid/schema/export-2.json"
"""The export schema's ``$id``: a name, not a place to fetch (``.invalid`` never resolves)."""


class Format(StrEnum):
    JSON = "json"
    CSV = "csv"
    CLAIMREVIEW = "claimreview"


class Table(StrEnum):
    SOURCES = "sources"
    STATEMENTS = "statements"
    CLAIMS = "claims"
    ENTITIES = "entities"
    CONFLICTS = "conflicts"
    SERIES = "series"


def schema() -> dict[str, Any]:
    """The JSON Schema of the JSON export (shipped as package data)."""
    text = (
        resources.files("briefbook").joinpath("data/export.schema.json").read_text(encoding="utf-8")
    )
    data: dict[str, Any] = json.loads(text)
    return data


def _statement_id(source_id: str, sentence_id: str) -> str:
    return f"{source_id}/{sentence_id}"


def _claim_of(briefing: Briefing) -> dict[tuple[str, str], str]:
    return {(e.source_id, e.sentence_id): c.id for c in briefing.claims for e in c.evidence}


def figure_data(q: Quantity) -> dict[str, Any]:
    """One figure of a statement, as the export and the source pages' data both write it."""
    return {
        "text": q.text,
        "value": q.value,
        "high": q.high,
        "unit": q.unit,
        "kind": q.kind,
        "counts": q.counts,
        "qualifier": q.qualifier,
    }


def report_data(f: FigureReport) -> dict[str, Any]:
    """One figure as a statement gives it, in a dispute or a series."""
    return {
        "value": f.value,
        "high": f.high,
        "unit": f.unit,
        "kind": f.kind,
        "qualifier": f.qualifier,
        "counts": f.counts,
        "text": f.text,
        "statement": _statement_id(f.source_id, f.sentence_id),
        "claimant": f.claimant,
        "as_of": f.as_of,
        "subject": list(f.subject),
    }


def date_data(d: DateExpression) -> dict[str, Any]:
    """One date of a statement, as the export and the source pages' data both write it."""
    return {
        "text": d.text,
        "resolved": d.resolved,
        "precision": d.precision,
        "relation": d.relation,
    }


def _statement(s: Statement, claim: str) -> dict[str, Any]:
    return {
        "id": _statement_id(s.source_id, s.sentence_id),
        "source": s.source_id,
        "sentence": s.sentence_id,
        "text": s.text,
        "topic": s.topic.topic,
        "topics_also": list(s.topic.also),
        "topic_confidence": s.topic.confidence,
        "topic_evidence": list(s.topic.evidence),
        "filler": s.topic.filler,
        "claimant": s.claimant,
        "cue": s.cue,
        "quote": s.quote,
        "figures": [figure_data(q) for q in s.quantities],
        "dates": [date_data(d) for d in s.dates],
        "claim": claim,
    }


def _claim(c: Claim, articles: Mapping[str, Article]) -> dict[str, Any]:
    return {
        "id": c.id,
        "topic": c.topic,
        "wording": c.wording,
        "wording_source": c.wording_source,
        "wording_sentence": c.wording_sentence,
        "stance": c.stance,
        "figures": list(c.figures),
        "evidence": [
            {
                "statement": _statement_id(e.source_id, e.sentence_id),
                "source": e.source_id,
                "sentence": e.sentence_id,
                "text": e.text,
                "claimant": e.claimant,
                "cue": e.cue,
                "merged_by": e.basis,
                "merged_with": e.partner,
                "merge_reason": merge_note(e, articles),
            }
            for e in c.evidence
        ],
        "sources": list(c.sources),
        "origins": list(c.origins),
        "independent_origins": len(c.origins),
        "reliability": c.reliability,
        "credibility": c.credibility,
        "credibility_label": CREDIBILITY[c.credibility],
        "conflicts": list(c.conflicts),
    }


def to_data(briefing: Briefing) -> dict[str, Any]:
    """The whole export as plain data, in a stable order."""
    claim_of = _claim_of(briefing)
    config = briefing.config
    sources = []
    for a in sorted(briefing.articles, key=lambda a: a.id):
        meta = a.meta
        grade = briefing.reliability(a).value
        sources.append(
            {
                "id": a.id,
                "bib_key": a.id,
                "label": briefing.labels[a.id],
                "title": meta.title,
                "outlet": meta.outlet,
                "author": meta.author,
                "published": meta.published.iso() if meta.published else None,
                "published_precision": meta.published.precision if meta.published else None,
                "url": meta.url,
                "accessed": meta.accessed.iso() if meta.accessed else None,
                "language": meta.language,
                "detected_language": a.language,
                "read": a.read,
                "reliability": grade,
                "reliability_label": RELIABILITY[grade][0],
                "inferred": dict(meta.inferred),
                "path": a.path,
                "sha256": a.sha256,
                "origin": briefing.origins.get(a.id, a.id),
                "agency_copy": briefing.agency_copy.get(a.id, False),
            }
        )
    return {
        "_generated": f"{GENERATED_MARK} from sources/: do not edit",
        "$schema": SCHEMA_ID,
        "briefbook": __version__,
        "briefing": {
            "title": config.briefing.title,
            "subtitle": config.briefing.subtitle,
            "summary": list(sourcing_summary(briefing)),
            "topics": [
                {"id": t.id, "title": t.title, "description": t.description} for t in config.topics
            ],
        },
        "sources": sources,
        "statements": [
            _statement(s, claim_of[(s.source_id, s.sentence_id)]) for s in briefing.statements
        ],
        "claims": [_claim(c, briefing.article_index) for c in briefing.claims],
        "entities": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind.value,
                "role": a.role,
                "affiliation": a.affiliation,
                "aliases": list(a.aliases),
                "mentions": list(a.mentions),
            }
            for a in briefing.actors
        ],
        "conflicts": [
            {
                "id": c.id,
                "kind": c.kind,
                "about": c.about,
                "claims": list(c.claims),
                "statements": [_statement_id(src, sid) for src, sid in c.statements],
                "figures": [report_data(f) for f in c.figures],
            }
            for c in briefing.conflicts
        ],
        "series": [
            {
                "id": t.id,
                "kind": t.kind,
                "unit": t.unit,
                "about": t.about,
                "figures": [report_data(f) for f in t.reports],
            }
            for t in briefing.series
        ],
    }


def to_json(briefing: Briefing) -> str:
    return json.dumps(to_data(briefing), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _flat(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(_flat(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if value is None:
        return ""
    return str(value)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads as the start of a formula in a cell."""


def _cell(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: one that would start a formula ("=SUM(...",
    "+44", "-2", "@cmd") gets a leading apostrophe, which spreadsheets hide."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(briefing: Briefing, table: Table = Table.CLAIMS) -> str:
    """One table of the export as CSV; lists are joined with ``; ``; no cell can start a
    spreadsheet formula (see :func:`_cell`)."""
    rows: list[dict[str, Any]] = to_data(briefing)[table.value]
    out = io.StringIO()
    if not rows:
        return ""
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(_flat(v)) for k, v in row.items()})
    return out.getvalue()


def to_claimreview(briefing: Briefing) -> str:
    """schema.org ClaimReview JSON-LD: one review per claim, rated by its credibility (1 best)."""
    data = to_data(briefing)
    sources = {s["id"]: s for s in data["sources"]}
    entities = {e["id"]: e for e in data["entities"]}
    reviews = []
    for c in data["claims"]:
        appearances = []
        for source_id in c["sources"]:
            s = sources[source_id]
            work: dict[str, Any] = {"@type": "NewsArticle", "identifier": source_id}
            for key, field in (
                ("headline", "title"),
                ("url", "url"),
                ("datePublished", "published"),
            ):
                if s[field]:
                    work[key] = s[field]
            if s["outlet"]:
                work["publisher"] = {"@type": "Organization", "name": s["outlet"]}
            appearances.append(work)
        claim: dict[str, Any] = {"@type": "Claim", "text": c["wording"], "appearance": appearances}
        claimants = sorted({e["claimant"] for e in c["evidence"] if e["claimant"]})
        if claimants:
            claim["author"] = [
                {
                    "@type": "Person" if entities[a]["kind"] == "person" else "Organization",
                    "name": entities[a]["name"],
                }
                for a in claimants
            ]
        reviews.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "identifier": c["id"],
                "claimReviewed": c["wording"],
                "itemReviewed": claim,
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": c["credibility"],
                    "bestRating": 1,
                    "worstRating": 6,
                    "alternateName": (
                        f"{c['reliability']}{c['credibility']}: {c['credibility_label']}"
                    ),
                    "ratingExplanation": (
                        f"{c['independent_origins']} independent origin(s), "
                        f"{len(c['sources'])} article(s), {len(c['conflicts'])} conflict(s)"
                    ),
                },
                "author": {"@type": "Organization", "name": "briefbook"},
            }
        )
    return json.dumps(reviews, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def export(briefing: Briefing, fmt: Format, table: Table = Table.CLAIMS) -> str:
    if fmt == Format.JSON:
        return to_json(briefing)
    if fmt == Format.CSV:
        return to_csv(briefing, table)
    return to_claimreview(briefing)
