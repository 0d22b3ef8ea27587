"""Measure briefbook's reading against the gold corpora; ``nox -s evaluate`` runs this.

python scripts/evaluate.py                        # figures for dev and test; fail below a floor
python scripts/evaluate.py --errors               # also every disagreement, on dev corpora only
python scripts/evaluate.py --record               # raise the floors to the figures measured,
                                                  # and write the test figures the book prints
python scripts/evaluate.py --record --allow-regression   # ... and lower those that fell
python scripts/evaluate.py --relabel "why"        # accept changed test data (logged)
python scripts/evaluate.py --pool a,b,c           # also the figures of dev corpora a, b and c
                                                  # together: a held-out estimate, measured
                                                  # once, before anyone studies their errors

Dev corpora are for study: their figures are shown one by one and their errors on request.
Test corpora are frozen: only their aggregate is shown, and the evaluation refuses to run when
their texts or labels changed unless --relabel says why (tests/gold/relabel.log keeps it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from briefbook.accuracy import FILE as ACCURACY_FILE
from briefbook.accuracy import render
from briefbook.evaluation.corpora import (
    Corpus,
    find_corpora,
    load_gold,
    preset_config,
    read_corpus,
)
from briefbook.evaluation.gate import (
    Floors,
    accuracy,
    changed,
    combined,
    file_digests,
    record,
    shortfalls,
)
from briefbook.evaluation.gold import GoldError
from briefbook.evaluation.metrics import METRICS, Result, Tally, measure, measure_preset
from briefbook.project.output import write_file

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
FLOORS = GOLD / "floors.json"
DIGEST = GOLD / "test-digest.json"
RELABEL_LOG = GOLD / "relabel.log"
ACCURACY = ROOT / "src" / "briefbook" / ACCURACY_FILE


def _test_files(corpora: list[Corpus]) -> list[Path]:
    files: list[Path] = []
    for c in corpora:
        if c.event.split == "test":
            files += c.gold_folder.rglob("*")
            files += c.project.articles.parent.parent.rglob("*")
    return files


def check_digest(corpora: list[Corpus], relabel: str | None, console: Console) -> bool:
    """Whether the frozen test data is as recorded; with a reason, record it as it now is."""
    digests = file_digests(_test_files(corpora), ROOT)
    stored = json.loads(DIGEST.read_text(encoding="utf-8")) if DIGEST.exists() else None
    old = stored["files"] if stored else {}
    if stored and combined(old) == combined(digests):
        return True
    if relabel is None:
        console.print("[bold red]the test corpora changed[/] since their digest was recorded:")
        for path in changed(old, digests):
            console.print(f"  {path}", markup=False)
        console.print(
            'If the change is deliberate, run again with --relabel "the reason" (it is logged).'
        )
        return False
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    files = changed(old, digests)
    entry = (
        f"{now}\t{combined(old)[:12] if old else '(none)'} -> {combined(digests)[:12]}\t"
        f"{len(files)} files\t{relabel}\n"
    )
    with RELABEL_LOG.open("a", encoding="utf-8") as log:
        log.write(entry)
    payload = {"digest": combined(digests), "files": digests}
    DIGEST.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    console.print(f"test data recorded as it is now ({len(files)} files changed); reason logged")
    return True


def _printed(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.exists() else None


def _shown(name: str, value: float | None) -> str:
    if value is None:
        return "–"
    metric = next(m for m in METRICS if m.name == name)
    return f"{value:.3f}" if metric.ratio else f"{value:.0f}"


def _pool(
    names: str | None, dev: list[Corpus], results: dict[str, Result], console: Console
) -> Tally | None:
    """The figures of the named dev corpora together (an empty tally when none are named),
    or None, said on the console, when a name is no dev corpus: the test corpora are never
    shown apart from each other."""
    pooled = Tally()
    if not names:
        return pooled
    known = {c.event.name for c in dev}
    for name in (n.strip() for n in names.split(",") if n.strip()):
        if name not in known:
            console.print(f"[bold red]--pool: {name!r} is no dev corpus[/]")
            return None
        pooled += results[name].tally
    return pooled


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--errors", action="store_true", help="list disagreements (dev only)")
    parser.add_argument("--record", action="store_true", help="raise the floors to the figures")
    parser.add_argument(
        "--allow-regression", action="store_true", help="with --record, lower floors that fell"
    )
    parser.add_argument("--relabel", metavar="REASON", help="accept changed test data")
    parser.add_argument(
        "--json", type=Path, help="also write the figures (and each dev corpus's) to this JSON file"
    )
    parser.add_argument(
        "--pool",
        metavar="NAMES",
        help="comma-separated dev corpora whose figures are also given together",
    )
    args = parser.parse_args(argv)
    console = Console(highlight=False, soft_wrap=True, width=150)
    corpora = find_corpora(GOLD, ROOT)
    if not check_digest(corpora, args.relabel, console):
        return 2
    results: dict[str, Result] = {}
    for corpus in corpora:
        try:
            gold = load_gold(corpus)
        except GoldError as err:
            console.print(f"[bold red]{corpus.event.name}: gold does not follow the format[/]")
            for problem in err.problems:
                console.print(f"  {problem}", markup=False)
            return 2
        result = measure(read_corpus(corpus), gold)
        preset = measure_preset(read_corpus(corpus, preset_config(corpus)), gold)
        result.tally += preset.tally
        result.errors.update(preset.errors)
        results[corpus.event.name] = result
    splits: dict[str, Tally] = {"dev": Tally(), "test": Tally()}
    for corpus in corpora:
        splits[corpus.event.split] += results[corpus.event.name].tally
    dev = [c for c in corpora if c.event.split == "dev"]
    pooled = _pool(args.pool, dev, results, console)
    if pooled is None:
        return 2
    test = [c for c in corpora if c.event.split == "test"]
    table = Table(
        title=f"briefbook's reading against gold: dev ({len(dev)} corpora together; each "
        f"corpus's figures in --json) and test ({len(test)} corpora, together only)"
    )
    table.add_column("metric")
    table.add_column("dev", justify="right", style="bold")
    table.add_column("test", justify="right", style="bold")
    if args.pool:
        table.add_column("pooled", justify="right", style="bold")
    for m in METRICS:
        extra = [_shown(m.name, pooled.value(m.name))] if args.pool else []
        table.add_row(
            m.name, _shown(m.name, splits["dev"].value(m.name)),
            _shown(m.name, splits["test"].value(m.name)), *extra,
        )  # fmt: skip
    console.print(table)
    if args.errors:
        for c in dev:
            for kind, items in results[c.event.name].errors.items():
                console.print(f"[bold]{c.event.name}: {kind}[/] ({len(items)})")
                for item in items:
                    console.print(f"  {item}", markup=False)
    figures = {split: tally.values() for split, tally in splits.items()}
    if args.json:
        # test corpora stay aggregate-only here too
        per_corpus = {c.event.name: results[c.event.name].tally.values() for c in dev}
        payload = {**figures, "dev_corpora": per_corpus}
        if args.pool:
            payload["pooled"] = pooled.values()
        args.json.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    floors: Floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    printed = render(accuracy(splits["test"], (c.event.title for c in test)))
    if args.record:
        done = record(figures, floors, args.allow_regression)
        if done.refused:
            console.print("[bold red]refused to lower these floors[/] (--allow-regression):")
            for line in done.refused:
                console.print(f"  {line}")
            return 1
        rounded = {s: {m: round(v, 4) for m, v in f.items()} for s, f in done.floors.items()}
        FLOORS.write_text(json.dumps(rounded, indent=2, sort_keys=True) + "\n", "utf-8")
        for line in done.lowered:
            console.print(f"[bold yellow]floor lowered[/] {line}")
        console.print(f"floors recorded: {FLOORS.relative_to(ROOT)}")
        if _printed(ACCURACY) != printed:
            write_file(ACCURACY, printed.encode("utf-8"))
            console.print(f"test figures the book prints recorded: {ACCURACY.relative_to(ROOT)}")
        return 0
    failures = [f for split in ("dev", "test") for f in shortfalls(split, figures[split], floors)]
    for failure in failures:
        console.print(f"[bold red]worse than its floor[/] {failure}")
    stale = _printed(ACCURACY) != printed
    if stale:
        console.print(
            f"[bold red]out of date[/] {ACCURACY.relative_to(ROOT)}: the test figures every "
            "briefing's methodology page prints are not those measured (run with --record)"
        )
    if failures or stale:
        return 1
    console.print("evaluation gate: every metric at or better than its floor")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
