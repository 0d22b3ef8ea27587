"""The data that flows through the pipeline, by stage.

``inputs``: what the analyst writes (config, metadata, actors, overrides), validated with
pydantic; ``reading``: what reading the articles derives; ``briefing``: what the analysis of
the corpus derives; ``dates``: partial dates. The names are re-exported here.
"""

from __future__ import annotations

from briefbook.model.briefing import (
    Briefing,
    Claim,
    Conflict,
    Evidence,
    FigureReport,
    Override,
)
from briefbook.model.dates import (
    MONTHS,
    PartialDate,
)
from briefbook.model.inputs import (
    ID_PATTERN,
    INFERABLE_FIELDS,
    ActorEntry,
    ActorsFile,
    BookSettings,
    BriefingSettings,
    Config,
    Defaults,
    MergeOverride,
    Note,
    OptionalDate,
    OptionalText,
    OverridesFile,
    Reliability,
    SentenceRef,
    SourceMeta,
    SourceOverride,
    SplitOverride,
    StatementOverride,
    Topic,
    jsonable,
)
from briefbook.model.reading import (
    Actor,
    Article,
    Block,
    BlockKind,
    DateExpression,
    Kind,
    Mention,
    Quantity,
    Sentence,
    Statement,
    TopicAssignment,
)

__all__ = [
    "ID_PATTERN",
    "INFERABLE_FIELDS",
    "MONTHS",
    "Actor",
    "ActorEntry",
    "ActorsFile",
    "Article",
    "Block",
    "BlockKind",
    "BookSettings",
    "Briefing",
    "BriefingSettings",
    "Claim",
    "Config",
    "Conflict",
    "DateExpression",
    "Defaults",
    "Evidence",
    "FigureReport",
    "Kind",
    "Mention",
    "MergeOverride",
    "Note",
    "OptionalDate",
    "OptionalText",
    "Override",
    "OverridesFile",
    "PartialDate",
    "Quantity",
    "Reliability",
    "Sentence",
    "SentenceRef",
    "SourceMeta",
    "SourceOverride",
    "SplitOverride",
    "Statement",
    "StatementOverride",
    "Topic",
    "TopicAssignment",
    "jsonable",
]
