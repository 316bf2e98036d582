"""The Slack adapter: a slack-bolt AsyncApp answering /summit, /who and /digest from the held briefing.

Every slash command becomes a `Request` for the one `Application` and is answered in the acknowledgement itself,
from the briefing already built, so the reply is well inside Slack's 3 seconds. Who sees it is the Reply's.
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

from bot.app import Application, Request
from bot.platforms.slack.blocks import command_response
from bot.registry import commands
from bot.settings import Settings, SettingsError

log = logging.getLogger(__name__)
SLACK_API = "https://slack.com/api/"


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
    application: Application,
    settings: Settings,
    *,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    client: AsyncWebClient | None = None,
) -> AsyncApp:
    """The bolt app with its listeners; bolt verifies signatures too (see `SlackEndpoint` for HTTP)."""
    if settings.slack_signing_secret is None:
        raise SettingsError("SLACK_SIGNING_SECRET is not set (Basic Information > App Credentials)")
    app = AsyncApp(
        client=client or web_client(settings),
        signing_secret=settings.slack_signing_secret.get(),
        name="briefbot",
    )

    async def answer(ack: AsyncAck, command: dict[str, Any]) -> None:
        """Convert the slash command to a Request, answer it in a worker, acknowledge with the reply."""
        request = Request(
            platform="slack",
            channel=str(command.get("channel_id", "")),
            command=str(command.get("command", "")).lstrip("/"),
            args=str(command.get("text", "")),
            now=clock(),
        )
        reply = await asyncio.to_thread(application.handle, request)
        await ack(command_response(reply, command=settings.command))

    for declared in commands(settings.command):
        app.command(f"/{declared.name}")(answer)
    return app
