"""Benchmarks on synthetic corpora (``nox -s bench``)."""
