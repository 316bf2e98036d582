"""Post a Reply (a digest) into a Slack channel with chat.postMessage, telling dead channels apart."""

from __future__ import annotations

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.delivery import ChannelGone
from bot.platforms.slack.blocks import message_payload
from bot.reply import Reply

DEAD_CHANNEL_ERRORS = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "channel_is_archived",
        "restricted_action",
        "access_denied",
        "team_access_not_granted",
    }
)


class SlackPublisher:
    """Sends replies to Slack channels; a 429 is waited out by the client's retry handler."""

    platform = "slack"

    def __init__(self, client: AsyncWebClient, *, command: str = "summit") -> None:
        self.client = client
        self.command = command

    async def publish(self, channel: str, reply: Reply) -> None:
        """Post the reply; raise ChannelGone when the channel is gone or forbids the bot."""
        try:
            await self.client.chat_postMessage(**message_payload(channel, reply, command=self.command))
        except SlackApiError as exc:
            error = str(exc.response.get("error", "")) if exc.response is not None else ""
            if error in DEAD_CHANNEL_ERRORS:
                raise ChannelGone(f"Slack says {error}") from exc
            raise
