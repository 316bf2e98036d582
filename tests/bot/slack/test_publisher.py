"""Posting to Slack through slack_sdk's real client: a 429 is waited out; dead channels are told apart."""

from __future__ import annotations

import logging
import time
from dataclasses import replace

import pytest

from bot.digest.runner import ChannelGone
from bot.logsetup import SecretFilter
from bot.platforms.slack.app import web_client
from bot.platforms.slack.publisher import SlackPublisher
from bot.reply import Item, Reply, Section
from bot.settings import Secret, load_settings
from tests.bot.slack.conftest import BOT_TOKEN
from tests.conftest import ROOT
from tests.fakes.slack_api import fake_slack_api

REPLY = Reply(
    "digest",
    "Digest",
    (Section("summary", "In short", (Item("<!here> Prices rose & fell.", ("a",)),)),),
    citations=(("a", "Source A"),),
)


def client_for(url: str):  # type: ignore[no-untyped-def]
    settings = replace(load_settings(env={}, cwd=ROOT), slack_bot_token=Secret(BOT_TOKEN), slack_api_url=url)
    return web_client(settings)


async def test_a_429_is_waited_out_and_the_message_still_arrives() -> None:
    """The stand-in answers 429 with Retry-After: 1 once; the post is retried after waiting and lands."""
    async with fake_slack_api() as api:
        api.rate_limit_next, api.retry_after = 1, 1
        publisher = SlackPublisher(client_for(api.url))
        started = time.monotonic()
        await publisher.publish("C1", REPLY)
        waited = time.monotonic() - started
    posts = [b for m, b in api.calls if m == "chat.postMessage"]
    assert len(posts) == 2 and len(api.posted()) == 1
    assert waited >= 1.0  # Retry-After was honoured, not ignored
    assert api.posted()[0]["channel"] == "C1"


async def test_posted_text_is_escaped_and_blocks_are_sent() -> None:
    """What lands in Slack has `<!here>` escaped and carries the blocks."""
    async with fake_slack_api() as api:
        await SlackPublisher(client_for(api.url)).publish("C1", REPLY)
    body = api.posted()[0]
    assert "<!here>" not in str(body["blocks"]) and "&lt;!here&gt;" in str(body["blocks"])


@pytest.mark.parametrize("error", ["channel_not_found", "not_in_channel", "is_archived"])
async def test_dead_channels_raise_channel_gone(error: str) -> None:
    """channel_not_found, not_in_channel and is_archived mean the channel is gone for us."""
    async with fake_slack_api() as api:
        api.dead_channels["CDEAD"] = error
        with pytest.raises(ChannelGone, match=error):
            await SlackPublisher(client_for(api.url)).publish("CDEAD", REPLY)


async def test_the_token_never_reaches_the_logs(caplog: pytest.LogCaptureFixture) -> None:
    """With slack_sdk logging at DEBUG, our secret filter leaves no token in any formatted record."""
    redactor = SecretFilter([BOT_TOKEN])
    with caplog.at_level(logging.DEBUG):
        async with fake_slack_api() as api:
            await SlackPublisher(client_for(api.url)).publish("C1", REPLY)
            logging.getLogger("test").warning("token is %s", BOT_TOKEN)
    assert caplog.records
    for record in caplog.records:
        redactor.filter(record)
        assert BOT_TOKEN not in record.getMessage()
