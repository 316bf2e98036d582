"""Find and normalise date expressions in a sentence.

Spans are found with explicit patterns (so the modal "may" or a lone "a" is never a date) and resolved against
a reference day, normally the article's publication date. Every mention keeps its precision and qualifier:
"mid-November 2025" stays a part of a month, "next week" a week, "within two weeks" a range. Calendar dates are
resolved in calendar_dates.py, relative ones in relative_dates.py; this module finds the spans and picks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from briefings.extract.calendar_dates import CalendarDates
from briefings.extract.date_mention import DateMention
from briefings.extract.date_patterns import (
    MONTHS,
    NEEDS,
    NUMBER_WORDS,
    PATTERNS,
    WEEKDAYS,
    features,
    future_context,
    timeless,
)
from briefings.extract.days import EARLIEST, LATEST, plausible
from briefings.extract.relative_dates import RelativeDates
from briefings.labels import day_label

__all__ = [
    "MONTHS",
    "NUMBER_WORDS",
    "WEEKDAYS",
    "DateMention",
    "day_label",
    "find_dates",
    "future_context",
    "leading_date",
    "plausible",
]


class _Resolver(CalendarDates, RelativeDates):
    """Turns one regex match into a DateMention, given the reference day and the sentence's tense."""

    def resolve(self, kind: str, m: re.Match[str]) -> DateMention | None:
        handler = getattr(self, f"_{kind}")
        try:
            result: DateMention | None = handler(m)
        except (ValueError, OverflowError, KeyError):
            return None
        if result is not None and not (EARLIEST <= result.start <= result.end <= LATEST):
            return None  # "in 257077 days", the year 0001: no calendar a story is told in
        return result


def find_dates(
    text: str,
    *,
    reference: date | None = None,
    year_hint: int | None = None,
    future: bool | None = None,
    context_day: date | None = None,
    anchor: date | None = None,
) -> list[DateMention]:
    """Every date expression in `text`, longest match first, resolved against `reference`.

    `reference` is the day relative expressions and year-less dates count from (the article's publication
    date); without it, relative expressions are dropped and year-less dates take `year_hint`. `future` says
    whether the sentence speaks of what is planned (bare weekdays then point forward); by default it is read
    from the words around each date. `context_day` is the last day the paragraph named before `text`: "the day"
    and "later in the day" refer back to it (or to a day named earlier in `text`).
    """
    resolver = _Resolver(reference, year_hint, bool(future))
    resolver.context_day = context_day
    resolver.anchor = anchor
    resolver.nowadays = "today" in text.lower() and timeless(text)  # only "today" asks; the check is costly
    found = _matches(text)
    mentions: list[DateMention] = []
    taken_until = -1
    for start, neg_len, _order, kind, m in found:
        if start < taken_until:
            continue
        if future is None:
            resolver.future = future_context(text, (start, start - neg_len))
        mention = resolver.resolve(kind, m)
        if mention is None:
            continue
        mentions.append(mention)
        taken_until = start - neg_len
        if mention.precision == "day":
            resolver.context_day = mention.start
            if kind in ("mdy", "dmy", "iso"):
                resolver.anchor = mention.start
    return mentions


_Found = tuple[int, int, int, str, "re.Match[str]"]


def _matches(text: str, *, at_start: bool = False) -> list[_Found]:
    """Every pattern's matches in `text` (only those starting at its first character with `at_start`), as
    (start, minus length, pattern order, kind, match), in the order find_dates takes them."""
    found: list[_Found] = []
    present = None if at_start else features(text)  # an anchored match fails at once: no scan to skip it
    for order, (kind, pattern) in enumerate(PATTERNS):
        if present is not None and not NEEDS[kind] <= present:
            continue  # a cheap scan showed the pattern cannot match: skip its costly one
        if at_start:  # the first match finditer would give, when it starts the text
            first = pattern.match(text)
            matches: Iterable[re.Match[str]] = () if first is None else (first,)
        else:
            matches = pattern.finditer(text)
        for m in matches:
            start, end = m.span("yspan") if kind == "year" else m.span()
            if start == 0 or not at_start:
                found.append((start, -(end - start), order, kind, m))
    found.sort(key=lambda item: (item[0], item[1], item[2]))
    return found


def leading_date(line: str) -> int | None:
    """If `line` starts with an absolute date expression (a timeline row), the offset where it ends.

    The first date find_dates(line, year_hint=2000) would give, read from the matches at the line's start
    only: a date found further on means no leading date, so the rest of the line is not scanned.
    """
    resolver = _Resolver(None, 2000, False)
    resolver.nowadays = "today" in line.lower() and timeless(line)
    for start, neg_len, _order, kind, m in _matches(line, at_start=True):
        resolver.future = future_context(line, (start, start - neg_len))
        mention = resolver.resolve(kind, m)
        if mention is None:
            continue
        if mention.span[0] == 0 and not mention.relative and mention.precision != "year":
            return mention.span[1]
        if mention.span[0] == 0 and mention.precision == "year" and re.match(r"\d{4}\b", line):
            return mention.span[1]
        return None
    return None
