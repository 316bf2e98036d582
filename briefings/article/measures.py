"""Measures the sources give with a unit: a person's age, a quake's magnitude, a building's storeys, a length, an
amount of money.

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

from wordfreq import zipf_frequency

from briefings.article.counts import Count
from briefings.extract.date_patterns import MONTH_NAMES, WEEKDAYS
from briefings.model import Sentence
from briefings.text import content_stems, stem
from briefings.thresholds import CONVERSION_SLACK, ROUNDED_HALF, SURNAME_ZIPF

_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
# "Ann Okafor, 33, said"; "33-year-old Ann Okafor"; "Ann Okafor, aged 33"; "Ann Okafor (33)"
_AGES = [
    re.compile(rf"\b{_NAME},\s+(?:aged\s+|who\s+is\s+|who\s+was\s+)?(?P<value>\d{{1,3}}),"),
    re.compile(rf"\b{_NAME}\s+\((?P<value>\d{{1,3}})\)"),
    re.compile(rf"\b(?P<value>\d{{1,3}})-year-old\s+(?:[a-z]+\s+){{0,3}}?{_NAME}"),
]
# words that open a capitalised run without naming anyone ("On Monday, 33,"): function words, days, months
_NOT_NAMES = frozenset(
    "The A An He She It They On In At By For And But Since From Until Of To With About After Before".split()
    + [day.capitalize() for day in WEEKDAYS]
    + MONTH_NAMES[1:]
)
_QUAKE_NOUNS = {"earthquake": "earthquake", "quake": "earthquake", "temblor": "earthquake", "tremor": "earthquake",
                "aftershock": "aftershock", "foreshock": "foreshock"}  # fmt: skip
_QUAKE = "|".join(_QUAKE_NOUNS)
# "a magnitude 6.2 earthquake", "a 6.2-magnitude quake", "a magnitude-6 quake", "measured 6.2 on the Richter scale"
_MAGNITUDES = [
    re.compile(rf"\bmagnitude[- ](?P<value>\d(?:\.\d)?)\s+(?P<noun>{_QUAKE})", re.IGNORECASE),
    re.compile(rf"\b(?P<value>\d(?:\.\d)?)[- ]magnitude\s+(?P<noun>{_QUAKE})", re.IGNORECASE),
    re.compile(
        rf"\b(?P<noun>{_QUAKE})\s+(?:\w+\s+){{0,3}}?(?:measured|measuring|registered|(?:had|has|with|of|was|is)\s+"
        r"(?:an?\s+)?(?:\w+\s+)?magnitude(?:\s+of)?)\s+(?P<value>\d(?:\.\d)?)\b",
        re.IGNORECASE,
    ),
    # "the magnitude of the quake was 6.4", "put the quake's magnitude at 6.4"
    re.compile(
        rf"\bmagnitude\s+of\s+the\s+(?P<noun>{_QUAKE})\s+(?:was|is|at)\s+(?P<value>\d(?:\.\d)?)\b"
        rf"|\b(?P<noun2>{_QUAKE})['’]s\s+(?:\w+\s+)?magnitude\s+(?:was|is|at)\s+(?P<value2>\d(?:\.\d)?)\b",
        re.IGNORECASE,
    ),
]
# "a 72-storey tower", "the 87-story building", "rises 87 storeys", "its 58 floors"
_STOREYS = re.compile(
    r"\b(?P<value>\d{1,3})(?:-|\s+)(?:storeys?|(?<=-)story|stor(?:y|ies)(?=[- ](?:high|tall|building|tower|"
    r"skyscraper|block))"
    r"|floors?(?=[- ](?:high|tall|building|tower|skyscraper|block)))\b"
    r"|\b(?P<value2>\d{1,3})\s+(?:storeys|floors)\b"
)
_METRES = {
    "feet": 0.3048, "foot": 0.3048, "ft": 0.3048, "metres": 1.0, "meters": 1.0, "metre": 1.0, "meter": 1.0,
    "m": 1.0, "kilometres": 1000.0, "kilometers": 1000.0, "km": 1000.0, "miles": 1609.344, "mile": 1609.344,
}  # fmt: skip
_UNIT = "|".join(sorted(_METRES, key=len, reverse=True))
_FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"  # "1,500", "98", "4.27"
_SIZES = {"long": "length", "tall": "height", "high": "height", "deep": "depth", "wide": "width"}
# "98 feet long", "a 25-metre wreck" (a size told as an adjective is a length), "a 30-foot-deep shaft"
_LENGTH = re.compile(
    rf"(?<![\d,.])(?P<value>{_FIGURE})(?:\s+|-)(?P<unit>{_UNIT})[- ](?P<dim>long|tall|high|deep|wide)\b"
    rf"|(?<![\d,.])(?P<value2>{_FIGURE})-(?P<unit2>{_UNIT})(?:-long)?[- ](?P<noun>[a-z]{{3,}})\b"
    r"(?<!\boff)(?<!\bfrom)(?<!\baway)(?<!east)(?<!west)(?<!north)(?<!south)"
)


def _count(key: str, words: str, value: float, slack: float, sentence: Sentence) -> Count:
    stems = frozenset(content_stems(sentence.text))
    return Count(key, words, value * (1 - slack), value * (1 + slack), sentence.doc_id, stems)


_DIGIT = re.compile(r"\d")
_LISTED = re.compile(r"\s*(?:and\s+)?[A-Z][\w'’-]+,\s+\d")  # "Lorwick, 12, Ostrava, 9": a list of counts


def _surname(m: re.Match[str], text: str) -> bool:
    """Whether a lone capitalised word before an age names a person: "Hrebec, 52," (a surname, not a sentence's
    first word such as "Police" or a place's list such as "Lorwick, 12, and Vale, 9"), or "34-year-old Hrebec"."""
    if m.re is _AGES[2]:
        return True
    listed = re.search(r",\s*(?:and\s+)?$", text[: m.start()]) or _LISTED.match(text, m.end())
    return zipf_frequency(m["name"].lower(), "en") < SURNAME_ZIPF and not listed


def _ages(sentence: Sentence) -> list[Count]:
    out: list[Count] = []
    for pattern in _AGES:
        for m in pattern.finditer(sentence.text):
            name = m["name"].split()
            if (
                name[0] in _NOT_NAMES
                or name[-1] in _NOT_NAMES
                or (len(name) < 2 and not _surname(m, sentence.text))
            ):
                continue  # "On Monday, 33,", or a lone word before the age that is no surname in the text
            age = int(m["value"])
            if 0 < age < 120:
                out.append(_count(f"age of {name[-1]}", str(age), age, 0.0, sentence))
    return out


def _magnitudes(sentence: Sentence) -> list[Count]:
    out: list[Count] = []
    for pattern in _MAGNITUDES:
        for m in pattern.finditer(sentence.text):
            groups = m.groupdict()
            noun = _QUAKE_NOUNS[(groups["noun"] or groups.get("noun2") or "").lower()]
            value = groups["value"] or groups.get("value2") or ""
            out.append(_count(f"magnitude of the {noun}", value, float(value), 0.0, sentence))
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
        metres = float(value.replace(",", "")) * _METRES[unit]
        slack = 0.0 if _METRES[unit] == 1.0 else CONVERSION_SLACK
        words = f"{value} {unit}"
        out.append(_count(f"{dimension} in metres", words, metres, slack, sentence))
    return out


_MONEY = re.compile(
    r"(?P<q>\b(?i:about|around|roughly|approximately|nearly|almost|more than|over|up to|some|at least|less than|"
    r"an estimated|close to)\s+)?(?P<cur>US\$|[$€£¥])\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>(?i:trillion|billion|million|thousand|bn|tn|m|k))\b)?"
)
# General words for what an amount of money is the value of (word stems), as declared data: things a story
# has one of (a deal, a fine, a ransom). Aid, donations, grants, loans and money raised come from many givers at
# once, so their amounts are many things, not rival claims, and are not read.
MONEY_TOPICS = {
    "deal": "deal", "acquisition": "deal", "acquire": "deal", "purchase": "deal", "buy": "deal", "takeover": "deal",
    "merger": "deal", "sell": "sale", "sold": "sale", "sale": "sale", "fee": "sale", "transfer": "sale",
    "pric": "sale", "fine": "fine", "fined": "fine", "penalty": "fine", "settlement": "settlement",
    "settl": "settlement", "bid": "offer", "offer": "offer", "valuation": "valuation", "valu": "valuation",
    "damag": "award", "award": "award", "verdict": "award", "compensation": "compensation",
    "payout": "compensation", "ransom": "ransom", "bail": "bail", "bailout": "bailout",
}  # fmt: skip
_CURRENCY = {"US$": "$"}
_MONEY_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12,
                "tn": 1e12}  # fmt: skip
_MONEY_WORDS = {"bn": "billion", "tn": "trillion", "m": "million", "k": "thousand"}
_MONEY_NEAR = (8, 4)  # a topic word is looked for this many words before the amount, and this many after


def _last_place(figure: str) -> float:
    """The place of a written figure's last digit: "57" is given to 1, "4.25" to 0.01."""
    _, _, fraction = figure.replace(",", "").partition(".")
    return 10.0 ** -len(fraction)


def _rounded_to(figure: str) -> float:
    """The place of a written figure's last non-zero digit: "more than 50" is 50 and up, short of 60; "more than
    3.5" short of 3.6."""
    whole, _, fraction = figure.replace(",", "").partition(".")
    if fraction.rstrip("0"):
        return 10.0 ** -len(fraction.rstrip("0"))
    stripped = whole.rstrip("0")
    return 10.0 ** (len(whole) - len(stripped)) if stripped else 1.0


def _money(sentence: Sentence) -> list[Count]:
    """Amounts of money and what they are the value of ("buy Norvik for $4.2 billion"), read as ranges: "more
    than $3 million" is 3 to 4 million, "$57 million" 56.5 to 57.5, "about $20 billion" 18 to 22, "about $4.5
    billion" 4.4 to 4.6. Amounts in different currencies meet only through a conversion a source gives itself ("£40m
    ($52m)" is read in both): no exchange rate is known here, and a guessed one would flag a difference that is
    not there."""
    out: list[Count] = []
    text = sentence.text
    for m in _MONEY.finditer(text):
        before = [stem(w) for w in re.findall(r"[A-Za-z]+", text[: m.start()])][-_MONEY_NEAR[0] :]
        after = [stem(w) for w in re.findall(r"[A-Za-z]+", text[m.end() :])][: _MONEY_NEAR[1]]
        near = [(len(before) - i, w) for i, w in enumerate(before)] + [
            (i + 1, w) for i, w in enumerate(after)
        ]
        topics = sorted((d, MONEY_TOPICS[w]) for d, w in near if w in MONEY_TOPICS)
        if not topics:
            continue
        scale_word = (m["scale"] or "").lower()
        scale = _MONEY_SCALE.get(scale_word, 1.0)
        figure = m["num"]
        value = float(figure.replace(",", "")) * scale
        # "$57 million" is 56.5 to 57.5, "$4.2 billion" 4.15 to 4.25: a figure as precise as it is written
        half = _last_place(figure) * scale * ROUNDED_HALF
        low, high = value - half, value + half
        qualifier = " ".join((m["q"] or "").lower().split())
        if qualifier in ("more than", "over", "at least"):
            low, high = value, value + _rounded_to(figure) * scale
        elif qualifier in ("nearly", "almost", "close to"):
            low, high = value * 0.9, value
        elif qualifier in ("up to", "less than"):
            low = 0.0
        elif qualifier:  # "about": a tenth either side, or one place of its last digit when that is less
            slack = min(_rounded_to(figure) * scale, value * 0.1)
            low, high = value - slack, value + slack
        currency = _CURRENCY.get(m["cur"], m["cur"])
        words = f"{currency}{figure} {_MONEY_WORDS.get(scale_word, scale_word)}".strip()
        if qualifier and qualifier not in (
            "about",
            "around",
            "roughly",
            "approximately",
            "some",
            "an estimated",
        ):
            words = f"{qualifier} {words}"
        stems = frozenset(content_stems(text))
        out.append(
            Count(f"value of the {topics[0][1]} ({currency})", words, low, high, sentence.doc_id, stems)
        )
    return out


def measures_in(sentences: Sequence[Sentence]) -> list[Count]:
    """Every age, magnitude, storey count and length the text gives, one per mention."""
    out: list[Count] = []
    for s in sentences:
        if s.kind in ("heading", "caption"):
            continue
        text = s.text
        if not _DIGIT.search(text):
            continue  # every measure is a figure
        if "-year-old" in text or "," in text or "(" in text:
            out += _ages(s)
        if "agnitude" in text or "easur" in text or "egister" in text:
            out += _magnitudes(s)
        if "stor" in text or "floor" in text:
            out += _storeys(s)
        out += _lengths(s)
        out += _money(s)
    return out
