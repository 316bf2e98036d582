"""The current briefing, built once and held; rebuilt only when the corpus folder changes."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.settings import Settings
from briefings import Briefing, build_briefing, load_corpus
from briefings.corpus import ARTICLE_SUFFIXES
from briefings.errors import ArticleSkipped

log = logging.getLogger(__name__)

Signature = tuple[tuple[str, int, int], ...]


def corpus_signature(folder: Path) -> Signature:
    """Name, size and modification time of every article file: it changes when the corpus does."""
    if not folder.is_dir():
        return ()
    entries = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.startswith("."):
            try:
                stat = path.stat()
            except OSError:  # a dangling link or a file removed meanwhile: the loader warns about it
                entries.append((path.name, -1, -1))
                continue
            entries.append((path.name, stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


@dataclass(frozen=True)
class Snapshot:
    """A built briefing with the corpus state and the day it was built for."""

    briefing: Briefing
    signature: Signature
    as_of: date
    skipped: tuple[ArticleSkipped, ...]


class BriefingService:
    """Holds the current Briefing for a corpus; `current()` is cheap unless the corpus or the day changed."""

    def __init__(
        self,
        corpus: Path,
        *,
        story: str,
        today: Callable[[], date] = date.today,
        summary_words: int = 120,
        background_days: int = 120,
        max_bytes: int = 2_000_000,
    ) -> None:
        self.corpus = corpus
        self.story = story
        self.today = today
        self.summary_words = summary_words
        self.background_days = background_days
        self.max_bytes = max_bytes
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()

    def _build(self, signature: Signature, as_of: date) -> Snapshot:
        result = load_corpus(self.corpus, max_bytes=self.max_bytes)
        briefing = build_briefing(
            result.documents,
            as_of=as_of,
            story=self.story,
            summary_words=self.summary_words,
            background_days=self.background_days,
        )
        log.info("built briefing from %d article(s) in %s", len(result.documents), self.corpus)
        return Snapshot(briefing, signature, as_of, result.skipped)

    def snapshot(self) -> Snapshot:
        """The current snapshot, rebuilt first if the corpus or today's date changed."""
        signature = corpus_signature(self.corpus)
        as_of = self.today()
        with self._lock:
            snap = self._snapshot
            if snap is None or snap.signature != signature or snap.as_of != as_of:
                snap = self._snapshot = self._build(signature, as_of)
            return snap

    def current(self) -> Briefing:
        """The current briefing (rebuilt first if the corpus or the day changed)."""
        return self.snapshot().briefing

    def held(self) -> Briefing:
        """The briefing already built, without checking the corpus: what a request path may call.

        Builds once if nothing is held yet; `refresh()` (run in the background) keeps it current.
        """
        snap = self._snapshot
        return snap.briefing if snap is not None else self.snapshot().briefing

    def refresh(self) -> bool:
        """Rebuild if the corpus or the day changed; True when a new briefing was built."""
        before = self._snapshot
        try:
            after = self.snapshot()
        except Exception:  # a broken corpus must not take down the bot: keep serving the last good briefing
            log.exception("could not rebuild the briefing from %s; keeping the previous one", self.corpus)
            return False
        return after is not before


def make_service(settings: Settings, as_of: date | None = None) -> BriefingService:
    """The briefing service for the configured corpus (fixed to `as_of` when given)."""
    return BriefingService(
        settings.corpus,
        story=settings.story_title,
        today=(lambda: as_of) if as_of else date.today,
        summary_words=settings.summary_words,
        background_days=settings.background_days,
        max_bytes=settings.max_article_bytes,
    )
