"""The Slack HTTP endpoint: every request is verified on its raw bytes before anything parses it.

An unsigned, badly signed, stale or malformed request gets 401 (never a 500 or a traceback, whatever its body);
a signed request seen before (a replay within the 5-minute window) gets 401; only then does bolt see it.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.store import Store

log = logging.getLogger(__name__)
EVENTS_PATH = "/slack/events"
WINDOW = timedelta(minutes=5)  # Slack's own freshness rule for signed requests


def signature_problem(secret: str, body: bytes, timestamp: str, signature: str, *, wall: float) -> str | None:
    """Why a request's signature is not acceptable (missing, malformed, stale, wrong), or None when it is."""
    if not timestamp or not signature:
        return "no signature headers"
    if not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 12:
        return "the timestamp header is not a number"
    if abs(wall - int(timestamp)) > WINDOW.total_seconds():
        return "the timestamp is more than 5 minutes away"
    base = b"v0:" + timestamp.encode("ascii") + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    if not signature.isascii() or not hmac.compare_digest(expected, signature):
        return "the signature does not match"
    return None


class SlackEndpoint:
    """POST /slack/events: verify, refuse replays, then hand the request to bolt."""

    def __init__(
        self,
        app: AsyncApp,
        signing_secret: str,
        store: Store,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.app = app
        self.secret = signing_secret
        self.store = store
        self.clock = clock
        self.wall = wall
        self.body_seconds = 10.0  # to send the whole body; set by the runner's limits


    async def handle(self, request: web.Request) -> web.Response:
        """Answer one request from Slack (or from anyone pretending to be Slack)."""
        try:
            async with asyncio.timeout(self.body_seconds):
                body = await request.read()
        except TimeoutError:
            log.info("refused a Slack request: its body did not arrive within %gs", self.body_seconds)
            return web.Response(status=408, text="")
        timestamp = request.headers.get("X-Slack-Request-Timestamp", "")
        signature = request.headers.get("X-Slack-Signature", "")
        problem = signature_problem(self.secret, body, timestamp, signature, wall=self.wall())
        if problem:
            log.info("refused a Slack request: %s", problem)
            return web.Response(status=401, text="")
        fresh = await asyncio.to_thread(self.store.first_seen, signature, now=self.clock(), window=WINDOW)
        if not fresh:
            log.warning("refused a replayed Slack request (signed at %s)", timestamp)
            return web.Response(status=401, text="")
        try:
            bolt_request = AsyncBoltRequest(
                body=body.decode("utf-8"),
                query=request.query_string,
                headers=request.headers,  # type: ignore[arg-type]
            )
        except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
            log.warning("a signed Slack request could not be read: %s", type(exc).__name__)
            return web.Response(status=400, text="")
        return await to_aiohttp_response(await self.app.async_dispatch(bolt_request))

    def web_app(self) -> web.Application:
        """The aiohttp application serving the endpoint (bodies over 1 MiB are refused with 413)."""
        application = web.Application()
        application.router.add_post(EVENTS_PATH, self.handle)
        return application
