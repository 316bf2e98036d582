"""The Slack HTTP endpoint under load it did not ask for: how long a signed /summit takes while N idle
(slow-loris) connections are open, and while a large page is being extracted by the feed/ingest code.

    python bench/endpoint_under_load.py [--idle 1000] [--page-mb 5]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from slack_sdk.signature import SignatureVerifier  # noqa: E402

from bot.ingest.pipeline import ingest_one  # noqa: E402
from tests.bot.slack.conftest import SIGNING_SECRET, serve_slack  # noqa: E402
from tests.bot.test_ingest import NOW, PARAGRAPHS, page  # noqa: E402
from tests.fakes import serve_on_loopback  # noqa: E402

CALLS = iter(range(1_000_000))


async def timed(slack, command: str, text: str = "") -> float:  # type: ignore[no-untyped-def]
    """Seconds until a signed command is answered (each from its own channel: no two signatures alike)."""
    started = time.perf_counter()
    status, _ = await slack.command(command, text, channel=f"C{next(CALLS)}")
    if status != 200:
        raise RuntimeError(f"{command} answered {status}")
    return time.perf_counter() - started


async def main(idle: int, page_mb: float) -> None:
    """Print the answer time of /summit: alone, with `idle` connections open, during a page's extraction."""
    big = page(PARAGRAPHS * int(page_mb * 1_000_000 / 600))

    async def article(request: web.Request) -> web.Response:
        return web.Response(text=big, content_type="text/html")

    site = web.Application()
    site.router.add_get("/big", article)
    site_runner, port = await serve_on_loopback(site)
    with tempfile.TemporaryDirectory() as tmp:
        async with serve_slack(Path(tmp)) as slack:
            alone = min([await timed(slack, "/summit", "dates") for _ in range(5)])
            host, slack_port = "127.0.0.1", int(slack.url.split(":")[2].split("/")[0])
            conns = [await asyncio.open_connection(host, slack_port) for _ in range(idle)]
            with_idle = await timed(slack, "/summit", "dates")
            for _, writer in conns:
                writer.close()
            async with aiohttp.ClientSession() as session:
                # the command is sent from another thread, 1 s into the ingest (the page is being extracted by
                # then), so a blocked event loop cannot delay the sending, only the answer
                answer: list[float] = []
                client = threading.Thread(target=lambda: answer.append(signed_post(slack.url, delay=1.0)))
                client.start()
                started = time.perf_counter()
                await ingest_one(session, f"http://127.0.0.1:{port}/big", Path(tmp) / "corpus", now=NOW)
                ingest_took = time.perf_counter() - started
                await asyncio.to_thread(client.join)
                during = answer[0]
    await site_runner.cleanup()
    print(f"/summit dates alone:                        {alone * 1000:7.1f} ms")
    print(f"/summit dates with {idle} idle connections:   {with_idle * 1000:7.1f} ms")
    print(
        f"/summit dates sent 1 s into ingesting a {len(big) / 1e6:.1f} MB page: {during * 1000:7.1f} ms "
        f"(the ingest took {ingest_took:.1f} s)"
    )


def signed_post(url: str, *, delay: float) -> float:
    """Wait `delay` s, then POST a signed /summit dates with a blocking client; seconds until answered."""
    time.sleep(delay)
    body = urlencode({"command": "/summit", "text": "dates", "channel_id": "CBENCH", "user_id": "U1"})
    stamp = str(int(time.time()))
    signature = SignatureVerifier(SIGNING_SECRET).generate_signature(timestamp=stamp, body=body) or ""
    request = urllib.request.Request(
        url,
        data=body.encode(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": signature,
        },
    )
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:
        response.read()
    return time.perf_counter() - started


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle", type=int, default=1000)
    parser.add_argument("--page-mb", type=float, default=5.0)
    options = parser.parse_args()
    asyncio.run(main(options.idle, options.page_mb))
