"""Disputes between sources on small invented corpora: what a figure is of, and who asserts
what another denies."""

from __future__ import annotations

import pytest

from briefbook.analyse.conflicts import stance_id
from briefbook.analyse.figure_reports import all_reports, drawn, pool_size
from briefbook.analyse.pipeline import analyse
from briefbook.model import Config, Quantity, SourceMeta
from briefbook.project.load import RawArticle

CONFIG = Config.model_validate(
    {
        "briefing": {"title": "t"},
        "topics": [{"id": "ferry", "title": "Ferry", "description": "x", "cues": ["ferry"]}],
    }
)


def briefing(texts: dict[str, str]):
    raws = [
        RawArticle(SourceMeta(id=i, published="2025-03-04"), t, None, "0")  # type: ignore[arg-type]
        for i, t in texts.items()
    ]
    return analyse(CONFIG, raws, [f"{i}.txt" for i in texts])


def figure_disputes(b) -> list[list[float]]:
    return [sorted(f.value for f in c.figures) for c in b.conflicts if c.kind == "figures"]


def stance_disputes(b) -> list[list[str]]:
    by_key = {(s.source_id, s.sentence_id): s.text for s in b.statements}
    return [[by_key[k][:24] for k in c.statements] for c in b.conflicts if c.kind == "stance"]


def test_a_denial_restating_what_it_denies_answers_the_accusation_before_it():
    text = (
        "The marchers accuse the riot police of turning a water cannon on the crowd. "
        "Thousands had gathered in the square by noon. "
        "In a statement, the Interior Ministry denied that it had used a water cannon."
    )
    assert stance_disputes(briefing({"a": text})) == [
        ["The marchers accuse the ", "In a statement, the Inte"]
    ]


def test_a_denial_of_something_else_or_an_outlet_s_own_account_is_no_dispute():
    other = (
        "The marchers accuse the riot police of turning a water cannon on the crowd. "
        "In a statement, the Interior Ministry denied that it had closed the bridges."
    )
    assert stance_disputes(briefing({"a": other})) == []  # denies nothing the marchers said
    told = (
        "Riot police turned a water cannon on the crowd in the square. "
        "In a statement, the Interior Ministry denied that it had used a water cannon."
    )
    assert stance_disputes(briefing({"a": told})) == []  # the outlet's account: no party's


def test_a_restated_denial_answers_the_accusation_told_right_after_it():
    text = (
        "Sylvania has denied persistent accusations that it arms the rebels in the north. "
        "Sylvania was accused by United Nations experts of supplying the rebels with rifles."
    )
    assert stance_disputes(briefing({"a": text})) == [
        ["Sylvania was accused by ", "Sylvania has denied pers"]
    ]
    # after the denial, only an accusation told as one: not the outlet's next account
    told = (
        "Sylvania has denied persistent accusations that it arms the rebels in the north. "
        "The rebels carried new rifles when they entered the northern town on Monday."
    )
    assert stance_disputes(briefing({"a": told})) == []


def test_calling_the_allegations_baseless_answers_the_accusation_just_made():
    text = (
        "Two rival bidders claim the merger was part of a plan to corner the market. "
        'Chief executive Ana Roe, however, called the allegations "baseless."'
    )
    assert stance_disputes(briefing({"a": text})) == [
        ["Two rival bidders claim ", "Chief executive Ana Roe,"]
    ]
    told = (
        "The merger closed on Monday after months of review. "
        'Chief executive Ana Roe, however, called the allegations "baseless."'
    )
    assert stance_disputes(briefing({"a": told})) == []  # no accusation before it


def test_more_than_a_figure_and_nearly_the_same_figure_do_not_meet():
    texts = {
        "a": "Fire chief Ana Roe said more than 300 homes were destroyed on Monday.",
        "b": "Mayor Ben Ode said nearly 300 homes were destroyed on Monday.",
    }
    assert figure_disputes(briefing(texts)) == [[300, 300]]  # above 300 against below it
    texts["b"] = "Mayor Ben Ode said at least 300 homes were destroyed on Monday."
    assert figure_disputes(briefing(texts)) == []  # 300 or more: the two meet


def test_a_part_of_a_toll_is_never_a_rival_count_of_it():
    texts = {
        "a": "Firefighters said the death toll rose to 22 on Monday. "
        "Among the victims, 20 are foreign nationals, including 18 from Peru, police said.",
        "b": "At least 22 people died in the blaze, Mayor Ben Ode said on Monday.",
    }
    assert figure_disputes(briefing(texts)) == []


def test_a_state_named_before_the_reporting_verb_says_who_speaks_not_where():
    texts = {
        "a": "Chile's intelligence officials have projected that Peru may send "
        "10,000 soldiers to Bolivia by December.",
        "b": "Ana Roe claimed that Peru was preparing to send 12,000 soldiers to Bolivia.",
    }
    assert figure_disputes(briefing(texts)) == [[10000, 12000]]


def test_a_group_s_count_is_a_part_of_the_whole_toll_not_a_rival():
    texts = {
        "a": "Army spokesman Ben Ode said two injured soldiers were flown to the capital.",
        "b": "The Health Ministry said 31 people were injured in the clashes.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["a"] = "Army spokesman Ben Ode said 20 people were injured in the clashes."
    assert figure_disputes(briefing(texts)) == [[20, 31]]  # the whole against the whole


def test_a_bound_after_its_number_names_a_class_not_a_value():
    texts = {
        "a": "The Weather Bureau said aftershocks of magnitude 5 or above shook the coast on Monday.",
        "b": "The Geological Survey said the quake on Monday had a magnitude of 6.1.",
    }
    assert figure_disputes(briefing(texts)) == []  # at least 5: 6.1 is one of the class


def test_two_magnitudes_in_one_sentence_are_two_quakes():
    texts = {
        "a": "A magnitude 5.9 tremor hit on Monday at 6:02 a.m., followed by a magnitude 5.1 "
        "at 9:40 a.m.",
        "b": "The Geological Survey said the quake on Monday had a magnitude of 6.4.",
    }
    assert figure_disputes(briefing(texts)) == []


def test_a_count_placed_there_is_of_a_place_named_before_not_the_whole():
    texts = {
        "a": "Health officials said 60 cases have been confirmed so far.",
        "b": "The outbreak began in Dunmore County; 45 cases have been confirmed there, "
        "the county health department said.",
    }
    assert figure_disputes(briefing(texts)) == []


def test_an_outlet_s_own_account_is_no_party_against_a_negated_statement():
    texts = {
        "a": "A rider who was not insured died in the crash on the ring road on Sunday, "
        "police said.",
        "b": "A rider died in the crash on the ring road on Sunday.",
    }
    assert stance_disputes(briefing(texts)) == []


def test_rejecting_a_claim_that_something_never_happened_asserts_it():
    text = (
        "The trader cheated clients of millions in a fraud scheme, prosecutors said. "
        "Jurors rejected the claim of the trader that he had never cheated clients in a "
        "fraud scheme."
    )
    assert stance_disputes(briefing({"a": text})) == []


def test_a_quake_named_by_its_day_holds_its_magnitude_for_that_day():
    texts = {
        "a": "Searchers found two bodies after Monday's quake of magnitude 6.3 struck the valley.",
        "b": "The Geological Survey said the quake on Monday had a magnitude of 6.6.",
    }
    assert figure_disputes(briefing(texts)) == [[6.3, 6.6]]


def test_bodies_still_under_the_rubble_are_what_is_left_of_a_search_not_a_toll():
    texts = {
        "a": "Rescue chief Ana Roe said some 30 bodies were still under the rubble of the market.",
        "b": "The Interior Ministry said 212 people have died in the quake.",
    }
    assert figure_disputes(briefing(texts)) == []


def test_people_named_by_different_nouns_are_not_one_count():
    texts = {
        "a": "The 9-member panel deliberated for two days before it ruled on the appeal.",
        "b": "The panel heard 31 witnesses over two days before it ruled on the appeal.",
    }
    assert figure_disputes(briefing(texts)) == []  # the panel's members are not its witnesses
    texts["a"] = "The panel heard 25 witnesses over two days before it ruled on the appeal."
    assert figure_disputes(briefing(texts)) == [[25, 31]]  # witnesses against witnesses


def undated(texts: dict[str, str]):
    raws = [
        RawArticle(SourceMeta(id=i), t, None, "0")  # type: ignore[arg-type]
        for i, t in texts.items()
    ]
    return analyse(CONFIG, raws, [f"{i}.txt" for i in texts])


def test_two_claimants_tolls_in_one_undated_article_hold_for_one_moment():
    text = (
        "Health Minister Ana Roe said 71 people have died of the fever so far. "
        "The Regional Disease Agency recorded slightly different numbers, with 79 deaths."
    )
    assert figure_disputes(undated({"a": text})) == [[71, 79]]
    # in two undated articles, nothing says the two tolls are of one day
    first, second = text.split(". ")
    assert figure_disputes(undated({"a": first + ".", "b": second})) == []


def test_every_repeat_of_a_claimant_s_figure_is_in_its_dispute():
    texts = {
        "a": "Ana Roe said 71 people have died of the fever on Monday. Ana Roe said 71 people "
        "have died of the fever on Monday, 27 of them in hospitals.",
        "b": "The Regional Disease Agency said 79 people have died of the fever on Monday.",
    }
    b = briefing(texts)
    assert [len(c.statements) for c in b.conflicts if c.kind == "figures"] == [3]


def test_a_figure_set_in_a_past_year_is_not_of_the_article_s_day():
    texts = {
        "a": "Turnout in the presidential election was 70 percent, the election commission said.",
        "b": "The record turnout in a presidential election was set in 2019 with 84 percent, "
        "analyst Ben Ode said.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["b"] = "Turnout in the presidential election was 84 percent, analyst Ben Ode said."
    assert figure_disputes(briefing(texts)) == [[70, 84]]


def test_a_place_fronted_for_its_sentence_is_the_place_of_its_count():
    texts = {
        "a": "Unions said 350,000 people marched against the reform across the country.",
        "b": "In Dunmore, police said 12,000 people marched against the reform.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["b"] = "Police said 12,000 people marched against the reform."
    assert figure_disputes(briefing(texts)) == [[12000, 350000]]


def test_a_figure_of_an_earlier_event_told_after_its_year_is_not_of_the_article_s_day():
    texts = {
        "a": "Police said 150 people died in the crush.",
        "b": "Mayor Ben Ode said it was the worst disaster since 2014, when a ferry sank off the "
        "coast, killing 304 people.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["b"] = "Mayor Ben Ode said 304 people died in the crush."
    assert figure_disputes(briefing(texts)) == [[150, 304]]


def test_a_year_fronted_for_its_sentence_dates_its_figures_and_a_past_year_s_tolls_meet():
    texts = {
        "a": "Health Minister Ana Roe said 800 people have died of the fever this year.",
        "b": "In 2023, 3,100 people died of the fever, the Regional Disease Agency said.",
    }
    assert figure_disputes(briefing(texts)) == []  # 2023's count is not this year's
    texts["a"] = "Health Minister Ana Roe said 2,700 people died of the fever in 2023."
    assert figure_disputes(briefing(texts)) == [[2700, 3100]]  # two counts of one past year


def test_a_past_year_s_totals_given_on_different_days_are_still_rivals():
    raws = [
        RawArticle(SourceMeta(id="a", published="2025-03-04"), t, None, "0")  # type: ignore[arg-type]
        for t in ["Health Minister Ana Roe said 2,700 people died of the fever in 2023."]
    ] + [
        RawArticle(SourceMeta(id="b", published="2025-05-20"), t, None, "0")  # type: ignore[arg-type]
        for t in ["In 2023, 3,100 people died of the fever, the Regional Disease Agency said."]
    ]
    assert figure_disputes(analyse(CONFIG, raws, ["a.txt", "b.txt"])) == [[2700, 3100]]
    # a toll of the article's own day given a later day is a later step of its count
    raws[0] = RawArticle(
        SourceMeta(id="a", published="2025-03-04"),
        "Health Minister Ana Roe said 2,700 people have died of the fever.",
        None,
        "0",
    )  # type: ignore[arg-type]
    raws[1] = RawArticle(
        SourceMeta(id="b", published="2025-05-20"),
        "The Regional Disease Agency said 3,100 people have died of the fever.",
        None,
        "0",
    )  # type: ignore[arg-type]
    assert figure_disputes(analyse(CONFIG, raws, ["a.txt", "b.txt"])) == []


def test_a_first_count_since_revised_is_a_step_not_a_rival():
    texts = {
        "a": "The Regional Disease Agency had initially reported 58 deaths from the fever.",
        "b": "Health Minister Ana Roe said 51 people have died of the fever.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["a"] = "The Regional Disease Agency reported 58 deaths from the fever."
    assert figure_disputes(briefing(texts)) == [[51, 58]]


def test_a_count_for_a_part_singled_out_alone_is_no_rival_of_the_whole():
    texts = {
        "a": "In the capital alone, 30 people died of the fever, the Regional Disease Agency said.",
        "b": "Health Minister Ana Roe said 51 people have died of the fever.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["a"] = "The Regional Disease Agency said 30 people have died of the fever."
    assert figure_disputes(briefing(texts)) == [[30, 51]]


def test_a_margin_of_votes_is_no_rival_of_a_tally():
    texts = {
        "a": "The assembly rejected the motion by just nine votes, speaker Ana Roe said.",
        "b": "The motion won 280 votes in the assembly, analyst Ben Ode said.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["a"] = "The motion won 278 votes in the assembly, speaker Ana Roe said."
    assert figure_disputes(briefing(texts)) == [[278, 280]]


def test_counts_of_different_sides_of_one_division_are_not_rivals():
    texts = {
        "a": "The assembly voted with 212 votes in favour of removing the mayor, Ana Roe said.",
        "b": "Only six votes were cast against removing the mayor and 14 were abstentions, "
        "Ben Ode said.",
    }
    assert figure_disputes(briefing(texts)) == []  # those for it are not those abstaining
    texts["b"] = "The assembly voted with 209 votes in favour of removing the mayor, Ben Ode said."
    assert figure_disputes(briefing(texts)) == [[209, 212]]  # for against for


def test_a_second_source_set_against_the_first_in_one_sentence_gives_its_own_figure():
    texts = {
        "a": "The health ministry said 12 people were injured in the blast, while medics "
        "reported 30 people injured in the blast.",
        "b": "The health ministry said 12 people were injured in the blast on Tuesday.",
    }
    assert figure_disputes(briefing(texts)) == [[12, 30]]  # the medics' 30, not the ministry's
    texts["a"] = (
        "The health ministry said 12 people were injured in the blast, and it later "
        "reported 30 people injured in the blast."
    )
    assert figure_disputes(briefing(texts)) == []  # a pronoun: the ministry's own update


def test_distances_on_different_bearings_from_a_place_are_different_positions():
    texts = {
        "a": "The storm was about 5 miles (8 km) south of Port Ellis, the weather service said.",
        "b": "The storm was about 60 miles (100 km) north-west of Port Ellis, Ana Roe said.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["b"] = "The storm was about 60 miles (100 km) south of Port Ellis, Ana Roe said."
    assert figure_disputes(briefing(texts)) != []  # one position, two measures of it


def test_a_bearing_read_with_its_distance_still_sets_the_positions_apart():
    # the reading takes the bearing into the figure's own words ("120 kilometers
    # southeast", "300km north"): the place it is measured from follows with "of"
    texts = {
        "a": "The quake's epicentre was located 120 kilometers southeast of Port Ellis, "
        "the weather service said.",
        "b": "The quake's epicentre was located 300km north of Port Ellis, Ana Roe said.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["b"] = "The quake's epicentre was located 300km southeast of Port Ellis, Ana Roe said."
    assert figure_disputes(briefing(texts)) != []  # one position, two measures of it


def test_a_figure_told_later_in_the_article_revises_the_one_before():
    def steps(text: str) -> list[tuple[float, bool]]:
        return [(r.report.value, r.prior) for r in all_reports(briefing({"a": text}))]

    first = "Seismologists said the earthquake had a magnitude of 7.1."
    told = "the geophysical service said the magnitude of the earthquake was 8.2."
    assert steps(f"{first} Later, {told}") == [(7.1, True), (8.2, False)]  # since revised
    assert steps(f"{first} The {told[4:]}") == [(7.1, False), (8.2, False)]
    # a measure of a later event revises nothing
    aftershock = "Later, a magnitude 5.9 aftershock struck the region, the service said."
    assert steps(f"{first} {aftershock}") == [(7.1, False), (5.9, True)]


def test_a_toll_told_by_a_participle_holds_for_the_day_its_event_names():
    texts = {
        "a": "The crew was flying aid to the region hit by the storm that struck on Sunday, "
        "killing at least 48 people, the Interior Ministry said.",
        "b": "Five people died in the crash, the fire agency said.",
    }
    assert figure_disputes(briefing(texts)) == []  # the storm's toll on Sunday, not today's


def test_rival_counts_set_side_by_side_in_one_sentence_are_a_dispute():
    rivals = (
        "Organisers said 250,000 people joined the march, while the police put the figure "
        "at 40,000."
    )
    assert figure_disputes(briefing({"a": rivals})) == [[40000, 250000]]
    places = (
        "Organisers said 250,000 people marched in Lyon, while police said 40,000 did in Paris."
    )
    assert figure_disputes(briefing({"a": places})) == []  # two marches
    apart = (
        "Organisers said 250,000 people joined the march, while the police said 40 "
        "officers were injured."
    )
    assert figure_disputes(briefing({"a": apart})) == []  # different things counted


def test_a_denial_that_did_not_happen_answers_no_accusation():
    for denial in (
        "The two carmakers have not confirmed the merger, nor have they denied it.",
        "Asked about the merger, Orion Motors would neither confirm nor deny it.",
        "Orion Motors declined to confirm or deny the report.",
        "Orion Motors hasn't denied it.",
    ):
        text = (
            "The Daily Ledger reported that Orion Motors is in talks to merge with Vega Cars. "
            + denial
        )
        assert stance_disputes(briefing({"a": text})) == [], denial
    said = (
        "The Daily Ledger reported that Orion Motors is in talks to merge with Vega Cars. "
        "Orion Motors denied the report."
    )
    assert stance_disputes(briefing({"a": said})) == [
        ["The Daily Ledger reporte", "Orion Motors denied the "]
    ]


def test_a_restated_denial_answers_the_same_accusation_told_in_other_articles():
    texts = {
        "a": (
            "The marchers accuse the riot police of turning a water cannon on the crowd. "
            "In a statement, the Interior Ministry denied that it had used a water cannon."
        ),
        "b": (
            "Amnesty International said the Interior Ministry used a water cannon and tear gas "
            "against students outside the parliament building on Sunday evening."
        ),
        "c": (
            "Amnesty International said the Interior Ministry closed the bridges and the metro "
            "stations on Sunday evening."
        ),
        "d": (
            "Amnesty International said a water cannon was used against farmers blocking the "
            "northern motorway on Sunday evening."
        ),
    }
    assert stance_disputes(briefing(texts)) == [
        ["The marchers accuse the ", "In a statement, the Inte", "Amnesty International sa"]
    ]  # not what the ministry did not deny (c), nor what names no one (d)


def test_figures_of_one_sentence_that_count_other_things_or_moments_are_no_rivals():
    """Two sources' figures side by side are rivals only for one quantity at one moment."""
    for text in (
        "The ministry said 500 homes were destroyed, and the Red Cross counted 2,000 homes "
        "damaged.",  # what became of the homes differs
        "Organisers said 250,000 people joined the march in 2019, while police put the figure "
        "at 40,000 this year.",  # a past year against today
        "The health ministry said 200 people had been infected, and the agency recorded 45 new "
        "cases on Monday.",  # one day's count against a total
    ):
        assert figure_disputes(briefing({"a": text})) == [], text
    dated = "Organisers said 80,000 people joined the march on Monday, but police counted 15,000."
    assert figure_disputes(briefing({"a": dated})) == [[15000, 80000]]


def test_a_restated_denial_s_other_words_do_not_draw_in_other_articles():
    """Only what the denial and the accusation it answers share is in dispute: another
    party naming the denier with the denial's other words says something else."""
    denial = (
        "The marchers accuse the riot police of turning a water cannon on the crowd. "
        "In a statement, the Interior Ministry denied that it had used a water cannon, saying "
        "officers had faced stones thrown by protesters."
    )
    for other in (
        "Union leader Tom Vale said protesters had thrown stones at the Interior Ministry "
        "building on Sunday evening.",
        "Opposition leader Ana Roe said the Interior Ministry should use the water reserves "
        "of the city during the drought.",
    ):
        assert stance_disputes(briefing({"a": denial, "b": other})) == [
            ["The marchers accuse the ", "In a statement, the Inte"]
        ], other


def test_a_count_of_a_stretch_of_time_is_a_part_of_the_toll_not_its_rival():
    texts = {
        "a": "The health ministry said 1,400 cases were recorded in the past 21 days.",
        "b": "The Red Cross said 9,800 cases have been recorded in the outbreak.",
    }
    assert figure_disputes(briefing(texts)) == []  # three weeks' cases, not all of them
    texts["a"] = (
        "The health ministry said 1,400 cases were recorded in the first month of the year."
    )
    assert figure_disputes(briefing(texts)) == []
    texts["a"] = "The health ministry said 1,400 cases have been recorded in the outbreak."
    assert figure_disputes(briefing(texts)) == [[1400.0, 9800.0]]


def test_a_toll_of_the_days_since_an_event_began_is_still_the_toll():
    texts = {
        "a": "Police said 20 people died on Friday, bringing the toll to 60 in the past four days.",
        "b": "The Red Cross said 90 people have died in the unrest so far.",
    }
    assert [60.0, 90.0] in figure_disputes(briefing(texts))


def test_a_stance_dispute_keeps_its_id_when_a_later_article_joins_it():
    first = {"a": ("s1", "2025-03-04"), "b": ("s2", "2025-03-05")}
    dates = {k: d for k, (_, d) in first.items()}
    keys = [(k, s) for k, (s, _) in first.items()]
    alone = stance_id(keys, dates, set())
    grown = stance_id([("c", "s9"), *keys], {**dates, "c": "2025-03-06"}, set())
    assert alone == grown  # named after its earliest statement, a's
    taken = {alone}
    other = stance_id([("a", "s1"), ("d", "s4")], {**dates, "d": "2025-03-07"}, taken)
    assert other != alone and other in taken  # the name already taken: the next statement's


def test_a_dispute_joined_by_another_article_keeps_its_id():
    said = "The dockworkers' union said the strike at the port was legal."
    denied = "The transport ministry said the strike at the port was not legal."
    again = "A union lawyer told reporters the strike at the port was legal."
    before = [c for c in briefing({"a": said, "b": denied}).conflicts if c.kind == "stance"]
    after = [
        c for c in briefing({"a": said, "b": denied, "c": again}).conflicts if c.kind == "stance"
    ]
    assert [len(c.statements) for c in before] == [2]
    assert [len(c.statements) for c in after] == [3]
    assert after[0].id == before[0].id  # every claim in it keeps its link


def test_an_answered_accusation_keeps_its_id_when_another_party_s_answer_is_added():
    """What others say of the denier elsewhere joins the group of every accusation it
    answers: a new article's accusation and denial, by another accuser, join the dispute
    (one, not a near-copy of it) and it keeps its id."""
    elsewhere = (
        "Amnesty International said the Interior Ministry used a water cannon and tear gas "
        "against students outside the parliament building on Sunday evening."
    )
    answered = (
        "The marchers accuse the riot police of turning a water cannon on the crowd. "
        "In a statement, the Interior Ministry denied that it had used a water cannon."
    )
    added = (
        "The students accuse the riot police of turning a water cannon on the crowd. "
        "The Interior Ministry later denied that it had used a water cannon."
    )

    def disputes(texts: dict[str, str]) -> dict[tuple[str, ...], str]:
        return {
            tuple(sorted(k[0] for k in c.statements)): c.id
            for c in briefing(texts).conflicts
            if c.kind == "stance"
        }

    before = disputes({"a": elsewhere, "c": answered})
    after = disputes({"a": elsewhere, "b": added, "c": answered})
    assert list(before) == [("a", "c", "c")]
    assert list(after) == [("a", "b", "b", "c", "c")]
    assert after[("a", "b", "b", "c", "c")] == before[("a", "c", "c")]


def test_one_denier_s_answers_to_different_accusers_are_one_dispute_when_they_share_what_is_said_elsewhere():
    from briefbook.analyse.stance import one_per_denier
    from briefbook.model import Statement, TopicAssignment

    def said(source: str, n: int, who: str) -> Statement:
        topic = TopicAssignment("ferry", 1.0, ())
        return Statement(source, f"s{n}", f"{who} said so.", 0, n, topic, claimant=who)

    elsewhere = said("x", 1, "watchdog")
    answered = {
        ("fishers", "port"): [said("a", 1, "fishers"), said("a", 2, "port"), elsewhere],
        ("crews", "port"): [said("b", 1, "crews"), said("b", 2, "port"), elsewhere],
        ("crews", "navy"): [said("b", 3, "crews"), said("b", 4, "navy"), elsewhere],
        ("pilots", "port"): [said("c", 1, "pilots"), said("c", 2, "port")],
    }
    assert one_per_denier(answered) == [
        [("fishers", "port"), ("crews", "port")],  # share the watchdog's statement
        [("crews", "navy")],  # shares it too, but of another denier
        [("pilots", "port")],  # the same denier, nothing in common
    ]


def test_a_figure_of_one_numbered_blow_or_round_is_not_the_whole_event_s():
    texts = {
        "a": "The interior ministry said the second blast killed 30 people on Monday.",
        "b": "The Red Cross said 40 people were killed in the bombings on Monday.",
    }
    assert figure_disputes(briefing(texts)) == []  # one blast's toll, a part of the whole
    texts["a"] = "The interior ministry said 30 people were killed in the bombings on Monday."
    assert figure_disputes(briefing(texts)) == [[30.0, 40.0]]
    texts = {
        "a": "Turnout in the first round of the election was 62%, the commission said.",
        "b": "Turnout in the second round of the election was 55%, observers said.",
    }
    assert figure_disputes(briefing(texts)) == []  # two rounds, two turnouts
    texts["b"] = "Turnout in the first round of the election was 55%, observers said."
    assert figure_disputes(briefing(texts)) == [[55.0, 62.0]]


def test_may_capitalised_is_the_month_not_a_projection():
    from briefbook.analyse.claims import projects

    assert not projects("cases with two deaths in May and")
    assert not projects("brought to court in May by")
    assert projects("said the toll may exceed")
    assert projects("and expected to hit")


def test_counts_of_a_different_standing_are_not_rivals_of_the_toll():
    texts = {
        "a": "The Health Ministry said 140 people were injured in the blast on Monday.",
        "b": "Police chief Ana Roe said 60 people were hospitalised after the blast on Monday.",
    }
    assert figure_disputes(briefing(texts)) == []  # the hospitalised are a part of the injured
    texts = {
        "a": "The Health Ministry said 30 people have died of the fever.",
        "b": "The Red Cross said there were more than 200 suspected deaths from the fever.",
    }
    assert figure_disputes(briefing(texts)) == []  # a guess beside the toll
    texts["b"] = "The Red Cross said more than 200 people have died of the fever."
    assert figure_disputes(briefing(texts)) == [[30, 200]]


def test_a_quake_that_followed_the_main_one_is_another_event():
    texts = {
        "a": "A magnitude 6.8 quake struck the coast on Monday, the Geological Survey said.",
        "b": "The quake on Monday was followed by a magnitude 5.9 tremor, officials said.",
        "c": "The Weather Bureau said a magnitude 6.2 aftershock shook the coast on Monday.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["b"] = "Officials said the quake on Monday had a magnitude of 6.5."
    assert figure_disputes(briefing(texts)) == [[6.5, 6.8]]


def test_a_length_given_as_an_adjective_is_a_size_not_a_distance():
    texts = {
        "a": "The coast guard said debris of the ferry was found about 900 feet from the pier.",
        "b": "Police said debris of the 120-foot ferry was found near the pier.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["b"] = "Police said debris of the ferry was found about 400 feet from the pier."
    assert figure_disputes(briefing(texts)) == [[400, 900]]


def test_a_state_s_adjective_before_a_kind_of_place_is_the_place_of_its_count():
    texts = {
        "a": "The Interior Ministry said the storm killed 40 people in three Peruvian provinces.",
        "b": "The Red Cross said the storm killed 12 people in Chile.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["b"] = "The Red Cross said the storm killed 12 people in Peru."
    assert figure_disputes(briefing(texts)) == [[12, 40]]


def test_a_count_told_as_among_a_whole_is_a_part_of_it():
    texts = {
        "a": "The Health Ministry said 30 measles cases have been confirmed so far.",
        "b": "The Red Cross said only three measles cases were among the vaccinated.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["b"] = "The Red Cross said only three measles cases have been confirmed so far."
    assert figure_disputes(briefing(texts)) == [[3, 30]]


def test_a_first_count_framed_as_initial_is_a_step_not_a_rival():
    texts = {
        "a": "Initially, the Health Ministry reported nine deaths in the raid.",
        "b": "The Red Cross said 14 people died in the raid.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["a"] = "The Health Ministry reported nine deaths in the raid."
    assert figure_disputes(briefing(texts)) == [[9, 14]]


def test_a_count_credited_after_it_to_another_source_is_that_source_s():
    texts = {
        "a": "Rebel spokesman Ben Ode accused the army of killing 12 people in the raid, as reported by "
        "the Health Ministry.",
        "b": "The Health Ministry said nine people were killed in the raid.",
    }
    assert figure_disputes(briefing(texts)) == []  # the ministry's own count, relayed
    texts["a"] = "Rebel spokesman Ben Ode accused the army of killing 12 people in the raid."
    assert figure_disputes(briefing(texts)) == [[9, 12]]


def test_merging_reads_a_projection_as_figures_do():
    texts = {
        "a": "Health officials said the fever killed 20 people in Dunmore in May.",
        "b": "Health officials said the fever killed 20 people in Dunmore.",
    }
    assert len(briefing(texts).claims) == 1  # "May" the month: both tell what happened
    texts["a"] = "Health officials said the fever may kill 20 people in Dunmore."
    assert len(briefing(texts).claims) == 2  # what may happen is not what has


def test_a_claimant_named_by_according_to_keeps_its_figure():
    texts = {
        "a": "At least 20 people were killed in the raid, according to Dunmore's Health Ministry.",
        "b": "The Red Cross said 14 people died in the raid.",
    }
    assert figure_disputes(briefing(texts)) == [[14, 20]]


def test_a_standing_said_of_a_later_count_is_not_the_first_count_s():
    from briefbook.analyse.figure_reports import status

    assert (
        status(
            "So far,", "officers", " needed medical treatment and three others were hospitalised."
        )
        == ""
    )
    assert status("", "people", " were hospitalised after the blast.") == "hospital"
    assert status("more than", "suspected cases", " of the fever") == "suspected"


def test_a_toll_given_on_a_day_named_in_its_attribution_holds_for_that_day():
    texts = {
        "a": "The fever has killed 27 people in Dunmore, the National Institute said on Monday.",
        "b": "The Health Ministry said 40 people have died of the fever in Dunmore.",
    }
    assert figure_disputes(briefing(texts)) == []  # Monday's count, a step before Tuesday's
    texts["a"] = "The fever has killed 27 people in Dunmore, the National Institute said."
    assert figure_disputes(briefing(texts)) == [[27, 40]]


def test_a_tally_an_agency_identified_is_a_count_not_the_progress_of_a_search():
    said = (
        "The mayor of Dunmore said four people had died of cholera in the district. "
        "The national health institute said it had identified only one death in the district."
    )
    assert figure_disputes(briefing({"a": said})) == [[1, 4]]
    found = (
        "The mayor of Dunmore said four people had died in the landslide. "
        "Rescuers said they had identified the bodies of two people under the mud."
    )
    assert figure_disputes(briefing({"a": found})) == []  # bodies identified: a search


def told_disputes(b) -> list[list[float]]:
    """The figure disputes an article tells in so many words (``analyse.figures``)."""
    return [
        sorted(f.value for f in c.figures)
        for c in b.conflicts
        if c.kind == "figures" and "as told in" in c.about
    ]


def test_counts_an_article_says_differ_are_a_dispute_whoever_gives_them():
    vary = (
        "The official death toll stands at 130. "
        "But estimates vary widely, with the Red Cross saying 210 people were killed."
    )
    assert told_disputes(briefing({"a": vary})) == [[130, 210]]
    different = (
        "Officials said 3,000 homes were destroyed by the storm. "
        "The figures differ, with the Red Cross counting 4,500 homes destroyed."
    )
    assert told_disputes(briefing({"a": different})) == [[3000, 4500]]
    other = (
        "The electoral commission said turnout was 61%. "
        "Observers reported a different figure, with turnout at 48%."
    )
    assert told_disputes(briefing({"a": other})) == [[48, 61]]


def test_a_difference_told_of_other_things_places_or_times_is_no_dispute():
    for text in (
        # "different" of no figure noun
        "The ministry said 42 people had died. "
        "Cases were found in three different provinces, with 57 deaths in all.",
        # the same value
        "The official toll stands at 42. "
        "Estimates vary widely, with the Red Cross saying 42 people were killed.",
        # another kind
        "The official toll stands at 42. The WHO recorded different numbers, with 310 cases.",
        # a group's count, a part of the toll
        "The official toll stands at 42. "
        "The WHO recorded different figures for children, with 17 children killed.",
        # a place or region told apart
        "The official toll stands at 12. "
        "The figures vary widely by region, with 30 people dead, the Red Cross said.",
        # another time told apart
        "The official toll stands at 42. "
        "The numbers differ from last year's, when the Red Cross counted 57 deaths.",
        # a series over days
        "The toll stood at 20 on Monday, officials said. "
        "Figures varied through the week, and on Friday officials said 45 people had died.",
        # the difference said with no figure of its own
        "The official toll stands at 42. The WHO said its figures differ.",
        # a number to call, not a count
        "The hotline received 300 calls on Monday. "
        "Residents were told to call a different number, 112.",
        # too far back in the article
        "The official toll stands at 42. The WHO sent a team. Doctors arrived on Monday. "
        "Schools closed. The WHO recorded different numbers, with 57 deaths.",
    ):
        assert told_disputes(briefing({"a": text})) == [], text


def test_conflict_after_a_figure_noun_is_the_war_not_a_verb_of_difference():
    for text in (
        # one strike's deaths against the war's running total
        "Officials said 8 people died in the shelling of Kell. The toll in the conflict stands at 5,000.",
        # a week's flight against all displaced by the war
        "The UN said 30,000 people fled their homes this week. "
        "The number of people displaced by the conflict is now 2 million.",
    ):
        assert told_disputes(briefing({"a": text})) == [], text


def test_counts_an_article_says_do_not_differ_are_no_dispute():
    for text in (
        "Authorities have confirmed 71 deaths. "
        "The Africa CDC's figures did not differ significantly, with 72 deaths.",
        "The ministry said 130 people had been killed. "
        "Aid groups' estimates don't vary much, with the Red Cross counting 128 deaths.",
        "Authorities have confirmed 71 deaths. "
        "The WHO gave no different figure, recording 72 deaths by Monday.",
    ):
        assert told_disputes(briefing({"a": text})) == [], text


def test_counts_of_a_part_named_before_the_verb_of_difference_are_no_dispute():
    for text in (
        # a part of the vote named between the figure noun and its verb
        "Turnout was 61%, the electoral commission said. "
        "The figures for the diaspora vote differ, with only 12% turnout abroad.",
        "The official toll stands at 300. "
        "The numbers in the mountain villages vary, with 45 people killed, the Red Cross said.",
    ):
        assert told_disputes(briefing({"a": text})) == [], text


def test_a_figure_of_an_earlier_year_told_before_is_background_not_a_rival():
    for text in (
        "The 2010 earthquake killed 200,000 people. "
        "Estimates of this week's toll vary, with the government saying 3,000 people died.",
        "The last outbreak, in 2019, killed 700 people. "
        "Estimates of the toll vary, with the WHO saying 40 people have died.",
    ):
        assert told_disputes(briefing({"a": text})) == [], text


def test_a_different_number_that_says_nothing_of_what_it_counts_is_another_figure():
    text = (
        "The UN said 1,200 people had been displaced by Sunday. "
        "A different number, 300, refers to families still in shelters."
    )
    assert told_disputes(briefing({"a": text})) == []


def test_two_sources_measuring_one_quake_side_by_side_are_rivals():
    # a second source opening its own clause gives its own value of the same quake
    text = (
        "According to the Geological Survey, the quake had a magnitude of 6.1, while the "
        "regional branch of the National Seismology Institute recorded it at 5.8."
    )
    assert figure_disputes(briefing({"a": text})) == [[5.8, 6.1]]
    # ... not a second shock told by the same voice, nor a relayed source closing a clause
    text = (
        "A magnitude 6.1 quake struck at dawn, followed by a 5.8 tremor an hour later, "
        "according to the Geological Survey."
    )
    assert figure_disputes(briefing({"a": text})) == []


@pytest.mark.parametrize(
    "text",
    [
        # the second source names another quake, a year, another shock or other winds
        "According to the Geological Survey, Monday's quake had a magnitude of 6.1, while the "
        "National Seismology Institute recorded a magnitude 5.4 quake in the same region in 2019.",
        "According to the Geological Survey, the main shock had a magnitude of 6.1, while the "
        "National Seismology Institute said a foreshock an hour earlier had measured 4.9.",
        "According to the National Hurricane Center, the storm's winds reached 180 km/h at "
        "landfall, while the Met Office said gusts on the islands peaked at 120 km/h.",
    ],
)
def test_a_second_source_telling_another_event_makes_no_rival_measure(text):
    assert figure_disputes(briefing({"a": text})) == []


def test_a_pronoun_is_no_second_source_of_a_measure():
    from briefbook.analyse.figure_reports import reports

    text = (
        "According to the Geological Survey, the first quake had a magnitude of 6.1, and he "
        "said the second measured 5.4."
    )
    assert [r.value for r in reports(briefing({"a": text}))] == []  # two shocks, one voice


def test_a_denial_of_involvement_in_an_event_answers_a_party_placing_the_denier_in_it():
    text = (
        "Interior minister Ana Roe said the bombing had been carried out by "
        "Sylvania, where a safe house was waiting for the gunmen. "
        "Sylvania denies any involvement in the bombing."
    )
    assert stance_disputes(briefing({"a": text})) == [
        ["Interior minister Ana Ro", "Sylvania denies any invo"]
    ]
    # named beside the event, but not as the doer of it
    fled = (
        "Interior minister Ana Roe said the gunmen behind the bombing had fled towards "
        "Sylvania, where a safe house was waiting for them. "
        "Sylvania denies any involvement in the bombing."
    )
    assert stance_disputes(briefing({"a": fled})) == []
    # the party's statement names the denier but not the event the denial is about
    other = (
        "Interior minister Ana Roe said trade with Sylvania had doubled since January. "
        "Sylvania denies any involvement in the bombing."
    )
    assert stance_disputes(briefing({"a": other})) == []
    # a bare denial of wrongdoing names no event: it answers accusations only
    bare = (
        "The court said Ben Ode would be barred from leaving Sylvania until the appeal. "
        "Ben Ode denies any wrongdoing."
    )
    assert stance_disputes(briefing({"a": bare})) == []


def test_a_pointing_denial_ends_where_a_clause_of_its_own_begins():
    text = (
        "The opposition alliance said the defence ministry had shelled the northern villages. "
        "The defence ministry rejected the reports, but aid groups remain worried."
    )
    assert stance_disputes(briefing({"a": text})) == [
        ["The opposition alliance ", "The defence ministry rej"]
    ]


def test_a_denial_pointing_to_a_figure_answers_the_party_that_gave_it():
    text = (
        "The opposition alliance said troops had killed more than 300 protesters in the "
        "north. The defence ministry rejected the figure, but declined to say how many died."
    )
    assert stance_disputes(briefing({"a": text})) == [
        ["The opposition alliance ", "The defence ministry rej"]
    ]
    # no figure just given: nothing it points to
    told = (
        "The opposition alliance said troops had fired on protesters in the north. "
        "The defence ministry rejected the figure, but declined to say how many died."
    )
    assert stance_disputes(briefing({"a": told})) == []


def test_two_undated_magnitudes_in_one_article_measure_its_own_quake():
    one = (
        "The quake had a magnitude of 6.8, according to the National Seismology Centre. "
        "The Geological Survey put the magnitude at 7.1."
    )
    assert figure_disputes(briefing({"a": one})) == [[6.8, 7.1]]
    # in two articles, an undated magnitude may be of another quake
    two = {
        "a": "The quake had a magnitude of 6.8, according to the National Seismology Centre.",
        "b": "The Geological Survey put the magnitude of the quake at 7.1.",
    }
    assert figure_disputes(briefing(two)) == []


def test_calling_the_report_false_answers_it_as_calling_the_allegations_false_does():
    called = (
        "The auditors accused Delmar Holdings of hiding losses from its investors. "
        "Delmar Holdings called the report baseless."
    )
    assert stance_disputes(briefing({"a": called})) == [
        ["The auditors accused Del", "Delmar Holdings called t"]
    ]
    said = (
        "The auditors accused Delmar Holdings of hiding losses from its investors. "
        "Delmar Holdings said the report was false."
    )
    assert stance_disputes(briefing({"a": said})) == [
        ["The auditors accused Del", "Delmar Holdings said the"]
    ]


@pytest.mark.parametrize(
    "past",
    [
        "The Geological Survey said the 2015 quake in the same region had a magnitude of 7.8.",
        "The Geological Survey said the previous quake in the region had a magnitude of 7.8.",
        "Last year's quake had a magnitude of 7.8, the Geological Survey said.",
        "In 2015, a quake of magnitude 7.8 struck the same valley, the Geological Survey said.",
    ],
)
def test_an_undated_magnitude_of_another_event_is_not_set_against_the_day_s(past):
    text = "The quake had a magnitude of 6.8, according to the National Seismology Centre. " + past
    assert figure_disputes(briefing({"a": text})) == []


@pytest.mark.parametrize(
    ("said", "accused"),
    [
        ("Ana Roe, Freedonia's foreign minister, said Sylvania was behind the bombing.", True),
        ("Ana Roe, Freedonia's foreign minister, said the bombing was ordered by Sylvania.", True),
        (
            "Ana Roe, Freedonia's foreign minister, said she stood with Sylvania after the bombing.",
            False,
        ),
        (
            "Ana Roe, the Freedonian president, said her thoughts were with Sylvania after the bombing.",
            False,
        ),
    ],
)
def test_a_denial_of_involvement_answers_a_party_that_names_the_denier_as_the_doer(said, accused):
    text = said + " Sylvania denies any involvement in the bombing."
    assert bool(stance_disputes(briefing({"a": text}))) is accused


@pytest.mark.parametrize(
    "admitted",
    [
        "The health ministry said its figures were wrong.",
        "The health ministry admitted the count was wrong.",
        "The health ministry conceded that the figures were wrong.",
        "The health ministry acknowledged that the report was false.",
    ],
)
def test_an_admission_that_a_count_was_wrong_is_no_denial(admitted):
    text = "The opposition alliance accused the health ministry of hiding deaths. " + admitted
    assert stance_disputes(briefing({"a": text})) == []
    # calling another's words wrong is a denial
    denied = "The opposition alliance accused the health ministry of hiding deaths. "
    denied += "The health ministry said the claims were wrong."
    assert len(stance_disputes(briefing({"a": denied}))) == 1


@pytest.mark.parametrize(
    ("given", "rejected", "disputed"),
    [
        # a party of another side gives the figure: a dispute
        ("The opposition alliance", "The Kenyan interior ministry", True),
        ("The Labour Party", "The Conservative Party", True),
        # the same side, or the party's own official, gives it: a correction, no dispute
        ("Kenyan police", "The Kenyan interior ministry", False),
        ("Kenya's health ministry", "The Kenyan government", False),
        ("Health minister Ana Roe", "The health ministry", False),
    ],
)
def test_rejecting_a_figure_disputes_only_another_side_s(given, rejected, disputed):
    text = f"{given} said 40,000 people had marched in Nairobi. {rejected} rejected the figure."
    assert bool(stance_disputes(briefing({"a": text}))) is disputed


def test_saying_a_party_s_accusations_lack_merit_answers_that_party():
    text = (
        "Regulator Ana Roe said Delmar Holdings had overstated its profits. "
        "“The board misled its investors,” Roe said. "
        "Delmar Holdings said Roe's accusations lack merit."
    )
    assert stance_disputes(briefing({"a": text})) == [
        ["“The board misled its in", "Delmar Holdings said Roe"]
    ]
    # another party's words before it are not what it answers
    other = (
        "Ben Ode, a broker, said trading in the shares had doubled. "
        "Delmar Holdings said Roe's accusations lack merit."
    )
    assert stance_disputes(briefing({"a": other})) == []


DENIAL = " Sylvania denies any involvement in the attack."


@pytest.mark.parametrize(
    "said",
    [
        "Freedonian President Ana Roe said Sylvania had ordered an inquiry into the attack.",
        "Freedonian President Ana Roe said Sylvania sponsored a UN resolution condemning the attack.",
        "Freedonian President Ana Roe said Sylvania planned to send medical teams after the attack.",
        "Freedonian President Ana Roe said Sylvania was responsible for security on the border "
        "crossing near the attack.",
        "Freedonian President Ana Roe said the victims of the attack were guards armed by Sylvania.",
        "Freedonian President Ana Roe said Sylvania organised a vigil for the victims of the attack.",
        "Freedonian President Ana Roe said Sylvania committed troops to help after the attack.",
        "Freedonian President Ana Roe said rebuilding after the attack would be funded by Sylvania.",
        "Freedonian President Ana Roe said the inquiry into the attack was backed by Sylvania.",
        "Freedonian President Ana Roe praised Sylvania's role in the rescue after the attack.",
    ],
)
def test_an_everyday_act_of_the_denier_beside_the_event_is_no_accusation(said):
    assert stance_disputes(briefing({"a": said + DENIAL})) == []


def test_a_denial_of_guilt_refers_to_the_event_it_names_not_the_rest_of_its_sentence():
    text = (
        "Freedonian President Ana Roe said Sylvania had ordered troops to the capital on Monday. "
        "Sylvania denies any involvement in the attack, which killed 12 people in the capital."
    )
    assert stance_disputes(briefing({"a": text})) == []


def test_the_denier_s_own_side_placing_it_as_the_doer_is_no_dispute():
    text = "Sylvania's foreign minister Ben Ode said Sylvania was behind the attack." + DENIAL
    assert stance_disputes(briefing({"a": text})) == []
    other = "Freedonia's foreign minister Ben Ode said Sylvania was behind the attack." + DENIAL
    assert stance_disputes(briefing({"a": other})) == [
        ["Freedonia's foreign mini", "Sylvania denies any invo"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The temperature in Saltford reached 45C, the national weather agency said. "
        "The city's fire chief said the temperature in Saltford reached 47C.",
        "The quake had a magnitude of 6.8, the national seismology centre said. "
        "A strong tremor of magnitude 5.1 shook the town hours later, the Geological Survey said.",
        "The quake had a magnitude of 6.8, the national seismology centre said. "
        "The Geological Survey said the Izmit quake had a magnitude of 7.6.",
    ],
)
def test_undated_measures_of_other_kinds_or_other_events_are_not_compared(text):
    assert figure_disputes(briefing({"a": text})) == []


@pytest.mark.parametrize(
    ("first", "other"),
    [
        ("The quake", "Another agency, the Geological Survey, put the magnitude at 7.1."),
        (
            "The quake",
            "The quake, the strongest since 2015, had a magnitude of 7.1, the Geological Survey "
            "said.",
        ),
        (
            "The Saltford quake",
            "The Geological Survey said the Saltford quake had a magnitude of 7.1.",
        ),
    ],
)
def test_another_voice_or_the_story_s_own_record_is_the_same_quake(first, other):
    text = first + " had a magnitude of 6.8, the national seismology centre said. " + other
    assert figure_disputes(briefing({"a": text})) == [[6.8, 7.1]]


def test_a_denial_pointing_to_a_figure_answers_no_statement_without_one():
    text = (
        "The opposition alliance said the defence ministry had ordered troops to fire on "
        "protesters. The defence ministry rejected the figure."
    )
    assert stance_disputes(briefing({"a": text})) == []


def test_a_dismissal_naming_whose_words_answers_only_a_charge_of_that_party():
    text = (
        "Regulator Ana Roe said the hearing would resume on Monday. "
        "Delmar Holdings said Roe's accusations lack merit."
    )
    assert stance_disputes(briefing({"a": text})) == []


def test_a_bystander_saying_the_reports_have_no_foundation_denies_nothing_of_its_own():
    text = (
        "The auditors accused Delmar Holdings of hiding losses. "
        "Analyst Ben Ode said the reports had no foundation."
    )
    assert stance_disputes(briefing({"a": text})) == []
    accused = (
        "The auditors accused Delmar Holdings of hiding losses. "
        "Delmar Holdings said the reports had no foundation."
    )
    assert stance_disputes(briefing({"a": accused})) == [
        ["The auditors accused Del", "Delmar Holdings said the"]
    ]


def test_a_government_rejecting_its_opposition_s_figure_disputes_it():
    text = (
        "Peru's opposition leader Ana Roe said 40,000 people had marched in Lima. "
        "The Peruvian government rejected the figure."
    )
    assert stance_disputes(briefing({"a": text})) == [
        ["Peru's opposition leader", "The Peruvian government "]
    ]


def test_a_quake_named_by_a_place_the_corpus_names_elsewhere_is_the_story_s():
    texts = {
        "a": "The Saltford quake had a magnitude of 6.8, the national seismology centre said. "
        "The Geological Survey put the magnitude at 7.1.",
        "b": "Rescuers reached Saltford on Tuesday.",
    }
    assert figure_disputes(briefing(texts)) == [[6.8, 7.1]]


def test_an_admission_ends_where_a_clause_of_its_own_begins():
    text = (
        "The opposition alliance accused the health ministry of hiding the deaths. "
        "The health ministry acknowledged receiving the letter and said the claims were baseless."
    )
    assert stance_disputes(briefing({"a": text})) == [
        ["The opposition alliance ", "The health ministry ackn"]
    ]
    accepted = (
        "The opposition alliance accused the health ministry of hiding the deaths. "
        "The health ministry accepted the invitation and called the claims baseless."
    )
    assert stance_disputes(briefing({"a": accepted})) == [
        ["The opposition alliance ", "The health ministry acce"]
    ]


def test_a_count_naming_the_pool_it_is_drawn_from_is_a_part_not_a_rival():
    texts = {
        "a": "The tribunal convicted 38 of the 44 sailors of mutiny and four of desertion.",
        "b": "Admiral Ana Roe said 44 sailors were convicted on Friday.",
    }
    assert figure_disputes(briefing(texts)) == []  # 38 of the 44: a part of them
    texts["a"] = "Captain Ben Ode said 38 sailors were convicted on Friday."
    assert figure_disputes(briefing(texts)) == [[38, 44]]  # the whole against the whole


def test_a_denial_in_apposition_answers_its_own_sentence_not_one_before():
    text = (
        "In a post on Monday, Ben Ode claimed the Velmarian government had lost the border. "
        "Ostravia claims the militia trains on Velmarian soil, a charge the Velmarian "
        "government denies."
    )
    assert stance_disputes(briefing({"a": text})) == []  # it answers its own sentence
    answered = (
        "Ostravia claims the militia trains on Velmarian soil. "
        "The Velmarian government denied the accusation."
    )
    assert stance_disputes(briefing({"a": answered})) == [
        ["Ostravia claims the mili", "The Velmarian government"]
    ]


def test_a_day_fronted_after_the_occasion_dates_the_count_given_at_it():
    text = (
        "In a statement early on Thursday, the Red Cross put the death toll at 140. "
        "The quake killed at least 410 people, according to the Interior Ministry."
    )
    assert figure_disputes(undated({"a": text})) == []  # Thursday's count, not the article's
    assert figure_disputes(briefing({"a": text})) == []  # Thursday the 27th's, not Tuesday's
    plain = (
        "The Red Cross put the death toll at 140. "
        "The quake killed at least 410 people, according to the Interior Ministry."
    )
    assert figure_disputes(undated({"a": plain})) == [[140, 410]]  # one moment: rivals


def test_the_denier_s_own_state_s_bodies_are_its_side_by_one_notion_of_a_side():
    denial = " The Kenyan government denies any involvement in the attack."
    text = "Kenyan police accused the Kenyan government of covering up the attack." + denial
    assert stance_disputes(briefing({"a": text})) == []  # its own state's police: one side
    other = "Ugandan police accused the Kenyan government of covering up the attack." + denial
    assert stance_disputes(briefing({"a": other})) == [
        ["Ugandan police accused t", "The Kenyan government de"]
    ]


def test_a_part_drawn_from_a_pool_is_kept_apart_only_from_that_pool():
    # another count of the same people is a rival, not the pool the part is drawn from
    texts = {
        "a": "The dockers' guild said 7,300 of its members walked out on Tuesday.",
        "b": "The port authority said 1,900 members walked out on Tuesday.",
    }
    assert figure_disputes(briefing(texts)) == [[1900, 7300]]
    texts = {
        "a": "The tribunal convicted 23 of the smugglers on Wednesday.",
        "b": "Defence lawyers said 29 smugglers were convicted on Wednesday.",
    }
    assert figure_disputes(briefing(texts)) == [[23, 29]]
    # the pool itself, told as all of it, is the whole the part is drawn from
    texts = {
        "a": "The tribunal convicted 38 of the sailors of mutiny and four of desertion.",
        "b": "Admiral Ana Roe said all 44 sailors were on trial on Friday.",
    }
    assert figure_disputes(briefing(texts)) == []


def test_a_part_drawn_by_of_whom_names_its_pool():
    def count(text: str) -> Quantity:
        return Quantity(text, 38, "sailors", "exactly", 0, len(text))

    assert drawn(count("38 of whom"))
    assert drawn(count("38 of the 44 sailors")) and pool_size(count("38 of the 44 sailors")) == 44
    assert drawn(count("two out of 15 patients")) and pool_size(count("two out of 15")) == 15
    assert not drawn(count("tens of thousands of people"))


def test_a_report_noun_that_is_the_denial_s_own_subject_is_no_apposition():
    text = (
        "Ostravia claims the militia trains on Velmarian soil. "
        "On Thursday, a statement from the Velmarian government denied the accusation."
    )
    assert stance_disputes(briefing({"a": text})) == [
        ["Ostravia claims the mili", "On Thursday, a statement"]
    ]


def test_same_weekday_fronted_counts_of_one_undated_article_still_meet():
    text = (
        "On Thursday, the Red Cross put the death toll at 140. "
        "On Thursday, the Interior Ministry said 410 people had died."
    )
    assert figure_disputes(undated({"a": text})) == [[140, 410]]
    other_day = text.replace("On Thursday, the Interior", "On Saturday, the Interior")
    assert figure_disputes(undated({"a": other_day})) == []  # two days, each unplaced


def test_a_day_fronted_after_a_post_on_a_platform_dates_the_count():
    text = (
        "In a post on X on Thursday, the Red Cross put the death toll at 140. "
        "The quake killed at least 410 people, according to the Interior Ministry."
    )
    assert figure_disputes(undated({"a": text})) == []  # Thursday's count, not the article's


def test_the_denier_s_counter_claim_right_after_its_denial_is_of_the_dispute():
    text = (
        "The port authority accused the dockers' union of blocking the cranes. "
        "The union dismissed the accusations as baseless. "
        "It said the cranes had been left without power for a week."
    )
    assert stance_disputes(briefing({"a": text})) == [
        ["The port authority accus", "The union dismissed the ", "It said the cranes had b"]
    ]


def test_another_party_speaking_after_a_denial_is_no_counter_claim():
    accused = (
        "The port authority accused the dockers' union of blocking the cranes. "
        "The union dismissed the accusations as baseless. "
    )
    answer = ["The port authority accus", "The union dismissed the "]
    other = accused + "The shipping ministry said talks would resume on Monday."
    assert stance_disputes(briefing({"a": other})) == [answer]
    told = accused + "It is the third closure of the port this year."  # the outlet's own
    assert stance_disputes(briefing({"a": told})) == [answer]


def test_a_count_told_of_some_of_a_head_count_is_a_part_not_a_rival_of_the_toll():
    texts = {
        "a": "The Labour Ministry said 4,000 miners were registered at the site, with 12 dying "
        "in the collapse.",
        "b": "The Interior Ministry said 45 people died in the collapse.",
    }
    assert figure_disputes(briefing(texts)) == []  # 12 of the miners, not the whole toll
    texts["a"] = "The Labour Ministry said 12 people died in the collapse."
    assert figure_disputes(briefing(texts)) == [[12, 45]]  # the whole against the whole


def test_a_with_count_of_its_own_noun_or_larger_than_the_head_count_is_still_a_rival():
    texts = {
        "a": "The Interior Ministry said 3,000 police officers were deployed in the capital, "
        "with 45 people killed in the clashes.",
        "b": "Opposition leaders said 60 people were killed in the clashes.",
    }
    assert figure_disputes(briefing(texts)) == [[45, 60]]  # people, not some of the officers
    texts = {
        "a": "The health ministry said about 1,200 doctors were on strike, with 12,000 patients "
        "affected by cancelled operations.",
        "b": "Hospital groups said 20,000 patients were affected by cancelled operations.",
    }
    assert figure_disputes(briefing(texts)) == [[12000, 20000]]  # ten times the "whole"


def test_a_with_count_after_a_clause_of_being_somewhere_is_still_a_rival():
    texts = {
        "a": "The governor said 50,000 residents live in the valley, with 45 confirmed dead "
        "after the landslide.",
        "b": "The Red Cross said 60 people were confirmed dead after the landslide.",
    }
    assert figure_disputes(briefing(texts)) == [[45, 60]]
    texts = {
        "a": "Organisers said 2,000 people joined the march, with 45 killed when police opened "
        "fire.",
        "b": "Police said 12 people were killed when officers opened fire on the march.",
    }
    assert figure_disputes(briefing(texts)) == [[12, 45]]


def test_a_pronoun_led_statement_of_a_third_party_is_no_counter_claim():
    accused = (
        "The port authority accused the dockers' union of blocking the cranes. "
        "The union dismissed the accusations as baseless. "
    )
    answer = ["The port authority accus", "The union dismissed the "]
    third = accused + (
        "“We are monitoring the situation closely,” a spokeswoman for the transport ministry said."
    )
    assert stance_disputes(briefing({"a": third})) == [answer]
    accuser = accused + (
        "They said the cranes had been sabotaged on Tuesday night, the port authority added."
    )
    assert stance_disputes(briefing({"a": accuser})) == [answer]


def test_a_pronoun_led_statement_on_something_else_is_no_counter_claim():
    text = (
        "Prosecutors accused the mayor of taking bribes. The mayor denied the charges. "
        "She faces up to 10 years in prison if convicted, prosecutors said."
    )
    assert stance_disputes(briefing({"a": text})) == [
        ["Prosecutors accused the ", "The mayor denied the cha"]
    ]
    text = (
        "The port authority accused the dockers' union of blocking the cranes. "
        "The union dismissed the accusations as baseless. "
        "It said its members would vote on Friday on a new pay offer."
    )
    assert stance_disputes(briefing({"a": text})) == [
        ["The port authority accus", "The union dismissed the "]
    ]


def test_another_side_holding_its_version_after_a_contrast_is_a_counter_position():
    text = (
        "Fire inspectors said the blaze at the depot was caused by a faulty heater. "
        "But the depot's owner, Harlan Freight, maintained that the heater had been "
        "switched off for a week."
    )
    assert stance_disputes(briefing({"a": text})) == [
        ["Fire inspectors said the", "But the depot's owner, H"]
    ]
    claims = (
        "The Coast Guard said the trawler sank after hitting a reef near the harbour. "
        "However, the Fishermen's Union claims that the trawler sank after a cargo ship "
        "rammed it."
    )
    assert stance_disputes(briefing({"a": claims})) == [
        ["The Coast Guard said the", "However, the Fishermen's"]
    ]
    # the first sentence of the next paragraph follows right after
    parted = text.replace("heater. But", "heater.\n\nBut")
    assert stance_disputes(briefing({"a": parted})) == [
        ["Fire inspectors said the", "But the depot's owner, H"]
    ]


@pytest.mark.parametrize(
    "second",
    [
        # no contrast: one more voice, not a counter-position
        "The depot's owner, Harlan Freight, maintained that the heater had been switched off.",
        # a contrast told with a plain reporting verb
        "But the depot's owner, Harlan Freight, said that the heater had been switched off.",
        # "insisted" most often repeats a party's own word: no counter-position by itself
        "But the depot's owner, Harlan Freight, insisted that the depot would reopen soon.",
        # a contrast by the same party
        "But the fire inspectors maintained that the heater had been switched off.",
        # "countered" is no reporting verb of the vocabulary's: it tells no claimant's word
        "But the depot's owner, Harlan Freight, countered that the heater had been off.",
        # "Yet another", "But for": no contrast with the sentence before
        "Yet another firm, Harlan Freight, argued that the heater at the depot was faulty.",
        "But for the heater, Harlan Freight maintained, the depot would not have burned.",
    ],
)
def test_a_counter_position_needs_a_contrast_a_contending_verb_and_another_party(second):
    text = f"Fire inspectors said the blaze at the depot was caused by a faulty heater. {second}"
    assert stance_disputes(briefing({"a": text})) == []


@pytest.mark.parametrize(
    "text",
    [
        # the second statement is about something else: no shared words
        "The mayor said the bridge would reopen to traffic on Monday. But residents argued "
        "that the city should have repaired the flood barriers years ago.",
        "Witnesses said soldiers fired on the crowd outside the stadium. But the Civic Rights "
        "League argued that the killings amounted to war crimes.",
        "Harlan Freight said the depot would reopen next month. But its chief executive, Ana "
        "Roe, maintained that repairs could take until the summer.",
        # a contending verb as an act, not as speech
        "The army said rebels attacked the border post at dawn. But the Northern Front "
        "claimed responsibility for the attack on the border post.",
        "Officials said the ruling party won the vote in the capital. But the Northern Front "
        "claimed victory in the vote in the capital.",
        "The federation said Roversby lost the title race last season. But Roversby claimed "
        "the title race trophy in the final week.",
        "The regulator said the rail line was unsafe for freight. But Veltra Rail maintains "
        "the rail line for freight every month.",
        "The organisers said Jonas Berg would not finish the race. But Jonas Berg contended "
        "for the lead of the race until the last lap.",
        "The ministry said the new law on strikes was lawful. But union lawyers argued the "
        "case on the strike law before the Supreme Court.",
    ],
)
def test_a_counter_position_is_on_the_same_thing_and_told_as_speech(text):
    assert stance_disputes(briefing({"a": text})) == []


def test_a_counter_position_follows_right_after_in_the_same_article():
    first = "Fire inspectors said the blaze at the depot was caused by a faulty heater."
    second = (
        "But the depot's owner, Harlan Freight, maintained that the heater had been "
        "switched off for a week."
    )
    between = f"{first} The depot had been closed since the spring. {second}"
    assert stance_disputes(briefing({"a": between})) == []
    assert stance_disputes(briefing({"a": first, "b": second})) == []


def test_a_counter_position_already_in_a_stance_dispute_is_told_once():
    text = (
        "Harlan Freight said wages at the depot rose 5 percent this year. "
        "But the Dockers Union claimed that wages at the depot had not risen this year."
    )
    assert stance_disputes(briefing({"a": text})) == [
        ["Harlan Freight said wage", "But the Dockers Union cl"]
    ]


def test_a_counter_position_joins_the_answered_accusation_of_its_parties():
    text = (
        "The Dockers Union accused Harlan Freight of cutting wages at the depot. "
        "Harlan Freight denied that it had cut wages at the depot. "
        "But the Dockers Union maintained that wages at the depot had been cut by a tenth."
    )
    assert stance_disputes(briefing({"a": text})) == [
        ["The Dockers Union accuse", "Harlan Freight denied th", "But the Dockers Union ma"]
    ]
