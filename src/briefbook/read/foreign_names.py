"""People named with a title in the articles briefbook shows but does not read.

An article in another language gives no statement (see :mod:`briefbook.read.language`), but
the people it names are in the story all the same: the minister who announced the aid in a
French wire, the spokesman quoted by a Spanish daily. In the languages ``names.toml`` has a
``foreign_names`` table for (and in no other), the names of people, and nothing else, are read
by the one construction that says a run of capitalised words is a person's, a title beside it:

* right after the title: "le ministre Ana Ruiz", "Innenminister Ana Ruiz", "el portavoz, Ben
  Okafor,";
* after the title's complement (its links and capitalised words) only when a comma separates
  the complement from the name and another closes the name: "le ministre de l'Intérieur, Ana
  Ruiz,";
* before a comma and a title that a comma or the sentence's end closes ("dijo Ana Ruiz,
  presidenta de la comisión, que ..."), where the name neither opens the sentence nor follows
  a link, an article or a capitalised word.

Never across a verb or another lowercase word: "Le ministre a visité Port Saltford" names no
one. A German name is two capitalised words, its particles aside: nouns are capitalised
there, and a longer run ("sagte Innenministerin Lina Varga Journalisten") is not read. A
name the gazetteer or the analyst's actors file knows as something other than a person is
dropped; a person it knows is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefbook.model import Article, BlockKind, Kind, Mention
from briefbook.name_languages import LANGUAGES, Language
from briefbook.read.gazetteer import Gazetteer
from briefbook.read.name_words import PARTICLES

HONORIFICS = ("Dr", "Pr")
"""Written before a name after its title ("le ministre de la Santé, Dr Ben Okafor,"); not
part of it. Matched as written: "DR" and "PR" are acronyms."""


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_ELIDED = re.compile(r"^([^\W\d_]{1,5})['’](?=[^\W\d_])")
"""An article or preposition elided before a word: "l'Intérieur", "d'Ali", "dell'Interno"."""

_COMPLEMENT = 6
"""How many words a title's complement may have ("de la Saltford Medical Association")."""
_BRACKETED = re.compile(r"\s*\(\s*[A-Z][A-Z0-9-]+\s*\)")
"""An acronym in brackets after a run: a body's ("Movimiento Nueva Freedonia (MNF)")."""


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a sentence and where it is."""

    start: int
    end: int
    text: str


def tokens(text: str) -> list[Token]:
    """The words of a sentence, an elided article or preposition apart from its word."""
    out = []
    for m in _WORD.finditer(text):
        elided = _ELIDED.match(m.group())
        if elided and elided.group(1).islower():
            cut = m.start() + len(elided.group(0))
            out.append(Token(m.start(), m.start() + len(elided.group(1)), elided.group(1)))
            out.append(Token(cut, m.end(), text[cut : m.end()]))
        else:
            out.append(Token(m.start(), m.end(), m.group()))
    return out


def _capitalised(word: str) -> bool:
    """A name's word: a capital first, and not all capitals (an acronym names no person)."""
    return word[:1].isupper() and any(c.islower() for c in word)


def _particle(word: str, lang: Language, after_particle: bool = False) -> bool:
    """A name's particle ("von", "da"); an article only after another ("von der Leyen")."""
    return word.islower() and word in PARTICLES() and (after_particle or word not in lang.articles)


def is_title(word: str, lang: Language) -> bool:
    """A title in ``lang``: "ministre", "portavoz", or a German compound that ends with one
    of its title endings ("Innenminister")."""
    folded = word.casefold()
    if folded in lang.titles or folded in lang.title_endings:
        return True
    return _capitalised(word) and any(
        folded.endswith(e) and len(folded) > len(e) for e in lang.title_endings
    )


def _gap(text: str, toks: list[Token], i: int) -> str:
    """What stands between word ``i`` and the next, stripped ("" for spaces alone)."""
    return text[toks[i].end : toks[i + 1].start].strip()


def _after_honorific(text: str, toks: list[Token], first: int) -> int:
    """Where a name opens at ``first``, after an honorific there ("Dr Ben Okafor")."""
    honorific = first + 1 < len(toks) and toks[first].text in HONORIFICS
    return first + 1 if honorific and _gap(text, toks, first) in ("", ".") else first


def _name_at(text: str, toks: list[Token], first: int, lang: Language) -> list[int] | None:
    """The words of the name that opens at ``first`` (an honorific before it skipped): two
    capitalised words or more, up to the language's ``longest`` (in German every noun is
    capitalised, so a longer run may be a name and a noun), joined by spaces, particles between
    them; None when there is none, or the run of capitals goes on past a name's length."""
    first = _after_honorific(text, toks, first)
    if first >= len(toks) or not _capitalised(toks[first].text):
        return None
    if toks[first].text.casefold() in lang.articles:
        return None  # "Le Monde", "El País": a newspaper's or a body's name
    name = [first]
    i = first
    while i + 1 < len(toks) and _gap(text, toks, i) == "":
        k = i + 1
        while (
            k + 1 < len(toks)
            and _particle(toks[k].text, lang, k > i + 1)
            and _gap(text, toks, k) == ""
        ):
            k += 1
        if k >= len(toks) or not _capitalised(toks[k].text):
            break
        if sum(1 for n in name if _capitalised(toks[n].text)) == lang.longest:
            return None  # "Lina Varga Journalisten": where the name ends is not known
        name.extend(range(i + 1, k + 1))
        i = k
    if sum(1 for n in name if _capitalised(toks[n].text)) < 2 or any(
        is_title(toks[n].text, lang) for n in name
    ):
        return None
    if _BRACKETED.match(text[toks[name[-1]].end :]):
        return None
    return name


def _closed(text: str, toks: list[Token], last: int) -> bool:
    """Whether a comma or the sentence's end closes the words that end at ``last``."""
    after = text[toks[last].end :].lstrip()
    return not after or after[0] in ",.;:"


def _complement_end(text: str, toks: list[Token], title: int, lang: Language) -> int | None:
    """The last word of a title's complement of links, articles and capitalised words
    ("de l'Intérieur", "de la Saltford Medical Association") where a comma ends it; None when
    a lowercase word (a verb, an adjective) comes first, or no link, or no comma."""
    i = title + 1
    if i >= len(toks) or toks[i].text not in lang.links:
        return None
    for k in range(i, min(len(toks) - 1, i + _COMPLEMENT)):
        word = toks[k].text
        small = word in lang.links or word in lang.articles
        if not small and not _capitalised(word):
            return None
        gap = _gap(text, toks, k)
        if gap == ",":
            return None if small else k
        if gap not in ("", "'", "’"):
            return None
    return None


def _complemented(toks: list[Token], title: int, lang: Language) -> bool:
    """Whether a title is itself a complement: a link right before it ("el partido del
    presidente"), one that is no article too ("Der Bundeskanzler")."""
    if title == 0:
        return False
    before = toks[title - 1].text
    return before in lang.links and before not in lang.articles


def after_title(text: str, toks: list[Token], title: int, lang: Language) -> list[int] | None:
    """The name a title introduces: right after it ("Innenminister Ana Ruiz"), after it and
    a comma ("el portavoz, Ben Okafor,"), or after its complement and a comma ("le ministre de
    l'Intérieur, Ana Ruiz,"), a comma or the sentence's end closing the name in both."""
    if title + 1 >= len(toks) or _complemented(toks, title, lang):
        return None
    gap = _gap(text, toks, title)
    if gap == "":
        if toks[title + 1].text in lang.links:
            end = _complement_end(text, toks, title, lang)
            if end is None:
                return None
            name = _name_at(text, toks, end + 1, lang)
            return name if name and _closed(text, toks, name[-1]) else None
        return _name_at(text, toks, title + 1, lang)
    if gap == ",":
        name = _name_at(text, toks, title + 1, lang)
        return name if name and _closed(text, toks, name[-1]) else None
    return None


def before_title(text: str, toks: list[Token], title: int, lang: Language) -> list[int] | None:
    """The name in a closed apposition before a title: "dijo Ana Ruiz, presidenta de la
    comisión, que ...", "Ana Ruiz, la porte-parole," after a lowercase word of the sentence
    that is no link nor article (a name that opens the sentence or follows "à", "En", "Selon"
    may be a place's)."""
    i = title - 1
    if i >= 0 and toks[i].text in lang.articles:
        i -= 1
    if i < 1 or _gap(text, toks, i) != ",":
        return None
    if not _apposition_closed(text, toks, title, lang):
        return None
    first = i
    while first > 0 and _gap(text, toks, first - 1) == "":
        word = toks[first - 1].text
        if not (_capitalised(word) or _particle(word, lang)):
            break
        first -= 1
    before = toks[first - 1].text if first > 0 else None
    if before is None or not before.islower() or before in lang.links | lang.articles:
        return None
    if text[toks[first - 1].end : toks[first].start].strip():
        return None
    name = _name_at(text, toks, first, lang)
    return name if name and name[-1] == i else None


def _apposition_closed(text: str, toks: list[Token], title: int, lang: Language) -> bool:
    """Whether the title after a name ends at a comma or the sentence's end, right away or
    after a complement that opens with a link ("presidenta de la comisión vecinal,")."""
    if _closed(text, toks, title):
        return True
    if title + 1 >= len(toks) or toks[title + 1].text not in lang.links:
        return False
    for k in range(title + 1, min(len(toks), title + 1 + _COMPLEMENT)):
        if _closed(text, toks, k):
            return True
        if _gap(text, toks, k):
            return False
    return False


def titled_people(text: str, language: str) -> list[tuple[int, int]]:
    """The spans of the people's names a title shows in one sentence of an article in
    ``language`` (offsets in ``text``); none for a language with no foreign_names table."""
    lang = LANGUAGES().get(language)
    if lang is None:
        return []
    toks = tokens(text)
    found: set[tuple[int, int]] = set()
    for t, tok in enumerate(toks):
        if not is_title(tok.text, lang):
            continue
        for name in (after_title(text, toks, t, lang), before_title(text, toks, t, lang)):
            if name:
                found.add((toks[name[0]].start, toks[name[-1]].end))
    return sorted(found)


def _person(gazetteer: Gazetteer, name: str) -> bool:
    """Whether a name may be a person's: unknown to the gazetteer, or known as a person."""
    entry = gazetteer.lookup(name)
    return entry is None or entry.kind == Kind.PERSON


def foreign_mentions(article: Article, gazetteer: Gazetteer) -> list[Mention]:
    """The people a title shows in an article that is not read, in a language with a
    foreign_names table, as mentions of its reporting sentences; none for any other article.
    A name the gazetteer knows as no person's (an outlet, a body, a place) is dropped."""
    if article.read or article.language not in LANGUAGES():
        return []
    return [
        Mention(
            article.id,
            sentence.id,
            sentence.start + a,
            sentence.start + b,
            sentence.text[a:b],
            Kind.PERSON,
        )
        for block in article.blocks
        if block.boilerplate is None and block.kind != BlockKind.HEADING
        for sentence in block.sentences
        if sentence.boilerplate is None
        for a, b in titled_people(sentence.text, article.language)
        if _person(gazetteer, sentence.text[a:b])
    ]
