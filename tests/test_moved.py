"""A page that links to a label which moved to another page is written again (not read)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from briefbook.sphinx.moved import moved_labels, referring_pages

ROOT = Path(__file__).parent / "roots" / "test-unread"


def test_moved_labels_are_those_whose_page_changed_or_that_are_gone():
    before = {"bb-a": "p/1", "bb-b": "p/1", "bb-c": "p/2"}
    after = {"bb-a": "p/1", "bb-b": "p/2", "bb-d": "p/2"}
    assert moved_labels(before, after) == {"bb-b", "bb-c"}
    refs = {"x": frozenset({"bb-b"}), "y": frozenset({"bb-a"}), "z": frozenset({"bb-c", "q"})}
    assert referring_pages(refs, {"bb-b", "bb-c"}) == {"x", "z"}
    assert referring_pages(refs, set()) == set()


def _write(path: Path, text: str, edit: bool = False) -> None:
    """Write a page dated well before the first build, or (an ``edit``) well after it,
    whatever the file system's grain of time."""
    path.write_text(text, encoding="utf-8")
    when = time.time() + (5 if edit else -100)
    os.utime(path, (when, when))


def _build(src: Path) -> set[str]:
    """An incremental HTML build; the pages Sphinx read."""
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "--no-color", "-nW", "-b", "html", str(src),
         str(src / "_build")],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", done.stdout)
    return set(re.findall(r"^reading sources\.\.\. \[\s*\d+%\] (\S+)", out, re.M))


def test_a_link_to_a_label_that_moved_is_rewritten_without_reading_its_page(tmp_path):
    """An actor moves from part 1 to part 2 of a split page (both rewritten by the
    generator); the chapter linking to it is unchanged on disk, so Sphinx does not read it
    again, yet its link must point at part 2, as a cold build's would."""
    src = tmp_path / "docs"
    src.mkdir()
    shutil.copy(ROOT / "conf.py", src / "conf.py")
    shutil.copy(ROOT / "refs.bib", src / "refs.bib")
    (src / "_data").mkdir()
    _write(src / "index.md", "# Book\n\n```{toctree}\npart-1\npart-2\nchapter\nother\n```\n")
    _write(src / "part-1.md", "# Part 1\n\n(bb-actor-x)=\n## X\n\nAbout X.\n")
    _write(src / "part-2.md", "# Part 2\n\n(bb-actor-y)=\n## Y\n\nAbout Y.\n")
    _write(src / "chapter.md", "# Chapter\n\nSaid by {ref}`X <bb-actor-x>`.\n")
    _write(src / "other.md", "# Other\n\nSaid by {ref}`Y <bb-actor-y>`.\n")
    _build(src)
    chapter = src / "_build" / "chapter.html"
    assert 'href="part-1.html#bb-actor-x"' in chapter.read_text("utf-8")
    other = (src / "_build" / "other.html").stat().st_mtime_ns

    _write(src / "part-1.md", "# Part 1\n\n(bb-actor-w)=\n## W\n\nAbout W.\n", edit=True)
    _write(
        src / "part-2.md",
        "# Part 2\n\n(bb-actor-x)=\n## X\n\nAbout X.\n\n(bb-actor-y)=\n## Y\n",
        edit=True,
    )
    read = _build(src)
    assert read == {"part-1", "part-2"}
    html = chapter.read_text("utf-8")
    assert 'href="part-2.html#bb-actor-x"' in html
    assert "part-1.html#" not in html
    # a page whose labels stayed where they were is neither read nor written again
    assert (src / "_build" / "other.html").stat().st_mtime_ns == other


NEWCOMER = """\
Crane Inspectors Report
Pat Abel, the harbour's chief inspector, said on Wednesday that the cranes were safe. About 30 cranes were checked, Abel said.
"""
NEWCOMER_META = """\
id = "a3"
title = "Crane Inspectors Report"
outlet = "Coast Radio"
published = "2025-03-12"
"""
HREF = re.compile(r'href="([^"#]*\.html)#(bb-[^"]+)"')


def broken_links(html: Path) -> list[str]:
    """Links to a label (``#bb-...``) whose page does not hold that anchor."""
    ids: dict[Path, str] = {}
    broken = []
    for page in html.rglob("*.html"):
        for target, anchor in HREF.findall(page.read_text("utf-8")):
            path = (page.parent / target).resolve()
            if path not in ids:
                ids[path] = path.read_text("utf-8") if path.exists() else ""
            if f'id="{anchor}"' not in ids[path]:
                broken.append(f"{page.relative_to(html)} -> {target}#{anchor}")
    return broken


def test_after_a_new_article_every_link_to_an_actor_still_resolves(make_project):
    """A new speaker (Pat Abel) sorts before Paul Kent: with one actor a page, Paul Kent
    moves to another part of the P pages of the who's who. The talks chapter of 6 March,
    which links to him, is not regenerated; its link must follow him all the same."""
    from briefbook.commands.generate import generate
    from briefbook.project.load import Project
    from test_split import project

    root = project(make_project)
    docs = root / "docs"
    generate(Project(root))
    _build(docs)
    html = docs / "_build"
    people = sorted(p.name for p in (docs / "briefing/whos-who/person").glob("p*.md"))
    articles = root / "sources" / "articles"
    (articles / "a3.txt").write_text(NEWCOMER, encoding="utf-8")
    (articles / "a3.toml").write_text(NEWCOMER_META, encoding="utf-8")
    _, report = generate(Project(root))
    assert sorted(p.name for p in (docs / "briefing/whos-who/person").glob("p*.md")) != people
    linking = "briefing/topics/talks/2025-03-06/paul-kent--1.md"
    assert "bb-actor-" in (docs / linking).read_text("utf-8")
    assert linking not in report.written  # so Sphinx does not read it again
    assert linking.removesuffix(".md") not in _build(docs)
    assert broken_links(html) == []
