"""The real discord.py client and CommandTree, logged in against the Discord API stand-in."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.app import Application
from bot.platforms.discord.bot import BriefbotTree, build_client
from bot.service import BriefingService
from bot.settings import Secret, load_settings
from bot.store import Store
from tests.conftest import ROOT, SEEDS
from tests.fakes.discord_api import APP_ID, FakeDiscordApi, fake_discord_api

TOKEN = "discord-test-token.do-not-leak.42"
GUILD, CHANNEL = "800000000000000001", "800000000000000002"
NOW = datetime(2025, 10, 20, 9, 0, tzinfo=UTC)
MANAGE_GUILD = 1 << 5
SEND_MESSAGES = 1 << 11
_ids = itertools.count(700000000000000001)


def option(name: str, value: Any, kind: int = 3, focused: bool = False) -> dict[str, Any]:
    """One option of an application command payload (type 3: string)."""
    data: dict[str, Any] = {"name": name, "type": kind, "value": value}
    if focused:
        data["focused"] = True
    return data


def interaction_payload(
    name: str,
    options: list[dict[str, Any]] | None = None,
    *,
    kind: int = 2,
    permissions: int = SEND_MESSAGES | MANAGE_GUILD,
    guild: bool = True,
) -> dict[str, Any]:
    """A raw INTERACTION_CREATE payload as Discord sends it (type 2 command, 4 autocomplete)."""
    user = {
        "id": "600000000000000001",
        "username": "ana",
        "discriminator": "0",
        "avatar": None,
        "global_name": "Ana",
    }
    payload: dict[str, Any] = {
        "id": str(next(_ids)),
        "application_id": str(APP_ID),
        "type": kind,
        "token": f"tok-{next(_ids)}",
        "version": 1,
        "locale": "en-US",
        "attachment_size_limit": 8388608,
        "app_permissions": str(SEND_MESSAGES),
        "channel_id": CHANNEL,
        "channel": {
            "id": CHANNEL,
            "type": 0,
            "name": "news",
            "guild_id": GUILD,
            "position": 0,
            "flags": 0,
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "permissions": str(permissions),
        }
        if guild
        else {"id": CHANNEL, "type": 1},
        "data": {"id": "500000000000000001", "name": name, "type": 1, "options": options or []},
    }
    if guild:
        payload["guild_id"] = GUILD
        payload["guild_locale"] = "en-US"
        payload["member"] = {
            "user": user,
            "roles": [],
            "joined_at": "2024-01-01T00:00:00+00:00",
            "permissions": str(permissions),
            "deaf": False,
            "mute": False,
            "flags": 0,
        }
    else:
        payload["user"] = user
    return payload


@dataclass
class DiscordHarness:
    """A logged-in client, its tree, the store and the API stand-in."""

    client: discord.Client
    tree: BriefbotTree
    api: FakeDiscordApi
    store: Store

    async def dispatch(self, payload: dict[str, Any], *, replies: int = 1) -> list[dict[str, Any]]:
        """Feed a raw interaction through discord.py's gateway handler; wait for the replies to reach the API."""
        before = len(self.api.callbacks) + len(self.api.followups)
        self.client._connection.parse_interaction_create(payload)  # type: ignore[arg-type]
        for _ in range(200):
            got = [c for c in self.api.callbacks if c["token"] == payload["token"]]
            got += [f for f in self.api.followups if f["token"] == payload["token"]]
            if len(got) >= replies and len(self.api.callbacks) + len(self.api.followups) > before:
                await asyncio.sleep(0.05)
                return [c for c in self.api.callbacks if c["token"] == payload["token"]] + [
                    f for f in self.api.followups if f["token"] == payload["token"]
                ]
            await asyncio.sleep(0.02)
        raise AssertionError("no response reached the Discord API stand-in")


@asynccontextmanager
async def running_bot(tmp_path: Path, corpus: Path = SEEDS) -> AsyncIterator[DiscordHarness]:
    """A logged-in bot answering from `corpus`, against the Discord API stand-in."""
    async with fake_discord_api() as api:
        settings = replace(
            load_settings(env={}, cwd=ROOT),
            discord_token=Secret(TOKEN),
            discord_api_url=api.url,
            discord_guild_id=int(GUILD),
            digest_timezone="Europe/Budapest",
        )
        service = BriefingService(corpus, story="Summit", today=lambda: date(2025, 10, 20))
        service.snapshot()
        store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
        client, tree = build_client(
            Application(service.held, settings, store=store), settings, clock=lambda: NOW
        )
        await client.login(TOKEN)
        try:
            yield DiscordHarness(client, tree, api, store)
        finally:
            await client.close()
            store.close()
            discord.http.Route.BASE = "https://discord.com/api/v10"


@pytest.fixture
async def discord_bot(tmp_path: Path) -> AsyncIterator[DiscordHarness]:
    async with running_bot(tmp_path) as harness:
        yield harness
