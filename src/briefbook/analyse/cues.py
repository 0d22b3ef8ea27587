"""Cues, and how a text is searched for them.

A cue is a word or a phrase. Words are compared by word family, without case: each word of
the text and of the cue is reduced to its stem by the Snowball English stemmer
(``snowballstemmer``, the one Sphinx's search uses), so ``evacuation`` finds "evacuated" and
"evacuating", and ``casualty`` finds "casualties". The stemmer also strips endings that make
a word of another meaning ("authorities" and "authorized" are both ``author``, "critical" and
"criticism" both ``critic``): two words of one stem are of one family only when the endings
beyond their stem (after inflections: :func:`ending`) are the same, or neither is one of
those that make another kind of word (``family_endings_apart`` in
``data/vocabulary/topics.toml``: "-ity", "-al", "-er"...; :func:`alike`). Besides:

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
from briefbook.vocabulary import derived, ordered

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


_INFLECTIONS = (
    ("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ss", "ss"), ("us", "us"), ("is", "is"),
    ("s", ""), ("ed", ""), ("ing", ""),
)  # fmt: skip
"""An inflection and what replaces it (first that fits): "authorities" -> "authority"."""
INFLECTED_MIN = 3
"""The fewest letters left when an inflection is taken off ("ties" is no "ty" + "ies")."""


@cache
def ending(word: str) -> str:
    """What of ``word`` (lower case), its inflections taken off ("-s", "-ed", "-ing", "-ly",
    "'s"), is beyond its stem: "ity" of "authorities", "iz" of "authorized", "al" of
    "critically", "" of "evacuated"."""
    base = word.split("'")[0]
    if base.endswith("ly") and len(base) - 2 > INFLECTED_MIN + 1:
        base = base[:-2]
    for end, instead in _INFLECTIONS:
        if base.endswith(end) and len(base) - len(end) >= INFLECTED_MIN:
            base = base[: -len(end)] + instead
            break
    root = stem(word)
    n = 0
    while n < min(len(root), len(base)) and root[n] == base[n]:
        n += 1
    return base[n:]


@derived
def _endings() -> tuple[tuple[str, ...], tuple[str, ...], dict[tuple[str, str], bool]]:
    """The endings that make a word of another kind, those that name the act itself, and
    the pairs of endings already compared (:func:`alike`)."""
    apart = ordered("topics", "family_endings_apart")
    return apart, ordered("topics", "family_endings_alike"), {}


def alike(a: str, b: str) -> bool:
    """Whether two words of one stem whose :func:`ending` are ``a`` and ``b`` are of one
    family: the same ending, or neither one that makes another kind of word ("-ity", "-al",
    "-er" of "authority", "critical", "container"), unless it names the act itself ("-ment",
    "-ion" of "containment", "evacuation": they find "contained", "evacuated")."""
    if a == b:
        return True
    apart, act, known = _endings()
    if (a, b) not in known:
        known[(a, b)] = not any(e.endswith(apart) and not e.endswith(act) for e in (a, b))
    return known[(a, b)]


def _normal(text: str) -> str:
    return text.casefold().replace("’", "'").replace("‘", "'")


@dataclass(frozen=True, slots=True)
class Words:
    """A text as cue matching sees it."""

    words: tuple[str, ...]
    """Its words, lower-case, a hyphenated word as its parts."""
    stems: tuple[str, ...]
    """The stem of each word."""
    endings: tuple[str, ...]
    """The :func:`ending` of each word."""
    tails: tuple[frozenset[tuple[str, str]], ...]
    """For each word, the stem and ending of each compound's last part it ends with
    ("quak", "")."""
    wholes: tuple[tuple[int, int, str], ...]
    """Hyphenated words joined ("cease-fire" -> "ceasefire"): first word, end, the whole."""
    forms: dict[str, frozenset[str]]
    """Every stem a one-word cue finds (words', compounds' last parts' and wholes'), with
    the endings it has there."""
    stem_set: frozenset[str]
    """The stems of its words: a phrase none of whose words' stems is here is not in it."""


def surfaces(text: str) -> list[str]:
    """The words of ``text`` as it writes them (their case kept), one for each of
    :func:`words`' words where folding the case keeps the text's length."""
    return _WORD.findall(text.replace("’", "'").replace("‘", "'"))


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
    endings = tuple(ending(w) for w in found)
    tails = tuple(
        frozenset(
            (stem(w[len(head) :]), ending(w[len(head) :]))
            for head in _heads()
            if w.startswith(head) and len(w) - len(head) >= COMPOUND_REST_MIN
        )
        for w in found
    )
    every = [
        *zip(stems, endings, strict=True),
        *(t for ts in tails for t in ts),
        *((stem(w), ending(w)) for _, _, w in wholes),
    ]
    forms: dict[str, set[str]] = {}
    for s, e in every:
        forms.setdefault(s, set()).add(e)
    return Words(
        tuple(found),
        stems,
        endings,
        tails,
        tuple(wholes),
        {s: frozenset(e) for s, e in forms.items()},
        frozenset(stems),
    )


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
    end: str = ""
    """The word's :func:`ending`."""

    def fits(self, word: str, word_stem: str, word_end: str) -> bool:
        return word.startswith(self.key) if self.prefix else self.of((word_stem, word_end))

    def of(self, family: tuple[str, str]) -> bool:
        """Whether a word of this stem and ending (``family``) is of the word's family."""
        return family[0] == self.key and alike(self.end, family[1])


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
                if prefix and last:
                    parts.append(_Part(piece, True))
                else:
                    parts.append(_Part(stem(piece), False, end=ending(piece)))
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
            return any(alike(part.end, e) for e in w.forms.get(part.key, ()))
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
            for i, (word, s, e, tails) in enumerate(
                zip(w.words, w.stems, w.endings, w.tails, strict=True)
            )
            if (word.startswith(part.key) if part.prefix else any(map(part.of, ((s, e), *tails))))
        }
        for first, end, whole in w.wholes:
            if whole.startswith(part.key) if part.prefix else part.of((stem(whole), ending(whole))):
                at.update(range(first, end))
        return frozenset(at)

    def _at(self, w: Words) -> list[int]:
        """Where the phrase starts in the text."""
        return sorted({m[0] for m in self._matches(w)})

    def _matches(self, w: Words) -> list[tuple[int, ...]]:
        """Each finding of the phrase: the positions of the words that hold its words (a
        gap's words are none of them), the shortest finding from each start."""
        if not self._possible(w):
            return []
        n = len(self.parts)
        if not any(p.gap for p in self.parts):
            return [
                tuple(range(i, i + n))
                for i in range(len(w.words) - n + 1)
                if all(
                    p.fits(w.words[i + k], w.stems[i + k], w.endings[i + k])
                    for k, p in enumerate(self.parts)
                )
            ]
        found = (self._from(w, 0, i) for i in range(len(w.words)))
        return [m for m in found if m is not None]

    def _possible(self, w: Words) -> bool:
        """Whether every word of the phrase is among the text's words (a stem among its stems,
        a ``*`` word's start at the start of one of them): a quick test before the search for
        the phrase, which most sentences fail (the finding itself is unchanged)."""
        return all(
            p.gap
            or (any(x.startswith(p.key) for x in w.words) if p.prefix else p.key in w.stem_set)
            for p in self.parts
        )

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
        if i >= len(w.words) or not part.fits(w.words[i], w.stems[i], w.endings[i]):
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
