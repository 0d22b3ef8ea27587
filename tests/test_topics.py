from __future__ import annotations

import tomllib

from briefbook.analyse.pipeline import analyse
from briefbook.analyse.topics import (
    TopicClassifier,
    briefing_start,
    by_speaker,
    carries,
    comments,
    earlier_date,
    own_cue,
    speakers_topics,
)
from briefbook.book.data import certainty
from briefbook.model import Config, DateExpression, PartialDate, SourceMeta, TopicAssignment
from briefbook.project.load import RawArticle
from conftest import CONFIG


def classifier() -> TopicClassifier:
    return TopicClassifier(Config.model_validate(tomllib.loads(CONFIG)))


def test_cue_decides_topic_and_explains_it():
    result = classifier().assign("About 2,000 dockers walked out on Monday.")
    assert result.topic == "walkout"
    assert set(result.evidence) == {"dockers", "walked out"}
    assert 0 < result.confidence <= 1


def test_wildcard_cue_and_phrase_weight():
    result = classifier().assign("The negotiators met the mediator.")
    assert result.topic == "talks"
    assert "negotiat*" in result.evidence


def test_sentence_without_cue_uses_paragraph_then_default():
    c = classifier()
    with_context = c.assign("It was cold.", context="It was cold. Talks went on.")
    assert with_context.topic == "talks"
    assert with_context.evidence == ("paragraph: talks",)
    alone = c.assign("It was cold.")
    assert alone.topic == "background" and alone.evidence == () and alone.confidence < 0.5


def test_a_quotation_no_cue_sorts_goes_to_the_spoken_topic():
    """What someone is quoted saying, with no cue in it or its paragraph, is what people say
    (``defaults.spoken``); reported speech without quotation marks, or with no one saying it,
    keeps the default, as does a config with no spoken topic."""
    text = CONFIG.replace('topic = "background"', 'topic = "background"\nspoken = "talks"')
    spoken = TopicClassifier(Config.model_validate(tomllib.loads(text)))
    quoted = spoken.assign("\u201cWe are tired,\u201d she said.", verb="said", quote=True)
    assert quoted.topic == "talks" and quoted.evidence == ("reported speech: said",)
    assert spoken.assign("She said it was cold.", verb="said").topic == "background"
    assert spoken.assign("\u201cWe are tired.\u201d", quote=True).topic == "background"
    with_cue = spoken.assign(
        "\u201cThe dockers are tired,\u201d she said.", verb="said", quote=True
    )
    assert with_cue.topic == "walkout"
    plain = classifier().assign("\u201cWe are tired,\u201d she said.", verb="said", quote=True)
    assert plain.topic == "background" and plain.evidence == ()


FIGURES_CONFIG = """\
[briefing]
title = "A factory fire"

[defaults]
topic = "response"

[[topics]]
id = "casualties"
title = "Casualties"
description = "The dead and injured."
cues = ["death*", "injur*"]

[[topics]]
id = "response"
title = "Response"
description = "Condolences and reactions."
cues = ["condolence*", "mourn*"]
"""


def test_a_figures_kind_is_evidence_for_the_topic_whose_cue_finds_it():
    c = TopicClassifier(Config.model_validate(tomllib.loads(FIGURES_CONFIG)))
    sentence = "Nine fatalities were confirmed as condolences arrived."
    assert c.assign(sentence).topic == "response"
    result = c.assign(sentence, figures=["deaths"])
    assert result.topic == "casualties"
    assert result.evidence == ("figure: deaths",)
    # a figure of a kind every topic counts is no evidence
    assert c.assign(sentence, figures=["count", "share", "people"]).topic == "response"


def test_a_figures_kind_counts_once_and_not_over_its_own_words():
    c = TopicClassifier(Config.model_validate(tomllib.loads(FIGURES_CONFIG)))
    # the sentence already holds the cue the kind would add: counted once
    once = c.assign("Two deaths were reported.", figures=["deaths", "deaths"])
    assert once.evidence == ("death*",)
    both = c.assign("Two deaths and three injuries.", figures=["deaths", "injured"])
    assert both.topic == "casualties" and set(both.evidence) == {"death*", "injur*"}


def test_a_figures_kind_in_a_subordinate_clause_counts_half():
    """A figure the sentence mentions in passing (", killing nine", "after the fire killed
    nine") is its circumstance, as a cue there is: the condolences are what it reports."""
    c = TopicClassifier(Config.model_validate(tomllib.loads(FIGURES_CONFIG)))
    aside = c.assign(
        "The owner sent condolences, after the fire killed nine workers.",
        figures=["deaths"],
        said=["killed"],
    )
    assert aside.topic == "response"
    main = c.assign(
        "The fire killed nine workers, as the owner sent condolences.",
        figures=["deaths"],
        said=["killed"],
    )
    assert main.topic == "casualties"


def test_a_quotation_leans_to_the_spoken_topic_when_its_cues_are_even():
    """What someone is quoted saying is more often what people say about the event than its
    cue words suggest: a quotation adds a little to the spoken topic, enough to decide
    between cues nearly even, not to outweigh a cue of another topic."""
    text = CONFIG.replace('topic = "background"', 'topic = "background"\nspoken = "talks"')
    spoken = TopicClassifier(Config.model_validate(tomllib.loads(text)))
    sentence = "\u201cThe pickets want a mediator,\u201d she said."
    assert spoken.assign(sentence, verb="said").topic == "walkout"
    quoted = spoken.assign(sentence, verb="said", quote=True)
    assert quoted.topic == "talks"
    assert quoted.evidence == ("mediator", "quotation: said")
    one_cue = spoken.assign("\u201cThe pickets stay,\u201d she said.", verb="said", quote=True)
    assert one_cue.topic == "walkout"


def test_a_cue_in_the_main_clause_outweighs_one_in_a_subordinate_clause():
    """The main clause says what a sentence reports; "after ...", "which ...", ", claiming
    ..." give its circumstances: a cue there counts half."""
    c = classifier()
    after = c.assign("Negotiators left the port after pickets gathered.")
    assert after.topic == "talks"
    first = c.assign("After negotiators left, pickets gathered at the gate.")
    assert first.topic == "walkout"
    aside = c.assign("The pickets, who had met a mediator, stayed at the gate.")
    assert aside.topic == "walkout"


def test_the_name_of_a_charge_is_subordinate():
    from briefbook.analyse.cues import words
    from briefbook.analyse.main_clause import subordinate

    def minor(text: str) -> list[str]:
        w, at = words(text).words, subordinate(text)
        return [x for i, x in enumerate(w) if i in at]

    assert minor("Prosecutors charged Dale Orme with arson and theft, officials said.") == [
        "arson",
        "and",
        "theft",
    ]
    assert minor("A jury convicted her of poisoning the well.") == ["poisoning", "the", "well"]
    assert minor("She pleaded guilty to fraud.") == ["fraud"]
    assert minor("Two men convicted of theft have appealed.") == ["theft"]
    assert minor("The colonel in charge of the siege resigned.") == []


CHARGE_CONFIG = """\
[briefing]
title = "The Orme case"

[defaults]
topic = "crime"

[[topics]]
id = "crime"
title = "The crime"
description = "What happened."
cues = ["arson", "theft"]

[[topics]]
id = "charges"
title = "Charges"
description = "Charges and prosecution."
cues = ["charged"]
"""


def test_a_charge_sends_its_statement_to_the_charges_not_the_crime():
    """A sentence that says what someone is charged with reports the charge: the words
    naming it count half."""
    c = TopicClassifier(Config.model_validate(tomllib.loads(CHARGE_CONFIG)))
    assert c.assign("Dale Orme was charged with arson.").topic == "charges"
    assert c.assign("Dale Orme was charged over arson.").topic == "crime"  # no charge named


SPEAKER_CONFIG = """\
[briefing]
title = "Acme"

[defaults]
topic = "incident"

[[topics]]
id = "incident"
title = "What happened"
description = "The outage."
cues = ["outage", "fault*"]

[[topics]]
id = "regulators"
title = "Regulators"
description = "Regulators and governments."
cues = ["regulator*", "minister*"]
"""


def test_who_speaks_is_evidence_of_what_the_statement_is_about():
    """What a regulator or a minister says about an outage is the regulators' response: the
    words that say what the speaker is count, at half a cue's weight, when the sentence
    does not hold them."""
    c = TopicClassifier(Config.model_validate(tomllib.loads(SPEAKER_CONFIG)))
    sentence = "\u201cIt must not happen again,\u201d she said."
    assert c.assign(sentence, verb="said", quote=True).topic == "incident"
    heard = c.assign(sentence, verb="said", quote=True, speaker="telecoms regulator Ofcom")
    assert heard.topic == "regulators"
    assert "speaker: regulator*" in heard.evidence
    named = "The regulator described the outage."
    assert c.assign(named, speaker="regulator").topic == "incident"  # counted once


def test_subordinate_parts_of_a_sentence():
    from briefbook.analyse.cues import words
    from briefbook.analyse.main_clause import subordinate

    def split(text: str) -> tuple[list[str], list[str]]:
        w, minor = words(text).words, subordinate(text)
        kept = [x for i, x in enumerate(w) if i not in minor]
        return kept, [x for i, x in enumerate(w) if i in minor]

    assert split("Guards closed the gate after a crowd formed.") == (
        ["guards", "closed", "the", "gate"],
        ["after", "a", "crowd", "formed"],
    )
    assert split("When the rain stopped, crews cleared the road.")[0] == [
        "crews",
        "cleared",
        "the",
        "road",
    ]
    assert split("Acme sued Beta, alleging fraud.")[0] == ["acme", "sued", "beta"]
    assert split("The mayor, who was re-elected, resigned.")[0] == ["the", "mayor", "resigned"]
    assert split("She said that the talks failed.") == (
        ["she", "said", "that", "the", "talks", "failed"],
        [],
    )


def test_a_paragraph_leans_on_a_sentence_whose_own_cues_are_even():
    """A sentence with cues of two topics, nearly even, takes its paragraph's subject."""
    c = classifier()
    text = "The dockers met the mediator."
    alone = c.assign(text)
    about_talks = c.assign(text, context=f"{text} Talks resumed. The offer was improved.")
    about_strike = c.assign(text, context=f"{text} The strike went on. Pickets stayed.")
    assert {about_talks.topic, about_strike.topic} == {"talks", "walkout"}
    assert alone.topic in {"talks", "walkout"}


def test_a_statement_with_no_cue_goes_on_with_the_statement_before_it():
    """A sentence that would fall to the default topic takes the topic of the statement it
    follows (``follows``), marked as such; its own cue, its paragraph's cue or its being a
    quotation with a spoken topic still come first."""
    c = classifier()
    carried = c.assign("Most of them stayed until dusk.", follows="walkout")
    assert carried.topic == "walkout" and carried.evidence == ("follows: walkout",)
    assert carried.confidence < 0.5
    own = c.assign("The mediator arrived.", follows="walkout")
    assert own.topic == "talks"
    around = c.assign("It was cold.", context="It was cold. Talks went on.", follows="walkout")
    assert around.topic == "talks"
    assert c.assign("It was cold.", follows="no-such-topic").topic == "background"
    text = CONFIG.replace('topic = "background"', 'topic = "background"\nspoken = "talks"')
    spoken = TopicClassifier(Config.model_validate(tomllib.loads(text)))
    quoted = spoken.assign(
        "\u201cWe are tired,\u201d she said.", verb="said", quote=True, follows="walkout"
    )
    assert quoted.topic == "talks"


def test_a_sentence_in_an_even_paragraph_goes_on_with_the_statement_before_it():
    """A sentence without a cue whose paragraph's topics score within a tenth of each other
    takes the one of the statement it follows, marked as such; a paragraph that leans clearly
    one way, or a sentence with a cue of its own, is not moved."""
    c = classifier()
    paragraph = "Pickets gathered at dawn. The mediator arrived at noon. It was cold."
    assert c.assign("It was cold.", context=paragraph).topic == "walkout"  # the config's order
    carried = c.assign("It was cold.", context=paragraph, follows="talks")
    assert carried.topic == "talks"
    assert carried.evidence == ("follows: talks", "paragraph: mediator")
    assert carried.also == ("walkout",) and carried.confidence == 0.5
    leaning = "Pickets and dockers gathered at dawn. The mediator arrived. It was cold."
    assert c.assign("It was cold.", context=leaning, follows="talks").topic == "walkout"
    own = c.assign("The pickets stayed.", context=paragraph, follows="talks")
    assert own.topic == "walkout"
    assert certainty(carried) == "none"  # the statement before it decided


def test_near_even_paragraph_topics_read_the_same_whichever_is_ahead():
    """Whether a cue in 4 of 20 sentences or one in 5 is the rarer (which one more article
    can swap), a sentence following one of them in a paragraph holding both reads the same:
    its topic, second topic, cues and how it won."""
    filler = ["The port was quiet."] * 11

    def read(pickets: int, mediators: int) -> TopicAssignment:
        corpus = [*filler, *["Pickets stood."] * pickets, *["A mediator came."] * mediators]
        c = TopicClassifier(Config.model_validate(tomllib.loads(CONFIG)), corpus)
        paragraph = "Pickets gathered at dawn. The mediator arrived at noon. It was cold."
        return c.assign("It was cold.", context=paragraph, follows="talks")

    one, other = read(5, 4), read(4, 5)
    assert other.confidence < 0.5 < one.confidence
    for a in (one, other):
        assert (a.topic, a.also, a.evidence) == ("talks", ("walkout",), one.evidence)
        assert certainty(a) == "none"


def test_only_the_paragraph_before_carries_its_topic():
    """In an article, a paragraph with no cue goes on with the last statement with a cue of
    its own if that is in the paragraph just before; further on it falls to the default."""
    text = (
        "About 300 dockers walked out at the eastern gate on Monday.\n\n"
        "Most of them stayed there until dusk.\n\n"
        "Talks with the mediator resumed on Tuesday.\n\n"
        "Nobody had expected that.\n\n"
        "The weather was mild.\n\n"
        "Lunch was served at noon.\n"
    )
    raw = RawArticle(SourceMeta(id="a1", published="2025-03-04"), text, None, "0")  # type: ignore[arg-type]
    briefing = analyse(Config.model_validate(tomllib.loads(CONFIG)), [raw], ["a1.txt"])
    topics = [(s.text, s.topic.topic) for s in briefing.statements]
    assert topics == [
        ("About 300 dockers walked out at the eastern gate on Monday.", "walkout"),
        ("Most of them stayed there until dusk.", "walkout"),
        ("Talks with the mediator resumed on Tuesday.", "talks"),
        ("Nobody had expected that.", "talks"),
        ("The weather was mild.", "background"),
        ("Lunch was served at noon.", "background"),
    ]


def test_a_verb_and_its_complement_around_the_object_outweigh_a_noun_of_the_object():
    """ "found the two brothers guilty of nine fraud charges": the verdict is the verb and its
    complement (``found ... guilty``), the charges only what the verdict was on."""
    config = tomllib.loads(CONFIG)
    config["topics"][0]["cues"] = ["charges"]
    config["topics"][1]["cues"] = ["found ... guilty", "guilty"]
    corpus = [
        "A jury found the two brothers guilty of nine fraud charges.",
        "The charges were read out.",
        "Both men pleaded not guilty.",
        "Their lawyer said they were not guilty.",
        "The court heard they were guilty of nothing.",
    ]
    c = TopicClassifier(Config.model_validate(config), corpus)
    result = c.assign(corpus[0])
    assert result.topic == "talks" and result.evidence == ("found ... guilty",)


def test_offering_condolences_outweighs_whom_they_are_for():
    """ "expressed condolences for those who lost their lives": the statement is the
    condolences (``express* ... condolence*``, a verb and its object), not the dead."""
    config = tomllib.loads(CONFIG)
    config["topics"][0]["cues"] = ["lost their lives"]
    config["topics"][1]["cues"] = ["condolence*", "express* ... condolence*"]
    text = "The mayor expressed her condolences for those who lost their lives."
    corpus = [text, "Twelve lost their lives.", "Condolences poured in.", "Flags flew."]
    assert TopicClassifier(Config.model_validate(config), corpus).assign(text).topic == "talks"
    config["topics"][1]["cues"] = ["condolence*"]
    alone = TopicClassifier(Config.model_validate(config), corpus).assign(text)
    assert alone.topic == "walkout"  # the noun alone is outweighed by a longer phrase


def test_a_cue_inside_a_name_is_no_evidence():
    """A cue word that is part of a name the reading found ("Talks" in a forum's name, a
    person's surname) says nothing of what the sentence reports; the name's head ("the
    Mediator Office": "Office"; "the Office of the Mediator": "Office") and a cue the
    corpus writes only as a name still count."""
    from briefbook.analyse.topics import name_words, names_only
    from briefbook.model import Kind, Mention

    def names(text: str, *found: tuple[str, Kind]) -> frozenset[int]:
        at = [(text.index(n), n, k) for n, k in found]
        spans = [Mention("a1", "s1", 100 + i, 100 + i + len(n), n, k) for i, n, k in at]
        return name_words(text, 100, spans)

    c = classifier()
    text = "Delegates of the Open Talks Forum met in Velmar on Monday."
    in_name = c.assign(text, names=names(text, ("Open Talks Forum", Kind.ORGANISATION)))
    assert in_name.topic == "background" and in_name.evidence == ()
    assert c.assign(text).topic == "talks"
    person = "Reporters waited outside the home of Anna Strike."
    assert c.assign(person, names=names(person, ("Anna Strike", Kind.PERSON))).evidence == ()
    head = "The Velmar Talks Office of the Port opened."
    found = c.assign(head, names=names(head, ("Velmar Talks Office of the Port", Kind.AGENCY)))
    assert found.evidence == ()
    office = "The Office of the Talks opened."
    assert names(office, ("Office of the Talks", Kind.AGENCY)) == frozenset({2, 3, 4})
    # a word of a name the corpus never writes in lower case is a name, and a cue that is one
    # finds it
    corpus = ["Staff at Delta left.", "The delta of the river.", "Then Acme Talks Group spoke."]
    assert names_only(corpus, ["Delta", "Acme Talks Group", "Acme"]) == {"acm"}
    assert names_only(["The Open Talks Forum met."], ["Open Talks Forum"]) == frozenset()
    named = TopicClassifier(
        Config.model_validate(tomllib.loads(CONFIG.replace('"mediator"]', '"mediator", "acme"]'))),
        ["Staff of Acme Talks Group left.", "Acme said the talks failed."],
        ["Acme Talks Group", "Acme"],
    )
    acme = "Staff of Acme Talks Group left."
    assert named.assign(
        acme, names=names(acme, ("Acme Talks Group", Kind.ORGANISATION))
    ).evidence == ("acme",)


def test_two_cues_of_one_topic_that_share_words_count_them_once():
    """ "in response to" holds both ``in response`` and ``response to``: the words they share
    count once, the second cue only for the share of its words that are new."""
    config = tomllib.loads(CONFIG)
    config["topics"][0]["cues"] = ["in response", "response to"]
    text = "Dockers put up barricades in response to the new rota."
    corpus = [text, "The rota changed.", "Dockers met.", "Nothing moved."]
    c = TopicClassifier(Config.model_validate(config), corpus)
    score, cues = c.scores(text)[config["topics"][0]["id"]]
    weight = c.weight(c.cues[config["topics"][0]["id"]][0].cue, 1)
    assert set(cues) == {"in response", "response to"}
    assert score == weight * 1.5  # the first in full, the second for "to", half its words


def test_a_reporting_verb_of_content_counts_once_as_a_cue():
    """A cue that is the statement's reporting verb counts double ("the port denied ..."),
    but not one of the verbs whose statement is about what they report ("warned",
    "announced"): "The union warned that dockers would lose pay" is about the pay."""
    config = tomllib.loads(CONFIG)
    config["topics"][0]["cues"] = ["warn*", "denied"]
    config["topics"][1]["cues"] = ["lose pay"]
    corpus = [
        "The union warned that dockers would lose pay.",
        "The port denied that dockers would lose pay.",
        "Ships waited.",
        "Cranes stood idle.",
    ]
    c = TopicClassifier(Config.model_validate(config), corpus)
    pay, act = config["topics"][1]["id"], config["topics"][0]["id"]
    assert c.assign(corpus[0], verb="warned").topic == pay
    assert c.assign(corpus[1], verb="denied").topic == act


def test_a_word_a_stance_prefix_joins_is_no_evidence():
    """What a hyphenated "anti-" or "pro-" joins ("an anti-talks rally") says what someone
    is against or for, not what the sentence reports; a cue that holds the prefix itself
    still finds the whole."""
    from briefbook.analyse.cues import words
    from briefbook.analyse.topics import stance_words

    c = classifier()
    against = c.assign("Hundreds joined an anti-talks march in Velmar.")
    assert against.topic == "background" and against.evidence == ()
    assert c.assign("Hundreds joined a march for talks in Velmar.").topic == "talks"
    assert stance_words(words("A pro-mediator crowd and anti-strike groups met.")) == {2, 6}
    prefixed = TopicClassifier(
        Config.model_validate(
            tomllib.loads(CONFIG.replace('"mediator"]', '"mediator", "anti-strike"]'))
        )
    )
    assert prefixed.assign("An anti-strike group formed.").topic == "talks"


def _year(text: str, year: str) -> DateExpression:
    return DateExpression(text, year, "year", 0, len(text))


def test_an_undated_article_is_read_in_the_briefing_s_time():
    """An article that gives no publication date compares its dates with the briefing's
    earliest publication: a year before any article was published is before the event; a
    year of the briefing's own span is not; a dated article keeps its own date."""
    start = briefing_start([None, PartialDate(2025, 3, 4), PartialDate(2024, 11)])
    assert start == PartialDate(2024, 11)
    assert briefing_start([None, None]) is None
    earlier, same = _year("in 2019", "2019"), _year("in 2024", "2024")
    assert earlier_date([earlier], None) == ""  # no date known at all: nothing is earlier
    assert earlier_date([earlier], None, start) == "in 2019"
    assert earlier_date([same], None, start) == ""
    assert earlier_date([same], PartialDate(2025, 3, 4), start) == "in 2024"  # its own date


def test_a_date_before_the_briefing_points_an_undated_article_to_its_background():
    """In an article with no publication date, a sentence set years before the briefing's
    articles were published goes to the background topic, as it does in a dated one."""
    config = tomllib.loads(
        CONFIG.replace('topic = "background"', 'topic = "background"\nbackground = "background"', 1)
    )
    dated = RawArticle(
        SourceMeta(id="a1", published="2025-03-04"),  # type: ignore[arg-type]
        "About 300 dockers walked out at the eastern gate on Monday.\n",
        None,
        "0",
    )
    undated = RawArticle(
        SourceMeta(id="a2"),  # type: ignore[arg-type]
        "Pickets stayed at the gate.\n\nTalks with the mediator resumed.\n\n"
        "The harbour wall was rebuilt in 2019, the port said.\n",
        None,
        "1",
    )
    briefing = analyse(Config.model_validate(config), [dated, undated], ["a1.txt", "a2.txt"])
    rebuilt = next(s for s in briefing.statements if "2019" in s.text)
    assert rebuilt.topic.topic == "background"
    assert any(e.startswith("earlier date") for e in rebuilt.topic.evidence)


def _cued(topic: str) -> TopicAssignment:
    return TopicAssignment(topic, 0.9, ("picket*",))


def test_a_speaker_s_topic_is_where_most_of_its_cued_statements_went():
    """Only statements decided by cues of their own count; at least two of them, and one
    topic holding three in five of them; the outlet's own voice is no speaker."""
    followed = TopicAssignment("walkout", 0.2, ("follows: walkout",))
    paragraph = TopicAssignment("walkout", 0.5, ("paragraph: picket*",))
    quoted = TopicAssignment("walkout", 0.2, ("reported speech: said",))
    held = speakers_topics(
        [
            ("union", _cued("walkout")),
            ("union", _cued("walkout")),
            ("union", _cued("talks")),
            ("port", _cued("talks")),  # one statement says too little of a speaker
            ("mayor", _cued("walkout")),
            ("mayor", _cued("talks")),  # even: no part
            ("police", followed),
            ("police", paragraph),
            ("police", quoted),
            ("police", _cued("walkout")),  # one of its own
            (None, _cued("talks")),
            (None, _cued("talks")),
            ("minister", _cued("talks")),
            ("minister", _cued("talks")),
            ("minister", _cued("talks")),
            ("minister", _cued("walkout")),
            ("minister", _cued("walkout")),  # three in five
            ("judge", _cued("talks")),
            ("judge", _cued("talks")),
            ("judge", _cued("walkout")),
            ("judge", _cued("walkout")),  # two in four
        ]
    )
    assert held == {"union": "walkout", "minister": "talks"}


def test_the_background_topic_is_no_speaker_s_part():
    """A speaker whose cued statements mostly tell of the time before the event (an expert
    on a disease's history) plays no part by them: its statements with no cue of their own
    stay where they are. Background among other statements, or a config with no background
    topic, changes nothing."""
    historian = [("expert", _cued("background")), ("expert", _cued("background"))]
    assert speakers_topics(historian, "background") == {}
    assert speakers_topics(historian) == {"expert": "background"}
    mixed = [
        ("union", _cued("walkout")),
        ("union", _cued("walkout")),
        ("union", _cued("walkout")),
        ("union", _cued("background")),
    ]
    assert speakers_topics(mixed, "background") == {"union": "walkout"}


def test_a_statement_nothing_decided_goes_where_its_speaker_s_others_went():
    """No cue at all (the default topic): the speaker's topic, marked as such and as no cue
    of its own; a cue of its own, a figure's, an earlier date or an analyst's choice stands,
    and so does any reading of a statement whose speaker plays no one part."""
    default = by_speaker(TopicAssignment("background", 0.2, ()), "walkout")
    assert default.topic == "walkout" and default.also == ()
    assert default.evidence == ("what the speaker says elsewhere: walkout",)
    assert not own_cue(default) and not carries(default) and default.confidence < 0.5
    filler = by_speaker(TopicAssignment("background", 0.2, (), filler=True), "talks")
    assert filler.topic == "talks" and filler.filler
    kept = [
        _cued("walkout"),
        TopicAssignment("walkout", 0.6, ("figure: deaths",)),
        TopicAssignment("walkout", 0.6, ("earlier date: 2019",)),
        TopicAssignment("walkout", 0.6, ("opens with an earlier date: 2019",)),
        TopicAssignment("background", 1.0, (), analyst=True),
    ]
    for topic in kept:
        assert by_speaker(topic, "talks") == topic
    assert by_speaker(TopicAssignment("background", 0.2, ()), None).topic == "background"
    around = TopicAssignment("walkout", 0.5, ("paragraph: picket*",))
    assert by_speaker(around, None) == around


def test_what_only_the_sentences_around_it_decided_goes_with_its_speaker():
    """A statement its paragraph's cues, the statement before it or its being quoted sorted
    (nothing of its own) goes where its speaker's cued statements went, the topic it had
    kept as its second: who speaks says more of it than the sentences around it."""
    for evidence in (
        ("paragraph: picket*",),
        ("follows: walkout",),
        ("follows: walkout", "paragraph: picket*"),
        ("reported speech: said",),
    ):
        moved = by_speaker(TopicAssignment("walkout", 0.5, evidence), "talks")
        assert moved.topic == "talks" and moved.also == ("walkout",)
        assert moved.evidence == ("what the speaker says elsewhere: talks",)
        assert not carries(moved)
    same = TopicAssignment("talks", 0.5, ("paragraph: offer*",))
    assert by_speaker(same, "talks") == same


def test_what_a_speaker_says_with_no_cue_goes_with_the_rest_of_what_it_says():
    """In a briefing: a union leader's quotation with no cue word, far from any statement
    it could go on from, goes with her other statements; the outlet's own sentence, and a
    body that says one thing with a cue, keep the default."""
    text = (
        "Union leader Mara Lind said the dockers would stay on the picket line.\n"
        "Lind said the strike would go on through the weekend.\n"
        "The port authority said it had made a new offer.\n"
        "The weather was mild.\n"
        "Lunch was served at noon.\n"
        "\u201cWe are not going anywhere,\u201d Lind said.\n"
        "\u201cWe have nothing more to say,\u201d the port authority said.\n"
        "The sea was calm.\n"
    )
    raw = RawArticle(SourceMeta(id="a1", published="2025-03-04"), text, None, "0")  # type: ignore[arg-type]
    briefing = analyse(Config.model_validate(tomllib.loads(CONFIG)), [raw], ["a1.txt"])
    topics = {s.text: s.topic for s in briefing.statements}
    lind = topics["\u201cWe are not going anywhere,\u201d Lind said."]
    assert lind.topic == "walkout" and lind.evidence[0].startswith("what the speaker says")
    assert topics["\u201cWe have nothing more to say,\u201d the port authority said."].topic == (
        "background"
    )
    assert topics["The sea was calm."].topic == "background"
    assert topics["The port authority said it had made a new offer."].topic == "talks"


def test_a_quotation_in_its_speaker_s_voice_or_judging_is_a_comment():
    """The quoted words speak in the first or the second person or judge; a quotation that
    tells a fact in the third person, or a pronoun outside the marks, is no comment."""
    for text in (
        "\u201cI will not resign,\u201d Roe said.",
        "\u201cMy thoughts are with the families who have lost loved ones,\u201d she said.",
        "\u201cWe respect the EU, but this is our country,\u201d Orr said.",
        "\u201cThe president deserves our thanks,\u201d Orr said.",
        "\u201cYou cannot trust them.\u201d",
        "\u201cThe opposition is playing politics with people's lives,\u201d Roe said.",
        "\u201cThe rebels are liars and everyone knows it,\u201d he said.",
        "We will get through this together.",  # a quotation's later sentence, no marks
        "It was a disgrace,\u201d the mayor said.",  # closes a quotation opened before
    ):
        assert comments(text), text
    for text in (
        "\u201cThe bodies of the deceased are currently being examined,\u201d he said.",
        "\u201cThe gates have been shut since dawn,\u201d he told us.",
        "\u201cThe US will send two ships,\u201d the minister said.",
        "He said troops had agreed to \u201cleave the city before dawn\u201d.",
        "More than 60 people died, the minister said.",
    ):
        assert not comments(text), text


def test_a_speaker_s_comment_stays_in_the_spoken_chapter():
    """A quotation sent to the spoken topic for want of a cue stays there when it is its
    speaker's comment (``comment``); one that tells a fact goes with the speaker, and so
    does a comment its paragraph, the statement before it or no cue at all sorted."""
    spoken = TopicAssignment("reactions", 0.2, ("reported speech: said",))
    assert by_speaker(spoken, "cases", comment=True) == spoken
    moved = by_speaker(spoken, "cases")
    assert moved.topic == "cases" and moved.also == ("reactions",)
    for evidence in (("paragraph: ward*",), ("follows: cases",), ()):
        other = TopicAssignment("reactions", 0.2, evidence)
        assert by_speaker(other, "cases", comment=True).topic == "cases"


def test_a_minister_s_comments_stay_where_her_counts_do_not_take_them():
    """In a briefing: a health minister whose cued statements count the cases; her quoted
    comments with no cue (in her own voice, or judging) stay in the spoken chapter, her
    quotation that tells a fact in the third person goes to the cases."""
    config = CONFIG.replace('topic = "background"', 'topic = "background"\nspoken = "reactions"')
    config += (
        '\n[[topics]]\nid = "reactions"\ntitle = "Reactions"\n'
        'description = "What people say."\ncues = ["condemn*", "mourn*"]\n'
    )
    text = (
        "Health minister Ana Roe said the dockers had walked out of the wards.\n"
        "Roe said the strike had spread to two more hospitals.\n"
        "The weather was mild.\n"
        "Lunch was served at noon.\n"
        "\u201cI will not resign,\u201d Roe said.\n"
        "The sea was calm.\n"
        "The wind was cold.\n"
        "\u201cThe opposition is playing politics with people's lives,\u201d Roe said.\n"
        "Supper was late.\n"
        "Nobody spoke.\n"
        "\u201cThe doors of the east wing have been shut since dawn,\u201d Roe said.\n"
    )
    raw = RawArticle(SourceMeta(id="a1", published="2025-03-04"), text, None, "0")  # type: ignore[arg-type]
    briefing = analyse(Config.model_validate(tomllib.loads(config)), [raw], ["a1.txt"])
    topics = {s.text: s.topic for s in briefing.statements}
    assert topics["\u201cI will not resign,\u201d Roe said."].topic == "reactions"
    politics = "\u201cThe opposition is playing politics with people's lives,\u201d Roe said."
    assert topics[politics].topic == "reactions"
    fact = topics["\u201cThe doors of the east wing have been shut since dawn,\u201d Roe said."]
    assert fact.topic == "walkout" and fact.also == ("reactions",)


def test_a_speaker_s_part_decides_over_the_paragraph_it_is_quoted_in():
    """In a briefing: the union leader's comment, quoted in a paragraph on the mediator,
    goes with her other statements (the paragraph's topic kept as its second); the
    outlet's sentence in that paragraph, the police's with a cue of its own and a speaker
    whose cued statements split evenly keep their readings."""
    text = (
        "Mayor Tom Eke said the pickets had blocked the road.\n"
        "Eke said talks with the mediator would resume.\n"
        "The weather was mild.\n"
        "Lunch was served at noon.\n"
        "\u201cIt has been a long week,\u201d Eke said.\n"
        "Union leader Mara Lind said the dockers would stay out.\n"
        "Lind said the strike would go on.\n"
        "The sea was calm.\n"
        "Police said the mediator arrived at noon. \u201cEveryone behaved well,\u201d Lind said.\n"
        "The mediator left at dusk. Everyone was tired.\n"
        "The wind was cold.\n"
        "Supper was late.\n"
        "Nobody spoke.\n"
    )
    raw = RawArticle(SourceMeta(id="a1", published="2025-03-04"), text, None, "0")  # type: ignore[arg-type]
    briefing = analyse(Config.model_validate(tomllib.loads(CONFIG)), [raw], ["a1.txt"])
    topics = {s.text: s.topic for s in briefing.statements}
    assert topics["\u201cIt has been a long week,\u201d Eke said."].topic == "background"
    lind = topics["\u201cEveryone behaved well,\u201d Lind said."]
    assert lind.topic == "walkout" and lind.also == ("talks",)
    assert lind.evidence == ("what the speaker says elsewhere: walkout",)
    assert topics["Police said the mediator arrived at noon."].topic == "talks"
    assert topics["Everyone was tired."].topic == "talks"
    assert topics["Nobody spoke."].topic == "background"


def test_a_statement_s_own_cues_name_the_topics_nearly_as_high_as_its_own():
    """``near``: the other topics its own cues score at least half as high as the winner's;
    none when one topic's cues stand alone, or when its paragraph or nothing decided it."""
    corpus = [
        "Dockers walked out and the port made an offer.",
        "The weather was mild.",
        "Lunch was served.",
        "The sea was calm.",
    ]
    c = TopicClassifier(Config.model_validate(tomllib.loads(CONFIG)), corpus)
    even = c.assign("The dockers rejected the offer.")
    assert {even.topic, *even.near} == {"walkout", "talks"}
    assert c.assign("The dockers walked out.").near == ()
    assert c.assign("It was cold.", context="The dockers weighed the offer.").near == ()
    assert c.assign("It was cold.").near == ()


def test_who_speaks_decides_between_topics_its_cues_score_nearly_even():
    """A statement of a speaker whose other statements go to one topic, which its own cues
    score at least half as high as the winner's (``near``), goes there, the cues' winner kept
    as its second topic; not a topic its cues do not name, nor a statement an analyst
    decided."""
    even = TopicAssignment("talks", 0.6, ("offer*", "picket*"), near=("walkout",))
    moved = by_speaker(even, "walkout")
    assert moved.topic == "walkout" and moved.also == ("talks",)
    assert moved.evidence == ("what the speaker says elsewhere: walkout",)
    assert by_speaker(even, "background") == even  # its cues do not name it
    assert by_speaker(even, None) == even  # a speaker of no one part, or the outlet
    assert by_speaker(TopicAssignment("talks", 0.9, ("offer*",)), "walkout").topic == "talks"
    analyst = TopicAssignment("talks", 1.0, (), analyst=True, near=("walkout",))
    assert by_speaker(analyst, "walkout") == analyst


def test_a_statement_an_earlier_date_opens_names_no_near_topic():
    """An earlier date that opens a statement sets it before the event: who speaks does not
    move it, so its cues name no near topic."""
    corpus = ["The dockers rejected the offer.", "The weather was mild.", "Lunch was served."]
    text = CONFIG.replace('topic = "background"', 'topic = "background"\nbackground = "background"')
    c = TopicClassifier(Config.model_validate(tomllib.loads(text)), corpus)
    assert c.assign("The dockers rejected the offer.").near
    assert c.assign("In 2019, the dockers rejected the offer.", earlier="2019").near == ()
    # a date further on dates a part of it ("the first ... since 2019")
    later = c.assign("The dockers rejected the first offer since 2019.", earlier="2019")
    assert later.near


def test_a_statement_its_cues_put_in_the_background_names_no_near_topic():
    """Context is no part a speaker plays: a statement whose own cues put it first in the
    background topic stays there whoever says it, so its cues name no near topic; the same
    words with another winner still do."""
    text = CONFIG.replace('topic = "background"', 'topic = "background"\nbackground = "background"')
    c = TopicClassifier(Config.model_validate(tomllib.loads(text)), ["Lunch was served."])
    context = c.assign("The contract expired when the dockers walked out.")
    assert context.topic == "background" and context.also == ("walkout",)
    assert context.near == ()
    event = c.assign("The dockers rejected the offer.")
    assert event.topic == "walkout" and event.near == ("talks",)


_SPEAKERS = (
    "Union leader Mara Lind said the dockers had walked out at dawn.",
    "Lind said the picket would stay at the gates.",
    "Lind said the strike had closed the container terminal.",
    "The port authority said it had made an offer.",
    "The port authority said talks would resume.",
    "The port authority said the mediator had called both sides.",
    "Mayor Tom Eke said the pickets had blocked the road.",
    "Eke said the talks had stalled.",
)
_QUIET = ("The weather was mild.", "Lunch was served at noon.", "The sea was calm.")


def _read_with_speakers(sentence: str) -> TopicAssignment:
    """The topic of ``sentence`` in an article where the union leader speaks of the walkout,
    the port authority of the talks and the mayor of both, each far from the others."""
    lines = [x for s in _SPEAKERS for x in (s, _QUIET[0])] + [sentence, *_QUIET]
    raw = RawArticle(SourceMeta(id="a1", published="2025-03-04"), "\n".join(lines), None, "0")  # type: ignore[arg-type]
    briefing = analyse(Config.model_validate(tomllib.loads(CONFIG)), [raw], ["a1.txt"])
    return next(s.topic for s in briefing.statements if s.text == sentence)


def test_a_speaker_s_statement_its_cues_leave_nearly_even_goes_with_the_speaker():
    """The union leader on the talks and the strike at once is on the walkout, as the rest
    of what she says; the port authority on both is on the talks."""
    for sentence, topic in [
        ("Lind said the dockers would not return while the negotiations dragged on.", "walkout"),
        ("\u201cNo negotiator will bring the dockers back,\u201d Lind said.", "walkout"),
        ("Lind told reporters the negotiations would not end the picket.", "walkout"),
        ("The dockers will stay out until the negotiations succeed, Lind said.", "walkout"),
        ("The port authority said the mediator had asked the pickets to stand aside.", "talks"),
        ("The port authority said it would negotiate once the strike ended.", "talks"),
    ]:
        assert _read_with_speakers(sentence).topic == topic, sentence


def test_who_speaks_does_not_move_others_or_what_cues_decide():
    """Not the outlet's sentence, nor one of a speaker of no one part (the mayor), of no
    other statement, of another person near her name (a deputy, critics, residents of a
    street named for her), one that names her as its object or says she did not respond;
    nor her statement whose cues put the talks far ahead."""
    for sentence in [
        "The negotiations would not end the picket.",
        "Eke said the negotiations would not end the picket.",
        "\u201cThe negotiations will not end the picket,\u201d said Eke.",
        "Police said the negotiations would not end the picket.",
        "Residents of Lind Road said the negotiations would not end the picket.",
        "A deputy to Lind said the negotiations would not end the picket.",
        "Critics of Lind said the negotiations would not end the picket.",
        "Police said they had questioned Lind about the negotiations and the picket.",
        "Lind did not respond to questions on whether the negotiations would end the picket.",
        "Lind said the negotiations with the mediator over a new offer would resume.",
        "Lind said talks with the mediator would resume despite the picket.",
        "The port authority said the negotiations would not end the picket.",
    ]:
        topic = _read_with_speakers(sentence)
        assert topic.topic == "talks" and not topic.evidence[0].startswith("what the"), sentence
