"""briefbook: turn a folder of news articles about one event into a cited briefing book."""

from __future__ import annotations

__version__ = "0.1.0"
