"""A resolved date mention, and the state and helpers every date resolver shares (the reference day, the
sentence's tense, the day "the day" refers back to, the narrative anchor)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefings.extract.date_patterns import MONTH_NAMES, PART_OF_MONTH
from briefings.extract.days import month_end
from briefings.labels import day_label
from briefings.model import Precision


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a text, resolved to an interval."""

    text: str
    span: tuple[int, int]
    start: date
    end: date
    precision: Precision
    label: str
    qualifier: str | None = None
    relative: bool = False

    @property
    def iso(self) -> str:
        """The date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the text allows."""
        if self.precision in ("day", "week", "range"):
            return self.start.isoformat()
        if self.precision in ("month", "part-of-month"):
            return self.start.strftime("%Y-%m")
        return str(self.start.year)


class ResolverBase:
    """What a date resolver knows while it reads one text, and how it builds mentions."""

    def __init__(self, reference: date | None, year_hint: int | None, future: bool) -> None:
        self.reference = reference
        self.year_hint = year_hint
        self.future = future
        self.nowadays = False  # the sentence has no past and no plan: "today" means nowadays
        self.context_day: date | None = None  # the day "the day" refers back to
        self.anchor: date | None = None  # the last day the article named with its year (see NARRATIVE_DAYS)

    def _mention(
        self,
        m: re.Match[str],
        start: date,
        end: date,
        precision: Precision,
        label: str,
        qualifier: str | None = None,
        relative: bool = False,
    ) -> DateMention:
        return DateMention(m.group(0), m.span(), start, end, precision, label, qualifier, relative)

    def _day(self, m: re.Match[str], year: int, month: int, day: int) -> DateMention:
        d = date(year, month, day)
        return self._mention(m, d, d, "day", day_label(d))

    def _whole_month(
        self,
        m: re.Match[str],
        year: int,
        month: int,
        *,
        label: str | None = None,
        qualifier: str | None = None,
        relative: bool = False,
    ) -> DateMention:
        """A mention of one calendar month."""
        return self._mention(
            m,
            date(year, month, 1),
            month_end(year, month),
            "month",
            label or f"{MONTH_NAMES[month]} {year}",
            qualifier,
            relative,
        )

    def _part_of_month(
        self,
        m: re.Match[str],
        year: int,
        month: int,
        word: str,
        *,
        qualifier: str | None = None,
        relative: bool = False,
    ) -> DateMention:
        """Early (1-10), mid (11-20) or late (21-end) in a month."""
        first, last = PART_OF_MONTH[word]
        end = month_end(year, month)
        stop = end if last >= 28 else date(year, month, last)
        label = (
            f"{word}-{MONTH_NAMES[month]} {year}" if word == "mid" else f"{word} {MONTH_NAMES[month]} {year}"
        )
        return self._mention(
            m, date(year, month, first), stop, "part-of-month", label, qualifier or word, relative
        )
