"""New-source alerts: a short message to the channels that asked, when an article arrives.

The running bot calls `AlertRunner.changed(before, after)` after each rebuild. What every new source adds
(`briefings.output.news`) goes to each channel whose filter (a keyword or a person, optional) it matches. A channel gets
at most one alert every ALERT_GAP: sources arriving sooner wait and go out together, so a burst is one alert.
Alerts are rendered like every other Reply: the same limits, escaping and no-mention rules.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from bot import messages as msg
from bot.reply import Item, Reply, Section
from briefings.labels import day_label
from briefings.model import Briefing
from briefings.output.news import NewSource, new_sources

if TYPE_CHECKING:
    from bot.digest.runner import Publisher
    from bot.store import Store

log = logging.getLogger(__name__)
ALERT_GAP = timedelta(minutes=10)
MAX_SOURCES = 5  # an alert names at most this many sources; the rest are counted


def alert_reply(story: str, news: list[NewSource]) -> Reply:
    """One alert: each new source's title, outlet and date, and what it adds."""
    sections = []
    for n in news[:MAX_SOURCES]:
        s = n.source
        when = day_label(s.published) if s.published else "date unknown"
        items = [Item(f"{s.source or 'outlet unknown'} · {when}", (s.id,), label="From")]
        items += [Item(text, label="New date") for text in n.dates]
        items += [Item(name, label="New person") for name in n.people]
        items += [Item(text, label="Changed") for text in n.figures]
        items += [Item(text, label="Answers") for text in n.answers]
        sections.append(Section("alert", s.title, tuple(items)))
    more = len(news) - MAX_SOURCES
    if more > 0:
        sections.append(Section("more", "", text=f"…and {more} more; `/digest now` for the whole digest."))
    count = len(news)
    title = msg.ALERT_TITLE.format(story=story, count=count, s="" if count == 1 else "s")
    citations = tuple((n.source.id, n.source.title) for n in news)
    return Reply("notice", title, tuple(sections), citations=citations)


class AlertRunner:
    """Sends new-source alerts to the channels that asked, at most one per channel every `gap`."""

    def __init__(
        self,
        store: Store,
        publishers: Mapping[str, Publisher],
        *,
        gap: timedelta = ALERT_GAP,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.store = store
        self.publishers = publishers
        self.gap = gap
        self.clock = clock
        self.pending: dict[tuple[str, str], list[NewSource]] = {}
        self.story = ""
        self._timers: dict[tuple[str, str], asyncio.TimerHandle] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._flushing = asyncio.Lock()  # one flush at a time: a timer's and a rebuild's never race
        self.sent: list[tuple[str, str, Reply]] = []

    async def changed(self, before: Briefing, after: Briefing) -> None:
        """A rebuild happened: queue what each channel wants to hear about, then send what may go now."""
        news = new_sources(before, after)
        if not news:
            return
        self.story = after.story
        for sub in await asyncio.to_thread(self.store.alert_subscriptions):
            wanted = [n for n in news if not sub.filter or n.mentions(sub.filter)]
            if wanted:
                self.pending.setdefault((sub.platform, sub.channel), []).extend(wanted)
        await self.flush()

    async def flush(self) -> None:
        """Send every channel's pending news whose gap since its last alert has passed; schedule the rest.

        Flushes take turns, and each channel's gap is judged on the clock when its turn comes (a slow send to
        one channel does not make the next one's gap look longer or shorter)."""
        async with self._flushing:
            last = {
                (s.platform, s.channel): s.last_alert_at
                for s in await asyncio.to_thread(self.store.alert_subscriptions)
            }
            for key in list(self.pending):
                if key not in last:  # alerts turned off meanwhile
                    self.pending.pop(key, None)
                    continue
                now, since = self.clock(), last[key]
                if since is not None and now - since < self.gap:
                    self._later(key, (self.gap - (now - since)).total_seconds())
                    continue
                news = self.pending.pop(key, None)
                if news:
                    await self._send(key, news)

    def _later(self, key: tuple[str, str], seconds: float) -> None:
        if key in self._timers:
            return
        loop = asyncio.get_running_loop()

        def fire() -> None:
            self._timers.pop(key, None)
            task = loop.create_task(self.flush())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

        self._timers[key] = loop.call_later(max(seconds, 0.0), fire)

    async def _send(self, key: tuple[str, str], news: list[NewSource]) -> None:
        platform, channel = key
        publisher = self.publishers.get(platform)
        if publisher is None:
            return
        unique = list({n.source.id: n for n in news}.values())
        reply = alert_reply(self.story, unique)
        try:
            await publisher.publish(channel, reply, marker="")
        except Exception as exc:  # one dead channel never stops the others
            log.warning("alert for %s %s not sent: %s: %s", platform, channel, type(exc).__name__, exc)
            return
        self.sent.append((platform, channel, reply))
        await asyncio.to_thread(self.store.alerted, platform, channel, now=self.clock())  # the gap runs from here
