"""A standfirst known by its place or its voice: between the headline and the headline set
again above the story, under that copy above the page's stamp, and one that sums up in the
present what someone says, restated below by the lead; and a place with its country set as
a sentence of its own above the report, its dateline (round 37). Every sentence is invented."""

from __future__ import annotations

import pytest

from briefbook.model import SourceMeta
from briefbook.project.load import RawArticle
from briefbook.read.reading import read_article

TITLE = "Port strike spreads to three more harbours"
TEASER = "Dockers at the northern harbours join the walkout as pay talks stall."
LEAD = "Cranes stood idle at three northern harbours on Monday, the union said."
MORE = "Dockers there took up the walkout after pay talks stalled on Friday, officials said."


def reasons(text: str, **meta: str) -> dict[str, str | None]:
    """Each sentence's furniture, its own or its paragraph's."""
    raw = RawArticle(SourceMeta(id="x", **meta), text, None, "0")  # type: ignore[arg-type]
    article = read_article(raw, "x.txt")
    return {s.text: s.boilerplate or b.boilerplate for b in article.blocks for s in b.sentences}


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


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("Porto, Portugal.", True),  # a place and its country set as a sentence of its own
        ("La Paz, Bolivia.", True),
        ("Roe, Jane.", False),  # a name: no country the gazetteer knows
        ("Yes, Minister.", False),
    ],
)
def test_a_place_and_its_country_alone_with_a_full_stop_is_a_dateline(line, dateline):
    text = f"{line}\nDockers at the northern quay walked out on Monday, the union said.\n"
    assert (reasons(text)[line] == "dateline") is dateline


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
