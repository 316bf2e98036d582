"""Where the core's per-article results are kept between builds (any object with `get`, `put` and `touch`), and
the keys they are kept under: an article file's content key, a merge's key, and the keep-by-key pattern itself."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar, cast

from briefings.parallel import Mapper, serial_map
from briefings.version import extractor_version

T = TypeVar("T")
U = TypeVar("U")


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


def content_key(name: str, text: str) -> str:
    """The key of an article file's own work: the extractor version, the file's name and its text."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{extractor_version()}\0{name}\0".encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def merge_key(name: str) -> str:
    """Where a story merge keeps what it learnt between builds (pair outcomes): valid for this extractor only."""
    return f"merge:{name}:{extractor_version()}"


def kept_each(
    kept: Kept | None,
    keys: Sequence[str | None],
    valid: Callable[[object], bool],
    compute: Callable[[U], T],
    items: Sequence[U],
    mapper: Mapper = serial_map,
) -> list[T]:
    """For each item, the result kept under its key when it is `valid`; the others computed together by
    `mapper` (so a cold build can spread them over processes) and kept."""
    found: list[T | None] = []
    for key in keys:
        value = kept.get(key) if kept is not None and key is not None else None
        found.append(cast(T, value) if value is not None and valid(value) else None)
    missing = [i for i, value in enumerate(found) if value is None]
    for i, value in zip(missing, mapper(compute, [items[i] for i in missing]), strict=True):
        found[i] = value
        key = keys[i]
        if kept is not None and key is not None:
            kept.put(key, value)
    return [value for value in found if value is not None]
