"""Date sightings: every date mention of one article, resolved against the day it is dated by, with the words
around it and the sentence (or clause) that tells the event: an article's own work, kept with it (see runner.py);
the timeline (timeline.py) merges them across sources."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from briefings.article.sentences import strip_label
from briefings.extract.date_patterns import UNPLANNED_AFTER, weak_tense
from briefings.extract.dates import MONTHS, WEEKDAYS, DateMention, find_dates, future_context
from briefings.extract.posts import post_event
from briefings.extract.stamps import is_stamp
from briefings.model import Document, Sentence
from briefings.text import asks, content_stems, truncate_words, years_named
from briefings.thresholds import (
    AFTER_DATE,
    EVENT_WORDS,
    MAX_DATES_PER_DOC,
    MIN_CLAUSE_WORDS,
    NARRATIVE_BLOCKS,
    SIGHTING_WINDOW,
    UNSURE_BACK,
)

_DATE_WORDS = re.compile(
    r"\b(" + "|".join(list(MONTHS) + list(WEEKDAYS)) + r"|\d+(?:st|nd|rd|th)?|next|last|week|month|year|"
    r"today|yesterday|tomorrow|within|mid|late|early)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


@dataclass
class Sighting:
    """One date mention in one source, with the words around it."""

    mention: DateMention
    doc_id: str
    event: str
    context: str
    is_row: bool
    published: date | None
    single: bool = True  # the only date its sentence names, so the sentence is about this date
    planned: bool = False  # the words around the date speak of a plan ("will", "is set to")
    stems: tuple[str, ...] = field(init=False, repr=False, compare=False)  # content_stems(context)

    def __post_init__(self) -> None:
        object.__setattr__(self, "stems", tuple(content_stems(self.context)))


_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and then|and|but|while|whereas|before|after)\s+|\s+and then\s+")


def _clause(sentence: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """The clause of a sentence naming several dates that holds this one ("the council voted on May 3, and the
    mayor resigned on May 5": each day gets its own event), with the date's span in it; the whole sentence when
    the clause is too short."""
    starts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence))]
    ends = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
    for start, end in zip(starts, ends, strict=True):
        if start <= span[0] < end:
            raw = sentence[start:end]
            piece = raw.strip(" ,")
            if len(piece.split()) >= MIN_CLAUSE_WORDS:
                shift = start + len(raw) - len(raw.lstrip(" ,"))
                return piece[:1].upper() + piece[1:], (span[0] - shift, span[1] - shift)
            break
    return sentence, span


def around_date(text: str, span: tuple[int, int], limit: int = EVENT_WORDS) -> str:
    """A sentence cut to at most `limit` words that keeps the date and the words beside it: its first words when
    the date is among them, else a window centred on the date ("… at the Mississippi rally earlier this month")."""
    parts = text.split()
    if len(parts) <= limit:
        return text
    at = len(text[: span[0]].split())  # the date's first word
    if at + len(text[span[0] : span[1]].split()) + AFTER_DATE <= limit:
        return truncate_words(text, limit)
    start = min(max(0, at - limit // 2), len(parts) - limit)
    cut = " ".join(parts[start : start + limit]).rstrip(",;:—-")
    return ("…" if start else "") + cut + ("…" if start + limit < len(parts) else "")


_TOLD_ON = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|confirmed|reported|added|wrote|tweeted)\s+(?:on\s+)?$"
)


def _context(sentence: str, mention: DateMention) -> str:
    """The words around a date, without the date words themselves."""
    before = sentence[: mention.span[0]].split()[-SIGHTING_WINDOW:]
    after = sentence[mention.span[1] :].split()[:SIGHTING_WINDOW]
    return _DATE_WORDS.sub(" ", " ".join(before + after))


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _week_unsure(mention: DateMention, ref: date) -> bool:
    """A bare weekday ("Wednesday", no "last" or "next") that falls six days before the article's day: news names
    a day that far back as "last Wednesday", so the article is likely a day newer than its date (an update) and
    the weekday its tomorrow. Which of the two it is cannot be told: the date is left out, never guessed."""
    return (
        mention.relative
        and mention.precision == "day"
        and mention.qualifier is None
        and _WEEKDAY.search(mention.text) is not None
        and (ref - mention.start).days == UNSURE_BACK
    )


def _posted(doc: Document, s: Sentence, text: str, mention: DateMention) -> str | None:
    """The post a date signs off ("… — Ann Vo (@annvo) March 3, 2016"), told whole as the event, else None."""
    if "(@" not in text[: mention.span[0]] or s.block >= len(doc.blocks):
        return None
    block = doc.blocks[s.block].text
    offset = block.find(text)
    if offset < 0:
        return post_event(text, mention.span[0], EVENT_WORDS)
    return post_event(block, offset + mention.span[0], EVENT_WORDS)


def document_sightings(doc: Document, sentences: Sequence[Sentence]) -> list[Sighting]:
    """Every date mention in one article (its sentences in order), resolved against its publication date."""
    ref = doc.reference_day
    years = [y for b in doc.blocks for y in years_named(b.text)]
    year_hint = ref.year if ref else (max(years) if years else None)
    found: list[Sighting] = []
    weak: list[bool] = []  # per sighting: its sentence does not tell its tense (see weak_tense)
    last_day: dict[int, date] = {}  # the last day each paragraph named, for "the day" after it
    named: tuple[int, date] | None = None  # the last day named with its year, and its paragraph
    for s in sentences:
        if len(found) >= MAX_DATES_PER_DOC:
            break  # a file of thousands of dates is a table, not a story: its first ones are kept
        if s.kind in ("heading", "caption"):
            continue  # a caption's date is when a photo was taken, not an event of the story
        text = strip_label(s.text)[1] if s.kind == "bullet" else s.text
        if asks(text):
            continue  # a question's date is not an event; the question is listed among open questions
        anchor = named[1] if named and s.block - named[0] <= NARRATIVE_BLOCKS else None
        mentions = find_dates(
            text, reference=ref, year_hint=year_hint, context_day=last_day.get(s.block), anchor=anchor
        )
        full = [m.start for m in mentions if m.precision == "day" and not m.relative and _YEAR.search(m.text)]
        named = (s.block, full[-1]) if full else named
        days = [m.start for m in mentions if m.precision == "day"]
        if days:
            last_day[s.block] = days[-1]
        if len(mentions) > 1:  # "she died Wednesday, police said Thursday": the telling is not an event
            mentions = [m for m in mentions if not _TOLD_ON.search(text[: m.span[0]])] or mentions
        for mention in mentions:
            if ref is not None and _week_unsure(mention, ref):
                continue
            if is_stamp(text, mention.span):
                continue  # "Page last updated at 08:58 GMT, 24 June 2010": when a text was posted, no event
            posted = _posted(doc, s, text, mention)
            if posted:
                event = posted
            elif s.kind == "table_row":
                event = text[mention.span[1] :].strip(" :–—-|,") or text
            elif len(mentions) > 1:
                event = around_date(*_clause(text, mention.span))
            else:
                event = around_date(text, mention.span)
            found.append(
                Sighting(
                    mention,
                    s.doc_id,
                    event,
                    _context(text, mention) if s.kind != "table_row" else event,
                    s.kind == "table_row",
                    ref,
                    single=len(mentions) == 1,
                    planned=s.kind != "table_row"
                    and future_context(text, mention.span)
                    and not UNPLANNED_AFTER.match(
                        text, mention.span[1]
                    ),  # "Tuesday's quake" was never a plan
                )
            )
            weak.append(_bare_weekday(mention) and weak_tense(text, mention.span))
    return _as_planned(found, weak)


def _bare_weekday(mention: DateMention) -> bool:
    """A weekday named alone ("Thursday", not "last Thursday"), read as a day within a week of the article's."""
    return (
        mention.relative
        and mention.precision == "day"
        and mention.qualifier is None
        and _WEEKDAY.fullmatch(mention.text) is not None
    )


def _as_planned(found: list[Sighting], weak: list[bool]) -> list[Sighting]:
    """A bare weekday whose sentence does not tell its tense ("Thursday's debate is the final one") is read as
    past; when the article names that weekday otherwise only as a plan ("will skip the debate on Thursday"), it
    is that planned day."""
    if not any(weak):
        return found
    plans: dict[int, DateMention] = {}
    past: set[int] = set()
    for sighting, unsure in zip(found, weak, strict=True):
        if unsure or not _bare_weekday(sighting.mention):
            continue
        weekday = sighting.mention.start.weekday()
        if sighting.planned:
            plans[weekday] = sighting.mention
        else:
            past.add(weekday)
    out = []
    for sighting, unsure in zip(found, weak, strict=True):
        plan = plans.get(sighting.mention.start.weekday())
        if unsure and plan is not None and not sighting.planned and plan.start.weekday() not in past:
            mention = replace(sighting.mention, start=plan.start, end=plan.end, label=plan.label)
            sighting = replace(sighting, mention=mention, planned=True)
        out.append(sighting)
    return out


def collect_sightings(documents: Sequence[Document], sentences: Sequence[Sentence]) -> list[Sighting]:
    """Every date mention in the corpus, each resolved against its own article's publication date."""
    by_doc: dict[str, list[Sentence]] = defaultdict(list)
    for s in sentences:
        by_doc[s.doc_id].append(s)
    return [x for doc in documents for x in document_sightings(doc, by_doc.get(doc.id, []))]
