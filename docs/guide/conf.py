"""Sphinx configuration for briefbook's user guide (a project of its own, not the book).

Build: `nox -s guide`, or `sphinx-build -nW --keep-going -b html docs/guide docs/guide/_build/html`.
"""

from __future__ import annotations

from briefbook import __version__

project = "briefbook user guide"
author = "briefbook"
copyright = "briefbook contributors"
version = release = __version__
language = "en"

extensions = ["myst_parser"]
root_doc = "index"
exclude_patterns = ["_build", ".nox", ".venv", "**/.*"]
nitpicky = True
smartquotes = False  # commands and output are shown as typed

myst_enable_extensions = ["deflist"]
myst_heading_anchors = 3  # links to sections: [text](page.md#a-section-title)

html_theme = "sphinx_book_theme"
html_title = "briefbook user guide"
html_theme_options = {
    "show_toc_level": 2,
    "use_download_button": False,
    "use_fullscreen_button": False,
}
html_static_path: list[str] = []
html_last_updated_fmt = None
