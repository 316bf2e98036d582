"""The one request path: every platform's command becomes a Request the Application answers."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import Application, Request, parse_line
from bot.digest.commands import render_digest
from bot.digest.runner import DigestRunner, Pacer
from bot.platforms.console import ConsolePublisher
from bot.platforms.slack.blocks import command_response
from bot.render import render_text
from bot.service import BriefingService
from bot.settings import Settings, load_settings
from bot.store import Store
from tests.bot.test_cli import run
from tests.conftest import ROOT, SEEDS

NOW = datetime(2025, 10, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def settings() -> Settings:
    return replace(load_settings(env={}, cwd=ROOT), command="summit", digest_timezone="Europe/Budapest")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    yield s
    s.close()


def service() -> BriefingService:
    return BriefingService(SEEDS, story="Summit", today=lambda: date(2025, 10, 20))


def console_runner(store: Store, out: io.StringIO) -> DigestRunner:
    """A digest runner whose console channels print into `out`."""
    publishers = {"console": ConsolePublisher(out)}
    return DigestRunner(store, publishers, service().held, owner="t", render=render_digest, pacer=Pacer({}))


def ask(app: Application, line: str, *, platform: str = "slack", now: datetime = NOW, manage: bool = True):  # type: ignore[no-untyped-def]
    command, args = parse_line(line)
    return app.handle(Request(platform, "C1", command, args, now, can_manage=manage))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/who Orban", ("who", "Orban")),
        ('"/who Orban"', ("who", "Orban")),
        ("“/who Viktor Orbán”", ("who", "Viktor Orbán")),
        ("who   Orban ", ("who", "Orban")),
        ("/SUMMIT dates", ("summit", "dates")),
        ("", ("", "")),
    ],
)
def test_a_typed_line_becomes_a_command_and_its_arguments(line: str, expected: tuple[str, str]) -> None:
    """A leading slash, case and a whole line pasted in quotes do not change the command."""
    assert parse_line(line) == expected


def test_visibility_is_the_replys_own(settings: Settings, store: Store) -> None:
    """/summit and /digest now are for the channel; /who, /help, errors and digest settings for the asker."""
    app = Application(service().held, settings, store=store)
    assert not ask(app, "/summit").ephemeral and not ask(app, "/digest now").ephemeral
    for line in ("/who Orban", "/help", "/summit weather", "/digest status", "/nothing"):
        assert ask(app, line).ephemeral, line


def test_without_a_store_help_offers_no_digest_and_digest_says_where_it_works(settings: Settings) -> None:
    """`briefbot chat` has no digests: /help does not offer them and /digest explains, instead of refusing."""
    app = Application(service().current, settings)
    help_text = render_text(ask(app, "/help", platform="console"))
    assert "/digest" not in help_text and "/who NAME" in help_text
    assert "briefbot run" in render_text(ask(app, "/digest status", platform="console"))
    with_store = render_text(ask(Application(service().current, settings, store=Store("sqlite://")), "/help"))
    assert "/digest subscribe" in with_store


def test_members_who_cannot_manage_are_refused_digest_changes(settings: Settings, store: Store) -> None:
    """The permission policy is the application's: a member without it changes nothing."""
    app = Application(service().held, settings, store=store)
    reply = ask(app, "/digest subscribe 08:00", manage=False)
    assert "Only members who can manage" in reply.title and store.get("slack", "C1") is None


def test_a_huge_argument_is_echoed_short_and_fits_a_slack_header(settings: Settings) -> None:
    """A 5,000-character name is echoed cut to 200 characters; Slack's header still says what happened."""
    app = Application(service().held, settings)
    reply = ask(app, "/who " + "Zq" * 2500)
    assert len(reply.title) < 260 and "…" in reply.title
    header = command_response(reply)["blocks"][0]["text"]["text"]
    assert header.startswith("No one called")
    unknown = ask(app, "/summit " + "x" * 5000)
    assert len(unknown.title) < 400


def test_a_quoted_command_line_works_in_the_console() -> None:
    """Pasting `"/who Orban"` with its quotes answers the profile, not "unknown command"."""
    result = run("chat", "--corpus", str(SEEDS), "--as-of", "2025-10-20", stdin='"/who Orban"\n/help\n')
    assert result.returncode == 0 and "Viktor Orbán\n" in result.stdout
    assert "/digest" not in result.stdout


def test_a_digest_is_headed_with_the_channels_own_day(settings: Settings, store: Store) -> None:
    """Asia/Tokyo at 08:00 on Oct 21 is Oct 20 23:00 UTC: /digest now and the runner both say Oct 21."""
    store.subscribe("slack", "C1", time="08:00", timezone="Asia/Tokyo", now=NOW - timedelta(days=2))
    store.subscribe("console", "tokyo", time="08:00", timezone="Asia/Tokyo", now=NOW - timedelta(days=2))
    tokyo_morning = datetime(2025, 10, 20, 23, 0, tzinfo=UTC)
    app = Application(service().held, settings, store=store)
    assert (ask(app, "/digest now", now=tokyo_morning).subtitle or "").startswith("Oct 21, 2025")
    out = io.StringIO()
    runner = console_runner(store, out)
    outcomes = asyncio.run(runner.run_due(now=tokyo_morning))
    assert [o.detail for o in outcomes if o.channel == "tokyo"] == ["for 2025-10-21"]
    assert "Oct 21, 2025 ·" in out.getvalue() and "Oct 20, 2025 ·" not in out.getvalue()


async def test_a_subscription_made_after_todays_time_waits_for_tomorrow(store: Store) -> None:
    """Subscribed at 13:07 for 12:07: nothing is sent as "missed"; the first digest is tomorrow's."""
    store.subscribe(
        "console", "desk", time="12:07", timezone="UTC", now=datetime(2025, 10, 21, 13, 7, tzinfo=UTC)
    )
    out = io.StringIO()
    runner = console_runner(store, out)
    (outcome,) = await runner.run_due(now=datetime(2025, 10, 21, 13, 7, 30, tzinfo=UTC))
    assert outcome.status == "skipped" and "first digest 2025-10-22 12:07" in outcome.detail
    assert out.getvalue() == ""
    (tomorrow,) = await runner.run_due(now=datetime(2025, 10, 22, 12, 7, 30, tzinfo=UTC))
    assert tomorrow.status == "sent"


def test_who_lists_a_busy_persons_newest_sources_numbered_as_in_the_briefing() -> None:
    """A person named in 80 of a story's sources: the profile lists the 50 newest, keeping the briefing's numbers,
    and says how to see all; the numbering is the same on a second ask."""
    from bot.commands import who_reply
    from briefings.model import Briefing, Person, SourceInfo

    sources = tuple(
        SourceInfo(f"a{i:03d}", f"Report {i}", date(2024, 1, 1) + timedelta(days=100 - i), False)
        for i in range(100)
    )
    named_in = tuple(f"a{i:03d}" for i in range(20, 100))[::-1]  # in any order: listed by their numbers
    person = Person("Ana Ruiz", ("Minister",), (), named_in, mentions=80)
    briefing = Briefing("S", date(2024, 6, 1), sources, (), (), (), (person,), ())
    for _ in range(2):
        reply = who_reply(briefing, "Ruiz")
        listed = next(s for s in reply.sections if s.key == "sources")
        assert [i.label for i in listed.items] == [f"[{n}]" for n in range(21, 71)]
        assert listed.items[0].text.startswith("Report 20 ·")
        assert listed.more is not None and "50 of 80 shown" in listed.more


def test_warming_builds_the_first_replies_of_a_briefing_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    """After `warm`, the first /summit on that briefing is served without building anything."""
    import bot.commands
    from bot.commands import Options, summit_reply, warm
    from briefings import build_briefing, load_corpus

    briefing = build_briefing(load_corpus(SEEDS).documents, as_of=date(2025, 10, 20))
    options = Options(command="summit", stale_days=3)
    warm(briefing, options)

    def no_building(*args: object) -> None:
        raise AssertionError("the reply was built on request")

    monkeypatch.setattr(bot.commands, "_summit_reply", no_building)
    monkeypatch.setattr(bot.commands, "_source_label", no_building)
    reply = summit_reply(briefing, options=options)
    assert reply.sections and any(s.key == "summary" for s in reply.sections)
    with pytest.raises(AssertionError, match="built on request"):  # another briefing is not warm
        summit_reply(replace(briefing, story="Other"), options=options)
