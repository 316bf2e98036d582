"""The console adapter: a chat REPL on stdin/stdout that needs no token."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TextIO

from bot.app import Application, Request, parse_line
from bot.render import render_text
from bot.reply import Reply

PROMPT = "briefbot> "


class ConsolePublisher:
    """The console platform's channels: a digest for any channel is printed to the output stream."""

    platform = "console"

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    async def publish(self, channel: str, reply: Reply, *, marker: str = "") -> str | None:
        """Print the digest under a line naming the channel."""
        self.stream.write(f"--- digest for console channel {channel} ---\n{render_text(reply)}\n")
        self.stream.flush()
        return None

    async def find(self, channel: str, reply: Reply, *, marker: str, since: datetime) -> str | None:
        """Printed output cannot be searched: an interrupted console digest is printed again."""
        return None


CHANNEL = "console"  # the console's one channel: `/digest` typed here acts on it
QUIT = {"/quit", "/exit", "quit", "exit"}


def run_console(
    app: Application,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> int:
    """Read commands line by line until end of input or /quit, printing each rendered reply."""
    options = app.options
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin.isatty()
    if interactive:
        stdout.write(
            f"Briefbot console. Try /{options.command}, /{options.command} dates, /who NAME, /help;"
            " /quit to leave.\n"
        )
    while True:
        if interactive:
            stdout.write(PROMPT)
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        text = line.strip()
        if not text:
            continue
        if text.lower() in QUIT:
            break
        command, args = parse_line(text)
        reply = app.handle(Request("console", CHANNEL, command, args, clock()))
        stdout.write(render_text(reply) + "\n")
        stdout.flush()
    return 0
