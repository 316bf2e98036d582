"""The extractor version: what kept per-article work and kept briefings are valid for.

It is a hash of this package's own source files and of the versions of the data packages the extractors read,
so any change to the code that reads articles makes every kept result stale without anyone remembering to bump
a number. Cheap to import: it reads a few hundred kilobytes once and imports none of the extractors.
"""

from __future__ import annotations

import hashlib
import sys
from functools import cache
from importlib import metadata
from pathlib import Path

_DATA_PACKAGES = ("gender-guesser", "nicknames")


@cache
def extractor_version() -> str:
    """A short hash of the package's sources, the data packages' versions and the Python version."""
    digest = hashlib.blake2b(digest_size=12)
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    for name in _DATA_PACKAGES:
        try:
            digest.update(f"{name}={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=missing\0".encode())
    digest.update(f"python={sys.version_info[:2]}".encode())
    return digest.hexdigest()
