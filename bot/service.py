"""The current briefing, built once and held; rebuilt only when the corpus folder changes.

With a KeptStore, a rebuild redoes only the changed articles' own work and the story-level merge, and a
briefing already built for the same corpus state, day and settings is read back instead of built (so
`briefbot who NAME` answers without loading the extractors). The corpus state is every file's name, size and
time; a briefing built from files changed just before the build is kept under their contents' hashes too, so
asking again right after writing a corpus reads it back as well. Its people and sources do not depend on the
day, so `who` on another day reads them from any kept briefing of the same corpus.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from bot.kept import KeptStore
from bot.progress import building
from bot.settings import Settings
from briefings.load.files import is_article_name
from briefings.model import Briefing
from briefings.version import extractor_version

log = logging.getLogger(__name__)

# A file changed this recently may change again within the file system's timestamp resolution without its
# size or time telling; a briefing built then is held in memory but not kept for other processes.
SETTLE_SECONDS = 2.0

Signature = tuple[tuple[str, int, int], ...]
Contents = tuple[tuple[str, int, int, str], ...]


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


def content_signature(folder: Path, signature: Signature) -> Contents:
    """The signature with a hash of each file's bytes: it tells apart files that changed too fast for their
    size and time to show it."""
    found = []
    for name, size, mtime in signature:
        try:
            digest = hashlib.blake2b((folder / name).read_bytes(), digest_size=16).hexdigest()
        except OSError:  # gone or unreadable: the loader warns about it
            digest = ""
        found.append((name, size, mtime, digest))
    return tuple(found)


@dataclass(frozen=True)
class Keys:
    """Where a finished briefing is kept: the whole under `whole`, its people and sources (the same on every
    day) under `head`."""

    whole: str
    head: str


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
        workers: int | None = None,
    ) -> None:
        self.corpus = corpus
        self.workers = workers  # processes for the articles' own work in a build (default: the usable cores)
        self.progress = progress  # show a progress bar on a terminal during the next build from scratch
        self.story = story
        self.today = today
        self.summary_words = summary_words
        self.background_days = background_days
        self.max_bytes = max_bytes
        self.kept = kept
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()

    def _keys(self, state: Signature | Contents, as_of: date) -> Keys:
        """What a finished briefing depends on: the extractor, the settings, the day and every file's state
        (its people and sources: all but the day)."""
        settings = (
            self.corpus.resolve(),
            self.story,
            self.summary_words,
            self.background_days,
            self.max_bytes,
        )

        def key(*parts: object) -> str:
            return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()

        return Keys(
            key(extractor_version(), settings, as_of.isoformat(), state),
            key(extractor_version(), settings, "any day", state),
        )

    def _kept_briefing(
        self, keys: Keys, as_of: date, *, people_only: bool = False
    ) -> tuple[Briefing, tuple[str, ...]] | None:
        """The briefing kept under `keys` for `as_of` (its warnings given again), or None."""
        found = (
            self.kept.briefing(keys.whole, head_key=keys.head, people_only=people_only) if self.kept else None
        )
        if found is None:
            return None
        for warning in found[1]:
            log.warning("%s", warning)
        log.info("kept briefing of %d source(s) from %s", len(found[0].sources), self.corpus)
        return replace(found[0], as_of=as_of), found[1]

    def _find(
        self, signature: Signature, as_of: date, *, people_only: bool = False
    ) -> tuple[tuple[Briefing, tuple[str, ...]] | None, Contents | None]:
        """A kept briefing for this corpus state and day, by the files' times, else by their contents (the
        contents read, to keep a briefing built next under them)."""
        if self.kept is None:
            return None, None
        found = self._kept_briefing(self._keys(signature, as_of), as_of, people_only=people_only)
        if found is not None:
            return found, None
        read = time.time()
        contents = content_signature(self.corpus, signature)
        found = self._kept_briefing(self._keys(contents, as_of), as_of, people_only=people_only)
        if found is not None and not people_only and _settled(signature, read):
            # its files have settled since: kept by their times too, so the next reader need not hash them
            self.kept.keep_briefing(
                self._keys(signature, as_of).whole,
                found[0],
                found[1],
                head_key=self._keys(signature, as_of).head,
            )
        return found, contents

    def _keep(self, signature: Signature, contents: Contents | None, snap: Snapshot, started: float) -> None:
        """Keep a finished briefing by its files' times when they had settled before the build started, else
        by their contents when those did not change during the build."""
        assert self.kept is not None
        if _settled(signature, started):
            keys = self._keys(signature, snap.as_of)
        elif (
            contents is not None
            and corpus_signature(self.corpus) == signature
            and content_signature(self.corpus, signature) == contents
        ):
            keys = self._keys(contents, snap.as_of)
        else:  # a file changed while it was read: nothing says which state the briefing shows
            return
        self.kept.keep_briefing(keys.whole, snap.briefing, snap.warnings, head_key=keys.head)

    def _build(self, signature: Signature, as_of: date) -> Snapshot:
        found, contents = self._find(signature, as_of)
        if found is not None:
            return Snapshot(found[0], signature, as_of, found[1])
        from briefings import build_briefing, load_corpus  # the extractors load only when a build is needed
        from briefings.parallel import ProcessMap
        from briefings.runner import collector_paused
        from briefings.tables import (
            import_stage_modules,
            load_article_tables,
            load_merge_tables,
            load_tables,
        )

        started = time.time()
        show = self.progress
        self.progress = False  # once: a running bot's later rebuilds never draw over its prompt
        with (
            collector_paused(),  # the kept work read back is millions of objects a collection walks for nothing
            _collected_warnings() as collected,
            building(len(signature)) if show else nullcontext(),
            ProcessMap(self.workers, before=load_article_tables, meanwhile=load_merge_tables) as mapper,
        ):
            # before the workers start, so that they share them: the tables not kept read in a child process
            # while this one imports the modules that do the build's work
            load_tables(self.kept, aside=mapper.aside, meanwhile=import_stage_modules)
            result = load_corpus(self.corpus, max_bytes=self.max_bytes, kept=self.kept, mapper=mapper)
            briefing = build_briefing(
                result.documents,
                as_of=as_of,
                story=self.story,
                summary_words=self.summary_words,
                background_days=self.background_days,
                kept=self.kept,
                mapper=mapper,
                aside=mapper.aside,
            )
        snap = Snapshot(briefing, signature, as_of, tuple(collected.messages))
        if self.kept:
            self.kept.flush()
            self._keep(signature, contents, snap, started)
        log.info(
            "built briefing from %d article(s) in %s in %.1f s",
            len(result.documents),
            self.corpus,
            time.time() - started,
        )
        return snap

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
            found, _ = self._find(signature, as_of, people_only=True)
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
