"""What the analysis of the whole corpus derives: claims, conflicts, overrides, the Briefing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from briefbook.model.inputs import Reliability
from briefbook.model.reading import Qualifier, ReadCorpus

Stance = Literal["asserts", "denies"]
"""A statement or claim asserts, or denies (a denial, or a negated assertion)."""
ConflictKind = Literal["figures", "denial-vs-no-comment", "contradiction"]


@dataclass(frozen=True, slots=True)
class Evidence:
    source_id: str
    sentence_id: str
    text: str
    claimant: str | None
    cue: str


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    topic: str
    wording: str
    """A real sentence, verbatim, from ``wording_source``."""
    wording_source: str
    wording_sentence: str
    evidence: tuple[Evidence, ...]
    sources: tuple[str, ...]
    stance: Stance
    figures: tuple[float, ...]
    origins: tuple[str, ...] = ()
    """Independent origins of its evidence (see ``independence``)."""
    conflicts: tuple[str, ...] = ()
    reliability: Reliability = Reliability.F
    """The best reliability grade among its sources."""
    credibility: int = 6
    overrides: tuple[str, ...] = ()
    """The analyst's merges and splits that made it, in words."""

    @property
    def claimants(self) -> tuple[str, ...]:
        return tuple(sorted({e.claimant for e in self.evidence if e.claimant}))


@dataclass(frozen=True, slots=True)
class FigureReport:
    value: float
    qualifier: Qualifier
    counts: str
    source_id: str
    sentence_id: str
    claimant: str | None
    as_of: str


@dataclass(frozen=True, slots=True)
class Conflict:
    id: str
    kind: ConflictKind
    about: str
    claims: tuple[str, ...]
    statements: tuple[tuple[str, str], ...]
    """(source id, sentence id) of every statement involved."""
    figures: tuple[FigureReport, ...] = ()


@dataclass(frozen=True, slots=True)
class Briefing(ReadCorpus):
    """The corpus assessed: claims merged from its statements, their origins, the conflicts
    between sources and the grades. Everything the book is written from."""

    claims: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    origins: dict[str, str] = field(default_factory=dict)
    """Source id -> origin id: articles that share their text share an origin."""
    agency_copy: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def of(cls, corpus: ReadCorpus, **assessed: Any) -> Briefing:
        """The briefing of a read corpus, with what its assessment found."""
        fields = {f: getattr(corpus, f) for f in ReadCorpus.__dataclass_fields__}
        fields.pop("actor_index")
        return cls(**fields, **assessed)
