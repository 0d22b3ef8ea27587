from __future__ import annotations

import datetime as dt

import pytest

from briefbook.model import PartialDate
from briefbook.read.dates import reference, resolve_dates
from briefbook.read.figure_kinds import kind_words
from briefbook.read.figures import about_illness, as_cases, quantities, referred_back, remember


def q(text: str) -> list[tuple[float, str, str]]:
    return [(x.value, x.qualifier, x.counts) for x in quantities(text)]


def kinds(text: str) -> list[tuple[float, str, str]]:
    """(value, kind, unit) of every figure."""
    return [(x.value, x.kind, x.unit) for x in quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("around 3,000 soldiers are there", (3000, "about", "soldiers")),
        ("up to 12,000 soldiers could be deployed", (12000, "up to", "soldiers")),
        ("At least 11,000 troops", (11000, "at least", "troops")),
        ("a total of 10,000 soldiers by December", (10000, "total", "soldiers")),
        ("millions of artillery shells", (1_000_000, "at least", "artillery shells")),
        ("1,500 special forces", (1500, "exactly", "special forces")),
        ("The toll passed 200 on Tuesday", (200, "more than", "")),
        ("20 or more people", (20, "at least", "people")),
        ("buses carrying 40 or fewer passengers", (40, "up to", "passengers")),
        ("families with three or above children", (3, "at least", "children")),
        ("tremors of magnitude 5 or higher", (5, "at least", "")),
        ("companies with 250 or below employees", (250, "up to", "employees")),
    ],
)
def test_quantities_with_qualifier_and_what_they_count(text, expected):
    assert q(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "zero" counts as any number word does, but not in "net zero"
        ("The week ended with 40 new cases and zero deaths.", [40, 0]),
        ("The city promised net zero emissions and 300 new buses.", [300]),
        ("The 40 bonds were written down to zero.", [40]),
        # a word that ends what a figure counts, or a name that "Zero" ends: no count
        ("Cases fell to zero on Monday after 12 weeks.", [12]),
        ("Detectives zero in on a suspect seen with 2 bags.", [2]),
        ("Patient zero was a dock worker; 30 others fell ill.", [30]),
        ("Rescuers returned to Ground Zero memorial with 20 dogs.", [20]),
        # a whole number and a fraction of one
        ("The wreck lies 2 1/2 miles down and 3 1/4 hours away.", [2.5, 3.25]),
    ],
)
def test_zero_and_mixed_fractions_are_read(text, expected):
    assert [x.value for x in quantities(text)] == expected


def test_groups_of_n_each_give_the_total_too():
    values = [(v, qual) for v, qual, _ in q("two brigades of 6,000 soldiers each")]
    assert (2, "exactly") in values and (12000, "total") in values


def test_years_and_dates_are_not_quantities():
    assert q("In June 2024, on October 18, the pact was signed.") == []
    assert q("Rescuers sifted through rubble on Saturday (Jan 6) and 18th June 2024.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The plane landed at 7:58 am and left at 10pm.",
        "The strike began at 0800 GMT.",
        "It was the 14th typhoon of the season.",
        "A 12-year-old boy and his 72-year-old grandmother were there.",
        "Ana Lopez, 37, said the water rose fast.",
        "Men between the ages of 27 and 74 stood trial.",
        "Passengers on Flight 2216 were moved to Gate No. 3.",
        "Access to Office 365 apps was restored; F-16 jets and 5G masts were not affected.",
        "One of the parents said one hand was injured.",
        "The two nations signed the pact.",
        "It was one of the biggest storms in the 1990s.",
        "The finance bill 2024 was withdrawn.",
        "A seven-storey building collapsed.",
        "At 73, he is the oldest of them; divers found both, ages 35 and 26.",
        "He pushed through the 2025 budget after the 2019 fire.",
        "Flight 7C2216, a Boeing 737-800, left at dawn.",
        "Worried relatives can call 0800 4417 293 or 020 7946 0018.",
        "The helpline is on 1-888 512 3307 around the clock.",
        "The petition cited Section 212 (3) and (7) of the charter.",
        "The ruling rests on Article 9(2) of the treaty.",
        # a byline's reading time
        "By Ana Ruiz • Updated: 4 Mar 2025 • 3 minutes read",
        "By Ana Ruiz | 6 min read",
        # "a second" before the noun it orders is an ordinal
        "The mayor is standing for a second term; the strike went on for a second day.",
        # the decade of a life, and an age as a bound
        "Of the panel, one was in her 30’s and the other in her early 50's.",
        "The vaccine is advised for adults 60 or older and not for anyone younger than 12.",
        # ages told without "aged": the last of a list of names with theirs, in a relative
        # clause, as an average, in brackets after a word for a person or a couple
        "The dead were named as Ana Ruiz, 37, and Luis Gil, 52.",
        "Police named them as Mia Holt, 27, Ben Aske, 47, and Tom Reed, 39 — all volunteers.",
        "The driver, who was 58, died at the scene; his wife, who is now 61, survived.",
        "The median age of those infected is 77.",
        "An elderly couple (81 and 77) and their son (56) were found by neighbours.",
        "A woman (45) and her daughter (12) were taken to hospital.",
    ],
)
def test_what_is_not_a_quantity(text):
    assert q(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbers near an age's surroundings that are figures
        ("The child, who was one of 12 victims, was buried on Friday.", [(12, "deaths", "")]),
        ("The toll, which is now 72, is expected to rise.", [(72, "deaths", "")]),
        ("Police arrested a man (and two women) on Sunday.", [(2, "people", "")]),
        (
            "The dead include men (30), women (20) and children (12).",
            [(30, "count", ""), (20, "count", ""), (12, "count", "")],
        ),
        ("The woman who was 45 minutes late missed the flight.", [(45, "duration", "minutes")]),
        ("Officials said 56 people, among them a woman, were hurt.", [(56, "injured", "")]),
        ("The average fine was $300, officials said.", [(300, "money", "USD")]),
        ("The dead were from Kyiv, 12, and Lviv, 3.", [(3, "deaths", "")]),
        ("The toll given by the ministry was 52.", [(52, "deaths", "")]),
    ],
)
def test_numbers_beside_a_told_age_that_are_figures(text, expected):
    assert kinds(text) == expected


def test_a_number_with_its_thousands_set_apart_by_spaces_is_no_telephone_number():
    from briefbook.read.numbers import _dialled

    assert _dialled("Quelque 1 250 000 personnes ont manifesté.") == []
    assert _dialled("Appelez le 01 45 67 89 00.") == [(11, 25)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 95 people died in the floods.", [(95, "deaths", "")]),
        (
            "Twelve people were injured and 30 are missing.",
            [(12, "injured", ""), (30, "missing", "")],
        ),
        ("The death toll has climbed to 13.", [(13, "deaths", "")]),
        ("The storm killed 23 and injured 200.", [(23, "deaths", ""), (200, "injured", "")]),
        ("More than 2,000 residents were evacuated.", [(2000, "displaced", "")]),
        ("Police arrested 300 protesters.", [(300, "detained", "")]),
        (
            "A magnitude 7.2 earthquake struck at a depth of 10 km.",
            [(7.2, "magnitude", ""), (10, "depth", "km")],
        ),
        (
            "The 7.5-magnitude quake and a magnitude-6.1 aftershock",
            [(7.5, "magnitude", ""), (6.1, "magnitude", "")],
        ),
        ("The airline cancelled about 7,000 flights.", [(7000, "flights", "")]),
        # the South Asian scales
        ("Each family will get Rs 10 lakh.", [(1_000_000, "money", "INR")]),
        ("The state set aside Rs 5 crore for relief.", [(50_000_000, "money", "INR")]),
        ("The outage cost more than $500 million.", [(500_000_000, "money", "USD")]),
        ("Fines of up to 2 million crowns a day.", [(2_000_000, "money", "crowns")]),
        (
            "Inflation rose to 16% and fell three percentage points.",
            [(16, "share", "%"), (3, "share", "percentage points")],
        ),
        ("Nearly two-thirds of the harvest was lost.", [(66.7, "share", "%")]),
        (
            "491 mm of rain fell in eight hours.",
            [(491, "rainfall", "mm"), (8, "duration", "hours")],
        ),
        (
            "He was jailed for 20 years after a five-day hearing.",
            [(20, "duration", "years"), (5, "duration", "days")],
        ),
        (
            "He had a week to answer, after nearly a decade of abuse.",
            [(1, "duration", "weeks"), (10, "duration", "years")],
        ),
        ("The screens went dark for a second.", [(1, "duration", "seconds")]),
        ("Two brigades and three reactors", [(2, "count", ""), (3, "count", "")]),
        ("179 of the 181 people on board were killed.", [(179, "deaths", ""), (181, "people", "")]),
        ("190 lawmakers voted to lift it.", [(190, "votes", "")]),
        ("The toll rose from 62 to 95.", [(62, "deaths", ""), (95, "deaths", "")]),
        ("The car lay in about 25 feet of water.", [(25, "depth", "ft")]),
        ("It was found in 8-metre-deep water.", [(8, "depth", "m")]),
        (
            "The 300-member assembly voted 204 in favour and 85 against.",
            [(300, "seats", ""), (204, "votes", ""), (85, "votes", "")],
        ),
        ("It needs a two-thirds majority.", [(66.7, "share", "%")]),
        ("He served two-and-a-half months.", [(2.5, "duration", "months")]),
        ("Over 297 contacts are being traced.", [(297, "people", "")]),
        # a place or a body sized by its people
        ("Smoke hung over Talmora, a city of more than 2 million.", [(2e6, "people", "")]),
        ("The clinic, with a staff of five, closed.", [(5, "people", "")]),
        ("The mill, with a workforce of 1,200, shut.", [(1200, "people", "")]),
        (
            "The motion passed with 312 in support and 140 against.",
            [(312, "votes", ""), (140, "votes", "")],
        ),
        ("Floodwaters swept away 14 people.", [(14, "missing", "")]),
        # dying of one's wounds, in every tense
        (
            "With two more miners succumbing to their burns, the toll rose to 41.",
            [(2, "deaths", ""), (41, "deaths", "")],
        ),
        ("Four more climbers succumb to their injuries.", [(4, "deaths", "")]),
        # wounds received, and hurt said by its gravity
        (
            "Sixteen villagers, including two boys, received wounds.",
            [(16, "injured", ""), (2, "injured", "")],
        ),
        ("Eleven hikers suffered serious burns.", [(11, "injured", "")]),
        # those still in doctors' hands are among the hurt
        ("By noon 38 commuters were still undergoing treatment.", [(38, "injured", "")]),
        ("Later, 17 were getting treated at the clinic.", [(17, "injured", "")]),
        # a train's carriages and wagons, and the emergency services' vehicles
        (
            "Five carriages derailed and 12 freight wagons overturned.",
            [(5, "vehicles", ""), (12, "vehicles", "")],
        ),
        (
            "The county sent 40 fire engines and six ambulances.",
            [(40, "vehicles", ""), (6, "vehicles", "")],
        ),
        # a part of a figure that names no kind is of the whole's kind
        (
            "The toll rose to 140, including 12 bystanders.",
            [(140, "deaths", ""), (12, "deaths", "")],
        ),
        (
            "Police arrested 60, among them 9 from abroad.",
            [(60, "detained", ""), (9, "detained", "")],
        ),
        # a head-count that is part of a whole saying what became of people is of its kind
        (
            "The toll rose to 95, including 12 children.",
            [(95, "deaths", ""), (12, "deaths", "")],
        ),
        (
            "Guards detained 40 people, among them 6 journalists.",
            [(40, "detained", ""), (6, "detained", "")],
        ),
        ("Officials met 30 people, including 4 teachers.", [(30, "people", ""), (4, "people", "")]),
        # the items of a breakdown take the kind of its head ("the dead included")
        (
            "The dead included 9 locals, four Belgians and one Dane.",
            [(9, "deaths", ""), (4, "deaths", ""), (1, "deaths", "")],
        ),
        (
            "Among the fatalities were 7 miners and two engineers.",
            [(7, "deaths", ""), (2, "deaths", "")],
        ),
        # but not when the first item names its own kind
        (
            "It reported 60 cases with 12 deaths and 40 recoveries.",
            [(60, "cases", ""), (12, "deaths", ""), (40, "count", "")],
        ),
        # the size of an outbreak named before its number
        ("The caseload has climbed to nearly 70.", [(70, "cases", "")]),
        ("The case count stood at 212 on Monday.", [(212, "cases", "")]),
        # two modifiers sharing one noun
        ("Officials reported 45 confirmed and probable cases.", [(45, "cases", "")]),
        ("Some 45 suspected or confirmed infections were found.", [(45, "cases", "")]),
        (
            "The ferry carried 230 passengers and 12 crew.",
            [(230, "people", ""), (12, "people", "")],
        ),
        # a tally by place in brackets takes the kind its head names
        (
            "The dead are from Ostrava (12), Velmoor (3) and Kesh (1).",
            [(12, "deaths", ""), (3, "deaths", ""), (1, "deaths", "")],
        ),
        (
            "New infections were reported in Dunmore (40) and Palk (7).",
            [(40, "cases", ""), (7, "cases", "")],
        ),
    ],
)
def test_what_a_figure_counts_is_normalised_to_a_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one of a unit of time that a word governs as a length, the qualifier between or alone
        ("Aftershocks may go on for at least a month.", [(1, "duration", "months", "at least")]),
        ("Extradition could take a month or more.", [(1, "duration", "months", "exactly")]),
        ("The fund offers loans of up to a year.", [(1, "duration", "years", "up to")]),
        (
            "Six tremors struck the coast in an hour.",
            [(6, "count", "", "exactly"), (1, "duration", "hours", "exactly")],
        ),
        ("The talks lasted for an entire day.", [(1, "duration", "days", "exactly")]),
        (
            "Two soldiers were hurt in the space of a week.",
            [(2, "injured", "", "exactly"), (1, "duration", "weeks", "exactly")],
        ),
        (
            "Three patients died within a single week.",
            [(3, "deaths", "", "exactly"), (1, "duration", "weeks", "exactly")],
        ),
        # what such words govern that is no length
        ("Power should return in a week's time.", []),
        ("The region got a year's worth of rain.", []),
        ("The leader won in a second round of voting.", []),
        ("Negotiators will take a second look at the offer.", []),
        ("In a statement, the ministry thanked the rescuers.", []),
        ("Around a year ago, the company announced the cuts.", []),
        ("Rescuers pulled him out a day later.", []),
        ("Strikers staged a full-day walkout at the plant.", []),
        ("He gave an hour-long speech in parliament.", []),
        ("The president took a single question from reporters.", []),
        ("The government declared a day of national mourning.", []),
        ("It was the worst flooding in a generation.", []),
        # a span counted from an event is a date's, whatever qualifies it ...
        ("Around a week after the quake, aid finally reached the valley.", []),
        ("Roughly a month before the vote, the party split.", []),
        ("Close to a year after the crash, the inquiry reported.", []),
        ("More than a year after the flood, families still wait.", []),
        ("Over a decade after the war began, the border is still shut.", []),
        ("Some months later, and about a day before the vote, he quit.", []),
        # ... but one a governing word makes a length stays one, as does a span under a day
        # (as "12 hours after the quake" is)
        (
            "Rescuers searched the ruins for a week after the quake.",
            [(1, "duration", "weeks", "exactly")],
        ),
        (
            "Aid was held up for at least a month before the vote.",
            [(1, "duration", "months", "at least")],
        ),
        (
            "It took a year after the crash to reopen the line.",
            [(1, "duration", "years", "exactly")],
        ),
        ("About an hour after the quake, a wave struck.", [(1, "duration", "hours", "about")]),
        (
            "The abuse went on over a period of nearly a decade after they married.",
            [(10, "duration", "years", "nearly")],
        ),
    ],
)
def test_one_of_a_unit_of_time_governed_as_a_length_is_a_duration(text, expected):
    found = [(x.value, x.kind, x.unit, x.qualifier) for x in quantities(text)]
    assert [f for f in found if f[1] == "duration"] == [e for e in expected if e[1] == "duration"]
    assert [f[:2] for f in found] == [e[:2] for e in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what became of them counts for people; animals, herds, craft and places are counts
        ("Floods drowned more than 4,000 sheep and goats.", [(4000, "count", "")]),
        ("Six guard dogs were hurt in the blast.", [(6, "count", "")]),
        ("Milk from three farms tested positive for the virus.", [(3, "count", "")]),
        ("The navy said it shot down four fighter jets.", [(4, "count", "")]),
        ("Storms killed 12 people in nine districts.", [(12, "deaths", ""), (9, "count", "")]),
        ("Officials met in the two cities.", []),
    ],
)
def test_things_no_kind_counts_are_plain_counts_whatever_became_of_them(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 300 people have been tested for the disease.", [(300, "count", "")]),
        ("Some 45 patients have recovered, the ministry said.", [(45, "count", "")]),
        ("Eleven miners were trapped underground.", [(11, "count", "")]),
        # said of a bare crowd, or as the verb before it, past a missing word in the clause
        ("Along the coast road, dozens have become trapped.", [(24, "count", "")]),
        ("A landslide hit the mine, trapping 30 workers.", [(30, "count", "")]),
        ("A group of 40 tour guides marooned on a ridge are safe.", [(40, "count", "")]),
        ("About 80 contacts are in quarantine.", [(80, "count", "")]),
        ("The bodies of 12 people were recovered.", [(12, "deaths", "")]),
        ("About 2,000 people marched to parliament.", [(2000, "people", "")]),
    ],
)
def test_what_became_of_people_that_no_kind_names_is_a_plain_count(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fates joined as alternatives or together: killed and hurt are casualties; with
        # the missing and no injured, no one toll counts them all
        (
            "More than 300 people in the province were killed, injured or unaccounted for.",
            [(300, "casualties", "")],
        ),
        ("The shelling left 42 civilians killed or wounded.", [(42, "casualties", "")]),
        ("Rescuers counted about 90 dead or missing along the coast.", [(90, "count", "")]),
        # one fate for each figure stays a toll of it
        (
            "At least 12 people were killed and 30 injured.",
            [(12, "deaths", ""), (30, "injured", "")],
        ),
        (
            "Some 45 people were injured, and two died later.",
            [(45, "injured", ""), (2, "deaths", "")],
        ),
    ],
)
def test_fates_joined_in_one_clause_count_no_single_toll(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those counted said to be among a whole are of the whole's kind
        ("At least 20 tourists were among the victims.", [(20, "deaths", "")]),
        (
            "Officials said two Canadians were among at least 61 people killed in the storm.",
            [(2, "deaths", ""), (61, "deaths", "")],
        ),
        ("Five students were among those arrested on Sunday.", [(5, "detained", "")]),
        # a whole that is only a head-count says nothing
        ("Two doctors were among the passengers.", [(2, "people", "")]),
    ],
)
def test_a_part_said_to_be_among_a_whole_takes_its_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four soldiers were aboard the transport plane.", [(4, "people", "")]),
        ("A patrol boat carrying six marines capsized.", [(6, "people", "")]),
        ("The ministry deployed 5,000 soldiers to the border.", [(5000, "troops", "")]),
    ],
)
def test_soldiers_aboard_a_craft_are_its_passengers(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forty people, including women and children, were killed in the raid.",
            [(40, "deaths", "")],
        ),
        (
            "At least 30 miners, many of them migrants, are missing after the collapse.",
            [(30, "missing", "")],
        ),
        (
            "Some 50 people, including 12 pupils, were injured on Monday.",
            [(50, "injured", ""), (12, "injured", "")],
        ),
        # a list, its last item joined by "and"
        (
            "About 900 villagers, including farmers, herders and their families, were evacuated.",
            [(900, "displaced", "")],
        ),
        # not a list: what became of them is said before the "and"
        (
            "Nine people, including a guard, were killed, and 14 others were hurt, police said.",
            [(9, "deaths", ""), (14, "injured", "")],
        ),
    ],
)
def test_a_breakdown_between_commas_is_passed_over_to_read_what_became_of_them(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a 7-2 vote, the tribunal upheld the ban.", [("7-2", 7, "votes")]),
        ("The appeals panel ruled 2-1 that the law stood.", [("2-1", 2, "votes")]),
        ("A 6–3 majority struck the rule down.", [("6–3", 6, "votes")]),
    ],
)
def test_a_divided_vote_written_as_its_score_is_the_majoritys_votes(text, expected):
    assert [(x.text, x.value, x.kind) for x in quantities(text)] == expected


def test_a_score_that_is_no_vote_stays_two_numbers():
    assert [x.value for x in quantities("The visitors won 3-1 at home.")] == [3, 1]
    assert [x.value for x in quantities("The crowd of 40 (9 of them children) left.")] == [40, 9]


def test_ranges_keep_both_ends_and_decimals_are_kept():
    (r,) = quantities("Between 11,000 and 12,000 troops were sent.")
    assert (r.value, r.high, r.qualifier, r.kind) == (11000, 12000, "range", "troops")
    (r,) = quantities("They received sentences of three to 15 years.")
    assert (r.value, r.high, r.unit) == (3, 15, "years")
    (r,) = quantities("The water rose 7.25 metres.")
    assert (r.value, r.unit, r.kind) == (7.25, "m", "distance")
    assert [x.value for x in quantities("dozens of homes and scores of people")] == [24, 40]


def dates(text: str, published: str) -> list[tuple[str, str, str]]:
    return [
        (d.text, d.resolved, d.precision) for d in resolve_dates(text, PartialDate.parse(published))
    ]


def test_relative_dates_resolve_against_a_dated_article():
    # 24 October 2024 was a Thursday
    assert dates("Kirby spoke on Wednesday and Yoon on Thursday.", "2024-10-24") == [
        ("on Wednesday", "2024-10-23", "day"),
        ("on Thursday", "2024-10-24", "day"),
    ]


def test_a_page_dated_to_its_month_leaves_a_weekday_unresolved_and_tells_this_year():
    """The gold README's convention: a weekday on a page dated only to a month could be any
    week of it; "this year" is the page's year."""
    assert dates("The briefing was on Wednesday.", "2024-10") == [
        ("on Wednesday", "", "unresolved")
    ]
    assert dates("The briefing was in June, and this year talks resumed.", "2024-10") == [
        ("in June", "2024-06", "month"),
        ("this year", "2024", "year"),
    ]


def test_months_years_and_vague_times():
    assert dates(
        "A pact was signed in June; 10,000 may go by December, more in the coming weeks, "
        "as earlier this year and in 2019.",
        "2024-10-24",
    ) == [
        ("in June", "2024-06", "month"),
        ("by December", "2024-12", "month"),
        ("in the coming weeks", "", "unresolved"),
        ("earlier this year", "2024", "year"),
        ("in 2019", "2019", "year"),
    ]


def test_explicit_dates():
    assert dates("Posted October 18, 2024 and due by November 1st.", "2024-10-24") == [
        ("October 18, 2024", "2024-10-18", "day"),
        ("by November 1st", "2024-11-01", "day"),
    ]


def test_day_first_month_first_abbreviated_and_with_weekday():
    assert dates(
        "On 15 December the board voted; by Dec. 23 it had voted, and on Monday, July 1 it "
        "reported. The 18th June 2024 report and the Oct. 18, 2024 memo followed.",
        "2024-10-24",
    ) == [
        ("On 15 December", "2023-12-15", "day"),
        ("by Dec. 23", "2024-12-23", "day"),
        ("on Monday, July 1", "2024-07-01", "day"),
        ("18th June 2024", "2024-06-18", "day"),
        ("Oct. 18, 2024", "2024-10-18", "day"),
    ]


def test_a_day_has_boundaries():
    assert dates("It happened on 18 October 2024 and since June 2024.", "2024-10-24") == [
        ("on 18 October 2024", "2024-10-18", "day"),
        ("since June 2024", "2024-06", "month"),
    ]


def test_since_and_until_are_relations_not_events():
    found = resolve_dates(
        "Fighting has gone on since February 2022 and talks run until Friday.",
        PartialDate.parse("2024-10-24"),
    )
    assert [(d.text, d.relation) for d in found] == [
        ("since February 2022", "since"),
        ("until Friday", "until"),
    ]
    assert found[1].resolved == "2024-10-25"


def test_relative_days_weeks_and_holidays():
    assert dates(
        "Yesterday the river rose; last month it fell; today’s rain and last week's "
        "storm, on New Year's Day.",
        "2025-01-08",
    ) == [
        ("Yesterday", "2025-01-07", "day"),
        ("last month", "2024-12", "month"),
        ("today’s", "2025-01-08", "day"),
        ("last week's", "2025", "year"),  # 30 December to 5 January: two months
        ("on New Year's Day", "2025-01-01", "day"),
    ]


def test_an_undated_article_does_not_count_from_the_full_dates_it_gives():
    # no publication month to read them within: a date it gives may be any day it tells of
    text = "The storm hit on Tuesday. Officials met on Wednesday, October 30, 2024."
    assert reference(text, None) is None
    found = resolve_dates(text, None, 0, reference(text, None))
    assert [(d.text, d.resolved) for d in found] == [
        ("on Tuesday", ""),
        ("on Wednesday, October 30, 2024", "2024-10-30"),
    ]


def test_a_month_precision_article_takes_its_days_from_the_dates_it_gives():
    text = "On Tuesday the toll rose. The agency said on Monday, June 24, that 5 died."
    assert reference(text, PartialDate.parse("2024-06")) == dt.date(2024, 6, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bodies of people, and people sent to their deaths, are deaths
        ("Divers found the bodies of the three men in a van.", [(3, "deaths", "")]),
        ("The blast sent four dock workers to their deaths.", [(4, "deaths", "")]),
        # "deep" before a number says nothing of it ("deep concern")
        ("Ministers voiced deep concern over the talks between the two governments.", []),
    ],
)
def test_bodies_and_deaths_and_no_depth_from_a_feeling(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Medics counted three bodies, and nurses reported five others killed.", 5),
        ("Two men were found; four more workers remained missing.", 4),
    ],
)
def test_others_and_more_are_a_part_added_not_a_total(text, value):
    assert (value, "additional") in [(v, qual) for v, qual, _ in q(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number restated in brackets is one figure, of what follows the brackets
        (
            "Records show that twenty-two (22) people have died and one hundred and four "
            "(104) were injured.",
            [(22, "deaths"), (104, "injured")],
        ),
        # "against" ends what is counted: a vote only right after the number
        ("Thousands of protesters against the bill filled the square.", [(1000, "people")]),
        ("The motion passed by 204 votes to 120 against.", [(204, "votes"), (120, "votes")]),
        # a number whose noun is left out counts what the figure before it counts
        (
            "The army sent 300 more soldiers to reinforce the 900 already in the valley.",
            [(300, "troops"), (900, "troops")],
        ),
        ("Two hundred and fifty homes were flooded.", [(250, "buildings")]),
    ],
)
def test_restated_compound_and_elided_numbers(text, expected):
    assert [(v, k) for v, k, _ in kinds(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The monitors logged 75 instances of arrests of marchers.", [(75, "detained")]),
        ("The panel recorded 18 cases of disappearances.", [(18, "missing")]),
        ("Clinics reported 40 cases of measles.", [(40, "cases")]),  # nothing known after "of"
    ],
)
def test_occurrences_count_what_they_are_occurrences_of(text, expected):
    assert [(v, k) for v, k, _ in kinds(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people voting one way, as a percentage: a vote tally
        ("Dockers voted 71% in favour of the pay deal.", [(71, "votes", "%")]),
        ("Nurses approved the walkout by a vote of 88.5 percent.", [(88.5, "votes", "%")]),
        ("Some 62% of members who cast ballots voted for the offer.", [(62, "votes", "%")]),
        (
            "Teachers voted 90 percent to strike and 85 percent against the offer.",
            [(90, "votes", "%"), (85, "votes", "%")],
        ),
        (
            "In the ballot, drivers voted 77 percent against the offer and 81 percent for a walkout.",
            [(77, "votes", "%"), (81, "votes", "%")],
        ),
        # a candidate's share of the vote, a turnout, a count's progress: shares
        (
            "The mayor won 41% of the vote, with 90% of ballots counted.",
            [(41, "share", "%"), (90, "share", "%")],
        ),
        ("Turnout was 48 percent.", [(48, "share", "%")]),
        ("The council voted on Monday to raise the tax to 20%.", [(20, "share", "%")]),
        (
            "Workers voted 70% for the deal and wages rise 25% over four years.",
            [(70, "votes", "%"), (25, "share", "%"), (4, "duration", "years")],
        ),
    ],
)
def test_a_percentage_of_people_voting_one_way_is_a_vote(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # handheld devices that can be counted (a family a reader expects with "phones")
        ("Thousands of pagers exploded at once.", [(1000, "devices", "")]),
        (
            "Police seized 300 walkie-talkies and 40 radios.",
            [(300, "devices", ""), (40, "devices", "")],
        ),
        ("The firm recalled 2,000 handsets.", [(2000, "devices", "")]),
        # who the dead were: "among the dead", "the deaths of"
        ("Among the dead were at least three soldiers.", [(3, "deaths", "")]),
        ("Among the wounded were 12 fighters.", [(12, "injured", "")]),
        ("The blast caused the deaths of nine people.", [(9, "deaths", "")]),
    ],
)
def test_devices_and_who_the_dead_were(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the number of X has risen to N": N counts X, said before it
        ("The total number of suspected cases has climbed to nine.", [(9, "cases", "")]),
        ("The number of confirmed infections rose to 41 on Monday.", [(41, "cases", "")]),
        ("The number of people in shelters reached 3,200.", [(3200, "displaced", "")]),
        ("The number of arrests stands at 57.", [(57, "detained", "")]),
        # a head-count after the number is the tally's (the 12 patients are its cases); a
        # noun of a kind of its own still says what it counts
        (
            "The number of cases rose to 12 patients in two wards.",
            [(12, "cases", ""), (2, "count", "")],
        ),
        ("The number of incidents rose to 12 deaths.", [(12, "deaths", "")]),
    ],
)
def test_the_number_of_something_before_a_bare_figure_says_what_it_counts(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The walkout by 4,000 union machinists entered its second week.", [(4000, "people", "")]),
        (
            "Some 300 labourers and 20 contractors were laid off.",
            [(300, "people", ""), (20, "people", "")],
        ),
        ("Another 800 will be dispatched on Friday.", [(800, "troops", "")]),
        ("Doctors were treating 90 people with injuries.", [(90, "injured", "")]),
        ("Some 45 residents sustained injuries in the blast.", [(45, "injured", "")]),
    ],
)
def test_workers_dispatched_and_injuries(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number written with a leading zero is a code, a ticker or a part of a date
        ("03/11 14:05 Ministers Meet on Fishing Quotas", []),
        ("Shares of the miner (07731) rose sharply.", []),
        # a date written in digits with its year holds no quantity
        ("4-5-2023 (LAGOS) Heavy rain hit the city.", []),
        ("The notice of 2021-6-14 was withdrawn.", []),
        # ages in a list, in a range before "years old", and after "turn"
        ("The boys, aged eight, ten and twelve, were unhurt.", []),
        ("The pupils were 8 to 12 years old.", []),
        ("The accused will turn 19 next month.", []),
        # how far along a pregnancy is, given as an age is
        ("The first patient, a woman seven months pregnant, died on Tuesday.", []),
        ("A 30-week pregnant nurse was flown to the capital.", []),
        (
            "She was six weeks pregnant when she was held for three weeks.",
            [(3, "duration", "weeks")],
        ),
        # the ages an age is changed from and to
        ("The bill raises the pension age from 60 to 63.", []),
        ("Unions oppose the voting age being lowered to 16.", []),
        (
            "The law raises the retirement age by three years to 67.",
            [(3, "duration", "years")],
        ),
        # but a list of ages stops where a counted noun follows
        ("A man aged 30, and two women were arrested.", [(2, "detained", "")]),
    ],
)
def test_codes_numeric_dates_and_lists_of_ages_are_not_figures(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lake was rising 5 centimetres every hour.", [(5, "speed", "cm/h")]),
        ("Gusts reached 150 km per hour near the coast.", [(150, "speed", "km/h")]),
        ("The storm moved 20 miles an hour.", [(20, "speed", "mph")]),
        ("The road runs 40 km to the border.", [(40, "distance", "km")]),
    ],
)
def test_a_distance_per_unit_of_time_is_a_speed(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the words after "other" say what is counted, and the wounds say what became of it
        ("Six other pupils suffered stab wounds in the assault.", [(6, "injured", "")]),
        ("Three other boys were pronounced dead at the scene.", [(3, "deaths", "")]),
        # ages set between a figure and its predicate are passed over
        ("Two boys, aged 8 and 9, were pronounced dead on Sunday.", [(2, "deaths", "")]),
        ("Two boys ages 8 and 9 were killed.", [(2, "deaths", "")]),
        # a coordinated subject shares the predicate written once after it
        (
            "Four pupils and two teachers remain in critical condition.",
            [(4, "injured", ""), (2, "injured", "")],
        ),
        (
            "Seven miners and three engineers were killed in the blast.",
            [(7, "deaths", ""), (3, "deaths", "")],
        ),
        # but not a count of another kind, nor one that names its own kind
        (
            "Five houses and two people were swept away.",
            [(5, "buildings", ""), (2, "people", "")],
        ),
        ("Twelve dead and 30 injured were reported.", [(12, "deaths", ""), (30, "injured", "")]),
    ],
)
def test_what_became_of_those_counted_after_other_ages_and_and(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead identified or handed back are a count of bodies, not a toll
        ("Officials have identified 40 victims so far.", [(40, "count", "")]),
        ("The remains of six victims were handed over on Monday.", [(6, "count", "")]),
        ("DNA from 12 victims has been matched with relatives.", [(12, "count", "")]),
        (
            "The toll has risen to 50 and 30 of the victims have been identified.",
            [(50, "deaths", ""), (30, "count", "")],
        ),
        # but the dead named as who they were, or recovered, are still the dead
        ("The three dead were identified as farmers.", [(3, "deaths", "")]),
        ("Rescuers recovered 20 bodies from the river.", [(20, "deaths", "")]),
    ],
)
def test_the_dead_identified_or_handed_back_are_a_count(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the family of verbs news uses for people who lost their lives
        ("Army officers said nine villagers were martyred in the shelling.", [(9, "deaths", "")]),
        ("Two of the wounded succumbed overnight, doctors said.", [(2, "deaths", "")]),
        ("Gunmen murdered 14 farmers near the border.", [(14, "deaths", "")]),
        ("He is charged with murdering two teenagers in Halvik.", [(2, "deaths", "")]),
        # "victims" unqualified are the dead; killed and wounded together are casualties
        ("Divers found four more victims in the river.", [(4, "deaths", "")]),
        ("The clashes left 60 casualties.", [(60, "casualties", "")]),
        # a disease's verbs: contracted, sickened, fell ill
        ("Nearly 90 pupils have contracted the virus since May.", [(90, "cases", "")]),
        ("An outbreak last year sickened more than 40 in Rellin.", [(40, "cases", "")]),
        # every head-count of people by trade or role is people
        (
            "Hundreds of entrepreneurs and 30 shopkeepers joined.",
            [(100, "people", ""), (30, "people", "")],
        ),
        # a time unit that news counts in
        ("The shelling went on for three nights.", [(3, "duration", "nights")]),
    ],
)
def test_the_kind_lexicon_reads_whole_families_of_news_words(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vague number of a currency is a sum of money
        ("The scheme cost investors billions of dollars.", [(1e9, "money", "USD")]),
        ("Donors pledged millions of euros in aid.", [(1e6, "money", "EUR")]),
        # "N-member": people, unless the body is a legislature, whose members are its seats
        ("A 9-member panel reviewed the case.", [(9, "people", "")]),
        ("The 120-member parliament met at noon.", [(120, "seats", "")]),
        ("The 250-seat chamber was dissolved.", [(250, "seats", "")]),
        # a death recorded, not a body identified
        ("The agency has identified only one death linked to it.", [(1, "deaths", "")]),
        ("Forensic teams identified 14 victims on Friday.", [(14, "count", "")]),
        # the value of a tally whose words hold another number
        (
            "The death toll from the 6.9 magnitude quake rose to 310 on Monday.",
            [(6.9, "magnitude", ""), (310, "deaths", "")],
        ),
        # the bar beside a vote counts no noun of its own: the vote's kind
        (
            "The bill got 301 votes, above the 276 needed to pass it.",
            [(301, "votes", ""), (276, "votes", "")],
        ),
    ],
)
def test_money_seats_recorded_deaths_tallies_and_bars(text, expected):
    assert kinds(text) == expected


def test_a_time_on_the_24_hour_clock_is_not_a_quantity():
    assert q("The truce takes effect from 1800 hours local time.") == []
    assert kinds("The truce was agreed after 1,800 hours of talks.") == [
        (1800, "duration", "hours")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is said of a part after a comma is not said of the whole
        ("In all, 40 miners were rescued, some with severe burns.", [(40, "rescued", "")]),
        ("Nine people, some of them pupils, were killed.", [(9, "deaths", "")]),
        # "the death of" governs the figure right after it, not one later in its clause
        ("The blast caused the death of 14 workers and guests.", [(14, "deaths", "")]),
        ("After the death of the mayor, 300 people marched.", [(300, "people", "")]),
    ],
)
def test_parts_after_a_comma_and_the_death_of(text, expected):
    assert kinds(text) == expected


def test_less_than_a_day_before_or_after_is_a_length_of_time_not_a_date():
    assert kinds("The ferry was due in port just over an hour later.") == [(1, "duration", "hours")]
    assert kinds("The alarm sounded about a minute earlier.") == [(1, "duration", "minutes")]
    assert kinds("The ferry sank a day later.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Searchers found two deceased near the quarry.", [(2, "deaths", "")]),
        ("The four deceased individuals were climbers.", [(4, "deaths", "")]),
    ],
)
def test_the_deceased_are_the_dead(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those who lived through it are survivors, against the dead of the same clause
        (
            "Officials said 12 passengers died in the crash while 40 survived.",
            [(12, "deaths", ""), (40, "rescued", "")],
        ),
        ("Seventeen survived.", [(17, "rescued", "")]),
        ("At least 40 people survived the landslide.", [(40, "rescued", "")]),
    ],
)
def test_those_who_survived_are_survivors(text, expected):
    assert kinds(text) == expected


def test_the_words_a_kind_is_read_from_are_found_in_the_sentence():
    assert kind_words("Strikes on Monday killed 31 civilians.", "deaths") == "killed"
    assert kind_words("Of the 90 on board, 29 survived.", "rescued") == "survived"
    assert kind_words("Of the 90 on board, 29 survived.", "deaths") == ""
    # a word before the number that gives its kind: ", killing 12" is what it was read from
    text = "A bus overturned on a mountain road on Sunday, killing 12 passengers."
    assert kind_words(text, "deaths") == "killing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scale joined to its number by a hyphen, as a compound before a noun
        ("The island secured a $3.4-billion loan.", [(3.4e9, "money", "USD")]),
        ("The city signed a $120-million contract.", [(1.2e8, "money", "USD")]),
        # a short scale after a hyphen stays a unit
        ("A 5-m wall fell.", [(5, "distance", "m")]),
    ],
)
def test_a_hyphenated_scale_scales_its_number(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural round number standing alone counts people
        ("Thousands marched through the capital.", [(1000, "people", "")]),
        (
            "Hundreds gathered outside, and millions watched.",
            [(100, "people", ""), (1_000_000, "people", "")],
        ),
        ("It saw thousands of cyber attacks.", [(1000, "count", "")]),  # its own noun
        # what a crowd does, or who came, said of a number with no noun
        ("Some 3,000 turned out in the rain.", [(3000, "people", "")]),
        ("Over 25,000 are expected to attend.", [(25000, "people", "")]),
        ("Marches attended by 8,000 were calm.", [(8000, "people", "")]),
        # the people of a place, by the ending of their plural
        ("Five Londoners and 14 Britons were aboard.", [(5, "people", ""), (14, "people", "")]),
        ("A jury of 12 New Yorkers heard the case.", [(12, "people", "")]),
        ("Four Texas businessmen were charged.", [(4, "people", "")]),
        # a quake's scale named after its number
        (
            "The quake, measuring 6.4 on the Richter scale, struck at dawn.",
            [(6.4, "magnitude", "")],
        ),
        # a currency named with its country's adjective
        ("The bank will pay 2 billion Swiss francs.", [(2e9, "money", "CHF")]),
        ("The fund lost 40 million Canadian dollars.", [(4e7, "money", "CAD")]),
        ("Its assets were about $US12 billion.", [(1.2e10, "money", "USD")]),
        # "following" ends what a figure counts: the tally named before gives its kind
        (
            "The number of people confirmed dead has risen to 40 following the search.",
            [(40, "deaths", "")],
        ),
    ],
)
def test_kinds_of_crowds_townsfolk_scales_and_currencies(text, expected):
    assert kinds(text) == expected


def test_an_age_in_months_weeks_or_days_is_not_a_quantity():
    assert q("The shot is given to infants between 6 and 9 months old.") == []
    assert q("A calf, three weeks old, was found.") == []


def _article_kinds(sentences: list[str]) -> list[list[tuple[float, str]]]:
    """The kinds of the figures of each sentence, read in order as one article's."""
    earlier: dict[float, str] = {}
    out = []
    for text in sentences:
        found = referred_back(quantities(text), text, 0, earlier)
        remember(found, earlier)
        out.append([(q.value, q.kind) for q in found])
    return out


def test_a_number_pointing_back_takes_the_kind_of_the_earlier_figure() -> None:
    kinds = _article_kinds(
        [
            "The storm killed 143 people along the coast, the ministry said.",
            "Out of the 143, 60 bodies have been handed to relatives.",
            "The figure was well above the 143 reported on Sunday.",
            "Four girls died in the fire.",
            "The four girls have not been named.",
        ]
    )
    assert (143.0, "deaths") in kinds[1]
    assert kinds[2] == [(143.0, "deaths")]
    assert kinds[4] == [(4.0, "deaths")]


def test_a_number_with_a_noun_of_its_own_does_not_point_back() -> None:
    kinds = _article_kinds(
        [
            "12 miners were killed in the blast.",
            "The 12 countries agreed to share the costs.",
            "Officials visited the 12 homes.",
        ]
    )
    assert kinds[1] == [(12.0, "count")]
    assert kinds[2] == [(12.0, "buildings")]


def test_a_model_number_is_no_count() -> None:
    from briefbook.read.numbers import name_numbers

    article = (
        "A panel blew off a 787 Dreamliner jet over the sea. Its Airbus 350 jets were checked. "
        "The airline grounded its 787 fleet and 34 other planes. A record 300 flights were "
        "cancelled, and a 7.1 magnitude quake hit."
    )
    names = name_numbers(article)
    assert names == frozenset({"787", "350"})
    assert [q.value for q in quantities("A panel blew off a 787 Dreamliner jet.")] == []
    assert [q.value for q in quantities("The airline grounded its 787 fleet.", names=names)] == []
    counted = quantities("A record 300 flights were cancelled, and a 7.1 magnitude quake hit.")
    assert [(q.value, q.kind) for q in counted] == [(300.0, "flights"), (7.1, "magnitude")]
    assert [q.value for q in quantities("It has 787 staff and $787 million.")] == [787.0, 787e6]
    assert [q.value for q in quantities("It has 787 staff and $787 million.", names=names)] == [
        787e6
    ]


def test_a_count_of_a_model_counts_the_noun_after_the_model() -> None:
    found = quantities("The carrier flies 45 Embraer 190 planes and 12 Dash 8 aircraft.")
    assert [(q.value, q.kind) for q in found] == [(45.0, "vehicles"), (12.0, "vehicles")]
    assert found[0].counts == "Embraer 190 planes"


def test_a_number_after_a_possessive_counts_the_noun_after_it() -> None:
    found = quantities("Officials said 40 of Ruritania's 310 rockets were intercepted.")
    assert [q.value for q in found] == [40.0, 310.0]
    assert [q.value for q in quantities("Ruritania Air's 737 MAX fleet was grounded.")] == []


def test_a_number_dialled_is_no_count() -> None:
    assert quantities("A neighbour called 911 and then dialled 112 for help.") == []
    found = quantities("The agency called 200 witnesses and phoned 30 families.")
    assert [q.value for q in found] == [200.0, 30.0]


def test_the_numbers_of_a_list_of_sections_are_no_counts() -> None:
    found = quantities(
        "He was charged under sections 302 and 304 (culpable homicide), 120B and 34 of the "
        "penal code, which carry up to 10 years in prison; 12 people were named."
    )
    assert [q.value for q in found] == [10.0, 12.0]
    assert [q.value for q in quantities("The index tracks 30 stocks and lists 12 funds.")] == [
        30.0,
        12.0,
    ]


def test_a_number_in_brackets_after_a_name_is_an_age() -> None:
    found = quantities("Maria Lopez (8), Tom Grey-Hall (6) and Rahman (7) were hurt.")
    assert found == []
    tally = quantities("The dead are from Port Lane (17), Hill Top (3) and Marsh (2).")
    assert [(q.value, q.kind) for q in tally] == [
        (17.0, "deaths"),
        (3.0, "deaths"),
        (2.0, "deaths"),
    ]
    assert [q.value for q in quantities("Smith-Jones (51), a driver, denied the charges.")] == []


def test_the_members_a_vote_is_counted_out_of_are_the_seats() -> None:
    found = quantities("The premier won 260 votes of support out of the 500 lawmakers.")
    assert [(q.value, q.kind) for q in found] == [(260.0, "votes"), (500.0, "seats")]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Another 1,200 people were hospitalised on Tuesday, the ministry said.", ["cases"]),
        ("About 300 remain under treatment in district clinics.", ["cases"]),
        ("Health workers said 410 new patients were admitted overnight.", ["cases"]),
        ("Officials said 9,000 patients have recovered since March.", ["cases"]),
        (
            "Three nurses were injured and 12 hospitalised when the clinic was attacked.",
            ["injured", "injured"],
        ),
        ("The fever killed 40 people last month.", ["deaths"]),
    ],
)
def test_patients_of_an_illness_are_its_cases(text: str, kinds: list[str]) -> None:
    """In an article about an illness, patients in care or called patients are cases, not
    the injured; a sentence that names hurt keeps its injured."""
    assert [q.kind for q in as_cases(quantities(text), text)] == kinds


def test_an_article_about_an_illness_names_one_several_times() -> None:
    outbreak = "The measles outbreak grew. The virus spread to two counties. Measles is contagious."
    flood = "The river burst its banks. Officials fear a cholera outbreak in the camps."
    assert about_illness(outbreak)
    assert not about_illness(flood)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Dozens and dozens of residents were still unaccounted for.", [(24, "missing")]),
        ("Thousands upon thousands marched through the capital.", [(1000, "people")]),
        (
            "Dozens were hurt and dozens more fled their homes.",
            [(24, "injured"), (24, "displaced")],
        ),
        (
            "Dozens were rescued, and dozens of others remain missing.",
            [(24, "rescued"), (24, "missing")],
        ),
    ],
)
def test_a_vague_plural_repeated_for_emphasis_is_one_figure(
    text: str, found: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.kind) for q in quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The three-party coalition collapsed on Wednesday.", [(3, "count")]),
        ("Leaders who had detained critics met the 15-nation bloc.", [(15, "count")]),
        ("It was a three-train collision.", [(3, "vehicles")]),
        ("A seven-storey building and a three-judge panel.", []),
    ],
)
def test_a_noun_joined_by_a_hyphen_says_what_is_counted(
    text: str, found: list[tuple[float, str]]
) -> None:
    """The parties of a coalition, the states of a bloc, the trains of a crash; not what
    describes a thing (its floors, a panel's judges)."""
    assert [(q.value, q.kind) for q in quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The jury convicted her on all five counts.", [(5, "count")]),
        ("Rebels now hold all four provincial capitals.", [(4, "count")]),
        ("All three had denied the charges.", []),
        ("The two nations signed the pact.", []),
    ],
)
def test_a_number_in_words_after_all_counts_the_noun_that_follows(
    text: str, found: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.kind) for q in quantities(text)] == found


def test_a_part_of_a_number_in_words_is_a_figure_as_in_digits() -> None:
    """ "Five of the six crew died" counts the five dead, as "179 of the 181" counts 179."""
    words = quantities("Five of the six crew members aboard the boat have died, officials said.")
    digits = quantities("5 of the 6 crew members aboard the boat have died, officials said.")
    assert [(q.value, q.kind) for q in words] == [(q.value, q.kind) for q in digits]
    assert [q.value for q in words] == [5, 6]
    assert words[0].kind == "deaths"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From Monday to Thursday, the province reported 410, 377, 290 and 254 new cases.",
            [(410, "cases", ""), (377, "cases", ""), (290, "cases", ""), (254, "cases", "")],
        ),
        (
            "Officials counted 12 and 15 deaths in the two towns.",
            [(12, "deaths", ""), (15, "deaths", "")],
        ),
        # no list: a whole and its part, a bare number before a comma
        ("Of the 50, 30 were injured.", [(50, "count", ""), (30, "injured", "")]),
        ("In the two towns, 5, and 12 people died.", [(5, "count", ""), (12, "deaths", "")]),
    ],
)
def test_the_bare_numbers_of_a_list_share_the_noun_of_its_last_item(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of what became of people governs the figure after it
        ("The virus has already infected more than 7,000 people.", [(7000, "cases", "")]),
        ("Officials relocated 420,000 residents ahead of the storm.", [(420000, "displaced", "")]),
        # but not a figure of things the lexicon does not count as people
        ("The ministry contracted three firms to rebuild the bridge.", [(3, "count", "")]),
        # driven from their homes, whatever the verb
        (
            "The shelling has driven 1.2 million people from their homes.",
            [(1.2e6, "displaced", "")],
        ),
        ("Gunmen abducted 12 villagers from their homes.", [(12, "detained", "")]),
        # billions alone, or of what the lexicon does not know, are money
        ("Gulf investors pumped billions into the bank last year.", [(1e9, "money", "")]),
        ("He used billions in customer funds to buy property.", [(1e9, "money", "")]),
        ("Billions of people watched the final.", [(1e9, "people", "")]),
    ],
)
def test_verbs_before_a_figure_and_vague_sums_give_its_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tally's word before an aside between dashes still gives the figure its kind
        (
            "The death toll – the worst in the state in a century – rose to 55.",
            [(100, "duration", "years"), (55, "deaths", "")],  # the aside's span is a length
        ),
        # a place sized by its people, whatever its determiner
        ("Aid will reach the city of nearly 900,000 by Friday.", [(900000, "people", "")]),
        # "held" is detention only with what says so
        (
            "The country, home to 22 million people, last held elections in 2019.",
            [(22e6, "people", "")],
        ),
        ("About 40 people were being held by the militia.", [(40, "detained", "")]),
        ("Dozens of riot police stood in the square.", [(24, "people", "")]),
    ],
)
def test_words_before_a_figure_past_an_aside_and_places_sized_by_people(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # soldiers taken or giving themselves up in war are detained
        ("Some 102 enemy soldiers were captured in the region.", [(102, "detained", "")]),
        ("More than 100 soldiers had surrendered by Monday.", [(100, "detained", "")]),
        ("Hundreds gave themselves up during the offensive.", [(100, "detained", "")]),
        # a verb of a fate before things counted gives them none
        ("Border police detained two buses carrying migrants.", [(2, "vehicles", "")]),
    ],
)
def test_captives_of_war_are_detained(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve passengers and crew were killed.", [(12, "deaths", "")]),
        ("About 40 students and their teachers were evacuated.", [(40, "displaced", "")]),
        ("Some 9,000 homes and businesses were without power.", [(9000, "customers", "")]),
        # a verb after "and" is another predicate of the sentence's subject
        ("Police detained 12 protesters and seized weapons.", [(12, "detained", "")]),
    ],
)
def test_a_pair_of_nouns_counted_is_read_past_to_what_became_of_them(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bank has 9,000 staff, 2,500 of whom work abroad.",
            [(9000, "people", ""), (2500, "people", "")],
        ),
        (
            "About 4,000 soldiers were sent north, some 900 of them to the border.",
            [(4000, "troops", ""), (900, "troops", "")],
        ),
    ],
)
def test_a_part_of_whom_or_of_them_counts_what_its_whole_counts(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In all, 212 deputies in the 350-seat house voted for the bill.",
            [(212, "votes", ""), (350, "seats", "")],
        ),
        (
            "Nine tenants of the 14-storey tower were evacuated overnight.",
            [(9, "displaced", ""), (14, "count", "")],
        ),
        # a number that opens a clause of its own still ends the one before
        ("Three people were killed and 12 were injured.", [(3, "deaths", ""), (12, "injured", "")]),
    ],
)
def test_a_compound_modifier_number_does_not_end_the_clause_before_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court sentenced the former mayor to 12 years and six months in prison.",
            [(12.5, "duration", "years")],
        ),
        (
            "The talks ran for two hours and 15 minutes before the delegates walked out.",
            [(2.25, "duration", "hours")],
        ),
        (
            "The pilot was in the air for about an hour and 30 minutes.",
            [(1.5, "duration", "hours")],
        ),
        (
            "The general was given nine years, six months and 10 days in jail.",
            [(9.53, "duration", "years")],
        ),
        # parts in the same unit, or with no "and" to close them, stay apart
        (
            "The hearing lasted three days and the appeal two days.",
            [(3, "duration", "days"), (2, "duration", "days")],
        ),
        (
            "He was jailed for five years, 10 months were suspended.",
            [(5, "duration", "years"), (10, "duration", "months")],
        ),
        # after a comma, a smaller count told from a day opens a clause of its own
        (
            "She served five years, and three months after her release she died.",
            [(5, "duration", "years"), (3, "duration", "months")],
        ),
        (
            "The ceasefire held for two days, and six hours after it ended the shelling resumed.",
            [(2, "duration", "days"), (6, "duration", "hours")],
        ),
        # ... but with "and" alone the whole duration is told from the day
        (
            "The ferry sank about two hours and 30 minutes after it left the port.",
            [(2.5, "duration", "hours")],
        ),
        # a smaller unit before a larger one is two spans
        (
            "The strike lasted 10 days and two months later it resumed.",
            [(10, "duration", "days"), (2, "duration", "months")],
        ),
    ],
)
def test_a_duration_told_in_several_units_is_one_figure_in_its_largest(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vague number takes the unit after its scale, or after "of", as digits would
        ("The deal is worth half a billion dollars.", [(5e8, "money", "USD")]),
        ("He paid half a million pounds for the house.", [(5e5, "money", "GBP")]),
        ("The strike cost the carmaker several million euros.", [(2e6, "money", "EUR")]),
        ("The plane flew off course for hundreds of miles.", [(100, "distance", "mi")]),
        ("The fire has burned thousands of acres of forest.", [(1000, "area", "acres")]),
        ("Floodwaters covered tens of thousands of hectares.", [(10000, "area", "ha")]),
        ("The army said it had advanced dozens of kilometres.", [(24, "distance", "km")]),
        # no unit follows: what is counted is what it is
        ("Several hundred people were evacuated.", [(200, "displaced", "")]),
        ("Half a million residents lost power.", [(5e5, "customers", "")]),
        ("Hundreds of people queued in the miles-long line.", [(100, "people", "")]),
        ("Dozens of Miles's supporters gathered outside.", [(24, "people", "")]),
        ("Thousands of Hong Kong residents protested.", [(1000, "people", "")]),
        ("Several million viewers watched the debate.", [(2e6, "people", "")]),
        ("Hundreds of others were injured.", [(100, "injured", "")]),
    ],
)
def test_a_vague_number_takes_the_unit_that_follows_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fire consumed an area of 12,900 square meters.", [(12900, "area", "m²")]),
        ("The flat measures 800 square feet.", [(800, "area", "ft²")]),
        ("The blaze destroyed one hectare of vines.", [(1, "area", "ha")]),
        ("The 10 square kilometre zone was sealed off.", [(10, "area", "km²")]),
        ("He was served 3 square meals a day.", [(3, "count", "")]),
    ],
)
def test_areas_in_square_units_and_single_units_are_areas(text, expected):
    assert kinds(text) == expected
