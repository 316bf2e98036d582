"""Each article's settling sentences: those that state something as settled (a finding, a ruling, a confirmation,
a claim of responsibility), each with its content stems. The story merge (story/answers.py) meets the open
questions with them; an article's own are its own work, kept with it, so one added article costs its own scan."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefings.article.questions import leaves_open
from briefings.model import Sentence
from briefings.text import asks, content_stems, may_hold

# A sentence that settles something: a finding, a ruling, a confirmation, a claim of responsibility.
_SETTLED = re.compile(
    r"\b(?:confirmed|announced|ruled|decided|determined|concluded|found|identified|charged|arrested|revealed|"
    r"claimed\s+responsibility|has\s+been\s+(?:determined|identified|confirmed)|agreed|approved|rejected|"
    r"dismissed|acquitted|convicted|sentenced|resigned)\b",
    re.IGNORECASE,
)
# a word every settling sentence holds (a cheap look before the pattern: most sentences settle nothing)
_SETTLING_WORDS = (
    "confirmed announced ruled decided determined concluded found identified charged arrested revealed claimed "
    "agreed approved rejected dismissed acquitted convicted sentenced resigned"
).split()

# a settling sentence and its content stems
Settling = tuple[Sentence, frozenset[str]]


def settles(s: Sentence) -> bool:
    """Whether a sentence states something as settled: a settling verb, not a heading, caption or question, and
    not itself leaving the matter open."""
    if s.kind in ("heading", "caption") or asks(s.text):
        return False
    return (
        may_hold(s.text, _SETTLING_WORDS) and _SETTLED.search(s.text) is not None and not leaves_open(s.text)
    )


def settling_sentences(sentences: Sequence[Sentence]) -> tuple[Settling, ...]:
    """An article's sentences that state something as settled, in order, each with its content stems."""
    return tuple((s, frozenset(content_stems(s.text))) for s in sentences if settles(s))
