"""Open questions from watch sections and forward-looking questions, merged across sources."""

from __future__ import annotations

from briefings.extract.questions import find_questions
from tests.conftest import sentences


def test_watch_section_items_and_forward_questions_but_not_headings() -> None:
    """Bullets under "What to Watch" and "Will …?" sentences count; headline questions and quotes do not."""
    qs = find_questions(
        sentences(
            "Port Strike Ends?\nDockworkers returned.\nWhat to Watch\n"
            "- Will the deal hold through winter? Unions doubt it.\n"
            "- Who pays for the delays?\nThe Road Ahead\nWill the port regain its lost traffic by spring?\n"
            "“Why would we stop?” asked one worker.\n"
        )
    )
    assert [q.text for q in qs] == [
        "Will the deal hold through winter?",
        "Who pays for the delays?",
        "Will the port regain its lost traffic by spring?",
    ]


def test_near_duplicates_across_sources_merge_with_both_sources() -> None:
    """The same question in two sources is one question citing both."""
    qs = find_questions(
        sentences(
            "Key Questions\n- Will the deal hold through the winter?\n",
            "What to watch\n- Will the deal hold through winter?\n",
        )
    )
    assert len(qs) == 1 and qs[0].sources == ("s0", "s1")


def test_rhetorical_question_outside_watch_sections_without_forward_look_is_left_out() -> None:
    """A past-looking question outside a watch section is not an open question."""
    qs = find_questions(sentences("Analysis\nWho was in the room that day?\nNobody knows.\n"))
    assert qs == []
