"""A local fix to sphinx-book-theme: page titles printed without escaping.

The theme puts each page's title, as plain text, into the template variables ``pagetitle``
and ``root_title`` (``sphinx_book_theme.add_metadata_to_page``), and its templates print
them as they are: in the print-only ``<h1>`` of every page and in the sidebar's title. A
title comes from an article's metadata (its headline, its outlet), so a headline holding
markup would run in the reader's browser. This handler, which runs after the theme's,
escapes both. ``tests/test_security.py`` fails if the theme stops putting them there, so
that the fix is looked at again rather than left doing nothing.
"""

from __future__ import annotations

import html
from typing import Any

from markupsafe import Markup
from sphinx.application import Sphinx

AFTER_THEME = 900
"""Priority of the handler: the theme's runs at Sphinx's default, 500."""


def escape_titles(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    for key in ("pagetitle", "root_title"):
        value = context.get(key)
        if isinstance(value, str) and not isinstance(value, Markup):
            context[key] = Markup(html.escape(value, quote=True))
