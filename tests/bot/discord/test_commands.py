"""The real CommandTree driven by raw interaction payloads; replies travel discord.py's HTTP code."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.bot.discord.conftest import (
    CHANNEL,
    GUILD,
    SEND_MESSAGES,
    TOKEN,
    DiscordHarness,
    interaction_payload,
    option,
    running_bot,
)
from tests.conftest import PLANTED_LINK, planted_corpus
from tests.fakes.discord_api import APP_ID

EPHEMERAL = 1 << 6


def raw_text_of(reply: dict[str, Any]) -> str:
    data = reply.get("data", reply)
    return "\n".join(
        f"{e.get('title', '')}\n{e.get('description', '')}\n{e.get('footer', {}).get('text', '')}"
        for e in data.get("embeds", [])
    )


def text_of(reply: dict[str, Any]) -> str:
    """What a reader sees: markdown escapes ("New\\_York") shown as the character they escape."""
    return re.sub(r"\\(.)", r"\1", raw_text_of(reply))


def assert_safe(reply: dict[str, Any]) -> None:
    data = reply.get("data", reply)
    assert data["allowed_mentions"] == {"parse": []}


async def test_commands_are_synced_to_the_development_guild(discord_bot: DiscordHarness) -> None:
    """With DISCORD_GUILD_ID, login syncs /summit, /who and /digest to that server."""
    path, commands = discord_bot.api.synced[-1]
    assert path == f"/api/v10/applications/{APP_ID}/guilds/{GUILD}/commands"
    names = {c["name"] for c in commands}
    assert names == {"summit", "who", "digest"}
    digest = next(c for c in commands if c["name"] == "digest")
    assert {o["name"] for o in digest["options"]} == {
        "subscribe",
        "unsubscribe",
        "pause",
        "resume",
        "status",
        "now",
        "alerts",
    }
    assert int(digest["default_member_permissions"]) == 1 << 5  # the hint; the bot checks too
    assert discord_bot.api.auth_headers == [f"Bot {TOKEN}"]


async def test_summit_answers_in_the_channel_with_embeds(discord_bot: DiscordHarness) -> None:
    """/summit: a public message of embeds with the briefing's sections, mentions parsed: none."""
    (reply,) = await discord_bot.dispatch(interaction_payload("summit"))
    assert reply["type"] == 4 and not reply["data"].get("flags", 0) & EPHEMERAL
    assert_safe(reply)
    text = text_of(reply)
    for part in ("Summary", "Key dates", "Open questions", "People", "Where sources disagree", "Sources"):
        assert part in text


async def test_summit_section_choice_and_exact_dates_as_discord_timestamps(
    discord_bot: DiscordHarness,
) -> None:
    """/summit section:dates shows dates only; an exact day renders as <t:…:D> for each reader's locale."""
    (reply,) = await discord_bot.dispatch(interaction_payload("summit", [option("section", "dates")]))
    text = text_of(reply)
    assert "Key dates" in text and "Open questions" not in text
    assert "<t:1760616000:D>" in text  # Oct 16, 2025 at noon UTC


async def test_who_is_ephemeral_and_unknown_names_get_suggestions(discord_bot: DiscordHarness) -> None:
    """/who orban: Orbán's profile, only to the asker; /who Orbn: close suggestions."""
    (reply,) = await discord_bot.dispatch(interaction_payload("who", [option("name", "orban")]))
    assert reply["data"]["flags"] & EPHEMERAL
    assert "Viktor Orbán" in text_of(reply) and "We are ready!" in text_of(reply)
    (unknown,) = await discord_bot.dispatch(interaction_payload("who", [option("name", "Orbn")]))
    assert unknown["data"]["flags"] & EPHEMERAL and "Did you mean: Viktor Orbán" in text_of(unknown)


async def test_who_autocomplete_offers_people_case_and_accent_insensitive(
    discord_bot: DiscordHarness,
) -> None:
    """Typing "orb" offers Viktor Orbán; an empty prefix offers at most 25 names."""
    (reply,) = await discord_bot.dispatch(
        interaction_payload("who", [option("name", "orb", focused=True)], kind=4)
    )
    assert reply["type"] == 8
    assert [c["name"] for c in reply["data"]["choices"]] == ["Viktor Orbán"]
    (everyone,) = await discord_bot.dispatch(
        interaction_payload("who", [option("name", "", focused=True)], kind=4)
    )
    assert 1 <= len(everyone["data"]["choices"]) <= 25


async def test_echoed_mentions_never_ping(discord_bot: DiscordHarness) -> None:
    """/who @everyone: the echo is escaped and the message parses no mentions."""
    payload = interaction_payload("who", [option("name", "@everyone <@123456789012345678>")])
    (reply,) = await discord_bot.dispatch(payload)
    assert_safe(reply)
    text = text_of(reply)
    assert "@everyone" not in text and "@\u200beveryone" in text and "<@123456789012345678>" not in text


def subcommand(name: str, *opts: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"name": name, "type": 1, "options": list(opts)}]


async def test_digest_subscribe_status_and_unsubscribe_for_managers(discord_bot: DiscordHarness) -> None:
    """A member with Manage Server subscribes this channel; the row is stored; status shows the next run."""
    (reply,) = await discord_bot.dispatch(
        interaction_payload(
            "digest", subcommand("subscribe", option("time", "7:15"), option("timezone", "America/New_York"))
        )
    )
    assert reply["data"]["flags"] & EPHEMERAL and "07:15 America/New_York" in text_of(reply)
    sub = discord_bot.store.get("discord", CHANNEL)
    assert sub is not None and (sub.time, sub.timezone) == ("07:15", "America/New_York")
    (status,) = await discord_bot.dispatch(interaction_payload("digest", subcommand("status")))
    assert "Oct 20, 2025 07:15 EDT" in text_of(status)  # 09:00 UTC is 05:00 in New York
    await discord_bot.dispatch(interaction_payload("digest", subcommand("unsubscribe")))
    assert discord_bot.store.get("discord", CHANNEL) is None


async def test_digest_is_refused_to_members_who_cannot_manage(discord_bot: DiscordHarness) -> None:
    """The bot checks permissions itself: a plain member gets an ephemeral refusal and nothing is stored."""
    (reply,) = await discord_bot.dispatch(
        interaction_payload(
            "digest", subcommand("subscribe", option("time", "08:00")), permissions=SEND_MESSAGES
        )
    )
    assert reply["data"]["flags"] & EPHEMERAL and "Only members who can manage" in text_of(reply)
    assert discord_bot.store.get("discord", CHANNEL) is None


async def test_digest_bad_time_and_now(discord_bot: DiscordHarness) -> None:
    """A bad time says what is accepted; /digest now posts the digest publicly."""
    (bad,) = await discord_bot.dispatch(
        interaction_payload("digest", subcommand("subscribe", option("time", "noon")))
    )
    assert "HH:MM" in text_of(bad)
    (now,) = await discord_bot.dispatch(interaction_payload("digest", subcommand("now")))
    assert not now["data"].get("flags", 0) & EPHEMERAL and "Daily digest" in text_of(now)


async def test_planted_masked_links_and_controls_render_as_plain_text(tmp_path: Path) -> None:
    """A masked link in an article's title and in a /who argument reaches Discord escaped, never live."""
    async with running_bot(tmp_path, planted_corpus(tmp_path)) as bot:
        (summit,) = await bot.dispatch(interaction_payload("summit"))
        text = raw_text_of(summit)
        assert "http://evil.example/login" in text  # shown, as a bare URL
        assert not PLANTED_LINK.search(text)
        assert "\u202e" not in text and "\x1b" not in text and "\\u202e" in text
        argument = "[click here](http://evil.example/phish) \u202e"
        (who,) = await bot.dispatch(interaction_payload("who", [option("name", argument)]))
        assert "evil.example/phish" in raw_text_of(who) and not PLANTED_LINK.search(raw_text_of(who))
        assert "\u202e" not in raw_text_of(who)


async def test_digest_alerts_on_and_off_from_discord(discord_bot: DiscordHarness) -> None:
    """/digest alerts on (with a person) and off work from Discord, as the README promises."""
    (on,) = await discord_bot.dispatch(
        interaction_payload("digest", subcommand("alerts", option("switch", "on"), option("about", "Orbán")))
    )
    assert on["data"]["flags"] & EPHEMERAL and "about “Orbán”" in text_of(on)
    (alert,) = discord_bot.store.alert_subscriptions()
    assert (alert.platform, alert.channel, alert.filter) == ("discord", CHANNEL, "Orbán")
    (off,) = await discord_bot.dispatch(
        interaction_payload("digest", subcommand("alerts", option("switch", "off")))
    )
    assert "no longer gets new-source alerts" in text_of(off) and not discord_bot.store.alert_subscriptions()
