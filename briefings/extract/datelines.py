"""Wire datelines ("LONDON (Reuters) -", "Brussels, June 14 (Newswire) -"): found, and cut from a sentence."""

from __future__ import annotations

import re

_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
# "NORTHHAVEN —", "LONDON (Reuters) -", "Brussels, June 14 (Newswire) -": a place in capitals, or a place with
# a date or an agency, then a dash. A plain "Halvera — the chipmaker — said" is not a dateline.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .,'’-]{2,40}(?:\s*\([^)]{1,40}\))?"
    r"|[A-Z][\w.'’-]+(?:[ ,]+[A-Z][\w.'’-]+){0,3}(?:,\s*" + _MONTH_DAY + r"(?:,\s*\d{4})?)?\s*\([^)]{1,40}\)"
    r"|[A-Z][\w.'’-]+(?:[ ,]+[A-Z][\w.'’-]+){0,3},\s*" + _MONTH_DAY + r"(?:,\s*\d{4})?)"
    r"\s*[—–-]{1,2}\s+(?=[A-Z“\"])"
)


def dateline(text: str) -> str | None:
    """The dateline at the start of a paragraph ("Brussels, June 14 (Newswire) -"), or None."""
    match = _DATELINE.match(text)
    return match.group(0) if match else None


def strip_dateline(text: str) -> str:
    """Drop a wire dateline such as "NORTHHAVEN —" or "LONDON (Reuters) -" from the start of a sentence."""
    return _DATELINE.sub("", text, count=1)
