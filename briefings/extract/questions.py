"""Open questions: items of "What to Watch"-style sections, and forward-looking questions elsewhere."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefings.model import Question, Sentence
from briefings.text import QUOTE_CHARS, content_stems, jaccard, split_sentences

_WATCH_SECTION = re.compile(
    r"\b(what\s+to\s+watch|watch\s+for|what['’]?s\s+next|what\s+comes\s+next|what\s+happens\s+next|next\s+steps|"
    r"key\s+questions|open\s+questions|unanswered|the\s+road\s+ahead|looking\s+ahead|outlook|what\s+we\s+don['’]t"
    r"\s+know|what\s+remains|still\s+unknown|questions\s+remain|the\s+way\s+forward)\b",
    re.IGNORECASE,
)
_INTERROGATIVE = re.compile(
    r"^(will|would|can|could|what|how|whether|who|when|where|why|which|is|are|does|do|did|should|might|may|has|"
    r"have|shall)\b",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"\b(will|would|could|can|might|may|shall|going to|yield|lead to|next|future|remain|become|hold|last|"
    r"succeed|fail|happen|take place|follow)\b",
    re.IGNORECASE,
)
_MERGE_AT = 0.5


def _is_question(text: str) -> bool:
    return text.rstrip(" ”\"'’)").endswith("?") and bool(_INTERROGATIVE.match(text.lstrip(QUOTE_CHARS + " ")))


def _in_watch_section(sentence: Sentence) -> bool:
    return bool(sentence.section and _WATCH_SECTION.search(sentence.section))


def candidate_questions(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Sentences that pose an open question a reader should watch."""
    found: list[Sentence] = []
    for s in sentences:
        if s.kind in ("heading", "table_row", "caption") or s.text[:1] in QUOTE_CHARS:
            continue
        if not _is_question(s.text):
            continue
        if _in_watch_section(s) or _FORWARD.search(s.text):
            found.append(s)
    return found


def _question_part(text: str) -> str:
    """From a bullet such as "What will X do? Rumours suggest …" keep only the question."""
    parts = split_sentences(text)
    questions = [p for p in parts if p.rstrip(" ”\"'’)").endswith("?")]
    return " ".join(questions) if questions else text


def find_questions(sentences: Sequence[Sentence]) -> list[Question]:
    """Open questions across sources, near-duplicates merged with all their sources; watch sections first."""
    merged: list[tuple[str, list[str], list[str], bool]] = []
    for s in candidate_questions(sentences):
        text = _question_part(s.text)
        stems = content_stems(text)
        for i, (existing, existing_stems, sources, watch) in enumerate(merged):
            if jaccard(stems, existing_stems) >= _MERGE_AT:
                if s.doc_id not in sources:
                    sources.append(s.doc_id)
                merged[i] = (existing, existing_stems, sources, watch or _in_watch_section(s))
                break
        else:
            merged.append((text, stems, [s.doc_id], _in_watch_section(s)))
    ordered = sorted(enumerate(merged), key=lambda item: (not item[1][3], -len(item[1][2]), item[0]))
    return [Question(text, tuple(sources)) for _, (text, _stems, sources, _w) in ordered]
