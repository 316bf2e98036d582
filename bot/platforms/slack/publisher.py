"""Post a Reply (a digest) into a Slack channel with chat.postMessage, telling dead channels apart."""

from __future__ import annotations

from datetime import datetime

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.digest.runner import ChannelGone
from bot.platforms.slack.blocks import message_payload
from bot.reply import Reply

EVENT_TYPE = "briefbot_digest"  # the message metadata that marks a digest post
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

    async def publish(self, channel: str, reply: Reply, *, marker: str = "") -> str | None:
        """Post the reply, carrying `marker` in its message metadata; return its `ts`.

        Raise ChannelGone when the channel is gone or forbids the bot.
        """
        payload = message_payload(channel, reply, command=self.command)
        if marker:
            payload["metadata"] = {"event_type": EVENT_TYPE, "event_payload": {"key": marker}}
        try:
            response = await self.client.chat_postMessage(**payload)
        except SlackApiError as exc:
            error = str(exc.response.get("error", "")) if exc.response is not None else ""
            if error in DEAD_CHANNEL_ERRORS:
                raise ChannelGone(f"Slack says {error}") from exc
            raise
        ts = response.get("ts")
        return str(ts) if ts else None

    async def find(self, channel: str, reply: Reply, *, marker: str, since: datetime) -> str | None:
        """The `ts` of a message in `channel` since `since` whose metadata carries `marker` (needs the
        channels:history scope, groups:history for private channels)."""
        response = await self.client.conversations_history(
            channel=channel, oldest=f"{since.timestamp():.6f}", include_all_metadata=True, limit=200
        )
        for message in response.get("messages") or []:
            metadata = message.get("metadata") or {}
            payload = metadata.get("event_payload") or {}
            if metadata.get("event_type") == EVENT_TYPE and payload.get("key") == marker:
                return str(message.get("ts"))
        return None
