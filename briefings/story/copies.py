"""One story from many copies: a syndicated article carried by several outlets is read once.

Each article's text becomes a set of 5-word shingles and a bottom-k sketch of their hashes (MinHash with one
hash function). Articles that share a sketch value are candidates (blocking: the cost follows the shared values,
never every pair); a candidate pair is a copy when its shingles overlap by at least COPY_JACCARD, or when the
shorter one is nearly all inside the longer (a truncated copy). Each group keeps one article, the earliest
published (else the longest), and lists the others as `also_carried_by`. Copies are not independent sources:
they are not counted again as support, and the briefing says who else carried the story.

The merge is incremental: each article's shingles and sketch (its blocking keys) are its own work, kept with
it, and the outcome of every pair judged is kept between builds under the two articles' content keys
(`PairOutcomes`), so an article added compares only with the articles sharing a sketch value with it, and only
once. The outcome of a pair depends on the two texts alone, so a kept outcome is the one judging again gives:
an incremental merge equals a full one.
"""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date

from briefings.article.shingles import shingles, sketch
from briefings.keeping import Kept
from briefings.model import Document
from briefings.runner import merge_key
from briefings.thresholds import COPY_COMMON_SKETCH, COPY_CONTAINMENT, COPY_JACCARD, COPY_SAMPLE


class PairOutcomes:
    """The pairs judged in earlier builds (by the two articles' content keys) and whether each is a copy: read
    from `kept` once per merge and kept again when the merge judged new pairs."""

    def __init__(self, kept: Kept | None) -> None:
        self.kept = kept
        value = kept.get(merge_key("copy-pairs")) if kept is not None else None
        self.known: dict[tuple[str, str], bool] = value if isinstance(value, dict) else {}
        self.added = 0  # pairs judged in this merge (what a test or a bench counts)

    def outcome(self, a: str | None, b: str | None, judge: Callable[[], bool]) -> bool:
        """The kept outcome of the pair (a, b), else `judge()`, kept."""
        if not a or not b:
            self.added += 1
            return judge()
        pair = (a, b) if a < b else (b, a)
        found = self.known.get(pair)
        if found is None:
            found = self.known[pair] = judge()
            self.added += 1
        return found

    def save(self, current: AbstractSet[str]) -> None:
        """Keep the outcomes of pairs of `current` articles (by content key) when this merge judged new pairs or
        an article left: what is kept grows with the corpus, not with its history."""
        if self.kept is None:
            return
        known = {pair: copy for pair, copy in self.known.items() if pair[0] in current and pair[1] in current}
        if self.added or len(known) < len(self.known):
            self.kept.put(merge_key("copy-pairs"), known)


def _is_copy(a: frozenset[int], b: frozenset[int]) -> bool:
    common = len(a & b)
    if not common:
        return False
    return (
        common / (len(a) + len(b) - common) >= COPY_JACCARD
        or common / min(len(a), len(b)) >= COPY_CONTAINMENT
    )


def merge_copies(
    documents: Sequence[Document],
    known: Sequence[frozenset[int]] | None = None,
    sketched: Sequence[Sequence[int]] | None = None,
    kept: Kept | None = None,
) -> list[Document]:
    """The documents with each group of copies kept once, the others named in its `also_carried_by`; `known`
    are their shingles and `sketched` their sketches when already computed (in the same order); pairs judged
    in earlier builds are read from `kept` (and new ones kept there)."""
    shingled = list(known) if known is not None else [shingles(d) for d in documents]
    sketches = [list(k) for k in sketched] if sketched is not None else [list(sketch(s)) for s in shingled]
    by_value: dict[int, list[int]] = defaultdict(list)
    for i, values in enumerate(sketches):
        for value in values:
            by_value[value].append(i)
    sketch_sets = [frozenset(k) for k in sketches]

    def far_apart(i: int, j: int) -> bool:
        """The sketches alone show neither article is mostly inside the other. Of i's sketch, the values up to
        the largest of j's are a sample of i's shingles that j's sketch holds whenever j has them; when both
        such samples are large and mostly unshared, the pair is no copy (and no exact count is needed)."""
        shared = len(sketch_sets[i] & sketch_sets[j])
        in_i = bisect.bisect_right(sketches[i], sketches[j][-1])
        in_j = bisect.bisect_right(sketches[j], sketches[i][-1])
        return in_i >= COPY_SAMPLE and in_j >= COPY_SAMPLE and 2 * shared < min(in_i, in_j)

    def judged(i: int, j: int) -> bool:
        return not far_apart(i, j) and _is_copy(shingled[i], shingled[j])

    parent = list(range(len(documents)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    outcomes = PairOutcomes(kept)
    tried: set[tuple[int, int]] = set()
    for members in by_value.values():
        if len(members) < 2 or len(members) > COPY_COMMON_SKETCH:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) in tried or find(i) == find(j):
                    continue
                tried.add((i, j))
                if outcomes.outcome(documents[i].key, documents[j].key, functools.partial(judged, i, j)):
                    parent[find(j)] = find(i)
    outcomes.save({d.key for d in documents if d.key})
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(documents)):
        groups[find(i)].append(i)
    read: list[Document] = []
    for i, doc in enumerate(documents):
        group = groups[find(i)]
        if len(group) == 1:
            read.append(doc)
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
        read.append(replace(doc, also_carried_by=tuple(dict.fromkeys(others))))
    return read
