"""Infer an article's publication date from its text when no front matter gives one."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from briefings.extract.dates import WEEKDAYS, find_dates, future_context
from briefings.model import Block
from briefings.sentences import dateline
from briefings.text import split_sentences

_BARE_WEEKDAY = re.compile(
    r"\b(?<!next )(?<!last )(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_EXPLICIT_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


def _units(blocks: Iterable[Block]) -> Iterable[tuple[str, bool]]:
    """Sentences of the article, with whether each stands in a timeline table."""
    for block in blocks:
        if block.kind == "heading":
            continue
        if block.kind == "table_row":
            yield block.text, True
            continue
        for sentence in split_sentences(block.text):
            yield sentence, False


def infer_published(blocks: Iterable[Block], *, corpus_year: int | None = None) -> date | None:
    """The latest day the article reports as having happened, moved to agree with past weekday mentions.

    Day-precision dates in sentences that speak of plans ("will", "scheduled") are not evidence. Timeline rows
    count only when the prose gives no date. A weekday named in past tense ("late Thursday") fixes the day when
    it is a few days after the latest explicit date, or picks among candidates within the last week.
    A dateline with a date ("Brussels, June 14 (Reuters) -") settles it. Year-less dates ("June 14") take the
    latest year the article names, else `corpus_year` (the other articles' year).
    """
    blocks = list(blocks)
    units = list(_units(blocks))
    years = [int(y) for text, _ in units for y in _EXPLICIT_YEAR.findall(text) if int(y) <= 2100]
    year_hint = max(years) if years else corpus_year
    first = next((b for b in blocks if b.kind == "paragraph"), None)
    stamp = dateline(first.text) if first else None
    if stamp:  # "Brussels, June 14 (Newswire) -": the wire says when it was filed
        days = [m.start for m in find_dates(stamp, year_hint=year_hint) if m.precision == "day"]
        if days:
            return days[0]
    prose: list[date] = []
    rows: list[date] = []
    past_weekdays: set[int] = set()
    for text, is_row in units:
        mentions = find_dates(text, year_hint=year_hint)
        for mention in mentions:
            if mention.precision != "day" or mention.relative:
                continue
            if is_row:
                rows.append(mention.start)
            elif not future_context(text, mention.span):
                prose.append(mention.start)
        if not is_row:
            covered = [m.span for m in mentions]
            for match in _BARE_WEEKDAY.finditer(text):
                inside = any(a <= match.start() < b for a, b in covered)
                if not inside and not future_context(text, match.span()):
                    past_weekdays.add(WEEKDAYS[match.group(1).lower()])
    candidates = prose or rows
    if not candidates:
        return None
    latest = max(candidates)
    if not past_weekdays:
        return latest
    recent = [d for d in candidates if (latest - d).days < 7 and d.weekday() in past_weekdays]
    if recent:
        return max(recent)
    resolved = []
    for weekday in past_weekdays:
        after = latest + timedelta(days=(weekday - latest.weekday()) % 7)
        before = after - timedelta(days=7) if after != latest else after
        resolved.append(after if (after - latest) <= (latest - before) else before)
    return max([latest, *resolved])
