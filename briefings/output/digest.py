"""build_digest(briefing, *, since, now): what a channel's daily digest says.

What changed since the channel's last digest, first: the developments the new sources report (the current
summary's lines they carry), figures they moved (old → new), questions they may answer, dates they announced, the
questions they raise and the sources themselves. Then what is coming up (upcoming key dates with a countdown,
disputed ones marked), the open questions and a one-paragraph summary. When nothing changed it says so in one
line; when the newest source is old it says the story may be stale.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from briefings.model import (
    Answer,
    Briefing,
    Digest,
    Disagreement,
    KeyDate,
    Question,
    SourceInfo,
    SummarySentence,
)
from briefings.text import content_stems
from briefings.thresholds import ANSWER_OVERLAP, DEFAULT_STALE_DAYS, SUMMARY_SENTENCES


def _new_sources(briefing: Briefing, since: datetime | None) -> tuple[SourceInfo, ...]:
    if since is None:
        return briefing.sources
    return tuple(s for s in briefing.sources if s.added is not None and s.added > since)


def _answers(briefing: Briefing, new_ids: set[str]) -> tuple[Answer, ...]:
    """Old open questions that a sentence of a new source shares words with: they may be answered now."""
    statements = [
        (text, source) for k in briefing.key_dates for source, text in k.evidence if source in new_ids
    ]
    found: list[Answer] = []
    for q in briefing.open_questions:
        if set(q.sources) <= new_ids:
            continue  # a question the new sources raise is new, not answered
        q_stems = set(content_stems(q.text))
        best: tuple[float, str, str] | None = None
        for text, source in statements:
            if text.rstrip().endswith("?"):
                continue
            shared = q_stems & set(content_stems(text))
            score = len(shared) / max(len(q_stems), 1)
            if shared and score >= ANSWER_OVERLAP and (best is None or score > best[0]):
                best = (score, text, source)
        if best is not None:
            found.append(Answer(q.text, best[1], best[2]))
    return tuple(found)


def _new_dates(key_dates: tuple[KeyDate, ...], new_ids: set[str]) -> tuple[KeyDate, ...]:
    """Events only new sources report, and new values new sources give for known events."""
    found: list[KeyDate] = []
    for k in key_dates:
        if k.background:
            continue
        if set(k.sources) <= new_ids:
            found.append(k)
            continue
        fresh = [v for v in k.values if set(v.sources) <= new_ids]
        if fresh:
            found.append(replace(k, label=" / ".join(v.value for v in fresh)))
    return tuple(found)


def _developments(briefing: Briefing, new_ids: set[str]) -> tuple[SummarySentence, ...]:
    """The current summary's lines that a new source reports: what happened since, in the briefing's words."""
    return tuple(s for s in briefing.summary if new_ids & set(s.sources))[:SUMMARY_SENTENCES]


def _moved(briefing: Briefing, new_ids: set[str]) -> tuple[Disagreement, ...]:
    """Figures whose latest value a new source gives, after older reports gave another (an update chain)."""
    return tuple(
        d
        for d in briefing.disagreements
        if d.kind == "update" and len(d.claims) > 1 and new_ids & set(d.claims[0].sources)
    )


def _upcoming(key_dates: tuple[KeyDate, ...], today_start: datetime) -> tuple[KeyDate, ...]:
    """Story dates not over yet: today's and ahead, disputed, or a week or month already under way."""
    today = today_start.date()
    ahead = (
        k
        for k in key_dates
        if not k.background and k.end >= today and (k.start >= today or k.disputed or k.precision != "day")
    )
    return tuple(sorted(ahead, key=lambda k: (k.start, k.end)))


def build_digest(
    briefing: Briefing, *, since: datetime | None, now: datetime, stale_days: int = DEFAULT_STALE_DAYS
) -> Digest:
    """The digest for a channel whose last digest went out at `since` (None: never), as of `now`."""
    new_sources = _new_sources(briefing, since)
    new_ids = {s.id for s in new_sources}
    first_digest = since is None
    new_dates: tuple[KeyDate, ...] = ()
    new_questions: tuple[Question, ...] = ()
    answered: tuple[Answer, ...] = ()
    developments: tuple[SummarySentence, ...] = ()
    moved: tuple[Disagreement, ...] = ()
    if new_ids and not first_digest:
        developments = _developments(briefing, new_ids)
        moved = _moved(briefing, new_ids)
        new_dates = _new_dates(briefing.key_dates, new_ids)
        new_questions = tuple(q for q in briefing.open_questions if set(q.sources) <= new_ids)
        answered = _answers(briefing, new_ids)
    lead = briefing.summary[:SUMMARY_SENTENCES]
    newest = briefing.newest_source
    age = (now.date() - newest).days if newest else None
    return Digest(
        story=briefing.story,
        now=now,
        since=since,
        new_sources=new_sources,
        new_dates=new_dates,
        new_questions=new_questions,
        answered=answered,
        upcoming=_upcoming(briefing.key_dates, now),
        open_questions=briefing.open_questions,
        summary=" ".join(s.text for s in lead),
        summary_sources=tuple(sorted({src for s in lead for src in s.sources})),
        nothing_new=not first_digest and not new_sources,
        newest_age_days=age,
        stale=age is not None and age > stale_days,
        developments=developments,
        moved=moved,
    )
