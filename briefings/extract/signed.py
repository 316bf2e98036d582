"""Speech with no quotation marks whose speaker is written beside it: embedded social posts and transcripts."""

from __future__ import annotations

import re

from briefings.extract.namer import Namer
from briefings.text import normalize_space
from briefings.thresholds import SIGNED_MIN_WORDS

# an embedded post: "… text … — Ann Vo (@annvo) March 3, 2016"
_POST_SIGNATURE = re.compile(
    r"\s[—–-]{1,2}\s*(?P<name>[^—–()@]{2,60}?)\s*\(@\w{1,30}\)\s*(?:\w+\.?\s+\d{1,2},\s+\d{4})?\s*$"
)
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+|\(\d/\d\)")


def post_quote(namer: Namer, text: str) -> tuple[str, str] | None:
    """An embedded social post signed by a known person: (person, what the post says)."""
    signature = _POST_SIGNATURE.search(text)
    if not signature:
        return None
    speakers = {m.person for m in namer.mentions(signature.group("name"))}
    body = normalize_space(_LINK.sub(" ", text[: signature.start()])).strip(" -—")
    if len(speakers) != 1 or len(body.split()) < SIGNED_MIN_WORDS:
        return None
    return speakers.pop(), body


_TRANSCRIPT_LABEL = re.compile(r"(?P<label>[^:“”\"]{2,40}):\s+(?P<body>[^“”\"]+)")


def transcript_quote(namer: Namer, text: str) -> tuple[str, str] | None:
    """An interview transcript's turn, "Ann Vo: We were never told.": (person, what they said)."""
    turn = _TRANSCRIPT_LABEL.fullmatch(text.strip())
    if not turn:
        return None
    label = turn.group("label").strip()
    found = namer.mentions(label)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(label) or " " not in label:
        return None
    body = turn.group("body").strip()
    return (found[0].person, body) if len(body.split()) >= SIGNED_MIN_WORDS else None
