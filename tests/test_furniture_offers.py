"""A subscription offer's fine print, an account's prompts and a pitch glued to a report
(round 35). Every sentence is invented."""

from __future__ import annotations

import pytest

from briefbook.model import SourceMeta
from briefbook.project.load import RawArticle
from briefbook.read.furniture import footnote_mark, marked_above, quotes, stamp_line, stamp_strip
from briefbook.read.reading import read_article

LEAD = "The ferry sank off the coast on Monday, the coastguard said."


def reasons(text: str) -> dict[str, str | None]:
    raw = RawArticle(SourceMeta(id="x"), text, None, "0")  # type: ignore[arg-type]
    article = read_article(raw, "x.txt")
    return {s.text: s.boilerplate for b in article.blocks for s in b.sentences}


@pytest.mark.parametrize(
    ("line", "mark"),
    [
        ("*Billed as $5 every month.", "*"),
        ("**Offer ends on Friday.", "**"),
        ("†Terms apply to new readers.", "†"),
        ("*$2 will be added to the next bill.", "*"),
        ("* A list item, its marker apart", None),
        ("The port *reopened* on Monday.", None),
    ],
)
def test_a_footnote_mark_is_glued_to_the_first_word(line, mark):
    assert footnote_mark(line) == mark


def test_the_line_a_footnote_qualifies_closes_with_its_mark():
    assert marked_above("*", ["Digital access", "$2 per week for 12 weeks*"])
    assert not marked_above("*", ["Digital access", "*"])  # a mark alone is a rule
    assert not marked_above("*", ["The port reopened on Monday."])
    assert not marked_above("*", ["A line closing on two marks**"])


def test_an_offers_fine_print_under_its_marked_price_is_furniture():
    fine = "*Billed as $8 every four weeks. After 12 weeks, the price rises to $20."
    text = f"Port reopens\nDigital access\n$2 per week for 12 weeks*\n- Unlimited reading\n{fine}\n{LEAD}\n"
    out = reasons(text)
    assert out["*Billed as $8 every four weeks."] is not None
    assert out["After 12 weeks, the price rises to $20."] is not None
    assert out[LEAD] is None


def test_an_asterisk_with_no_marked_line_above_leaves_the_paragraph_alone():
    line = "*The figures for Sunday were revised on Tuesday, the ministry said."
    out = reasons(f"{LEAD}\n{line}\nThe port reopened on Wednesday.\n")
    assert out[line] is None


@pytest.mark.parametrize(
    "line",
    [
        "Cancel any time.",
        "Create an account to read the whole story",
        "Log in to your account to see the results",
        "Connectez-vous ou créez un compte pour commenter.",
        "Crea una cuenta para seguir leyendo.",
        "Jederzeit kündbar.",
    ],
)
def test_an_accounts_or_offers_prompt_is_a_promotion(line):
    out = reasons(f"{LEAD}\n{line}\n")
    assert out[line] is not None
    assert out[LEAD] is None


def test_a_report_of_accounts_created_stays_a_statement():
    line = "Voters were asked to create an account on the commission's website, officials said."
    assert reasons(f"{LEAD}\n{line}\n")[line] is None


@pytest.mark.parametrize(
    "line",
    [
        "Applicants must create an account on the port's website before Friday.",
        "Under the new rule, dockers can cancel any time without a fee.",
        "Thieves used stolen passwords to log in to your account, the port warned its clients.",
        "Para votar desde el puerto, los estibadores deben crear una cuenta en el portal.",
        "Das Hafenabo bleibt monatlich jederzeit kündbar.",
        "Wer den Antrag online stellen will, muss ein Konto erstellen.",
        "Les dockers doivent créer un compte sur le site du port avant le 3 mai.",
        "Le nouvel abonnement du port est résiliable à tout moment, sans frais.",
    ],
)
def test_an_accounts_words_inside_a_reported_sentence_stay_a_statement(line):
    assert reasons(f"{LEAD}\n{line}\n")[line] is None


def test_a_spanish_headline_on_a_session_keeps_its_lead():
    head = "El Senado inicia sesión extraordinaria este lunes"
    lead = "El Senado abrió el lunes una sesión extraordinaria sobre el puerto."
    out = reasons(f"{head}\n{lead}\nLos estibadores siguen en huelga.\n")
    assert out[lead] is None


def test_an_apostrophe_inside_a_word_is_no_quotation_mark():
    assert not quotes("Offers from L'Estuaire Daily and don’t miss a story")
    assert quotes("'We will rebuild,' she said")
    assert quotes("He called it “a disaster”")


def test_a_pitch_naming_its_outlet_with_an_apostrophe_is_cut_from_the_report():
    pitch = "Create an account to read on. I'd like to get the Harbour Gazette's offers by email. "
    report = (
        "Dockers walked out on Monday after the port cut their pay. "
        "Police arrested 40 pickets at the gates on Tuesday."
    )
    out = reasons(f"{pitch}{report}\n")
    assert out["Create an account to read on."] is not None
    assert out["Dockers walked out on Monday after the port cut their pay."] is None
    assert out["Police arrested 40 pickets at the gates on Tuesday."] is None


@pytest.mark.parametrize(
    "line",
    [
        "News Desk | Lisbon | Updated: 03-05-2031 10:12 GMT | Created: 03-05-2031 09:58 GMT",
        "Jane Roe | 3 de maio de 2031 às 10:12",
        "Port Desk · Updated 3 hours ago",
    ],
)
def test_a_strip_of_desk_place_and_time_is_a_stamp(line):
    assert stamp_strip(line)


@pytest.mark.parametrize(
    "line",
    [
        "The port reopened on Monday | officials said it was safe.",
        "News Desk | Lisbon",
        "Dockers walked out. | Updated: 03-05-2031 10:12 GMT",
        "South · 52% · Updated 10:12",
        "Pope's visit | Day 3",
        "Day 3 | Port strike",
        "May 3 · Lisbon · Port strike enters third day",
    ],
)
def test_a_sentence_or_a_strip_without_a_stamp_is_no_stamp_strip(line):
    assert not stamp_strip(line)


@pytest.mark.parametrize("line", ["2140 views", "3 min read · 24 comments", "2.300 vues"])
def test_a_pages_counter_is_a_stamp(line):
    assert stamp_line(line)


def test_a_figure_of_people_is_no_counter():
    assert not stamp_line("2140 dead")
    assert not stamp_line("40 comments were removed by the ministry")
    assert not stamp_line("2,000,000 shares")
    assert not stamp_line("Visita: 3 de mayo de 2031")
    assert not stamp_line("Comments 3")


def test_a_visits_day_under_its_heading_leaves_the_lead_a_statement():
    lead = "El Papa llegó a Lisboa el lunes."
    out = reasons(
        f"Visita del Papa\n{lead}\nVisita: 3 de mayo de 2031\nMiles de fieles lo esperaban.\n"
    )
    assert out[lead] is None


def test_a_standfirst_above_the_strip_of_desk_and_time_is_furniture():
    deck = "The port authority is testing a new warning system for storms this winter."
    text = (
        "Port tests storm warnings\n"
        f"{deck}\n"
        "News Desk | Lisbon | Updated: 03-05-2031 10:12 GMT\n"
        "The port authority began testing sirens along the quay on Monday, officials said.\n"
    )
    out = reasons(text)
    assert out[deck] is not None
    assert (
        out["The port authority began testing sirens along the quay on Monday, officials said."]
        is None
    )


def test_a_caption_said_again_with_its_credit_glued_after_it_is_a_caption():
    caption = "Rescuers search the rubble of a school in the hills. (PORT PHOTO)"
    text = f"{caption}\n{caption} Credit: Harbour Agency\n{LEAD}\nDivers reached the wreck on Tuesday.\n"
    out = reasons(text)
    assert all(r is not None for s, r in out.items() if s.startswith("Rescuers")), out
    assert out[LEAD] is None


def test_a_paragraph_that_goes_on_after_a_caption_with_reporting_stays_a_statement():
    caption = "Rescuers search the rubble of a school in the hills. (PORT PHOTO)"
    more = "Rescuers pulled three children from the rubble on Monday, police said."
    text = f"{caption}\n{more}\n{LEAD}\n"
    assert reasons(text)[more] is None


@pytest.mark.parametrize(
    "line",
    [
        "File image of the port's director at the quay.",
        "Esta foto muestra el humo sobre el puerto, cedida por un vecino.",
        "Esta foto cedida por un vecino muestra el humo sobre el puerto.",
        "Cette photo prise lundi montre les grilles du port.",
        "En esta imagen, los estibadores ante las puertas del puerto.",
        "Sur cette photo, des dockers devant les grilles du port.",
        "Dieses Foto zeigt einen Frachter im Hafen von Porto.",
    ],
)
def test_a_caption_naming_its_picture_in_any_language_is_a_caption(line):
    out = reasons(f"{line}\n{LEAD}\nDivers reached the wreck on Tuesday.\n")
    parts = [r for s, r in out.items() if s in line]
    assert parts and all(r is not None for r in parts), out
    assert out[LEAD] is None


def test_a_report_of_a_photo_stays_a_statement():
    line = "The police said a photo of the port's director had been posted online on Monday."
    assert reasons(f"{LEAD}\n{line}\n")[line] is None


@pytest.mark.parametrize(
    "line",
    [
        "Esta foto se ha convertido en un símbolo de la huelga del puerto.",
        "Cette photo a été partagée plus de 10 000 fois depuis lundi.",
        "Cette image a choqué le port entier.",
        "Dieses Foto sorgte am Dienstag für Empörung im Hafen.",
        "Dieses Bild ging um die Welt.",
        "Questa foto è diventata virale in poche ore.",
        "Esta imagem correu o mundo em poucas horas.",
        "Esta foto, dijo el sindicato, muestra que la policía mintió.",
    ],
)
def test_a_sentence_opening_on_a_demonstrative_and_a_photo_stays_a_statement(line):
    lead = "Los estibadores del puerto siguen en huelga desde el lunes."
    out = reasons(
        f"Huelga en el puerto\n{lead}\n{line}\nLa policía detuvo a 40 personas el lunes.\n"
    )
    assert out[line] is None
    assert out[lead] is None


def test_a_demonstrative_photo_near_the_top_leaves_the_lead_a_lead():
    lead = "La policía detuvo a 40 personas el lunes."
    line = "Esta foto se ha convertido en un símbolo de la protesta."
    out = reasons(f"Huelga en el puerto\n{lead}\n{line}\nLos estibadores siguen en huelga.\n")
    assert out[lead] is None
    assert out[line] is None


def test_a_capitals_name_alone_as_the_first_sentence_is_a_dateline_in_english_too():
    out = reasons(
        "Port reopens\nLisbon. The port reopened on Monday after the storm, officials said.\n"
    )
    assert out["Lisbon."] is not None
    assert out["The port reopened on Monday after the storm, officials said."] is None


def test_a_one_word_opening_sentence_in_english_is_no_dateline():
    out = reasons("Port reopens\nChaos. That is how dockers described the quay on Monday.\n")
    assert out["Chaos."] is None


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("Jordan.", "That was the name the boy gave the dockers on Monday."),
        ("Turkey.", "It is what the dockers eat on Thursday at the port."),
        ("Georgia.", "The state that decided the last port contract went quiet."),
        ("Ukraine.", "The word alone now opens every meeting at the port."),
    ],
)
def test_a_countrys_name_that_is_a_word_or_a_name_opening_the_lead_is_no_dateline(first, rest):
    out = reasons(f"Port reopens\n{first} {rest}\n")
    assert out[first] is None


@pytest.mark.parametrize(
    "lines",
    [
        [
            "**Port strike spreads**",
            "**LISBON** — Dockers walked out at three more ports on Monday, the union said.",
        ],
        [
            "Dockers walked out at three more ports on Monday, the union said.",
            "**What we know**",
            "**Dockers** want the pay cut of 2031 reversed, the union said.",
            "**Police** detained 40 pickets at the gates on Tuesday.",
        ],
    ],
)
def test_bold_words_opening_a_paragraph_are_no_footnote_marks(lines):
    out = reasons("\n".join(lines) + "\nThe port reopened on Wednesday.\n")
    assert not [(s, r) for s, r in out.items() if "footnote" in (r or "")], out


def test_a_footnote_under_a_price_in_euros_or_pounds_is_furniture():
    assert footnote_mark("*€2 will be added to the next bill.") == "*"
    assert footnote_mark("*£2 will be added to the next bill.") == "*"
    assert footnote_mark("**Dockers** want more pay.") is None
