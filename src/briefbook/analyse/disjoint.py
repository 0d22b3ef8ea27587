"""Disjoint sets (union-find): which items have been joined, directly or through others."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class DisjointSets(Generic[K]):
    """Items joined into sets; each set is named by its smallest member, so the result does
    not depend on the order of the joins."""

    def __init__(self, items: Iterable[K]) -> None:
        self._parent: dict[K, K] = {i: i for i in items}

    def find(self, item: K) -> K:
        while self._parent[item] != item:
            item = self._parent[item]
        return item

    def join(self, a: K, b: K) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            low, high = sorted((ra, rb))  # type: ignore[type-var]
            self._parent[high] = low
