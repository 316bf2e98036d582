"""The running bot and a hostile feed: `briefbot run` polls a feed whose middle entry's link no URL parser
accepts; it stays up, both good entries land and are briefed on, and the bad one is named in the log."""

from __future__ import annotations

import http.server
import os
import queue
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from tests.bot.test_feed_entries import LONG_LABEL, item, rss
from tests.bot.test_ingest import PARAGRAPHS, page
from tests.conftest import ROOT, SEEDS

GUARD = 60.0  # seconds: only a broken build waits this long


def _site() -> http.server.ThreadingHTTPServer:
    """A feed with a hostile entry between two good ones, and the good entries' pages, on loopback."""

    class Site(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if self.path == "/feed.xml":
                items = [
                    item("One", f"{base}/news/one", "g1"),
                    item("Evil", f"http://{LONG_LABEL}.example.com/story", "g2"),
                    item("Two", f"{base}/news/two", "g3"),
                ]
                body, kind = rss(items).encode(), "application/rss+xml"
            elif self.path in ("/news/one", "/news/two"):
                title = {
                    "/news/one": "Bridges close in Budapest",
                    "/news/two": "Hotels fill before the summit",
                }
                text = [f"{p} ({title[self.path]})" for p in PARAGRAPHS]
                body, kind = (
                    page(text, title=title[self.path], canonical=base + self.path).encode(),
                    "text/html",
                )
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_the_running_bot_outlives_a_hostile_feed_entry(tmp_path: Path) -> None:
    """Both good entries land and /summit sources lists them; the hostile link is named; the bot answers on."""
    site = _site()
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    config = tmp_path / "briefbot.toml"
    feed = f"http://127.0.0.1:{site.server_address[1]}/feed.xml"
    config.write_text(
        f'[story]\ntitle = "Summit"\ncorpus = "{corpus}"\n[store]\ndata_dir = "{tmp_path / "data"}"\n'
        f'[[feeds]]\nurl = "{feed}"\nevery_minutes = 30\n',
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "BRIEFBOT_"))}
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "-v", "--config", str(config), "run"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    out: queue.Queue[str] = queue.Queue()
    err: queue.Queue[str] = queue.Queue()
    for stream, into in ((proc.stdout, out), (proc.stderr, err)):
        threading.Thread(target=lambda s=stream, q=into: [q.put(line) for line in s], daemon=True).start()

    def wait_for(source: queue.Queue[str], text: str) -> str:
        while True:
            line = source.get(timeout=GUARD)
            if text in line:
                return line

    try:
        failed = wait_for(err, "feed: failed:")
        assert LONG_LABEL in failed and "not a valid http(s) URL" in failed
        assert "Bridges close" in "".join(p.read_text() for p in corpus.glob("*.md"))
        wait_for(err, "feed: added:")  # the entry after the hostile one
        proc.stdin.write("/summit sources\n")
        proc.stdin.flush()
        listed = wait_for(out, "Hotels fill before the summit")
        assert "Hotels fill" in listed and proc.poll() is None  # still up and answering
    finally:
        proc.stdin.close()
        proc.wait(timeout=GUARD)
        site.shutdown()
    assert proc.returncode == 0
    assert "Traceback" not in "".join(err.queue)
