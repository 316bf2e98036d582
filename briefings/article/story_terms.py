"""Each article's telling words: the words (any case, folded) that everyday English uses seldom, by wordfreq's
frequency table, so that what a story is about ("anaesthetic", "lorwick", "manslaughter") shows and the
words every article shares ("people", "said") do not. Gathered per article and kept with its work; the story
counts in how many articles each appears (briefings.story.off_story), leaving out the lines that recur as page
furniture (a sidebar's "The pun - ancient artform?" on half the pages), so each line keeps its words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from wordfreq import zipf_frequency

from briefings.article.line_keys import line_key
from briefings.model import Sentence
from briefings.text import fold
from briefings.thresholds import TELLING_ZIPF

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # words, with their inner hyphens and apostrophes


@lru_cache(maxsize=1 << 17)
def _telling(word: str) -> str | None:
    """The word folded, when it tells (a word is looked up once per process, however often it is met)."""
    folded = fold(word)
    return folded if len(folded) >= 3 and zipf_frequency(folded, "en") < TELLING_ZIPF else None


@dataclass(frozen=True)
class StoryTerms:
    """One article's telling words under each of its lines' recurrence keys: its own work, kept."""

    doc_id: str
    lines: tuple[tuple[str, frozenset[str]], ...]


def story_terms(sentences: Sequence[Sentence]) -> StoryTerms:
    """The telling words of an article's sentences, folded to lowercase without accents, under each sentence's
    recurrence key (briefings.article.line_keys), for the lines that have any."""
    lines: dict[str, set[str]] = {}
    for s in sentences:
        words = {w for w in map(_telling, _WORD.findall(s.text)) if w}
        if words:
            lines.setdefault(line_key(s.text), set()).update(words)
    return StoryTerms(
        sentences[0].doc_id if sentences else "",
        tuple((key, frozenset(words)) for key, words in lines.items()),
    )
