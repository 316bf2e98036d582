"""The sentences of one article a summary may use: complete, self-standing, declarative; kept per article."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefings.article.line_keys import line_key
from briefings.article.sentences import strip_label
from briefings.figures import checkable
from briefings.model import Sentence
from briefings.text import QUOTE_CHARS, content_stems, outside_quotes, word_count
from briefings.thresholds import MAX_CANDIDATE_INDEX, MAX_WORDS, SUMMARY_CANDIDATES_MIN_WORDS

_DANGLING = re.compile(
    r"^(this|that|these|those|it|its|he|she|they|his|her|their|them|but|and|or|also|however|meanwhile|still|yet|"
    r"furthermore|moreover|additionally|in addition|"
    r"now|then|others|some|such|here|there|which|who|as a result|in contrast|"
    r"instead|regardless|despite this|one thing)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(I|[Ww]e|[Oo]ur|us|[Mm]y|[Yy]ou|[Yy]our)\b")


@dataclass(frozen=True)
class SummaryCandidate:
    """A sentence that may stand in the summary, with what scoring it needs from it alone (kept per article)."""

    sentence: Sentence
    text: str
    position: float  # how far into its article, 0 to 1
    stems: tuple[str, ...]  # content_stems(text)
    stated: frozenset[str]  # what a source must also state to back it (figures, times, codes)
    key: str  # line_key(text): its recurrence key, which the merge looks up in the story's recurring lines


def is_summary_worthy(text: str) -> bool:
    """A complete, self-standing declarative sentence: no heading, fragment, question or dangling reference."""
    n = word_count(text)
    if not SUMMARY_CANDIDATES_MIN_WORDS <= n <= MAX_WORDS:
        return False
    if not text[:1].isupper() or text[:1] in QUOTE_CHARS:
        return False
    if not re.search(r"[.!][”\"’)]*$", text):
        return False
    if _DANGLING.match(text):
        return False
    return not _FIRST_PERSON.search(outside_quotes(text))


def summary_candidates(sentences: Sequence[Sentence]) -> list[SummaryCandidate]:
    """The sentences a summary may use (see is_summary_worthy), of one article or many."""
    per_doc: dict[str, int] = {}
    for s in sentences:
        per_doc[s.doc_id] = max(per_doc.get(s.doc_id, 0), s.index + 1)
    found: list[SummaryCandidate] = []
    for s in sentences:
        if s.kind not in ("paragraph", "bullet") or s.index >= MAX_CANDIDATE_INDEX:
            continue  # past an article's first few hundred sentences lies nothing a summary would lead with
        text = strip_label(s.text)[1] if s.kind == "bullet" else s.text
        if is_summary_worthy(text):
            position = s.index / max(per_doc[s.doc_id], 1)
            stems = tuple(content_stems(text))
            found.append(SummaryCandidate(s, text, position, stems, checkable(text), line_key(text)))
    return found
