"""Web chrome detection: share bars, teasers, comment forms and lone symbols, by general rules."""

from __future__ import annotations

import re

from briefings.text import fold, words

# Words that make up navigation and share bars; a short line made mostly of them is chrome.
_NAV_WORDS = frozenset(
    """share shares sharing tweet email e-mail print gallery galleries video videos photo photos facebook twitter x
    whatsapp linkedin telegram reddit pinterest copy link comments comment subscribe follow us on menu home search
    login log sign in up newsletter advertisement advertisements ad ads sponsored save bookmark listen read more
    next previous prev close open toggle navigation skip to content main top back of the page flipboard messenger
    sms tumblr mail""".split()
)
_CHROME_LINE = re.compile(
    r"""^(?:
        (?:also\s+read|read\s+(?:more|also|next)|related(?:\s+(?:stories|articles|news))?|see\s+also|recommended
           |must\s+read|don['’]t\s+miss|trending|more\s+from|watch|listen)\s*[:|»›\-–—]
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
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def is_chrome(line: str) -> bool:
    """True when a line is web chrome rather than article text."""
    stripped = line.strip()
    if not stripped:
        return True
    if not any(ch.isalnum() for ch in stripped):
        return True  # lone symbols: "×", "•", "***"
    if _CHROME_LINE.search(stripped):
        return True
    tokens = [fold(w) for w in words(stripped)]
    if tokens and len(tokens) <= 14 and not re.search(r"[.!?]$", stripped):
        nav = sum(1 for t in tokens if t in _NAV_WORDS)
        if nav / len(tokens) >= 0.6 and (nav >= 2 or tokens[0] == "share"):
            return True
    return False
