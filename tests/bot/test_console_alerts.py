"""`briefbot run` in the console sends new-source alerts too: an article dropped into the corpus is announced
in the terminal of a console channel that asked for alerts."""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from tests.bot.test_alerts import EXTRA
from tests.conftest import ROOT, SEEDS

GUARD = 60.0  # seconds: only a broken build waits this long


def test_the_console_run_announces_a_new_article(tmp_path: Path) -> None:
    """/digest alerts on, then a new article lands: its alert is printed while the console waits for input."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "BRIEFBOT_"))}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bot.cli",
            "-v",
            "run",
            "--corpus",
            str(corpus),
            "--data",
            str(tmp_path / "data"),
        ],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    logged: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None and proc.stdin is not None and proc.stderr is not None
    for stream, into in ((proc.stdout, lines), (proc.stderr, logged)):
        threading.Thread(target=lambda s=stream, q=into: [q.put(line) for line in s], daemon=True).start()

    def wait_for(text: str, source: queue.Queue[str] = lines, timeout: float = GUARD) -> str:
        while True:
            line = source.get(timeout=timeout)
            if text in line:
                return line

    try:
        proc.stdin.write("/digest alerts on\n")
        proc.stdin.flush()
        wait_for("gets a short alert when a new source arrives")
        wait_for("watching", logged)  # the alert runner's watcher is starting
        article = corpus / "bridges.md"
        article.write_text(EXTRA, encoding="utf-8")
        for attempt in range(1, 30):  # the watcher may start a moment after it says so: touch until it looks
            try:
                wait_for("--- digest for console channel console ---", timeout=2.0)
                break
            except queue.Empty:
                os.utime(article, (1_700_000_000 + attempt, 1_700_000_000 + attempt))
        else:
            raise AssertionError("no alert was printed")
        assert "1 new source" in wait_for("new source")
    finally:
        proc.stdin.close()
        proc.wait(timeout=GUARD)
    assert proc.returncode == 0
