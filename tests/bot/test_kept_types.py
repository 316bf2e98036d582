"""A kept briefing whose fields are well formed but wrongly typed is built again, never served."""

from __future__ import annotations

import dataclasses
import pickle
import sqlite3
from pathlib import Path

import pytest

from bot.commands import summit_reply, who_reply
from bot.kept import FILENAME
from briefings.model import Briefing
from tests.bot.test_kept import _old_copy, _service


def _tamper(data: Path, change: dict[str, object], *, rest: bool) -> None:
    """Rewrite the kept briefing's head (or its other half) with some fields replaced."""
    db = sqlite3.connect(data / FILENAME, isolation_level=None)
    for key, blob in db.execute("SELECT key, value FROM briefings").fetchall():
        if key.endswith(":rest") != rest:
            continue
        value = pickle.loads(blob)
        value = {**value, **change} if rest else (dataclasses.replace(value[0], **change), value[1])
        db.execute("UPDATE briefings SET value = ? WHERE key = ?", (pickle.dumps(value), key))


@pytest.mark.parametrize(
    ("change", "rest"),
    [
        ({"people": ("Viktor Orbán",)}, False),  # a name where a Person belongs
        ({"as_of": "2025-10-20"}, False),  # a string where a date belongs
        ({"summary": 5}, True),  # a number where a tuple belongs
    ],
)
def test_a_wrongly_typed_kept_briefing_is_rebuilt(
    tmp_path: Path, change: dict[str, object], rest: bool
) -> None:
    """The tampered briefing is not served: the next service builds the same briefing as the first, and every
    command answers from it."""
    corpus, data = _old_copy(tmp_path), tmp_path / "data"
    first = _service(corpus, data).current()
    _tamper(data, change, rest=rest)
    again = _service(corpus, data)
    briefing = again.current()
    assert isinstance(briefing, Briefing) and briefing == first
    assert "Viktor Orbán" in str(who_reply(briefing, "Orban")) and summit_reply(briefing).sections
    assert again.people().people == first.people
