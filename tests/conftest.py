"""Shared fixtures: small briefing projects built in a temporary folder."""

from __future__ import annotations

import os
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ROOTS = Path(__file__).resolve().parent / "roots"
FLOOD = Path(__file__).resolve().parent / "corpora" / "flood"
"""Raw articles on an invented flood (a .txt, a .md and two saved pages) for `briefbook add`."""
FLOOD_FILES = ("ollan_wire.txt", "ollan_post.md", "ollan_herald.html", "ollan_courier.htm")
FLOOD_TITLE = "The River Ollan flood"
FLOOD_TOPICS = ("Flooding", "Evacuation", "Cause of the flood", "Relief and recovery")

CONFIG = """\
[briefing]
title = "Harbour strike"
subtitle = "A test briefing"

[defaults]
topic = "background"

[[topics]]
id = "walkout"
title = "Walkout"
description = "Who stopped work, where and how many."
cues = ["strike*", "walked out", "dockers", "picket*"]

[[topics]]
id = "talks"
title = "Talks"
description = "Negotiations and offers."
cues = ["talks", "offer*", "negotiat*", "mediator"]

[[topics]]
id = "background"
title = "Background"
description = "Earlier events."
cues = ["last year", "contract expired"]
"""

ARTICLE = """\
Dockers Strike at the Port
By Jane Roe
(Harbour Times) – About 2,000 dockers walked out on Monday, the union said. The port authority called the strike “unlawful,” its director Ms. A. Smith said. Talks with a mediator are due on Friday.
Listen to our podcast: Ports Weekly |
The contract expired last year.
"""

META = """\
id = "a1"
title = "Dockers Strike at the Port"
outlet = "Harbour Times"
author = "Jane Roe"
published = "2025-03-04"
url = "https://example.org/news/dockers-strike"
language = "en"
"""


def analyse_texts(config: object, texts: dict[str, str], **meta: dict[str, object]) -> object:
    """briefbook's reading of invented articles (id -> text), published on 4 March 2025
    unless ``meta`` says otherwise for an id."""
    from briefbook.analyse.pipeline import analyse
    from briefbook.model import SourceMeta
    from briefbook.project.load import RawArticle

    raws = [
        RawArticle(
            SourceMeta(**{"id": i, "published": "2025-03-04", **meta.get(i, {})}), t, None, "0"
        )  # type: ignore[arg-type]
        for i, t in texts.items()
    ]
    return analyse(config, raws, [f"{i}.txt" for i in texts])  # type: ignore[arg-type]


def furniture_of(text: str, **meta: str) -> dict[str, str | None]:
    """Each sentence of one invented article (its metadata ``meta``) -> its furniture, its
    own or its paragraph's (None for a statement)."""
    from briefbook.model import SourceMeta
    from briefbook.project.load import RawArticle
    from briefbook.read.reading import read_article

    raw = RawArticle(SourceMeta(id="x", **meta), text, None, "0")  # type: ignore[arg-type]
    article = read_article(raw, "x.txt")
    return {s.text: s.boilerplate or b.boilerplate for b in article.blocks for s in b.sentences}


def check_golden(docs: Path, files: list[str], golden_dir: Path) -> None:
    """Compare generated files with their golden copies; ``BRIEFBOOK_UPDATE_GOLDEN=1``
    rewrites the golden copies after a deliberate change."""
    for rel in files:
        produced = (docs / rel).read_text(encoding="utf-8")
        golden = golden_dir / rel
        if os.environ.get("BRIEFBOOK_UPDATE_GOLDEN"):
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_text(produced, encoding="utf-8")
        assert produced == golden.read_text(encoding="utf-8"), rel


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Sphinx test roots (sphinx.testing.fixtures looks them up here)."""
    return ROOTS


ProjectFactory = Callable[..., Path]


@pytest.fixture
def make_project(tmp_path: Path) -> ProjectFactory:
    """Create a project: ``make_project(articles={"a1": (text, meta)}, config=...)``."""

    def factory(
        articles: dict[str, tuple[str, str]] | None = None,
        config: str = CONFIG,
        name: str = "project",
    ) -> Path:
        root = tmp_path / name
        (root / "sources" / "articles").mkdir(parents=True)
        (root / "sources" / "briefbook.toml").write_text(config, encoding="utf-8")
        for source_id, (text, meta) in (
            articles if articles is not None else {"a1": (ARTICLE, META)}
        ).items():
            (root / "sources" / "articles" / f"{source_id}.txt").write_text(text, encoding="utf-8")
            (root / "sources" / "articles" / f"{source_id}.toml").write_text(
                textwrap.dedent(meta), encoding="utf-8"
            )
        (root / "docs").mkdir()
        shutil.copy(REPO / "docs" / "conf.py", root / "docs" / "conf.py")
        return root

    return factory


def build_copy(tmp_path_factory: pytest.TempPathFactory, sources: Path, name: str) -> Path:
    """A project of a copy of ``sources`` and this repository's conf.py, built into HTML
    as `briefbook build` does (``-n -W``: not even a warning); its root."""
    from typer.testing import CliRunner

    from briefbook.commands.cli import app

    root = tmp_path_factory.mktemp(name)
    shutil.copytree(sources, root / "sources")
    (root / "docs").mkdir()
    shutil.copy(REPO / "docs" / "conf.py", root / "docs" / "conf.py")
    result = CliRunner().invoke(app, ["build", "--quiet", "--project", str(root)])
    assert result.exit_code == 0, result.output
    return root


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed corpus built into HTML once per test run, as `briefbook build` does."""
    return build_copy(tmp_path_factory, REPO / "sources", "e2e") / "docs" / "_build" / "html"


NASTY = Path(__file__).resolve().parent / "corpora" / "nasty"
"""Hostile articles: markup, Unicode, control characters, long words, directional overrides."""


@pytest.fixture(scope="session")
def nasty(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile corpus built into HTML once per test run, as `briefbook build` does
    (``-n -W``: not even a warning); the project's root."""
    return build_copy(tmp_path_factory, NASTY / "sources", "hostile")


@pytest.fixture(scope="session")
def nasty_pdf(nasty: Path) -> Path:
    """The hostile corpus's PDF, built once per test run by `briefbook pdf` (skipped without
    TeX Live, except in CI)."""
    from typer.testing import CliRunner

    from briefbook.commands.cli import app

    if shutil.which("latexmk") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("TeX Live is not installed")
        pytest.skip("TeX Live not installed")
    result = CliRunner().invoke(app, ["pdf", "--quiet", "--project", str(nasty)])
    assert result.exit_code == 0, result.output
    return nasty / "docs" / "_build" / "latex" / "briefing.pdf"


@pytest.fixture
def seed_project(tmp_path: Path) -> Path:
    """A copy of this repository's briefing project (sources/ and docs/conf.py)."""
    root = tmp_path / "seed"
    shutil.copytree(REPO / "sources", root / "sources")
    (root / "docs").mkdir(parents=True)
    shutil.copy(REPO / "docs" / "conf.py", root / "docs" / "conf.py")
    return root


@pytest.fixture
def new_project(tmp_path: Path) -> Path:
    """A project made by `briefbook init` for the flood corpus, with no articles yet."""
    from typer.testing import CliRunner

    from briefbook.commands.cli import app

    root = tmp_path / "briefing"
    args = ["init", str(root), "--title", FLOOD_TITLE, "--topics", ",".join(FLOOD_TOPICS)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return root
