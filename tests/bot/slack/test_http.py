"""The real bolt app over HTTP: signed slash commands in, Block Kit out, bad signatures refused."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import time
from typing import Any
from urllib.parse import urlencode

import pytest
from slack_sdk.models.blocks import Block

from tests.bot.slack.conftest import BOT_TOKEN, SIGNING_SECRET, SlackHarness


def check_blocks(body: dict[str, Any]) -> str:
    """Validate every block with slack_sdk's own models; return all the text for content checks."""
    blocks = body["blocks"]
    assert 0 < len(blocks) <= 50
    texts = [body["text"]]
    for raw in blocks:
        Block.parse(raw).validate_json()  # type: ignore[union-attr]
        if raw["type"] == "section":
            assert len(raw["text"]["text"]) <= 3000
            texts.append(raw["text"]["text"])
        elif raw["type"] == "header":
            assert len(raw["text"]["text"]) <= 150
            texts.append(raw["text"]["text"])
        elif raw["type"] == "context":
            assert len(raw["elements"]) <= 10
            texts.extend(e["text"] for e in raw["elements"])
    return "\n".join(texts)


async def test_summit_answers_the_channel_with_the_whole_briefing(slack: SlackHarness) -> None:
    """/summit: in_channel, header, summary, dates, questions, people, disagreements, sources."""
    status, body = await slack.command("/summit")
    assert status == 200 and body["response_type"] == "in_channel"
    text = check_blocks(body)
    for part in ("Summary", "Key dates", "Open questions", "People", "Where sources disagree", "Sources"):
        assert part in text
    assert "[1]" in text and "Oct 16, 2025" in text


async def test_summit_section_and_help(slack: SlackHarness) -> None:
    """/summit dates gives the dates alone; /summit help explains usage, to the asker only."""
    _, body = await slack.command("/summit", "dates")
    text = check_blocks(body)
    assert "Key dates" in text and "Open questions" not in text
    _, help_body = await slack.command("/summit", "help")
    assert help_body["response_type"] == "ephemeral" and "/who NAME" in check_blocks(help_body)
    _, bad = await slack.command("/summit", "weather")
    assert bad["response_type"] == "ephemeral" and "Unknown section" in check_blocks(bad)


async def test_who_is_ephemeral_and_accent_insensitive(slack: SlackHarness) -> None:
    """/who orban answers only the asker with Viktor Orbán's profile and quotes."""
    _, body = await slack.command("/who", "orban")
    assert body["response_type"] == "ephemeral"
    text = check_blocks(body)
    assert "Viktor Orbán" in text and "We are ready!" in text


async def test_who_unknown_suggests_and_empty_explains(slack: SlackHarness) -> None:
    """An unknown name gives close suggestions; no name gives usage."""
    _, body = await slack.command("/who", "Zelenski")
    assert "Volodymyr Zelensky" in check_blocks(body)
    _, nobody = await slack.command("/who", "Qwxyz")
    assert "No one called" in check_blocks(nobody)
    _, empty = await slack.command("/who", "")
    assert "Tell me whom to look up" in check_blocks(empty)


async def test_text_we_did_not_write_can_never_ping(slack: SlackHarness) -> None:
    """/who <!channel> & co. is escaped: no raw "<!" reaches Slack."""
    _, body = await slack.command("/who", "<!channel> & <!here>")
    text = check_blocks(body)
    assert "<!channel>" not in text and "<!here>" not in text
    assert "&lt;!channel&gt; &amp; &lt;!here&gt;" in text


async def test_unsigned_wrongly_signed_and_stale_requests_get_401(slack: SlackHarness) -> None:
    """Signature verification: a missing, a wrong and a 5-minute-old signature are all refused."""
    assert (await slack.command("/summit", signed=False))[0] == 401
    assert (await slack.command("/summit", secret="not-the-secret"))[0] == 401
    assert (await slack.command("/summit", age=301))[0] == 401
    assert (await slack.command("/summit", age=30))[0] == 200


async def test_digest_commands_record_the_subscription(slack: SlackHarness) -> None:
    """subscribe, status, pause, resume, unsubscribe act on this channel's row in the store."""
    _, body = await slack.command("/digest", "subscribe 8:30 Europe/Budapest", channel="CNEWS")
    assert body["response_type"] == "ephemeral" and "08:30 Europe/Budapest" in check_blocks(body)
    sub = slack.store.get("slack", "CNEWS")
    assert sub is not None and (sub.time, sub.timezone, sub.paused) == ("08:30", "Europe/Budapest", False)
    _, status = await slack.command("/digest", "status", channel="CNEWS")
    assert "Oct 21, 2025 08:30 CEST" in check_blocks(status)
    await slack.command("/digest", "pause", channel="CNEWS")
    paused = slack.store.get("slack", "CNEWS")
    assert paused is not None and paused.paused
    await slack.command("/digest", "resume", channel="CNEWS")
    resumed = slack.store.get("slack", "CNEWS")
    assert resumed is not None and not resumed.paused
    await slack.command("/digest", "unsubscribe", channel="CNEWS")
    assert slack.store.get("slack", "CNEWS") is None


async def test_digest_refuses_bad_time_and_zone_and_uses_the_default_zone(slack: SlackHarness) -> None:
    """A bad time or timezone says what is accepted; no timezone takes the configured default."""
    _, bad_time = await slack.command("/digest", "subscribe 25:00")
    assert "HH:MM" in check_blocks(bad_time)
    _, bad_zone = await slack.command("/digest", "subscribe 08:00 Mars/Olympus")
    assert "Area/City" in check_blocks(bad_zone)
    assert slack.store.get("slack", "C123") is None
    await slack.command("/digest", "subscribe 07:00")
    sub = slack.store.get("slack", "C123")
    assert sub is not None and sub.timezone == "Europe/Budapest"


async def test_digest_now_posts_the_digest_in_the_channel(slack: SlackHarness) -> None:
    """/digest now answers the channel with upcoming dates, open questions and the summary."""
    _, body = await slack.command("/digest", "now")
    assert body["response_type"] == "in_channel"
    text = check_blocks(body)
    assert "Daily digest" in text and "Coming up" in text and "Open questions" in text


async def test_the_token_goes_only_into_the_authorization_header(slack: SlackHarness) -> None:
    """The bot token reaches the Web API as a bearer header and appears in no reply."""
    _, body = await slack.command("/summit")
    assert BOT_TOKEN not in str(body)
    auth_calls = [b for m, b in slack.api.calls if m == "auth.test"]
    assert auth_calls and auth_calls[0]["_auth"] == f"Bearer {BOT_TOKEN}"


def test_the_manifest_declares_every_command_the_app_answers() -> None:
    """config/slack-manifest.yml lists /summit (from config), /who and /digest, and the scopes they need."""
    from bot.settings import load_settings
    from tests.conftest import ROOT

    manifest = (ROOT / "config" / "slack-manifest.yml").read_text()
    command = load_settings(env={}, cwd=ROOT).command
    for name in (f"/{command}", "/who", "/digest"):
        assert f"- command: {name}\n" in manifest
    for scope in ("commands", "chat:write", "channels:history"):
        assert f"- {scope}" in manifest


def signed(body: bytes, *, secret: str = SIGNING_SECRET, content_type: str) -> dict[str, str]:
    """Headers Slack would send for `body`, signed now over its raw bytes."""
    timestamp = str(int(time.time()))
    base = b"v0:" + timestamp.encode() + b":" + body
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": timestamp,
        "X-Slack-Signature": f"v0={digest}",
    }


async def test_a_replayed_signed_request_gets_401(slack: SlackHarness) -> None:
    """The same signed request sent again 2 s later is refused; a new signature is answered."""
    body = urlencode({"command": "/summit", "text": "dates", "channel_id": "C1", "user_id": "U1"}).encode()
    headers = signed(body, content_type="application/x-www-form-urlencoded")
    assert (await slack.post(body, headers))[0] == 200
    await asyncio.sleep(2)
    assert (await slack.post(body, headers))[0] == 401
    assert (await slack.command("/summit", "dates"))[0] == 200


MALFORMED = [
    ({"X-Slack-Request-Timestamp": "soon", "X-Slack-Signature": "v0=abc"}, b"command=%2Fsummit", "form"),
    ({"X-Slack-Request-Timestamp": "١٢٣", "X-Slack-Signature": "v0=abc"}, b"command=%2Fsummit", "form"),
    ({}, b'{"type": "event_callback", "event": {', "json"),
    ({}, b"\xff\xfe\x00command=\xc3", "form"),
    ({}, b"payload=%7Bnot+json", "form"),
    ({"X-Slack-Request-Timestamp": "1", "X-Slack-Signature": "v0=\u00e9"}, b"payload=%7B", "form"),
]


@pytest.mark.parametrize(("headers", "body", "kind"), MALFORMED)
async def test_malformed_unsigned_requests_get_401_without_a_traceback(
    slack: SlackHarness,
    caplog: pytest.LogCaptureFixture,
    headers: dict[str, str],
    body: bytes,
    kind: str,
) -> None:
    """A bad timestamp, truncated JSON, undecodable bytes, a payload that is not JSON: 401, nothing raised."""
    content_type = "application/json" if kind == "json" else "application/x-www-form-urlencoded"
    with caplog.at_level(logging.DEBUG):
        status, _ = await slack.post(body, {"Content-Type": content_type, **headers})
    assert status == 401
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert not any("\\xff" in r.getMessage() or "not+json" in r.getMessage() for r in caplog.records)


async def test_a_signed_but_unreadable_request_gets_400_without_a_traceback(
    slack: SlackHarness, caplog: pytest.LogCaptureFixture
) -> None:
    """Signed with our secret but not JSON inside: a clear 400, no 500, no traceback."""
    body = b"payload=%7Bnot+json"
    with caplog.at_level(logging.DEBUG):
        status, _ = await slack.post(body, signed(body, content_type="application/x-www-form-urlencoded"))
    assert status == 400
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
