"""Lines the corpus itself shows to be furniture or old background: learnt from recurrence, not from phrases.

A sentence that many articles print word for word on different days is not news on any one of them: it is a
site's boilerplate (a call for readers' stories, a comment policy, a standing promo) or a background line pasted
into every report ("The singer died in June 2009 at 50"). Which lines those are is a story-level fact (it moves
as articles arrive), so the merge counts days over each article's own line keys (`line_keys`, kept with the
article's other work): one article added costs its own keys, not a pass over every sentence. Nothing here knows
any phrase.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from briefings.article.line_keys import LineKeys, line_key, opening
from briefings.thresholds import FURNITURE_DAYS, STALE_DAYS


@dataclass(frozen=True)
class Recurrence:
    """Which sentences recur across publication days: `furniture` (the whole line) and `stale` (its opening)."""

    furniture: frozenset[str]
    stale: frozenset[str]

    def is_furniture(self, text: str) -> bool:
        """True when the corpus prints this line on FURNITURE_DAYS or more days."""
        return line_key(text) in self.furniture

    def is_stale(self, text: str) -> bool:
        """True when the line is furniture or its opening recurs on STALE_DAYS or more days."""
        return self.is_stale_key(line_key(text))

    def is_stale_key(self, key: str) -> bool:
        """is_stale of a line whose recurrence key (line_key) is already known."""
        return key in self.furniture or opening(key) in self.stale


NO_RECURRENCE = Recurrence(frozenset(), frozenset())


def recurrence(day_of: Mapping[str, date | None], keys: Iterable[LineKeys]) -> Recurrence:
    """Learn the recurring lines of a corpus from each article's line keys and its publication day (an undated
    source counts as a day of its own, so it can never make a line recur)."""
    days: dict[str, set[object]] = defaultdict(set)
    opening_days: dict[str, set[object]] = defaultdict(set)
    for article in keys:
        day: object = day_of.get(article.doc_id) or article.doc_id
        for key in article.lines:
            days[key].add(day)
        for start in article.openings:
            opening_days[start].add(day)
    return Recurrence(
        frozenset(k for k, d in days.items() if len(d) >= FURNITURE_DAYS),
        frozenset(k for k, d in opening_days.items() if len(d) >= STALE_DAYS),
    )
