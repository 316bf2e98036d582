"""Subscriptions and the delivery ledger, in SQLAlchemy (SQLite by default, PostgreSQL by URL)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    delete,
    event,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine, RowMapping, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError
from sqlalchemy.sql.elements import ColumnElement

from bot.subscriptions import DIGEST_SECTIONS, Subscription
from briefings.errors import BriefbotError

metadata = MetaData()

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("platform", String(16), primary_key=True),
    Column("channel", String(128), primary_key=True),
    Column("time", String(5), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("sections", String(200), nullable=False),
    Column("paused", Boolean, nullable=False, default=False),
    Column("paused_reason", String(500)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)


deliveries = Table(
    "deliveries",
    metadata,
    Column("platform", String(16), primary_key=True),
    Column("channel", String(128), primary_key=True),
    Column("digest_day", Date, primary_key=True),  # the day in the channel's own timezone
    Column("status", String(10), nullable=False),  # claimed | sent | failed
    Column("owner", String(64), nullable=False),
    Column("attempts", Integer, nullable=False, default=1),
    Column("claimed_at", DateTime(timezone=True), nullable=False),
    Column("lease_until", DateTime(timezone=True), nullable=False),
    Column("sent_at", DateTime(timezone=True)),
    Column("error", String(500)),
)


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


class StoreError(BriefbotError):
    """The database cannot be opened; the message names it (password hidden) and why."""


def safe_url(url: str) -> str:
    """A database URL fit for messages and logs: the password replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


def database_url(data_dir: Path, url: str | None) -> str:
    """The configured URL, or a SQLite file in the data folder (created if missing)."""
    if url:
        return url
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{(data_dir / 'briefbot.db').resolve()}"


def _utc(value: datetime | None) -> datetime | None:
    """SQLite returns naive datetimes; every time we store is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _as_utc(moment: datetime) -> datetime:
    """Every time goes into the database as UTC (SQLite keeps no offset), so comparisons hold."""
    if moment.tzinfo is None:
        raise ValueError("times given to the store must be timezone-aware")
    return moment.astimezone(UTC)


def _row(row: RowMapping) -> Subscription:
    return Subscription(
        platform=row["platform"],
        channel=row["channel"],
        time=row["time"],
        timezone=row["timezone"],
        sections=tuple(s for s in row["sections"].split(",") if s),
        paused=bool(row["paused"]),
        paused_reason=row["paused_reason"],
        created_at=_utc(row["created_at"]),
    )


class Store:
    """The one place subscriptions (and the delivery ledger) are read and written."""

    def __init__(self, url: str) -> None:
        shown = safe_url(url)
        try:
            self.engine: Engine = create_engine(url, future=True, pool_pre_ping=True)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            self._create_tables()
        except (ArgumentError, NoSuchModuleError) as exc:
            raise StoreError(
                f"the database URL {shown} is not usable: {exc}; expected e.g. "
                "sqlite:///data/briefbot.db or postgresql+psycopg://user:pass@host/db"
            ) from exc
        except DBAPIError as exc:
            reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
            raise StoreError(f"cannot open the database at {shown}: {reason}") from exc

    def _create_tables(self, attempts: int = 10) -> None:
        """Create missing tables; if another process creates one between our check and our CREATE, look again."""
        for attempt in range(attempts):
            try:
                metadata.create_all(self.engine)
                return
            except DBAPIError:
                if attempt == attempts - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    def get(self, platform: str, channel: str) -> Subscription | None:
        """One channel's subscription, if any."""
        with self._tx() as conn:
            row = (
                conn.execute(
                    select(subscriptions).where(
                        subscriptions.c.platform == platform, subscriptions.c.channel == channel
                    )
                )
                .mappings()
                .first()
            )
        return _row(row) if row else None

    def list(self) -> list[Subscription]:
        """Every subscription, by platform then channel."""
        with self._tx() as conn:
            rows = conn.execute(
                select(subscriptions).order_by(subscriptions.c.platform, subscriptions.c.channel)
            )
            return [_row(r) for r in rows.mappings()]

    def subscribe(
        self,
        platform: str,
        channel: str,
        *,
        time: str,
        timezone: str,
        now: datetime,
        sections: tuple[str, ...] = DIGEST_SECTIONS,
    ) -> Subscription:
        """Create or change a channel's subscription; changing it also resumes a paused one."""
        now = _as_utc(now)
        values = {
            "time": time,
            "timezone": timezone,
            "sections": ",".join(sections),
            "paused": False,
            "paused_reason": None,
            "updated_at": now,
        }
        with self._tx() as conn:
            changed = conn.execute(
                update(subscriptions)
                .where(subscriptions.c.platform == platform, subscriptions.c.channel == channel)
                .values(**values)
            )
            if changed.rowcount == 0:
                conn.execute(
                    insert(subscriptions).values(platform=platform, channel=channel, created_at=now, **values)
                )
        found = self.get(platform, channel)
        assert found is not None
        return found

    def unsubscribe(self, platform: str, channel: str) -> bool:
        """Remove a channel's subscription; False when there was none."""
        with self._tx() as conn:
            gone = conn.execute(
                delete(subscriptions).where(
                    subscriptions.c.platform == platform, subscriptions.c.channel == channel
                )
            )
        return gone.rowcount > 0

    def set_paused(
        self, platform: str, channel: str, paused: bool, *, now: datetime, reason: str | None = None
    ) -> bool:
        """Pause (with a reason) or resume a subscription; False when there is none."""
        now = _as_utc(now)
        with self._tx() as conn:
            changed = conn.execute(
                update(subscriptions)
                .where(subscriptions.c.platform == platform, subscriptions.c.channel == channel)
                .values(paused=paused, paused_reason=reason if paused else None, updated_at=now)
            )
        return changed.rowcount > 0

    # --- the delivery ledger -------------------------------------------------------------------------------

    def claim(
        self, platform: str, channel: str, day: date, *, owner: str, now: datetime, lease: timedelta
    ) -> bool:
        """Take the right to send this channel's digest for `day`; False if it is sent or held by a live claim.

        The primary key makes the first claim win, even between processes; a claim whose lease has run out
        (its holder crashed) or a failed attempt can be taken over, by one claimant only.
        """
        now = _as_utc(now)
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
            return True
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
        return taken.rowcount == 1

    def mark_sent(self, platform: str, channel: str, day: date, *, owner: str, now: datetime) -> bool:
        """Record the digest as sent; False if this owner no longer holds the claim."""
        now = _as_utc(now)
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
            _utc(row["lease_until"]) or row["lease_until"],
            _utc(row["sent_at"]),
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
        return _utc(rows[0]) if rows else None

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    """WAL and a busy timeout, so two bot processes can share one SQLite file."""
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
