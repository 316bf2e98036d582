"""Where the core's per-article results are kept between builds: any object with `get`, `put` and `touch`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class Kept(Protocol):
    """Where per-article results are kept between builds; `get` returns None for a key never put."""

    def get(self, key: str) -> object | None:
        """The value kept under `key`, or None."""

    def put(self, key: str, value: object) -> None:
        """Keep `value` under `key`."""

    def touch(self, keys: Iterable[str]) -> None:
        """Count the values under `keys` as used by this build though it did not read them (a kept section
        stood in for them), so a store that forgets what no build used keeps them."""


class MemoryKept:
    """Kept results in a dict: what a running bot holds between rebuilds, or a test."""

    def __init__(self) -> None:
        self.items: dict[str, object] = {}

    def get(self, key: str) -> object | None:
        """The value kept under `key`, or None."""
        return self.items.get(key)

    def put(self, key: str, value: object) -> None:
        """Keep `value` under `key`."""
        self.items[key] = value

    def touch(self, keys: Iterable[str]) -> None:
        """Nothing to do: a dict forgets nothing."""
