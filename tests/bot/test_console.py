"""The console adapter end to end: piped commands in, rendered replies out."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

from bot.app import Application
from bot.platforms.console import run_console
from bot.service import BriefingService
from bot.settings import load_settings
from tests.bot.test_cli import run
from tests.conftest import ROOT, SEEDS, planted_corpus


def test_piped_summit_and_who_through_the_real_command() -> None:
    """`printf '/summit\\n/who Orban\\n' | briefbot chat` prints a briefing and Orbán's profile."""
    result = run("chat", "--corpus", str(SEEDS), "--as-of", "2025-10-20", stdin="/summit\n/who Orban\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert (
        "Summary" in out
        and "Key dates" in out
        and "Open questions" in out
        and "Where sources disagree" in out
    )
    assert "Viktor Orbán\n" in out and "Hungarian Prime Minister" in out and "“We are ready!”" in out
    assert "briefbot> " not in out  # no prompt when stdin is not a terminal


def test_sections_help_errors_and_quit() -> None:
    """Sections, help, an unknown command and an unknown section each answer; /quit stops reading."""
    service = BriefingService(SEEDS, story="Story", today=lambda: date(2025, 10, 20))
    out = io.StringIO()
    lines = "/summit questions\n/help\n/weather\n/summit nonsense\n/who\n/quit\n/summit\n"
    app = Application(service.current, replace(load_settings(env={}, cwd=ROOT), command="summit"))
    assert run_console(app, stdin=io.StringIO(lines), stdout=out) == 0
    text = out.getvalue()
    assert "Story: Open questions" in text and "Will a firm date for the summit be set" in text
    assert "How to use Briefbot" in text
    assert "Unknown command “/weather”" in text
    assert "Unknown section “nonsense”" in text
    assert "Tell me whom to look up" in text
    assert text.count("Story: ") == 1  # nothing after /quit


def test_service_builds_once_and_rebuilds_when_the_corpus_changes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The briefing is held between requests and rebuilt when an article is added."""
    (tmp_path / "a.txt").write_text("The council voted on March 6, 2024, to close the bridge over cracks.\n")
    service = BriefingService(tmp_path, story="S", today=lambda: date(2024, 3, 10))
    first = service.current()
    assert service.current() is first
    (tmp_path / "b.txt").write_text("Repairs to the bridge will start on April 2, 2024, officials said.\n")
    second = service.current()
    assert second is not first and len(second.sources) == 2


def test_digest_commands_in_the_console(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`briefbot run` without tokens: /digest acts on the console channel in the configured database."""
    result = run(
        "run",
        "--corpus",
        str(SEEDS),
        "--data",
        str(tmp_path),
        stdin="/digest subscribe 7:00 Asia/Tokyo\n/digest status\n/digest bogus\n",
    )
    assert result.returncode == 0, result.stderr
    assert "This channel gets the daily digest at 07:00 Asia/Tokyo" in result.stdout
    assert "- Time: 07:00 Asia/Tokyo" in result.stdout and "Usage: `/digest subscribe" in result.stdout
    listed = run("subscriptions", "list", "--data", str(tmp_path))
    assert "console  console" in listed.stdout and "Asia/Tokyo" in listed.stdout
    assert "Traceback" not in result.stderr


def test_controls_from_articles_and_arguments_never_reach_the_terminal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ANSI escapes and bidi overrides in a title or a /who argument are printed as visible escapes."""
    folder = planted_corpus(tmp_path)
    stdin = "/summit\n/who \x1b[2J\u202eOrban\n"
    result = run("chat", "--corpus", str(folder), "--as-of", "2025-10-20", stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert "\\u001b[31mred" in result.stdout and "\\u202e" in result.stdout
