"""Claims, independence, conflicts and grading on small invented corpora."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from briefbook.analyse.claims import MAX_BLOCK, american, candidate_pairs, refers_back
from briefbook.analyse.figure_reports import size
from briefbook.analyse.grading import RULES, Basis, credibility
from briefbook.analyse.pipeline import analyse
from briefbook.book.chapters import best_sourced
from briefbook.book.markup import myst_text
from briefbook.commands.cli import app
from briefbook.export import Format, Table, export, schema
from briefbook.model import Config, Reliability, SourceMeta
from briefbook.project.load import RawArticle
from briefbook.read.figures import quantities
from conftest import analyse_texts

CONFIG = Config.model_validate(
    {
        "briefing": {"title": "t"},
        "topics": [
            {
                "id": "walkout",
                "title": "Walkout",
                "description": "x",
                "cues": ["dockers", "strike*"],
            },
            {"id": "talks", "title": "Talks", "description": "y", "cues": ["talks", "offer*"]},
        ],
    }
)


def briefing(texts: dict[str, str], **meta: dict[str, object]):
    return analyse_texts(CONFIG, texts, **meta)


def claim_of(b, source: str, start: str):
    for c in b.claims:
        for e in c.evidence:
            if e.source_id == source and e.text.startswith(start):
                return c
    raise KeyError(start)


def test_same_fact_from_several_articles_is_one_claim_with_every_citation():
    b = briefing(
        {
            "a": "About 2,000 dockers walked out at Port Almond on Monday, the union said.",
            "b": "Some 2,000 dockers walked out at the Port Almond terminals on Monday.",
            "c": "The weather at the port was cold on Monday.",
        }
    )
    claim = claim_of(b, "a", "About 2,000")
    assert claim.sources == ("a", "b")
    assert claim.wording in {e.text for e in claim.evidence}
    assert claim.wording_source in claim.sources
    assert claim_of(b, "c", "The weather").sources == ("c",)


def test_differing_figures_or_stance_are_never_merged():
    b = briefing(
        {
            "a": "About 2,000 dockers walked out at Port Almond on Monday.",
            "b": "About 3,000 dockers walked out at Port Almond on Monday.",
            "c": "The port authority said dockers walked out at Port Almond.",
            "d": "The port authority denied that dockers walked out at Port Almond.",
        }
    )
    assert claim_of(b, "a", "About 2,000") != claim_of(b, "b", "About 3,000")
    assert claim_of(b, "c", "The port") != claim_of(b, "d", "The port")


def test_a_figure_given_as_more_of_something_keeps_its_statement_apart():
    """ "six more people were killed" gives a figure the other statement does not give."""
    b = briefing(
        {
            "a": "The governor of Almond resigned and fled on Monday, as more people were "
            "killed in the worst unrest since the founding of the province five decades ago.",
            "b": "Earlier, Radio Almond reported that the governor's resignation was a "
            "possibility, as six more people were killed in the worst unrest since the "
            "founding of the province five decades ago.",
        }
    )
    assert claim_of(b, "a", "The governor") != claim_of(b, "b", "Earlier")


def test_blocking_skips_keys_shared_by_too_many_statements():
    assert candidate_pairs([["common"] for _ in range(MAX_BLOCK + 1)]) == set()
    assert candidate_pairs([["rare"], ["rare"], ["other"]]) == {(0, 1)}


def test_shared_text_is_one_origin_and_agency_copy_is_flagged():
    wire = "Dockers walked out at Port Almond on Monday after talks with the port authority failed again."
    b = briefing(
        {
            "a": wire,
            "b": wire + " The union said more would follow.",
            "c": "By Staff with Agencies\nDockers walked out at Port Almond on Monday as talks failed.",
        }
    )
    assert b.origins["a"] == b.origins["b"] == "a"
    assert b.origins["c"] == "c"
    assert b.agency_copy == {"a": False, "b": False, "c": True}
    claim = claim_of(b, "a", "Dockers walked out")
    assert len(claim.sources) == 3 and len(claim.origins) == 2


def test_relaying_the_same_outlet_counts_once():
    b = briefing(
        {
            "a": "According to Reuters, about 2,000 dockers walked out on Monday.",
            "b": "About 2,000 dockers walked out on Monday, according to Reuters.",
        }
    )
    claim = claim_of(b, "a", "According to Reuters")
    assert claim.sources == ("a", "b")
    assert claim.origins == ("outlet:reuters",)
    assert claim.credibility == 6  # one origin, ungraded sources


def test_figure_conflict_lists_claimant_and_date():
    b = briefing(
        {
            "a": "Union leader Ana Brandt said about 2,000 dockers walked out on Monday.",
            "b": "Port director Marcus Brandt said about 1,200 dockers walked out on Monday.",
        }
    )
    (conflict,) = [c for c in b.conflicts if c.kind == "figures"]
    assert [(f.value, f.source_id, f.as_of) for f in conflict.figures] == [
        (1200.0, "b", "2025-03-03"),
        (2000.0, "a", "2025-03-03"),
    ]
    names = {a.id: a.name for a in b.actors}
    assert {names[f.claimant] for f in conflict.figures if f.claimant} == {
        "Ana Brandt",
        "Marcus Brandt",
    }
    for claim_id in conflict.claims:
        claim = next(c for c in b.claims if c.id == claim_id)
        assert conflict.id in claim.conflicts


def test_a_rising_toll_is_a_series_not_a_dispute():
    b = briefing(
        {
            "a": "Officials said 12 people died in the floods.",
            "b": "Officials said 40 people died in the floods.",
            "c": "Officials said 95 people died in the floods.",
        },
        a={"published": "2025-03-01"},
        b={"published": "2025-03-02"},
        c={"published": "2025-03-04"},
    )
    assert [c for c in b.conflicts if c.kind == "figures"] == []
    (series,) = b.series
    assert series.kind == "deaths"
    assert [(f.value, f.as_of) for f in series.reports] == [
        (12, "2025-03-01"),
        (40, "2025-03-02"),
        (95, "2025-03-04"),
    ]


def test_figures_of_different_kinds_or_compatible_qualifiers_are_no_dispute():
    b = briefing(
        {
            "a": "The mayor said 30 people died and 200 were injured.",
            "b": "The governor said at least 25 people died.",
            "c": "Police said about 31 people died.",
            "d": "The union said the strike would last two weeks.",
            "e": "The port director said the talks had lasted three months.",
        }
    )
    assert [c for c in b.conflicts if c.kind == "figures"] == []


def test_same_day_disagreement_between_claimants_is_a_dispute():
    b = briefing(
        {
            "a": "The weather agency said Monday's earthquake had a magnitude of 7.2.",
            "b": "The geological survey put the magnitude of Monday's earthquake at 7.7.",
        }
    )
    (conflict,) = [c for c in b.conflicts if c.kind == "figures"]
    assert sorted(f.value for f in conflict.figures) == [7.2, 7.7]
    assert "magnitude" in conflict.about


def test_has_not_denied_is_no_denial():
    b = briefing(
        {
            "a": "Moscow has not denied that troops were sent to the port.",
            "b": "Moscow has not commented on the reports.",
        }
    )
    assert [c for c in b.conflicts if c.kind == "denial-vs-no-comment"] == []
    (claim,) = [c for c in b.claims if c.sources == ("a",)]
    assert claim.stance == "asserts"


def test_shared_names_or_a_shared_number_alone_never_merge():
    b = briefing(
        {
            "a": "President Ana Vale declared a state of emergency in Port Almond on Monday.",
            "b": "President Ana Vale lifted the state of emergency in Port Almond on Monday.",
            "c": "About 2,000 dockers walked out at Port Almond.",
            "d": "About 2,000 tonnes of grain rotted at the quay.",
        }
    )
    assert all(len(c.sources) == 1 for c in b.claims)


def test_fragments_never_merge():
    b = briefing({"a": "He was shot.", "b": "He was shot."})
    assert all(len(c.sources) == 1 for c in b.claims)


def test_each_merge_keeps_its_reason():
    b = briefing(
        {
            "a": "About 2,000 dockers walked out at Port Almond on Monday, the union said.",
            "b": "Some 2,000 dockers walked out at the Port Almond terminals on Monday.",
        }
    )
    claim = claim_of(b, "a", "About 2,000")
    joined = [e for e in claim.evidence if e.basis is not None]
    assert len(joined) == 1 and joined[0].basis == "wording"
    assert "content words shared" in joined[0].why


def test_claims_do_not_change_when_an_unrelated_article_is_added():
    texts = {
        "a": "About 2,000 dockers walked out at Port Almond on Monday, the union said.",
        "b": "Some 2,000 dockers walked out at the Port Almond terminals on Monday.",
        "c": "The port authority said talks with the union would resume on Thursday.",
    }
    before = briefing(texts)
    after = briefing({**texts, "z": "A new bakery opened in the old town, its owner said."})
    members = {c.id: c.sources for c in before.claims}
    assert {c.id: c.sources for c in after.claims if "z" not in c.sources} == members


def test_confirmed_needs_two_origins_in_nearly_the_same_words():
    b = briefing(
        {
            "a": "Some 95 containers fell into the harbour at Port Almond on Monday night. "
            "The insurers would not say what the cargo was worth.",
            "b": "About 95 containers fell into the harbour at Port Almond on Monday night. "
            "Divers began searching the quay walls for damage.",
        },
        a={"outlet": "One Paper"},
        b={"outlet": "Another Paper"},
    )
    claim = claim_of(b, "a", "Some 95")
    assert claim.sources == ("a", "b") and claim.credibility == 1
    assert credibility(0, False, False, [Reliability.F], paraphrase_origins=2) == 2


def test_a_claim_is_not_downgraded_by_a_figure_it_does_not_give():
    b = briefing(
        {
            "a": "The mayor said 30 people died in the fire on Monday.",
            "b": "Police said 60 people died in the fire on Monday.",
            "c": "The mayor said the fire started in a kitchen on Monday.",
        }
    )
    (conflict,) = [c for c in b.conflicts if c.kind == "figures"]
    kitchen = claim_of(b, "c", "The mayor said the fire started")
    assert conflict.id not in kitchen.conflicts


def test_denial_against_no_comment():
    b = briefing(
        {
            "a": "Tessaly denied that troops were sent to the port.",
            "b": "Tessaly has yet to comment on the reports.",
        }
    )
    assert b.conflicts == ()  # Tessaly is not a known state: no party to compare
    b = briefing(
        {
            "a": "Moscow denied that troops were sent to the port.",
            "b": "The Kremlin has yet to comment on the reports.",
        }
    )
    (conflict,) = b.conflicts
    assert conflict.kind == "denial-vs-no-comment" and "Russia" in conflict.about
    # a refusal is the outlet's own voice, its party kept apart as the silent one
    (silent,) = [s for s in b.statements if s.source_id == "b"]
    assert silent.claimant is None and silent.silent is not None
    b = briefing(
        {
            "a": "Moscow denied that troops were sent to the port.",
            "b": "A spokesperson for the Kremlin did not respond to a request for comment.",
        }
    )
    (conflict,) = b.conflicts
    assert conflict.kind == "denial-vs-no-comment" and "Russia" in conflict.about


@pytest.mark.parametrize(
    ("origins", "conflicted", "contradicted", "grades", "expected"),
    [
        (2, False, False, ["F"], 1),
        (0, False, False, ["F"], 6),
        (3, True, False, ["F"], 3),
        (1, False, True, ["A"], 5),
        (1, False, False, ["B", "F"], 2),
        (1, False, False, ["C"], 3),
        (1, False, False, ["D"], 4),
        (1, True, False, ["A"], 4),
        (1, False, False, ["F"], 6),
    ],
)
def test_credibility_rules(origins, conflicted, contradicted, grades, expected):
    assert (
        credibility(origins, conflicted, contradicted, [Reliability(g) for g in grades]) == expected
    )
    basis = Basis(origins, conflicted, contradicted, min(grades))
    # the grade is that of the first rule that fits, and no earlier rule fits
    first = next(n for n, r in enumerate(RULES) if r.applies(basis))
    assert RULES[first].grade == expected


def test_the_methodology_page_prints_the_rules_the_code_applies():
    from briefbook.book.methodology import render_methodology

    b = briefing({"a": "The mayor said the bridge would reopen on Monday."})
    page = render_methodology(b)
    for n, rule in enumerate(RULES, 1):
        assert f"{n}. {myst_text(rule.when)}: {rule.grade}." in page


def test_source_reliability_from_metadata_feeds_credibility():
    b = briefing(
        {"a": "Dockers walked out at Port Almond on Monday."},
        a={"reliability": "B"},
    )
    (claim,) = b.claims
    assert (claim.reliability, claim.credibility) == ("B", 2)


def test_exports(seed_project, tmp_path):
    runner = CliRunner()
    out = tmp_path / "export.json"
    result = runner.invoke(
        app, ["export", "--format", "json", "--output", str(out), "--project", str(seed_project)]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema())
    texts = {
        s["id"]: (seed_project / s["path"]).read_text(encoding="utf-8") for s in data["sources"]
    }
    for claim in data["claims"]:
        assert all(e["text"] in texts[e["source"]] for e in claim["evidence"])
        assert claim["wording"] in texts[claim["wording_source"]]
    assert {c["kind"] for c in data["conflicts"]} >= {"figures", "denial-vs-no-comment"}
    csv_out = tmp_path / "claims.csv"
    result = runner.invoke(
        app,
        [
            "export",
            "-f",
            "csv",
            "--table",
            "statements",
            "-o",
            str(csv_out),
            "-p",
            str(seed_project),
        ],
    )
    assert result.exit_code == 0
    assert csv_out.read_text(encoding="utf-8").startswith("id,source,sentence,text,topic,")
    b = None
    from briefbook.commands.generate import load_briefing
    from briefbook.project.load import Project

    b = load_briefing(Project(seed_project))
    reviews = json.loads(export(b, Format.CLAIMREVIEW))
    assert reviews and all(r["@type"] == "ClaimReview" for r in reviews)
    assert {r["reviewRating"]["ratingValue"] for r in reviews} <= set(range(1, 7))
    assert export(b, Format.JSON) == export(b, Format.JSON)  # deterministic
    assert export(b, Format.CSV, Table.CONFLICTS).startswith("id,kind,about")


def test_asserting_and_denying_the_same_thing_is_a_stance_dispute():
    b = briefing(
        {
            "a": "Labour Minister Oskar Lind said the dockers' strike at Port Almond was illegal.",
            "b": "Union leader Ana Brandt said the dockers' strike at Port Almond was not illegal.",
            "c": "Union leader Ana Brandt said the strike was long.",
        }
    )
    (conflict,) = [c for c in b.conflicts if c.kind == "stance"]
    assert [k[0] for k in conflict.statements] == ["a", "b"]
    assert "Ana Brandt" in conflict.about and "Oskar Lind" in conflict.about


def test_claims_do_not_change_when_a_cue_changes():
    texts = {
        "a": "About 2,000 dockers walked out at Port Almond on Monday, the union said.",
        "b": "Some 2,000 dockers walked out at the Port Almond terminals on Monday.",
        "c": "The port authority said talks with the union would resume on Thursday.",
    }
    before = briefing(texts)
    raws = [
        RawArticle(SourceMeta(id=i, published="2025-03-04"), t, None, "0") for i, t in texts.items()
    ]
    walkout, talks = CONFIG.topics
    swapped = (
        walkout.model_copy(update={"cues": ("talks",)}),
        talks.model_copy(update={"cues": ("dockers",)}),
    )
    other = CONFIG.model_copy(update={"topics": swapped})
    after = analyse(other, raws, [f"{i}.txt" for i in texts])
    assert {c.id: c.sources for c in after.claims} == {c.id: c.sources for c in before.claims}
    # the cues did move statements: the claims stayed as they were all the same
    assert [s.topic.topic for s in after.statements] != [s.topic.topic for s in before.statements]


def figure_disputes(b) -> list[list[float]]:
    return [sorted(f.value for f in c.figures) for c in b.conflicts if c.kind == "figures"]


def test_a_body_and_the_people_who_speak_for_it_are_one_claimant():
    texts = {
        "a": "Ana Roe, president of the Freedonia Nurses Association, said 14 people died "
        "in the riots on Monday.",
        "b": "The Freedonia Nurses Association said 22 people died in the riots on Monday.",
    }
    assert figure_disputes(briefing(texts)) == []  # the association's own revision
    texts["a"] = "Police chief Ana Roe said 14 people died in the riots on Monday."
    assert figure_disputes(briefing(texts)) == [[14, 22]]


def test_a_figure_relayed_from_a_body_is_that_body_s():
    texts = {
        "a": "Senator Maria Lund said the Freedonia Coast Guard reported that 30 people "
        "drowned on Monday.",
        "b": "The Freedonia Coast Guard said 12 people drowned on Monday.",
    }
    assert figure_disputes(briefing(texts)) == []  # one body's two counts of one day
    texts["a"] = "Senator Maria Lund said 30 people drowned on Monday."
    assert figure_disputes(briefing(texts)) == [[12, 30]]


def test_a_toll_that_has_climbed_to_a_step_is_not_disputed_within_its_day():
    texts = {
        "a": "A doctor said on Monday that the death toll from the riots had climbed to 13.",
        "b": "Hospital director Omar Vance said on Monday that 23 people died in the riots.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["a"] = "A doctor said on Monday that 13 people died in the riots."
    assert figure_disputes(briefing(texts)) == [[13, 23]]


def test_bodies_recovered_are_the_progress_of_a_search_not_a_disputed_toll():
    texts = {
        "a": "Divers said on Monday they had recovered the bodies of 14 people from the lake.",
        "b": "Harbour master Ines Calder said on Monday that 20 people died in the lake.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["a"] = "Divers said on Monday that 14 people died in the lake."
    assert figure_disputes(briefing(texts)) == [[14, 20]]


def test_an_earlier_report_given_beside_a_figure_is_a_step_of_its_series():
    texts = {
        "a": "Army officials expect 9,000 soldiers to cross the border by June, following "
        "reports of 1,000 soldiers crossing.",
        "b": "The defence ministry said 3,000 soldiers crossed the border.",
    }
    assert figure_disputes(briefing(texts)) == []


def test_a_part_added_to_another_figure_is_not_a_toll():
    texts = {
        "a": "Two guards were shot at the gate, and nurses reported five others killed near "
        "the port.",
        "b": "Police said 12 people were killed near the port.",
    }
    assert figure_disputes(briefing(texts)) == []


def test_a_figure_dated_from_another_event_is_not_as_of_its_article():
    texts = {
        "a": "The ministry declared an outbreak on 20 February and reported six deaths a day "
        "later.",
        "b": "Health officials said the fever has killed 11 people.",
    }
    assert figure_disputes(briefing(texts)) == []


def test_a_count_for_the_claimant_s_own_region_is_not_the_country_s():
    texts = {
        "a": "Officials in the north announced a combined three deaths in their regions.",
        "b": "Rescuers raised the death toll in Freedonia to 205.",
    }
    assert figure_disputes(briefing(texts)) == []


def test_a_negation_disputes_only_what_it_negates():
    texts = {
        "a": "The first fires were found near the depot in Port Almond, but there is still "
        "no confirmation of the cause of the fires, fire chief Ana Roe said.",
        "b": "Police chief Omar Vance said the first fires were found near the depot in Port "
        "Almond and that an inquiry was seeking the cause of the fires.",
    }
    assert [c for c in briefing(texts).conflicts if c.kind == "stance"] == []
    texts["a"] = (
        "The first fires were not found near the depot in Port Almond, and the cause of the "
        "fires is known, fire chief Ana Roe said."  # a party that speaks: not the outlet's own
    )
    assert [c.kind for c in briefing(texts).conflicts] == ["stance"]


def test_silent_one_day_and_denying_another_is_a_change_not_a_dispute():
    texts = {
        "a": "Moscow denied that troops were sent to the port.",
        "b": "The Kremlin has yet to comment on the reports.",
    }
    days = {"a": {"published": "2025-03-05"}, "b": {"published": "2025-03-02"}}
    assert [c for c in briefing(texts, **days).conflicts if c.kind == "denial-vs-no-comment"] == []
    months = {"a": {"published": "2025-03"}, "b": {"published": "2025-03"}}
    assert [c for c in briefing(texts, **months).conflicts] == []  # when, cannot be told


def test_who_gives_a_body_s_reports_speaks_for_it():
    texts = {
        "a": "The Almond Health Agency has reported six deaths from the fever, according to "
        "Ana Roe.",
        "b": "Ana Roe said six people had died of the fever.",
        "c": "The Almond Health Agency said nine people had died of the fever.",
    }
    assert figure_disputes(briefing(texts)) == []  # the agency's own two counts
    del texts["a"]
    assert figure_disputes(briefing(texts)) == [[6, 9]]


def test_a_count_for_one_day_is_not_the_toll_so_far():
    texts = {
        "a": "Police said 12 people were killed in the clashes on Monday.",
        "b": "The health ministry said on Monday that the death toll from the clashes since "
        "January had reached 40.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["b"] = "The health ministry said 40 people were killed in the clashes on Monday."
    assert figure_disputes(briefing(texts)) == [[12, 40]]


def test_a_city_s_toll_is_not_the_whole_event_s():
    texts = {
        "a": "Officials said 40 people died in the floods.",
        "b": "The mayor of Port Almond said 12 people died in Port Almond.",
    }
    assert figure_disputes(briefing(texts)) == []
    texts["a"] = "Officials said 40 people died in Port Almond."
    assert figure_disputes(briefing(texts)) == [[12, 40]]


def test_a_reporting_verb_is_who_said_it_not_something_else_that_happened():
    b = briefing(
        {
            "a": "Mayor Ana Vale resigned on Monday and left Port Almond, her office announced.",
            "b": "Mayor Ana Vale resigned on Monday and left Port Almond, her office confirmed.",
            "c": "Mayor Ana Vale resigned on Monday and stayed in Port Almond, her office said.",
        }
    )
    assert claim_of(b, "a", "Mayor").sources == ("a", "b")
    assert claim_of(b, "c", "Mayor").sources == ("c",)  # "left" / "stayed": two different acts


def test_a_contracted_negative_is_the_same_statement_spelt_out():
    b = briefing(
        {
            "a": "The coroner said the cause of the fire at the mill couldn't be confirmed yet.",
            "b": "The coroner said the cause of the fire at the mill could not be confirmed yet.",
        }
    )
    assert claim_of(b, "a", "The coroner").sources == ("a", "b")


OUTBREAK = {
    "a": "Forty-one confirmed cases have been reported in the outbreak in Osterby, Palk, "
    "Lunmere, Farrow, Tesk and Orrin, including 12 deaths, the Dunmore Health Agency said on "
    "Tuesday.",
    "b": "So far 41 cases of the outbreak have been confirmed including 12 deaths, its chief said.",
}


def test_two_figures_in_common_make_a_looser_rewording_one_fact():
    b = briefing(OUTBREAK)
    assert claim_of(b, "a", "Forty-one").sources == ("a", "b")


def test_one_figure_in_common_does_not_make_a_looser_rewording_one_fact():
    b = briefing(
        {
            k: v.replace(" including 12 deaths,", "").replace(", including 12 deaths", "")
            for k, v in OUTBREAK.items()
        }
    )
    assert claim_of(b, "a", "Forty-one").sources == ("a",)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "At least 40 people were killed and 120 injured when the ferry capsized, police said "
            "on Sunday.",
            "Police said the capsizing left 40 passengers dead and another 120 hurt.",
        ),
        (
            "Peruvian officials said the 7.1 magnitude quake and its aftershocks killed more than "
            "310 people in the Andean south.",
            "The 7.1 magnitude quake and later aftershocks killed over 310 people and left more "
            "than 1,500 injured, according to Lima's civil defence office.",
        ),
        (
            "At least 150 people have been killed in the region as a result of the army's "
            "offensive and more than 300 wounded, the regional ombudsman said.",
            "More than 150 people have been killed and 300 injured, according to the latest "
            "update from the authorities in the region.",
        ),
        (
            "Of the 640 injured people taken to hospital, 410 have since been discharged.",
            "As many as 640 injured passengers were admitted to hospitals, and 410 of them have "
            "been discharged, the chief minister said.",
        ),
    ],
)
def test_two_figures_in_both_main_clauses_are_one_report_in_other_words(a: str, b: str):
    """Each outlet names its own sources and places around one toll: the two figures are
    the report's fingerprint."""
    merged = briefing({"a": a, "b": b})
    assert claim_of(merged, "a", a[:12]).sources == ("a", "b")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # the toll repeated in an aside of another report
            "The 6.2 magnitude quake killed more than 1,300 people in the west on Sunday.",
            "Donors pledged fresh aid at a conference in Geneva for survivors of the 6.2 "
            "magnitude quake, which killed more than 1,300 people, and the flooding that followed "
            "in the valleys.",
        ),
        (  # two events with the same toll share nothing else
            "A bus crash killed 14 people and injured 30 on the highway north of the capital on "
            "Monday.",
            "A train derailment killed 14 people and injured 30 near the port city on Monday.",
        ),
        (  # one value differs
            "At least 40 people were killed and 120 injured when the ferry capsized, police said.",
            "At least 40 people were killed and 150 injured when the ferry capsized, police said.",
        ),
        (  # what may happen
            "The 6.2 magnitude quake killed more than 1,300 people in the west, officials said.",
            "Officials warned a 6.2 magnitude aftershock could kill more than 1,300 people in "
            "the west.",
        ),
        (  # a denial
            "At least 40 people were killed and 120 injured when the ferry capsized, police said.",
            "Police denied that 40 people were killed and 120 injured when the ferry capsized.",
        ),
        (  # another day
            "On Monday, 40 people were killed and 120 injured in clashes in the capital, police "
            "said.",
            "On Friday, 40 people were killed and 120 injured in clashes in the capital, police "
            "said.",
        ),
        (  # the same numbers of other things
            "Turnout was 61 percent and the ruling party won 45 percent of the vote.",
            "The opposition won 61 percent of seats while 45 percent of voters stayed home.",
        ),
        (  # other events told of one place: the name is all they share but their figures
            "Police arrested 40 protesters and injured 12 at the port of Ollan on Monday, the "
            "union said.",
            "Forty people were detained and 12 officers hurt in a drugs raid in Ollan on Monday, "
            "police said.",
        ),
        (
            "Police in Ollan arrested 40 people and injured 12 during the march, the union said.",
            "Police in Ollan detained 40 fans and 12 officers were hurt after the football match, "
            "police said.",
        ),
        (  # two measures alike, of other things in one place
            "The river rose 3 metres in 12 hours in Ollan, the weather agency said.",
            "The dam in Ollan is 3 metres high and 12 hours' drive from the capital, officials "
            "said.",
        ),
        (  # two measures alike, of other things, with a word in common
            "The river rose 3 metres in 12 hours near the town, the weather agency said.",
            "The dam on the river is 3 metres high and lies 12 hours' drive from the capital, "
            "officials said.",
        ),
    ],
)
def test_two_figures_alike_do_not_make_two_reports_one(a: str, b: str):
    apart = briefing({"a": a, "b": b})
    assert claim_of(apart, "a", a[:12]).sources == ("a",)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # a year
            "The floods killed 12 people and left 30 missing in the north of the country, "
            "officials said.",
            "In 2009, a cyclone that swept in from the sea killed 12 people and left 30 missing "
            "across the north, wrecking crops and roads, the army said in a statement.",
        ),
        (  # a time counted back from the story's
            "The floods killed 12 people and injured 30 in the hills on Monday, officials said.",
            "A week earlier, violent storms and mudslides had killed 12 people and injured 30 "
            "across the hills, cutting power to thousands, the army said.",
        ),
        (  # an earlier one of its kind
            "The capsizing near the harbour left 40 people dead and 120 injured, police said.",
            "The port's last ferry disaster, blamed on an overloaded deck and a drunken captain, "
            "left 40 people dead and 120 injured near the harbour, the navy said.",
        ),
    ],
)
def test_two_figures_alike_of_an_earlier_time_on_one_side_are_two_reports(a: str, b: str):
    """One side sets its figures in an earlier time than the other's (a year, "a week
    earlier", "the last disaster"): two events with the same tolls, not one report."""
    apart = briefing({"a": a, "b": b})
    assert claim_of(apart, "a", a[:12]).sources == ("a",)


def test_two_figures_alike_with_a_year_on_both_sides_are_still_one_report():
    """The guard asks for a time on one side only: two outlets that both give the year
    still tell one report."""
    a = (
        "The floods of 2009 killed 12 people and left 30 missing in the north of the country, "
        "officials said."
    )
    b = (
        "In 2009, the floods that swept in from the sea killed 12 people and left 30 missing "
        "across the north, wrecking crops and roads, the army said in a statement."
    )
    merged = briefing({"a": a, "b": b})
    assert claim_of(merged, "a", a[:12]).sources == ("a", "b")


def test_the_last_hours_of_a_count_are_the_storys_own_time():
    """A count over "the last 24 hours" is of the story's time, not an earlier event's."""
    a = (
        "Over the last 24 hours, the outbreak in the remote eastern district has caused 15 "
        "deaths among 28 suspected cases, the health ministry said in a statement on its website."
    )
    b = "Local doctors reported 28 suspected cases and 15 deaths in the district."
    merged = briefing({"a": a, "b": b})
    assert claim_of(merged, "a", a[:12]).sources == ("a", "b")


def test_a_fact_one_article_restates_joins_the_others_report_of_it():
    restated = "So far, 41 confirmed cases have been reported in the outbreak, including 12 deaths."
    b = briefing({"a": OUTBREAK["a"], "b": f"{OUTBREAK['b']} The clinics were busy. {restated}"})
    claim = claim_of(b, "a", "Forty-one")
    assert len(claim.evidence) == 3 and claim.sources == ("a", "b")


def test_two_outlets_tolls_so_far_for_one_day_that_do_not_meet_are_a_dispute():
    texts = {
        "a": "About 90 people have been killed in the riots in Freedonia.",
        "b": "Approximately 40 people have been killed in the riots in Freedonia.",
    }
    meta = {"a": {"outlet": "One Paper"}, "b": {"outlet": "Another Paper"}}
    assert figure_disputes(briefing(texts, **meta)) == [[40, 90]]
    # one outlet's two copies of the day: its own update, not a dispute
    same = {"a": {"outlet": "One Paper"}, "b": {"outlet": "One Paper"}}
    assert figure_disputes(briefing(texts, **same)) == []


def test_an_outlet_s_passing_count_is_not_set_against_another_s_total():
    texts = {
        "a": "About 90 people have been killed in the riots in Freedonia.",
        "b": "Four people were killed in the riots in Freedonia.",
    }
    meta = {"a": {"outlet": "One Paper"}, "b": {"outlet": "Another Paper"}}
    assert figure_disputes(briefing(texts, **meta)) == []  # some count of some hour
    texts["b"] = "Police said four people have been killed in the riots in Freedonia."
    assert figure_disputes(briefing(texts, **meta)) == []  # an outlet's toll against police's


def test_a_party_denying_what_another_just_accused_it_of_is_a_stance_dispute():
    texts = {
        "a": "Freedonia accused Sylvania of arming the rebels in the north. "
        "Sylvania denied the accusation.",
    }
    (conflict,) = [c for c in briefing(texts).conflicts if c.kind == "stance"]
    assert len(conflict.statements) == 2
    texts["b"] = "Freedonia blamed Sylvania for the raid. Sylvania denied that."
    (conflict,) = [c for c in briefing(texts).conflicts if c.kind == "stance"]
    assert len(conflict.statements) == 4  # one accuser, one denier: one dispute
    del texts["b"]
    texts["a"] = (
        "Sylvania said Freedonia's troops crossed the border. "
        "Freedonia accused Sylvania of the raid, which Sylvania rejected."
    )
    assert [c for c in briefing(texts).conflicts if c.kind == "stance"] == []  # not Freedonia's
    texts["a"] = "Freedonia accused the rebels of the attack in the north. Sylvania denied it."
    assert [c for c in briefing(texts).conflicts if c.kind == "stance"] == []  # not accused
    texts["a"] = "Sylvania said Sylvania held talks in the north. Sylvania denied the reports."
    assert [c for c in briefing(texts).conflicts if c.kind == "stance"] == []  # its own words


def _stances(texts: dict[str, str]) -> list[tuple[tuple[str, str], ...]]:
    return [c.statements for c in briefing(texts).conflicts if c.kind == "stance"]


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors accused Ana Roe of taking bribes from a builder. Roe denies any wrongdoing.",
        "Roe denies any wrongdoing. Prosecutors accused Roe of taking bribes from a builder.",
        "Peru denies any involvement in the bombing. Chilean officials have blamed Peru for "
        "the attack on the depot.",
        "The mayor, Ana Roe, is accused by auditors of misusing city funds. She denied any role "
        "in the payments.",
        "Police charged Acme Corp with polluting the river in March. Acme denied any "
        "responsibility for the spill.",
        "Police blamed the crash on Acme's faulty brakes. Acme denied any responsibility.",
        "Officials have alleged that Roe's aides sold state gifts. Roe denied the charges "
        "against his aides.",
        # a relative clause in a quotation is not another party's clause
        'Prosecutors accused Ana Roe of selling state gifts. "It is a sad day for a court '
        'which has lost its way," Roe said, repeating her denial of the charges.',
    ],
)
def test_a_denial_of_guilt_in_general_words_answers_the_accusation_told_around_it(text):
    (conflict,) = _stances({"a": text})
    assert len(conflict) == 2


@pytest.mark.parametrize("pointer", ["the reports", "these claims", "it", "the speculation"])
def test_a_denial_naming_what_was_said_points_back_and_one_naming_a_thing_does_not(pointer):
    texts = {"a": f"Freedonia accused Sylvania of arming the rebels. Sylvania denied {pointer}."}
    (conflict,) = _stances(texts)
    assert len(conflict) == 2
    texts = {"a": "Freedonia said Sylvania held talks with the rebels. Sylvania denies wrongdoing."}
    assert _stances(texts) == []  # "wrongdoing" is denied, not pointed to


@pytest.mark.parametrize(
    "text",
    [
        # no accusation: "denies wrongdoing" points back to nothing said
        "Ana Roe will be banned from leaving the country, the court said. Roe denies wrongdoing.",
        "Prosecutors accused Ana Roe of taking bribes. Ben Cole denies any wrongdoing.",
        # the denier is named in what another is accused of
        "Roe's lawyer accused the police of beating Roe. Roe denies any wrongdoing.",
        # the accused is the owner's relative, named: not the owner
        "Prosecutors also accused Roe's husband, Tom Hale, of laundering the money. Roe "
        "denied any wrongdoing.",
        "Roe's husband, Tom Hale, is accused of laundering the money. Roe denied any wrongdoing.",
        # the denial is another clause's, not the claimant's
        "Peru blamed Chile for the raid, which Chile's army denied any role in.",
        "Roe, who has denied any wrongdoing, said the accusations against Cole were baseless.",
        # a denial of something else
        "The union accused Acme of breaking the law. Acme denied the union's request for a "
        "meeting.",
        "Sylvania denies any involvement in the talks. The rebels said Sylvania hosted them.",
        "Acme was charged with polluting the river, police said. The court denied the motion.",
        # a conviction told without an accusation word, and the denier's own words
        "Roe began serving a prison term for fraud on Monday. Roe denies any wrongdoing.",
        "Roe said prosecutors had accused her of fraud. Roe denies any wrongdoing.",
        # the denier's own side, and one statement alone
        "Chilean President Ana Roe accused Peru of shifting the blame onto Chile. Chile denies "
        "any involvement in the attack.",
        "The judge denied bail, saying Roe was accused of fraud.",
        # an accusation word of another sense, or of another accused
        "Acme denies any wrongdoing. The regulator said Acme charges customers $5 a month.",
        "Rebels claimed responsibility for the attack on Acme's depot. Acme denied any link "
        "to the rebels.",
        "Roe denied any role in the bombing. The bombing was claimed by a rebel group, police "
        "said.",
        # too far from it in the article
        "Prosecutors accused Roe of fraud. The weather was fine, forecasters said. The market "
        "rose, traders said. The river flooded, police said. The bridge closed, officials said. "
        "The school opened, its head said. Roe denies any wrongdoing.",
    ],
)
def test_a_denial_of_guilt_answers_no_statement_that_does_not_accuse_the_denier(text):
    assert _stances({"a": text}) == []


@pytest.mark.parametrize(
    "text",
    [
        # the denial names a matter of its own, not what the accusation says the denier did
        "Ana Roe has denied any role in the 2019 crane contract. Separately, tax inspectors "
        "accused Roe of evading 2 million euros in taxes on Monday.",
        "Sylvania accused Freedonia of shelling the hospital in Kell. Freedonia denied any "
        "responsibility for a bombing in Marra last year, its foreign ministry said.",
        "Police accused the dockers' union of organising the port blockade. The union denied "
        "any involvement in the arson attack on the fuel depot.",
        # a link between two things is a fact denied, not guilt
        "Opposition leader Jon Pike accused the health ministry of mismanaging the budget. The "
        "health ministry denied any link between the vaccine and the deaths.",
        "Rights groups accused the army of killing civilians in Kell. The army denied any "
        "connection between the two.",
    ],
)
def test_a_denial_of_guilt_in_a_matter_of_its_own_answers_no_accusation_of_another(text):
    assert _stances({"a": text}) == []


def test_a_denial_of_guilt_in_the_matter_it_was_accused_of_answers_it():
    text = (
        "Police accused the dockers' union of organising the arson attack on the fuel depot. "
        "The union denied any involvement in the arson attack on the depot."
    )
    (conflict,) = _stances({"a": text})
    assert len(conflict) == 2


def test_one_accuser_and_one_denier_make_one_dispute_not_two_sharing_statements():
    texts = {
        "a": "Police accused the dockers' union of organising the port blockade. The union "
        "denied any involvement in the arson attack on the fuel depot.",
        "b": "Police accused the dockers' union of organising the arson attack on the fuel "
        "depot. The union denied any involvement in the attack.",
    }
    (conflict,) = _stances(texts)
    assert len(conflict) == 3  # b's accusation, both denials of the arson attack


def test_two_unnamed_groups_that_name_no_body_are_not_two_claimants():
    texts = {
        "a": "Officials said 40 people were killed in the floods on Monday.",
        "b": "Authorities said 52 people were killed in the floods on Monday.",
    }
    days = {"a": {"published": "2025-03-03"}, "b": {"published": "2025-03-03"}}
    assert figure_disputes(briefing(texts, **days)) == []  # perhaps one source, updating
    texts["b"] = "The Red Cross said 52 people were killed in the floods on Monday."
    assert figure_disputes(briefing(texts, **days)) == [[40, 52]]


@pytest.mark.parametrize("verb", ["did locate", "did recover", "did retrieve", "did identify"])
def test_bodies_a_search_finds_are_a_step_of_its_series_in_any_form_of_its_verb(verb):
    texts = {
        "a": f"The army said it {verb} 12 bodies in the fires on Monday.",
        "b": "Regional officials said 30 people were killed in the fires on Monday.",
    }
    days = {"a": {"published": "2025-03-03"}, "b": {"published": "2025-03-03"}}
    assert figure_disputes(briefing(texts, **days)) == []
    texts["a"] = "The army said 12 people were killed in the fires on Monday."
    assert figure_disputes(briefing(texts, **days)) == [[12, 30]]


def test_a_day_s_toll_given_a_day_later_is_a_step_of_its_series_not_a_dispute():
    texts = {
        "a": "The army said 12 people were killed in the shelling on Monday.",
        "b": "Regional officials said 30 people were killed in the shelling on Monday.",
    }
    days = {"a": {"published": "2025-03-03"}, "b": {"published": "2025-03-04"}}
    assert figure_disputes(briefing(texts, **days)) == []  # counted again the next day
    days["b"] = {"published": "2025-03-03"}
    assert figure_disputes(briefing(texts, **days)) == [[12, 30]]  # the same day's counts


def test_one_state_s_officials_updating_a_running_count_within_a_day_are_no_dispute():
    texts = {
        "a": "Paraguay's army spokesman, Maj. Gen. Ana Roe, said nine people were killed "
        "in the raids.",
        "b": "Fourteen people, among them two children, were killed when Bolivia attacked "
        "two towns, said a Paraguayan official.",
    }
    assert figure_disputes(briefing(texts)) == []  # Paraguay's own count rising in the day
    texts["c"] = "Bolivia said 30 people were killed in the raids."
    assert figure_disputes(briefing(texts)) == [[9, 14, 30]]  # another state's: a dispute


def test_a_rewrite_may_add_a_figure_to_one_it_shares():
    """A figure one report adds beside a figure both give does not make another fact; a
    different value, or figures against none of their kind, still does."""
    from briefbook.analyse.claims import _figures_agree

    assert _figures_agree({"injured": {9.0}}, {"injured": {9.0, 2.0}})
    assert _figures_agree({"injured": {9.0}}, {"injured": {9.0}, "deaths": {3.0}})
    assert not _figures_agree({"injured": {9.0}}, {"injured": {12.0}})
    assert not _figures_agree({"injured": {9.0, 4.0}}, {"injured": {9.0, 5.0}})
    assert not _figures_agree({}, {"deaths": {30.0}})
    assert not _figures_agree({"injured": {9.0}}, {"deaths": {9.0}})
    assert _figures_agree({"count": {4.0}}, {})


def test_rewrites_sharing_their_main_act_merge_though_each_adds_a_clause():
    """ "resigned ... as protesters were arrested" and "resigned ... amid protests that
    escalated": the same report, each with a clause of its own; "declared" and "lifted"
    share no act and stay apart (test_shared_names_or_a_shared_number_alone_never_merge)."""
    b = briefing(
        {
            "a": "The governor of Almond resigned on Monday and left the province, as more "
            "protesters were arrested in the capital.",
            "b": "The governor of Almond resigned on Monday and left the province, local radio "
            "reported, amid protests that escalated in the capital.",
        }
    )
    assert claim_of(b, "a", "The governor").sources == ("a", "b")


def test_news_synonyms_read_as_one_word():
    """ "a blaze" is "a fire", "the biggest" "the largest": a rewrite in other words."""
    b = briefing(
        {
            "a": "A fire destroyed the largest warehouse at Port Almond on Monday.",
            "b": "A blaze destroyed the biggest warehouse at Port Almond on Monday.",
        }
    )
    assert claim_of(b, "a", "A fire").sources == ("a", "b")


def test_inflected_synonyms_and_irregular_pasts_read_as_their_head():
    """ "experienced" is "suffered", "happened" "occurred", "began" "started": a rewrite in
    other words, whose act is the same."""
    b = briefing(
        {
            "a": "The tanker experienced an engine failure off Port Almond on Monday night.",
            "b": "The tanker suffered an engine failure off Port Almond on Monday night.",
            "c": "The blackout happened at the Port Almond terminal on Monday night.",
            "d": "The blackout occurred at the Port Almond terminal on Monday night.",
        }
    )
    assert claim_of(b, "a", "The tanker").sources == ("a", "b")
    assert claim_of(b, "c", "The blackout").sources == ("c", "d")


def test_shut_strengthened_and_counts_read_as_closed_intensified_and_charges():
    """ "shut" is "closed", "intensified" "strengthened", "counts" (of an indictment)
    "charges": a rewrite in other words."""
    b = briefing(
        {
            "a": "Police closed the main square and nearby streets.",
            "b": "Police shut the central square and nearby roads.",
            "c": "The storm intensified over warm water near the coast.",
            "d": "The storm strengthened over warm seas off the coast.",
            "e": "The court convicted the former mayor on all counts.",
            "f": "The court convicted the ex-mayor on all charges.",
        }
    )
    assert claim_of(b, "a", "Police").sources == ("a", "b")
    assert claim_of(b, "c", "The storm").sources == ("c", "d")
    assert claim_of(b, "e", "The court").sources == ("e", "f")


def test_british_and_american_spellings_are_one_word():
    """ "reorganised" is "reorganized", "harbour" "harbor": one report, in either spelling."""
    assert american("organisations") == american("organizations")
    assert american("honoured") == american("honored")
    assert american("cancelled") == american("canceled")
    assert american("centres") == american("centers")
    assert american("four") == "four" and american("called") == "called"  # no British form
    b = briefing(
        {
            "a": "The harbour authority reorganised the night shifts at Port Almond on Monday.",
            "b": "The harbor authority reorganized the night shifts at Port Almond on Monday.",
        }
    )
    assert claim_of(b, "a", "The harbour").sources == ("a", "b")


def test_figures_that_share_only_the_noun_they_count_count_different_things():
    texts = {
        "a": "At the tower, 40 welders joined the strike, the union said.",
        "b": "At the tower, nearly 90 welders were at work, the builder said.",
    }
    assert figure_disputes(briefing(texts)) == []  # on strike, against at work: two counts
    texts["b"] = "At the tower, 90 welders joined the strike, the builder said."
    assert figure_disputes(briefing(texts)) == [[40, 90]]  # the same count, disputed
    # (people trapped are a plain count, as the gold README has them: never compared)


def size_of(text: str) -> bool:
    return any(size(q) for q in quantities(text) if q.kind == "distance")


def test_a_length_joined_to_a_compound_adjective_is_a_size():
    """ "a 3-metre-wide alley" is the alley's width, not a distance between places."""
    assert size_of("a 3-metre-wide alley")
    assert size_of("a 22-foot vessel")
    assert not size_of("within 100 metres of the alley")


def test_the_whole_a_part_is_taken_from_is_not_a_rival_count():
    texts = {
        "a": "Judge Ana Roe said the panel voted six to three to uphold the ban on Monday.",
        "b": "Six of the panel's nine judges voted to uphold the ban on Monday.",
    }
    assert figure_disputes(briefing(texts)) == []  # nine judges is the pool, not the vote


def test_a_figure_from_a_speaker_for_a_province_is_the_province_s():
    texts = {
        "a": "Lena Varo, spokesperson for the administration of Freedonia's Saltmarsh "
        "province, said two people were wounded on Monday. Saltmarsh province lies on the "
        "border.",
        "b": "Health officials said 40 people were wounded on Monday.",
    }
    assert figure_disputes(briefing(texts)) == []


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("This comment came a day after the strike began.", True),
        ("“It is the longest walkout in a decade,” she said.", True),
        ("These figures were disputed by the port authority.", True),
        ("Such strikes are rare at the port.", True),
        ("The strike closed four terminals.", False),
        ("Thiswick dockers walked out on Monday.", False),
        ("2,000 dockers said this was the last offer.", False),
    ],
)
def test_a_sentence_opening_with_a_word_that_points_back_does_not_stand_alone(text, back):
    assert refers_back(text) is back


def test_a_claims_wording_is_a_sentence_that_stands_alone():
    b = briefing(
        {
            "a": "This strike at Port Almond closed all four container terminals on Monday.",
            "b": "The strike at Port Almond closed all four container terminals on Monday.",
        }
    )
    claim = claim_of(b, "a", "This strike")
    assert claim.sources == ("a", "b")
    assert claim.wording.startswith("The strike")


def test_best_claims_stand_alone_then_come_earlier_in_their_article():
    b = briefing(
        {
            "a": "Dockers at Port Almond began a strike over pay on Monday. "
            "It was the first strike at the port in a decade. "
            "The strike closed four container terminals by the evening."
        }
    )
    statements = {(s.source_id, s.sentence_id): s for s in b.statements}
    order = [c.wording[:12] for c in sorted(b.claims, key=best_sourced(statements))]
    assert order == ["Dockers at P", "The strike c", "It was the f"]


def test_one_named_claimant_s_account_in_other_words_is_one_fact():
    """The same named speaker's account, each outlet in its own words: a paraphrase, though
    no figure is shared; the same words from another speaker are that speaker's account."""
    texts = {
        "a": "Mayor Ana Vale said the storm damaged the north pier and flooded the old fish "
        "market.",
        "b": "The old fish market was under water after the storm, which also damaged the north "
        "pier and cut power to several streets near the harbour, Mayor Ana Vale told local radio.",
    }
    claim = claim_of(briefing(texts), "a", "Mayor Ana Vale")
    assert claim.sources == ("a", "b")
    (joined,) = [e for e in claim.evidence if e.basis is not None]
    assert joined.basis == "paraphrase" and "from the same claimant" in joined.why
    other = {**texts, "b": texts["b"].replace("Mayor Ana Vale", "Fire chief Tomas Reed")}
    assert claim_of(briefing(other), "a", "Mayor Ana Vale").sources == ("a",)


def test_a_sum_converted_into_other_currencies_is_one_figure():
    """Each outlet converts the sum into its readers' currency: the conversions are no
    rival values."""
    b = briefing(
        {
            "a": "The central bank lent the stricken lender CHF50 billion ($54 billion) on "
            "Thursday to calm the markets.",
            "b": "The central bank lent the stricken lender 50 billion Swiss francs (about 51 "
            "billion euros) on Thursday to calm the markets.",
            "c": "The central bank lent the stricken lender CHF60 billion ($65 billion) on "
            "Thursday to calm the markets.",
        }
    )
    assert claim_of(b, "a", "The central bank").sources == ("a", "b")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The plane suffered damage to its wing.", "The aircraft sustained damage to its wing."),
        ("The minister resigned after the vote.", "The minister quit after the vote."),
    ],
)
def test_news_word_families_read_as_one_word(first, second):
    """An event's verb or the vehicle's name in another word of its family is the same
    report: "suffered" / "sustained", "resigned" / "quit", "plane" / "aircraft"."""
    from briefbook.analyse.claims import content_words

    assert content_words(first) == content_words(second)


def test_statements_of_opposite_directions_are_never_one_fact():
    """Words of one direction against words of the other say different things happened,
    however much else two statements share (claims.opposites)."""
    rose = "Shares in the carmaker rose 5% on Monday after the company unveiled a battery plant."
    b = briefing({"a": rose, "b": rose.replace("rose", "fell")})
    assert claim_of(b, "a", "Shares").sources == ("a",)
    b = briefing({"a": rose, "b": rose.replace("rose", "climbed")})
    assert claim_of(b, "a", "Shares").sources == ("a", "b")  # one direction, other words
    jury = "A jury in Norvale convicted the former mayor of bribery on Friday after a long trial."
    b = briefing({"a": jury, "b": jury.replace("convicted", "acquitted")})
    assert claim_of(b, "a", "A jury").sources == ("a",)


def test_a_participle_ending_a_compound_adjective_is_no_act():
    """ "a Kent-based charity" says what the charity is, not what happened: a rewrite that
    drops it and tells the act in its own words is the same report; "re-elected", a prefixed
    verb, is still an act."""
    from briefbook.analyse.claims import _acts

    assert _acts("A Kent-based charity and US-led talks, so-called, were re-elected.") == [
        "re-elected"
    ]
    b = briefing(
        {
            "a": "A Kent-based charity accused the Almond Group of a brazen accounting fraud "
            "scheme lasting decades.",
            "b": "The charity said the Almond Group had engaged in a brazen accounting fraud "
            "scheme lasting decades.",
        }
    )
    assert claim_of(b, "a", "A Kent").sources == ("a", "b")


def test_a_duration_only_one_gives_is_a_detail_of_the_telling():
    """ "two days after the council voted" and "after the council voted": one report; two
    durations that differ are still two facts."""
    from briefbook.analyse.claims import _figures_agree

    assert _figures_agree({"duration days": {2.0}}, {})
    assert _figures_agree({"duration days": {2.0}, "deaths": {3.0}}, {"deaths": {3.0}})
    assert not _figures_agree({"duration days": {2.0}}, {"duration days": {5.0}})
    assert not _figures_agree({"duration days": {2.0}, "deaths": {3.0}}, {})
    b = briefing(
        {
            "a": "Mayor Ana Vale resigned two days after the council of Port Almond voted to "
            "close the harbour school.",
            "b": "Mayor Ana Vale resigned after the council of Port Almond voted to close the "
            "harbour school.",
        }
    )
    assert claim_of(b, "a", "Mayor").sources == ("a", "b")


def test_officials_are_the_authorities_and_stepping_down_is_resigning():
    """ "Authorities said" is "officials said", "stepped down" "resigned": the same report in
    the words of another outlet."""
    b = briefing(
        {
            "a": "Officials said the harbour master of Port Almond stepped down on Monday after "
            "the dockers' vote.",
            "b": "Authorities said the harbour master of Port Almond resigned on Monday after "
            "the dockers' vote.",
        }
    )
    assert claim_of(b, "a", "Officials").sources == ("a", "b")


def test_a_projection_beside_a_shared_act_is_one_report_in_nearly_the_same_words():
    b = briefing(
        {
            "a": "The storm destroyed the harbour pier on Sunday night, in a collapse that "
            "could close the port for months.",
            "b": "The storm destroyed the harbour pier on Sunday night.",
            "c": "The storm destroyed the harbour pier, and the mayor warned that repairs to "
            "the sea wall and the fish market could take a year.",
        }
    )
    assert claim_of(b, "a", "The storm") is claim_of(b, "b", "The storm")
    # a projection beside the shared act in other words is another thing said of it
    assert claim_of(b, "c", "The storm") is not claim_of(b, "b", "The storm")


def test_a_toll_beside_a_shared_act_is_one_report_in_nearly_the_same_words():
    b = briefing(
        {
            "a": "Heavy rains triggered landslides and floods across the northern provinces, "
            "killing 41 people with 12 others missing, the disaster agency said.",
            "b": "Heavy rains triggered landslides and floods across the northern provinces, "
            "the disaster agency said.",
            "c": "Heavy rains triggered landslides in the north, and the agency said roads and "
            "bridges in three valleys were cut off.",
            "d": "Floods across the northern provinces forced the closure of schools, the "
            "disaster agency said.",
        }
    )
    assert claim_of(b, "a", "Heavy rains") is claim_of(b, "b", "Heavy rains")
    # in other words, or without a shared act, the toll is not what the other says
    assert claim_of(b, "c", "Heavy rains") is not claim_of(b, "a", "Heavy rains")
    assert claim_of(b, "d", "Floods") is not claim_of(b, "a", "Heavy rains")


def test_a_figure_only_one_gives_that_is_no_toll_keeps_a_rewrite_apart():
    b = briefing(
        {
            "a": "Residents living near the chemical plant have been ordered to evacuate.",
            "b": "Residents living within a 2-mile radius of the chemical plant have been "
            "ordered to evacuate.",
        }
    )
    assert all(len(c.sources) == 1 for c in b.claims)  # a radius: which residents


def test_what_will_happen_and_what_happened_without_a_shared_act_stay_apart():
    b = briefing(
        {
            "a": "The government sent 1,200 soldiers to the border region on Tuesday.",
            "b": "The government is preparing to send 1,200 soldiers to the border region.",
        }
    )
    assert all(len(c.sources) == 1 for c in b.claims)


def test_an_added_case_reported_on_different_days_is_another_step_of_the_count():
    text = "One more case of cholera has been confirmed in the northern district."
    apart = briefing(
        {"a": text, "b": text},
        a={"published": "2025-03-02"},
        b={"published": "2025-03-04"},
    )
    assert all(len(c.sources) == 1 for c in apart.claims)
    same_day = briefing({"a": text, "b": text})
    assert claim_of(same_day, "a", "One more") is claim_of(same_day, "b", "One more")
    # a one-off added figure is no step of a running count: one report across days
    sent = "The army has sent another 500 soldiers to the flooded northern district."
    later = briefing(
        {"a": sent, "b": sent}, a={"published": "2025-03-02"}, b={"published": "2025-03-04"}
    )
    assert claim_of(later, "a", "The army") is claim_of(later, "b", "The army")


def test_one_named_speaker_saying_the_same_act_in_other_words_is_one_account():
    found = (
        "Ana Vale, the director of the port, said inspectors found deep cracks in two cranes on "
        "the east quay."
    )
    again = (
        "Inspectors have found cracks in the old cranes during checks this week, Ana Vale told "
        "reporters on Monday."
    )
    b = briefing({"a": found, "b": again})
    claim = claim_of(b, "a", "Ana Vale")
    assert claim is claim_of(b, "b", "Inspectors")
    reason = next(e.why for e in claim.evidence if e.basis is not None)
    assert "paraphrase" in reason and "same claimant" in reason
    # another speaker saying it, or the same speaker with no act in common, stays apart
    other = briefing({"a": found, "b": again.replace("Ana Vale", "Tom Roe")})
    assert claim_of(other, "a", "Ana Vale") is not claim_of(other, "b", "Inspectors")
    checking = (
        "Inspectors are checking the old cranes for cracks during visits this week, Ana Vale "
        "told reporters on Monday."
    )
    no_act = briefing({"a": found, "b": checking})
    assert claim_of(no_act, "a", "Ana Vale") is not claim_of(no_act, "b", "Inspectors")


MAIN_CLAUSE_SAME = [
    (
        "Two dams in the hills above Port Almond collapsed.",
        "Two dams in the hills above the town collapsed, sending floodwaters through the "
        "centre and sweeping away entire streets.",
    ),
    (
        "The regional bloc has suspended Freedonia's membership after the coup in the country.",
        "The regional bloc has suspended Freedonia following the coup staged by army officers "
        "last week.",
    ),
    (
        "Lawmakers voted to remove President Ana Vale from office after months of protests, a "
        "historic move which plunged the country into turmoil.",
        "Lawmakers voted to remove President Ana Vale from office in a historic impeachment vote.",
    ),
    (
        "The ruling party lost its parliamentary majority for the first time since the 1994 "
        "vote that ended decades of one-party rule.",
        "The ruling party, which has governed for three decades with a broad coalition of "
        "unions and churches, has lost its parliamentary majority.",
    ),
]


@pytest.mark.parametrize(("one", "other"), MAIN_CLAUSE_SAME)
def test_one_main_clause_told_with_other_asides_is_one_claim(one, other):
    b = briefing({"a": one, "b": other})
    claim = claim_of(b, "a", one[:12])
    assert claim.sources == ("a", "b")
    assert "in the same main clause" in " ".join(e.why for e in claim.evidence)


MAIN_CLAUSE_APART = [
    # the act both tell is in a subordinate clause of one
    (
        "Jon Roe resigned as chief executive a day after Harbor Line filed for bankruptcy "
        "protection.",
        "Harbor Line filed for bankruptcy protection in the United States.",
    ),
    # the same verb, another event
    (
        "The regional bloc suspended Freedonia after the coup in the country.",
        "The United Nations suspended Westland after the coup in the country.",
    ),
    # a main clause that tells another act beside the shared one
    (
        "The regional bloc suspended Freedonia and imposed sanctions after the coup.",
        "The regional bloc lifted the suspension of Freedonia after the coup.",
    ),
    # negated, projected, another figure, another day
    (
        "Two dams in the hills above the town collapsed overnight.",
        "Two dams in the hills above the town did not collapse overnight.",
    ),
    (
        "Lawmakers voted to remove the president from office after months of protests.",
        "Lawmakers will vote to remove the president from office after months of protests.",
    ),
    (
        "The ruling party lost 40 seats in parliament, its worst result since independence.",
        "The ruling party lost 12 seats in parliament, its worst result since independence.",
    ),
    (
        "A strong earthquake struck off the coast on Monday, damaging dozens of homes.",
        "A strong earthquake struck off the coast on Friday, damaging dozens of homes.",
    ),
    # asides that share no word tell which event or which people (review)
    (
        "Riot police in the capital arrested 40 people after a march on parliament against the "
        "new pension law turned violent.",
        "Riot police in the capital arrested 40 people after fans of two rival football clubs "
        "fought outside the national stadium.",
    ),
    (
        "Police in Kell detained 12 men, who are suspected of smuggling weapons across the "
        "border from the north.",
        "Police in Kell detained 12 men, who had blocked the main road to protest against fuel "
        "price rises.",
    ),
    # what may happen, not what did
    (
        "Two dams above the town collapsed after days of heavy rain, officials said.",
        "Engineers had warned for years that two dams above the town could collapse after days "
        "of heavy rain.",
    ),
]


@pytest.mark.parametrize(("one", "other"), MAIN_CLAUSE_APART)
def test_main_clauses_that_tell_different_things_stay_apart(one, other):
    b = briefing({"a": one, "b": other})
    assert all(len(c.sources) == 1 for c in b.claims)


# An act the outlet tells in its own voice ("X declared a state of emergency": no claimant)
# and the same party's account of it ("..., saying ...") are one party's fact (review of
# round thirty: the act lost its claimant and stopped merging with the account)
ACT_AND_ACCOUNT = [
    (
        "President Luis Roe declared a state of emergency in Ollan on Tuesday.",
        "President Luis Roe declared a state of emergency in Ollan on Tuesday, saying the "
        "floods were the worst in decades.",
    ),
    (
        "President Luis Roe declared three days of national mourning for the victims of the "
        "floods.",
        "President Luis Roe declared three days of national mourning for the victims of the "
        "floods, calling the disaster a national tragedy.",
    ),
    (
        "Mayor Tom Hale declared a state of emergency in the city on Monday.",
        "Mayor Tom Hale declared a state of emergency in the city on Monday, warning residents "
        "to stay indoors.",
    ),
]


@pytest.mark.parametrize(("act", "account"), ACT_AND_ACCOUNT)
def test_an_act_and_its_partys_account_of_it_are_one_claim(act, account):
    b = briefing({"a": act, "b": account})
    assert claim_of(b, "a", act[:20]).sources == ("a", "b")
    (told,) = [s for s in b.statements if s.source_id == "a"]
    assert told.claimant is None and told.cue == ""  # the book still cites no one for the act
    assert told.acted == claim_of(b, "b", account[:20]).evidence[1].claimant


ACT_APART = [
    # another party's act, told plainly or with its account
    (
        "Governor Ana Ruiz declared a state of emergency in Ollan on Tuesday.",
        "President Luis Roe declared a state of emergency in Ollan on Tuesday, saying the "
        "floods were the worst in decades.",
    ),
    (
        "Governor Ana Ruiz declared a state of emergency in Ollan on Tuesday.",
        "President Luis Roe declared a state of emergency in Ollan on Tuesday.",
    ),
    (
        "Police declared a curfew in Westport on Monday.",
        "The army declared a curfew in Westport on Monday, saying looters would be shot.",
    ),
    # another act of the same party
    (
        "President Luis Roe declared a curfew in Ollan on Tuesday.",
        "President Luis Roe declared a state of emergency in Ollan on Tuesday, saying the "
        "floods were the worst in decades.",
    ),
    (
        "President Luis Roe lifted the state of emergency in Ollan on Tuesday.",
        "President Luis Roe declared a state of emergency in Ollan on Tuesday, saying the "
        "floods were the worst in decades.",
    ),
    (
        "Prime Minister Ana Vale proclaimed three days of national mourning on Friday.",
        "Prime Minister Ana Vale proclaimed seven days of national mourning on Friday, calling "
        "the crash a national tragedy.",
    ),
    # another day, another place
    (
        "President Luis Roe declared a state of emergency in Ollan on Tuesday.",
        "President Luis Roe declared a state of emergency in Ollan on Friday, saying the floods "
        "were the worst in decades.",
    ),
    (
        "President Luis Roe declared a state of emergency in Ollan on Tuesday.",
        "President Luis Roe declared a state of emergency in Varna on Tuesday, saying the floods "
        "were the worst in decades.",
    ),
    # a denial of the act
    (
        "President Luis Roe declared a state of emergency in Ollan on Tuesday.",
        "President Luis Roe denied that he had declared a state of emergency in Ollan on Tuesday.",
    ),
]


@pytest.mark.parametrize(("one", "other"), ACT_APART)
def test_an_act_and_another_partys_or_another_act_stay_apart(one, other):
    b = briefing({"a": one, "b": other})
    assert all(len(c.sources) == 1 for c in b.claims)
