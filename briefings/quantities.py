"""Counts the sources give for the same thing: agreed, disputed at one time, or updated as the story developed.

A count is read with its qualifier as a range ("more than 40" is 41 and up, "about 400" is 360 to 440, "80 to
100" is that range), so "150" and "more than 150" agree. Counts are compared only within one quantity of one
thing (deaths, or "homes destroyed"; a place named with it is part of it: deaths in the Caribbean are not deaths
in New York) and only between sentences about the same matter (they share a fifth of their words, or five
words however long they are). A count told in plain words is read only when it is qualified ("nearly two
dozen") or counts distinct things ("seven prior investigations"): "five portions" is too often a figure of
speech. A quantity one source itself gives two different values for is several things (10 and 17 inches of one
tower's sinking and tilt), never a dispute; but of a source's measures of a thing (lengths), the one whose
sentence plainly shares the other source's words is kept. A count that names no thing ("cut power to 8.2
million") joins the one named count of its state near it in size and is compared with it whatever the
sentences' words. Values that differ and grow with each later report are an update, shown newest first with its
history; values that differ otherwise are a dispute.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from briefings.model import Agreement, Claim, Disagreement, Sentence
from briefings.text import content_stems, jaccard

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
_UNNAMED = "_ "  # the key of a count whose thing is not named: it joins the one named count it fits in size
_SIZE_NEAR = 3.0  # ... within this factor of one of its values
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
_SAME_MATTER = 0.2  # two sentences must share this much of their words to speak of the same count
_SAME_STATED = 0.1  # ... or this much when the count names its state ("flights canceled", "homes destroyed")
_MANY_SHARED = 5  # ... or this many words, whatever their share (lower flags more counts of different things)
_TOLD_ALIKE = (
    3  # words a source's sentence must share with another's to pick its value among its unfitting ones
)
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


def counts_in(sentences: Sequence[Sentence]) -> list[Count]:
    """Every count of deaths or of a counted thing in the text, one per mention."""
    out: list[Count] = []
    for s in sentences:
        if s.kind in ("heading", "caption"):
            continue
        stems = frozenset(content_stems(s.text))
        taken: list[tuple[int, int]] = []
        lowered = s.text.lower()
        deadly = any(w in lowered for w in _DEATH_WORDS)  # a cheap look first: most sentences count no deaths
        for m in (m for pattern in (_DEATHS if deadly else []) for m in pattern.finditer(s.text)):
            low, high, words = _range(m)
            place = _place(m)
            out.append(Count("deaths" + (f" in {place}" if place else ""), words, low, high, s.doc_id, stems))
            taken.append(m.span())
        hurt = any(w in lowered for w in _HURT_WORDS)
        for m in (m for pattern in (_HURT if hurt else []) for m in pattern.finditer(s.text)):
            if any(a <= m.start("lo") < b for a, b in taken) or re.fullmatch(r"(?:1[89]|20)\d\d", m["lo"]):
                continue
            low, high, words = _range(m)
            out.append(Count("people injured", words, low, high, s.doc_id, stems))
            taken.append(m.span())
        for m in _POWER_CUT.finditer(s.text):
            low, high, words = _range(m)
            out.append(Count(_UNNAMED + "without power", words, low, high, s.doc_id, stems))
            taken.append(m.span())
        for m in _DEATH_SHARE.finditer(s.text) if taken else ():
            if any(a <= m.start("lo") < b for a, b in taken) or re.fullmatch(r"(?:1[89]|20)\d\d", m["lo"]):
                continue
            low, high, words = _range(m)
            out.append(Count(f"deaths in {_place(m)}", words, low, high, s.doc_id, stems))
            taken.append(m.span())
        for m in (m for pattern in (_DONE_TO, _COUNT, _WORDED_COUNT) for m in pattern.finditer(s.text)):
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
            out.append(Count(key, words, low, high, s.doc_id, stems))
    return out


def _fits(a: Count, b: Count) -> bool:
    return a.low <= b.high and b.low <= a.high


_MEASURED = (
    "age of ", "magnitude of ", "storeys of ", "length in ", "height in ", "depth in ", "width in ", "value of ",
)  # fmt: skip
_ONE_THING = (
    "deaths in ",
    "age of ",
    "magnitude of ",
)  # one count however it is told: no need to share words


def _topic(key: str) -> str:
    return key[:1].upper() + key[1:] if key.startswith(_MEASURED) else "Number of " + key


def compare_counts(
    counts: Sequence[Count], published: Mapping[str, date | None]
) -> tuple[list[Agreement], list[Disagreement]]:
    """Counts several sources agree on, and the ones they dispute or that later reports updated."""
    stated: dict[str, set[str]] = defaultdict(set)  # noun -> the keys that name a state ("flights canceled")
    for c in counts:
        if " " in c.key and not c.key.startswith("deaths"):
            stated[c.key.split()[0]].add(c.key)
    by_key: dict[str, list[Count]] = defaultdict(list)
    for c in counts:
        if c.key.startswith(_UNNAMED):
            by_key[_named(c, counts)].append(c)
            continue
        variants = stated.get(c.key, set()) if " " not in c.key else set()
        key = (
            next(iter(variants)) if len(variants) == 1 else c.key
        )  # "16,271 flights" joins "flights canceled"
        by_key[key].append(c)
    agreements: list[Agreement] = []
    disagreements: list[Disagreement] = []
    for key, group in by_key.items():
        per_doc: dict[str, list[Count]] = defaultdict(list)
        for c in group:
            per_doc[c.doc_id].append(c)
        # a source that gives different values counts several things under this name: a value none of its other
        # values fits is another thing (left out); when no two of them fit, the source is left out
        group = [
            c
            for c in group
            if _consistent(c, per_doc[c.doc_id])
            or (key.startswith(_MEASURED) and _told_alike(c, per_doc[c.doc_id], group))
        ]
        specific = key.startswith(_ONE_THING)  # deaths in one place, one person's age: one count
        needed = _SAME_STATED if " " in key else _SAME_MATTER
        rivals = [
            (a, b)
            for i, a in enumerate(group)
            for b in group[i + 1 :]
            if a.doc_id != b.doc_id and not _fits(a, b) and (specific or _same_matter(a, b, key, needed))
        ]
        if not rivals:  # the sources that give a value fitting the first one agree (other values are other things)
            docs = sorted({c.doc_id for c in group if _fits(c, group[0])})
            if len(docs) > 1:
                agreements.append(Agreement(_topic(key), group[0].text, tuple(docs)))
            continue
        involved = {id(c) for pair in rivals for c in pair}
        members = [c for c in group if id(c) in involved]
        disagreements.append(_claims(key, members, published))
    return agreements, disagreements


def _same_matter(a: Count, b: Count, key: str, needed: float) -> bool:
    """Whether two sources' counts of one key speak of the same matter: their sentences share `needed` of their
    words; or one count names no thing ("cut power to 8.2 million") and joined the other's by its state and size;
    or the key measures a thing (a length) and the sentences share _TOLD_ALIKE words."""
    if a.key.startswith(_UNNAMED) != b.key.startswith(_UNNAMED):
        return True
    if key.startswith(_MEASURED) and len(a.stems & b.stems) >= _TOLD_ALIKE:
        return True
    if len(a.stems & b.stems) >= _MANY_SHARED:
        return True  # long sentences telling one matter share many words but a small part of all of them
    return jaccard(a.stems, b.stems) >= needed


def _named(count: Count, counts: Sequence[Count]) -> str:
    """The key an unnamed count joins ("cut power to 8.2 million" joins "6.6 million homes without power"): the one
    named key with its state whose values are near it in size; else its state alone."""
    state = count.key[len(_UNNAMED) :]
    near = {
        c.key
        for c in counts
        if c.key.endswith(" " + state)
        and not c.key.startswith(_UNNAMED)  # never the unnamed count itself
        and c.middle
        and 1 / _SIZE_NEAR <= count.middle / c.middle <= _SIZE_NEAR
    }
    return near.pop() if len(near) == 1 else state


def _consistent(count: Count, mates: Sequence[Count]) -> bool:
    """Whether a count belongs with its own source's other counts of the same name (see compare_counts)."""
    others = [o for o in mates if o is not count]
    return not others or any(_fits(count, o) for o in others)


def _told_alike(count: Count, mates: Sequence[Count], group: Sequence[Count]) -> bool:
    """Whether, of a source's measures of a thing that fit none of each other, this one is the one its sentence
    plainly ties to another source's: its sentence shares more words with some other source's than any of its mates'
    sentences do ("the 98-foot wreck off Alassio" beside "the 25-metre wreck off Alassio", not the 55-foot ship
    of another story told in the same article)."""
    others = [o for o in group if o.doc_id != count.doc_id]
    if not others:
        return False

    def closeness(c: Count) -> int:
        return max(len(c.stems & o.stems) for o in others)

    best = closeness(count)
    return best >= _TOLD_ALIKE and all(
        closeness(m) < best for m in mates if m is not count and m.text != count.text
    )


def _claims(key: str, members: Sequence[Count], published: Mapping[str, date | None]) -> Disagreement:
    """One disagreement: an update (newest value first, with its history) when every source is dated and the
    values grow report by report, else a dispute."""
    values: dict[str, set[str]] = defaultdict(set)
    for c in members:
        values[c.text].add(c.doc_id)
    when = {c.doc_id: published.get(c.doc_id) for c in members}
    dated = all(when.values())
    chain = sorted(members, key=lambda c: (when[c.doc_id] or date.min, c.middle))
    days = [when[c.doc_id] for c in chain]
    grows = all(x.middle <= y.middle for x, y in pairwise(chain))
    update = dated and grows and len(set(days)) > 1
    order = {c.text: (when[c.doc_id] or date.min, c.middle) for c in chain}
    claims = tuple(
        Claim(v, tuple(sorted(docs)))
        for v, docs in sorted(values.items(), key=lambda kv: order[kv[0]], reverse=update)
    )
    return Disagreement(_topic(key), claims, kind="update" if update else "dispute")
