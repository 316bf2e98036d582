"""The Slack adapter: a slack-bolt AsyncApp answering /summit, /who and /digest from the held briefing.

Every slash command is answered in the acknowledgement itself, from the briefing already built, so the reply
is well inside Slack's 3 seconds. /summit answers the channel; /who, /digest and errors answer the asker only.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.commands import error_reply
from bot.dispatch import reply_for
from bot.platforms.slack.blocks import command_response
from bot.service import BriefingService
from bot.settings import Settings, SettingsError
from bot.store import Store
from briefings.errors import BriefbotError

log = logging.getLogger(__name__)
SLACK_API = "https://slack.com/api/"
INTERNAL_ERROR = "Something went wrong while answering; it has been logged. Please try again."


def web_client(settings: Settings) -> AsyncWebClient:
    """A Web API client on the configured base URL that waits out 429s (Retry-After) and retries drops."""
    if settings.slack_bot_token is None:
        raise SettingsError("SLACK_BOT_TOKEN is not set")
    return AsyncWebClient(
        token=settings.slack_bot_token.get(),
        base_url=settings.slack_api_url or SLACK_API,
        retry_handlers=[
            AsyncRateLimitErrorRetryHandler(max_retry_count=5),
            AsyncConnectionErrorRetryHandler(),
        ],
    )


def build_app(
    service: BriefingService,
    store: Store,
    settings: Settings,
    *,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    client: AsyncWebClient | None = None,
    on_change: Callable[[], None] | None = None,
) -> AsyncApp:
    """The bolt app with its listeners; it verifies every request's signature (401 when bad or stale)."""
    if settings.slack_signing_secret is None:
        raise SettingsError("SLACK_SIGNING_SECRET is not set (Basic Information > App Credentials)")
    app = AsyncApp(
        client=client or web_client(settings),
        signing_secret=settings.slack_signing_secret.get(),
        name="briefbot",
    )

    async def answer(ack: AsyncAck, command: dict[str, Any]) -> None:
        """Build the reply and acknowledge with it; known errors become a friendly reply, others are logged."""
        name = str(command.get("command", ""))
        text = str(command.get("text", ""))
        channel = str(command.get("channel_id", ""))
        try:
            reply, in_channel = await asyncio.to_thread(
                reply_for,
                "slack",
                name,
                text,
                service=service,
                store=store,
                settings=settings,
                channel=channel,
                now=clock(),
                on_change=on_change,
            )
        except BriefbotError as exc:
            reply, in_channel = error_reply(str(exc)), False
        except Exception:
            log.exception("Slack command %s failed", name)
            reply, in_channel = error_reply(INTERNAL_ERROR), False
        await ack(command_response(reply, command=settings.command, in_channel=in_channel))

    for name in (f"/{settings.command}", "/who", "/digest"):
        app.command(name)(answer)
    return app


async def keep_fresh(service: BriefingService, every: float = 60.0) -> None:
    """Rebuild the held briefing in a worker thread whenever the corpus or the day changes."""
    while True:
        await asyncio.sleep(every)
        await asyncio.to_thread(service.refresh)
