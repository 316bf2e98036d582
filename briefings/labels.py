"""How the briefing writes a day ("Oct 16, 2025"): light, for adapters that only show dates."""

from __future__ import annotations

from datetime import date

MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_label(d: date) -> str:
    """A day as "Oct 16, 2025"."""
    return f"{MONTH_ABBR[d.month]} {d.day}, {d.year}"
