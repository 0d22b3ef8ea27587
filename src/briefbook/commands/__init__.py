"""The command line and what each command does at the edges: init, add, generate, build, pdf,
linkcheck.
"""
