"""Subscriptions and the delivery ledger, in SQLAlchemy (SQLite by default, PostgreSQL by URL)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, delete, event, insert, select, update
from sqlalchemy.engine import Connection, Engine, RowMapping, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from bot.digest.subscriptions import DIGEST_SECTIONS, Subscription
from bot.ledger import Delivery, Ledger, Post, utc_for_store, utc_from_store
from bot.tables import alerts, metadata, subscriptions
from briefings.errors import BriefbotError

__all__ = ["AlertSubscription", "Delivery", "Post", "Store", "StoreError", "database_url", "safe_url"]


@dataclass(frozen=True)
class AlertSubscription:
    """A channel that asked for an alert when a new source arrives, and what about."""

    platform: str
    channel: str
    filter: str | None
    last_alert_at: datetime | None


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
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise StoreError(f"the data folder {data_dir} cannot be used: {reason} (set --data DIR)") from exc
    database = data_dir / "briefbot.db"
    if database.exists() and not database.is_file():
        raise StoreError(f"{database} is not a database file (set --data DIR)")
    return f"sqlite:///{database.resolve()}"


def _row(row: RowMapping) -> Subscription:
    return Subscription(
        platform=row["platform"],
        channel=row["channel"],
        time=row["time"],
        timezone=row["timezone"],
        sections=tuple(s for s in row["sections"].split(",") if s),
        paused=bool(row["paused"]),
        paused_reason=row["paused_reason"],
        created_at=utc_from_store(row["created_at"]),
    )


class Store(Ledger):
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
        sections: tuple[str, ...] | None = None,
    ) -> Subscription:
        """Create or change a channel's subscription. A change keeps the sections unless new ones are given,
        and resumes a paused digest (asking for it again is asking for it to run)."""
        now = utc_for_store(now)
        values: dict[str, object] = {
            "time": time,
            "timezone": timezone,
            "paused": False,
            "paused_reason": None,
            "updated_at": now,
        }
        if sections is not None:
            values["sections"] = ",".join(sections)
        with self._tx() as conn:
            changed = conn.execute(
                update(subscriptions)
                .where(subscriptions.c.platform == platform, subscriptions.c.channel == channel)
                .values(**values)
            )
            if changed.rowcount == 0:
                values.setdefault("sections", ",".join(DIGEST_SECTIONS))
                conn.execute(
                    insert(subscriptions).values(platform=platform, channel=channel, created_at=now, **values)
                )
        found = self.get(platform, channel)
        if found is None:
            raise StoreError(f"the subscription of {platform} {channel} vanished while it was written")
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
        now = utc_for_store(now)
        with self._tx() as conn:
            changed = conn.execute(
                update(subscriptions)
                .where(subscriptions.c.platform == platform, subscriptions.c.channel == channel)
                .values(paused=paused, paused_reason=reason if paused else None, updated_at=now)
            )
        return changed.rowcount > 0

    # --- alerts -------------------------------------------------------------------------------------------

    def set_alerts(
        self, platform: str, channel: str, on: bool, *, now: datetime, filter: str | None = None
    ) -> None:
        """Turn a channel's new-source alerts on (with an optional keyword or person) or off."""
        key = (alerts.c.platform == platform, alerts.c.channel == channel)
        with self._tx() as conn:
            conn.execute(delete(alerts).where(*key))
            if on:
                conn.execute(
                    insert(alerts).values(
                        platform=platform, channel=channel, filter=filter or None, created_at=utc_for_store(now)
                    )
                )

    def alert_subscriptions(self) -> tuple[AlertSubscription, ...]:
        """Every channel with alerts on."""
        with self._tx() as conn:
            rows = conn.execute(select(alerts).order_by(alerts.c.platform, alerts.c.channel)).mappings().all()
        return tuple(
            AlertSubscription(r["platform"], r["channel"], r["filter"], utc_from_store(r["last_alert_at"]))
            for r in rows
        )

    def alerted(self, platform: str, channel: str, *, now: datetime) -> None:
        """Record that an alert went out to a channel now (the rate limit counts from here)."""
        with self._tx() as conn:
            conn.execute(
                update(alerts)
                .where(alerts.c.platform == platform, alerts.c.channel == channel)
                .values(last_alert_at=utc_for_store(now))
            )

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    """WAL and a busy timeout, so two bot processes can share one SQLite file."""
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
