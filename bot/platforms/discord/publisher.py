"""Post a Reply (a digest) into a Discord channel through discord.py's real HTTP client."""

from __future__ import annotations

import discord

from bot.delivery import ChannelGone
from bot.platforms.discord.embeds import render_messages
from bot.reply import Reply


class DiscordPublisher:
    """Sends replies to Discord channels; discord.py itself waits out a 429 (`retry_after`)."""

    platform = "discord"

    def __init__(self, client: discord.Client, *, command: str = "summit") -> None:
        self.client = client
        self.command = command

    async def publish(self, channel: str, reply: Reply) -> None:
        """Post every message of the reply; raise ChannelGone on 403 or 404 (or a malformed channel id)."""
        if not channel.isdigit():
            raise ChannelGone(f"“{channel}” is not a Discord channel id")
        target = self.client.get_partial_messageable(int(channel))
        for payload in render_messages(reply, command=self.command):
            embeds = [discord.Embed.from_dict(e) for e in payload["embeds"]]
            try:
                await target.send(embeds=embeds, allowed_mentions=discord.AllowedMentions.none())
            except (discord.Forbidden, discord.NotFound) as exc:
                raise ChannelGone(f"Discord says {exc.status}: {exc.text or 'no access'}") from exc
