"""The Discord adapter: a discord.py client whose CommandTree answers /summit, /who and /digest.

The first response comes within Discord's 3 seconds: replies are built from the briefing already held, and if
building one ever takes longer than two seconds the interaction is deferred and answered with a follow-up.
Every message parses no mentions. /digest is allowed only to members who can manage the server or the channel,
checked here on each call, not only suggested through default permissions.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import discord
from discord import app_commands

from bot import messages as msg
from bot.app import Application, Request
from bot.commands import error_reply
from bot.platforms.discord.embeds import render_messages
from bot.reply import Reply
from bot.settings import Settings
from briefings.errors import BriefbotError
from briefings.lookup import complete

log = logging.getLogger(__name__)
FIRST_RESPONSE_BUDGET = 2.0  # seconds before we defer, well inside Discord's 3
SECTION_CHOICES = [app_commands.Choice(name=s, value=s) for s in msg.SECTIONS]


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
    return name.startswith("who") or (name.startswith("digest") and name != "digest now")


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


def build_client(
    application: Application,
    settings: Settings,
    *,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> tuple[discord.Client, BriefbotTree]:
    """A client with default (non-privileged) intents and the command tree registered on it."""
    use_api_base(settings.discord_api_url)
    client = discord.Client(
        intents=discord.Intents.default(), allowed_mentions=discord.AllowedMentions.none()
    )
    tree = BriefbotTree(client)
    command = settings.command

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

    @tree.command(name=command, description="The story's briefing, or one section of it")
    @app_commands.describe(section="Only this section")
    @app_commands.choices(section=SECTION_CHOICES)
    async def summit(
        interaction: discord.Interaction[Any], section: app_commands.Choice[str] | None = None
    ) -> None:
        await answer(interaction, command, section.value if section else "")

    @tree.command(name="who", description="A person's profile, roles, quotes and sources")
    @app_commands.describe(name="Name, surname or alias; case and accents do not matter")
    async def who(interaction: discord.Interaction[Any], name: str) -> None:
        await answer(interaction, "who", name)

    @who.autocomplete("name")
    async def who_names(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        names = complete(application.briefing().people, current, limit=25)
        return [app_commands.Choice(name=n[:100], value=n[:100]) for n in names]

    digest = app_commands.Group(
        name="digest",
        description="This channel's daily digest",
        default_permissions=discord.Permissions(manage_guild=True),
    )

    async def run_digest(interaction: discord.Interaction[Any], words: list[str]) -> None:
        await answer(interaction, "digest", " ".join(words))

    @digest.command(name="subscribe", description="Get the digest here every day at a time, in a timezone")
    @app_commands.describe(time="24-hour HH:MM, e.g. 08:30", timezone="IANA Area/City, e.g. Europe/Budapest")
    async def subscribe(
        interaction: discord.Interaction[Any], time: str, timezone: str | None = None
    ) -> None:
        await run_digest(interaction, ["subscribe", time, *([timezone] if timezone else [])])

    @digest.command(name="unsubscribe", description="Stop this channel's digest")
    async def unsubscribe(interaction: discord.Interaction[Any]) -> None:
        await run_digest(interaction, ["unsubscribe"])

    @digest.command(name="pause", description="Pause this channel's digest")
    async def pause(interaction: discord.Interaction[Any]) -> None:
        await run_digest(interaction, ["pause"])

    @digest.command(name="resume", description="Resume this channel's digest")
    async def resume(interaction: discord.Interaction[Any]) -> None:
        await run_digest(interaction, ["resume"])

    @digest.command(name="status", description="Show this channel's digest settings")
    async def status(interaction: discord.Interaction[Any]) -> None:
        await run_digest(interaction, ["status"])

    @digest.command(name="now", description="Post the digest here now")
    async def now(interaction: discord.Interaction[Any]) -> None:
        await run_digest(interaction, ["now"])

    tree.add_command(digest)

    async def setup_hook() -> None:
        if settings.discord_guild_id:
            guild = discord.Object(id=settings.discord_guild_id)
            tree.copy_global_to(guild=guild)
            await tree.sync(guild=guild)  # development: commands appear in one server at once
        else:
            await tree.sync()  # global: may take a while to appear everywhere

    client.setup_hook = setup_hook  # type: ignore[method-assign]
    return client, tree
