"""Across articles: actors, who said what, topics, claims, independence, conflicts, grades and
the analyst's overrides.
"""
