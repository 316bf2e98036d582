"""`briefbot preview PLATFORM COMMAND...`: print the exact payload the bot would answer with."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime

from bot.run import make_service
from bot.settings import Settings, SettingsError
from bot.store import Store

PLATFORMS = ("slack",)


def preview(settings: Settings, platform: str, words: Sequence[str], *, now: datetime | None = None) -> str:
    """The JSON payload for one command line such as ["/who", "Orban"]; /digest runs on a throwaway store."""
    if not words:
        raise SettingsError("preview needs a command, for example: briefbot preview slack /who Orban")
    command, text = words[0], " ".join(words[1:])
    if not command.startswith("/"):
        command = "/" + command
    service = make_service(settings)
    store = Store("sqlite://")  # in memory: a preview never changes real subscriptions
    moment = now or datetime.now(UTC)
    if platform == "slack":
        from bot.platforms.slack.app import reply_for
        from bot.platforms.slack.blocks import command_response

        reply, in_channel = reply_for(
            command, text, service=service, store=store, settings=settings, channel="CPREVIEW", now=moment
        )
        payload = command_response(reply, command=settings.command, in_channel=in_channel)
    else:
        raise SettingsError(f"preview: unknown platform {platform!r}; use one of: {', '.join(PLATFORMS)}")
    store.close()
    return json.dumps(payload, ensure_ascii=False, indent=2)
