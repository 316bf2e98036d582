"""What the replies point people to: commands that exist, --as-of for an old story, close names only."""

from __future__ import annotations

import dataclasses
from datetime import date

from bot.commands import Options, summit_reply, who_reply
from bot.render import render_text
from bot.service import BriefingService
from briefings.model import Question
from tests.bot.test_cli import run
from tests.conftest import SEEDS

SHELL = Options(call="briefbot summit")


def _seeds(day: date = date(2025, 10, 20)):  # type: ignore[no-untyped-def]
    return BriefingService(SEEDS, story="Summit", today=lambda: day).current()


def test_a_cut_answered_list_points_to_the_questions_section() -> None:
    """Seven answered questions in the whole briefing: the pointer names `summit questions`, which exists (it
    lists them under "Answered since"), never `summit answered`."""
    answered = tuple(
        Question(f"Will question {i} be settled?", ("a",), answer=f"Yes, {i}.", answered_by=("b",))
        for i in range(7)
    )
    briefing = dataclasses.replace(_seeds(), open_questions=answered)
    text = render_text(summit_reply(briefing, options=SHELL))
    assert "`briefbot summit questions` lists all" in text and "summit answered" not in text
    assert "Answered since" in render_text(summit_reply(briefing, "questions", options=SHELL))


def test_an_old_story_in_the_shell_suggests_as_of() -> None:
    """Briefed 413 days after its newest source, the shell's warning says which --as-of to add; chat's does not."""
    old = _seeds(date(2026, 12, 3))
    assert "add --as-of 2025-10-16" in render_text(summit_reply(old, options=SHELL))
    assert "--as-of" not in render_text(summit_reply(old))
    assert "--as-of" not in render_text(summit_reply(_seeds(), options=SHELL))  # fresh: no warning at all


def test_a_misspelt_name_suggests_only_close_names() -> None:
    """ "Orbna" suggests Viktor Orbán alone (not Petrenko, Donlan or Trump); nonsense suggests nobody."""
    briefing = _seeds()
    text = render_text(who_reply(briefing, "Orbna"))
    assert "Did you mean: Viktor Orbán?" in text
    assert "Did you mean" not in render_text(who_reply(briefing, "Qwxyz"))
    done = run("who", "Zelenski", "--corpus", str(SEEDS))
    assert done.returncode == 1 and "Did you mean: Volodymyr Zelensky?" in done.stderr


def test_an_as_of_day_outside_the_readable_years_is_refused() -> None:
    """--as-of 0001-01-01 (or 9999-12-31) is refused with the years accepted."""
    for day in ("0001-01-01", "9999-12-31"):
        done = run("summit", "--as-of", day, "--corpus", str(SEEDS))
        assert (
            done.returncode == 2
            and "outside the years 1000-2999" in done.stderr
            and "Traceback" not in done.stderr
        )
