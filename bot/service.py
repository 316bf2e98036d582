"""The current briefing, built once and held; rebuilt only when the corpus folder changes.

With a KeptStore, a rebuild redoes only the changed articles' own work and the story-level merge, and a
briefing already built for the same corpus state, day and settings is read back instead of built (so
`briefbot who NAME` answers without loading the extractors).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.kept import KeptStore
from bot.progress import building
from bot.settings import Settings
from briefings.files import is_article_name
from briefings.model import Briefing
from briefings.version import extractor_version

log = logging.getLogger(__name__)

# A file changed this recently may change again within the file system's timestamp resolution without its
# size or time telling; a briefing built then is held in memory but not kept for other processes.
SETTLE_SECONDS = 2.0

Signature = tuple[tuple[str, int, int], ...]


def corpus_signature(folder: Path) -> Signature:
    """Name, size and modification time of every article file: it changes when the corpus does."""
    try:
        entries = [e for e in os.scandir(folder) if is_article_name(e.name)]
    except OSError:  # no folder (yet): the loader says so
        return ()
    found = []
    for entry in sorted(entries, key=lambda e: e.name):
        try:
            stat = entry.stat()
        except OSError:  # a dangling link or a file removed meanwhile: the loader warns about it
            found.append((entry.name, -1, -1))
            continue
        found.append((entry.name, stat.st_size, stat.st_mtime_ns))
    return tuple(found)


@dataclass(frozen=True)
class Snapshot:
    """A built briefing with the corpus state and the day it was built for, and the warnings the build gave
    (files skipped, lines cut)."""

    briefing: Briefing
    signature: Signature
    as_of: date
    warnings: tuple[str, ...]


class _Warnings(logging.Handler):
    """Collects the core's warnings during a build, so a kept briefing can give them again."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Remember one warning's text."""
        self.messages.append(record.getMessage())


@contextmanager
def _collected_warnings() -> Iterator[_Warnings]:
    handler = _Warnings()
    core = logging.getLogger("briefings")
    core.addHandler(handler)
    try:
        yield handler
    finally:
        core.removeHandler(handler)


def _settled(signature: Signature, started: float) -> bool:
    """True when no article changed within SETTLE_SECONDS before the build started."""
    newest = max((mtime for _, _, mtime in signature), default=0)
    return newest / 1e9 < started - SETTLE_SECONDS


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
        kept: KeptStore | None = None,
        progress: bool = False,
    ) -> None:
        self.corpus = corpus
        self.progress = progress  # show a progress bar on a terminal during the next build from scratch
        self.story = story
        self.today = today
        self.summary_words = summary_words
        self.background_days = background_days
        self.max_bytes = max_bytes
        self.kept = kept
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()

    def _briefing_key(self, signature: Signature, as_of: date) -> str:
        """What a finished briefing depends on: the extractor, the settings, the day and every file's state."""
        digest = hashlib.blake2b(digest_size=16)
        settings = (
            self.corpus.resolve(),
            self.story,
            self.summary_words,
            self.background_days,
            self.max_bytes,
        )
        digest.update(repr((extractor_version(), settings, as_of.isoformat(), signature)).encode())
        return digest.hexdigest()

    def _kept_briefing(
        self, key: str, *, people_only: bool = False
    ) -> tuple[Briefing, tuple[str, ...]] | None:
        """The briefing kept under `key` (its warnings given again), or None."""
        found = self.kept.briefing(key, people_only=people_only) if self.kept else None
        if found is not None:
            for warning in found[1]:
                log.warning("%s", warning)
            log.info("kept briefing of %d source(s) from %s", len(found[0].sources), self.corpus)
        return found

    def _build(self, signature: Signature, as_of: date) -> Snapshot:
        key = self._briefing_key(signature, as_of) if self.kept else ""
        found = self._kept_briefing(key) if self.kept else None
        if found is not None:
            return Snapshot(found[0], signature, as_of, found[1])
        from briefings import build_briefing, load_corpus  # the extractors load only when a build is needed

        started = time.time()
        show = self.progress
        self.progress = False  # once: a running bot's later rebuilds never draw over its prompt
        with _collected_warnings() as collected, building(len(signature)) if show else nullcontext():
            result = load_corpus(self.corpus, max_bytes=self.max_bytes, kept=self.kept)
            briefing = build_briefing(
                result.documents,
                as_of=as_of,
                story=self.story,
                summary_words=self.summary_words,
                background_days=self.background_days,
                kept=self.kept,
            )
        warnings = tuple(collected.messages)
        if self.kept:
            self.kept.flush()
            if _settled(signature, started):
                self.kept.keep_briefing(key, briefing, warnings)
        log.info(
            "built briefing from %d article(s) in %s in %.1f s",
            len(result.documents),
            self.corpus,
            time.time() - started,
        )
        return Snapshot(briefing, signature, as_of, warnings)

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

    def people(self) -> Briefing:
        """A current briefing whose people and sources are filled in, its other sections possibly empty: all
        `/who` needs, read from a kept briefing in about half the time of the whole (built in full otherwise)."""
        signature = corpus_signature(self.corpus)
        as_of = self.today()
        with self._lock:
            snap = self._snapshot
            if snap is not None and snap.signature == signature and snap.as_of == as_of:
                return snap.briefing
            found = (
                self._kept_briefing(self._briefing_key(signature, as_of), people_only=True)
                if self.kept
                else None
            )
        return found[0] if found is not None else self.snapshot().briefing

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


def make_service(settings: Settings, as_of: date | None = None, *, progress: bool = False) -> BriefingService:
    """The briefing service for the configured corpus (fixed to `as_of` when given); with `progress`, its first
    build from scratch shows a progress bar when stderr is a terminal."""
    return BriefingService(
        settings.corpus,
        story=settings.story_title,
        today=(lambda: as_of) if as_of else date.today,
        summary_words=settings.summary_words,
        background_days=settings.background_days,
        max_bytes=settings.max_article_bytes,
        kept=KeptStore.open(settings.data_dir),
        progress=progress,
    )
