from __future__ import annotations

import pytest

from briefbook.text import shorten


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Port strike", 20, "Port strike"),  # within the limit: as it is
        ("Port strike spreads to the ferries", 20, "Port strike spreads…"),  # at a word's end
        ("Dockers, crane operators and pilots", 18, "Dockers, crane…"),  # no comma before …
        ("Supercalifragilisticexpialidocious", 10, "Supercali…"),  # one long word: cut inside
    ],
)
def test_shorten(text, limit, expected):
    out = shorten(text, limit)
    assert out == expected
    assert len(out) <= limit
