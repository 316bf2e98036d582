"""Run the Slack app: over HTTP (`/slack/events`, verified by `SlackEndpoint`) or over Socket Mode."""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web
from slack_bolt.async_app import AsyncApp

from bot.platforms.slack.endpoint import EVENTS_PATH, SlackEndpoint
from bot.settings import Settings, SettingsError
from briefings.errors import BriefbotError

log = logging.getLogger(__name__)


class ServeError(BriefbotError):
    """The Slack HTTP endpoint cannot listen (the port is in use or not allowed)."""


async def start_http(endpoint: SlackEndpoint, *, host: str = "0.0.0.0", port: int = 3000) -> web.AppRunner:
    """Serve the endpoint on host:port at /slack/events; returns the runner (its port via `bound_port`)."""
    runner = web.AppRunner(endpoint.web_app())
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    try:
        await site.start()
    except OSError as exc:
        await runner.cleanup()
        reason = exc.strerror or type(exc).__name__
        raise ServeError(
            f"cannot listen on {host}:{port} for Slack: {reason} (choose another --port)"
        ) from exc
    log.info("Slack HTTP endpoint listening on %s:%d%s", host, bound_port(runner), EVENTS_PATH)
    return runner


def bound_port(runner: web.AppRunner) -> int:
    """The port the runner actually listens on (useful when asked for port 0)."""
    for site in runner.sites:
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or []
        for sock in sockets:
            port: int = sock.getsockname()[1]
            return port
    raise RuntimeError("the Slack HTTP server is not listening")


async def run_http(endpoint: SlackEndpoint, *, port: int) -> None:
    """Serve until cancelled."""
    runner = await start_http(endpoint, port=port)
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()


async def run_socket_mode(app: AsyncApp, settings: Settings) -> None:
    """Connect over Socket Mode with SLACK_APP_TOKEN and serve until cancelled."""
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    if settings.slack_app_token is None:
        raise SettingsError(
            "SLACK_APP_TOKEN is not set: it is needed for Socket Mode (or run with --slack-http)"
        )
    handler = AsyncSocketModeHandler(app, settings.slack_app_token.get())
    await handler.start_async()  # type: ignore[no-untyped-call]
