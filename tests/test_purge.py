"""Pages never read before are not purged from the standard and cite domains
(``briefbook.sphinx.purge``); pages read before are, as always."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from briefbook.sphinx.citations import IndexedBibtexDomain
from briefbook.sphinx.purge import PurgeAwareStandardDomain, SkipsUnreadPurge, note_unread

ROOT = Path(__file__).parent / "roots" / "test-unread"


class _Counting:
    def __init__(self) -> None:
        self.cleared: list[str] = []

    def clear_doc(self, docname: str) -> None:
        self.cleared.append(docname)


class _Domain(SkipsUnreadPurge, _Counting):
    pass


class _Env:
    def __init__(self, all_docs: set[str], *domains: Any) -> None:
        self.all_docs = dict.fromkeys(all_docs, 0)
        self.domains = {str(n): d for n, d in enumerate(domains)}


def test_a_page_never_read_is_not_purged_once_and_a_page_read_before_is():
    domain, plain = _Domain(), _Counting()
    env = _Env({"read"}, domain, plain)
    note_unread(None, env, "new")  # type: ignore[arg-type]
    domain.clear_doc("new")
    plain.clear_doc("new")
    assert domain.cleared == [] and plain.cleared == ["new"]
    domain.clear_doc("new")  # purged again later (after it was read): done
    assert domain.cleared == ["new"]
    note_unread(None, env, "read")  # type: ignore[arg-type]
    domain.clear_doc("read")
    assert domain.cleared == ["new", "read"]


def test_the_extension_s_standard_and_cite_domains_skip_unread_pages():
    assert issubclass(PurgeAwareStandardDomain, SkipsUnreadPurge)
    assert issubclass(IndexedBibtexDomain, SkipsUnreadPurge)


def _write(path: Path, text: str, edit: bool = False) -> None:
    path.write_text(text, encoding="utf-8")
    when = time.time() + (5 if edit else -100)
    os.utime(path, (when, when))


def _build(src: Path) -> dict[str, Any]:
    """A serial, incremental HTML build; the domains' data it keeps."""
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "--no-color", "-b", "html", str(src),
         str(src / "_build")],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with (src / "_build" / ".doctrees" / "environment.pickle").open("rb") as f:
        env = pickle.load(f)
    data: dict[str, Any] = env.domaindata
    return data


def test_a_page_read_again_forgets_its_old_labels_and_citations(tmp_path):
    """A page that drops a label and a citation loses them; a new page read in the same
    build keeps its own."""
    src = tmp_path / "docs"
    src.mkdir()
    shutil.copy(ROOT / "conf.py", src / "conf.py")
    shutil.copy(ROOT / "refs.bib", src / "refs.bib")
    (src / "_data").mkdir()
    _write(src / "index.md", "# Book\n\n```{toctree}\na\nb\n```\n")
    _write(src / "a.md", "# A\n\n(bb-old)=\n## Old\n\nSaid so {cite:p}`s1`.\n")
    _write(src / "b.md", "# B\n\n(bb-b)=\n## B\n\nText.\n")
    data = _build(src)
    assert {"bb-old", "bb-b"} <= data["std"]["labels"].keys()
    assert {r.docname for r in data["cite"]["citation_refs"]} == {"a"}

    _write(src / "index.md", "# Book\n\n```{toctree}\na\nb\nc\n```\n", edit=True)
    _write(src / "a.md", "# A\n\n(bb-new)=\n## New\n\nText.\n", edit=True)
    _write(src / "c.md", "# C\n\n(bb-c)=\n## C\n\nSaid so {cite:p}`s1`.\n", edit=True)
    data = _build(src)
    labels = data["std"]["labels"]
    assert "bb-old" not in labels
    assert labels["bb-new"][0] == "a" and labels["bb-c"][0] == "c" and labels["bb-b"][0] == "b"
    assert {r.docname for r in data["cite"]["citation_refs"]} == {"c"}
