"""`briefbot run`: start the adapters that have tokens, sharing one held briefing and one store."""

from __future__ import annotations

import asyncio
import logging
from datetime import date

from bot.service import BriefingService
from bot.settings import Settings
from bot.store import Store, database_url

log = logging.getLogger(__name__)


def make_service(settings: Settings, as_of: date | None = None) -> BriefingService:
    """The briefing service for the configured corpus (fixed to `as_of` when given)."""
    return BriefingService(
        settings.corpus,
        story=settings.story_title,
        today=(lambda: as_of) if as_of else date.today,
        summary_words=settings.summary_words,
        background_days=settings.background_days,
        max_bytes=settings.max_article_bytes,
    )


def make_store(settings: Settings) -> Store:
    """The store at BRIEFBOT_DATABASE_URL, or the SQLite file in the data folder."""
    return Store(database_url(settings.data_dir, settings.database_url))


async def run_platforms(
    settings: Settings, *, slack_http: bool, port: int, as_of: date | None = None
) -> None:
    """Serve every platform with a token until cancelled."""
    from bot.platforms.slack.app import build_app, keep_fresh
    from bot.platforms.slack.runner import run_http, run_socket_mode

    service = make_service(settings, as_of)
    await asyncio.to_thread(service.snapshot)  # build before the first command arrives
    store = await asyncio.to_thread(make_store, settings)
    tasks: list[asyncio.Task[None]] = [asyncio.create_task(keep_fresh(service))]
    if settings.has_slack:
        app = build_app(service, store, settings)
        if slack_http:
            tasks.append(asyncio.create_task(run_http(app, port=port)))
        else:
            tasks.append(asyncio.create_task(run_socket_mode(app, settings)))
        log.warning("Slack adapter started (%s)", f"HTTP on port {port}" if slack_http else "Socket Mode")
    if settings.has_discord and settings.discord_token is not None:
        from bot.platforms.discord.bot import build_client

        client, _tree = build_client(service, store, settings)
        tasks.append(asyncio.create_task(client.start(settings.discord_token.get())))
        log.warning(
            "Discord adapter started (commands synced %s)",
            f"to server {settings.discord_guild_id}" if settings.discord_guild_id else "globally",
        )
    try:
        done, _pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for task in done:
            task.result()
    finally:
        for task in tasks:
            task.cancel()
        store.close()
