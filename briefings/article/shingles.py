"""Each article's text as hashed five-word shingles: what the story merge compares to find syndicated copies."""

from __future__ import annotations

import hashlib

from briefings.model import Document
from briefings.text import fold, words
from briefings.thresholds import MIN_SHINGLES, SHINGLE, SHINGLE_BYTES, SKETCH


def shingles(doc: Document) -> bytes:
    """The hashed five-word shingles of an article's paragraphs and bullets: each distinct hash once, in ascending
    order, SHINGLE_BYTES bytes each (big-endian), as one bytes value: a set that costs its hashes' bytes to hold
    and to keep, where a set of numbers costs some 60 bytes a shingle."""
    tokens = [
        token
        for b in doc.blocks
        if b.kind in ("paragraph", "bullet")
        # an ASCII text's words lowercased are its lowercase's words: one call a block, not one a word
        for token in (words(b.text.lower()) if b.text.isascii() else [fold(w) for w in words(b.text)])
    ]
    hashes = {
        hashlib.blake2b(" ".join(tokens[i : i + SHINGLE]).encode(), digest_size=SHINGLE_BYTES).digest()
        for i in range(max(len(tokens) - SHINGLE + 1, 0))
    }
    return b"".join(sorted(hashes))  # of one width and big-endian: in the order of the numbers they are


def shingle_count(shingled: bytes) -> int:
    """How many shingles an article has."""
    return len(shingled) // SHINGLE_BYTES


def shingle_set(shingled: bytes) -> set[bytes]:
    """An article's shingles as a set of hashes, to intersect."""
    return {shingled[k : k + SHINGLE_BYTES] for k in range(0, len(shingled), SHINGLE_BYTES)}


def sketch(shingled: bytes) -> tuple[int, ...]:
    """An article's blocking keys: the SKETCH smallest of its shingles (as numbers), none for a text too short
    to merge."""
    if shingle_count(shingled) < MIN_SHINGLES:
        return ()
    ends = range(SHINGLE_BYTES, min(len(shingled), SKETCH * SHINGLE_BYTES) + 1, SHINGLE_BYTES)
    return tuple(int.from_bytes(shingled[end - SHINGLE_BYTES : end], "big") for end in ends)
