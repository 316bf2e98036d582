"""Logging for the bot: one format, and every configured secret redacted from every record."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable

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


def setup_logging(verbose: bool, secrets: Iterable[str] = ()) -> None:
    """Log to stderr at INFO (verbose) or WARNING, with secrets redacted."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("briefbot: %(levelname)s: %(name)s: %(message)s"))
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
