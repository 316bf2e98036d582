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
sentences' words. Values that differ and grow with later reports are an update, shown with its history (a report
or two lagging behind the others does not make it a dispute); values that differ otherwise are a dispute. Either
way the newest report's value is listed first.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from itertools import groupby

from briefings.article.counts import UNNAMED, Count
from briefings.model import Agreement, Claim, Disagreement
from briefings.text import jaccard
from briefings.thresholds import MANY_SHARED, SAME_MATTER, SAME_STATED, SIZE_NEAR, TOLD_ALIKE, UPDATE_SHARE


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
        if c.key.startswith(UNNAMED):
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
        needed = SAME_STATED if " " in key else SAME_MATTER
        involved = _rivals(group, key, specific, needed)
        if not involved:
            # the sources that give a value fitting the first one agree (other values are other things)
            docs = sorted({c.doc_id for c in group if _fits(c, group[0])})
            if len(docs) > 1:
                agreements.append(Agreement(_topic(key), group[0].text, tuple(docs)))
            continue
        members = [c for c in group if id(c) in involved]
        disagreements.append(_claims(key, members, published))
    return agreements, disagreements


def _rivals(group: Sequence[Count], key: str, specific: bool, needed: float) -> set[int]:
    """The counts (by id) of a group that some other source's count rivals: their values do not fit and they
    speak of the same matter (see _same_matter). Only pairs whose values do not fit are met (each once, the one
    wholly above the other found by bisection of the counts ordered by their low end), and a pair whose two
    counts are both known rivals already is not looked at again: the same counts as judging every pair."""
    ordered = sorted(group, key=lambda c: c.low)
    lows = [c.low for c in ordered]
    involved: set[int] = set()
    for a in ordered:
        for b in ordered[bisect.bisect_right(lows, a.high) :]:  # b.low > a.high: the values do not fit
            if a.doc_id == b.doc_id or (id(a) in involved and id(b) in involved):
                continue
            if specific or _same_matter(a, b, key, needed):
                involved.update((id(a), id(b)))
    return involved


def _same_matter(a: Count, b: Count, key: str, needed: float) -> bool:
    """Whether two sources' counts of one key speak of the same matter: their sentences share `needed` of their
    words; or one count names no thing ("cut power to 8.2 million") and joined the other's by its state and size;
    or the key measures a thing (a length) and the sentences share TOLD_ALIKE words."""
    if a.key.startswith(UNNAMED) != b.key.startswith(UNNAMED):
        return True
    if key.startswith(_MEASURED) and len(a.stems & b.stems) >= TOLD_ALIKE:
        return True
    if len(a.stems & b.stems) >= MANY_SHARED:
        return True  # long sentences telling one matter share many words but a small part of all of them
    return jaccard(a.stems, b.stems) >= needed


def _named(count: Count, counts: Sequence[Count]) -> str:
    """The key an unnamed count joins ("cut power to 8.2 million" joins "6.6 million homes without power"): the one
    named key with its state whose values are near it in size; else its state alone."""
    state = count.key[len(UNNAMED) :]
    near = {
        c.key
        for c in counts
        if c.key.endswith(" " + state)
        and not c.key.startswith(UNNAMED)  # never the unnamed count itself
        and c.middle
        and 1 / SIZE_NEAR <= count.middle / c.middle <= SIZE_NEAR
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
    return best >= TOLD_ALIKE and all(
        closeness(m) < best for m in mates if m is not count and m.text != count.text
    )


def _claims(key: str, members: Sequence[Count], published: Mapping[str, date | None]) -> Disagreement:
    """One disagreement: an update (with its history) when every source is dated and the values grew as the story
    went on (see _grew), else a dispute. Either way the newest report's value comes first, then the value more
    sources give."""
    when = {c.doc_id: published.get(c.doc_id) for c in members}
    chain = sorted(members, key=lambda c: (when[c.doc_id] or date.min, c.middle))
    update = all(when.values()) and _grew(chain, when)
    values: dict[tuple[float, float], list[Count]] = defaultdict(
        list
    )  # one value however worded ("7" and "7.0")
    for c in chain:
        values[(c.low, c.high)].append(c)
    latest = {v: (when[told[-1].doc_id] or date.min, len({c.doc_id for c in told}), told[-1].middle)
              for v, told in values.items()}  # fmt: skip
    claims = tuple(
        Claim(_wording(told), tuple(sorted({c.doc_id for c in told})))
        for v, told in sorted(values.items(), key=lambda kv: latest[kv[0]], reverse=True)
    )
    return Disagreement(_topic(key), claims, kind="update" if update else "dispute")


def _wording(told: Sequence[Count]) -> str:
    """The words most sources give a value in (the newest report's on a tie)."""
    sources: dict[str, set[str]] = defaultdict(set)
    for c in told:
        sources[c.text].add(c.doc_id)
    return max(reversed([c.text for c in told]), key=lambda t: len(sources[t]))


def _grew(chain: Sequence[Count], when: Mapping[str, date | None]) -> bool:
    """Whether counts in report order grew: of the pairs of different values reported on different days, at least
    UPDATE_SHARE have the larger value in the later report (a toll of 15,000, 40,000, 50,000 and 75,000 over a week
    with one late "more than 25,000" grew; 10 and 22 on one day, or 7.0 and 6.1 back and forth, did not).
    `chain` is in report order, every report dated."""
    later = smaller = 0
    earlier: list[float] = []  # the values of the reports of the days before, in order of size
    for _day, told in groupby(chain, key=lambda c: when[c.doc_id]):
        today = [c.middle for c in told]
        for value in today:  # against each earlier day's value: larger (an update) or smaller
            later += bisect.bisect_left(earlier, value)
            smaller += len(earlier) - bisect.bisect_right(earlier, value)
        for value in today:
            bisect.insort(earlier, value)
    return later > 0 and later >= UPDATE_SHARE * (later + smaller)
