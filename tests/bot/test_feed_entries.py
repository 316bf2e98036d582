"""Feed entries one by one: a hostile entry is named and skipped, a failed one is retried, none overwrites another."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.ingest.feeds import STATE_NAME
from bot.ingest.pipeline import ingest
from bot.ingest.poller import FeedPoller
from bot.settings import FeedSetting
from briefings import load_corpus
from tests.bot.test_ingest import NOW, PARAGRAPHS, articles, page
from tests.fakes import serve_on_loopback

LONG_LABEL = "x" * 64  # one DNS label longer than 63 characters: no IDNA encoder accepts the host


def item(title: str, link: str, guid: str) -> str:
    head = f"<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>"
    return head + "<description>Teaser.</description></item>"


def rss(items: list[str]) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>http://wire.example/</link>'
        f"<description>d</description>{''.join(items)}</channel></rss>"
    )


@dataclass
class Wire:
    """A feed and its pages on loopback; `pages` maps a path to (status, title, canonical path)."""

    url: str = ""
    items: list[str] = field(default_factory=list)
    pages: dict[str, tuple[int, str, str]] = field(default_factory=dict)
    feed_requests: int = 0


@pytest.fixture
async def wire() -> AsyncIterator[Wire]:
    state = Wire()

    async def feed(request: web.Request) -> web.Response:
        state.feed_requests += 1
        if request.headers.get("If-None-Match") == '"same"':
            return web.Response(status=304)
        return web.Response(
            text=rss(state.items), content_type="application/rss+xml", headers={"ETag": '"same"'}
        )

    async def article(request: web.Request) -> web.Response:
        status, title, canonical = state.pages.get(request.path, (404, "", ""))
        if status != 200:
            return web.Response(status=status, text="nope")
        words = [f"{p} ({title})" for p in PARAGRAPHS]
        return web.Response(
            text=page(words, title=title, canonical=state.url + canonical), content_type="text/html"
        )

    app = web.Application()
    app.router.add_get("/feed.xml", feed)
    app.router.add_get("/news/{name}", article)
    runner, port = await serve_on_loopback(app)
    state.url = f"http://127.0.0.1:{port}"
    try:
        yield state
    finally:
        await runner.cleanup()


async def test_a_hostile_entry_is_named_and_the_poller_goes_on(wire: Wire, tmp_path: Path) -> None:
    """A link whose host has a 64-character label, between two good entries: the running bot's poller raises
    nothing, both good entries land, the bad one is named, and the feed's state is kept for the next poll."""
    wire.pages = {
        "/news/one": (200, "First talks", "/news/one"),
        "/news/two": (200, "Second talks", "/news/two"),
    }
    bad = f"http://{LONG_LABEL}.example.com/story"
    wire.items = [
        item("One", f"{wire.url}/news/one", "g1"),
        item("Evil", bad, "g2"),
        item("Two", f"{wire.url}/news/two", "g3"),
    ]
    poller = FeedPoller([FeedSetting(f"{wire.url}/feed.xml", 30)], tmp_path, clock=lambda: NOW)
    async with aiohttp.ClientSession() as session:
        lines = await poller.poll_due(session)
    assert [line.split(":")[0] for line in lines] == ["added", "failed", "added"], lines
    assert LONG_LABEL in lines[1] and "not a valid http(s) URL" in lines[1]
    assert {d.title for d in load_corpus(tmp_path).documents} == {"First talks", "Second talks"}
    assert poller.failures == {}  # the feed itself is fine: it is not backed off
    kept = json.loads((tmp_path / STATE_NAME).read_text())[f"{wire.url}/feed.xml"]
    assert set(kept["seen"]) == {"g1", "g3"} and kept["etag"] == '"same"' and "g2" in kept["retry"]


async def test_ingest_feed_names_a_hostile_entry_without_a_traceback(wire: Wire, tmp_path: Path) -> None:
    """`briefbot ingest --feed`: the same feed prints one line per entry and exits 1; later entries still land."""
    wire.pages = {"/news/two": (200, "Second talks", "/news/two")}
    wire.items = [
        item("Evil", f"https://{LONG_LABEL}.example/x", "g2"),
        item("Two", f"{wire.url}/news/two", "g3"),
    ]
    lines: list[str] = []
    assert await ingest([], tmp_path, now=NOW, feeds=[f"{wire.url}/feed.xml"], out=lines.append) == 1
    assert lines[0].startswith(f"failed: https://{LONG_LABEL}.example/x: not a valid http(s) URL")
    assert lines[1].startswith("added: ") and len(articles(tmp_path)) == 1


async def test_an_entry_that_failed_is_retried_after_its_backoff_even_when_the_feed_is_unchanged(
    wire: Wire, tmp_path: Path
) -> None:
    """A 404 is kept for a retry; the feed then answers 304, and once the backoff has passed the page (now a
    200) lands. Before the backoff it is not asked again."""
    wire.items = [item("Late", f"{wire.url}/news/late", "late-1")]
    clock = [NOW]
    poller = FeedPoller([FeedSetting(f"{wire.url}/feed.xml", 5)], tmp_path, clock=lambda: clock[0])
    async with aiohttp.ClientSession() as session:
        first = await poller.poll_due(session)
        assert len(first) == 1 and "HTTP 404" in first[0] and "retry after" in first[0]
        wire.pages["/news/late"] = (200, "Late story", "/news/late")
        clock[0] = NOW + timedelta(minutes=6)  # the feed is due, the entry's retry (10 min) not yet
        assert await poller.poll_due(session) == [f"not modified: {wire.url}/feed.xml"]
        clock[0] = NOW + timedelta(minutes=12)
        third = await poller.poll_due(session)
    assert len(third) == 1 and third[0].startswith("added: "), third
    assert [d.title for d in load_corpus(tmp_path).documents] == ["Late story"]
    assert wire.feed_requests == 3


async def test_a_page_claiming_another_articles_url_never_replaces_it(wire: Wire, tmp_path: Path) -> None:
    """/news/copycat names /news/real as its canonical URL with other text: it lands beside the real article,
    which keeps its text; asking for each again changes nothing."""
    wire.pages = {
        "/news/real": (200, "Real story", "/news/real"),
        "/news/copycat": (200, "Copycat", "/news/real"),
    }
    urls = [f"{wire.url}/news/real", f"{wire.url}/news/copycat"]
    lines: list[str] = []
    assert await ingest(urls, tmp_path, now=NOW, out=lines.append) == 0
    assert [line.split(":")[0] for line in lines] == ["added", "added"], lines
    assert {d.title for d in load_corpus(tmp_path).documents} == {"Real story", "Copycat"}
    again: list[str] = []
    assert await ingest(urls, tmp_path, now=NOW, out=again.append) == 0
    assert [line.split(":")[0] for line in again] == ["unchanged", "unchanged"]
    assert not (tmp_path / ".history").exists() and len(articles(tmp_path)) == 2
