"""Reading one article on its own: segments, furniture, and the mentions, figures and dates
of its reporting sentences. Pure and cacheable: the result depends on nothing but the
article, its metadata, the gazetteer, the briefing's own words (``[vocabulary]``) and
briefbook's code and data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from briefbook.model import (
    Article,
    Block,
    BlockKind,
    DateExpression,
    Mention,
    PartialDate,
    Quantity,
    Sentence,
)
from briefbook.project import cache
from briefbook.project.codec import from_data, to_data
from briefbook.project.load import RawArticle
from briefbook.read import figures
from briefbook.read.dates import (
    entry_labels,
    figure_free,
    last_day,
    news_day,
    open_quote,
    reference,
    resolve_dates,
    speaking_day,
    with_estimates,
)
from briefbook.read.furniture import classify, reporting_after, sentence_furniture
from briefbook.read.gazetteer import Gazetteer
from briefbook.read.language import READ, language_of
from briefbook.read.mentions import defined_acronyms, find_mentions
from briefbook.read.numbers import name_numbers
from briefbook.read.pronouns import READ_AFTER, as_people, shown_by_pronoun
from briefbook.read.segment import LIST_MARKER, split_blocks, split_sentences, stable_ids
from briefbook.vocabulary import vocabulary_key


def read_article(raw: RawArticle, path: str) -> Article:
    """Segment one article and mark its boilerplate."""
    text = raw.text
    blocks = split_blocks(text)
    verdicts = classify(text, blocks, raw.meta)
    block_ids = stable_ids("p", (text[b.start : b.end] for b in blocks))
    spans_per_block = []
    going_on = reporting_after(text, blocks, verdicts)
    for block, verdict, more in zip(blocks, verdicts, going_on, strict=True):
        spans: list[tuple[int, int, str | None]] = []
        start = block.start
        if verdict.lead_end is not None:
            lead = text[block.start : verdict.lead_end].rstrip()
            spans.append((block.start, block.start + len(lead), verdict.lead_reason))
            start = verdict.lead_end
        marker = (
            LIST_MARKER.match(text, start, block.end) if block.kind == BlockKind.LIST_ITEM else None
        )
        if marker:
            start = marker.end()
        if verdict.heading or block.kind == BlockKind.LIST_ITEM:
            spans.append((start, block.end, verdict.boilerplate))
        else:
            spans += [
                (
                    s.start,
                    s.end,
                    verdict.boilerplate
                    or sentence_furniture(
                        text[s.start : s.end],
                        more,
                        s.end < block.end and not text[s.end].isspace(),
                        text[block.start : s.start],
                    )
                    or (verdict.glued_reason if s.start in verdict.glued else None),
                )
                for s in split_sentences(text, start, block.end)
            ]
        spans_per_block.append(spans)
    all_spans = [span for spans in spans_per_block for span in spans]
    sentence_ids = iter(stable_ids("s", (text[a:b] for a, b, _ in all_spans)))
    out = []
    for block, verdict, block_id, spans in zip(
        blocks, verdicts, block_ids, spans_per_block, strict=True
    ):
        kind = BlockKind.HEADING if verdict.heading else block.kind
        sentences = tuple(
            Sentence(next(sentence_ids), a, b, text[a:b], reason) for a, b, reason in spans
        )
        out.append(Block(block_id, kind, block.start, block.end, sentences, verdict.boilerplate))
    language = language_of(text, raw.meta.language)
    return Article(raw.meta, text, tuple(out), path, raw.sha256, language, language in READ)


@dataclass(frozen=True, slots=True)
class Reporting:
    """A reporting sentence of an article, before attribution."""

    block_index: int
    sentence_index: int
    sentence: Sentence
    context: str
    mentions: tuple[Mention, ...]
    quantities: tuple[Quantity, ...]
    dates: tuple[DateExpression, ...]


def _reporting(article: Article, gazetteer: Gazetteer) -> tuple[Reporting, ...]:
    if not article.read:
        return ()  # shown and citable, but no statement is read from another language
    out = []
    acronyms = defined_acronyms(article.text)
    anchor = reference(article.text, article.meta.published)
    previous = lead = before = spoke = None  # before: the day the sentence just before named
    earlier: dict[float, str] = {}  # the kinds of the figures given so far, by value
    names = name_numbers(article.text)  # "737" in an article that names a "Boeing 737"
    illness = figures.about_illness(article.text)  # its patients are cases
    for bi, block in enumerate(article.blocks):
        if block.boilerplate is not None or block.kind == BlockKind.HEADING:
            continue
        context = article.text[block.start : block.end]
        for si, sentence in enumerate(block.sentences):
            if sentence.boilerplate is not None:
                continue
            mentions = find_mentions(
                article.id, sentence.id, sentence.text, sentence.start, gazetteer, acronyms
            )
            opened = open_quote(article.text[block.start : sentence.start])
            dates = resolve_dates(
                sentence.text,
                article.meta.published,
                sentence.start,
                anchor,
                previous,
                lead,
                opened=opened,
                before=before,
                spoke=spoke,
            )
            previous, before = last_day(dates, previous), last_day(dates, None)
            spoke = speaking_day(sentence.text, dates, spoke, sentence.start)
            lead = lead or news_day(dates, anchor)
            spans = [figure_free(d, sentence.start) for d in dates]
            spans += entry_labels(sentence.text)  # "Aug 31: ...": no date, nor a figure
            found = figures.quantities(sentence.text, sentence.start, spans, names)
            found = figures.referred_back(found, sentence.text, sentence.start, earlier)
            if illness:
                found = figures.as_cases(found, sentence.text)
            else:  # court cases, criminal cases: no illness's
                found = figures.other_cases(found, sentence.text)
            figures.remember(found, earlier)
            quantities = tuple(found)
            out.append(
                Reporting(bi, si, sentence, context, tuple(mentions), quantities, tuple(dates))
            )
    return _people_by_pronoun(out, article.text)


def _people_by_pronoun(reporting: Sequence[Reporting], text: str) -> tuple[Reporting, ...]:
    """The sentences with every lone name that "he" or "she" takes up in the article read
    as a person's (``briefbook.read.pronouns``)."""
    shown = shown_by_pronoun(
        (r.mentions, r.sentence.text, text[r.sentence.end : r.sentence.end + READ_AFTER])
        for r in reporting
    )
    if not shown:
        return tuple(reporting)
    return tuple(replace(r, mentions=as_people(r.mentions, shown)) for r in reporting)


def redate(
    reporting: Sequence[Reporting], published: PartialDate | None, anchor: dt.date
) -> tuple[Reporting, ...]:
    """The sentences with their dates resolved again against ``anchor``, the day an undated
    article is taken to be of (``briefbook.analyse.dating``). Only a date written without
    its year takes it from ``anchor``; one told from the day of publication ("on Tuesday",
    "yesterday", "the following day" after a weekday) cannot be worked out, even on a page
    that gives its month or year (a Tuesday of a page dated March may be one of February),
    and keeps what it would be on ``anchor`` as its estimate; "last month" and "this year"
    are told from such a page's month or year. The expressions
    are the same, so the figures are too."""
    out = []
    previous = lead = None  # the days named as read without the anchor
    guessed = guessed_lead = None  # and as estimated with it
    before = guessed_before = None  # the days the sentence just before named
    spoke = guessed_spoke = None  # and the days last named for someone speaking
    for r in reporting:
        text, start = r.sentence.text, r.sentence.start
        opened = open_quote(r.context[: max(r.context.find(text), 0)])
        dates = resolve_dates(
            text,
            published,
            start,
            anchor,
            previous,
            lead,
            told_from=False,
            opened=opened,
            before=before,
            spoke=spoke,
        )
        estimates = resolve_dates(
            text,
            published,
            start,
            anchor,
            guessed,
            guessed_lead,
            opened=opened,
            before=guessed_before,
            spoke=guessed_spoke,
        )
        previous, guessed = last_day(dates, previous), last_day(estimates, guessed)
        before, guessed_before = last_day(dates, None), last_day(estimates, None)
        spoke = speaking_day(text, dates, spoke, start)
        guessed_spoke = speaking_day(text, estimates, guessed_spoke, start)
        lead = lead or news_day(dates, anchor)
        guessed_lead = guessed_lead or news_day(estimates, anchor)
        out.append(replace(r, dates=tuple(with_estimates(dates, estimates))))
    return tuple(out)


def pinned_to(reporting: Sequence[Reporting], day: dt.date) -> tuple[Reporting, ...]:
    """The sentences of an article with no date of publication with their dates resolved
    again against ``day``, the day its lead's dateline gives ("PORTO, Oct 24 (Wire) –") or the
    date it names for one of its weekdays ("this Thursday, January 30"; see
    ``briefbook.analyse.dating``): the article tells its weekdays, "yesterday" and "last
    night" from it, as a dated one does from its day."""
    out = []
    previous = lead = before = spoke = None
    for r in reporting:
        text, start = r.sentence.text, r.sentence.start
        opened = open_quote(r.context[: max(r.context.find(text), 0)])
        dates = resolve_dates(
            text, None, start, day, previous, lead, opened=opened, before=before, spoke=spoke
        )
        previous, lead = last_day(dates, previous), lead or news_day(dates, day)
        before, spoke = last_day(dates, None), speaking_day(text, dates, spoke, start)
        out.append(replace(r, dates=tuple(dates)))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Reading:
    """What is known of one article from itself alone (and the gazetteer): its segments,
    boilerplate, and the mentions, figures and dates of its reporting sentences."""

    article: Article
    reporting: tuple[Reporting, ...]


class ReadingCache(Protocol):
    """Where readings are kept between runs (``briefbook.project.cache.DiskCache``)."""

    def get(self, k: str, decode: Callable[[Any], Any]) -> Any | None: ...

    def put(self, k: str, value: Any) -> None: ...


def read(raw: RawArticle, path: str, gazetteer: Gazetteer) -> Reading:
    article = read_article(raw, path)
    return Reading(article, _reporting(article, gazetteer))


def read_cached(
    raw: RawArticle, path: str, gazetteer: Gazetteer, gazetteer_key: str, store: ReadingCache
) -> Reading:
    k = cache.key(gazetteer_key, vocabulary_key(), path, raw.sha256, raw.meta.model_dump_json())
    found = store.get(k, lambda data: from_data(Reading, data))
    if isinstance(found, Reading):
        return found
    reading = read(raw, path, gazetteer)
    store.put(k, to_data(reading))
    return reading
