"""When a subscription's digest is due: the one rule `/digest status`, the CLI and the runner all use.

APScheduler only wakes the runner at these moments; whether a digest goes out is decided here and in the ledger.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time

from bot.digest.subscriptions import Subscription


def due_at(sub: Subscription, day: date) -> datetime:
    """When `sub` is due on its local `day`: a time skipped by a spring DST change falls an hour later."""
    local = datetime.combine(day, clock_time(sub.hour, sub.minute), tzinfo=sub.zone)
    # Through UTC: a wall time skipped in spring (02:30) comes back as 03:30; a repeated one is its first.
    return local.astimezone(UTC).astimezone(sub.zone)


def due_state(sub: Subscription, now: datetime, grace: timedelta) -> tuple[str, date, datetime]:
    """("due" | "not yet" | "missed", the channel's local day, today's due moment) at `now`."""
    day = now.astimezone(sub.zone).date()
    due = due_at(sub, day)
    # Compare instants in UTC: Python compares two times of one zone by wall clock, ignoring DST's fold.
    late = now.astimezone(UTC) - due.astimezone(UTC)
    if late < timedelta(0):
        return "not yet", day, due
    if late > grace:
        return "missed", day, due
    return "due", day, due


def next_delivery(sub: Subscription, now: datetime) -> datetime | None:
    """When the subscription's digest is next due, in its own timezone (None while paused)."""
    if sub.paused:
        return None
    day = now.astimezone(sub.zone).date()
    due = due_at(sub, day)
    if due.astimezone(UTC) <= now.astimezone(UTC):
        due = due_at(sub, day + timedelta(days=1))
    return due
