"""build_briefing(documents, *, as_of): the whole core in one call."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from briefings.compare import compare, date_agreements, duration_facts, leader_facts, money_facts
from briefings.copies import merge_copies
from briefings.extract.answers import answer_questions
from briefings.extract.people import find_people
from briefings.extract.questions import find_questions
from briefings.extract.quotes import attach_quotes
from briefings.model import Briefing, Document, SourceInfo
from briefings.quantities import compare_counts, counts_in
from briefings.sentences import corpus_sentences
from briefings.summary import DEFAULT_WORDS, summarize
from briefings.timeline import build_timeline

DEFAULT_STORY = "Briefing"


def source_info(doc: Document) -> SourceInfo:
    """The source entry the briefing lists for a document."""
    return SourceInfo(
        doc.id,
        doc.title,
        doc.published,
        doc.published_inferred,
        doc.source,
        doc.url,
        doc.added,
        doc.published_basis,
        doc.published_estimate,
        doc.also_carried_by,
    )


def build_briefing(
    documents: Sequence[Document],
    *,
    as_of: date,
    story: str = DEFAULT_STORY,
    summary_words: int = DEFAULT_WORDS,
    background_days: int = 120,
) -> Briefing:
    """Build the briefing for a corpus as of one day (the caller's today: the core never reads the clock)."""
    documents = merge_copies(documents)  # a syndicated article is read once, its other outlets named
    sentences = corpus_sentences(documents)
    people = attach_quotes(documents, find_people(sentences))
    people.sort(key=lambda p: (-len(p.sources), -p.mentions, p.name))
    key_dates, date_disputes = build_timeline(
        documents, sentences, as_of=as_of, background_days=background_days
    )
    agreements, fact_disputes = compare(
        [*duration_facts(sentences), *money_facts(sentences), *leader_facts(sentences, people)]
    )
    count_agreements, count_disputes = compare_counts(
        counts_in(sentences), {d.id: d.published or d.published_estimate for d in documents}
    )
    agreements += count_agreements
    fact_disputes += count_disputes
    published = [d.published for d in documents if d.published is not None]
    sources = sorted(
        (source_info(d) for d in documents), key=lambda s: (s.published or date.min, s.id), reverse=True
    )
    return Briefing(
        story=story,
        as_of=as_of,
        sources=tuple(sources),
        summary=tuple(
            summarize(sentences, words=summary_words, published={d.id: d.published for d in documents})
        ),
        key_dates=tuple(key_dates),
        open_questions=tuple(
            sorted(
                answer_questions(
                    find_questions(sentences), sentences, {d.id: d.published for d in documents}
                ),
                key=lambda q: q.answer is not None,
            )
        ),
        people=tuple(people),
        disagreements=tuple(date_disputes + fact_disputes),
        agreements=tuple(sorted(date_agreements(key_dates) + agreements, key=lambda a: -len(a.sources))),
        newest_source=max(published) if published else None,
    )
