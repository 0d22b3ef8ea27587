"""Claim lines written as data (``briefbook.book.claimlines``, ``chapters.claim_data_line``)."""

from __future__ import annotations

import pytest

from briefbook.bidi import FSI, PDI
from briefbook.book.chapters import claim_data_line, claim_markup
from briefbook.book.claimlines import read_claims

PARTS = [
    ("text", "Police said *12* people were hurt, [not] {ref}`x` <b>."),
    ("glue", " "),
    ("role", "cite:p", "a,b"),
    ("glue", " — "),
    ("role", "ref", "Interior Ministry <bb-actor-interior-ministry>"),
    ("glue", " "),
    ("text", "(said)"),
    ("break",),
    ("role", "briefbook-claim-status", "c1"),
    ("glue", " · "),
    ("text", "evidence:"),
    ("glue", " "),
    ("role", "briefbook-evidence", "a/s1; b/s2"),
    ("glue", " · "),
    ("text", "claim c1"),
]


def test_a_claim_line_is_one_line_of_data_its_text_as_shown_and_its_roles_as_written():
    line = claim_data_line(PARTS)
    assert len(line.splitlines()) == 1
    assert read_claims([line]) == [
        [
            "Police said *12* people were hurt, [not] {ref}`x` <b>. ",
            {"role": "cite:p", "text": "a,b"},
            " — ",
            {"role": "ref", "text": "Interior Ministry <bb-actor-interior-ministry>"},
            " (said)",
            {"break": "line"},
            {"role": "briefbook-claim-status", "text": "c1"},
            " · evidence: ",
            {"role": "briefbook-evidence", "text": "a/s1; b/s2"},
            " · claim c1",
        ]
    ]
    # the markup escapes the same text, so that MyST shows it as the data holds it
    assert claim_markup(PARTS).startswith(
        "- Police said \\*12\\* people were hurt\\, \\[not\\] \\{ref\\}\\`x\\` \\<b\\>\\. {cite:p}`a,b`"
    )
    assert "\\(said\\)  \n  {briefbook-claim-status}`c1` · evidence\\: " in claim_markup(PARTS)


def test_a_claim_s_text_is_on_one_line_and_a_right_to_left_name_isolated():
    parts = [("text", "The  minister\nsaid \u05e9\u05dc\u05d5\u05dd"), ("glue", " "), ("text", "x")]
    assert read_claims([claim_data_line(parts)]) == [
        [FSI + "The minister said \u05e9\u05dc\u05d5\u05dd" + PDI + " x"]
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ["not json"],
        ['"a claim"'],  # not a list of parts
        ['[{"role": "raw", "text": "<script>"}]'],  # a role a claim line never calls
        ['[{"role": "ref"}]'],
        ['[{"role": "ref", "text": "x", "more": "y"}]'],
        ['[{"break": "page"}]'],
        ["[1]"],
    ],
)
def test_claims_not_of_the_format_are_refused(lines):
    with pytest.raises(ValueError):
        read_claims(lines)


def test_a_claim_nested_too_deep_to_read_is_refused_as_bad_data() -> None:
    with pytest.raises(ValueError, match="nested too deep"):
        read_claims(["[" * 50_000 + "]" * 50_000])
