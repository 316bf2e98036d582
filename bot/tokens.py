"""Check the platform tokens before serving: a token the platform refuses, or a platform that cannot be reached,
is one line naming the variable to fix (TokenError), never a traceback or a retry loop.

Slack: `auth.test` with SLACK_BOT_TOKEN and, for Socket Mode, `apps.connections.open` with SLACK_APP_TOKEN.
Discord: logging in with DISCORD_TOKEN (discord.py's `GET /users/@me`); the client is closed when it fails.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import aiohttp

from bot import messages as msg
from bot.settings import Settings, SettingsError

if TYPE_CHECKING:
    import discord
    from slack_sdk.web.async_client import AsyncWebClient

_NETWORK = (aiohttp.ClientError, OSError, TimeoutError)


class TokenError(SettingsError):
    """A platform refused a token (`refused`), or could not be reached to check it; the message names the
    variable."""

    def __init__(self, message: str, *, refused: bool = True) -> None:
        super().__init__(message)
        self.refused = refused


async def check_slack(client: AsyncWebClient, settings: Settings, *, socket_mode: bool) -> None:
    """Raise TokenError unless Slack accepts SLACK_BOT_TOKEN (and SLACK_APP_TOKEN for Socket Mode)."""
    from slack_sdk.errors import SlackApiError
    from slack_sdk.web.async_client import AsyncWebClient

    checks: list[tuple[str, AsyncWebClient, str]] = [("SLACK_BOT_TOKEN", client, "auth.test")]
    if socket_mode and settings.slack_app_token is not None:
        app_client = AsyncWebClient(token=settings.slack_app_token.get(), base_url=client.base_url)
        checks.append(("SLACK_APP_TOKEN", app_client, "apps.connections.open"))
    for variable, web, method in checks:
        try:
            await web.api_call(method)
        except SlackApiError as exc:
            error = str(exc.response.get("error", "")) if exc.response is not None else ""
            raise TokenError(msg.TOKEN_REFUSED.format(variable=variable, platform="Slack", reason=error)) from None
        except _NETWORK as exc:
            raise TokenError(
                msg.TOKEN_UNCHECKED.format(variable=variable, platform="Slack", reason=type(exc).__name__),
                refused=False,
            ) from None


async def discord_login(client: discord.Client, token: str) -> None:
    """Log the client in; TokenError naming DISCORD_TOKEN when Discord refuses it or cannot be reached (the
    client is closed then, so no session is left open)."""
    import discord

    try:
        await client.login(token)
        return
    except discord.LoginFailure:
        reason = "401 Unauthorized"
    except discord.HTTPException as exc:
        reason = f"HTTP {exc.status}"
    except _NETWORK as exc:
        await client.close()
        raise TokenError(
            msg.TOKEN_UNCHECKED.format(variable="DISCORD_TOKEN", platform="Discord", reason=type(exc).__name__),
            refused=False,
        ) from None
    await client.close()
    raise TokenError(msg.TOKEN_REFUSED.format(variable="DISCORD_TOKEN", platform="Discord", reason=reason))
