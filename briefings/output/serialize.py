"""The JSON contract of `briefbot summit --json` and `briefbot who --json`."""

from __future__ import annotations

from typing import Any

from briefings.model import Briefing, Person


def person_json(p: Person, *, full: bool = False) -> dict[str, Any]:
    """A person as JSON; `full` adds quotes, mentions and per-source roles."""
    out: dict[str, Any] = {
        "name": p.name,
        "roles": list(p.roles),
        "aliases": list(p.aliases),
        "sources": list(p.sources),
    }
    if full:
        out["quotes"] = [{"text": q.text, "source": q.source} for q in p.quotes]
        out["mentions"] = p.mentions
        out["role_sources"] = [{"title": r.title, "source": r.source} for r in p.role_sources]
    return out


def briefing_json(b: Briefing) -> dict[str, Any]:
    """The whole briefing as one JSON object with the documented keys."""
    return {
        "story": b.story,
        "as_of": b.as_of.isoformat(),
        "newest_source": b.newest_source.isoformat() if b.newest_source else None,
        "newest_source_age_days": b.newest_source_age_days,
        "sources": [
            {
                "id": s.id,
                "title": s.title,
                "published": s.published.isoformat() if s.published else None,
                "published_inferred": s.published_inferred,
                "published_basis": s.published_basis,
                "published_estimate": s.published_estimate.isoformat() if s.published_estimate else None,
                "source": s.source,
                "url": s.url,
                "also_carried_by": list(s.also_carried_by),
            }
            for s in b.sources
        ],
        "summary": [{"text": s.text, "sources": list(s.sources), "support": s.support} for s in b.summary],
        "key_dates": [
            {
                "date": k.date,
                "precision": k.precision,
                "label": k.label,
                "event": k.event,
                "sources": list(k.sources),
                "status": k.status,
                "qualifier": k.qualifier,
                "background": k.background,
                "disputed": k.disputed,
                "start": k.start.isoformat(),
                "end": k.end.isoformat(),
                "weight": k.weight,
            }
            for k in b.key_dates
        ],
        "open_questions": [
            {
                "text": q.text,
                "sources": list(q.sources),
                "answer": q.answer,
                "answered_by": list(q.answered_by),
            }
            for q in b.open_questions
        ],
        "people": [person_json(p) for p in b.people],
        "disagreements": [
            {
                "topic": d.topic,
                "kind": d.kind,
                "claims": [{"value": c.value, "sources": list(c.sources)} for c in d.claims],
            }
            for d in b.disagreements
        ],
        "agreements": [
            {"topic": a.topic, "value": a.value, "sources": list(a.sources), "single_source": a.single_source}
            for a in b.agreements
        ],
    }


SECTION_KEYS = {
    "summary": "summary",
    "dates": "key_dates",
    "questions": "open_questions",
    "people": "people",
    "disagreements": "disagreements",
    "sources": "sources",
}
