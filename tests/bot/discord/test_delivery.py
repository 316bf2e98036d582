"""Posting to Discord through discord.py's real HTTP client, deferral, global sync and error replies."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import discord
import pytest

from bot import app as app_module
from bot.app import Application
from bot.digest.runner import ChannelGone
from bot.platforms.discord import bot as discord_bot_module
from bot.platforms.discord.bot import build_client
from bot.platforms.discord.publisher import DiscordPublisher
from bot.reply import Item, Reply, Section
from bot.service import BriefingService
from bot.settings import Secret, load_settings
from bot.store import Store
from tests.bot.discord.conftest import TOKEN, DiscordHarness, interaction_payload, option
from tests.conftest import ROOT, SEEDS
from tests.fakes.discord_api import APP_ID, fake_discord_api

REPLY = Reply(
    "digest",
    "Digest",
    (Section("summary", "In short", (Item("@here prices rose.", ("a",)),)),),
    citations=(("a", "Source A"),),
)


async def test_a_429_is_waited_out_and_the_message_arrives(discord_bot: DiscordHarness) -> None:
    """The stand-in answers 429 with retry_after once; discord.py waits and the digest lands, unpinged."""
    discord_bot.api.rate_limit_next, discord_bot.api.retry_after = 1, 0.6
    started = time.monotonic()
    await DiscordPublisher(discord_bot.client).publish("800000000000000009", REPLY)
    assert time.monotonic() - started >= 0.6
    (sent,) = discord_bot.api.channel_messages
    assert sent["channel"] == "800000000000000009" and sent["allowed_mentions"] == {"parse": []}
    assert "@\u200bhere" in sent["embeds"][1]["description"]


@pytest.mark.parametrize("status", [403, 404])
async def test_forbidden_and_unknown_channels_raise_channel_gone(
    discord_bot: DiscordHarness, status: int
) -> None:
    """403 (the bot may not post) and 404 (the channel is gone) mean: pause, do not retry."""
    discord_bot.api.dead_channels["800000000000000010"] = status
    with pytest.raises(ChannelGone, match=str(status)):
        await DiscordPublisher(discord_bot.client).publish("800000000000000010", REPLY)
    with pytest.raises(ChannelGone):
        await DiscordPublisher(discord_bot.client).publish("general", REPLY)


async def test_a_slow_reply_is_deferred_then_followed_up(
    discord_bot: DiscordHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When building a reply would pass the budget, the bot defers within it and answers by follow-up."""
    monkeypatch.setattr(discord_bot_module, "FIRST_RESPONSE_BUDGET", 0.05)
    original = app_module.who_reply

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(0.3)
        return original(*args, **kwargs)

    monkeypatch.setattr(app_module, "who_reply", slow)
    replies = await discord_bot.dispatch(interaction_payload("who", [option("name", "Rubio")]), replies=2)
    assert replies[0]["type"] == 5  # deferred "thinking" response first, private like /who's answer
    assert replies[0]["data"]["flags"] & (1 << 6)
    assert "Marco Rubio" in str(replies[1]["embeds"])


async def test_unexpected_errors_become_a_friendly_ephemeral_reply(
    discord_bot: DiscordHarness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A bug inside a command is logged and the user gets a short ephemeral apology, not silence."""

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    monkeypatch.setattr(app_module, "who_reply", broken)
    (reply,) = await discord_bot.dispatch(interaction_payload("who", [option("name", "Rubio")]))
    assert reply["data"]["flags"] & (1 << 6)
    assert "Something went wrong" in str(reply["data"]["embeds"])
    assert "boom" in caplog.text


async def test_without_a_guild_id_commands_sync_globally(tmp_path: Path) -> None:
    """No DISCORD_GUILD_ID: one global sync."""
    async with fake_discord_api() as api:
        settings = replace(
            load_settings(env={}, cwd=ROOT),
            discord_token=Secret(TOKEN),
            discord_api_url=api.url,
            discord_guild_id=None,
        )
        service = BriefingService(SEEDS, story="S", today=lambda: date(2025, 10, 20))
        store = Store(f"sqlite:///{tmp_path / 'b.db'}")
        client, _tree = build_client(Application(service.held, settings, store=store), settings)
        await client.login(TOKEN)
        await client.close()
        store.close()
        discord.http.Route.BASE = "https://discord.com/api/v10"
    assert [path for path, _ in api.synced] == [f"/api/v10/applications/{APP_ID}/commands"]
    await asyncio.sleep(0)


async def test_the_token_appears_in_no_reply_and_no_redacted_log(
    discord_bot: DiscordHarness, caplog: pytest.LogCaptureFixture
) -> None:
    """With discord.py logging at DEBUG, the token is only in the Authorization header, never in our output."""
    import logging

    from bot.logsetup import SecretFilter

    with caplog.at_level(logging.DEBUG):
        replies = await discord_bot.dispatch(interaction_payload("summit"))
        logging.getLogger("test").error("leaking %s on purpose", TOKEN)
    assert TOKEN not in str(replies)
    redactor = SecretFilter([TOKEN])
    for record in caplog.records:
        redactor.filter(record)
        assert TOKEN not in record.getMessage()
