"""Every date expression in one article's text, with character offsets, resolved against its publication day."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefings.extract.dates import DateMention, find_dates
from briefings.load.corpus import split_front_matter
from briefings.load.published import publication_evidence
from briefings.load.structure import structure
from briefings.model import Precision
from briefings.text import sentence_spans, years_named


@dataclass(frozen=True)
class FoundDate:
    """One date expression of a text: where it stands, what it says and the day or period it means."""

    text: str
    start: int
    end: int
    date: str  # YYYY-MM-DD, YYYY-MM or YYYY, as precise as the expression
    precision: Precision
    label: str


def _found(mention: DateMention, offset: int) -> FoundDate:
    start, end = mention.span
    return FoundDate(
        mention.text, offset + start, offset + end, mention.iso, mention.precision, mention.label
    )


def scan_dates(text: str, *, published: date | None, year_hint: int | None = None) -> list[FoundDate]:
    """Every date expression in `text`, sentence by sentence, relative ones resolved against `published`.

    Offsets index into `text` itself. Without `published`, relative expressions ("next week") are left out and
    year-less days take `year_hint`.
    """
    hint = year_hint if year_hint is not None else (published.year if published else None)
    out: list[FoundDate] = []
    for line in re.finditer(r"[^\n]+", text):
        context_day: date | None = None  # the last day this paragraph named, for "the day" after it
        for start, end in sentence_spans(line.group(0)):
            sentence = line.group(0)[start:end]
            for mention in find_dates(sentence, reference=published, year_hint=hint, context_day=context_day):
                out.append(_found(mention, line.start() + start))
                if mention.precision == "day":
                    context_day = mention.start
    return out


def article_dates(text: str, *, published: date | None = None) -> tuple[date | None, list[FoundDate]]:
    """An article file's publication day (given, from front matter, or inferred; None when unsure) and every
    date expression in it, with offsets into the whole file's text."""
    meta, body = split_front_matter(text)
    offset = len(text) - len(body)
    if published is None and meta.get("published"):
        try:
            published = date.fromisoformat(meta["published"][:10])
        except ValueError:
            published = None
    if published is None:
        found = publication_evidence(body.splitlines(), structure(body.splitlines()))
        published = found.day if found else None
    years = years_named(body)
    hint = published.year if published else (max(years) if years else None)
    dates = [
        FoundDate(d.text, d.start + offset, d.end + offset, d.date, d.precision, d.label)
        for d in scan_dates(body, published=published, year_hint=hint)
    ]
    return published, dates
