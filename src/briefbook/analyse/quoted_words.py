"""Direct quotations as runs of words: what two reports of one utterance have in common.

A quotation is the speaker's own words, which outlets reproduce as spoken; a run of
``QUOTE_RUN`` quoted words in the same order is longer than the stock phrases the press puts
in quotation marks ("a red line"), so two statements of one claimant that share one report
the same utterance (see ``analyse/claims``)."""

from __future__ import annotations

import re

from briefbook.analyse.subjects import quoted_spans

QUOTE_RUN = 6
"""Words of a quotation two statements of one claimant must share, in order, to report the
same utterance: longer than a stock phrase in quotation marks ("a red line")."""

_QUOTED_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
"""A word of a quotation, compared as written (stop words too: a quotation is its words)."""


def quotation_runs(text: str, length: int = QUOTE_RUN) -> frozenset[tuple[str, ...]]:
    """Every run of ``length`` consecutive words inside the quotation marks of ``text``
    (:func:`~briefbook.analyse.subjects.quoted_spans`: a quotation left open or closed from
    an earlier sentence too), lower-case, curly apostrophes read straight."""
    runs: set[tuple[str, ...]] = set()
    for start, end in quoted_spans(text):
        said = [w.casefold().replace("’", "'") for w in _QUOTED_WORD.findall(text[start:end])]
        runs.update(tuple(said[i : i + length]) for i in range(len(said) - length + 1))
    return frozenset(runs)
