"""The platform-neutral model: documents in, a briefing out. Every type is a frozen dataclass."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "bullet", "table_row", "caption"]
Precision = Literal["day", "week", "range", "part-of-month", "month", "year"]
DateStatus = Literal["past", "upcoming", "ongoing"]


@dataclass(frozen=True)
class Block:
    """One structural unit of an article: a heading, a paragraph, a bullet item or a table row."""

    kind: BlockKind
    text: str
    section: str | None = None
    cells: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """One loaded, cleaned article."""

    id: str
    path: str
    title: str
    blocks: tuple[Block, ...]
    published: dt.date | None = None
    published_inferred: bool = False
    source: str | None = None
    url: str | None = None
    added: dt.datetime | None = None  # when the file entered the corpus (its modification time, UTC)
    published_basis: str | None = None  # what dated it: "front matter", "stamp", "dateline", ...
    published_estimate: dt.date | None = None  # undated: a rough day to resolve relative dates by
    also_carried_by: tuple[str, ...] = ()  # the outlets (or titles) of copies of this article, read once
    key: str = (
        ""  # its content key (extractor version, file name, text) when loaded from a file: see runner.py
    )

    @property
    def reference_day(self) -> dt.date | None:
        """The day relative dates in the article count from: its publication day, else the estimate."""
        return self.published or self.published_estimate


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document, with where it stands."""

    doc_id: str
    text: str
    block: int
    index: int
    kind: BlockKind
    section: str | None


@dataclass(frozen=True)
class SourceInfo:
    """A source as the briefing lists it."""

    id: str
    title: str
    published: dt.date | None
    published_inferred: bool
    source: str | None = None
    url: str | None = None
    added: dt.datetime | None = None
    published_basis: str | None = None
    published_estimate: dt.date | None = None
    also_carried_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class SummarySentence:
    """One cited sentence of the summary; `support` counts the sources that carry it."""

    text: str
    sources: tuple[str, ...]
    support: int


@dataclass(frozen=True)
class Claim:
    """One value for a fact, with the sources that give it."""

    value: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class KeyDate:
    """A normalised date with its precision, the event it marks, and the sources reporting it."""

    date: str
    precision: Precision
    label: str
    event: str
    sources: tuple[str, ...]
    start: dt.date
    end: dt.date
    status: DateStatus
    qualifier: str | None = None
    background: bool = False
    disputed: bool = False
    values: tuple[Claim, ...] = ()  # every distinct value sources give for this event, with its sources
    evidence: tuple[tuple[str, str], ...] = ()  # (source id, the sentence or row it comes from)
    weight: float = 0.0  # importance: sources naming the date outright, plus a quarter point per source


@dataclass(frozen=True)
class Question:
    """An open question a reader should watch; `answer` and `answered_by` once a later source settles it."""

    text: str
    sources: tuple[str, ...]
    answer: str | None = None
    answered_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Role:
    """A title or description of a person, as one source gives it."""

    title: str
    source: str


@dataclass(frozen=True)
class Quote:
    """A direct quotation attributed to a person."""

    text: str
    source: str


@dataclass(frozen=True)
class Person:
    """One person's profile, merged across spellings and sources."""

    name: str
    roles: tuple[str, ...]
    aliases: tuple[str, ...]
    sources: tuple[str, ...]
    role_sources: tuple[Role, ...] = ()
    quotes: tuple[Quote, ...] = ()
    mentions: int = 0


@dataclass(frozen=True)
class Disagreement:
    """A fact the sources give different values for: a dispute (at one time), or an update (later reports
    revised it; `claims` then run newest first)."""

    topic: str
    claims: tuple[Claim, ...]
    kind: Literal["dispute", "update"] = "dispute"


@dataclass(frozen=True)
class Agreement:
    """A fact stated with one value; `sources` says how many carry it (one means single-source)."""

    topic: str
    value: str
    sources: tuple[str, ...]

    @property
    def single_source(self) -> bool:
        """True when only one source carries the claim."""
        return len(self.sources) == 1


@dataclass(frozen=True)
class Briefing:
    """Everything the bot knows about the story, as of one day."""

    story: str
    as_of: dt.date
    sources: tuple[SourceInfo, ...]
    summary: tuple[SummarySentence, ...]
    key_dates: tuple[KeyDate, ...]
    open_questions: tuple[Question, ...]
    people: tuple[Person, ...]
    disagreements: tuple[Disagreement, ...]
    agreements: tuple[Agreement, ...] = ()
    newest_source: dt.date | None = None
    warnings: tuple[str, ...] = field(default=())

    @property
    def newest_source_age_days(self) -> int | None:
        """Days between the newest source's publication and `as_of`, or None when no date is known."""
        if self.newest_source is None:
            return None
        return (self.as_of - self.newest_source).days


@dataclass(frozen=True)
class Answer:
    """An open question that a newer source may answer."""

    question: str
    answer: str
    source: str


@dataclass(frozen=True)
class Digest:
    """What a channel's daily digest says."""

    story: str
    now: dt.datetime
    since: dt.datetime | None
    new_sources: tuple[SourceInfo, ...]
    new_dates: tuple[KeyDate, ...]
    new_questions: tuple[Question, ...]
    answered: tuple[Answer, ...]
    upcoming: tuple[KeyDate, ...]
    open_questions: tuple[Question, ...]
    summary: str
    summary_sources: tuple[str, ...]
    nothing_new: bool
    newest_age_days: int | None
    stale: bool
    developments: tuple[SummarySentence, ...] = ()  # current summary lines a new source reports
    moved: tuple[Disagreement, ...] = ()  # figures a new source updated (claims newest first)
