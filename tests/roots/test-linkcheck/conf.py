from __future__ import annotations

extensions = ["myst_parser"]
linkcheck_anchors = True
linkcheck_timeout = 5
