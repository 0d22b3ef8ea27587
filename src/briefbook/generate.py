"""``briefbook generate``: sources/ in, MyST pages, ``.bib`` and data out (the I/O edge)."""

from __future__ import annotations

from pathlib import Path

from briefbook.assemble import render_all
from briefbook.entities import load_gazetteer
from briefbook.ingest import Project, load_actors, load_project
from briefbook.model import Briefing
from briefbook.output import WriteReport, write_generated
from briefbook.pipeline import analyse
from briefbook.problems import InputError, Problem
from briefbook.render import FOLDER, note_pages


def load_briefing(project: Project) -> Briefing:
    """Read and analyse the project's sources (raises InputError listing every problem)."""
    config, raws = load_project(project)
    actors, _ = load_actors(project)
    paths = [raw.path.resolve().relative_to(project.root.resolve()).as_posix() for raw in raws]
    return analyse(config, raws, paths, load_gazetteer(actors))


def _notes(docs: Path) -> list[str]:
    folder = docs / "notes"
    if not folder.is_dir():
        return []
    return note_pages(f"notes/{p.name}" for p in folder.glob("*.md"))


def generate(project: Project) -> tuple[Briefing, WriteReport]:
    """Write the book's generated files; on any error the previous ones stay as they were."""
    briefing = load_briefing(project)
    files = render_all(briefing, _notes(project.docs))
    try:
        return briefing, write_generated(project.docs, FOLDER, files)
    except PermissionError as exc:
        where = Path(exc.filename) if exc.filename else project.docs
        raise InputError(
            [
                Problem(
                    where,
                    "",
                    f"cannot write generated files: {exc.strerror or 'permission denied'}",
                    "make docs/ writable by you; nothing was changed",
                )
            ]
        ) from exc
