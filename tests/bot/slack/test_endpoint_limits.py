"""The Slack HTTP endpoint under load it did not ask for: a page being extracted, idle and half-sent connections."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import trafilatura
from aiohttp import web

from bot.ingest.pipeline import ingest_one
from bot.platforms.slack.runner import ServeLimits
from tests.bot.slack.conftest import serve_slack
from tests.bot.test_ingest import NOW, PARAGRAPHS, page
from tests.fakes import serve_on_loopback

GUARD = 20.0  # seconds: only a broken build waits this long; nothing here measures time


async def test_a_signed_command_is_answered_while_a_page_is_being_extracted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Extraction runs off the event loop: while trafilatura is still inside a page (held there until the
    answer is in), /summit is answered."""
    inside, release, left = threading.Event(), threading.Event(), threading.Event()
    real = trafilatura.bare_extraction

    def held(*args: Any, **kwargs: Any) -> Any:
        inside.set()
        release.wait(GUARD)  # on the event loop this would stall every request until the guard ran out
        left.set()
        return real(*args, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", held)

    async def article(request: web.Request) -> web.Response:
        return web.Response(text=page(PARAGRAPHS), content_type="text/html")

    app = web.Application()
    app.router.add_get("/article", article)
    runner, port = await serve_on_loopback(app)
    async with serve_slack(tmp_path) as slack, aiohttp.ClientSession() as session:
        ingesting = asyncio.ensure_future(
            ingest_one(session, f"http://127.0.0.1:{port}/article", tmp_path / "c", now=NOW)
        )
        while not inside.is_set():
            await asyncio.sleep(0.01)
        status, body = await slack.command("/summit", "dates")
        answered_while_extracting = not left.is_set()
        release.set()
        written = await ingesting
    await runner.cleanup()
    assert status == 200 and "Key dates" in str(body)
    assert answered_while_extracting and written.status == "added"


async def _open_idle(port: int, count: int) -> list[tuple[asyncio.StreamReader, asyncio.StreamWriter]]:
    return [await asyncio.open_connection("127.0.0.1", port) for _ in range(count)]


async def _closed_by_server(reader: asyncio.StreamReader) -> bool:
    try:
        return await asyncio.wait_for(reader.read(1), GUARD) == b""
    except (TimeoutError, ConnectionError):
        return False


async def test_200_idle_connections_are_trimmed_to_the_limit_and_a_command_still_answers(
    tmp_path: Path,
) -> None:
    """With room for 50, 200 idle connections (slow-loris) get the oldest closed by the server, and a signed
    command on a new connection is answered."""
    limits = ServeLimits(idle_seconds=GUARD, max_connections=50)
    async with serve_slack(tmp_path, limits) as slack:
        port = int(slack.url.split(":")[2].split("/")[0])
        idle = await _open_idle(port, 200)
        status, body = await slack.command("/who", "orban")
        assert status == 200 and "Viktor Orbán" in str(body)
        closed = await asyncio.gather(*(_closed_by_server(r) for r, _ in idle[:150]))
        assert all(closed)  # the 150 oldest made room
        for _, writer in idle:
            writer.close()


async def test_a_half_sent_request_head_is_closed_after_the_idle_limit(tmp_path: Path) -> None:
    """A connection that sends part of a request head and then nothing is closed by the server."""
    async with serve_slack(tmp_path, ServeLimits(idle_seconds=0.3)) as slack:
        port = int(slack.url.split(":")[2].split("/")[0])
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slack-Signature: v0=")
        await writer.drain()
        assert await _closed_by_server(reader)
        writer.close()
        assert (await slack.command("/summit"))[0] == 200  # others are still served


async def test_a_body_that_never_arrives_gets_408(tmp_path: Path) -> None:
    """Content-Length promises 100 bytes, 10 arrive: 408 once the body time is up, no handler stuck."""
    async with serve_slack(tmp_path, ServeLimits(idle_seconds=GUARD, body_seconds=0.3)) as slack:
        port = int(slack.url.split(":")[2].split("/")[0])
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(
            b"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\n\r\ncommand=/s"
        )
        await writer.drain()
        head = await asyncio.wait_for(reader.readline(), GUARD)
        writer.close()
    assert head.startswith(b"HTTP/1.1 408")
