"""Every chat command, declared once: its name, arguments, help and who may use it.

Slack's listeners, Discord's command tree, the console's `/help`, every platform's help reply and the Slack
app manifest are all made from `commands()`, so a command cannot exist on one platform and not another
(`tests/bot/test_registry.py` checks each platform against it). Routing stays in `bot.app`; wording in
`bot.messages`.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot import messages as msg


@dataclass(frozen=True)
class Argument:
    """One argument of a command, in the order it is typed."""

    name: str
    help: str
    required: bool = False
    choices: tuple[str, ...] = ()
    rest: bool = False  # takes the rest of the line (several words)
    complete_people: bool = False  # offer the people in the sources as the user types


@dataclass(frozen=True)
class Command:
    """A slash command, or a subcommand of one (`/digest subscribe`)."""

    name: str
    description: str  # one line, at most 100 characters (Discord's limit)
    usage: str  # what the help shows after the name
    help: str
    arguments: tuple[Argument, ...] = ()
    subcommands: tuple[Command, ...] = ()
    manage: bool = False  # changes the channel's settings: only members who may manage it
    private: bool = False  # the reply is for the asker alone (unless the reply itself says otherwise)

    def words(self, values: dict[str, str | None]) -> list[str]:
        """The typed words for option values given by name (Discord's options), in argument order."""
        return [str(values[a.name]) for a in self.arguments if values.get(a.name)]


def commands(briefing_command: str = "summit", *, digests: bool = True) -> tuple[Command, ...]:
    """Every slash command, with the briefing command under its configured name."""
    found = [
        Command(
            briefing_command,
            msg.COMMAND_TEXT["summit"],
            "[SECTION]",
            msg.COMMAND_HELP["summit"],
            (Argument("section", msg.ARGUMENT_TEXT["section"], choices=msg.SECTIONS),),
        ),
        Command(
            "who",
            msg.COMMAND_TEXT["who"],
            "NAME",
            msg.COMMAND_HELP["who"],
            (Argument("name", msg.ARGUMENT_TEXT["name"], required=True, rest=True, complete_people=True),),
            private=True,
        ),
    ]
    if digests:
        found.append(_digest())
    return tuple(found)


def _digest() -> Command:
    def sub(name: str, usage: str = "", arguments: tuple[Argument, ...] = ()) -> Command:
        text = msg.COMMAND_TEXT[f"digest {name}"]
        return Command(name, text, usage, text, arguments, manage=True, private=name != "now")

    return Command(
        "digest",
        msg.COMMAND_TEXT["digest"],
        "subscribe HH:MM [Area/City]",
        msg.COMMAND_HELP["digest"],
        subcommands=(
            sub(
                "subscribe",
                "HH:MM [Area/City]",
                (
                    Argument("time", msg.ARGUMENT_TEXT["time"], required=True),
                    Argument("timezone", msg.ARGUMENT_TEXT["timezone"]),
                ),
            ),
            sub("unsubscribe"),
            sub("pause"),
            sub("resume"),
            sub("status"),
            sub("now"),
            sub(
                "alerts",
                "on|off [keyword or person]",
                (
                    Argument("switch", msg.ARGUMENT_TEXT["switch"], required=True, choices=("on", "off")),
                    Argument("about", msg.ARGUMENT_TEXT["about"], rest=True),
                ),
            ),
        ),
        manage=True,
        private=True,
    )


def usage_hint(command: Command) -> str:
    """Slack's usage hint: the arguments, or each subcommand with its own."""
    if command.subcommands:
        return " | ".join(f"{s.name} {s.usage}".strip() for s in command.subcommands)
    parts = []
    for argument in command.arguments:
        shown = " | ".join(argument.choices) if argument.choices else argument.name.upper()
        parts.append(shown if argument.required else f"[{shown}]")
    return " ".join(parts)


def help_lines(briefing_command: str, *, digests: bool = True) -> list[tuple[str, str]]:
    """(usage, explanation) pairs for the help reply, from the registry."""
    lines: list[tuple[str, str]] = []
    for command in commands(briefing_command, digests=digests):
        lines.append((f"/{command.name} {command.usage}".strip(), command.help))
        if command.name == briefing_command:
            lines.append((f"/{command.name} help", msg.COMMAND_HELP["help"]))
    lines.append(("/help", msg.COMMAND_HELP["help"]))
    return lines


def find(path: str, briefing_command: str = "summit") -> Command | None:
    """The command at "who" or "digest now" (a qualified name), or None."""
    words = path.split()
    found: Command | None = None
    choices = commands(briefing_command)
    for word in words:
        found = next((c for c in choices if c.name == word), None)
        if found is None:
            return None
        choices = found.subcommands
    return found
