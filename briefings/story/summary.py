"""A multi-document extractive summary in which every sentence is cited, telling where the story stands now.

A sentence scores by how much of it the other sources also report (its best match in each other source, and the
sources that back it, newer sources counting more), by how early it stands in its article, and by how new its own
source is: on a story
followed for weeks the summary is about the newest reports, and what the earliest ones said is history. A line
the corpus prints on many days (furniture, pasted background: see furniture.py) is never a summary line.
Sentences are picked greedily with a penalty for repeating what is already picked, up to a word budget (which a
long story stretches with its latest weeks' lines only); the lead (an opening sentence of the newest reports) comes
first, the rest in the order the story happened.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from itertools import chain

from briefings.article.summary_candidates import SummaryCandidate, summary_candidates
from briefings.model import Sentence, SummarySentence
from briefings.recency import halving
from briefings.story.furniture import NO_RECURRENCE, Recurrence
from briefings.text import TfIdf, word_count
from briefings.thresholds import (
    CENTRALITY_SCALE,
    DEFAULT_WORDS,
    LONG_STORY_EXTRA,
    LONG_STORY_SOURCES,
    MIN_MAX_DF,
    NEWEST_DAYS,
    PANEL_DOCS,
    RECENCY_FLOOR,
    RECENCY_HALF_LIFE,
    RECENT_DAYS,
    REDUNDANT_SIM,
    SUMMARY_OPENING,
    SUMMARY_SHORTLIST,
    SUPPORT_SIM,
)


def fill_budget(ranked: Iterable[int], lengths: Sequence[int], words: int) -> Iterator[int]:
    """Take items best first while they fit in `words`; one that does not fit is skipped until 80% is used.

    Shared by our summary and the baselines in `briefbot eval`, so every system gets the same budget rule.
    """
    used = 0
    for i in ranked:
        if used and used + lengths[i] > words:
            if used >= words * 0.8:
                return
            continue
        used += lengths[i]
        yield i
        if used >= words:
            return


def summarize(
    sentences: Sequence[Sentence],
    *,
    words: int = DEFAULT_WORDS,
    published: Mapping[str, date | None] | None = None,
    candidates: Sequence[SummaryCandidate] | None = None,
    recurring: Recurrence = NO_RECURRENCE,
) -> list[SummarySentence]:
    """About `words` words of the most corroborated, newest, least repetitive sentences, each citing its sources.

    `candidates` are summary_candidates(sentences) when already made (per article, kept); `recurring` names the
    lines the corpus prints on many days, which are left out."""
    if candidates is None:
        candidates = summary_candidates(sentences)
    candidates = [c for c in candidates if not recurring.is_stale_key(c.key)]
    if not candidates:
        return []
    when = published or {}
    recency = _recency({c.sentence.doc_id for c in candidates}, when)
    docs = sorted({c.sentence.doc_id for c in candidates}, key=lambda d: (-recency[d], d))
    tfidf = TfIdf([c.text for c in candidates], tokens=[c.stems for c in candidates])
    doc_of = [c.sentence.doc_id for c in candidates]
    stated = [c.stated for c in candidates]
    # Centrality is measured against every other source, or, past PANEL_DOCS sources, against an evenly spaced
    # panel of them (the same for every candidate), ignoring the terms most of the panel shares: the cost then
    # grows linearly with the corpus. The support cited for the chosen sentences is always counted in full.
    # The panel holds the newest sources (half of it) and sources spread evenly over the rest.
    newest = docs[: PANEL_DOCS // 2]
    older = docs[PANEL_DOCS // 2 :]
    panel = (
        set(newest) | set(older[:: math.ceil(len(older) / (PANEL_DOCS - len(newest)))])
        if len(docs) > PANEL_DOCS
        else set(docs)
    )
    sampled = len(panel) < len(docs)
    within = tfidf.postings(j for j in range(len(candidates)) if doc_of[j] in panel) if sampled else None
    max_df = max(MIN_MAX_DF, sum(1 for d in doc_of if d in panel) // 10) if sampled else None

    def backing_of(i: int, sims: Mapping[int, float]) -> list[str]:
        """Other sources with a sentence this close that states the same figures, times and codes."""
        own, facts = doc_of[i], stated[i]
        return sorted(
            {
                doc_of[j]
                for j, sim in sims.items()
                if sim >= SUPPORT_SIM and doc_of[j] != own and facts <= stated[j]
            }
        )

    panel_weight = sum(recency[d] for d in panel)
    # The lead: of the newest articles' opening sentences (an undated article cannot be placed, so it may lead
    # too, as its recency counts it current), the one that best carries the story; taken first.
    opening = [i for i, c in enumerate(candidates) if c.sentence.index <= SUMMARY_OPENING]
    newest_docs = _within(docs, when, NEWEST_DAYS)
    openers = [i for i in opening if doc_of[i] in newest_docs] or opening
    recent = _within(docs, when, RECENT_DAYS - 1)  # fewer than RECENT_DAYS days before the newest
    long_story = round(words * LONG_STORY_EXTRA) > 0 and len(docs) >= LONG_STORY_SOURCES
    late = {i for i in opening if doc_of[i] in recent} if long_story else set()
    # On a long story only a shortlist is scored in full: the lines closest to what the other sources say
    # together (see _shortlist), with every opening line the lead or the latest weeks' extra may take.
    listed = (
        _shortlist(tfidf, doc_of, recency, [c.position for c in candidates], SUMMARY_SHORTLIST)
        | set(openers)
        | late
        if len(candidates) > SUMMARY_SHORTLIST
        else set(range(len(candidates)))
    )
    support: list[list[str]] = []
    parts: list[tuple[float, float, float]] = []  # centrality, lead, backing share
    for i, c in enumerate(candidates):
        if i not in listed:
            support.append([])
            parts.append((0.0, 0.0, 0.0))
            continue
        sims = tfidf.neighbours(i, within=within, max_df=max_df)
        own = c.sentence.doc_id
        best: dict[str, float] = {}  # other panel sources' closest sentence; a source with none counts 0
        for j, sim in sims.items():
            d = doc_of[j]
            if d != own and sim > best.get(d, 0.0):
                best[d] = sim
        backing = backing_of(i, sims)
        support.append(sorted([own, *backing]))
        weights = max(panel_weight - (recency[own] if own in panel else 0.0), 1e-9)
        centrality = sum(sim * recency[d] for d, sim in best.items()) / weights
        lead = 1.0 - min(c.position, 1.0)
        # the share of the panel that backs the line, each source counted by its recency: on a story followed
        # for weeks, a line every early report carried is background, not what the story says now
        backed = sum(recency[d] for d in backing if d in panel) / weights
        parts.append((centrality, lead * lead, backed))
    # Centrality is a mean over the panel, so it shrinks as the story grows; measured against the best of this
    # corpus it weighs the same against an article's opening on a story of five sources or of five hundred. An
    # opening position raises what the other sources echo; it cannot make a line nobody echoes (a service note
    # on a page's first line) a summary line.
    top = max(max((p[0] for p in parts), default=0.0), CENTRALITY_SCALE)
    # On a story of few sources each is a large share of it: recency never discounts one below that share.
    floor = max(RECENCY_FLOOR, 1 / len(docs))
    scores = [
        _score(cen / top, lead, backed, floor + (1 - floor) * recency[c.sentence.doc_id])
        for (cen, lead, backed), c in zip(parts, candidates, strict=True)
    ]
    chosen: list[int] = []
    remaining = listed.copy()
    overlap = [0.0] * len(candidates)  # each candidate's highest similarity to a sentence already chosen
    opener = max(openers, key=lambda i: (scores[i], -i)) if openers else None

    absorbed = 0  # how many of the chosen sentences the penalties already count

    def absorb() -> None:
        """Raise each candidate's overlap by the sentences chosen since the last call."""
        nonlocal absorbed
        for pick in chosen[absorbed:]:
            for j, sim in tfidf.neighbours(pick).items():
                overlap[j] = max(overlap[j], sim)
        absorbed = len(chosen)

    def ranked(pool: set[int]) -> Iterator[int]:
        """Best of `pool` first, penalised by what is already chosen (MMR); near-repeats of a chosen sentence
        dropped."""
        while pool:
            absorb()
            pick = max(pool, key=lambda i: (scores[i] - 0.7 * overlap[i], -i))
            pool.discard(pick)
            if overlap[pick] >= REDUNDANT_SIM:
                continue
            yield pick

    def fresh_of(items: Iterable[int]) -> Iterator[int]:
        """The items no sentence chosen so far repeats."""
        for i in items:
            absorb()
            if overlap[i] < REDUNDANT_SIM:
                yield i

    lengths = [word_count(c.text) if i in listed else 0 for i, c in enumerate(candidates)]  # only listed are taken
    first_pick = [] if opener is None else [opener]
    remaining.difference_update(first_pick)
    offered: list[int] = []  # what the ranking yielded, taken or not
    for pick in fill_budget(_recorded(chain(first_pick, ranked(remaining)), offered), lengths, words):
        chosen.append(pick)
    if long_story:
        # The ranking goes on over the newest weeks' opening lines only, those passed over for length first.
        late = {
            i
            for i in (*offered, *remaining)
            if doc_of[i] in recent and candidates[i].sentence.index <= SUMMARY_OPENING
        }
        passed = [i for i in offered if i not in chosen and i in late]
        pool = late & remaining
        for pick in fill_budget(
            chain(fresh_of(passed), ranked(pool)), lengths, round(words * LONG_STORY_EXTRA)
        ):
            chosen.append(pick)
    if sampled:  # the panel ranked the candidates; the sources cited are counted among all of them
        for i in chosen:
            support[i] = sorted([doc_of[i], *backing_of(i, tfidf.neighbours(i))])
    # The lead comes first; the rest follow the story: older reports first, and within the same day in the order
    # the articles tell it.
    first = (
        opener if opener in chosen else max(chosen, key=lambda i: (len(support[i]), scores[i]), default=None)
    )
    chosen.sort(
        key=lambda i: (
            i != first,
            when.get(candidates[i].sentence.doc_id) or date.min,
            candidates[i].position,
            -len(support[i]),
        )
    )
    return [SummarySentence(candidates[i].text, tuple(support[i]), len(support[i])) for i in chosen]


def _score(share: float, lead: float, backed: float, recent: float) -> float:
    """A line's score: its share of the best centrality, raised by an opening position (`lead`), plus a little for
    the opening and for the panel's backing, all discounted by its source's recency (`recent`)."""
    return (share * (0.6 + 0.4 * lead) + 0.1 * lead + 0.15 * backed) * recent


def _shortlist(
    tfidf: TfIdf, doc_of: Sequence[str], recency: Mapping[str, float], positions: Sequence[float], size: int
) -> set[int]:
    """The `size` candidates that score best with centrality read cheaply: each one's cosine with the other
    sources' candidates summed, each weighted by its source's recency (a centroid), the terms of more than a
    tenth of the candidates left out as on a panel; scored as in full (_score), with no backing."""
    common = max(MIN_MAX_DF, len(doc_of) // 10)
    total: dict[str, float] = {}
    own: dict[str, dict[str, float]] = defaultdict(dict)  # each source's part of the sum
    for i, vector in enumerate(tfidf.vectors):
        weight, part = recency[doc_of[i]], own[doc_of[i]]
        for term, value in vector.items():
            if tfidf.df[term] <= common:
                total[term] = total.get(term, 0.0) + weight * value
                part[term] = part.get(term, 0.0) + weight * value
    echo = [
        sum(value * (total[term] - own[doc_of[i]][term]) for term, value in vector.items() if term in total)
        for i, vector in enumerate(tfidf.vectors)
    ]
    top = max(max(echo, default=0.0), 1e-9)
    floor = max(RECENCY_FLOOR, 1 / max(len(recency), 1))

    def score(i: int) -> float:
        lead = (1.0 - min(positions[i], 1.0)) ** 2
        return _score(echo[i] / top, lead, 0.0, floor + (1 - floor) * recency[doc_of[i]])

    return set(sorted(range(len(doc_of)), key=lambda i: (-score(i), i))[:size])


def _recorded(items: Iterable[int], into: list[int]) -> Iterator[int]:
    """The items, each noted in `into` as it passes."""
    for i in items:
        into.append(i)
        yield i


def _within(docs: Iterable[str], published: Mapping[str, date | None], days: int) -> frozenset[str]:
    """The sources published at most `days` days before the newest one (an undated source counts as current,
    and every source does when none is dated)."""
    docs = list(docs)
    newest = max((d for d in (published.get(x) for x in docs) if d is not None), default=None)
    return frozenset(
        doc
        for doc in docs
        if newest is None or (day := published.get(doc)) is None or (newest - day).days <= days
    )


def _recency(docs: Iterable[str], published: Mapping[str, date | None]) -> dict[str, float]:
    """Each source's weight by its age before the newest source: 1 for the newest (and for an undated source,
    which cannot be placed), halving every RECENCY_HALF_LIFE days."""
    days = [d for d in (published.get(x) for x in docs) if d is not None]
    newest = max(days, default=None)
    weights: dict[str, float] = {}
    for doc in docs:
        weights[doc] = halving(published.get(doc), newest, RECENCY_HALF_LIFE)
    return weights
