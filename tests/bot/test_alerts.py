"""New-source alerts: what a new article adds, to the channels that asked, a burst as one alert."""

from __future__ import annotations

import asyncio
import io
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import Application, Request
from bot.digest.alerts import AlertRunner, alert_reply
from bot.platforms.console import ConsolePublisher
from bot.platforms.discord.embeds import render_messages
from bot.render import render_text
from bot.settings import load_settings
from bot.store import Store
from briefings import build_briefing, load_corpus
from briefings.model import Briefing
from briefings.output.news import new_sources
from tests.conftest import ROOT, SEEDS

DAY = date(2025, 10, 20)
NOW = datetime(2025, 10, 20, 9, 0, tzinfo=UTC)
EXTRA = (
    "---\ntitle: Budapest closes bridges for the summit\nsource: Wire\npublished: 2025-10-19\n---\n"
    "Mayor Gergely Karácsony said on Sunday that the city would close three bridges on November 12, 2025, "
    "the day the summit opens.\n"
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    yield s
    s.close()


def briefings(tmp_path: Path, *extra: str) -> tuple[Briefing, Briefing]:
    """The seeds' briefing, and the one after the `extra` articles arrived."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    before = build_briefing(load_corpus(folder).documents, as_of=DAY, story="Summit")
    for i, text in enumerate(extra):
        (folder / f"new{i}.md").write_text(text, encoding="utf-8")
    return before, build_briefing(load_corpus(folder).documents, as_of=DAY, story="Summit")


def test_what_a_new_source_adds(tmp_path: Path) -> None:
    """The new article's outlet, its new date and the person the briefing did not know."""
    before, after = briefings(tmp_path, EXTRA)
    (news,) = new_sources(before, after)
    assert news.source.title == "Budapest closes bridges for the summit" and news.source.source == "Wire"
    assert "Gergely Karácsony" in news.people
    assert news.mentions("karacsony") and news.mentions("BRIDGES") and not news.mentions("Zelensky")
    assert new_sources(after, after) == []


async def test_alerts_go_to_the_channels_that_asked_and_a_burst_is_one_alert(
    tmp_path: Path, store: Store
) -> None:
    """No filter and a matching person get the alert; another filter does not. Two arrivals inside the gap
    make one later alert naming both."""
    for channel, about in (("all", None), ("mayor", "Karácsony"), ("other", "Zelensky")):
        store.set_alerts("console", channel, True, now=NOW, filter=about)
    out = io.StringIO()
    clock = [NOW]  # the gap is judged on this clock, so slow briefing builds cannot open it early
    runner = AlertRunner(
        store, {"console": ConsolePublisher(out)}, gap=timedelta(seconds=1), clock=lambda: clock[0]
    )
    before, after = briefings(tmp_path, EXTRA)
    await runner.changed(before, after)
    assert sorted(c for _p, c, _r in runner.sent) == ["all", "mayor"]
    second = EXTRA.replace("Budapest closes bridges", "Summit security tightened").replace("three", "four")
    third = second.replace("Summit security tightened", "Hotels fill up before the summit")
    _, later = briefings(tmp_path / "b", EXTRA, second)
    _, latest = briefings(tmp_path / "c", EXTRA, second, third)
    clock[0] = NOW + timedelta(seconds=0.2)
    await runner.changed(after, later)
    await runner.changed(later, latest)
    assert len(runner.sent) == 2  # held back: the last alert was under a second ago
    clock[0] = NOW + timedelta(seconds=2)  # when the held burst's timer fires, the gap has passed
    await asyncio.sleep(1.5)
    assert len(runner.sent) == 4
    burst = next(r for p, c, r in runner.sent[2:] if c == "all")
    assert burst.title == "Summit: 2 new sources"
    assert "--- digest for console channel all ---" in out.getvalue()


async def test_a_dead_channel_does_not_stop_the_others(tmp_path: Path, store: Store) -> None:
    """A publisher error for one channel is logged; the next channel still gets its alert."""

    class Flaky(ConsolePublisher):
        async def publish(self, channel: str, reply, *, marker: str = "") -> str | None:  # type: ignore[no-untyped-def]
            if channel == "dead":
                raise RuntimeError("channel_not_found")
            return await super().publish(channel, reply, marker=marker)

    store.set_alerts("console", "dead", True, now=NOW)
    store.set_alerts("console", "live", True, now=NOW)
    runner = AlertRunner(store, {"console": Flaky(io.StringIO())})
    await runner.changed(*briefings(tmp_path, EXTRA))
    assert [c for _p, c, _r in runner.sent] == ["live"]


def test_alerts_are_switched_per_channel_and_render_within_limits(tmp_path: Path, store: Store) -> None:
    """`/digest alerts on Karácsony` and `off` act on this channel; an alert fits Discord and escapes text."""
    settings = replace(load_settings(env={}, cwd=ROOT), command="summit")
    app = Application(lambda: build_briefing(load_corpus(SEEDS).documents, as_of=DAY), settings, store=store)
    reply = app.handle(Request("slack", "C1", "digest", "alerts on Karácsony", NOW))
    assert "about “Karácsony”" in reply.title
    assert [(s.channel, s.filter) for s in store.alert_subscriptions()] == [("C1", "Karácsony")]
    app.handle(Request("slack", "C1", "digest", "alerts off", NOW))
    assert store.alert_subscriptions() == ()
    assert "Usage" in app.handle(Request("slack", "C1", "digest", "alerts maybe", NOW)).title
    before, after = briefings(tmp_path, EXTRA.replace("Wire", "Wire [x](http://evil.example) @everyone"))
    alert = alert_reply("Summit", new_sources(before, after))
    text = str(render_messages(alert))
    assert "](http" not in text.replace("\\](http", "") and "@everyone" not in text
    assert "New person" in render_text(alert)
