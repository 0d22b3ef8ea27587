"""A site's menu of channels and icons, a headline with its standfirst run on after it on
one line, and the lines of an offer's box that name no offer (round 36). Every sentence is
invented."""

from __future__ import annotations

import pytest

from conftest import furniture_of

LEAD = "The ferry sank off the coast on Monday, the coastguard said."
MORE = "Divers searched the wreck on Tuesday as the port stayed closed, officials said."


reasons = furniture_of


@pytest.mark.parametrize(
    "items",
    [
        ["Radio7", "Radio8", "Podcasts", "Archiv"],
        ["pinterest", "mastodon3", "icon-mail-2"],
        ["Start", "TV9", "Sport", "facebook"],
        ["TV5 Live", "TV6 Live", "Podcasts"],
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
        ["flour", "sugar", "eggs"],  # a report's list in lowercase names no service
        ["murder", "arson", "kidnapping"],
        ["yes", "no", "undecided"],
        ["H5N1", "H3N2", "H1N1"],  # strains and models: figures glued, no service named
        ["A320", "A321", "B737-800"],
        ["Covid-19", "Mpox", "Dengue"],
    ],
)
def test_short_items_with_figures_or_too_few_are_no_menu(items):
    intro = "The bakery said it ran short of these on Monday."
    text = f"{LEAD}\n{intro}\n" + "".join(f"- {item}\n" for item in items) + f"{MORE}\n"
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


OFFER = (
    "- Read our print edition on any screen\n"
    "- Get our morning newsletter\n"
    "- Download our free app\n"
    "- Play daily puzzles\n"
)


def test_the_items_of_an_offers_list_that_name_no_offer_are_promotion():
    out = reasons(f"{LEAD}\n{OFFER}{MORE}\n")
    assert (out["Play daily puzzles"] or "").startswith("promotion"), out
    assert out[LEAD] is None and out[MORE] is None


@pytest.mark.parametrize(
    "lines",
    [
        # a list the report introduces with a colon
        [
            "The health ministry urged people over 65 to act:",
            "- Sign up for a free flu jab at your pharmacy",
            "- Wear a mask on buses",
        ],
        # advice: few of its items are the page's
        [
            "- Sign up for text alerts from the council",
            "- Follow the fire service on social media",
            "- Stay indoors",
            "- Check on elderly neighbours",
        ],
        [
            "- Sign up for a free flu jab at any pharmacy",
            "- Wear a mask on buses",
            "- Donate to the flood appeal",
            "- Check on elderly neighbours",
        ],
        [
            "- Inscrivez-vous aux alertes SMS de la mairie",
            "- Restez chez vous",
        ],
    ],
)
def test_a_report_s_list_of_advice_stays_the_report(lines):
    out = reasons(f"{LEAD}\n" + "".join(f"{line}\n" for line in lines) + f"{MORE}\n")
    for line in lines[1:]:
        item = line.removeprefix("- ")
        if not item.startswith(("Sign up", "Follow", "Donate", "Inscrivez")):
            assert out[item] is None, out


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
    for line in ("The toll rose to 12.", "The river peaked at 6 metres.", "Three people died."):
        page = f"{LEAD}\nSubscribe to our newsletter\n{line}\nDownload our app\n{MORE}\n"
        out = reasons(page)
        assert out[line] is None, out


def test_lines_left_above_the_dateline_once_an_offer_is_set_aside_are_furniture():
    lead = "PORTO, Portugal (AP) — The ferry sank off the coast on Monday, the coastguard said."
    text = (
        "Ferry sinks off Porto\n"
        "Read this story for free:\n"
        f"{OFFER.replace('Read our print edition on any screen', 'Subscribe to our print edition')}"
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
        "hearing comes to an end. The mood among the crew's families is calm as the company's "
        "lawyer said the judge had weighed the evidence. A reporter speaks with a maritime "
        "lawyer about what the ruling means for the families."
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
        "Our Harbour Briefing newsletter brings you the news you need to start your day. "
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
        "The union's newsletter brings you news of the strike. Sign up at the depot.",
    ],
)
def test_a_report_of_a_call_to_sign_up_stays_the_report(line):
    out = reasons(f"{LEAD}\n{line}\n{MORE}\n")
    assert all(out[s] is None for s in out if s in line), out


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a lead under its dateline, or told with who said it, is no standfirst
        (
            "Ferry sinks off Porto",
            "Ferry sinks off Porto PORTO, Portugal (AP) — A ferry carrying 40 people sank off "
            "the coast on Monday, the coastguard said.",
        ),
        (
            "Ferry Sinks Off Porto",
            "Ferry Sinks Off Porto A ferry carrying 40 people sank off the coast on Monday, the "
            "coastguard said.",
        ),
        # a short title opens a lead as its subject
        ("Lula", "Lula Da Silva said on Monday he would veto the pension bill."),
        ("Kenya", "Kenya Police fired tear gas at protesters in the capital on Tuesday."),
        ("Storm Boris", "Storm Boris Heavy rain flooded towns across the region on Sunday."),
        ("Hochwasser", "Hochwasser Die Pegel stiegen am Montag weiter, teilten die Behörden mit."),
    ],
)
def test_a_lead_opening_with_the_title_stays_the_report(title, body):
    out = reasons(f"{body}\n{MORE}\n", title=title)
    said = [s for s in out if s in body]
    assert said and not all(out[s] is not None for s in said), out


def test_a_headline_glued_to_its_standfirst_matches_the_title_as_the_headline_does():
    title = "Ferry ‘sinks’ off the coast near Porto"
    deck = "Rescuers pull twelve people from the sea as the storm eases."
    out = reasons(f"Ferry 'sinks' off the coast near Porto {deck}\n{LEAD}\n{MORE}\n", title=title)
    top = [reason for sentence, reason in out.items() if sentence not in (LEAD, MORE)]
    assert top and all(reason is not None for reason in top), out


@pytest.mark.parametrize(
    ("para", "lead"),
    [
        (
            "Le gouvernement a décrété lundi l'état d'urgence dans trois provinces après des "
            "pluies torrentielles qui ont inondé des dizaines de villages. Les secouristes ont "
            "cherché toute la nuit les disparus tandis que le fleuve continuait de monter et que "
            "des milliers d'habitants quittaient leurs maisons pour se réfugier dans les écoles.",
            "PORTO (AFP) - Le ferry a coulé lundi au large des côtes, selon les garde-côtes.",
        ),
        (
            "Die Regierung hat am Montag in drei Provinzen den Notstand ausgerufen, nachdem "
            "heftige Regenfälle Dutzende Dörfer überflutet hatten. Die Retter haben die ganze "
            "Nacht nach den Vermissten gesucht, während der Fluss weiter stieg und Tausende "
            "Bewohner ihre Häuser verließen, um in den Schulen der Stadt Schutz zu suchen.",
            "PORTO (dpa) - Die Fähre sank am Montag vor der Küste, teilte die Küstenwache mit.",
        ),
        (
            "Rescue teams search the rubble of the market in the old town as families wait "
            "outside the cordon for news of their relatives. The mayor says more than forty "
            "traders remain missing and that cranes are on their way from the capital to lift "
            "the fallen roof before nightfall.",
            "PORTO (AP) — The ferry sank off the coast on Monday, the coastguard said.",
        ),
    ],
)
def test_a_report_of_46_to_60_words_above_the_dateline_stays_the_report(para, lead):
    assert 45 < len(para.split()) <= 60
    out = reasons(f"Market roof falls\n{para}\n{lead}\n")
    assert all(reason is None for s, reason in out.items() if s in para), out


def test_a_page_with_two_datelines_reads_above_the_same_lead_in_both_looks():
    first = "Rescuers worked through the night to reach the trapped passengers, officials said."
    second = "Relatives gathered at the port as the first survivors were brought ashore."
    text = (
        f"Ferry sinks\n{first}\n{second}\nPORTO (AP) — {LEAD}\n{MORE}\n"
        "The mayor declared three days of mourning.\nIn other news:\n"
        "LISBON (AP) — The parliament passed the budget on Tuesday, officials said.\n"
    )
    out = reasons(text)
    assert out[first] is None and out[second] is None, out
