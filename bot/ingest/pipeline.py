"""Ingesting, whoever asks (the command line or the feed poller): one URL or file, or a list and feeds."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

import aiohttp

from bot.ingest.errors import IngestError
from bot.ingest.extract import extract_page
from bot.ingest.feeds import ingest_feed
from bot.ingest.fetch import fetch
from bot.ingest.write import Written, write_article, write_file
from briefings.files import ARTICLE_SUFFIXES
from briefings.text import shown

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


async def ingest_one(session: aiohttp.ClientSession, item: str, corpus: Path, *, now: datetime) -> Written:
    """Add one URL or file to the corpus; IngestError naming it when it cannot be added."""
    if item.startswith(("http://", "https://")):
        page = await fetch(session, item)
        article = extract_page(page.body, name=item, url=page.url, charset=page.charset)
        return await asyncio.to_thread(write_article, corpus, article, fetched=now)
    path = Path(item)
    if not path.is_file():
        raise IngestError(item, "no such file, and not an http(s) URL")
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        article = extract_page(path.read_bytes(), name=item)
        return await asyncio.to_thread(write_article, corpus, article, fetched=now)
    if suffix in ARTICLE_SUFFIXES:
        return await asyncio.to_thread(write_file, corpus, path)
    raise IngestError(item, f"not a page or an article ({', '.join(HTML_SUFFIXES + ARTICLE_SUFFIXES)})")


async def ingest(
    items: Sequence[str],
    corpus: Path,
    *,
    now: datetime,
    feeds: Sequence[str] = (),
    out: Callable[[str], None] = print,
) -> int:
    """Ingest each item, then each feed's new entries, one line each; 1 if any failed (the rest still land)."""
    failed = 0
    async with aiohttp.ClientSession() as session:
        for item in items:
            try:
                written = await ingest_one(session, item, corpus, now=now)
            except IngestError as exc:
                failed += 1
                out(f"failed: {exc}")
                continue
            out(f"{written.status}: {shown(written.path.name)} from {shown(item)}")
        for feed in feeds:

            async def page(link: str) -> Written:
                return await ingest_one(session, link, corpus, now=now)

            try:
                result = await ingest_feed(session, feed, corpus, now=now, page=page)
            except IngestError as exc:
                failed += 1
                out(f"failed: {exc}")
                continue
            failed += result.failed
            for line in result.lines:
                out(line)
    return 1 if failed else 0
