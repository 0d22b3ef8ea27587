"""Hostile files and faults of the system: what the user sees when ``sources/`` holds a
folder, a link or a pipe where a file should be, when ``add`` is given a device, when the
disk is full or read-only, when two commands run at once, and when a generation was cut
short. Every case is a clear error naming the file, never a traceback, and nothing already
written is lost."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefbook.commands.cli import app
from briefbook.commands.generate import generate
from briefbook.project.load import Project, load_project
from briefbook.project.lock import project_lock
from briefbook.project.output import GENERATED_MARK
from conftest import ARTICLE, META

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output


def snapshot(docs: Path) -> dict[str, bytes]:
    return {
        p.relative_to(docs).as_posix(): p.read_bytes()
        for p in sorted(docs.rglob("*"))
        if p.is_file() and p.name != "conf.py"
    }


@pytest.fixture
def project(make_project) -> Path:
    return make_project()


@pytest.fixture
def articles(project: Path) -> Path:
    return project / "sources" / "articles"


def test_a_folder_where_an_article_should_be(project, articles):
    (articles / "x.txt").mkdir()
    (articles / "x.toml").write_text('id = "x"\n', encoding="utf-8")
    code, output = run("check", "--project", str(project))
    assert code == 1
    assert "sources/articles/x.txt: is a folder, not a file" in output


def test_a_link_to_a_missing_file(project, articles):
    (articles / "gone.txt").symlink_to("../missing.txt")
    (articles / "gone.toml").write_text('id = "gone"\n', encoding="utf-8")
    (project / "sources" / "actors.toml").symlink_to("nowhere.toml")
    code, output = run("check", "--project", str(project))
    assert code == 1
    assert (
        "sources/articles/gone.txt: cannot read: it is a symbolic link to ../missing.txt, "
        "which does not exist (fix: remove the link, or put back the file it points to)"
    ) in output
    assert "sources/actors.toml: cannot read: it is a symbolic link to nowhere.toml" in output


def test_the_articles_folder_linked_from_outside_the_project(project, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    (project / "sources" / "articles").rename(elsewhere)
    (project / "sources" / "articles").symlink_to(elsewhere)
    code, output = run("generate", "--project", str(project))
    assert code == 1
    assert f"sources/articles: is a symbolic link to {elsewhere}, outside the project" in output
    assert not (project / "docs" / "index.md").exists()


def test_metadata_linked_from_outside_the_project_is_never_read(project, articles, tmp_path):
    secret = tmp_path / "secret.toml"
    secret.write_text(META.replace("Dockers Strike at the Port", "Private Note"), "utf-8")
    (articles / "a1.toml").unlink()
    (articles / "a1.toml").symlink_to(secret)
    code, output = run("generate", "--project", str(project))
    assert code == 1
    assert "sources/articles/a1.toml: is outside the project: it is a symbolic link" in output
    docs = project / "docs"
    assert not any(b"Private Note" in data for data in snapshot(docs).values())


def test_a_pipe_in_the_articles_folder_does_not_hang_check(project, articles):
    os.mkfifo(articles / "pipe.txt")
    (articles / "pipe.toml").write_text('id = "pipe"\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "briefbook", "check", "--project", str(project)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "sources/articles/pipe.txt: is a named pipe (FIFO), not a file" in result.stderr


def test_add_reads_only_a_regular_file_of_bounded_size(project, articles, tmp_path):
    fifo = tmp_path / "page.html"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(30_000_000)  # sparse: 30 MB that take no room
    args = ["add", "/dev/zero", str(fifo), str(huge), str(tmp_path), "--project", str(project)]
    result = subprocess.run(
        [sys.executable, "-m", "briefbook", *args], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "imported 0 of 4 file(s) into sources/articles/; 4 refused" in result.stdout
    for shown in (
        "/dev/zero: is a device, not a file",
        f"{fifo}: is a named pipe (FIFO), not a file",
        f"{huge}: is 30,000,000 bytes, over the 20,000,000-byte limit",
        f"{tmp_path}: is a folder, not a file",
    ):
        assert shown in result.stderr
    assert sorted(p.name for p in articles.iterdir()) == ["a1.toml", "a1.txt"]


def test_a_byte_order_mark_is_accepted(project, articles):
    """Windows Notepad writes one at the start of UTF-8 files: it says UTF-8, it is not
    text. The files read as the same files without it."""
    before = load_project(Project(project))
    for name in ("a1.toml", "a1.txt"):
        path = articles / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    (project / "sources" / "briefbook.toml").write_bytes(
        b"\xef\xbb\xbf" + (project / "sources" / "briefbook.toml").read_bytes()
    )
    assert load_project(Project(project)) == before
    assert run("check", "--project", str(project))[0] == 0


def _fail_on(monkeypatch, target: str, error: int, message: str) -> None:
    """Make the first write into a file or folder whose name is ``target`` fail."""
    import tempfile

    real = tempfile.mkstemp

    def failing(*args, **kwargs):
        prefix = kwargs.get("prefix", "")
        if prefix.startswith(f".{target}."):
            raise OSError(error, message)
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", failing)


def test_a_read_only_file_system_is_a_clear_error_and_changes_nothing(project, monkeypatch):
    generate(Project(project))
    docs = project / "docs"
    before = snapshot(docs)
    (project / "sources" / "articles" / "a1.txt").write_text("Dockers went back.\n", "utf-8")
    _fail_on(monkeypatch, "index.md", errno.EROFS, "Read-only file system")
    code, output = run("generate", "--project", str(project))
    assert code == 1
    assert (
        "docs/index.md: cannot write: Read-only file system (fix: the file system is "
        "read-only: run briefbook where it can write; nothing was changed: docs/ holds the "
        "previous pages)"
    ) in output
    assert snapshot(docs) == before
    assert not [p.name for p in docs.iterdir() if p.name.startswith(".")]


def test_export_to_a_full_disk_is_a_clear_error(project, monkeypatch):
    _fail_on(monkeypatch, "claims.csv", errno.ENOSPC, "No space left on device")
    out = project / "claims.csv"
    code, output = run("export", "-f", "csv", "-o", str(out), "--project", str(project))
    assert code == 1
    assert "claims.csv: cannot write: No space left on device" in output
    assert "free some disk space" in output and not out.exists()


def test_after_the_swap_an_error_never_says_nothing_was_changed(project, monkeypatch):
    """The generated folder is swapped in before the landing page: if the landing page
    then cannot be replaced, the message says what was and was not updated."""
    generate(Project(project))
    (project / "sources" / "articles" / "a1.txt").write_text(
        ARTICLE.replace("2,000", "3,000"), "utf-8"
    )
    real = Path.replace

    def failing(self: Path, target):
        if Path(target).name == "index.md":
            raise OSError(errno.EIO, "Input/output error")
        return real(self, target)

    monkeypatch.setattr(Path, "replace", failing)
    code, output = run("generate", "--project", str(project))
    assert code == 1
    assert "nothing was changed" not in output
    assert "docs/index.md: cannot write: Input/output error" in output
    assert "docs/briefing/ was updated but not index.md: run the command again" in output
    assert "3,000" in (project / "docs" / "briefing" / "_data" / "a1.json").read_text("utf-8")


def test_what_a_generation_cut_short_left_is_cleared_or_put_back(project):
    generate(Project(project))
    docs = project / "docs"
    before = snapshot(docs)
    # killed while writing its staging folder: generated files, one of them cut short
    staging = docs / ".briefing.new-k1ll3d"
    staging.mkdir()
    (staging / "overview.md").write_text(f"% {GENERATED_MARK}\n", "utf-8")
    (staging / "topics").mkdir()
    (staging / "topics" / "walkout.md").write_bytes(b"")
    # killed between the renames: the previous folder moved aside, no new one
    (docs / "briefing").rename(docs / ".briefing.old")
    _, report = generate(Project(project))
    assert snapshot(docs) == before
    assert sorted(p.name for p in docs.iterdir()) == ["briefing", "conf.py", "index.md"]
    assert not report.written  # the previous pages were put back, and are unchanged


def test_a_hand_made_folder_where_briefbook_swaps_is_never_deleted(project):
    generate(Project(project))
    mine = project / "docs" / ".briefing.old" / "draft.md"
    mine.parent.mkdir()
    mine.write_text("# My draft\n", encoding="utf-8")
    code, output = run("generate", "--project", str(project))
    assert code == 1
    assert "docs/.briefing.old/draft.md: is a hand-written file where briefbook writes" in output
    assert mine.read_text(encoding="utf-8") == "# My draft\n"


@pytest.mark.parametrize("command", ["generate", "build", "pdf", "linkcheck", "add"])
def test_one_command_at_a_time_on_a_project(project, command):
    extra = [str(project / "sources" / "articles" / "a1.txt")] if command == "add" else []
    with project_lock(project, "build"):
        code, output = run(command, *extra, "--project", str(project))
    assert code == 1
    assert (
        f".briefbook-cache/lock: another briefbook command is working on this project "
        f"(briefbook build, process {os.getpid()}) (fix: wait for it to finish, then run "
        "this one again)"
    ) in output
    assert not (project / "docs" / "index.md").exists()


def test_two_generate_at_once(project):
    """A second process finds the lock the first holds."""
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from briefbook.project.lock import project_lock\n"
        "with project_lock(Path(sys.argv[1]), 'generate'):\n"
        "    print('locked', flush=True)\n"
        "    time.sleep(60)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(project)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        code, output = run("generate", "--project", str(project))
        assert code == 1 and f"(briefbook generate, process {holder.pid})" in output
    finally:
        holder.kill()
        holder.wait()
    assert run("generate", "--quiet", "--project", str(project))[0] == 0  # released


@pytest.mark.parametrize(
    ("date", "shown"),
    [
        ("2099", "[published] 2099 is after today"),
        ("0000", "[published] '0000': there is no year 0000"),
    ],
)
def test_a_date_no_article_can_have(make_project, date, shown):
    meta = META.replace('published = "2025-03-04"', f'published = "{date}"')
    root = make_project({"a1": (ARTICLE, meta)})
    code, output = run("check", "--project", str(root))
    assert code == 1
    assert f"sources/articles/a1.toml:5: {shown}" in output


def test_generate_warns_of_a_date_to_come(make_project):
    meta = META.replace('published = "2025-03-04"', 'published = "2099-03-04"')
    root = make_project({"a1": (ARTICLE, meta)})
    code, output = run("generate", "--project", str(root))
    assert code == 0
    assert "warning: sources/articles/a1.toml:5: [published] 2099-03-04 is after today" in output
