"""The one error ingesting raises: it names the URL or file and says why."""

from __future__ import annotations

from briefings.errors import BriefbotError
from briefings.text import shown


class IngestError(BriefbotError):
    """A page, feed or file could not be added; the message names it and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{shown(source)}: {reason}")
        self.source = source
        self.reason = reason
