"""A local HTTP server standing in for the Discord REST API, so discord.py's real request code runs in tests."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes import serve_on_loopback

APP_ID = 900000000000000001
BOT_USER = {
    "id": "900000000000000002",
    "username": "briefbot",
    "discriminator": "0",
    "avatar": None,
    "bot": True,
    "global_name": "Briefbot",
}


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON response with exactly `application/json`, as Discord sends (discord.py checks it verbatim)."""
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def message(channel_id: str, body: dict[str, Any], message_id: int) -> dict[str, Any]:
    """A message object as Discord returns it after a send."""
    return {
        "id": str(message_id),
        "channel_id": channel_id,
        "type": 0,
        "content": body.get("content") or "",
        "author": BOT_USER,
        "attachments": [],
        "embeds": body.get("embeds", []),
        "mentions": [],
        "mention_roles": [],
        "pinned": False,
        "mention_everyone": False,
        "tts": False,
        "timestamp": "2025-10-20T09:00:00+00:00",
        "edited_timestamp": None,
        "flags": 0,
        "components": [],
    }


@dataclass
class FakeDiscordApi:
    """Records interaction callbacks, follow-ups, channel messages and command syncs."""

    callbacks: list[dict[str, Any]] = field(default_factory=list)
    followups: list[dict[str, Any]] = field(default_factory=list)
    channel_messages: list[dict[str, Any]] = field(default_factory=list)
    synced: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)
    rate_limit_next: int = 0
    retry_after: float = 0.5
    dead_channels: dict[str, int] = field(default_factory=dict)  # channel id -> 403 or 404
    auth_headers: list[str] = field(default_factory=list)
    history: dict[str, list[dict[str, Any]]] = field(
        default_factory=dict
    )  # channel id -> messages, oldest first
    url: str = ""
    _ids: int = 1000

    def _next_id(self) -> int:
        self._ids += 1
        return self._ids

    async def users_me(self, request: web.Request) -> web.Response:
        self.auth_headers.append(request.headers.get("Authorization", ""))
        return _json(BOT_USER)

    async def app_info(self, request: web.Request) -> web.Response:
        return _json(
            {
                "id": str(APP_ID),
                "name": "Briefbot",
                "description": "",
                "icon": None,
                "bot_public": False,
                "bot_require_code_grant": False,
                "owner": BOT_USER,
                "verify_key": "0" * 64,
                "flags": 0,
                "summary": "",
            }
        )

    async def callback(self, request: web.Request) -> web.Response:
        body = json.loads(await request.read())
        self.callbacks.append({"id": request.match_info["iid"], "token": request.match_info["token"], **body})
        return _json({"interaction": {"id": request.match_info["iid"], "type": 2}})

    async def followup(self, request: web.Request) -> web.Response:
        body = json.loads(await request.read())
        self.followups.append({"token": request.match_info["token"], **body})
        return _json(message("1", body, self._next_id()))

    async def channel_message(self, request: web.Request) -> web.Response:
        channel = request.match_info["channel"]
        body = json.loads(await request.read())
        if self.rate_limit_next > 0:
            self.rate_limit_next -= 1
            return _json(
                {"message": "You are being rate limited.", "retry_after": self.retry_after, "global": False},
                status=429,
                headers={"Via": "1.1 google"},
            )
        if channel in self.dead_channels:
            status = self.dead_channels[channel]
            error = {403: ("Missing Access", 50001), 404: ("Unknown Channel", 10003)}[status]
            return _json({"message": error[0], "code": error[1]}, status=status)
        self.channel_messages.append({"channel": channel, **body})
        sent = message(channel, body, self._next_id())
        self.history.setdefault(channel, []).append(sent)
        return _json(sent)

    async def channel_history(self, request: web.Request) -> web.Response:
        """GET /channels/{id}/messages: newest first, at most `limit` (`after` is honoured by the client)."""
        found = list(reversed(self.history.get(request.match_info["channel"], [])))
        return _json(found[: int(request.query.get("limit", "50"))])

    async def sync(self, request: web.Request) -> web.Response:
        body = json.loads(await request.read())
        self.synced.append((request.path, body))
        return _json(
            [
                {
                    **c,
                    "id": str(self._next_id()),
                    "application_id": str(APP_ID),
                    "version": "1",
                    "default_member_permissions": c.get("default_member_permissions"),
                }
                for c in body
            ]
        )


@asynccontextmanager
async def fake_discord_api() -> AsyncIterator[FakeDiscordApi]:
    """Start the stand-in on a free loopback port; its `url` is the API base to give discord.py."""
    api = FakeDiscordApi()
    app = web.Application()
    app.router.add_get("/api/v10/users/@me", api.users_me)
    app.router.add_get("/api/v10/oauth2/applications/@me", api.app_info)
    app.router.add_post("/api/v10/interactions/{iid}/{token}/callback", api.callback)
    app.router.add_post("/api/v10/webhooks/{app}/{token}", api.followup)
    app.router.add_post("/api/v10/channels/{channel}/messages", api.channel_message)
    app.router.add_get("/api/v10/channels/{channel}/messages", api.channel_history)
    app.router.add_put("/api/v10/applications/{app}/commands", api.sync)
    app.router.add_put("/api/v10/applications/{app}/guilds/{guild}/commands", api.sync)
    runner, port = await serve_on_loopback(app)
    api.url = f"http://127.0.0.1:{port}/api/v10"
    try:
        yield api
    finally:
        await runner.cleanup()
