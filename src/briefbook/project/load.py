"""Find, read and validate a briefing project's sources and config.

Layout of a project::

    sources/briefbook.toml            the config: briefing title, topics, defaults
    sources/articles/<id>.txt|.md     one article, text exactly as received
    sources/articles/<id>.toml        its metadata

Every problem is collected, so ``briefbook check`` can list them all at once. Files are
read through ``briefbook.project.files`` (regular files inside the project, of a bounded
size; an OS error is a problem naming the file).
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from briefbook.model import ActorsFile, Config, OverridesFile, SourceMeta
from briefbook.project.files import outside, read_file, too_large, without_bom
from briefbook.project.problems import InputError, Problem, os_problem

CONFIG_NAME = "briefbook.toml"
ACTORS_NAME = "actors.toml"
OVERRIDES_NAME = "overrides.toml"
ARTICLE_SUFFIXES = (".txt", ".md")
MAX_ARTICLE_BYTES = 5_000_000
MAX_TOML_BYTES = 10_000_000


@dataclass(frozen=True, slots=True)
class Project:
    """Where a briefing project's files live."""

    root: Path

    @property
    def sources(self) -> Path:
        return self.root / "sources"

    @property
    def articles(self) -> Path:
        return self.sources / "articles"

    @property
    def config_path(self) -> Path:
        return self.sources / CONFIG_NAME

    @property
    def actors_path(self) -> Path:
        return self.sources / ACTORS_NAME

    @property
    def overrides_path(self) -> Path:
        return self.sources / OVERRIDES_NAME

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @classmethod
    def find(cls, start: Path | None = None, *, search_parents: bool = True) -> Project:
        """The nearest directory at or above ``start`` that has ``sources/briefbook.toml``;
        with ``search_parents=False``, ``start`` itself or an error (a folder named with
        ``--project`` is never silently replaced by a project above it)."""
        here = (start or Path.cwd()).resolve()
        for candidate in (here, *here.parents) if search_parents else (here,):
            if (candidate / "sources" / CONFIG_NAME).is_file():
                return cls(candidate)
        where = "here or in any parent directory" if search_parents else f"in {here}"
        raise InputError(
            [
                Problem(
                    here / "sources" / CONFIG_NAME,
                    "",
                    f"no briefing project {where}",
                    "run briefbook inside a project (a folder with sources/briefbook.toml), "
                    "or name one with --project, or create one with `briefbook init`",
                )
            ]
        )


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as read from disk, before any analysis."""

    meta: SourceMeta
    text: str
    path: Path
    sha256: str


def _toml_line(message: str) -> int | None:
    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else None


def key_line(text: str, loc: tuple[int | str, ...]) -> int | None:
    """Best-effort line number of the TOML key named by a pydantic error location."""
    names = [str(part) for part in loc if isinstance(part, str)]
    for name in reversed(names):
        pattern = re.compile(rf"^\s*(\[+\s*)?{re.escape(name)}\s*(=|\]|\.)", re.MULTILINE)
        m = pattern.search(text)
        if m:
            return text.count("\n", 0, m.start()) + 1
    return None


_FIXES = {
    "missing": "add the field",
    "extra_forbidden": "remove it, or correct its spelling",
    "string_pattern_mismatch": "use lower-case letters, digits, '_' and '-' (at most 64)",
    "string_too_short": "give it a value",
    "too_short": "give at least one",
    "enum": "use one of the letters A-F",
}


def _validation_problems(
    err: ValidationError, path: Path, text: str, model: type[BaseModel]
) -> list[Problem]:
    problems = []
    for e in err.errors():
        loc = tuple(e["loc"])
        message = str(e["msg"]).removeprefix("Value error, ")
        named = re.match(r"([\w.]+): (.*)", message, flags=re.DOTALL)
        if not loc and named:
            # whole-model checks name their field at the start of the message
            loc = tuple(named.group(1).split("."))
            message = named.group(2)
        field = ".".join(str(p) for p in loc) or "(file)"
        fix = _FIXES.get(str(e["type"]), "correct the value")
        if e["type"] == "extra_forbidden" and len(loc) == 1:
            known = ", ".join(model.model_fields)
            fix = f"remove it, or use one of the known fields: {known}"
        problems.append(Problem(path, field, message, fix, key_line(text, loc)))
    return problems


def _load_toml(path: Path, root: Path) -> tuple[dict[str, Any] | None, str, list[Problem]]:
    """A TOML file of the project: its data and text, or its problems. A leading byte-order
    mark is accepted (``without_bom``): editors that write one mean UTF-8, as TOML does."""
    raw, problem = read_file(path, MAX_TOML_BYTES, root)
    if raw is None:
        return None, "", [problem] if problem else []
    raw = without_bom(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, "", [_not_utf8(path, raw, exc)]
    try:
        return tomllib.loads(text), text, []
    except tomllib.TOMLDecodeError as exc:
        problem = Problem(
            path, "", f"not valid TOML: {exc}", "fix the TOML syntax", _toml_line(str(exc))
        )
        return None, text, [problem]


def _not_utf8(path: Path, raw: bytes, exc: UnicodeDecodeError) -> Problem:
    line = raw.count(b"\n", 0, exc.start) + 1
    return Problem(
        path,
        "",
        f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})",
        "save the file as UTF-8 (e.g. `iconv -f cp1252 -t utf-8`)",
        line,
    )


def load_config(project: Project) -> tuple[Config | None, list[Problem]]:
    path = project.config_path
    data, text, problems = _load_toml(path, project.root)
    if data is None:
        return None, problems
    try:
        return Config.model_validate(data), []
    except ValidationError as err:
        return None, _validation_problems(err, path, text, Config)


def _read_article_text(path: Path, root: Path) -> tuple[str | None, list[Problem]]:
    raw, problem = read_file(path, MAX_ARTICLE_BYTES, root)
    if raw is None:
        return None, [problem] if problem else []
    return decode_article(path, raw)


def decode_article(path: Path, raw: bytes) -> tuple[str | None, list[Problem]]:
    """An article's text from its bytes, or why it cannot be one (size, binary, UTF-8, empty).
    A leading byte-order mark is not part of the text (``without_bom``)."""
    if len(raw) > MAX_ARTICLE_BYTES:
        return None, [too_large(path, MAX_ARTICLE_BYTES, len(raw))]
    raw = without_bom(raw)
    if b"\x00" in raw:
        return None, [
            Problem(path, "", "binary file, not text", "remove it from sources/articles/")
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [_not_utf8(path, raw, exc)]
    if not text.strip():
        return None, [Problem(path, "", "article is empty", "add its text or remove the file")]
    return text, []


def load_articles(project: Project) -> tuple[list[RawArticle], list[Problem]]:
    """Read every article and its metadata; return what is valid and every problem found."""
    folder = project.articles
    if not folder.is_dir():
        return [], [
            Problem(folder, "", "no articles folder", "create sources/articles/ and add articles")
        ]
    if outside(folder, project.root):
        return [], [
            Problem(
                folder,
                "",
                f"is a symbolic link to {folder.resolve()}, outside the project",
                "move the articles into the project's sources/articles/",
            )
        ]
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        return [], [os_problem(exc, folder, "list")]
    problems: list[Problem] = []
    articles: list[RawArticle] = []
    texts: dict[str, Path] = {}
    metas: dict[str, Path] = {}
    for path in entries:
        if path.name.startswith("."):
            continue
        if path.suffix == ".toml":
            metas[path.stem] = path
        elif path.suffix in ARTICLE_SUFFIXES:
            if path.stem in texts:
                problems.append(
                    Problem(
                        path,
                        "id",
                        f"duplicate source id {path.stem!r} (also {texts[path.stem].name})",
                        "give each article a unique file name",
                    )
                )
                continue
            texts[path.stem] = path
        else:
            problems.append(
                Problem(
                    path,
                    "",
                    f"unsupported file type {path.suffix or '(none)'!r}",
                    f"articles are {', '.join(ARTICLE_SUFFIXES)} files with a .toml beside them",
                )
            )
    for stem in sorted(set(metas) - set(texts)):
        problems.append(
            Problem(metas[stem], "", "metadata without an article", f"add {stem}.txt or remove it")
        )
    for stem, path in sorted(texts.items()):
        meta_path = metas.get(stem)
        if meta_path is None:
            problems.append(
                Problem(
                    path,
                    "",
                    "article has no metadata file",
                    f'add {stem}.toml with at least `id = "{stem}"`',
                )
            )
            continue
        meta, meta_problems = _load_meta(meta_path, stem, project.root)
        text, text_problems = _read_article_text(path, project.root)
        problems += meta_problems + text_problems
        if meta is not None and text is not None:
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            articles.append(RawArticle(meta, text, path, digest))
    return articles, problems


def _load_meta(path: Path, stem: str, root: Path) -> tuple[SourceMeta | None, list[Problem]]:
    data, text, problems = _load_toml(path, root)
    if data is None:
        return None, problems
    try:
        meta = SourceMeta.model_validate(data)
    except ValidationError as err:
        return None, _validation_problems(err, path, text, SourceMeta)
    if meta.id != stem:
        return None, [
            Problem(
                path,
                "id",
                f"id {meta.id!r} does not match the file name {stem!r}",
                f'set `id = "{stem}"` or rename the files',
                key_line(text, ("id",)),
            )
        ]
    return meta, []


_Optional = TypeVar("_Optional", ActorsFile, OverridesFile)


def _load_optional(
    path: Path, root: Path, model: type[_Optional]
) -> tuple[_Optional, list[Problem]]:
    """An optional file of the analyst's: empty when absent, empty with problems when bad
    (a link to a missing file is not absent: it is a problem)."""
    if not path.exists() and not path.is_symlink():
        return model(), []
    data, text, problems = _load_toml(path, root)
    if data is None:
        return model(), problems
    try:
        return model.model_validate(data), []
    except ValidationError as err:
        return model(), _validation_problems(err, path, text, model)


def load_actors(project: Project) -> tuple[ActorsFile, list[Problem]]:
    """The analyst's actors file (optional): names, kinds, aliases and roles."""
    return _load_optional(project.actors_path, project.root, ActorsFile)


def load_overrides(project: Project) -> tuple[OverridesFile, list[Problem]]:
    """The analyst's overrides file (optional; see ``briefbook.analyse.overrides``)."""
    return _load_optional(project.overrides_path, project.root, OverridesFile)


def load_project(project: Project) -> tuple[Config, list[RawArticle]]:
    """Load config and articles, raising :class:`InputError` with every problem found.

    No articles is not a problem: a new project builds an empty book (the CLI says so).
    """
    config, problems = load_config(project)
    articles, article_problems = load_articles(project)
    problems += article_problems
    problems += load_actors(project)[1]
    problems += load_overrides(project)[1]
    if problems or config is None:
        raise InputError(problems)
    return config, articles
