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
from datetime import date, datetime, timedelta
from typing import Literal, Protocol

from bot.digest.schedule import due_at, due_state
from bot.digest.subscriptions import Subscription
from bot.logsetup import Redactor
from bot.reply import Reply
from bot.store import Post, Store
from briefings.model import Briefing

log = logging.getLogger(__name__)
Status = Literal["sent", "already sent", "skipped", "failed"]
MAX_ATTEMPTS = 3  # sends of one channel-day's digest that failed before the runner stops retrying it
SEARCH_MARGIN = timedelta(minutes=5)  # clock skew allowed when searching a channel for an earlier post
DEFAULT_PACE = {"slack": 1.0, "discord": 1.0, "console": 0.0}  # seconds between two sends on one platform


class ChannelGone(Exception):
    """The channel no longer exists or forbids the bot; its subscription should be paused, not retried."""


class Publisher(Protocol):
    """Anything that can post a reply into a channel of one platform."""

    platform: str

    async def publish(self, channel: str, reply: Reply, *, marker: str) -> str | None:
        """Post `reply` into `channel`, identifiable by `marker`; return the platform's message id, if any.

        Raise ChannelGone when the channel is dead.
        """

    async def find(self, channel: str, reply: Reply, *, marker: str, since: datetime) -> str | None:
        """The id of a message this bot posted in `channel` since `since` carrying `marker`, or None."""


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


def digest_marker(platform: str, channel: str, day: date) -> str:
    """What identifies one channel-day's digest post in the channel (the ledger key)."""
    return f"briefbot-digest:{platform}:{channel}:{day.isoformat()}"


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
        claim = await asyncio.to_thread(
            self.store.claim, platform, channel, day, owner=self.owner, now=now, lease=self.lease
        )
        if claim is None:
            row = await asyncio.to_thread(self.store.delivery, platform, channel, day)
            if row is not None and row.status == "sent":
                return Outcome(platform, channel, "already sent", f"for {day.isoformat()}")
            return Outcome(platform, channel, "skipped", "another process is sending it")
        try:
            since = await asyncio.to_thread(self.store.last_sent, platform, channel)
            # the digest of the channel's own day: its heading and countdowns in its timezone
            reply = self.render(self.briefing(), since, now.astimezone(sub.zone), sub.sections)
            if claim.earlier_post is not None and await self._already_posted(
                publisher, sub, day, reply, claim.earlier_post
            ):
                await asyncio.to_thread(
                    self.store.mark_sent, platform, channel, day, owner=self.owner, now=now
                )
                return Outcome(platform, channel, "sent", f"for {day.isoformat()} (by an interrupted run)")
            marker = digest_marker(platform, channel, day)
            await asyncio.to_thread(
                self.store.start_post, platform, channel, day, owner=self.owner, marker=marker, now=now
            )
            await self.pacer.wait(platform)
            ref = await publisher.publish(channel, reply, marker=marker)
            if ref:
                await asyncio.to_thread(self.store.record_post, platform, channel, day, ref)
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
            log.warning("digest for %s %s failed: %s", platform, channel, detail)
            log.debug("digest for %s %s failed", platform, channel, exc_info=True)
            return Outcome(platform, channel, "failed", detail)
        await asyncio.to_thread(self.store.mark_sent, platform, channel, day, owner=self.owner, now=now)
        return Outcome(platform, channel, "sent", f"for {day.isoformat()}")

    async def _already_posted(
        self, publisher: Publisher, sub: Subscription, day: date, reply: Reply, post: Post
    ) -> bool:
        """Whether an interrupted attempt's post reached the channel (so it must not be posted again).

        When the channel cannot be searched (a missing permission, a network error) the digest is posted:
        a rare duplicate is better than a day without one; the warning names why.
        """
        try:
            found = await publisher.find(
                sub.channel, reply, marker=post.marker, since=post.started_at - SEARCH_MARGIN
            )
        except Exception as exc:
            log.warning(
                "cannot search %s %s for an interrupted digest post, posting it: %s",
                sub.platform,
                sub.channel,
                self.redact(f"{type(exc).__name__}: {exc}"),
            )
            return False
        if found:
            await asyncio.to_thread(self.store.record_post, sub.platform, sub.channel, day, found)
            log.warning(
                "digest for %s %s was posted by an interrupted run (%s)", sub.platform, sub.channel, found
            )
        return found is not None

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

    async def run_unfinished(self, *, now: datetime) -> list[Outcome]:
        """Retry today's digests an earlier attempt left unfinished and that are still within the grace:
        a claim whose holder died (its lease ran out) or a failed send (at most MAX_ATTEMPTS, a lease apart).
        Channels with no attempt today are left to their schedule."""
        outcomes = []
        for sub in await asyncio.to_thread(self.store.list):
            state, day, _due = due_state(sub, now, self.grace)
            if sub.paused or state != "due":
                continue
            row = await asyncio.to_thread(self.store.delivery, sub.platform, sub.channel, day)
            if row is None or row.status == "sent" or row.lease_until > now:
                continue
            if row.status == "failed" and row.attempts >= MAX_ATTEMPTS:
                continue
            outcomes.append(await self.deliver(sub, day=day, now=now))
        return outcomes

    async def _maybe(self, sub: Subscription, now: datetime) -> Outcome:
        if sub.paused:
            return Outcome(
                sub.platform, sub.channel, "skipped", f"paused ({sub.paused_reason or 'by a member'})"
            )
        state, day, due = due_state(sub, now, self.grace)
        when = f"{due:%H:%M} {sub.timezone}"
        if state == "not yet":
            return Outcome(sub.platform, sub.channel, "skipped", f"not due until {when}")
        created = sub.created_at
        if created is not None and created > due and created.astimezone(sub.zone).date() == day:
            # subscribed after today's time: catching up applies only to slots after the subscription existed
            tomorrow = due_at(sub, day + timedelta(days=1))
            return Outcome(
                sub.platform, sub.channel, "skipped", f"first digest {tomorrow:%Y-%m-%d %H:%M} {sub.timezone}"
            )
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
