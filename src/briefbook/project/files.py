"""Reading a file briefbook is given: one path, with a size and type check and a clear error.

Everything briefbook reads from ``sources/`` and every file ``briefbook add`` imports goes
through :func:`read_file`: it opens the file without waiting (a FIFO would block the read
for ever), refuses what is not a regular file (a folder named ``x.txt``, a device such as
``/dev/zero``, a FIFO, a socket), stops at a size limit however large the file says it is,
and, for files of the project, refuses one that is (or lies under a folder that is) a
symbolic link out of the project. Every refusal and every OS error is a
:class:`~briefbook.project.problems.Problem` naming the file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from briefbook.project.problems import Problem, os_problem

BOM = b"\xef\xbb\xbf"
"""The UTF-8 byte-order mark some editors (Windows Notepad) put at the start of a file."""

_KINDS = {
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
}


def outside(path: Path, root: Path) -> bool:
    """Whether ``path``, with every symbolic link on the way followed, is outside ``root``."""
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a loop of links
        return True
    return False


def _outside_problem(path: Path, root: Path) -> Problem:
    linked = next((p for p in (path, *path.parents) if p.is_symlink()), path)
    where = "it" if linked == path else f"its folder {linked.name}/"
    missing = "" if linked.exists() else ", which does not exist"
    return Problem(
        path,
        "",
        f"is outside the project: {where} is a symbolic link to {linked.readlink()}{missing}",
        "copy the file into the project instead of linking to it",
    )


def too_large(path: Path, limit: int, size: int | None = None) -> Problem:
    """The problem of a file over ``limit`` bytes (``size`` when it is known)."""
    shown = f"{size:,} bytes, " if size is not None else ""
    return Problem(
        path, "", f"is {shown}over the {limit:,}-byte limit", "keep only the text, or split it"
    )


def read_file(
    path: Path, limit: int, root: Path | None = None
) -> tuple[bytes | None, Problem | None]:
    """The bytes of the regular file ``path`` (at most ``limit``), or the problem that stops
    it being read. With ``root``, the file must lie inside it once links are followed."""
    if root is not None and outside(path, root):
        return None, _outside_problem(path, root)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        return None, os_problem(exc, path, "read")
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = _KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
            return None, Problem(
                path,
                "",
                f"is {kind}, not a file",
                "briefbook reads regular files only: remove it, or put a file in its place",
            )
        if info.st_size > limit:
            return None, too_large(path, limit, info.st_size)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew while being read, or its size was not its length
            return None, too_large(path, limit)
        return b"".join(chunks), None
    except OSError as exc:
        return None, os_problem(exc, path, "read")
    finally:
        os.close(fd)


def without_bom(raw: bytes) -> bytes:
    """``raw`` without a leading UTF-8 byte-order mark: it says how the file is encoded
    (UTF-8, which briefbook expects), it is not part of the text."""
    return raw.removeprefix(BOM)
