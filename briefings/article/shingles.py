"""Each article's text as hashed five-word shingles: what the story merge compares to find syndicated copies."""

from __future__ import annotations

import hashlib

from briefings.model import Document
from briefings.text import fold, words

SHINGLE = 5


def shingles(doc: Document) -> frozenset[int]:
    """The hashed five-word shingles of an article's paragraphs and bullets."""
    tokens = [fold(w) for b in doc.blocks if b.kind in ("paragraph", "bullet") for w in words(b.text)]
    return frozenset(
        int.from_bytes(
            hashlib.blake2b(" ".join(tokens[i : i + SHINGLE]).encode(), digest_size=8).digest(), "big"
        )
        for i in range(max(len(tokens) - SHINGLE + 1, 0))
    )
