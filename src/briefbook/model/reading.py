"""What reading the articles derives: blocks, sentences, mentions, figures, statements.

Frozen dataclasses, one article's reading (``Article``, ``Statement``) and the actors that
the corpus's mentions resolve to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from briefbook.model.inputs import Config, Reliability, SourceMeta

Qualifier = Literal[
    "exactly", "about", "nearly", "up to", "at least", "more than", "fewer than", "total",
    "additional", "each", "range",
]  # fmt: skip
"""How a figure is given: "about 3,000", "up to 12,000", "two brigades of 6,000 each"."""
DatePrecision = Literal["day", "month", "year", "unresolved"]
DateRelation = Literal["on", "since", "until", "by", "of"]


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
    """A name the gazetteer gives it (the state for "Paris"), if any."""
    in_role: bool = False
    """Part of another mention's title ("U.S. State Department spokesperson Vedant Patel")."""
    honorific: str | None = None
    """Mr, Ms, Dr... written before the name (not part of the role)."""
    weak: bool = False
    """A lone capitalised word that is only a name if it resolves to one ("Roughly", "Okafor")."""
    span_start: int = -1
    """Where the whole phrase (title included) begins."""
    bare: bool = False
    """A person's name with nothing in its sentence that shows it is a person's: no title,
    role, honorific, age, "who", verb of speech or "according to". Such a name is listed
    as a person only if another mention of the same person shows it."""
    owner: bool = False
    """A state's name used only to say whose something is: before a noun it qualifies ("the
    US firm", "US-based") or a body's name ("the Freedonia Coast Guard"); or a place's name
    made an adjective ("Saltford-based"). A state or a place named only so is not listed in
    the who's who."""

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
    """A figure: a number, what it counts and how it is given."""

    text: str
    value: float
    counts: str
    """What it counts, in the article's words ("North Korean soldiers")."""
    qualifier: Qualifier
    start: int
    end: int
    kind: str = "count"
    """What it counts, normalised ("deaths", "troops", "money", "duration"...; see
    ``read/figures``); "count" when the lexicon knows nothing of it."""
    unit: str = ""
    """"" for a count; "%", "km", "days", "USD"..."""
    high: float | None = None
    """The upper end of a range ("11,000 to 12,000"), else None."""


@dataclass(frozen=True, slots=True)
class DateExpression:
    text: str
    resolved: str
    """ISO date, month or year; empty when it cannot be worked out."""
    precision: DatePrecision
    start: int
    end: int
    relation: DateRelation = "on"
    """``since``, ``until`` or ``by`` a date, or ``on`` it: only the last is an event; ``of``
    a thing the sentence names by its date ("the 2022 collapse"), not the sentence's
    event."""
    estimate: str = ""
    """In an article with no publication day, for a date told from it ("on Tuesday",
    "yesterday", "last month") that therefore cannot be worked out (``resolved`` is empty
    or only as precise as the page's month): the ISO date, month or year it stands for if
    the article is of the day the briefing's other reports suggest (``analyse.dating``).
    Never reported; the later stages that compare figures and statements by their time
    read it (``read.dates.estimated``)."""


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
    near: tuple[str, ...] = ()
    """Other topics its own cues score nearly as high (:data:`.topics.SPEAKER_EVEN`): cues
    that do not tell them apart, where who speaks may (:func:`.topics.by_speaker`)."""


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
    silent: str | None = None
    """Actor id of the party the outlet says did not comment or respond ("Acme declined to
    comment"): not the claimant (the sentence is the outlet's), but the party whose silence a
    denial elsewhere may contradict."""
    acted: str | None = None
    """Actor id of the party whose act the outlet tells in its own voice ("President Ana
    Vale declared a state of emergency"): not the claimant (the sentence cites no one), but
    the party the act is of, so that the act and that party's own account of it ("... ,
    saying the floods were the worst in decades") are one speaker's fact when merging."""


@dataclass(frozen=True, slots=True)
class Article:
    """One source: its metadata, its exact text and how the pipeline read it."""

    meta: SourceMeta
    text: str
    blocks: tuple[Block, ...]
    path: str
    """Path of the text file, relative to the project root."""
    sha256: str
    language: str = "en"
    """The language its text is written in (detected; see ``briefbook.read.language``)."""
    read: bool = True
    """Whether its statements were read: briefbook's reading rules are English only."""

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
class ReadCorpus:
    """Every article read and each reporting sentence a statement, with its claimant and
    topic and the analyst's statement overrides applied: the corpus before claims exist."""

    config: Config
    articles: tuple[Article, ...]
    statements: tuple[Statement, ...]
    labels: dict[str, str] = field(default_factory=dict)
    """Source id -> unique short citation label."""
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    mention_actor: dict[str, str] = field(default_factory=dict)
    """Mention id -> actor id."""
    overrides: tuple[Override, ...] = ()
    """Every analyst override, applied or not (see ``briefbook.analyse.overrides``)."""
    excluded: dict[tuple[str, str], str] = field(default_factory=dict)
    """(source id, sentence id) -> the analyst's note, for statements left out."""
    graded: dict[str, Reliability] = field(default_factory=dict)
    """Source id -> reliability set by an override."""

    actor_index: dict[str, Actor] = field(default_factory=dict, compare=False, repr=False)
    """Actor id -> actor, filled in from ``actors``."""
    article_index: dict[str, Article] = field(default_factory=dict, compare=False, repr=False)
    """Source id -> article, filled in from ``articles``."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "actor_index", {a.id: a for a in self.actors})
        object.__setattr__(self, "article_index", {a.id: a for a in self.articles})

    def actor(self, actor_id: str) -> Actor:
        return self.actor_index[actor_id]

    def reliability(self, article: Article) -> Reliability:
        return (
            self.graded.get(article.id)
            or article.meta.reliability
            or self.config.defaults.reliability
        )
