"""`briefbot preview PLATFORM COMMAND...`: print the exact payload the bot would answer with."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime

from bot.dispatch import reply_for
from bot.run import make_service
from bot.settings import Settings, SettingsError
from bot.store import Store

PLATFORMS = ("slack", "discord")


def preview(settings: Settings, platform: str, words: Sequence[str], *, now: datetime | None = None) -> str:
    """The JSON payload for one command line such as ["/who", "Orban"]; /digest runs on a throwaway store."""
    if platform not in PLATFORMS:
        raise SettingsError(f"preview: unknown platform {platform!r}; use one of: {', '.join(PLATFORMS)}")
    if not words:
        raise SettingsError(f"preview needs a command, for example: briefbot preview {platform} /who Orban")
    command = words[0] if words[0].startswith("/") else "/" + words[0]
    store = Store("sqlite://")  # in memory: a preview never changes real subscriptions
    try:
        reply, public = reply_for(
            platform,
            command,
            " ".join(words[1:]),
            service=make_service(settings),
            store=store,
            settings=settings,
            now=now or datetime.now(UTC),
            channel="800000000000000000" if platform == "discord" else "CPREVIEW",
        )
    finally:
        store.close()
    payload: object
    if platform == "slack":
        from bot.platforms.slack.blocks import command_response

        payload = command_response(reply, command=settings.command, in_channel=public)
    else:
        from bot.platforms.discord.embeds import render_messages

        payload = {
            "ephemeral": not public or reply.ephemeral,
            "messages": render_messages(reply, command=settings.command),
        }
    return json.dumps(payload, ensure_ascii=False, indent=2)
