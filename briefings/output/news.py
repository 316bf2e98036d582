"""What a new source adds to the briefing: the difference between two briefings, source by source."""

from __future__ import annotations

from dataclasses import dataclass

from briefings.model import Briefing, SourceInfo
from briefings.text import fold


@dataclass(frozen=True)
class NewSource:
    """One source that arrived, and what it brought: dates, people, changed figures, answered questions."""

    source: SourceInfo
    dates: tuple[str, ...]  # "Nov 12, 2025: the summit opens"
    people: tuple[str, ...]  # names not in the briefing before
    figures: tuple[str, ...]  # "Number of deaths in Lorwick: 247 (was 241)"
    answers: tuple[str, ...]  # "Will the bridge reopen? — It reopens on Monday."
    named: tuple[str, ...] = ()  # everyone the source names, known before or not

    def mentions(self, wanted: str) -> bool:
        """Whether this news concerns a keyword or a person (case and accents ignored)."""
        needle = fold(wanted.strip())
        haystack = " ".join((self.source.title, *self.dates, *self.named, *self.figures, *self.answers))
        return bool(needle) and needle in fold(haystack)


def new_sources(before: Briefing, after: Briefing) -> list[NewSource]:
    """The sources in `after` that `before` did not have, each with what it adds (newest first)."""
    known = {s.id for s in before.sources}
    arrived = [s for s in after.sources if s.id not in known]
    if not arrived:
        return []
    old_dates = {(k.label, fold(k.event)) for k in before.key_dates}
    old_people = {fold(p.name) for p in before.people}
    old_figures = {(d.topic, tuple(c.value for c in d.claims)) for d in before.disagreements}
    old_answers = {q.text for q in before.open_questions if q.answer}
    out = []
    for source in arrived:
        sid = source.id
        dates = tuple(
            f"{k.label}: {k.event}"
            for k in after.key_dates
            if sid in k.sources and (k.label, fold(k.event)) not in old_dates
        )
        people = tuple(p.name for p in after.people if sid in p.sources and fold(p.name) not in old_people)
        figures = tuple(
            f"{d.topic}: " + " → ".join(c.value for c in reversed(d.claims))
            for d in after.disagreements
            if any(sid in c.sources for c in d.claims)
            and (d.topic, tuple(c.value for c in d.claims)) not in old_figures
        )
        answers = tuple(
            f"{q.text} — {q.answer}"
            for q in after.open_questions
            if q.answer and sid in q.answered_by and q.text not in old_answers
        )
        named = tuple(p.name for p in after.people if sid in p.sources)
        out.append(NewSource(source, dates[:5], people[:5], figures[:3], answers[:3], named))
    return out
