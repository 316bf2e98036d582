"""Measures the sources give with a unit: a person's age, a quake's magnitude, a building's storeys, a length.

Each is read into a `Count` (see quantities.py) under a key that says what it measures ("age of Okafor",
"magnitude of the earthquake", "storeys of the tower", "length in metres"), in one unit (feet become metres), so
that "a 72-storey tower" and "the tower's 87 storeys", or "98 feet long" and "the 25-metre wreck", meet. An age
belongs to the person named beside it ("Ann Okafor, 33," or "33-year-old Ann Okafor"): two people's ages never
meet. A magnitude, an age and a storey count are exact ("6" and "6.2" differ); a converted length keeps the
slack of its conversion.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefings.article.counts import Count
from briefings.model import Sentence
from briefings.text import content_stems

_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
# "Ann Okafor, 33, said"; "33-year-old Ann Okafor"; "Ann Okafor, aged 33"; "Ann Okafor (33)"
_AGES = [
    re.compile(rf"\b{_NAME},\s+(?:aged\s+)?(?P<value>\d{{1,3}}),"),
    re.compile(rf"\b{_NAME}\s+\((?P<value>\d{{1,3}})\)"),
    re.compile(rf"\b(?P<value>\d{{1,3}})-year-old\s+(?:[a-z]+\s+){{0,3}}?{_NAME}"),
]
_NOT_NAMES = frozenset("The A An He She It They On In At By For And But Since From Until".split())
_QUAKE_NOUNS = {"earthquake": "earthquake", "quake": "earthquake", "temblor": "earthquake", "tremor": "earthquake",
                "aftershock": "aftershock", "foreshock": "foreshock"}  # fmt: skip
_QUAKE = "|".join(_QUAKE_NOUNS)
# "a magnitude 6.2 earthquake", "a 6.2-magnitude quake", "a magnitude-6 quake", "measured 6.2 on the Richter scale"
_MAGNITUDES = [
    re.compile(rf"\bmagnitude[- ](?P<value>\d(?:\.\d)?)\s+(?P<noun>{_QUAKE})", re.IGNORECASE),
    re.compile(rf"\b(?P<value>\d(?:\.\d)?)[- ]magnitude\s+(?P<noun>{_QUAKE})", re.IGNORECASE),
    re.compile(
        rf"\b(?P<noun>{_QUAKE})\s+(?:\w+\s+){{0,3}}?(?:measured|measuring|of\s+magnitude|registered)\s+"
        r"(?P<value>\d(?:\.\d)?)\b",
        re.IGNORECASE,
    ),
]
# "a 72-storey tower", "the 87-story building", "rises 87 storeys", "its 58 floors"
_STOREYS = re.compile(
    r"\b(?P<value>\d{1,3})(?:-|\s+)(?:storeys?|stor(?:y|ies)(?=[- ](?:high|tall|building|tower|skyscraper|block))"
    r"|floors?(?=[- ](?:high|tall|building|tower|skyscraper|block)))\b"
    r"|\b(?P<value2>\d{1,3})\s+(?:storeys|floors)\b"
)
_METRES = {
    "feet": 0.3048, "foot": 0.3048, "ft": 0.3048, "metres": 1.0, "meters": 1.0, "metre": 1.0, "meter": 1.0,
    "m": 1.0, "kilometres": 1000.0, "kilometers": 1000.0, "km": 1000.0, "miles": 1609.344, "mile": 1609.344,
}  # fmt: skip
_UNIT = "|".join(sorted(_METRES, key=len, reverse=True))
_SIZES = {"long": "length", "tall": "height", "high": "height", "deep": "depth", "wide": "width"}
# "98 feet long", "a 25-metre wreck" (a size told as an adjective is a length), "a 30-foot-deep shaft"
_LENGTH = re.compile(
    rf"\b(?P<value>\d+(?:\.\d+)?)(?:\s+|-)(?P<unit>{_UNIT})[- ](?P<dim>long|tall|high|deep|wide)\b"
    rf"|\b(?P<value2>\d+(?:\.\d+)?)-(?P<unit2>{_UNIT})(?:-long)?[- ](?P<noun>[a-z]{{3,}})\b"
    r"(?<!\boff)(?<!\bfrom)(?<!\baway)(?<!east)(?<!west)(?<!north)(?<!south)"
)
_CONVERSION_SLACK = 0.05  # a length turned into metres is given to a few per cent (98 feet is 29.9 m, not 25)


def _count(key: str, words: str, value: float, slack: float, sentence: Sentence) -> Count:
    stems = frozenset(content_stems(sentence.text))
    return Count(key, words, value * (1 - slack), value * (1 + slack), sentence.doc_id, stems)


def _ages(sentence: Sentence) -> list[Count]:
    out: list[Count] = []
    for pattern in _AGES:
        for m in pattern.finditer(sentence.text):
            name = m["name"].split()
            if name[0] in _NOT_NAMES or (len(name) < 2 and m.re is not _AGES[2]):
                continue  # "On Monday, 33," or a lone word before the age: not a person named in full
            age = int(m["value"])
            if 0 < age < 120:
                out.append(_count(f"age of {name[-1]}", str(age), age, 0.0, sentence))
    return out


def _magnitudes(sentence: Sentence) -> list[Count]:
    out: list[Count] = []
    for pattern in _MAGNITUDES:
        for m in pattern.finditer(sentence.text):
            noun = _QUAKE_NOUNS[m["noun"].lower()]
            out.append(_count(f"magnitude of the {noun}", m["value"], float(m["value"]), 0.0, sentence))
    return out


def _storeys(sentence: Sentence) -> list[Count]:
    out = []
    for m in _STOREYS.finditer(sentence.text):
        value = m["value"] or m["value2"]
        out.append(_count("storeys of the building", f"{value} storeys", float(value), 0.0, sentence))
    return out


def _lengths(sentence: Sentence) -> list[Count]:
    out = []
    for m in _LENGTH.finditer(sentence.text):
        dimension = _SIZES[m["dim"]] if m["dim"] else "length"
        value, unit = m["value"] or m["value2"], m["unit"] or m["unit2"]
        metres = float(value) * _METRES[unit]
        slack = 0.0 if _METRES[unit] == 1.0 else _CONVERSION_SLACK
        words = f"{value} {unit}"
        out.append(_count(f"{dimension} in metres", words, metres, slack, sentence))
    return out


def measures_in(sentences: Sequence[Sentence]) -> list[Count]:
    """Every age, magnitude, storey count and length the text gives, one per mention."""
    out: list[Count] = []
    for s in sentences:
        if s.kind in ("heading", "caption"):
            continue
        text = s.text
        if "-year-old" in text or "," in text or "(" in text:
            out += _ages(s)
        if "agnitude" in text or "easur" in text or "egister" in text:
            out += _magnitudes(s)
        if "stor" in text or "floor" in text:
            out += _storeys(s)
        if re.search(r"\d", text):
            out += _lengths(s)
    return out
