from __future__ import annotations

extensions = ["myst_parser", "sphinxcontrib.bibtex", "briefbook.sphinx"]
bibtex_bibfiles = ["refs.bib"]
briefbook_data_dir = "_data"
latex_engine = "xelatex"
