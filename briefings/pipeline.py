"""The briefing's pipeline, declared: what each stage makes, what it needs, per article or for the story.

Read top to bottom, the table is the flow. Per article (each result kept under the article's content key):
shingles (to find copies), then, on each article read once, sentences and everything read from them alone.
For the story: copies merged, recurring lines, people with their quotes, the cast cleaned and ranked, the
timeline, comparisons, the summary, the open questions, and the Briefing. The runner (`briefings.runner`) orders
the stages, runs each once, keeps the per-article results; `build_briefing` is this pipeline run to the end.

The story stages are small functions here that hand the runner's named results to the module that does the
work, so a stage never calls another stage to get what the runner already holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import chain
from typing import TYPE_CHECKING, TypeVar

from briefings.keeping import Kept
from briefings.model import (
    Agreement,
    Briefing,
    Disagreement,
    Document,
    KeyDate,
    Person,
    Question,
    Sentence,
    SourceInfo,
    SummarySentence,
)
from briefings.runner import Later, Pipeline, Stage
from briefings.story.copies import merge_copies
from briefings.thresholds import NAMED_PEOPLE

if TYPE_CHECKING:
    from briefings.article.asked import Asked
    from briefings.article.candidates import Candidate
    from briefings.article.counts import Count
    from briefings.article.facts import Fact
    from briefings.article.newcomers import NameRuns
    from briefings.article.settling import Settling
    from briefings.article.sightings import Sighting
    from briefings.article.summary_candidates import SummaryCandidate
    from briefings.story.cast import Vocabulary
    from briefings.story.furniture import Recurrence

# The modules that do the work are imported where a stage first runs (the story stages below import theirs in
# their bodies; the per-article ones are named by `Later`): a build whose results are all kept loads none.

T = TypeVar("T")


# what a build is given: the articles as loaded, the day asked for, the settings, where results are kept
INPUTS = ("documents", "as_of", "story", "summary_words", "background_days", "kept")


def _flat(per_article: Sequence[Sequence[T]]) -> list[T]:
    return list(chain.from_iterable(per_article))


# per article: each a function of the article and its own earlier results


def _counts(sentences: list[Sentence]) -> tuple[Count, ...]:
    """Counts of deaths and of counted things, and measures."""
    from briefings.article.counts import counts_in
    from briefings.article.measures import measures_in

    return tuple(counts_in(sentences) + measures_in(sentences))


def _facts(sentences: list[Sentence]) -> tuple[Fact, ...]:
    """Durations (amounts of money are measures, read with the counts)."""
    from briefings.article.facts import duration_facts

    return tuple(duration_facts(sentences))


# for the story: each a function of whole results


def _union(per_article: Sequence[str]) -> frozenset[str]:
    """The union of each article's words (one string each, one space apart)."""
    return frozenset(chain.from_iterable(words.split() for words in per_article))


def _day_of(articles: Sequence[Document]) -> dict[str, date | None]:
    """Each article's publication day."""
    return {d.id: d.published for d in articles}


def _found_people(
    articles: Sequence[Document],
    all_sentences: list[Sentence],
    candidates: Sequence[Sequence[Candidate]],
    names: Sequence[tuple[str, str]],
    name_runs: Sequence[NameRuns],
    common_words: frozenset[str],
    kept: Kept | None,
) -> list[Person]:
    """The people found in the corpus, with their quotes."""
    from briefings.article.candidates import WORK_EVIDENCE
    from briefings.story.name_scan import KeptTallies
    from briefings.story.people import find_people
    from briefings.story.quotes import attach_quotes

    every = _flat(candidates)
    titles = {c.name for c in every if c.evidence == {WORK_EVIDENCE}}  # written as a work's title somewhere
    keys = {d.id: d.key for d in articles}
    found = find_people(all_sentences, every, common_words, KeptTallies(kept, "mentions", keys))
    return attach_quotes(articles, found, words=names, kept=kept, refused=titles, runs=name_runs)


def _vocabulary(
    articles: Sequence[Document],
    all_sentences: list[Sentence],
    found_people: Sequence[Person],
    common_words: frozenset[str],
    kept: Kept | None,
) -> Vocabulary:
    """The corpus' statistics on the words of the people's names (each article's tally of them kept)."""
    from briefings.story.cast import vocabulary
    from briefings.story.name_scan import KeptTallies

    names = (form for p in found_people for form in (p.name, *p.aliases))
    tallies = KeptTallies(kept, "written", {d.id: d.key for d in articles})
    return vocabulary(all_sentences, names, common_words, tallies)


def _people(
    found_people: Sequence[Person], day_of: dict[str, date | None], name_vocabulary: Vocabulary
) -> list[Person]:
    """Only people, one entry each, ranked by their part in the story."""
    from briefings.story.cast import clean_cast, rank_cast

    return rank_cast(clean_cast(list(found_people), name_vocabulary), day_of, name_vocabulary)


def _timeline(
    articles: Sequence[Document],
    all_sentences: list[Sentence],
    sightings: Sequence[Sequence[Sighting]],
    as_of: date,
    background_days: int,
) -> tuple[list[KeyDate], list[Disagreement]]:
    """The key dates, and the days sources give differently."""
    from briefings.story.timeline import build_timeline

    return build_timeline(
        articles, all_sentences, as_of=as_of, background_days=background_days, sightings=_flat(sightings)
    )


def _comparisons(
    articles: Sequence[Document],
    all_sentences: list[Sentence],
    facts: Sequence[Sequence[Fact]],
    counts: Sequence[Sequence[Count]],
    people: Sequence[Person],
    leading: Sequence[Sequence[Sentence]],
) -> tuple[list[Agreement], list[Disagreement]]:
    """Where sources agree and where they differ on figures (a figure reported later is an update)."""
    from briefings.story.compare import compare, leader_facts
    from briefings.story.quantities import compare_counts

    leaders = leader_facts(all_sentences, list(people), _flat(leading))
    agreements, disputes = compare([*_flat(facts), *leaders])
    days = {d.id: d.published or d.published_estimate for d in articles}
    count_agreements, count_disputes = compare_counts(_flat(counts), days)
    return agreements + count_agreements, disputes + count_disputes


def _summary(
    all_sentences: list[Sentence],
    summary_words: int,
    day_of: dict[str, date | None],
    summary: Sequence[Sequence[SummaryCandidate]],
    recurring: Recurrence,
) -> list[SummarySentence]:
    """The cited summary of where the story stands."""
    from briefings.story.summary import summarize

    return summarize(
        all_sentences, words=summary_words, published=day_of, candidates=_flat(summary), recurring=recurring
    )


def _questions(
    all_sentences: list[Sentence],
    day_of: dict[str, date | None],
    people: Sequence[Person],
    recurring: Recurrence,
    settling: Sequence[Sequence[Settling]],
    asked: Sequence[Sequence[Asked]],
    source_stems: Sequence[Sequence[tuple[str, frozenset[str]]]],
) -> list[Question]:
    """The open questions, about the story and still open, best first."""
    from briefings.story.answers import answer_questions
    from briefings.story.questions import find_questions
    from briefings.story.watchlist import choose_questions, story_words

    found = find_questions(all_sentences, asked=_flat(asked))
    return choose_questions(
        answer_questions(found, all_sentences, day_of, _flat(settling)),
        published=day_of,
        words=story_words(_flat(source_stems)),
        names=frozenset(p.name.split()[-1] for p in people[:NAMED_PEOPLE]),
        recurring=recurring,
    )


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


def _briefing(
    story: str,
    as_of: date,
    articles: Sequence[Document],
    story_summary: Sequence[SummarySentence],
    timeline: tuple[list[KeyDate], list[Disagreement]],
    comparisons: tuple[list[Agreement], list[Disagreement]],
    open_questions: Sequence[Question],
    people: Sequence[Person],
    off_story: frozenset[str],
) -> Briefing:
    """The finished briefing: key dates, open questions and people told only by articles off the story left out."""
    from briefings.story.compare import date_agreements

    key_dates, date_disputes = timeline
    key_dates = [k for k in key_dates if not set(k.sources) <= off_story]
    open_questions = [q for q in open_questions if not set(q.sources) <= off_story]
    people = [p for p in people if not set(p.sources) <= off_story]
    agreements, disputes = comparisons
    published = [d.published for d in articles if d.published is not None]
    sources = sorted(
        (source_info(d) for d in articles), key=lambda s: (s.published or date.min, s.id), reverse=True
    )
    return Briefing(
        story=story,
        as_of=as_of,
        sources=tuple(sources),
        summary=tuple(story_summary),
        key_dates=tuple(key_dates),
        open_questions=tuple(open_questions),
        people=tuple(people),
        disagreements=tuple(date_disputes + disputes),
        agreements=tuple(sorted(date_agreements(key_dates) + agreements, key=lambda a: -len(a.sources))),
        newest_source=max(published) if published else None,
    )


STAGES = (
    # per article, on the articles as loaded: shingles, to find syndicated copies
    Stage("shingles", Later("briefings.article.shingles", "shingles"), ("article",), over="documents"),
    Stage("sketch", Later("briefings.article.shingles", "sketch"), ("shingles",), over="documents"),
    # for the story: a syndicated article is read once, its other outlets named (pairs judged before are kept)
    Stage("articles", merge_copies, ("documents", "shingles", "sketch", "kept")),
    # per article, each read once (relative dates count from the day the article is dated by)
    Stage(
        "sentences", Later("briefings.article.sentences", "document_sentences"), ("article",), over="articles"
    ),
    Stage(
        "candidates",
        Later("briefings.article.candidates", "document_candidates"),
        ("sentences",),
        over="articles",
    ),
    Stage(
        "sightings",
        Later("briefings.article.sightings", "document_sightings"),
        ("article", "sentences"),
        over="articles",
        dated=True,
    ),
    Stage("counts", _counts, ("sentences",), over="articles"),
    Stage("facts", _facts, ("sentences",), over="articles"),
    Stage(
        "questions",
        Later("briefings.article.questions", "candidate_questions"),
        ("sentences",),
        over="articles",
    ),
    Stage(
        "summary",
        Later("briefings.article.summary_candidates", "summary_candidates"),
        ("sentences",),
        over="articles",
    ),
    Stage("names", Later("briefings.article.quoting_words", "quoting_words"), ("article",), over="articles"),
    Stage("name_runs", Later("briefings.article.newcomers", "name_runs"), ("article",), over="articles"),
    Stage("line_keys", Later("briefings.article.line_keys", "line_keys"), ("sentences",), over="articles"),
    Stage(
        "lowercase", Later("briefings.article.lowercase", "lowercase_text"), ("sentences",), over="articles"
    ),
    Stage("story_terms", Later("briefings.article.story_terms", "story_terms"), ("sentences",), over="articles"),
    # (the sentences the open questions' answers and the comparisons' leaders may come from: a cheap look each)
    Stage(
        "settling", Later("briefings.article.settling", "settling_sentences"), ("sentences",), over="articles"
    ),
    Stage(
        "leading", Later("briefings.article.leading", "leading_sentences"), ("sentences",), over="articles"
    ),
    # (the candidate questions as the open questions' merge reads them, and the words each source writes)
    Stage("asked", Later("briefings.article.asked", "asked_questions"), ("questions",), over="articles"),
    Stage(
        "source_stems",
        Later("briefings.article.asked", "source_stems"),
        ("summary", "questions"),
        over="articles",
    ),
    # for the story
    Stage("all_sentences", _flat, ("sentences",)),
    Stage("day_of", _day_of, ("articles",)),
    Stage("common_words", _union, ("lowercase",)),
    Stage("recurring", Later("briefings.story.furniture", "recurrence"), ("day_of", "line_keys")),
    # (kept like the sections below: a build that reads them all back needs no article's own work)
    Stage("off_story", Later("briefings.story.off_story", "off_story"), ("story_terms", "recurring"), keep=True),
    Stage(
        "found_people",
        _found_people,
        ("articles", "all_sentences", "candidates", "names", "name_runs", "common_words", "kept"),
    ),
    Stage(
        "name_vocabulary",
        _vocabulary,
        ("articles", "all_sentences", "found_people", "common_words", "kept"),
    ),
    # (the sections of the briefing: each kept under a fingerprint of what it reads, see runner.py)
    Stage("people", _people, ("found_people", "day_of", "name_vocabulary"), keep=True),
    # (the key dates and the summary need no person: they may run aside, while the people are found)
    Stage(
        "timeline",
        _timeline,
        ("articles", "all_sentences", "sightings", "as_of", "background_days"),
        keep=True,
        aside=True,
    ),
    Stage(
        "comparisons",
        _comparisons,
        ("articles", "all_sentences", "facts", "counts", "people", "leading"),
        keep=True,
    ),
    Stage(
        "story_summary",
        _summary,
        ("all_sentences", "summary_words", "day_of", "summary", "recurring"),
        keep=True,
        aside=True,
    ),
    Stage(
        "open_questions",
        _questions,
        ("all_sentences", "day_of", "people", "recurring", "settling", "asked", "source_stems"),
        keep=True,
    ),
    Stage(
        "briefing",
        _briefing,
        (
            "story",
            "as_of",
            "articles",
            "story_summary",
            "timeline",
            "comparisons",
            "open_questions",
            "people",
            "off_story",
        ),
    ),
)

PIPELINE = Pipeline(STAGES, INPUTS)
