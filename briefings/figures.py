"""Figures a sentence states: "1,200", "3.5 million", "$2bn", "two dozen" as numbers, years left out."""

from __future__ import annotations

import re

_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3}
_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24,
}  # fmt: skip
_DIGITS = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(thousand|million|billion|trillion|bn|m|k)\b)?(?![\d,]*\w)",
    re.IGNORECASE,
)
_WORDED = re.compile(r"\b(" + "|".join(_WORDS) + r")\b(?:\s+(thousand|million|billion))?", re.IGNORECASE)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_CLOCK = re.compile(r"\d{1,2}:\d{2}|\d+(?:st|nd|rd|th)\b")


def figures(text: str) -> frozenset[float]:
    """Every quantity the text states, scaled ("3.5 million" is 3500000.0); four-digit years are dates, not
    figures, and times of day and ordinals are left out."""
    clean = _CLOCK.sub(" ", text)
    out: set[float] = set()
    for m in _DIGITS.finditer(clean):
        whole, fraction, scale = m.group(1), m.group(2) or "", m.group(3)
        if not scale and not fraction and _YEAR.match(whole):
            continue
        value = float(whole.replace(",", "") + fraction)
        out.add(round(value * _SCALE[scale.lower()] if scale else value, 3))
    for m in _WORDED.finditer(clean):
        value = float(_WORDS[m.group(1).lower()])
        out.add(value * _SCALE[m.group(2).lower()] if m.group(2) else value)
    return frozenset(out)


_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_CODE = re.compile(r"\b[A-Z]{1,5}-?\d{1,4}\b")  # "G77", "COP21", "F-35"


def checkable(text: str) -> frozenset[str]:
    """What a source must also state to back the text: its figures, times of day and codes ("G77")."""
    found = {f"{v:g}" for v in figures(text)}
    found |= {m.group() for m in _TIME.finditer(text)}
    found |= {m.group().replace("-", "") for m in _CODE.finditer(text)}
    return frozenset(found)
