"""Cues, and how a text is searched for them.

A cue is a word or a phrase. Words are compared by word family, without case: each word of
the text and of the cue is reduced to its stem by the Snowball English stemmer
(``snowballstemmer``, the one Sphinx's search uses), so ``evacuation`` finds "evacuated" and
"evacuating", and ``casualty`` finds "casualties". Besides:

* a word ending in ``*`` finds every word that starts with what is before it, as written
  (``evacuat*``);
* a word also finds a closed compound that ends with it after one of the first parts listed
  in ``data/vocabulary/topics.toml`` (``quake`` finds "earthquake", ``shock`` finds
  "aftershock"), but never inside another word (``rain`` does not find "drain" or
  "rainfall");
* a hyphenated word is its parts and its whole: ``hit`` finds "flood-hit", ``ceasefire``
  finds "cease-fire";
* the words of a phrase must follow each other in the text, each by its family
  (``burst its banks`` finds "bursting its banks"), except where the phrase has ``...``:
  there any few words may stand (up to :data:`GAP_MAX`), the object of a verb that takes
  one and a complement after it (``found ... guilty`` finds "found him guilty" and "was
  found guilty"; English puts the words that say what happened on both sides of who it
  happened to).

The syntax of a cue is checked by :func:`briefbook.model.inputs.cue_problem`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import snowballstemmer

from briefbook.model.inputs import GAP
from briefbook.vocabulary import ordered

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_HYPHENS = "-‐‑"
COMPOUND_REST_MIN = 3
"""The fewest letters a compound's last part has (after ``earth`` in "earthquake")."""
GAP_MAX = 6
"""The most words a cue's :data:`GAP` stands for: an object ("all 50 of his co-defendants"),
not a clause."""


@cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@cache
def stem(word: str) -> str:
    """The Snowball stem of one lower-case word."""
    return str(_stemmer().stemWord(word))


@cache
def _heads() -> tuple[str, ...]:
    return ordered("topics", "compound_heads")


def _normal(text: str) -> str:
    return text.casefold().replace("’", "'").replace("‘", "'")


@dataclass(frozen=True, slots=True)
class Words:
    """A text as cue matching sees it."""

    words: tuple[str, ...]
    """Its words, lower-case, a hyphenated word as its parts."""
    stems: tuple[str, ...]
    """The stem of each word."""
    tails: tuple[frozenset[str], ...]
    """For each word, the stems of the compounds' last parts it ends with ("quak")."""
    wholes: tuple[tuple[int, int, str], ...]
    """Hyphenated words joined ("cease-fire" -> "ceasefire"): first word, end, the whole."""
    forms: frozenset[str]
    """Every stem a one-word cue finds: words', compounds' last parts' and wholes'."""


@lru_cache(maxsize=1 << 16)
def words(text: str) -> Words:
    """The words of ``text`` (kept for texts seen again: sentences are scored many times)."""
    text = _normal(text)
    found: list[str] = []
    wholes: list[tuple[int, int, str]] = []
    first = 0
    end = -1
    for m in _WORD.finditer(text):
        joined = end >= 0 and m.start() == end + 1 and text[end] in _HYPHENS
        if not joined:
            if len(found) - first > 1:
                wholes.append((first, len(found), "".join(found[first:])))
            first = len(found)
        found.append(m.group())
        end = m.end()
    if len(found) - first > 1:
        wholes.append((first, len(found), "".join(found[first:])))
    stems = tuple(stem(w) for w in found)
    tails = tuple(
        frozenset(
            stem(w[len(head) :])
            for head in _heads()
            if w.startswith(head) and len(w) - len(head) >= COMPOUND_REST_MIN
        )
        for w in found
    )
    forms = {*stems, *(t for ts in tails for t in ts), *(stem(w) for _, _, w in wholes)}
    return Words(tuple(found), stems, tails, tuple(wholes), frozenset(forms))


def word_count(text: str) -> int:
    """How many words :func:`words` finds in ``text``: the position of the word after it."""
    return len(_WORD.findall(_normal(text)))


@dataclass(frozen=True, slots=True)
class _Part:
    key: str
    """The word's stem, or what a ``*`` word starts with."""
    prefix: bool
    gap: bool = False
    """Any few words (:data:`GAP`), not a word."""

    def fits(self, word: str, word_stem: str) -> bool:
        return word.startswith(self.key) if self.prefix else word_stem == self.key


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue of the config, ready to be searched for."""

    text: str
    parts: tuple[_Part, ...]

    @classmethod
    def parse(cls, text: str) -> Cue:
        parts = []
        for raw in _normal(text).split():
            if raw == GAP:
                parts.append(_Part(GAP, False, gap=True))
                continue
            prefix = raw.endswith("*")
            raw = raw.removesuffix("*")
            pieces = _WORD.findall(raw)
            for n, piece in enumerate(pieces):
                last = n == len(pieces) - 1
                parts.append(_Part(piece if prefix and last else stem(piece), prefix and last))
        return cls(text, tuple(parts))

    @property
    def length(self) -> int:
        """How many words it has (a gap is none)."""
        return sum(1 for p in self.parts if not p.gap)

    def found(self, w: Words) -> bool:
        """Whether the text holds the cue."""
        if len(self.parts) == 1:
            part = self.parts[0]
            if part.prefix:
                return any(x.startswith(part.key) for x in w.words) or any(
                    x.startswith(part.key) for _, _, x in w.wholes
                )
            return part.key in w.forms
        return bool(self._at(w))

    def where(self, w: Words) -> frozenset[int]:
        """The positions of the words of the text that hold the cue (none if it is not there):
        two cues found in the same words are one finding."""
        if not self.found(w):
            return frozenset()
        if len(self.parts) > 1:
            return frozenset(i for m in self._matches(w) for i in m)
        part = self.parts[0]
        at = {
            i
            for i, (word, s, tails) in enumerate(zip(w.words, w.stems, w.tails, strict=True))
            if (word.startswith(part.key) if part.prefix else part.key in (s, *tails))
        }
        for first, end, whole in w.wholes:
            if whole.startswith(part.key) if part.prefix else stem(whole) == part.key:
                at.update(range(first, end))
        return frozenset(at)

    def _at(self, w: Words) -> list[int]:
        """Where the phrase starts in the text."""
        return sorted({m[0] for m in self._matches(w)})

    def _matches(self, w: Words) -> list[tuple[int, ...]]:
        """Each finding of the phrase: the positions of the words that hold its words (a
        gap's words are none of them), the shortest finding from each start."""
        n = len(self.parts)
        if not any(p.gap for p in self.parts):
            return [
                tuple(range(i, i + n))
                for i in range(len(w.words) - n + 1)
                if all(p.fits(w.words[i + k], w.stems[i + k]) for k, p in enumerate(self.parts))
            ]
        found = (self._from(w, 0, i) for i in range(len(w.words)))
        return [m for m in found if m is not None]

    def _from(self, w: Words, k: int, i: int) -> tuple[int, ...] | None:
        """The positions of parts ``k``... found from word ``i`` on, or None."""
        if k == len(self.parts):
            return ()
        part = self.parts[k]
        if part.gap:
            for skip in range(GAP_MAX + 1):
                rest = self._from(w, k + 1, i + skip)
                if rest is not None:
                    return rest
            return None
        if i >= len(w.words) or not part.fits(w.words[i], w.stems[i]):
            return None
        rest = self._from(w, k + 1, i + 1)
        return None if rest is None else (i, *rest)

    def is_all_of(self, w: Words) -> bool:
        """Whether the text is the cue and nothing else (a reporting verb, say)."""
        return any(m[0] == 0 and m[-1] == len(w.words) - 1 for m in self._matches(w))


def parse_all(cues: Iterable[str]) -> list[Cue]:
    return [Cue.parse(c) for c in cues]


def document_frequency(cue: Cue, texts: Sequence[Words]) -> int:
    """In how many of ``texts`` the cue is found."""
    return sum(1 for w in texts if cue.found(w))
