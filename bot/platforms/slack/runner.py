"""Run the Slack app: over HTTP (`/slack/events`, verified by `SlackEndpoint`) or over Socket Mode.

The HTTP endpoint does not trust its clients: a connection that has not sent a whole request head within
`ServeLimits.idle_seconds`, or sits idle that long after an answer, is closed (aiohttp's keep-alive timer runs
from the connection's start); a body not read within `body_seconds` gets 408; past `max_connections` the
connection idle the longest is closed to make room (one serving a request never is). It binds 127.0.0.1 unless
told otherwise (`--host`), for a reverse proxy or tunnel in front.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web
from slack_bolt.async_app import AsyncApp

from bot.platforms.slack.endpoint import EVENTS_PATH, SlackEndpoint
from bot.settings import Settings, SettingsError
from briefings.errors import BriefbotError

log = logging.getLogger(__name__)
DEFAULT_HOST = "127.0.0.1"


@dataclass(frozen=True)
class ServeLimits:
    """How long and how many clients the HTTP endpoint waits for."""

    idle_seconds: float = 10.0  # to send a whole request head, and between requests on one connection
    body_seconds: float = 10.0  # to send the body once the head is in
    max_connections: int = 256  # open at once; past it the longest-idle one is closed


class ServeError(BriefbotError):
    """The Slack HTTP endpoint cannot listen (the port is in use or not allowed)."""


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class GuardedRunner(web.AppRunner):
    """An aiohttp runner that keeps at most `max_connections` open, closing the longest-idle one first."""

    def __init__(self, app: web.Application, limits: ServeLimits) -> None:
        self.limits = limits
        self.busy: set[object] = set()  # connections serving a request now
        app.middlewares.append(self._mark_busy)
        super().__init__(app, keepalive_timeout=limits.idle_seconds, access_log=None)

    @web.middleware
    async def _mark_busy(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        protocol = request.protocol
        self.busy.add(protocol)
        try:
            return await handler(request)
        finally:
            self.busy.discard(protocol)

    async def _make_server(self) -> web.Server:
        server = await super()._make_server()
        made = server.connection_made

        def connection_made(handler: web.RequestHandler, transport: asyncio.Transport) -> None:
            made(handler, transport)
            self._make_room(server, handler)

        server.connection_made = connection_made  # type: ignore[method-assign]
        return server

    def _make_room(self, server: web.Server, newest: object) -> None:
        """Close connections past the limit: the oldest idle ones, else the newest."""
        open_ones = [
            (h, h.transport)
            for h in server.connections
            if h.transport is not None and not h.transport.is_closing()
        ]
        excess = len(open_ones) - self.limits.max_connections
        for handler, transport in open_ones:  # in the order they arrived: the oldest first
            if excess <= 0:
                return
            if handler is not newest and handler not in self.busy:
                transport.close()
                excess -= 1
        for handler, transport in open_ones:
            if excess > 0 and handler is newest:
                transport.close()
                excess -= 1


async def start_http(
    endpoint: SlackEndpoint,
    *,
    host: str = DEFAULT_HOST,
    port: int = 3000,
    limits: ServeLimits | None = None,
) -> web.AppRunner:
    """Serve the endpoint on host:port at /slack/events; returns the runner (its port via `bound_port`)."""
    limits = limits or ServeLimits()
    endpoint.body_seconds = limits.body_seconds
    runner = GuardedRunner(endpoint.web_app(), limits)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    try:
        await site.start()
    except OSError as exc:
        await runner.cleanup()
        reason = exc.strerror or type(exc).__name__
        raise ServeError(
            f"cannot listen on {host}:{port} for Slack: {reason} (choose another --host or --port)"
        ) from exc
    log.warning(
        "Slack HTTP endpoint listening on %s:%d%s (at most %d connections, %gs to send a request)",
        host,
        bound_port(runner),
        EVENTS_PATH,
        limits.max_connections,
        limits.idle_seconds,
    )
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


async def run_http(endpoint: SlackEndpoint, *, host: str = DEFAULT_HOST, port: int) -> None:
    """Serve until cancelled."""
    runner = await start_http(endpoint, host=host, port=port)
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
