"""Pages read again when what their evidence links show changes, not whenever the file does.

An evidence link shows one sentence of an article: its number and text, and the article's
label, outlet and date (``briefbook.sphinx.evidence``), read from the article's evidence
file (``EVIDENCE_DIR``) when Sphinx reads the page. A file dependency would have Sphinx read
again every page citing any sentence of an article whenever its file changes: a sentence
added at the end of an article (an edit, an update of a live story) read again every page
that cites any of the others. Here the extension records, for every page read, the sentences
it links; before reading, it finds the evidence files that changed since the last build and,
in them, the sentences whose shown data changed (or that are gone, or new), and has Sphinx
read again only the pages linking one of those.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from briefbook.bidi import isolate
from briefbook.book.places import EVIDENCE_DIR
from briefbook.sphinx.per_page import keep_per_page, store

LINKED = "briefbook_evidence_linked"
"""The environment's attribute: document -> source id -> the sentence ids it links."""
SHOWN = "briefbook_evidence_shown"
"""The environment's attribute: source id -> (its evidence file's modification time, sentence
id -> a digest of what a link to it shows), as the pages read so far show them."""


@lru_cache(maxsize=256)
def _read(path: str, mtime_ns: int) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def load(path: str | Path) -> dict[str, Any]:
    """What an evidence link shows of an article (``book.data.evidence_data``: its label,
    metadata and sentences by id), read once per file version. ``path`` may be a string:
    evidence links call this for every sentence they show (20,000 at 200 articles), and
    joining a ``Path`` part by part for each cost more than the look-up, and so did making
    a ``Path`` of it to ask for its modification time (``os.stat`` takes the string)."""
    name = os.fspath(path)
    return _read(name, os.stat(name).st_mtime_ns)  # noqa: PTH116 (see above)


def _date(meta: Mapping[str, Any]) -> str:
    published = str(meta.get("published") or "")
    if not published:
        return "date not stated"
    return published + (" (inferred)" if "published" in meta.get("inferred", {}) else "")


def shown(data: Mapping[str, Any], sentence_id: str) -> dict[str, str] | None:
    """What a link to ``sentence_id`` shows (its ``title``, and the popup's two lines
    ``sentence`` and ``where``), or None when the article has no such sentence."""
    try:
        sentence = data["sentences"][sentence_id]
        meta = data["meta"]
        label = isolate(data["label"])
    except (KeyError, TypeError):
        return None
    outlet = meta.get("outlet") or "outlet not stated"
    return {
        "title": f"{label} ¶{sentence['number']}",
        "sentence": isolate(sentence["text"]),
        "where": f"{label} · {isolate(outlet)} · {_date(meta)} · ¶{sentence['number']}",
    }


def _linked(env: BuildEnvironment) -> dict[str, dict[str, set[str]]]:
    return store(env, LINKED)


def _shown(env: BuildEnvironment) -> dict[str, tuple[int, dict[str, str]]]:
    return store(env, SHOWN)


def note_link(env: BuildEnvironment, source_id: str, sentence_id: str) -> None:
    """The page being read links ``sentence_id`` of ``source_id`` (whether found or not)."""
    _linked(env).setdefault(env.docname, {}).setdefault(source_id, set()).add(sentence_id)


def digests(data: Mapping[str, Any]) -> dict[str, str]:
    """Sentence id -> a digest of what a link to it shows (:func:`shown`)."""
    out = {}
    for sentence_id in data.get("sentences", {}):
        text = json.dumps(shown(data, sentence_id), sort_keys=True, ensure_ascii=False)
        out[sentence_id] = hashlib.blake2b(text.encode(), digest_size=8).hexdigest()
    return out


def changed_sentences(old: Mapping[str, str], new: Mapping[str, str]) -> set[str]:
    """Sentence ids whose digest differs, that are gone or that are new."""
    return {s for s in old.keys() | new.keys() if old.get(s) != new.get(s)}


def linking_pages(
    linked: Mapping[str, Mapping[str, set[str]]], changed: dict[str, set[str]]
) -> set[str]:
    """The documents linking any of ``changed`` (source id -> sentence ids)."""
    return {
        doc
        for doc, sources in linked.items()
        if any(not ids.isdisjoint(changed.get(source, ())) for source, ids in sources.items())
    }


def _files(folder: Path) -> dict[str, int]:
    """Source id -> modification time of its evidence file."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return {}
    return {
        e.name.removesuffix(".json"): e.stat().st_mtime_ns
        for e in entries
        if e.name.endswith(".json") and e.is_file()
    }


def outdated(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """``env-get-outdated``: the pages linking a sentence whose shown data changed since the
    last build; what the pages show is recorded as it now is (the pages linking what changed
    are read again)."""
    folder = Path(env.srcdir) / app.config.briefbook_data_dir / EVIDENCE_DIR
    files = _files(folder)
    known = _shown(env)
    moved: dict[str, set[str]] = {}
    for source in known.keys() - files.keys():  # the file is gone: so is every sentence
        moved[source] = set(known.pop(source)[1])
    for source, mtime in files.items():
        if source in known and known[source][0] == mtime:
            continue
        try:
            new = digests(load(folder / f"{source}.json"))
        except (OSError, ValueError):
            new = {}
        old = known[source][1] if source in known else {}
        moved[source] = changed_sentences(old, new)
        known[source] = (mtime, new)
    return sorted(linking_pages(_linked(env), moved) & env.all_docs.keys())


def setup(app: Sphinx) -> None:
    app.connect("env-get-outdated", outdated)
    keep_per_page(app, LINKED)
