"""What a figure counts, read from the structure of its clause: which verb it is the subject
or object of, which noun it stands for when the noun is left out, which frame it sits in.
Sentences here are invented."""

from __future__ import annotations

import pytest

from briefbook.read.figures import quantities


def kinds(text: str) -> list[tuple[float, str]]:
    """(value, kind) of every figure."""
    return [(x.value, x.kind) for x in quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two miners were killed, and five other miners and four drivers were hurt.",
            [(2, "deaths"), (5, "injured"), (4, "injured")],
        ),
        (
            "Two miners were killed, and five miners and four drivers were hurt.",
            [(2, "deaths"), (5, "injured"), (4, "injured")],
        ),
        (  # "and" joins subjects of one clause here: the toll is still what is counted
            "Reports differ on the death toll, with the ministry, and monitors putting it at 40.",
            [(40, "deaths")],
        ),
    ],
)
def test_a_verb_of_an_earlier_clause_says_nothing_of_a_later_figure(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the village, 14 of the 30 infected died.", [(14, "deaths"), (30, "cases")]),
        ("Five of the 16 wounded died in hospital.", [(5, "deaths"), (16, "injured")]),
    ],
)
def test_a_whole_is_what_its_own_words_count_not_what_became_of_the_part(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no second magnitude: the value of the toll named before the magnitude
        ("The toll from a 6.8 magnitude tremor rose to 410 by evening.", (410, "deaths")),
        ("There are 50 confirmed cases, with 12 of them at home.", (12, "count")),
        ("The toll rose from 62 to 95.", (95, "deaths")),
        ("Officials said 310 people were dead by Friday night, up from 280.", (280, "deaths")),
    ],
)
def test_another_value_of_a_figure_only_through_the_pairs_own_words(text, expected):
    assert expected in kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among the 40 fatalities, 11 were tourists, including 6 Germans.",
            [(40, "deaths"), (11, "deaths"), (6, "deaths")],
        ),
        ("Among the victims, 9 were children.", [(9, "deaths")]),  # victims: the dead
        ("Among the wounded, 14 were officers.", [(14, "injured")]),
        ("Among the protesters, 40 were students.", [(40, "count")]),
    ],
)
def test_a_part_of_a_whole_named_by_an_among_frame_or_before_including(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The owner of a mill where a blast killed 14 workers in May has been arrested.",
            [(14, "deaths")],
        ),
        (
            "Police said the storm injured at least 30 people who were later evacuated.",
            [(30, "injured")],
        ),
    ],
)
def test_a_figure_that_is_the_object_of_an_event_verb_takes_its_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Another 14 people including three nurses inside the ward were killed.",
            [(14, "deaths"), (3, "deaths")],
        ),
        ("Nearly 30 more people – most of them passers-by – were feared dead.", [(30, "deaths")]),
    ],
)
def test_the_verb_of_a_figure_is_read_past_an_aside_or_a_breakdown(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a relative clause with numbers of its own, set off by commas
            "Four of the seven hikers, whose ages ranged from 19 to 64, were confirmed dead.",
            [(4, "deaths"), (7, "people")],
        ),
        (  # a part of those counted, set off by commas
            "Nine police officers, two of whom were off duty, were wounded in the clashes.",
            [(9, "injured")],
        ),
        (  # the part given by any number word or in digits
            "Eleven miners, four of whom were trapped for hours, were injured in the blast.",
            [(11, "injured")],
        ),
        (  # the count restated in other units
            "Some 3,000 people, or about 500 families, have been evacuated from the valley.",
            [(3000, "displaced"), (500, "displaced")],
        ),
        (  # a share in brackets right after those counted
            "Of the 90 people (60%) detained overnight, most were students.",
            [(90, "detained"), (60, "share")],
        ),
        # no predicate of those counted after the aside: nothing is read past it
        (
            "He met 12 ministers, who were in town for talks, and 3 governors.",
            [(12, "people"), (3, "people")],
        ),
    ],
)
def test_the_verb_of_a_figure_is_read_past_an_aside_between_commas_or_brackets(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The passengers included 120 Germans, 31 Japanese and 4 Canadians.",
            [(120, "people"), (31, "people"), (4, "people")],
        ),
        ("Militants fired 12 Katyushas at the base.", [(12, "count")]),
    ],
)
def test_people_named_by_their_state_are_a_head_count(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate glued to its number, as wire copy writes it: a speed, not a distance
        ("Gusts reached 95km/h on the ridge.", [(95, "speed", "km/h")]),
        (
            "Winds eased to 40km/h, with gusts up to 70mph.",
            [(40, "speed", "km/h"), (70, "speed", "mph")],
        ),
        # those made to leave or taking cover away from home are displaced
        (
            "The storm forced more than 4,000 villagers to flee their homes.",
            [(4000, "displaced", "")],
        ),
        ("Some 2,300 people were taking shelter in a stadium.", [(2300, "displaced", "")]),
        # what a closure or a disaster reaches, as its object, is affected
        ("The closures are affecting 80,000 pupils.", [(80000, "affected", "")]),
        # things, not people, whatever befell them
        ("Eleven clinics were affected by the outage.", [(11, "buildings", "")]),
        ("Nine buses are still missing after the landslide.", [(9, "vehicles", "")]),
        # but homes evacuated count the households displaced
        ("About 300 homes were evacuated overnight.", [(300, "displaced", "")]),
        # a tally's value: a later clause says nothing of those it counts
        (
            "The death toll climbed to 21 as crews raced to cut off the flames.",
            [(21, "deaths", "")],
        ),
        ("The number of missing stands at 7 as roads remain cut off.", [(7, "missing", "")]),
        # a part of the figure before it, named by who they are
        (
            "The toll had risen to 40 by Monday night, 31 of them farmers.",
            [(40, "deaths", ""), (31, "deaths", "")],
        ),
        # a part named by what became of it is another count
        (
            "There are 50 confirmed infections, with 20 of them in quarantine.",
            [(50, "cases", ""), (20, "count", "")],
        ),
    ],
)
def test_rates_flight_shelter_things_tallies_and_parts(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert [(x.value, x.kind, x.unit) for x in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places of worship are buildings a disaster destroys like any other
        ("The quake razed 12 monasteries and 9 pagodas.", [(12, "buildings"), (9, "buildings")]),
        # moved out of harm's way ahead of a storm: displaced
        ("Nearly 30,000 villagers were relocated before the storm.", [(30000, "displaced")]),
        ("Officials began relocating 4,500 families on Monday.", [(4500, "displaced")]),
        # those an agency says need help: affected
        ("As many as 90,000 people could be in need of assistance.", [(90000, "affected")]),
    ],
)
def test_worship_relocation_and_need(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(x.value, x.kind) for x in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scale after a scale multiplies it
        ("Two hundred thousand fans filled the streets.", [(200_000, "exactly", "fans")]),
        ("Several hundred thousand marchers came.", [(200_000, "at least", "marchers")]),
        # half of a large round number
        ("Nearly half a million voters stayed home.", [(500_000, "nearly", "voters")]),
        ("Half a dozen guards were hurt.", [(6, "exactly", "guards")]),
    ],
)
def test_compound_scales_and_half_a(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(x.value, x.qualifier, x.counts.split()[0]) for x in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six of the deaths were in the capital and four were in the port.",
            [(6, "deaths"), (4, "deaths")],
        ),
        ("Nine of the injured are children.", [(9, "injured")]),
        (
            "Officials said seven of the new cases are health workers and three are nurses.",
            [(7, "cases"), (3, "cases")],
        ),
        ("Twelve of the missing were found alive on Monday.", [(12, "missing")]),
    ],
)
def test_a_part_of_a_toll_named_after_a_number_in_words_is_a_figure_of_its_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two of the parents spoke to reporters.",  # no toll: a reference, not a count
        "Two of them were nurses.",  # a part named by who it is (with a fate of its own,
        # "Two of them died in hospital", it is a figure: test_figure_kinds_news)
        "One of the dead was a child.",
        "Three of the suspects were charged.",
        "Divers recovered the remains of two of the missing workers tossed into the river.",
    ],
)
def test_a_part_in_words_of_no_toll_or_of_one_is_no_figure(text):
    assert kinds(text) == []


def test_a_part_of_a_whole_given_in_figures_is_read_with_its_whole():
    """A part in words of a number is a figure, as "2 of the 8" is: of its whole's kind."""
    assert kinds("Two of the eight injured were foreigners.") == [(2, "injured"), (8, "injured")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four cases were children under the age of 5.", [(4, "cases")]),
        ("She left school at the age of 16 to work.", []),
    ],
)
def test_a_number_after_the_age_of_is_an_age(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the floods killed, not the two collapses
            "Three bridge failures caused landslides that buried more than 200 homes.",
            [(3, "count"), (200, "buildings")],
        ),
        (
            "Four levee breaches caused flooding that killed 90 people across the valley.",
            [(4, "count"), (90, "deaths")],
        ),
        (
            "Prosecutors questioned six engineers over a collapse that killed dozens.",
            [(6, "people"), (24, "deaths")],
        ),
        (
            "Nine officials reviewed the blast which injured 40 workers.",
            [(9, "people"), (40, "injured")],
        ),
    ],
)
def test_a_relative_clause_after_another_noun_says_nothing_of_the_figure(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the relative clause opens right after those counted: it is said of them
        ("Twelve people who were trapped in the mine died.", [(12, "deaths")]),
        ("Officials said 15 people that were injured remain in hospital.", [(15, "injured")]),
        ("Seven miners were killed in a tunnel that flooded.", [(7, "deaths")]),
    ],
)
def test_a_relative_clause_on_those_counted_still_gives_their_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "and" before a fate joins a second predicate of those counted: their fate is in it
        ("Two local officials were shot and killed on Tuesday.", [(2, "deaths")]),
        ("Three guards were beaten and killed by the crowd.", [(3, "deaths")]),
        ("Twelve people were injured and three died.", [(12, "injured"), (3, "deaths")]),
        ("Four villagers were rescued and five remain missing.", [(4, "rescued"), (5, "missing")]),
    ],
)
def test_a_fate_joined_by_and_to_the_first_predicate_gives_the_kind(text, expected):
    assert kinds(text) == expected


def labels(text: str) -> list[tuple[float, str]]:
    """(value, what it counts) of every figure."""
    return [(x.value, x.counts) for x in quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two bridges gave way late on Monday.", [(2, "bridges")]),
        ("Two bridges collapsed late on Monday.", [(2, "bridges collapsed")]),
        ("Two bridge spans gave way earlier this week.", [(2, "bridge spans")]),
        (
            "About 4,000 residents in six districts live near the river.",
            [(4000, "residents"), (6, "districts")],
        ),
        ("Five protesters gathered outside the court.", [(5, "protesters")]),
        ("He resigned after nearly 48 hours passing without a reply.", [(48, "")]),
        ("It brought three weeks of heated debate to an end.", [(3, "heated debate")]),
        (
            "Five more injured firefighters were flown to the capital.",
            [(5, "injured firefighters")],
        ),
        (
            "A dozen additional Kansas dairy herds were quarantined.",
            [(12, "additional Kansas dairy herds")],
        ),
    ],
)
def test_what_a_figure_counts_is_its_noun_phrase_up_to_its_head(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a compound, and a word saying what became of them, still belong to the phrase
        ("Six crew members were rescued.", [(6, "crew members")]),
        ("There were 40 people injured in the crash.", [(40, "people injured")]),
        ("A 20-year prison sentence was handed down.", [(20, "prison sentence")]),
    ],
)
def test_a_compound_or_what_became_of_them_stays_in_what_it_counts(text, expected):
    assert labels(text) == expected


def bounds(text: str) -> list[tuple[float, str]]:
    """(value, qualifier) of every figure."""
    return [(x.value, x.qualifier) for x in quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll from the storm has crossed 3,000.", [(3000, "more than")]),
        ("Confirmed infections are nearing 700, the ministry said.", [(700, "nearly")]),
        ("The number of arrests exceeds 250.", [(250, "more than")]),
        ("The tally of the dead approached 90 on Friday.", [(90, "nearly")]),
        ("The company's market value surpassed $2 trillion.", [(2e12, "more than")]),
    ],
)
def test_a_verb_of_passing_a_level_makes_the_figure_a_bound(text, expected):
    assert bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # what the verb passes or nears is no level: things crossed, people approached
        ("The convoy crossed two bridges before dawn.", [(2, "exactly")]),
        ("A man approached three officers outside the station.", [(3, "exactly")]),
        ("The hikers crossed 12 km of desert.", [(12, "exactly")]),
        ("Rescuers said the toll rose to 95.", [(95, "exactly")]),
    ],
)
def test_a_verb_of_passing_what_is_no_level_leaves_the_figure_exact(text, expected):
    assert bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll in the U.S. rose to 13 on Friday.", [(13, "deaths")]),
        ("The death toll at the Acme Corp. plant reached 9.", [(9, "deaths")]),
        ("Thirteen people in the U.S. were killed.", [(13, "deaths")]),
        ("The number of injured at Dalton Ltd. warehouses stood at 40.", [(40, "injured")]),
        ("The death toll in Washington, D.C. rose to 7.", [(7, "deaths")]),
        ("Gov. Ana Ruiz said 40 people were missing.", [(40, "missing")]),
        # a capitalised word after an initialism may open the next sentence: still a stop
        ("The toll was never given by the U.S. Rescuers found 12 people alive.", [(12, "people")]),
        ("The flood hit the U.S. Officials said 200 people were evacuated.", [(200, "displaced")]),
        ("Funds went to Acme Inc. Five workers were later fired.", [(5, "people")]),
        # a number's decimals and a letter naming a platform are no abbreviations
        ("The toll was 5.8. Rescuers found 12 people alive.", [(5.8, "count"), (12, "people")]),
        ("She posted on X. Twelve people were arrested.", [(12, "detained")]),
        ("The U.S. sent 300 troops and 12 aircraft.", [(300, "troops"), (12, "vehicles")]),
    ],
)
def test_an_abbreviation_s_period_inside_a_clause_does_not_end_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll--the worst in decades--rose to 55.", [(55, "deaths")]),
        ("The death toll -- the worst in decades -- rose to 55.", [(55, "deaths")]),
        ("The death toll—the worst in a decade—reached 55.", [(10, "duration"), (55, "deaths")]),
        ("Twelve people--most of them children--were rescued.", [(12, "rescued")]),
        ("Forty people were injured--some seriously.", [(40, "injured")]),
        # an en dash closed up joins a range, no aside; a quake's aside tells no toll
        ("The death toll rose by 2020–2021 to 55.", [(55, "count")]),
        ("The quake—the worst in decades—left 55 people homeless.", [(55, "displaced")]),
    ],
)
def test_a_dash_typed_as_two_hyphens_or_closed_up_sets_off_an_aside(text, expected):
    assert kinds(text) == expected


def test_a_figure_read_past_a_typed_dash_keeps_the_article_s_words():
    (found,) = quantities("Twelve people--most of them children--were rescued.")
    assert found.text == "Twelve people"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those killed — 97 — were mostly women.", [(97, "deaths")]),
        ("Those killed -- 97 -- were mostly women.", [(97, "deaths")]),
        ("The injured – some 40 – were treated at the scene.", [(40, "injured")]),
        ("The death toll — 97 — was the highest in years.", [(97, "deaths")]),
        ("The number of arrests — 40 — was a record.", [(40, "detained")]),
        # not alone in its aside, or in brackets (a tally by place or group): left as it was
        (
            "The dead include men (30), women (20) and children (12).",
            [(30, "count"), (20, "count"), (12, "count")],
        ),
        ("Those killed — 97 in all — were mostly women.", [(97, "count")]),
        ("The vote -- 52 to 48 -- was the closest in years.", [(52, "count"), (48, "count")]),
        ("He was killed — 12 people said — by a stray bullet.", [(12, "people")]),
        (
            "The quake — 7.2 on the Richter scale — killed 40 people.",
            [(7.2, "magnitude"), (40, "deaths")],
        ),
        (
            "The dead are from Nairobi (17), Nakuru (3) and Kisumu (2).",
            [(17, "deaths"), (3, "deaths"), (2, "deaths")],
        ),
    ],
)
def test_a_number_alone_in_an_aside_is_the_value_of_the_phrase_before_it(text, expected):
    assert kinds(text) == expected
