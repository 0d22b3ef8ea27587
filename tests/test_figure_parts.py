"""A count told in parts ("310 passengers and 14 crew") is the whole it adds up to: never a
rival of a figure that gives that whole, still compared with another total and with the same
part elsewhere. Sentences invented in general news style."""

from __future__ import annotations

from briefbook.analyse.figure_parts import gapped_groups, part_groups, sum_of
from briefbook.analyse.pipeline import analyse
from briefbook.model import Briefing, Config, SourceMeta, Statement
from briefbook.project.load import RawArticle

CONFIG = Config.model_validate(
    {
        "briefing": {"title": "t"},
        "topics": [{"id": "ferry", "title": "Ferry", "description": "x", "cues": ["ferry"]}],
    }
)


def briefing(texts: dict[str, str]) -> Briefing:
    raws = [
        RawArticle(SourceMeta(id=i, published="2025-03-04"), t, None, "0")  # type: ignore[arg-type]
        for i, t in texts.items()
    ]
    return analyse(CONFIG, raws, [f"{i}.txt" for i in texts])


def statement(text: str) -> Statement:
    return briefing({"a": text}).statements[0]


def groups(text: str) -> list[list[str]]:
    return [[q.text for q in g] for g in part_groups(statement(text))]


def figure_disputes(b: Briefing) -> list[list[float]]:
    return [sorted(f.value for f in c.figures) for c in b.conflicts if c.kind == "figures"]


def test_parts_joined_by_and_each_with_its_own_noun_are_one_count():
    found = groups("The ferry carried 310 passengers and 14 crew when it sank.")
    assert [len(g) for g in found] == [2]
    listed = groups("The dead included 18 Germans, two Danes and one Belgian, the police said.")
    assert [len(g) for g in listed] == [3]


def test_what_is_not_a_count_told_in_parts():
    assert groups("Rescuers said they had heard dozens and dozens of calls for help.") == []
    # an increment is added to some other count, not a part of this one
    assert groups("Police said 40 officers and three others were taken to hospital.") == []
    # a list without "and" is not closed: no sum is told
    assert groups("Medics treated 40 children, 12 adults, the hospital said.") == []
    # figures of different kinds are not parts of one count
    assert groups("The storm killed 12 people and destroyed 300 homes.") == []


def test_the_whole_allows_what_its_parts_allow():
    assert sum_of([(310.0, 310.0), (14.0, 14.0)]) == (324.0, 324.0)
    assert sum_of([(27.0, 33.0), (4.0, 4.0)]) == (31.0, 37.0)


FERRY = "The coast guard said the ferry carried 310 passengers and 14 crew when it sank on Monday."


def test_a_part_is_never_disputed_against_the_whole_it_adds_up_to():
    texts = {
        "a": FERRY,
        "b": "The operator said the ferry carried 324 people when it sank on Monday.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["b"] = "The operator said the ferry carried more than 320 people when it sank on Monday."
    assert figure_disputes(briefing(texts)) == []  # 324 is more than 320


def test_parts_are_still_disputed_against_a_different_total():
    texts = {
        "a": FERRY,
        "b": "The operator said the ferry carried 350 people when it sank on Monday.",
    }
    disputes = figure_disputes(briefing(texts))
    assert disputes and 350 in disputes[0]


def test_a_part_is_still_disputed_against_the_same_part_elsewhere():
    texts = {
        "a": FERRY,
        "b": "The operator said the ferry carried 290 passengers and 14 crew when it sank on Monday.",
    }
    assert [290, 310] in [[v for v in d if v > 100] for d in figure_disputes(briefing(texts))]


OUTBREAK = "The ministry said it had recorded 40 confirmed cases and 12 suspected cases on Monday."


def test_a_count_told_in_parts_against_another_count_of_one_part_is_still_disputed():
    other = "The agency said it had recorded 45 confirmed cases on Monday."
    assert [40, 45] in figure_disputes(briefing({"a": OUTBREAK, "b": other}))
    other = "The agency said it had recorded 52 cases on Monday."
    assert figure_disputes(briefing({"a": OUTBREAK, "b": other})) == []  # the whole: 40 + 12


def test_a_part_drawn_from_a_toll_is_never_its_rival():
    texts = {
        "a": "The ministry said on Monday that six of the deaths were in the capital and four "
        "were in the port.",
        "b": "The agency said on Monday that 25 people had died in the floods.",
    }
    assert figure_disputes(briefing(texts)) == []


def test_a_toll_given_in_full_is_still_disputed():
    texts = {
        "a": "The ministry said on Monday that 16 people had died in the floods.",
        "b": "The agency said on Monday that 25 people had died in the floods.",
    }
    assert [16, 25] in figure_disputes(briefing(texts))


def test_a_crowd_counted_as_n_of_a_population_is_still_a_rival_count():
    # "N of the <population>" gives a crowd's or a strike's size, not a part of a counted
    # group: dropping it loses the organisers' count against the police's
    texts = {
        "a": "Organisers said 100,000 of the president's supporters rallied in the capital.",
        "b": "Police said 30,000 people rallied in the capital.",
    }
    assert figure_disputes(briefing(texts)) == [[30000, 100000]]
    texts = {
        "a": "The union said 9,000 of the plant's workers joined the strike.",
        "b": "The company said 2,500 of the plant's workers joined the strike.",
    }
    assert figure_disputes(briefing(texts)) == [[2500, 9000]]


def gapped(text: str) -> list[list[str]]:
    return [[q.text for q in g] for g in gapped_groups(statement(text))]


def test_parts_with_their_noun_left_out_after_the_first_are_one_count():
    text = "A jury convicted 40 of the bankers of fraud, six of bribery, and two of perjury."
    assert gapped(text) == [["40 of the bankers", "six of bribery", "two of perjury"]]
    assert gapped("A jury convicted 40 of the bankers of fraud.") == []  # one part alone
    assert gapped("Police held 40 of the bankers, and six of them were charged.") == []


def test_a_part_of_a_gapped_list_is_no_rival_of_the_whole_it_adds_up_to():
    texts = {
        "a": "A jury on Friday convicted 40 of the bankers of fraud, six of bribery, and two "
        "of perjury, the court said.",
        "b": "Lawyers said 48 bankers were convicted on Friday.",
    }
    assert figure_disputes(briefing(texts)) == []  # 40 + 6 + 2 is the 48
    texts["b"] = "Lawyers said 55 bankers were convicted on Friday."
    assert figure_disputes(briefing(texts)) == [[40, 55]]  # another total: still compared


def test_later_parts_of_its_own_things_are_no_gapped_list():
    text = (
        "Officials said 40 of the staff of the hospital walked out on Monday morning, 12 of its "
        "wards closed and 2 of its theatres shut."
    )
    assert gapped(text) == []  # wards and theatres are not staff
    texts = {"a": text, "b": "The hospital said 54 staff walked out on Monday morning."}
    assert figure_disputes(briefing(texts)) == [[40, 54]]


def test_a_gapped_list_of_two_parts_needs_no_comma():
    text = "A jury convicted 40 of the bankers of fraud and six of bribery."
    assert gapped(text) == [["40 of the bankers", "six of bribery"]]
