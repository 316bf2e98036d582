"""Keep the held briefing current: rebuild (in a worker thread) within seconds of an article being added,
changed or removed in the corpus folder (watchfiles), and when the day changes. Replies never wait: they are
answered from the briefing held until the new one is ready."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

from watchfiles import Change, awatch

from bot.service import BriefingService
from briefings.load.files import is_article_name
from briefings.model import Briefing

log = logging.getLogger(__name__)
DAY_CHECK_MS = 60_000  # with no file event for this long, look whether the day changed


def is_article(change: Change, path: str) -> bool:
    """An article file directly in the corpus (not a hidden, temporary or history file)."""
    name = Path(path).name
    return is_article_name(name)


async def watch_corpus(
    service: BriefingService,
    *,
    on_change: Callable[[Briefing, Briefing], Awaitable[None]] | None = None,
    warm: Callable[[], None] | None = None,
    stop: asyncio.Event | None = None,
    debounce_ms: int = 500,
) -> None:
    """Rebuild whenever an article changes (events within `debounce_ms` are one rebuild) or the day turns;
    then `warm()` (in a worker thread: the new briefing's first replies) and `on_change(before, after)`
    (new-source alerts)."""
    folder = service.corpus
    while not folder.is_dir():  # a corpus folder that does not exist yet: wait for it
        await asyncio.sleep(5)
    log.info("watching %s for new, changed and removed articles", folder)
    async for changes in awatch(
        folder,
        watch_filter=is_article,
        debounce=debounce_ms,
        recursive=False,
        stop_event=stop,
        rust_timeout=DAY_CHECK_MS,
        yield_on_timeout=True,
    ):
        before = service.held()
        if await asyncio.to_thread(service.refresh):
            log.info("briefing rebuilt after %d change(s) in %s", len(changes), folder)
            if warm is not None:
                try:
                    await asyncio.to_thread(warm)
                except Exception:  # a reply that fails to build fails again, logged, when asked
                    log.exception("building the first replies of the rebuilt briefing failed")
            if on_change is not None:
                try:
                    await on_change(before, service.held())
                except Exception:  # alerts must never stop the watcher
                    log.exception("handling the rebuilt briefing failed")
