"""Measuring briefbook's reading against gold labels written by reading.

``labels``: the gold labels' types; ``gold``: reading and checking a gold folder;
``corpora``: where the corpora are and how each is read; ``metrics``: what is measured;
``gate``: floors and the frozen test digest. ``scripts/evaluate.py`` (``nox -s evaluate``)
and ``scripts/gold_check.py`` are the commands.
"""
