"""Problems found in the input, reported all at once with file, field and fix."""

from __future__ import annotations

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
            try:
                shown = self.path.resolve().relative_to(root.resolve())
            except ValueError:
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
