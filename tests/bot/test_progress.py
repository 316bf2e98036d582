"""A progress bar while a briefing builds: on a terminal only, never in piped output."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SEEDS


def _summit(tmp_path: Path, *, terminal: bool) -> tuple[str, str]:
    """`briefbot summit` on a fresh copy of the seeds (so it builds), stderr a terminal or a pipe."""
    corpus = tmp_path / ("tty" if terminal else "pipe")
    shutil.copytree(SEEDS, corpus)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "BRIEFBOT_"))}
    env["BRIEFBOT_DATA_DIR"] = str(tmp_path / "data")
    argv = [sys.executable, "-m", "bot.cli", "summit", "dates", "--corpus", str(corpus), "--story", "Summit"]
    if not terminal:
        done = subprocess.run(
            argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
        )
        return done.stdout, done.stderr
    leader, follower = pty.openpty()
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    out = proc.communicate(timeout=120)[0]
    os.close(leader)
    return out.decode(), seen.decode(errors="replace")


def test_a_terminal_sees_the_bar_and_a_pipe_does_not(tmp_path: Path) -> None:
    """stderr on a terminal shows "Building the briefing of 5 articles"; piped, stderr stays empty, and the
    reply on stdout is the same either way."""
    tty_out, tty_err = _summit(tmp_path, terminal=True)
    pipe_out, pipe_err = _summit(tmp_path, terminal=False)
    assert "Building the briefing of 5 articles" in tty_err
    assert pipe_err == "" and "Building" not in pipe_out
    assert tty_out == pipe_out and "Key dates" in pipe_out
