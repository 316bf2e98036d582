"""An answered question reads well on every platform: the question, then its answer with the later source."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from bot.commands import summit_reply
from bot.platforms.discord.embeds import render_messages
from bot.platforms.slack.blocks import command_response
from bot.render import render_text
from briefings import build_briefing
from briefings.load.corpus import parse_article

EARLY = (
    "---\npublished: 2024-03-01\n---\nIt is not clear what caused the warehouse fire in Lorwick on Friday.\n"
)
LATER = (
    "---\npublished: 2024-03-04\n---\nFire investigators determined that faulty wiring caused the warehouse "
    "fire in Lorwick.\n"
)


def reply():  # type: ignore[no-untyped-def]
    docs = [parse_article(Path("early.txt"), EARLY), parse_article(Path("later.txt"), LATER)]
    return summit_reply(build_briefing(docs, as_of=date(2024, 3, 10)), "questions")


def test_console_slack_and_discord_show_the_answer_under_its_question() -> None:
    """Each platform shows an "Answered since" section: the question, then "Answer:" with the later source."""
    text = render_text(reply())
    assert "Answered since\n---" in text and "Open questions\n---" not in text  # no empty open list
    question_at = text.index("It is not clear what caused")
    answer_at = text.index("Answer: Fire investigators determined")
    assert question_at < answer_at
    slack = json.dumps(command_response(reply()), ensure_ascii=False)
    assert "*Answered since*" in slack and "◦ *Answer:* Fire investigators" in slack
    discord = json.dumps(render_messages(reply()), ensure_ascii=False)
    assert "Answered since" in discord and "◦ **Answer:** Fire investigators" in discord
