"""From statements to graded claims: merge, trace origins, find conflicts, grade.

Runs after the reading of each article (``pipeline``); pure: a Briefing in, a Briefing with
claims, conflicts and origins out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from briefbook.claims import merge
from briefbook.conflicts import find_conflicts
from briefbook.grading import credibility
from briefbook.independence import find_origins
from briefbook.model import Briefing, Reliability


def assess(briefing: Briefing) -> Briefing:
    claims = merge(briefing.statements)
    origins = find_origins(briefing.articles)
    conflicts = find_conflicts(briefing.statements, claims, briefing.actors, briefing.articles)
    kinds = {a.id: a.kind for a in briefing.actors}
    statements = {(s.source_id, s.sentence_id): s for s in briefing.statements}
    articles = {a.id: a for a in briefing.articles}
    involved_in: dict[str, list[str]] = defaultdict(list)
    for conflict in conflicts:
        for claim_id in dict.fromkeys(conflict.claims):
            involved_in[claim_id].append(conflict.id)
    # a contradiction lists the contradicted single-source claim first
    contradicted_claims = {c.claims[0] for c in conflicts if c.kind == "contradiction" and c.claims}
    graded = []
    for claim in claims:
        evidence = [statements[(e.source_id, e.sentence_id)] for e in claim.evidence]
        claim_origins = tuple(sorted({origins.statement_origin(s, kinds) for s in evidence}))
        involved = tuple(involved_in.get(claim.id, ()))
        contradicted = claim.id in contradicted_claims
        reliabilities = [briefing.reliability(articles[s]) for s in claim.sources]
        grade = credibility(len(claim_origins), bool(involved), contradicted, reliabilities)
        best = min((r.value for r in reliabilities), default=Reliability.F.value)
        graded.append(
            replace(
                claim,
                origins=claim_origins,
                conflicts=involved,
                reliability=best,
                credibility=grade,
            )
        )
    return replace(
        briefing,
        claims=tuple(graded),
        conflicts=tuple(conflicts),
        origins=origins.article_origin,
        agency_copy=origins.agency_copy,
    )
