"""`briefbot ingest --feed URL`: a feed's new entries into the corpus (feedparser), politely and once each.

The feed is fetched with the ETag and Last-Modified it last answered (kept in `.briefbot-feeds.json` in the
corpus folder), so an unchanged feed costs a 304. An entry whose feed carries its full text is written from the
feed; one that carries a teaser only is read from its page. Entries already taken are not fetched again.

Each entry has its own state: one that failed (a 404, a page that timed out, a link no URL parser accepts) is
named and kept for a retry after RETRY_BASE, doubled after each failure in a row, up to MAX_TRIES, also while
the feed itself answers 304. Nothing one entry does (any exception) stops the others or loses the state.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import aiohttp
import feedparser

from bot.ingest.errors import IngestError
from bot.ingest.extract import FULL_TEXT_WORDS, Article, extract_page
from bot.ingest.fetch import fetch
from bot.ingest.write import Written, write_article
from briefings.text import normalize_space, shown, words

log = logging.getLogger(__name__)
STATE_NAME = ".briefbot-feeds.json"
RETRY_BASE = timedelta(minutes=10)  # an entry that failed is tried again after this, doubled per failure
MAX_TRIES = 6  # then it is given up (10 min, 20, 40, 80, 160: about 5 hours of retries)
MAX_SEEN = 5000  # entries remembered per feed (a feed lists its latest few dozen)

PageFetcher = Callable[[str], Awaitable[Written]]


@dataclass(frozen=True)
class FeedResult:
    """What one poll of a feed did: the lines to print and whether anything failed."""

    lines: tuple[str, ...]
    failed: bool


def _load_state(corpus: Path) -> dict[str, Any]:
    try:
        data = json.loads((corpus / STATE_NAME).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _save_state(corpus: Path, state: dict[str, Any]) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=corpus, prefix=".feeds-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(state, handle, indent=1)
        os.replace(temp, corpus / STATE_NAME)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _feed_state(state: dict[str, Any], url: str) -> dict[str, Any]:
    """This feed's kept state, checked: anything of the wrong shape is dropped, never trusted."""
    known = state.get(url)
    known = dict(known) if isinstance(known, dict) else {}
    seen = known.get("seen")
    known["seen"] = [s for s in seen if isinstance(s, str)] if isinstance(seen, list) else []
    retry = known.get("retry")
    known["retry"] = {
        k: v
        for k, v in (retry.items() if isinstance(retry, dict) else ())
        if isinstance(k, str) and isinstance(v, dict) and isinstance(v.get("link"), str)
    }
    for name in ("etag", "modified"):
        if not isinstance(known.get(name), str):
            known.pop(name, None)
    return known


async def _fetch_feed(
    session: aiohttp.ClientSession, url: str, known: dict[str, Any]
) -> tuple[bytes | None, dict[str, str]]:
    """The feed's bytes (None when unchanged since last time) and its new validators."""
    conditional = {"If-None-Match": known.get("etag"), "If-Modified-Since": known.get("modified")}
    page = await fetch(session, url, accept=(), headers={k: v for k, v in conditional.items() if v})
    if page.status == 304:
        return None, {}
    return page.body, {k: v for k, v in (("etag", page.etag), ("modified", page.modified)) if v}


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(time.mktime(parsed), tz=UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    except (OverflowError, ValueError, OSError):  # a date no clock can hold: the page's own date instead
        return None


def _full_text(entry: Any, link: str, source: str | None) -> Article | None:
    """The entry as an article when the feed carries its whole text, else None (a teaser)."""
    for content in entry.get("content") or []:
        html = content.get("value") or ""
        if len(words(html)) >= FULL_TEXT_WORDS:
            if "<html" not in html[:500].lower():  # a fragment, as feeds carry it: give it a page to sit in
                html = f"<html><body><article>{html}</article></body></html>"
            try:
                page = extract_page(html.encode("utf-8"), name=link, url=link, charset="utf-8")
            except IngestError:
                return None
            dated = _entry_date(entry)
            return Article(
                title=normalize_space(entry.get("title") or page.title),
                text=page.text,
                url=link,
                source=source,
                author=entry.get("author") or page.author,
                published=dated or page.published,
                date_source="feed entry" if dated else page.date_source,
                requested=link,
            )
    return None


def _named(entry: Any) -> str:
    return shown(str(entry.get("title") or entry.get("id") or "untitled"))


def _retry_line(url: str, link: str, exc: Exception, tries: int, retry_at: datetime | None) -> str:
    reason = str(exc) if isinstance(exc, IngestError) else f"{shown(link)}: {type(exc).__name__}: {exc}"
    if retry_at is None:
        return f"failed: {reason} (given up after {tries} tries; an entry of {shown(url)})"
    return f"failed: {reason} (retry after {retry_at:%Y-%m-%d %H:%M} UTC)"


class _Entries:
    """One feed's per-entry state during a poll: what was taken, what waits for a retry."""

    def __init__(self, url: str, corpus: Path, known: dict[str, Any], now: datetime) -> None:
        self.url = url
        self.corpus = corpus
        self.seen: dict[str, None] = dict.fromkeys(known["seen"])
        self.retry: dict[str, dict[str, Any]] = known["retry"]
        self.now = now
        self.lines: list[str] = []
        self.failed = False

    def taken(self, key: str, written: Written, link: str) -> None:
        self.seen[key] = None
        self.retry.pop(key, None)
        self.lines.append(f"{written.status}: {shown(written.path.name)} from {shown(link)}")

    def failure(self, key: str, link: str, exc: Exception) -> None:
        self.failed = True
        tries = int(self.retry.get(key, {}).get("tries", 0)) + 1
        if tries >= MAX_TRIES:
            self.retry.pop(key, None)
            self.seen[key] = None  # given up: not fetched again
            self.lines.append(_retry_line(self.url, link, exc, tries, None))
            return
        retry_at = self.now + RETRY_BASE * 2 ** (tries - 1)
        self.retry[key] = {"link": link, "tries": tries, "next": retry_at.isoformat()}
        self.lines.append(_retry_line(self.url, link, exc, tries, retry_at.astimezone(UTC)))

    def due(self, skip: set[str]) -> list[tuple[str, str]]:
        """(key, link) of the entries waiting for a retry whose time has come."""
        out = []
        for key, item in self.retry.items():
            try:
                at = datetime.fromisoformat(str(item.get("next")))
            except ValueError:
                at = self.now
            if key not in skip and (at.tzinfo is None or at <= self.now):
                out.append((key, str(item["link"])))
        return out

    def state(self, validators: dict[str, str]) -> dict[str, Any]:
        return {**validators, "seen": list(self.seen)[-MAX_SEEN:], "retry": self.retry}


async def _take(
    entries: _Entries, key: str, link: str, page: PageFetcher, article: Callable[[], Article | None]
) -> None:
    """Add one entry (its feed text, else its page); any failure is named and kept for a retry."""
    try:
        found = await asyncio.to_thread(article)
        if found is not None:
            written = await asyncio.to_thread(write_article, entries.corpus, found, fetched=entries.now)
        else:
            written = await page(link)
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # one hostile entry (a bad URL, a page that breaks a parser) never stops a feed
        if not isinstance(exc, IngestError):
            log.warning("feed entry %s failed unexpectedly", shown(link), exc_info=True)
        entries.failure(key, link, exc)
        return
    entries.taken(key, written, link)


async def ingest_feed(
    session: aiohttp.ClientSession,
    url: str,
    corpus: Path,
    *,
    now: datetime,
    page: PageFetcher,
) -> FeedResult:
    """Poll one feed, add its new entries and retry the due ones; `page(link)` ingests an entry's page.

    IngestError when the feed itself cannot be read (the entries kept for a retry are still tried)."""
    state = await asyncio.to_thread(_load_state, corpus)
    known = _feed_state(state, url)
    entries = _Entries(url, corpus, known, now)
    validators: dict[str, str] = {k: str(known[k]) for k in ("etag", "modified") if k in known}
    problem: IngestError | None = None
    tried: set[str] = set()
    try:
        try:
            body, fresh = await _fetch_feed(session, url, known)
        except IngestError as exc:
            body, problem = None, exc
        if body is not None:
            validators = fresh
            parsed = await asyncio.to_thread(feedparser.parse, body)
            if not parsed.entries and (parsed.bozo or not parsed.get("version")):
                reason = type(parsed.get("bozo_exception")).__name__ if parsed.bozo else "no entries"
                problem = IngestError(url, f"not an RSS or Atom feed ({reason})")
            source = normalize_space(str(parsed.feed.get("title") or "")) or None
            for entry in parsed.entries:
                link = entry.get("link")
                key = str(entry.get("id") or link or "")
                if not isinstance(link, str) or not link.startswith(("http://", "https://")):
                    entries.lines.append(f"skipped: an entry of {shown(url)} has no link ({_named(entry)})")
                    continue
                if key in entries.seen or key in tried:
                    continue
                tried.add(key)
                await _take(entries, key, link, page, partial(_full_text, entry, link, source))
        for key, link in entries.due(tried):
            await _take(entries, key, link, page, lambda: None)
    finally:
        state[url] = entries.state(validators)
        await asyncio.to_thread(_save_state, corpus, state)
    if problem is not None:
        if not entries.lines:
            raise problem
        return FeedResult((*entries.lines, f"failed: {problem}"), True)
    if body is None and not entries.lines:
        return FeedResult((f"not modified: {shown(url)}",), False)
    if not entries.lines:
        entries.lines.append(f"nothing new: {shown(url)}")
    return FeedResult(tuple(entries.lines), entries.failed)
