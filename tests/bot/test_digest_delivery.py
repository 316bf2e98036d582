"""Daily digests with a controlled clock: on time in each timezone, once, across DST, restarts and processes."""

from __future__ import annotations

import asyncio
import io
import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from apscheduler.triggers.cron import CronTrigger

from bot.digest.commands import render_digest
from bot.digest.runner import DigestRunner, Pacer
from bot.digest.schedule import due_at
from bot.digest.scheduler import DigestScheduler
from bot.platforms.console import ConsolePublisher
from bot.service import BriefingService
from bot.store import Store
from tests.conftest import SEEDS

BUD, NYC = "Europe/Budapest", "America/New_York"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    yield s
    s.close()


def runner(
    store: Store,
    out: io.StringIO,
    *,
    owner: str = "p1",
    corpus: Path = SEEDS,
    publishers: dict | None = None,
    grace_hours: int = 6,
) -> DigestRunner:  # type: ignore[type-arg]
    service = BriefingService(corpus, story="Story", today=lambda: date(2025, 10, 21))
    return DigestRunner(
        store,
        publishers or {"console": ConsolePublisher(out)},
        service.current,
        owner=owner,
        render=render_digest,
        grace=timedelta(hours=grace_hours),
        pacer=Pacer({}),
    )


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def sent(out: io.StringIO) -> list[str]:
    return [
        line.split("console channel ")[1].split(" ---")[0]
        for line in out.getvalue().splitlines()
        if line.startswith("--- digest for console channel")
    ]


async def test_on_time_in_two_timezones(store: Store) -> None:
    """08:00 in Budapest and 08:00 in New York are six hours apart; each channel gets one digest at its time."""
    store.subscribe("console", "bud", time="08:00", timezone=BUD, now=at("2025-10-20T00:00:00+00:00"))
    store.subscribe("console", "nyc", time="08:00", timezone=NYC, now=at("2025-10-20T00:00:00+00:00"))
    out = io.StringIO()
    r = runner(store, out)
    before = await r.run_due(now=at("2025-10-21T05:59:00+00:00"))  # 07:59 in Budapest (CEST)
    assert {o.status for o in before} == {"skipped"} and sent(out) == []
    await r.run_due(now=at("2025-10-21T06:00:00+00:00"))  # 08:00 in Budapest
    assert sent(out) == ["bud"]
    lines = [
        o.line() for o in await r.run_due(now=at("2025-10-21T12:00:00+00:00"))
    ]  # 08:00 in New York (EDT)
    assert sent(out) == ["bud", "nyc"]
    assert "console bud already sent: for 2025-10-21" in lines and "console nyc sent: for 2025-10-21" in lines


async def test_autumn_repeat_hour_sends_once_and_spring_gap_still_sends(store: Store) -> None:
    """02:30 happens twice on 25 Oct 2026 in Budapest and not at all on 29 Mar 2026: one digest each day."""
    store.subscribe("console", "night", time="02:30", timezone=BUD, now=at("2026-01-01T00:00:00+00:00"))
    out = io.StringIO()
    r = runner(store, out)
    trigger = CronTrigger(hour=2, minute=30, timezone=BUD)
    first = trigger.get_next_fire_time(None, at("2026-10-24T12:00:00+02:00"))
    second = trigger.get_next_fire_time(first, first)
    assert first.date() == second.date()  # the cron trigger itself fires twice that day, an hour apart:
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=1)
    outcomes = [await r.run_one("console", "night", now=f) for f in (first, second)]
    assert [o.status for o in outcomes] == ["sent", "already sent"] and sent(out) == ["night"]
    spring = trigger.get_next_fire_time(None, at("2026-03-28T12:00:00+01:00"))
    assert spring.date() == date(2026, 3, 29)
    assert due_at(store.get("console", "night"), date(2026, 3, 29)) == at("2026-03-29T03:30:00+02:00")  # type: ignore[arg-type]
    outcome = await r.run_one("console", "night", now=spring)
    assert outcome.status == "sent" and outcome.detail == "for 2026-03-29"


async def test_restart_after_sending_does_not_send_again(store: Store) -> None:
    """A new process with the same database finds the day's digest already sent."""
    store.subscribe("console", "desk", time="08:00", timezone=BUD, now=at("2025-10-20T00:00:00+00:00"))
    out = io.StringIO()
    await runner(store, out, owner="before-restart").run_due(now=at("2025-10-21T06:05:00+00:00"))
    after = await runner(store, out, owner="after-restart").run_due(now=at("2025-10-21T06:30:00+00:00"))
    assert [o.status for o in after] == ["already sent"] and sent(out) == ["desk"]


async def test_restart_before_sending_retries_once_the_crashed_claim_expires(store: Store) -> None:
    """A process that claimed and crashed blocks a resend until its lease runs out; then exactly one goes out."""
    store.subscribe("console", "desk", time="08:00", timezone=BUD, now=at("2025-10-20T00:00:00+00:00"))
    store.claim(
        "console",
        "desk",
        date(2025, 10, 21),
        owner="crashed",
        now=at("2025-10-21T06:00:00+00:00"),
        lease=timedelta(minutes=10),
    )
    out = io.StringIO()
    r = runner(store, out, owner="restarted")
    early = await r.run_due(now=at("2025-10-21T06:05:00+00:00"))
    assert early[0].status == "skipped" and "another process" in early[0].detail and sent(out) == []
    later = await r.run_due(now=at("2025-10-21T06:11:00+00:00"))
    assert later[0].status == "sent" and sent(out) == ["desk"]


async def test_missed_digest_is_caught_up_once_within_grace_and_never_as_a_burst(store: Store) -> None:
    """Down over the 08:00 run: back at 10:00 it sends once; back at 15:00 (past 6h) it waits for tomorrow."""
    store.subscribe("console", "desk", time="08:00", timezone=BUD, now=at("2025-10-18T00:00:00+00:00"))
    out = io.StringIO()
    scheduler = DigestScheduler(store, runner(store, out), clock=lambda: at("2025-10-21T08:00:00+00:00"))
    first = await scheduler.catch_up()  # 10:00 in Budapest: 2h late, inside the grace
    again = await scheduler.catch_up()
    assert [o.status for o in first] == ["sent"] and [o.status for o in again] == ["already sent"]
    late = DigestScheduler(store, runner(store, out), clock=lambda: at("2025-10-22T13:00:00+00:00"))
    outcome = (await late.catch_up())[0]  # 15:00 the next day: 7h late, and days before are never sent
    assert outcome.status == "skipped" and "next one tomorrow" in outcome.detail
    assert sent(out) == ["desk"]
    next_day = await runner(store, out).run_due(now=at("2025-10-23T06:00:00+00:00"))
    assert next_day[0].status == "sent" and sent(out) == ["desk", "desk"]


async def test_two_schedulers_on_one_database_send_once(tmp_path: Path) -> None:
    """Two bot processes (two stores, two owners, one SQLite file) race at 08:00: one digest goes out."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    one, two = Store(url), Store(url)
    one.subscribe("console", "desk", time="08:00", timezone=BUD, now=at("2025-10-20T00:00:00+00:00"))
    out = io.StringIO()
    now = at("2025-10-21T06:00:00+00:00")
    results = await asyncio.gather(
        runner(one, out, owner="p1").run_due(now=now), runner(two, out, owner="p2").run_due(now=now)
    )
    statuses = sorted(o.status for outcomes in results for o in outcomes)
    assert statuses.count("sent") == 1 and sent(out) == ["desk"]
    one.close()
    two.close()


async def test_a_dead_channel_is_paused_with_its_reason_and_others_still_get_theirs(store: Store) -> None:
    """A publisher saying the channel is gone pauses that subscription; the next channel is still served."""
    from slack_sdk.web.async_client import AsyncWebClient

    from bot.platforms.slack.publisher import SlackPublisher
    from tests.fakes.slack_api import fake_slack_api

    store.subscribe("slack", "CGONE", time="08:00", timezone=BUD, now=at("2025-10-20T00:00:00+00:00"))
    store.subscribe("slack", "CLIVE", time="08:00", timezone=BUD, now=at("2025-10-20T00:00:00+00:00"))
    async with fake_slack_api() as api:
        api.dead_channels["CGONE"] = "channel_not_found"
        publishers = {"slack": SlackPublisher(AsyncWebClient(token="xoxb-t", base_url=api.url))}
        outcomes = await runner(store, io.StringIO(), publishers=publishers).run_due(
            now=at("2025-10-21T06:00:00+00:00")
        )
    lines = [o.line() for o in outcomes]
    assert "slack CGONE failed: Slack says channel_not_found (subscription paused)" in lines
    assert "slack CLIVE sent: for 2025-10-21" in lines
    gone = store.get("slack", "CGONE")
    assert gone is not None and gone.paused and gone.paused_reason == "Slack says channel_not_found"
    assert [b["channel"] for b in api.posted()] == ["CLIVE"]


async def test_a_429_is_waited_out_and_recorded_as_sent(store: Store) -> None:
    """Slack answers the digest with 429 once; the real slack_sdk retry waits and the ledger says sent."""
    from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
    from slack_sdk.web.async_client import AsyncWebClient

    from bot.platforms.slack.publisher import SlackPublisher
    from tests.fakes.slack_api import fake_slack_api

    store.subscribe("slack", "C1", time="08:00", timezone=BUD, now=at("2025-10-20T00:00:00+00:00"))
    async with fake_slack_api() as api:
        api.rate_limit_next = 1
        client = AsyncWebClient(
            token="xoxb-t", base_url=api.url, retry_handlers=[AsyncRateLimitErrorRetryHandler()]
        )
        outcomes = await runner(store, io.StringIO(), publishers={"slack": SlackPublisher(client)}).run_due(
            now=at("2025-10-21T06:00:00+00:00")
        )
    assert outcomes[0].status == "sent" and len(api.posted()) == 1
    row = store.delivery("slack", "C1", date(2025, 10, 21))
    assert row is not None and row.status == "sent"


async def test_discord_path_pauses_a_forbidden_channel(store: Store, tmp_path: Path) -> None:
    """Through discord.py's real HTTP client: 403 pauses the channel, the other Discord channel gets its digest."""
    import discord

    from bot.platforms.discord.bot import use_api_base
    from bot.platforms.discord.publisher import DiscordPublisher
    from tests.fakes.discord_api import fake_discord_api

    store.subscribe(
        "discord", "111111111111111111", time="08:00", timezone=BUD, now=at("2025-10-20T00:00:00+00:00")
    )
    store.subscribe(
        "discord", "222222222222222222", time="08:00", timezone=BUD, now=at("2025-10-20T00:00:00+00:00")
    )
    async with fake_discord_api() as api:
        api.dead_channels["111111111111111111"] = 403
        use_api_base(api.url)
        client = discord.Client(intents=discord.Intents.none())
        await client.login("discord-token")
        try:
            outcomes = await runner(
                store, io.StringIO(), publishers={"discord": DiscordPublisher(client)}
            ).run_due(now=at("2025-10-21T06:00:00+00:00"))
        finally:
            await client.close()
            discord.http.Route.BASE = "https://discord.com/api/v10"
    assert [o.status for o in outcomes] == ["failed", "sent"]
    assert store.get("discord", "111111111111111111").paused  # type: ignore[union-attr]
    assert [m["channel"] for m in api.channel_messages] == ["222222222222222222"]


async def test_whats_new_after_an_article_is_added(tmp_path: Path, store: Store) -> None:
    """Day 1 sends the full digest; an article added that evening is "What's new" on day 2; day 3 says nothing new."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("000_ded401c5be8d7441.txt", "002_daae4e49fa7a4b14.txt"):
        path = corpus / name
        path.write_bytes((SEEDS / name).read_bytes())
        os.utime(path, (at("2025-10-20T00:00:00+00:00").timestamp(),) * 2)
    store.subscribe("console", "desk", time="08:00", timezone=BUD, now=at("2025-10-20T00:00:00+00:00"))
    out = io.StringIO()
    r = runner(store, out, corpus=corpus)
    await r.run_due(now=at("2025-10-21T06:00:00+00:00"))
    added = corpus / "004_09525d1b0100d795.txt"
    added.write_bytes((SEEDS / added.name).read_bytes())
    os.utime(added, (at("2025-10-21T18:00:00+00:00").timestamp(),) * 2)
    await r.run_due(now=at("2025-10-22T06:00:00+00:00"))
    day2 = out.getvalue().split("--- digest for console channel desk ---")[2]
    assert "What's new" in day2 and "Trump Confirms Meeting With Putin" in day2
    await r.run_due(now=at("2025-10-23T06:00:00+00:00"))
    day3 = out.getvalue().split("--- digest for console channel desk ---")[3]
    assert "Nothing new since the last digest (Oct 22, 2025)" in day3 and "Open questions" not in day3


async def test_scheduler_jobs_follow_the_table(store: Store) -> None:
    """One cron job per active subscription in its timezone; pausing, changing and removing update the jobs."""
    store.subscribe("console", "bud", time="08:00", timezone=BUD, now=at("2025-10-20T00:00:00+00:00"))
    store.subscribe("console", "nyc", time="07:30", timezone=NYC, now=at("2025-10-20T00:00:00+00:00"))
    scheduler = DigestScheduler(store, runner(store, io.StringIO()))
    scheduler.scheduler.start()
    try:
        scheduler.sync()
        jobs = {j.id: j for j in scheduler.scheduler.get_jobs()}
        assert set(jobs) == {"digest:console:bud", "digest:console:nyc"}
        assert str(jobs["digest:console:bud"].trigger.timezone) == BUD
        store.set_paused("console", "nyc", True, now=at("2025-10-20T00:00:00+00:00"))
        store.subscribe("console", "bud", time="09:15", timezone=BUD, now=at("2025-10-20T00:00:00+00:00"))
        scheduler.sync()
        jobs = {j.id: j for j in scheduler.scheduler.get_jobs()}
        assert set(jobs) == {"digest:console:bud"}
        fire = jobs["digest:console:bud"].trigger.get_next_fire_time(None, at("2025-10-21T00:00:00+00:00"))
        assert fire == at("2025-10-21T09:15:00+02:00")
        store.unsubscribe("console", "bud")
        scheduler.sync()
        assert scheduler.scheduler.get_jobs() == []
    finally:
        scheduler.shutdown()


async def test_a_fired_job_sends_through_the_runner(store: Store) -> None:
    """APScheduler itself runs the job: moved to fire now, it sends the digest once."""
    store.subscribe("console", "desk", time="08:00", timezone=BUD, now=at("2025-10-20T00:00:00+00:00"))
    out = io.StringIO()
    scheduler = DigestScheduler(store, runner(store, out), clock=lambda: at("2025-10-21T06:00:00+00:00"))
    scheduler.scheduler.start()
    try:
        scheduler.sync()
        scheduler.scheduler.modify_job(
            "digest:console:desk", next_run_time=datetime.now(UTC) + timedelta(seconds=0.2)
        )
        for _ in range(100):
            if scheduler.outcomes:
                break
            await asyncio.sleep(0.05)
    finally:
        scheduler.shutdown()
    assert [o.status for o in scheduler.outcomes] == ["sent"] and sent(out) == ["desk"]


async def test_sends_on_one_platform_are_paced() -> None:
    """Two sends on one platform are at least the interval apart; another platform is not held up."""
    pacer = Pacer({"slack": 0.3, "discord": 0.3})
    start = time.monotonic()
    await pacer.wait("slack")
    await pacer.wait("discord")
    assert time.monotonic() - start < 0.2
    await pacer.wait("slack")
    assert time.monotonic() - start >= 0.3


async def test_a_change_from_a_worker_thread_reaches_the_running_scheduler(store: Store) -> None:
    """A /digest command handled in a thread asks for a resync; the job appears without waiting a minute."""
    scheduler = DigestScheduler(store, runner(store, io.StringIO()))
    scheduler.scheduler.start()
    try:
        scheduler.sync()
        assert scheduler.scheduler.get_jobs() == []

        def handled_in_a_thread() -> None:
            store.subscribe("slack", "C9", time="06:45", timezone=NYC, now=at("2025-10-20T00:00:00+00:00"))
            scheduler.request_sync()

        await asyncio.to_thread(handled_in_a_thread)
        for _ in range(50):
            if scheduler.scheduler.get_job("digest:slack:C9") is not None:
                break
            await asyncio.sleep(0.02)
        assert scheduler.scheduler.get_job("digest:slack:C9") is not None
    finally:
        scheduler.shutdown()
