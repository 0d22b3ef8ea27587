"""Evaluate briefbook's reading against the gold sets; ``nox -s evaluate`` runs this.

python scripts/evaluate.py                 # print the figures, fail below the baseline
python scripts/evaluate.py --record        # record the current figures as the baseline
python scripts/evaluate.py --errors        # also list every disagreement with gold
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from briefbook.evaluate import compare, evaluate, load_gold
from briefbook.generate import load_briefing
from briefbook.ingest import Project

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "seed": (ROOT, ROOT / "tests" / "gold" / "seed"),
    "harbour": (ROOT / "tests" / "corpora" / "harbour", ROOT / "tests" / "gold" / "harbour"),
}
BASELINE = ROOT / "tests" / "gold" / "baseline.json"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--record", action="store_true", help="write the figures as the new baseline"
    )
    parser.add_argument("--errors", action="store_true", help="list disagreements with gold")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    console = Console(highlight=False, soft_wrap=True)
    results = {}
    for name, (project_root, gold_dir) in CORPORA.items():
        briefing = load_briefing(Project(project_root))
        texts = {a.id: a.text for a in briefing.articles}
        report = evaluate(briefing, load_gold(gold_dir, texts))
        results[name] = report
        table = Table(
            title=f"{name}: {len(briefing.articles)} articles, "
            f"{int(report.metrics['sentences'])} gold sentences"
        )
        table.add_column("metric")
        table.add_column("value", justify="right")
        for metric, value in report.metrics.items():
            shown = (
                f"{value:.0f}"
                if metric
                in (
                    "sentences",
                    "segmentation_errors",
                    "boilerplate_in_briefing",
                    "people_split",
                    "people_merged",
                )
                else f"{value:.3f}"
            )
            table.add_row(metric, shown)
        console.print(table)
        matrix = Table(title=f"{name}: topic confusion (rows gold, columns briefbook)")
        matrix.add_column("gold \\ ours")
        for t in report.topics:
            matrix.add_column(t[:12], justify="right")
        for t in report.topics:
            matrix.add_row(t, *(str(report.confusion[t][o]) for o in report.topics))
        console.print(matrix)
        if args.errors:
            for kind, items in report.errors.items():
                console.print(f"[bold]{name} {kind}[/] ({len(items)})")
                for item in items:
                    console.print(f"  {item}", markup=False)
    figures = {name: r.metrics for name, r in results.items()}
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if args.record:
        BASELINE.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        console.print(f"recorded baseline: {BASELINE.relative_to(ROOT)}")
        return 0
    if not BASELINE.exists():
        console.print("no baseline recorded yet (run with --record)")
        return 0
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    failures = [
        f"{name}: {w}" for name in figures for w in compare(figures[name], baseline.get(name, {}))
    ]
    for failure in failures:
        console.print(f"[bold red]below baseline[/] {failure}")
    if failures:
        return 1
    console.print("evaluation gate: every metric at or above its baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
