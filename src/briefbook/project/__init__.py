"""The project on disk: where its files are, loading and validating them, the problems found,
the reading cache and the atomic writing of generated files (the I/O edges).
"""
