"""Time stamps in page furniture: the date of a page update, a reader's comment or a blog entry, written with its
clock time ("Page last updated at 08:58 GMT, Thursday, 24 June 2010", "Added: 19 January, 2010 - 14:10 GMT",
"At 20:49 24th Mar 2010, Jo wrote:"), and a page's note on its own history ("This clip was first broadcast on
10 March 2010"). Such a date tells when a text was posted, never an event of the story.

Prose that gives an event its hour ("the quake struck at 16:53 local time on 12 January") is not a stamp: a
stamp writes the time straight beside the date, joined only by a comma, a dash or a bar.
"""

from __future__ import annotations

import re

from briefings.thresholds import PAGE_NOTE_LOOK, STAMP_LOOK

# the clock time of a stamp, with its zone when it has one
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s*)?"
_ZONE = r"(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]?T|UK(?:\s+time)?)\b"
_CLOCK = rf"{_TIME}(?:{_ZONE})?"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?"
# what stands just before a date in a stamp: "08:58 GMT, Thursday, " / "16:55 UK time, " / "At 20:49 "
STAMP_BEFORE = (
    rf"{_CLOCK}\s*[,|]\s*{_WEEKDAY}",  # "Page last updated at 08:58 GMT, Thursday, 24 June 2010"
    rf"\bAt\s+{_CLOCK}\s+{_WEEKDAY}",  # a comment's heading: "At 20:49 24th Mar 2010, Jo wrote:"
)
# what stands just after it: ", 16:12 GMT", " - 14:10 GMT", ", Jo wrote:"
STAMP_AFTER = (
    rf",?\s*[-–—|,]?\s*{_TIME}{_ZONE}",  # after the date, only a time with its zone: "on May 3, 2010 at 9:30" is prose
    r",?\s+[^\s,.:;]+(?:\s+[^\s,.:;]+){0,3}\s+wrote:",
)
# a page's note on its own history: "This BBC News clip ... was first broadcast on 10 March 2010", "The
# photograph on this page was updated in 2011": when the page or its parts were made, not an event of the story
PAGE_PARTS = r"(?:page|clip|video|programme|program|article|photo|photograph|picture|image|footage|report)"
PAGE_NOTE = (  # "this …" or "… on this page": the page's own parts only ("the video was posted" may be news)
    rf"(?:\bthis\s+(?:[\w-]+\s+){{0,3}}{PAGE_PARTS}|\b{PAGE_PARTS}\s+on\s+this\s+page)\b[^.;]{{0,80}}?"
    r"\b(?:was|were|has\s+been|have\s+been|is)\s+(?:first\s+|last\s+|originally\s+)?"
    r"(?:broadcast|published|posted|aired|updated|uploaded|filmed|shown)(?:\s+(?:on|in|at))?\s*$"
)
_PAGE_NOTE = re.compile(PAGE_NOTE, re.IGNORECASE)
_BEFORE = re.compile(r"(?:" + "|".join(STAMP_BEFORE) + r")$", re.IGNORECASE)
_AFTER = re.compile(r"^(?:" + "|".join(STAMP_AFTER) + r")", re.IGNORECASE)


def is_stamp(text: str, span: tuple[int, int]) -> bool:
    """Whether the date at `span` in `text` is a posting time stamp (page update, comment, blog entry)."""
    before = text[max(0, span[0] - STAMP_LOOK) : span[0]]
    if _PAGE_NOTE.search(text[max(0, span[0] - PAGE_NOTE_LOOK) : span[0]]):
        return True
    if ":" not in before and ":" not in text[span[1] : span[1] + STAMP_LOOK]:
        return False  # no clock time near: most dates
    return bool(_BEFORE.search(before) or _AFTER.match(text[span[1] : span[1] + STAMP_LOOK]))
