"""`briefbot run --slack-http` as a real process: env tokens, the Web API stand-in, a signed command."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
from slack_sdk.signature import SignatureVerifier

from tests.bot.slack.conftest import BOT_TOKEN, SIGNING_SECRET
from tests.conftest import ROOT, SEEDS
from tests.fakes.slack_api import fake_slack_api


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


async def test_run_serves_slack_over_http_and_keeps_the_token_out_of_its_output(tmp_path: Path) -> None:
    """The process answers a signed /who with 200 and never prints the token or the signing secret."""
    async with fake_slack_api() as api:
        port = free_port()
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("SLACK_", "DISCORD_", "BRIEFBOT_")) or k == "BRIEFBOT_DATA_DIR"
        }
        env.update(
            {
                "SLACK_BOT_TOKEN": BOT_TOKEN,
                "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                "SLACK_API_URL": api.url,
                "BRIEFBOT_DATA_DIR": str(tmp_path),
            }
        )
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.cli",
            "-v",
            "run",
            "--slack-http",
            "--port",
            str(port),
            "--corpus",
            str(SEEDS),
            cwd=ROOT,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            body = urlencode(
                {"command": "/who", "text": "Orban", "channel_id": "C1", "user_id": "U1", "team_id": "T1"}
            )
            async with aiohttp.ClientSession() as session:
                deadline = time.monotonic() + 30
                status = 0
                while time.monotonic() < deadline:
                    ts = str(int(time.time()))
                    headers = {
                        "Content-Type": "application/x-www-form-urlencoded",
                        "X-Slack-Request-Timestamp": ts,
                        "X-Slack-Signature": SignatureVerifier(SIGNING_SECRET).generate_signature(
                            timestamp=ts, body=body
                        )
                        or "",
                    }
                    try:
                        async with session.post(
                            f"http://127.0.0.1:{port}/slack/events", data=body, headers=headers
                        ) as resp:
                            status, payload = resp.status, await resp.json(content_type=None)
                            break
                    except aiohttp.ClientConnectionError:
                        await asyncio.sleep(0.3)
            assert status == 200 and payload["response_type"] == "ephemeral"
            assert "Viktor Orbán" in str(payload["blocks"])
            assert (tmp_path / "briefbot.db").is_file()  # the store lives in BRIEFBOT_DATA_DIR
        finally:
            proc.terminate()
            out, err = await asyncio.wait_for(proc.communicate(), timeout=20)
        printed = (out + err).decode()
        assert "Slack adapter starting" in printed
        assert BOT_TOKEN not in printed and SIGNING_SECRET not in printed


def test_missing_slack_secrets_are_named_not_tracebacks(tmp_path: Path) -> None:
    """A bot token without the app token (Socket Mode) or signing secret exits 2 naming the variable."""
    import subprocess

    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLACK_", "DISCORD_", "BRIEFBOT_")) or k == "BRIEFBOT_DATA_DIR"
    }
    base["BRIEFBOT_DATA_DIR"] = str(tmp_path)
    no_app_token = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**base, "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET},
        check=False,
    )
    assert no_app_token.returncode == 2 and "SLACK_APP_TOKEN" in no_app_token.stderr
    no_secret = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run", "--slack-http"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**base, "SLACK_BOT_TOKEN": BOT_TOKEN},
        check=False,
    )
    assert no_secret.returncode == 2 and "SLACK_SIGNING_SECRET" in no_secret.stderr
    for result in (no_app_token, no_secret):
        assert "Traceback" not in result.stderr and BOT_TOKEN not in result.stderr
