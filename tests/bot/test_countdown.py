"""A key date's status as the summit reply words it: no "in 0 days" or "in -1 days" reaches a reader."""

from __future__ import annotations

from datetime import date

from bot.commands import countdown
from briefings.model import KeyDate

AS_OF = date(2031, 5, 10)


def key_date(start: date, end: date, status: str = "upcoming") -> KeyDate:
    return KeyDate(
        date=start.isoformat(),
        precision="day" if start == end else "week",
        label="",
        event="The bridge reopens.",
        sources=("01",),
        start=start,
        end=end,
        status=status,  # type: ignore[arg-type]
    )


def test_days_ahead_today_and_tomorrow() -> None:
    """Five days ahead, the as-of day itself and the day after, each in a reader's words."""
    assert countdown(key_date(date(2031, 5, 15), date(2031, 5, 15)), AS_OF) == "upcoming, in 5 days"
    assert countdown(key_date(AS_OF, AS_OF), AS_OF) == "upcoming, today"
    assert countdown(key_date(date(2031, 5, 11), date(2031, 5, 11)), AS_OF) == "upcoming, tomorrow"


def test_a_span_already_begun_counts_to_its_end() -> None:
    """ "by May 14" read from an article of May 9 starts before the as-of day: it ends in 4 days, not "in -1 days";
    a past date keeps its status."""
    assert countdown(key_date(date(2031, 5, 9), date(2031, 5, 14)), AS_OF) == "upcoming, within 4 days"
    assert countdown(key_date(date(2031, 5, 9), date(2031, 5, 11)), AS_OF) == "upcoming, within 1 day"
    assert countdown(key_date(date(2031, 5, 1), date(2031, 5, 1), "past"), AS_OF) == "past"
