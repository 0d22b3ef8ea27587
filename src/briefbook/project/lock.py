"""One command at a time on a project: the lock ``generate``, ``build``, ``pdf``,
``linkcheck`` and ``add`` hold while they work.

Two of them at once would write the same staging folders, the same Sphinx environment and
the same ids. The lock is an advisory ``flock`` on ``.briefbook-cache/lock``, which names
the command holding it; the system releases it when that process ends, however it ends
(even killed), so it is never left behind. A second command does not wait: it stops at once
with an error naming the command that holds the lock. On a project where the cache folder
cannot be made (a read-only checkout), the project's folder itself is locked.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefbook.project.cache import FOLDER
from briefbook.project.problems import InputError, Problem

LOCK_NAME = "lock"


def _open(root: Path) -> tuple[int, bool]:
    """A file descriptor to lock, and whether it is the lock file (which can name its
    holder) rather than the project's folder."""
    try:
        (root / FOLDER).mkdir(exist_ok=True)
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
        return os.open(root / FOLDER / LOCK_NAME, flags, 0o666), True
    except OSError:
        return os.open(root, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)), False


@contextmanager
def project_lock(root: Path, command: str) -> Iterator[None]:
    """Hold the project's lock while the ``with`` block runs ``briefbook <command>``;
    raise :class:`InputError` at once if another command holds it."""
    fd, named = _open(root)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() if named else ""
            raise InputError(
                [
                    Problem(
                        root / FOLDER / LOCK_NAME if named else root,
                        "",
                        "another briefbook command is working on this project"
                        + (f" ({holder})" if holder else ""),
                        "wait for it to finish, then run this one again",
                    )
                ]
            ) from None
        if named:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"briefbook {command}, process {os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)
