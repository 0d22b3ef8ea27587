"""Benchmarks: how briefbook scales with the number of articles (``nox -s bench``).

For each corpus size, a synthetic corpus (``briefbook.bench.synthetic``, deterministic from a
seed) is generated and measured: time and peak resident memory after each stage (ingest,
analysis, claim merging, MyST writing), the Sphinx HTML build (a separate process, with
``-j auto``), and regeneration plus rebuild after adding one article and after editing one
(with the reading cache filled, as after any earlier ``briefbook build``): how long each
takes, how many generated files were rewritten, how many pages Sphinx read again and how
many HTML pages it wrote (read again or not: a page linking to one that changed is written
from its kept doctree).
Right after the cold build, the floor (``briefbook.bench.floor``: the same pages' text built
by Sphinx, MyST and the theme alone) is built cold the same way, and the ratio of the two is
the overhead of briefbook's extension and bibliography. Figures are printed as a table and
written as JSON for tracking.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import resource
import runpy
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from briefbook.analyse.assess import assess
from briefbook.analyse.pipeline import read_corpus
from briefbook.bench.floor import text_only
from briefbook.bench.synthetic import Shape, article, write_corpus
from briefbook.book.assemble import render_all
from briefbook.book.markup import FOLDER
from briefbook.commands.generate import generate
from briefbook.commands.init import template
from briefbook.project.load import Project, load_actors, load_project
from briefbook.project.output import write_generated
from briefbook.read.gazetteer import load_gazetteer

T = TypeVar("T")


def _measure(fn: Callable[[], T]) -> tuple[T, float, float]:
    """(result, seconds, peak resident memory of the process so far in MiB).

    The peak is the operating system's high-water mark (``ru_maxrss``): cheap to read, and
    with the stages run in order it shows where the peak is reached."""
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    return result, seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stages(project: Project) -> dict[str, tuple[float, float]]:
    """Each generation stage: (seconds, peak MiB)."""
    out: dict[str, tuple[float, float]] = {}

    def ingest() -> Any:
        config, raws = load_project(project)
        actors, _ = load_actors(project)
        return config, raws, load_gazetteer(actors)

    (config, raws, gazetteer), s, m = _measure(ingest)
    out["ingest"] = (s, m)
    paths = [raw.path.resolve().relative_to(project.root.resolve()).as_posix() for raw in raws]
    read, s, m = _measure(lambda: read_corpus(config, raws, paths, gazetteer))
    out["analysis"] = (s, m)
    briefing, s, m = _measure(lambda: assess(read))
    out["claims"] = (s, m)
    _, s, m = _measure(lambda: write_generated(project.docs, FOLDER, render_all(briefing)))
    out["writing"] = (s, m)
    return out


_READ = re.compile(r"updating environment: (?:\[[^]]*\] )?(\d+) added, (\d+) changed")


def pages_written(out: Path, since_ns: int) -> int:
    """HTML pages under ``out`` written at or after ``since_ns`` (``time.time_ns``)."""
    return sum(1 for page in out.rglob("*.html") if page.stat().st_mtime_ns >= since_ns)


def sphinx_build(docs: Path) -> tuple[float, int, int]:
    """Seconds for an HTML build of ``docs`` (incremental when there is a previous one), how
    many pages Sphinx read (added or changed) and how many HTML pages it wrote."""
    out = docs / "_build" / "html"
    since = time.time_ns()
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-j", "auto", str(docs),
         str(out)],
        check=True,
        capture_output=True,
        text=True,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    read = _READ.search(done.stdout)
    pages = sum(int(n) for n in read.groups()) if read else 0
    return seconds, pages, pages_written(out, since)


def floor_build(project: Project) -> tuple[float, int, int]:
    """The cold build of the text-only copy of the generated book (the floor)."""
    conf = runpy.run_path(str(project.docs / "conf.py"))
    floor = text_only(
        project.docs, project.root / "floor", conf["project"], conf["html_theme_options"]
    )
    return sphinx_build(floor)


def cold_builds(project: Project, repeat: int) -> tuple[float, float, int]:
    """(briefbook's cold build, the floor's, pages): each the fastest of ``repeat`` cold
    builds, the two alternated back to back, so that what else the machine runs weighs on
    both alike."""
    cold: list[float] = []
    floor: list[float] = []
    pages = 0
    for _ in range(repeat):
        shutil.rmtree(project.docs / "_build", ignore_errors=True)
        seconds, pages, _ = sphinx_build(project.docs)
        cold.append(seconds)
        floor.append(floor_build(project)[0])
    return min(cold), min(floor), pages


def run_size(
    root: Path, n: int, seed: int, build: bool, shape: Shape = "spread", repeat: int = 1
) -> dict[str, Any]:
    if root.exists():
        shutil.rmtree(root)
    write_corpus(root, n, seed, shape)
    (root / "docs" / "conf.py").write_text(template("conf.py.tmpl"), encoding="utf-8")
    project = Project(root)
    timed = stages(project)
    result: dict[str, Any] = {
        "articles": n,
        "shape": shape,
        "stages": {
            k: {"seconds": round(sec, 3), "peak_rss_mib": round(mib, 1)}
            for k, (sec, mib) in timed.items()
        },
    }
    result["generation_seconds"] = round(sum(v[0] for v in timed.values()), 3)
    if not build:
        return result
    seconds, floor, pages = cold_builds(project, repeat)
    result["sphinx_cold_seconds"] = round(seconds, 2)
    result["pages"] = pages
    result["floor_cold_seconds"] = round(floor, 2)
    result["floor_ratio"] = round(seconds / floor, 2)
    generate(project)  # fills the reading cache, as the cold build's `briefbook build` would

    def change(name: str) -> None:
        (_, report), regenerate, _ = _measure(lambda: generate(project))
        result[f"{name}_regenerate_seconds"] = round(regenerate, 3)
        result[f"{name}_files_rewritten"] = len(report.written)
        seconds, pages, written = sphinx_build(project.docs)
        result[f"{name}_rebuild_seconds"] = round(seconds, 2)
        result[f"{name}_pages_read"] = pages
        result[f"{name}_pages_written"] = written

    text, meta = article(random.Random(seed + 1), n, dt.date(2025, 3, 15), shape)
    (project.articles / f"syn{n:05d}.txt").write_text(text, encoding="utf-8")
    (project.articles / f"syn{n:05d}.toml").write_text(meta, encoding="utf-8")
    change("add")
    first = project.articles / "syn00000.txt"
    first.write_text(
        first.read_text(encoding="utf-8") + "Officials said the talks would resume.\n",
        encoding="utf-8",
    )
    change("edit")
    return result


def run(
    sizes: Sequence[tuple[int, Shape]], seed: int, workdir: Path, build: bool, repeat: int = 1
) -> list[dict[str, Any]]:
    return [
        run_size(workdir / f"corpus-{shape}-{n}", n, seed, build, shape, repeat)
        for n, shape in sizes
    ]


def to_json(results: Sequence[dict[str, Any]]) -> str:
    return json.dumps(list(results), indent=2) + "\n"
