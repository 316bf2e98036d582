"""The open questions a reader should watch, as of the day asked: about the story, in the reporters' own voice,
still open, best first, and few.

The candidates come from extract/questions.py (every source's sentences that ask or leave something open); this
is the story-level choice among them. A question is kept out when the corpus prints it on many days (a call for
readers' stories), when it addresses the reader ("Have you been affected?"), when it is someone's words rather
than the reporter's (dialogue, an interviewer's turn, "we still don't know"), when it shares nothing with what
the story's sources keep writing about or names only people and places no other source names (a sidebar),
or when its newest source is long older than the story's
newest (the story has moved on). The rest are ranked by how recent and how widely asked they are.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain

from wordfreq import zipf_frequency

from briefings.model import Question
from briefings.recency import halving
from briefings.story.furniture import NO_RECURRENCE, Recurrence
from briefings.text import QUOTE_CHARS, content_stems
from briefings.thresholds import (
    COMMON_ZIPF,
    QUESTION_HALF_LIFE,
    QUESTION_OPEN_DAYS,
    QUESTION_OPEN_SOURCES,
    QUESTIONS_SHOWN,
    RARE_ZIPF,
    STORY_MIN_SOURCES,
    STORY_SHARE,
)

_READER = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y)\b")  # "US" is a country
# Double quotation marks only: a single closing mark is also the apostrophe of "it’s".
_OPENING_QUOTES = frozenset("“«")
_CLOSING_QUOTES = frozenset("”»")
# A name: a capitalised word of three letters or more that does not open a sentence (it is read from the text's
# second character on).
_NAME_WORD = re.compile(r"(?<![.!?:]\s)(?<![.!?:][”\"’]\s)\b[A-Z][a-z]{2,}[\w'’-]*")
_DOUBLE_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")


@dataclass(frozen=True)
class StoryWords:
    """What the story's sources keep writing about: word stems and the share of sources using each."""

    share: Mapping[str, float]
    sources: int = 0

    def about_story(self, text: str) -> bool:
        """True when the text uses a word the story's sources share and everyday English does not: one rare
        word (a zipf frequency of at most RARE_ZIPF) or two less common ones (at most COMMON_ZIPF)."""
        if self.sources < STORY_MIN_SOURCES:
            return True
        rare = common = 0
        for word in {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", text)}:
            stems = content_stems(word)
            if not stems or self.share.get(stems[0], 0.0) < STORY_SHARE:
                continue
            zipf = zipf_frequency(word, "en")
            rare += zipf <= RARE_ZIPF
            common += zipf <= COMMON_ZIPF
        return rare >= 1 or common >= 2

    def names_strangers(self, text: str) -> bool:
        """True when, on a story of STORY_MIN_SOURCES sources or more, the text names someone or somewhere (a
        capitalised word past its first) and no other source uses any of its names: a line from a "related
        stories" box about someone else."""
        if self.sources < STORY_MIN_SOURCES:
            return False
        named = [stem for word in _NAME_WORD.findall(text, 1) for stem in content_stems(word)]
        return bool(named) and not any(stem in self.share for stem in named)


def story_words(stems_by_source: Iterable[tuple[str, Iterable[str]]]) -> StoryWords:
    """The share of sources using each stem, from (source, stems of one of its sentences) pairs; a stem used by
    one source only is nobody's story word."""
    used: dict[str, set[str]] = {}  # each source's stems, gathered a sentence at a time
    for source, stems in stems_by_source:
        used.setdefault(source, set()).update(stems)
    total = max(len(used), 1)
    sources = Counter(chain.from_iterable(used.values()))  # how many sources use each stem
    return StoryWords({stem: count / total for stem, count in sources.items() if count >= 2}, len(used))


def _outside_quotes(text: str) -> str:
    """The text less what stands inside double quotation marks, a quotation left open running to the end."""
    outside = _DOUBLE_QUOTED.sub(" ", text)
    cut = min((i for i in (outside.find("“"), outside.find('"'), outside.find("«")) if i >= 0), default=-1)
    return outside[:cut] if cut >= 0 else outside


def _someones_words(text: str) -> bool:
    """Dialogue or a quotation rather than the reporter's voice: it opens with a quotation or closes one it never
    opened, or, outside quotation marks, it speaks as "I" or "we"."""
    stripped = text.strip()
    if stripped[:1] in QUOTE_CHARS:  # opens with a quotation
        return True
    closes = [i for i, ch in enumerate(stripped) if ch in _CLOSING_QUOTES]
    opens = [i for i, ch in enumerate(stripped) if ch in _OPENING_QUOTES]
    if closes and (not opens or closes[0] < opens[0]):
        return True
    if stripped.count('"') % 2 and re.search(r'[.,!?]"', stripped.split('"', 2)[0] + '"'):
        return True  # 'the law was unfair," she said': the end of a quotation opened before
    return bool(_FIRST_PERSON.search(_outside_quotes(stripped)))


def why_not_shown(
    question: Question, words: StoryWords, names: frozenset[str], recurring: Recurrence
) -> str | None:
    """Why a question is kept out of the briefing, or None when it may stand."""
    text = question.text
    if recurring.is_furniture(text):
        return "printed on many days"
    if _READER.search(_outside_quotes(text)):
        return "addresses the reader"
    if _someones_words(text):
        return "someone's words"
    named = any(name in text for name in names)
    if not words.about_story(text) and not named:
        return "not about the story"
    if words.names_strangers(text) and not named:
        return "names only what no other source names"
    return None


def choose_questions(
    questions: Sequence[Question],
    *,
    published: Mapping[str, date | None],
    words: StoryWords,
    names: frozenset[str] = frozenset(),
    recurring: Recurrence = NO_RECURRENCE,
    limit: int = QUESTIONS_SHOWN,
) -> list[Question]:
    """At most `limit` questions: the open ones about the story, newest and most asked first, then the answered
    ones, latest first."""
    days = sorted((d for d in published.values() if d is not None), reverse=True)
    newest = days[0] if days else None
    window = QUESTION_OPEN_DAYS
    if days:  # stretched to hold the newest QUESTION_OPEN_SOURCES sources (all of them on a small story)
        window = max(window, (days[0] - days[min(QUESTION_OPEN_SOURCES, len(days)) - 1]).days)

    def newest_of(q: Question) -> date | None:
        found = [d for d in (published.get(s) for s in q.sources) if d is not None]
        return max(found, default=None)

    def weight(q: Question) -> float:
        return halving(newest_of(q), newest, QUESTION_HALF_LIFE) * (1 + math.log(len(q.sources)))

    kept: list[tuple[int, Question]] = []
    for order, q in enumerate(questions):
        day = newest_of(q)
        if newest is not None and day is not None and (newest - day).days > window:
            continue
        if why_not_shown(q, words, names, recurring) is None:
            kept.append((order, q))
    # weights rounded coarsely: among questions about as new and as asked, the incoming order (a "What to
    # watch" item first, then the most asked) decides
    open_ = sorted(
        (item for item in kept if item[1].answer is None),
        key=lambda item: (-round(weight(item[1]), 1), item[0]),
    )
    answered = sorted(
        (item for item in kept if item[1].answer is not None), key=lambda item: (-weight(item[1]), item[0])
    )
    return [q for _, q in (open_ + answered)[:limit]]
