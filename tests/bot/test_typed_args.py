"""What people type is checked before it reaches the disk or the calendar: clear answers, never "Something
went wrong"."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import Application, Request
from bot.render import render_text
from bot.service import BriefingService
from bot.settings import load_settings
from bot.store import Store
from tests.bot.slack.conftest import NOW
from tests.conftest import ROOT, SEEDS


@pytest.mark.parametrize(
    "zone",
    ["Europe/" + "a/" * 3000, "Europe/" + "x" * 5000, "Asia/" + "../" * 50 + "etc", "Europe/Bud\x00apest"],
)
def test_a_monstrous_timezone_is_refused_with_the_accepted_forms(tmp_path: Path, zone: str) -> None:
    """A timezone of thousands of characters (OSError, RecursionError before) is refused like any unknown one."""
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    app = Application(BriefingService(SEEDS, story="S").held, load_settings(env={}, cwd=ROOT), store=store)
    reply = render_text(app.handle(Request("slack", "C1", "digest", f"subscribe 08:00 {zone}", NOW)))
    store.close()
    assert "is not a known timezone" in reply and "Area/City" in reply and "Something went wrong" not in reply
    assert len(reply) < 400
