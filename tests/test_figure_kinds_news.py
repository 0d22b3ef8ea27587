"""Figure kinds read from recurring patterns of news style: currencies of smaller economies,
"degrees on the Richter scale", a toll broken down after a colon, the nouns of what was done
to people, hostages, court cases, the head of what is counted."""

from __future__ import annotations

import pytest

from briefbook.read.figures import other_cases, quantities


def kinds(text: str) -> list[tuple[float, str, str]]:
    """(value, kind, unit) of every figure."""
    return [(x.value, x.kind, x.unit) for x in quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The unrest cost traders about 2 billion meticais.", [(2e9, "money", "MZN")]),
        ("The lender wrote off 300 million kwacha in loans.", [(3e8, "money", "ZMW")]),
        ("Fuel now costs 800 naira a litre.", [(800, "money", "NGN")]),
        ("He was fined ₦500,000 by the court.", [(5e5, "money", "NGN")]),
        ("Importers paid 40 billion CFA francs in duties.", [(4e10, "money", "XOF")]),
        # a state's adjective names which pound or dollar, though no table pairs them
        (
            "The gang wants 5 million Sudanese pounds for each captive.",
            [(5e6, "money", "Sudanese pounds")],
        ),
        # a capitalised word that is no state's adjective makes no currency
        ("Three Democrats won seats in the state.", [(3, "seats", "")]),
    ],
)
def test_currencies_of_smaller_economies_are_money(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tremor measured 6 degrees on the Richter scale.", [(6, "magnitude", "")]),
        ("It hit 40 degrees in the capital on Monday.", [(40, "temperature", "°")]),
    ],
)
def test_degrees_on_a_scale_of_magnitude_are_a_magnitude(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least nine people died in the clashes: three policemen and six villagers.",
            [(9, "deaths", ""), (3, "deaths", ""), (6, "deaths", "")],
        ),
        (
            "Some 40 people were arrested: 30 students and 10 teachers.",
            [(40, "detained", ""), (30, "detained", ""), (10, "detained", "")],
        ),
        # a bulletin's labels: each number is of its own label
        ("Flood toll: 1,200, injured: 3,400.", [(1200, "deaths", ""), (3400, "injured", "")]),
    ],
)
def test_a_toll_broken_down_after_a_colon_gives_its_parts_its_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protests followed the slaying of two union leaders.", [(2, "deaths", "")]),
        ("Rights groups condemned the murder of three journalists.", [(3, "deaths", "")]),
        ("Police confirmed the arrest of 14 protesters.", [(14, "detained", "")]),
        ("The evacuation of 3,000 residents began at dawn.", [(3000, "displaced", "")]),
        ("Crews completed the rescue of 40 miners.", [(40, "rescued", "")]),
        # a phrase ending in "of" gives nothing to a figure it does not govern
        ("After the killing of the mayor, 200 residents marched.", [(200, "people", "")]),
    ],
)
def test_the_noun_of_what_was_done_to_people_gives_its_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen stormed the village, killing 30 people and taking 50 hostage.",
            [(30, "deaths", ""), (50, "detained", "")],
        ),
        ("Some 120 hostages are still held in the tunnels.", [(120, "detained", "")]),
        ("Bandits kidnapped 20 pupils from the school.", [(20, "detained", "")]),
    ],
)
def test_hostages_are_held_as_detainees_are(text, expected):
    assert kinds(text) == expected


def test_cases_tied_to_no_illness_in_an_article_not_about_one_are_a_count() -> None:
    court = "Police have opened 120 cases against the opposition leader."
    assert [(x.value, x.kind) for x in other_cases(quantities(court), court)] == [(120, "count")]
    flood = "Health officials fear 30 cholera cases in the flooded district."
    assert [(x.value, x.kind) for x in other_cases(quantities(flood), flood)] == [(30, "cases")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head of the noun phrase counted, not the object of a verb after it
        ("Reporters saw some 15 children receiving vaccine doses.", [(15, "people", "")]),
        # a people named by their place past a lower-case adjective
        ("Thousands of young Britons marched on Sunday.", [(1000, "people", "")]),
        # a word in scare quotes between the number and its noun
        ('Doctors reported two "unexplained" deaths at the clinic.', [(2, "deaths", "")]),
        # the carers' verb before those they treat
        ("Medics were treating 85 people at the scene.", [(85, "injured", "")]),
        ("Two more residents passed away in hospital.", [(2, "deaths", "")]),
        # voters counted by their voting
        ("Some 4.2 million people cast ballots on Sunday.", [(4.2e6, "votes", "")]),
        # a tally named before it, valued with a head-count
        (
            "The number of evacuees has risen to 12,000 people.",
            [(12000, "displaced", "")],
        ),
    ],
)
def test_the_head_of_what_is_counted_and_the_words_around_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one of a people noun is read as more of them would be
        ("One civilian was killed in the shelling.", [(1, "deaths", "")]),
        ("One woman was injured when the roof fell.", [(1, "injured", "")]),
        (
            "The dead included one Briton and one Canadian.",
            [(1, "deaths", ""), (1, "deaths", "")],
        ),
        # one who speaks is no count, nor one of what the lexicon does not know
        ("One survivor said the water rose in minutes.", []),
        ("One hand was injured.", []),
    ],
)
def test_one_of_a_people_counts_as_more_of_them_would(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fraction of a span of years is a length in years, not a share
        ("It was the first case in a quarter of a century.", [(25, "duration", "years")]),
        ("The deadliest crash in nearly a quarter century.", [(25, "duration", "years")]),
        ("He ruled for half a century.", [(50, "duration", "years")]),
        ("Half of the voters stayed home.", [(50, "share", "%")]),
        # "a second" before the noun it orders, past "and" another ordinal, is no length
        ("He seeks a second and final term.", []),
    ],
)
def test_a_fraction_of_a_century_is_years_and_a_second_term_no_length(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stay in hospital, begun or ended, counts the hurt in an article about no illness
        (
            "Officials said 64 people were admitted to two city hospitals.",
            [(64, "injured", ""), (2, "buildings", "")],
        ),
        ("Some 45 people remain in hospitals across the region.", [(45, "injured", "")]),
        ("By evening 120 had been discharged after treatment.", [(120, "injured", "")]),
        ("Nine spectators sought medical attention at the stadium.", [(9, "injured", "")]),
        # dying in hospital stays a death
        ("Seven people died in hospitals overnight.", [(7, "deaths", "")]),
    ],
)
def test_a_stay_in_hospital_counts_the_injured(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members counted by how they voted are votes
        ("The bill passed with 201 deputies voting in favour.", [(201, "votes", "")]),
        (
            "It failed, with 96 senators voting against and 12 abstaining.",
            [(96, "votes", ""), (12, "votes", "")],
        ),
    ],
)
def test_members_counted_by_how_they_voted_are_votes(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # soldiers taken by a verb of capture are the detained, as any people would be
        ("The rebels said they had captured 35 soldiers near the border.", [(35, "detained", "")]),
        (
            "Militiamen captured 12 soldiers and two tanks.",
            [(12, "detained", ""), (2, "vehicles", "")],
        ),
        # a force sent stays troops
        ("The ministry deployed 4,000 soldiers to the north.", [(4000, "troops", "")]),
    ],
)
def test_soldiers_captured_are_the_detained(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven patients are in severe condition.", [(11, "injured", "")]),
        ("Four remain in a grave condition, the hospital said.", [(4, "injured", "")]),
    ],
)
def test_the_gravity_of_a_condition_counts_the_injured(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Health officials said 21 sick people were traced to the fair.", [(21, "cases", "")]),
        ("Nine guests got sick after the banquet.", [(9, "cases", "")]),
        ("Some 40 pupils became ill on Tuesday.", [(40, "cases", "")]),
    ],
)
def test_people_who_fell_sick_are_cases(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 250,000 customers were left without power.", [(250000, "customers", "")]),
        ("Thousands of residents remain without electricity.", [(1000, "customers", "")]),
        ("Some 80,000 households lost power overnight.", [(80000, "customers", "")]),
        # what became of them first: a toll, though the storm cut the power too
        ("The storm killed 12 people and left the town without power.", [(12, "deaths", "")]),
    ],
)
def test_a_count_left_without_power_is_of_customers(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The carrier grounded 31 Airbus A330 Neo 9s for checks.", [(31, "vehicles", "")]),
        ("The air force received six F-35s last month.", [(6, "vehicles", "")]),
        ("Its fleet includes 12 other Dash 8s.", [(12, "vehicles", "")]),
        # a name's number that is no plural stays the name's
        ("About 200 Acme 90 workers were laid off.", [(200, "people", "")]),
    ],
)
def test_a_models_plural_counts_vehicles(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The convoy carried 350 tonnes of flour.", [(350, "count", "t")]),
        ("The spill released 4,000 barrels of crude.", [(4000, "count", "barrels")]),
    ],
)
def test_a_weight_or_a_volume_is_a_plain_count_in_its_unit(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm recalled 95,000 pounds of ground beef.", [(95000, "count", "lb")]),
        ("Agents found 40 pounds of heroin in the van.", [(40, "count", "lb")]),
        # money, named as such after "of", or with no "of"
        ("The club spent 80 million pounds of its reserves.", [(8e7, "money", "GBP")]),
        ("He was ordered to pay 2,000 pounds in costs.", [(2000, "money", "GBP")]),
        # a vague number of pounds, as one in digits
        ("Crews seized hundreds of pounds of cocaine.", [(100, "count", "lb")]),
        ("The jet carried thousands of pounds of fuel.", [(1000, "count", "lb")]),
        ("Donors gave thousands of pounds to the appeal.", [(1000, "money", "GBP")]),
        ("It spent millions of pounds of taxpayers' money.", [(1e6, "money", "GBP")]),
        ("It cost tens of millions of pounds.", [(1e7, "money", "GBP")]),
    ],
)
def test_pounds_of_goods_are_a_weight(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 212-page report was published on Monday.", [(212, "count", "")]),
        ("Rescuers searched the 24-storey tower.", [(24, "count", "")]),
        # in words, such a number is an adjective ("a seven-storey building")
        ("Rescuers searched the seven-storey tower.", []),
    ],
)
def test_a_number_in_digits_joined_to_a_noun_by_a_hyphen_is_a_count(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A strong 5.9 aftershock rattled the valley at noon.", [(5.9, "magnitude", "")]),
        ("The 6.2 quake toppled the old bell tower.", [(6.2, "magnitude", "")]),
        # the plural noun before a range of them
        ("Tremors with magnitudes from 3.8 to 5.1 were felt.", [(3.8, "magnitude", "")]),
        # a whole number of shocks counts them
        ("Seismologists logged 14 aftershocks overnight.", [(14, "count", "")]),
    ],
)
def test_a_decimal_number_before_a_quake_is_its_magnitude(text, expected):
    assert [(v, k, u) for v, k, u in kinds(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry raised the death toll to 20 and the number of injuries to 64.",
            [(20, "deaths", ""), (64, "injured", "")],
        ),
        (
            "The toll rose to 9, and the number of people displaced reached 4,000.",
            [(9, "deaths", ""), (4000, "displaced", "")],
        ),
        # with no "number of" of its own, the tally named earlier in the clause still counts
        (
            "The death toll from a 6.8 magnitude tremor rose to 410.",
            [(6.8, "magnitude", ""), (410, "deaths", "")],
        ),
    ],
)
def test_a_second_tally_named_by_the_number_of_is_its_own(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four Kenya Defence Forces (KDF) soldiers were killed on Monday.", [(4, "deaths", "")]),
        ("Three Red Cross (ICRC) volunteers were wounded.", [(3, "injured", "")]),
        # a bracket that is no short form of the name ends what is counted
        ("He met 12 Democrats (and one Republican) on Friday.", [(12, "count", "")]),
    ],
)
def test_a_names_short_form_in_brackets_is_passed_over(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bombing killed and injured more than 300 people.", [(300, "casualties", "")]),
        ("The blast killed or wounded 40 soldiers.", [(40, "casualties", "")]),
        ("Gunmen were killing and detaining dozens of villagers.", [(24, "count", "")]),
        # one verb for each figure: each is of its own fate
        ("The fire killed 5 and injured 12.", [(5, "deaths", ""), (12, "injured", "")]),
    ],
)
def test_two_fates_joined_before_a_figure_are_no_one_fate(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The region went 21 consecutive days without a new infection.", [(21, "duration")]),
        ("Crowds marched for three straight nights.", [(3, "duration")]),
        ("The talks dragged on for two long weeks.", [(2, "duration")]),
        # "more" read as a qualifier leaves the unit of time alone
        ("Divers have about 40 more hours of air.", [(40, "duration")]),
        ("Two more people died overnight.", [(2, "deaths")]),
    ],
)
def test_a_unit_of_time_after_a_word_that_measures_it_is_a_duration(text, expected):
    assert [(v, k) for v, k, _ in kinds(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prices rose 3, 4 and 5 percent in successive months.",
            [(3, "share", "%"), (4, "share", "%"), (5, "share", "%")],
        ),
        (
            "The crews paved 3, 4 and 6 km of road.",
            [(3, "distance", "km"), (4, "distance", "km"), (6, "distance", "km")],
        ),
        # no list: a whole and a share of it
        ("Of the 50, 30 percent were hurt.", [(50, "count", ""), (30, "share", "%")]),
    ],
)
def test_the_bare_numbers_of_a_list_share_the_unit_of_its_last(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In these 24 strikes eight people died.",
            [(24, "count", ""), (8, "deaths", "")],
        ),
        (
            "Of 30 raids two soldiers were hurt.",
            [(30, "count", ""), (2, "injured", "")],
        ),
    ],
)
def test_what_a_number_counts_never_runs_into_the_next_number(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Floods killed 40 people in the delta, while some 8,000 residents remain without aid.",
            [(40, "deaths", ""), (8000, "people", "")],
        ),
        (
            "Dozens were injured in the crush, as over 50,000 fans packed the square.",
            [(24, "injured", ""), (50000, "people", "")],
        ),
        # a tally named before a figure still gives it its kind
        ("The death toll rose to 95 people.", [(95, "deaths", "")]),
        # a breakdown of those it befell is theirs
        (
            "Police said 11 people had been detained, including four gunmen.",
            [(11, "detained", ""), (4, "detained", "")],
        ),
    ],
)
def test_a_fate_said_in_a_clause_before_is_not_of_a_head_count_after_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least a dozen people were forced into the sea and were rescued by boats.",
            [(12, "rescued", "")],
        ),
        ("Two guards were shot and killed.", [(2, "deaths", "")]),
        # another verb after "and" ends the clause
        ("Six hikers were found and were taken home.", [(6, "people", "")]),
    ],
)
def test_a_fate_joined_by_and_after_its_auxiliary_is_of_those_counted(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 42,000 residents were relocated in the north, and so were 50,000 people in "
            "the south.",
            [(42000, "displaced", ""), (50000, "displaced", "")],
        ),
        (
            "Ten soldiers were killed, and so were 12 civilians.",
            [(10, "deaths", ""), (12, "deaths", "")],
        ),
    ],
)
def test_and_so_were_gives_a_figure_the_fate_of_the_figure_before(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part at the end of its whole's clause, past the rest of that clause
        (
            "Officials recorded 32 deaths in the eastern district, including six nurses.",
            [(32, "deaths", ""), (6, "deaths", "")],
        ),
        (
            "Some 70 people were admitted to hospitals after the blast at the depot, including "
            "five children.",
            [(70, "injured", ""), (5, "injured", "")],
        ),
        (
            "Police announced the arrest of 14 people, including all three organisers.",
            [(14, "detained", ""), (3, "detained", "")],
        ),
        # ... and the next items of the breakdown, past the place of the one before
        (
            "The agency counted 20 deaths, including 12 in the capital and 3 in the port, as "
            "well as two volunteers.",
            [(20, "deaths", ""), (12, "deaths", ""), (3, "deaths", ""), (2, "deaths", "")],
        ),
        # a part of a count that says nothing of what became of anyone stays its own
        (
            "The firm employs 900 people at the plant, including 40 engineers.",
            [(900, "people", ""), (40, "people", "")],
        ),
    ],
)
def test_a_part_of_a_toll_after_including_at_the_end_of_its_clause_is_of_the_toll(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine pupils were hurt in the crash, and four of them are in critical condition, "
            "as are two teachers.",
            [(9, "injured", ""), (4, "injured", ""), (2, "injured", "")],
        ),
        (
            "Forty residents were evacuated overnight, as were 120 tourists.",
            [(40, "displaced", ""), (120, "displaced", "")],
        ),
    ],
)
def test_as_are_gives_a_figure_the_fate_of_the_figure_before(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number in quotes, before what it counts
        ("The minister spoke of “several hundred” deaths in the region.", [(200, "deaths", "")]),
        ('The army said it hit "dozens" of launch sites overnight.', [(24, "count", "")]),
        # a quoted number standing alone still counts people
        ('She said "thousands" marched on Saturday.', [(1000, "people", "")]),
    ],
)
def test_a_quoted_number_counts_what_follows_the_quote(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Health officials say about 300 people die of the disease each year.",
            [(300, "deaths", "")],
        ),
        ("Aid groups warn that 40 children are dying every day.", [(40, "deaths", "")]),
    ],
)
def test_a_toll_in_the_present_is_a_toll(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two nurses who cared for him fell ill and later died.", [(2, "deaths", "")]),
        ("Three climbers were trapped and were eventually rescued.", [(3, "rescued", "")]),
        ("Four men were questioned and then released.", [(4, "people", "")]),
    ],
)
def test_a_fate_after_and_and_an_adverb_of_time_is_of_those_counted(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Health workers are tracing 45 people with symptoms.", [(45, "cases", "")]),
        ("Some 30 villagers have developed symptoms since Monday.", [(30, "cases", "")]),
    ],
)
def test_people_counted_by_their_symptoms_are_cases(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one" with no noun, of a place, ends a breakdown of the toll by place
        (
            "The dead included two Germans and one from Portugal, officials said.",
            [(2, "deaths", ""), (1, "deaths", "")],
        ),
        (
            "Of the victims, three died in Lyon, two in the city of Nice (south) and one in "
            "Toulon (south-east).",
            [(3, "deaths", ""), (2, "deaths", ""), (1, "deaths", "")],
        ),
        # ... not one that has a clause of its own
        ("Police arrested three men, and one in Leeds was questioned.", [(3, "detained", "")]),
    ],
)
def test_a_bare_one_of_a_place_ending_a_breakdown_is_an_item_of_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a higher guess at a toll, with no noun of its own, is of the toll
        (
            "Officials fear the death toll could reach dozens, possibly hundreds.",
            [(24, "deaths", ""), (100, "deaths", "")],
        ),
        (
            "The number of missing is in the hundreds, potentially rising into the thousands.",
            [(100, "missing", ""), (1000, "missing", "")],
        ),
        # ... but a count joined by a bare "and" is another count
        ("Two were killed and 40 more were hurt.", [(2, "deaths", ""), (40, "injured", "")]),
    ],
)
def test_a_higher_guess_at_a_toll_is_of_the_toll(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court sent the five suspects to pre-trial detention.", [(5, "detained", "")]),
        ("Some 40 activists remain behind bars.", [(40, "detained", "")]),
        ("Three journalists were imprisoned last year.", [(3, "detained", "")]),
    ],
)
def test_people_held_before_trial_or_in_prison_are_detained(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police questioned two males and three females.", [(2, "people", ""), (3, "people", "")]),
        ("She grew up on a farm with five siblings.", [(5, "people", "")]),
        ("Four teenagers were injured in the crash.", [(4, "injured", "")]),
    ],
)
def test_people_named_by_sex_age_or_kin_are_a_head_count(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a part of those counted went through is not said of them all
        ("The ferry carried 300 passengers, many of whom were injured.", [(300, "people", "")]),
        (
            "About 2,000 families live on the island, most of them were displaced by the flood.",
            [(2000, "people", "")],
        ),
        # ... while a part named between commas runs on to the verb of the whole
        ("Some 40 people, some of them children, were killed.", [(40, "deaths", "")]),
    ],
)
def test_the_plight_of_a_part_of_those_counted_is_not_theirs(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare number with a plight of its own is no part of the toll before it
        (
            "At least nine people were killed and dozens are still trapped under rubble.",
            [(9, "deaths", ""), (24, "count", "")],
        ),
        # ... while one with none takes the count before it, its noun left out
        (
            "Officials said 300 homes were destroyed, and another 120 in the next valley.",
            [(300, "buildings", ""), (120, "buildings", "")],
        ),
    ],
)
def test_a_bare_number_with_a_plight_of_its_own_is_a_plain_count(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ratio is one figure, a share of those counted
        ("Three out of every four voters backed the plan.", [(75, "share", "%")]),
        ("Nine in 10 households now own a phone.", [(90, "share", "%")]),
        ("One in every five pupils missed school.", [(20, "share", "%")]),
    ],
)
def test_a_ratio_is_one_share(text, expected):
    assert kinds(text) == expected


def test_a_part_out_of_a_whole_that_is_no_round_number_is_no_ratio():
    found = kinds("The party won 120 out of 300 seats in the chamber.")
    assert [value for value, _, _ in found] == [120, 300]
    assert all(kind != "share" for _, kind, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a group in words, with its own fate, is a figure of that fate
        (
            "Twelve miners were hurt, and three of them are in critical condition.",
            [(12, "injured", ""), (3, "injured", "")],
        ),
        ("Four of the climbers died on the descent.", [(4, "deaths", "")]),
        ("Two of them died in hospital.", [(2, "deaths", "")]),
        (
            "Ten tourists were attacked, two of whom were admitted to hospital.",
            [(10, "people", ""), (2, "injured", "")],
        ),
        # ... not a part named by who it is, nor "one of"
        ("Two of them were teachers.", []),
        ("One of them died.", []),
    ],
)
def test_a_part_of_a_group_in_words_with_a_fate_is_a_figure(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a large scale joined to its number by a hyphen, as a compound modifier
        ("The insurer agreed a $1.5-trillion rescue package.", [(1.5e12, "money", "USD")]),
        ("The group scrapped its Rs 15,000-crore bond sale.", [(1.5e11, "money", "INR")]),
        ("The state announced a ₹2-lakh grant for each family.", [(2e5, "money", "INR")]),
        ("Ottawa unveiled a $4-billion housing fund.", [(4e9, "money", "USD")]),
        # a hyphened noun that is no scale is not multiplied
        ("Workers marched past the 30-storey tower.", [(30, "count", "")]),
    ],
)
def test_a_large_scale_joined_by_a_hyphen_scales_the_sum(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The conglomerate is worth INR 12.4 trillion.", [(1.24e13, "money", "INR")]),
        ("The carmaker set aside JPY 300 billion for the recall.", [(3e11, "money", "JPY")]),
        ("The fund raised AUD 450 million from investors.", [(4.5e8, "money", "AUD")]),
        ("Bail was set at S/15,000 for the former minister.", [(15000, "money", "PEN")]),
        # codes that are English words are not read as currencies
        ("They try 5 times a day.", [(5, "count", "")]),
    ],
)
def test_an_iso_code_or_a_sign_before_a_number_is_its_currency(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The pilots flew the ILS 27 approach in fog.",
        "The SAR 2 helicopter lifted four climbers off the ridge.",
        "He told NPR 2 days later that he would resign.",
    ],
)
def test_a_code_news_also_writes_as_another_acronym_is_no_currency(text):
    assert all(kind != "money" for _, kind, _ in kinds(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bonds fell 4.5 cents on the dollar.", [(0.045, "money", "USD")]),
        ("The bonds traded between 38.25 and 39 cents.", [(0.3825, "money", "USD")]),
        ("A second-class stamp now costs 85 pence.", [(0.85, "money", "GBP")]),
        ("Diesel rose by 50 paise a litre.", [(0.5, "money", "INR")]),
    ],
)
def test_a_hundredth_of_a_currency_is_money_in_that_currency(text, expected):
    assert kinds(text) == expected


def test_a_range_in_hundredths_is_scaled_at_both_ends():
    (q,) = quantities("The notes lost 2.5 to 3 cents in early trade.")
    assert (q.value, q.high, q.unit, q.kind) == (0.025, 0.03, "USD", "money")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Curfews were imposed in 14 prefectures.", [(14, "count", "")]),
        ("Polling stations closed in 31 municipalities.", [(31, "count", "")]),
        ("Homes in three communities were evacuated.", [(3, "count", "")]),
        ("Floods cut off 12 settlements in the valley.", [(12, "count", "")]),
        # whatever became of the people of such places is said of the people, not the places
        (
            "About 3,000 residents fled 12 neighbourhoods.",
            [(3000, "displaced", ""), (12, "count", "")],
        ),
    ],
)
def test_places_of_local_government_and_settlement_are_plain_counts(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 40,000 people have been ordered to evacuate.", [(40000, "displaced", "")]),
        ("Some 2,000 residents were told to evacuate before the storm.", [(2000, "displaced", "")]),
        ("About 9,000 people remain under evacuation orders.", [(9000, "displaced", "")]),
        ("Hundreds were forced to evacuate as the fire spread.", [(100, "displaced", "")]),
    ],
)
def test_those_ordered_to_evacuate_are_displaced(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure named right before a number is its value, whatever follows it
        (
            "A quake of magnitude 6 killed more than 1,400 people.",
            [(6, "magnitude", ""), (1400, "deaths", "")],
        ),
        (
            "The quake, of magnitude 6, killed 1,400 people.",
            [(6, "magnitude", ""), (1400, "deaths", "")],
        ),
        (
            "A tremor of magnitude 5 injured 20 people in the town.",
            [(5, "magnitude", ""), (20, "injured", "")],
        ),
        (
            "The tremors occurred at depths of 7 to 100 kilometers.",
            [(7, "depth", "km")],
        ),
        # a word of a measure that names no value of it governs nothing
        ("In heavy rain 12 people died.", [(12, "deaths", "")]),
        ("Torrential rain killed 15 people in the north.", [(15, "deaths", "")]),
        ("Amid high winds 20 people were injured.", [(20, "injured", "")]),
        (
            "After the magnitude 6 quake, 12 people died.",
            [(6, "magnitude", ""), (12, "deaths", "")],
        ),
        (
            "The magnitude 7 quake was followed by 30 aftershocks.",
            [(7, "magnitude", ""), (30, "count", "")],
        ),
        ("Speeds of 200 cars were checked by police.", [(200, "vehicles", "")]),
        # what a magnitude measures may follow it
        ("Experts warned of magnitude 5 or above aftershocks.", [(5, "magnitude", "")]),
        # the measure of a crisis, no quantity: those counted after it are what they are
        ("The depth of the crisis left 5,000 people jobless.", [(5000, "people", "")]),
        ("The magnitude of the crisis left 5,000 people homeless.", [(5000, "displaced", "")]),
        ("Despite the magnitude of the disaster 300 people were rescued.", [(300, "rescued", "")]),
    ],
)
def test_a_measure_named_right_before_a_number_is_its_value(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number with decimals counts no people or things
        (
            "A quake measuring 6.3 killed 2,000 people.",
            [(6.3, "count", ""), (2000, "deaths", "")],
        ),
        ("An average of 2.4 people live in each home.", [(2.4, "count", "")]),
        # after a measure, with no noun of its own, it is another value of the measure
        (
            "The quake had a magnitude of 8.8, while the regional service recorded it at 8.7.",
            [(8.8, "magnitude", ""), (8.7, "magnitude", "")],
        ),
        # with a scale, a unit or as a measure it is what it was
        ("About 2.5 million people fled.", [(2.5e6, "displaced", "")]),
        ("Some 3.5 million customers lost power.", [(3.5e6, "customers", "")]),
        ("The firm paid $1.5 billion.", [(1.5e9, "money", "USD")]),
        ("He was jailed for 2.5 years.", [(2.5, "duration", "years")]),
        ("Three and a half thousand people marched.", [(3500, "people", "")]),
        (
            "The toll rose to 1,300 after the 7.2 magnitude quake.",
            [(1300, "deaths", ""), (7.2, "magnitude", "")],
        ),
    ],
)
def test_a_number_with_decimals_counts_no_people(text, expected):
    assert kinds(text) == expected


def kind_list(text: str) -> list[tuple[float, str]]:
    return [(x.value, x.kind) for x in quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll by its other names
        ("The death count rose to 40 on Sunday.", [(40, "deaths")]),
        ("The death tally stood at 12 by nightfall.", [(12, "deaths")]),
        # the whole a part is taken from, named before it
        ("Of the dead, 14 were children.", [(14, "deaths")]),
        ("Of the injured, 12 are in critical condition.", [(12, "injured")]),
        # what the part's own verb says still wins
        ("Of the injured, two later died.", [(2, "deaths")]),
        # no toll named: a plain count stays one
        ("The vote count reached 40 by noon.", [(40, "count")]),
        ("Of the candidates, 14 were women.", [(14, "count")]),
    ],
)
def test_a_toll_named_before_its_number_gives_its_kind(text, expected):
    assert kind_list(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said 80 demonstrators were placed in police custody.", [(80, "detained")]),
        ("Six men were taken into police custody overnight.", [(6, "detained")]),
        ("Two suspects were placed under arrest.", [(2, "detained")]),
        # custody of a child is no detention of the count
        ("The court gave custody of the two children to their mother.", [(2, "people")]),
    ],
)
def test_police_custody_is_detention(text, expected):
    assert kind_list(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve people were taken to hospital after the blast.", [(12, "injured")]),
        ("Three passengers were rushed to the hospital.", [(3, "injured")]),
        ("Four workers were airlifted to hospital in the capital.", [(4, "injured")]),
        ("Two firefighters were transported to hospitals nearby.", [(2, "injured")]),
        ("Another 14 people were treated at the scene.", [(14, "injured")]),
        ("Ten spectators needed hospital treatment.", [(10, "injured")]),
        # dying after it is a death, and a hospital visited is no harm
        ("Three people died after being taken to hospital.", [(3, "deaths")]),
        ("Five ministers visited the hospital on Monday.", [(5, "people")]),
    ],
)
def test_those_taken_to_hospital_are_injured(text, expected):
    assert kind_list(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five crew members and a passenger were killed.", [(5, "deaths")]),
        ("Seven men and one woman were arrested on Friday.", [(7, "detained"), (1, "detained")]),
        ("Four hikers and a guide were still unaccounted for.", [(4, "missing")]),
        # a participle right after the singular noun says it too
        ("Five crew members and a passenger killed in the crash were named.", [(5, "deaths")]),
        # no predicate right after the singular noun: the pair is not read past
        ("Police stopped 12 protesters and a journalist near the square.", [(12, "people")]),
    ],
)
def test_one_more_in_the_singular_shares_the_predicate(text, expected):
    assert kind_list(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four masked thieves used a ladder to reach the window.", [(4, "people")]),
        ("About 60 investigators are working on the case.", [(60, "people")]),
        ("He was convicted alongside eight aides.", [(8, "people")]),
        # what became of them still wins over who they are
        ("Three investigators were injured in the blast.", [(3, "injured")]),
    ],
)
def test_thieves_investigators_and_aides_are_a_head_count(text, expected):
    assert kind_list(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # homes lost are the homeless, not the missing ("lost" alone is missing)
        ("Some 300 families lost their homes in the fire.", [(300, "displaced", "")]),
        ("Dozens lost their houses when the dam gave way.", [(24, "displaced", "")]),
        # a way of execution, as "executed" is, said of those put to death
        ("Nine prisoners were hanged at dawn.", [(9, "deaths", "")]),
        # not of who hanged something
        ("Some 200 protesters hanged an effigy of the president.", [(200, "people", "")]),
        # what stays as it was
        ("Two climbers were lost on the mountain.", [(2, "missing", "")]),
        ("Five people lost their lives in the crash.", [(5, "deaths", "")]),
    ],
)
def test_homes_lost_are_the_displaced_and_the_hanged_the_dead(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shelter reached says nothing of homes lost: a raid's shelter, or goods sent there
        ("Thousands of Israelis ran to shelters as sirens sounded.", [(1000, "people", "")]),
        ("Some 300 residents rushed to shelters when the shelling began.", [(300, "people", "")]),
        ("About 40 pupils were taken to shelters during the air raid alert.", [(40, "people", "")]),
        ("Some 200 volunteers went to shelters to hand out food.", [(200, "people", "")]),
        ("The city sent 40 buses to evacuation centres.", [(40, "vehicles", "")]),
        ("The agency delivered 500 tents to shelters in the north.", [(500, "count", "")]),
        ("The ministry sent 5,000 doses to evacuation centres.", [(5000, "doses", "")]),
        ("The agency moved 500 tents to shelters in the north.", [(500, "count", "")]),
        # people a verb took there are the displaced
        ("The army moved 4,000 villagers to shelters overnight.", [(4000, "displaced", "")]),
        (
            "Officials moved 600 people from the coast to emergency shelters.",
            [(600, "displaced", "")],
        ),
    ],
)
def test_only_people_taken_to_shelters_are_the_displaced(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taken out of danger: no home lost (evacuees, the rescued or freed hostages alike)
        ("All 12 boys were taken to safety by divers.", [(12, "people", "")]),
        ("Police said 30 hostages were brought to safety after the raid.", [(30, "detained", "")]),
        ("Six hostages were freed and taken to safety.", [(6, "detained", "")]),
    ],
)
def test_those_taken_to_safety_are_not_read_as_displaced(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fate after "and" with a number of its own is another count's
        (
            "The storm flattened 200 houses and displaced about 9,000 people.",
            [(200, "buildings", ""), (9000, "displaced", "")],
        ),
        (
            "Gunmen abducted 30 villagers and killed 4 of them.",
            [(30, "detained", ""), (4, "deaths", "")],
        ),
        # a fate joined to another, said of the same people, still runs on
        ("Two guards were shot and killed at the gate.", [(2, "deaths", "")]),
        ("Eleven miners were trapped and later rescued.", [(11, "rescued", "")]),
        # a number with a unit after the fate says where, and is no object of it
        (
            "Two people were shot and killed 3 miles from the stadium.",
            [(2, "deaths", ""), (3, "distance", "mi")],
        ),
        (
            "Three people were stabbed and killed 200 metres from the station.",
            [(3, "deaths", ""), (200, "distance", "m")],
        ),
        (
            "Four soldiers were ambushed and killed 12 km from the border.",
            [(4, "deaths", ""), (12, "distance", "km")],
        ),
    ],
)
def test_a_fate_after_and_with_its_own_number_is_not_said_of_the_count_before(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A first batch of 5,000 doses was flown to the affected region.", [(5000, "doses", "")]),
        ("Some 2,000 vials went missing from the depot.", [(2000, "doses", "")]),
    ],
)
def test_doses_are_things_whatever_befalls_people_near_them(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body of people sized by its head-count, joined to it by a hyphen
        ("The firm cut its 1,200-strong workforce by half.", [(1200, "people", "")]),
        ("A 15-person delegation flew to Geneva.", [(15, "people", "")]),
        ("Officials sent a 10-strong team of inspectors.", [(10, "people", "")]),
        ("A five-person crew took the boat out.", [(5, "people", "")]),
        # anything else so sized is no head-count, and no seats
        ("A 30-strong convoy of trucks reached the city.", [(30, "count", "")]),
        ("A 250-strong herd of cattle drowned.", [(250, "count", "")]),
        ("The 2-person tent costs 80 dollars.", [(2, "count", ""), (80, "money", "USD")]),
        ("A three-person council will run the city.", []),
        ("She lives in a one-person household.", []),
        ("Two-person households pay less tax.", []),
        ("A three-person jury heard the case.", []),
    ],
)
def test_a_body_sized_by_its_head_count_counts_people(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a harm denied is not counted: those who came through it are the rescued
        ("All 150 passengers escaped without serious injuries.", [(150, "rescued", "")]),
        ("The 40 guests escaped with no injuries.", [(40, "rescued", "")]),
        ("All 12 climbers escaped unhurt.", [(12, "rescued", "")]),
        (
            "Of the 200 passengers, 150 escaped without serious injuries.",
            [(200, "people", ""), (150, "rescued", "")],
        ),
        ("Nine patients were not injured in the fire.", [(9, "people", "")]),
        ("Some 400 people have not been evacuated despite the order.", [(400, "people", "")]),
        ("None of the 12 passengers were injured.", [(12, "people", "")]),
        # escaping without anything else is no coming through unhurt
        ("Three inmates escaped without a trace from the prison.", [(3, "people", "")]),
        ("Forty inmates escaped without their guards noticing.", [(40, "people", "")]),
        ("Two suspects escaped with no resistance from the guards.", [(2, "people", "")]),
        ("Twenty people escaped with no more than bruises.", [(20, "people", "")]),
        # a denial inside the counted people's own words denies no fate of theirs
        ("Nine people without homes died in the cold.", [(9, "deaths", "")]),
        ("Seven people who had no insurance died in the fire.", [(7, "deaths", "")]),
        ("A total of 14 patients with no symptoms died.", [(14, "deaths", "")]),
        ("Three workers with no safety harnesses were killed in the fall.", [(3, "deaths", "")]),
        # a harm said is still counted
        ("Some 40 people were treated for minor injuries.", [(40, "injured", "")]),
        ("Five people suffered serious injuries.", [(5, "injured", "")]),
    ],
)
def test_a_harm_denied_is_not_what_became_of_those_counted(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole and its parts between dashes share the predicate after the aside
        (
            "Rescuers said six people – four men and two women – were injured in the collapse.",
            [(6, "injured", ""), (4, "injured", ""), (2, "injured", "")],
        ),
        (
            "The coroner said five people -- three children and two adults -- drowned.",
            [(5, "deaths", ""), (3, "deaths", ""), (2, "deaths", "")],
        ),
        # an aside of numbers with no predicate after it says nothing of the parts' fate
        (
            "The ferry carried 30 people – 20 crew and ten passengers – when it left port.",
            [(30, "people", ""), (20, "people", ""), (10, "people", "")],
        ),
    ],
)
def test_a_breakdown_between_dashes_shares_the_fate_of_the_whole(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a civilian service's personnel are people; "personnel" alone still counts troops
        ("Some 2,000 emergency personnel were deployed.", [(2000, "people", "")]),
        ("The ministry sent 300 personnel to the border.", [(300, "troops", "")]),
        # cameras are counted as devices
        ("The city installed 400 security cameras.", [(400, "devices", "")]),
        # a riding is a seat of the house
        ("The party won 40 ridings.", [(40, "seats", "")]),
        # those who ride together are people
        ("Some 50 motorcycle riders joined the procession.", [(50, "people", "")]),
        # towers and refineries are buildings; an aircraft model's plural counts vehicles
        ("The fire spread to four residential towers.", [(4, "buildings", "")]),
        ("Fire broke out at two oil refineries.", [(2, "buildings", "")]),
        ("The cargo line still flies 12 DC-10s.", [(12, "vehicles", "")]),
    ],
)
def test_nouns_of_services_cameras_seats_buildings_and_riders(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two estimates joined by "or" and an adverb of likelihood share the noun of the last
        (
            "The mayor feared 300 or even 400 deaths.",
            [(300, "deaths", ""), (400, "deaths", "")],
        ),
        (
            "Engineers expect 50 or perhaps 60 homes to be lost.",
            [(50, "buildings", ""), (60, "buildings", "")],
        ),
    ],
)
def test_two_estimates_hedged_by_or_even_share_a_noun(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops joined to a head-count share the predicate written once after the last
        (
            "The raid left four fighters and one villager dead.",
            [(4, "deaths", ""), (1, "deaths", "")],
        ),
        # a singular head-count whose words run on into its predicate is still a head-count
        (
            "Police said the four men and two women detained were later freed on bail.",
            [(4, "detained", ""), (2, "detained", "")],
        ),
    ],
)
def test_a_predicate_after_a_coordinated_subject_is_said_of_both(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prefix from the closed list of aircraft and armour makers' makes vehicles
        (
            "The air force lost four MiG-29s and two Su-25s.",
            [(4, "vehicles", ""), (2, "vehicles", "")],
        ),
        ("The army sent 30 BTR-80s to the front.", [(30, "vehicles", "")]),
        ("The carrier grounded nine MD-80s.", [(9, "vehicles", "")]),
        # other letters before a model number name weapons, masks, gadgets: no vehicles
        (
            "Police seized 12 AK-47s and 3,000 rounds of ammunition.",
            [(12, "count", ""), (3000, "count", "")],
        ),
        ("The gunman bought two AR-15s last year.", [(2, "count", "")]),
        ("The ministry distributed 500,000 KN95s to hospitals.", [(500000, "count", "")]),
        ("Sony sold 20 million PS5s in the year.", [(2e7, "count", "")]),
        ("The shop sold 40 MP3s and 200 FFP2s.", [(40, "count", ""), (200, "count", "")]),
    ],
)
def test_only_a_known_model_prefix_makes_a_plural_of_vehicles(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dash opens no breakdown of a head-count before it: a relative clause
        (
            "The driver of the bus – which was carrying 30 passengers and two crew members – "
            "was killed.",
            [(30, "people", ""), (2, "people", "")],
        ),
        (
            "The minister – who met 20 families and 3 survivors – was injured in a separate crash.",
            [(20, "people", ""), (3, "rescued", "")],
        ),
        # the whole is the object of a verb, and an active verb follows the aside
        (
            "The attack killed five people – two men and three women – wounded 10 others.",
            [(5, "deaths", ""), (2, "people", ""), (3, "people", ""), (10, "injured", "")],
        ),
        (
            "Rescuers said five people – two boys and three girls – were rescued.",
            [(5, "rescued", ""), (2, "rescued", ""), (3, "rescued", "")],
        ),
    ],
)
def test_a_dash_shares_a_predicate_only_from_a_breakdown_of_a_head_count(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare participle after heads of no one group is said of the second alone
        (
            "Ten police officers and one woman arrested at the protest were charged.",
            [(10, "people", ""), (1, "detained", "")],
        ),
        (
            "Police interviewed 20 witnesses and one suspect detained at the scene.",
            [(20, "people", ""), (1, "detained", "")],
        ),
        (
            "The court heard from three police officers and one man injured in the blast.",
            [(3, "people", ""), (1, "injured", "")],
        ),
        (
            "The ministry said 200 soldiers and one officer missing in action were honoured.",
            [(200, "troops", ""), (1, "missing", "")],
        ),
        # a participle the words run on into is bare even when an auxiliary follows it
        (
            "Police said 20 witnesses and one suspect detained were questioned.",
            [(20, "people", ""), (1, "detained", "")],
        ),
        # the halves of one group share it, and a finite predicate is said of both
        (
            "The court freed the six boys and one girl detained after the march.",
            [(6, "detained", ""), (1, "detained", "")],
        ),
        (
            "Five soldiers and one officer were killed in the ambush.",
            [(5, "deaths", ""), (1, "deaths", "")],
        ),
    ],
)
def test_a_bare_participle_is_shared_only_by_the_halves_of_one_group(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # towers alone carry lines and signals, constituencies are where voting happens
        ("The storm toppled 40 transmission towers.", [(40, "count", "")]),
        ("Engineers repaired 12 cell towers.", [(12, "count", "")]),
        ("Voting was postponed in 15 constituencies because of violence.", [(15, "count", "")]),
        ("The bill carries 12 riders.", [(12, "count", "")]),
        ("Fire gutted two tower blocks.", [(2, "buildings", "")]),
    ],
)
def test_towers_constituencies_and_riders_alone_are_no_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials feared 300 or possibly 400 deaths.",
            [(300, "deaths", ""), (400, "deaths", "")],
        ),
        ("Officials feared 300 or maybe 400 deaths.", [(300, "deaths", ""), (400, "deaths", "")]),
        (
            "Officials feared 300 or probably 400 deaths.",
            [(300, "deaths", ""), (400, "deaths", "")],
        ),
        # after "and" the adverb opens another clause: nothing is shared
        (
            "The company hired 300 and perhaps 20 managers left.",
            [(300, "count", ""), (20, "people", "")],
        ),
    ],
)
def test_only_a_hedged_or_shares_a_noun(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wild and sea animals are counted as herds are, whatever became of them
        ("Some 40 dolphins washed up dead on the coast.", [(40, "count", "")]),
        ("The spill killed 300 seabirds and 12 seals.", [(300, "count", ""), (12, "count", "")]),
        ("Rangers said 12 koalas died in the blaze.", [(12, "count", "")]),
        # people stay a toll
        ("Rangers said 12 hikers died in the blaze.", [(12, "deaths", "")]),
    ],
)
def test_wild_and_sea_animals_are_no_toll(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 3,000-strong crowd gathered outside the court.", [(3000, "people", "")]),
        ("A 20-strong gang raided the depot.", [(20, "people", "")]),
        # not a body of people: read as any other hyphened word
        ("A 20-strong convoy of lorries crossed the border.", [(20, "count", "")]),
    ],
)
def test_a_sized_crowd_counts_people(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said 40 people – including a dozen students – were arrested.",
            [(40, "detained", ""), (12, "detained", "")],
        ),
        (
            "Officials said 30 people — among them two nurses — were injured.",
            [(30, "injured", ""), (2, "injured", "")],
        ),
        # the aside of another noun, and a verb of its own after the aside, stay apart
        (
            "The driver of the van – which was carrying 30 passengers – was killed.",
            [(30, "people", "")],
        ),
    ],
)
def test_a_breakdown_between_dashes_opened_by_including_takes_the_predicate(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 300 death row inmates were moved to another prison.", [(300, "count", "")]),
        ("About 2,000 flight attendants joined the walkout.", [(2000, "count", "")]),
        ("The agency hired 40 case workers.", [(40, "people", "")]),
        ("Two death sentences were handed down.", [(2, "count", "")]),
        # one of something is its own head, and plurals stay heads
        ("One death occurs every hour.", [(1, "deaths", "")]),
        ("The two men whose bodies were recovered were named.", [(2, "people", "")]),
        ("Nine soldiers were killed.", [(9, "deaths", "")]),
    ],
)
def test_a_singular_noun_modifying_a_plural_gives_no_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age joined by hyphens stands between a number and what it counts
        ("Police said one 7-year-old boy was killed.", [(1, "deaths", "")]),
        ("Two 15-year-old boys were arrested.", [(2, "detained", "")]),
        # one of them who speaks is no figure, past an aside between dashes too
        ("One 40-year-old trader – a shop owner – said he had lost everything.", []),
    ],
)
def test_an_age_between_a_number_and_its_noun_is_passed_over(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency reported 58 cases, up from 41 a week earlier.",
            [(58, "cases", ""), (41, "cases", "")],
        ),
        (
            "The toll rose to 58, up from 41 a day earlier.",
            [(58, "deaths", ""), (41, "deaths", "")],
        ),
    ],
)
def test_a_span_after_a_and_a_number_is_no_noun_of_its_own(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One cyclist lost their life on the bridge.", [(1, "deaths", "")]),
        ("The toll rose, with 12 losing their lives overnight.", [(12, "deaths", "")]),
        ("Crews carried out 45 rescues overnight.", [(45, "rescued", "")]),
    ],
)
def test_words_of_the_dead_and_the_rescued(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The quake struck at a depth of 10 km (6.2 miles).",
            [(10, "depth", "km"), (6.2, "depth", "mi")],
        ),
        (
            "The storm dumped 12 inches (30 cm) of rain.",
            [(12, "rainfall", "in"), (30, "rainfall", "cm")],
        ),
        # a distance restated stays a distance
        (
            "The tremor was centred 35 km (22 miles) north of the port.",
            [(35, "distance", "km"), (22, "distance", "mi")],
        ),
    ],
)
def test_a_measure_restated_in_brackets_in_another_unit_is_the_same_measure(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One in five residents lost their homes.", [(20, "share", "%")]),
        ("One in three adults has diabetes.", [(33.3, "share", "%")]),
        # a count of more than one in a whole that is no round number is two figures
        ("Officials said 18 in 33 districts were flooded.", [(18, "count", ""), (33, "count", "")]),
    ],
)
def test_one_in_a_whole_is_a_share(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words that name people, their trade or their team are no animals
        ("Two Navy SEALs were killed in the raid.", [(2, "deaths", "")]),
        ("Some 12 wildlife rangers were killed by poachers.", [(12, "deaths", "")]),
        ("Some 20 deer hunters were injured.", [(20, "injured", "")]),
        ("Twelve fish sellers died in the blast.", [(12, "deaths", "")]),
        ("Three Penguins were injured in the first period.", [(3, "injured", "")]),
        ("Some 200 pets were rescued.", [(200, "rescued", "")]),
    ],
)
def test_words_that_also_name_people_are_no_animals(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part's own fate is not the whole's
        (
            "The agency registered 500 migrants including 40 missing at sea.",
            [(500, "people", ""), (40, "missing", "")],
        ),
        (
            "Police questioned 12 suspects including two arrested on Friday.",
            [(12, "people", ""), (2, "detained", "")],
        ),
    ],
)
def test_a_part_without_commas_keeps_its_fate_to_itself(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a life's savings or work lost is no death, nor a death feared a toll
        ("Some 30 families lost their life savings in the scheme.", [(30, "missing", "")]),
        ("Two workers lost their life's work in the fire.", [(2, "missing", "")]),
        ("Up to 300 could lose their lives if the dam failed.", [(300, "count", "")]),
    ],
)
def test_a_life_lost_only_as_a_death(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group or a unit sizes firms, nations and vehicles as often as people
        ("A 12-strong group of lenders agreed the deal.", [(12, "count", "")]),
        ("The 27-strong group of EU nations backed the plan.", [(27, "count", "")]),
        ("A 12-strong unit of armoured vehicles crossed the border.", [(12, "count", "")]),
        ("A 40-strong group of companies signed the letter.", [(40, "count", "")]),
    ],
)
def test_a_sized_group_or_unit_is_no_crowd(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only a measure of the same dimension, alone in its brackets, restates it
        (
            "The quake struck at a depth of 10 km (2 hours' drive from the capital).",
            [(10, "depth", "km"), (2, "duration", "hours")],
        ),
        (
            "The quake struck at a depth of 10 km (20% deeper than first reported).",
            [(10, "depth", "km"), (20, "share", "%")],
        ),
        (
            "The quake struck at a depth of 10 km (about 6 miles) off the coast.",
            [(10, "depth", "km"), (6, "depth", "mi")],
        ),
    ],
)
def test_a_bracket_restates_a_measure_only_in_its_own_dimension(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those voting one way, whatever the side is called
        ("Members voted 71% for Strike Action.", [(71, "votes", "%")]),
        ("Members voted 80 percent for the deal.", [(80, "votes", "%")]),
        ("A vote of 55% to Leave was recorded.", [(55, "votes", "%")]),
    ],
)
def test_a_vote_for_a_side_is_one_reading_whatever_its_capitals(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakdown between dashes with digits passes the predicate as one in words does
        (
            "Police said 40 people – including 12 students – were arrested.",
            [(40, "detained", ""), (12, "detained", "")],
        ),
        (
            "Officials said 30 people — among them 4 nurses — were injured.",
            [(30, "injured", ""), (4, "injured", "")],
        ),
    ],
)
def test_a_breakdown_between_dashes_with_digits_takes_the_predicate(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a divided vote told in words after "voted" or "vote of" is one figure, the majority's
        ("The panel voted seven to two to reject the appeal.", [(7, "votes", "")]),
        ("By a vote of 6 to 3, the court upheld the ban.", [(6, "votes", "")]),
        # "to" with no verb of voting before it is no score
        ("The toll rose from six to 14 overnight.", [(6, "deaths", ""), (14, "deaths", "")]),
        # nor after another verb of deciding or dividing: a score in words needs a vote
        (
            "The profits will be split 60 to 40 between the partners.",
            [(60, "count", ""), (40, "count", "")],
        ),
        (
            "The referees ruled 2 to 1 that the goal should stand.",
            [(2, "count", ""), (1, "count", "")],
        ),
    ],
)
def test_a_divided_vote_in_words_is_one_figure(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those who vote, backing a thing put to a vote as subject or agent, cast votes
        ("Some 210 senators backed the amendment.", [(210, "votes", "")]),
        (
            "The budget was supported by 61 out of the 100 senators.",
            [(61, "votes", ""), (100, "seats", "")],
        ),
        ("The candidate was endorsed by 2.1 million voters.", [(2.1e6, "votes", "")]),
        # other head-counts that back something are people
        ("About 4,000 residents supported the petition.", [(4000, "people", "")]),
        # a voter who backed someone earlier, in a relative clause, is no vote of the figure
        (
            "She named three of the 40 deputies who endorsed her bid.",
            [(3, "people", ""), (40, "people", "")],
        ),
    ],
)
def test_voters_backing_a_motion_cast_votes(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a particle after the verb makes it no backing: "backed away", "backed down"
        ("Four sheriff's deputies backed away from the flooded road.", [(4, "people", "")]),
        ("About 30 senators backed down after the rally.", [(30, "people", "")]),
        # "opposed to" tells what those counted are, not a vote they cast
        ("Nine councillors opposed to the scheme left the chamber.", [(9, "people", "")]),
        # what they back is put to no vote: a letter, an evacuation, a takeover
        (
            "More than 80 legislators backed a letter asking the mayor to quit.",
            [(80, "people", "")],
        ),
        ("Six ministers supported the closure of the port.", [(6, "people", "")]),
        ("The appeal was backed by 3 million voters.", [(3e6, "people", "")]),
    ],
)
def test_voters_backing_what_is_put_to_no_vote_stay_people(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of head-counts joined by commas: only the last two share the predicate
        (
            "When 25 soldiers arrived, 9 gunmen and a guard were killed.",
            [(25, "troops", ""), (9, "deaths", "")],
        ),
        (
            "On board were 30 tourists, 8 crew and a guide who was killed.",
            [(30, "people", ""), (8, "deaths", "")],
        ),
    ],
)
def test_a_count_before_a_comma_takes_no_later_predicate(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number followed by a subject pronoun names nothing: the noun left out
        (
            "The party took 31 percent, down from the 44.6 it polled in 2020.",
            [(31, "share", "%"), (44.6, "share", "")],
        ),
        (
            "The party won 52 seats, up from the 17 it held before.",
            [(52, "seats", ""), (17, "seats", "")],
        ),
        # "from the" before a number with a noun of its own links no second value
        (
            "Rescuers moved 200 people from the 14 villages.",
            [(200, "people", ""), (14, "count", "")],
        ),
        # a past or present verb after a number says no kind of its own, and carries none
        # from the figure before it over a clause
        (
            "The blaze killed 9 people; 25 need surgery.",
            [(9, "deaths", ""), (25, "count", "")],
        ),
        (
            "Officials evacuated 4,000 residents; 2,500 returned on Friday.",
            [(4000, "displaced", ""), (2500, "count", "")],
        ),
        (
            "Of the 15 who died, 7 worked at the plant.",
            [(15, "deaths", ""), (7, "count", "")],
        ),
    ],
)
def test_a_number_with_its_noun_left_out_counts_what_the_last_counted(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of receiving before a harm says nothing more than the states already do
        ("Three miners sustained fatal injuries in the collapse.", [(3, "people", "")]),
        ("Forty medics received training on wound care.", [(40, "people", "")]),
        ("Some 150 families received compensation for injuries.", [(150, "people", "")]),
    ],
)
def test_a_harm_received_is_no_new_state(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural round number right before "in" and a noun of money is a sum
        ("The party raised millions in donations last year.", [(1e6, "money", "")]),
        ("The club was ordered to pay thousands in fines.", [(1000, "money", "")]),
        # before "in" and anything else it is still a crowd
        ("Thousands in the capital marched on Sunday.", [(1000, "people", "")]),
        ("Millions in debt could lose their homes.", [(1e6, "people", "")]),
        ("Thousands in the public sector staged a walkout.", [(1000, "people", "")]),
        ("Millions in the capital face power cuts.", [(1e6, "people", "")]),
    ],
)
def test_a_plural_round_number_in_money_is_a_sum(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the predicate after the places people come from or are in is the people's
        (
            "Five workers from two firms were killed in the blast.",
            [(5, "deaths", ""), (2, "count", "")],
        ),
        (
            "Twelve climbers from roughly four clubs are still missing.",
            [(12, "missing", ""), (4, "count", "")],
        ),
        (
            "Twelve passengers in three cars were hurt.",
            [(12, "injured", ""), (3, "vehicles", "")],
        ),
        # no predicate after the places: nothing changes
        (
            "Rescuers reached 40 residents in three hamlets.",
            [(40, "people", ""), (3, "count", "")],
        ),
        # "rose from 12 to 40" is still one toll's two values
        ("The toll rose from 12 to 40.", [(12, "deaths", ""), (40, "deaths", "")]),
    ],
)
def test_places_people_come_from_take_no_predicate(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period ending an abbreviation or before a lower-case word ends no clause
        (
            "Retailers in the U.S. logged 60 cases by the end of the quarter, up from 41 in "
            "the one before.",
            [(60, "cases", ""), (41, "cases", "")],
        ),
        # a sentence's end still cuts the link
        (
            "The toll rose to 40 on Monday. Up from 12 people signed the letter.",
            [(40, "deaths", ""), (12, "people", "")],
        ),
    ],
)
def test_an_earlier_value_links_past_an_abbreviation(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "among" a named tally of a whole: the whole's kind
        (
            "Six nurses are among the official tally of 90 people arrested.",
            [(6, "detained", ""), (90, "detained", "")],
        ),
        (
            "Two tourists were among the total of 51 people killed.",
            [(2, "deaths", ""), (51, "deaths", "")],
        ),
    ],
)
def test_among_a_named_tally_takes_its_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # names printed with letters of other languages: the age is no figure
        "Öcal, 47, was arrested at her home.",
        "Mr Şener, 62, declined to comment.",
        "İlkay Demir, 35, and Zoë Kowalczyk, 29, were detained.",
    ],
)
def test_an_age_after_a_name_in_other_letters_is_no_figure(text):
    assert kinds(text) == []


def test_a_tally_by_place_in_other_letters_keeps_its_head():
    text = "The dead are from Şırnak (12), Ağrı (3) and Kars (9)."
    assert kinds(text) == [(12, "deaths", ""), (3, "deaths", ""), (9, "deaths", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number of places is no figure the next number links back to
        (
            "Eight sailors from three trawlers were killed, and so were 2 from a fourth.",
            [(8, "deaths", ""), (3, "count", ""), (2, "deaths", "")],
        ),
        (
            "Twenty hikers from five towns have died so far, up from 9 last month.",
            [(20, "deaths", ""), (5, "count", ""), (9, "deaths", "")],
        ),
        (
            "Twenty hikers from five towns have died, 9 of them students.",
            [(20, "deaths", ""), (5, "count", ""), (9, "deaths", "")],
        ),
    ],
)
def test_places_people_come_from_are_no_figure_to_link_back_to(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "from" links past no period, an abbreviation's included
        (
            "Doctors treated 30 patients in the U.S. from 9 states.",
            [(30, "people", ""), (9, "count", "")],
        ),
        # "compared with" links past an abbreviation's period
        (
            "Clinics in the U.S. logged 300 cases on Friday, compared with 210 a week earlier.",
            [(300, "cases", ""), (210, "cases", "")],
        ),
    ],
)
def test_a_bare_from_links_past_no_abbreviation(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shelters went from as many as 40 evacuees to 95.",
        "Shelters went from just over 40 evacuees to 95.",
        "Shelters went from about 40 evacuees to 95.",
    ],
)
def test_the_second_value_of_from_to_keeps_the_first_ones_kind(text):
    assert [q.kind for q in quantities(text)] == ["displaced", "displaced"]
