"""`briefbot preview PLATFORM COMMAND...`: print the exact payload the bot would answer with."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime, time

from bot.app import Application, Request, parse_line
from bot.service import make_service
from bot.settings import Settings, SettingsError

PLATFORMS = ("slack", "discord")


def preview(
    settings: Settings,
    platform: str,
    words: Sequence[str],
    *,
    as_of: date | None = None,
    now: datetime | None = None,
) -> str:
    """The JSON payload for one command line such as ["/who", "Orban"]; /digest runs on a throwaway store."""
    if platform not in PLATFORMS:
        raise SettingsError(f"preview: unknown platform {platform!r}; use one of: {', '.join(PLATFORMS)}")
    if not words:
        raise SettingsError(f"preview needs a command, for example: briefbot preview {platform} /who Orban")
    command, args = parse_line(" ".join(words))
    from bot.store import Store

    store = Store("sqlite://")  # in memory: a preview never changes real subscriptions
    channel = "800000000000000000" if platform == "discord" else "CPREVIEW"
    try:
        app = Application(make_service(settings, as_of, progress=True).current, settings, store=store)
        if now is None:
            now = datetime.combine(as_of, time(12, 0), tzinfo=UTC) if as_of else datetime.now(UTC)
        reply = app.handle(Request(platform, channel, command, args, now))
    finally:
        store.close()
    payload: object
    if platform == "slack":
        from bot.platforms.slack.blocks import command_response

        payload = command_response(reply, command=settings.command)
    else:
        from bot.platforms.discord.embeds import render_messages

        payload = {
            "ephemeral": reply.ephemeral,
            "messages": render_messages(reply, command=settings.command),
        }
    return json.dumps(payload, ensure_ascii=False, indent=2)
