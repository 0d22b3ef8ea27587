"""`briefbook init`: a new project that builds at once, from event-neutral templates."""

from __future__ import annotations

import ast
import calendar
import itertools
import re
import tomllib
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from typer.testing import CliRunner

from briefbook import __version__
from briefbook.commands.build import TEX_INSTALL
from briefbook.commands.cli import app
from briefbook.commands.init import TEMPLATES, parse_topics, plan_topics, project_files, template
from briefbook.model import OverridesFile
from briefbook.presets import initial_cues
from briefbook.project.load import Project, load_actors, load_config, load_overrides
from briefbook.project.problems import InputError
from conftest import FLOOD, FLOOD_FILES, FLOOD_TITLE, FLOOD_TOPICS, REPO

runner = CliRunner()
SESSIONS = ("build", "pdf", "linkcheck", "check", "generate", "live")
PROJECT_FILES = {
    ".github/workflows/briefing.yml",
    ".gitignore",
    "README.md",
    "docs/conf.py",
    "docs/notes/about.md",
    "noxfile.py",
    "sources/actors.toml",
    "sources/overrides.toml",
    "sources/articles/.gitkeep",
    "sources/briefbook.toml",
}


def files_in(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def live_args(noxfile: Path) -> list[str]:
    for node in ast.parse(noxfile.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "LIVE_ARGS":
            return list(ast.literal_eval(node.value))
    raise AssertionError(f"no LIVE_ARGS in {noxfile}")


def test_init_writes_a_valid_project(new_project):
    assert files_in(new_project) == PROJECT_FILES
    config, problems = load_config(Project(new_project))
    assert problems == [] and config is not None
    assert config.briefing.title == FLOOD_TITLE
    assert [(t.id, t.title) for t in config.topics] == [
        ("flooding", "Flooding"),
        ("evacuation", "Evacuation"),
        ("cause-of-the-flood", "Cause of the flood"),
        ("relief-and-recovery", "Relief and recovery"),
    ]
    # its own words first, then the lexicon's family for its head word ("cause"), not "flood"
    cues = config.topic("cause-of-the-flood").cues
    assert cues[:3] == ("cause of the flood", "cause", "flood")
    assert {"investigat*", "inquir*"} <= set(cues) and "rain" not in cues
    assert {"rain", "torrential", "burst its banks"} <= set(config.topic("flooding").cues)
    assert {"evacuat*", "shelter*"} <= set(config.topic("evacuation").cues)
    assert config.default_topic == "flooding"
    actors, problems = load_actors(Project(new_project))
    assert problems == [] and actors.actor == ()
    overrides, problems = load_overrides(Project(new_project))
    assert problems == [] and overrides == OverridesFile()
    readme = (new_project / "README.md").read_text(encoding="utf-8")
    assert readme.startswith(f"# {FLOOD_TITLE}\n")
    assert "briefbook add saved-page.html" in readme and "nox -s build" in readme


def test_generated_noxfile_and_conf_compile_and_pin_this_version(new_project):
    noxfile = (new_project / "noxfile.py").read_text(encoding="utf-8")
    tree = ast.parse(compile(noxfile, "noxfile.py", "exec", flags=ast.PyCF_ONLY_AST))
    sessions = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    assert sessions == set(SESSIONS)
    assert f'"briefbook>={__version__}"' in noxfile
    assert 'os.environ.get("BRIEFBOOK_SPEC")' in noxfile
    compile((new_project / "docs" / "conf.py").read_text(encoding="utf-8"), "conf.py", "exec")


def test_templates_compile():
    for name in ("noxfile.py.tmpl", "conf.py.tmpl"):
        compile(template(name), name, "exec")


def test_conf_template_is_the_repository_conf():
    """The template follows docs/conf.py: after changing one, change the other."""
    assert template("conf.py.tmpl") == (REPO / "docs" / "conf.py").read_text(encoding="utf-8")


def test_live_preview_is_the_same_in_both_noxfiles(new_project):
    args = live_args(REPO / "noxfile.py")
    assert args == live_args(new_project / "noxfile.py")
    pairs = set(itertools.pairwise(args))
    assert {("--watch", "sources"), ("--host", "127.0.0.1")} <= pairs
    assert ("--pre-build", "briefbook generate --quiet") in pairs
    assert {("--ignore", "docs/briefing"), ("--ignore", "docs/index.md")} <= pairs
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(
        r.startswith("sphinx-autobuild")
        for r in pyproject["project"]["optional-dependencies"]["live"]
    )
    assert "generate, live" in (REPO / "scripts" / "task.py").read_text(encoding="utf-8")


def test_live_preview_ignores_generated_files_but_not_sources(new_project, monkeypatch):
    """The options exist in the installed sphinx-autobuild, and its watcher skips what the
    pre-build writes (which would otherwise rebuild for ever) but not the analyst's files."""
    main = pytest.importorskip("sphinx_autobuild.__main__")
    from sphinx_autobuild.filter import IgnoreFilter

    monkeypatch.chdir(new_project)
    args, _ = main._parse_args([*live_args(new_project / "noxfile.py"), "docs", "docs/_build/html"])
    ignored = IgnoreFilter([*args.ignore, "docs/_build/html"], args.re_ignore)
    for path in ("docs/briefing/topics/flooding.md", "docs/index.md", "docs/.briefing.new-x1/a.md",
                 "docs/_build/html/index.html", "sources/articles/.a1.toml.x8.tmp"):  # fmt: skip
        assert ignored(str(new_project / path)), path
    for path in ("sources/articles/a1.toml", "sources/briefbook.toml", "docs/notes/about.md",
                 "docs/conf.py"):  # fmt: skip
        assert not ignored(str(new_project / path)), path


def test_workflow_installs_tex_and_builds_html_pdf_and_links(new_project):
    workflow = yaml.safe_load((new_project / ".github/workflows/briefing.yml").read_text("utf-8"))
    steps = workflow["jobs"]["book"]["steps"]
    commands = " ".join(step.get("run", "") for step in steps)
    for package in TEX_INSTALL.split("install -y --no-install-recommends ")[1].split():
        assert package in commands, package
    assert "nox -s build pdf linkcheck" in commands


def event_words() -> set[str]:
    """Names from this repository's corpora (capitalised, never written in lower case there)."""
    metadata = [*REPO.glob("sources/**/*.toml"), *REPO.glob("tests/corpora/*/sources/**/*.toml")]
    texts = [*REPO.glob("sources/articles/*.*"), *REPO.glob("tests/corpora/*/*.*")]
    texts += REPO.glob("tests/corpora/*/sources/**/*.*")
    capitalised: set[str] = {"Ollan", "Wenmoor", "Carrow", "Almond", "Pyongyang"}
    for path in metadata:
        capitalised |= set(re.findall(r"\b[A-Z][a-z]{3,}\b", path.read_text(encoding="utf-8")))
    lower: set[str] = set()
    for path in metadata + texts:
        lower |= set(re.findall(r"\b[a-z]{4,}\b", path.read_text(encoding="utf-8")))
    # "General" heads a section of conf.py; in the seed it is part of "Secretary-General"
    return {word for word in capitalised if word.lower() not in lower} - {"General"}


def test_templates_say_nothing_about_any_event():
    words = event_words()
    assert {"Korean", "Russia", "Ukraine", "Budanov"} <= words
    files = project_files("Title", plan_topics("Title", "One,Two"))
    for path, data in files.items():
        text = data.decode("utf-8")
        found = sorted(w for w in words if re.search(rf"\b{w}\b", text))
        assert found == [], (path, found)
    assert set(TEMPLATES) | {"sources/briefbook.toml", "sources/articles/.gitkeep"} == set(files)


GENERAL = {
    *calendar.month_name[1:],
    *calendar.day_name,
    "South",
    "Atlantic",
    "Agencies",
    "Organization",
    "Empty",
    "Metadata",
    "John",
    "Jane",
    "Pacific",
    "Effects",
    "Killed",
    "Thousands",
}
"""Capitalised in the corpora and never written in lower case there, yet no event's words."""


def _known_states() -> set[str]:
    data = tomllib.loads((REPO / "src/briefbook/data/gazetteer.toml").read_text("utf-8"))
    return {
        word
        for c in data["country"]
        for key in ("name", "aliases", "adjectives", "capitals")
        for form in ([c[key]] if isinstance(c.get(key), str) else c.get(key, []))
        for word in form.split()
    }


def test_briefbook_itself_says_nothing_about_any_event():
    """Code, comments, vocabularies and templates: no word of the seed or invented corpora.
    The gazetteer names every state and is general knowledge: it is not searched, and its
    names may be used in examples."""
    words = event_words() - GENERAL - _known_states()
    package = REPO / "src" / "briefbook"
    found = {}
    for path in sorted(package.rglob("*")):
        if path.is_dir() or path.suffix not in (".py", ".toml", ".tmpl", ".js", ".css", ".json"):
            continue
        if path.name == "gazetteer.toml":
            continue
        text = path.read_text(encoding="utf-8")
        hits = sorted(w for w in words if re.search(rf"\b{w}\b", text))
        if hits:
            found[path.relative_to(package).as_posix()] = hits
    assert found == {}


def test_init_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "mine.txt").write_text("keep me", encoding="utf-8")
    args = ["init", str(tmp_path), "--title", "T", "--topics", "One"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "folder is not empty" in result.output and "--force" in result.output
    assert files_in(tmp_path) == {"mine.txt"}


def test_init_force_adds_missing_files_and_keeps_existing_ones(new_project):
    readme = new_project / "README.md"
    readme.write_text("my own notes", encoding="utf-8")
    (new_project / "noxfile.py").unlink()
    args = ["init", str(new_project), "--title", "Other", "--topics", "A,B", "--force"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "1 files written" in result.output and "noxfile.py" in result.output
    assert f"kept {len(PROJECT_FILES) - 1} existing file(s) as they were:" in result.output
    assert readme.read_text(encoding="utf-8") == "my own notes"
    assert FLOOD_TITLE in (new_project / "sources" / "briefbook.toml").read_text("utf-8")


def test_a_git_folder_counts_as_empty(tmp_path):
    (tmp_path / ".git").mkdir()
    result = runner.invoke(app, ["init", str(tmp_path), "--title", "T", "--topics", "One"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("topics", "message"),
    [
        (" , ", "--topics: no topic names given"),
        ("Flood,flood", "--topics: 'Flood' and 'flood' both give the topic id 'flood'"),
    ],
)
def test_init_refuses_bad_topics(tmp_path, topics, message):
    result = runner.invoke(app, ["init", str(tmp_path / "p"), "--title", "T", "--topics", topics])
    assert result.exit_code == 1
    assert message in result.output
    assert not (tmp_path / "p").exists()


def test_init_refuses_a_bad_title_or_language(tmp_path):
    result = runner.invoke(
        app, ["init", str(tmp_path / "p"), "--title", "", "--topics", "A", "--language", "EN"]
    )
    assert result.exit_code == 1
    assert "--title:" in result.output and "--language:" in result.output


def test_topic_names_become_ids_and_cues():
    assert parse_topics("Émigré aid, 洪水, " + "long " * 20) == [
        ("emigre-aid", "Émigré aid"),
        ("topic-2", "洪水"),
        ("-".join(["long"] * 12), ("long " * 20).strip()),
    ]
    assert initial_cues("Flooding") == ["flooding"]
    assert initial_cues("Aid from the state") == ["aid from the state", "state"]
    assert initial_cues("The crash") == ["crash"]  # an opening article makes no phrase
    assert initial_cues("A new government") == ["new government", "government"]
    with pytest.raises(InputError):
        parse_topics("")


@pytest.mark.slow
def test_an_empty_project_builds_with_a_clear_message(new_project):
    check = runner.invoke(app, ["check", "--project", str(new_project)])
    assert check.exit_code == 0
    assert "OK: 0 articles" in check.output and "briefbook add" in check.output
    result = runner.invoke(app, ["build", "--quiet", "--project", str(new_project)])
    assert result.exit_code == 0, result.output
    assert "no articles in sources/articles/ yet" in result.output
    index = (new_project / "docs" / "_build" / "html" / "index.html").read_text("utf-8")
    assert "No articles yet: add some with briefbook add FILE..." in index


@pytest.mark.slow
def test_init_add_build_gives_a_book_with_the_new_topics(new_project):
    result = runner.invoke(
        app,
        ["add", "--quiet", "--project", str(new_project), *(str(FLOOD / f) for f in FLOOD_FILES)],
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["build", "--verbose", "--project", str(new_project)])
    assert result.exit_code == 0, result.output  # -W: any warning fails the build
    assert "WARNING" not in result.output and "4 articles" in result.output
    html = new_project / "docs" / "_build" / "html"
    landing = BeautifulSoup((html / "index.html").read_text("utf-8"), "html.parser").get_text()
    assert FLOOD_TITLE in landing
    chapters = {p.stem: p for p in (html / "briefing" / "topics").glob("*.html")}
    assert set(chapters) == {"flooding", "evacuation", "cause-of-the-flood", "relief-and-recovery"}
    for topic in FLOOD_TOPICS:
        assert topic in landing
    cited: set[str] = set()
    for chapter in chapters.values():
        page = BeautifulSoup(chapter.read_text("utf-8"), "html.parser")
        assert page.find("h1").get_text().rstrip("#") in FLOOD_TOPICS
        cited |= {a["href"].split("#")[1] for a in page.select("a[href*='bibliography.html#']")}
    ids = sorted(p.stem for p in (new_project / "sources" / "articles").glob("*.toml"))
    assert len(ids) == 4
    assert {c.removeprefix("cite-").replace("-", "_") for c in cited} == set(ids)
    bibliography = (html / "briefing" / "bibliography.html").read_text("utf-8")
    for title in (
        "Wenmoor flood: residents return to count the cost",
        "Clean-up begins in Wenmoor",
    ):
        assert title in bibliography
    sources = (html / "briefing" / "sources").glob("*.html")
    assert {p.stem for p in sources} >= set(ids)
