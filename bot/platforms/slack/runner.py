"""Run the Slack app: over HTTP (`/slack/events`, signatures verified) or over Socket Mode."""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web
from slack_bolt.app.async_server import AsyncSlackAppServer
from slack_bolt.async_app import AsyncApp

from bot.settings import Settings, SettingsError

log = logging.getLogger(__name__)
EVENTS_PATH = "/slack/events"


async def start_http(app: AsyncApp, *, host: str = "0.0.0.0", port: int = 3000) -> web.AppRunner:
    """Serve the app on host:port at /slack/events; returns the runner (its bound port via `bound_port`)."""
    server = AsyncSlackAppServer(port=port, path=EVENTS_PATH, app=app, host=host)
    runner = web.AppRunner(server.web_app)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
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


async def run_http(app: AsyncApp, *, port: int) -> None:
    """Serve until cancelled."""
    runner = await start_http(app, port=port)
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
