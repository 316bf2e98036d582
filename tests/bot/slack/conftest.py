"""The real bolt app in HTTP mode on loopback, with the Slack Web API stand-in behind it."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
from slack_sdk.signature import SignatureVerifier

from bot.app import Application
from bot.platforms.slack.app import build_app, web_client
from bot.platforms.slack.endpoint import SlackEndpoint
from bot.platforms.slack.runner import ServeLimits, bound_port, start_http
from bot.service import BriefingService
from bot.settings import Secret, load_settings
from bot.store import Store
from tests.conftest import ROOT, SEEDS
from tests.fakes.slack_api import FakeSlackApi, fake_slack_api

SIGNING_SECRET = "test-signing-secret-0123456789"
BOT_TOKEN = "xoxb-test-token-do-not-leak-42"
NOW = datetime(2025, 10, 20, 9, 0, tzinfo=UTC)


@dataclass
class SlackHarness:
    """A running bot and the means to talk to it as Slack would."""

    url: str
    api: FakeSlackApi
    store: Store
    session: aiohttp.ClientSession

    async def command(
        self,
        command: str,
        text: str = "",
        *,
        channel: str = "C123",
        signed: bool = True,
        secret: str = SIGNING_SECRET,
        age: int = 0,
    ) -> tuple[int, Any]:
        """POST a slash command as Slack does; returns (status, parsed body)."""
        body = urlencode(
            {
                "token": "legacy",
                "team_id": "T1",
                "team_domain": "test",
                "channel_id": channel,
                "channel_name": "news",
                "user_id": "U1",
                "user_name": "ana",
                "command": command,
                "text": text,
                "api_app_id": "A1",
                "response_url": "https://hooks.invalid/x",
                "trigger_id": "1.2.3",
            }
        )
        timestamp = str(int(time.time()) - age)
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if signed:
            headers["X-Slack-Request-Timestamp"] = timestamp
            signature = SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=body)
            headers["X-Slack-Signature"] = signature or ""
        return await self.post(body.encode(), headers)

    async def post(self, body: bytes, headers: dict[str, str]) -> tuple[int, Any]:
        """POST raw bytes with the given headers; returns (status, parsed body or text)."""
        async with self.session.post(self.url, data=body, headers=headers) as resp:
            text_body = await resp.text()
            try:
                return resp.status, await resp.json(content_type=None)
            except ValueError:
                return resp.status, text_body


@pytest.fixture
async def slack(tmp_path: Path) -> AsyncIterator[SlackHarness]:
    """The bolt app served on a free loopback port, talking to the Web API stand-in."""
    async with serve_slack(tmp_path) as harness:
        yield harness


@asynccontextmanager
async def serve_slack(tmp_path: Path, limits: ServeLimits | None = None) -> AsyncIterator[SlackHarness]:
    """The bolt app served on a free loopback port within `limits`, talking to the Web API stand-in."""
    async with fake_slack_api() as api:
        settings = replace(
            load_settings(env={}, cwd=ROOT),
            slack_bot_token=Secret(BOT_TOKEN),
            slack_signing_secret=Secret(SIGNING_SECRET),
            slack_api_url=api.url,
            digest_timezone="Europe/Budapest",
        )
        service = BriefingService(SEEDS, story="Summit", today=lambda: date(2025, 10, 20))
        store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
        application = Application(service.held, settings, store=store)
        app = build_app(application, settings, clock=lambda: NOW, client=web_client(settings))
        endpoint = SlackEndpoint(app, SIGNING_SECRET, store)
        runner = await start_http(endpoint, host="127.0.0.1", port=0, limits=limits)
        url = f"http://127.0.0.1:{bound_port(runner)}/slack/events"
        async with aiohttp.ClientSession() as session:
            yield SlackHarness(url, api, store, session)
        await runner.cleanup()
        store.close()
