"""How much a source counts by its age: the one decay the summary, the cast and the questions share."""

from __future__ import annotations

from datetime import date


def halving(day: date | None, newest: date | None, half_life: float) -> float:
    """1 for the newest day, halving every `half_life` days before it; 1 when either day is unknown (an undated
    source cannot be placed, so it counts as current)."""
    if day is None or newest is None:
        return 1.0
    return float(0.5 ** ((newest - day).days / half_life))
