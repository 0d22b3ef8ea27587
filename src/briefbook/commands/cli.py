"""The ``briefbook`` command: init, add, check, topics, generate, build, pdf, linkcheck, export.

A little over 500 lines: every command's options and messages are here, in one typer app,
while what the commands do lives in the other modules of ``briefbook.commands``.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.text import Text

from briefbook import __version__
from briefbook.analyse.coverage import topic_report
from briefbook.analyse.suggest import suggest
from briefbook.commands.add import FIELDS, OPTION, Planned, add_file, option_problems, scan
from briefbook.commands.build import BuildError, build_html, build_pdf
from briefbook.commands.generate import (
    future_dates,
    generate,
    load_briefing,
    reading_cache,
    stale_overrides,
)
from briefbook.commands.init import plan_topics, project_files, scaffold
from briefbook.commands.linkcheck import Mode
from briefbook.commands.linkcheck import run as run_linkcheck
from briefbook.commands.texlog import read_log, warnings
from briefbook.commands.topics import apply as apply_cues
from briefbook.commands.topics import choose, report_lines
from briefbook.export import Format, Table, export
from briefbook.model import Article, Briefing
from briefbook.presets import presets
from briefbook.project.load import Project
from briefbook.project.lock import project_lock
from briefbook.project.output import write_file
from briefbook.project.problems import InputError, os_problem

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
        "--project",
        "-p",
        help="Project folder, which must hold sources/briefbook.toml "
        "(default: the one containing the current folder).",
    ),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print only warnings and errors.")]
VerboseOption = Annotated[
    bool, typer.Option("--verbose", "-v", help="Also print each phase, what it found and its time.")
]
NO_ARTICLES = (
    "[yellow]warning:[/] no articles in sources/articles/ yet, so the book's chapters are "
    "empty: add some with `briefbook add FILE...`"
)


def _project(path: Path | None) -> Project:
    """The project named with ``--project`` (exactly that folder), else the one holding the
    current folder."""
    return Project.find(path, search_parents=path is None)


Failure = InputError | BuildError | OSError
"""What a command reports as an error, never as a traceback: problems in the input, a
failed build, and any error of the operating system (a full disk, a read-only file system,
a missing permission), named with its file."""


def _fail(exc: Failure, project: Project | None = None) -> typer.Exit:
    if isinstance(exc, OSError):
        exc = InputError([os_problem(exc)])
    if isinstance(exc, InputError):
        err.print(f"[bold red]{len(exc.problems)} problem(s):[/]")
        err.print(exc.render(project.root if project else None), markup=False)
    else:
        err.print(f"[bold red]error:[/] {exc}", markup=True)
    return typer.Exit(1)


def _one_of(quiet: bool, verbose: bool) -> None:
    if quiet and verbose:
        raise typer.BadParameter("give --quiet or --verbose, not both")


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
def init(
    directory: Annotated[
        Path, typer.Argument(metavar="DIR", help="Folder for the new project (made if missing).")
    ],
    title: Annotated[str, typer.Option(help="The briefing's title.")],
    topics: Annotated[
        str | None,
        typer.Option(
            help="Topic (chapter) names, comma-separated: 'Cause,Damage,Relief'. Names that "
            "are topics of a preset take its cues; others take cues from briefbook's lexicon."
        ),
    ] = None,
    preset: Annotated[
        str | None,
        typer.Option(
            help="Topics for a kind of event, with descriptions and cues: "
            + ", ".join(presets())
            + ". With --topics, the preset whose topics the names are."
        ),
    ] = None,
    subtitle: Annotated[str | None, typer.Option(help="A subtitle for the book.")] = None,
    author: Annotated[str | None, typer.Option(help="Who prepared the briefing.")] = None,
    language: Annotated[str, typer.Option(help="The book's language (en, fr, de...).")] = "en",
    force: Annotated[
        bool,
        typer.Option("--force", help="Add the missing files to a non-empty folder; keep the rest."),
    ] = False,
) -> None:
    """Create a new briefing project that builds at once; existing files are never replaced.
    Give the chapters with --preset (a kind of event) or --topics (their names)."""
    try:
        plan = plan_topics(title, topics, preset)
        files = project_files(title, plan, subtitle, author, language)
        report = scaffold(directory, files, force)
    except (InputError, OSError) as exc:
        raise _fail(exc) from None
    out.print(f"new briefing project in {directory}: {len(report.written)} files written")
    for rel in report.written:
        out.print(f"  {rel}", markup=False)
    if "sources/briefbook.toml" in report.written:
        out.print(f"topics (default: {plan.default}):")
        for topic in plan.topics:
            out.print(f"  {topic.id}: {len(topic.cues)} cues from {topic.origin}", markup=False)
        for topic in plan.topics:
            if not topic.fitted:
                err.print(
                    Text.assemble(
                        ("warning: ", "yellow"),
                        f"no preset topic or word family fits {topic.name!r}: its cues are "
                        "its own words; add the words the articles use (briefbook topics "
                        "proposes some once articles are added)",
                    )
                )
    if report.kept:
        out.print(f"kept {len(report.kept)} existing file(s) as they were:")
        for rel in report.kept:
            out.print(f"  {rel}", markup=False)
    out.print(
        f"next: briefbook add FILE... -p {directory}   (saved pages, .txt or .md)\n"
        f"      briefbook build -p {directory}         (or `nox -s build` in {directory})",
        markup=False,
    )


ONE_ARTICLE = " (one FILE only)"


def _added(planned: Planned, verbose: bool, console: Console) -> None:
    name, _ = planned.names
    title = planned.meta.title or "(no title)"
    console.print(f"added {name} from {planned.source.name}: {title}", markup=False)
    if verbose:
        console.print(f"  text: {len(planned.text):,} characters; {planned.how}", markup=False)
        for field in FIELDS:
            found = planned.fields.get(field)
            if found is None:
                console.print(f"  {field}: not found (give it with {OPTION[field]})", markup=False)
                continue
            how = f"inferred: {found.inferred}" if found.inferred else "stated"
            console.print(f"  {field}: {found.value!r} from {found.origin} ({how})", markup=False)
    for note in planned.notes:
        err.print(Text.assemble(("warning: ", "yellow"), f"{planned.source.name}: {note}"))


@app.command()
def add(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE", help="Articles: .txt or .md text, or saved .html/.htm pages."
        ),
    ],
    url: Annotated[str | None, typer.Option(help="The article's URL." + ONE_ARTICLE)] = None,
    outlet: Annotated[str | None, typer.Option(help="The outlet that published it.")] = None,
    date: Annotated[
        str | None, typer.Option(help="Publication date: YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    title: Annotated[str | None, typer.Option(help="The headline." + ONE_ARTICLE)] = None,
    author: Annotated[str | None, typer.Option(help="The byline as written.")] = None,
    accessed: Annotated[
        str | None, typer.Option(help="When you retrieved it (YYYY-MM-DD); never guessed.")
    ] = None,
    language: Annotated[str | None, typer.Option(help="Its language (en, fr...).")] = None,
    source_id: Annotated[
        str | None, typer.Option("--id", help="Id instead of NNN_<hash of the text>." + ONE_ARTICLE)
    ] = None,
    project: ProjectOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Print each field and where it came from.")
    ] = False,
) -> None:
    """Import articles into sources/articles/: the text as given (or extracted from a saved
    page, offline) and a .toml of the metadata it states. Options win over the page; an empty
    option ("") leaves the field empty. A file already imported is refused."""
    _one_of(quiet, verbose)
    given = {
        "url": url,
        "outlet": outlet,
        "published": date,
        "title": title,
        "author": author,
        "accessed": accessed,
        "language": language,
        "id": source_id,
    }
    options = {name: value for name, value in given.items() if value is not None}
    problems = option_problems(options, len(files))
    if problems:
        raise typer.BadParameter("\n".join(problems))
    proj = None
    try:
        proj = _project(project)
        with project_lock(proj.root, "add"):
            refused = _import(proj, files, options, quiet, verbose)
    except (InputError, OSError) as exc:
        raise _fail(exc, proj) from None
    if not quiet:
        out.print(
            f"imported {len(files) - refused} of {len(files)} file(s) into sources/articles/"
            + (f"; {refused} refused" if refused else "")
        )
    if refused:
        raise typer.Exit(1)


def _import(
    proj: Project, files: list[Path], options: dict[str, str], quiet: bool, verbose: bool
) -> int:
    """Import ``files`` one by one; print what each became; return how many were refused."""
    existing = scan(proj.articles)
    today = dt.date.today()
    refused = 0
    show = not quiet and (out.is_terminal or len(files) > 3)
    progress = Progress(
        TextColumn("importing"),
        BarColumn(),
        MofNCompleteColumn(),
        console=out,
        transient=out.is_terminal,
    )
    with progress if show else nullcontext():
        task = progress.add_task("import", total=len(files))
        for path in files:
            try:
                planned = add_file(proj.articles, path, options, existing, today)
            except InputError as exc:
                refused += 1
                err.print(exc.render(proj.root), markup=False)
            else:
                if not quiet:
                    _added(planned, verbose, progress.console)
            progress.advance(task)
    return refused


@app.command()
def check(project: ProjectOption = None) -> None:
    """Validate sources/ and the config; list every problem (file, line, field, fix)."""
    proj = None
    try:
        proj = _project(project)
        briefing = load_briefing(proj)
        stale = stale_overrides(proj, briefing) + future_dates(proj, briefing, dt.date.today())
        if stale:
            raise InputError(stale)
    except (InputError, OSError) as exc:
        raise _fail(exc, proj) from None
    overrides = f", {len(briefing.overrides)} overrides" if briefing.overrides else ""
    out.print(
        f"OK: {len(briefing.articles)} articles, {len(briefing.statements)} statements, "
        f"{len(briefing.config.topics)} topics{overrides}"
    )
    if not briefing.articles:
        err.print(NO_ARTICLES)
    _topic_report(briefing, quiet=False)
    unread = _unread(briefing.articles)
    if unread:
        err.print(unread, markup=False)


def _unread(articles: Sequence[Article]) -> str:
    """Which articles are not read because of their language, in words ("" when none)."""
    by_language: dict[str, list[str]] = {}
    for a in articles:
        if not a.read:
            by_language.setdefault(a.language, []).append(a.id)
    if not by_language:
        return ""
    listed = "; ".join(f"{lang}: {', '.join(ids)}" for lang, ids in sorted(by_language.items()))
    n = sum(len(ids) for ids in by_language.values())
    return (
        f"note: {n} article{'s are' if n > 1 else ' is'} not in English and not read ({listed}). "
        "briefbook's reading rules are written for English: these articles are shown with "
        "their sentences and can be cited, but no statement is taken from them."
    )


def _topic_report(briefing: Briefing, quiet: bool) -> None:
    """Statements per topic (unless ``quiet``) and the topics' warnings (always)."""
    if not briefing.statements:
        return
    report = topic_report(briefing)
    if not quiet:
        for line in report.lines():
            out.print(line, markup=False)
    for warning in report.warnings():
        err.print(Text.assemble(("warning: ", "yellow"), warning))
    if report.warnings() and not quiet:
        out.print(
            "`briefbook topics` lists what the unsure statements talk about and proposes cues"
        )


def _generate(proj: Project, quiet: bool, verbose: bool = False) -> None:
    start = time.perf_counter()
    if verbose:
        out.print(f"reading and analysing {proj.sources} ...", markup=False)
    briefing, report = generate(proj)
    if not briefing.articles:
        err.print(NO_ARTICLES)
    unread = _unread(briefing.articles)
    if unread and not quiet:
        err.print(unread, markup=False)
    for problem in stale_overrides(proj, briefing):
        err.print(f"warning: override not applied: {problem.render(proj.root)}", markup=False)
    for problem in future_dates(proj, briefing, dt.date.today()):
        err.print(f"warning: {problem.render(proj.root)}", markup=False)
    if verbose:
        out.print(
            f"  {len(briefing.articles)} articles, {len(briefing.statements)} statements, "
            f"{len(briefing.claims)} claims, {len(briefing.conflicts)} conflicts, "
            f"{len(briefing.actors)} actors ({time.perf_counter() - start:.1f} s)"
        )
    _topic_report(briefing, quiet)
    if not quiet:
        out.print(
            f"generated docs/: {len(report.written)} written, {len(report.unchanged)} unchanged, "
            f"{len(report.removed)} removed"
        )
    if verbose:
        for rel in report.written:
            out.print(f"  written: docs/{rel}", markup=False)


def _timed(what: str, verbose: bool) -> float:
    if verbose:
        out.print(f"{what} ...")
    return time.perf_counter()


@app.command(name="generate")
def generate_cmd(
    project: ProjectOption = None, quiet: QuietOption = False, verbose: VerboseOption = False
) -> None:
    """Write the MyST pages, the .bib and the article data under docs/ from sources/."""
    _one_of(quiet, verbose)
    proj = None
    try:
        proj = _project(project)
        with project_lock(proj.root, "generate"):
            _generate(proj, quiet, verbose)
    except (InputError, OSError) as exc:
        raise _fail(exc, proj) from None


def _build(
    project: Path | None,
    quiet: bool,
    verbose: bool,
    command: str,
    what: str,
    builder: Callable[..., Path],
) -> Path:
    """Generate, then build with ``builder``, holding the project's lock for ``command``;
    ``what`` names the result in messages."""
    _one_of(quiet, verbose)
    proj = None
    try:
        proj = _project(project)
        with project_lock(proj.root, command):
            _generate(proj, quiet, verbose)
            start = _timed(f"building the {what}", verbose)
            result = builder(proj.docs, quiet=quiet)
    except (InputError, BuildError, OSError) as exc:
        raise _fail(exc, proj) from None
    if verbose:
        out.print(f"  built in {time.perf_counter() - start:.1f} s")
    return result


@app.command()
def build(
    project: ProjectOption = None, quiet: QuietOption = False, verbose: VerboseOption = False
) -> None:
    """Generate, then build the HTML book into docs/_build/html (warnings are errors)."""
    index = _build(project, quiet, verbose, "build", "HTML book with Sphinx", build_html)
    out.print(f"HTML book: {index}")


@app.command()
def pdf(
    project: ProjectOption = None, quiet: QuietOption = False, verbose: VerboseOption = False
) -> None:
    """Generate, then build the PDF briefing with LaTeX (xelatex + latexmk)."""
    path = _build(project, quiet, verbose, "pdf", "PDF with Sphinx and latexmk", build_pdf)
    log = path.with_suffix(".log")
    if log.is_file():
        report = read_log(log.read_text(encoding="utf-8", errors="replace"))
        for warning in warnings(report, path.with_suffix(".tex").name):
            err.print(Text.assemble(("warning: ", "yellow"), warning))
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
    verbose: VerboseOption = False,
) -> None:
    """Generate, then check every link in the book with Sphinx's linkcheck."""
    _one_of(quiet, verbose)
    proj = None
    try:
        proj = _project(project)
        with project_lock(proj.root, "linkcheck"):
            _generate(proj, quiet, verbose)
            start = _timed("checking links with Sphinx's linkcheck", verbose)
            report = run_linkcheck(proj.docs, mode, quiet=True)
    except (InputError, OSError) as exc:
        raise _fail(exc, proj) from None
    if verbose:
        out.print(f"  checked in {time.perf_counter() - start:.1f} s")
        for link in report.checked:
            out.print(f"  working: {link.uri}  [{link.where}]", markup=False)
    out.print(
        f"{report.internal} links within the book (checked by the HTML build); "
        f"external links: {len(report.checked)} working, {len(report.broken)} broken, "
        f"{len(report.unchecked) + len(report.private)} not checked"
    )
    for link in report.unchecked:
        why = "offline" if report.offline else link.status
        out.print(f"  not checked ({why}): {link.uri}  [{link.where}]", markup=False)
    for link in report.private:
        out.print(
            f"  not checked (private address, never requested): {link.uri}  [{link.where}]",
            markup=False,
        )
    for link in report.broken:
        err.print(f"  broken: {link.uri}  [{link.where}] {link.info}", markup=False)
    if report.offline:
        out.print("offline: external hosts could not be resolved, so those links were not checked")
    if not report.ok:
        err.print(f"[bold red]{len(report.broken)} broken link(s)[/]")
        raise typer.Exit(1)
    out.print("link check passed")


@app.command(name="topics")
def topics_cmd(
    apply: Annotated[
        str | None,
        typer.Option(
            "--apply",
            help="Add cues to sources/briefbook.toml: proposal numbers ('1,3'), 'all', or "
            "topic:cue pairs ('relief:shelter'), comma-separated. Comments in the file are kept.",
        ),
    ] = None,
    project: ProjectOption = None,
) -> None:
    """Help tune the topics: statements per topic, the words of the statements that found no
    cue or won by little, and proposed cues with the statements each would move."""
    proj = None
    try:
        proj = _project(project)
        briefing = load_briefing(proj, reading_cache(proj))
        suggestions = suggest(briefing)
        if apply is None:
            _topic_report(briefing, quiet=False)
            for line in report_lines(suggestions):
                out.print(line, markup=False)
            return
        topic_ids = [t.id for t in briefing.config.topics]
        added = apply_cues(proj.config_path, choose(apply, suggestions.proposals, topic_ids))
    except InputError as exc:
        raise _fail(exc, proj) from None
    if not added:
        out.print("nothing added: the topics already have these cues")
        return
    out.print(f"added {len(added)} cue(s) to {proj.config_path.relative_to(proj.root)}:")
    for c in added:
        out.print(f"  {c.topic}: {c.cue!r} ({c.why})", markup=False)
    _topic_report(load_briefing(proj, reading_cache(proj)), quiet=False)


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
    except (InputError, OSError) as exc:
        raise _fail(exc, proj) from None
    if str(output) == "-":
        sys.stdout.write(text)
        return
    try:
        write_file(output, text.encode("utf-8"))
    except OSError as exc:
        raise _fail(InputError([os_problem(exc, output, "write")])) from None
    out.print(f"wrote {output} ({fmt.value}{', ' + table.value if fmt == Format.CSV else ''})")


def main() -> None:
    app()
