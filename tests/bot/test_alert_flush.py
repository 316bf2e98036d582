"""Alert flushes take turns and judge each channel's gap from when its alert went out."""

from __future__ import annotations

import asyncio
import io
from datetime import timedelta
from pathlib import Path

from bot.digest.alerts import AlertRunner
from bot.platforms.console import ConsolePublisher
from bot.reply import Reply
from bot.store import Store
from briefings.output.news import new_sources
from tests.bot.test_alerts import EXTRA, NOW, briefings


class Slow(ConsolePublisher):
    """A channel that takes a while (five minutes on the runner's clock) to accept a message."""

    def __init__(self, clock: list) -> None:  # type: ignore[type-arg]
        super().__init__(io.StringIO())
        self.clock = clock

    async def publish(self, channel: str, reply: Reply, *, marker: str = "") -> str | None:
        await asyncio.sleep(0.05)
        self.clock[0] += timedelta(minutes=5)
        return await super().publish(channel, reply, marker=marker)


async def test_two_flushes_at_once_send_one_alert_without_an_error(tmp_path: Path) -> None:
    """A timer's flush and a rebuild's flush at the same moment: one alert a channel, no KeyError, and the gap is
    counted from when the alert was sent, not from when the flush began."""
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    for channel in ("desk", "newsroom"):
        store.set_alerts("console", channel, True, now=NOW - timedelta(hours=1))
    clock = [NOW]
    runner = AlertRunner(store, {"console": Slow(clock)}, clock=lambda: clock[0])
    before, after = briefings(tmp_path, EXTRA)
    runner.story = after.story
    for channel in ("desk", "newsroom"):
        runner.pending[("console", channel)] = list(new_sources(before, after))
    results = await asyncio.gather(runner.flush(), runner.flush(), return_exceptions=True)
    assert results == [None, None] and sorted(c for _p, c, _r in runner.sent) == ["desk", "newsroom"]
    sent_at = sorted(s.last_alert_at for s in store.alert_subscriptions() if s.last_alert_at)
    assert [t.replace(tzinfo=NOW.tzinfo) for t in sent_at] == [NOW + timedelta(minutes=m) for m in (5, 10)]
    store.close()
