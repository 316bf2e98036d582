"""One article's own work, done once and kept: its sentences and everything read from them alone.

Cleaning, sentences, names, dates, counts, facts and question candidates depend on nothing but the article (and
the day it is dated by), so they are computed per article and kept under a key made of the extractor version,
the file name, the text and that day. The story-level merge (copies, people, quotes, timeline, comparisons,
summary, questions) runs over the kept results: adding, changing or removing one article redoes only that
article's work and the merge, and a changed file or a changed extractor never meets an old result (its key is
different). Where results are kept is the caller's choice (`Kept`): the bot keeps them in SQLite beside its data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from briefings.compare import Fact, duration_facts, money_facts
from briefings.copies import shingles
from briefings.extract.candidates import Candidate, document_candidates
from briefings.extract.gazetteer import is_place, place_names, prime_place_names
from briefings.extract.given_names import given_name_table, is_given_name, prime_given_names
from briefings.extract.questions import candidate_questions
from briefings.extract.quotes import quoting_words
from briefings.keeping import Kept
from briefings.measures import measures_in
from briefings.model import Document, Sentence
from briefings.parallel import Mapper, serial_map
from briefings.quantities import Count, counts_in
from briefings.sentences import document_sentences
from briefings.sightings import Sighting, document_sightings
from briefings.summary import SummaryCandidate, summary_candidates
from briefings.version import extractor_version

T = TypeVar("T")
U = TypeVar("U")


def content_key(name: str, text: str) -> str:
    """The key of an article file's own work: the extractor version, the file's name and its text."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{extractor_version()}\0{name}\0".encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@dataclass(frozen=True)
class ArticleWork:
    """What one article yields on its own, ready for the story-level merge."""

    sentences: tuple[Sentence, ...]
    candidates: tuple[Candidate, ...]  # possible people, with their evidence and roles
    sightings: tuple[Sighting, ...]  # date mentions resolved against the article's day
    counts: tuple[Count, ...]  # counts of deaths and of counted things
    facts: tuple[Fact, ...]  # durations and amounts of money
    questions: tuple[Sentence, ...]  # sentences that ask or leave something open
    summary: tuple[SummaryCandidate, ...]  # sentences the summary may use, with their stems and figures
    names: tuple[
        str, str
    ]  # the words that may begin a name and the nouns, where quotes are read (Namer.within)


def _is_places(value: object) -> bool:
    return isinstance(value, frozenset) and all(isinstance(n, str) for n in value)


def _is_names(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(v, dict) for v in value.values())


# each table the extractors read from a data package: its key, a check of a kept value, how to use one, how to read it
_TABLES: tuple[tuple[str, Callable[[object], bool], Callable[[Any], None], Callable[[], object]], ...] = (
    ("places", _is_places, prime_place_names, place_names),
    ("given-names", _is_names, prime_given_names, given_name_table),
)


def load_tables(kept: Kept | None) -> None:
    """Take the place and first-name tables from `kept` when it holds them (a few milliseconds), else read them
    from their packages (about a quarter of a second each) and keep them for the next build."""
    if kept is None:
        return
    for name, valid, prime, read in _TABLES:
        key = f"table:{name}:{extractor_version()}"
        value = kept.get(key)
        if value is not None and valid(value):
            prime(value)
        else:
            kept.put(key, read())


def load_article_tables() -> None:
    """Read the first-name table the articles' own work looks words up in, so that worker processes started
    afterwards share it instead of each reading its own."""
    is_given_name("Maria")


def load_merge_tables() -> None:
    """Read the tables the story merge looks words up in (places, word frequencies): a build does it while
    worker processes read the articles."""
    from wordfreq import zipf_frequency  # a slow import: only where the merge will need it anyway

    is_place("Paris")
    zipf_frequency("the", "en")


def article_work(doc: Document) -> ArticleWork:
    """Everything the merge needs from one article, computed from that article alone."""
    sentences = document_sentences(doc)
    return ArticleWork(
        sentences=tuple(sentences),
        candidates=tuple(document_candidates(sentences)),
        sightings=tuple(document_sightings(doc, sentences)),
        counts=tuple(counts_in(sentences) + measures_in(sentences)),
        facts=tuple(duration_facts(sentences) + money_facts(sentences)),
        questions=tuple(candidate_questions(sentences)),
        summary=tuple(summary_candidates(sentences)),
        names=quoting_words(doc),
    )


def _dated_key(kind: str, doc: Document) -> str:
    """The key of a result that also depends on the day the article is dated by (relative dates count from
    it, and the corpus can date an undated article)."""
    return f"{kind}:{doc.key}:{doc.published}:{doc.published_estimate}"


def _kind(kind: type) -> Callable[[object], bool]:
    """A check that a kept value is one of `kind`."""
    return lambda value: isinstance(value, kind)


def kept_each(
    kept: Kept | None,
    keys: Sequence[str | None],
    valid: Callable[[object], bool],
    compute: Callable[[U], T],
    items: Sequence[U],
    mapper: Mapper = serial_map,
) -> list[T]:
    """For each item, the result kept under its key when it is `valid`; the others computed together by
    `mapper` (so a cold build can spread them over processes) and kept."""
    found: list[T | None] = []
    for key in keys:
        value = kept.get(key) if kept is not None and key is not None else None
        found.append(cast(T, value) if value is not None and valid(value) else None)
    missing = [i for i, value in enumerate(found) if value is None]
    for i, value in zip(missing, mapper(compute, [items[i] for i in missing]), strict=True):
        found[i] = value
        key = keys[i]
        if kept is not None and key is not None:
            kept.put(key, value)
    return [value for value in found if value is not None]


def shingles_of(
    documents: Sequence[Document], kept: Kept | None, mapper: Mapper = serial_map
) -> list[frozenset[int]]:
    """Each article's shingles (for finding copies), kept per article."""
    keys = [f"shingles:{d.key}" if d.key else None for d in documents]
    return kept_each(kept, keys, _kind(frozenset), shingles, documents, mapper)


def works_of(
    documents: Sequence[Document], kept: Kept | None, mapper: Mapper = serial_map
) -> list[ArticleWork]:
    """Each article's own work, kept per article (and per the day it is dated by)."""
    keys = [_dated_key("work", d) if d.key else None for d in documents]
    return kept_each(kept, keys, _kind(ArticleWork), article_work, documents, mapper)
