"""Facts one article states on its own: durations ("a two-and-a-half-hour call"). The story compares them
(`briefings.story.compare`). Amounts of money are measures with a unit, read as ranges
(`briefings.article.measures`)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from briefings.extract.dates import NUMBER_WORDS
from briefings.model import Sentence
from briefings.text import may_hold

_NUM = r"(?P<num>\d+(?:\.\d+)?|" + "|".join(w for w in NUMBER_WORDS if " " not in w) + r")"
_DURATION = re.compile(
    r"(?P<q>\b(?:more than|over|nearly|almost|about|around|roughly|at least|some|less than|under)\s+)?"
    r"\b"
    + _NUM
    + r"(?P<half>[- ]and[- ]a[- ]half)?[- ](?P<unit>minute|hour|day|week|month|year)s?(?:[- ]long)?"
    r"\s+(?P<noun>(?:(?:phone|telephone|video|face-to-face|private|closed-door|lengthy)\s+)?[a-z]+)",
    re.IGNORECASE,
)
_UNITS = ("minute", "hour", "day", "week", "month", "year")  # what _DURATION needs
# General synonyms: different words news uses for the same kind of thing.
_NOUN_GROUPS = {
    "call": "call",
    "conversation": "call",
    "phone": "call",
    "telephone": "call",
    "chat": "call",
    "meeting": "meeting",
    "talks": "talks",
    "talk": "talks",
    "negotiation": "talks",
    "summit": "summit",
    "session": "meeting",
    "speech": "speech",
    "address": "speech",
    "visit": "visit",
    "trip": "visit",
    "ceasefire": "ceasefire",
    "truce": "ceasefire",
    "strike": "strike",
    "war": "war",
    "conflict": "war",
}


@dataclass(frozen=True)
class Fact:
    """One statement of a fact by one source."""

    topic: str
    value: str
    doc_id: str


def _number(token: str) -> float | None:
    token = token.lower()
    try:
        return float(token)
    except ValueError:
        value = NUMBER_WORDS.get(token)
        return float(value) if value is not None else None


def _format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def matches(
    sentences: Sequence[Sentence], *patterns: re.Pattern[str]
) -> Iterator[tuple[Sentence, re.Match[str]]]:
    """Every match of the patterns in the article text (headings left out), with its sentence."""
    for s in sentences:
        if s.kind not in ("heading", "caption"):
            for pattern in patterns:
                for m in pattern.finditer(s.text):
                    yield s, m


def duration_facts(sentences: Sequence[Sentence]) -> list[Fact]:
    """Durations of things ("a two-and-a-half-hour call"), one fact per mention."""
    facts: list[Fact] = []
    timed = [s for s in sentences if may_hold(s.text, _UNITS)]  # a cheap look first: most sentences hold no unit
    for s, m in matches(timed, _DURATION):
        value = _number(m["num"])
        if value is None:
            continue
        if m["half"]:
            value += 0.5
        words_ = m["noun"].lower().split()
        head = _NOUN_GROUPS.get(words_[-1], _NOUN_GROUPS.get(words_[0]))
        if head is None:
            continue
        unit = m["unit"].lower() + ("" if value == 1 else "s")
        qualifier = (m["q"] or "").strip().lower()
        text = f"{qualifier} {_format_number(value)} {unit}".strip()
        facts.append(Fact(f"Length of the {head}", text, s.doc_id))
    return facts
