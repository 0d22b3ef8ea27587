"""Write the user guide's references of the files in sources/ (docs/guide/reference.md) and of
the topic presets (docs/guide/presets.md), and the table of grading rules in
docs/guide/grading.md, from the code and data that define them, so that none can drift from
what briefbook reads, ships and applies.

python scripts/config_docs.py            # rewrite both pages
python scripts/config_docs.py --check    # exit 1 if one is out of date (nox -s guide)

Each field's meaning is the docstring written under it in ``briefbook.model.inputs``; each
preset is as ``src/briefbook/data/presets.toml`` has it.
"""

from __future__ import annotations

import argparse
import sys
import types
import typing
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from briefbook.analyse.grading import RULES
from briefbook.model import (
    ActorEntry,
    BookSettings,
    BriefingSettings,
    Defaults,
    MergeOverride,
    PartialDate,
    SourceMeta,
    SourceOverride,
    SplitOverride,
    StatementOverride,
    Topic,
)
from briefbook.presets import Preset, presets
from briefbook.vocabulary import FILES, shipped

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "docs" / "guide" / "reference.md"
PRESETS_MD = ROOT / "docs" / "guide" / "presets.md"
UPDATE = "python scripts/config_docs.py"

SECTIONS: list[tuple[str, str, list[tuple[str, type[BaseModel]]]]] = [
    (
        "`sources/briefbook.toml`",
        "The briefing's name, its defaults, the book's layout and its topics.",
        [
            ("[briefing]", BriefingSettings),
            ("[defaults]", Defaults),
            ("[book]", BookSettings),
            ("[[topics]]", Topic),
        ],
    ),
    (
        "`sources/articles/<id>.toml`",
        "One article's metadata, beside its text. What the article does not state stays "
        "empty; a value inferred rather than stated is named in `[inferred]` with the reason.",
        [("", SourceMeta)],
    ),
    (
        "`sources/actors.toml` (optional)",
        "Names briefbook cannot know, and corrections to how it reads names.",
        [("[[actor]]", ActorEntry)],
    ),
    (
        "`sources/overrides.toml` (optional)",
        "The analyst's corrections; every one needs a note saying why.",
        [
            ("[[statement]]", StatementOverride),
            ("[[split]]", SplitOverride),
            ("[[merge]]", MergeOverride),
            ("[[source]]", SourceOverride),
        ],
    ),
]


def type_words(annotation: Any) -> str:
    """A field's type in words."""
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin is typing.Annotated:
        return type_words(args[0])
    if origin in (typing.Union, types.UnionType):
        return " or ".join(type_words(a) for a in args)
    if origin is typing.Literal:
        return "one of " + ", ".join(f"`{a}`" for a in typing.get_args(annotation))
    if origin is tuple:
        return f"list of {type_words(args[0])}"
    if origin is dict:
        return f"table of {type_words(args[1])}"
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "one of " + ", ".join(f"`{m.value}`" for m in annotation)
    if annotation is PartialDate:
        return "date"
    return {str: "text", int: "whole number", bool: "`true` or `false`"}.get(annotation, "table")


def default_words(field: FieldInfo) -> str:
    if field.is_required():
        return "required"
    value = field.default
    if value is PydanticUndefined or value is None or value == () or field.default_factory:
        return ""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    return f"`{value}`" if not isinstance(value, BaseModel) else ""


def cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _described(name: str) -> list[tuple[str, str, str]]:
    """(key, list or table, its comment) of every top-level key of one vocabulary file, the
    comment being the ``#`` lines just above the key in the file."""
    path = ROOT / "src" / "briefbook" / "data" / "vocabulary" / f"{name}.toml"
    data = shipped(name)
    out = []
    comment: list[str] = []
    in_table = False  # after a [table] header, a key is that table's, not a top-level one
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            comment.append(stripped.lstrip("#").strip())
            continue
        header = stripped.startswith("[") and not line.startswith(" ")
        in_table = in_table or header
        key = stripped.split("=")[0].strip().strip("[]").strip('"') if stripped else ""
        if in_table and not header:
            key = ""
        if key in data and not line.startswith(" "):
            shape = "table" if isinstance(data[key], dict) else "list"
            out.append((key, shape, " ".join(c for c in comment if c)))
        if not stripped or key in data:
            comment = []
    return sorted(out)


def vocabulary_reference() -> list[str]:
    lines = [
        "",
        "## `[vocabulary]` in `sources/briefbook.toml`",
        "",
        "Words the briefing adds to briefbook's own word lists, which ship as "
        "`src/briefbook/data/vocabulary/<file>.toml`: a list is extended, a table gains "
        "entries (an entry the briefing names replaces the shipped one; a new entry of a "
        "table of tables, such as a new kind of figure, has the same keys as the others). "
        "A name or a type briefbook does not know is an error naming the field. A list "
        "entry may be a pattern standing for several phrases, here as in the shipped files: "
        "`{a|b}` is one of the alternatives, and an empty one makes it optional, so "
        '"{sent|sends} {his|her|} regrets" stands for six phrases. For example:',
        "",
        "```toml",
        "[vocabulary.names]",
        'titles = ["harbourmaster"]',
        "",
        "[vocabulary.figures.kinds.deaths]",
        'nouns = ["martyrs"]',
        "",
        "[vocabulary.figures.kinds.containers]",
        'nouns = ["containers", "boxes"]',
        "```",
    ]
    for name in FILES:
        lines += ["", f"### `[vocabulary.{name}]`", "", "| key | type | what it holds |"]
        lines.append("| --- | --- | --- |")
        for key, shape, comment in _described(name):
            lines.append(f"| `{key}` | {shape} | {cell(comment)} |")
    return lines


def reference() -> str:
    lines = [
        "% generated by scripts/config_docs.py from briefbook.model.inputs: do not edit",
        "",
        "# Reference: the files in `sources/`",
        "",
        "Every key briefbook reads, with its type, its default and what it means. `briefbook "
        "check` names the file, line and key of anything it cannot read.",
    ]
    for title, intro, tables in SECTIONS:
        lines += ["", f"## {title}", "", intro]
        for table, model in tables:
            if table:
                lines += ["", f"### `{table}`"]
                if model.__doc__:
                    lines += ["", cell(model.__doc__)]
            lines += ["", "| key | type | default | meaning |", "| --- | --- | --- | --- |"]
            for name, field in model.model_fields.items():
                lines.append(
                    f"| `{name}` | {cell(type_words(field.annotation))} | "
                    f"{default_words(field)} | {cell(field.description or '')} |"
                )
        if title == "`sources/briefbook.toml`":
            lines += vocabulary_reference()
    return "\n".join(lines) + "\n"


GRADING = ROOT / "docs" / "guide" / "grading.md"
BEGIN = "<!-- rules: generated by scripts/config_docs.py from briefbook.analyse.grading -->"
END = "<!-- end of the generated rules -->"


def with_rules(text: str) -> str:
    """``text`` (the grading page) with its table of rules as the code applies them."""
    table = ["| grade | when |", "| --- | --- |"]
    table += [f"| {rule.grade} | {cell(rule.when)} |" for rule in RULES]
    before, _, rest = text.partition(BEGIN)
    _, _, after = rest.partition(END)
    if not rest:
        raise SystemExit(f"{GRADING.relative_to(ROOT)}: no {BEGIN!r} marker")
    return before + BEGIN + "\n" + "\n".join(table) + "\n" + END + after


def section(preset: Preset) -> list[str]:
    lines = [
        "",
        f"## `{preset.name}`",
        "",
        f"For: {', '.join(preset.kinds)}. "
        f"`briefbook init DIR --title TITLE --preset {preset.name}`",
        "",
        "| id | chapter | what belongs there | cues |",
        "| --- | --- | --- | ---: |",
    ]
    for t in preset.topics:
        marks = []
        if t.id == preset.default:
            marks.append("default topic")
        if t.id == preset.background:
            marks.append("earlier years")
        if t.id == preset.spoken:
            marks.append("quotations")
        mark = f" ({', '.join(marks)})" if marks else ""
        lines.append(f"| `{t.id}`{mark} | {cell(t.name)} | {cell(t.about)} | {len(t.cues)} |")
    lines += [
        "",
        "Words that name events of this kind, which point `--topics` to this preset: "
        + ", ".join(preset.events)
        + ".",
    ]
    return lines


def presets_reference() -> str:
    lines = [
        "% generated by scripts/config_docs.py from src/briefbook/data/presets.toml: do not edit",
        "",
        "# Reference: topic presets",
        "",
        "Each preset is a taxonomy of chapters for one kind of event, with descriptions and "
        "cues written from the general news vocabulary of that kind of event. `briefbook init "
        "--preset NAME` writes it into `sources/briefbook.toml`; `briefbook init --topics` "
        "takes a preset topic's description and cues for a name that is one of the topics of "
        "the preset the names and the title point to. The *default topic* takes statements "
        "no cue points elsewhere (`defaults.topic`); the topic marked *earlier years* takes "
        "statements dated a year or more before their article (`defaults.background`); the "
        "topic marked *quotations* takes a direct quotation that neither it nor its paragraph "
        "gives a cue for (`defaults.spoken`). The cues themselves are in the file the preset "
        "writes.",
    ]
    for preset in presets().values():
        lines += section(preset)
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if out of date")
    args = parser.parse_args()
    pages = {
        REFERENCE: lambda _: reference(),
        PRESETS_MD: lambda _: presets_reference(),
        GRADING: with_rules,
    }
    stale = 0
    for path, make in pages.items():
        name = path.relative_to(ROOT)
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        text = make(current)
        if text == current:
            print(f"{name}: up to date")
        elif args.check:
            print(f"{name} is out of date with the code: run `{UPDATE}`", file=sys.stderr)
            stale += 1
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{name}: updated")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
