"""`briefbot subscriptions ...` and `briefbot digest [send]` from the command line."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import ROOT, SEEDS


def test_subscriptions_add_list_pause_resume_remove(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The operator commands act on the same table the bots use; bad input is refused with what is accepted."""
    data = ["--data", str(tmp_path)]
    assert (
        main(["subscriptions", "add", "console", "desk", "--time", "8:05", "--tz", "Asia/Tokyo", *data]) == 0
    )
    assert "subscribed console desk at 08:05 Asia/Tokyo" in capsys.readouterr().out
    assert main(["subscriptions", "add", "slack", "C1", "--time", "24:00", *data]) == 2
    assert "HH:MM" in capsys.readouterr().err
    assert main(["subscriptions", "add", "slack", "C1", "--time", "09:00", "--tz", "Moon/Base", *data]) == 2
    assert "Area/City" in capsys.readouterr().err
    assert main(["subscriptions", "add", "teams", "C1", "--time", "09:00", *data]) == 2
    assert "console, slack, discord" in capsys.readouterr().err
    assert main(["subscriptions", "pause", "console", "desk", *data]) == 0
    assert main(["subscriptions", "list", "--json", *data]) == 0
    rows = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert rows == [
        {
            "platform": "console",
            "channel": "desk",
            "time": "08:05",
            "timezone": "Asia/Tokyo",
            "sections": ["new", "upcoming", "questions", "summary"],
            "paused": True,
            "paused_reason": "paused by an operator",
            "next": None,
            "last_sent": None,
        }
    ]
    assert main(["subscriptions", "resume", "console", "desk", *data]) == 0
    assert main(["subscriptions", "list", *data]) == 0
    assert "console  desk" in capsys.readouterr().out
    assert main(["subscriptions", "remove", "console", "desk", *data]) == 0
    assert main(["subscriptions", "remove", "console", "desk", *data]) == 1


def test_digest_prints_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    """`briefbot digest --date` prints the digest of that day; --json carries the upcoming dates."""
    assert main(["digest", "--date", "2025-10-21", "--corpus", str(SEEDS)]) == 0
    assert "Daily digest" in capsys.readouterr().out
    assert main(["digest", "--date", "2025-10-21", "--json", "--corpus", str(SEEDS)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["upcoming"] and any(k["disputed"] for k in data["upcoming"]) and not data["stale"]


def test_digest_send_prints_a_line_per_channel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`digest send --now` sends what is due through the ledger; console channels print; others say why."""
    data = ["--data", str(tmp_path)]
    main(["subscriptions", "add", "console", "desk", "--time", "08:00", "--tz", "Europe/Budapest", *data])
    main(["subscriptions", "add", "slack", "C1", "--time", "08:00", "--tz", "Europe/Budapest", *data])
    main(["subscriptions", "add", "console", "late", "--time", "20:00", "--tz", "Europe/Budapest", *data])
    capsys.readouterr()
    send = ["digest", "send", "--now", "2025-10-21T06:10:00Z", "--corpus", str(SEEDS), *data]
    assert main(send) == 0
    out = capsys.readouterr().out
    assert "--- digest for console channel desk ---" in out
    assert "console desk sent: for 2025-10-21" in out
    assert "console late skipped: not due until 20:00 Europe/Budapest" in out
    assert "slack C1 skipped: no slack adapter is configured" in out
    assert main(send) == 0
    assert "console desk already sent: for 2025-10-21" in capsys.readouterr().out


def test_digest_send_needs_an_aware_time(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--now without a timezone is refused, naming the argument."""
    with pytest.raises(SystemExit):
        main(["digest", "send", "--now", "2025-10-21T06:10:00", "--data", str(tmp_path)])
    assert "--now" in capsys.readouterr().err


def test_a_bad_or_unreachable_database_is_named_without_its_password(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A URL SQLAlchemy cannot use, or a server that is down, is one clear line; the password never shows."""
    monkeypatch.setenv("BRIEFBOT_DATABASE_URL", "nosuchdb://x")
    assert main(["subscriptions", "list"]) == 2
    assert "the database URL nosuchdb://x is not usable" in capsys.readouterr().err
    monkeypatch.setenv("BRIEFBOT_DATABASE_URL", "postgresql+psycopg://ana:hunter2secret@127.0.0.1:1/briefbot")
    assert main(["subscriptions", "list"]) == 2
    err = capsys.readouterr().err
    assert "cannot open the database at postgresql+psycopg://ana:***@127.0.0.1:1/briefbot" in err
    assert "hunter2secret" not in err


async def test_an_echoed_token_reaches_neither_stdout_nor_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Slack answers with an error quoting "Bearer xoxb-…": the outcome line and the stored error are redacted."""
    from bot.digest.cli import _send
    from bot.settings import load_settings
    from bot.store import Store
    from tests.fakes.slack_api import fake_slack_api

    token = "xoxb-1111-2222-echoed-secret"
    async with fake_slack_api() as api:
        api.echo_auth = True
        env = {"SLACK_BOT_TOKEN": token, "SLACK_API_URL": api.url, "BRIEFBOT_CORPUS": str(SEEDS)}
        settings = replace(load_settings(env=env, cwd=ROOT), data_dir=tmp_path)
        store = Store(f"sqlite:///{tmp_path / 'briefbot.db'}")
        store.subscribe("slack", "C1", time="08:00", timezone="UTC", now=datetime(2025, 10, 20, tzinfo=UTC))
        lines: list[str] = []
        now = datetime(2025, 10, 21, 8, 5, tzinfo=UTC)
        assert await _send(settings, now, out=lines.append) == 1
    assert lines and "failed" in lines[0] and "invalid_auth" in lines[0]
    row = store.delivery("slack", "C1", now.date())
    store.close()
    assert row is not None and row.error and "[redacted]" in row.error
    for text in (*lines, row.error):
        assert token not in text and "1111-2222" not in text
    assert any(body["_auth"] == f"Bearer {token}" for _m, body in api.calls)  # it was really echoed


def test_changing_the_time_keeps_the_sections_and_list_shows_the_last_delivery(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Re-adding a subscription with a new time keeps its chosen sections; `list` shows the last digest sent."""
    data = ["--data", str(tmp_path)]
    add = ["subscriptions", "add", "console", "desk", "--tz", "UTC", *data]
    assert main([*add, "--time", "08:00", "--sections", "upcoming,summary"]) == 0
    assert main([*add, "--time", "09:30"]) == 0
    capsys.readouterr()
    send = ["digest", "send", "--now", "2025-10-21T09:31:00Z", "--corpus", str(SEEDS), *data]
    assert main(send) == 0
    capsys.readouterr()
    assert main(["subscriptions", "list", *data]) == 0
    line = capsys.readouterr().out.strip()
    assert "09:30" in line and "sections upcoming,summary" in line
    assert "last sent 2025-10-21T09:31:00+00:00" in line
