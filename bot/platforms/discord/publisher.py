"""Post a Reply (a digest) into a Discord channel through discord.py's real HTTP client."""

from __future__ import annotations

from datetime import datetime

import discord

from bot.digest.runner import ChannelGone
from bot.platforms.discord.embeds import render_messages
from bot.reply import Reply


class DiscordPublisher:
    """Sends replies to Discord channels; discord.py itself waits out a 429 (`retry_after`)."""

    platform = "discord"

    def __init__(self, client: discord.Client, *, command: str = "summit") -> None:
        self.client = client
        self.command = command

    async def publish(self, channel: str, reply: Reply, *, marker: str = "") -> str | None:
        """Post every message of the reply; return the first message's id.

        Raise ChannelGone on 403 or 404 (or a malformed channel id).
        """
        if not channel.isdigit():
            raise ChannelGone(f"“{channel}” is not a Discord channel id")
        target = self.client.get_partial_messageable(int(channel))
        first: str | None = None
        for payload in render_messages(reply, command=self.command):
            embeds = [discord.Embed.from_dict(e) for e in payload["embeds"]]
            try:
                sent = await target.send(embeds=embeds, allowed_mentions=discord.AllowedMentions.none())
            except (discord.Forbidden, discord.NotFound) as exc:
                raise ChannelGone(f"Discord says {exc.status}: {exc.text or 'no access'}") from exc
            first = first or str(sent.id)
        return first

    async def find(self, channel: str, reply: Reply, *, marker: str, since: datetime) -> str | None:
        """The id of a message this bot posted in `channel` since `since` that opens with this digest's
        title (Discord messages carry no metadata; one digest a channel a day makes the title enough).
        Needs the Read Message History permission."""
        me = self.client.user
        if me is None or not channel.isdigit():
            return None
        title = render_messages(reply, command=self.command)[0]["embeds"][0].get("title")
        target = self.client.get_partial_messageable(int(channel))
        async for message in target.history(limit=100, after=since):
            if message.author.id == me.id and message.embeds and message.embeds[0].title == title:
                return str(message.id)
        return None
