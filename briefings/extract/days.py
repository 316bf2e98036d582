"""Calendar arithmetic for the date finder: month ends, weeks, shifted months, the nearest year of a day, and
the range of years a news story can name."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from briefings.extract.date_patterns import MONTHS, NUMBER_WORDS


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def month_of(token: str) -> int:
    """The month number of a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[token.lower().rstrip(".")]


def number(token: str) -> int | None:
    """A small number written in digits or words ("three" -> 3), or None."""
    token = token.lower()
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


def nearest_year(month: int, day: int, reference: date) -> int:
    """The year (reference year or one either side) that puts month/day closest to the reference day."""
    best = reference.year
    best_gap: int | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            gap = abs((date(year, month, day) - reference).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def week_of(d: date) -> tuple[date, date]:
    """The Monday and Sunday of a day's week."""
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def shift_month(d: date, months: int) -> tuple[int, int]:
    """(year, month) some months after (or before) a day's month."""
    index = d.year * 12 + (d.month - 1) + months
    return index // 12, index % 12 + 1


EARLIEST, LATEST = (
    date(1000, 1, 1),
    date(2999, 12, 31),
)  # the dates a news story can name; the rest are dropped


def plausible(day: date) -> bool:
    """A day a news story can name (years 1000 to 2999): far enough from date.min and date.max that adding
    months or a background window never overflows."""
    return EARLIEST <= day <= LATEST
