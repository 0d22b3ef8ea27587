"""People named with a title in articles in other languages (read/foreign_names).

Every sentence here is invented."""

from __future__ import annotations

import dataclasses

import pytest

from briefbook.book.methodology import render_methodology
from briefbook.model import ActorEntry, ActorsFile, SourceMeta
from briefbook.name_languages import LANGUAGES, described
from briefbook.project.load import RawArticle
from briefbook.read.foreign_names import foreign_mentions, is_title, titled_people
from briefbook.read.gazetteer import load_gazetteer
from briefbook.read.reading import read_article
from test_claims import briefing


def names(sentence: str, language: str) -> list[str]:
    return [sentence[a:b] for a, b in titled_people(sentence, language)]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a title, then the name right after it
        ("fr", "Le maire Ben Okafor a dit non.", ["Ben Okafor"]),
        ("pt", "O presidente Ben Okafor disse que a ajuda chegará.", ["Ben Okafor"]),
        ("es", "Llegó el portavoz, Ben Okafor, con los papeles.", ["Ben Okafor"]),
        # a title, its complement, a comma, then the name
        (
            "fr",
            "Le ministre de l'Intérieur, Ana Ruiz, a annoncé l'envoi de renforts.",
            ["Ana Ruiz"],
        ),
        ("es", "El ministro del Interior, Ana Ruiz, ordenó ayuda inmediata.", ["Ana Ruiz"]),
        ("fr", "Le Président de la République, Ana Ruiz, a parlé.", ["Ana Ruiz"]),
        (
            "it",
            "Il governatore della Regione Saltford, Ana Maria Ruiz, ha detto che era grave.",
            ["Ana Maria Ruiz"],
        ),
        (
            "fr",
            "Le président de la Saltford Medical Association, Ana Ruiz, a parlé.",
            ["Ana Ruiz"],
        ),
        # a German compound title right before the name
        ("de", "Innenminister Ana Ruiz sagte, die Lage sei ernst.", ["Ana Ruiz"]),
        ("de", "Das sagte EU-Kommissionschefin Ana von der Ruiz am Montag.", ["Ana von der Ruiz"]),
        ("de", "Der Bundeskanzler Lina Varga sagte, die Lage sei ernst.", ["Lina Varga"]),
        ("de", "„Das ist ernst“, sagte Freedonias UNO-Botschafter Ana Ruiz.", ["Ana Ruiz"]),
        # a closed apposition: a comma, a title, its complement, a comma or the end
        (
            "es",
            "«No hay diferencia», dijo Ana Ruiz, presidenta de la comisión vecinal.",
            ["Ana Ruiz"],
        ),
        ("fr", "Nous avons joint Ana Ruiz, la porte-parole, mardi.", ["Ana Ruiz"]),
        # an honorific before the name is not part of it
        ("fr", "Le ministre de la Santé, Dr Ben Okafor, a exposé la situation.", ["Ben Okafor"]),
    ],
)
def test_a_title_shows_a_person(language: str, sentence: str, expected: list[str]) -> None:
    assert names(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # no title: a run of capitalised words may be a place or a body
        ("fr", "Les secours sont arrivés à Port Saltford dans la nuit."),
        ("fr", "La Croix Rouge Freedonienne a envoyé des équipes."),
        # a title does not reach past a verb or another lowercase word
        ("fr", "Le ministre a visité Port Saltford mardi."),
        ("fr", "Le ministre a critiqué Médecins Sans Frontières dans un communiqué."),
        ("es", "El presidente dijo que Estados Unidos no intervendrá."),
        ("it", "Il ministro ha visitato Reggio Saltford ieri."),
        ("pt", "O ministro criticou Banco Central pela decisão."),
        ("es", "La huelga general convocada por Comisiones Saltford paralizó el país."),
        # a complement with no comma before the name: where the complement ends is unknown
        ("fr", "Le secrétaire général des Nations Unies Marc Dulac a parlé."),
        ("es", "El ministro de Asuntos Exteriores José Saltrana llegó ayer."),
        ("es", "El jefe de la Policía Nacional Ben Okafor dimitió."),
        ("it", "Il sindaco di Reggio Saltford Ben Okafor ha parlato."),
        ("fr", "Le commandant en chef des Forces Armées Royales a parlé."),
        ("fr", "Le chef de l'État Sud Saltfordien a parlé."),
        ("fr", "Le Président de la République Ana Ruiz a parlé."),
        ("it", "Il presidente di Capo Saltford Marc Dulac è arrivato."),
        # a place or a time opening the sentence, then a comma and a title
        ("fr", "À Port Saltford, le maire a décrété l'état d'urgence."),
        ("es", "En Ciudad Saltford, el alcalde decretó la emergencia."),
        ("pt", "Em Porto Saltford, o prefeito decretou emergência."),
        ("fr", "Selon Radio Saltford, le préfet a parlé."),
        ("es", "Durante la Semana Santa, el presidente descansó."),
        ("es", "Desde Nueva Saltford, el secretario general habló."),
        ("fr", "Lundi Soir, le président a parlé."),
        ("de", "In Saltford Mitte, der Bürgermeister sprach."),
        ("es", "Llegamos a Ciudad Saltford, el alcalde de la ciudad, ayer."),
        # a title that is itself a complement
        ("es", "El partido del presidente, Renovación Saltford, ganó las elecciones."),
        # no quotation names a speaker without a title
        ("fr", "« Nous sommes prêts », a indiqué Air Saltford."),
        ("fr", "« La situation est grave », a précisé Santé Publique Freedonie."),
        ("fr", "« Le bilan est lourd », écrit Saltford Matin."),
        ("es", '"No vamos a ceder", informó Telediario Saltford.'),
        ("fr", "« C'est grave », a déclaré Ana Ruiz."),
        # words that are titles only sometimes
        ("fr", "Le courrier envoyé par Médecins Sans Frontières est arrivé."),
        ("es", "El partido opositor Renovación Saltford denunció fraude."),
        ("es", "El equipo médico del Hospital Saltford Central atendió a los heridos."),
        ("es", "El vocal Ben Okafor votó."),
        ("es", "La huelga general Ben Okafor empezó."),
        ("it", "L'inviato Ben Okafor è partito."),
        # a German run of capitals longer than a name: where the name ends is not known
        ("de", "„Wir prüfen den Fall“, sagte Innenministerin Lina Varga Journalisten in Berlin."),
        # German endings of ordinary nouns
        ("de", "Rekordmeister Saltford München verlor am Samstag."),
        ("de", "Die Lautsprecher Saltford Audio sind laut."),
        ("de", "Der Halbleiter Saltford Chips wächst."),
        # the title's body, with a particle or an acronym after it
        ("es", "El presidente del influyente Comité de Asuntos Exteriores recibió el informe."),
        ("es", "El líder del Movimiento Nueva Freedonia (MNF) habló ayer."),
        # a German noun further back is no title of the run
        ("de", "Der Ministerpräsident wurde am Montag zu zwölf Monaten Haft verurteilt."),
        # a single name is not enough to tell a person
        ("fr", "Le professeur Okafor a travaillé sur ce traitement."),
        # a conjunction in the complement
        ("es", "El ministro de Salud y Asuntos Sociales habló ayer."),
        # in a language with no table, nothing is read
        ("id", '"Estamos preparados", kata Polda Saltford Jaya.'),
        ("en", "He met the PR team at Saltford House."),
        ("id", "Kapolda Ben Okafor mengatakan, situasi aman."),
    ],
)
def test_nothing_else_is_a_person(language: str, sentence: str) -> None:
    assert names(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "word", "title"),
    [
        ("fr", "ministre", True),
        ("fr", "Président", True),
        ("es", "portavoz", True),
        ("de", "Innenminister", True),
        ("de", "Minister", True),
        ("de", "Regierungssprecher", True),
        ("fr", "ministère", False),
        ("fr", "envoyé", False),
        ("es", "general", False),
        ("es", "opositor", False),
        ("es", "médico", False),
        ("es", "vocal", False),
        ("it", "inviato", False),
        ("it", "capo", False),
        ("fr", "PR", False),
        ("fr", "DR", False),
        ("de", "Rekordmeister", False),
        ("de", "Lautsprecher", False),
        ("de", "Halbleiter", False),
        ("de", "Saltford", False),
    ],
)
def test_titles(language: str, word: str, title: bool) -> None:
    assert is_title(word, LANGUAGES()[language]) is title


def test_the_word_lists_are_a_table_per_language_without_dutch_or_stray_conjunctions() -> None:
    languages = LANGUAGES()
    assert set(languages) == {"fr", "es", "de", "pt", "it"}
    for lang in languages.values():
        assert "van" not in lang.links
        assert not lang.titles & lang.title_endings
    assert not languages["fr"].title_endings  # endings are German compounds only


TEXT = (
    "Le ministre de l'Intérieur, Lina Varga, a annoncé l'envoi de renforts dans la région. "
    "Le porte-parole, Ben Okafor, a précisé que les secours étaient arrivés.\n"
    "Le ministre de la Santé, Saltford Presse, a publié un communiqué sur la situation.\n"
)


def unread(language: str) -> object:
    raw = RawArticle(SourceMeta(id="x", published="2025-03-04"), TEXT, None, "0")  # type: ignore[arg-type]
    return dataclasses.replace(read_article(raw, "x.txt"), language=language, read=False)


def test_foreign_mentions_keep_people_and_drop_what_the_actors_file_says_is_not_one() -> None:
    gazetteer = load_gazetteer(
        ActorsFile(
            actor=(
                ActorEntry(name="Lina Varga", kind="person"),
                ActorEntry(name="Saltford Presse", kind="outlet"),
            )
        )
    )
    found = [m.text for m in foreign_mentions(unread("fr"), gazetteer)]  # type: ignore[arg-type]
    assert found == ["Lina Varga", "Ben Okafor"]
    unknown = [m.text for m in foreign_mentions(unread("fr"), load_gazetteer())]  # type: ignore[arg-type]
    assert unknown == ["Lina Varga", "Ben Okafor", "Saltford Presse"]


def test_foreign_mentions_read_nothing_in_a_language_with_no_table_nor_a_read_article() -> None:
    gazetteer = load_gazetteer()
    assert foreign_mentions(unread("id"), gazetteer) == []  # type: ignore[arg-type]
    read = dataclasses.replace(unread("fr"), read=True)  # type: ignore[type-var]
    assert foreign_mentions(read, gazetteer) == []  # type: ignore[arg-type]


def test_the_book_says_what_is_read_of_those_articles_in_one_sentence() -> None:
    text = described()
    for lang in LANGUAGES().values():
        assert lang.name in text
    assert "names of people (and nothing else)" in text


def test_the_methodology_page_says_it_in_the_same_words() -> None:
    page = render_methodology(briefing({"a": "The mayor said the bridge would reopen."}), None)
    page = page.replace("\\", "")  # MyST escapes, as a reader never sees them
    assert described().replace("\\", "") in page
