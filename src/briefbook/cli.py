"""The ``briefbook`` command: check, generate, build, pdf, linkcheck."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from briefbook import __version__
from briefbook.book import BuildError, build_html, build_pdf
from briefbook.export import Format, Table, export
from briefbook.generate import generate, load_briefing
from briefbook.ingest import Project
from briefbook.linkcheck import Mode
from briefbook.linkcheck import run as run_linkcheck
from briefbook.output import write_file
from briefbook.problems import InputError

app = typer.Typer(
    help="Turn a folder of news articles about one event into a cited briefing book.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

ProjectOption = Annotated[
    Path | None,
    typer.Option(
        "--project", "-p", help="Project folder (default: the one containing the current folder)."
    ),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print only warnings and errors.")]


def _project(path: Path | None) -> Project:
    return Project.find(path)


def _fail(exc: InputError | BuildError, project: Project | None = None) -> typer.Exit:
    if isinstance(exc, InputError):
        err.print(f"[bold red]{len(exc.problems)} problem(s):[/]")
        err.print(exc.render(project.root if project else None), markup=False)
    else:
        err.print(f"[bold red]error:[/] {exc}", markup=True)
    return typer.Exit(1)


def _version(value: bool) -> None:
    if value:
        out.print(f"briefbook {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """briefbook: sources/ -> a cited, cross-referenced briefing book (HTML, PDF)."""


@app.command()
def check(project: ProjectOption = None) -> None:
    """Validate sources/ and the config; list every problem (file, line, field, fix)."""
    proj = None
    try:
        proj = _project(project)
        briefing = load_briefing(proj)
    except InputError as exc:
        raise _fail(exc, proj) from None
    out.print(
        f"OK: {len(briefing.articles)} articles, {len(briefing.statements)} statements, "
        f"{len(briefing.config.topics)} topics"
    )


def _generate(proj: Project, quiet: bool) -> None:
    _, report = generate(proj)
    if not quiet:
        out.print(
            f"generated docs/: {len(report.written)} written, {len(report.unchanged)} unchanged, "
            f"{len(report.removed)} removed"
        )


@app.command(name="generate")
def generate_cmd(project: ProjectOption = None, quiet: QuietOption = False) -> None:
    """Write the MyST pages, the .bib and the article data under docs/ from sources/."""
    proj = None
    try:
        proj = _project(project)
        _generate(proj, quiet)
    except InputError as exc:
        raise _fail(exc, proj) from None


@app.command()
def build(project: ProjectOption = None, quiet: QuietOption = False) -> None:
    """Generate, then build the HTML book into docs/_build/html (warnings are errors)."""
    proj = None
    try:
        proj = _project(project)
        _generate(proj, quiet)
        index = build_html(proj.docs, quiet=quiet)
    except (InputError, BuildError) as exc:
        raise _fail(exc, proj) from None
    out.print(f"HTML book: {index}")


@app.command()
def pdf(project: ProjectOption = None, quiet: QuietOption = False) -> None:
    """Generate, then build the PDF briefing with LaTeX (xelatex + latexmk)."""
    proj = None
    try:
        proj = _project(project)
        _generate(proj, quiet)
        path = build_pdf(proj.docs, quiet=quiet)
    except (InputError, BuildError) as exc:
        raise _fail(exc, proj) from None
    out.print(f"PDF briefing: {path}")


@app.command()
def linkcheck(
    project: ProjectOption = None,
    mode: Annotated[
        Mode,
        typer.Option(
            help="auto: external links that cannot be resolved when none can are reported as "
            "not checked (offline); online: they are broken; offline: do not try them."
        ),
    ] = Mode.AUTO,
    quiet: QuietOption = False,
) -> None:
    """Generate, then check every link in the book with Sphinx's linkcheck."""
    proj = None
    try:
        proj = _project(project)
        _generate(proj, quiet)
    except InputError as exc:
        raise _fail(exc, proj) from None
    report = run_linkcheck(proj.docs, mode, quiet=True)
    out.print(
        f"{report.internal} links within the book (checked by the HTML build); "
        f"external links: {len(report.checked)} working, {len(report.broken)} broken, "
        f"{len(report.unchecked)} not checked"
    )
    for link in report.unchecked:
        why = "offline" if report.offline else link.status
        out.print(f"  not checked ({why}): {link.uri}  [{link.where}]", markup=False)
    for link in report.broken:
        err.print(f"  broken: {link.uri}  [{link.where}] {link.info}", markup=False)
    if report.offline:
        out.print("offline: external hosts could not be resolved, so those links were not checked")
    if not report.ok:
        err.print(f"[bold red]{len(report.broken)} broken link(s)[/]")
        raise typer.Exit(1)
    out.print("link check passed")


@app.command(name="export")
def export_cmd(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write ('-' for stdout).")],
    fmt: Annotated[
        Format,
        typer.Option(
            "--format", "-f", help="json (with a JSON Schema), csv (one table) or claimreview."
        ),
    ] = Format.JSON,
    table: Annotated[Table, typer.Option(help="For csv: which table to write.")] = Table.CLAIMS,
    project: ProjectOption = None,
) -> None:
    """Export sources, statements, claims, entities and conflicts for other tools."""
    proj = None
    try:
        proj = _project(project)
        text = export(load_briefing(proj), fmt, table)
    except InputError as exc:
        raise _fail(exc, proj) from None
    if str(output) == "-":
        sys.stdout.write(text)
        return
    write_file(output, text.encode("utf-8"))
    out.print(f"wrote {output} ({fmt.value}{', ' + table.value if fmt == Format.CSV else ''})")


def main() -> None:
    app()
