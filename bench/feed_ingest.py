"""`briefbot ingest --feed` on a large full-text feed served on loopback: how long N entries take to land.

python bench/feed_ingest.py [--entries 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.ingest.pipeline import ingest  # noqa: E402
from tests.fakes import serve_on_loopback  # noqa: E402

TEXT = (
    "Officials in the port city said on Tuesday that talks would resume next week after a long night of "
    "negotiations between the union and the employers, who had not met since the strike began nine days ago. "
)


def feed(entries: int) -> str:
    """An RSS feed of `entries` items, each carrying its full text (about 70 words)."""
    items = "".join(
        f"<item><title>Report number {i}</title><link>https://news.example/{i}</link><guid>g{i}</guid>"
        f"<pubDate>Tue, 14 Oct 2025 09:00:00 GMT</pubDate><description>Teaser.</description>"
        f"<content:encoded><![CDATA[<p>{TEXT} Entry {i}.</p><p>{TEXT}</p>]]></content:encoded></item>"
        for i in range(entries)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Wire</title><link>https://news.example/</link><description>d</description>{items}"
        "</channel></rss>"
    )


async def main(entries: int) -> None:
    """Serve the feed, ingest it into an empty corpus, print the time and what landed."""
    body = feed(entries)

    async def serve(request: web.Request) -> web.Response:
        return web.Response(text=body, content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/feed.xml", serve)
    runner, port = await serve_on_loopback(app)
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        await ingest(
            [],
            Path(tmp),
            now=datetime.now(UTC),
            feeds=[f"http://127.0.0.1:{port}/feed.xml"],
            out=lines.append,
        )
        took = time.perf_counter() - started
        landed = len(list(Path(tmp).glob("*.md")))
    await runner.cleanup()
    print(
        f"{entries} full-text entries: {landed} articles in {took:.1f} s ({took / entries * 1000:.1f} ms each)"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2000)
    asyncio.run(main(parser.parse_args().entries))
