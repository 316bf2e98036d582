"""Questions a later source answers: the same subject, told as settled by a source published after the question's."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from briefings.article.settling import Settling, settling_sentences
from briefings.model import Question, Sentence
from briefings.text import content_stems
from briefings.thresholds import MIN_COVER, MIN_SHARED

# Words that carry the doubt, not the subject: "it is not clear whether ..." shares nothing with the answer.
_DOUBT = frozenset(
    content_stems(
        "clear unclear known unknown whether question questions remain remains remained seen yet still exactly "
        "determined undetermined certain uncertain pending decide decided investigating investigation"
    )
)


def answer_questions(
    questions: Sequence[Question],
    sentences: Sequence[Sentence],
    published: Mapping[str, date | None],
    settled: Sequence[Settling] | None = None,
) -> list[Question]:
    """The questions, each marked answered when a source published later than all of the question's sources
    states its subject as settled (most of the question's content words, and a settling verb). `settled` are the
    articles' settling sentences in the sentences' order when already found (settling_sentences, kept per
    article); without them the sentences are read."""
    settling = list(settling_sentences(sentences) if settled is None else settled)
    index: dict[str, list[int]] = defaultdict(list)
    for k, (_s, stems) in enumerate(settling):
        for stem in stems:
            index[stem].append(k)
    out: list[Question] = []
    for q in questions:
        asked = [published.get(doc) for doc in q.sources]
        subject = frozenset(content_stems(q.text)) - _DOUBT
        if None in asked or len(subject) < MIN_SHARED:
            out.append(q)
            continue
        latest = max(d for d in asked if d is not None)
        # block on the question's two rarest words: an answer covering most of its words holds one of them
        rarest = sorted(subject, key=lambda stem: len(index.get(stem, ())))[:2]
        best: tuple[float, Sentence] | None = None
        for k in sorted({k for stem in rarest for k in index.get(stem, ())}):
            s, stems = settling[k]
            day = published.get(s.doc_id)
            if day is None or day <= latest or s.doc_id in q.sources:
                continue
            shared = len(subject & stems)
            cover = shared / len(subject)
            if shared >= MIN_SHARED and cover >= MIN_COVER and (best is None or cover > best[0]):
                best = (cover, s)
        if best is None:
            out.append(q)
        else:
            out.append(replace(q, answer=best[1].text, answered_by=(best[1].doc_id,)))
    return out
