"""The record of who said a statement, for ``briefbook.analyse.attribute``.

An ``Attribution`` (the claimant's mention or unnamed group, the cue, whether it quotes,
the body a group speaks for, a party that said nothing), the ``Context`` the article gives
a sentence (earlier mentions, the last person, the attribution before it, bodies described
earlier, the last joint subject), and whether a sentence holds a direct quotation.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefbook.analyse.bodies import Description
from briefbook.analyse.subjects import quoted_spans
from briefbook.model import Mention


@dataclass(frozen=True, slots=True)
class Attribution:
    claimant: Mention | None
    """The mention naming the claimant, or None for the outlet's own voice."""
    group: str | None
    """A claimant that is a group with no name ("analysts"), when there is no mention."""
    cue: str
    quote: bool
    via_pronoun: bool = False
    group_of: Mention | None = None
    """The body or state an unnamed group speaks for ("a spokesperson for Acme")."""
    titled: bool = False
    """The group is a person named by a definite title ("Freedonia's transport minister"),
    whom the corpus may name."""
    one: bool = False
    """The group is one unnamed person ("a farmer said"), whom "he" or "she" may point
    back to."""
    silent: bool = False
    """The claimant found is the party that said nothing ("Acme did not respond to a request
    for comment", "Moscow has yet to comment"): the sentence cites no one and is the outlet's
    own voice, and that party is kept apart as the silent one, whom a denial elsewhere may
    contradict."""
    acting: bool = False
    """The claimant found only proclaimed a state ("Police declared a curfew", "the president
    declared three days of mourning"): an act the outlet reports, so the sentence cites no
    one, and the party that acted is still one of the story's actors."""


def has_quotation(text: str) -> bool:
    """A direct quotation: quotation marks around at least two words."""
    return any(len(text[a:b].split()) >= 2 for a, b in quoted_spans(text))


@dataclass(frozen=True, slots=True)
class Context:
    """What the article said before this sentence, for pronouns and "the council"."""

    mentions: tuple[Mention, ...] = ()
    """Earlier mentions in the article, in order."""
    last_person: Mention | None = None
    previous: Attribution | None = None
    """The attribution of the sentence before, for a quotation that carries on."""
    described: tuple[Description, ...] = ()
    """Bodies named earlier by a state's possessive and their kind ("Freedonia's top
    court"), in order, for a later "the court said"."""
    joint: Mention | None = None
    """The first of the last two bodies that were a sentence's subject together ("Acme and
    Beta Corp sued"), for a later "they say" or "the companies claim"."""
    spoke_last: Attribution | None = None
    """The last attribution with a speaker in this paragraph or the two before, sentences
    in the outlet's own voice skipped ("The ministry said a man was infected. / He is in
    hospital. / He had travelled, it said."), for a body's "it"; None
    when the last speaker refused to comment."""
    issued: tuple[str, Attribution] | None = None
    """The last document the article named, by its noun, and who issued it ("Acme said in a
    statement", "according to a statement from Acme", "Acme's statement"), for a later "the
    statement said" when the sentence before is not that issuer's."""
    person_spoke: Attribution | None = None
    """The last attribution to a named person in this paragraph or the two before, for a
    quotation after a body's report of its own ("Ana Roe said ... / Acme has said it wants
    her gone. / “That will not happen,” ...": Roe answers)."""
    acted: str | None = None
    """The unnamed group that opened the sentence before as its subject and said nothing
    there ("Rescuers dug all night."), for a "They said" that follows it."""
