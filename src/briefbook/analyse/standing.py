"""Whether a sentence states a standing fact rather than reporting news.

News copy reports the event in the past tense ("The bridge collapsed"), the present perfect
("Rescuers have pulled ..."), the progressive ("Crews are searching ...") or the future, and
puts it at a time ("on Monday", "so far", "still"). What an outlet states in its own voice
in the simple present of "be" or with "can", with none of these, holds whatever happens: the
company "is the largest insurer in the country", the virus "can be fatal", the district "is
located 80 km from the coast". Such a sentence is the explanation a reporter adds for the
reader: background. Only the main clause is read (:func:`.main_clause.subordinate`): "The
storm closed the port, which is vital to the region" reports the closure.

A sentence that opens with a connective answering the one before ("But the real aim is
...", "However, the risk is low") argues with the story rather than standing apart from it.
A main clause whose verb is one of observation ("Data shows the dose is 97% effective") reports
a finding, not a standing fact.

The caller decides the rest of what makes a standing statement: the outlet's own voice (no
reporting verb, no quotation) and no date in the sentence.
"""

from __future__ import annotations

from briefbook.analyse.cues import words
from briefbook.analyse.main_clause import subordinate
from briefbook.vocabulary import words as vocabulary

ADVERB_SUFFIX = "ly"
PAST_SUFFIX = "ed"
PROGRESSIVE_SUFFIX = "ing"


def standing(text: str) -> bool:
    """Whether the main clause of ``text`` states a standing fact in the simple present."""
    every = words(text).words
    minor = subordinate(text)
    main = [w for i, w in enumerate(every) if i not in minor]
    if every and every[0] in vocabulary("topics", "contrast_openers"):
        return False  # "But the real aim is ...": an answer to the sentence before
    forms = vocabulary("topics", "standing_forms")
    if not any(w in forms for w in main):
        return False
    news = vocabulary("topics", "news_time_words")
    joined = " " + " ".join(main) + " "
    if any(f" {phrase} " in joined for phrase in news):
        return False
    if any(w in vocabulary("attribution", "observation_verbs") for w in main):
        return False  # "data shows the vaccine is effective": a finding reported
    past = vocabulary("topics", "irregular_past")
    projected = vocabulary("topics", "projected")
    for i, w in enumerate(main):
        if w in past:
            return False
        if i and main[i - 1] == "there" and w in forms:
            return False  # "there are nine cases": the state of the event, a count
        after_form = _after_form(main, i, forms)
        if w.endswith(PROGRESSIVE_SUFFIX) and after_form:
            return False  # "are searching": the news as it happens
        if w.endswith(PAST_SUFFIX) and len(w) > len(PAST_SUFFIX) + 2:
            if not after_form or w in projected:
                return False  # a past tense, or "is expected to": a report
        elif w in projected and after_form:
            return False
    return True


def _after_form(main: list[str], i: int, forms: frozenset[str]) -> bool:
    """Whether ``main[i]`` follows one of ``forms``, adverbs between ("is also often used")."""
    adverbs = vocabulary("topics", "standing_adverbs")
    j = i - 1
    while j >= 0 and (main[j] in adverbs or main[j].endswith(ADVERB_SUFFIX)):
        j -= 1
    return j >= 0 and main[j] in forms
