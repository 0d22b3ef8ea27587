"""The data that flows through the pipeline.

Input (config and article metadata) is validated with pydantic models; everything the
pipeline derives from it is a frozen dataclass. Nothing here does I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
"""Source and topic ids: lower-case letters, digits, ``_`` and ``-``; safe in paths and labels."""

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int):
            value = str(value)
        if not isinstance(value, str):
            raise ValueError("must be a date written YYYY, YYYY-MM or YYYY-MM-DD")
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
        if not m:
            raise ValueError(f"{value!r} is not a date written YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(g) if g else None for g in m.groups())
        assert year is not None
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"{value!r} has no month {month}")
        if day is not None:
            assert month is not None
            dt.date(year, month, day)  # raises ValueError for 2024-02-30
        return cls(year, month, day)

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def sort_key(self) -> tuple[int, int, int]:
        """Orders dates; a month sorts before its days, a year before its months."""
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key() < other.sort_key()

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def human(self) -> str:
        """``24 October 2024``, ``October 2024`` or ``2024``."""
        if self.month is None:
            return str(self.year)
        month = MONTHS[self.month - 1]
        if self.day is None:
            return f"{month} {self.year}"
        return f"{self.day} {month} {self.year}"

    def __str__(self) -> str:
        return self.iso()


def _blank_to_none(value: object) -> object:
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _parse_date(value: object) -> PartialDate | None:
    value = _blank_to_none(value)
    return None if value is None else PartialDate.parse(value)


OptionalText = Annotated[str | None, BeforeValidator(_blank_to_none)]
OptionalDate = Annotated[PartialDate | None, BeforeValidator(_parse_date)]


class Reliability(StrEnum):
    """Source reliability, the letter of the Admiralty grading (A-F)."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Topic(_Strict):
    """One chapter of the briefing: an id, a title, what belongs there and the words that cue it."""

    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    description: str = Field(min_length=1)
    cues: tuple[str, ...] = ()
    """Words or phrases whose presence in a sentence suggests this topic (case-insensitive)."""


class BriefingSettings(_Strict):
    title: str = Field(min_length=1)
    subtitle: OptionalText = None
    author: OptionalText = None
    language: str = Field(default="en", pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


class Defaults(_Strict):
    reliability: Reliability = Reliability.F
    topic: str | None = None
    """Topic for statements no cue points to; the first topic when not set."""


class BookSettings(_Strict):
    page_items: int = Field(default=200, ge=1)
    """The most claims, figures, quotations, conflicts or sources one page lists: past it,
    the page links to one page per month, week or day of publication (``paging``)."""


class Config(_Strict):
    """``briefbook.toml``: the briefing's name, its topics, its defaults and the book's
    layout."""

    briefing: BriefingSettings
    defaults: Defaults = Defaults()
    book: BookSettings = BookSettings()
    topics: tuple[Topic, ...] = Field(min_length=1)

    @field_validator("topics")
    @classmethod
    def _unique_topics(cls, topics: tuple[Topic, ...]) -> tuple[Topic, ...]:
        seen: set[str] = set()
        for topic in topics:
            if topic.id in seen:
                raise ValueError(f"topic id {topic.id!r} is used twice")
            seen.add(topic.id)
        return topics

    @model_validator(mode="after")
    def _default_topic_known(self) -> Config:
        ids = [t.id for t in self.topics]
        if self.defaults.topic is not None and self.defaults.topic not in ids:
            raise ValueError(
                f"defaults.topic: {self.defaults.topic!r} is not one of the topics "
                f"({', '.join(ids)})"
            )
        return self

    @property
    def default_topic(self) -> str:
        return self.defaults.topic or self.topics[0].id

    def topic(self, topic_id: str) -> Topic:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)


class ActorEntry(_Strict):
    """One entry of the analyst's ``sources/actors.toml``."""

    name: str = Field(min_length=1)
    kind: Literal["person", "government", "agency", "organisation", "outlet", "place"] = "person"
    aliases: tuple[str, ...] = ()
    role: OptionalText = None
    affiliation: OptionalText = None
    capitals: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()


class ActorsFile(_Strict):
    actor: tuple[ActorEntry, ...] = ()


Note = Annotated[str, Field(min_length=1)]
"""Why the analyst made a correction: shown in the book next to it."""


class SentenceRef(_Strict):
    """One sentence of one article: by its id (``s…``, shown when hovering its tag on the
    source page) or by a piece of its text found in no other sentence of the article."""

    source: str = Field(pattern=ID_PATTERN)
    sentence: str | None = Field(default=None, pattern=r"^s[0-9a-f]{8}(-\d+)?$")
    text: str | None = Field(default=None, min_length=3)

    @model_validator(mode="after")
    def _one_way(self) -> SentenceRef:
        if (self.sentence is None) == (self.text is None):
            raise ValueError("sentence: give either `sentence` (its id) or `text`, not both")
        return self

    def describe(self) -> str:
        return f"{self.source} {self.sentence or repr(self.text)}"


class StatementOverride(SentenceRef):
    """Move a statement to another topic, give it another claimant, or leave it out."""

    topic: str | None = Field(default=None, pattern=ID_PATTERN)
    claimant: str | None = Field(default=None, min_length=1)
    """An actor's id or name from the who's who, or ``"reporter"`` for the outlet's own voice."""
    exclude: bool = False
    note: Note

    @model_validator(mode="after")
    def _one_change(self) -> StatementOverride:
        if self.exclude and (self.topic or self.claimant):
            raise ValueError("exclude: an excluded statement takes no topic or claimant")
        if not (self.exclude or self.topic or self.claimant):
            raise ValueError("topic: say what to change: `topic`, `claimant` or `exclude = true`")
        return self


class SplitOverride(SentenceRef):
    """Take a statement out of the claim it was merged into: it becomes a claim of its own."""

    note: Note


class MergeOverride(_Strict):
    """Make one claim of several (ids as shown in the chapters: ``c…``)."""

    claims: tuple[Annotated[str, Field(pattern=r"^c[0-9a-f]{8}$")], ...] = Field(min_length=2)
    note: Note


class SourceOverride(_Strict):
    """Grade a source's reliability (Admiralty letter) without editing its metadata."""

    id: str = Field(pattern=ID_PATTERN)
    reliability: Reliability
    note: Note


class OverridesFile(_Strict):
    """``sources/overrides.toml``: the analyst's corrections, applied on every generation."""

    statement: tuple[StatementOverride, ...] = ()
    split: tuple[SplitOverride, ...] = ()
    merge: tuple[MergeOverride, ...] = ()
    source: tuple[SourceOverride, ...] = ()


INFERABLE_FIELDS = ("title", "outlet", "author", "published", "url", "accessed", "language")


class SourceMeta(_Strict):
    """What is known about one article. Unknown stays empty; inferred values say why."""

    id: str = Field(pattern=ID_PATTERN)
    title: OptionalText = None
    outlet: OptionalText = None
    author: OptionalText = None
    published: OptionalDate = None
    url: OptionalText = None
    accessed: OptionalDate = None
    language: OptionalText = None
    reliability: Reliability | None = None
    label: OptionalText = None
    """Short citation label; derived from outlet or title and year when not given."""
    provenance: OptionalText = None
    """How the article reached the analyst (free text)."""
    inferred: dict[str, str] = Field(default_factory=dict)
    """Field name -> why its value was inferred rather than stated by the article."""

    @field_validator("url")
    @classmethod
    def _http_url(cls, url: str | None) -> str | None:
        if url is None:
            return None
        if not re.fullmatch(r"https?://[^\s/$.?#][^\s]*", url, flags=re.IGNORECASE):
            raise ValueError("must be an http:// or https:// URL without spaces")
        return url

    @field_validator("title", "outlet", "author", "label")
    @classmethod
    def _one_line(cls, value: str | None) -> str | None:
        if value is not None and ("\n" in value or "\r" in value):
            raise ValueError("must be a single line")
        return value

    @model_validator(mode="after")
    def _inferred_fields_exist(self) -> SourceMeta:
        for name, reason in self.inferred.items():
            if name not in INFERABLE_FIELDS:
                raise ValueError(
                    f"inferred.{name}: not a metadata field; "
                    f"use one of {', '.join(INFERABLE_FIELDS)}"
                )
            if getattr(self, name) is None:
                raise ValueError(f"inferred.{name}: marked inferred but {name} has no value")
            if not reason.strip():
                raise ValueError(f"inferred.{name}: give the reason the value was inferred")
        return self

    def is_inferred(self, name: str) -> bool:
        return name in self.inferred

    def as_data(self) -> dict[str, Any]:
        """Plain JSON-ready data, empty fields left out, dates as ISO strings."""
        out: dict[str, Any] = {}
        for name in type(self).model_fields:
            value = getattr(self, name)
            if value is None or value == {}:
                continue
            out[name] = jsonable(value)
        return out


# --- what the pipeline derives ------------------------------------------------------------


class Kind(StrEnum):
    """What kind of actor or thing a name stands for."""

    PERSON = "person"
    GOVERNMENT = "government"
    AGENCY = "agency"
    ORGANISATION = "organisation"
    OUTLET = "outlet"
    PLACE = "place"
    GROUP = "group"


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a name in an article."""

    source_id: str
    sentence_id: str
    start: int
    end: int
    text: str
    """The name as written, without title or possessive."""
    kind: Kind
    role: str | None = None
    affiliation: str | None = None
    canonical: str | None = None
    """A name the gazetteer gives it (the state for "Seoul"), if any."""
    in_role: bool = False
    """Part of another mention's title ("U.S. State Department spokesperson Vedant Patel")."""
    honorific: str | None = None
    """Mr, Ms, Dr... written before the name (not part of the role)."""
    weak: bool = False
    """A lone capitalised word that is only a name if it resolves to one ("Roughly", "Kirby")."""
    span_start: int = -1
    """Where the whole phrase (title included) begins."""

    @property
    def id(self) -> str:
        return f"{self.source_id}/{self.sentence_id}/{self.start}"


@dataclass(frozen=True, slots=True)
class Actor:
    """One canonical actor, with every name used for it and every mention."""

    id: str
    name: str
    kind: Kind
    role: str | None
    affiliation: str | None
    aliases: tuple[str, ...]
    mentions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str
    value: float
    counts: str
    qualifier: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DateExpression:
    text: str
    resolved: str
    """ISO date, month or year; empty when it cannot be worked out."""
    precision: str
    """``day``, ``month``, ``year`` or ``unresolved``."""
    start: int
    end: int


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list-item"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a boilerplate fragment) of an article, located by character offsets."""

    id: str
    """Stable within the article: derived from the text, not the position."""
    start: int
    end: int
    text: str
    boilerplate: str | None = None
    """Why this is not reporting (``byline``, ``promotion``...), or None for reporting."""


@dataclass(frozen=True, slots=True)
class Block:
    """A line-level block of an article: a paragraph, a heading or a list item."""

    id: str
    kind: BlockKind
    start: int
    end: int
    sentences: tuple[Sentence, ...]
    boilerplate: str | None = None


@dataclass(frozen=True, slots=True)
class TopicAssignment:
    topic: str
    confidence: float
    evidence: tuple[str, ...]
    """The cues that decided it (empty when the default topic was used)."""
    also: tuple[str, ...] = ()
    """Other topics the statement really spans."""
    filler: bool = False
    """Carries no information of its own (no cue, actor or figure)."""
    analyst: bool = False
    """Set by an analyst override rather than by cues."""


@dataclass(frozen=True, slots=True)
class Statement:
    """A reporting sentence, ready to go into a topic chapter."""

    source_id: str
    sentence_id: str
    text: str
    block_index: int
    sentence_index: int
    topic: TopicAssignment
    claimant: str | None = None
    """Actor id of who asserts it; None when it is the outlet's own voice."""
    cue: str = ""
    """The word that attributes it (said, warned, according to...)."""
    quote: bool = False
    """Contains a direct quotation (of the claimant)."""
    via_pronoun: bool = False
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateExpression, ...] = ()
    mentions: tuple[str, ...] = ()
    """Ids of the mentions in it."""
    start: int = 0
    """Offset of the sentence in the article's text."""
    overrides: tuple[str, ...] = ()
    """The analyst's corrections to it, in words (shown with a mark in the book)."""


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
class Article:
    """One source: its metadata, its exact text and how the pipeline read it."""

    meta: SourceMeta
    text: str
    blocks: tuple[Block, ...]
    path: str
    """Path of the text file, relative to the project root."""
    sha256: str

    @property
    def id(self) -> str:
        return self.meta.id


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
    """Every analyst override, applied or not (see ``briefbook.overrides``)."""
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


def jsonable(value: Any) -> Any:
    """Turn model values into JSON-ready data (dates as ISO strings, enums as values)."""
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value
