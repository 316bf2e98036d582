"""When the console ends, its background work (watcher, digests, alerts) stops in order before the process exits,
so a rebuild or an alert is never cut off half-way by the interpreter shutting down."""

from __future__ import annotations

import shutil
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

from bot.run import Resync, start_console_digests
from bot.service import make_service
from bot.settings import load_settings
from tests.conftest import ROOT, SEEDS


def _background() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "console-digests" and t.is_alive()]


def test_the_console_background_stops_when_asked(tmp_path: Path) -> None:
    """start_console_digests runs its thread until the returned stop is called; when stop returns, the thread has
    ended (stopped in order, not left for the interpreter to kill)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    settings = replace(load_settings(env={}, cwd=ROOT), corpus=corpus, data_dir=tmp_path / "data")
    service = make_service(settings, date(2025, 10, 20))
    service.snapshot()
    assert _background() == []
    stop = start_console_digests(settings, service, Resync())
    assert len(_background()) == 1
    stop()
    assert _background() == []


def test_a_stop_asked_at_once_is_not_lost(tmp_path: Path) -> None:
    """Asked to stop before its event loop has even started, the background still stops."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    settings = replace(load_settings(env={}, cwd=ROOT), corpus=corpus, data_dir=tmp_path / "data")
    service = make_service(settings, date(2025, 10, 20))
    start_console_digests(settings, service, Resync())()
    assert _background() == []
