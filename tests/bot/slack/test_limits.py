"""Block Kit limits hold for any corpus and any /who argument."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slack_sdk.models.blocks import Block

from bot.commands import summit_reply, who_reply
from bot.messages import SECTIONS
from bot.platforms.slack.blocks import command_response, cut, escape
from bot.reply import Item, Reply, Section
from briefings import build_briefing
from briefings.load.corpus import load_corpus, parse_article
from tests.conftest import article_text, parse_generated, planted_corpus


def assert_within_limits(reply: Reply) -> None:
    body = command_response(reply)
    blocks = body["blocks"]
    assert len(blocks) <= 50
    assert len(body["text"]) <= 3000
    for raw in blocks:
        Block.parse(raw).validate_json()  # type: ignore[union-attr]
        if raw["type"] == "header":
            assert len(raw["text"]["text"]) <= 150
        if raw["type"] == "section":
            assert len(raw["text"]["text"]) <= 3000
        if raw["type"] == "context":
            assert len(raw["elements"]) <= 10
    assert "<!" not in str(blocks) and "<@" not in str(blocks)


def big_corpus(n_people: int, n_dates: int) -> list:  # type: ignore[type-arg]
    lines = [
        f"Senator Person{i} Lastname{i} said the plan would work, adding that it was {'long ' * 40}."
        for i in range(n_people)
    ]
    lines += [
        f"The council met on March {1 + i % 28}, {1950 + i} to discuss matter {i} at length."
        for i in range(n_dates)
    ]
    lines += [
        f"What to Watch\n- Will question number {i} about {'x' * 300} be answered soon?" for i in range(60)
    ]
    return [parse_article(Path("big.txt"), "\n".join(lines))]


def test_a_huge_corpus_is_cut_at_item_boundaries_with_a_pointer() -> None:
    """200 people and 300 dates still fit: every section is cut at an item and points to the full list."""
    briefing = build_briefing(big_corpus(200, 300), as_of=date(2024, 1, 1))
    for section in (None, *SECTIONS):
        reply = summit_reply(briefing, section)
        assert_within_limits(reply)


def test_a_reply_far_beyond_fifty_blocks_ends_with_a_pointer() -> None:
    """Thirty sections of long items: cut to 50 blocks, whole items only, the last block points onward."""
    sections = tuple(
        Section(f"s{n}", f"Part {n}", tuple(Item(f"Item {n}.{i} " + "word " * 150) for i in range(8)))
        for n in range(30)
    )
    body = command_response(Reply("briefing", "Huge", sections), command="summit")
    blocks = body["blocks"]
    assert 45 <= len(blocks) <= 50 and blocks[-1]["type"] == "context"
    assert "`/summit dates`" in blocks[-1]["elements"][0]["text"]
    for raw in blocks:
        if raw["type"] == "section":
            assert raw["text"]["text"].rstrip().endswith(("word", "…"))  # items end whole or marked as cut


def test_cut_never_splits_a_word_or_an_escape() -> None:
    """Cutting stops at a sentence or word end and never inside "&amp;"."""
    text = escape("First sentence here. " + "word & " * 1000)
    short = cut(text, 200)
    assert len(short) <= 200 and not short.rstrip("…").endswith("&am")
    assert cut("one two three", 9) == "one two…"


_TEXT = article_text(["<!channel>", "<!here>", "&", "<@U123>"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TEXT, min_size=1, max_size=3), _TEXT)
def test_any_corpus_and_any_who_argument_fit_slack(texts: list[str], name: str) -> None:
    """Generated articles and /who arguments never produce a payload beyond a limit or an unescaped ping."""
    docs = parse_generated(texts)
    briefing = build_briefing(docs, as_of=date(2025, 10, 20))
    assert_within_limits(summit_reply(briefing))
    assert_within_limits(who_reply(briefing, name))


def test_planted_links_and_controls_stay_escaped_on_slack(tmp_path: Path) -> None:
    """An article's `<url|label>` and `[label](url)` reach Slack as text; bidi and ANSI as visible escapes."""
    folder = planted_corpus(tmp_path)
    (folder / "angle.txt").write_text(
        "Officials said the Budapest summit <http://evil.example/x|would open> on November 12, 2025.\n",
        encoding="utf-8",
    )
    docs = load_corpus(folder).documents
    briefing = build_briefing(docs, as_of=date(2025, 10, 20))
    body = command_response(summit_reply(briefing, None))
    text = json.dumps(body, ensure_ascii=False)
    assert "evil.example/login" in text
    assert "<http://evil" not in text and "\u202e" not in text and "\x1b" not in text
    assert "\\\\u202e" in text  # shown as an escape, JSON-encoded once more here
    who = command_response(who_reply(briefing, "<http://evil.example/p|Orbán> \u202e"))
    assert "&lt;http://evil.example/p|Orbán&gt;" in json.dumps(who, ensure_ascii=False)
