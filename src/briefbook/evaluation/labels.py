"""The gold labels' types: one corpus's event, its sentences, entities, figures, dates,
same-fact clusters, disputes and series, and the closed sets they are written with
(``tests/gold/README.md`` is the format)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from briefbook.read.names import slug

Split = Literal["dev", "test"]
ConfigMode = Literal["init", "project"]
EventKind = Literal[
    "armed conflict",
    "natural disaster",
    "politics or election",
    "business or company",
    "court or crime",
    "protest or strike",
    "public health",
    "accident",
]
FurnitureKind = Literal[
    "headline",
    "subheading",
    "byline",
    "dateline",
    "caption",
    "credit",
    "syndication",
    "label",
    "promotion",
    "related",
    "navigation",
    "embedded",
    "other",
]
EntityKind = Literal[
    "person",
    "government",
    "agency",
    "organisation",
    "company",
    "court",
    "outlet",
    "group",
    "place",
]
FigureKind = Literal[
    "deaths",
    "injured",
    "missing",
    "rescued",
    "displaced",
    "affected",
    "detained",
    "troops",
    "casualties",
    "cases",
    "doses",
    "people",
    "buildings",
    "vehicles",
    "customers",
    "devices",
    "flights",
    "magnitude",
    "depth",
    "distance",
    "area",
    "speed",
    "rainfall",
    "temperature",
    "money",
    "share",
    "duration",
    "votes",
    "seats",
    "count",
]
Qualifier = Literal["exactly", "about", "at least", "more than", "up to", "fewer than", "range"]
Precision = Literal["day", "month", "year", "unresolved"]
Relation = Literal["on", "since", "until", "by"]
DisputeKind = Literal["figure", "stance"]

OUTLET = "(outlet)"
"""The claimant of a sentence in the outlet's own voice."""
FILLER = "filler"
"""The topic of a sentence that carries no information."""

"""What may stand between labelled sentences: space, list markers and Markdown marks."""


@dataclass(frozen=True, slots=True)
class Event:
    """A corpus: what it is about, which split it is in, and the taxonomy a user would give."""

    name: str
    title: str
    kind: EventKind
    split: Split
    corpus: str
    """The folder holding ``sources/articles/``, relative to the repository root."""
    config: ConfigMode
    topics: tuple[str, ...]
    """Topic names as a user would type them into ``briefbook init --topics``."""
    preset: str = ""
    """The preset for the event's kind (``briefbook init --preset``)."""
    languages: tuple[str, ...] = ()
    notes: str = ""

    @property
    def topic_ids(self) -> tuple[str, ...]:
        return tuple(slug(name, f"topic-{n}") for n, name in enumerate(self.topics, 1))


@dataclass(frozen=True, slots=True)
class GoldSentence:
    source: str
    start: int
    end: int
    text: str
    furniture: FurnitureKind | None
    topics: tuple[str, ...] = ()
    claimant: str = ""
    cue: str = ""
    quote: bool = False
    preset_topics: tuple[str, ...] = ()
    """Its topics in the taxonomy of the event's preset, best first (or filler)."""

    @property
    def statement(self) -> bool:
        return self.furniture is None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    source: str
    language: str
    sentences: tuple[GoldSentence, ...]


@dataclass(frozen=True, slots=True)
class GoldEntity:
    name: str
    kind: EntityKind
    role: str
    affiliation: str
    forms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldFigure:
    source: str
    text: str
    value: float
    high: float
    unit: str
    kind: FigureKind
    counts: str
    qualifier: Qualifier
    as_of: str
    claimant: str
    subject: str


@dataclass(frozen=True, slots=True)
class GoldDate:
    source: str
    text: str
    resolved: str
    precision: Precision
    relation: Relation


Member = tuple[str, str]
"""(source id, exact text of a statement)."""


@dataclass(frozen=True, slots=True)
class Cluster:
    fact: str
    members: tuple[Member, ...]


@dataclass(frozen=True, slots=True)
class Dispute:
    kind: DisputeKind
    about: str
    members: tuple[Member, ...]
    figure_kind: str = ""


@dataclass(frozen=True, slots=True)
class Series:
    figure_kind: str
    about: str
    members: tuple[Member, ...]


@dataclass(slots=True)
class Gold:
    event: Event
    articles: dict[str, GoldArticle] = field(default_factory=dict)
    entities: list[GoldEntity] = field(default_factory=list)
    not_entities: tuple[str, ...] = ()
    figures: list[GoldFigure] = field(default_factory=list)
    dates: list[GoldDate] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)

    @property
    def sentences(self) -> list[GoldSentence]:
        return [s for a in self.articles.values() for s in a.sentences]

    def language(self, source: str) -> str:
        article = self.articles.get(source)
        return article.language if article else ""
