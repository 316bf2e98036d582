"""One command registry: every command and subcommand exists on Slack, Discord and the console, in the help
and in the Slack manifest."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot.app import Application, Request
from bot.platforms.discord.bot import build_client
from bot.platforms.slack.manifest import slack_manifest
from bot.registry import Command, commands
from bot.render import render_text
from bot.service import BriefingService
from bot.settings import Secret, load_settings
from bot.store import Store
from tests.bot.slack.conftest import NOW, serve_slack
from tests.conftest import ROOT, SEEDS

EXAMPLES = {"subscribe": "08:30 Europe/Budapest", "alerts": "on Orbán", "who": "Orban", "summit": "dates"}


def every_call(briefing_command: str = "summit") -> list[tuple[str, str]]:
    """(command, typed arguments) for every command and subcommand of the registry."""
    calls = []
    for command in commands(briefing_command):
        for sub in command.subcommands or (None,):
            if sub is None:
                calls.append((command.name, EXAMPLES.get(command.name, "")))
            else:
                calls.append((command.name, f"{sub.name} {EXAMPLES.get(sub.name, '')}".strip()))
    return calls


def test_the_registry_holds_the_commands_the_readme_promises() -> None:
    """/summit, /who and /digest with subscribe, unsubscribe, pause, resume, status, now and alerts."""
    names = {c.name: c for c in commands()}
    assert set(names) == {"summit", "who", "digest"}
    assert [s.name for s in names["digest"].subcommands] == [
        "subscribe", "unsubscribe", "pause", "resume", "status", "now", "alerts",
    ]  # fmt: skip


def test_discord_registers_every_command_and_subcommand_with_its_arguments() -> None:
    """The Discord tree, made from the registry, has each command, subcommand and argument (alerts too)."""
    settings = replace(load_settings(env={}, cwd=ROOT), discord_token=Secret("x" * 30))
    service = BriefingService(SEEDS, story="Summit")
    _client, tree = build_client(Application(service.held, settings), settings)

    def shape(command: Command) -> tuple[str, tuple[str, ...], tuple[object, ...]]:
        return (
            command.name,
            tuple(a.name for a in command.arguments),
            tuple(shape(s) for s in command.subcommands),
        )

    def tree_shape(c: object) -> tuple[str, tuple[str, ...], tuple[object, ...]]:
        subs = tuple(tree_shape(s) for s in getattr(c, "commands", []))
        return getattr(c, "name"), tuple(p.name for p in getattr(c, "parameters", [])), subs  # noqa: B009

    assert {tree_shape(c) for c in tree.get_commands()} == {shape(c) for c in commands(settings.command)}


def test_the_console_answers_every_command(tmp_path: Path) -> None:
    """Each command and subcommand typed in the console gets its own answer, never "Unknown command"."""
    settings = load_settings(env={}, cwd=ROOT)
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    service = BriefingService(SEEDS, story="Summit")
    app = Application(service.held, settings, store=store)
    for command, args in every_call():
        text = render_text(app.handle(Request("console", "console", command, args, NOW)))
        assert "Unknown command" not in text and "Usage:" not in text and "Something went wrong" not in text, (
            command, args, text,
        )  # fmt: skip
    store.close()


async def test_slack_answers_every_command(tmp_path: Path) -> None:
    """Each command and subcommand sent as a signed Slack slash command is answered by its handler."""
    async with serve_slack(tmp_path) as slack:
        answers = [(c, a, await slack.command(f"/{c}", a)) for c, a in every_call()]
    for command, args, (status, body) in answers:
        assert status == 200 and "Unknown command" not in str(body) and "Usage:" not in str(body), (
            command,
            args,
        )


def test_help_and_the_manifest_list_every_command() -> None:
    """The help reply names every command; config/slack-manifest.yml is the registry's manifest, as made."""
    from bot.commands import help_reply

    help_text = render_text(help_reply())
    manifest = (ROOT / "config" / "slack-manifest.yml").read_text(encoding="utf-8")
    assert manifest == slack_manifest("summit")  # regenerate with `briefbot manifest`
    for command in commands():
        assert f"/{command.name}" in help_text and f"- command: /{command.name}\n" in manifest
        for sub in command.subcommands:
            assert sub.name in help_text and sub.name in manifest
