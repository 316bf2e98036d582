"""build_briefing(documents, *, as_of): the whole core in one call (the declared pipeline, run to the end)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, timedelta
from typing import cast

from briefings.keeping import Kept
from briefings.model import Briefing, Document
from briefings.parallel import Mapper, serial_map
from briefings.pipeline import PIPELINE
from briefings.runner import Runner
from briefings.story.summary import DEFAULT_WORDS

DEFAULT_STORY = "Briefing"
# An article dated after the day asked is not yet news on that day (a replay with --as-of never sees its future);
# one day of grace, since a source a few time zones ahead dates its article by its own calendar.
FUTURE_GRACE = timedelta(days=1)

log = logging.getLogger(__name__)


def published_by(documents: Sequence[Document], as_of: date) -> list[Document]:
    """The documents already published on `as_of` (an undated one is kept: nothing says it is later)."""
    last = as_of + FUTURE_GRACE
    kept = [d for d in documents if d.published is None or d.published <= last]
    if len(kept) < len(documents):
        later = sorted(d.id for d in documents if d.published is not None and d.published > last)
        shown = ", ".join(later[:3]) + (f" and {len(later) - 3} more" if len(later) > 3 else "")
        log.warning("%d article(s) dated after %s left out of the briefing: %s", len(later), as_of, shown)
    return kept


def build_briefing(
    documents: Sequence[Document],
    *,
    as_of: date,
    story: str = DEFAULT_STORY,
    summary_words: int = DEFAULT_WORDS,
    background_days: int = 120,
    kept: Kept | None = None,
    mapper: Mapper = serial_map,
    runner: Runner | None = None,
) -> Briefing:
    """Build the briefing for a corpus as of one day (the caller's today: the core never reads the clock); an
    article dated later than that day (see FUTURE_GRACE) is left out, with a warning.

    Each article's own work is taken from `kept` when it holds it (and kept there otherwise); only the
    story-level merge runs over the whole corpus. `mapper` computes the per-article work not kept (a
    ProcessMap spreads it over processes). A `runner` given (with its own store and mapper) runs the build
    and counts its stages instead.
    """
    runner = runner or Runner(PIPELINE, kept=kept, mapper=mapper)
    results = runner.run(
        {
            "documents": published_by(documents, as_of),
            "as_of": as_of,
            "story": story,
            "summary_words": summary_words,
            "background_days": background_days,
            "kept": runner.kept,
        }
    )
    return cast(Briefing, results["briefing"])
