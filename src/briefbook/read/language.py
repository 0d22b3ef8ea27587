"""Which language an article is written in, detected offline from its text.

The detector is py3langid (a maintained fork of Lui and Baldwin's langid.py), pinned in
``pyproject.toml``; its model ships inside the package, so nothing is downloaded. briefbook's
reading rules (its vocabularies and patterns) are written for English: an article in another
language is shown with its sentences and can be cited, but no statement is read from it.
"""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

READ = frozenset({"en"})
"""The languages briefbook's reading rules are written for."""
CONFIDENT = 0.5
"""Below this probability the detector is not trusted over a language the metadata states."""


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float]:
    """The most likely language of ``text`` (an ISO 639 code) and its probability."""
    language, probability = _identifier().classify(text)
    return str(language), float(probability)


def language_of(text: str, stated: str | None) -> str:
    """An article's language: detected from its text, unless the detector is unsure and the
    metadata states one (its primary subtag: ``en`` for ``en-GB``)."""
    detected, probability = detect(text)
    if probability < CONFIDENT and stated:
        return stated.split("-")[0].casefold()
    return detected
