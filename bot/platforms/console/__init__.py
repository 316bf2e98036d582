"""The console adapter: a chat REPL on stdin/stdout that needs no token."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from typing import TextIO

from bot.commands import Options, error_reply, handle
from bot.messages import CORPUS_ERROR
from bot.render import render_text
from bot.reply import Reply
from briefings.errors import BriefbotError
from briefings.model import Briefing

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


QUIT = {"/quit", "/exit", "quit", "exit"}


def answer(
    line: str,
    briefing: Callable[[], Briefing],
    options: Options,
    digest: Callable[[list[str]], Reply] | None = None,
) -> Reply:
    """One line in, one reply out; errors in the corpus become a readable reply, not a traceback."""
    try:
        return handle(line, briefing, options, digest)
    except BriefbotError as exc:
        return error_reply(CORPUS_ERROR.format(error=exc))


def run_console(
    briefing: Callable[[], Briefing],
    options: Options,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    digest: Callable[[list[str]], Reply] | None = None,
) -> int:
    """Read commands line by line until end of input or /quit, printing each rendered reply."""
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
        stdout.write(render_text(answer(text, briefing, options, digest)) + "\n")
        stdout.flush()
    return 0
