"""A site's menu of channels and icons, a headline with its standfirst run on after it on
one line, and the lines of an offer's box that name no offer (round 36). Every sentence is
invented."""

from __future__ import annotations

import pytest

from briefbook.model import SourceMeta
from briefbook.project.load import RawArticle
from briefbook.read.reading import read_article

LEAD = "The ferry sank off the coast on Monday, the coastguard said."
MORE = "Divers searched the wreck on Tuesday as the port stayed closed, officials said."


def reasons(text: str, **meta: str) -> dict[str, str | None]:
    """Each sentence's furniture, its own or its paragraph's."""
    raw = RawArticle(SourceMeta(id="x", **meta), text, None, "0")  # type: ignore[arg-type]
    article = read_article(raw, "x.txt")
    return {s.text: s.boilerplate or b.boilerplate for b in article.blocks for s in b.sentences}


@pytest.mark.parametrize(
    "items",
    [
        ["Radio1", "Radio2", "Podcasts", "Archiv"],
        ["instagram", "linkedin2", "icon-youtube-1"],
        ["Home", "TV3", "Wetter", "facebook"],
        ["TV1 Live", "TV2 Live", "Podcasts"],
    ],
)
def test_a_run_of_channels_and_icons_named_by_one_word_is_a_menu(items):
    text = "".join(f"- {item}\n" for item in items) + f"{LEAD}\n{MORE}\n"
    out = reasons(text)
    assert all((out[item] or "").startswith("menu") for item in items), out
    assert out[LEAD] is None


@pytest.mark.parametrize(
    "items",
    [
        ["flour", "sugar"],  # two items make no menu
        ["179 dead", "40 missing", "12 hurt"],  # figures stand apart from their words
    ],
)
def test_short_items_with_figures_or_too_few_are_no_menu(items):
    text = f"{LEAD}\n" + "".join(f"- {item}\n" for item in items) + f"{MORE}\n"
    out = reasons(text)
    assert all(out[item] is None or not out[item].startswith("menu") for item in items), out


def test_a_headline_with_its_standfirst_run_on_after_it_is_furniture():
    title = "Ferry Sinks Off The Coast: Divers Search The Wreck"
    deck = "Rescuers pulled twelve people from the sea as the storm eased."
    out = reasons(f"{title} {deck}\n{LEAD}\n{MORE}\n", title=title)
    top = [reason for sentence, reason in out.items() if sentence not in (LEAD, MORE)]
    assert top and all(reason is not None for reason in top), out
    assert out[LEAD] is None and out[MORE] is None


def test_a_lead_that_does_not_open_with_the_title_stays_the_report():
    title = "Ferry sinks off the coast"
    out = reasons(f"{LEAD}\n{MORE}\n", title=title)
    assert out[LEAD] is None


def test_a_paragraph_opening_with_the_title_and_running_long_stays_the_report():
    title = "Ferry sinks"
    body = f"{title} off the coast. " + " ".join([MORE] * 5)
    out = reasons(f"{body}\n{LEAD}\n", title=title)
    assert all(v is None for v in out.values()), out


def test_the_items_of_an_offers_list_that_name_no_offer_are_promotion():
    text = (
        f"{LEAD}\n"
        "- Enjoy unlimited reading on our site\n"
        "- Read the E-Edition, our digital replica newspaper\n"
        "- Access our award-winning app\n"
        "- Play daily puzzles\n"
        f"{MORE}\n"
    )
    out = reasons(text)
    assert out["Enjoy unlimited reading on our site"] is not None, out
    assert out["Play daily puzzles"] is not None, out
    assert out[LEAD] is None and out[MORE] is None


def test_a_short_line_between_two_promotions_is_promotion():
    text = f"{LEAD}\nSign up\nGet the news faster.\nTap to install our app.\n{MORE}\n"
    out = reasons(text)
    assert (out["Get the news faster."] or "").startswith("promotion"), out
    assert out[MORE] is None


def test_a_report_s_list_or_a_sentence_between_promotions_stays_the_report():
    items = ["Two crew were rescued from the water", "One passenger is still missing"]
    text = f"{LEAD}\n" + "".join(f"- {i}\n" for i in items) + f"{MORE}\n"
    out = reasons(text)
    assert all(out[i] is None for i in items), out
    long = "The coastguard said the ferry had sailed despite a warning issued on Sunday night."
    out = reasons(f"{LEAD}\nSign up\n{long}\nTap to install our app.\n{MORE}\n")
    assert out[long] is None, out


def test_lines_left_above_the_dateline_once_an_offer_is_set_aside_are_furniture():
    lead = "PORTO, Portugal (AP) — The ferry sank off the coast on Monday, the coastguard said."
    text = (
        "Ferry sinks off Porto\n"
        "Read this story for free:\n"
        "- Enjoy unlimited reading on our site\n"
        "- Read the E-Edition, our digital replica newspaper\n"
        "- Access our award-winning app\n"
        "- Play daily puzzles\n"
        "Read every story today:\n"
        f"{lead}\n{MORE}\n"
    )
    out = reasons(text)
    assert out["Read this story for free:"] is not None, out
    assert out["Read every story today:"] is not None, out
    assert out[MORE] is None


def test_a_video_caption_of_three_sentences_above_the_dateline_is_furniture():
    caption = (
        "Lawyers for the ferry company step outside the court to speak to reporters as the "
        "hearing comes to an end. But spirits are high as the company's lawyer said the "
        "judge had got it right. A reporter speaks with a maritime lawyer about what the "
        "ruling means for the families."
    )
    lead = "PORTO (AP) — The ferry sank off the coast on Monday, the coastguard said."
    out = reasons(f"Ferry company cleared\n{caption}\n{lead}\n{MORE}\n")
    assert all(reason is not None for s, reason in out.items() if s in caption), out
    assert out[MORE] is None


def test_a_long_paragraph_above_the_dateline_stays_the_report():
    para = " ".join([MORE] * 5)
    lead = "PORTO (AP) — The ferry sank off the coast on Monday, the coastguard said."
    out = reasons(f"Ferry company cleared\n{para}\n{lead}\n")
    assert all(reason is None for s, reason in out.items() if s in para), out


@pytest.mark.parametrize(
    "pitch",
    [
        "The Morning Briefing newsletter brings you the news you need to start your day. "
        "Sign up here.",
        "Our weekly newsletter has the stories you missed. Subscribe now.",
    ],
)
def test_a_newsletters_blurb_and_its_call_as_a_paragraph_of_their_own_are_promotion(pitch):
    out = reasons(f"{LEAD}\n{pitch}\n{MORE}\n")
    said = [s for s in out if s in pitch]
    assert said and all((out[s] or "").startswith("promotion") for s in said), out
    assert out[LEAD] is None and out[MORE] is None


@pytest.mark.parametrize(
    "line",
    [
        "Residents were told to sign up for evacuation alerts, the mayor said.",
        "The council urged residents to sign up for flood alerts on Monday.",
    ],
)
def test_a_report_of_a_call_to_sign_up_stays_the_report(line):
    out = reasons(f"{LEAD}\n{line}\n{MORE}\n")
    assert out[line] is None, out
