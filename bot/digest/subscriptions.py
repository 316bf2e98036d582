"""Digest subscriptions: what one channel asked for, and the rules its time and timezone must follow."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from briefings.errors import BriefbotError

PLATFORMS = ("console", "slack", "discord")
DIGEST_SECTIONS = ("new", "upcoming", "questions", "summary")
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class SubscriptionError(BriefbotError):
    """A subscription request was refused; the message says what is accepted."""


@dataclass(frozen=True)
class Subscription:
    """One channel's daily digest."""

    platform: str
    channel: str
    time: str  # HH:MM in `timezone`
    timezone: str
    sections: tuple[str, ...] = DIGEST_SECTIONS
    paused: bool = False
    paused_reason: str | None = None
    created_at: datetime | None = None

    @property
    def hour(self) -> int:
        """The hour of the day the digest is due."""
        return int(self.time.split(":")[0])

    @property
    def minute(self) -> int:
        """The minute of the hour the digest is due."""
        return int(self.time.split(":")[1])

    @property
    def zone(self) -> ZoneInfo:
        """The subscription's timezone."""
        return ZoneInfo(self.timezone)


def parse_time(text: str) -> str:
    """ "8:05" -> "08:05"; anything else is refused with the accepted form."""
    match = _TIME.match(text.strip())
    if not match:
        raise SubscriptionError(
            f"“{text}” is not a time of day; use 24-hour HH:MM, for example 08:30 or 17:00."
        )
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def check_timezone(name: str) -> str:
    """An IANA timezone name such as Europe/Budapest; anything else is refused with examples."""
    candidate = name.strip()
    if candidate.upper() == "UTC":
        return "UTC"
    if len(candidate) > MAX_ZONE_NAME or not candidate.isprintable():
        raise SubscriptionError(_unknown_zone(name))
    try:
        if "/" in candidate and not candidate.startswith("/") and ".." not in candidate:
            ZoneInfo(candidate)
            return candidate
    except (ZoneInfoNotFoundError, ValueError, OSError, RecursionError):  # a name the file system refuses
        pass
    lowered = {z.lower(): z for z in available_timezones()}
    if candidate.lower() in lowered:
        return lowered[candidate.lower()]
    raise SubscriptionError(_unknown_zone(name))


MAX_ZONE_NAME = 64  # the longest IANA name has 32 characters; a longer one is refused before the disk is asked


def _unknown_zone(name: str) -> str:
    shown = name if len(name) <= 40 else name[:40] + "…"
    return (
        f"“{shown.encode('unicode_escape').decode() if not shown.isprintable() else shown}” is not a known "
        "timezone; use an IANA name in Area/City form, for example Europe/Budapest, America/New_York or "
        "Asia/Tokyo, or UTC."
    )


def check_platform(name: str) -> str:
    """One of console, slack, discord."""
    if name not in PLATFORMS:
        raise SubscriptionError(f"“{name}” is not a platform; use one of: {', '.join(PLATFORMS)}.")
    return name
