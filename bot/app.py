"""One request path for every platform: a Request in, a Reply out.

The console, Slack, Discord and `briefbot preview` all convert what they receive into a `Request` and render the
`Reply` this application returns. Routing, who may change a digest, who sees a reply (`Reply.ephemeral`), and
turning errors into replies live here and nowhere else; all wording lives in `bot.messages`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot import messages as msg
from bot.commands import Options, error_reply, help_reply, parse_section, summit_reply, warm, who_reply
from bot.reply import Reply, shorten
from bot.settings import Settings
from briefings.errors import BriefbotError
from briefings.model import Briefing

if TYPE_CHECKING:
    from bot.store import Store

log = logging.getLogger(__name__)
_QUOTES = {'"': '"', "'": "'", "“": "”"}  # a whole command line pasted in quotes


@dataclass(frozen=True)
class Request:
    """One command as typed on any platform: where, by whom (what they may do), what, and when."""

    platform: str  # "console" | "slack" | "discord"
    channel: str
    command: str  # without the slash: the configured briefing command, "who", "digest" or "help"
    args: str
    now: datetime  # timezone-aware
    can_manage: bool = True  # may change this channel's digest


def parse_line(line: str) -> tuple[str, str]:
    """(command, arguments) from a typed line: `/who Orban`, `who Orban` or a quoted `"/who Orban"`."""
    text = line.strip()
    if len(text) >= 2 and _QUOTES.get(text[0]) == text[-1]:
        text = text[1:-1].strip()
    parts = text.split(maxsplit=1)
    if not parts:
        return "", ""
    return parts[0].lstrip("/").lower(), parts[1] if len(parts) > 1 else ""


class Application:
    """Answers every Request from the held briefing; the only place a command is routed."""

    def __init__(
        self,
        briefing: Callable[[], Briefing],
        settings: Settings,
        *,
        store: Store | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.briefing = briefing  # the held briefing on chat platforms; rebuilt when stale in the console
        self.settings = settings
        self.store = store  # None: digests are not available (`briefbot chat`)
        self.on_change = on_change
        self.options = Options(
            command=settings.command, stale_days=settings.stale_days, digests=store is not None
        )

    def warm(self) -> None:
        """Build the held briefing's first replies ahead of the first request (call it off the event loop); a
        failure is logged, and the request that meets it gets the usual short error."""
        try:
            warm(self.briefing(), self.options)
        except Exception:
            log.exception("building the first replies of the briefing failed")

    def handle(self, request: Request) -> Reply:
        """The reply to one request; known errors become a short reply, others are logged, never raised."""
        try:
            return self._route(request)
        except BriefbotError as exc:
            return error_reply(msg.CORPUS_ERROR.format(error=exc))
        except Exception:
            log.exception("%s command /%s failed", request.platform, request.command)
            return error_reply(msg.INTERNAL_ERROR)

    def _route(self, request: Request) -> Reply:
        command, words = request.command.lstrip("/").lower(), request.args.split()
        if command in ("help", "start") or (command == self.options.command and _first(words) == "help"):
            return help_reply(self.options)
        if command == self.options.command:
            section, problem = parse_section(words)
            if problem:
                return error_reply(problem)
            return summit_reply(self.briefing(), section, options=self.options)
        if command == "who":
            return who_reply(self.briefing(), request.args, options=self.options)
        if command == "digest":
            return self._digest(request, words)
        return error_reply(msg.UNKNOWN_COMMAND.format(command=shorten("/" + command)))

    def _digest(self, request: Request, words: list[str]) -> Reply:
        from bot.digest.commands import DigestContext, handle_digest  # SQLAlchemy only when digests are asked

        if self.store is None:
            return error_reply(msg.DIGEST_UNAVAILABLE)
        if not request.can_manage:
            return error_reply(msg.DIGEST_FORBIDDEN)
        sub = self.store.get(request.platform, request.channel)
        zone = sub.zone if sub is not None else ZoneInfo(self.settings.digest_timezone)
        ctx = DigestContext(
            platform=request.platform,
            channel=request.channel,
            store=self.store,
            default_timezone=self.settings.digest_timezone,
            now=request.now.astimezone(zone),  # the digest is for the channel's own day
            stale_days=self.settings.stale_days,
            last_sent=self.store.last_sent(request.platform, request.channel),
            on_change=self.on_change,
        )
        return handle_digest(words, self.briefing(), ctx)


def _first(words: list[str]) -> str | None:
    return words[0].lower() if words else None
