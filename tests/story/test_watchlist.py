"""The story-level choice of open questions: sidebars about strangers left out on a long story."""

from __future__ import annotations

from briefings.model import Question
from briefings.story.furniture import NO_RECURRENCE
from briefings.story.watchlist import StoryWords, story_words, why_not_shown
from briefings.text import content_stems
from briefings.thresholds import STORY_MIN_SOURCES

STORY = (
    "Bridge inspectors led by Hedda Brask found cracks in the Lorwick span, and the council shut the bridge."
)


def _words(sources: int) -> StoryWords:
    """The story words of `sources` sources that each print STORY."""
    return story_words((f"s{i}", content_stems(STORY)) for i in range(sources))


def test_a_question_naming_only_strangers_is_a_sidebar_on_a_long_story() -> None:
    """A line whose every name no other source uses is left out, though it shares a story word."""
    sidebar = Question(
        "It is unclear whether Marlo Venn will join the inspectors at Ostrava next season.", ("s0",)
    )
    assert why_not_shown(sidebar, _words(STORY_MIN_SOURCES), frozenset(), NO_RECURRENCE) is not None


def test_a_question_naming_the_story_s_people_or_places_stays() -> None:
    """A question that names someone or somewhere the other sources name is the story's own."""
    words = _words(STORY_MIN_SOURCES)
    for text in (
        "It is unclear whether Brask will ask the inspectors to check the span again.",
        "It is not yet known when the Lorwick bridge will reopen to traffic.",
        "It is unclear whether the inspectors will check the other spans.",  # names nobody: not a sidebar
    ):
        assert why_not_shown(Question(text, ("s0",)), words, frozenset(), NO_RECURRENCE) is None


def test_on_a_short_story_the_stranger_test_is_not_made() -> None:
    """On a cluster of few sources a name in one of them says nothing about a sidebar."""
    sidebar = Question(
        "It is unclear whether Marlo Venn will join the inspectors at Ostrava next season.", ("s0",)
    )
    assert why_not_shown(sidebar, _words(STORY_MIN_SOURCES - 1), frozenset(), NO_RECURRENCE) is None
