"""``briefbook topics``: the topic report, what the unsure statements talk about, proposed
cues, and ``--apply`` to add the chosen cues to ``sources/briefbook.toml``.

The config is edited with tomlkit, which keeps the analyst's comments and layout; each group
of cues added to a topic carries a comment saying when and why, and the file is checked
before it is written (atomically).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import tomlkit
import tomlkit.items
from pydantic import ValidationError

from briefbook.analyse.suggest import Proposal, Suggestions
from briefbook.model import Config
from briefbook.model.inputs import cue_problem
from briefbook.project.output import write_file
from briefbook.project.problems import InputError, Problem

LOW = "whose topic won by little"


def report_lines(suggestions: Suggestions) -> list[str]:
    """What ``briefbook topics`` prints after the topic report."""
    s = suggestions
    lines = [
        f"{s.unsure} unsure statements: {s.no_cue} with no cue of their own, "
        f"{s.low_confidence} {LOW} (confidence under 0.6)"
    ]
    if s.words:
        lines += ["words that set them apart (in unsure statements / in the others):"]
        width = max(len(d.word) for d in s.words)
        lines += [f"  {d.word:<{width}}  {d.unsure:>3} / {d.sure}" for d in s.words]
    if not s.proposals:
        lines.append("no cue to propose: no word is in enough unsure statements")
        return lines
    lines.append("proposed cues (add them with: briefbook topics --apply 1,3,...):")
    for n, p in enumerate(s.proposals, 1):
        lines.append(f"  {n:>2}. {p.topic}: {p.cue!r}  {_effect(p)}")
        example = p.example if len(p.example) <= 110 else p.example[:107] + "..."
        lines.append(f"      e.g. {example!r}")
    return lines


def _effect(p: Proposal) -> str:
    other = f", {p.from_other_topics} from other topics" if p.from_other_topics else ""
    return f"moves {p.moves} statement{'s' if p.moves != 1 else ''} ({p.from_unsure} unsure{other})"


@dataclass(frozen=True, slots=True)
class Chosen:
    topic: str
    cue: str
    why: str


def choose(selection: str, proposals: Sequence[Proposal], topics: Sequence[str]) -> list[Chosen]:
    """``--apply``: proposal numbers ("1,3"), ``all``, or ``topic:cue`` pairs, comma-separated."""
    chosen: list[Chosen] = []
    problems: list[str] = []
    for item in (x.strip() for x in selection.split(",")):
        if not item:
            continue
        if item == "all":
            chosen += [Chosen(p.topic, p.cue, _effect(p)) for p in proposals]
        elif item.isdigit():
            n = int(item)
            if not 1 <= n <= len(proposals):
                problems.append(f"{n} is not a proposal (there are {len(proposals)})")
                continue
            p = proposals[n - 1]
            chosen.append(Chosen(p.topic, p.cue, _effect(p)))
        elif ":" in item:
            topic, _, cue = (x.strip() for x in item.partition(":"))
            problem = cue_problem(cue)
            if topic not in topics:
                problems.append(f"{topic!r} is not a topic ({', '.join(topics)})")
            elif problem:
                problems.append(problem)
            else:
                chosen.append(Chosen(topic, cue, "chosen by the analyst"))
        else:
            problems.append(f"{item!r} is neither a proposal number nor topic:cue")
    if problems:
        fix = "give proposal numbers, `all`, or topic:cue pairs, comma-separated"
        raise InputError([Problem(Path("--apply"), "", p, fix) for p in problems])
    return chosen


def apply(path: Path, chosen: Sequence[Chosen], today: dt.date | None = None) -> list[Chosen]:
    """Add the chosen cues to their topics in the config file; return those added (a cue
    the topic already has is skipped). Raises InputError if the result would not load."""
    text = path.read_text(encoding="utf-8")
    doc = tomlkit.parse(text)
    tables = {str(t.get("id")): t for t in doc.get("topics", [])}
    when = (today or dt.date.today()).isoformat()
    added: list[Chosen] = []
    for topic in dict.fromkeys(c.topic for c in chosen):
        table = tables[topic]
        old = [str(c) for c in table.get("cues", [])]
        new = [c for c in chosen if c.topic == topic and c.cue not in old]
        new = [c for n, c in enumerate(new) if c.cue not in {x.cue for x in new[:n]}]
        if not new:
            continue
        cues = table.get("cues")
        if not isinstance(cues, tomlkit.items.Array) or "\n" not in cues.as_string():
            cues = _multiline(old)  # a one-line array holds no comment to keep
            table["cues"] = cues
        for c in new:
            note = f"added by briefbook topics on {when}: {c.why}"
            cues.add_line(c.cue, comment=note, indent="  ")
        added += new
    result = tomlkit.dumps(doc)
    try:
        Config.model_validate(tomllib.loads(result))
    except (ValidationError, tomllib.TOMLDecodeError) as exc:
        raise InputError(
            [Problem(path, "cues", f"the cues would not load: {exc}", "check --apply")]
        ) from exc
    if added:
        write_file(path, result.encode("utf-8"))
    return added


def _multiline(cues: Sequence[str], width: int = 94) -> tomlkit.items.Array:
    """An array of ``cues`` laid out a few to a line, ready for more lines."""
    array = tomlkit.array()
    line: list[str] = []
    for cue in cues:
        if line and sum(len(c) + 4 for c in [*line, cue]) > width:
            array.add_line(*line, indent="  ")
            line = []
        line.append(cue)
    if line:
        array.add_line(*line, indent="  ")
    array.add_line(indent="")
    return array
