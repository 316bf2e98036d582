"""Which date sightings the key dates compare: the pairs that may be one event, found through a word index blocked
by date spans instead of comparing every sighting with every other (see proposed_pairs), so that a story spread over
more weeks costs no more per mention. briefings.story.timeline joins them."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from datetime import date

from briefings.article.sightings import Sighting
from briefings.text import TfIdf
from briefings.thresholds import BLOCK_DAYS, CLOSEST, WIDE_BLOCKS


def is_planned(s: Sighting) -> bool:
    """Whether a sighting's date lies after its article's day: a plan, not news."""
    return s.published is not None and s.mention.start > s.published


def _block(day: date) -> int:
    return day.toordinal() // BLOCK_DAYS


def proposed_pairs(
    sightings: Sequence[Sighting], tfidf: TfIdf, max_df: int | None
) -> list[tuple[float, int, int]]:
    """The pairs of sightings that may join, with their similarity: two mentions whose dates overlap or that are
    both planned (see is_planned), and that share a word (every threshold is above 0).

    The words' inverted index is blocked by spans of BLOCK_DAYS days, so a mention meets only the mentions of its
    spans (and, when planned, the other planned ones), not every mention sharing a word: a story spread over more
    weeks costs no more per mention. Each pair's score is the same sum, in the same order, as TfIdf.neighbours
    gives, so the pairs are those of comparing through the whole index. A mention spanning more than WIDE_BLOCKS
    spans (a year) is compared through the whole index instead. With `max_df` (large
    stories), a word found in more contexts than that proposes no pair, and each mention keeps only its CLOSEST
    pairs, their similarity in full.
    """
    n = len(sightings)
    starts = [s.mention.start for s in sightings]
    ends = [s.mention.end for s in sightings]
    planned = [is_planned(s) for s in sightings]
    first = [_block(day) for day in starts]
    last = [_block(day) for day in ends]
    wide = [last[k] - first[k] > WIDE_BLOCKS for k in range(n)]
    vectors = tfidf.vectors
    usable = None if max_df is None else {term for term, count in tfidf.df.items() if count <= max_df}
    # postings of the mentions after the one asked (the index grows as the mentions are taken last to first):
    # by (planned, span, word) for the mentions covering a span and for those starting in it; by (planned, word)
    # for wide mentions; by word for the planned ones and for every one
    covers: dict[tuple[bool, int, str], list[tuple[int, float]]] = {}
    begins: dict[tuple[bool, int, str], list[tuple[int, float]]] = {}
    wides: dict[tuple[bool, str], list[tuple[int, float]]] = {}
    plans: dict[str, list[tuple[int, float]]] = {}
    every: dict[str, list[tuple[int, float]]] = {}
    empty: list[tuple[int, float]] = []
    pairs: list[tuple[float, int, int]] = []
    for i in range(n - 1, -1, -1):
        vec = vectors[i]
        terms = [(t, w) for t, w in vec.items() if usable is None or t in usable]
        start, end, plan, lo, hi = starts[i], ends[i], planned[i], first[i], last[i]
        scores: dict[int, float] = {}
        score = scores.get
        flags = (False,) if plan else (False, True)  # planned pairs of a planned mention come from `plans`
        for term, weight in terms:
            if wide[i]:
                found = [every.get(term, empty)]
            else:
                # a pair is counted once, in the first span both cover: the mention's own first span for those
                # that began by then, the span another began in for the rest
                found = [covers.get((flag, lo, term), empty) for flag in flags]
                found += [begins.get((flag, m, term), empty) for flag in flags for m in range(lo + 1, hi + 1)]
                found += [wides.get((flag, term), empty) for flag in flags]
                if plan:
                    found.append(plans.get(term, empty))
            for posting in found:
                for k, other in posting:
                    scores[k] = score(k, 0.0) + weight * other
        joinable = [
            (sim, j)
            for j, sim in scores.items()
            if (start <= ends[j] and starts[j] <= end) or (plan and planned[j])
        ]
        if max_df is not None:  # large stories: each mention's closest few, their similarity in full
            joinable = [(tfidf.similarity(i, j), j) for _sim, j in heapq.nlargest(CLOSEST, joinable)]
        pairs.extend((sim, i, j) for sim, j in joinable)
        for term, weight in terms:
            entry = (i, weight)
            every.setdefault(term, []).append(entry)
            if plan:
                plans.setdefault(term, []).append(entry)
            if wide[i]:
                wides.setdefault((plan, term), []).append(entry)
                continue
            begins.setdefault((plan, lo, term), []).append(entry)
            for m in range(lo, hi + 1):
                covers.setdefault((plan, m, term), []).append(entry)
    return pairs
