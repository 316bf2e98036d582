"""Time signed slash commands against the real bolt app over loopback HTTP: the 3-second deadline, measured."""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
from slack_sdk.signature import SignatureVerifier

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.app import Application  # noqa: E402
from bot.platforms.slack.app import build_app, web_client  # noqa: E402
from bot.platforms.slack.endpoint import SlackEndpoint  # noqa: E402
from bot.platforms.slack.runner import bound_port, start_http  # noqa: E402
from bot.service import BriefingService  # noqa: E402
from bot.settings import Secret, load_settings  # noqa: E402
from bot.store import Store  # noqa: E402
from tests.fakes.slack_api import fake_slack_api  # noqa: E402

SECRET = "bench-signing-secret"
COMMANDS = [
    ("/summit", ""),
    ("/summit", "dates"),
    ("/who", "Orban"),
    ("/who", "nobody here"),
    ("/digest", "status"),
]


async def main(rounds: int = 40) -> None:
    """Send each command `rounds` times and print median, p95 and worst latency."""
    async with fake_slack_api() as api:
        settings = replace(
            load_settings(env={}, cwd=ROOT),
            slack_bot_token=Secret("xoxb-bench"),
            slack_signing_secret=Secret(SECRET),
            slack_api_url=api.url,
        )
        service = BriefingService(settings.corpus, story=settings.story_title)
        service.snapshot()
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(f"sqlite:///{tmp}/bench.db")
            application = Application(service.held, settings, store=store)
            application.warm()  # as `briefbot run` does before serving
            app = build_app(
                application, settings, client=web_client(settings), clock=lambda: datetime.now(UTC)
            )
            runner = await start_http(SlackEndpoint(app, SECRET, store), host="127.0.0.1", port=0)
            url = f"http://127.0.0.1:{bound_port(runner)}/slack/events"
            async with aiohttp.ClientSession() as session:
                print(f"{'command':<22} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
                for command, text in COMMANDS:
                    times = []
                    for k in range(rounds):
                        # each request its own trigger: the endpoint refuses a replayed one
                        fields = {"command": command, "text": text, "channel_id": "C1", "user_id": "U1"}
                        body = urlencode({**fields, "trigger_id": f"bench.{command}.{k}"})
                        ts = str(int(time.time()))
                        sig = SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body) or ""
                        headers = {
                            "Content-Type": "application/x-www-form-urlencoded",
                            "X-Slack-Request-Timestamp": ts,
                            "X-Slack-Signature": sig,
                        }
                        start = time.perf_counter()
                        async with session.post(url, data=body, headers=headers) as resp:
                            await resp.read()
                            if resp.status != 200:
                                raise SystemExit(f"{command} {text}: HTTP {resp.status}")
                        times.append((time.perf_counter() - start) * 1000)
                    times.sort()
                    p95 = times[int(len(times) * 0.95) - 1]
                    print(
                        f"{(command + ' ' + text).strip():<22} {statistics.median(times):>10.1f} "
                        f"{p95:>8.1f} {max(times):>8.1f}"
                    )
            await runner.cleanup()
            store.close()


if __name__ == "__main__":
    asyncio.run(main())
