"""Digest delivery, platform-neutral: the Publisher protocol, pacing, the ledger round trip, dead channels.

A digest goes out at most once per channel per day (the day in the channel's timezone): the runner claims
that (platform, channel, day) in the ledger before sending and marks it sent after. A channel that is gone or
forbids the bot has its subscription paused with the reason; every other channel still gets its digest.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from typing import Literal, Protocol

from bot.logsetup import Redactor
from bot.reply import Reply
from bot.store import Store
from bot.subscriptions import Subscription
from briefings.model import Briefing

log = logging.getLogger(__name__)
Status = Literal["sent", "already sent", "skipped", "failed"]
DEFAULT_PACE = {"slack": 1.0, "discord": 1.0, "console": 0.0}  # seconds between two sends on one platform


class ChannelGone(Exception):
    """The channel no longer exists or forbids the bot; its subscription should be paused, not retried."""


class Publisher(Protocol):
    """Anything that can post a reply into a channel of one platform."""

    platform: str

    async def publish(self, channel: str, reply: Reply) -> None:
        """Post `reply` into `channel`; raise ChannelGone when the channel is dead."""


@dataclass(frozen=True)
class Outcome:
    """What happened to one channel's digest."""

    platform: str
    channel: str
    status: Status
    detail: str = ""

    def line(self) -> str:
        """One line for `briefbot digest send`: platform, channel, status and why."""
        return f"{self.platform} {self.channel} {self.status}" + (f": {self.detail}" if self.detail else "")


def due_moment(sub: Subscription, day: date) -> datetime:
    """When `sub` is due on its local `day`: a time skipped by a spring DST change falls an hour later."""
    local = datetime.combine(day, clock_time(sub.hour, sub.minute), tzinfo=sub.zone)
    # Through UTC: a wall time skipped in spring (02:30) comes back as 03:30; a repeated one is its first.
    return local.astimezone(UTC).astimezone(sub.zone)


def due_state(sub: Subscription, now: datetime, grace: timedelta) -> tuple[str, date, datetime]:
    """("due" | "not yet" | "missed", the channel's local day, today's due moment) at `now`."""
    day = now.astimezone(sub.zone).date()
    due = due_moment(sub, day)
    # Compare instants in UTC: Python compares two times of one zone by wall clock, ignoring DST's fold.
    late = now.astimezone(UTC) - due.astimezone(UTC)
    if late < timedelta(0):
        return "not yet", day, due
    if late > grace:
        return "missed", day, due
    return "due", day, due


class Pacer:
    """Keeps a minimum interval between two sends on one platform, so a burst never meets a rate limit."""

    def __init__(self, intervals: Mapping[str, float] | None = None) -> None:
        self.intervals = dict(DEFAULT_PACE if intervals is None else intervals)
        self._last: dict[str, float] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def wait(self, platform: str) -> None:
        """Sleep until this platform may send again, then record the send."""
        lock = self._locks.setdefault(platform, asyncio.Lock())
        async with lock:
            gap = self.intervals.get(platform, 1.0) - (time.monotonic() - self._last.get(platform, -1e9))
            if gap > 0:
                await asyncio.sleep(gap)
            self._last[platform] = time.monotonic()


class DigestRunner:
    """Sends digests through the ledger: claim, build, pace, publish, mark; dead channels paused."""

    def __init__(
        self,
        store: Store,
        publishers: Mapping[str, Publisher],
        briefing: Callable[[], Briefing],
        *,
        owner: str,
        render: Callable[[Briefing, datetime | None, datetime, tuple[str, ...]], Reply],
        grace: timedelta = timedelta(hours=6),
        lease: timedelta = timedelta(minutes=10),
        pacer: Pacer | None = None,
        redact: Callable[[str], str] | None = None,
    ) -> None:
        self.store = store
        self.publishers = publishers
        self.briefing = briefing
        self.owner = owner
        self.render = render
        self.grace = grace
        self.lease = lease
        self.pacer = pacer or Pacer()
        self.redact = redact or Redactor()  # what is printed and stored never carries a token

    async def deliver(self, sub: Subscription, *, day: date, now: datetime) -> Outcome:
        """Send `sub`'s digest for its local `day`, unless the ledger says it is sent or being sent."""
        platform, channel = sub.platform, sub.channel
        publisher = self.publishers.get(platform)
        if publisher is None:
            return Outcome(platform, channel, "skipped", f"no {platform} adapter is configured")
        if not await asyncio.to_thread(
            self.store.claim, platform, channel, day, owner=self.owner, now=now, lease=self.lease
        ):
            row = await asyncio.to_thread(self.store.delivery, platform, channel, day)
            if row is not None and row.status == "sent":
                return Outcome(platform, channel, "already sent", f"for {day.isoformat()}")
            return Outcome(platform, channel, "skipped", "another process is sending it")
        try:
            since = await asyncio.to_thread(self.store.last_sent, platform, channel)
            reply = self.render(self.briefing(), since, now, sub.sections)
            await self.pacer.wait(platform)
            await publisher.publish(channel, reply)
        except ChannelGone as exc:
            reason = self.redact(str(exc))
            await asyncio.to_thread(
                self.store.mark_failed, platform, channel, day, owner=self.owner, error=reason
            )
            await asyncio.to_thread(self.store.set_paused, platform, channel, True, now=now, reason=reason)
            log.warning("digest for %s %s not sent, subscription paused: %s", platform, channel, reason)
            return Outcome(platform, channel, "failed", f"{reason} (subscription paused)")
        except Exception as exc:  # one broken channel never stops the others
            detail = self.redact(f"{type(exc).__name__}: {exc}")
            await asyncio.to_thread(
                self.store.mark_failed, platform, channel, day, owner=self.owner, error=detail
            )
            log.exception("digest for %s %s failed", platform, channel)
            return Outcome(platform, channel, "failed", detail)
        await asyncio.to_thread(self.store.mark_sent, platform, channel, day, owner=self.owner, now=now)
        return Outcome(platform, channel, "sent", f"for {day.isoformat()}")

    async def run_one(self, platform: str, channel: str, *, now: datetime) -> Outcome:
        """A scheduled run for one channel: read its subscription fresh and send if it is due now."""
        sub = await asyncio.to_thread(self.store.get, platform, channel)
        if sub is None:
            return Outcome(platform, channel, "skipped", "no subscription")
        return await self._maybe(sub, now)

    async def run_due(self, *, now: datetime) -> list[Outcome]:
        """Every subscription at `now`: send what is due (today, within the grace), report the rest."""
        subs = await asyncio.to_thread(self.store.list)
        return [await self._maybe(sub, now) for sub in subs]

    async def _maybe(self, sub: Subscription, now: datetime) -> Outcome:
        if sub.paused:
            return Outcome(
                sub.platform, sub.channel, "skipped", f"paused ({sub.paused_reason or 'by a member'})"
            )
        state, day, due = due_state(sub, now, self.grace)
        when = f"{due:%H:%M} {sub.timezone}"
        if state == "not yet":
            return Outcome(sub.platform, sub.channel, "skipped", f"not due until {when}")
        if state == "missed":
            row = await asyncio.to_thread(self.store.delivery, sub.platform, sub.channel, day)
            if row is not None and row.status == "sent":
                return Outcome(sub.platform, sub.channel, "already sent", f"for {day.isoformat()}")
            hours = self.grace.total_seconds() / 3600
            return Outcome(
                sub.platform,
                sub.channel,
                "skipped",
                f"today's {when} digest is more than {hours:g}h late; next one tomorrow",
            )
        return await self.deliver(sub, day=day, now=now)
