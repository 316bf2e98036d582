"""One story from many copies: a syndicated article carried by several outlets is read once.

Each article's text becomes a set of 5-word shingles and a bottom-k sketch of their hashes (MinHash with one
hash function). Articles that share a sketch value are candidates (blocking: the cost follows the shared values,
never every pair); a candidate pair is a copy when its shingles overlap by at least COPY_JACCARD, or when the
shorter one is nearly all inside the longer (a truncated copy). Each group keeps one article, the earliest
published (else the longest), and lists the others as `also_carried_by`. Copies are not independent sources:
they are not counted again as support, and the briefing says who else carried the story.

The merge is incremental: each article's shingles and sketch (its blocking keys) are its own work, kept with
it, and the outcome of every pair judged in full is kept between builds under the two articles' content keys
(`PairOutcomes`), so an article added compares only with the articles sharing a sketch value with it, and only
once. Most candidate pairs are ruled out by their sketches alone, at a glance (see far_apart): those are neither
judged in full nor kept, so what is kept follows the copies, not every pair sharing a paragraph. The outcome of a
pair depends on the two texts alone, so a kept outcome is the one judging again gives: an incremental merge
equals a full one.
"""

from __future__ import annotations

import bisect
import functools
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date
from itertools import chain
from typing import cast

from briefings.article.shingles import shingle_count, shingle_set, shingles, sketch
from briefings.keeping import Kept, merge_key
from briefings.model import Document
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


def _is_copy(a: bytes, b: bytes) -> bool:
    """Whether two articles' shingles (see article.shingles) overlap as a copy's do."""
    common = len(shingle_set(a) & shingle_set(b))
    if not common:
        return False
    size_a, size_b = shingle_count(a), shingle_count(b)
    return (
        common / (size_a + size_b - common) >= COPY_JACCARD
        or common / min(size_a, size_b) >= COPY_CONTAINMENT
    )


class Candidates:
    """The pairs of articles worth judging in full: sharing a proposing sketch value (one held by 2 to
    COPY_COMMON_SKETCH articles) and not far apart by their sketches alone (see near).

    Whether a pair is a candidate depends on the two sketches and on which of their values are common (held by
    more than COPY_COMMON_SKETCH articles) only, so the candidates of an earlier merge are kept (by the articles'
    content keys, with the common values then) and taken again for every pair of articles that were there and
    none of whose values became or ceased to be common; only the pairs of the other articles (an article added,
    the holders of a value whose standing changed) are looked for, through their own values' holders. The pairs
    are those looking at every pair sharing a proposing value gives, in the same order (by article)."""

    def __init__(self, documents: Sequence[Document], sketches: list[list[int]], kept: Kept | None) -> None:
        self.documents = documents
        self.sketches = sketches
        self.kept = kept
        held = Counter(chain.from_iterable(sketches))
        self.common_values = frozenset(v for v, n in held.items() if n > COPY_COMMON_SKETCH)
        self.held = held
        # each sketch's largest value, and its COPY_SAMPLE-th (in i's sketch, the values up to j's largest are at
        # least COPY_SAMPLE when j's largest is no less than i's COPY_SAMPLE-th)
        self.last = [values[-1] if values else 0 for values in sketches]
        self.sampled = [
            values[COPY_SAMPLE - 1] if len(values) >= COPY_SAMPLE else math.inf for values in sketches
        ]
        self._common: dict[int, frozenset[int]] = {}

    def common(self, i: int) -> frozenset[int]:
        """Article i's common values (a value shared by more than COPY_COMMON_SKETCH articles proposes no pair,
        but still counts as shared)."""
        found = self._common.get(i)
        if found is None:
            found = self._common[i] = self.common_values.intersection(self.sketches[i])
        return found

    def near(self, i: int, j: int, shared: int) -> bool:
        """Whether the sketches leave the pair to judge: not far apart at a glance (most pairs are: both samples
        at least COPY_SAMPLE, fewer than half of that shared), nor by far_apart."""
        sketches, common = self.sketches, self.common
        bound = COPY_SAMPLE - 2 * len(common(i))  # at most this many values shared besides the proposing ones
        if 2 * shared < bound and self.last[j] >= self.sampled[i] and self.last[i] >= self.sampled[j]:
            return False
        # The sketches alone show neither article is mostly inside the other. Of i's sketch, the values up to
        # the largest of j's are a sample of i's shingles that j's sketch holds whenever j has them; when both
        # such samples are large and mostly unshared (`shared` values of the sketches), the pair is no copy (and
        # no exact count is needed).
        in_i = bisect.bisect_right(sketches[i], sketches[j][-1])
        in_j = bisect.bisect_right(sketches[j], sketches[i][-1])
        if in_i < COPY_SAMPLE or in_j < COPY_SAMPLE or 2 * shared >= min(in_i, in_j):
            return True
        if common(i) and common(j):  # the common values shared, counted only now (rarely any)
            shared += len(common(i) & common(j))
        return 2 * shared >= min(in_i, in_j)

    def pairs(self) -> list[tuple[int, int]]:
        """The candidate pairs (i, j), i before j, in order; kept for the next merge when they changed."""
        keys = [d.key for d in self.documents]
        keyed = all(keys) and len(set(keys)) == len(keys)  # every article has a content key of its own
        previous = self.kept.get(merge_key("copy-candidates")) if self.kept is not None and keyed else None
        usable = _candidates_value(previous)
        if usable:
            found = self._again(cast(tuple[tuple[str, ...], frozenset[int], tuple[int, ...]], previous))
        else:
            found = self._all()
        # kept when there are any (a corpus with none costs the next merge no more to look at again)
        if self.kept is not None and keyed and (found or usable):
            value = (tuple(keys), self.common_values, tuple(chain.from_iterable(found)))
            if value != previous:
                self.kept.put(merge_key("copy-candidates"), value)
        return found

    def _all(self) -> list[tuple[int, int]]:
        """Every article's pairs with the articles after it sharing a proposing value (each pair met once)."""
        by_value: dict[int, list[int]] = defaultdict(list)
        for i, values in enumerate(self.sketches):
            for value in values:
                by_value[value].append(i)
        found: list[tuple[int, int]] = []
        for i, values in enumerate(self.sketches):
            shared = Counter(
                chain.from_iterable(
                    members[bisect.bisect_right(members, i) :]
                    for members in (by_value[value] for value in values)
                    if 2 <= len(members) <= COPY_COMMON_SKETCH
                )
            )
            found.extend(sorted((i, j) for j, count in shared.items() if self.near(i, j, count)))
        return found

    def _again(
        self, previous: tuple[tuple[str, ...], frozenset[int], tuple[int, ...]]
    ) -> list[tuple[int, int]]:
        """The pairs, the earlier merge's taken again where neither article is new or holds a value whose
        standing changed, the others looked for through the holders of their proposing values."""
        before, common_before, flat = previous
        at = {d.key: i for i, d in enumerate(self.documents)}
        changed = self.common_values ^ common_before
        there = set(before)
        dirty = {i for i, d in enumerate(self.documents) if d.key not in there}
        if changed:
            dirty.update(i for i, values in enumerate(self.sketches) if not changed.isdisjoint(values))
        found: set[tuple[int, int]] = set()
        for k in range(0, len(flat), 2):
            i, j = at.get(before[flat[k]]), at.get(before[flat[k + 1]])
            if i is not None and j is not None and i not in dirty and j not in dirty:
                found.add((i, j) if i < j else (j, i))
        if dirty:
            wanted = {v for i in dirty for v in self.sketches[i] if 2 <= self.held[v] <= COPY_COMMON_SKETCH}
            by_value: dict[int, list[int]] = defaultdict(list)
            for i, values in enumerate(self.sketches):
                for value in wanted.intersection(values):
                    by_value[value].append(i)
            for i in dirty:
                shared = Counter(chain.from_iterable(by_value[v] for v in self.sketches[i] if v in by_value))
                for j, count in shared.items():
                    if j == i or (j in dirty and j < i):
                        continue  # the article itself; a pair of two such articles is met from the first
                    a, b = (i, j) if i < j else (j, i)
                    if self.near(a, b, count):
                        found.add((a, b))
        return sorted(found)


def _candidates_value(value: object) -> bool:
    """Whether a kept value is the candidates an earlier merge kept (see Candidates.pairs)."""
    return (
        isinstance(value, tuple)
        and len(value) == 3
        and isinstance(value[0], tuple)
        and isinstance(value[1], frozenset)
        and isinstance(value[2], tuple)
    )


def merge_copies(
    documents: Sequence[Document],
    known: Sequence[bytes] | None = None,
    sketched: Sequence[Sequence[int]] | None = None,
    kept: Kept | None = None,
) -> list[Document]:
    """The documents with each group of copies kept once, the others named in its `also_carried_by`; `known`
    are their shingles and `sketched` their sketches when already computed (in the same order); pairs judged
    in earlier builds are read from `kept` (and new ones kept there), and so are the pairs an earlier merge
    found worth judging (see Candidates)."""
    shingled = list(known) if known is not None else [shingles(d) for d in documents]
    sketches = [list(k) for k in sketched] if sketched is not None else [list(sketch(s)) for s in shingled]
    candidates = Candidates(documents, sketches, kept)
    parent = list(range(len(documents)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    outcomes = PairOutcomes(kept)
    for i, j in candidates.pairs():
        if find(i) == find(j):
            continue  # already one group: judging the pair would change nothing
        judge = functools.partial(_is_copy, shingled[i], shingled[j])
        if outcomes.outcome(documents[i].key, documents[j].key, judge):
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
            group,
            key=lambda k: (documents[k].published or date.max, -shingle_count(shingled[k]), documents[k].id),
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
