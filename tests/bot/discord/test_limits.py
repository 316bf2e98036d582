"""Embed limits hold for any corpus and any input."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.commands import summit_reply, who_reply
from bot.messages import SECTIONS
from bot.platforms.discord.embeds import embed_size, escape_mentions, render_messages
from bot.reply import Item, Reply, Section
from briefings import build_briefing
from briefings.load.corpus import parse_article
from tests.conftest import article_text, parse_generated


def assert_within_limits(messages: list[dict[str, Any]]) -> None:
    assert messages
    for m in messages:
        assert m["allowed_mentions"] == {"parse": []}
        assert m["content"] is None or len(m["content"]) <= 2000
        embeds = m["embeds"]
        assert 1 <= len(embeds) <= 10
        assert sum(embed_size(e) for e in embeds) <= 6000
        for e in embeds:
            assert len(e.get("title", "")) <= 256 and len(e.get("description", "")) <= 4096
            assert len(e.get("footer", {}).get("text", "")) <= 2048
            assert len(e.get("fields", [])) <= 25
            text = e.get("title", "") + e.get("description", "") + e.get("footer", {}).get("text", "")
            assert "@everyone" not in text and "@here" not in text


def test_a_huge_reply_continues_then_is_cut_at_an_item_with_a_pointer() -> None:
    """Forty long sections: several messages of at most 10 embeds and 6,000 characters, then a pointer."""
    sections = tuple(
        Section(f"s{n}", f"Part {n}", tuple(Item(f"Item {n}.{i} " + "word " * 120) for i in range(9)))
        for n in range(40)
    )
    messages = render_messages(Reply("briefing", "Huge", sections), command="summit")
    assert_within_limits(messages)
    assert len(messages) == 4
    assert "`/summit dates`" in messages[-1]["embeds"][-1]["footer"]["text"]
    for m in messages:
        for e in m["embeds"][1:]:
            assert e["description"].rstrip().endswith(("word", "…", "—"))


def test_a_long_section_continues_in_a_further_embed() -> None:
    """A section longer than 4,096 characters goes on in an embed titled "(continued)"."""
    section = Section("dates", "Key dates", tuple(Item("x " * 400 + f"end{i}") for i in range(12)))
    messages = render_messages(Reply("briefing", "T", (section,)))
    titles = [e.get("title") for m in messages for e in m["embeds"]]
    assert "Key dates (continued)" in titles
    assert_within_limits(messages)


def test_escape_mentions() -> None:
    """@everyone, @here, user, role and channel mentions are broken with a zero-width space."""
    assert (
        escape_mentions("@everyone @here <@123> <@!123> <@&456> <#789>")
        == "@\u200beveryone @\u200bhere <@\u200b123> <@!\u200b123> <@&\u200b456> <#\u200b789>"
    )


def test_seeds_and_a_big_corpus_fit() -> None:
    """Every section of a big generated corpus fits Discord."""
    lines = [
        f"Senator Person{i} Lastname{i} said the plan would work {'very ' * 30}well." for i in range(150)
    ]
    lines += [f"The council met on March {1 + i % 28}, {1950 + i} about matter {i}." for i in range(200)]
    briefing = build_briefing([parse_article(Path("big.txt"), "\n".join(lines))], as_of=date(2024, 1, 1))
    for section in (None, *SECTIONS):
        assert_within_limits(render_messages(summit_reply(briefing, section)))


_TEXT = article_text(["@everyone", "@here", "<@123456789012345678>"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TEXT, min_size=1, max_size=3), _TEXT)
def test_any_corpus_and_any_who_argument_fit_discord(texts: list[str], name: str) -> None:
    """Generated articles and /who arguments never give a message beyond a limit or an unescaped ping."""
    docs = parse_generated(texts)
    briefing = build_briefing(docs, as_of=date(2025, 10, 20))
    assert_within_limits(render_messages(summit_reply(briefing)))
    assert_within_limits(render_messages(who_reply(briefing, name)))
