"""Articles off the story: on a story of many articles, the words a good share of them use and everyday English
seldom does ("lorwick", "quake", "rubble"; "anaesthetic", "manslaughter") are what the story is about. An
article that uses none of them (a page on Halloween, a live page on another country's vote, an archive's index
that the feed carried along) is off the story: its dates, questions and people are left out of the briefing. On
a story of few articles the shares mean little, and no article is set aside."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from briefings.article.story_terms import StoryTerms
from briefings.story.furniture import Recurrence
from briefings.thresholds import (
    OFF_STORY_MIN_ARTICLES,
    OFF_STORY_MIN_TERMS,
    OFF_STORY_SHARED,
    STORY_TERM_SHARE,
)


def _words(article: StoryTerms, furniture: AbstractSet[str]) -> frozenset[str]:
    return frozenset().union(*(words for key, words in article.lines if key not in furniture))


def story_core(terms: Sequence[StoryTerms], furniture: AbstractSet[str] = frozenset()) -> frozenset[str]:
    """The words that tell what the story is about: telling words STORY_TERM_SHARE of the articles use outside
    their recurring lines (`furniture`, line keys)."""
    if len(terms) < OFF_STORY_MIN_ARTICLES:
        return frozenset()
    counts = Counter(w for article in terms for w in _words(article, furniture))
    return frozenset(w for w, n in counts.items() if n >= STORY_TERM_SHARE * len(terms))


def off_story(terms: Sequence[StoryTerms], recurring: Recurrence) -> frozenset[str]:
    """The articles (by id) that use none of the story's words outside their recurring lines; none when the
    story's words are too few to tell."""
    story = story_core(terms, recurring.furniture)
    if len(story) < OFF_STORY_MIN_TERMS:
        return frozenset()
    return frozenset(
        a.doc_id for a in terms if len(_words(a, recurring.furniture) & story) < OFF_STORY_SHARED
    )
