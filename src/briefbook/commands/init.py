"""``briefbook init``: a new briefing project that builds at once.

:func:`project_files` is pure (the files' contents, from the templates shipped in
``briefbook/templates/``); :func:`scaffold` writes them, never over an existing file.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import tomli_w
from pydantic import ValidationError

from briefbook import __version__
from briefbook.model import Config
from briefbook.presets import Preset, TopicPlan, plan_names, plan_preset, presets
from briefbook.project.output import write_file
from briefbook.project.problems import InputError, Problem
from briefbook.read.names import slug

TEMPLATES = {
    "docs/conf.py": "conf.py.tmpl",
    "docs/notes/about.md": "about.md.tmpl",
    "sources/actors.toml": "actors.toml.tmpl",
    "sources/overrides.toml": "overrides.toml.tmpl",
    "noxfile.py": "noxfile.py.tmpl",
    "README.md": "README.md.tmpl",
    ".gitignore": "gitignore.tmpl",
    ".github/workflows/briefing.yml": "briefing.yml.tmpl",
}
"""Project file -> template under ``briefbook/templates/``."""

CONFIG_HEADER = """\
# briefbook config: the briefing's name, its topics, its defaults and the book's layout.
# Topics are chapters. `cues` are words or phrases that point a sentence to the topic,
# compared without case and by word family (`evacuation` also finds "evacuated", `quake`
# "earthquake"; `evacuat*` finds any word starting with "evacuat"). Build the book, read the
# topic report that `briefbook check` and `briefbook build` print, then let
# `briefbook topics` propose cues for the statements that found none.
"""


@dataclass(frozen=True, slots=True)
class ScaffoldReport:
    written: tuple[str, ...]
    kept: tuple[str, ...]
    """Files that already existed and were left as they were (with --force)."""


def template(name: str) -> str:
    return (resources.files("briefbook") / "templates" / name).read_text(encoding="utf-8")


def parse_topics(text: str) -> list[tuple[str, str]]:
    """``"Flooding, Relief"`` -> ``[("flooding", "Flooding"), ("relief", "Relief")]``."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    if not names:
        raise InputError([_option_problem("--topics", "no topic names given")])
    topics: list[tuple[str, str]] = []
    for number, name in enumerate(names, start=1):
        topic_id = slug(name, f"topic-{number}")
        for other_id, other in topics:
            if other_id == topic_id:
                message = f"{other!r} and {name!r} both give the topic id {topic_id!r}"
                raise InputError([_option_problem("--topics", message)])
        topics.append((topic_id, name))
    return topics


def _option_problem(
    option: str, message: str, fix: str = "give distinct, comma-separated topic names"
) -> Problem:
    return Problem(Path(option), "", message, fix)


def _value(value: str) -> str:
    return tomli_w.dumps({"v": value}).removeprefix("v = ").rstrip("\n")


def _line(key: str, value: str | list[str]) -> str:
    if isinstance(value, list):
        return f"{key} = [{', '.join(_value(v) for v in value)}]"
    return f"{key} = {_value(value)}"


def _cue_lines(cues: Sequence[str]) -> list[str]:
    """``cues = [...]``, wrapped at 96 columns between cues."""
    lines, line = [], ""
    for cue in cues:
        piece = _value(cue) + ","
        if line and len(line) + 1 + len(piece) > CUE_COLUMNS:
            lines.append(line)
            line = piece
        else:
            line = f"{line} {piece}" if line else piece
    lines.append(line.removesuffix(","))
    return ["cues = [", *(f"  {x}" for x in lines), "]"]


CUE_COLUMNS = 96


def _origin_comment(plan: TopicPlan) -> str:
    if not plan.fitted:
        return (
            "# no preset topic or word family fits this name: its cues are its own words. Add\n"
            "# the words the articles use (`briefbook topics` proposes some)."
        )
    if plan.origin.startswith("preset"):
        return f"# description and cues: briefbook's {plan.origin}"
    return f"# cues: the name's own words and briefbook's {plan.origin}"


def preset_named(name: str) -> Preset:
    """A preset by name; InputError listing the presets when there is none of that name."""
    known = presets()
    if name not in known:
        problem = Problem(
            Path("--preset"), "", f"no preset {name!r}", f"use one of: {', '.join(known)}"
        )
        raise InputError([problem])
    return known[name]


@dataclass(frozen=True, slots=True)
class Plan:
    """The topics ``briefbook init`` writes and its ``[defaults]`` for them."""

    topics: list[TopicPlan]
    default: str
    """The topic of statements no cue points elsewhere."""
    background: str | None = None
    """The topic a date in an earlier year points to."""
    spoken: str | None = None
    """The topic of an attributed statement no cue sorts (reactions)."""


def plan_topics(title: str, topics: str | None = None, preset: str | None = None) -> Plan:
    """The topics ``briefbook init`` writes: a preset's own (``preset`` alone), or one per
    typed name (``topics``), cued from the preset given or the one the names and title fit
    best, or from the lexicon."""
    chosen = preset_named(preset) if preset is not None else None
    if topics is None:
        if chosen is None:
            fix = f"name the chapters, or use one of the presets: {', '.join(presets())}"
            raise InputError([_option_problem("--topics", "give --topics or --preset", fix)])
        return Plan(plan_preset(chosen), chosen.default, chosen.background, chosen.spoken)
    plans, _ = plan_names(parse_topics(topics), title, chosen)
    background = next((p.id for p in plans if p.past), None)
    spoken = next((p.id for p in plans if p.spoken), None)
    return Plan(plans, plans[0].id, background, spoken)


def render_config(
    title: str,
    plan: Plan,
    subtitle: str | None = None,
    author: str | None = None,
    language: str = "en",
) -> str:
    """``sources/briefbook.toml`` for a new briefing; raises InputError if it would not load."""
    topics = plan.topics
    lines = [CONFIG_HEADER, "[briefing]", _line("title", title)]
    if subtitle:
        lines.append(_line("subtitle", subtitle))
    if author:
        lines.append(_line("author", author))
    lines += [
        _line("language", language),
        "",
        "[defaults]",
        'reliability = "F"   # F = cannot be judged, until the analyst grades a source',
        f"{_line('topic', plan.default)}   # where a statement goes when no cue points elsewhere",
        *(
            [f"{_line('background', plan.background)}   # the topic earlier years point to"]
            if plan.background
            else []
        ),
        *(
            [f"{_line('spoken', plan.spoken)}   # what people say, when no cue sorts it"]
            if plan.spoken
            else []
        ),
        "",
        "[book]",
        "page_items = 200   # most claims, figures, quotes... on a page; past it, a page per date",
    ]
    for topic in topics:
        lines += [
            "",
            "[[topics]]",
            _line("id", topic.id),
            _line("title", topic.name),
            _origin_comment(topic),
            "# description: what belongs in this chapter (shown on the landing page)",
            _line("description", topic.description),
            *_cue_lines(topic.cues),
        ]
    text = "\n".join(lines) + "\n"
    problems = [
        Problem(Path(f"--{name}"), "", "must be a single line", "write it on one line")
        for name, value in (("title", title), ("subtitle", subtitle), ("author", author))
        if value and ("\n" in value or "\r" in value)
    ]
    try:
        Config.model_validate(tomllib.loads(text))
    except ValidationError as err:
        for e in err.errors():
            loc = [str(part) for part in e["loc"]]
            option = "--topics" if loc[0] == "topics" else f"--{loc[-1]}"
            problems.append(Problem(Path(option), "", str(e["msg"]), "correct the value"))
    if problems:
        raise InputError(problems)
    return text


def project_files(
    title: str,
    plan: Plan,
    subtitle: str | None = None,
    author: str | None = None,
    language: str = "en",
) -> dict[str, bytes]:
    """Every file of a new project, by path relative to its folder."""
    config = render_config(title, plan, subtitle, author, language)
    files = {"sources/briefbook.toml": config}
    for path, name in TEMPLATES.items():
        files[path] = (
            template(name).replace("@BRIEFBOOK_VERSION@", __version__).replace("@TITLE@", title)
        )
    files["sources/articles/.gitkeep"] = ""
    return {path: text.encode("utf-8") for path, text in sorted(files.items())}


def _occupied(root: Path) -> bool:
    return root.exists() and any(p.name != ".git" for p in root.iterdir())


def scaffold(root: Path, files: dict[str, bytes], force: bool = False) -> ScaffoldReport:
    """Write ``files`` under ``root``: refused in a non-empty folder unless ``force``, and even
    then an existing file is kept as it is."""
    if root.exists() and not root.is_dir():
        raise InputError([Problem(root, "", "is a file, not a folder", "choose a new folder")])
    if _occupied(root) and not force:
        raise InputError(
            [
                Problem(
                    root,
                    "",
                    "folder is not empty",
                    "choose a new folder, or add --force to add only the missing files "
                    "(existing files are kept)",
                )
            ]
        )
    written: list[str] = []
    kept: list[str] = []
    for rel, data in files.items():
        target = root / rel
        if target.exists() or target.is_symlink():
            kept.append(rel)
            continue
        write_file(target, data)
        written.append(rel)
    return ScaffoldReport(tuple(written), tuple(kept))
