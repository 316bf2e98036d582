"""Web chrome detection: share bars, teasers, comment forms and lone symbols, by general rules."""

from __future__ import annotations

import re

from briefings.extract.dates import find_dates
from briefings.text import fold, words
from briefings.thresholds import MAX_BYLINE

# Words that make up navigation and share bars; a short line made mostly of them is chrome.
_NAV_WORDS = frozenset(
    """share shares sharing tweet email e-mail print gallery galleries video videos photo photos facebook twitter x
    whatsapp linkedin telegram reddit pinterest copy link comments comment subscribe follow us on menu home search
    login log sign in up newsletter advertisement advertisements ad ads sponsored save bookmark listen read more
    next previous prev close open toggle navigation skip to content main top back of the page flipboard messenger
    sms tumblr mail related recommended trending popular""".split()
)
_CHROME_LINE = re.compile(
    r"""^(?:
        (?:also\s+read|read\s+(?:more|also|next)|related(?:\s+(?:stories|articles|news))?|see\s+also|recommended
           |must\s+read|don['’]t\s+miss|trending|more\s+from|watch|listen)\s*[:|»›\-–—]
      | [►▶→»]\s*\S          # "► July 31: Worst July for ..." : a teaser linking to another story
      | anyone\s+with\s+(?:any\s+)?information\b.{0,120}\b(?:call|contact|asked|urged|encouraged)\b  # tip line
      | (?:just|must)\s+watch(?:ed)?\b   # a video player's "JUST WATCHED ... Replay More Videos"
      | leave\s+a\s+(?:comment|reply)\b
      | post\s+a\s+comment\b
      | (?:add|write|submit)\s+(?:a\s+)?comment\b
      | your\s+email\s+address\s+will\s+not\s+be\s+published
      | required\s+fields\s+are\s+marked
      | (?:scroll|back|go)\s+to\s+top\b
      | skip\s+to\s+(?:main\s+)?content\b
      | (?:click|tap)\s+here\s+to\b
      | sign\s+up\s+for\s+(?:our|the)\s+newsletter
      | subscribe\s+to\s+(?:our|the)\b
      | (?:this\s+site\s+uses|we\s+use)\s+cookies
      | accept\s+(?:all\s+)?cookies
      | all\s+rights\s+reserved
      | (?:©|\(c\)|copyright\s+©?\s*\d{4})
      | advertisement$
      | share\s+(?:this|on)\b
      | (?:name|email|website)\s*\*?$
      | save\s+my\s+name,\s+email
      | read\s+(?:the\s+)?(?:full|whole|original)\s+(?:story|article)
      | [(\[]?(?:reporting|additional\s+reporting|writing|editing|compiled)\s+by\s+[A-Z]
      | (?:photo|image|picture|video)\s*(?:credit)?\s*[:/]
      | \(?(?:photo|image|picture)\s+(?:by|credit|courtesy)\b
      | credit\s*:
      | this\s+(?:article|story)\s+(?:was|has\s+been)\s+(?:originally\s+)?(?:published|updated|corrected)
    )""",
    re.IGNORECASE | re.VERBOSE,
)


_ENDS_SENTENCE = re.compile(r"[.!?]$")


def is_chrome(line: str) -> bool:
    """True when a line is web chrome rather than article text."""
    stripped = line.strip()
    if not stripped:
        return True
    if not any(ch.isalnum() for ch in stripped):
        return True  # lone symbols: "×", "•", "***"
    if _CHROME_LINE.search(stripped):
        return True
    # a line ending a sentence is prose (most lines): no need for its words
    tokens = [] if _ENDS_SENTENCE.search(stripped) else [fold(w) for w in words(stripped)]
    if tokens and len(tokens) <= 14:
        nav = sum(1 for t in tokens if t in _NAV_WORDS)
        if nav / len(tokens) >= 0.6 and (nav >= 2 or tokens[0] == "share" or len(tokens) == 1):
            return True
    if len(stripped) <= MAX_BYLINE and _BYLINE.match(stripped):
        return True
    stamp = publication_stamp(stripped)
    return stamp is not None and bool(find_dates(stamp, year_hint=2000))


_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
_BYLINE = re.compile(
    rf"^(?i:by)\s+{_NAME}(?:(?:\s*[,&]\s*|\s+and\s+){_NAME})*(?:\s*[|,–—-]\s*[A-Z][\w .'’-]{{0,40}})?$"
)
_STAMP = re.compile(
    r"^(?:published|updated|posted|last\s+updated|first\s+published)\b\s*(?:on|at)?\s*:?\s*(.{4,80})$",
    re.IGNORECASE,
)


# A photo caption: led by a gallery label, or closed by a credit ("(AP Photo/Jane Doe)", "(Jane Doe/The Daily)",
# "(Photo: Metro Police)", "(Associated Press)").
_CAPTION_START = re.compile(r"^(?:hide\s+caption\b|photos?\s*:|caption\s*:|image\s*:)", re.IGNORECASE)
_CAPTION_CREDIT = re.compile(
    r"\((?:AP|AFP|Reuters|Getty(?:\s+Images)?|Associated\s+Press|EPA|Photo\b[^()]{0,60}|AP\s+Photo[^()]{0,60}"
    r"|[A-Z][^()/]{1,40}/[A-Z][^()/]{1,40})\)\s*$"
)


# gallery furniture inside a caption block, or a credit line after the caption
_CAPTION_INSIDE = re.compile(
    r"\bPhotographer:\s*[A-Z]|\bPhoto:\s*[A-Z][^/]{1,40}/\s*[A-Z]|\b\d{1,3}\s+of\s+/?\s*\d{1,3}\s+"
    r"(?:Full\s+Screen|Photos|Caption)|\bCaption\s+Close\b"
)
# "Residents wade through floodwaters in Lorwick on Tuesday.": one sentence describing a picture, in the present
_CAPTION_VERB = re.compile(
    r"^[A-Z][^.!?“”\"]{0,80}?\b(?:is\s+seen|are\s+seen|walks|stands|sits|waves|looks?\s+on|gathers?|poses?|"
    r"wades?|makes?\s+(?:his|her|its|their)\s+way|carries|clears|inspects?|greets?|hugs?|"
    r"embraces?|mourns?|prays?|watches|listens?|reacts?|smiles?|gestures|sifts?)\b"
)
_CAPTION_WHEN = re.compile(
    r"\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b"
)


_DIGIT = re.compile(r"\d")
_REPORTED = re.compile(r"\b(?:said|says|told|tells)\b")
_TWO_SENTENCES = re.compile(r"\b[a-z]{3,}[.!?]\s+[A-Z]")


def _gallery_inside(text: str) -> bool:
    """_CAPTION_INSIDE found in `text`; looked for only when the text holds what each of its branches needs
    ("Photo", "Caption", or a digit and "of"): its scan tries four branches at every character."""
    if "Photo" in text or "Caption" in text or ("of" in text and _DIGIT.search(text)):
        return bool(_CAPTION_INSIDE.search(text))
    return False


def is_caption(text: str) -> bool:
    """True when a paragraph is a photo caption rather than the article's prose."""
    if _CAPTION_START.match(text) or _CAPTION_CREDIT.search(text) or _gallery_inside(text):
        return True
    if _REPORTED.search(text):
        return False  # "The mayor walks a fine line, aides said on Tuesday.": reported prose
    # one sentence (the costly look last) in the present, with its day
    return (
        len(text) <= 250
        and bool(_CAPTION_WHEN.search(text) and _CAPTION_VERB.match(text))
        and not _TWO_SENTENCES.search(text)
    )


def without_credit(caption: str) -> str:
    """A caption without its closing credit: the photographer is not a person of the story."""
    return _CAPTION_CREDIT.sub("", caption).rstrip()


def publication_stamp(line: str) -> str | None:
    """The date text of a "Published: March 5, 2024 3:45 PM" line, or None."""
    match = _STAMP.match(line.strip())
    return match.group(1) if match else None


# A page's own time stamp, written inline where a scraper glued the page's furniture to its text: "Page last
# updated at 08:58 GMT, Thursday, 24 June 2010 09:58 UK", "Published: Monday, 18 January, 2010, 15:33 GMT",
# "24 June 2010 Last updated at 14:59 GMT". A label, a full date and a clock time together: prose never writes all
# three ("the report was published on Monday" has no clock), so the shape alone tells a stamp.
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|UK))?"
_STAMP_DAY = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,9},?\s+\d{4}|[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
)
_STAMP_LABEL = r"(?:(?:Page\s+)?[Ll]ast\s+updated|First\s+published|Published|Updated|Posted|Added)"
# what every clock time (_CLOCK) holds: a cheap look before the stamps
_CLOCK_LOOK = re.compile(r"\d[:.]\d\d")
# labels that open each entry of a reader-comment thread
COMMENT_LABELS = ("Added", "Posted")
_INLINE_STAMP = re.compile(
    rf"(?P<label>{_STAMP_LABEL})\s*(?:at|on)?\s*:?\s*"
    rf"(?:{_CLOCK}\s*,?\s*(?:on\s+)?{_STAMP_DAY}|{_STAMP_DAY}\s*[,\-–—]?\s*(?:at\s+)?{_CLOCK})(?:\s*{_CLOCK})*"
    rf"|{_STAMP_DAY}\s+(?:Page\s+)?[Ll]ast\s+updated\s+(?:at\s+)?{_CLOCK}(?:\s*{_CLOCK})*"
    # a comment's own stamp opening its line: "8th November 2011 - 17:42 This comment was removed ..."
    rf"|^(?P<entry>{_STAMP_DAY}\s*[-–—,|]\s*{_CLOCK})"
)


def split_stamps(line: str) -> list[tuple[str, bool]]:
    """A line with its inline page stamps cut out: the pieces between them, each marked True when a reader
    comment's stamp ("Added: Tuesday, 19 January, 2010, 17:08 GMT") opens it."""
    if not _CLOCK_LOOK.search(line):  # every stamp holds a clock time: most lines have none
        return [(line, False)]
    pieces: list[tuple[str, bool]] = []
    start, comment = 0, False
    for match in _INLINE_STAMP.finditer(line):
        pieces.append((line[start : match.start()], comment))
        start = match.end()
        comment = match.group("label") in COMMENT_LABELS or match.group("entry") is not None
    if start == 0:
        return [(line, False)]
    pieces.append((line[start:], comment))
    pieces = [pieces[0], *((_STAMP_TRAILER.sub("", p, count=1), c) for p, c in pieces[1:])]
    return [(p.strip(" ,|-–—"), c) for p, c in pieces if p.strip(" ,|-–—")]


# a link the page printed right after its stamp, glued to the text that follows: "… 11:01 GMT Help The family …"
STAMP_TRAILERS = ("Help", "Share", "Print", "Email", "E-mail")
_STAMP_TRAILER = re.compile(rf"^\s*(?:{'|'.join(STAMP_TRAILERS)})\s+(?=[A-Z“\"‘'])")


def without_stamps(lines: list[str]) -> list[str]:
    """An article's lines with inline page stamps cut out, and, when two or more reader comments' stamps show
    the page ends in a comment thread, without everything from the first comment on."""
    pieces = [piece for line in lines for piece in split_stamps(line)]
    opened = [i for i, (_, comment) in enumerate(pieces) if comment]
    if len(opened) >= 2:
        pieces = pieces[: opened[0]]
    return [text for text, _ in pieces]
