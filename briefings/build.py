"""build_briefing(documents, *, as_of): the whole core in one call."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from briefings.cast import clean_cast, rank_cast, vocabulary
from briefings.compare import compare, date_agreements, leader_facts
from briefings.copies import merge_copies
from briefings.extract.answers import answer_questions
from briefings.extract.people import find_people
from briefings.extract.questions import find_questions
from briefings.extract.quotes import attach_quotes
from briefings.furniture import recurrence
from briefings.keeping import Kept
from briefings.model import Briefing, Document, SourceInfo
from briefings.parallel import Mapper, serial_map
from briefings.quantities import compare_counts
from briefings.summary import DEFAULT_WORDS, summarize
from briefings.text import content_stems
from briefings.timeline import build_timeline
from briefings.watchlist import choose_questions, story_words
from briefings.work import shingles_of, works_of

DEFAULT_STORY = "Briefing"
_NAMED_PEOPLE = 30  # a question naming one of the story's top people is about the story


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
    kept: Kept | None = None,
    mapper: Mapper = serial_map,
) -> Briefing:
    """Build the briefing for a corpus as of one day (the caller's today: the core never reads the clock).

    Each article's own work is taken from `kept` when it holds it (and kept there otherwise); only the
    story-level merge runs over the whole corpus. `mapper` computes the per-article work not kept (a
    ProcessMap spreads it over processes).
    """
    # a syndicated article is read once, its other outlets named
    documents = merge_copies(documents, shingles_of(documents, kept, mapper))
    works = works_of(documents, kept, mapper)
    sentences = [s for w in works for s in w.sentences]
    day_of = {d.id: d.published for d in documents}
    recurring = recurrence(sentences, day_of)
    people = attach_quotes(
        documents,
        find_people(sentences, [c for w in works for c in w.candidates]),
        words=[w.names for w in works],
        kept=kept,
    )
    vocab = vocabulary(sentences, (form for p in people for form in (p.name, *p.aliases)))
    people = rank_cast(clean_cast(people, vocab), day_of, vocab)
    key_dates, date_disputes = build_timeline(
        documents,
        sentences,
        as_of=as_of,
        background_days=background_days,
        sightings=[x for w in works for x in w.sightings],
    )
    agreements, fact_disputes = compare(
        [*(f for w in works for f in w.facts), *leader_facts(sentences, people)]
    )
    count_agreements, count_disputes = compare_counts(
        [c for w in works for c in w.counts], {d.id: d.published or d.published_estimate for d in documents}
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
            summarize(
                sentences,
                words=summary_words,
                published=day_of,
                candidates=[c for w in works for c in w.summary],
                recurring=recurring,
            )
        ),
        key_dates=tuple(key_dates),
        open_questions=tuple(
            choose_questions(
                answer_questions(
                    find_questions(sentences, [q for w in works for q in w.questions]), sentences, day_of
                ),
                published=day_of,
                words=story_words(
                    [
                        *((c.sentence.doc_id, c.stems) for w in works for c in w.summary),
                        *((q.doc_id, content_stems(q.text)) for w in works for q in w.questions),
                    ]
                ),
                names=frozenset(p.name.split()[-1] for p in people[:_NAMED_PEOPLE]),
                recurring=recurring,
            )
        ),
        people=tuple(people),
        disagreements=tuple(date_disputes + fact_disputes),
        agreements=tuple(sorted(date_agreements(key_dates) + agreements, key=lambda a: -len(a.sources))),
        newest_source=max(published) if published else None,
    )
