"""Redaction: configured secrets and token-shaped strings never reach a log, an outcome line or the store."""

from __future__ import annotations

import pytest

from bot.logsetup import Redactor


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("error: bad token Bearer xoxb-1234-5678-abcdefXYZ", "xoxb-1234"),
        ("app token xapp-1-A0B1C2-999-abcdef", "xapp-1"),
        ("Authorization: Bot MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GaBcDe.abcdefghijklmnopqrstuvwxyz0123", "MTIzNDU2"),
        ("the configured one: my-own-secret-value!", "my-own-secret-value"),
    ],
)
def test_secrets_and_token_shapes_are_redacted(text: str, leak: str) -> None:
    """A configured secret and any Slack/Discord token shape become [redacted]."""
    cleaned = Redactor(["my-own-secret-value"])(text)
    assert leak not in cleaned and "[redacted]" in cleaned


def test_ordinary_text_is_left_alone() -> None:
    """Words like "Bot said" and version numbers are not mistaken for tokens."""
    text = "The Bot said hello at version 1.2.3 on channel C0123456789"
    assert Redactor()(text) == text


def test_a_flood_of_one_message_is_held_back_and_counted() -> None:
    """1,000 "Error handling request" lines in a minute write 5; the first after the minute says how many
    were held back; another message is not held back by them."""
    import logging

    from bot.logsetup import RepeatLimiter

    clock = [0.0]
    limiter = RepeatLimiter(burst=5, window=60.0, clock=lambda: clock[0])

    def record(msg: str) -> logging.LogRecord:
        return logging.LogRecord("aiohttp.server", logging.ERROR, __file__, 1, msg, None, None)

    passed = [r for r in (record("Error handling request") for _ in range(1000)) if limiter.filter(r)]
    assert len(passed) == 5 and limiter.filter(record("socket.accept() out of system resource"))
    clock[0] = 61.0
    later = record("Error handling request")
    assert limiter.filter(later) and "995 more like it held back" in later.getMessage()
