"""A key date's status as the summit reply words it: no "in 0 days" or "in -1 days" reaches a reader."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from bot.commands import countdown, time_left
from bot.digest.commands import digest_reply
from briefings.model import Briefing, KeyDate, SourceInfo
from briefings.output.digest import build_digest

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


def test_the_digest_coming_up_says_how_far_off_as_the_summit_does() -> None:
    """The digest's "Coming up" notes read like the summit's dates: a span begun "within 4 days", the as-of day
    "today", not "under way" for both."""
    begun = key_date(date(2031, 5, 9), date(2031, 5, 14))
    today = replace(key_date(AS_OF, AS_OF), event="The council votes on the tolls.")
    briefing = Briefing(
        story="Bridge",
        as_of=AS_OF,
        sources=(
            SourceInfo(
                id="01", title="Bridge to reopen", published=date(2031, 5, 9), published_inferred=False
            ),
        ),
        summary=(),
        key_dates=(begun, today),
        open_questions=(),
        people=(),
        disagreements=(),
    )
    now = datetime(2031, 5, 10, 8, 0, tzinfo=UTC)
    reply = digest_reply(build_digest(briefing, since=None, now=now), briefing)
    notes = [item.note for section in reply.sections if section.key == "upcoming" for item in section.items]
    assert sorted(notes) == sorted([time_left(begun, AS_OF), time_left(today, AS_OF)])
    assert sorted(notes) == ["today", "within 4 days"]
