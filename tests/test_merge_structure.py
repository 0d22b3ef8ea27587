"""Merging by how a statement is built: the same quotation of one speaker is one utterance."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefbook.analyse.claims import merge, stance
from briefbook.analyse.quoted_words import QUOTE_RUN, quotation_runs
from briefbook.model import Claim, Quantity, Statement, TopicAssignment

TOPIC = TopicAssignment("t", 1.0, ())


def said(source: str, text: str, claimant: str | None, *figures: Quantity) -> Statement:
    return Statement(source, f"{source}-s1", text, 0, 0, TOPIC, claimant, quantities=figures)


def together(claims: list[Claim], *sources: str) -> bool:
    return any(set(sources) <= set(c.sources) for c in claims)


def test_quotation_runs_are_the_quoted_words_only_in_order():
    runs = quotation_runs("The mayor said “we will rebuild every home that was lost” on Monday.")
    assert ("we", "will", "rebuild", "every", "home", "that") in runs
    assert all("mayor" not in run and "monday" not in run for run in runs)
    assert quotation_runs('She called it "a use of force" again.') == frozenset()  # too short
    assert quotation_runs("No quotation marks in this sentence at all, none whatsoever.") == set()


def test_a_quotation_open_at_the_end_or_closed_from_before_still_counts():
    opened = quotation_runs("“We will rebuild every home that was lost in the storm.")
    closed = quotation_runs("every home that was lost in the storm,” the mayor said.")
    assert opened & closed


def test_the_same_quotation_of_one_claimant_framed_two_ways_is_one_fact():
    claims = merge(
        [
            said(
                "a",
                "“The talks have failed and we are going home,” the union leader said.",
                "union-leader",
            ),
            said(
                "b",
                "Speaking outside the ministry after midnight, the union leader told waiting "
                "reporters and a handful of striking nurses that “the talks have failed and we "
                "are going home”.",
                "union-leader",
            ),
        ]
    )
    assert together(claims, "a", "b")
    (claim,) = [c for c in claims if len(c.sources) == 2]
    reason = next(e.why for e in claim.evidence if e.basis is not None)
    assert "same quotation" in reason and "same claimant" in reason


def test_a_short_quotation_repeated_word_for_word_is_no_fragment():
    claims = merge(
        [
            said("a", "“Our families are safe and well,” it added.", "palace"),
            said("b", "“Our families are safe and well,” the palace added.", "palace"),
        ]
    )
    assert together(claims, "a", "b")


def test_the_same_quoted_words_from_two_speakers_stay_apart():
    claims = merge(
        [
            said(
                "a",
                "“We will not accept this offer under any conditions,” said Ms Lindqvist, who "
                "leads the nurses union in the northern province, after a long night at the "
                "labour ministry.",
                "lindqvist",
            ),
            said(
                "b",
                "Hospital owners, through their spokesman Mr Okafor, told a television panel "
                "that “we will not accept this offer under any conditions” before walking out "
                "of the studio.",
                "okafor",
            ),
        ]
    )
    assert not together(claims, "a", "b")


def test_a_quotation_without_a_known_claimant_does_not_merge_on_its_words():
    claims = merge(
        [
            said("a", "Crowds chanted “the people want the fall of the regime” downtown.", None),
            said(
                "b",
                "Students gathered outside the university gates in the northern city chanted "
                "“the people want the fall of the regime” as police watched from armoured trucks.",
                None,
            ),
        ]
    )
    assert not together(claims, "a", "b")


def test_a_short_shared_phrase_in_quotation_marks_is_no_match():
    claims = merge(
        [
            said(
                "a", "The ministry condemned the “dangerous escalation” at the border.", "ministry"
            ),
            said(
                "b",
                "The ministry said troops had shelled two villages in a “dangerous escalation”.",
                "ministry",
            ),
        ]
    )
    assert QUOTE_RUN > 2
    assert not together(claims, "a", "b")


def test_what_one_adds_beside_the_whole_quotation_of_the_other_does_not_set_it_apart():
    quote = "“Public gatherings have been banned in the district to contain the outbreak.”"
    cases = Quantity("four", 4.0, "patients", "exact", 0, 0, "cases")
    told = said("a", quote, "mayor")
    claims = merge(
        [
            told,
            said(
                "b",
                f"{quote[:-2]},” the mayor said, adding that doctors at two regional hospitals "
                "were treating four patients with antiviral drugs and monoclonal antibodies.",
                "mayor",
                cases,
            ),
            said(
                "c",
                f"{quote[:-2]},” the mayor told reporters, and warned that schools and markets "
                "could stay shut until the end of next month.",
                "mayor",
            ),
        ]
    )
    assert together(claims, "a", "b", "c")  # a figure or what will follow beside it
    apart = said(
        "d",
        "“Public gatherings have been banned in the district for now,” the mayor said, warning "
        "that schools and markets could stay shut until the end of next month.",
        "mayor",
    )
    # each quotes words the other does not: what will follow sets them apart
    assert not together(merge([told, apart]), "a", "d")


def test_the_same_quotation_with_figures_that_disagree_stays_apart():
    first = Quantity("12", 12.0, "people", "exact", 0, 0, "deaths")
    second = Quantity("20", 20.0, "people", "exact", 0, 0, "deaths")
    claims = merge(
        [
            said(
                "a",
                "“We are doing everything we can for the families,” the governor said as the "
                "toll rose to 12.",
                "governor",
                first,
            ),
            said(
                "b",
                "“We are doing everything we can for the families,” the governor said as the "
                "toll rose to 20.",
                "governor",
                second,
            ),
        ]
    )
    assert not together(claims, "a", "b")


def test_the_same_long_quotation_framed_apart_merges_only_for_one_speaker():
    first = (
        "“We will not accept this offer under any conditions,” said Ms Lindqvist, who leads "
        "the nurses union in the northern province, after a long night at the labour ministry."
    )
    second = (
        "Ms Lindqvist later told a television panel that “we will not accept this offer under "
        "any conditions” before walking out of the studio."
    )
    assert together(
        merge([said("a", first, "lindqvist"), said("b", second, "lindqvist")]), "a", "b"
    )
    assert not together(merge([said("a", first, "lindqvist"), said("b", second, None)]), "a", "b")


def test_a_paraphrase_sharing_a_quotation_is_not_explained_as_one_claimants_words():
    toll = Quantity("40", 40.0, "people", "exact", 0, 0, "deaths")
    first = (
        "Mourners carried 40 coffins through the capital, chanting “we will not forget what "
        "they did to us” outside Parliament House in Velmora."
    )
    second = (
        "Mourners carried 40 coffins through the capital, chanting “we will not forget what "
        "they did to us” past Ostrander Square and Kessel Bridge."
    )
    for claimants in ((None, None), ("mourners", "relatives")):
        claims = merge(
            [said("a", first, claimants[0], toll), said("b", second, claimants[1], toll)]
        )
        (claim,) = [c for c in claims if len(c.sources) == 2]
        reason = next(e.why for e in claim.evidence if e.basis is not None)
        assert "same claimant" not in reason and "paraphrase" in reason


def test_a_sentence_an_article_prints_twice_joins_the_claim_of_its_first_printing():
    lead = (
        "The ferry carried 212 passengers and nine crew when it ran aground, the coastguard said."
    )
    first = Statement("a", "a-s1", lead, 0, 0, TOPIC, "coastguard")
    again = Statement("a", "a-s9", lead.replace("nine", "nine "), 0, 0, TOPIC, "coastguard")
    other = Statement(
        "a", "a-s4", "The coastguard said the ferry's captain was questioned.", 0, 0, TOPIC, None
    )
    claims = merge([first, other, again])
    (claim,) = [c for c in claims if len(c.evidence) == 2]
    assert {e.sentence_id for e in claim.evidence} == {"a-s1", "a-s9"}
    assert claim.sources == ("a",)  # one article: no corroboration
    reason = next(e.why for e in claim.evidence if e.basis is not None)
    assert "word for word" in reason


def test_two_sentences_of_one_article_in_nearly_the_same_words_stay_apart():
    these = said("a", "Officials could not immediately verify these reports of shelling.", None)
    the = said("a", "Officials could not immediately verify the report of shelling.", None)
    claims = merge([these, replace(the, sentence_id="a-s2")])
    assert len(claims) == 2


def test_a_negation_word_in_an_idiom_negates_nothing():
    assert stance(said("a", "Protests targeted not only ministries but also banks.", None)) == (
        "asserts"
    )
    for text in (
        "Officials believe most, if not all, residents have left the valley.",
        "The council must decide no later than Friday whether or not to close the port.",
        "No more than 20 people were allowed inside the court at a time.",
    ):
        assert stance(said("a", text, None)) == "asserts", text
    assert stance(said("a", "Officials said not all residents have left the valley.", None)) == (
        "denies"
    )
    claims = merge(
        [
            said("a", "The fever is rare but often deadly if not treated quickly.", None),
            said("b", "The fever is rare but often deadly, health officials say.", None),
        ]
    )
    assert together(claims, "a", "b")


def test_one_phrase_quoted_inside_two_sentences_of_their_own_is_two_facts():
    arrests = Quantity("40", 40.0, "people", "exact", 0, 0, "arrests")
    deaths = Quantity("12", 12.0, "people", "exact", 0, 0, "deaths")
    phrase = "“a threat to the whole national economy”"
    arrested = said(
        "a",
        f"The minister called the strike {phrase} and said 40 people were arrested at the port.",
        "minister",
        arrests,
    )
    schools = said(
        "b",
        f"The minister called the strike {phrase} as he announced the closure of three schools.",
        "minister",
    )
    died = said(
        "c",
        f"The minister, who called the strike {phrase}, said 12 people died in clashes.",
        "minister",
        deaths,
    )
    for one, other in ((arrested, schools), (arrested, died), (schools, died)):
        assert not together(merge([one, other]), one.source_id, other.source_id)
    # the phrase alone, framed, is what the other reports beside its own fact
    alone = said("d", f"The minister called the strike {phrase}.", "minister")
    assert together(merge([alone, schools]), "d", "b")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said the ban would not only hit the port but also the airport.", "asserts"),
        ("Not only did the fire destroy the homes, it also closed the road.", "asserts"),
        # "not only" with no "but" or "also" after it in its sentence is a negation
        ("The company did not only fail to pay the workers on time.", "denies"),
        ("Police said the attackers did not only target the bank. Also, a car burned.", "denies"),
    ],
)
def test_not_only_negates_nothing_only_with_its_but_or_also(text, expected):
    assert stance(said("a", text, None)) == expected


def test_a_rewrite_whose_names_are_most_of_what_it_shares_is_still_one_fact():
    # two outlets retell one ruling: most shared words are names (court, country, office
    # holder), and half the rest differs in the telling
    claims = merge(
        [
            said(
                "a",
                "The Supreme Court of Freedonia removed Prime Minister Ana Vale from office on "
                "Wednesday in a ruling on an ethics case.",
                None,
            ),
            said(
                "b",
                "Freedonia's top court on Wednesday removed Prime Minister Ana Vale from office "
                "for an ethics breach.",
                None,
            ),
        ]
    )
    assert together(claims, "a", "b")


def test_the_same_names_with_less_than_half_of_the_rest_in_common_stay_apart():
    claims = merge(
        [
            said("a", "Mayor Ana Vale of Port Almond is a fierce critic of Prime Minister "
                 "Ion Dorn of Freedonia.", None),
            said("b", "Mayor Ana Vale of Port Almond is a close ally of Prime Minister "
                 "Ion Dorn of Freedonia.", None),
            said("c", "President Ana Vale of Freedonia met Prime Minister Ion Dorn of Almania "
                 "in Port Almond on Wednesday.", None),
            said("d", "President Ana Vale of Freedonia phoned Prime Minister Ion Dorn of "
                 "Almania from Port Almond on Wednesday.", None),
        ]
    )  # fmt: skip
    assert all(len(c.sources) == 1 for c in claims)


def test_names_and_one_shared_act_do_not_make_two_different_acts_one_fact():
    claims = merge(
        [
            said("a", "President Ana Vale of Freedonia resigned on Monday and left Port Almond "
                 "by car.", None),
            said("b", "President Ana Vale of Freedonia resigned on Monday and stayed in Port "
                 "Almond at home.", None),
        ]
    )  # fmt: skip
    assert not together(claims, "a", "b")  # "left" / "stayed": one act each the other lacks


def test_a_short_line_repeated_in_nearly_all_its_words_is_one_fact():
    claims = merge(
        [
            said("a", "“All the houses are gone,” a fisherman said.", None),
            said("b", "“All the houses are gone.”", None),
            said("c", "The harbour stays closed.", None),
            said("d", "The harbour stays busy.", None),
            said("e", "He was shot.", None),
            said("f", "He was shot.", None),
        ]
    )
    assert together(claims, "a", "b")
    assert not together(claims, "c", "d")  # two words of three: not nearly all
    assert not together(claims, "e", "f")  # one word: a fragment


CROWNS = Quantity("40 billion crowns", 40e9, "crowns", "exact", 0, 0, "money")


def test_the_same_figure_with_half_the_words_other_than_names_in_common_is_one_fact():
    # the figure is what the two report; the bank's names fill the rest of what they share
    claims = merge(
        [
            said("a", "The Central Bank of Freedonia is backing the takeover of Almond Bank by "
                 "providing 40 billion crowns in liquidity support.", None, CROWNS),
            said("b", "The National Bank of Freedonia is lending 40 billion crowns in emergency "
                 "liquidity to smooth the takeover of Almond Bank by Port Finance.", None, CROWNS),
            said("c", "The Central Bank of Freedonia holds 40 billion crowns of gold in its "
                 "vaults at Port Almond.", None, CROWNS),
            said("d", "The Central Bank of Freedonia owes 40 billion crowns to foreign lenders "
                 "at Port Almond.", None, CROWNS),
        ]
    )  # fmt: skip
    assert together(claims, "a", "b")
    assert not together(claims, "c", "d")  # the figure and the names, nothing else alike
