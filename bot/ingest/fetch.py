"""Fetch one web page within limits: a size cap (reading stops there), a timeout, a bounded redirect chain."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import aiohttp

from bot.ingest.errors import IngestError

MAX_PAGE_BYTES = 10_000_000
TIMEOUT_SECONDS = 20.0
MAX_REDIRECTS = 10
USER_AGENT = "Briefbot/0.1 (+news briefing bot; ingest)"
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


@dataclass(frozen=True)
class Page:
    """A fetched page: where it ended up after redirects, its bytes and their declared charset."""

    requested: str
    url: str
    body: bytes
    content_type: str
    charset: str | None
    status: int = 200  # 304: unchanged since the validators sent (body empty)
    etag: str | None = None
    modified: str | None = None


async def fetch(
    session: aiohttp.ClientSession,
    url: str,
    *,
    max_bytes: int | None = None,
    timeout: float | None = None,
    accept: tuple[str, ...] = _HTML_TYPES,
    headers: Mapping[str, str] | None = None,
) -> Page:
    """GET `url` (with extra `headers`, such as a feed's validators); raise IngestError naming the URL and the
    reason for any failure. `accept=()` takes any Content-Type."""
    max_bytes = max_bytes or MAX_PAGE_BYTES
    timeout = timeout or TIMEOUT_SECONDS
    try:
        async with session.get(
            url,
            timeout=aiohttp.ClientTimeout(total=timeout),
            max_redirects=MAX_REDIRECTS,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
                **(headers or {}),
            },
        ) as response:
            if response.status == 304:
                return Page(url, str(response.url), b"", "", None, status=304)
            if response.status >= 400:
                raise IngestError(
                    url, f"the server answered HTTP {response.status} {response.reason or ''}".strip()
                )
            content_type = response.content_type or ""
            if accept and content_type and content_type not in accept:
                raise IngestError(url, f"not a web page or feed (Content-Type {content_type})")
            body = await _read_capped(response, url, max_bytes)
            return Page(
                url,
                str(response.url),
                body,
                content_type,
                response.charset,
                etag=response.headers.get("ETag"),
                modified=response.headers.get("Last-Modified"),
            )
    except aiohttp.TooManyRedirects as exc:
        raise IngestError(url, f"more than {MAX_REDIRECTS} redirects (a redirect loop?)") from exc
    except TimeoutError as exc:
        raise IngestError(url, f"no complete answer within {timeout:g} s") from exc
    except aiohttp.InvalidURL as exc:
        raise IngestError(url, "not a valid http(s) URL") from exc
    except aiohttp.ClientError as exc:
        raise IngestError(url, f"cannot be fetched ({type(exc).__name__}: {exc})") from exc
    except ValueError as exc:  # yarl's UnicodeError for a host label over 63 characters, and the like
        raise IngestError(url, f"not a valid http(s) URL ({type(exc).__name__}: {exc})") from exc


async def _read_capped(response: aiohttp.ClientResponse, url: str, max_bytes: int) -> bytes:
    declared = response.content_length
    if declared is not None and declared > max_bytes:
        raise IngestError(url, f"larger than the {max_bytes:,}-byte cap ({declared:,} bytes declared)")
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(65536):
        size += len(chunk)
        if size > max_bytes:
            raise IngestError(url, f"larger than the {max_bytes:,}-byte cap (stopped reading there)")
        chunks.append(chunk)
    return b"".join(chunks)
