"""Problems found in the input, reported all at once with file, field and fix."""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the input: where it is, what is wrong and how to fix it."""

    path: Path
    field: str
    message: str
    fix: str
    line: int | None = None

    def render(self, root: Path | None = None) -> str:
        """Format as ``file:line: field: message (fix: ...)``, paths relative to ``root``."""
        shown = self.path
        if root is not None:
            try:  # the path itself, not where a symbolic link at its end leads
                shown = (self.path.parent.resolve() / self.path.name).relative_to(root.resolve())
            except (ValueError, OSError, RuntimeError):
                shown = self.path
        where = f"{shown}:{self.line}" if self.line is not None else f"{shown}"
        field = f" [{self.field}]" if self.field else ""
        return f"{where}:{field} {self.message} (fix: {self.fix})"


class InputError(Exception):
    """Raised when the input has problems; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the input")

    def render(self, root: Path | None = None) -> str:
        return "\n".join(p.render(root) for p in self.problems)


_OS_FIXES = {
    errno.ENOSPC: "free some disk space and run the command again",
    errno.EDQUOT: "free some space within your disk quota and run the command again",
    errno.EROFS: "the file system is read-only: run briefbook where it can write",
    errno.EACCES: "make it {able} by you",
    errno.EPERM: "make it {able} by you",
    errno.EISDIR: "it is a folder: rename or remove it",
    errno.ENOTDIR: "a folder on its path is a file: rename or remove that file",
    errno.ELOOP: "it is a symbolic link that leads back to itself: remove it",
    errno.ENAMETOOLONG: "give it a shorter name",
}


_WRITING = (errno.ENOSPC, errno.EDQUOT, errno.EROFS)


def os_problem(exc: OSError, path: Path | None = None, doing: str | None = None) -> Problem:
    """An error of the operating system as a problem naming the file (``path``, else the
    error's own): what could not be done (``doing``: read, write...; by default as the
    error tells) and why, with the fix
    for the usual causes (a full disk, a read-only file system, permissions, a folder or a
    dangling link where a file was)."""
    doing = doing or ("write" if exc.errno in _WRITING else "open")
    where = path or (Path(exc.filename) if exc.filename else Path())
    reason = exc.strerror or str(exc)
    fix = _OS_FIXES.get(exc.errno or 0, "check the file and run the command again")
    if exc.errno == errno.ENOENT and where.is_symlink():
        reason = f"it is a symbolic link to {where.readlink()}, which does not exist"
        fix = "remove the link, or put back the file it points to"
    able = "writable" if doing in ("write", "create", "remove") else "readable"
    return Problem(where, "", f"cannot {doing}: {reason}", fix.format(able=able))
