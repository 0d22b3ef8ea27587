"""``briefbook generate``: sources/ in, MyST pages, ``.bib`` and data out (the I/O edge)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefbook.analyse.pipeline import analyse
from briefbook.book.assemble import render_all
from briefbook.book.markup import FOLDER, note_pages
from briefbook.model import Briefing
from briefbook.project.cache import FOLDER as CACHE_FOLDER
from briefbook.project.cache import DiskCache
from briefbook.project.load import (
    Project,
    key_line,
    load_actors,
    load_overrides,
    load_project,
)
from briefbook.project.output import WriteReport, write_generated
from briefbook.project.problems import Problem
from briefbook.read.gazetteer import load_gazetteer
from briefbook.read.reading import ReadingCache


def load_briefing(project: Project, store: ReadingCache | None = None) -> Briefing:
    """Read and analyse the project's sources (raises InputError listing every problem)."""
    config, raws = load_project(project)
    actors, _ = load_actors(project)
    paths = [raw.path.resolve().relative_to(project.root.resolve()).as_posix() for raw in raws]
    overrides, _ = load_overrides(project)
    return analyse(config, raws, paths, load_gazetteer(actors), store, overrides)


def stale_overrides(project: Project, briefing: Briefing) -> list[Problem]:
    """Overrides that match nothing any more, as problems pointing into the overrides file."""
    stale = [(o, o.stale) for o in briefing.overrides if o.stale is not None]
    if not stale:
        return []  # the usual case: no need to read the file again
    path = project.overrides_path
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    problems = []
    for o, why in stale:
        heads = [i for i, line in enumerate(lines, 1) if line.strip() == f"[[{o.kind}]]"]
        line = heads[o.number - 1] if o.number <= len(heads) else None
        fix = "point it at the current text or ids (see the source pages), or remove it"
        problems.append(Problem(path, f"{o.kind}[{o.number}]", why, fix, line))
    return problems


def future_dates(project: Project, briefing: Briefing, today: dt.date) -> list[Problem]:
    """Publication and access dates after ``today`` (a typo: 2099 for 2029), as problems
    pointing into each article's metadata: ``check`` fails on them, ``generate`` warns."""
    problems = []
    for article in briefing.articles:
        found = article.meta.future_dates(today)
        if not found:
            continue
        path = project.articles / f"{article.id}.toml"
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = ""
        for name, why in found:
            fix = "correct the date (YYYY, YYYY-MM or YYYY-MM-DD), or remove it if unknown"
            problems.append(Problem(path, name, why, fix, key_line(text, (name,))))
    return problems


def reading_cache(project: Project) -> DiskCache:
    """The project's cache of article readings (``.briefbook-cache/``, safe to delete)."""
    return DiskCache(project.root / CACHE_FOLDER)


def _notes(docs: Path) -> list[str]:
    folder = docs / "notes"
    if not folder.is_dir():
        return []
    return note_pages(f"notes/{p.name}" for p in folder.glob("*.md"))


def generate(project: Project, store: DiskCache | None = None) -> tuple[Briefing, WriteReport]:
    """Write the book's generated files; on any error the previous ones stay as they were.

    Articles whose reading is in ``store`` (by default the project's cache) are not read
    again; entries for articles no longer in ``sources/`` are removed from it afterwards.
    """
    store = store if store is not None else reading_cache(project)
    briefing = load_briefing(project, store)
    files = render_all(briefing, _notes(project.docs))
    report = write_generated(project.docs, FOLDER, files)  # an OSError is an InputError
    store.prune()
    return briefing, report
