"""Dates known to the year, the month or the day, and how they are written.

Part of the data model (re-exported by ``briefbook.model``), kept outside its package with
nothing but the standard library: the Sphinx extension writes dates on every build, and
importing ``briefbook.model`` builds every pydantic model (about 0.4 s of CPU).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int):
            value = str(value)
        if not isinstance(value, str):
            raise ValueError("must be a date written YYYY, YYYY-MM or YYYY-MM-DD")
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
        if not m:
            raise ValueError(f"{value!r} is not a date written YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(g) if g else None for g in m.groups())
        assert year is not None
        if year == 0:
            raise ValueError(f"{value!r}: there is no year 0000 (years start at 0001)")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"{value!r} has no month {month}")
        if day is not None:
            assert month is not None
            dt.date(year, month, day)  # raises ValueError for 2024-02-30
        return cls(year, month, day)

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def sort_key(self) -> tuple[int, int, int]:
        """Orders dates; a month sorts before its days, a year before its months."""
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key() < other.sort_key()

    def first_day(self) -> dt.date:
        """The first day of the period the date names (1 January for a year)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def human(self) -> str:
        """``24 October 2024``, ``October 2024`` or ``2024``."""
        if self.month is None:
            return str(self.year)
        month = MONTHS[self.month - 1]
        if self.day is None:
            return f"{month} {self.year}"
        return f"{self.day} {month} {self.year}"

    def __str__(self) -> str:
        return self.iso()
