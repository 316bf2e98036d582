"""Errors of the briefing core.

BriefbotError
 ├── CorpusError            the corpus as a whole cannot be used
 │    ├── CorpusNotFound    the folder does not exist or is not a folder
 │    └── EmptyCorpus       no article could be loaded from it
 └── ArticleSkipped         one file was skipped (carried as a warning, never raised past the loader)
"""

from __future__ import annotations

from pathlib import Path

from briefings.text import shown


class BriefbotError(Exception):
    """Base of every error the core raises."""


class CorpusError(BriefbotError):
    """The corpus as a whole cannot be used."""


class CorpusNotFound(CorpusError):
    """The corpus folder does not exist or is not a folder."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"corpus folder not found: {path}")
        self.path = path


class EmptyCorpus(CorpusError):
    """No article could be loaded from the corpus folder."""

    def __init__(self, path: Path, skipped: int = 0) -> None:
        detail = f" ({skipped} file(s) skipped, see warnings above)" if skipped else ""
        super().__init__(f"no articles (.txt or .md) could be loaded from {path}{detail}")
        self.path = path


class ArticleSkipped(BriefbotError):
    """One article file was skipped; the message names the file and why."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"skipped {shown(path.name)}: {reason}")
        self.path = path
        self.reason = reason
