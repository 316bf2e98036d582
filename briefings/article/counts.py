"""Counts one article gives: deaths, people and things counted, with the state they are in. The story
compares them (`briefings.story.quantities`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefings.model import Sentence
from briefings.text import content_stems, may_hold

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "forty-six": 46, "dozen": 12, "a dozen": 12, "half a dozen": 6, "half-dozen": 6, "a half-dozen": 6,
    "two dozen": 24, "three dozen": 36, "a score": 20,
}  # fmt: skip
_WORD = "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True))
_QUALIFIER = (
    r"(?P<q>(?i:more than|over|nearly|almost|about|around|roughly|approximately|at least|some|fewer than|less than|"
    r"up to|as many as|an estimated|close to|between)\s+)?"
)


def _value(worded: bool) -> str:
    """A number, or a range of two ("80 to 100"), with its scale; number words only where `worded`."""
    words = rf"|(?i:{_WORD})" if worded else ""
    return (
        rf"(?P<lo>(?<![\w,.]){_NUMBER}{words})(?:\s*(?:-|–|to|and)\s*(?P<hi>{_NUMBER}))?"
        r"(?:\s+(?P<scale>million|billion|thousand))?"
    )


_VALUE = _value(worded=True)
_DIGIT_VALUE = _value(worded=False)  # a counted thing needs digits: "the two leaders" counts nothing
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
# "seven congressional investigations", "nearly two dozen churches": a counted thing told in words, three or more
# (a pair, "the two leaders", counts nothing worth comparing)
_DOZENS = ("dozen", "a dozen", "half a dozen", "half-dozen", "a half-dozen", "two dozen", "three dozen")
# "seven prior investigations", "eight separate inquiries": a count of distinct things told in words, however plain
_DISTINCT = frozenset("prior previous separate distinct different earlier".split())
_WORDED_COUNT = re.compile(
    rf"(?<![\w-]){_QUALIFIER}(?P<lo>(?i:{'|'.join(w for w in sorted(_WORDS, key=len, reverse=True) if w != 'two')}))"
    r"(?P<hi>)(?P<scale>)\s+(?:(?P<adj>[a-z]+)\s+)?(?:[A-Za-z]+\s+)?(?P<noun>[a-z]{3,}s)\b(?P<state>)"
)
# "the U.S. death toll rose to 40", "40 people were killed", "at least 40 dead", "killing 40 people"
_WHERE = r"(?P<where>\s+(?:in|across|on)\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}))?"
_DEATHS = [
    re.compile(
        rf"(?P<place1>(?:[A-Z][\w.]*\s+){{1,3}})?death\s+toll"
        r"(?:\s+(?:in|across)\s+(?:the\s+)?(?P<place2>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}))?"
        rf"\s+(?:\w+\s+){{0,6}}?(?:to|at|of|reached|stands?\s+at)\s+{_QUALIFIER}{_VALUE}{_WHERE}"
    ),
    re.compile(
        rf"{_QUALIFIER}{_VALUE}\s+(?:other\s+)?(?:people\s+|persons\s+|others\s+)?(?:(?:have\s+|had\s+)?(?:died|dead|deaths)|"
        rf"(?:were|have\s+been|had\s+been|are|was)\s+(?:killed|confirmed\s+dead|reported\s+dead)){_WHERE}"
    ),
    re.compile(
        rf"(?:killed|killing|claimed\s+the\s+lives\s+of)\s+{_QUALIFIER}{_VALUE}(?:\s+people)?{_WHERE}"
    ),
    re.compile(rf"claimed\s+{_QUALIFIER}{_VALUE}\s+lives{_WHERE}"),
]
# The places a death toll breaks down into: "…, 23 of them in Norland — including 18 in Port Vale",
# "as well as five in Ohio; four in Iowa". Read only after a death count in the same sentence.
_DEATH_SHARE = re.compile(
    rf"(?:[,;—–]\s*|\b(?:including|as\s+well\s+as)\s+){_QUALIFIER}{_VALUE}(?:\s+of\s+them)?"
    r"\s+in\s+(?:the\s+)?(?P<place2>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})"
)
_DEATH_WORDS = ("death", "dead", "died", "kill", "lives")
# "injuring 40", "at least 40 others were hurt": the injured told without a noun (with one, _COUNT reads them)
_HURT = [
    re.compile(
        rf"\b(?:injuring|wounding)\s+{_QUALIFIER}{_DIGIT_VALUE}(?:\s+(?:people|others|persons))?\b(?!\s+[a-z]+s\b)"
    ),
    re.compile(
        rf"{_QUALIFIER}{_DIGIT_VALUE}\s+(?:others\s+)?(?:were|have\s+been|had\s+been|are|was)\s+(?:seriously\s+)?"
        r"(?:injured|wounded|hurt)\b"
    ),
]
_HURT_WORDS = ("injur", "wound", "hurt")
# Plurals without an "s": counted only with what was done to them ("40 people were evacuated"); a bare "40 people"
# is too often a figure in passing
_PEOPLE = "people|children|men|women"
# What was done to the counted things, as declared data: the verbs read both ways ("the fire destroyed 80 houses",
# "80 houses were destroyed"), and the states read only after the thing ("6.6 million homes without power").
DONE_TO_VERBS = (
    "destroyed damaged canceled cancelled grounded evacuated injured wounded arrested detained displaced rescued "
    "sickened infected hospitalized hospitalised trapped stranded"
).split()
STATES_AFTER = (
    "delayed killed hurt affected flooded closed missing dead without\\s+power without\\s+electricity".split()
)
# "the fire destroyed between 80 and 100 houses", "airlines canceled more than 15,000 flights"
_DONE_TO = re.compile(
    rf"\b(?P<state>{'|'.join(DONE_TO_VERBS)})\s+{_QUALIFIER}{_DIGIT_VALUE}\s+(?:(?P<adj>[a-z]+)\s+)?"
    rf"(?P<noun>[a-z]{{3,}}s|{_PEOPLE})\b"
)
_SAME_THING = {"houses": "homes", "residents": "people", "persons": "people"}
# "cut power to more than 8.2 million", "knocked out power to 1.2 million": a count of what lost power, unnamed
_POWER_CUT = re.compile(
    rf"\b(?:cut|cutting|knocked\s+out|knocking\s+out)\s+(?:power|electricity)\s+to\s+{_QUALIFIER}{_DIGIT_VALUE}"
)
_STATES = {
    "without electricity": "without power", "cancelled": "canceled", "hospitalised": "hospitalized",
    "wounded": "injured", "hurt": "injured",
}  # fmt: skip
UNNAMED = "_ "  # the key of a count whose thing is not named: it joins the one named count it fits in size
# "110 homes destroyed", "16,271 flights canceled", "6.6 million homes and businesses were without power"
_COUNT = re.compile(
    rf"{_QUALIFIER}{_DIGIT_VALUE}\s+(?:(?P<adj>[a-z]+)\s+)?(?P<noun>[a-z]{{3,}}s|{_PEOPLE})\b"
    r"(?:\s+and\s+[a-z]+s)?(?:\s+(?:in|across)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"  # "71 people in Marbury"
    r"(?:\s+(?:have|has|had|were|was|are|is))?(?:\s+been)?"
    rf"(?:\s+(?P<state>{'|'.join(DONE_TO_VERBS + STATES_AFTER)}))?"
)
_NOT_COUNTED = frozenset(
    """years months weeks days hours minutes seconds times percent points cents dollars miles inches feet meters
    kilometers degrees pounds tons votes storeys stories floors across towards afterwards always perhaps besides
    whereas unless thus plus versus tonnes kilograms kilos grams litres liters gallons barrels acres hectares yards
    metres euros dollars""".split()
)  # units, and words ending in "s" that are no counted thing ("cut power to 8.2 million across the East")
_NOT_PLACES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)
_PLACE_NAMES = {"united states": "us", "united states of america": "us", "usa": "us", "united kingdom": "uk"}
_SLACK = {"about": 0.1, "around": 0.1, "roughly": 0.1, "approximately": 0.1, "some": 0.1, "an estimated": 0.1}


@dataclass(frozen=True)
class Count:
    """One source's count of one quantity: its words, the range they allow, and where it was said."""

    key: str
    text: str
    low: float
    high: float
    doc_id: str
    stems: frozenset[str]

    @property
    def middle(self) -> float:
        """A point for ordering: the low end of an open range, else the middle."""
        return self.low if self.high == float("inf") else (self.low + self.high) / 2


def _number(token: str) -> float:
    return float(_WORDS[token.lower()]) if token.lower() in _WORDS else float(token.replace(",", ""))


def _range(m: re.Match[str]) -> tuple[float, float, str]:
    """The range a qualified value allows, and its words."""
    scale = _SCALES.get((m["scale"] or "").lower(), 1.0)
    low = _number(m["lo"]) * scale
    high = _number(m["hi"]) * scale if m["hi"] else low
    qualifier = " ".join((m["q"] or "").lower().split())
    if qualifier in ("more than", "over", "at least"):
        high = low + _step(m["lo"]) * scale  # "more than 40" is a figure rounded down: 40 and up, short of 50
    elif qualifier in ("nearly", "almost", "close to"):
        low = low * 0.9
    elif qualifier in ("fewer than", "less than", "up to", "as many as"):
        low = 0.0
    elif qualifier in _SLACK:
        low, high = low * (1 - _SLACK[qualifier]), high * (1 + _SLACK[qualifier])
    joint = "and" if qualifier == "between" else "to"  # "between 18 and 22", "80 to 100"
    words = " ".join(
        w for w in (qualifier, m["lo"], f"{joint} {m['hi']}" if m["hi"] else "", m["scale"] or "") if w
    )
    return low, high, words


def _step(token: str) -> float:
    """What a stated figure is rounded to: the place of its last non-zero digit ("16,000" is to 1,000, "6.6" to
    0.1, "40" to 10), at least 10 for a whole number below 100 ("more than 5" may well be 8)."""
    if token.lower() in _WORDS:
        return max(10.0, float(_WORDS[token.lower()]))
    digits = token.replace(",", "")
    whole, _, fraction = digits.partition(".")
    if fraction.rstrip("0"):
        return 10.0 ** -len(fraction.rstrip("0"))
    stripped = whole.rstrip("0")
    place = 10.0 ** (len(whole) - len(stripped)) if stripped else 1.0
    return max(place, 10.0) if float(whole or 0) < 100 else place


def _place(m: re.Match[str]) -> str:
    """Where the count holds ("the U.S. death toll", "killed 10 people in New York City"), evened out."""
    where = (m.groupdict().get("where") or "").strip()
    before = (m.groupdict().get("place1") or "").strip()
    named = (m.groupdict().get("place2") or "").strip()
    place = before if before and before.split()[-1].lower() not in ("the", "a") else (named or where)
    place = re.sub(r"^(?:in|across|on)\s+", "", place)
    place = re.sub(r"^(?i:the)\s+", "", place).rstrip(".,;:")
    place = place.replace(".", "").lower()
    if place.split()[:1] and place.split()[0] in _NOT_PLACES:
        return ""  # "rose to 31 on Tuesday": a day, not a place
    return _PLACE_NAMES.get(place, place)


_DIGIT = re.compile(r"\d")  # every count but the worded ones and the dead holds a digit: the others are not read
def counts_in(sentences: Sequence[Sentence]) -> list[Count]:
    """Every count of deaths or of a counted thing in the text, one per mention."""
    out: list[Count] = []
    for s in sentences:
        if s.kind in ("heading", "caption"):
            continue
        found: list[tuple[str, str, float, float]] = []  # key, words, low, high: the sentence's stems only then
        taken: list[tuple[int, int]] = []
        lowered = s.text.lower()
        digits = bool(_DIGIT.search(s.text))
        deadly = any(w in lowered for w in _DEATH_WORDS)  # a cheap look first: most sentences count no deaths
        for m in (m for pattern in (_DEATHS if deadly else []) for m in pattern.finditer(s.text)):
            low, high, words = _range(m)
            place = _place(m)
            found.append(("deaths" + (f" in {place}" if place else ""), words, low, high))
            taken.append(m.span())
        hurt = digits and any(w in lowered for w in _HURT_WORDS)
        for m in (m for pattern in (_HURT if hurt else []) for m in pattern.finditer(s.text)):
            if any(a <= m.start("lo") < b for a, b in taken) or re.fullmatch(r"(?:1[89]|20)\d\d", m["lo"]):
                continue
            low, high, words = _range(m)
            found.append(("people injured", words, low, high))
            taken.append(m.span())
        for m in _POWER_CUT.finditer(s.text) if digits else ():
            low, high, words = _range(m)
            found.append((UNNAMED + "without power", words, low, high))
            taken.append(m.span())
        for m in _DEATH_SHARE.finditer(s.text) if taken else ():
            if any(a <= m.start("lo") < b for a, b in taken) or re.fullmatch(r"(?:1[89]|20)\d\d", m["lo"]):
                continue
            low, high, words = _range(m)
            found.append((f"deaths in {_place(m)}", words, low, high))
            taken.append(m.span())
        patterns: tuple[re.Pattern[str], ...] = (_DONE_TO, _COUNT) if digits else ()
        if may_hold(s.text, _WORDS):  # a worded count holds a number word
            patterns += (_WORDED_COUNT,)
        for m in (m for pattern in patterns for m in pattern.finditer(s.text)):
            if m.re is _WORDED_COUNT and not (m["q"] or m["lo"].lower() in _DOZENS or m["adj"] in _DISTINCT):
                continue  # a plain "five portions" is too often a figure of speech; "nearly two dozen" is a count
            noun = m["noun"]
            if noun in _NOT_COUNTED and m["adj"] and m["adj"].endswith("s"):
                noun = m["adj"]  # "18,000 flights across the region": the thing is the word before
            if any(a <= m.start() < b or a < m.end() <= b for a, b in taken) or noun in _NOT_COUNTED:
                continue
            if re.fullmatch(_PEOPLE, noun) and m["state"] in (None, "", "killed", "dead"):
                continue  # "40 people" with nothing done to them; the dead are counted as deaths above
            taken.append(m.span())
            if re.fullmatch(r"(?:1[89]|20)\d\d", m["lo"]) or (m["adj"] and m["adj"] in _NOT_COUNTED):
                continue
            low, high, words = _range(m)
            state = " ".join((m["state"] or "").split())
            state = _STATES.get(state, state)
            noun = _SAME_THING.get(noun, noun)
            key = " ".join(w for w in (noun, state) if w)
            found.append((key, words, low, high))
        if found:
            stems = frozenset(content_stems(s.text))
            out += [Count(key, words, low, high, s.doc_id, stems) for key, words, low, high in found]
    return out
