"""The running bot polls the configured `[[feeds]]`: each at its own interval, backing off after errors.

A feed that fails waits twice as long before the next try (up to MAX_BACKOFF), and is back on its interval
after a success. New entries land in the corpus folder, where the watcher picks them up (rebuild, alerts).
Nothing a feed or an entry does stops the poller: an unexpected error is logged with the feed's URL and counts
as a failure, and one poll of a feed is cut at POLL_TIMEOUT (its entry states are kept).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp

from bot.ingest.errors import IngestError
from bot.ingest.feeds import ingest_feed
from bot.ingest.pipeline import ingest_one
from bot.ingest.write import Written
from bot.settings import FeedSetting
from briefings.text import shown

log = logging.getLogger(__name__)
MAX_BACKOFF = timedelta(hours=6)
POLL_TIMEOUT = 600.0  # seconds one poll of one feed may take, every entry's page included


class FeedPoller:
    """Polls feeds into a corpus; `poll_due` does one round, `run` repeats it until cancelled."""

    def __init__(
        self,
        feeds: Sequence[FeedSetting],
        corpus: Path,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.feeds = list(feeds)
        self.corpus = corpus
        self.clock = clock
        self.failures: dict[str, int] = {}
        self.next_at: dict[str, datetime] = {}

    def delay(self, feed: FeedSetting) -> timedelta:
        """How long until this feed's next poll: its interval, doubled for each failure in a row (capped)."""
        base = timedelta(minutes=feed.every_minutes)
        backed_off: timedelta = base * (2 ** min(self.failures.get(feed.url, 0), 16))
        return min(backed_off, max(MAX_BACKOFF, base))

    async def poll_due(self, session: aiohttp.ClientSession) -> list[str]:
        """Poll every feed that is due now; the lines say what each added or why it failed."""
        now = self.clock()
        lines: list[str] = []
        for feed in self.feeds:
            if self.next_at.get(feed.url, now) > now:
                continue

            async def page(link: str) -> Written:
                return await ingest_one(session, link, self.corpus, now=now)

            try:
                async with asyncio.timeout(POLL_TIMEOUT):
                    result = await ingest_feed(session, feed.url, self.corpus, now=now, page=page)
                lines += result.lines
                self.failures.pop(feed.url, None)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the poller outlives any feed: a bad one is named and backed off
                if not isinstance(exc, IngestError | TimeoutError):
                    log.warning("polling %s failed unexpectedly", shown(feed.url), exc_info=True)
                reason = (
                    str(exc) if isinstance(exc, IngestError) else f"{shown(feed.url)}: {type(exc).__name__}"
                )
                self.failures[feed.url] = self.failures.get(feed.url, 0) + 1
                lines.append(f"failed: {reason} (next try in {self.delay(feed)})")
            self.next_at[feed.url] = now + self.delay(feed)
        for line in lines:  # a failure is a warning (shown by default); what landed is information
            log.log(logging.WARNING if line.startswith("failed:") else logging.INFO, "feed: %s", line)
        return lines

    async def run(self) -> None:
        """Poll until cancelled, waking when the earliest feed is due."""
        async with aiohttp.ClientSession() as session:
            while True:
                await self.poll_due(session)
                now = self.clock()
                wake = min(self.next_at.values(), default=now + timedelta(minutes=30))
                await asyncio.sleep(max((wake - now).total_seconds(), 1.0))
