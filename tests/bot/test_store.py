"""The store's subscriptions and delivery ledger, on SQLite and (when CI provides it) a real PostgreSQL."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.store import Store

NOW = datetime(2025, 10, 20, 6, 0, tzinfo=UTC)
DAY = date(2025, 10, 20)
LEASE = timedelta(minutes=10)


def backends() -> list[str]:
    """SQLite always; PostgreSQL too when BRIEFBOT_TEST_DATABASE_URL is set (CI sets it)."""
    found = ["sqlite"]
    if os.environ.get("BRIEFBOT_TEST_DATABASE_URL"):
        found.append("postgresql")
    return found


@pytest.fixture(params=backends())
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh store: a SQLite file, or a private schema in the test PostgreSQL database."""
    if request.param == "sqlite":
        s = Store(f"sqlite:///{tmp_path / 'ledger.db'}")
        yield s
        s.close()
        return
    base = os.environ["BRIEFBOT_TEST_DATABASE_URL"]
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = Store(base)
    with admin.engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    admin.close()
    joiner = "&" if "?" in base else "?"
    s = Store(f"{base}{joiner}options=-csearch_path%3D{schema}")
    assert s.engine.dialect.name == "postgresql"
    yield s
    s.close()
    admin = Store(base)
    with admin.engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.close()


def test_first_claim_wins_and_a_sent_digest_is_never_claimed_again(store: Store) -> None:
    """One claim per channel-day; after sending, nobody can claim it, however late."""
    assert store.claim("slack", "C1", DAY, owner="a", now=NOW, lease=LEASE)
    assert not store.claim("slack", "C1", DAY, owner="b", now=NOW, lease=LEASE)
    assert store.mark_sent("slack", "C1", DAY, owner="a", now=NOW)
    assert not store.claim("slack", "C1", DAY, owner="b", now=NOW + timedelta(days=1), lease=LEASE)
    assert store.last_sent("slack", "C1") == NOW
    assert store.claim("slack", "C1", DAY + timedelta(days=1), owner="b", now=NOW, lease=LEASE)


def test_a_crashed_claim_is_taken_over_only_after_its_lease(store: Store) -> None:
    """A claim left by a crashed process blocks others until its lease runs out, then one may retry."""
    assert store.claim("discord", "9", DAY, owner="crashed", now=NOW, lease=LEASE)
    assert not store.claim("discord", "9", DAY, owner="b", now=NOW + timedelta(minutes=9), lease=LEASE)
    assert store.claim("discord", "9", DAY, owner="b", now=NOW + timedelta(minutes=11), lease=LEASE)
    assert not store.claim("discord", "9", DAY, owner="c", now=NOW + timedelta(minutes=12), lease=LEASE)
    assert not store.mark_sent("discord", "9", DAY, owner="crashed", now=NOW)  # the old holder lost it
    row = store.delivery("discord", "9", DAY)
    assert row is not None and row.owner == "b" and row.attempts == 2


def test_a_failed_attempt_may_be_retried(store: Store) -> None:
    """After a failure the same day can be claimed again (by one claimant)."""
    assert store.claim("slack", "C2", DAY, owner="a", now=NOW, lease=LEASE)
    store.mark_failed("slack", "C2", DAY, owner="a", error="timeout")
    row = store.delivery("slack", "C2", DAY)
    assert row is not None and (row.status, row.error) == ("failed", "timeout")
    assert store.claim("slack", "C2", DAY, owner="b", now=NOW + timedelta(minutes=1), lease=LEASE)
    assert not store.claim("slack", "C2", DAY, owner="c", now=NOW + timedelta(minutes=1), lease=LEASE)


def test_concurrent_claimants_get_exactly_one_win(store: Store) -> None:
    """Eight threads race for one channel-day, and for one expired claim: one winner each time."""

    def race(now: datetime) -> int:
        wins: list[bool] = []
        barrier = threading.Barrier(8)

        def attempt(i: int) -> None:
            barrier.wait()
            wins.append(store.claim("slack", "CR", DAY, owner=f"w{i}", now=now, lease=LEASE) is not None)

        threads = [threading.Thread(target=attempt, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return sum(wins)

    assert race(NOW) == 1
    assert race(NOW + timedelta(hours=1)) == 1  # the lease ran out: again exactly one takes it over


def test_subscriptions_round_trip_with_pause_reasons(store: Store) -> None:
    """Subscribe, change, pause with a reason, resume, list and remove."""
    store.subscribe("slack", "C1", time="08:00", timezone="Europe/Budapest", now=NOW)
    store.subscribe("discord", "9", time="07:30", timezone="UTC", now=NOW, sections=("upcoming", "summary"))
    store.set_paused("slack", "C1", True, now=NOW, reason="Slack says channel_not_found")
    subs = {(s.platform, s.channel): s for s in store.list()}
    assert (
        subs[("slack", "C1")].paused and subs[("slack", "C1")].paused_reason == "Slack says channel_not_found"
    )
    assert subs[("discord", "9")].sections == ("upcoming", "summary")
    store.subscribe(
        "slack", "C1", time="09:15", timezone="Europe/Budapest", now=NOW
    )  # changing it resumes it
    again = store.get("slack", "C1")
    assert again is not None and (again.time, again.paused, again.paused_reason) == ("09:15", False, None)
    assert store.unsubscribe("discord", "9") and not store.unsubscribe("discord", "9")
    assert [s.channel for s in store.list()] == ["C1"]


def test_stores_opened_at_once_on_a_new_database_all_work(tmp_path: Path) -> None:
    """Several processes starting together on a fresh database race to create the tables; none fails."""
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    errors: list[BaseException] = []
    opened: list[Store] = []
    barrier = threading.Barrier(6)

    def open_store() -> None:
        barrier.wait()
        try:
            opened.append(Store(url))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(opened) == 6
    opened[0].subscribe("console", "desk", time="08:00", timezone="UTC", now=NOW)
    assert [s.channel for s in opened[5].list()] == ["desk"]
    for s in opened:
        s.close()
