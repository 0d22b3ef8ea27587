"""Measuring briefbook's reading against gold labels written by reading.

``gold``: the gold format and its checks; ``corpora``: where the corpora are and how each is
read; ``metrics``: what is measured; ``gate``: floors, the frozen test digest and the report.
``scripts/evaluate.py`` (``nox -s evaluate``) and ``scripts/gold_check.py`` are the commands.
"""
