"""Where the core's per-article results are kept between builds: any object with `get` and `put`."""

from __future__ import annotations

from typing import Protocol


class Kept(Protocol):
    """Where per-article results are kept between builds; `get` returns None for a key never put."""

    def get(self, key: str) -> object | None:
        """The value kept under `key`, or None."""

    def put(self, key: str, value: object) -> None:
        """Keep `value` under `key`."""


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
