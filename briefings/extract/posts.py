"""Embedded social posts as dated events: "… text … — Ann Vo (@annvo) March 3, 2016" says that Ann Vo posted the
text on March 3, so the event is the whole post told as posted, not the sign-off line its date stands in."""

from __future__ import annotations

import re

from briefings.text import normalize_space, truncate_words
from briefings.thresholds import MIN_POST_WORDS

# the sign-off that ends an embedded post: a dash, the author's name and handle, then its date
_SIGN_OFF = re.compile(r"\s[—–-]{1,2}\s*(?P<name>[^—–()@\n]{2,60}?)\s*\(@\w{1,30}\)\s*$")
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+|\(\d{1,2}/\d{1,2}\)")


def post_event(block_text: str, date_start: int, words: int) -> str | None:
    """When the date at `date_start` in a block is an embedded post's sign-off, "Name posted: what it says"
    (at most `words` words); else None."""
    signed = _SIGN_OFF.search(block_text[:date_start])
    if not signed:
        return None
    body = normalize_space(_LINK.sub(" ", block_text[: signed.start()])).strip(" -—–")
    if len(body.split()) < MIN_POST_WORDS:
        return None
    name = normalize_space(signed.group("name"))
    return truncate_words(f"{name} posted: {body}", words)
