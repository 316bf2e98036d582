"""Each article's recurrence keys: its sentences folded to plain words, numbers as 0, and their openings. The
story merge (story/furniture.py) counts on how many days each recurs; an article's keys are its own work, kept."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefings.model import Sentence
from briefings.text import fold
from briefings.thresholds import STALE_WORDS

# the edits each re-use makes at its end
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=1 << 16)  # the summary, questions and key dates ask about the same lines again
def line_key(text: str) -> str:
    """A sentence's recurrence key: folded to lowercase ASCII words, every number written as 0 (a stamp or a
    moving toll recurs with other figures)."""
    return _NOT_WORD.sub(" ", _DIGITS.sub("0", fold(text))).strip()


def opening(key: str) -> str:
    """A line key's opening words: what staleness compares."""
    return " ".join(key.split()[:STALE_WORDS])


@dataclass(frozen=True)
class LineKeys:
    """One article's distinct recurrence keys (`lines`) and line openings (`openings`): its own work, kept."""

    doc_id: str
    lines: frozenset[str]
    openings: frozenset[str]


def line_keys(sentences: Sequence[Sentence]) -> LineKeys:
    """The recurrence keys of one article's sentences (those long enough to tell) and their openings."""
    lines = set()
    openings = set()
    for s in sentences:
        key = line_key(s.text)
        if len(key) < 12:
            continue  # "Help", "Read more": too short to tell, and chrome rules deal with them
        lines.add(key)
        if len(key.split()) >= STALE_WORDS:
            openings.add(opening(key))
    return LineKeys(sentences[0].doc_id if sentences else "", frozenset(lines), frozenset(openings))
