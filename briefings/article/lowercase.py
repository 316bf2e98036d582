"""Each article's lowercase words: what the story's people rules and name vocabulary take as ordinary words
("Even Norland" is no name when the corpus writes "even"), gathered per article and kept with its work."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefings.model import Sentence

_LOWERCASE = re.compile(r"\b[a-z]{3,}\b")


def lowercase_words(sentences: Iterable[Sentence]) -> frozenset[str]:
    """The lowercase words of three letters or more in these sentences (an article's: kept with its work)."""
    return frozenset(w for s in sentences for w in _LOWERCASE.findall(s.text))


def lowercase_text(sentences: Iterable[Sentence]) -> str:
    """An article's lowercase words (see lowercase_words) as one string, one space apart in order: what is kept
    with its work, at a byte a letter where a set costs some hundred bytes a word."""
    return " ".join(sorted(lowercase_words(sentences)))
