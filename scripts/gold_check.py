"""Check gold folders against the format of ``tests/gold/README.md``.

python scripts/gold_check.py tests/gold/<corpus> [...]    # one or more folders
python scripts/gold_check.py                              # every corpus

Prints every problem and exits 1 if there is one: among them, topics that are not the
event's (``topics``) or not its preset's (``preset_topics``, against ``preset`` in
``event.toml``). It reads only the articles and the labels: briefbook's analysis is not run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from briefbook.evaluation.corpora import Corpus, find_corpora, load_gold
from briefbook.evaluation.gold import GoldError, load_event
from briefbook.project.load import Project
from briefbook.project.problems import InputError

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"


def check(corpus: Corpus) -> list[str]:
    try:
        gold = load_gold(corpus)
    except GoldError as err:
        return err.problems
    except InputError as err:
        return [str(p) for p in err.problems]
    statements = sum(1 for s in gold.sentences if s.statement)
    print(
        f"{corpus.event.name}: {len(gold.articles)} articles, {len(gold.sentences)} sentences "
        f"({statements} statements, topics of preset {corpus.event.preset!r} too), "
        f"{len(gold.entities)} entities, {len(gold.figures)} figures, "
        f"{len(gold.dates)} dates, {len(gold.clusters)} clusters, {len(gold.disputes)} disputes, "
        f"{len(gold.series)} series"
    )
    return []


def main(argv: list[str]) -> int:
    if argv:
        corpora = []
        for arg in argv:
            folder = Path(arg).resolve()
            try:
                event = load_event(folder)
            except GoldError as err:
                print(f"{folder.name}:\n  " + "\n  ".join(err.problems))
                return 1
            corpora.append(Corpus(event, folder, Project(ROOT / event.corpus)))
    else:
        corpora = find_corpora(GOLD, ROOT)
    failed = 0
    for corpus in corpora:
        problems = check(corpus)
        if problems:
            failed += 1
            print(f"{corpus.event.name}: {len(problems)} problems")
            for problem in problems:
                print(f"  {problem}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
