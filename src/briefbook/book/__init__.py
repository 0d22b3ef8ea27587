"""Writing the book: MyST pages, the .bib, charts and paging (pure functions of a Briefing)."""
