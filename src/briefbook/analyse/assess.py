"""From statements to graded claims: merge, trace origins, find conflicts, grade.

Runs after the reading of each article (``pipeline``); pure: a read corpus in, a Briefing
with claims, conflicts, origins and grades out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from briefbook.analyse.claims import join, merge, name_words, named_claimants
from briefbook.analyse.conflicts import find_conflicts
from briefbook.analyse.grading import credibility
from briefbook.analyse.independence import find_origins
from briefbook.analyse.overrides import claim_constraints, merge_outcomes
from briefbook.model import Briefing, Claim, OverridesFile, ReadCorpus, Reliability


def _claims(briefing: ReadCorpus, overrides: OverridesFile) -> tuple[list[Claim], ReadCorpus]:
    """Merge statements into claims, with the analyst's splits and merges."""
    apart, outcomes = claim_constraints(briefing, overrides)
    claims = merge(
        briefing.statements,
        apart=apart,
        names=name_words(briefing.actors),
        named=named_claimants(briefing.actors),
        published={
            a.id: a.meta.published.iso() if a.meta.published else "" for a in briefing.articles
        },
    )
    if overrides.merge:
        ids = {c.id for c in claims}
        claims, made_of = join(claims, briefing.statements, [m.claims for m in overrides.merge])
        outcomes += merge_outcomes(overrides, ids)
        notes = {c: m.note for m in overrides.merge for c in m.claims}
        claims = [
            replace(c, overrides=(f"merged by the analyst: {notes[made_of[c.id][0]]}",))
            if c.id in made_of
            else c
            for c in claims
        ]
    claims = [
        replace(c, overrides=(*c.overrides, f"kept apart by the analyst: {apart[first]}"))
        if (first := (c.evidence[0].source_id, c.evidence[0].sentence_id)) in apart
        else c
        for c in claims
    ]
    return claims, replace(briefing, overrides=(*briefing.overrides, *outcomes))


def assess(briefing: ReadCorpus, overrides: OverridesFile | None = None) -> Briefing:
    """Claims, origins, conflicts and grades, with the analyst's claim overrides applied."""
    claims, briefing = _claims(briefing, overrides or OverridesFile())
    origins = find_origins(briefing.articles, briefing.statements)
    conflicts, series = find_conflicts(briefing, claims)
    kinds = {a.id: a.kind for a in briefing.actors}
    statements = {(s.source_id, s.sentence_id): s for s in briefing.statements}
    articles = {a.id: a for a in briefing.articles}
    involved_in: dict[str, list[str]] = defaultdict(list)
    for conflict in conflicts:
        for claim_id in dict.fromkeys(conflict.claims):
            involved_in[claim_id].append(conflict.id)
    disputed = {
        c.id: {(f.kind, f.value) for f in c.figures} for c in conflicts if c.kind == "figures"
    }
    # a contradiction lists the contradicted single-source claim first
    contradicted_claims = {c.claims[0] for c in conflicts if c.kind == "contradiction" and c.claims}
    graded = []
    for claim in claims:
        evidence = [statements[(e.source_id, e.sentence_id)] for e in claim.evidence]
        origin = {
            e: origins.statement_origin(s, kinds)
            for e, s in zip(claim.evidence, evidence, strict=True)
        }
        claim_origins = tuple(sorted(set(origin.values())))
        firm = {o for e, o in origin.items() if e.basis != "paraphrase"}
        loose = {o for e, o in origin.items() if e.basis == "paraphrase"} - firm
        wording = statements[(claim.wording_source, claim.wording_sentence)]
        own = {(q.kind, q.value) for q in wording.quantities}
        involved = tuple(
            x for x in involved_in.get(claim.id, ()) if x not in disputed or disputed[x] & own
        )  # a figure dispute counts against a claim only if the claim gives a disputed figure
        contradicted = claim.id in contradicted_claims
        reliabilities = [briefing.reliability(articles[s]) for s in claim.sources]
        grade = credibility(len(firm), bool(involved), contradicted, reliabilities, len(loose))
        best = Reliability(min((r.value for r in reliabilities), default=Reliability.F.value))
        graded.append(
            replace(
                claim,
                origins=claim_origins,
                conflicts=involved,
                reliability=best,
                credibility=grade,
            )
        )
    return Briefing.of(
        briefing,
        claims=tuple(graded),
        conflicts=tuple(conflicts),
        series=tuple(series),
        origins=origins.article_origin,
        agency_copy=origins.agency_copy,
    )
