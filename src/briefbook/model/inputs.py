"""What the analyst writes: the config, article metadata, actors and overrides.

Validated with pydantic models, strict (unknown keys are errors) and frozen. Nothing here
does I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from briefbook.dates import PartialDate
from briefbook.vocabulary import Extension, ExtensionError

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
"""Source and topic ids: lower-case letters, digits, ``_`` and ``-``; safe in paths and labels."""


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


_UNSAFE_IN_URL = re.compile(r'["<>\\^`{|}]')
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")
"""Control characters but the tab (C0, DEL and C1): not text, and not printable in the
PDF."""


def safe_url(url: str) -> str:
    """A URL with the characters URLs may not hold raw (quotes, angle and curly brackets,
    backslash, caret, backtick, bar) percent-encoded, as a browser sends them: the same
    address, which no output (HTML, BibTeX, LaTeX) can take for markup."""
    return _UNSAFE_IN_URL.sub(lambda m: f"%{ord(m.group(0)):02X}", url)


class _Strict(BaseModel):
    model_config = ConfigDict(
        frozen=True, extra="forbid", str_strip_whitespace=True, use_attribute_docstrings=True
    )


_CUE_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*\.?")
CUE_PREFIX_MIN = 3
"""The fewest letters before a ``*``: ``ev*`` would find most of a text."""
GAP = "..."
"""The word of a phrase cue that stands for any few words of the text (``found ... guilty``:
:mod:`briefbook.analyse.cues`)."""


def cue_problem(cue: str) -> str | None:
    """Why ``cue`` is not a cue (None when it is one): the syntax of ``cues``, checked for
    the config and for briefbook's own presets and lexicon alike."""
    if not cue.strip():
        return "an empty cue finds nothing: remove it or write a word"
    words = cue.split()
    if GAP in (words[0], words[-1]) or f" {GAP} {GAP} " in f" {' '.join(words)} ":
        return f"{cue!r}: {GAP!r} stands between two words ('found {GAP} guilty')"
    for word in words:
        if word == GAP:
            continue
        stem = word.removesuffix("*")
        if not stem:
            return f"{cue!r}: a lone '*' would find every word: write letters before it"
        if "*" in stem:
            return f"{cue!r}: '*' may only end a word ('evacuat*')"
        if not _CUE_WORD.fullmatch(stem):
            return f"{cue!r}: {word!r} is not a word (letters and digits, joined by ' - or .)"
        if word.endswith("*") and len(stem) < CUE_PREFIX_MIN:
            return f"{cue!r}: write at least {CUE_PREFIX_MIN} letters before '*'"
    return None


def _cue(cue: str) -> str:
    problem = cue_problem(cue)
    if problem:
        raise ValueError(problem)
    return cue


Cue = Annotated[str, AfterValidator(_cue)]


class Topic(_Strict):
    """One chapter of the briefing: an id, a title, what belongs there and the words that cue it."""

    id: str = Field(pattern=ID_PATTERN)
    """Lower-case letters, digits, ``_`` and ``-``: the chapter's file name and anchor."""
    title: str = Field(min_length=1)
    """The chapter's title."""
    description: str = Field(min_length=1)
    """One sentence on what belongs in the chapter, shown on the landing page."""
    cues: tuple[Cue, ...] = ()
    """Words or phrases whose presence in a sentence points it to this topic: compared
    without case, by word family (``evacuation`` finds "evacuated"), and a word also finds
    compounds it ends (``quake`` finds "earthquake"); ``evacuat*`` matches every word that
    starts with ``evacuat``."""


class BriefingSettings(_Strict):
    """``[briefing]``: what the book is called and who made it."""

    title: str = Field(min_length=1)
    """The book's title."""
    subtitle: OptionalText = None
    """A line under the title (the period and scope, say)."""
    author: OptionalText = None
    """Who prepared the briefing."""
    language: str = Field(default="en", pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    """The book's language, as a language tag (``en``, ``fr``, ``pt-BR``)."""


class Defaults(_Strict):
    """``[defaults]``: what applies when nothing more precise is said."""

    reliability: Reliability = Reliability.F
    """The reliability letter (A-F) of a source whose metadata gives none."""
    topic: str | None = None
    """Topic for statements no cue points to; the first topic when not set."""
    background: str | None = None
    """Topic that a date a year or more before the article's publication points to, as a
    cue found in one sentence would (history and context); none when not set."""
    spoken: str | None = None
    """Topic of an attributed statement ("..., she said") in which, and in whose paragraph, no
    cue points anywhere: where what people say goes (reactions); the default topic when not
    set."""


class BookSettings(_Strict):
    """``[book]``: how the book is laid out."""

    page_items: int = Field(default=200, ge=1)
    """The most claims, figures, quotations, conflicts or actors one page lists
    (in a topic chapter a claim counts once per statement that makes it: its citations and
    evidence fill the page as that many claims would): past it, the page links to one page
    per month, week or day of publication; a topic's day that still has more, to one page
    per party that makes its claims (a day of the
    who's who's statements, to one page per initial of who made them); the who's who, past
    it in actors, to one page per kind of actor, and per initial within a kind. The sources
    index, which lists each article twice, is paged past half of it in articles (the
    overview then links to it instead of listing the sources); the bibliography, whose
    entries are long, past a quarter of it, in pages of at most a sixteenth of it."""


class Config(_Strict):
    """``briefbook.toml``: the briefing's name, its topics, its defaults and the book's
    layout."""

    briefing: BriefingSettings
    """The ``[briefing]`` table."""
    defaults: Defaults = Defaults()
    """The ``[defaults]`` table."""
    book: BookSettings = BookSettings()
    """The ``[book]`` table."""
    topics: tuple[Topic, ...] = Field(min_length=1)
    """The ``[[topics]]`` tables, one per chapter, in the book's order."""
    vocabulary: dict[str, dict[str, Any]] = {}
    """The ``[vocabulary.<file>]`` tables: words this briefing adds to briefbook's own word
    lists (``names``, ``figures``, ``attribution``, ``furniture``, ``claims``...), under the
    same keys as the shipped files; lists are extended, tables gain entries."""

    @field_validator("vocabulary")
    @classmethod
    def _known_vocabulary(cls, value: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        try:
            Extension(value).check()
        except ExtensionError as e:
            raise ValueError(str(e)) from None
        return value

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
        for key, value in (
            ("topic", self.defaults.topic),
            ("background", self.defaults.background),
            ("spoken", self.defaults.spoken),
        ):
            if value is not None and value not in ids:
                raise ValueError(
                    f"defaults.{key}: {value!r} is not one of the topics ({', '.join(ids)})"
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
    """The name the book uses."""
    kind: Literal["person", "government", "agency", "organisation", "outlet", "place"] = "person"
    """What it is; a government is a state, with its capitals and adjectives."""
    aliases: tuple[str, ...] = ()
    """Other names the articles use for it."""
    role: OptionalText = None
    """A person's office or job, shown in the who's who."""
    affiliation: OptionalText = None
    """The state or body it belongs to."""
    capitals: tuple[str, ...] = ()
    """A government's capitals: "Paris denied" is the government speaking."""
    adjectives: tuple[str, ...] = ()
    """A government's adjectives: "French officials" speak for it."""
    metonyms: tuple[str, ...] = ()
    """Buildings that stand for a government ("the Elysee")."""


class ActorsFile(_Strict):
    """``sources/actors.toml``: names briefbook cannot know, and corrections."""

    actor: tuple[ActorEntry, ...] = ()
    """The ``[[actor]]`` tables."""


Note = Annotated[str, Field(min_length=1)]
"""Why the analyst made a correction: shown in the book next to it."""


class SentenceRef(_Strict):
    """One sentence of one article: by its id (``s…``, shown when hovering its tag on the
    source page) or by a piece of its text found in no other sentence of the article."""

    source: str = Field(pattern=ID_PATTERN)
    """The article's id."""
    sentence: str | None = Field(default=None, pattern=r"^s[0-9a-f]{8}(-\d+)?$")
    """The sentence's id, as its tag on the source page shows it."""
    text: str | None = Field(default=None, min_length=3)
    """A piece of the sentence's text, found in no other sentence of the article."""

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
    """The topic to move the statement to."""
    claimant: str | None = Field(default=None, min_length=1)
    """An actor's id or name from the who's who, or ``"reporter"`` for the outlet's own voice."""
    exclude: bool = False
    """Leave the statement out of the briefing (it stays greyed on its source page)."""
    note: Note
    """Why: shown in the book next to the correction."""

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
    """Why: shown in the book next to the correction."""


class MergeOverride(_Strict):
    """Make one claim of several (ids as shown in the chapters: ``c…``)."""

    claims: tuple[Annotated[str, Field(pattern=r"^c[0-9a-f]{8}$")], ...] = Field(min_length=2)
    """The ids of the claims to merge."""
    note: Note
    """Why: shown in the book next to the correction."""


class SourceOverride(_Strict):
    """Grade a source's reliability (Admiralty letter) without editing its metadata."""

    id: str = Field(pattern=ID_PATTERN)
    """The article's id."""
    reliability: Reliability
    """The letter (A-F) to give the source."""
    note: Note
    """Why: shown on the source's page and the methodology page."""


class OverridesFile(_Strict):
    """``sources/overrides.toml``: the analyst's corrections, applied on every generation."""

    statement: tuple[StatementOverride, ...] = ()
    """The ``[[statement]]`` tables."""
    split: tuple[SplitOverride, ...] = ()
    """The ``[[split]]`` tables."""
    merge: tuple[MergeOverride, ...] = ()
    """The ``[[merge]]`` tables."""
    source: tuple[SourceOverride, ...] = ()
    """The ``[[source]]`` tables."""


INFERABLE_FIELDS = ("title", "outlet", "author", "published", "url", "accessed", "language")


class SourceMeta(_Strict):
    """What is known about one article. Unknown stays empty; inferred values say why."""

    id: str = Field(pattern=ID_PATTERN)
    """The file name without its suffix: lower-case letters, digits, ``_`` and ``-``."""
    title: OptionalText = None
    """The headline as published: one line, no control characters."""
    outlet: OptionalText = None
    """The outlet that published it: one line, no control characters."""
    author: OptionalText = None
    """The byline as written: one line, no control characters."""
    published: OptionalDate = None
    """The publication date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; after today, a
    problem for ``check``."""
    url: OptionalText = None
    """The article's address (http or https)."""
    accessed: OptionalDate = None
    """When the analyst retrieved it; never guessed; after today, a problem for ``check``."""
    language: OptionalText = None
    """The article's language (``en``, ``fr``...)."""
    reliability: Reliability | None = None
    """The source's reliability letter (A-F); the default when not set."""
    label: OptionalText = None
    """Short citation label (one line, no control characters); derived from outlet or title
    and year when not given."""
    provenance: OptionalText = None
    """How the article reached the analyst (free text)."""
    inferred: dict[str, str] = Field(default_factory=dict)
    """Field name -> why its value was inferred rather than stated by the article."""

    @field_validator("url")
    @classmethod
    def _http_url(cls, url: str | None) -> str | None:
        if url is None:
            return None
        if _CONTROL.search(url):
            raise ValueError("must not hold control characters")
        if not re.fullmatch(r"https?://[^\s/$.?#][^\s]*", url, flags=re.IGNORECASE):
            raise ValueError("must be an http:// or https:// URL without spaces")
        return safe_url(url)

    @field_validator("title", "outlet", "author", "label")
    @classmethod
    def _one_line(cls, value: str | None) -> str | None:
        if value is not None and ("\n" in value or "\r" in value):
            raise ValueError("must be a single line")
        control = _CONTROL.search(value or "")
        if control:
            raise ValueError(
                f"must not hold control characters (U+{ord(control[0]):04X} at character "
                f"{control.start() + 1})"
            )
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

    def future_dates(self, today: dt.date) -> list[tuple[str, str]]:
        """The dates that cannot be right on ``today``: (field, why) for a publication or
        access date after it. A day is allowed for the time zones: an article dated
        tomorrow where it was published may be today here."""
        latest = today + dt.timedelta(days=1)
        return [
            (name, f"{date.iso()} is after today ({today.isoformat()}): a date to come")
            for name in ("published", "accessed")
            if (date := getattr(self, name)) is not None and date.first_day() > latest
        ]

    def as_data(self) -> dict[str, Any]:
        """Plain JSON-ready data, empty fields left out, dates as ISO strings."""
        out: dict[str, Any] = {}
        for name in type(self).model_fields:
            value = getattr(self, name)
            if value is None or value == {}:
                continue
            out[name] = jsonable(value)
        return out


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
