"""Each article's text as hashed five-word shingles: what the story merge compares to find syndicated copies."""

from __future__ import annotations

import hashlib
import heapq

from briefings.model import Document
from briefings.text import fold, words
from briefings.thresholds import MIN_SHINGLES, SHINGLE, SKETCH


def shingles(doc: Document) -> frozenset[int]:
    """The hashed five-word shingles of an article's paragraphs and bullets."""
    tokens = [fold(w) for b in doc.blocks if b.kind in ("paragraph", "bullet") for w in words(b.text)]
    return frozenset(
        int.from_bytes(
            hashlib.blake2b(" ".join(tokens[i : i + SHINGLE]).encode(), digest_size=8).digest(), "big"
        )
        for i in range(max(len(tokens) - SHINGLE + 1, 0))
    )


def sketch(shingled: frozenset[int]) -> tuple[int, ...]:
    """An article's blocking keys: the SKETCH smallest of its shingles, none for a text too short to merge."""
    return tuple(heapq.nsmallest(SKETCH, shingled)) if len(shingled) >= MIN_SHINGLES else ()
