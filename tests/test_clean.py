from __future__ import annotations

import pytest

from briefbook.model import SourceMeta
from briefbook.project.load import RawArticle
from briefbook.read.reading import read_article


def reasons(text: str, **meta: str) -> list[tuple[str, str | None]]:
    raw = RawArticle(SourceMeta(id="x", **meta), text, None, "0")  # type: ignore[arg-type]
    article = read_article(raw, "x.txt")
    return [(s.text, s.boilerplate) for b in article.blocks for s in b.sentences]


def test_headline_byline_promotion_and_dateline():
    text = (
        "Port Strike Spreads\n"
        "By Jane Roe\n"
        "Listen to our podcast: Ports Weekly |\n"
        "LONDON (Reuters) – Dockers walked out on Monday. Talks failed.\n"
    )
    assert reasons(text, title="Port Strike Spreads") == [
        ("Port Strike Spreads", "headline"),
        ("By Jane Roe", "byline"),
        ("Listen to our podcast: Ports Weekly |", "promotion"),
        ("LONDON (Reuters) –", "dateline (Reuters)"),
        ("Dockers walked out on Monday.", None),
        ("Talks failed.", None),
    ]


def test_subheadings_are_headings_not_claims():
    text = "Dockers walked out on Monday.\nTalks Collapse Again\nThe mediator left.\n"
    out = reasons(text)
    assert out[1] == ("Talks Collapse Again", "subheading")
    assert out[0][1] is None and out[2][1] is None


def test_embedded_post_is_not_reporting():
    text = (
        "Dockers walked out on Monday, officials said.\n"
        "Thousands more will join tomorrow.\n"
        "— Some Account (@someaccount) March 3, 2025\n"
        "Video shows the picket. pic.twitter.com/abc123\n"
        "The port authority said talks would resume.\n"
    )
    out = dict(reasons(text))
    assert "@someaccount" in out["Thousands more will join tomorrow."]
    assert "cannot verify" in out["Thousands more will join tomorrow."]
    assert out["— Some Account (@someaccount) March 3, 2025"].startswith("embedded")
    assert out["Video shows the picket. pic.twitter.com/abc123"].startswith("embedded")
    assert out["The port authority said talks would resume."] is None


def test_list_marker_is_not_part_of_the_statement():
    out = reasons("Dockers walked out.\n- The union says 2,000 joined.\n")
    assert out[1] == ("The union says 2,000 joined.", None)


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("LISBON, Portugal (AP) — The ferry sank on Monday.", "LISBON, Portugal (AP) —"),
        ("Lisbon, Portugal (AP) — The ferry sank on Monday.", "Lisbon, Portugal (AP) —"),
        (
            "PORTO, Portugal, Feb 3 (Reuters) - The ferry sank on Monday.",
            "PORTO, Portugal, Feb 3 (Reuters) -",
        ),
        (
            "Porto, Portugal, Feb 3 (EFE).- The ferry sank on Monday.",
            "Porto, Portugal, Feb 3 (EFE).-",
        ),
        (
            "OSLO, March 4 (XYZ-AGENCIES) — The ferry sank on Monday.",
            "OSLO, March 4 (XYZ-AGENCIES) —",
        ),
        ("(Channel 9) — The ferry sank on Monday off the coast.", "(Channel 9) —"),
        ("QUEBEC CITY — The ferry sank on Monday off the coast.", "QUEBEC CITY —"),
        ("DENVER– The ferry sank on Monday off the coast.", "DENVER–"),
        ("TORINO. La nave è affondata lunedì al largo della costa.", "TORINO."),
        ("Saltford: Rescuers raised the toll to twelve on Friday.", "Saltford:"),
    ],
)
def test_a_dateline_glued_to_the_lead_is_furniture_and_the_lead_a_statement(lead, dateline):
    out = reasons(f"Ferry sinks\n{lead}\nDivers searched the wreck all night.\n")
    assert out[1][0] == dateline and out[1][1].startswith("dateline")
    assert out[2][1] is None


def test_a_capitalised_opening_without_an_agency_or_capitals_is_no_dateline():
    out = reasons("The Mayor — who resigned — said the ferry sank on Monday.\nIt was old.\n")
    assert all(reason is None for _, reason in out)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("REUTERS", "credit line"),
        ("— AFP", "credit line"),
        ("abc-def/gh", "credit line"),
        ("(Reporting by Jane Roe; Editing by John Doe)", "credit line"),
        ("The Associated Press contributed to this report.", "credit line"),
        ("(With inputs from agencies)", "credit line"),
        ("Stay up to date with the latest news. Follow us on WhatsApp.", "promotion"),
        ("Before You Leave, Check This Out", "promotion"),
        ("This is a developing story.", "promotion"),
        ("In short:", "label"),
        ("What you need to know", "label"),
        (
            "Rescuers search the rubble in Saltford on Tuesday. (Photo by Jane Roe / AFP)",
            "picture caption",
        ),
        ("Rescuers search the rubble. [Jane Roe/The Courier via Reuters]", "picture caption"),
        ("Rescuers search the rubble, Tuesday. AP Photo/Jane Roe", "picture caption"),
        ("FILE PHOTO: A ferry at the quay in Porto.", "picture caption"),
        ("Rescuers search the rubble in Saltford on Tuesday. Image Credit: AFP", "picture caption"),
        ("Rescuers search the rubble in Saltford. ( Reuters: Jane Roe )", "picture caption"),
        ("Rescuers search the rubble in Saltford on Tuesday. AFP", "picture caption"),
        ("Who ordered the ferry to sail?", "subheading (a question)"),
        ("‘We lost everything’", "subheading"),
    ],
)
def test_furniture_lines_among_reporting(line, reason):
    text = f"Divers searched the wreck on Monday, police said.\n{line}\nThe port reopened on Wednesday after the search.\n"
    out = reasons(text)
    assert out[0][1] is None and out[-1][1] is None
    assert [r for s, r in out[1:-1]] == [reason] * (len(out) - 2), out


def test_an_agency_signature_ends_the_report_without_taking_its_last_sentence():
    out = reasons("Divers searched the wreck on Monday.\nThe port reopened on Wednesday. EFE\n")
    assert out[-2:] == [("The port reopened on Wednesday.", None), ("EFE", "credit line")]


def test_a_summary_that_the_body_repeats_is_furniture_and_the_body_is_not():
    text = (
        "Ferry sinks off Porto\n"
        "The mayor said twelve passengers were rescued from the cold water.\n"
        "The ferry sank on Monday night in a storm, the coastguard said.\n"
        "The mayor said twelve passengers were rescued from the cold water by fishermen.\n"
    )
    out = reasons(text)
    assert out[1][1] == "summary (repeated in the body)"
    assert out[2][1] is None and out[3][1] is None


def test_standfirst_lines_above_the_dateline_are_furniture():
    text = (
        "Ferry sinks off Porto\n"
        "Twelve passengers were rescued from the cold water.\n"
        "PORTO, Portugal (AP) — The ferry sank on Monday night in a storm.\n"
    )
    out = reasons(text)
    assert out[1] == (
        "Twelve passengers were rescued from the cold water.",
        "standfirst (above the dateline)",
    )
    assert out[-1] == ("The ferry sank on Monday night in a storm.", None)


def test_a_headline_that_differs_from_the_title_by_a_character_is_the_headline():
    out = reasons(
        "Ferry sinks off Porto, 12 saved\nThe ferry sank on Monday.\n",
        title="Ferry sinks off Porto; 12 saved",
    )
    assert out[0][1] == "headline"


def test_a_promotion_phrase_marks_only_a_short_line():
    text = (
        "The governor said on Telegram that 40 homes had been damaged by the blast overnight "
        "and that shelters had opened in three schools across the district for families.\n"
        "Follow us on Telegram\n"
        "Crews worked through the night.\n"
    )
    out = reasons(text)
    assert out[0][1] is None
    assert out[1][1] == "promotion"


def test_page_furniture_of_comment_boxes_and_picture_credits():
    text = (
        "Crews cleared the tracks on Monday.\n"
        "(Reuters photo)\n"
        "Image caption\n"
        "Carriages lay across the line near the bridge\n"
        "The line reopened on Tuesday.\n"
        "Leave a Reply\n"
        "Your email address will not be published.\n"
    )
    out = dict(reasons(text))
    assert out["(Reuters photo)"] == "picture caption"
    assert out["Carriages lay across the line near the bridge"] == "picture caption"
    assert out["Your email address will not be published."] == "promotion"
    assert out["The line reopened on Tuesday."] is None


def test_long_paragraphs_above_a_late_dateline_stay_reporting():
    lead = (
        "Rescuers searched the collapsed market for a second day on Tuesday as the number of "
        "people known to have died rose to 16, with more than 60 others taken to hospital, "
        "officials said, adding that the search would go on through the night and next day."
    )
    text = f"{lead}\nYEREVAN, Aug 16 (TASS) - The toll rose again on Tuesday, officials said.\n"
    out = reasons(text)
    assert out[0] == (lead, None)
