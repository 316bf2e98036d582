"""Lines the corpus itself shows to be furniture or old background: learnt from recurrence, not from phrases.

A sentence that many articles print word for word on different days is not news on any one of them: it is a
site's boilerplate (a call for readers' stories, a comment policy, a standing promo) or a background line pasted
into every report ("The singer died in June 2009 at 50"). Which lines those are is a story-level fact (it moves
as articles arrive), so it is computed in the merge from the sentences every article already has; nothing here
knows any phrase.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from briefings.model import Sentence
from briefings.text import fold

# A line printed on this many different publication days is furniture (or pasted background) for the summary,
# the questions and the key dates. Lower catches more boilerplate, but on a short story also a lead that two or
# three reports happen to share word for word.
FURNITURE_DAYS = 3
# A line whose opening words recur on this many days is old background: kept out of the summary, which tells
# where the story stands now. Lower keeps the summary fresher, at the price of a background line a reader may
# still need.
STALE_DAYS = 5
STALE_WORDS = (
    12  # the opening words compared for staleness: enough to be one statement, few enough to survive
)
# the edits each re-use makes at its end
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_DIGITS = re.compile(r"\d+")


def line_key(text: str) -> str:
    """A sentence's recurrence key: folded to lowercase ASCII words, every number written as 0 (a stamp or a
    moving toll recurs with other figures)."""
    return _NOT_WORD.sub(" ", _DIGITS.sub("0", fold(text))).strip()


def _opening(key: str) -> str:
    return " ".join(key.split()[:STALE_WORDS])


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
        key = line_key(text)
        return key in self.furniture or _opening(key) in self.stale


NO_RECURRENCE = Recurrence(frozenset(), frozenset())


def recurrence(sentences: Iterable[Sentence], day_of: Mapping[str, date | None]) -> Recurrence:
    """Learn the recurring lines of a corpus from its sentences and each source's publication day (an undated
    source counts as a day of its own, so it can never make a line recur)."""
    days: dict[str, set[object]] = defaultdict(set)
    opening_days: dict[str, set[object]] = defaultdict(set)
    for s in sentences:
        key = line_key(s.text)
        if len(key) < 12:
            continue  # "Help", "Read more": too short to tell, and chrome rules deal with them
        day: object = day_of.get(s.doc_id) or s.doc_id
        days[key].add(day)
        if len(key.split()) >= STALE_WORDS:
            opening_days[_opening(key)].add(day)
    return Recurrence(
        frozenset(k for k, d in days.items() if len(d) >= FURNITURE_DAYS),
        frozenset(k for k, d in opening_days.items() if len(d) >= STALE_DAYS),
    )
