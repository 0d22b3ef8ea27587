"""A quotation of several sentences: each sentence is a statement, and the speaker named
where the quotation closes speaks for all of them (general news style, invented)."""

from __future__ import annotations

from briefbook.analyse.subjects import quoted_spans
from test_attribute import claimants


def test_the_speaker_named_at_the_close_speaks_for_the_sentences_before():
    out = claimants(
        "The ferry sank off Porto on Monday. "
        "“We have found twelve people. Divers will go down again at dawn. "
        "We will not give up,” harbour master Ana Ruiz said. "
        "The port stayed shut."
    )
    assert [c for _, c, _ in out] == [None, "Ana Ruiz", "Ana Ruiz", "Ana Ruiz", None]


def test_a_verb_inside_the_quotation_names_no_one():
    out = claimants(
        "“The quay is closed. The police said nothing to us. "
        "We are waiting,” dock worker Ana Ruiz told reporters."
    )
    assert [c for _, c, _ in out] == ["Ana Ruiz"] * 3


def test_the_close_outweighs_a_speaker_carried_from_the_sentence_before():
    out = claimants(
        "Mayor Ana Ruiz said the port would reopen. "
        '"The ferry was old. It should never have sailed," union leader Rui Costa said.'
    )
    assert [c for _, c, _ in out] == ["Ana Ruiz", "Rui Costa", "Rui Costa"]


def test_a_quotation_opened_with_its_speaker_carries_on_to_its_close():
    out = claimants("Ana Ruiz said: “The ferry was old. It should never have sailed.” It sank.")
    assert [c for _, c, _ in out] == ["Ana Ruiz", "Ana Ruiz", None]


def test_quoted_parts_of_a_sentence_inside_a_longer_quotation():
    text = 'We will not give up," Ana Ruiz said.'
    assert quoted_spans(text) == [(0, 21)]  # closes what an earlier sentence opened
    assert quoted_spans("“We have found twelve people.") == [(0, 29)]  # runs to the end
    assert quoted_spans('She said, "we wait" and left.') == [(10, 19)]
    assert quoted_spans('“It sank," she said.') == [(0, 10)]  # a straight quote closes a curly one


def test_a_paragraph_that_closes_a_quotation_it_never_opened_is_all_quoted():
    out = claimants(
        "Ombudsman Ana Ruiz visited the jail on Monday.\n\n"
        "What I saw is cruelty. I call on the police to stop. "
        "Everyone must be held liable”, she stressed.\n\n"
        'The cells were cold. The guards were absent," Ruiz said.\n\n'
        "The jail was closed. Rui Costa, the warden, said it would reopen."
    )
    assert [c for _, c, _ in out] == [None] + ["Ana Ruiz"] * 5 + [None, "Rui Costa"]
