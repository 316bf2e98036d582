"""Key dates: every date mention resolved, the same event across sources merged into one entry.

Mentions whose intervals overlap and whose surrounding words are alike are one event. Planned events whose
sources give intervals that do not overlap ("mid-November" against "within two weeks") are also one event when
their words are alike enough, and the entry is marked disputed. Dates long before the story are background.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import combinations

from briefings.article.sightings import Sighting, collect_sightings
from briefings.extract.dates import DateMention
from briefings.labels import day_label
from briefings.model import Claim, DateStatus, Disagreement, Document, KeyDate, Sentence
from briefings.story.timeline_pairs import is_planned, proposed_pairs
from briefings.text import TfIdf, truncate_words, words
from briefings.thresholds import (
    BACKGROUND_WEIGHT,
    BLOCK_DF,
    CENTRALITY_DIGITS,
    DISPUTE_SIM,
    EXACT_SIGHTINGS,
    HORIZON_YEARS,
    OVERLAP_SIM,
    PLAN_ONLY_WEIGHT,
    PLANNED_OVERLAP_SIM,
    RANGE_OVERLAP_SIM,
    RIVAL_DAYS,
    RIVAL_PRECISION,
    SAME_DAY_GROUPS,
    SAME_DAY_SIM,
    SAME_SOURCE_SIM,
    SAME_VALUE_SIM,
    YEAR_FROM_OTHERS_SIM,
    YEAR_SAME_SIM,
)

_PRECISION_RANK = {"day": 0, "week": 1, "range": 2, "part-of-month": 3, "month": 4, "year": 5}


class _Components:
    """Union-find over sightings that refuses to put two different exact days in one component, or two
    sentences of one source about one day that say different things (one article's several events that day)."""

    def __init__(self, sightings: Sequence[Sighting], similarity: Callable[[int, int], float]) -> None:
        self.sightings = sightings
        self.similarity = similarity
        self.members: list[dict[str, list[int]]] = [{s.doc_id: [i]} for i, s in enumerate(sightings)]
        self.parent = list(range(len(sightings)))
        self.size = [1] * len(sightings)
        self.days = [{s.mention.start} if s.mention.precision == "day" else set() for s in sightings]
        self.spans: list[dict[str, list[DateMention]]] = [{s.doc_id: [s.mention]} for s in sightings]
        self.disputed = [False] * len(sightings)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def settled(self, i: int, j: int) -> bool:
        """True when a union of i and j would change nothing whatever is asked: they are in one component
        already, or in two holding different exact days (a union refuses both before any other test)."""
        a, b = self.find(i), self.find(j)
        return a == b or bool(self.days[a] and self.days[b] and self.days[a] != self.days[b])

    def union(self, i: int, j: int, conflict: bool) -> None:
        a, b = self.find(i), self.find(j)
        if a == b or (self.days[a] and self.days[b] and self.days[a] != self.days[b]):
            return
        if self.size[b] > self.size[a]:
            a, b = (
                b,
                a,
            )  # the smaller one is checked against the larger and joins it (every test is symmetric)
        for doc, mentions in self.spans[b].items():
            if any(not _overlap(x, y) for x in self.spans[a].get(doc, []) for y in mentions):
                return  # one source giving two disjoint dates is speaking of two events
        for doc, indexes in self.members[b].items():
            if any(self._apart(x, y) for x in self.members[a].get(doc, []) for y in indexes):
                return
        self.parent[b] = a
        self.size[a] += self.size[b]
        for doc, indexes in self.members[b].items():
            self.members[a].setdefault(doc, []).extend(indexes)
        self.days[a] |= self.days[b]
        for doc, mentions in self.spans[b].items():
            self.spans[a].setdefault(doc, []).extend(mentions)
        self.disputed[a] = self.disputed[a] or self.disputed[b] or conflict

    def _apart(self, x: int, y: int) -> bool:
        """Two sentences of one source on one exact day that share too little to be one event."""
        mx, my = self.sightings[x].mention, self.sightings[y].mention
        if (
            mx.precision != "day"
            or my.precision != "day"
            or self.sightings[x].is_row
            or self.sightings[y].is_row
        ):
            return False
        if {mx.qualifier, my.qualifier} & {"today", "tonight"}:
            return False  # "today" in a source is its own day's news: the day's main event, not another one
        return self.similarity(x, y) < SAME_SOURCE_SIM


def _overlap(a: DateMention, b: DateMention) -> bool:
    return a.start <= b.end and b.start <= a.end


def _joinable(a: Sighting, b: Sighting, sim: float) -> tuple[bool, bool]:
    """Whether two sightings are one event, and whether their dates then conflict."""
    ma, mb = a.mention, b.mention
    if ma.precision == "day" and mb.precision == "day":
        return (ma.start == mb.start and sim >= SAME_VALUE_SIM), False
    if (ma.start, ma.end) == (mb.start, mb.end):
        # a whole year is no day: two sentences naming it share it by chance more often than one event
        return sim >= (YEAR_SAME_SIM if ma.precision == "year" else SAME_VALUE_SIM), False
    planned = is_planned(a) and is_planned(b)
    if {ma.precision, mb.precision} == {"day", "range"}:
        return False, False  # "within two weeks" is a deadline; a day inside it is not thereby the same event
    if _overlap(ma, mb):
        if "range" in (ma.precision, mb.precision) and (ma.start, ma.end) != (mb.start, mb.end):
            return sim >= RANGE_OVERLAP_SIM, False  # a wide window overlaps much; ask for more
        return sim >= (PLANNED_OVERLAP_SIM if planned else OVERLAP_SIM), False
    if planned and a.doc_id != b.doc_id and sim >= DISPUTE_SIM:
        return True, True
    return False, False


_STILL = re.compile(r"\b(?:so far|to date|has been|have been|is being|are being|continues|remains)\b", re.I)


def _status(start: date, end: date, as_of: date, members: Sequence[Sighting]) -> DateStatus:
    """Past or upcoming by the calendar; `as_of` itself by the tense most of its sources use; a period that
    holds `as_of` (this week) past when all its sources tell it as done, ongoing when one tells it in the present
    perfect or "so far", upcoming when all plan it."""
    if end < as_of:
        return "past"
    if start > as_of:
        return "upcoming"
    planned = sum(s.planned for s in members)
    if start == end:  # the day itself: as most of its sources tell it
        return "upcoming" if 2 * planned > len(members) else "past"
    if not planned:
        still = any(s.is_row or _STILL.search(s.event) for s in members)
        return "ongoing" if still else "past"  # "so far this month", "has been ... this week": not over
    return "upcoming" if planned == len(members) else "ongoing"


def _claim_label(m: DateMention) -> str:
    if m.relative and m.qualifier and m.qualifier not in m.label:
        return f"{m.label} (“{m.text}”)"
    return m.label


def build_timeline(
    documents: Sequence[Document],
    sentences: Sequence[Sentence],
    *,
    as_of: date,
    background_days: int = 120,
    sightings: Sequence[Sighting] | None = None,
) -> tuple[list[KeyDate], list[Disagreement]]:
    """Key dates (story first, then background, each chronological) and the dates sources dispute; `sightings`
    are the articles' date mentions when already collected (document_sightings, kept per article)."""
    if sightings is None:
        sightings = collect_sightings(documents, sentences)
    if not sightings:
        return [], []
    tfidf = TfIdf([s.context for s in sightings], tokens=[s.stems for s in sightings])
    # Only sightings that share words can join (every threshold is above 0), so the pairs come from the
    # inverted index (blocked by date, see story/timeline_pairs.py), never from every pair.
    # Past EXACT_SIGHTINGS, a word found in more than BLOCK_DF contexts proposes no pair (blocking: each mention
    # then meets a bounded number of others, so the cost grows linearly); the similarity of each proposed pair is
    # still computed in full.
    sightings = _years_from_others(sightings, tfidf)
    max_df = None if len(sightings) <= EXACT_SIGHTINGS else BLOCK_DF
    pairs = proposed_pairs(sightings, tfidf, max_df)
    components = _Components(sightings, tfidf.similarity)
    for sim, i, j in sorted(pairs, reverse=True):
        if components.settled(i, j):
            continue  # one component already, or two that can never join: no need to ask whether they may
        ok, conflict = _joinable(sightings[i], sightings[j], sim)
        if ok:
            components.union(i, j, conflict)
    groups: dict[int, list[int]] = {}
    for i in sorted(
        range(len(sightings)),
        key=lambda k: (not sightings[k].is_row, _PRECISION_RANK[sightings[k].mention.precision]),
    ):
        groups.setdefault(components.find(i), []).append(i)
    groups = _same_day_events(groups, sightings, tfidf)
    dated = [d.reference_day for d in documents if d.reference_day]
    story_start = min(dated) if dated else as_of
    cutoff = story_start - timedelta(days=background_days)
    key_dates: list[KeyDate] = []
    disagreements: list[Disagreement] = []
    for root, indexes in groups.items():
        members = [sightings[i] for i in indexes]
        key_date, dispute = _entry(members, components.disputed[root], as_of, cutoff, tfidf, indexes)
        if key_date.start.year > as_of.year + HORIZON_YEARS:
            continue  # "net zero between 2060 and 2070": a target, not an event of the story
        key_dates.append(key_date)
        if dispute is not None:
            disagreements.append(dispute)
    key_dates.sort(key=lambda k: (k.background, k.start, k.end))
    return key_dates, disagreements


def _summed(tfidf: TfIdf, indexes: Sequence[int]) -> dict[str, float]:
    """The normalised sum of some sightings' vectors: what a group of them tells, as one vector."""
    total: dict[str, float] = {}
    for j in indexes:
        for term, value in tfidf.vectors[j].items():
            total[term] = total.get(term, 0.0) + value
    norm = sum(v * v for v in total.values()) ** 0.5 or 1.0
    return {term: value / norm for term, value in total.items()}


_YEAR_WRITTEN = re.compile(r"\d{4}")


def _years_from_others(sightings: Sequence[Sighting], tfidf: TfIdf) -> list[Sighting]:
    """A day written without its year ("died on 25 June") is read in its article's year; when other sentences
    give that day and month with another year ("died on June 25, 2009") and tell the same event, more alike
    (YEAR_FROM_OTHERS_SIM) than any sentence naming the day in the article's year, that year is meant: an
    anniversary article's "25 June" is the day of the event it recalls."""
    named: dict[tuple[int, int], dict[int, list[int]]] = {}
    for i, s in enumerate(sightings):
        m = s.mention
        if m.precision == "day" and not m.relative and _YEAR_WRITTEN.search(m.text):
            named.setdefault((m.start.month, m.start.day), {}).setdefault(m.start.year, []).append(i)
    vectors: dict[tuple[int, int, int], dict[str, float]] = {}
    out = list(sightings)
    for i, s in enumerate(sightings):
        m = s.mention
        if m.precision != "day" or m.relative or _YEAR_WRITTEN.search(m.text):
            continue
        years = named.get((m.start.month, m.start.day), {})
        if not years.keys() - {m.start.year}:
            continue  # no other year gives this day: nothing to move it to
        alike: dict[int, float] = {}
        for year, indexes in years.items():
            key = (m.start.month, m.start.day, year)
            if key not in vectors:
                vectors[key] = _summed(tfidf, indexes)
            alike[year] = tfidf.cosine(tfidf.vectors[i], vectors[key])
        year = max(alike, key=lambda y: (alike[y], -y))
        if (
            year != m.start.year
            and alike[year] >= YEAR_FROM_OTHERS_SIM
            and alike[year] > alike.get(m.start.year, 0.0)
        ):
            day = m.start.replace(year=year)
            out[i] = replace(s, mention=replace(m, start=day, end=day, label=day_label(day)))
    return out


def _same_day_events(
    groups: dict[int, list[int]], sightings: Sequence[Sighting], tfidf: TfIdf
) -> dict[int, list[int]]:
    """One event told in several wordings on one exact day ("the quake struck on Tuesday", "Tuesday's
    7.0-magnitude earthquake"): groups of that day whose summed words are alike (SAME_DAY_SIM) are one entry,
    though a source's two sentences kept them apart. Only the SAME_DAY_GROUPS largest groups of a day are
    compared (bounded cost)."""
    by_day: dict[date, list[int]] = {}
    for root, indexes in groups.items():
        days = {sightings[i].mention.start for i in indexes if sightings[i].mention.precision == "day"}
        if len(days) == 1:
            by_day.setdefault(days.pop(), []).append(root)
    for roots in by_day.values():
        roots = sorted(roots, key=lambda r: (-len(groups[r]), r))[:SAME_DAY_GROUPS]
        if len(roots) < 2:
            continue
        vectors = {r: _summed(tfidf, groups[r]) for r in roots}
        for k, a in enumerate(roots):
            if a not in groups:
                continue
            for b in roots[k + 1 :]:
                if b in groups and tfidf.cosine(vectors[a], vectors[b]) >= SAME_DAY_SIM:
                    groups[a] = groups[a] + groups.pop(b)
                    vectors[a] = _summed(tfidf, groups[a])
    return groups


def _really_disputed(members: Sequence[Sighting]) -> bool:
    """Whether sources give days for one event that cannot both be true: two values neither of which holds the
    other ("19 January" and "January" agree). A past event's date read relative to an article's own date
    ("Tuesday", "last week", "today") that disagrees is more likely misread than a dispute, so where other values
    exist those are not compared; a planned event's rival windows ("next week", "mid-April") are. Nor are values
    of very different precision or more than a year apart (a stray year joined the event)."""
    named = [s.mention for s in members if not s.mention.relative or s.planned]
    values = sorted(
        {(m.start, m.end, _PRECISION_RANK[m.precision]) for m in (named or [s.mention for s in members])}
    )
    return any(
        (a_end < b_start or b_end < a_start)
        and abs(a_rank - b_rank) <= RIVAL_PRECISION
        and abs((a_start - b_start).days) <= RIVAL_DAYS
        for i, (a_start, a_end, a_rank) in enumerate(values)
        for b_start, b_end, b_rank in values[i + 1 :]
    )


def _rescheduled(by_value: Mapping[tuple[date, date], list[Sighting]]) -> list[tuple[date, date]] | None:
    """The values, the latest reported last, when of every two rival values (neither holds the other) one was
    reported only after every source of the other had been published: the date moved (a trial put off, a summit
    brought forward) and later reports updated it, which is no dispute. None when two rival values were reported
    side by side, or a source's day is unknown."""
    reported: dict[tuple[date, date], tuple[date, date]] = {}
    for key, group in by_value.items():
        days = [s.published for s in group if s.published is not None]
        if len(days) < len(group):
            return None
        reported[key] = (min(days), max(days))
    for (a, (a_first, a_last)), (b, (b_first, b_last)) in combinations(reported.items(), 2):
        rivals = a[1] < b[0] or b[1] < a[0]
        if rivals and not (a_last < b_first or b_last < a_first):
            return None
    return sorted(reported, key=lambda key: (reported[key][1], reported[key][0]))


def _entry(
    members: list[Sighting], disputed: bool, as_of: date, cutoff: date, tfidf: TfIdf, indexes: list[int]
) -> tuple[KeyDate, Disagreement | None]:
    by_value: dict[tuple[date, date], list[Sighting]] = {}
    for s in members:
        by_value.setdefault((s.mention.start, s.mention.end), []).append(s)
    disputed = disputed and _really_disputed(members)
    moves = _rescheduled(by_value) if disputed else None
    if moves is not None:  # an update: the latest reports' date is the entry's, its event told in their words
        disputed = False

    def weight(key: tuple[date, date]) -> tuple[int, int]:
        group = by_value[key]
        return len({s.doc_id for s in group}), -min(_PRECISION_RANK[s.mention.precision] for s in group)

    def label_of(group: list[Sighting]) -> str:
        explicit = [s for s in group if not s.mention.relative] or group
        return _claim_label(min(explicit, key=lambda s: _PRECISION_RANK[s.mention.precision]).mention)

    main = min(by_value[max(by_value, key=weight)], key=lambda s: (s.mention.relative, not s.is_row))
    if moves is not None:
        main = min(by_value[moves[-1]], key=lambda s: (s.mention.relative, not s.is_row))
    elif not disputed:
        main = min(
            members, key=lambda s: (_PRECISION_RANK[s.mention.precision], s.mention.relative, not s.is_row)
        )
    rows = [s for s in members if s.is_row]
    if rows:
        event = rows[0].event
    else:
        # a member's summed similarity to the others, through the members' summed vectors (the same sum, as
        # vectors are normalised: one pass over the group instead of every pair), the sum taken as _summed takes it
        # (one place, so the year check and the wording read one centroid); rounded, so that members equally
        # central (the same sentence in two sources) tie exactly, whatever order the sum was taken in
        centroid = _summed(tfidf, indexes)

        def centrality(k: int) -> float:
            return round(tfidf.cosine(tfidf.vectors[indexes[k]], centroid), CENTRALITY_DIGITS)

        told = list(range(len(members)))
        if moves is not None:  # the event as the latest reports tell it, not as the plans they overtook
            told = [k for k, s in enumerate(members) if (s.mention.start, s.mention.end) == moves[-1]]
        # told by a sentence naming the entry's own date ("in 2010" joined to a day of it tells no day's news)
        value = (main.mention.start, main.mention.end)
        told = [k for k in told if (members[k].mention.start, members[k].mention.end) == value] or told
        candidates = [k for k in told if len(words(members[k].event)) >= 6] or list(told)
        if main.mention.end < as_of:  # a day gone by as its reports tell it, not as a plan made before it
            candidates = [
                k for k in candidates if not (members[k].planned or is_planned(members[k]))
            ] or candidates
        # of members equally central (both members of a pair always are), the earliest report's, then the shorter
        best = max(
            candidates,
            key=lambda k: (
                members[k].single,
                centrality(k),
                -(members[k].published or date.max).toordinal(),
                -len(members[k].event),
            ),
        )
        event = members[best].event
    sources = tuple(sorted({s.doc_id for s in members}))
    m = main.mention
    key_date = KeyDate(
        date=m.iso,
        precision=m.precision,
        label=label_of([main]),
        event=event,
        sources=sources,
        start=m.start,
        end=m.end,
        status=_status(m.start, m.end, as_of, members),  # as the value most sources give: a past day is past
        qualifier=m.qualifier,
        background=m.end < cutoff,
        disputed=disputed and len(by_value) > 1,
    )
    values = tuple(
        Claim(label_of(group), tuple(sorted({s.doc_id for s in group})))
        for _key, group in sorted(by_value.items())
    )
    evidence = tuple(dict.fromkeys((s.doc_id, s.event) for s in members))
    named = {s.doc_id for s in members if not s.mention.relative}  # sources that name the date outright
    importance = (len(named) + 0.25 * len(sources)) * (BACKGROUND_WEIGHT if key_date.background else 1.0)
    if m.end < as_of and all(s.planned for s in members):
        importance *= PLAN_ONLY_WEIGHT
    key_date = replace(key_date, values=values, evidence=evidence, weight=importance)
    dispute = None
    if key_date.disputed:  # the dispute lists the same claims as the entry
        dispute = Disagreement(topic=f"When: {truncate_words(event, 12)}", claims=values)
    elif moves is not None:  # an update: the claims newest first, as a count's update lists them
        claims = tuple(
            Claim(label_of(by_value[key]), tuple(sorted({s.doc_id for s in by_value[key]})))
            for key in reversed(moves)
        )
        dispute = Disagreement(topic=f"When: {truncate_words(event, 12)}", claims=claims, kind="update")
    return key_date, dispute
