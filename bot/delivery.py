"""Delivery of replies to channels, platform-neutral: the Publisher protocol and its errors."""

from __future__ import annotations

from typing import Protocol

from bot.reply import Reply


class ChannelGone(Exception):
    """The channel no longer exists or forbids the bot; its subscription should be paused, not retried."""


class Publisher(Protocol):
    """Anything that can post a reply into a channel of one platform."""

    platform: str

    async def publish(self, channel: str, reply: Reply) -> None:
        """Post `reply` into `channel`; raise ChannelGone when the channel is dead."""
