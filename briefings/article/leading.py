"""Each article's sentences that may say who leads (a delegation "led by", someone who "will head" the talks): a
cheap look, kept with the article, so the story merge (story/compare.py leader_facts) runs its costly patterns on
these only and one added article costs its own look."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefings.model import Sentence

_LEADS_AT_ALL = re.compile(r"\b(?:led|headed)\s+by\b|\bwill\s+(?:head|lead)\b", re.IGNORECASE)


def may_say_who_leads(text: str) -> bool:
    """Whether a text holds "led by", "headed by", "will head" or "will lead": what every leader fact needs."""
    return _LEADS_AT_ALL.search(text) is not None


def leading_sentences(sentences: Sequence[Sentence]) -> tuple[Sentence, ...]:
    """An article's sentences that may say who leads, in order."""
    return tuple(s for s in sentences if may_say_who_leads(s.text))
