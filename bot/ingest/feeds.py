"""`briefbot ingest --feed URL`: a feed's new entries into the corpus (feedparser), politely and once each.

The feed is fetched with the ETag and Last-Modified it last answered (kept in `.briefbot-feeds.json` in the
corpus folder), so an unchanged feed costs a 304. An entry whose feed carries its full text is written from the
feed; one that carries a teaser only is read from its page. Entries already taken are not fetched again.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import feedparser

from bot.ingest.errors import IngestError
from bot.ingest.extract import MIN_WORDS, Article, extract_page
from bot.ingest.fetch import fetch
from bot.ingest.write import Written, write_article
from briefings.text import normalize_space, shown, words

STATE_NAME = ".briefbot-feeds.json"


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
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(state, handle, indent=1)
    os.replace(temp, corpus / STATE_NAME)


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
    return datetime.fromtimestamp(time.mktime(parsed), tz=UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _full_text(entry: Any, link: str, source: str | None) -> Article | None:
    """The entry as an article when the feed carries its whole text, else None (a teaser)."""
    for content in entry.get("content") or []:
        html = content.get("value") or ""
        if len(words(html)) >= MIN_WORDS * 2:
            try:
                page = extract_page(html.encode("utf-8"), name=link, url=link, charset="utf-8")
            except IngestError:
                return None
            return Article(
                title=normalize_space(entry.get("title") or page.title),
                text=page.text,
                url=link,
                source=source,
                author=entry.get("author") or page.author,
                published=_entry_date(entry) or page.published,
                date_source="feed entry" if _entry_date(entry) else page.date_source,
            )
    return None


async def ingest_feed(
    session: aiohttp.ClientSession,
    url: str,
    corpus: Path,
    *,
    now: datetime,
    page: Callable[[str], Any],
) -> FeedResult:
    """Poll one feed and add its new entries; `page(link)` ingests an entry's page (a coroutine)."""
    state = _load_state(corpus)
    known: dict[str, Any] = state.get(url, {})
    body, validators = await _fetch_feed(session, url, known)
    if body is None:
        return FeedResult((f"not modified: {shown(url)}",), False)
    parsed = feedparser.parse(body)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        reason = type(parsed.get("bozo_exception")).__name__ if parsed.bozo else "no entries"
        raise IngestError(url, f"not an RSS or Atom feed ({reason})")
    source = normalize_space(parsed.feed.get("title") or "") or None
    seen = set(known.get("seen", []))
    lines: list[str] = []
    failed = False
    for entry in parsed.entries:
        link = entry.get("link")
        key = entry.get("id") or link
        if not link or not str(link).startswith(("http://", "https://")):  # a guid taken as a link is no page
            lines.append(
                f"skipped: an entry of {shown(url)} has no link ({shown(entry.get('title', 'untitled'))})"
            )
            continue
        if key in seen:
            continue
        try:
            article = _full_text(entry, link, source)
            if article is not None:
                written: Written = write_article(corpus, article, fetched=now)
            else:
                written = await page(link)
        except IngestError as exc:
            failed = True
            lines.append(f"failed: {exc}")
            continue
        seen.add(key)
        lines.append(f"{written.status}: {shown(written.path.name)} from {shown(link)}")
    state[url] = {**validators, "seen": sorted(seen)[-5000:]}
    _save_state(corpus, state)
    if not lines:
        lines.append(f"nothing new: {shown(url)}")
    return FeedResult(tuple(lines), failed)
