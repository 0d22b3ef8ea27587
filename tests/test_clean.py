from __future__ import annotations

import pytest

from briefbook.model import SourceMeta
from briefbook.project.load import RawArticle
from briefbook.read.reading import read_article
from conftest import furniture_of


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


def test_embedded_post_run_together_with_its_attribution_is_not_reporting():
    text = (
        "The mayor spoke to reporters on Tuesday.\n\n"
        "Our city will rebuild. Every family will get help… "
        "— Mayor Jane Roe (@mayorroe) May 2, 2024\n\n"
        "Crews cleared the main road by evening, officials said.\n"
    )
    out = dict(reasons(text))
    assert "@mayorroe" in out["Our city will rebuild."]
    assert "@mayorroe" in out["Every family will get help…"]
    assert "@mayorroe" in out["— Mayor Jane Roe (@mayorroe) May 2, 2024"]
    assert out["The mayor spoke to reporters on Tuesday."] is None
    assert out["Crews cleared the main road by evening, officials said."] is None


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
    # a body's initials in brackets, with no date or colon before them, open no dateline
    out = reasons("The Port Authority (PA) Director said the ferry sank.\nIt was old.\n")
    assert all(reason is None for _, reason in out)
    # nor do initials in capitals that are not a news agency's
    out = reasons("PORTO (PSP) Officers said the ferry sank.\nIt was old.\n")
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
        # a credit naming who took it for whom, slashes between, or glued with no stop
        (
            "Rescuers search the rubble in Saltford. Photo: Jane Roe/Courier/Getty Images",
            "picture caption",
        ),
        (
            "Rescuers search the rubble in Saltford Photo: Jane Roe, a volunteer (Getty Images)",
            "picture caption",
        ),
        ("Rescuers search the rubble in Saltford. ( Reuters: Jane Roe )", "picture caption"),
        ("Rescuers search the rubble in Saltford on Tuesday. AFP", "picture caption"),
        ("Rescuers search the rubble in Saltford. THE CANADIAN PRESS/Jane Roe", "picture caption"),
        # an outlet's name alone, its initials in brackets or not
        ("Porto News Agency (PNA)", "credit line"),
        # a writer's name and the paper she writes for, in brackets
        ("Jane Roe (The Porto Courier)", "credit line"),
        ("Harbour Press", "credit line"),
        # "Foto", as papers in German, Spanish, Italian or Portuguese credit a picture
        ("Retter suchen in den Trümmern von Saltford. Foto: dpa", "picture caption"),
        ("Rescatistas buscan entre los escombros de Saltford. Foto: EFE", "picture caption"),
        ("Rescuers search the rubble in Saltford. (Foto: Jane Roe)", "picture caption"),
        # the photographer's name and the paper she took it for, in brackets after a slash
        ("Rescuers search the rubble in Saltford. (Jane Roe/The Courier)", "picture caption"),
        ("A volunteer at the shelter in Saltford. (Jane Roe/for The Courier)", "picture caption"),
        ("Who ordered the ferry to sail?", "subheading (a question)"),
        ("‘We lost everything’", "subheading"),
    ],
)
def test_furniture_lines_among_reporting(line, reason):
    text = f"Divers searched the wreck on Monday, police said.\n{line}\nThe port reopened on Wednesday after the search.\n"
    out = reasons(text)
    assert out[0][1] is None and out[-1][1] is None
    assert [r for s, r in out[1:-1]] == [reason] * (len(out) - 2), out


def test_a_label_of_other_stories_naming_the_outlet_is_no_credit():
    text = (
        "Divers searched the wreck on Monday, police said.\n"
        "Next In Porto News\n"
        "Ferry owner fined over safety breaches at the northern quay\n"
        "Dockers vote to end strike after pay deal with owners\n"
    )
    out = reasons(text)
    assert out[1][1] != "credit line", out
    # an outlet named in a sentence of reporting is no credit
    text = (
        "Divers searched the wreck on Monday.\nPorto News reported the toll.\nThe port reopened.\n"
    )
    assert all(r is None for _, r in reasons(text)), reasons(text)


@pytest.mark.parametrize(
    "line",
    [
        # places or parties joined by a slash in brackets close a sentence of reporting
        "The ministers of both countries met in Porto on Monday (South Korea/Japan).",
        "The ferry sailed under a foreign flag (Freedonia/the Courier said).",
        "Ana Ruiz said the two parties would share power (Labour Party/Green Party).",
        # a name and a bracket that is no paper's: an aside of the report
        "Ana Ruiz (the mayor) said the port would reopen.",
        # two agencies joined by a slash are where the report came from, not a picture's credit
        "More than 300 people fled the coast, the broadcaster reported, according to AFP/Reuters.",
        "Thousands fled the coast after the quake, NHK reported, according to Sputnik/RIA Novosti.",
    ],
)
def test_a_slash_in_brackets_closing_a_sentence_of_reporting_is_no_credit(line):
    text = f"Divers searched the wreck on Monday, police said.\n{line}\nThe port reopened.\n"
    assert all(r is None for _, r in reasons(text)), reasons(text)


def test_an_agency_signature_ends_the_report_without_taking_its_last_sentence():
    out = reasons("Divers searched the wreck on Monday.\nThe port reopened on Wednesday. EFE\n")
    assert out[-2:] == [("The port reopened on Wednesday.", None), ("EFE", "credit line")]


@pytest.mark.parametrize("tail", ["- REUTERS", "– AFP", "— Agencies"])
def test_an_agency_after_a_dash_closing_the_report_with_no_stop_is_its_signature(tail):
    last = "“We will rebuild the port,” she said"
    out = reasons(f"Divers searched the wreck on Monday.\n{last} {tail}\n")
    assert out[-2:] == [(last, None), (tail, "credit line")], out


@pytest.mark.parametrize("tail", ["/ Reuters", "/ XINHUA", "- AFP", "— EFE"])
def test_an_agency_after_a_slash_or_a_dash_past_the_last_stop_is_its_signature(tail):
    last = "The quake struck at a depth of 10 kilometres on Monday."
    out = reasons(f"Divers searched the wreck on Monday.\n{last} {tail}\n")
    assert out[-2:] == [(last, None), (tail, "credit line")], out


@pytest.mark.parametrize("credit", ["/ AFP", "— EFE"])
def test_a_sentence_signed_after_a_slash_above_the_report_is_a_caption(credit):
    text = (
        "Port Reopens\n"
        f"Rescuers search the rubble in Porto on Tuesday. {credit}\n"
        "The port reopened on Wednesday after the storm, the harbour master told reporters.\n"
        "Ships queued outside the breakwater for most of the day, officials said.\n"
    )
    out = dict(reasons(text))
    assert out["Rescuers search the rubble in Porto on Tuesday."] == "picture caption", out
    assert out["Ships queued outside the breakwater for most of the day, officials said."] is None


@pytest.mark.parametrize(
    "line",
    [
        "More than 300 people fled the coast, according to AFP/Reuters.",
        "He worked for Reuters / AFP before joining the ministry in 2010.",
        "Ties between Gaza / Israel worsened after the strike on the port.",
        "Ana Ruiz, who once polled for Reuters / Ipsos, said the survey was wrong.",
        "A team of AFP / Getty photographers reached the village on Monday.",
        "The vote was 4/5 in favour of the new harbour board.",
        "The companies — Reuters and AFP — declined to comment.",
    ],
)
def test_an_agency_after_a_slash_inside_a_sentence_is_no_signature(line):
    out = reasons(f"Divers searched the wreck on Monday, police said.\n{line}\n")
    assert out[-1] == (line, None), out


def test_a_reported_sentence_signed_by_an_agency_mid_page_is_no_caption():
    said = "The port will reopen on Wednesday, the harbour master said."
    text = (
        "Divers searched the wreck on Monday, police said.\n"
        f"{said} / Reuters\n"
        "Ships queued outside the breakwater for most of the day, officials said.\n"
    )
    assert dict(reasons(text))[said] is None


_read = furniture_of


_STRIKE_LEAD = (
    "Dock workers in Porto walked off the job on Monday, halting container traffic, the union said."
)


@pytest.mark.parametrize(
    "line",
    [
        # a report's sentence signed by the agency that wrote it tells what happened, in the
        # past or with an auxiliary; an agency's caption tells what its picture shows, in the
        # present
        "The ministry announced a curfew in the port district on Monday evening. - AFP",
        "The strike cost the economy 20 million euros a day, the chamber estimated. - AFP",
        "Shipping lines began diverting vessels to Vigo. - AP",
        "The union will hold a vote on the offer on Friday. / Lusa",
        "Trade between the two ports fell by a third last year, figures from the bank show. / "
        "Bloomberg",
        "The mayor called the strike illegal and urged workers to return. — Agencies",
    ],
)
def test_a_report_signed_by_an_agency_amid_the_page_is_no_caption(line):
    text = (
        f"Dockers Strike Shuts Porto\n{_STRIKE_LEAD}\n{line}\n"
        "Police arrested 40 pickets outside the main gate, a police spokesman said.\n"
        "The port authority said talks would resume on Thursday.\n"
    )
    out = _read(text)
    # the line is the report's (a short one may still be read as a crosshead, as on a page
    # with no signature: that reading is not this rule's), and the lead above it stays
    assert all("caption" not in (r or "") for t, r in out.items() if t in line), out
    assert out[_STRIKE_LEAD] is None, out


def test_a_lead_that_says_who_said_what_is_no_standfirst_above_a_caption():
    caption = "Firefighters battle the blaze at a warehouse near the port."
    text = (
        f"Dockers Strike Shuts Porto\n{_STRIKE_LEAD}\n{caption} — AFP\n"
        "Police arrested 40 pickets outside the main gate, a police spokesman said.\n"
        "The port authority said talks would resume on Thursday.\n"
    )
    out = _read(text)
    assert out[caption] == "picture caption", out
    assert out[_STRIKE_LEAD] is None, out


def test_a_past_caption_signed_under_the_headline_is_a_caption():
    # under the headline, above the report, a signed line is the picture's, whatever its tense
    caption = "Statues of the former president were torn down on Monday in the capital."
    text = (
        f"Statues Fall in the Capital\n{caption} / EFE\n"
        "Protesters toppled three statues of the former president on Monday, police said.\n"
        "The government condemned the attacks, a spokesman said.\n"
    )
    assert _read(text)[caption] == "picture caption"


_REPORT_ABOVE = (
    "Divers searched the wreck of the ferry on Monday, police said.\n"
    "The ferry sank in a storm off the coast on Sunday night with 40 people on board, the "
    "coastguard said in a statement.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "READ: Port reopens after the storm as ships queue outside",
        "Related Courier Stories - Will the port reopen before the holidays?",
        "PORTO: Dockers vote to end the strike after two weeks",
        "MORE FROM THE COURIER | Ferry operator faces questions over its safety record",
    ],
)
def test_another_storys_headline_under_a_label_amid_the_report_is_a_related_story(line):
    # amid the report a short one is furniture as a crosshead is; closing the page, where a
    # crosshead heads nothing, it is the other story's
    amid = reasons(f"{_REPORT_ABOVE}{line}\nThe port reopened on Wednesday, the mayor said.\n")
    assert dict(amid)[line] is not None, amid
    assert all(r is None for t, r in amid if t != line), amid
    out = reasons(f"{_REPORT_ABOVE}{line}\n")
    assert dict(out)[line] is not None, out
    assert all(r is None for t, r in out if t != line), out


def test_a_long_headline_under_a_label_amid_the_report_is_a_related_story():
    line = (
        "Related Courier Stories - Harbour pilots scramble twice in 48 hours: are tensions "
        "over the port rising again?"
    )
    out = reasons(f"{_REPORT_ABOVE}{line}\nThe port reopened on Wednesday, the mayor said.\n")
    assert dict(out)[line] == "related story (a pointer to another story)", out
    last = "READ: Port reopens after the storm as ships queue outside"
    out = reasons(f"{_REPORT_ABOVE}{last}\n")
    assert dict(out)[last] == "related story (a pointer to another story)", out


@pytest.mark.parametrize(
    "line",
    [
        # a stop ends the report's sentence, whatever label opens it
        "UPDATE: The toll has risen to 12 after two more bodies were found.",
        # one capitalised word is a fact's or a speaker's label, not a kicker
        "Injured: More than 40 people across the region",
        "Police: Three men were arrested near the port",
        # a transcript's speaker speaks in the first person
        "MINISTER: Our partners are working to restore power to the island",
        "Jane Roe: We will rebuild the port and the quay",
        # who said it, or a quotation
        "Ana Ruiz – the mayor – said the port would reopen on Friday",
        "Ana Ruiz: “The port will reopen on Friday”",
        "The port – closed since Monday – reopened on Wednesday",
    ],
)
def test_a_labelled_line_of_the_report_is_no_pointer(line):
    text = f"{_REPORT_ABOVE}{line}\nThe port reopened on Wednesday, the harbour master said.\n"
    got = dict(reasons(text)).get(line)
    assert got is None or "pointer" not in got, got


_VOTE_LEAD = "Voters in Freedonia went to the polls on Sunday in the third election in three years."


@pytest.mark.parametrize(
    "items",
    [
        # an explainer's list under its label: each party's stand is the report's
        [
            "Where the main parties stand:",
            "- Harbour Alliance: Wants lower taxes and faster housing permits",
            "- Labour Party: Promises higher pensions and a bigger health budget",
            "- Liberal Initiative: Wants to sell the national airline to investors",
        ],
        # a timeline: its entries are dated, not labelled by a section or an outlet
        [
            "Timeline of the crisis:",
            "- Early March – Parliament rejects the confidence motion in the government",
            "- Late March – The president dissolves parliament and calls elections",
        ],
        ["- Early March – Parliament rejects the confidence motion in the government"],
    ],
)
def test_an_explainers_list_or_a_timeline_is_no_pointer(items):
    tail = "Results are expected late on Sunday, the electoral commission said."
    out = _read("\n".join(["Freedonia Votes Again", _VOTE_LEAD, *items, tail]) + "\n")
    assert all("pointer" not in (r or "") for r in out.values()), out
    assert out[_VOTE_LEAD] is None, out


def test_a_run_of_links_to_other_stories_with_no_label_line_is_related():
    links = [
        "PORTO: Dockers vote to end the strike after two weeks",
        "LISBON: Ferry operator faces questions over its safety record",
    ]
    text = (
        f"Freedonia Votes Again\n{_VOTE_LEAD}\n"
        "Turnout was higher than in the last election, officials said.\n"
        + "".join(f"- {link}\n" for link in links)
        + "Results are expected late on Sunday, the electoral commission said.\n"
    )
    out = _read(text)
    assert all(out[link] == "related story (a pointer to another story)" for link in links), out


def test_a_related_story_under_the_lead_makes_it_no_standfirst():
    # a link to another story is no part of the page's top: with a crosshead below it, the
    # paragraph above is still the report's lead
    link = "PORTO: Dockers vote to end the strike after two weeks"
    text = (
        f"Freedonia Votes Again\n{_VOTE_LEAD}\n- {link}\n"
        "LISBON: Ferry operator faces questions over its safety record\n"
        "Results are expected late on Sunday, the electoral commission said.\n"
    )
    out = _read(text)
    assert out[link] == "related story (a pointer to another story)", out
    assert out[_VOTE_LEAD] is None, out


def test_an_agency_named_after_a_dash_inside_a_sentence_is_no_signature():
    line = "The ferry's owner - Reuters said - had sold it in May."
    out = reasons(f"Divers searched the wreck on Monday.\n{line}\n")
    assert out[-1] == (line, None), out


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


@pytest.mark.parametrize(
    "line",
    [
        "Get the day's top stories in your inbox.",
        "Continue reading the full story on the original site",
        "Continue reading",
        # the page's appeal box, run together as one paragraph
        "Your support helps us report from the ground. We send reporters where the story is. "
        "Your donation keeps our newsroom independent. Your support makes all the difference.",
    ],
)
def test_a_pitch_for_the_readers_support_or_inbox_is_a_promotion(line):
    text = f"Divers searched the wreck on Monday, police said.\n{line}\nThe port reopened.\n"
    out = reasons(text)
    assert out[0][1] is None and out[-1][1] is None, out
    assert all(r == "promotion" for _, r in out[1:-1]), out


@pytest.mark.parametrize(
    "line",
    [
        # someone's thanks quoted, a charity's appeal reported, a reader's story
        '"Your support makes all the difference," the mayor told volunteers on Monday.',
        "The charity said your donation of ten dollars buys a family a week of clean water.",
        "Continue reading the names, the relatives asked the mayor, and she read them all out.",
        "Ana Ruiz said the fund was thankful. Your donations, she said, rebuilt the school.",
        # thanks reported after it, with no quotation marks
        "Your support helps the families, the mayor told residents on Monday.",
        # a warning about what may reach the reader's inbox
        "Police warned that the fake message may land in your inbox.",
        "Fake messages claiming to be from the bank are landing in your inbox.",
    ],
)
def test_a_sentence_reporting_thanks_or_an_appeal_stays_reporting(line):
    text = f"Divers searched the wreck on Monday, police said.\n{line}\nThe port reopened.\n"
    out = reasons(text)
    assert all(r is None for _, r in out), out


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


def test_a_long_caption_credited_to_an_agency_above_the_dateline_is_furniture():
    caption = (
        "Divers and coastguard officers from three districts search the water near the harbour "
        "wall for the missing passengers of the ferry that sank off the coast of the island "
        "early on Monday morning, as relatives wait on the quay and volunteers hand out "
        "blankets and hot drinks to the survivors. (Reuters)"
    )
    text = (
        f"Ferry sinks\nRelatives wait for news\n{caption}\n"
        "LISBON -- The ferry sank on Monday off the coast, police said.\nDivers searched.\n"
    )
    out = reasons(text)
    assert [reason for sentence, reason in out if sentence.startswith("Divers and")] == [
        "picture caption"
    ]
    assert out[-2:] == [
        ("The ferry sank on Monday off the coast, police said.", None),
        ("Divers searched.", None),
    ]


def test_long_paragraphs_above_a_late_dateline_stay_reporting():
    lead = (
        "Rescuers searched the collapsed market for a second day on Tuesday as the number of "
        "people known to have died rose to 16, with more than 60 others taken to hospital, "
        "officials said, adding that the search would go on through the night and next day."
    )
    text = f"{lead}\nYEREVAN, Aug 16 (TASS) - The toll rose again on Tuesday, officials said.\n"
    out = reasons(text)
    assert out[0] == (lead, None)


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        # a place with its country or state before a dash, in the first paragraph
        ("Porto, PORTUGAL -- The ferry sank on Monday off the coast.", "Porto, PORTUGAL --"),
        ("Vila Real, Portugal — The ferry sank on Monday off the coast.", "Vila Real, Portugal —"),
        # a bracketed country and a date closed by a colon
        ("Lisbon [Portugal], March 3: The ferry sank on Monday.", "Lisbon [Portugal], March 3:"),
        # a place and its country before a colon, or a colon with no space after it
        ("PORTO, Portugal: Rescuers raised the toll to twelve.", "PORTO, Portugal:"),
        ("Porto:Rescuers raised the toll to twelve on Friday.", "Porto:"),
        # a place of two words in capitals before a colon
        ("SAN MARCO: Rescuers raised the toll to twelve on Friday.", "SAN MARCO:"),
        # South Asian wire copy: the agency in brackets after a date or a colon, no dash
        ("Porto, Feb 3 (PTI) The ferry sank on Monday off the coast.", "Porto, Feb 3 (PTI)"),
        ("PORTO: (Reuters) The ferry sank on Monday off the coast.", "PORTO: (Reuters)"),
        # a known news agency in brackets and the lead straight after it, no dash
        ("LISBON (AFP) The ferry sank on Monday off the coast.", "LISBON (AFP)"),
        ("Lisbon, Portugal (AP) The ferry sank on Monday.", "Lisbon, Portugal (AP)"),
        ("(Reuters) The ferry sank on Monday off the coast.", "(Reuters)"),
        # an outlet's name in brackets opening the first paragraph, no dash
        ("(Harbour Gazette) The ferry sank on Monday off the coast.", "(Harbour Gazette)"),
        # a story filed from two places, joined by a slash
        ("LISBON/PORTO -- The ferry sank on Monday off the coast.", "LISBON/PORTO --"),
        # the ">>" some papers print after the place
        ("LISBON >> The ferry sank on Monday off the coast.", "LISBON >>"),
        # the country in round brackets, a date and a colon
        ("Lisbon (Portugal), March 3: The ferry sank on Monday.", "Lisbon (Portugal), March 3:"),
        # a hyphen straight after the bracket, no space
        ("Porto-Gazette (Portugal)- La nave è affondata lunedì.", "Porto-Gazette (Portugal)-"),
        # two places filed from, capitalised and joined by a slash
        ("Lisbon/Porto (Reuters) - The ferry sank on Monday.", "Lisbon/Porto (Reuters) -"),
        # a capital alone before a dash, a sentence after it
        ("Lisbon – According to the coastguard, the ferry sank on Monday.", "Lisbon –"),
        # a date glued to the lead's first word, as a flattened page runs them together
        ("March 3, 2031The ferry sank on Monday off the coast.", "March 3, 2031"),
        ("3 March 2031The ferry sank on Monday off the coast.", "3 March 2031"),
        # a capital in capitals glued to the lead by a hyphen
        ("LISBON-The ferry sank on Monday off the coast.", "LISBON-"),
        # Chinese, Japanese and Korean wire datelines
        ("新华社里斯本3月3日电 渡轮3日在波尔图附近沉没。", "新华社里斯本3月3日电"),
        ("【リスボン共同】ポルト沖で3日、フェリーが沈没した。", "【リスボン共同】"),
        (
            "(리스본=연합뉴스) 홍길동 기자 = 포르투 앞바다에서 여객선이 침몰했다.",
            "(리스본=연합뉴스) 홍길동 기자 =",
        ),
    ],
)
def test_more_datelines_glued_to_the_lead(lead, dateline):
    out = reasons(f"Ferry sinks\n{lead}\nDivers searched the wreck all night.\n")
    assert out[1][0] == dateline and out[1][1].startswith("dateline")
    assert out[2][1] is None


@pytest.mark.parametrize(
    "line",
    [
        "LISBON and PORTO —",
        "Porto, Portugal.-",
        "NEW YORK --",
        "Porto, Portugal —",
        # a place and a date alone, the time it was filed before them or not
        "Porto, Mar. 3.",
        "18:45 | Porto, Mar. 3.",
        "Porto, Portugal, 3 March 2031",
    ],
)
def test_a_dateline_alone_on_its_line(line):
    out = reasons(f"Ferry sinks\n{line}\nThe ferry sank on Monday off the coast, police said.\n")
    assert out[1] == (line, "dateline")
    assert out[2][1] is None


@pytest.mark.parametrize(
    "lead",
    [
        # two names joined by a hyphen, the first in capitals, open a sentence
        "US-China talks on shipping resumed on Monday in Geneva.",
        "NATO-Russia contacts were cut off after the incident.",
        # a year in a sentence is followed by a space
        "March 3, 2031 was the day the ferry sank off the coast.",
    ],
)
def test_names_or_a_date_joined_to_the_next_word_by_a_space_or_hyphen_are_no_dateline(lead):
    out = reasons(f"Ferry sinks\n{lead}\nDivers searched the wreck all night.\n")
    assert all(reason is None for _, reason in out[1:]), out


def test_an_agency_dateline_below_the_leads_teaser_is_the_dateline():
    text = (
        "Ferry sinks\n"
        "PORTO (AP) — Divers searched the wreck of a ferry that sank off the northern coast…\n"
        "PORTO (AP) — Divers searched the wreck of a ferry that sank off the northern coast"
        " on Monday, killing twelve.\n"
        "The port stayed shut on Tuesday.\n"
    )
    out = reasons(text)
    assert out[1][1] == "standfirst (above the dateline)", out
    assert out[2] == ("PORTO (AP) —", "dateline (AP)"), out
    assert out[3][1] is None and out[4][1] is None, out


def test_a_capitalised_subject_after_the_lead_is_no_dateline():
    text = (
        "Ferry sinks\n"
        "The ferry sank on Monday off the coast, police said.\n"
        "UNICEF — the United Nations children's agency — said two children were missing.\n"
        "Divers searched all night.\n"
    )
    out = reasons(text)
    assert all(reason is None for _, reason in out[1:]), out
    # a word before a dash that is no capital or country opens a sentence
    out = reasons("Ferry sinks\nMeanwhile – The ferry sank on Monday off the coast.\n")
    assert all(reason is None for _, reason in out[1:]), out
    # a capital place after a standfirst is still the dateline, the standfirst above it
    text = (
        "Ferry sinks\n"
        "Twelve were saved.\n"
        "LISBON -- The ferry sank on Monday off the coast, police said.\n"
    )
    out = reasons(text)
    assert out[1] == ("Twelve were saved.", "standfirst (above the dateline)")
    assert out[2] == ("LISBON --", "dateline (LISBON)")


@pytest.mark.parametrize(
    "lead",
    [
        # a capital before a hyphen under a standfirst, as German papers file agency copy
        "Berlin - Die Fähre sank am Montag vor der Küste. Retter suchten - trotz Sturm - weiter.",
        "Lisbon - The ferry sank on Monday off the coast. Divers - some of them - came back.",
        "Madrid – The ferry sank on Monday off the coast, officials said.",
    ],
)
def test_a_capital_dateline_under_a_short_standfirst_is_the_dateline(lead):
    text = f"Ferry sinks\nWind and waves: twelve people were saved from the sea.\n{lead}\n"
    out = reasons(text)
    assert out[1][1] == "standfirst (above the dateline)", out
    assert out[2][1] is not None and out[2][1].startswith("dateline"), out
    assert out[3][1] is None, out


def test_a_dash_aside_after_a_capital_under_a_standfirst_is_no_dateline():
    text = (
        "Ferry sinks\n"
        "Twelve were saved.\n"
        "Lisbon - the city that ran the port - said the ferry sank on Monday off the coast.\n"
    )
    out = reasons(text)
    assert all(reason is None for _, reason in out[1:]), out
    # under four paragraphs of reporting, a capital before a dash is no dateline
    text = (
        "Ferry sinks\n"
        "The ferry sank on Monday off the coast after the storm hit it.\n"
        "Divers searched the wreck all night, the coastguard said.\n"
        "Twelve people were saved by fishing boats from the nearby village.\n"
        "The owner of the ferry said it had passed its last inspection.\n"
        "Lisbon - The port stayed shut on Tuesday.\n"
    )
    out = reasons(text)
    assert all(reason is None for _, reason in out[1:]), out


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Translation by Jane Roe", "credit line"),
        ("Source : AFP", "credit line"),
        ("(With AFP)", "credit line"),
        ("THIS IS A BREAKING NEWS UPDATE.", "promotion"),
        ("The agency’s earlier story follows below.", "promotion"),
        ("Skip to content", "promotion"),
        ("Please keep your comments respectful and relevant.", "promotion"),
        (
            "This article was originally published by a partner. Read the original article.",
            "promotion",
        ),
        (
            "Mayor Ana Ruiz (centre) visits the quay on Monday.",
            "picture caption (who stands where)",
        ),
        (
            "@portwatch Crews are still at the quay tonight",
            "embedded social-media post (by its handle)",
        ),
        ("Six divers ‘working in the dark’", "subheading"),
        ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "copyright notice"),
        ("评论 0人参与,0条评论", "comment box or menu"),
        ("(END)", "credit line"),
        ("Jane Roe (jane.roe@courier.example)", "credit line"),
        ("ⓒ The Berrow Courier", "copyright notice"),
        ("This photo, provided by the fire service, shows the quay in Porto.", "picture caption"),
        ("FILE - A ferry at the quay in Porto on May 3, 2021.", "picture caption"),
        ("Crews clear the quay in Porto on Tuesday. [PORTO NEWS PHOTO]", "picture caption"),
        ("Crews clear the quay in Porto on Tuesday. [Photo/Agencies]", "picture caption"),
        # a caption closed by a note on what the picture is
        ("Ferry sinking: Crews clear the quay in Porto. (Representational)", "picture caption"),
        ("Crews clear the quay in Porto on Tuesday. (File)", "picture caption"),
        # when the page was published or updated, alone on its line
        ("(Updated:2025-03-04 06:07:08.0)", "time stamp"),
        ("Last updated on March 4, 2025 10:12 am IST", "time stamp"),
        ("Published: Tuesday, 4 Mar 2025", "time stamp"),
        # a subscription offer
        ("Spring Offer: Save 20% on the yearly plan. T&Cs apply.", "promotion"),
        ("Billed annually at 99.00 after the first year.", "promotion"),
    ],
)
def test_more_furniture_lines_among_reporting(line, reason):
    test_furniture_lines_among_reporting(line, reason)


@pytest.mark.parametrize(
    "line",
    [
        # the same words inside a sentence are reporting
        "Figures compiled by the health ministry show 40 new cases.",
        "The report was originally published in a medical journal.",
        "The governor said on Telegram that 40 homes were damaged.",
        "Both parties called for civil and constructive talks.",
        "Ana Ruiz (right) of the union said the talks had failed.",
        # a line ending with a colon that opens a quotation is no label
        "The ministry said in a statement:",
        # the words of a time stamp or a picture's note inside a sentence
        "Updated figures published on Monday show 40 new cases.",
        "The ministry updated its figures on March 4, 2025.",
        "The port authority filed a complaint (file number 12).",
        # a line opening with a stamp word that says more than when
        "Updated: the toll now 45 after divers found two more bodies.",
        "Posted by AP staff on the scene at 10 am.",
    ],
)
def test_furniture_words_inside_reporting(line):
    out = reasons(f"Divers searched the wreck on Monday.\n{line}\nThe port reopened.\n")
    assert [r for _, r in out] == [None] * len(out), out


def test_a_summary_box_and_the_lines_it_repeats():
    text = (
        "Ferry sinks off Porto\n"
        "In short: Twelve passengers were rescued from the cold water.\n"
        "Twelve passengers were rescued from the cold water. Two are missing.\n"
        "Two are missing. What's next? Divers will search again.\n"
        "The ferry sank on Monday night in a storm, the coastguard said.\n"
        "What you need to know:\n"
        "- The ferry was 40 years old.\n"
        "- It carried 60 people.\n"
        "The coastguard said the search would go on.\n"
    )
    out = reasons(text)
    box = [s for s, r in out if r and r.startswith("summary box")]
    assert box == [
        "In short: Twelve passengers were rescued from the cold water.",
        "Twelve passengers were rescued from the cold water. Two are missing.",
        "Two are missing. What's next? Divers will search again.",
        "The ferry was 40 years old.",
        "It carried 60 people.",
    ]
    assert dict(out)["The coastguard said the search would go on."] is None
    assert dict(out)["The ferry sank on Monday night in a storm, the coastguard said."] is None


def test_related_stories_under_their_label_and_cut_teasers():
    text = (
        "The ferry sank on Monday night in a storm, the coastguard said.\n"
        "Divers searched all night.\n"
        "See more from our archives:\n"
        "Storm closes Porto harbour\n"
        "Ferry operator fined over safety\n"
        "Harbour news\n"
        "Fishermen protest new quotas\n"
        "On March 2, fishermen in Porto blocked the quay to protest new quotas set by the ...\n"
    )
    out = reasons(text)
    assert out[0][1] is None and out[1][1] is None
    assert [r for _, r in out[3:]] == [
        "related story",
        "related story",
        "related story",
        "related story",
        "related story",
    ], out


def test_a_related_headline_cut_at_its_colon_under_a_related_label():
    text = (
        "The ferry sank on Monday night in a storm, the coastguard said.\n"
        "Divers searched all night.\n"
        "Related Links\n"
        "Storm closes Porto harbour\n"
        "From Deckhand to Captain:\n"
        "Fishermen protest new quotas\n"
    )
    out = reasons(text)
    assert [r for _, r in out[3:]] == ["related story"] * 3, out


def test_headlines_under_a_section_heading_of_other_stories():
    text = (
        "Divers searched the wreck on Monday, police said.\n"
        "The port reopened on Wednesday after the search.\n"
        "Next In Europe\n"
        "Harbour workers across the north walk out over pay as talks with owners stall again\n"
        "Minister says ferry inspections will be doubled after sinking, officials say\n"
    )
    out = reasons(text)
    assert [r for _, r in out[:2]] == [None, None]
    assert out[3][1] == out[4][1] == "related story", out


def test_a_teaser_cut_short_under_a_headline():
    text = (
        "The ferry sank on Monday night in a storm, the coastguard said.\n"
        "Quotas Protest\n"
        "On March 2, fishermen in Porto blocked the quay to protest new quotas set by the ...\n"
        "Divers searched all night, the coastguard said.\n"
    )
    out = dict(reasons(text))
    assert (
        out["On March 2, fishermen in Porto blocked the quay to protest new quotas set by the ..."]
        == "related story (a teaser)"
    )


def test_a_caption_above_its_credit_and_a_caption_repeated_with_its_credit():
    text = (
        "Ferry sinks off Porto\n"
        "Porto\n"
        "A diver prepares to enter the water at the quay in Porto, Portugal\n"
        "(AP Photo/Jane Roe, File)\n"
        "Mayor Ana Ruiz talks to rescuers at the quay on Monday.\n"
        "Caption\n"
        "Mayor Ana Ruiz talks to rescuers at the quay on Monday. / AP\n"
        "The ferry sank on Monday night in a storm, the coastguard said.\n"
        "Divers searched the wreck all night, police said.\n"
        "Image: Jane Roe\n"
        "The port reopened on Wednesday.\n"
    )
    # the first reading of each sentence: the caption under "Caption" is split from its
    # credit, and says the same words again
    out = dict(reversed(reasons(text)))
    assert out["A diver prepares to enter the water at the quay in Porto, Portugal"] == (
        "picture caption (above its credit)"
    )
    assert out["Mayor Ana Ruiz talks to rescuers at the quay on Monday."] == (
        "picture caption (repeated with its credit below)"
    )
    # a credit under a paragraph of the report: its picture had no caption
    assert out["Divers searched the wreck all night, police said."] is None
    assert out["The port reopened on Wednesday."] is None


def test_a_last_line_of_chinese_japanese_or_korean_without_a_stop_is_no_sentence():
    out = reasons("渡轮在波尔图附近沉没。\n已有0人参与,点击查看\n")
    assert out[-1][1] is not None
    # but a paragraph of several sentences cut short at the end is reporting
    out = reasons("渡轮沉没。\n渡轮3日沉没。潜水员连夜搜寻。市长说,救援将\n")
    assert [r for _, r in out] == [None] * len(out)


def test_a_bracketed_credit_closing_the_report_is_its_signature():
    out = reasons(
        "Divers searched the wreck on Monday.\nThe port reopened on Wednesday. [PORTO NEWS]\n"
    )
    assert out[-2:] == [
        ("The port reopened on Wednesday.", None),
        ("[PORTO NEWS]", "credit line"),
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # a copyright notice in brackets closing wire copy
        ("(Copyright 2025 The Berrow Courier. All rights reserved.)", "copyright notice"),
        ("[© 2025 Porto News Agency]", "copyright notice"),
        # a note on when the story was first run, or an outlet's newsletter prompt
        ("This story first appeared in the Berrow Courier.", "syndication notice"),
        # an agency's notice that a machine translated its copy
        (
            "((Traduction automatisée par Porto News, veuillez consulter l'avertissement))",
            "syndication notice",
        ),
        ("(Automated translation by Porto News, please see disclaimer)", "syndication notice"),
        ("Find out what's happening in Saltford for free with our updates.", "promotion"),
        # a line heading the list or explainer under it, however long
        ("Here's what we know about the passengers on the ferry:", "label"),
        ("Voici ce que l'on sait :", "label"),
        # the page pointing its reader at what follows ("here's", "here is", "here are")
        ("Here's a look at where things stand after the storm:", "label"),
        ("Here are the ferry operator's figures as of noon on Tuesday:", "label"),
        ("Lo que sabemos del naufragio:", "label"),
    ],
)
def test_labels_notices_and_prompts_in_their_usual_forms(line, reason):
    test_furniture_lines_among_reporting(line, reason)


@pytest.mark.parametrize(
    "line",
    [
        "Here is what the mayor told reporters on the quay:",  # it opens a quotation
        # a line of reporting heading a list, and "here" as a place, are not the page's voice
        "The injured were taken to the following hospitals:",
        "Here the river rose two metres overnight, residents said:",
        "Here, where the ferry sank, divers found the wreck:",
        "The copyright office said the ferry's name was registered in 2019.",
        "The video was originally posted on a fishing forum, police said.",
    ],
)
def test_label_and_notice_words_inside_reporting(line):
    test_furniture_words_inside_reporting(line)


def test_an_update_that_reruns_the_earlier_story_keeps_both_as_reporting():
    text = (
        "Ferry sinks off Porto\n"
        "PORTO, Freedonia (AP) — A ferry sank off Porto on Monday night, the coastguard said.\n"
        "The sinking killed nine of the 40 people aboard, officials said, as divers searched"
        " the wreck.\n"
        "Nine bodies were taken from the water. The ferry carried 36 passengers. Four crew"
        " were aboard.\n"
        "The earlier story follows below.\n"
        "A ferry sinking off Porto killed nine of the 40 people aboard, officials said on"
        " Tuesday, as divers searched the wreck.\n"
        "Nine bodies were taken from the water. The ferry carried 36 passengers. Four crew"
        " were aboard.\n"
    )
    out = dict(reasons(text))
    # below the dateline, a sentence that a later one restates is the update's new lead
    assert (
        out[
            "The sinking killed nine of the 40 people aboard, officials said, as divers"
            " searched the wreck."
        ]
        is None
    )
    # a paragraph of three sentences run again is the report, not a caption shown twice
    assert out["Nine bodies were taken from the water."] is None
    assert out["Four crew were aboard."] is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # a time stamp with a dash, a "Date" word or a bar between its parts
        ("Published – March 4, 2025 10:12 am IST", "time stamp"),
        ("Published Date: 10:12 | 4 March 2025", "time stamp"),
        ("Modified Date: 10:40 | 4 March 2025", "time stamp"),
        # an agency by its full name, alone on its line
        ("Anadolu Agency", "credit line"),
        ("Press Trust of India", "credit line"),
        # desk initials with the agencies the report drew on
        ("jr/ab (AFP, Reuters)", "credit line"),
        # a wire desk's credits in brackets, long as they run
        (
            "(Reporting by Jane Roe and John Doe in Porto and Ana Gil in Lisbon, writing by Max"
            " Mustermann, editing by Erika Mustermann and Juan Perez; for questions write to"
            " desk@example.com)",
            "credit line",
        ),
        # the footer naming whom to write to about the story
        ("To contact the editors of this story:", "credit line"),
        # a source credit in Portuguese, Spanish, Romanian
        ("Fonte: Reuters.", "credit line"),
        ("Fuente: EFE", "credit line"),
        # a breaking-news notice
        ("This is a breaking news story.", "promotion"),
        ("Please refresh this page for updates.", "promotion"),
        ("Check back later for updates.", "promotion"),
        # a caption credited after a copyright sign
        ("Crews clear the quay in Porto on Tuesday. © REUTERS", "picture caption"),
        ("Crews clear the quay in Porto on Tuesday. © Jane Roe/AFP", "picture caption"),
        # a caption with its credit glued after a credit word or a dash
        ("Crews clear the quay in Porto on Tuesday. Credit: AP", "picture caption"),
        ("Jane Roe, the port's director (Credit: AFP)", "picture caption"),
        ("Crews clear the quay in Porto on Tuesday Credit:Stockhouse:Jane Roe", "picture caption"),
        ("Crews clear the quay in Porto on Tuesday. — Bernama pic", "picture caption"),
        ("Crews clearing the quay in Porto - Copyright AFP Jane ROE", "picture caption"),
        ("Crews clear the quay in Porto on Tuesday. CNA photo May 3, 2031", "picture caption"),
        ("Crews clear the quay in Porto on Tuesday. (Jane Roe/Getty Images).", "picture caption"),
    ],
)
def test_stamps_credits_and_notices_of_other_newsrooms(line, reason):
    test_furniture_lines_among_reporting(line, reason)


def test_a_pitch_for_the_outlets_channel_or_plans_inside_a_paragraph_is_furniture():
    out = reasons(
        "Divers searched the wreck on Monday.\n"
        "The port reopened, the mayor said. Subscribe to our channel for the latest news on the"
        " search and the inquiry. After that you will be billed 5 euros a month. Write to us"
        " for subscription options.\n"
        "The inquiry opens on Friday.\n"
    )
    assert out[1:5] == [
        ("The port reopened, the mayor said.", None),
        (
            "Subscribe to our channel for the latest news on the search and the inquiry.",
            "promotion",
        ),
        ("After that you will be billed 5 euros a month.", "promotion"),
        ("Write to us for subscription options.", "promotion"),
    ], out


@pytest.mark.parametrize("button", ["Show more", "Mehr anzeigen", "Voir plus"])
def test_a_button_glued_to_a_paragraph_is_furniture(button):
    out = reasons(
        "Divers searched the wreck on Monday.\n"
        f"Crews cleared the quay, the mayor said. {button}\n"
        "The inquiry opens on Friday.\n"
    )
    assert out[1:3] == [
        ("Crews cleared the quay, the mayor said.", None),
        (button, "comment box or menu"),
    ], out


def test_a_report_of_a_subscription_is_not_a_pitch():
    out = reasons(
        "Divers searched the wreck on Monday.\n"
        "Subscribers to the port's alert service were not warned about us, the union said.\n"
        "The inquiry opens on Friday.\n"
    )
    assert all(r is None for _, r in out), out


@pytest.mark.parametrize(
    "line",
    [
        "The bank froze the loans - a blow to credit for small firms across the north.",
        "Farmers who lost crops will get a tax credit: the ministry set it at 40 percent.",
        "The council met on Tuesday — AP reporters were turned away at the door.",
    ],
)
def test_a_credit_word_or_an_agency_inside_reporting_is_no_caption_credit(line):
    out = reasons(
        f"Divers searched the wreck on Monday.\n{line}\nThe port reopened on Wednesday.\n"
    )
    assert out[1] == (line, None), out


def test_a_breaking_news_notice_inside_the_last_paragraph_is_furniture():
    out = reasons(
        "Divers searched the wreck on Monday.\n"
        "The port reopened, the mayor said. This is a breaking news story. Please refresh for updates.\n"
    )
    assert out[-3:] == [
        ("The port reopened, the mayor said.", None),
        ("This is a breaking news story.", "promotion"),
        ("Please refresh for updates.", "promotion"),
    ], out


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("March 4 (UPI) -- ", "March 4 (UPI) --"),
        ("Mar. 4 (UPI) -- ", "Mar. 4 (UPI) --"),
        ("LISBON, March 4. /TASS/. ", "LISBON, March 4. /TASS/."),
    ],
)
def test_wire_datelines_with_the_date_first_or_the_agency_in_slashes(lead, dateline):
    out = reasons(f"{lead}The ferry sank on Monday off the coast, police said.\nDivers searched.\n")
    assert out[0][0] == dateline and out[0][1] is not None and out[0][1].startswith("dateline")
    assert out[1] == ("The ferry sank on Monday off the coast, police said.", None)


@pytest.mark.parametrize(
    "line",
    [
        # the same words in a sentence are reporting
        "The source: a ministry official who asked not to be named.",
        "Published figures show 40 new cases.",
        "Editors at the paper said they would refresh the page for readers.",
    ],
)
def test_notice_and_credit_words_inside_reporting(line):
    test_furniture_words_inside_reporting(line)


def test_furniture_in_a_list_is_read_without_its_marker():
    out = reasons(
        "Ferry sinks off Porto\n"
        "- Published: 4 March 2025 10:12\n"
        "- Updated: 4 March 2025 11:40\n"
        "The ferry sank on Tuesday, police said.\n"
        "Divers searched all night.\n"
    )
    assert [r for _, r in out[1:3]] == ["time stamp", "time stamp"], out
    assert out[1][0] == "Published: 4 March 2025 10:12"


def test_a_storys_end_mark_is_furniture_and_its_last_sentence_reporting():
    out = reasons("Ferry sinks\nThe ferry sank on Monday.\nThe port reopened, the mayor said. ■\n")
    assert out[-2:] == [("The port reopened, the mayor said.", None), ("■", "end mark")]
    out = reasons("Ferry sinks\nThe ferry sank on Monday.\nThe port reopened, the mayor said.\n■\n")
    assert out[-1] == ("■", "end mark")


@pytest.mark.parametrize(
    "credit", ["(Web editor: Ana Voss, Piet Moor)", "(Editor: Ana Voss)", "Reporter: Piet Moor"]
)
def test_a_line_naming_the_reports_editors_or_reporters_is_a_credit(credit):
    out = reasons(f"Ferry sinks\nThe ferry sank on Monday, police said.\n{credit}\n")
    assert out[-1] == (credit, "credit line")


def test_an_outlets_bracket_without_a_dash_is_a_dateline_only_before_the_report():
    text = "Ferry sinks\nThe ferry sank on Monday.\n(Harbour Gazette) The port closed.\n"
    assert reasons(text)[-1] == ("(Harbour Gazette) The port closed.", None)


@pytest.mark.parametrize("stamp", ["(2031/02/03-09:41)", "03.02.2031 09:41", "[09:41 CET]"])
def test_a_date_or_time_alone_is_a_time_stamp(stamp):
    text = f"Divers searched the wreck on Monday, police said.\n{stamp}\nThe port reopened on Wednesday.\n"
    out = reasons(text)
    assert [r for _, r in out] == [None, "time stamp", None], out


def test_headlines_listed_with_their_times_are_related_stories():
    text = (
        "Divers searched the wreck on Monday, police said.\n"
        "The port reopened on Wednesday after the search.\n"
        "- 02/03 16:38 Fishermen Protest New Quotas in Porto\n"
        "- 02/03 09:12 (Update 2) Ferry Operator Fined: Minister\n"
        "- 11:05 | Harbour workers walk out over pay\n"
    )
    out = reasons(text)
    assert [r for _, r in out[:2]] == [None, None]
    assert [r for _, r in out[2:]] == ["related story (a headline with its time)"] * 3, out


def test_a_clock_opening_a_sentence_of_reporting_is_no_stamp():
    text = (
        "Divers searched the wreck on Monday.\n10.30 Police closed the quay and divers went in.\n"
    )
    assert [r for _, r in reasons(text)] == [None, None]


def test_related_headlines_with_full_stops_closing_the_page():
    text = (
        "The ferry sank on Monday night in a storm, the coastguard said.\n"
        "Divers searched all night.\n"
        "Related Articles\n"
        "Fishermen protest: can the new quotas last?\n"
        "Harbour index has reached the bottom area.\n"
        '"The quiet choice": why the ferry line bet on diesel.\n'
        "MORE\n"
        "Ten Ports With Traffic Over\n"
    )
    out = reasons(text)
    assert [r for _, r in out[:2]] == [None, None]
    assert all(r == "related story" for _, r in out[3:]), out


def test_a_related_label_inside_the_report_leaves_its_short_paragraphs():
    text = (
        "The ferry sank on Monday night in a storm, the coastguard said.\n"
        "Related Articles\n"
        "Divers searched all night.\n"
        "The captain survived, the operator said.\n"
        "The port stayed shut.\n"
    )
    out = dict(reasons(text))
    assert out["Divers searched all night."] is None
    assert out["The captain survived, the operator said."] is None
    assert out["The port stayed shut."] is None


def test_a_picture_description_shown_twice_in_a_row_is_a_caption():
    line = "A woman wades through a flooded street in Saltford on Tuesday."
    text = f"Floods hit Saltford\n{line}\n{line}\nThe river burst its banks on Monday, officials said.\n"
    out = reasons(text)
    assert [r for _, r in out[1:3]] == ["picture caption (shown twice)"] * 2, out
    assert out[3][1] is None


def test_a_credited_caption_shown_twice_at_the_end_of_the_page_is_a_caption():
    line = "Families wait for news at the port in Saltford. AP photo May 3, 2031"
    text = f"Floods hit Saltford\nThe river burst its banks on Monday, officials said.\n{line}\n{line}\n"
    out = reasons(text)
    assert out[1][1] is None, out
    assert all(r is not None and "caption" in r for _, r in out[2:]), out


def test_a_sentence_of_reporting_shown_twice_keeps_one_copy():
    line = "The river burst its banks on Monday, officials said."
    text = f"Floods hit Saltford\n{line}\n{line}\nRescuers searched all night.\n"
    out = reasons(text)
    assert [r for _, r in out].count(None) == 2, out


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("PORTO, (Reuters) – Divers searched the wreck all night.", "PORTO, (Reuters) – "),
        ("3-2-2031 (PORTO) Divers searched the wreck all night.", "3-2-2031 (PORTO) "),
    ],
)
def test_datelines_with_the_date_left_out_or_in_figures(lead, dateline):
    from briefbook.read.datelines import dateline as find

    m = find(lead)
    assert m is not None and m.group(0) == dateline
    out = reasons(f"Ferry sinks\n{lead}\nThe port reopened on Wednesday, officials said.\n")
    assert ("Divers searched the wreck all night.", None) in out, out


def test_a_bracketed_word_after_figures_is_no_dateline():
    from briefbook.read.datelines import dateline as find

    assert find("3-2-2031 (the figure) was revised.") is None


@pytest.mark.parametrize("line", ["004", "12,500", "* * *"])
def test_a_line_with_no_letter_is_furniture(line):
    text = f"Divers searched the wreck on Monday, police said.\n{line}\nThe port reopened.\n"
    out = reasons(text)
    assert [r for _, r in out] == [None, "no words (a number or a mark alone)", None], out


def test_short_list_items_before_the_report_are_a_menu_and_after_it_a_list():
    text = (
        "Ferry sinks off Porto\n"
        "- Europe\n"
        "- Ports & Shipping\n"
        "Divers searched the wreck on Monday, police said.\n"
        "- Two crew\n"
    )
    out = reasons(text)
    assert [r for _, r in out[1:3]] == ["menu (short items before the report)"] * 2, out
    assert out[3][1] is None and out[4][1] is None


def test_a_run_of_short_capitalised_lines_is_a_menu_even_after_a_notice():
    text = (
        "Sign up for our daily briefing, it is free and takes a minute to join today.\n"
        "- Home\n"
        "- World\n"
        "- Credit Cards\n"
        "- Small Business\n"
        "Divers searched the wreck on Monday, police said.\n"
        "- Oldest\n"
        "- Newest\n"
        "- Most Voted\n"
        "The port reopened on Wednesday.\n"
    )
    out = reasons(text)
    # the notice is the page's pitch ("our"), so the menu stands before the report or not
    assert all((r or "").startswith("menu (") for _, r in out[1:5]), out
    assert out[5][1] is None and out[-1][1] is None
    assert [r for _, r in out[6:9]] == ["menu (a run of short items)"] * 3, out


def test_two_short_lines_or_a_list_the_report_introduces_are_no_menu():
    text = (
        "Divers searched the wreck on Monday, police said.\n"
        "The three crew members were named as:\n"
        "- Jane Roe\n"
        "- Tom Okafor\n"
        "- Ana Ruiz\n"
        "The port reopened on Wednesday.\n"
        "- Harbour Master\n"
        "- Coast Guard\n"
        "Talks resume on Friday, the union said.\n"
    )
    out = reasons(text)
    assert all(r is None or not r.startswith("menu") for _, r in out), out


@pytest.mark.parametrize(
    "line",
    ["Home > World > Europe", "Daily Courier > News > Ferry sinks off Porto as storm hits coast"],
)
def test_sections_joined_by_arrows_are_a_breadcrumb(line):
    text = f"Divers searched the wreck on Monday, police said.\n{line}\nThe port reopened.\n"
    out = reasons(text)
    assert [r for _, r in out] == [None, "breadcrumb (sections joined by '>')", None], out


@pytest.mark.parametrize(
    "line",
    [
        "Readings > 40C were logged in Porto and Braga on Monday, the agency said.",
        "Ports > Shipping > trade, the minister wrote in a note on Monday.",
    ],
)
def test_an_arrow_inside_a_sentence_is_no_breadcrumb(line):
    text = f"Divers searched the wreck on Monday, police said.\n{line}\nThe port reopened.\n"
    assert reasons(text)[1][1] is None


def test_key_facts_listed_before_the_report_are_no_menu():
    text = "Ferry sinks off Porto\n- Harbour closed\n- 12 Dead\nDivers searched the wreck.\n"
    assert [r for _, r in reasons(text)[1:3]] == [None, None]


def test_a_box_about_the_agency_or_writer_under_its_credit():
    text = (
        "Divers searched the wreck on Monday, police said.\n"
        "The port reopened on Wednesday.\n"
        "AFP\n"
        "AFP is a global news agency based in Paris. It files in six languages.\n"
        "By Jane Roe\n"
        "Jane Roe is a reporter covering ports.\n"
    )
    out = reasons(text)
    assert [r for _, r in out[:2]] == [None, None]
    assert [r for _, r in out[3:5]] == ["about the writer or the agency"] * 2, out
    assert out[-1][1] == "about the writer or the agency", out


def test_a_paragraph_opening_with_a_subheading_s_words_stays_reporting():
    text = (
        "Divers searched the wreck on Monday, police said.\n"
        "The Captain\n"
        "The Captain is a veteran of 30 years, the operator said.\n"
    )
    assert reasons(text)[-1][1] is None


def test_a_caption_above_its_credit_split_by_bars():
    text = (
        "Ferry sinks off Porto\n"
        "A crane lifts the ferry's hull at the quay in Porto, on March 4, 2031.\n"
        "Jane Roe | The Courier | AFP\n"
        "Divers searched the wreck on Monday, police said.\n"
        "The port reopened on Wednesday.\n"
    )
    out = reasons(text)
    assert out[1][1] == "picture caption (above its credit)", out
    assert out[3][1] is None and out[4][1] is None


def test_a_photo_credit_split_by_a_bar_without_an_agency_still_credits():
    text = (
        "Ferry sinks off Porto\n"
        "A crane lifts the ferry's hull at the quay in Porto, on March 4, 2031.\n"
        "Photo credit: Jane Roe | The Courier\n"
        "Divers searched the wreck on Monday, police said.\n"
    )
    assert reasons(text)[1][1] == "picture caption (above its credit)"


@pytest.mark.parametrize(
    "line", ["Share.", "Exit mobile version", "Back to top »", "Print", "bottom of page", "Ver más"]
)
def test_a_pages_button_alone_on_its_line_is_furniture(line):
    text = f"Ferry sinks\nThe ferry sank on Monday off the coast.\n{line}\nDivers searched all night.\n"
    out = dict(reasons(text))
    assert out[line] is not None
    assert out["Divers searched all night."] is None


def test_a_line_sending_the_reader_to_a_web_address_is_a_promotion():
    text = (
        "Ferry sinks\nThe ferry sank on Monday off the coast.\n"
        "For more on the rescue, please visit example.com.\n"
        "“For help, visit example.org,” the mayor said.\n"
    )
    out = dict(reasons(text))
    assert out["For more on the rescue, please visit example.com."] == "promotion"
    # a speaker pointing to a web address is still reported speech
    assert out["“For help, visit example.org,” the mayor said."] is None


def test_the_paragraph_under_a_notice_label_is_the_notice():
    text = (
        "Ferry sinks\nThe ferry sank on Monday off the coast.\n"
        "Legal Disclaimer:\n"
        "The publisher gives this text as it is. We accept no liability for its content.\n"
    )
    out = dict(reasons(text))
    assert out["The publisher gives this text as it is."] == "editor's notice"
    assert out["We accept no liability for its content."] == "editor's notice"
    # under a label of reporting ("Background:") the paragraph is reporting
    text = text.replace("Legal Disclaimer:", "Background:")
    assert dict(reasons(text))["The publisher gives this text as it is."] is None


def test_a_feed_label_glued_to_the_paragraph_is_cut_off():
    out = reasons(
        "Ferry sinks\nThe ferry sank on Monday off the coast.\n"
        "Port strike live updates: Dockers walked out on Tuesday at noon.\n"
    )
    assert out[-2][1] is not None and out[-2][0].startswith("Port strike live updates")
    assert out[-1] == ("Dockers walked out on Tuesday at noon.", None)


def test_a_long_note_of_when_the_article_first_ran_is_furniture():
    out = dict(
        reasons(
            "Ferry sinks\nThe ferry sank on Monday off the coast.\n"
            "This article was originally posted at 9:12 a.m. GMT on Monday, March 3. "
            "Divers searched the wreck all night.\n"
        )
    )
    assert out["This article was originally posted at 9:12 a.m. GMT on Monday, March 3."]
    assert out["Divers searched the wreck all night."] is None


@pytest.mark.parametrize(
    "credit",
    [
        "(Bericht von Anna Weber und Jan Kurz; redigiert von Lea Horn)",
        "(Reportage de Marie Roux; version française Paul Lenoir)",
        "Con información de agencias",
        "Com informações da Reuters e da AFP.",
        "Redacción: Ana Ruiz",
    ],
)
def test_wire_credits_as_other_languages_word_them(credit):
    out = reasons(
        f"Le ferry a coulé lundi.\nLe port a rouvert mercredi, a dit le maire.\n{credit}\n"
    )
    assert out[-1] == (credit, "credit line")


@pytest.mark.parametrize(
    "line",
    [
        "Der Bericht von Amnesty International nennt zwölf Tote.",
        "El reportaje de la televisión mostró el puerto cerrado.",
        "Según la redacción del decreto, el puerto cerrará dos días.",
    ],
)
def test_credit_words_inside_sentences_of_other_languages_stay_reporting(line):
    out = reasons(f"Le ferry a coulé lundi.\n{line}\nLe port a rouvert mercredi.\n")
    assert out[1] == (line, None)


@pytest.mark.parametrize(
    "pointer",
    [
        "Also read: Quake toll in Freedonia rises to 2,800 as search goes on 5.",
        "Read also: Port strike ends after three weeks.",
        "ALSO READ | Ferry operator fined over 2019 sinking.",
        "See also: How the coastguard runs a night search.",
        "Related: Storm season starts early in the south.",
        # "look here", "read here", as Latin American pages point to another story
        "MIRA AQUÍ: El puerto reabre tras la tormenta.",
        "Lee aquí: Los estibadores levantan la huelga.",
    ],
)
def test_a_pointer_to_another_story_inside_a_paragraph_is_furniture(pointer):
    """A page flattened into paragraphs leaves "Also read: <headline>" among the sentences
    of reporting: the headline is another story's, its figures none of this one's."""
    text = (
        "Divers searched the wreck on Monday, police said. The ferry carried 60 people. "
        f"{pointer} The port reopened on Wednesday after the search.\n"
    )
    out = dict(reasons(text))
    assert out[pointer].startswith("related story"), out
    others = [r for s, r in out.items() if s != pointer]
    assert others == [None] * 3, out


def test_a_pointer_opening_a_paragraph_takes_its_headline_and_leaves_the_report():
    text = (
        "Divers searched the wreck on Monday, police said.\n"
        "Also read: Port strike ends after three weeks. The ferry carried 60 people when it"
        " sank off the coast in a storm, officials said.\n"
    )
    out = reasons(text)
    assert out[1] == ("Also read: Port strike ends after three weeks.", out[1][1])
    assert out[1][1] is not None and out[1][1].startswith("related story")
    assert out[2][1] is None and out[2][0].startswith("The ferry carried 60 people")


@pytest.mark.parametrize(
    "sentence",
    [
        # the same words inside reporting, with no colon or bar gluing them to a headline
        "Read also the minister's letter, the union urged its members.",
        "Related talks between the port and the union broke down on Monday.",
        "See also how the ferry listed, a witness said of the video.",
        "Also, read the fine print, the regulator told passengers.",
    ],
)
def test_pointer_words_inside_reporting_are_reporting(sentence):
    text = f"Divers searched the wreck on Monday. {sentence} The port reopened.\n"
    assert [r for _, r in reasons(text)] == [None, None, None]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # a line made only of when: dates, clocks, zones, stamp words, a time told from now
        ("09:12 CET 04.03.2031 (Updated: 10:40 CET 04.03.2031)", "time stamp"),
        ("Updated 2 hours ago", "time stamp"),
        ("an hour ago", "time stamp"),
        ("4 min read", "time stamp"),
        ("Reading time: < 3 minutes", "time stamp"),
        # a reading time given as a bound
        ("less than 3 min read", "time stamp"),
        ("Under 5 minutes reading time", "time stamp"),
        # a picture's credit of names joined by a slash, alone on its line
        ("HARBOUR GAZETTE / Ana Voss", "credit line"),
        ("Piet Moor / Harbour Gazette via Getty Images", "credit line"),
        # a caption that names its picture, however described
        ("This handout drone image released by the coastguard shows the wreck.", "picture caption"),
        # a caption closed by "Photo / name" or a bracket naming the picture
        ("Crews clear the quay on Tuesday. Photo / Ana Voss, Harbour Gazette", "picture caption"),
        ("Crews clear the quay on Tuesday. (Gazette file photo)", "picture caption"),
        # one sentence and its credit, with the report going on after it
        (
            "Crews clear the flooded quay in the old port of Porto on Tuesday morning after the"
            " storm. Ana Voss / Harbour Gazette",
            "picture caption (with its credit)",
        ),
    ],
)
def test_stamps_and_picture_credits_by_their_shape(line, reason):
    test_furniture_lines_among_reporting(line, reason)


@pytest.mark.parametrize(
    "line",
    [
        "3 dead",  # a key fact, not a stamp
        # a bound before a figure with no unit of time bounds another number
        "Under 18",
        "Less than 500",
        "Two hours later, divers reached the wreck.",
        "Gaza / Israel",  # two places joined by a slash: no credit
        "The mayor said the image of the port was damaged.",
    ],
)
def test_shapes_of_stamps_and_credits_inside_reporting(line):
    out = reasons(f"Divers searched the wreck on Monday.\n{line}\nThe port reopened.\n")
    assert all(r in (None, "subheading") for _, r in out), out
    assert out[0][1] is None and out[-1][1] is None


@pytest.mark.parametrize(
    "text",
    [
        # a key fact given as a bound of time, in a box of key facts
        "Key facts\n- Less than 48 hours\n- 40 dead\n",
        # an answer in a questions-and-answers piece
        "How long did residents have to leave?\nUnder 2 hours.\n",
    ],
)
def test_a_bound_of_time_that_is_no_reading_time_is_no_stamp(text):
    # review of furn33: a bound before a figure and a unit of time is a stamp only as a
    # reading time ("less than 3 min read"); "Under 2 hours." answers how long
    out = reasons(
        f"Floods forced thousands from their homes on Tuesday.\n{text}The port reopened.\n"
    )
    assert all(r != "time stamp" for _, r in out), out


def test_a_caption_run_into_a_paragraph_with_its_agency_is_furniture_but_not_at_the_end():
    out = reasons(
        "The ferry sank on Monday, the coastguard said. Crews clear the quay in Porto.(AP)\n"
        "Divers searched the wreck all night, police said on Tuesday.\n"
        "The port reopened on Wednesday. The mayor thanked the divers. (AP)\n"
    )
    assert out[0] == ("The ferry sank on Monday, the coastguard said.", None)
    assert out[1] == ("Crews clear the quay in Porto.(AP)", "picture caption")
    assert ("The mayor thanked the divers.", None) in out


def test_a_signature_closing_the_report_leaves_its_sentence_reporting():
    out = reasons(
        "The ferry sank on Monday, the coastguard said.\n"
        "The port reopened on Wednesday after divers had searched the wreck for three days."
        " Ana Voss/HGN\n"
        "Related\n"
        "Fishermen protest against the new quotas in Porto this week\n"
    )
    assert out[1][1] is None, out
    assert out[2] == ("Ana Voss/HGN", "credit line")


def test_a_blog_excerpt_under_the_headline_is_a_teaser_whatever_its_length():
    text = (
        "Ferry sinks off Porto\n"
        "The ferry sank on Monday night off Porto with 40 people aboard, and divers searched the"
        " wreck for the missing as the storm that sank it went on battering the coast and [\u2026]\n"
        "The ferry sank on Monday night off Porto with 40 people aboard, the coastguard said.\n"
        "Divers searched the wreck all night.\n"
    )
    out = reasons(text, title="Ferry sinks off Porto")
    assert out[1][1] == "related story (a teaser)", out
    assert [r for _, r in out[2:]] == [None, None]


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        # a place of several capitalised words before a colon, in the first paragraph
        ("Saint Paul: Divers found the wreck of the ferry on Monday.", "Saint Paul:"),
        # a place in capitals and its country before a colon
        ("PORTO, Portugal: Divers found the wreck of the ferry on Monday.", "PORTO, Portugal:"),
    ],
)
def test_a_place_of_several_words_before_a_colon_is_the_leads_dateline(lead, dateline):
    out = reasons(f"Ferry sinks\n{lead}\nDivers searched the wreck all night.\n")
    assert out[1] == (dateline, out[1][1]) and (out[1][1] or "").startswith("dateline")
    assert out[2][1] is None


def test_a_place_and_its_country_before_a_colon_is_a_dateline_under_a_caption():
    text = (
        "Ferry sinks\n"
        "Divers search the harbour at dawn. (Reuters)\n"
        "PORTO, Portugal: Divers found the wreck of the ferry on Monday, officials said.\n"
        "The search went on all night.\n"
    )
    out = dict(reasons(text))
    assert out["PORTO, Portugal:"].startswith("dateline")
    assert out["Divers found the wreck of the ferry on Monday, officials said."] is None


def test_a_phrase_with_a_small_word_before_a_colon_is_no_dateline():
    out = reasons(
        "Ferry sinks\nState of the Port: Divers found the wreck on Monday.\nIt was old.\n"
    )
    assert out[1][0].startswith("State of the Port:")


def test_run_in_labels_of_key_points_are_furniture_and_their_sentences_statements():
    text = (
        "The ferry sank off the coast on Monday, the coastguard said.\n"
        "Cause unknown: Investigators have not said why the ferry capsized.\n"
        "Rescued: Divers pulled eleven people from the water by evening.\n"
        "He added: The search will go on through the night for the rest.\n"
    )
    out = reasons(text)
    assert ("Cause unknown:", "label") in out
    assert ("Investigators have not said why the ferry capsized.", None) in out
    assert ("Rescued:", "label") in out
    assert ("Divers pulled eleven people from the water by evening.", None) in out
    # a verb of saying before the colon opens a quotation, not a label
    assert ("He added: The search will go on through the night for the rest.", None) in out


def test_a_standfirst_with_no_full_stop_under_the_headline_is_furniture():
    text = (
        "Ferry sinks off Porto\n"
        "Divers search the wreck through the night as the coastguard says eleven people were"
        " rescued, and the owners blame a storm that hit the harbour\n"
        "A ferry sank off the coast of Porto on Monday, the coastguard said.\n"
        "The search went on all night.\n"
    )
    out = reasons(text, title="Ferry sinks off Porto")
    assert out[1][1] is not None and out[1][1].startswith("standfirst")
    assert out[2][1] is None and out[3][1] is None
    # the report's own lead, with its stop, stays a statement
    out = reasons(text.replace("harbour\n", "harbour.\n"), title="Ferry sinks off Porto")
    assert out[1][1] is None
    # on a page whose paragraphs all lost their stops, the first is the report's lead
    out = reasons(text.replace(".\n", "\n"), title="Ferry sinks off Porto")
    assert out[1][1] is None


def test_a_related_document_glued_to_its_label_is_furniture():
    out = dict(
        reasons(
            "The court ruled on Monday that the port must reopen.\n"
            "Related document: The court's ruling (.pdf)\n"
            "The union said it would appeal the ruling.\n"
        )
    )
    assert out["Related document: The court's ruling (.pdf)"] is not None
    assert out["The union said it would appeal the ruling."] is None


def test_agencies_joined_by_a_slash_closing_the_report_sign_it():
    text = (
        "The ferry sank off the coast on Monday, the coastguard said.\n"
        "Talks between the two port authorities have stalled.  (dpa/XNA)\n"
    )
    out = reasons(text)
    assert out[-2] == ("Talks between the two port authorities have stalled.", None)
    assert out[-1][0] == "(dpa/XNA)" and out[-1][1] == "credit line"


def test_a_label_opener_after_a_clause_greeting_the_reader_heads_a_list():
    text = (
        "The ferry sank off the coast on Monday, the coastguard said.\n"
        "For readers only tuning in now, here are the main points:\n"
        "- Eleven people were rescued by divers.\n"
    )
    out = dict(reasons(text))
    assert out["For readers only tuning in now, here are the main points:"] == "label"
    assert out["Eleven people were rescued by divers."] is None


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        # the date day first, as British and German wire copy writes it
        ("PORTO, 3 March (Reuters) - The ferry sank on Monday.", "PORTO, 3 March (Reuters) -"),
        ("Porto, 03. Mar (Reuters) - The ferry sank on Monday.", "Porto, 03. Mar (Reuters) -"),
        # two hyphens straight after the agency's bracket
        ("Porto, Mar. 3 (Porto Press)--The ferry sank on Monday.", "Porto, Mar. 3 (Porto Press)--"),
    ],
)
def test_wire_datelines_with_the_day_first_or_two_hyphens_are_furniture(lead, dateline):
    out = reasons(f"Ferry sinks\n{lead}\nDivers searched the wreck all night.\n")
    assert out[1][0] == dateline and (out[1][1] or "").startswith("dateline")
    assert out[2] == ("The ferry sank on Monday.", None)


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        # the year after the date, and a weekday for the place, as health wires write it
        (
            "TUESDAY, March 3, 2031 (Porto News) — The ferry sank.",
            "TUESDAY, March 3, 2031 (Porto News) —",
        ),
        ("PORTO, Mar. 3, 2031 (Reuters) - The ferry sank.", "PORTO, Mar. 3, 2031 (Reuters) -"),
        # an agency and its partner in brackets, after a comma
        ("Porto, Sept 3, (dpa/XNA) – The ferry sank.", "Porto, Sept 3, (dpa/XNA) –"),
    ],
)
def test_datelines_with_a_year_or_an_agency_and_its_partner(lead, dateline):
    out = reasons(f"Ferry sinks\n{lead} Divers searched the wreck all night.\nMore were found.\n")
    assert out[1][0] == dateline and (out[1][1] or "").startswith("dateline")
    assert out[2] == ("The ferry sank.", None)


@pytest.mark.parametrize(
    "line",
    [
        # the footer a blog engine's feed adds, and a syndicated feed's notice
        "The post Ferry sinks off Porto appeared first on Porto Daily.",
        "This story has been published from a syndicated feed without edits.",
    ],
)
def test_feed_footers_are_syndication_notices(line):
    out = dict(reasons(f"The ferry sank off the coast on Monday, the coastguard said.\n{line}\n"))
    assert out[line] is not None
    assert out["The ferry sank off the coast on Monday, the coastguard said."] is None


def test_a_newsletter_pitch_to_the_readers_inbox_is_a_promotion():
    line = "Get the port's news and weather to your inbox. Sign up for our daily letters."
    out = reasons(f"The ferry sank on Monday, the coastguard said.\n{line}\nDivers searched.\n")
    assert [r for t, r in out if t != "The ferry sank on Monday, the coastguard said."][:2] == [
        "promotion",
        "promotion",
    ]
    assert out[0][1] is None and out[-1][1] is None


def test_a_source_credit_with_a_dash_for_its_colon_names_the_agency():
    out = dict(
        reasons("The ferry sank off the coast on Monday, the coastguard said.\nsource – AFP\n")
    )
    assert out["source – AFP"] == "credit line"
    sentence = "Sources – two port officials – said the ferry was overloaded."
    assert dict(reasons(f"The ferry sank.\n{sentence}\n"))[sentence] is None


def test_a_paragraph_between_the_headline_and_the_byline_is_the_standfirst():
    text = (
        "Port Strike Spreads\n"
        "The dockers walked out again this week.\n"
        "By Jane Roe\n"
        "Dockers at the port walked out on Monday, the union said.\n"
        "Talks between the two sides failed on Tuesday.\n"
    )
    out = dict(reasons(text, title="Port Strike Spreads"))
    assert out["The dockers walked out again this week."] is not None
    assert out["Dockers at the port walked out on Monday, the union said."] is None


def test_a_photographers_name_and_agency_in_brackets_credit_the_caption_it_closes():
    text = (
        "Dockers at the port walked out on Monday, the union said.\n"
        "Dockers march past the harbour gates on Monday.Jane Roe (REUTERS)\n"
        "Talks between the two sides failed on Tuesday, the mediator said.\n"
    )
    out = dict(reasons(text))
    assert out["Dockers march past the harbour gates on Monday."] is not None
    assert out["Jane Roe (REUTERS)"] is not None
    assert out["Talks between the two sides failed on Tuesday, the mediator said."] is None


@pytest.mark.parametrize(
    "note",
    [
        "(Adds the union's reply throughout.)",
        "(Updates with the mediator's statement)",
        "(Ajout de la réaction du syndicat au paragraphe 4) par Jane Roe et Ana Gil",
    ],
)
def test_a_wire_desks_note_on_what_a_version_changes_is_furniture(note):
    out = dict(reasons(f"{note}\nDockers at the port walked out on Monday, the union said.\n"))
    assert out[note] is not None
    assert out["Dockers at the port walked out on Monday, the union said."] is None
    sentence = "(Updates are posted hourly, the port said.) The strike went on."
    assert all(r is None for _, r in reasons(f"The ferry sank.\n{sentence}\n"))


@pytest.mark.parametrize(
    "line", ["You must log in to post a comment.", "To continue reading this story..."]
)
def test_a_comment_box_or_paywall_prompt_is_a_promotion(line):
    out = dict(reasons(f"The ferry sank off the coast on Monday, the coastguard said.\n{line}\n"))
    assert out[line] == "promotion"
    assert out["The ferry sank off the coast on Monday, the coastguard said."] is None


def test_a_step_of_a_breadcrumb_trail_on_its_own_line_is_navigation():
    text = (
        "Ferry sinks off the coast\n"
        "• Main Page  >\n"
        "The ferry sank off the coast on Monday, the coastguard said.\n"
    )
    out = dict(reasons(text))
    assert out["Main Page  >"] is not None
    assert out["The ferry sank off the coast on Monday, the coastguard said."] is None
    assert dict(reasons("« Nous resterons »\nLe port est fermé.\n"))["Le port est fermé."] is None


def test_a_standfirst_without_its_stop_repeated_below_with_it_is_furniture():
    standfirst = (
        "The union called the strike on Monday after the port refused its offer. Talks with"
        " the port authority failed again late on Sunday night"
    )
    text = (
        f"Port strike spreads\nThe port was shut on Monday.\n{standfirst}\n"
        "Dockers marched past the gates, the union said.\n"
        f"{standfirst}.\n"
    )
    out = reasons(text)
    first = "The union called the strike on Monday after the port refused its offer."
    assert next(r for t, r in out if t == first) is not None
    assert out[-1] == ("Talks with the port authority failed again late on Sunday night.", None)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # a sign-up form's thanks and terms
        ("Thank you for signing up!", "promotion"),
        ("By signing up, you agree to our Privacy Policy and Terms of Use.", "promotion"),
        # a notice that the page changed
        ("This article has been updated.", "promotion"),
        ("This post was updated on Tuesday to add the mayor's comments.", "promotion"),
        # an affiliate notice, a cookie banner, a script or player that did not run
        ("We may earn a commission from links on this page.", "promotion"),
        ("We use cookies to give you the best experience on our site.", "promotion"),
        ("Please enable JavaScript to view the comments.", "promotion"),
        ("Your browser does not support the audio element.", "promotion"),
        ("Share on WhatsApp (Opens in new window)", "promotion"),
        ("Please wait while we verify your browser.", "promotion"),
        ("Loading...", "comment box or menu"),
    ],
)
def test_forms_banners_and_notices_of_any_site(line, reason):
    test_furniture_lines_among_reporting(line, reason)


@pytest.mark.parametrize(
    "line",
    [
        # the same words as the report's own, in a longer sentence that says who said it
        "The ferry company said it had updated its timetable after the storm, and that the"
        " article posted by its union was wrong about the cuts.",
        "Investigators said the ferry's loading ramp had failed twice before.",
    ],
)
def test_form_and_banner_words_inside_reporting(line):
    test_furniture_words_inside_reporting(line)


@pytest.mark.parametrize(
    "line",
    [
        "In an aerial view, new cars stand on the sales lot in Saltford on March 3, 2025.",
        "A general view shows the damaged port in Saltford on Tuesday.",
        "An aerial view of the flooded town of Saltford, March 3, 2025.",
    ],
)
def test_a_caption_of_a_scene_seen_from_above_or_afar(line):
    test_furniture_lines_among_reporting(line, "picture caption")


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("Zoom in. The outbreak began in the port's poorest district in May.", "Zoom in."),
        ("Why it matters: The port handles a third of the country's trade.", "Why it matters:"),
        ("By the numbers: Forty ships were stuck at anchor on Tuesday.", "By the numbers:"),
    ],
)
def test_a_run_in_label_of_a_house_style_heads_a_paragraph_of_reporting(paragraph, label):
    text = f"Divers searched the wreck on Monday, police said.\n{paragraph}\n"
    out = reasons(text)
    assert out[1] == (label, "label"), out
    assert out[2][1] is None, out


def test_a_membership_pitch_and_a_channel_prompt_glued_to_reporting():
    text = (
        "Divers searched the wreck on Monday, police said. Are you on Telegram? Subscribe to"
        " our channel for the latest news.\n"
        "Members-only access to our weekly analysis\n"
        "The port reopened on Wednesday after the search, officials said.\n"
    )
    out = dict(reasons(text))
    assert out["Are you on Telegram?"] == "promotion", out
    assert out["Members-only access to our weekly analysis"] == "promotion", out
    assert out["Divers searched the wreck on Monday, police said."] is None, out


@pytest.mark.parametrize(
    "line",
    [
        "Crowds gather outside the town hall in Saltford (Jane Roe/PA)",
        "Rescuers search the rubble in Saltford on Tuesday. (John Doe/Shutterstock)",
        "A ferry leaves the harbour at dawn (Ana Ruiz/Porto Courier)",
    ],
)
def test_a_caption_closed_by_a_photographer_and_her_agency_in_brackets(line):
    text = f"Divers searched the wreck on Monday, police said.\n{line}\nThe port reopened on Wednesday after the search.\n"
    out = reasons(text)
    assert out[0][1] is None and out[-1][1] is None, out
    assert [r for _, r in out[1:-1]] == ["picture caption"] * (len(out) - 2), out


@pytest.mark.parametrize(
    "line",
    [
        # a sentence closes its bracket with its own stop
        "The two ministers met in Porto on Monday (North Korea/China).",
        "Ana Ruiz said the two parties would share power (Labour Party/Green Party).",
        # a slash in a bracket inside a sentence
        "The alliance (Labour Party/Green Party) won the vote in Saltford on Sunday.",
    ],
)
def test_a_slash_of_two_names_in_a_sentence_is_no_picture_credit(line):
    text = f"Divers searched the wreck on Monday, police said.\n{line}\nThe port reopened.\n"
    assert all(r is None for _, r in reasons(text)), reasons(text)
