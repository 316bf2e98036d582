"""One story from many copies: a syndicated article carried by several outlets is read once.

Each article's text becomes a set of 5-word shingles and a bottom-k sketch of their hashes (MinHash with one
hash function). Articles that share a sketch value are candidates (blocking: the cost follows the shared values,
never every pair); a candidate pair is a copy when its shingles overlap by at least COPY_JACCARD, or when the
shorter one is nearly all inside the longer (a truncated copy). Each group keeps one article, the earliest
published (else the longest), and lists the others as `also_carried_by`. Copies are not independent sources:
they are not counted again as support, and the briefing says who else carried the story.
"""

from __future__ import annotations

import bisect
import heapq
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from briefings.article.shingles import shingles
from briefings.model import Document

SKETCH = 64
COPY_JACCARD = 0.8
COPY_CONTAINMENT = 0.9
MIN_SHINGLES = 20  # shorter texts (a caption, a teaser) are never merged
_COMMON = 50  # a sketch value shared by more articles than this is boilerplate, not a copy signal
_SAMPLE = 16  # sketch values needed to judge a pair from the sketches alone


def _is_copy(a: frozenset[int], b: frozenset[int]) -> bool:
    common = len(a & b)
    if not common:
        return False
    return (
        common / (len(a) + len(b) - common) >= COPY_JACCARD
        or common / min(len(a), len(b)) >= COPY_CONTAINMENT
    )


def merge_copies(
    documents: Sequence[Document], known: Sequence[frozenset[int]] | None = None
) -> list[Document]:
    """The documents with each group of copies kept once, the others named in its `also_carried_by`; `known`
    are their shingles when already computed (in the same order)."""
    shingled = list(known) if known is not None else [shingles(d) for d in documents]
    by_value: dict[int, list[int]] = defaultdict(list)
    sketches: list[list[int]] = []
    for i, s in enumerate(shingled):
        sketch = heapq.nsmallest(SKETCH, s) if len(s) >= MIN_SHINGLES else []
        sketches.append(sketch)
        for value in sketch:
            by_value[value].append(i)
    sketch_sets = [frozenset(k) for k in sketches]

    def far_apart(i: int, j: int) -> bool:
        """The sketches alone show neither article is mostly inside the other. Of i's sketch, the values up to
        the largest of j's are a sample of i's shingles that j's sketch holds whenever j has them; when both
        such samples are large and mostly unshared, the pair is no copy (and no exact count is needed)."""
        shared = len(sketch_sets[i] & sketch_sets[j])
        in_i = bisect.bisect_right(sketches[i], sketches[j][-1])
        in_j = bisect.bisect_right(sketches[j], sketches[i][-1])
        return in_i >= _SAMPLE and in_j >= _SAMPLE and 2 * shared < min(in_i, in_j)

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
                if not far_apart(i, j) and _is_copy(shingled[i], shingled[j]):
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
