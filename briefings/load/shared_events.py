"""Date an undated article from events it shares with the other sources of its story.

An article that says "the judge dismissed the suit on Monday" gives no day by itself, but another source may
date the same event outright ("the suit was dismissed on Oct. 15, 2018"), or be dated itself so that its own
"Monday" is a day; so may the article's own sentences (a caption "found June 5, 2019, in the back of a van" beside
"died Wednesday ... in the back of the van"). A bare weekday for past news ("on Monday") tied to such an event
puts the article on that day or in the six days after; the article is then dated on the latest day of that week
it names as the day someone spoke ("his lawyer said Tuesday"), the news convention, when every weekday it names
for past news lies within three days before it.

A weekday is tied to an event only when the event fell on that weekday and the two sentences share enough words
(SHARED_WORDS, SAME_EVENT); when events on two days share as many, it is tied to neither. "Yesterday" and
"today" tie nothing (in the dev stories they were as often inside a quote or caption of another day), and "said
Tuesday night" is no spoken day (it is as often told the next morning). Anything less leaves the article
undated, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from briefings.extract.date_patterns import weak_tense
from briefings.extract.dates import WEEKDAYS, find_dates, future_context
from briefings.model import Block
from briefings.text import content_stems, split_sentences
from briefings.thresholds import (
    LONE_TIE_SOURCES,
    SAME_EVENT,
    SHARED_EVENTS_EVIDENCE_SENTENCES,
    SHARED_WORDS,
    WEEK_SPAN,
)

_REFERENCE = date(2001, 1, 3)  # a neutral day to read bare weekdays against (only their weekday is used)
_NIGHT = re.compile(r"[\s,]*(?:night|evening)\b", re.IGNORECASE)
_WEEKDAY_NAMED = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
# what a sentence needs to date an event: a weekday, a year, or a day relative to a dated article's own
_DATED_WORDS = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|this\s+(?:morning|afternoon)|"
    r"last\s+night|\d{4})\b",
    re.IGNORECASE,
)
_NOT_EVENT_WORDS = frozenset(
    (*WEEKDAYS, "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "last", "said",
     "say", "says", "told", "earlier", "week", "day", "days")
)  # fmt: skip
_BARE = re.compile(r"(?:next|last|this|coming|past|every|each)\s+$", re.IGNORECASE)
# "police said Thursday", "told reporters on Tuesday", "a study released Thursday": news tells its own day by
# what was said or made public on it
_SAID = re.compile(
    r"\b(?:said|says|told|announced|confirmed|stated|added|reported|wrote|tweeted|released|issued|published|"
    r"unveiled)\b(?:\s+\w+){0,3}\s+(?:on\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Event:
    """A day one source gives for what a sentence tells, with the sentence's content words."""

    day: date
    stems: frozenset[str]
    doc_id: str


def _stems(text: str) -> frozenset[str]:
    return frozenset(s for s in content_stems(text) if s not in _NOT_EVENT_WORDS and not s.isdigit())


def _sentences(blocks: Iterable[Block], needed: re.Pattern[str] = _DATED_WORDS) -> list[str]:
    """The sentences that hold what `needed` looks for, among the article's first
    SHARED_EVENTS_EVIDENCE_SENTENCES; a block holding none of it is not split (most are not)."""
    out: list[str] = []
    read = 0
    for block in blocks:
        if block.kind not in ("paragraph", "bullet", "caption"):
            continue
        if not needed.search(block.text):
            read += 1  # at least one sentence, none of them wanted
        else:
            sentences = split_sentences(block.text)[: max(0, SHARED_EVENTS_EVIDENCE_SENTENCES - read)]
            read += len(sentences)
            out += [s for s in sentences if needed.search(s)]
        if read >= SHARED_EVENTS_EVIDENCE_SENTENCES:
            break
    return out


def words_wanted(blocks: Sequence[Block]) -> frozenset[str]:
    """The words of an undated article's sentences that name a weekday, when it names one as the day someone
    spoke ("said Tuesday"): only events told in such words can date it; empty when nothing can."""
    sentences = _sentences(blocks, _WEEKDAY_NAMED)
    if not any(_SAID.search(text[: m.start()]) for text in sentences for m in _WEEKDAY_NAMED.finditer(text)):
        return frozenset()
    return frozenset().union(*(_stems(text) for text in sentences))


def events_of(
    doc_id: str, blocks: Sequence[Block], published: date | None, *, words: frozenset[str] | None = None
) -> list[Event]:
    """The days an article gives for events: every date with its year, and, when it is dated, its relative ones;
    given `words` (see words_wanted), only in sentences sharing enough of them (the rest cannot be tied)."""
    out: list[Event] = []
    for text in _sentences(blocks):
        stems: frozenset[str] | None = None
        if words is not None:
            stems = _stems(text)
            if len(stems & words) < SHARED_WORDS:
                continue
        for m in find_dates(text, reference=published):
            if m.precision != "day" or m.start != m.end:
                continue
            if not m.relative and not re.search(r"\d{4}", m.text) and published is None:
                continue  # "Oct. 15" in an undated article: its year is not certain
            if future_context(text, m.span):
                continue
            stems = stems if stems is not None else _stems(text)
            out.append(Event(m.start, stems, doc_id))
    return out


def _ties(
    doc_id: str, blocks: Sequence[Block], events: Sequence[Event]
) -> tuple[list[date], set[int], set[int]]:
    """The days of other sources' events that the article's bare weekdays tell, the weekdays it names for past
    news, and those it names as the day someone said something ("police said Thursday"; not "Tuesday night",
    which is as often told the next day)."""
    ties: list[date] = []
    weekdays: set[int] = set()
    said: set[int] = set()
    late: set[int] = set()
    planned: set[int] = set()
    unsure: set[int] = set()
    for text in _sentences(blocks, _WEEKDAY_NAMED):
        stems: frozenset[str] | None = None
        for m in find_dates(text, reference=_REFERENCE):
            if not m.relative or m.precision != "day":
                continue
            weekday = _WEEKDAY_NAMED.search(m.text)
            if weekday and _BARE.search(text[: m.span[0]] + m.text[: weekday.start()]):
                continue  # "last Monday", "next Monday": not the article's own week
            if not weekday:
                continue  # "yesterday", "today": too often inside a quote or a caption of another day
            if future_context(text, m.span):
                planned.add(m.start.weekday())
                continue
            # "Thursday's debate is ...": past news only when the article plans no Thursday
            (unsure if weak_tense(text, m.span) else weekdays).add(m.start.weekday())
            if _SAID.search(text[: m.span[0]]) and not _NIGHT.match(text[m.span[1] :]):
                said.add(m.start.weekday())
            if _NIGHT.match(text[m.span[1] :]):
                late.add(m.start.weekday())
            stems = stems if stems is not None else _stems(text)
            best = _best_event(stems, events, doc_id, m.start.weekday())
            if best is not None:
                ties.append(best.day)
    ties = [day for day in ties if day.weekday() not in planned - weekdays]
    return ties, weekdays | (unsure - planned), said - (late | (planned - weekdays))


def _best_event(
    stems: frozenset[str], events: Sequence[Event], doc_id: str, weekday: int | None
) -> Event | None:
    """The event a sentence tells, another source's or one of the article's own dated sentences' (on `weekday`
    when one is named): the one sharing the most of its words, enough of them; None when events on two days share
    as many."""
    scored: list[tuple[int, Event]] = []
    for event in events:
        if weekday is not None and event.day.weekday() != weekday:
            continue
        shared = len(stems & event.stems)
        if shared >= SHARED_WORDS and shared / min(len(stems), len(event.stems)) >= SAME_EVENT:
            scored.append((shared, event))
    if not scored:
        return None
    top = max(n for n, _ in scored)
    days = {e.day for n, e in scored if n == top}
    return next(e for n, e in scored if n == top) if len(days) == 1 else None


def day_from_events(doc_id: str, blocks: Sequence[Block], events: Sequence[Event]) -> date | None:
    """The article's day when its weekdays tied to other sources' events agree on one week and it names one day
    of that week as the day someone spoke; else None."""
    ties, weekdays, said = _ties(doc_id, blocks, events)
    if not ties or (len(ties) < 2 and len({e.doc_id for e in events}) > LONE_TIE_SOURCES):
        return None
    low, high = max(ties), min(ties) + timedelta(days=6)
    if low > high:
        return None
    candidates = [low + timedelta(days=k) for k in range((high - low).days + 1)]
    named = [d for d in candidates if d.weekday() in said]
    if not named:
        return None
    day = max(named)
    span = {(day - timedelta(days=k)).weekday() for k in range(WEEK_SPAN + 1)}
    return day if weekdays <= span else None
