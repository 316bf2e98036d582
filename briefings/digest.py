"""build_digest(briefing, *, since, now): what a channel's daily digest says.

What is new since the channel's last digest (sources added, dates and questions they brought, open questions
they may answer), what is coming up (upcoming key dates with a countdown, disputed ones marked), the open
questions and a one-paragraph summary. When nothing changed it says so in one line; when the newest source is
old it says the story may be stale.
"""

from __future__ import annotations

from datetime import datetime

from briefings.model import Answer, Briefing, Digest, KeyDate, Question, SourceInfo
from briefings.text import content_stems

DEFAULT_STALE_DAYS = 7
SUMMARY_SENTENCES = 3
_ANSWER_OVERLAP = 0.2


def _new_sources(briefing: Briefing, since: datetime | None) -> tuple[SourceInfo, ...]:
    if since is None:
        return briefing.sources
    return tuple(s for s in briefing.sources if s.added is not None and s.added > since)


def _answers(briefing: Briefing, new_ids: set[str]) -> tuple[Answer, ...]:
    """Old open questions whose words a statement from a new source shares (a date, a summary sentence)."""
    statements = [(k.event, k.sources) for k in briefing.key_dates if set(k.sources) & new_ids]
    statements += [(s.text, s.sources) for s in briefing.summary if set(s.sources) & new_ids]
    found: list[Answer] = []
    for q in briefing.open_questions:
        if set(q.sources) <= new_ids:
            continue  # a question the new sources raise is new, not answered
        q_stems = set(content_stems(q.text))
        best: tuple[float, str, str] | None = None
        for text, sources in statements:
            if text.rstrip().endswith("?"):
                continue
            shared = q_stems & set(content_stems(text))
            score = len(shared) / max(len(q_stems), 1)
            if len(shared) >= 2 and score >= _ANSWER_OVERLAP and (best is None or score > best[0]):
                source = next(s for s in sources if s in new_ids)
                best = (score, text, source)
        if best is not None:
            found.append(Answer(q.text, best[1], best[2]))
    return tuple(found)


def _upcoming(key_dates: tuple[KeyDate, ...], today_start: datetime) -> tuple[KeyDate, ...]:
    """Story dates not over yet: ahead, disputed, or a week or month already under way."""
    today = today_start.date()
    ahead = (
        k
        for k in key_dates
        if not k.background and k.end >= today and (k.start > today or k.disputed or k.precision != "day")
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
    if new_ids and not first_digest:
        new_dates = tuple(k for k in briefing.key_dates if not k.background and set(k.sources) <= new_ids)
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
    )
