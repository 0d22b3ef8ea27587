"""Dates: forms added in issue 15 (see also tests/test_figures.py), in general news style."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from briefbook.analyse.pipeline import analyse
from briefbook.model import Config, PartialDate, SourceMeta
from briefbook.project.load import RawArticle
from briefbook.read.date_values import day_written
from briefbook.read.dates import (
    entry_labels,
    estimated,
    figure_free,
    last_day,
    open_quote,
    reference,
    resolve_dates,
    speaking_day,
)
from briefbook.read.figures import quantities

PUBLISHED = PartialDate(2024, 10, 24)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dam broke two days ago.", ("two days ago", "2024-10-22", "day")),
        ("A week ago, crews left.", ("A week ago", "2024-10-17", "day")),
        ("Talks began three months ago.", ("three months ago", "2024-07", "month")),
        ("The plant closed a year ago.", ("a year ago", "2023", "year")),
        ("The port was built two decades ago.", ("two decades ago", "2004", "year")),
        # a count with a qualifier tells no day, month or year
        (
            "The port opened more than three decades ago.",
            ("more than three decades ago", "", "unresolved"),
        ),
        ("The mine shut nearly two years ago.", ("nearly two years ago", "", "unresolved")),
        # an abbreviated month glued to its day
        ("No ferry has sailed since Aug.30.", ("since Aug.30", "2024-08-30", "day")),
        ("Snow was forecast for Sunday.", ("Sunday", "2024-10-27", "day")),
        ("The ministers will meet on Friday.", ("on Friday", "2024-10-25", "day")),
        ("The board met on Friday.", ("on Friday", "2024-10-18", "day")),
        ("The mine was flooded this summer.", ("this summer", "2024", "year")),
        ("The mine was flooded last spring.", ("last spring", "2024", "year")),
        ("It will reopen next spring.", ("next spring", "2025", "year")),
        ("It froze last winter.", ("last winter", "", "unresolved")),
    ],
)
def test_relative_dates(text, expected):
    found = [(d.text, d.resolved, d.precision) for d in resolve_dates(text, PUBLISHED)]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive keeps its date: the day of the vote, the month of the elections
        ("Ana Ruiz resigned after Wednesday's vote.", [("Wednesday's", "2024-10-23")]),
        ("It follows July’s elections.", [("July’s", "2024-07")]),
        # a weekday the sentence puts ahead after it
        ("On Saturday the mayor will open the bridge.", [("On Saturday", "2024-10-26")]),
        # but not a relative clause's "will": "which arrived on Saturday, will ..."
        (
            "Freedonia, which received the doses on Saturday, will vaccinate nurses.",
            [("on Saturday", "2024-10-19")],
        ),
        # spans of time no one can date
        ("In recent days, the talks stalled.", [("In recent days", "")]),
        ("A deal may come within days.", [("within days", "")]),
        ("Within hours, the guards had left.", [("Within hours", "")]),
        ("The scheme ran over the course of decades.", [("over the course of decades", "")]),
        # a number after a month that cannot be its year is no year ("in April 1036 cases")
        ("Fares rose in April 1036 times.", [("in April", "2024-04")]),
        # "by" after a past participle names the day's event as the agent, not a deadline
        ("Towns hit by Monday's storm were cut off.", [("Monday's", "2024-10-21")]),
        ("Bids must be filed by Monday's deadline.", [("Monday's", "2024-10-28")]),
        # ... but a participle still to be done after a bare "be" keeps "by" a deadline
        ("The deal must be signed by Monday's summit.", [("Monday's", "2024-10-28")]),
        ("Pylons downed by Monday's gale are to be fixed.", [("Monday's", "2024-10-21")]),
        ("Prices may rise in the weeks ahead.", [("in the weeks ahead", "")]),
        # a horizon no one can date: listed, unresolved
        ("Fares will stay high in the short term.", [("in the short term", "")]),
        ("The mill may reopen in the near future.", [("in the near future", "")]),
        ("Tolls will rise in the foreseeable future.", [("in the foreseeable future", "")]),
        ("The port is safe in the long-term.", [("in the long-term", "")]),
        ("Short-term loans rose in the long term.", [("in the long term", "")]),
    ],
)
def test_possessives_ahead_and_vague(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition before a date in the possessive governs the noun it determines, not
        # the date: the date's words begin at the day, its relation stays the preposition's
        ("Tallies from Sunday's election show a clear lead.", ("Sunday's", "2024-10-20", "since")),
        ("Nine were hurt in Tuesday’s blasts.", ("Tuesday’s", "2024-10-22", "on")),
        ("The toll from Monday's quake rose to 40.", ("Monday's", "2024-10-21", "since")),
        ("Crowds have thinned since last week's vote.", ("last week's", "2024-10", "since")),
        ("Shares fell before today's announcement.", ("today's", "2024-10-24", "on")),
        ("Bids must be filed by Monday's deadline.", ("Monday's", "2024-10-28", "by")),
        # no possessive, or no preposition: the words are as written
        ("Sunday's election was calm.", ("Sunday's", "2024-10-20", "on")),
        ("Talks have run since Monday in the capital.", ("since Monday", "2024-10-21", "since")),
        ("The curfew holds until Saturday.", ("until Saturday", "2024-10-26", "until")),
        ("From Monday, the bridge was shut.", ("From Monday", "2024-10-21", "since")),
        ("He spoke on Tuesday to reporters.", ("on Tuesday", "2024-10-22", "on")),
        (
            "A reporter for Today's Herald wrote on Monday that it was calm.",
            ("on Monday", "2024-10-21", "on"),
        ),
    ],
)
def test_a_possessive_date_leaves_its_preposition_to_the_noun(text, expected):
    assert expected in [(d.text, d.resolved, d.relation) for d in resolve_dates(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year alone dates what it qualifies
        ("The blaze recalled a devastating 2019 fire.", [("2019", "2019")]),
        ("The 1977-built span fell.", [("1977", "1977")]),
        # ... not a name it ends, nor a number it is part of
        ("MPs debated the Finance Bill 2024.", []),
        ("The 2023-24 season ended.", []),
        # a span of several years is a period: its first year
        ("She led the agency (2015-19) before retiring.", [("2015-19", "2015")]),
        ("During his 1998–2004 tenure, exports grew.", [("1998–2004", "1998")]),
        ("Records from 2016-2021 were lost.", [("from 2016-2021", "2016")]),
        # ... not an ISO day, nor a year and a month
        ("The file is dated 2016-12-05.", []),
    ],
)
def test_years_alone(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of a month opening its sentence before a colon labels a live page's entry
        ("Oct 23: Ferries resumed on Tuesday.", [("on Tuesday", "2024-10-22")]),
        ("- 22 October: The port reopened.", []),
        # ... not a day with its preposition, nor one before a clock time
        ("On Oct 23: ferries resumed.", [("On Oct 23", "2024-10-23")]),
        ("Oct 23 saw the port reopen.", [("Oct 23", "2024-10-23")]),
    ],
)
def test_entry_labels(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline the page ran into the lead after an outlet's tag: when it was filed
        (
            "(Freedonia Wire (FW)) PORTO, Oct 22 (FW) -- The ministry met on Tuesday.",
            [("on Tuesday", "2024-10-22")],
        ),
        ("Porto Daily (via FW), Porto/Lisbon, October 22, 2024 — Ferries resumed.", []),
        # ... not a day the sentence sets an event on, nor one far into it
        ("Ferries resumed in Porto, Oct 22, after the storm.", [("Oct 22", "2024-10-22")]),
        (
            "The mayor of Porto said the ferries, idle since Oct 20 — were back.",
            [("since Oct 20", "2024-10-20")],
        ),
    ],
)
def test_a_dateline_glued_to_the_lead_is_no_date(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


def test_a_dateline_glued_to_the_lead_is_no_figure():
    text = "(Freedonia Wire (FW)) PORTO, Oct 22 (FW) -- Ferries carried 400 people."
    assert entry_labels(text) == [(29, 35)]
    assert [q.value for q in quantities(text, 0, entry_labels(text))] == [400]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two days in a row after "the night of": the night that began on the first
        ("Drones crossed on the night of 9-10 October.", [("9-10 October", "2024-10-09")]),
        ("Drones crossed on the night of 9 and 10 October.", [("9 and 10 October", "2024-10-09")]),
        # ... but two days named together elsewhere are their month
        ("Riots broke out on 17 and 18 October.", [("on 17 and 18 October", "2024-10")]),
        ("Talks ran on the night of 9-12 October.", [("9-12 October", "2024-10")]),
    ],
)
def test_the_night_of_two_days_is_the_first(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday set off after the day word it names is that day (24 October: Thursday)
        (
            "The summit will be held tomorrow, Friday.",
            [("tomorrow", "2024-10-25"), ("Friday", "2024-10-25")],
        ),
        (
            "Ferries sailed yesterday, Wednesday, as planned.",
            [("yesterday", "2024-10-23"), ("Wednesday", "2024-10-23")],
        ),
        # ... not a weekday of its own after a comma
        (
            "Ferries sailed yesterday, and on Monday the port shut.",
            [("yesterday", "2024-10-23"), ("on Monday", "2024-10-21")],
        ),
    ],
)
def test_a_weekday_set_off_after_a_day_word_is_that_day(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline alone opening the sentence, closed by a single hyphen or ".-"
        ("PORTO, Oct 22 (FW) - Ferries sailed on Tuesday.", [("on Tuesday", "2024-10-22")]),
        ("(Freedonia Wire) PORTO, Oct 22 (FW).- Ferries resumed.", []),
        ("Porto Daily (via FW), Porto/Lisbon, October 22, 2024 - Ferries resumed.", []),
        # ... or after a photo credit run into the tag, which is no running text
        ("Porto 12news photoFW (via FW), Porto/Lisbon, October 22, 2024 — Ferries resumed.", []),
        # ... but not a day of a month that running text leads to, however it is set off
        (
            "Polls close on Freedom Day, Nov 5 — less than two weeks away.",
            [("Nov 5", "2024-11-05")],
        ),
        ("The final will be played in Porto, Oct 27 — a first.", [("Oct 27", "2024-10-27")]),
        (
            "Voters in Freedonia, Oct 26 — the day of the vote — queued for hours.",
            [("Oct 26", "2024-10-26")],
        ),
        (
            "Rains hit Porto, Oct 20 — two days before the vote.",
            [("Oct 20", "2024-10-20"), ("two days before", "2024-10-20")],
        ),
        (
            "The fair opens in Porto, Nov 11 – 14, with 7,000 visitors expected.",
            [("Nov 11", "2024-11-11"), ("– 14", "2024-11-14")],
        ),
        (
            "The strike hit Porto, Braga and Faro, Oct 21 — and spread on Tuesday.",
            [("Oct 21", "2024-10-21"), ("on Tuesday", "2024-10-22")],
        ),
        (
            "Shares in Acme, Oct 21 — a Monday — fell 5 percent.",
            [("Oct 21", "2024-10-21"), ("Monday", "2024-10-21")],
        ),
        # ... nor a span's first day after a dateline's place
        (
            "PORTO, Nov 11 – 14, the fair drew crowds.",
            [("Nov 11", "2024-11-11"), ("– 14", "2024-11-14")],
        ),
    ],
)
def test_a_dateline_is_no_date_only_before_any_running_text(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (24 October 2024, a Thursday) a weekday after a day word on which that day does not
        # fall, or the first of a list, keeps its own reading
        (
            "Ferries were idle yesterday, Tuesday and Wednesday because of the storm.",
            [("yesterday", "2024-10-23"), ("Tuesday", "2024-10-22"), ("Wednesday", "2024-10-23")],
        ),
        (
            "Trams will not run today, Saturday or Sunday, the union said.",
            [("today", "2024-10-24"), ("Saturday", "2024-10-19"), ("Sunday", "2024-10-20")],
        ),
        (
            "Ferries sailed yesterday, Wednesday and Thursday.",
            [("yesterday", "2024-10-23"), ("Wednesday", "2024-10-23"), ("Thursday", "2024-10-24")],
        ),
        (
            "The fair will be held tomorrow, Sunday.",
            [("tomorrow", "2024-10-25"), ("Sunday", "2024-10-20")],
        ),
        (
            "The vote was held this morning, Wednesday, in the port.",
            [("this morning", "2024-10-24"), ("Wednesday", "2024-10-23")],
        ),
        (
            "The court will rule tonight, Friday, officials said.",
            [("tonight", "2024-10-24"), ("Friday", "2024-10-18")],
        ),
        # ... and one on which it falls is that day
        (
            "The court will rule tonight, Thursday, officials said.",
            [("tonight", "2024-10-24"), ("Thursday", "2024-10-24")],
        ),
    ],
)
def test_a_weekday_after_a_day_word_must_be_its_weekday(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a horizon hyphenated as an adjective before its noun is no date
        ("The plan is in the long-term interest of the port, the mayor said.", []),
        ("Investors piled in the short-term rental market last year.", [("last year", "2023")]),
        ("Demand in the short-term debt market dried up on Monday.", [("on Monday", "2024-10-21")]),
        # ... but one that ends its clause or sentence is, and "medium" is read as the others
        ("The port is safe in the long-term, the mayor said.", [("in the long-term", "")]),
        ("Fares will fall in the medium term.", [("in the medium term", "")]),
    ],
)
def test_a_hyphenated_horizon_before_a_noun_is_no_date(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a week of no known week is no date: before a hyphen ...
        (
            "Delegates met during the course of the week-long fair in June.",
            [("in June", "2024-06")],
        ),
        # ... in a sentence that names another time, or in a past after another week's day
        (
            "The fair took place on 3 March. In the second half of the week, police cleared the square.",
            [("on 3 March", "2024-03-03")],
        ),
        (
            "Prices rose last week, and in the first half of the week fuel ran short.",
            [("last week", "2024-10")],
        ),
        # ... and "the middle of the week" is none, a habit's as often as this week's
        ("Trading is usually thin in the middle of the week.", []),
        (
            "Last week prices rose. By the middle of the week, fuel ran short.",
            [("Last week", "2024-10")],
        ),
        # ... while one put ahead is this week
        (
            "The fair took place on 3 March; talks will resume in the second half of the week.",
            [("on 3 March", "2024-03-03"), ("in the second half of the week", "2024-10")],
        ),
    ],
)
def test_a_part_of_a_week_of_no_known_week_is_no_date(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


def test_a_part_of_the_week_after_a_day_of_another_week_is_no_date():
    text = "In the second half of the week, police cleared the square."
    assert resolve_dates(text, PUBLISHED, previous=dt.date(2024, 3, 3)) == []
    assert [d.text for d in resolve_dates(text, PUBLISHED, previous=dt.date(2024, 10, 22))] == [
        "In the second half of the week"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crews left on Monday and returned the same day.", ["2024-10-21", "2024-10-21"]),
        # "the same day as" names the day of what follows, not the last day told
        ("Crews left on Monday, the same day as the ferry.", ["2024-10-21"]),
    ],
)
def test_the_same_day(text, expected):
    assert [d.resolved for d in resolve_dates(text, PUBLISHED)] == expected


def test_entry_label_is_no_figure():
    assert [q.value for q in quantities("Oct 23: Crews rescued 12 people.")] == [12]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date inside a noun phrase, before its noun, dates that thing: relation "of"
        (
            "The minister, who took office after the 2019 banking crisis, resigned on Monday.",
            [("2019", "2019", "of"), ("on Monday", "2024-10-21", "on")],
        ),
        ("In a 2021 interview, the governor praised the plan.", [("2021", "2021", "of")]),
        ("Its 2026 notes fell three cents.", [("2026", "2026", "of")]),
        ("The port's 1998 expansion doubled its trade.", [("1998", "1998", "of")]),
        ("The whole 2020 harvest was lost.", [("2020", "2020", "of")]),
        ("Rallies followed the country's Nov. 3 runoff vote.", [("Nov. 3", "2024-11-03", "of")]),
        ("The board upheld the March 2023 ruling.", [("March 2023", "2023-03", "of")]),
        # ... not a date the sentence sets its event on, nor one standing alone
        ("The bank collapsed in 2019, when rates rose.", [("in 2019", "2019", "on")]),
        ("2019 was a hard year for the bank.", [("2019", "2019", "on")]),
        ("The talks ended in March 2023 without a deal.", [("in March 2023", "2023-03", "on")]),
        ("The vote, held on Nov. 3, was close.", [("on Nov. 3", "2024-11-03", "on")]),
        # a day written first keeps its own article
        (
            "The envoys will meet on the 14th of November at the embassy.",
            [("14th of November", "2024-11-14", "on")],
        ),
        # a date in the possessive stays the day of its event
        ("Turnout in Sunday's vote was low.", [("Sunday's", "2024-10-20", "on")]),
    ],
)
def test_a_date_before_a_noun_dates_that_thing(text, expected):
    found = [(d.text, d.resolved, d.relation) for d in resolve_dates(text, PUBLISHED)]
    assert found == expected


PREVIOUS = dt.date(2024, 10, 21)  # the day the article named last, a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted from the day named before, in the sentence or the article
        (
            "The port closed on Friday and a day later the first ships left.",
            [("on Friday", "2024-10-18"), ("a day later", "2024-10-19")],
        ),
        ("Divers returned the following day.", [("the following day", "2024-10-22")]),
        ("Eight days later, the toll passed 200.", [("Eight days later", "2024-10-29")]),
        ("Earlier in the day, the minister spoke.", [("Earlier in the day", "2024-10-21")]),
        # ... and a part of that day
        (
            "Earlier in the morning, the minister spoke.",
            [("Earlier in the morning", "2024-10-21")],
        ),
        ("Shares rose later that afternoon.", [("later that afternoon", "2024-10-21")]),
        # "after" a day that the sentence names: counted from it
        (
            "Aftershocks went on a day after the quake struck on Tuesday.",
            [("a day after", "2024-10-23"), ("on Tuesday", "2024-10-22")],
        ),
        # "after" with no day named after it: the day of the sentence's own event
        (
            "Rescuers dug on Saturday five days after the quake.",
            [("on Saturday", "2024-10-19"), ("five days after", "2024-10-19")],
        ),
        # a date that names an event ("the New Year's Day disaster") is not that day
        (
            "Ten were dead in the New Year's Day disaster, up from 8 earlier in the day.",
            [("New Year's Day", "2024-01-01"), ("earlier in the day", "2024-10-21")],
        ),
        # a span to come with no article before "coming" is vague: listed, unresolved
        ("The party will pick a leader in coming weeks.", [("in coming weeks", "")]),
        # an approximate count tells no day: listed, unresolved
        ("Nearly a week after the flood, roads were shut.", [("a week after", "")]),
        ("Nearly a week later, roads were shut.", [("a week later", "")]),
        # a capitalised "Today" inside a sentence, or in quotation marks, is a programme
        ('He told the "Today" programme.', []),
        ("He said that Today had called.", []),
    ],
)
def test_days_told_from_another(text, expected):
    found = resolve_dates(text, PUBLISHED, previous=PREVIOUS)
    assert [(d.text, d.resolved) for d in found] == expected


def test_days_told_from_another_need_a_day():
    assert [(d.text, d.resolved) for d in resolve_dates("A day later, they left.", None)] == [
        ("A day later", "")
    ]


def test_the_count_of_a_day_told_from_another_is_also_a_figure():
    text = "Eight days later, crews were still searching."
    (date,) = resolve_dates(text, PUBLISHED, previous=PREVIOUS)
    assert figure_free(date) == (len("Eight "), len("Eight days later"))
    assert [q.value for q in quantities(text, 0, [figure_free(date)])] == [8]


def test_the_count_of_a_day_told_before_an_event_is_also_a_figure():
    text = "The hearing is set for May 9, four days before the party congress."
    date = next(d for d in resolve_dates(text, PUBLISHED) if d.text == "four days before")
    assert 4 in [q.value for q in quantities(text, 0, [figure_free(date)])]


@pytest.mark.parametrize(
    "text",
    [
        "The jury deliberated for three days before reaching a verdict.",
        "Talks ran over two days before the deal was signed.",
        "Rescuers worked within a week after the quake to clear the roads.",
    ],
)
def test_a_count_of_days_something_lasted_is_no_date(text):
    assert resolve_dates(text, PUBLISHED, previous=PREVIOUS) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted from an act of the sentence's own subject, told by a verb in "-ing": a
        # moment of its own story, which the sentence does not date
        (
            "The minister was in stable condition a day after being stabbed at a rally.",
            [("a day after", "")],
        ),
        (
            "The singer gave birth to her second child two weeks after attending the hearing.",
            [("two weeks after", "")],
        ),
        ("He called a snap vote just nine days after being sworn in.", [("nine days after", "")]),
        (
            "The coach was sacked three months after signing a new deal.",
            [("three months after", "")],
        ),
        ("The striker scored the day after signing for the club.", [("the day after", "")]),
        # ... but a day its sentence names still dates it
        (
            "He held a news conference on Friday, a day after calling the verdict rigged.",
            [("on Friday", "2024-10-18"), ("a day after", "2024-10-18")],
        ),
        (
            "He was arrested two days after fleeing the city on Saturday.",
            [("two days after", "2024-10-21"), ("on Saturday", "2024-10-19")],
        ),
        # a noun in "-ing" that is the subject of a verb after it names an event
        ("Aid arrived two days after fighting broke out.", [("two days after", "2024-10-21")]),
        ("Aid arrived two days after flooding hit the town.", [("two days after", "2024-10-21")]),
        (
            "Aid arrived two days after shelling was reported.",
            [("two days after", "2024-10-21")],
        ),
        ('"We will meet a day after voting ends," she said.', [("a day after", "2024-10-21")]),
        ("Aid arrived two days after the shooting.", [("two days after", "2024-10-21")]),
        # a time something lasted stays no date
        ("Talks ran over two days before reaching a deal.", []),
    ],
)
def test_a_day_told_from_the_subject_s_own_act_is_unresolved(text, expected):
    found = resolve_dates(text, PUBLISHED, previous=PREVIOUS)
    assert [(d.text, d.resolved) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun in "-ing" that heads a noun or a phrase, the subject of a verb after them
        (
            "Aid arrived a week after spring floods hit the terminal.",
            [("a week after", "2024-10-21")],
        ),
        (
            "Crowds gathered a day after morning prayers were cancelled.",
            [("a day after", "2024-10-21")],
        ),
        (
            "Results came two days after voting in the referendum ended.",
            [("two days after", "2024-10-21")],
        ),
        # a word in "-ed" after "the" or before "by" describes a noun: no such subject
        (
            "The minister visited a day after arriving in the flooded town.",
            [("a day after", "")],
        ),
        (
            "The minister spoke a day after meeting families affected by the blast.",
            [("a day after", "")],
        ),
    ],
)
def test_an_ing_noun_that_heads_a_subject_names_an_event(text, expected):
    found = resolve_dates(text, PUBLISHED, previous=PREVIOUS)
    assert [(d.text, d.resolved) for d in found] == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a sentence carrying on the one before with a pronoun: the day it named is the
        # clause's own
        (
            "Roe returned to parliament on Tuesday, her office said.",
            "She spoke for an hour, a day after leaving hospital.",
            "2024-10-22",
        ),
        (
            "Thousands marched through the port again on Wednesday.",
            "They marched a day after burying the victims of the blast.",
            "2024-10-23",
        ),
        (
            "Roe was discharged on Tuesday.",
            "Doctors said she was walking a week after undergoing surgery.",
            "2024-10-22",
        ),
        # ... not a sentence with a subject of its own
        (
            "The union met the minister on Tuesday.",
            "Roe resigned a day after meeting the union leaders.",
            "",
        ),
    ],
)
def test_a_day_told_from_the_subject_s_act_after_a_sentence_it_carries_on(first, second, expected):
    day = last_day(resolve_dates(first, PUBLISHED), None)
    found = resolve_dates(second, PUBLISHED, previous=day, before=day)
    assert [d.resolved for d in found] == [expected]
    # with no day named in the sentence just before, the last one named is another story's
    found = resolve_dates(second, PUBLISHED, previous=day)
    assert [d.resolved for d in found] == [""]


def test_the_last_day_named_carries_to_the_next_sentence():
    first = resolve_dates("The dam broke on Tuesday.", PUBLISHED)
    day = last_day(first, None)
    assert day == dt.date(2024, 10, 22)
    second = resolve_dates("The next day, crews arrived.", PUBLISHED, previous=day)
    assert [(d.text, d.resolved) for d in second] == [("The next day", "2024-10-23")]
    # a date something lasts until is not a day something happened
    assert last_day(resolve_dates("Roads stay shut until Friday.", PUBLISHED), day) == day


def _dates_by_article(
    texts: dict[str, tuple[str | None, str]], estimates: bool = False
) -> dict[str, list[tuple[str, ...]]]:
    """Each article's dates as reported, (text, resolved); with ``estimates``, (text,
    resolved, the estimate the stages that compare by time read)."""
    config = Config.model_validate(
        {"briefing": {"title": "t"}, "topics": [{"id": "all", "title": "All", "description": "x"}]}
    )
    raws = [
        RawArticle(SourceMeta(id=i, published=p), t, None, "0")  # type: ignore[arg-type]
        for i, (p, t) in texts.items()
    ]
    b = analyse(config, raws, [f"{i}.txt" for i in texts])
    out: dict[str, list[tuple[str, ...]]] = {i: [] for i in texts}
    for s in b.statements:
        for d in s.dates:
            out[s.source_id].append((d.text, d.resolved, d.estimate)[: 3 if estimates else 2])
    return out


def test_an_undated_article_is_read_in_the_time_of_the_others():
    found = _dates_by_article(
        {
            "a": ("2024-10-24", "The dam at Lake Orin broke on Tuesday. Crews came on Wednesday."),
            "b": ("2024-10-25", "Crews searched the valley on Wednesday."),
            # undated: its Tuesday is the one the others speak of, and all it dates follows
            "c": (
                None,
                "The dam broke on Tuesday, officials said. Crews came the following day. "
                "Divers will search again on Friday. Roads were shut yesterday.",
            ),
            # dated to the month only: its Wednesday may be one of the month before
            "d": ("2024-10", "Crews searched the valley on Wednesday."),
        },
        estimates=True,
    )
    # what it reports follows its page: a weekday, and all told from it, in an article
    # with no publication day cannot be worked out; the estimate is kept for comparing
    assert found["c"] == [
        ("on Tuesday", "", "2024-10-22"),
        ("the following day", "", "2024-10-23"),
        ("on Friday", "", "2024-10-25"),
        ("yesterday", "", "2024-10-21"),
    ]
    assert found["d"] == [("on Wednesday", "", "2024-10-23")]


def test_the_stages_that_compare_by_time_read_the_estimate():
    found = _dates_by_article(
        {
            "a": ("2024-10-24", "The dam at Lake Orin broke on Tuesday."),
            "c": (None, "The dam broke on Tuesday, and crews came in 2023."),
        },
        estimates=True,
    )
    assert found["c"] == [("on Tuesday", "", "2024-10-22"), ("in 2023", "2023", "")]
    dates = resolve_dates("The dam broke on Tuesday.", None)
    guessed = [replace(d, estimate="2024-10-22") for d in dates]
    assert [(d.resolved, d.precision) for d in estimated(guessed)] == [("2024-10-22", "day")]
    assert estimated(dates) == tuple(dates)


def test_an_undated_article_reports_what_its_own_text_dates():
    found = _dates_by_article(
        {
            "a": ("2024-10-24", "The dam at Lake Orin broke on Tuesday."),
            "c": (
                None,
                "The dam broke on Tuesday. Inspectors had warned on October 3, and again "
                "a day later. Repairs began last month.",
            ),
        },
        estimates=True,
    )
    # a day and month take the year of the event; a day told from it follows; what counts
    # from the unknown day of publication is not given one
    assert found["c"] == [
        ("on Tuesday", "", "2024-10-22"),
        ("on October 3", "2024-10-03", ""),
        ("a day later", "2024-10-04", ""),
        ("last month", "", "2024-09"),
    ]


def test_an_undated_article_whose_lead_tells_of_a_day_before_the_others_is_left_undated():
    reports = {
        "a": ("2024-10-16", "Rain fell over Lake Orin on Tuesday."),
        "b": ("2024-10-23", "Crews reached the valley on Wednesday."),
        # its lead's Friday is named by no dated report: the Friday before their Wednesday
        # would put the lead's news before the day it tells of later as background
        "c": (None, "The toll rose to 40, officials said on Friday. On Wednesday crews came."),
        # a lead that tells of their Wednesday places the article, and its Friday before it
        "d": (None, "Crews came on Wednesday, officials said. The toll rose to 40 on Friday."),
    }
    found = _dates_by_article(reports, estimates=True)
    assert found["c"] == [("on Friday", "", ""), ("On Wednesday", "", "")]
    assert found["d"] == [("on Wednesday", "", "2024-10-23"), ("on Friday", "", "2024-10-18")]


def test_an_undated_article_keeps_its_dates_when_no_other_names_the_day():
    found = _dates_by_article(
        {
            "a": ("2024-10-24", "The dam at Lake Orin broke on Tuesday."),
            "b": ("2024-10", "Crews searched the valley on Sunday."),
            "c": (None, "Crews searched the valley on Sunday."),
        }
    )
    # a page dated only to a month: its Sunday may be one of the month before
    assert found["b"] == [("on Sunday", "")]
    assert found["c"] == [("on Sunday", "")]


def test_an_undated_article_takes_its_years_from_pages_dated_to_a_month():
    found = _dates_by_article(
        {
            "a": ("2024-01", "The court heard the case on Tuesday."),
            # no page gives its day: the latest month a page gives still tells the year
            "c": (None, "The country votes on Feb. 8. Crews arrived in January."),
        }
    )
    assert found["c"] == [("on Feb. 8", "2024-02-08"), ("in January", "2024-01")]


def test_an_undated_article_leaves_a_past_month_after_the_events_unresolved():
    found = _dates_by_article(
        {
            "a": ("2024-01-24", "The court heard the case on Tuesday."),
            # told in the past after the event's month: August of the year before, or no
            # year the article gives; it keeps the year before as its estimate
            "c": (None, "He was held after his arrest in August. The trial opens in March."),
            # a month something has lasted since is the last of its name before the event
            "d": (None, "He has been held since his arrest in August."),
            # as is one the date's own "since" tells
            "e": (None, "The envoy has been held since August."),
        },
        estimates=True,
    )
    assert found["c"] == [("in August", "", "2023-08"), ("in March", "2024-03", "")]
    assert found["d"] == [("in August", "2023-08", "")]
    assert found["e"] == [("since August", "2023-08", "")]


def test_an_undated_article_with_pages_dated_to_a_month_leaves_a_past_month_after_the_events():
    found = _dates_by_article(
        {
            "a": ("2024-01", "The court heard the case on Tuesday."),
            # no page gives its day: the latest month a page gives tells the event's year, and
            # a month told in the past after the event's month is of no year the article gives
            "c": (None, "Polls open on Feb. 8. The envoy was recalled in September."),
        },
        estimates=True,
    )
    assert found["c"] == [("on Feb. 8", "2024-02-08", ""), ("in September", "", "2023-09")]


@pytest.mark.parametrize(
    ("text", "expected", "figures"),
    [
        # a span of days whose month is named once: two days of a month are that month
        (
            "Riots broke out on 17 and 18 October, leaving six dead.",
            [("on 17 and 18 October", "2024-10", "on")],
            [6],
        ),
        ("Protests on 3-5 October drew crowds.", [("on 3-5 October", "2024-10", "on")], []),
        # the end of a span that a day of a month opens lasts until that day
        (
            "The campaign runs from October 12 to 27.",
            [("from October 12", "2024-10-12", "since"), ("to 27", "2024-10-27", "until")],
            [],
        ),
        (
            "The city reported 333, 258 and 194 cases from October 1 to 3 respectively.",
            [("from October 1", "2024-10-01", "since"), ("to 3", "2024-10-03", "until")],
            [333, 258, 194],
        ),
        # not a count after a day: "on October 12 and 27 people"
        (
            "Floods hit on October 12 and 27 people died.",
            [("on October 12", "2024-10-12", "on")],
            [27],
        ),
    ],
)
def test_a_span_of_days_in_one_month(text, expected, figures):
    found = resolve_dates(text, PUBLISHED)
    assert [(d.text, d.resolved, d.relation) for d in found] == expected
    # the days of a span are no figures
    assert [q.value for q in quantities(text, 0, [(d.start, d.end) for d in found])] == figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "will" further before a weekday puts it ahead
        ("An envoy will be in the capital Friday to meet survivors.", "2024-10-25"),
        ("The pauses will allow the vaccination campaign to start on Sunday.", "2024-10-27"),
        # not when a clause of the past stands between
        ("Workers will walk out after 96 percent voted on Tuesday.", "2024-10-22"),
        ("Savers will get their money back after the failure on Friday.", "2024-10-18"),
        # nor a day that names its event
        ("The toll will likely keep rising from Friday's quake.", "2024-10-18"),
    ],
)
def test_will_further_before_a_weekday_puts_it_ahead(text, expected):
    assert [d.resolved for d in resolve_dates(text, PUBLISHED)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page dated only to a month tells its year and month, and the month before
        ("Prices have doubled this year.", [("this year", "2024")]),
        ("Prices rose last month.", [("last month", "2024-02")]),
        ("Sales slowed earlier this year.", [("earlier this year", "2024")]),
        ("The drought began this summer.", [("this summer", "2024")]),
        # but not a weekday or a day told from its day: it may fall in the month before
        ("Crews searched the valley on Sunday.", [("on Sunday", "")]),
        ("The minister said this morning that talks had failed.", [("this morning", "")]),
        ("Officials said yesterday that the toll had risen.", [("yesterday", "")]),
    ],
)
def test_a_page_dated_to_a_month(text, expected):
    page = PartialDate(2024, 3)
    for told_from in (True, False):  # read alone, and in the time of its briefing
        found = resolve_dates(
            text, page, anchor=None if told_from else dt.date(2024, 3, 14), told_from=told_from
        )
        assert [(d.text, d.resolved) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan puts its weekday ahead, whatever the tense of the plan
        ("The vote was due to take place on Sunday.", ("on Sunday", "2024-10-27", "day")),
        ("The talks are set to resume on Friday.", ("on Friday", "2024-10-25", "day")),
        ("A ruling is expected Monday.", ("Monday", "2024-10-28", "day")),
        ("The match is scheduled to be held on Saturday.", ("on Saturday", "2024-10-26", "day")),
        # an aim points ahead too, whatever its tense
        (
            "She wanted to do so before Saturday's summit.",
            ("Saturday's", "2024-10-26", "day"),
        ),
        (
            "He hoped to do so before the Saturday ceremony.",
            ("Saturday", "2024-10-26", "day"),
        ),
        ("The mayor hopes to sign it on Friday.", ("on Friday", "2024-10-25", "day")),
        # a weekend is not a week: its month when both its days are in one
        ("Crowds marched last weekend.", ("last weekend", "2024-10", "month")),
        ("The fair opens this weekend.", ("this weekend", "2024-10", "month")),
        # the weekend before a Thursday, or the one ahead when the sentence puts it there
        ("Crowds marched over the weekend.", ("over the weekend", "2024-10", "month")),
        ("Crowds will march over the weekend.", ("over the weekend", "2024-10", "month")),
        # "the weekend" after any preposition, or before its noun, and "this past weekend"
        ("Shares tied to the weekend crash fell.", ("the weekend", "2024-10", "month")),
        ("Winds will ease through the weekend.", ("through the weekend", "2024-10", "month")),
        ("Crowds marched this past weekend.", ("this past weekend", "2024-10", "month")),
        # the days left of the week, or all of it, are this week
        (
            "Schools stay shut for the rest of the week.",
            ("the rest of the week", "2024-10", "month"),
        ),
        ("Ferries were idle all week.", ("all week", "2024-10", "month")),
        # ... as is a part of it named so
        (
            "Talks will resume in the second half of the week.",
            ("in the second half of the week", "2024-10", "month"),
        ),
        (
            "Shares slid during the course of the week.",
            ("the course of the week", "2024-10", "month"),
        ),
    ],
)
def test_plans_ahead_and_weekends(text, expected):
    found = [(d.text, d.resolved, d.precision) for d in resolve_dates(text, PUBLISHED)]
    assert found == [expected]


def test_a_weekend_across_two_months_is_told_by_its_year():
    # published on Thursday 5 December 2024: the weekend before was 30 November-1 December
    found = resolve_dates("Crowds marched last weekend.", PartialDate(2024, 12, 5))
    assert [(d.text, d.resolved, d.precision) for d in found] == [("last weekend", "2024", "year")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # published on Monday 2 December 2024: the weekend before was 30 November-1 December
        ("Crowds marched over the weekend.", PartialDate(2024, 12, 2), ("2024", "year")),
        # published on Sunday 1 December: the weekend it falls on
        ("Crowds marched over the weekend.", PartialDate(2024, 12, 1), ("2024", "year")),
        # published on Sunday 8 December: 7-8 December, not the weekend before
        ("Crowds marched over the weekend.", PartialDate(2024, 12, 8), ("2024-12", "month")),
        # published on Monday 2 September: the weekend before is 31 August-1 September, and the
        # week's remaining days are all in September
        ("Crowds marched at the weekend.", PartialDate(2024, 9, 2), ("2024", "year")),
        ("Crowds marched this past weekend.", PartialDate(2024, 12, 2), ("2024", "year")),
        ("Crowds marched this past weekend.", PartialDate(2024, 12, 8), ("2024-12", "month")),
        (
            "Schools stay shut for the remainder of the week.",
            PartialDate(2024, 9, 2),
            ("2024-09", "month"),
        ),
    ],
)
def test_the_weekend_before_or_the_one_it_falls_on(text, published, expected):
    assert [(d.resolved, d.precision) for d in resolve_dates(text, published)] == [expected]


def test_a_weekday_of_a_week_named_from_publication():
    # published on Thursday 24 October 2024
    found = [
        (d.text, d.resolved)
        for d in resolve_dates("The board met on Tuesday last week.", PUBLISHED)
    ]
    assert found == [("on Tuesday last week", "2024-10-15")]
    found = [
        (d.text, d.resolved) for d in resolve_dates("Talks resume Monday next week.", PUBLISHED)
    ]
    assert found == [("Monday next week", "2024-10-28")]
    # dated to the month only, read from the latest day its text names (22 October): that day
    # need not be the day of writing, so its weeks tell no day
    month = PartialDate(2024, 10)
    found = resolve_dates(
        "The board met on Tuesday last week.", month, anchor=dt.date(2024, 10, 22)
    )
    assert [(d.text, d.resolved) for d in found] == [("on Tuesday last week", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“May God bless the families,” the mayor said.", []),
        ("May they rest in peace.", []),
        ("Ferry Fares May Be Higher Soon", []),
        # the month
        ("May was the wettest month on record.", [("May", "2024-05")]),
        ("The mine shut in May.", [("in May", "2024-05")]),
        ("The mine shut May 3.", [("May 3", "2024-05-03")]),
    ],
)
def test_may_the_verb_is_not_the_month(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month's abbreviation standing alone is a name
        ("Governor Mohammad Jan Rahimi visited the Dara Jan valley.", []),
        # with its full stop, a word that sets it in time or a day, it is the month
        ("Sales fell in Jan and rose in Feb.", [("in Jan", "2024-01"), ("in Feb", "2024-02")]),
        ("The Dec. figures were revised.", [("Dec", "2024-12")]),
        ("Talks are set for Oct 12.", [("Oct 12", "2024-10-12")]),
        # in a run or a span of months, an abbreviation is a month
        ("Sales fell between Jan and March.", [("Jan", "2024-01"), ("March", "2024-03")]),
        ("Figures for Jan-Mar were revised.", [("Jan", "2024-01"), ("Mar", "2024-03")]),
        (
            "Prices rose in Jan, Feb and Mar.",
            [("in Jan", "2024-01"), ("Feb", "2024-02"), ("Mar", "2024-03")],
        ),
        ("Jan Roe and Dara Jan, two farmers, met.", []),
    ],
)
def test_a_month_abbreviation_standing_alone_is_a_name(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "late" or "early" before a day of a month says when in that day
        ("The tanks were vented late Sept. 14, officials said.", [("Sept. 14", "2024-09-14")]),
        ("Crews arrived early March 2 and left.", [("March 2", "2024-03-02")]),
        ("Crews arrived in early March and left.", [("in early March", "2024-03")]),
    ],
)
def test_late_or_early_before_a_day_of_a_month_dates_the_day(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weekday tells the year of a day written without one (30 January 2025 is a
        # Thursday; 30 January 2024 a Tuesday)
        ("The rebels said this Thursday, January 30, that they would stay.",
         [("Thursday, January 30", "2025-01-30")]),
        ("Talks resume next Monday (3 March) in Doha.", [("Monday (3 March)", "2025-03-03")]),
        ("The ballot was held on Sunday, 6 October.", [("on Sunday, 6 October", "2024-10-06")]),
    ],
)  # fmt: skip
def test_a_weekday_with_its_day_of_a_month_tells_its_year(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The line was built in the 1970s.",
        "Its shipyards boomed in the 1880s.",
    ],
)
def test_decades_no_one_can_date(text):
    assert [(d.resolved, d.precision) for d in resolve_dates(text, PUBLISHED)] == [
        ("", "unresolved")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # published in October: a November begun in the past is last year's
        ("The strike, which began in November, goes on.", ("in November", "2023-11")),
        ("Fighting has gone on since the war broke out in November.", ("in November", "2023-11")),
        # one that is planned, or told of in no past, is this year's
        ("Elections will take place in November.", ("in November", "2024-11")),
        ("The vote that began the count was set for November.", ("November", "2024-11")),
        ("Talks resume in November.", ("in November", "2024-11")),
    ],
)
def test_the_month_after_publication_told_of_as_begun_is_last_years(text, expected):
    found = [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)]
    assert found == [expected]


def test_an_article_with_no_year_takes_the_briefings_for_a_day_of_a_month():
    found = _dates_by_article(
        {
            "a": ("2024-12-04", "The ferry sank on Tuesday."),
            "b": ("2024-12-05", "Divers searched the wreck on Wednesday."),
            # no year anywhere: its days of a month are the briefing's, its weekdays unknown
            "c": (None, "The inquiry opened on Nov. 28. Hearings are set for December 9."),
        }
    )
    assert found["c"] == [("on Nov. 28", "2024-11-28"), ("December 9", "2024-12-09")]


def test_an_article_with_no_year_takes_the_briefings_for_a_month_alone():
    found = _dates_by_article(
        {
            "a": ("2024-12-04", "The ferry sank on Tuesday."),
            "b": ("2024-12-05", "Divers searched the wreck on Wednesday."),
            # no year anywhere: a month it names alone is the briefing's year's
            "c": (None, "The ferry was inspected in late November. Its licence ran out in June."),
            # a month with its year keeps it
            "d": (None, "The ferry was inspected in November 2019."),
        }
    )
    assert found["c"] == [("in late November", "2024-11"), ("in June", "2024-06")]
    assert found["d"] == [("in November 2019", "2019-11")]


def test_an_undated_article_that_dates_one_of_its_weekdays_tells_the_others_from_it():
    found = _dates_by_article(
        {
            "a": ("2024-12-05", "The ferry sank on Tuesday."),
            # no date of its own, but it names Thursday's: its weekdays count from that day
            "c": (
                None,
                "The inquiry opened this Thursday, December 5. "
                "Survivors were flown home on Wednesday, officials said on Thursday.",
            ),
            # a weekday's date given for what is to come tells nothing of the day of writing
            "d": (None, "Hearings are set to start on Monday, December 9. They met on Friday."),
        }
    )
    assert found["c"] == [
        ("Thursday, December 5", "2024-12-05"),
        ("on Wednesday", "2024-12-04"),
        ("on Thursday", "2024-12-05"),
    ]
    assert found["d"] == [("on Monday, December 9", "2024-12-09"), ("on Friday", "")]


def test_an_undated_article_names_a_day_after_the_dated_reports():
    found = _dates_by_article(
        {
            "a": ("2024-10-24", "The dam at Lake Orin broke on Tuesday."),
            # undated, written later: its Tuesday is the others', its Saturday none of
            # theirs, and the Saturday before that Tuesday came before anything happened
            "c": (
                None,
                "Divers found the last body on Saturday. "
                "Crews have searched since the dam broke on Tuesday.",
            ),
            "e": ("2024-10-25", "Divers reached the dam on Friday."),
            # a day none names within the days the others tell of is the one before
            "d": (
                None,
                "The dam broke on Tuesday. Divers reached it on Friday, "
                "and the mayor spoke on Wednesday.",
            ),
        },
        estimates=True,
    )
    assert found["c"] == [("on Saturday", "", "2024-10-26"), ("on Tuesday", "", "2024-10-22")]
    assert found["d"] == [
        ("on Tuesday", "", "2024-10-22"),
        ("on Friday", "", "2024-10-25"),
        ("on Wednesday", "", "2024-10-23"),
    ]


@pytest.mark.parametrize(
    ("text", "previous", "lead", "expected"),
    [
        # published the morning after: a quotation's "tonight" is the evening it tells of
        (
            '"We carried the vote tonight," the union leader said.',
            dt.date(2024, 10, 23),
            dt.date(2024, 10, 23),
            "2024-10-23",
        ),
        (
            "“Today’s ruling is a victory,” the lawyer said.",
            dt.date(2024, 10, 23),
            dt.date(2024, 10, 23),
            "2024-10-23",
        ),
        # the sentence names the day it was said
        ('The mayor said on Tuesday: "We reopen the road today."', None, None, "2024-10-22"),
        # outside a quotation, and with no day before to tell of, the reference stands
        (
            "The union leader said the strike begins tonight.",
            dt.date(2024, 10, 23),
            dt.date(2024, 10, 23),
            "2024-10-24",
        ),
        ('"We carried the vote tonight," the union leader said.', None, None, "2024-10-24"),
        (
            '"We carried the vote tonight," the union leader said.',
            dt.date(2024, 10, 21),
            dt.date(2024, 10, 21),
            "2024-10-24",
        ),
        # a day the article named in passing ("protesters rallied on Wednesday") is not the
        # day the report tells of: a quotation in a report of its own day counts from it
        (
            '"I have ordered last night’s clash investigated," the president said.',
            dt.date(2024, 10, 23),
            dt.date(2024, 10, 24),
            "2024-10-23",
        ),
        (
            "“Today’s ruling is a victory,” the lawyer said.",
            dt.date(2024, 10, 23),
            dt.date(2024, 10, 24),
            "2024-10-24",
        ),
        (
            "“Today’s ruling is a victory,” the lawyer said.",
            dt.date(2024, 10, 23),
            None,
            "2024-10-24",
        ),
    ],
)
def test_a_day_word_in_a_quotation_counts_from_the_day_it_was_said(text, previous, lead, expected):
    found = resolve_dates(text, PUBLISHED, previous=previous, lead=lead)
    assert [d.resolved for d in found][-1] == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # the day the article last named for the speaker speaking is the quotation's day
        ("The minister addressed parliament on Wednesday.", "2024-10-23"),
        ("Minister Ana Roe spoke to reporters late on Wednesday at the port.", "2024-10-23"),
        ("The mayor told a news conference on Wednesday that the port would reopen.", "2024-10-23"),
        # ... not a day named for another event, after a reporting verb or not
        ("Thousands rallied outside parliament on Wednesday, police said.", "2024-10-24"),
        ("Police said protesters rallied on Wednesday.", "2024-10-24"),
        ("The union said it had ended the strike on Wednesday.", "2024-10-24"),
    ],
)
def test_a_quotation_counts_from_the_day_named_for_its_speaker_speaking(said, expected):
    # the report tells of the day of publication ("Dock workers ended their strike on
    # Thursday"), the sentence before the quotation of a day before it
    day = last_day(resolve_dates(said, PUBLISHED), None)
    spoke = speaking_day(said, resolve_dates(said, PUBLISHED), None)
    quote = "“Today we take back control of our ports,” she said."
    found = resolve_dates(quote, PUBLISHED, previous=day, lead=dt.date(2024, 10, 24), spoke=spoke)
    assert [d.resolved for d in found] == [expected]


def test_a_day_word_in_a_quotation_counts_from_the_day_the_report_tells_of():
    # the article named a later day since, but its report is of the day before publication
    text = "“Today’s ruling is a victory,” the lawyer said."
    found = resolve_dates(
        text, PUBLISHED, previous=dt.date(2024, 11, 12), lead=dt.date(2024, 10, 23)
    )
    assert [d.resolved for d in found] == ["2024-10-23"]


def test_a_quotation_of_several_sentences_counts_from_the_day_it_was_said():
    # the quotation opened in the paragraph's first sentence goes on in the second: its
    # "today" is the day the report tells of, the day before publication
    found = _dates_by_article(
        {
            "a": (
                "2024-10-24",
                "Rescuers reached the mine on Wednesday. "
                "“By Tuesday night, we had found 12 miners. "
                "Today, we brought up four more,” the fire chief said. "
                "The mine will stay shut today.",
            ),
        }
    )
    assert found["a"] == [
        ("on Wednesday", "2024-10-23"),
        ("By Tuesday night", "2024-10-22"),
        ("Today", "2024-10-23"),
        ("today", "2024-10-24"),
    ]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("“By Tuesday, we had found 12 miners. ", "“"),
        ('"By Tuesday, we had found 12 miners. ', '"'),
        ("“We found 12,” he said. ", ""),
        ('"We found 12," he said. ', ""),
        ("Rescuers came. ", ""),
    ],
)
def test_the_quotation_a_paragraph_leaves_open(before, expected):
    assert open_quote(before) == expected


def test_what_comes_a_day_after_an_event_is_the_day_the_report_tells_of():
    found = _dates_by_article(
        {
            "a": (
                "2024-10-24",
                "The regulator fined the airline on Wednesday. "
                "Its shares fell on Monday. "
                # a past verb is no present news: the last day named stands
                "Its bonds fell a day after the strike ended. "
                "The fine comes two days after the airline cancelled 300 flights. "
                "The ruling follows just a day after the strike ended.",
            ),
        }
    )
    assert found["a"][2:] == [
        ("a day after", "2024-10-21"),
        ("two days after", "2024-10-23"),
        ("a day after", "2024-10-23"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article names the day's date with its weekday
        ("Crowds marched on Thursday (March 23). More came out.", dt.date(2023, 3, 23)),
        ("The strike began on Monday, March 20, in Lyon.", dt.date(2023, 3, 20)),
        # a bare day of the month may be any day the article tells of: a photo's, a hearing's
        ("Residents queue for water on March 9 (AFP). The strike goes on.", None),
        ("On March 2, the court heard the first witness.", None),
    ],
)
def test_a_page_dated_to_its_month_takes_its_day_from_a_weekday_dated_in_the_text(text, expected):
    assert reference(text, PartialDate(2023, 3)) == expected


def test_earlier_in_the_day_is_the_day_the_report_tells_of():
    found = _dates_by_article(
        {
            "a": (
                "2024-10-24",
                "The ferry operator apologised on Wednesday for the sinking on Tuesday. "
                "Divers had searched the bay on Monday. "
                "Earlier in the day, divers reached the wreck. "
                "The captain was questioned later that day.",
            ),
        }
    )
    assert found["a"][-2:] == [
        ("Earlier in the day", "2024-10-23"),
        ("later that day", "2024-10-23"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition set off by a comma dates the day the sentence has named
        (
            "Shops reopened on Tuesday, a day after the riots.",
            [("on Tuesday", "2024-10-22"), ("a day after", "2024-10-22")],
        ),
        (
            "The court sat on Monday, the day after the ballot closed.",
            [("on Monday", "2024-10-21"), ("the day after", "2024-10-21")],
        ),
        (
            "Crews restored power on Wednesday, just three days after the storm hit.",
            [("on Wednesday", "2024-10-23"), ("three days after", "2024-10-23")],
        ),
        (
            "The ferry sailed again on Friday, one week after the strike began.",
            [("on Friday", "2024-10-18"), ("one week after", "2024-10-18")],
        ),
        # not an apposition: no comma, so it is read as a date of its own
        (
            "Shops reopened on Tuesday a day after the riots.",
            [("on Tuesday", "2024-10-22"), ("a day after", "2024-10-22")],
        ),
        # a comma, but no day named before it: the day told from the article's last
        ("The ban was lifted, a day after the riots.", [("a day after", "2024-10-21")]),
        # a comma, and a day after it that makes it another day: read as a date
        (
            "The army withdrew on Monday, a day after the talks on Friday.",
            [
                ("on Monday", "2024-10-21"),
                ("a day after", "2024-10-19"),
                ("on Friday", "2024-10-18"),
            ],
        ),
        # "later" tells the next event, never an apposition
        (
            "The port closed on Friday, and a day later the first ships left.",
            [("on Friday", "2024-10-18"), ("a day later", "2024-10-19")],
        ),
    ],
)
def test_an_apposition_to_the_sentences_day_is_that_day(text, expected):
    found = resolve_dates(text, PUBLISHED, previous=PREVIOUS)
    assert [(d.text, d.resolved) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # published on a Thursday: "early Friday" is the next day where the event is
        ("Missiles struck the border towns early Friday local time.", ("Friday", "2024-10-25")),
        ("The ministry could not be reached early on Friday.", ("on Friday", "2024-10-25")),
        ("The quake hit in the early hours of Friday.", ("Friday", "2024-10-25")),
        ("Police raided the camp before dawn on Friday.", ("on Friday", "2024-10-25")),
        # the same weekday without the small hours is six days back
        ("Missiles struck the border towns on Friday.", ("on Friday", "2024-10-18")),
        ("The raid was on Friday evening.", ("on Friday evening", "2024-10-18")),
        # the small hours of a day within the week stay in the past
        ("Missiles struck the border towns early Tuesday.", ("Tuesday", "2024-10-22")),
        ("The quake hit early on Thursday.", ("on Thursday", "2024-10-24")),
        # "last" keeps it a week back
        ("The quake hit early last Friday.", ("last Friday", "2024-10-18")),
    ],
)
def test_the_small_hours_of_the_day_after_a_report_written_in_a_zone_behind(text, expected):
    found = resolve_dates(text, PUBLISHED)
    assert [(d.text, d.resolved) for d in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spans no one can date
        ("Wages have stalled over the past decade.", [("over the past decade", "")]),
        ("During the previous days the union kept quiet.", [("During the previous days", "")]),
        ("A few weeks ago, the council asked for help.", [("A few weeks ago", "")]),
        ("Several months ago the mill shut.", [("Several months ago", "")]),
        ("Firms may run short of cash in the next month.", [("in the next month", "")]),
        # ... but a count of days stays a figure's, and "last week" a week
        ("Forty homes burned in the past three days.", []),
        ("Prices rose over the last week.", [("last week", "2024-10")]),
        ("Rents will rise next month.", [("next month", "2024-11")]),
    ],
)
def test_spans_of_the_past_or_the_future_are_unresolved(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day counted back from the day named after it
        (
            "A small fire broke out two days before the Monday blaze.",
            [("two days before", "2024-10-19"), ("Monday", "2024-10-21")],
        ),
        # ... and from an event no date names: the day of its clause, the last one named
        ("Crowds gathered a day before the vote.", [("a day before", "2024-10-21")]),
        ("Police had searched the house the day before.", [("the day before", "2024-10-20")]),
    ],
)
def test_a_day_told_before_another(text, expected):
    found = resolve_dates(text, PUBLISHED, previous=dt.date(2024, 10, 21))
    assert [(d.text, d.resolved) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday with its date in brackets is that date
        (
            "The truce begins on Sunday (October 27, 2024) in the north.",
            ("on Sunday (October 27, 2024)", "2024-10-27"),
        ),
        ("The talks resume on Monday (28 October).", ("on Monday (28 October)", "2024-10-28")),
        # a year before 1900 after a preposition; a clock time is none
        ("The bank, founded in 1847, failed.", ("in 1847", "1847")),
        # "early in the day" and "on the day" with no day named before: the reference
        ("Trading was halted early in the day.", ("early in the day", "2024-10-24")),
    ],
)
def test_more_written_forms(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == [expected]


def test_a_clock_time_after_from_is_no_year():
    assert resolve_dates("Guns fall silent from 1700 hours.", PUBLISHED) == []


def test_on_the_day_is_the_day_named_before():
    found = resolve_dates(
        "He told a briefing on the day.", PUBLISHED, previous=dt.date(2024, 10, 21)
    )
    assert [(d.text, d.resolved) for d in found] == [("on the day", "2024-10-21")]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a month after the reference's, told in the past: last year's
        (PartialDate(2023, 11, 3), "He was extradited to Freedonia in December.", "2022-12"),
        (PartialDate(2023, 10, 10), "Acme collapsed over four days in November.", "2022-11"),
        # ... not when the past tense is a determiner's adjective or the plan is ahead
        (PartialDate(2023, 11, 3), "A planned vote in December may slip.", "2023-12"),
        (PartialDate(2023, 11, 3), "The vote is expected in December.", "2023-12"),
        # a month well before the reference's that a plan puts ahead: next year's
        (PartialDate(2023, 11, 3), "Sentencing is set for March 28.", "2024-03-28"),
    ],
)
def test_the_year_of_a_month_told_in_the_past_or_planned(published, text, expected):
    assert [d.resolved for d in resolve_dates(text, published)] == [expected]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a plan told in the past: the nearer day of its name
        (
            PartialDate(2024, 9, 7),
            "All flights were expected to be grounded on Friday.",
            "2024-09-06",
        ),
        (PartialDate(2024, 9, 6), "Talks were scheduled for Sunday.", "2024-09-08"),
        # a plan whose day comes far after it in the clause
        (
            PartialDate(2024, 9, 6),
            "The storm is forecast to cross the island, past two ports, before reaching "
            "the gulf on Saturday morning.",
            "2024-09-07",
        ),
        (PartialDate(2024, 9, 6), "The storm is forecast to hit on Saturday.", "2024-09-07"),
    ],
)
def test_a_plan_told_in_the_past_or_far_before_its_day(published, text, expected):
    assert [d.resolved for d in resolve_dates(text, published)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month long before the reference's, in a clause that tells of what is to come
        ("The council would call a vote for January 15.", ("January 15", "2025-01-15")),
        ("Voters will choose a new mayor on February 23.", ("on February 23", "2025-02-23")),
        ("A vote could come before Jan. 15, leading to polls in March.", ("in March", "2025-03")),
        # told of as done, or nothing to come: this year's
        ("The plant closed in March.", ("in March", "2024-03")),
        ("Prices rose in March, the agency said.", ("in March", "2024-03")),
    ],
)
def test_a_month_long_past_in_a_clause_of_what_is_to_come_is_next_years(text, expected):
    found = [(d.text, d.resolved) for d in resolve_dates(text, PartialDate(2024, 11, 7))]
    assert expected in found, found


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a day told from an event that no day can be told for: in an undated article,
        # listed, unresolved; in a dated one, the article tells the event's day elsewhere
        (None, "Crews still dig, a week after the storm hit the coast.", [("a week after", "")]),
        (PartialDate(2024, 5, 30), "That is three days before the party congress.", []),
        # an approximate count is unresolved wherever it stands
        (
            PartialDate(2024, 5, 30),
            "That is nearly a week before the party congress.",
            [("a week before", "")],
        ),
        # set off by a comma or a dash after the day its clause names: that day
        (
            PartialDate(2024, 5, 30),
            "The hearing is set for July 9, three days before the party congress.",
            [("July 9", "2024-07-09"), ("three days before", "2024-07-09")],
        ),
        (
            PartialDate(2024, 5, 30),
            "The hearing is set for July 9 — just three days before the party congress.",
            [("July 9", "2024-07-09"), ("three days before", "2024-07-09")],
        ),
        # a phrase that opens its sentence: the day after its comma is the main clause's
        (
            PartialDate(2024, 10, 20),
            "A week after a storm hit the port, the focus turned to repairs on 17 October 2024.",
            [("A week after", "2024-10-17"), ("on 17 October 2024", "2024-10-17")],
        ),
        # within the phrase, the day is the event's
        (
            PartialDate(2024, 10, 20),
            "Aftershocks went on a week after the quake of 10 October 2024, officials said.",
            [("a week after", "2024-10-17"), ("10 October 2024", "2024-10-10")],
        ),
    ],
)
def test_a_day_told_from_an_event(published, text, expected):
    found = resolve_dates(text, published)
    assert [(d.text, d.resolved) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N days on" is "N days after"; "the previous day" is "the day before"
        ("Three days on from the flood, hopes are fading.", [("Three days on", "2024-10-21")]),
        ("Officials said the previous day had been calm.", [("the previous day", "2024-10-20")]),
        # ... but "the previous day of" names a day of something, no date
        ("Turnout beat the previous day of strikes.", []),
        ("The verdict came just shy of a week after the vote.", [("a week after", "")]),
        # an approximate count tells no day
        ("Rescuers gave up more than six weeks after the quake.", [("six weeks after", "")]),
        # "the day before" followed by the sentence's verb names no event: the day before
        # the last day named
        (
            "Police said on Tuesday the attack on the mayor the day before was planned.",
            [("on Tuesday", "2024-10-22"), ("the day before", "2024-10-21")],
        ),
    ],
)
def test_more_days_told_from_another(text, expected):
    found = resolve_dates(text, PUBLISHED, previous=PREVIOUS)
    assert [(d.text, d.resolved) for d in found] == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a day of a month without its year: the occurrence nearest the reference
        (PartialDate(2024, 5, 30), "The real test is the vote on November 3.", "2024-11-03"),
        (PartialDate(2024, 5, 30), "The judge set a hearing date for July 8.", "2024-07-08"),
        (PartialDate(2024, 11, 7), "The council has called a vote for January 15.", "2025-01-15"),
        (PartialDate(2024, 2, 10), "The Oct. 7 attack shocked the region.", "2023-10-07"),
        # told as past, a month after the reference's is last year's
        (PartialDate(2024, 5, 30), "He was extradited to Freedonia on August 2.", "2023-08-02"),
        # ... as is one whose clause it opens, told by the verb after it
        (PartialDate(2024, 5, 30), "On June 3, Acme collapsed.", "2023-06-03"),
        (PartialDate(2024, 5, 30), "On June 3 the board voted to sell.", "2023-06-03"),
        # told as past, one long before it stays this year's
        (PartialDate(2024, 11, 7), "Acme collapsed on March 3.", "2024-03-03"),
        # what has lasted since a date began in the past; "last" puts a month there
        (PartialDate(2024, 8, 9), "Deaths since January 1 passed 300.", "2024-01-01"),
        (PartialDate(2024, 10, 9), "He was jailed after his arrest last December.", "2023-12"),
        # a range whose other end gives the year
        (PartialDate(2024, 8, 9), "Cases rose between Jan. 1 and Aug. 5, 2023.", "2023-01-01"),
        (PartialDate(2024, 3, 1), "Polls ran from 20 December to 5 January 2024.", "2023-12-20"),
    ],
)
def test_a_day_of_a_month_without_its_year_is_the_nearest(published, text, expected):
    assert next(d.resolved for d in resolve_dates(text, published)) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # the future in the past: the nearer day of its name
        (
            PartialDate(2024, 5, 30),
            "It was thought the panel would resume its work on Friday.",
            "2024-05-31",
        ),
        (
            PartialDate(2024, 6, 1),
            "It was thought the panel would resume its work on Friday.",
            "2024-05-31",
        ),
        # not the past of "would have"
        (
            PartialDate(2024, 5, 30),
            "The deal would have ended the strike on Friday.",
            "2024-05-24",
        ),
    ],
)
def test_a_weekday_in_the_future_in_the_past_is_the_nearer(published, text, expected):
    assert [d.resolved for d in resolve_dates(text, published)] == [expected]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a month or a day of one with "this", "last" or "next year" after it: one date
        (
            PartialDate(2024, 7, 18),
            "The hearing was set for November 12 this year.",
            [("November 12 this year", "2024-11-12", "day")],
        ),
        (
            PartialDate(2024, 7, 18),
            "The mill shut in October last year.",
            [("in October last year", "2023-10", "month")],
        ),
        (
            PartialDate(2024, 7, 18),
            "Talks are due to resume on 3 February next year.",
            [("on 3 February next year", "2025-02-03", "day")],
        ),
        (
            PartialDate(2024, 7, 18),
            "Prices have doubled since March of last year.",
            [("since March of last year", "2023-03", "month")],
        ),
        # ... or before it: "last year in March"; undated, it cannot be worked out
        (
            PartialDate(2024, 7, 18),
            "She was elected last year in March.",
            [("last year in March", "2023-03", "month")],
        ),
        (None, "She was elected last year in March.", [("last year in March", "", "unresolved")]),
        # a page dated to a month tells it
        (
            PartialDate(2024, 7),
            "She was elected last year in March.",
            [("last year in March", "2023-03", "month")],
        ),
        # a count of years ago in three figures
        (
            PartialDate(2024, 7, 18),
            "The bridge was built 150 years ago.",
            [("150 years ago", "1874", "year")],
        ),
        # a vague span over or during recent weeks, like "in recent weeks"
        (
            PartialDate(2024, 7, 18),
            "The fever has spread over recent weeks.",
            [("over recent weeks", "", "unresolved")],
        ),
        (
            PartialDate(2024, 7, 18),
            "Rents rose sharply during the recent months.",
            [("during the recent months", "", "unresolved")],
        ),
    ],
)
def test_a_year_told_after_a_month_a_long_count_ago_and_recent_spans(published, text, expected):
    found = [(d.text, d.resolved, d.precision) for d in resolve_dates(text, published)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline: "no later than" is "by", its weekday the coming one
        (
            "Savers will be repaid no later than Monday morning.",
            ("no later than Monday morning", "2024-10-28", "by"),
        ),
        (
            "Bids must arrive not later than November 30.",
            ("not later than November 30", "2024-11-30", "by"),
        ),
    ],
)
def test_no_later_than_is_a_deadline(text, expected):
    found = [(d.text, d.resolved, d.relation) for d in resolve_dates(text, PUBLISHED)]
    assert found == [expected]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a month that names a thing, before its noun: the occurrence nearest the reference,
        # whatever the tense of the clause around it
        (
            PartialDate(2024, 12, 6),
            "The mayor will face a new council after August’s local elections.",
            ("August’s", "2024-08"),
        ),
        (
            PartialDate(2024, 11, 7),
            "The opposition repeated its call for a February vote.",
            ("February", "2025-02"),
        ),
        # a month the sentence sets its event in keeps the clause's tense
        (
            PartialDate(2024, 11, 7),
            "Prices rose in February, the agency said.",
            ("in February", "2024-02"),
        ),
    ],
)
def test_a_month_that_names_a_thing_is_the_nearest(published, text, expected):
    found = [(d.text, d.resolved) for d in resolve_dates(text, published)]
    assert expected in found, found


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a forecast of a month long before the reference's: next year's
        (
            PartialDate(2024, 11, 7),
            "The board set a hearing for January 9, with a ruling likely in March.",
            ("in March", "2025-03"),
        ),
        # a plan told in the past ("was supposed to") is ahead of its telling
        (
            PartialDate(2024, 10, 28),
            "The summit was supposed to open in early November in the capital.",
            ("in early November", "2024-11"),
        ),
        (
            PartialDate(2024, 9, 5),  # a Thursday
            "The match was supposed to be played on Saturday.",
            ("on Saturday", "2024-09-07"),
        ),
        # a plan ("plans to") far before its day: the nearer day of that name
        (
            PartialDate(2024, 9, 8),  # a Sunday
            "The ministry plans to publish new rules for drivers of delivery vans on Tuesday.",
            ("on Tuesday", "2024-09-10"),
        ),
        (
            PartialDate(2024, 9, 8),
            "The ministry plans to publish them on Tuesday.",
            ("on Tuesday", "2024-09-10"),
        ),
        # one being prepared ("is preparing to"), near or far before its day
        (
            PartialDate(2024, 9, 8),
            "The bank is preparing to cut rates on Friday.",
            ("on Friday", "2024-09-13"),
        ),
        (
            PartialDate(2024, 9, 9),  # a Monday
            "The insurer is preparing to release a new quarterly report on Wednesday.",
            ("on Wednesday", "2024-09-11"),
        ),
    ],
)
def test_forecasts_and_plans_put_a_date_ahead(published, text, expected):
    found = [(d.text, d.resolved) for d in resolve_dates(text, published)]
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline told as passed, in the past perfect: the last day of its name
        ("By Tuesday, the toll had risen to 40.", ("By Tuesday", "2024-10-22")),
        (
            "The ferry had already left the port by Tuesday morning.",
            ("by Tuesday morning", "2024-10-22"),
        ),
        # a state that lasted until a day: that day is past
        (
            "Ana Lopez, who was until Tuesday the deputy mayor, took the oath.",
            ("until Tuesday", "2024-10-22"),
        ),
        # a deadline ahead, or one a plan sets, stays ahead
        ("Crews must finish the repairs by Tuesday.", ("by Tuesday", "2024-10-29")),
        ("The parties had until Tuesday to lodge an appeal.", ("until Tuesday", "2024-10-29")),
        ("He said he had hoped the deal would be signed by Tuesday.", ("by Tuesday", "2024-10-29")),
    ],
)
def test_a_deadline_told_as_passed_is_past(text, expected):
    found = [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)]
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day counted back from the last day named: "a day earlier", "two days earlier"
        (
            "The ferry sank on Tuesday; its crew had sent a warning two days earlier.",
            [("on Tuesday", "2024-10-22"), ("two days earlier", "2024-10-20")],
        ),
        (
            "Rescuers reached the village on Monday. The bridge had collapsed a day earlier.",
            [("on Monday", "2024-10-21"), ("a day earlier", "2024-10-20")],
        ),
    ],
)
def test_a_day_counted_back_from_the_last_day_named(text, expected):
    found = []
    previous = None
    for sentence in text.split(". "):
        dates = resolve_dates(sentence, PUBLISHED, previous=previous)
        previous = last_day(dates, previous)
        found += [(d.text, d.resolved) for d in dates]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "until morning": the morning after the night it tells of, the day of the report
        ("Divers called off the search until morning.", [("until morning", "2024-10-24", "until")]),
        ("Till morning, 40 patients were treated.", [("Till morning", "2024-10-24", "until")]),
        # a name, or a morning with no preposition of its own, is no date
        ("They sailed until Morning Star came into view.", []),
        ("The search resumed in the morning.", []),
    ],
)
def test_until_morning_is_the_day_of_the_report(text, expected):
    found = [(d.text, d.resolved, d.relation) for d in resolve_dates(text, PUBLISHED)]
    assert found == expected


def test_a_weekday_ahead_in_a_report_of_the_day_before_is_that_day():
    # published on Saturday, telling of Friday: "Friday" ahead was written on Friday
    saturday = PartialDate(2024, 10, 26)
    friday = dt.date(2024, 10, 25)
    text = "Winds will ease Friday, forecasters said."
    found = resolve_dates(text, saturday, previous=friday, lead=friday)
    assert [(d.text, d.resolved) for d in found] == [("Friday", "2024-10-25")]
    # a report of its own day keeps the coming Friday
    found = resolve_dates(
        text, saturday, previous=dt.date(2024, 10, 26), lead=dt.date(2024, 10, 26)
    )
    assert [(d.text, d.resolved) for d in found] == [("Friday", "2024-11-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span back with no count is vague: listed, unresolved
        ("The party was founded just months ago.", [("just months ago", "")]),
        ("Winds were far stronger days ago.", [("days ago", "")]),
        ("The port was built two decades ago.", [("two decades ago", "2004")]),
        # a day word in capitals, or a weekday that opens a name, names something
        ("A resident told BERROW TODAY the fire was fast.", []),
        ("Sunday Courier understands that the talks failed.", []),
        ("The Sunday Saltford Post reported the talks.", []),
        ("The cleric, the Imam of Friday Prayer, was on board.", []),
        ("On Wednesday German officials met.", [("On Wednesday", "2024-10-23")]),
        ("Sunday was calm.", [("Sunday", "2024-10-20")]),
    ],
)
def test_vague_spans_back_and_names_that_look_like_days(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month after a capitalised word that does not open the sentence ends a name
        ("Former prime minister Theresa May said the deal was dead.", []),
        ("Guitarist Brian May played the anthem.", []),
        ("The party of Prime Minister May lost its majority.", []),
        ("Critics of Theresa May’s deal voted against it.", []),
        # ... as does one where a quotation's speaker stands, before a reporting verb
        ("“The roof fell in,” June told reporters.", []),
        ("“We found more”, May said on Tuesday.", [("on Tuesday", "2024-10-22")]),
        ("Prices rose in May, the bank said.", [("in May", "2024-05")]),
        ('The bank said "March showed a clear slowdown."', [("March", "2024-03")]),
        # ... and one before "for" or "of" and a capitalised word opens one
        ("Thousands joined the March for Life in Washington.", []),
        ("Students organised the March for Our Lives rally.", []),
        # a month set in time, or after a word capitalised as its sentence's first, is one
        ("This September alone claimed 396 deaths.", [("September", "2024-09")]),
        ("Early March brought heavy rain to the valley.", [("March", "2024-03")]),
        ("Prices rose, and March was the worst month.", [("March", "2024-03")]),
        ("The UN March report found 40 dead.", [("March", "2024-03")]),
        ("He met the minister in March.", [("in March", "2024-03")]),
        ("The court met in mid-March.", [("in mid-March", "2024-03")]),
        ("Talks in Brussels, May 3, ended late.", [("May 3", "2024-05-03")]),
        # (a dateline's day of a month, "Brussels, May 3 (Reuters) - ...", is none: its filing)
        ("Brussels, May 3 (Reuters) - The EU agreed.", []),
        # "of", "to" or "until the end of" sets a month before "for" in time: a date
        (
            "Temporary protection was extended until the end of March for Ukrainian refugees.",
            [("March", "2024-03")],
        ),
        ("The ban runs to the end of May for the European market.", [("May", "2024-05")]),
        ("Creditors set a deadline of March for Freedonia to repay.", [("March", "2024-03")]),
        (
            "Elections were brought forward to May for Parliament to sit.",
            [("May", "2024-05")],
        ),
        # a month at the head of a noun dates it, a capitalised body before it or not
        ("Markets await the Federal Reserve December meeting.", [("December", "2024-12")]),
        ("Leaders gathered for the Nato July summit.", [("July", "2024-07")]),
        ("The Senate June election was close.", [("June", "2024-06")]),
        # a weekday after a place or an outlet stays a day: news drops its "on"
        ("Officials in Manhattan Tuesday said 12 died.", [("Tuesday", "2024-10-22")]),
        ("The mayor told Deutschlandfunk Friday that talks go on.", [("Friday", "2024-10-18")]),
    ],
)
def test_a_month_in_a_name_is_no_date(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the modal "may" puts a month long before the reference's in the year ahead ...
        ("The board may meet in March.", [("in March", "2025-03")]),
        # ... the month or the name "May" does not
        (
            "The talks that began in May ended in March.",
            [("in May", "2024-05"), ("in March", "2024-03")],
        ),
        ("He met Theresa May in March.", [("in March", "2024-03")]),
    ],
)
def test_only_the_modal_may_puts_a_month_ahead(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


def test_a_date_before_a_preposition_is_the_verb_s_not_a_thing_s():
    found = resolve_dates(
        "He meant the fighting that began 7 October with an attack.", PartialDate(2024, 8)
    )
    assert [(d.text, d.resolved, d.relation) for d in found] == [("7 October", "2023-10-07", "on")]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a month told from the day it is written: unresolved in an undated article
        (
            PartialDate(2025, 1, 28),
            "The record was set last September.",
            ("last September", "2024-09"),
        ),
        (None, "The record was set last September.", ("last September", "")),
        (PartialDate(2025, 1, 28), "Elections are due next March.", ("next March", "2025-03")),
        # a day of the month written alone, after "on" or "the morning of"
        (
            PartialDate(2024, 1, 30),
            "On the morning of the 29th, the court ruled.",
            ("the 29th", "2024-01-29"),
        ),
        (
            PartialDate(2024, 1, 30),
            "The agency said on the 31st that it would appeal.",
            ("on the 31st", "2023-12-31"),
        ),
        (PartialDate(2024, 1, 30), "Talks will resume on the 2nd.", ("on the 2nd", "2024-02-02")),
        (None, "The agency said on the 30th that it would appeal.", ("on the 30th", "")),
        # a month or a year told from the last one named
        (
            PartialDate(2023, 10, 10),
            "Acme collapsed in November, and its founder was arrested the following month.",
            ("the following month", "2022-12"),
        ),
        (
            PartialDate(2023, 10, 10),
            "Acme was founded in 2019 and listed the following year.",
            ("the following year", "2020"),
        ),
    ],
)
def test_months_and_days_told_from_the_day_or_from_another(published, text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, published)][-1] == expected


@pytest.mark.parametrize(
    "text", ["The 1st Army Region confirmed it.", "It was the 20th anniversary.", "He came 29th."]
)
def test_an_ordinal_that_is_no_day(text):
    assert resolve_dates(text, PartialDate(2024, 1, 30)) == []


def test_an_undated_article_tells_a_day_from_a_day_of_a_month_it_names():
    found = _dates_by_article(
        {
            "a": ("2024-05-17", "The dam at Lake Orin broke on Wednesday."),
            "c": (
                None,
                "On May 16, the minister said the attack that occurred the day before was planned.",
            ),
        }
    )
    assert found["c"] == [("On May 16", "2024-05-16"), ("the day before", "2024-05-15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the end of a span a day of a month opens, in an undated article: its day too
        (
            "Officials briefed reporters on May 14 and 15.",
            [("on May 14", "2024-05-14"), ("and 15", "2024-05-15")],
        ),
        (
            "The fair ran from May 2 to 9, organisers said.",
            [("from May 2", "2024-05-02"), ("to 9", "2024-05-09")],
        ),
        ("Talks ran May 6-8 in the capital.", [("May 6", "2024-05-06"), ("-8", "2024-05-08")]),
        # ... not a count, a clock time, or a day the span does not reach
        ("On May 14 and 15 people were hurt.", [("On May 14", "2024-05-14")]),
        ("On May 14 at 15:30, the dam broke.", [("On May 14", "2024-05-14")]),
        (
            "From May 14 to 3 June the road is shut.",
            [("From May 14", "2024-05-14"), ("3 June", "2024-06-03")],
        ),
        ("On May 14, 15 villages were flooded.", [("On May 14", "2024-05-14")]),
        ("The vote on May 14 drew 15 parties.", [("on May 14", "2024-05-14")]),
    ],
)
def test_an_undated_article_keeps_the_end_of_a_span_of_days(text, expected):
    found = _dates_by_article(
        {"a": ("2024-05-17", "The dam at Lake Orin broke on Wednesday."), "c": (None, text)}
    )
    assert found["c"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the day after" that names nothing after it: the day after the last one named
        (
            "He was arrested on October 12 and freed the day after.",
            [("on October 12", "2024-10-12"), ("the day after", "2024-10-13")],
        ),
        (
            "The body reaches the city on October 21, before processions begin the morning after.",
            [("on October 21", "2024-10-21"), ("the morning after", "2024-10-22")],
        ),
        (
            "Crowds gathered the night before the vote on Sunday.",
            [("the night before", "2024-10-19"), ("on Sunday", "2024-10-20")],
        ),
    ],
)
def test_the_day_or_morning_after(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == expected


def test_a_day_after_an_event_told_with_a_number_is_the_sentence_s_day():
    found = resolve_dates(
        "The minister resigned on Tuesday, a day after 19 people died in protests.", PUBLISHED
    )
    assert [(d.text, d.resolved) for d in found] == [
        ("on Tuesday", "2024-10-22"),
        ("a day after", "2024-10-22"),
    ]


def test_the_eve_of_a_day_is_the_day_before():
    found = resolve_dates("He will be buried on the eve of October 23.", PUBLISHED)
    assert [(d.text, d.resolved) for d in found] == [("the eve of October 23", "2024-10-22")]


def test_the_eve_of_a_day_in_an_undated_article():
    found = _dates_by_article(
        {
            "a": ("2024-05-20", "The dam at Lake Orin broke on Sunday."),
            "c": (None, "He will be buried on the eve of May 23."),
        }
    )
    assert found["c"] == [("the eve of May 23", "2024-05-22")]


@pytest.mark.parametrize(
    "text", ["She was elected last year in March.", "It shut in May last year."]
)
def test_a_year_told_from_the_day_is_unresolved_in_an_undated_article(text):
    # read in the time of its briefing, an undated article cannot tell "last year" either
    found = resolve_dates(text, None, anchor=dt.date(2024, 10, 24), told_from=False)
    assert [(d.resolved, d.precision) for d in found] == [("", "unresolved")]
    # "this year" is the year of what the article reports, as a date without its year takes
    found = resolve_dates(
        "Sentencing is set for May 5 this year.",
        None,
        anchor=dt.date(2024, 10, 24),
        told_from=False,
    )
    assert [(d.resolved, d.precision) for d in found] == [("2024-05-05", "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the paper of 1 September, of 31 August's events: "this month" in the past is August
        ("The first case was found this month.", "2024-08"),
        # but what it puts ahead is the month of the paper
        ("The vote will be held this month.", "2024-09"),
    ],
)
def test_this_month_in_a_report_of_the_last_day_of_the_month_before(text, expected):
    found = resolve_dates(text, PartialDate(2024, 9, 1), lead=dt.date(2024, 8, 31))
    assert [d.resolved for d in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of years or months told from an event dates the clause it hangs on
        (
            "The port reopened on Monday, two years after the storm destroyed it.",
            ("two years after", "2024-10-21", "day"),
        ),
        # ... and a count of months gives that clause's month
        (
            "The vote was set for March 2025, four months before the deadline.",
            ("four months before", "2025-03", "month"),
        ),
        (
            "The mine closed in 2019, two years after the flood.",
            ("two years after", "2019", "year"),
        ),
        # "two years later" counts from the last year named
        (
            "The plant opened in 2016, and two years later it doubled its output.",
            ("two years later", "2018", "year"),
        ),
        (
            "The mayor took office in May 2021 and resigned two months later.",
            ("two months later", "2021-07", "month"),
        ),
        # an approximate count tells no month or year
        (
            "The port reopened more than two years after the storm.",
            ("two years after", "", "unresolved"),
        ),
    ],
)
def test_months_and_years_told_from_another(text, expected):
    found = [(d.text, d.resolved, d.precision) for d in resolve_dates(text, PUBLISHED)]
    assert found[-1] == expected


def test_months_told_from_the_news_of_the_day():
    found = resolve_dates(
        "The ruling comes four months before the election.", PUBLISHED, lead=dt.date(2024, 10, 23)
    )
    assert [(d.text, d.resolved, d.precision) for d in found] == [
        ("four months before", "2024-10", "month")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a term served, not a date
        "He was sentenced to five years after a trial in the capital.",
        "She has led the union for ten years after its founding.",
        # a count back from nothing the article has dated
        "He had moved to the city three years earlier.",
    ],
)
def test_months_and_years_that_date_nothing(text):
    assert resolve_dates(text, PUBLISHED) == []
    # nor in an article with no day of publication
    assert resolve_dates(text, None) == []


def test_a_year_earlier_counts_from_the_last_day_named():
    found = resolve_dates(
        "Three years earlier, he had won the seat.", PUBLISHED, previous=dt.date(2020, 5, 25)
    )
    assert [(d.text, d.resolved, d.precision) for d in found] == [
        ("Three years earlier", "2017", "year")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cases have doubled since the start of the year.",
            ("since the start of the year", "2024"),
        ),
        ("The plant will close by the end of the month.", ("by the end of the month", "2024-10")),
        (
            "Prices rose sharply at the beginning of the year.",
            ("the beginning of the year", "2024"),
        ),
    ],
)
def test_the_start_or_end_of_this_year_or_month(text, expected):
    assert [(d.text, d.resolved) for d in resolve_dates(text, PUBLISHED)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He served two years after the war in a labour camp.",
        "She spent three years after the coup in exile abroad.",
        "The driver was handed two years after pleading guilty.",
        "The former mayor got four years after a short trial.",
        "The bank was fined again, its second penalty in two years after a string of leaks.",
    ],
)
def test_a_term_served_or_a_time_spent_is_no_date_after_a_day_named(text):
    # a day named before in the article gives nothing to a term that follows it
    assert resolve_dates(text, PUBLISHED, previous=dt.date(2024, 10, 21)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He joined the firm in 2015 and left at the end of the year.",
            ("the end of the year", "2015", "year"),
        ),
        (
            "The mine opened in March 2019 and closed by the end of the month.",
            ("by the end of the month", "2019-03", "month"),
        ),
        # a month's end after a year named alone tells no month
        (
            "In 2019 the shelter opened, and by the end of the month it was full.",
            ("by the end of the month", "", "unresolved"),
        ),
    ],
)
def test_the_start_or_end_of_a_year_or_month_named_before_it(text, expected):
    found = [(d.text, d.resolved, d.precision) for d in resolve_dates(text, PUBLISHED)]
    assert found[-1] == expected


def test_an_undated_article_is_written_on_the_day_its_dateline_gives():
    found = _dates_by_article(
        {
            "a": ("2024-10-21", "The dam at Lake Orin broke on Sunday."),
            # no date of its own, but its dateline's: its weekdays and weeks count from it
            "c": (
                None,
                "PORTO, Oct 24 (Wire) – Divers reached the dam on Wednesday, officials said.\n\n"
                "The storm last weekend cut the roads.",
            ),
            # ... and with its year
            "d": (None, "PORTO, October 24, 2024 — Crews left the valley on Tuesday."),
        }
    )
    assert found["c"] == [("on Wednesday", "2024-10-23"), ("last weekend", "2024-10")]
    assert found["d"] == [("on Tuesday", "2024-10-22")]


def test_an_undated_article_is_not_written_on_a_day_its_dateline_cannot_give():
    found = _dates_by_article(
        {
            "a": ("2024-10-21", "The dam at Lake Orin broke on Sunday."),
            # a dateline's weekday that is not its day's (the 24th is a Thursday)
            "c": (None, "PORTO, Tuesday, Oct 24 (Wire) – Divers reached the dam on Wednesday."),
            # a day weeks after every page, with its year or without
            "d": (None, "PORTO, November 14, 2024 (Wire) – Divers reached the dam on Wednesday."),
            "e": (None, "PORTO, Nov 14 (Wire) – Divers reached the dam on Wednesday."),
        }
    )
    for article in "cde":
        assert found[article] == [("on Wednesday", "")]


def test_only_the_leads_dateline_gives_the_day_of_writing():
    # a roundup: its second report's dateline is not the day the article was written
    found = _dates_by_article(
        {
            "a": ("2025-03-25", "The strike began on Monday."),
            "c": (
                None,
                "Unions across Europe walked out on Monday in the largest coordinated strike in "
                "a decade, organisers said, as trains stood still in four countries, ports were "
                "shut from the Atlantic coast to the Baltic Sea, and thousands of flights were "
                "cancelled at short notice while schools and many public offices stayed "
                "closed.\n\n"
                "BERLIN, March 2 (Wire) - Rail staff in Germany joined the strike, a union "
                "leader said on Monday.",
            ),
        },
        estimates=True,
    )
    assert found["c"] == [("on Monday", "", "2025-03-24"), ("on Monday", "", "2025-03-24")]


@pytest.mark.parametrize(
    ("month", "day", "latest", "expected"),
    [
        (10, 24, PartialDate(2024, 10, 21), dt.date(2024, 10, 24)),  # a few days after
        (12, 30, PartialDate(2025, 1, 2), dt.date(2024, 12, 30)),  # the year before
        (1, 2, PartialDate(2024, 12, 30), dt.date(2025, 1, 2)),  # the year after, just
        (11, 2, PartialDate(2024, 10), dt.date(2024, 11, 2)),  # a page dated to its month
        # not more than a few days after the latest page ...
        (12, 28, PartialDate(2024, 12, 20), None),
        # ... nor half a year or more before it, when the year after is as near
        (12, 19, PartialDate(2024, 6, 20), None),
        # a page that gives only its year says nothing of the day
        (12, 19, PartialDate(2024), None),
        (2, 29, PartialDate(2025, 3, 5), None),  # no such day that year
    ],
)
def test_the_year_of_a_dateline_day(month, day, latest, expected):
    assert day_written(month, day, latest) == expected


def test_an_undated_article_is_not_pinned_outside_its_reporting_sentences():
    found = _dates_by_article(
        {
            "a": ("2024-10-21", "The dam at Lake Orin broke on Sunday."),
            # an old photograph's caption, a link to another story: not the article's days
            "c": (
                None,
                "A keeper walks along the dam in Porto, Friday, March 3, 2017. "
                "(Wire Photo/Jo Lee, File)\n\n"
                "Divers reached the dam on Thursday, officials said.",
            ),
            "d": (
                None,
                "Divers reached the dam on Thursday, officials said.\n\n"
                "Read more: Talks on the dam resume on Monday, November 4, 2024",
            ),
        }
    )
    assert found["c"] == [("on Thursday", "")]
    assert found["d"] == [("on Thursday", "")]


def test_an_undated_article_tells_its_past_weekdays_before_the_day_it_dates():
    found = _dates_by_article(
        {
            "a": ("2024-12-04", "The ferry sank on Sunday."),
            "c": (
                None,
                "The inquiry opened this Thursday, December 5. Survivors were buried on Saturday.",
            ),
        }
    )
    assert found["c"] == [("Thursday, December 5", "2024-12-05"), ("on Saturday", "2024-11-30")]


def test_an_undated_article_keeps_its_plans_for_the_year_ahead():
    found = _dates_by_article(
        {
            "a": ("2024-12-10", "The president resigned on Monday."),
            # a month the clause tells of as to come is the year ahead's, as in a dated one
            "c": (
                None,
                "The president resigned on Monday. Elections are due in January, the "
                "commission said. The trial will open in January.",
            ),
        }
    )
    assert found["c"] == [("on Monday", ""), ("in January", "2025-01"), ("in January", "2025-01")]


def test_a_month_told_in_the_past_is_not_put_ahead_by_another_clauses_will():
    found = _dates_by_article(
        {
            "a": ("2024-10-24", "The dam at Lake Orin broke on Tuesday."),
            "c": (
                None,
                "The dam broke on Tuesday. The mayor said ‘we will rebuild it’, adding that the "
                "plan unveiled in January will add two spillways.",
            ),
        },
        estimates=True,
    )
    assert found["c"][-1] == ("in January", "", "2025-01")


def test_an_undated_article_does_not_tell_the_year_of_writing():
    found = _dates_by_article(
        {
            "a": ("2024-10-24", "The dam at Lake Orin broke on Tuesday."),
            # "this year" after a month, and a month put in the year ahead, count from the
            # day of writing, which the article does not give: the estimate is kept
            "c": (
                None,
                "The dam broke on Tuesday. Inspectors had warned in March this year. "
                "The plan unveiled in January will add two spillways, the mayor said.",
            ),
            # a month told in the past after the event's month: of which year, the article
            # does not say; the year before is its estimate
            "d": (None, "The dam broke on Tuesday. Its keeper was hired in November."),
        },
        estimates=True,
    )
    assert found["c"] == [
        ("on Tuesday", "", "2024-10-22"),
        ("in March this year", "", "2024-03"),
        ("in January", "", "2025-01"),
    ]
    assert found["d"] == [("on Tuesday", "", "2024-10-22"), ("in November", "", "2023-11")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a weekday in the possessive with its date in brackets is one date, that day
        (
            "Turnout fell in Sunday’s (March 3) runoff.",
            None,
            [("Sunday’s (March 3)", "2024-03-03")],
        ),
        (
            "Crowds gathered after Monday's (4 March) vote.",
            None,
            [("Monday's (4 March)", "2024-03-04")],
        ),
        ("Turnout fell in Sunday’s runoff.", PartialDate(2024, 3, 5), [("Sunday’s", "2024-03-03")]),
    ],
)
def test_a_weekday_in_the_possessive_takes_the_date_in_brackets(text, published, expected):
    found = resolve_dates(
        text, published, anchor=dt.date(2024, 3, 5), told_from=published is not None
    )
    assert [(d.text, d.resolved) for d in found] == expected
