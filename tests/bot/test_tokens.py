"""A token the platform refuses, or a platform that cannot be reached: one line naming the variable, exit 2,
no traceback, no retry loop; `digest send` still sends the other platform's digests."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from bot.cli import main
from tests.conftest import ROOT, SEEDS
from tests.fakes import serve_on_loopback

BOGUS = "bogus-token-value-1234"


@pytest.fixture
async def refusing_apis() -> AsyncIterator[str]:
    """Slack's Web API and Discord's REST API on loopback, refusing every token as they do."""

    async def slack(request: web.Request) -> web.Response:
        return web.json_response({"ok": False, "error": "invalid_auth"})

    async def discord_me(request: web.Request) -> web.Response:
        return web.json_response({"message": "401: Unauthorized", "code": 0}, status=401)

    app = web.Application()
    app.router.add_post("/slack/api/{method}", slack)
    app.router.add_get("/discord/api/v10/users/@me", discord_me)
    runner, port = await serve_on_loopback(app)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, **env: str) -> None:
    monkeypatch.chdir(ROOT)
    for name in (
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_APP_TOKEN",
        "DISCORD_TOKEN",
        "BRIEFBOT_CONFIG",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BRIEFBOT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("BRIEFBOT_CORPUS", str(SEEDS))
    for name, value in env.items():
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize(
    ("env", "argv", "variable"),
    [
        ({"DISCORD_TOKEN": BOGUS}, ["run"], "DISCORD_TOKEN"),
        (
            {
                "SLACK_BOT_TOKEN": BOGUS,
                "SLACK_APP_TOKEN": "xapp-1-bogus",
                "SLACK_SIGNING_SECRET": "s3cret-value",
            },
            ["run"],
            "SLACK_BOT_TOKEN",
        ),
        (
            {"SLACK_BOT_TOKEN": BOGUS, "SLACK_SIGNING_SECRET": "s3cret-value"},
            ["run", "--slack-http"],
            "SLACK_BOT_TOKEN",
        ),
    ],
)
async def test_a_refused_token_is_one_line_naming_the_variable(
    refusing_apis: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    env: dict[str, str],
    argv: list[str],
    variable: str,
) -> None:
    """`briefbot run` with a bogus Discord or Slack token (Socket Mode or HTTP) exits 2 with one line."""
    _env(
        monkeypatch,
        tmp_path,
        SLACK_API_URL=f"{refusing_apis}/slack/api/",
        DISCORD_API_URL=f"{refusing_apis}/discord/api/v10",
        **env,
    )
    code = await asyncio.to_thread(main, argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.count("\n") == 1 and variable in err and "refused" in err, err
    assert "Traceback" not in err and BOGUS not in err


async def test_an_unreachable_discord_is_one_line_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nothing listens at DISCORD_API_URL: one line saying Discord cannot be reached to check DISCORD_TOKEN."""
    _env(monkeypatch, tmp_path, DISCORD_TOKEN=BOGUS, DISCORD_API_URL="http://127.0.0.1:9/api/v10")
    code = await asyncio.to_thread(main, ["run"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "cannot reach Discord to check DISCORD_TOKEN" in err, err
    assert "Traceback" not in err and "Unclosed" not in err


async def test_digest_send_carries_on_without_the_platform_that_refused_its_token(
    refusing_apis: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bogus DISCORD_TOKEN in `digest send`: one line about it, and the console channel's digest still goes."""
    _env(monkeypatch, tmp_path, DISCORD_TOKEN=BOGUS, DISCORD_API_URL=f"{refusing_apis}/discord/api/v10")
    assert (
        await asyncio.to_thread(
            main, ["subscriptions", "add", "console", "desk", "--time", "08:00", "--tz", "UTC"]
        )
        == 0
    )
    capsys.readouterr()
    code = await asyncio.to_thread(main, ["digest", "send", "--now", "2025-10-20T08:05:00Z"])
    out, err = capsys.readouterr()
    assert code == 1 and err.count("\n") == 1 and "Discord refused DISCORD_TOKEN" in err, err
    assert "console desk: sent" in out or "sent" in out, out
