"""The words of names in news prose: the lists of ``data/vocabulary/names.toml`` that tell
a person's name from a body's, a place's or an outlet's (a body's head word, a place's kind,
the nouns of groups and officials, the prepositions before a place...), read by
``read/mentions``, ``read/name_runs`` and ``read/name_kinds``.
"""

from __future__ import annotations

from briefbook.vocabulary import derived, words

ORG_HEADS = derived(lambda: words("names", "organisation_heads"))
NAMED_FOR = derived(lambda: words("names", "named_for"))
NAME_ORDINALS = derived(lambda: words("names", "name_ordinals"))
PARTY_HEADS = derived(lambda: words("names", "party_heads"))
AGENCY_HINTS = derived(lambda: words("names", "agency_heads"))
GEO_HEADS = derived(lambda: words("names", "place_heads"))
WATER_HEADS = derived(lambda: words("names", "water_heads"))
BROADCAST_ENDINGS = derived(lambda: words("names", "broadcast_endings"))
NOT_NAME_ENDINGS = derived(lambda: words("names", "not_name_endings"))
GEO_PREFIXES = derived(lambda: words("names", "place_prefixes"))
REGIONS = derived(lambda: words("names", "regions"))
OFFICIAL_NOUNS = derived(lambda: words("names", "official_nouns"))
GROUP_NOUNS = derived(lambda: words("names", "group_nouns"))
DOCUMENT_WORDS = derived(lambda: words("names", "document_words"))
PARTY_MEMBERS = derived(lambda: words("names", "party_members"))
STORM_WORDS = derived(lambda: words("names", "storm_words"))
DISEASES = derived(lambda: words("names", "diseases"))
NAME_BREAKERS = derived(lambda: words("names", "name_breakers"))
DISEASE_HEADS = derived(lambda: words("names", "disease_heads"))
NAME_SUFFIXES = derived(lambda: words("names", "name_suffixes"))
PARTICLES = derived(lambda: words("names", "name_particles"))
REPORTING_NOUNS = derived(lambda: words("names", "reporting_nouns"))
PLACE_PREPOSITIONS = derived(lambda: words("names", "place_prepositions"))
REGION_ADJECTIVES = derived(lambda: words("names", "region_adjectives"))
LANGUAGES = derived(lambda: words("names", "languages"))
PLACE_KINDS = derived(lambda: words("names", "place_kinds"))
BUILDING_HEADS = derived(lambda: words("names", "building_heads"))
PLACE_ONLY_PREPOSITIONS = derived(lambda: words("names", "place_only_prepositions"))
OUTLET_WORDS = derived(lambda: words("names", "outlet_words"))
GOVERNMENT_WORDS = derived(lambda: words("names", "government_words"))
NUMBERED_OUTLETS = derived(lambda: words("names", "numbered_outlets"))
AND_PART_ENDINGS = derived(lambda: words("names", "and_part_endings"))
NUMBERED_UNITS = derived(lambda: words("names", "numbered_units"))
JOURNEY_WORDS = derived(lambda: words("names", "journey_words"))
NUMBERED_UNIT_AFTER = derived(
    lambda: words("names", "numbered_unit_verbs") | {w for w in GROUP_NOUNS() if " " not in w}
)
NOT_QUALIFIED_WORDS = derived(lambda: words("names", "not_qualified_words"))
OFFICE_ENDINGS = derived(lambda: words("names", "office_endings"))
PORTFOLIO_ENDINGS = derived(lambda: words("names", "portfolio_endings"))
BODY_ORGANS = derived(lambda: words("names", "body_organs"))
POST_NOMINALS = derived(lambda: words("names", "post_nominals"))
COMPANY_NOUNS = derived(lambda: words("names", "company_nouns"))
BODY_DESCRIPTIONS = derived(
    lambda: words("names", "company_nouns") | words("names", "body_description_nouns")
)
"""Nouns for a kind of body, a company's or another's ("carmaker", "party", "coalition"):
beside a name they say it is a body's."""


def _body_plurals() -> frozenset[str]:
    plural = {n[:-1] + "ies" if n.endswith("y") else n + "s" for n in COMPANY_NOUNS()}
    return frozenset(plural | words("names", "body_plurals"))


BODY_PLURALS = derived(_body_plurals)
"""Plurals of nouns for bodies ("companies", "carmakers", "platforms")."""
OUTLET_NOUNS = derived(lambda: {w.casefold() for w in words("names", "outlet_nouns")})
SOURCE_VERBS = derived(lambda: words("names", "source_verbs"))
"""Verbs only a news source has for its work ("reported", "has learned"): a name written as a
web address before one is a news site's."""
