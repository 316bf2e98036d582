"""A local HTTP server standing in for the Slack Web API, so slack_sdk's real HTTP code runs in tests."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

from tests.fakes import serve_on_loopback


@dataclass
class FakeSlackApi:
    """Records every call; `rate_limit_next` answers that many chat.postMessage calls with 429 first."""

    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    rate_limit_next: int = 0
    retry_after: int = 1
    dead_channels: dict[str, str] = field(default_factory=dict)  # channel id -> Slack error code
    echo_auth: bool = False  # answer chat.postMessage with an error that echoes the Authorization header
    hold_posts: float = 0.0  # seconds to keep a posted message's response back (a sender can die meanwhile)
    posted_event: asyncio.Event = field(default_factory=asyncio.Event)  # set when a message lands
    history_error: str = ""  # answer conversations.history with this error (a missing scope)
    url: str = ""

    def posted(self) -> list[dict[str, Any]]:
        """The bodies of chat.postMessage calls that were answered ok."""
        return [body for method, body in self.calls if method == "chat.postMessage" and body.get("_ok")]

    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        raw = await request.read()
        if request.method == "GET":
            body: dict[str, Any] = dict(request.query)
        elif request.content_type == "application/json":
            body = json.loads(raw or b"{}")
        else:
            body = dict(parse_qsl(raw.decode()))
        body["_auth"] = request.headers.get("Authorization", "")
        self.calls.append((method, body))
        if method == "auth.test":
            return web.json_response(
                {
                    "ok": True,
                    "team_id": "T1",
                    "user_id": "UBOT",
                    "bot_id": "BBOT",
                    "team": "Test",
                    "user": "briefbot",
                    "url": "https://test.slack.com/",
                }
            )
        if method == "chat.postMessage":
            if self.rate_limit_next > 0:
                self.rate_limit_next -= 1
                return web.json_response(
                    {"ok": False, "error": "ratelimited"},
                    status=429,
                    headers={"Retry-After": str(self.retry_after)},
                )
            channel = str(body.get("channel", ""))
            if self.echo_auth:
                detail = f"bad token {body['_auth']}"
                return web.json_response({"ok": False, "error": "invalid_auth", "detail": detail})
            if channel in self.dead_channels:
                return web.json_response({"ok": False, "error": self.dead_channels[channel]})
            body["_ok"] = True
            body["_ts"] = f"{time.time():.6f}"
            self.posted_event.set()
            if self.hold_posts:
                await asyncio.sleep(self.hold_posts)
            return web.json_response({"ok": True, "channel": channel, "ts": body["_ts"]})
        if method == "conversations.history":
            if self.history_error:
                return web.json_response({"ok": False, "error": self.history_error})
            oldest = float(body.get("oldest") or 0)
            found = [
                {"type": "message", "ts": b["_ts"], "text": b.get("text", ""), **_metadata(b)}
                for b in reversed(self.posted())
                if b.get("channel") == body.get("channel") and float(b["_ts"]) >= oldest
            ]
            return web.json_response({"ok": True, "messages": found, "has_more": False})
        return web.json_response({"ok": False, "error": "unknown_method"}, status=404)


def _metadata(body: dict[str, Any]) -> dict[str, Any]:
    """A posted message's metadata as conversations.history returns it (include_all_metadata)."""
    raw = body.get("metadata")
    if not raw:
        return {}
    return {"metadata": json.loads(raw) if isinstance(raw, str) else raw}


@asynccontextmanager
async def fake_slack_api() -> AsyncIterator[FakeSlackApi]:
    """Start the stand-in on a free loopback port; its `url` is the base URL to give the client."""
    api = FakeSlackApi()
    app = web.Application()
    app.router.add_post("/api/{method}", api.handle)
    app.router.add_get("/api/{method}", api.handle)
    runner, port = await serve_on_loopback(app)
    api.url = f"http://127.0.0.1:{port}/api/"
    try:
        yield api
    finally:
        await runner.cleanup()
