"""Warnings the extension emits, all with ``type="briefbook"`` and a subtype."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sphinx.util import logging

logger = logging.getLogger("briefbook")


class BriefbookWarning(StrEnum):
    """Subtypes, usable in ``suppress_warnings`` as ``briefbook.<subtype>``."""

    MISSING_DATA = "missing_data"
    CONFIG = "config"


def warn(subtype: BriefbookWarning, message: str, location: Any = None) -> None:
    logger.warning(message, type="briefbook", subtype=subtype.value, location=location)
