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
