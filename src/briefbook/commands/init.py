"""``briefbook init``: a new briefing project that builds at once.

:func:`project_files` is pure (the files' contents, from the templates shipped in
``briefbook/templates/``); :func:`scaffold` writes them, never over an existing file.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import tomli_w
from pydantic import ValidationError

from briefbook import __version__
from briefbook.model import Config
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
# Topics are chapters. `cues` are words or phrases (case-insensitive; `evacuat*` matches any
# word starting with "evacuat") that point a sentence to the topic. Each topic starts with
# its name and the longer words in it as cues: add the words the articles use for it, then
# rebuild and see where statements land (`briefbook check` validates this file).
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


def _option_problem(option: str, message: str) -> Problem:
    return Problem(Path(option), "", message, "give distinct, comma-separated topic names")


_MINOR_WORDS = set(
    "about after against among before between from into over their them then "
    "there these they this those under what when where which while with".split()
)


def initial_cues(name: str) -> list[str]:
    """A topic's name, and its longer words if it has several: a start the analyst refines."""
    cues = [name.lower()]
    words = re.findall(r"[^\W\d_]{4,}", name.lower())
    if len(words) > 1 or (words and words[0] != cues[0]):
        cues += [w for w in dict.fromkeys(words) if w not in _MINOR_WORDS and w != cues[0]]
    return cues


def _value(value: str) -> str:
    return tomli_w.dumps({"v": value}).removeprefix("v = ").rstrip("\n")


def _line(key: str, value: str | list[str]) -> str:
    if isinstance(value, list):
        return f"{key} = [{', '.join(_value(v) for v in value)}]"
    return f"{key} = {_value(value)}"


def render_config(
    title: str,
    topics: list[tuple[str, str]],
    subtitle: str | None = None,
    author: str | None = None,
    language: str = "en",
) -> str:
    """``sources/briefbook.toml`` for a new briefing; raises InputError if it would not load."""
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
        f"{_line('topic', topics[0][0])}   # where a statement goes when no cue points elsewhere",
        "",
        "[book]",
        "page_items = 200   # most claims, figures, quotes... on a page; past it, a page per date",
    ]
    for topic_id, name in topics:
        lines += [
            "",
            "[[topics]]",
            _line("id", topic_id),
            _line("title", name),
            "# one sentence on what belongs in this chapter (shown on the landing page)",
            _line("description", f"What the sources report about {name}."),
            _line("cues", initial_cues(name)),
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
    topics: list[tuple[str, str]],
    subtitle: str | None = None,
    author: str | None = None,
    language: str = "en",
) -> dict[str, bytes]:
    """Every file of a new project, by path relative to its folder."""
    files = {"sources/briefbook.toml": render_config(title, topics, subtitle, author, language)}
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
