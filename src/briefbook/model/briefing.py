"""What the analysis of the whole corpus derives: claims, conflicts, overrides, the Briefing."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefbook.model.inputs import Config, Reliability
from briefbook.model.reading import Actor, Article, Mention, Statement


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
    stance: str
    figures: tuple[float, ...]
    origins: tuple[str, ...] = ()
    """Independent origins of its evidence (see ``independence``)."""
    conflicts: tuple[str, ...] = ()
    reliability: str = "F"
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
    qualifier: str
    counts: str
    source_id: str
    sentence_id: str
    claimant: str | None
    as_of: str


@dataclass(frozen=True, slots=True)
class Conflict:
    id: str
    kind: str
    about: str
    claims: tuple[str, ...]
    statements: tuple[tuple[str, str], ...]
    """(source id, sentence id) of every statement involved."""
    figures: tuple[FigureReport, ...] = ()


@dataclass(frozen=True, slots=True)
class Override:
    """One entry of the overrides file and what became of it."""

    kind: str
    """``statement``, ``split``, ``merge`` or ``source``: the table it is in."""
    number: int
    """Its place among the entries of that kind, from 1."""
    target: str
    """What it names, in words."""
    change: str
    """What it does, in words."""
    note: str
    stale: str | None = None
    """Why it matches nothing any more (None when it was applied)."""


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything the renderer needs."""

    config: Config
    articles: tuple[Article, ...]
    statements: tuple[Statement, ...]
    labels: dict[str, str] = field(default_factory=dict)
    """Source id -> unique short citation label."""
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    mention_actor: dict[str, str] = field(default_factory=dict)
    """Mention id -> actor id."""
    claims: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    origins: dict[str, str] = field(default_factory=dict)
    """Source id -> origin id: articles that share their text share an origin."""
    agency_copy: dict[str, bool] = field(default_factory=dict)
    overrides: tuple[Override, ...] = ()
    """Every analyst override, applied or not (see ``briefbook.analyse.overrides``)."""
    excluded: dict[tuple[str, str], str] = field(default_factory=dict)
    """(source id, sentence id) -> the analyst's note, for statements left out."""
    graded: dict[str, Reliability] = field(default_factory=dict)
    """Source id -> reliability set by an override."""

    actor_index: dict[str, Actor] = field(default_factory=dict, compare=False, repr=False)
    """Actor id -> actor, filled in from ``actors``."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "actor_index", {a.id: a for a in self.actors})

    def actor(self, actor_id: str) -> Actor:
        return self.actor_index[actor_id]

    def reliability(self, article: Article) -> Reliability:
        return (
            self.graded.get(article.id)
            or article.meta.reliability
            or self.config.defaults.reliability
        )
