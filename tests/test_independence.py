"""Independence of articles: one copy of one report printed by two outlets, the source an
article credits for the whole report, and evidence notes that name articles as a reader knows
them. Invented articles in general news style."""

from __future__ import annotations

import json

import pytest

from briefbook.analyse.independence import COPIED_RUN, credited_source
from briefbook.book.chapters import render_claim
from briefbook.export import Format, export
from briefbook.model import Config
from conftest import analyse_texts

CONFIG = Config.model_validate(
    {
        "briefing": {"title": "t"},
        "topics": [
            {"id": "walkout", "title": "Walkout", "description": "x", "cues": ["dockers"]},
        ],
    }
)

COPY = (
    "The walkout began at dawn on Monday after talks between the harbour board and the "
    "dockers' union broke down over pay and night shifts at the northern terminals."
)
"""One agency sentence of 30 words: two outlets that print it word for word run one copy."""


OWN = {
    "a": "\n\nThe harbour master said three container ships had been told to wait outside the "
    "breakwater. Fishing boats were allowed to land their catch at the old quay. Shopkeepers "
    "near the ferry hall said trade had dropped by half since the morning.",
    "b": "\n\nIn the old town, cafes filled with pickets who had come off the night shift. "
    "A ferry operator said it would refund tickets for any cancelled crossing this week. "
    "Lorry drivers parked along the coast road, some of them since Sunday evening.",
}
"""What each of two reports says in its own words, so that they do not share most of their
text."""


def briefing(texts: dict[str, str], **meta: dict[str, object]):
    return analyse_texts(CONFIG, texts, **meta)


def claim_with(b, text: str):
    return next(c for c in b.claims if any(e.text.startswith(text) for e in c.evidence))


def test_two_outlets_printing_one_long_sentence_word_for_word_are_one_origin():
    b = briefing(
        {
            "a": "Harbour at a standstill\n\n" + COPY + OWN["a"],
            "b": "Ferry passengers stranded\n\nCommuters crowded the ferry hall in Almond on "
            "Monday morning, with the timetable suspended until noon.\n\n" + COPY + OWN["b"],
        }
    )
    assert b.origins["a"] == b.origins["b"]
    claim = claim_with(b, "The walkout began")
    assert claim.sources == ("a", "b") and len(claim.origins) == 1
    assert claim.credibility == 6  # one origin, ungraded sources: not confirmed


def test_independent_reports_of_one_fact_in_their_own_words_stay_two_origins():
    """Two reporters give the same fact; they share a long name and a few words, never a
    sentence word for word."""
    b = briefing(
        {
            "a": "Members of the Almond Harbour Dockers and Crane Operators Union walked out at "
            "dawn on Monday after talks broke down." + OWN["a"],
            "b": "The Almond Harbour Dockers and Crane Operators Union walked out at dawn on "
            "Monday, its leaders said, after the talks failed." + OWN["b"],
        }
    )
    assert b.origins["a"] != b.origins["b"]


def test_a_shorter_run_than_the_threshold_does_not_make_one_origin():
    words = COPY.split()
    run = " ".join(words[: COPIED_RUN - 1])  # one word short of a copy
    b = briefing(
        {
            "a": run + " on Monday, union officials said at a news conference." + OWN["a"],
            "b": run + " as pickets gathered outside the gates, a reporter saw." + OWN["b"],
        }
    )
    assert b.origins["a"] != b.origins["b"]


@pytest.mark.parametrize(
    "quoted",
    [
        # a statement quoted whole by two outlets: both got it from its author
        '"We will stay out until the board puts a fair offer on the table and guarantees '
        'that no docker loses a night shift this year," the union said in a statement.',
        # a quotation that runs on past the sentence: its opening mark is never closed
        "“We will stay out until the board puts a fair offer on the table and guarantees "
        "that no docker loses a night shift this year. We owe it to our families.",
    ],
)
def test_the_same_quotation_in_two_outlets_is_not_one_copy(quoted: str):
    b = briefing(
        {
            "a": "Dockers walked out on Monday.\n\n" + quoted + OWN["a"],
            "b": "Pickets gathered at the northern terminals.\n\n" + quoted + OWN["b"],
        }
    )
    assert b.origins["a"] != b.origins["b"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("PORT ALMOND (Reuters) - Dockers walked out on Monday.", "reuters"),
        ("Strike halts harbour\n\nPORT ALMOND, Freedonia (AP) — Dockers walked out.", "ap"),
        ("PORT ALMOND, Freedonia — (AP) — Dockers walked out on Monday.", "ap"),
        ("(CNN) — Dockers walked out on Monday.", "cnn"),
        ("Dockers walked out on Monday.\n\nTalks are set for Friday.\n\nSource: BBC", "bbc"),
        ("Dockers walked out on Monday.\n\nSOURCE: Xinhua   Editor: Jane Roe\n\nMore", "xinhua"),
        ("Dockers walked out.\n\n(Source: Associated Press)\n\nTalks resume Friday.", "ap"),
        ("Dockers walked out.\n\nTalks between the two sides have failed.  (dpa/NAN)", "dpa"),
        ("Dockers walked out on Monday.\n\nTalks resume on Friday.\n\n— AFP", "afp"),
    ],
)
def test_an_article_credits_its_source_by_dateline_or_credit_line(text: str, source: str):
    assert credited_source(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "Dockers walked out on Monday.",
        # a chart's source inside the report names no source of the report
        "Dockers walked out.\n\nSource: Almond Statistics Office\n\nTalks resume on Friday.",
        # an agency named as a body in the report
        "Dockers walked out, the News Agency of Freedonia (NAF) said on Monday.",
        # a picture's credit closing its caption is the picture's, not the report's
        "Dockers walked out.\n\nPickets at the gate on Monday. (Source: Associated Press)"
        "\n\nTalks resume on Friday.",
        # an abbreviation in brackets, and a dateline that names no agency
        "PORT ALMOND — Pupils sat Advanced Placement (AP) exams as dockers walked out.",
    ],
)
def test_no_source_is_credited_without_a_credit(text: str):
    assert credited_source(text) is None


def test_articles_crediting_the_same_agency_are_one_origin_and_different_agencies_two():
    b = briefing(
        {
            "a": "PORT ALMOND (AP) — Dockers walked out on Monday over pay.",
            "b": "Ships queued at the breakwater as dockers walked out.\n\n"
            "(Source: Associated Press)",
            "c": "PORT ALMOND (Reuters) - The harbour board said talks would resume Friday.",
        }
    )
    assert b.origins["a"] == b.origins["b"] != b.origins["c"]
    assert b.agency_copy == {"a": True, "b": True, "c": True}


def test_an_outlet_crediting_itself_does_not_carry_agency_copy():
    b = briefing(
        {
            "a": "(Harbour Times) – Dockers walked out on Monday.",
            "b": "(CNN) — Dockers walked out.",
        },
        a={"outlet": "The Harbour Times"},
        b={"outlet": "Harbour Daily"},
    )
    assert b.agency_copy == {"a": False, "b": True}


def test_evidence_notes_name_the_article_by_outlet_and_date_and_keep_ids_for_machines():
    text = "About 2,000 dockers walked out at Port Almond on Monday, the union said."
    b = briefing(
        {"a": text, "b": "Some 2,000 dockers walked out at Port Almond on Monday."},
        a={"outlet": "The Almond Courier", "published": "2025-03-03"},
        b={"outlet": "Harbour Daily"},
    )
    claim = claim_with(b, "About 2,000")
    merged = next(e for e in claim.evidence if e.basis is not None)
    assert merged.partner in ("a", "b") and merged.partner in merged.why
    statements = {(s.source_id, s.sentence_id): s for s in b.statements}
    line = render_claim(b, claim, statements)
    other = (
        "The Almond Courier article of 3 March 2025"
        if merged.partner == "a"
        else ("Harbour Daily article of 4 March 2025")
    )
    assert other in line and f"as {merged.partner} " not in line and "the The" not in line
    data = json.loads(export(b, Format.JSON))
    (exported,) = [c for c in data["claims"] if c["id"] == claim.id]
    note = next(e for e in exported["evidence"] if e["merged_by"] is not None)
    assert note["merged_with"] == merged.partner
    assert other in note["merge_reason"] and f"as {merged.partner} " not in note["merge_reason"]
