"""``briefbook add``: import text files and saved web pages into ``sources/articles/``.

:func:`plan` is pure: from a file's name and bytes it works out the article's text, metadata,
id and ``.toml``, or the problems that stop it. :func:`scan` and :func:`add_file` are the
I/O edges. Nothing is invented: a value neither the page nor an option gives stays empty.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import ValidationError

from briefbook.commands.htmlpage import EXTRACTOR, Found, read_page
from briefbook.model import SourceMeta
from briefbook.project.files import read_file
from briefbook.project.load import ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES, decode_article
from briefbook.project.output import write_file
from briefbook.project.problems import InputError, Problem, os_problem

PAGE_SUFFIXES = (".html", ".htm")
MAX_PAGE_BYTES = 20_000_000
FIELDS = ("title", "outlet", "author", "published", "url", "accessed", "language")
OPTION = {
    "id": "--id",
    "title": "--title",
    "outlet": "--outlet",
    "author": "--author",
    "published": "--date",
    "url": "--url",
    "accessed": "--accessed",
    "language": "--language",
}
PER_ARTICLE = ("id", "title", "url")
"""Options that describe one article only, refused when several files are given."""


def _message(error: Any) -> str:
    if error["type"] == "string_pattern_mismatch":
        return "use lower-case letters, digits, '_' and '-' (at most 64 characters)"
    return str(error["msg"]).removeprefix("Value error, ")


def option_problems(options: dict[str, str], files: int) -> list[str]:
    """What is wrong with the command-line metadata, checked before any file is read."""
    problems = [
        f"{OPTION[name]} describes one article: give one FILE with it, not {files}"
        for name in PER_ARTICLE
        if options.get(name) and files > 1
    ]
    given = {name: value for name, value in options.items() if value and name in FIELDS}
    try:
        SourceMeta.model_validate({"id": options.get("id") or "x", **given})
    except ValidationError as err:
        for error in err.errors():
            name = str(error["loc"][0]) if error["loc"] else "id"
            label = OPTION.get(name, name) + (f" ({name})" if name == "published" else "")
            problems.append(f"{label}: {_message(error)}")
    return problems


@dataclass
class Existing:
    """What ``sources/articles/`` holds: ids, texts (to refuse duplicates) and the next number."""

    ids: set[str] = field(default_factory=set)
    texts: dict[str, str] = field(default_factory=dict)
    """Text with whitespace normalised -> the id of the article that has it."""
    number: int = 0

    def record(self, source_id: str, text: str) -> None:
        self.ids.add(source_id)
        if text.strip():
            self.texts.setdefault(normalise(text), source_id)
        m = re.match(r"(\d+)_", source_id)
        if m:
            self.number = max(self.number, int(m.group(1)) + 1)


@dataclass(frozen=True, slots=True)
class Planned:
    """An article ready to write: its files' contents and where each value came from."""

    source: Path
    meta: SourceMeta
    text: str
    suffix: str
    data: bytes
    toml: str
    fields: dict[str, Found]
    notes: tuple[str, ...]
    how: str

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def names(self) -> tuple[str, str]:
        return f"{self.id}{self.suffix}", f"{self.id}.toml"


def normalise(text: str) -> str:
    return " ".join(text.split())


def article_id(number: int, text: str) -> str:
    """``NNN_<first 16 hex digits of the text's SHA-256>``, like the seed articles."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return f"{number:03d}_{digest[:16]}"


def _markdown_title(text: str) -> dict[str, Found]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            m = re.fullmatch(r"#\s+(.+?)\s*#*\s*", line)
            return (
                {"title": Found(m.group(1), f"the Markdown heading (line {number})")} if m else {}
            )
    return {}


def _text_file(source: Path, raw: bytes) -> tuple[str, bytes, dict[str, Found], str]:
    text, problems = decode_article(source, raw)
    if text is None:
        fix = "import a text (.txt, .md) or saved HTML page"
        raise InputError([replace(p, fix=fix) if "binary" in p.message else p for p in problems])
    fields = _markdown_title(text) if source.suffix.lower() == ".md" else {}
    return text, raw, fields, "text copied unchanged"


def _page_file(
    source: Path, raw: bytes, today: dt.date
) -> tuple[str, bytes, dict[str, Found], str, tuple[str, ...]]:
    if len(raw) > MAX_PAGE_BYTES:
        raise InputError(
            [Problem(source, "", f"page is over {MAX_PAGE_BYTES:,} bytes", "save it as HTML only")]
        )
    page = read_page(raw, today)
    if page is None or not page.text:
        raise InputError(
            [
                Problem(
                    source,
                    "text",
                    "no article text found in the page",
                    "save the whole page as HTML, or copy its text into a .txt file and add that",
                )
            ]
        )
    data = (page.text + "\n").encode("utf-8")
    text, problems = decode_article(source, data)
    if text is None:
        raise InputError(problems)
    fields: dict[str, Found] = {}
    notes = list(page.notes)
    for name, found in page.fields.items():
        try:
            SourceMeta.model_validate({"id": "x", name: found.value})
        except ValidationError as err:
            message = _message(err.errors()[0])
            notes.append(f"{name}: the page's {found.value!r} ({found.origin}) {message}; left out")
            continue
        fields[name] = found
    how = f"text and metadata extracted offline with {EXTRACTOR}"
    return text, data, fields, how, tuple(notes)


def _merge(fields: dict[str, Found], options: dict[str, str]) -> dict[str, Found]:
    merged = dict(fields)
    for name in FIELDS:
        value = options.get(name)
        if value is None:
            continue
        if value.strip():
            merged[name] = Found(value.strip(), f"option {OPTION[name]}")
        else:
            merged.pop(name, None)
    return merged


def _provenance(source: Path, raw: bytes, today: dt.date, how: str) -> str:
    kind = "the saved page" if source.suffix.lower() in PAGE_SUFFIXES else "the file"
    digest = hashlib.sha256(raw).hexdigest()[:16]
    return (
        f"Imported by briefbook add on {today.isoformat()} from {kind} {source.name} "
        f"(SHA-256 {digest}...); {how}."
    )


def metadata_toml(meta: SourceMeta, suffix: str) -> str:
    """The ``.toml`` beside the article, in the seed files' style, values TOML-escaped."""
    data = meta.as_data()
    missing = [name for name in FIELDS if name != "accessed" and name not in data]
    lines = [f"# Metadata for {meta.id}{suffix}. Empty = not stated by the article."]
    if missing:
        lines.append(
            f"# Not found by briefbook add: {', '.join(missing)}. "
            "Add only what the article itself states."
        )
    inferred = data.pop("inferred", {})
    out = "\n".join(lines) + "\n" + tomli_w.dumps(data)
    if inferred:
        out += "\n" + tomli_w.dumps({"inferred": inferred})
    return out


def plan(
    source: Path, raw: bytes, options: dict[str, str], existing: Existing, today: dt.date
) -> Planned:
    """Work out the article a file gives, or raise :class:`InputError` saying why not."""
    suffix = source.suffix.lower()
    notes: tuple[str, ...] = ()
    if suffix in PAGE_SUFFIXES:
        text, data, found, how, notes = _page_file(source, raw, today)
        stored = ".txt"
    elif suffix in ARTICLE_SUFFIXES:
        text, data, found, how = _text_file(source, raw)
        stored = suffix
    else:
        kinds = ", ".join((*ARTICLE_SUFFIXES, *PAGE_SUFFIXES))
        raise InputError(
            [Problem(source, "", f"unsupported file type {suffix or '(none)'!r}", f"add {kinds}")]
        )
    duplicate = existing.texts.get(normalise(text))
    if duplicate is not None:
        raise InputError(
            [
                Problem(
                    source,
                    "text",
                    f"already imported: article {duplicate} has the same text "
                    "(ignoring whitespace)",
                    f"nothing to do; to import it again, first delete {duplicate}.* "
                    "from sources/articles/",
                )
            ]
        )
    source_id = options.get("id") or article_id(existing.number, text)
    if source_id in existing.ids:
        raise InputError(
            [Problem(source, "id", f"id {source_id!r} is already used", "choose another --id")]
        )
    fields = _merge(found, options)
    values: dict[str, Any] = {name: found.value for name, found in fields.items()}
    inferred = {name: f.inferred for name, f in fields.items() if f.inferred}
    try:
        meta = SourceMeta.model_validate(
            {
                "id": source_id,
                **values,
                "provenance": _provenance(source, raw, today, how),
                "inferred": inferred,
            }
        )
    except ValidationError as err:
        raise InputError(
            [
                Problem(source, ".".join(map(str, e["loc"])), _message(e), "correct the value")
                for e in err.errors()
            ]
        ) from None
    notes += tuple(f"{name}: {why}; check it" for name, why in meta.future_dates(today))
    toml = metadata_toml(meta, stored)
    if SourceMeta.model_validate(tomllib.loads(toml)) != meta:
        raise RuntimeError(f"metadata for {source_id} does not read back as written")
    return Planned(source, meta, text, stored, data, toml, fields, notes, how)


def scan(folder: Path) -> Existing:
    """Ids and texts already in ``sources/articles/`` (unreadable files count by name only)."""
    existing = Existing()
    if not folder.is_dir():
        return existing
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        text = ""
        if path.suffix in ARTICLE_SUFFIXES:
            raw, _ = read_file(path, MAX_ARTICLE_BYTES)
            text = (raw or b"").decode("utf-8", errors="replace")
        existing.record(path.stem, text)
    return existing


def write(folder: Path, planned: Planned) -> None:
    """Write the article, then its metadata; if the second write fails, remove the first."""
    article, meta = (folder / name for name in planned.names)
    write_file(article, planned.data)
    try:
        write_file(meta, planned.toml.encode("utf-8"))
    except BaseException:
        article.unlink(missing_ok=True)
        raise


def add_file(
    folder: Path, source: Path, options: dict[str, str], existing: Existing, today: dt.date
) -> Planned:
    """Read, check and write one article; raise :class:`InputError` naming file and field.
    Only a regular file of at most ``MAX_PAGE_BYTES`` is read (not ``/dev/zero``, a FIFO
    or a folder: ``briefbook.project.files``)."""
    raw, problem = read_file(source, MAX_PAGE_BYTES)
    if raw is None:
        raise InputError([problem] if problem else [])
    planned = plan(source, raw, options, existing, today)
    try:
        write(folder, planned)
    except OSError as exc:
        problem = os_problem(exc, folder / planned.names[0], "write")
        fix = f"{problem.fix}; nothing was written for this file"
        raise InputError([replace(problem, fix=fix)]) from None
    existing.record(planned.id, planned.text)
    return planned
