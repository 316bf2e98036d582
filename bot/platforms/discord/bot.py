"""The Discord adapter: a discord.py client whose CommandTree answers /summit, /who and /digest.

The first response comes within Discord's 3 seconds: replies are built from the briefing already held, and if
building one ever takes longer than two seconds the interaction is deferred and answered with a follow-up.
Every message parses no mentions. /digest is allowed only to members who can manage the server or the channel,
checked here on each call, not only suggested through default permissions.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, Literal, Optional

import discord
from discord import app_commands

from bot import messages as msg
from bot.app import Application, Request
from bot.commands import error_reply
from bot.platforms.discord.embeds import render_messages
from bot.registry import Command, commands, find
from bot.reply import Reply
from bot.settings import Settings
from briefings.errors import BriefbotError
from briefings.output.lookup import complete

log = logging.getLogger(__name__)
FIRST_RESPONSE_BUDGET = 2.0  # seconds before we defer, well inside Discord's 3


def use_api_base(url: str | None) -> None:
    """Point discord.py's HTTP layer (REST and interaction webhooks) at another API base URL."""
    if url:
        discord.http.Route.BASE = url.rstrip("/")


async def send_reply(
    interaction: discord.Interaction[Any], make: Callable[[], Reply], *, command: str
) -> None:
    """Answer within the deadline: build the reply in a worker, defer if slow, send every message.

    Who sees the reply is the Reply's own `ephemeral`; a deferred answer is private when its command's usual
    reply is (`/who`, `/digest` other than `now`), since the deferral must choose before the reply exists.
    """
    work = asyncio.ensure_future(asyncio.to_thread(make))
    deferred = False
    try:
        reply = await asyncio.wait_for(asyncio.shield(work), timeout=FIRST_RESPONSE_BUDGET)
    except TimeoutError:
        await interaction.response.defer(ephemeral=_private_by_default(interaction), thinking=True)
        deferred = True
        reply = await work
    for index, payload in enumerate(render_messages(reply, command=command)):
        embeds = [discord.Embed.from_dict(e) for e in payload["embeds"]]
        if index == 0 and not deferred:
            await interaction.response.send_message(
                embeds=embeds, ephemeral=reply.ephemeral, allowed_mentions=discord.AllowedMentions.none()
            )
        else:
            await interaction.followup.send(
                embeds=embeds, ephemeral=reply.ephemeral, allowed_mentions=discord.AllowedMentions.none()
            )


def _private_by_default(interaction: discord.Interaction[Any]) -> bool:
    name = interaction.command.qualified_name if interaction.command else ""
    declared = find(name)
    return declared is not None and declared.private


Answer = Callable[[discord.Interaction[Any], str, str], Awaitable[None]]


def _app_command(declared: Command, parent: str, answer: Answer) -> app_commands.Command[Any, Any, None]:
    """A Discord application command made from the registry's declaration: one string option per argument
    (a choice list where it has choices), in the order they are typed."""

    async def callback(interaction: discord.Interaction[Any], /, **values: str | None) -> None:
        words = declared.words(values)
        if parent:
            await answer(interaction, parent, " ".join([declared.name, *words]))
        else:
            await answer(interaction, declared.name, " ".join(words))

    parameters = [
        inspect.Parameter(
            "interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction
        )
    ]
    for argument in declared.arguments:
        kind: Any = Literal.__getitem__(argument.choices) if argument.choices else str
        parameters.append(
            inspect.Parameter(
                argument.name,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=kind if argument.required else Optional[kind],  # noqa: UP045
                default=inspect.Parameter.empty if argument.required else None,
            )
        )
    callback.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    callback.__discord_app_commands_param_description__ = {  # type: ignore[attr-defined]
        a.name: a.help for a in declared.arguments
    }
    return app_commands.Command(name=declared.name, description=declared.description, callback=callback)


def can_manage_digest(interaction: discord.Interaction[Any]) -> bool:
    """In a server: Manage Server, Manage Channels or Administrator; in a DM: the person themself."""
    if interaction.guild_id is None:
        return True
    perms = interaction.permissions
    return perms.manage_guild or perms.manage_channels or perms.administrator


class BriefbotTree(app_commands.CommandTree[discord.Client]):
    """The command tree, with one error handler that answers the user and logs the rest."""

    async def on_error(
        self, interaction: discord.Interaction[discord.Client], error: app_commands.AppCommandError
    ) -> None:
        original = getattr(error, "original", error)
        if isinstance(original, BriefbotError):
            text = str(original)
        else:
            log.error("Discord command failed", exc_info=original)
            text = msg.INTERNAL_ERROR
        payload = render_messages(error_reply(text))[0]
        embeds = [discord.Embed.from_dict(e) for e in payload["embeds"]]
        if interaction.response.is_done():
            await interaction.followup.send(
                embeds=embeds, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
            )
        else:
            await interaction.response.send_message(
                embeds=embeds, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
            )


def make_client(settings: Settings, *, gateway: bool = True) -> discord.Client:
    """A discord.py client on the configured API base that parses no mentions: with default (non-privileged)
    intents for the running bot, or guilds only for one that only posts over HTTP (`digest send`)."""
    use_api_base(settings.discord_api_url)
    intents = discord.Intents.default() if gateway else discord.Intents(guilds=True)
    return discord.Client(intents=intents, allowed_mentions=discord.AllowedMentions.none())


def build_client(
    application: Application,
    settings: Settings,
    *,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> tuple[discord.Client, BriefbotTree]:
    """A client with default (non-privileged) intents and the command tree registered on it."""
    client = make_client(settings)
    tree = BriefbotTree(client)
    command = settings.command

    async def people_choices(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        names = complete(application.briefing().people, current, limit=25)
        return [app_commands.Choice(name=n[:100], value=n[:100]) for n in names]

    async def answer(interaction: discord.Interaction[Any], name: str, args: str) -> None:
        """Convert the interaction to a Request for the one Application and send its reply."""
        request = Request(
            platform="discord",
            channel=str(interaction.channel_id),
            command=name,
            args=args,
            now=clock(),
            can_manage=can_manage_digest(interaction),
        )
        await send_reply(interaction, lambda: application.handle(request), command=command)

    for declared in commands(command):
        if declared.subcommands:
            group = app_commands.Group(
                name=declared.name,
                description=declared.description,
                default_permissions=discord.Permissions(manage_guild=True) if declared.manage else None,
            )
            for sub in declared.subcommands:
                group.add_command(_app_command(sub, declared.name, answer))
            tree.add_command(group)
            continue
        made = _app_command(declared, "", answer)
        for argument in declared.arguments:
            if argument.complete_people:
                made.autocomplete(argument.name)(people_choices)
        tree.add_command(made)

    async def setup_hook() -> None:
        if settings.discord_guild_id:
            guild = discord.Object(id=settings.discord_guild_id)
            tree.copy_global_to(guild=guild)
            await tree.sync(guild=guild)  # development: commands appear in one server at once
        else:
            await tree.sync()  # global: may take a while to appear everywhere

    client.setup_hook = setup_hook  # type: ignore[method-assign]
    return client, tree
