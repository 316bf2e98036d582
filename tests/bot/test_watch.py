"""The running bot's held briefing follows the corpus folder within seconds, without a restart."""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from bot.app import Application, Request
from bot.render import render_text
from bot.service import BriefingService
from bot.settings import load_settings
from bot.watch import is_article, watch_corpus
from briefings.model import Briefing
from tests.conftest import ROOT, SEEDS

NOW = datetime(2025, 10, 20, 9, 0, tzinfo=UTC)

NEW = "---\ntitle: Budapest prepares\nsource: Wire\npublished: 2025-10-19\n---\n" + (
    "Mayor Gergely Karácsony said on Sunday that the city would close the bridges for the summit.\n"
)


async def until(check, seconds: float = 15.0) -> bool:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds / 0.1)):
        if check():
            return True
        await asyncio.sleep(0.1)
    return False


async def test_an_added_then_removed_article_updates_the_held_briefing(tmp_path: Path) -> None:
    """A new file appears in the briefing, and disappears with it; hidden temporary files are ignored."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    service = BriefingService(corpus, story="Summit", today=lambda: date(2025, 10, 20))
    service.snapshot()
    app = Application(service.held, replace(load_settings(env={}, cwd=ROOT), command="summit"))
    first = render_text(app.handle(Request("console", "console", "summit", "sources", NOW)))
    rebuilt: list[tuple[int, int]] = []

    async def changed(before: Briefing, after: Briefing) -> None:
        rebuilt.append((len(before.sources), len(after.sources)))

    warmed: list[int] = []

    def warm() -> None:
        warmed.append(len(service.held().sources))
        app.warm()

    stop = asyncio.Event()
    task = asyncio.create_task(
        watch_corpus(service, on_change=changed, warm=warm, stop=stop, debounce_ms=100)
    )
    try:
        await asyncio.sleep(0.5)
        (corpus / ".ingest-x.tmp").write_text("half written")
        (corpus / "budapest.md").write_text(NEW, encoding="utf-8")
        assert await until(lambda: len(service.held().sources) == 6)
        assert any(p.name == "Gergely Karácsony" for p in service.held().people)
        summit = render_text(app.handle(Request("console", "console", "summit", "sources", NOW)))
        assert "Budapest prepares" in summit and "Budapest prepares" not in first
        (corpus / "budapest.md").unlink()
        assert await until(lambda: len(service.held().sources) == 5)
        assert await until(lambda: rebuilt == [(5, 6), (6, 5)])  # the alert hook runs just after the swap
        assert warmed == [6, 5]  # each new briefing's first replies were built before anyone asked
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=10)


def test_only_article_files_count() -> None:
    """Hidden, temporary and non-article files never trigger a rebuild."""
    from watchfiles import Change

    assert is_article(Change.added, "/c/new.md") and is_article(Change.deleted, "/c/a.TXT")
    assert not is_article(Change.added, "/c/.ingest-1.tmp") and not is_article(Change.added, "/c/img.png")
