from __future__ import annotations

import pytest

from briefbook.read.segment import split_blocks, split_sentences, stable_ids


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Defense Secretary spoke in Rome.",
        "Mr. Austin and Lt. Gen. Budanov met Dr. Kim.",
        "Item No. 5 was listed by John F. Kennedy's aide.",
        "It arrived approx. three days later.",
        # titles before a name, as Commonwealth and US papers abbreviate them
        "The Hon. Ana Voss opened the port.",
        "Det. Supt. Piet Moor and Cllr. Ana Voss spoke.",
    ],
)
def test_no_break_after_abbreviations(text):
    assert sentences(text) == [text]


def test_breaks_after_initialism_before_sentence_start():
    assert sentences("They met in the U.S. The talks ended.") == [
        "They met in the U.S.",
        "The talks ended.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word after the hour starts the next sentence
        (
            "The alarm sounded at 3:30 p.m. Crews arrived within minutes.",
            ["The alarm sounded at 3:30 p.m.", "Crews arrived within minutes."],
        ),
        (
            "Polls closed at 8 a.m. Turnout was low.",
            ["Polls closed at 8 a.m.", "Turnout was low."],
        ),
        # the day, the month or the zone after the hour, as news style writes them
        ("The vote is set for 10 a.m. Tuesday in the capital.", None),
        ("The blast came at 9 p.m. ET near the port.", None),
        ("Trading resumed at 4 p.m. Moscow time on Friday.", None),
        ("The deadline passed at 5 p.m. December 3 without a deal.", None),
        # lower case after the hour never starts a sentence
        ("The strike began at 6 a.m. local time and went on.", None),
    ],
)
def test_a_clock_marker_ends_a_sentence_only_before_a_new_one(text, expected):
    assert sentences(text) == (expected or [text])


def test_a_quotation_of_several_sentences_is_split_as_a_reader_counts_them():
    text = "“They are fair targets. We will defend,” Kirby stated. “There could be dead.” Then he left."
    assert sentences(text) == [
        "“They are fair targets.",
        "We will defend,” Kirby stated.",
        "“There could be dead.”",
        "Then he left.",
    ]
    # a stop inside a quotation before a small letter ends nothing
    assert sentences("“Why?” he asked. “Go!” she said.") == ["“Why?” he asked.", "“Go!” she said."]


def test_a_quotation_left_open_is_split_like_any_text():
    text = "He said “this. Then that. And more."
    assert sentences(text) == ["He said “this.", "Then that.", "And more."]


def test_offsets_point_into_the_exact_text():
    text = "  First one.   Second “two.”  "
    for span in split_sentences(text):
        assert text[span.start : span.end].strip() == text[span.start : span.end]
    assert sentences(text) == ["First one.", "Second “two.”"]


def test_blocks_are_lines_with_kinds():
    text = "Title\n\n- a point\n## Heading\nBody text.\n"
    kinds = [(text[b.start : b.end], b.kind.value) for b in split_blocks(text)]
    assert kinds == [
        ("Title", "paragraph"),
        ("- a point", "list-item"),
        ("## Heading", "heading"),
        ("Body text.", "paragraph"),
    ]


def test_ids_survive_unrelated_edits_and_repeat_texts():
    before = stable_ids("s", ["One.", "Two.", "Three."])
    after = stable_ids("s", ["One.", "A new sentence.", "Two.", "Three."])
    assert [before[0], before[1], before[2]] == [after[0], after[2], after[3]]
    same = stable_ids("s", ["Same.", "Same."])
    assert same[1] == same[0] + "-2"
    # whitespace, case and quote style do not change an id
    assert stable_ids("s", ["He said “yes.”"]) == stable_ids("s", ['he  said "yes."'])


def test_a_decimal_number_ends_a_sentence():
    spans = split_sentences("The survey put the magnitude at 5.8. Rescuers dug on.")
    assert len(spans) == 2


def test_a_days_ordinal_before_its_month_ends_no_sentence():
    # German writes a date with a stop after the day: "am 15. Januar"
    spans = split_sentences(
        "Der Kanzler will am 15. Januar abstimmen lassen. Die Opposition zögert."
    )
    assert len(spans) == 2
    spans = split_sentences("Die Wahl findet am 23. Februar statt. Er sprach am 3. März.")
    assert len(spans) == 2
    # a count closing a sentence before another still ends it
    assert len(split_sentences("The toll rose to 15. Rescuers dug on.")) == 2


def test_a_danda_ends_a_sentence():
    # Hindi (and Marathi, Nepali, Bengali) close a sentence with a danda, not a full stop
    assert sentences("नाव डूब गई। गोताखोर रात भर खोजते रहे।") == [
        "नाव डूब गई।",
        "गोताखोर रात भर खोजते रहे।",
    ]


def test_a_japanese_quotation_in_corner_brackets_is_part_of_its_sentence():
    text = "市長は「港は閉鎖された。明日も捜索を続ける」と述べた。船は古かった。"
    assert sentences(text) == [
        "市長は「港は閉鎖された。明日も捜索を続ける」と述べた。",
        "船は古かった。",
    ]


def test_a_letter_after_on_names_a_platform_not_an_initial():
    assert sentences("The mayor posted on X. The port stayed shut.") == [
        "The mayor posted on X.",
        "The port stayed shut.",
    ]
    assert sentences("The letter was signed by John F. Kennedy.") == [
        "The letter was signed by John F. Kennedy."
    ]


@pytest.mark.parametrize("mark", ["■", "◆", "∎"])
def test_a_storys_end_mark_after_its_last_stop_is_a_sentence_of_its_own(mark):
    text = f"The ferry sank on Monday. “We will rebuild,” the mayor said. {mark}"
    spans = split_sentences(text)
    assert [text[s.start : s.end] for s in spans][-2:] == [
        "“We will rebuild,” the mayor said.",
        mark,
    ]


@pytest.mark.parametrize(
    "parts",
    [
        ["Voters said no.", "The referendum failed."],
        ["Nadie sabe si habrá acuerdo o no.", "El puerto sigue cerrado."],
    ],
)
def test_no_ends_a_sentence_unless_a_number_follows(parts):
    assert sentences(" ".join(parts)) == parts
    assert sentences("Platforms Nos. 3 and 4 closed.") == ["Platforms Nos. 3 and 4 closed."]


@pytest.mark.parametrize(
    "parts",
    [
        # German opens a quotation low („) and closes it with the mark English opens with (“)
        ["Der Minister sprach von einem Unglück.", "„Wir trauern um die Opfer.“", "Er reist ab."],
        ["¿Quién dio la orden?", "¡Nadie lo sabe!", "El puerto sigue cerrado."],
    ],
)
def test_sentences_opened_by_low_or_inverted_marks(parts):
    assert sentences(" ".join(parts)) == parts


def test_a_sentence_glued_after_a_crosshead_with_no_stop_or_space():
    text = "Talks stall. Zweite Runde im NovemberDie Gespräche sollen am Freitag weitergehen."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Talks stall.",
        "Zweite Runde im November",
        "Die Gespräche sollen am Freitag weitergehen.",
    ]


def test_a_capital_inside_a_name_splits_nothing():
    text = "Jane Roe wrote on LinkedIn that LeBron and McLaren would visit the port."
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was high, Press.Vu reports, citing officials. Counting went on.",
        "Turnout was high, Saltford.Com said, citing officials. Counting went on.",
        "Turnout was high, according to berrow.com, which cited officials. Counting went on.",
    ],
)
def test_a_site_named_by_its_web_address_ends_no_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2


def test_a_glued_stop_before_a_word_that_opens_sentences_still_ends_one() -> None:
    text = "The ministry reported.It gave no figures."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "The ministry reported.",
        "It gave no figures.",
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The storm passed overnight.", "My brother was safe."),
        ("El gobierno anunció nuevas medidas.", "Es la tercera vez este año."),
        ("La préfecture a décrété un couvre-feu.", "Il sera levé lundi."),
        ("Die Regierung hat neue Hilfen beschlossen.", "Er sagte, es reiche nicht."),
        ("Talks ended in Beijing.", "Li Wen, a trade official, said more would follow."),
        ("A statement came from the Ministry.", "Ma Hong said it was final."),
        ("The river rose in Saltmarsh.", "Is the dam safe, residents asked."),
        ("Il governo ha approvato il piano.", "La riforma entra in vigore domani."),
        ("Sales fell in the quarter.", "Net profit rose by a tenth."),
    ],
)
def test_a_two_letter_word_after_a_lost_space_opens_a_sentence(first: str, second: str) -> None:
    text = first + second
    assert [text[s.start : s.end] for s in split_sentences(text)] == [first, second]
