"""Open questions across the story: each article's candidates (`briefings.article.questions`) merged, the same
question asked by several sources told once."""

from __future__ import annotations

from collections.abc import Sequence

from briefings.article.asked import Asked, asked_questions
from briefings.article.questions import candidate_questions, in_watch_section
from briefings.model import Question, Sentence
from briefings.text import jaccard
from briefings.thresholds import QUESTION_MERGE_AT


def find_questions(
    sentences: Sequence[Sentence],
    candidates: Sequence[Sentence] | None = None,
    asked: Sequence[Asked] | None = None,
) -> list[Question]:
    """Open questions across sources, near-duplicates merged with all their sources; watch sections first.
    `candidates` are the articles' candidate_questions when already found; `asked` the same read for the merge
    (asked_questions, kept per article)."""
    if asked is None:
        asked = asked_questions(candidate_questions(sentences) if candidates is None else candidates)
    merged: list[tuple[str, tuple[str, ...], list[str], bool]] = []
    # the merged questions holding each stem: only a question sharing a word can be alike (the threshold is above
    # 0), so each is compared with those, the earliest first as in the list, never with every one
    holding: dict[str, list[int]] = {}
    for s, text, stems in asked:
        alike = sorted({i for stem in set(stems) for i in holding.get(stem, ())})
        for i in alike:
            existing, existing_stems, sources, watch = merged[i]
            if jaccard(stems, existing_stems) >= QUESTION_MERGE_AT:
                if s.doc_id not in sources:
                    sources.append(s.doc_id)
                merged[i] = (existing, existing_stems, sources, watch or in_watch_section(s))
                break
        else:
            for stem in set(stems):
                holding.setdefault(stem, []).append(len(merged))
            merged.append((text, stems, [s.doc_id], in_watch_section(s)))
    ordered = sorted(enumerate(merged), key=lambda item: (not item[1][3], -len(item[1][2]), item[0]))
    return [Question(text, tuple(sources)) for _, (text, _stems, sources, _w) in ordered]
