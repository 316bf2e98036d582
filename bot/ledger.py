"""The delivery ledger: at most one digest per channel per local day, across processes and crashes.

A run claims (platform, channel, day) before sending and marks it sent after; a claim whose holder crashed is
taken over once its lease runs out. Before posting, the run records the post under way with a marker, so the
run that takes over can look for the message in the channel instead of posting it twice.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.elements import ColumnElement

from bot.tables import deliveries, posts, seen_requests


@dataclass(frozen=True)
class Delivery:
    """One row of the ledger: a channel's digest for one of its days."""

    platform: str
    channel: str
    digest_day: date
    status: str
    owner: str
    attempts: int
    lease_until: datetime
    sent_at: datetime | None
    error: str | None


def _day_key(platform: str, channel: str, day: date) -> tuple[ColumnElement[bool], ...]:
    """The WHERE clause of one ledger row."""
    return (
        deliveries.c.platform == platform,
        deliveries.c.channel == channel,
        deliveries.c.digest_day == day,
    )


@dataclass(frozen=True)
class Claim:
    """The right to send one channel-day's digest; `earlier_post` is set when a taken-over attempt had one."""

    taken_over: bool
    earlier_post: Post | None


@dataclass(frozen=True)
class Post:
    """A digest post that was under way: what identifies it in the channel, and when it started."""

    marker: str
    owner: str
    started_at: datetime
    message_ref: str | None


def utc_from_store(value: datetime | None) -> datetime | None:
    """SQLite returns naive datetimes; every time we store is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def utc_for_store(moment: datetime) -> datetime:
    """Every time goes into the database as UTC (SQLite keeps no offset), so comparisons hold."""
    if moment.tzinfo is None:
        raise ValueError("times given to the store must be timezone-aware")
    return moment.astimezone(UTC)


class Ledger:
    """The ledger's reads and writes; mixed into Store, which owns the engine and transactions."""

    def _tx(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def claim(
        self, platform: str, channel: str, day: date, *, owner: str, now: datetime, lease: timedelta
    ) -> Claim | None:
        """Take the right to send this channel's digest for `day`; None if it is sent or held by a live claim.

        The primary key makes the first claim win, even between processes; a claim whose lease has run out
        (its holder crashed) or a failed attempt can be taken over, by one claimant only, and then carries the
        post that earlier attempt had under way, if any.
        """
        now = utc_for_store(now)
        row = {
            "platform": platform,
            "channel": channel,
            "digest_day": day,
            "status": "claimed",
            "owner": owner,
            "attempts": 1,
            "claimed_at": now,
            "lease_until": now + lease,
        }
        try:
            with self._tx() as conn:
                conn.execute(insert(deliveries).values(**row))
            return Claim(taken_over=False, earlier_post=None)
        except IntegrityError:
            pass
        key = _day_key(platform, channel, day)
        with self._tx() as conn:
            taken = conn.execute(
                update(deliveries)
                .where(*key, deliveries.c.status != "sent")
                .where((deliveries.c.status == "failed") | (deliveries.c.lease_until < now))
                .values(
                    status="claimed",
                    owner=owner,
                    claimed_at=now,
                    lease_until=now + lease,
                    error=None,
                    attempts=deliveries.c.attempts + 1,
                )
            )
        if taken.rowcount != 1:
            return None
        return Claim(taken_over=True, earlier_post=self.post(platform, channel, day))

    def start_post(
        self, platform: str, channel: str, day: date, *, owner: str, marker: str, now: datetime
    ) -> None:
        """Record, before posting, that this owner is posting the digest marked `marker`."""
        values = {"marker": marker, "owner": owner, "started_at": utc_for_store(now), "message_ref": None}
        key = (posts.c.platform == platform, posts.c.channel == channel, posts.c.digest_day == day)
        with self._tx() as conn:
            if conn.execute(update(posts).where(*key).values(**values)).rowcount == 0:
                conn.execute(
                    insert(posts).values(platform=platform, channel=channel, digest_day=day, **values)
                )

    def record_post(self, platform: str, channel: str, day: date, message_ref: str) -> None:
        """Keep the platform's id of the posted message (a Slack ts, a Discord message id)."""
        key = (posts.c.platform == platform, posts.c.channel == channel, posts.c.digest_day == day)
        with self._tx() as conn:
            conn.execute(update(posts).where(*key).values(message_ref=message_ref[:200]))

    def post(self, platform: str, channel: str, day: date) -> Post | None:
        """The post recorded for one channel-day, if an attempt got that far."""
        key = (posts.c.platform == platform, posts.c.channel == channel, posts.c.digest_day == day)
        with self._tx() as conn:
            row = conn.execute(select(posts).where(*key)).mappings().first()
        if row is None:
            return None
        started = utc_from_store(row["started_at"]) or row["started_at"]
        return Post(row["marker"], row["owner"], started, row["message_ref"])

    def first_seen(self, signature: str, *, now: datetime, window: timedelta) -> bool:
        """Record a signed request's signature; False if it was already seen within `window` (a replay)."""
        now = utc_for_store(now)
        with self._tx() as conn:
            conn.execute(delete(seen_requests).where(seen_requests.c.seen_at < now - window))
        try:
            with self._tx() as conn:
                conn.execute(insert(seen_requests).values(signature=signature[:80], seen_at=now))
        except IntegrityError:
            return False
        return True

    def mark_sent(self, platform: str, channel: str, day: date, *, owner: str, now: datetime) -> bool:
        """Record the digest as sent; False if this owner no longer holds the claim."""
        now = utc_for_store(now)
        with self._tx() as conn:
            done = conn.execute(
                update(deliveries)
                .where(
                    *_day_key(platform, channel, day),
                    deliveries.c.owner == owner,
                    deliveries.c.status == "claimed",
                )
                .values(status="sent", sent_at=now)
            )
        return done.rowcount == 1

    def mark_failed(self, platform: str, channel: str, day: date, *, owner: str, error: str) -> None:
        """Record a failed attempt; a later run the same day may claim it again."""
        with self._tx() as conn:
            conn.execute(
                update(deliveries)
                .where(
                    *_day_key(platform, channel, day),
                    deliveries.c.owner == owner,
                )
                .values(status="failed", error=error[:500])
            )

    def delivery(self, platform: str, channel: str, day: date) -> Delivery | None:
        """The ledger row for one channel-day, if any."""
        with self._tx() as conn:
            row = (
                conn.execute(
                    select(deliveries).where(
                        *_day_key(platform, channel, day),
                    )
                )
                .mappings()
                .first()
            )
        if row is None:
            return None
        return Delivery(
            row["platform"],
            row["channel"],
            row["digest_day"],
            row["status"],
            row["owner"],
            row["attempts"],
            utc_from_store(row["lease_until"]) or row["lease_until"],
            utc_from_store(row["sent_at"]),
            row["error"],
        )

    def last_sent(self, platform: str, channel: str) -> datetime | None:
        """When this channel's last digest went out, if ever."""
        with self._tx() as conn:
            rows = (
                conn.execute(
                    select(deliveries.c.sent_at)
                    .where(
                        deliveries.c.platform == platform,
                        deliveries.c.channel == channel,
                        deliveries.c.status == "sent",
                    )
                    .order_by(deliveries.c.sent_at.desc())
                    .limit(1)
                )
                .scalars()
                .all()
            )
        return utc_from_store(rows[0]) if rows else None
