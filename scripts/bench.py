"""Benchmark briefbook on synthetic corpora: ``python scripts/bench.py [--sizes 10,100,1000]``.

A size is a number of articles, optionally after a shape (``burst:316``: shaped like a real
corpus of breaking news; see ``briefbook.bench.synthetic``). Prints a table and writes JSON
(``--json``). ``--no-build`` measures generation only.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

from briefbook.bench.measure import run, to_json
from briefbook.bench.synthetic import SHAPES, Shape


def size(spec: str) -> tuple[int, Shape]:
    """``1000`` or ``burst:316`` -> (articles, shape)."""
    shape, _, n = spec.rpartition(":")
    for known in SHAPES:
        if shape in ("", known):
            return int(n), known
    raise argparse.ArgumentTypeError(f"unknown shape {shape!r}: one of {', '.join(SHAPES)}")


def _pair(result: dict[str, float], change: str) -> str:
    """Regenerate + rebuild seconds (generated files rewritten / pages Sphinx read again /
    pages it wrote)."""
    if f"{change}_rebuild_seconds" not in result:
        return "-"
    return (
        f"{result[f'{change}_regenerate_seconds']:.2f} + {result[f'{change}_rebuild_seconds']:.1f}"
        f" ({result[f'{change}_files_rewritten']:.0f} / {result[f'{change}_pages_read']:.0f}"
        f" / {result.get(f'{change}_pages_written', 0):.0f})"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10,100,1000", help="comma-separated corpus sizes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, default=Path("bench.json"))
    parser.add_argument("--no-build", action="store_true", help="skip the Sphinx builds")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="cold builds of the book and of its floor, alternated; the fastest of each counts",
    )
    args = parser.parse_args(argv)
    sizes = [size(s) for s in args.sizes.split(",")]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="briefbook-bench-"))
    results = run(sizes, args.seed, workdir, build=not args.no_build, repeat=args.repeat)
    table = Table(title=f"briefbook bench (seed {args.seed})")
    columns = (
        "articles|ingest s|analysis s|claims s|writing s|generation s|peak RSS MiB"
        "|sphinx cold s (pages)|floor s|ratio"
    )
    changes = [
        "add: gen + build s (files / read / written)",
        "edit: gen + build s (files / read / written)",
    ]
    for column in [*columns.split("|"), *changes]:
        table.add_column(column, justify="right")
    for r in results:
        st = r["stages"]
        peak = max(v["peak_rss_mib"] for v in st.values())
        table.add_row(
            f"{r['articles']}" + ("" if r["shape"] == "spread" else f" {r['shape']}"),
            *(f"{st[k]['seconds']:.2f}" for k in ("ingest", "analysis", "claims", "writing")),
            f"{r['generation_seconds']:.2f}",
            f"{peak:.0f}",
            f"{r['sphinx_cold_seconds']:.1f} ({r['pages']})" if "pages" in r else "-",
            f"{r['floor_cold_seconds']:.1f}" if "floor_cold_seconds" in r else "-",
            f"{r['floor_ratio']:.2f}" if "floor_ratio" in r else "-",
            _pair(r, "add"),
            _pair(r, "edit"),
        )
    Console(width=max(Console().width, 160)).print(table)
    args.json.write_text(to_json(results), encoding="utf-8")
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
