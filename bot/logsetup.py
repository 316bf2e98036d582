"""Logging for the bot: one format, every configured secret redacted from every record, and repeats held back.

A flood of the same message (a client hammering the endpoint, the process out of file descriptors) is written
at most `RepeatLimiter.burst` times a minute per logger and message; the rest are counted, and the next one let
through after the minute says how many were held back."""

from __future__ import annotations

import logging
import re
import sys
import threading
import time
from collections.abc import Callable, Iterable

REDACTED = "[redacted]"


# Token shapes redacted even when not configured here (an API echoing another token, a pasted one):
# Slack tokens, Discord bot tokens (three dot-separated base64 parts), and Authorization header values.
_TOKEN_SHAPES = re.compile(
    r"\bxox[a-z]-[A-Za-z0-9-]{6,}"
    r"|\bxapp-[A-Za-z0-9-]{6,}"
    r"|\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}"
    r"|(?<=\bBearer )[A-Za-z0-9._~+/=-]{8,}|(?<=\bBot )(?=[A-Za-z0-9._-]*[0-9.])[A-Za-z0-9._~+/=-]{20,}",
    re.IGNORECASE,
)


class Redactor:
    """Replaces the configured secrets, and anything shaped like a Slack or Discord token, with [redacted]."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.secrets = sorted({s for s in secrets if s and len(s) >= 6}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        """`text` with every secret and token-shaped string redacted."""
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return _TOKEN_SHAPES.sub(REDACTED, text)


class SecretFilter(logging.Filter):
    """Redacts secrets and token shapes in a log record's message, arguments and traceback."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.redact = Redactor(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self.redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


# Library warnings that tell an operator nothing to act on: (logger name prefix, text in the message).
QUIET = (
    ("discord.client", "voice will NOT be supported"),  # Briefbot never joins voice channels
    ("slack_bolt", "`token` will be unused"),  # bolt read SLACK_BOT_TOKEN itself; our client carries it
)


class QuietLibraries(logging.Filter):
    """Drops the library warnings listed in QUIET."""

    def filter(self, record: logging.LogRecord) -> bool:
        """False for a listed library warning."""
        return not any(record.name.startswith(name) and text in str(record.msg) for name, text in QUIET)


class RepeatLimiter(logging.Filter):
    """Lets through at most `burst` records a `window` per (logger, message template); counts the rest."""

    def __init__(
        self, burst: int = 5, window: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self.burst, self.window, self.clock = burst, window, clock
        self._seen: dict[tuple[str, str], tuple[float, int, int]] = {}  # key -> (window start, shown, held)
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        """False when this message was already written `burst` times in the current window."""
        key = (record.name, str(record.msg)[:200])
        now = self.clock()
        with self._lock:
            start, shown_, held = self._seen.get(key, (now, 0, 0))
            if now - start >= self.window:
                if held:
                    record.msg = (
                        f"{record.msg} (and {held} more like it held back in the last {self.window:g} s)"
                    )
                start, shown_, held = now, 0, 0
            if shown_ >= self.burst:
                self._seen[key] = (start, shown_, held + 1)
                return False
            self._seen[key] = (start, shown_ + 1, held)
            if len(self._seen) > 1000:  # many different messages: forget the oldest windows
                for old in sorted(self._seen, key=lambda k: self._seen[k][0])[:500]:
                    del self._seen[old]
        return True


def setup_logging(verbose: bool, secrets: Iterable[str] = ()) -> None:
    """Log to stderr at INFO (verbose) or WARNING, with secrets redacted and floods of one message held back."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("briefbot: %(levelname)s: %(name)s: %(message)s"))
    handler.addFilter(QuietLibraries())
    handler.addFilter(RepeatLimiter())
    handler.addFilter(SecretFilter(secrets))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.INFO if verbose else logging.WARNING)


def settings_secrets(values: Iterable[object | None]) -> list[str]:
    """The plain values of the Secret objects among `values`."""
    out = []
    for value in values:
        get = getattr(value, "get", None)
        if callable(get):
            secret = get()
            if isinstance(secret, str):
                out.append(secret)
    return out
