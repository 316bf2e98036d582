"""Each article's candidate questions as the story merge reads them, and the words its sources write: what the open
questions' merge (story/questions.py) and their story words (story/watchlist.py) need from one article alone, kept
with it, so one added article costs its own reading."""

from __future__ import annotations

from collections.abc import Sequence

from briefings.article.summary_candidates import SummaryCandidate
from briefings.model import Sentence
from briefings.text import asks, content_stems, split_sentences

# a candidate question, the question part of its text, and that part's content stems
Asked = tuple[Sentence, str, tuple[str, ...]]


def question_part(text: str) -> str:
    """From a bullet such as "What will X do? Rumours suggest …" keep only the question."""
    parts = split_sentences(text)
    questions = [p for p in parts if asks(p)]
    return " ".join(questions) if questions else text


def asked_questions(candidates: Sequence[Sentence]) -> tuple[Asked, ...]:
    """An article's candidate questions, in order, each with its question part and that part's stems."""
    found: list[Asked] = []
    for s in candidates:
        text = question_part(s.text)
        found.append((s, text, tuple(content_stems(text))))
    return tuple(found)


def source_stems(
    summary: Sequence[SummaryCandidate], candidates: Sequence[Sentence]
) -> tuple[tuple[str, frozenset[str]], ...]:
    """The content stems each source of an article writes in its summary candidates and its candidate questions
    (whole sentences), in the order the sources first come: what the story words count per source."""
    used: dict[str, set[str]] = {}
    for c in summary:
        used.setdefault(c.sentence.doc_id, set()).update(c.stems)
    for s in candidates:
        used.setdefault(s.doc_id, set()).update(content_stems(s.text))
    return tuple((source, frozenset(stems)) for source, stems in used.items())
