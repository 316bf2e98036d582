"""One story from many copies: a syndicated article carried by several outlets is read once.

Each article's text becomes a set of 5-word shingles and a bottom-k sketch of their hashes (MinHash with one
hash function). Articles that share a sketch value are candidates (blocking: the cost follows the shared values,
never every pair); a candidate pair is a copy when its shingles overlap by at least COPY_JACCARD, or when the
shorter one is nearly all inside the longer (a truncated copy). Each group keeps one article, the earliest
published (else the longest), and lists the others as `also_carried_by`. Copies are not independent sources:
they are not counted again as support, and the briefing says who else carried the story.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from briefings.model import Document
from briefings.text import fold, words

SHINGLE = 5
SKETCH = 64
COPY_JACCARD = 0.8
COPY_CONTAINMENT = 0.9
MIN_SHINGLES = 20  # shorter texts (a caption, a teaser) are never merged
_COMMON = 50  # a sketch value shared by more articles than this is boilerplate, not a copy signal


def shingles(doc: Document) -> frozenset[int]:
    """The hashed five-word shingles of an article's paragraphs and bullets."""
    tokens = [fold(w) for b in doc.blocks if b.kind in ("paragraph", "bullet") for w in words(b.text)]
    return frozenset(
        int.from_bytes(
            hashlib.blake2b(" ".join(tokens[i : i + SHINGLE]).encode(), digest_size=8).digest(), "big"
        )
        for i in range(max(len(tokens) - SHINGLE + 1, 0))
    )


def _is_copy(a: frozenset[int], b: frozenset[int]) -> bool:
    common = len(a & b)
    if not common:
        return False
    return common / len(a | b) >= COPY_JACCARD or common / min(len(a), len(b)) >= COPY_CONTAINMENT


def merge_copies(
    documents: Sequence[Document], known: Sequence[frozenset[int]] | None = None
) -> list[Document]:
    """The documents with each group of copies kept once, the others named in its `also_carried_by`; `known`
    are their shingles when already computed (in the same order)."""
    shingled = list(known) if known is not None else [shingles(d) for d in documents]
    by_value: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(shingled):
        if len(s) >= MIN_SHINGLES:
            for value in sorted(s)[:SKETCH]:
                by_value[value].append(i)
    parent = list(range(len(documents)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    tried: set[tuple[int, int]] = set()
    for members in by_value.values():
        if len(members) < 2 or len(members) > _COMMON:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) in tried or find(i) == find(j):
                    continue
                tried.add((i, j))
                if _is_copy(shingled[i], shingled[j]):
                    parent[find(j)] = find(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(documents)):
        groups[find(i)].append(i)
    kept: list[Document] = []
    for i, doc in enumerate(documents):
        group = groups[find(i)]
        if len(group) == 1:
            kept.append(doc)
            continue
        keeper = min(
            group, key=lambda k: (documents[k].published or date.max, -len(shingled[k]), documents[k].id)
        )
        if keeper != i:
            continue
        others = tuple(
            (documents[k].source or documents[k].title)
            for k in sorted(group, key=lambda k: documents[k].id)
            if k != keeper
        )
        kept.append(replace(doc, also_carried_by=tuple(dict.fromkeys(others))))
    return kept
