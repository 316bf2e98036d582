"""Which reply a typed command gets, and whether it goes to the whole channel: shared by every platform."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.commands import Options, error_reply, help_reply, summit_reply, who_reply
from bot.commands import parse_section as parse_summit_section
from bot.digests import DigestContext, handle_digest
from bot.reply import Reply
from bot.service import BriefingService
from bot.settings import Settings
from bot.store import Store


def reply_for(
    platform: str,
    command: str,
    text: str,
    *,
    service: BriefingService,
    store: Store,
    settings: Settings,
    channel: str,
    now: datetime,
    on_change: Callable[[], None] | None = None,
) -> tuple[Reply, bool]:
    """The reply to one slash command, and whether it goes to the whole channel."""
    options = Options(command=settings.command, stale_days=settings.stale_days)
    words = text.split()
    name = command.lstrip("/").lower()
    if name == settings.command:
        if words[:1] and words[0].lower() == "help":
            return help_reply(options), False
        section, problem = parse_summit_section(words)
        if problem:
            return error_reply(problem), False
        return summit_reply(service.held(), section, options=options), True
    if name == "who":
        return who_reply(service.held(), text, options=options), False
    if name == "digest":
        ctx = DigestContext(
            on_change=on_change,
            last_sent=store.last_sent(platform, channel),
            platform=platform,
            channel=channel,
            store=store,
            default_timezone=settings.digest_timezone,
            now=now,
            stale_days=settings.stale_days,
        )
        in_channel = bool(words) and words[0].lower() == "now"
        return handle_digest(words, service.held(), ctx), in_channel
    return error_reply(f"Unknown command “{command}”. Try /{settings.command} help."), False
