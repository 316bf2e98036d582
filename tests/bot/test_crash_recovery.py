"""A digest whose sender died is neither doubled nor lost: the post under way is looked for before resending."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.digest.commands import render_digest
from bot.digest.runner import DigestRunner, Pacer, Publisher, digest_marker
from bot.digest.scheduler import DigestScheduler
from bot.platforms.discord.publisher import DiscordPublisher
from bot.platforms.slack.app import web_client
from bot.platforms.slack.publisher import SlackPublisher
from bot.service import BriefingService
from bot.settings import Secret, load_settings
from bot.store import Store
from tests.conftest import ROOT, SEEDS
from tests.fakes.discord_api import fake_discord_api
from tests.fakes.slack_api import FakeSlackApi, fake_slack_api

T0 = datetime(2025, 10, 21, 8, 0, 30, tzinfo=UTC)
DAY = T0.date()
LEASE = timedelta(minutes=10)
TOKEN = "xoxb-crash-test-token-0001"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(f"sqlite:///{tmp_path / 'briefbot.db'}")
    yield s
    s.close()


def slack_publisher(api: FakeSlackApi) -> SlackPublisher:
    settings = replace(load_settings(env={}, cwd=ROOT), slack_bot_token=Secret(TOKEN), slack_api_url=api.url)
    return SlackPublisher(web_client(settings))


def scheduler_at(store: Store, platform: str, publisher: Publisher, clock: list[datetime]) -> DigestScheduler:
    service = BriefingService(SEEDS, story="Summit", today=lambda: DAY)
    runner = DigestRunner(
        store,
        {platform: publisher},
        service.current,
        owner="running-bot",
        render=render_digest,
        pacer=Pacer({}),
    )
    return DigestScheduler(store, runner, clock=lambda: clock[0])


async def die_after_posting(store: Store, platform: str, channel: str, publisher: Publisher) -> None:
    """What a sender killed between its post and its "sent" mark leaves: a claim, a post record, a message."""
    assert store.claim(platform, channel, DAY, owner="killed", now=T0, lease=LEASE)
    marker = digest_marker(platform, channel, DAY)
    store.start_post(platform, channel, DAY, owner="killed", marker=marker, now=T0)
    service = BriefingService(SEEDS, story="Summit", today=lambda: DAY)
    await publisher.publish(channel, render_digest(service.current(), None, T0), marker=marker)


async def test_slack_post_of_a_dead_sender_is_found_by_its_metadata_not_posted_again(store: Store) -> None:
    """The running bot revisits the expired claim, finds the message by its metadata and marks it sent."""
    store.subscribe("slack", "C1", time="08:00", timezone="UTC", now=T0 - timedelta(days=1))
    async with fake_slack_api() as api:
        publisher = slack_publisher(api)
        await die_after_posting(store, "slack", "C1", publisher)
        clock = [T0 + timedelta(minutes=5)]
        scheduler = scheduler_at(store, "slack", publisher, clock)
        assert await scheduler.revisit() == []  # the claim is still live
        clock[0] = T0 + timedelta(minutes=11)
        (outcome,) = await scheduler.revisit()
        assert outcome.status == "sent" and "interrupted run" in outcome.detail
        assert await scheduler.revisit() == []
    assert len(api.posted()) == 1
    assert api.posted()[0]["metadata"]["event_payload"]["key"] == "briefbot-digest:slack:C1:2025-10-21"
    row = store.delivery("slack", "C1", DAY)
    assert row is not None and row.status == "sent"


async def test_a_sender_that_died_before_posting_is_replaced_within_the_day(store: Store) -> None:
    """No post was under way: after the lease, the running bot sends the digest, once."""
    store.subscribe("slack", "C1", time="08:00", timezone="UTC", now=T0 - timedelta(days=1))
    assert store.claim("slack", "C1", DAY, owner="killed", now=T0, lease=LEASE)
    async with fake_slack_api() as api:
        clock = [T0 + timedelta(minutes=11)]
        scheduler = scheduler_at(store, "slack", slack_publisher(api), clock)
        (outcome,) = await scheduler.revisit()
        assert outcome.status == "sent" and "interrupted" not in outcome.detail
        clock[0] = T0 + timedelta(minutes=30)
        assert await scheduler.revisit() == []
    assert len(api.posted()) == 1


async def test_without_history_access_the_digest_is_posted_with_a_warning(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    """If the channel cannot be searched (missing_scope), a rare double beats a lost digest; the log says why."""
    store.subscribe("slack", "C1", time="08:00", timezone="UTC", now=T0 - timedelta(days=1))
    async with fake_slack_api() as api:
        publisher = slack_publisher(api)
        await die_after_posting(store, "slack", "C1", publisher)
        api.history_error = "missing_scope"
        scheduler = scheduler_at(store, "slack", publisher, [T0 + timedelta(minutes=11)])
        with caplog.at_level(logging.WARNING):
            (outcome,) = await scheduler.revisit()
    assert outcome.status == "sent" and len(api.posted()) == 2
    assert any("missing_scope" in r.getMessage() and TOKEN not in r.getMessage() for r in caplog.records)


async def test_failed_sends_are_retried_a_lease_apart_at_most_three_times(store: Store) -> None:
    """A channel whose posts keep failing is tried again after each lease, then left alone for the day."""
    store.subscribe("slack", "CFAIL", time="08:00", timezone="UTC", now=T0 - timedelta(days=1))
    async with fake_slack_api() as api:
        api.echo_auth = True  # every post fails with invalid_auth
        clock = [T0]
        scheduler = scheduler_at(store, "slack", slack_publisher(api), clock)
        await scheduler.runner.run_due(now=T0)
        tries = []
        for minutes in (5, 11, 22, 33, 44):
            clock[0] = T0 + timedelta(minutes=minutes)
            tries.append(len(await scheduler.revisit()))
    assert tries == [0, 1, 1, 0, 0]
    row = store.delivery("slack", "CFAIL", DAY)
    assert row is not None and row.status == "failed" and row.attempts == 3


async def test_discord_post_of_a_dead_sender_is_found_by_author_and_title(store: Store) -> None:
    """Discord messages carry no metadata: the bot's own message opening with the digest's title is it."""
    import discord

    from bot.platforms.discord.bot import use_api_base

    channel = "800000000000000002"
    store.subscribe("discord", channel, time="08:00", timezone="UTC", now=T0 - timedelta(days=1))
    async with fake_discord_api() as api:
        use_api_base(api.url)
        client = discord.Client(intents=discord.Intents.none())
        await client.login("discord-crash-test-token.x.y")
        try:
            publisher = DiscordPublisher(client)
            await die_after_posting(store, "discord", channel, publisher)
            scheduler = scheduler_at(store, "discord", publisher, [T0 + timedelta(minutes=11)])
            (outcome,) = await scheduler.revisit()
        finally:
            await client.close()
            discord.http.Route.BASE = "https://discord.com/api/v10"
    assert outcome.status == "sent" and "interrupted run" in outcome.detail
    assert len(api.history[channel]) == 1


async def test_a_send_killed_after_posting_never_doubles_and_the_bot_completes_it(tmp_path: Path) -> None:
    """A real `briefbot digest send` is SIGKILLed after Slack got its post; a second one waits out the lease;
    the running bot's revisit then finds the message: one post, marked sent."""
    data = tmp_path / "data"
    data.mkdir()
    store = Store(f"sqlite:///{data / 'briefbot.db'}")
    store.subscribe("slack", "C1", time="08:00", timezone="UTC", now=T0 - timedelta(days=1))
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLACK_", "DISCORD_", "BRIEFBOT_")) or k == "BRIEFBOT_DATA_DIR"
    }
    async with fake_slack_api() as api:
        env |= {"SLACK_BOT_TOKEN": TOKEN, "SLACK_API_URL": api.url, "BRIEFBOT_DATA_DIR": str(data)}
        env["BRIEFBOT_CORPUS"] = str(SEEDS)

        async def send(now: datetime) -> asyncio.subprocess.Process:
            return await asyncio.create_subprocess_exec(
                *(sys.executable, "-m", "bot.cli", "digest", "send", "--now", now.isoformat()),
                cwd=ROOT,
                env=env,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )

        api.hold_posts = 60  # Slack has the message; the sender has not heard back yet
        first = await send(T0)
        await asyncio.wait_for(api.posted_event.wait(), timeout=120)
        first.kill()  # SIGKILL: no cleanup, no "sent" mark
        await first.wait()
        api.hold_posts = 0
        second = await send(T0 + timedelta(minutes=2))
        out, _err = await asyncio.wait_for(second.communicate(), timeout=120)
        assert "slack C1 skipped: another process is sending it" in out.decode()
        scheduler = scheduler_at(store, "slack", slack_publisher(api), [T0 + timedelta(minutes=11)])
        (outcome,) = await scheduler.revisit()
    assert outcome.status == "sent" and "interrupted run" in outcome.detail
    assert len(api.posted()) == 1
    row = store.delivery("slack", "C1", DAY)
    store.close()
    assert row is not None and row.status == "sent" and row.attempts == 2
