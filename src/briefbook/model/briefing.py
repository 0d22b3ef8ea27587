"""What the analysis of the whole corpus derives: claims, conflicts, overrides, the Briefing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from briefbook.model.inputs import Reliability
from briefbook.model.reading import Qualifier, ReadCorpus

Stance = Literal["asserts", "denies"]
"""A statement or claim asserts, or denies (a denial, or a negated assertion)."""
ConflictKind = Literal["figures", "denial-vs-no-comment", "contradiction", "stance"]
MergeBasis = Literal["wording", "paraphrase", "analyst"]
"""Why a statement joined a claim: nearly the same words as another of its statements, a
paraphrase with the same figure or claimant, or the analyst's merge."""


@dataclass(frozen=True, slots=True)
class Evidence:
    source_id: str
    sentence_id: str
    text: str
    claimant: str | None
    cue: str
    basis: MergeBasis | None = None
    """Why it joined its claim (None for the statement the claim was built around)."""
    why: str = ""
    """The same, in words, naming the source id of the statement it matched."""
    partner: str | None = None
    """The source id of the statement it matched (None for the statement the claim was built
    around): the book names that article by its outlet and date (``book.markup.merge_note``)."""


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
    """One figure as one statement gives it (see ``analyse/figure_reports``)."""

    value: float
    qualifier: Qualifier
    counts: str
    source_id: str
    sentence_id: str
    claimant: str | None
    as_of: str
    """The day (or month) it holds for: a date in its clause, else its article's date."""
    kind: str = "count"
    unit: str = ""
    high: float | None = None
    subject: tuple[str, ...] = ()
    """Names of the places named in its clause: where it is about ("" when not said)."""
    text: str = ""
    """The words that give it ("at least 95 people")."""


@dataclass(frozen=True, slots=True)
class FigureSeries:
    """Successive values of one quantity over time (a rising toll, a revised magnitude):
    a trend, not a dispute."""

    id: str
    kind: str
    unit: str
    about: str
    reports: tuple[FigureReport, ...]
    """In order of their as-of dates."""


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
    series: tuple[FigureSeries, ...] = ()
    origins: dict[str, str] = field(default_factory=dict)
    """Source id -> origin id: articles that share their text share an origin."""
    agency_copy: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def of(cls, corpus: ReadCorpus, **assessed: Any) -> Briefing:
        """The briefing of a read corpus, with what its assessment found."""
        fields = {f: getattr(corpus, f) for f in ReadCorpus.__dataclass_fields__}
        fields.pop("actor_index")
        fields.pop("article_index")
        return cls(**fields, **assessed)
