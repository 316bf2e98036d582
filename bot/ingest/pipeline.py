"""Ingesting, whoever asks (the command line or the feed poller): one URL or file, or a list and feeds.

Everything is bounded: a page by fetch's size cap and timeout, a saved `.html` file by the same size cap, and a
whole `briefbot ingest` run by OVERALL_TIMEOUT (what is not done by then is named). Extraction (trafilatura)
and writing run in worker threads, so a running bot's event loop keeps answering meanwhile.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import aiohttp

from bot.ingest import fetch as fetching
from bot.ingest.errors import IngestError
from bot.ingest.extract import extract_page
from bot.ingest.feeds import ingest_feed
from bot.ingest.write import Written, write_article, write_file
from briefings.load.files import ARTICLE_SUFFIXES
from briefings.text import shown

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
OVERALL_TIMEOUT = 600.0  # seconds for one `briefbot ingest` run, every URL, file and feed together
PARALLEL = 4  # pages fetched at the same time (each within fetch's own 20 s)


async def ingest_one(session: aiohttp.ClientSession, item: str, corpus: Path, *, now: datetime) -> Written:
    """Add one URL or file to the corpus; IngestError naming it when it cannot be added."""
    if item.startswith(("http://", "https://")):
        page = await fetching.fetch(session, item)
        article = await asyncio.to_thread(
            extract_page, page.body, name=item, url=page.url, charset=page.charset
        )
        article = replace(article, requested=page.url)  # where it was served from, after redirects
        return await asyncio.to_thread(write_article, corpus, article, fetched=now)
    path = Path(item)
    if not path.is_file():
        raise IngestError(item, "no such file, and not an http(s) URL")
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        body = await asyncio.to_thread(_read_capped, path, item)
        article = await asyncio.to_thread(extract_page, body, name=item)
        return await asyncio.to_thread(write_article, corpus, article, fetched=now)
    if suffix in ARTICLE_SUFFIXES:
        return await asyncio.to_thread(write_file, corpus, path)
    raise IngestError(item, f"not a page or an article ({', '.join(HTML_SUFFIXES + ARTICLE_SUFFIXES)})")


def _read_capped(path: Path, item: str) -> bytes:
    """A saved page's bytes, refused past the same cap as a fetched page."""
    cap = fetching.MAX_PAGE_BYTES
    try:
        size = path.stat().st_size
        if size > cap:
            raise IngestError(item, f"larger than the {cap:,}-byte cap ({size:,} bytes)")
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(item, f"cannot be read ({exc.strerror or exc})") from exc


async def _line(session: aiohttp.ClientSession, item: str, corpus: Path, now: datetime) -> tuple[str, bool]:
    """One item's line and whether it failed; any failure, expected or not, is named, never raised."""
    try:
        written = await ingest_one(session, item, corpus, now=now)
    except IngestError as exc:
        return f"failed: {exc}", True
    except (OSError, ValueError, RuntimeError) as exc:
        return f"failed: {shown(item)}: {type(exc).__name__}: {exc}", True
    return f"{written.status}: {shown(written.path.name)} from {shown(item)}", False


async def ingest(
    items: Sequence[str],
    corpus: Path,
    *,
    now: datetime,
    feeds: Sequence[str] = (),
    out: Callable[[str], None] = print,
    timeout: float | None = None,
) -> int:
    """Ingest each item, then each feed's new entries, one line each; 1 if any failed (the rest still land).

    The whole run stops after `timeout` seconds (OVERALL_TIMEOUT); what was not done by then is named."""
    failed = 0
    limit = asyncio.Semaphore(PARALLEL)
    pending = [*items, *(f"feed {f}" for f in feeds)]
    tasks: list[asyncio.Future[tuple[str, bool]]] = []

    async def one(item: str) -> tuple[str, bool]:
        async with limit:
            return await _line(session, item, corpus, now)

    try:
        async with asyncio.timeout(timeout or OVERALL_TIMEOUT), aiohttp.ClientSession() as session:
            tasks += [asyncio.ensure_future(one(item)) for item in items]
            for item, task in zip(items, tasks, strict=True):
                line, bad = await task
                failed += bad
                out(line)
                pending.remove(item)
            for feed in feeds:

                async def page(link: str) -> Written:
                    return await ingest_one(session, link, corpus, now=now)

                try:
                    result = await ingest_feed(session, feed, corpus, now=now, page=page)
                except IngestError as exc:
                    failed += 1
                    out(f"failed: {exc}")
                else:
                    failed += result.failed
                    for line in result.lines:
                        out(line)
                pending.remove(f"feed {feed}")
    except TimeoutError:
        for task in tasks:
            task.cancel()
        for item in pending:
            failed += 1
            out(f"failed: {shown(item)}: not done within the overall {timeout or OVERALL_TIMEOUT:g} s")
    return 1 if failed else 0
