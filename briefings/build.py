"""build_briefing(documents, *, as_of): the whole core in one call (the declared pipeline, run to the end)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import cast

from briefings.keeping import Kept
from briefings.model import Briefing, Document
from briefings.parallel import Aside, Mapper, in_place, serial_map
from briefings.pipeline import PIPELINE
from briefings.runner import Runner
from briefings.thresholds import DEFAULT_WORDS

DEFAULT_STORY = "Briefing"


def build_briefing(
    documents: Sequence[Document],
    *,
    as_of: date,
    story: str = DEFAULT_STORY,
    summary_words: int = DEFAULT_WORDS,
    background_days: int = 120,
    kept: Kept | None = None,
    mapper: Mapper = serial_map,
    aside: Aside = in_place,
    runner: Runner | None = None,
) -> Briefing:
    """Build the briefing for a corpus as of one day (the caller's today: the core never reads the clock).

    Each article's own work is taken from `kept` when it holds it (and kept there otherwise); only the
    story-level merge runs over the whole corpus. `mapper` computes the per-article work not kept (a
    ProcessMap spreads it over processes); `aside` starts the merges declared to run aside (a ProcessMap's
    `aside` forks a process for each, beside the others). A `runner` given (with its own store, mapper and
    aside) runs the build and counts its stages instead.
    """
    runner = runner or Runner(PIPELINE, kept=kept, mapper=mapper, aside=aside)
    results = runner.run(
        {
            "documents": documents,
            "as_of": as_of,
            "story": story,
            "summary_words": summary_words,
            "background_days": background_days,
            "kept": runner.kept,
        },
        want=("briefing",),
    )
    return cast(Briefing, results["briefing"])
