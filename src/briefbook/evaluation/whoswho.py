"""The who's who against gold's entities: junk listed, and real actors missed.

Both measures match an actor to a gold entity the same way: one of the actor's names is one
of the entity's forms, or both are the same unnamed group ("officials"). A match counts
only where the kinds fit (:func:`kind_fits`): a person read as a body, or a body read as a
person, is neither a good actor nor a recalled one.

Junk alone can be driven to nothing by listing no one, so the two are read together: a rule
that removes junk by removing the people who act in the story is not a gain.
"""

from __future__ import annotations

from briefbook.evaluation.labels import Gold, GoldEntity
from briefbook.model import Actor, Briefing, Kind
from briefbook.read.names import fold

_PERSON_LIKE = {"person"}
_PLACE_LIKE = {"place", "government"}
"""A state is both: the government that speaks and the country where things happen."""

RECALLED_KINDS = frozenset(
    {"person", "government", "agency", "organisation", "company", "court", "group"}
)
"""The gold entities actor recall expects in the who's who: people, states and bodies (an
agency, company or court is a body as an organisation is), and unnamed groups. Places are
left out because gold lists them unevenly (a city named in passing is listed in one corpus
and not in another), so a missed place would often be a gap in gold rather than in
briefbook; outlets are left out because they report the story rather than act in it."""


def names(actor: Actor) -> set[str]:
    return {fold(actor.name), *(fold(a) for a in actor.aliases)}


def forms(entity: GoldEntity) -> set[str]:
    return {fold(entity.name), *(fold(f) for f in entity.forms)}


def same_group(actor: Actor, entity: GoldEntity) -> bool:
    """An unnamed group is who it is: "officials", the words before the brackets of the
    gold's name ("officials (Kenya)") or in any of its forms."""
    if entity.kind != "group" or actor.kind != Kind.GROUP:
        return False
    head = set(fold(actor.name).split()[-1:])
    who = {w for form in [entity.name.split("(")[0], *entity.forms] for w in fold(form).split()}
    return bool(head & who)


def matches(actor: Actor, entity: GoldEntity) -> bool:
    return bool(names(actor) & forms(entity)) or same_group(actor, entity)


def kind_fits(ours: Kind, theirs: str) -> bool:
    """A person must be a person; a place must be a place or a state."""
    if (ours.value in _PERSON_LIKE) != (theirs in _PERSON_LIKE):
        return False
    return theirs != "place" or ours.value in _PLACE_LIKE


def junk(briefing: Briefing, gold: Gold) -> list[tuple[Actor, str]]:
    """Each listed actor with why it is junk, "" when it is not: no one in gold, one of
    gold's ``not_entities``, or a person or place of the wrong kind.

    Names are compared case-folded, so a ``not_entities`` string that is also the form of a
    gold entity ("LAHORE" from a dateline, "Lahore" the place) says nothing against an
    actor: what it marks as junk is the surface, and the entity is in gold."""
    entity_forms = {f for e in gold.entities for f in forms(e)}
    junk_forms = {fold(x) for x in gold.not_entities} - entity_forms
    out = []
    for actor in briefing.actors:
        found = [e for e in gold.entities if matches(actor, e)]
        why = ""
        if names(actor) & junk_forms:
            why = "listed in not_entities"
        elif not found:
            why = "no one in gold"
        elif not any(kind_fits(actor.kind, e.kind) for e in found):
            why = f"a {actor.kind.value}, gold says {found[0].kind}"
        out.append((actor, why))
    return out


def recalled(briefing: Briefing, gold: Gold) -> list[tuple[GoldEntity, bool]]:
    """Each gold person, state, body or group, and whether the who's who lists it (an actor
    that matches it with a kind that fits)."""
    return [
        (e, any(matches(a, e) and kind_fits(a.kind, e.kind) for a in briefing.actors))
        for e in gold.entities
        if e.kind in RECALLED_KINDS
    ]
