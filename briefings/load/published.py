"""Infer an article's publication day from its text when no front matter gives one, or say it is unknown.

A day mentioned in an article is usually the day of an event, not of the article: a sentencing ahead, a photo
taken last week, a background year. So only evidence that speaks of the article itself dates it:

- a stamp line ("Published on Feb 23, 2016", "posted at 10:01 pm on March 2, 2016", "First published on Tue 30
  Oct 2012", "Updated 5 March 2024", "Posted: 10/30/2012" when the order of day and month is plain);
- a line at the top or the foot that is only a date, time and zone ("October 20, 2025 6:03 PM EDT"), or an
  opening line that starts with a full date ("7 July 2017 Hospital statement on ...");
- a dateline with a day ("Brussels, June 14 (Reuters) -");
- failing those, a lower bound that the article is at least as new as: an embedded post with its date
  ("— Jane Doe (@jdoe) March 2, 2016") or a full date written with its weekday ("Tuesday, Oct. 30, 2012", as
  photo captions of the day's news are), kept only when no weekday named for past news ("police said
  Thursday") could fall after it.

Anything else gives None: the briefing says "date unknown" rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from briefings.extract.date_patterns import weak_tense
from briefings.extract.datelines import dateline
from briefings.extract.dates import WEEKDAYS, DateMention, find_dates, future_context
from briefings.load.clean import publication_stamp
from briefings.model import Block
from briefings.text import asks, split_sentences, words, years_named
from briefings.thresholds import FOOT_LINES, PUBLISHED_EVIDENCE_SENTENCES, STAMP_LINES, TOP_LINES

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A weekday named alone ("police said Thursday"), not "next Thursday" or "last Thursday"
_BARE_WEEKDAY = re.compile(rf"\b(?<!next )(?<!this coming )(?<!last )(?<!this past )(?P<wd>{_WEEKDAY})\b")
_SOCIAL_POST = re.compile(r"(?:\(@\w{1,30}\)|\bposted\s+by\b[^.]{0,60}?\bon)\s*$", re.IGNORECASE)
# What may stand beside a date on a line that is only a timestamp: times, zones, "Updated", separators.
_STAMP_NOISE = re.compile(
    r"^(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|[A-Z]{2,5}|GMT|UTC|ET|at|on|updated|published|posted|last|"
    r"[|,·•/–—-])$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PublicationDate:
    """The day an article was published, and what in its text says so."""

    day: date
    basis: str


def _full_days(text: str) -> list[DateMention]:
    """Day-precision dates that name their year, in a text read without any reference day."""
    return [
        m for m in find_dates(text) if m.precision == "day" and not m.relative and re.search(r"\d{4}", m.text)
    ]


# A stamp's date in figures: "2012/10/30", or "10/30/2012" and "30/10/2012" when the order is plain (a part above 12
# is the day); "05/06/2016" could be either and dates nothing.
_NUMERIC = re.compile(
    r"\b(?:(?P<y>(?:19|20)\d\d)[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})"
    r"|(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y2>(?:19|20)\d\d))\b"
)


def _numeric_day(stamp: str) -> date | None:
    """The first date written in figures in a stamp, when its order is not in doubt."""
    m = _NUMERIC.search(stamp)
    if not m:
        return None
    if m["y"]:
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    else:
        a, b, year = int(m["a"]), int(m["b"]), int(m["y2"])
        if a <= 12 and b <= 12 and a != b:
            return None  # month first or day first: either could be meant
        month, day = (a, b) if a <= 12 and (b > 12 or a == b) else (b, a)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_stamps(lines: Sequence[str]) -> PublicationDate | None:
    """A "Published ..."/"First published ..."/"Updated ..."/"posted at ... on ..." line near the top or the foot;
    with two, the first (the day it was first published), in words or in figures."""
    for line in [*lines[:STAMP_LINES], *lines[-10:]]:
        stamp = publication_stamp(line)
        if not stamp:
            continue
        days = [m for m in find_dates(stamp) if m.precision == "day" and not m.relative]
        numeric = _numeric_day(stamp)
        if days and not (numeric and stamp.find(numeric.strftime("%Y")) < days[0].span[0]):
            return PublicationDate(days[0].start, "stamp")
        if numeric:
            return PublicationDate(numeric, "stamp")
    return None


def _headline(line: str) -> bool:
    """A title line: short, and not ending a sentence."""
    return len(words(line)) <= 20 and not re.search(r"[.!?]$", line)


def _is_timestamp_line(line: str, mention: DateMention) -> bool:
    rest = (line[: mention.span[0]] + " " + line[mention.span[1] :]).replace(",", " ")
    return all(_STAMP_NOISE.match(token) for token in rest.split())


def _from_date_lines(lines: Sequence[str]) -> PublicationDate | None:
    """A line that is only a date and time, at the top or the foot; or the first line after the headline(s)
    led by a full date ("March 01, 2008 The contract ...")."""
    body = [line.strip() for line in lines if line.strip()]
    for index, line in enumerate(body[:TOP_LINES]):
        days = _full_days(line)
        if not days:
            continue
        if _is_timestamp_line(line, days[0]):
            return PublicationDate(days[0].start, "timestamp line")
        opening = index <= 2 and all(_headline(before) for before in body[:index])
        if opening and days[0].span[0] == 0 and len(words(line)) > len(words(days[0].text)) + 1:
            return PublicationDate(days[0].start, "opening date")
    for line in body[-FOOT_LINES:]:
        days = _full_days(line)
        if days and _is_timestamp_line(line, days[0]):
            return PublicationDate(days[0].start, "timestamp line")
    return None


def dateline_evidence(blocks: Sequence[Block], *, corpus_year: int | None = None) -> PublicationDate | None:
    """The day of a dateline ("Brussels, June 14 (Reuters) -"); a year-less one takes the latest year the
    article names, else `corpus_year` (the story's year)."""
    years = [y for text in _sentences(blocks) for y in years_named(text)]
    year_hint = max(years) if years else corpus_year
    first = next((b for b in blocks if b.kind == "paragraph"), None)
    stamp = dateline(first.text) if first else None
    if not stamp:
        return None
    days = [m for m in find_dates(stamp, year_hint=year_hint) if m.precision == "day"]
    return PublicationDate(days[0].start, "dateline") if days else None


def _weekday_consistent(mention: DateMention) -> bool:
    """ "Tuesday, Oct. 30, 2012": the date is written with its weekday, and they agree."""
    head = mention.text.split(",")[0].split()[0].lower()
    return head in WEEKDAYS and WEEKDAYS[head] == mention.start.weekday()


def _sentences(blocks: Iterable[Block]) -> Iterable[str]:
    """The article's first PUBLISHED_EVIDENCE_SENTENCES sentences of prose, bullets and captions."""
    count = 0
    for block in blocks:
        if block.kind in ("paragraph", "bullet", "caption"):
            for sentence in split_sentences(block.text):
                yield sentence
                count += 1
                if count >= PUBLISHED_EVIDENCE_SENTENCES:
                    return


def _lower_bound(sentences: Sequence[str]) -> date | None:
    """The newest day that the article shows it is at least as new as: dated posts, dates with weekdays."""
    bounds: list[date] = []
    for text in sentences:
        if asks(text):
            continue  # "Do you remember where you were on Tuesday 12 January, 2010?": a day recalled, no news
        for mention in _full_days(text):
            posted = _SOCIAL_POST.search(text[: mention.span[0]]) is not None  # a post's date is never a plan
            if posted or (_weekday_consistent(mention) and not future_context(text, mention.span)):
                bounds.append(mention.start)
    return max(bounds) if bounds else None


def _past_weekdays(sentences: Sequence[str]) -> set[int]:
    """Weekdays the article names for what has happened ("police said Thursday"), outside plans and dates; a
    weekday whose sentence does not tell its tense ("Thursday's debate is the final one") counts only when the
    article does not plan that weekday elsewhere."""
    found: set[int] = set()
    unsure: set[int] = set()
    planned: set[int] = set()
    for text in sentences:
        if not _BARE_WEEKDAY.search(text):
            continue  # most sentences name no weekday: no dates to read
        covered = [
            m.span for m in find_dates(text, year_hint=2000) if m.precision == "day" and not m.relative
        ]
        for match in _BARE_WEEKDAY.finditer(text):
            if any(a <= match.start() < b for a, b in covered):
                continue
            weekday = WEEKDAYS[match["wd"].lower()]
            if future_context(text, match.span()):
                planned.add(weekday)
            elif weak_tense(text, match.span()):
                unsure.add(weekday)
            else:
                found.add(weekday)
    return found | (unsure - planned)


def _agrees(anchor: date, weekdays: set[int]) -> bool:
    """Whether every weekday named for past news falls on the anchor or in the three days before it.

    A weekday one to three days after the anchor's may as well be that many days later (the article is newer
    than the anchor) as four to six days earlier: the day is then ambiguous, and the article stays undated.
    """
    return all((weekday - anchor.weekday()) % 7 not in (1, 2, 3) for weekday in weekdays)


def publication_evidence(
    lines: Sequence[str], blocks: Sequence[Block], *, corpus_year: int | None = None
) -> PublicationDate | None:
    """The article's publication day with its basis, from its raw lines and blocks, or None when unsure."""
    found = (
        _from_stamps(lines) or _from_date_lines(lines) or dateline_evidence(blocks, corpus_year=corpus_year)
    )
    if found:
        return found
    sentences = list(_sentences(blocks))
    anchor = _lower_bound(sentences)
    if anchor is None:
        return None
    if not _agrees(anchor, _past_weekdays(sentences)):
        return None
    return PublicationDate(anchor, "dated post or caption")


def dated_lower_bound(blocks: Sequence[Block]) -> date | None:
    """The newest day an article shows it is at least as new as (a dated post, a date written with its weekday),
    whether or not the weekdays it names let that day date it."""
    return _lower_bound(list(_sentences(blocks)))


def estimate_published(blocks: Sequence[Block], *, year_hint: int | None) -> date | None:
    """A rough day for an undated article, to resolve its relative dates by: the latest past day it reports,
    moved to agree with the weekdays it names for past news.

    Not a publication date to show as fact: the corpus keeps it only when it falls among the story's dated
    articles, and replies mark it as an estimate.
    """
    days: list[date] = []
    sentences = list(_sentences(blocks))
    for text in sentences:
        for mention in find_dates(text, year_hint=year_hint):
            if mention.precision == "day" and not mention.relative and not future_context(text, mention.span):
                days.append(mention.start)
    if not days:  # no dated prose: the dated rows of its timeline table
        rows = [b.text for b in blocks if b.kind == "table_row"]
        days = [m.start for t in rows for m in find_dates(t, year_hint=year_hint) if m.precision == "day"]
        if not days:
            return None
    weekdays = _past_weekdays(sentences)
    latest = max(days)
    recent = [d for d in days if (latest - d).days < 7 and d.weekday() in weekdays]
    if recent or not weekdays:
        return max(recent) if recent else latest
    moved = []
    for weekday in weekdays:
        after = latest + timedelta(days=(weekday - latest.weekday()) % 7)
        before = after - timedelta(days=7) if after != latest else after
        moved.append(after if (after - latest) <= (latest - before) else before)
    return max([latest, *moved])
