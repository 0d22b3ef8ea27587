"""A standfirst known by its place: between the headline and the headline set again above
the story (not a lead that says who told it), under that copy above the page's stamp; a deck
over key points that retell it (not a lead over a list setting out what it names); and a
capital with its country set as a sentence of its own right above the report, its dateline
(round 37). Every sentence is invented."""

from __future__ import annotations

import pytest

from conftest import furniture_of

TITLE = "Port strike spreads to three more harbours"
TEASER = "Dockers at the northern harbours join the walkout as pay talks stall."
LEAD = "Cranes stood idle at three northern harbours on Monday, the union said."
MORE = "Dockers there took up the walkout after pay talks stalled on Friday, officials said."


reasons = furniture_of


@pytest.mark.parametrize(
    ("title", "teaser", "lead", "more"),
    [
        # a teaser in the simple past, as a lead tells it: its place makes it the page's
        (
            TITLE,
            "Dockers at the northern harbours joined the walkout as pay talks stalled.",
            LEAD,
            MORE,
        ),
        (
            "La grève du port s'étend à trois autres ports",
            "Les dockers des ports du nord rejoignent la grève, les négociations salariales "
            "sont bloquées.",
            "Les grues sont restées immobiles lundi dans trois ports du nord, selon le syndicat.",
            "Les dockers ont rejoint la grève après l'échec des négociations salariales "
            "vendredi, a indiqué la direction.",
        ),
    ],
)
def test_a_paragraph_between_the_headline_and_its_copy_is_the_standfirst(title, teaser, lead, more):
    # the story under the copy tells the teaser's facts again, in its first two paragraphs
    text = f"{title}\n{teaser}\n{title}\n{lead}\n{more}\n"
    out = reasons(text, title=title)
    assert (out[teaser] or "").startswith("standfirst"), out
    assert out[lead] is None
    assert out[more] is None


def test_a_lead_above_the_headline_set_again_as_a_crosshead_stays_the_report():
    # the story under the copy goes on with new facts: the paragraph above it is the lead
    other = "The harbour master said 40 ships were waiting offshore on Tuesday."
    text = f"{TITLE}\n{TEASER}\n{TITLE}\n{other}\n{LEAD}\n"
    assert reasons(text, title=TITLE)[TEASER] is None


def test_without_the_headline_set_again_the_paragraph_under_it_stays_the_report():
    text = f"{TITLE}\n{TEASER}\n{LEAD}\n{MORE}\n"
    assert reasons(text, title=TITLE)[TEASER] is None
    # a page with no title of its own sets no headline to find again
    assert reasons(f"{TEASER}\n{LEAD}\n{MORE}\n")[TEASER] is None


def test_the_headline_repeated_far_below_makes_no_standfirst_of_the_report():
    body = [LEAD, MORE, "The harbour master said ships were waiting offshore.", TEASER]
    text = "\n".join([TITLE, *body, TITLE, "Talks are due to resume on Friday, the union said."])
    out = reasons(text + "\n", title=TITLE)
    assert all(out[line] is None for line in body), out


def test_a_line_under_the_headlines_copy_above_the_pages_stamp_is_the_standfirst():
    picture = "The quay stood empty as the strike spread."
    text = f"{TITLE}\n{TEASER}\n{TITLE}\n{picture}\n2 hours ago\n{LEAD}\n{MORE}\n"
    out = reasons(text, title=TITLE)
    assert (out[picture] or "").startswith("standfirst"), out
    assert out[LEAD] is None


def test_an_attributed_lead_between_the_headline_and_its_copy_stays_the_report():
    # a caption repeating the headline under the lead, the story below retelling the lead
    title = "Floods kill 12 in the northern hills"
    lead = "Floods have killed at least 12 people in the northern hills, the civil agency said."
    again = "At least 12 people were killed as floods swept the northern hills on Monday."
    out = reasons(f"{title}\n{lead}\n{title}\n{again}\n{MORE}\n", title=title)
    assert out[lead] is None, out


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("La Paz, Bolivia.", True),  # a capital and its country set as a sentence of its own
        ("Lima, Peru.", True),
        ("Porto, Portugal.", False),  # a place the gazetteer does not know
        ("Roe, Jane.", False),  # a name: no country the gazetteer knows
        ("Yes, Minister.", False),
        ("Then, Moscow.", False),  # a capital is no country
        ("Goodbye, London.", False),
        ("Welcome, Ukraine.", False),  # a word, not a place, before the country
        ("Smith, Jordan.", False),  # a name that is a country's too
        ("Roe, Chad.", False),
        ("Brown, Georgia.", False),
        ("Beckham, Victoria.", False),
    ],
)
def test_a_place_and_its_country_alone_with_a_full_stop_is_a_dateline(line, dateline):
    text = f"{line}\nDockers at the northern quay walked out on Monday, the union said.\n"
    assert (reasons(text)[line] == "dateline") is dateline


@pytest.mark.parametrize("line", ["La Paz, Bolivia.", "Smith, Jordan.", "Goodbye, London."])
def test_a_place_and_its_country_below_the_lead_is_no_dateline(line):
    # only the page's first line of reporting, right above its lead, is read so
    lead = "Dockers at the northern quay walked out on Monday, the union said."
    text = f"{lead}\n{MORE}\n{line}\nTalks are due to resume on Friday.\n"
    assert reasons(text)[line] != "dateline"


KEY_DECK = (
    "Dockers walked out at three more harbours on Monday as pay talks with the port operator "
    "stalled over night shifts and overtime."
)


def test_a_deck_over_key_points_that_retell_it_together_is_the_standfirst():
    points = [
        "- Cranes stood idle at the northern harbours on Monday.",
        "- Pay talks with the operator stalled over night shifts.",
        "- Overtime bans hit cargo traffic across the coast.",
    ]
    text = "\n".join([TITLE, KEY_DECK, *points, MORE]) + "\n"
    out = reasons(text, title=TITLE)
    assert (out[KEY_DECK] or "").startswith("standfirst"), out
    assert out["Cranes stood idle at the northern harbours on Monday."] is None


def test_a_lead_over_key_points_that_tell_other_facts_stays_the_report():
    points = [
        "- The harbour master counted 40 ships waiting offshore.",
        "- Fishermen blocked the northern quay in support.",
    ]
    text = "\n".join([TITLE, KEY_DECK, *points, MORE]) + "\n"
    assert reasons(text, title=TITLE)[KEY_DECK] is None


def test_a_lead_over_a_list_of_what_it_brings_stays_the_report():
    # a lead naming the measures, the list setting out each: the report, not a deck
    lead = (
        "The finance minister presented a budget that caps rents, freezes fuel prices and "
        "raises pensions for the next three years."
    )
    points = [
        "- Rents: the budget caps increases at 2% a year for the next three years.",
        "- Fuel: the minister freezes pump prices at their January level.",
        "- Pensions: the budget raises the basic pension by 4% from April.",
        "- Schools: free meals are extended to all primary pupils.",
    ]
    title = "Budget caps rents and freezes fuel prices"
    text = "\n".join([title, lead, *points, "The opposition called it a giveaway."]) + "\n"
    assert reasons(text, title=title)[lead] is None


def test_a_deck_over_a_long_list_is_not_compared_with_all_its_items():
    points = [
        "- Cranes stood idle at the northern harbours on Monday.",
        "- Pay talks with the operator stalled over night shifts.",
        "- Overtime bans hit cargo traffic across the coast.",
        "- The harbour master counted 40 ships waiting offshore.",
        "- Fishermen blocked the northern quay in support.",
        "- Ferries ran to a reduced timetable.",
    ]
    text = "\n".join([TITLE, KEY_DECK, *points, MORE]) + "\n"
    assert reasons(text, title=TITLE)[KEY_DECK] is None


_NO_STOP = "standfirst (no full stop, under the headline)"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        # a summary with no stop under the headline, in the outlet's voice: the standfirst
        # (a short one is read as the heading under the headline)
        (
            "Dockers at three more northern harbours join the long walkout as the pay talks "
            "stall again this week",
            _NO_STOP,
        ),
        ("Dockers at three more harbours join the walkout as pay talks stall", "subheading"),
        # the same line closing with its source is the report's lead that lost its stop:
        # "according to" and a source, or who said it in the past tense
        (
            "Dockers at three more northern harbours have joined the long walkout this week, "
            "according to the union",
            None,
        ),
        ("Dockers at three more harbours have joined the walkout, according to the union", None),
        ("Dockers at three more harbours have joined the walkout, according to analysts", None),
        (
            "Dockers at three more harbours have joined the walkout, according to Harbour Radio",
            None,
        ),
        ("Dockers at three more harbours walked out on Monday, the union said", None),
        # "citing" gives a reason, the present tense speaks as a headline does, "according to
        # plan" or "reports" names no one, and other languages are not read so: the page's
        (
            "Airline grounds its fleet for a week, citing a shortage of engine parts",
            "subheading",
        ),
        (
            "Dockers at three more northern harbours will join the long walkout by Friday, "
            "citing a shortage of pay",
            _NO_STOP,
        ),
        ("The walkout will spread to every harbour by Friday, says union leader", "subheading"),
        ("The evacuation of the valley is going ahead, according to plan", "subheading"),
        (
            "Dockers at three more northern harbours will go on with the long walkout this "
            "week, according to plan",
            _NO_STOP,
        ),
        (
            "Dockers at three more harbours have joined the walkout, according to reports",
            "subheading",
        ),
        ("Les prix du carburant grimpent encore cette semaine, selon les régions", "subheading"),
        (
            "El puerto reabrirá el lunes tras una semana de huelga, según lo previsto",
            "subheading",
        ),
    ],
)
def test_a_line_without_a_stop_under_the_headline_that_names_its_source_is_the_report(line, label):
    text = f"{TITLE}\n{line}\n{LEAD}\n{MORE}\n"
    assert reasons(text)[line] == label, reasons(text)


@pytest.mark.parametrize("under", ["Posted 3 May 2024", "By Jane Roe"])
def test_a_short_paragraph_closing_according_to_a_source_above_the_page_top_is_one_reading(
    under,
):
    # above the page's stamp as above its byline: the standfirst (the rules above the page's
    # top read only who said it in the past tense, not "according to")
    line = "Strike could cost the economy millions, according to analysts."
    text = f"{TITLE}\n{line}\n{under}\n{LEAD}\n{MORE}\n"
    assert (reasons(text)[line] or "").startswith("standfirst"), reasons(text)
