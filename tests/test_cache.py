"""The reading cache: unchanged articles are not read again, and the result is the same."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefbook.commands.generate import generate, load_briefing, reading_cache
from briefbook.export import Format, Table, export
from briefbook.project import cache
from briefbook.project.load import Project


def _json(root: Path) -> str:
    return export(load_briefing(Project(root)), Format.JSON, Table.CLAIMS)


def test_second_run_reads_every_article_from_the_cache(seed_project: Path) -> None:
    project = Project(seed_project)
    first = reading_cache(project)
    generate(project, first)
    assert (first.hits, first.misses) == (0, 5)
    assert (seed_project / cache.FOLDER / "CACHEDIR.TAG").is_file()
    before = {p.name: p.read_bytes() for p in (seed_project / "docs" / "briefing").rglob("*.*")}

    second = reading_cache(project)
    generate(project, second)
    assert (second.hits, second.misses) == (5, 0)
    after = {p.name: p.read_bytes() for p in (seed_project / "docs" / "briefing").rglob("*.*")}
    assert after == before  # a cached reading gives the same book, byte for byte


def test_an_edited_article_alone_is_read_again(seed_project: Path) -> None:
    project = Project(seed_project)
    generate(project)
    article = next(project.articles.glob("*.txt"))
    article.write_text(article.read_text(encoding="utf-8") + "\nA new line.\n", encoding="utf-8")
    store = reading_cache(project)
    generate(project, store)
    assert (store.hits, store.misses) == (4, 1)
    assert len(list((seed_project / cache.FOLDER).glob("*.json"))) == 5  # old entry pruned


def test_changed_metadata_is_a_miss(seed_project: Path) -> None:
    project = Project(seed_project)
    generate(project)
    meta = next(project.articles.glob("*.toml"))
    text = meta.read_text(encoding="utf-8").replace('language = "en"', 'language = "en-GB"')
    meta.write_text(text, encoding="utf-8")
    store = reading_cache(project)
    generate(project, store)
    assert store.misses == 1


def test_cached_and_uncached_analysis_agree(seed_project: Path) -> None:
    project = Project(seed_project)
    generate(project)
    cached = export(load_briefing(project, reading_cache(project)), Format.JSON, Table.CLAIMS)
    assert cached == _json(seed_project)


def test_damaged_entries_are_read_again(seed_project: Path) -> None:
    project = Project(seed_project)
    generate(project)
    for entry in (seed_project / cache.FOLDER).glob("*.json"):
        entry.write_bytes(b"not json")
    store = reading_cache(project)
    generate(project, store)
    assert (store.hits, store.misses) == (0, 5)


def test_a_new_cache_format_empties_the_cache(
    seed_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = Project(seed_project)
    generate(project)
    monkeypatch.setattr(cache, "FORMAT", cache.FORMAT + 1)
    store = reading_cache(project)
    generate(project, store)
    assert (store.hits, store.misses) == (0, 5)
    assert len(list((seed_project / cache.FOLDER).glob("*.json"))) == 5


def test_an_unwritable_cache_does_not_stop_generation(seed_project: Path) -> None:
    (seed_project / cache.FOLDER).write_text("a file where the cache folder would be")
    store = reading_cache(Project(seed_project))
    briefing, _ = generate(Project(seed_project), store)
    assert store.unwritable
    assert len(briefing.articles) == 5


def test_the_code_fingerprint_covers_the_package_code_and_data(tmp_path: Path) -> None:
    package = tmp_path / "briefbook"
    shutil.copytree(
        Path(cache.__file__).parent.parent, package, ignore=shutil.ignore_patterns("__pycache__")
    )
    seen = {cache.fingerprint(package)}
    assert cache.code_fingerprint() in seen  # the installed package, as copied
    for edited in ("data/vocabulary/names.toml", "read/mentions.py", "data/gazetteer.toml"):
        path = package / edited
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        seen.add(cache.fingerprint(package))
    assert len(seen) == 4  # each edit, in a subpackage or in the data, is a new fingerprint
    assert cache.key("a", "b") != cache.key("ab")


def test_a_reading_comes_back_from_the_cache_equal(seed_project: Path) -> None:
    from briefbook.project.codec import from_data, to_data
    from briefbook.project.load import load_articles
    from briefbook.read.gazetteer import load_gazetteer
    from briefbook.read.reading import Reading, read

    raws, _ = load_articles(Project(seed_project))
    gazetteer = load_gazetteer()
    for raw in raws:
        reading = read(raw, raw.path.name, gazetteer)
        assert from_data(Reading, json.loads(json.dumps(to_data(reading)))) == reading
