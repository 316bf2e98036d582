"""Where sources agree and where they disagree: durations, counts and who leads, besides dates (see timeline).

Each fact has a topic ("length of the call") and a value ("2.5 hours"). A topic given one value by several
sources is corroborated; a topic given different values is a disagreement listing each value with its sources;
a topic only one source states is marked single-source.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from briefings.article.facts import Fact, matches
from briefings.article.leading import leading_sentences
from briefings.extract.namer import Namer
from briefings.model import Agreement, Claim, Disagreement, KeyDate, Person, Sentence
from briefings.text import stem, truncate_words

_LEAD = re.compile(
    r"\b(?P<noun>delegation|team|talks|negotiations|envoys|meetings?|mission|effort|side)\b[^.;]{0,80}?"
    r"\b(?:led|headed)\s+by\s+(?P<who>[^,;]{3,100})",
    re.IGNORECASE,
)
_LEADER_NOUNS = {
    "delegation": "delegation",
    "team": "delegation",
    "talk": "talks",
    "negotiation": "talks",
    "envoy": "delegation",
    "meeting": "talks",
    "mission": "delegation",
    "side": "delegation",
}
_HEADS = re.compile(
    r"(?P<who>[^,.;]{3,80}?)\s+will\s+(?:head|lead)\s+the\s+(?P<noun>[\w.\- ]{3,40}?)(?:[,.;]|$)"
)


def leader_facts(
    sentences: Sequence[Sentence], people: Sequence[Person], leading: Sequence[Sentence] | None = None
) -> list[Fact]:
    """Who leads a delegation or talks ("talks led by Secretary of State X"), by known person. `leading` are the
    articles' sentences that may say so when already found (leading_sentences, kept per article)."""
    namer = Namer(people)

    def person_in(text: str) -> str | None:
        found = namer.mentions(text)
        return found[0].person if found else None

    facts: list[Fact] = []
    if leading is None:  # a cheap look before the costly patterns
        leading = leading_sentences(sentences)
    for s, m in matches(leading, _LEAD, _HEADS):
        who = person_in(m["who"])
        if who:
            noun = _LEADER_NOUNS.get(stem(m["noun"].split()[-1]), "effort")
            facts.append(Fact(f"Who leads the {noun}", who, s.doc_id))
    return facts


def compare(facts: Sequence[Fact]) -> tuple[list[Agreement], list[Disagreement]]:
    """Corroborated and single-source facts, and the facts sources give different values for."""
    topics: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for fact in facts:
        topics[fact.topic][fact.value].add(fact.doc_id)
    agreements: list[Agreement] = []
    disagreements: list[Disagreement] = []
    for topic, values in topics.items():
        if len(values) > 1 and not _one_source_names_all(values):
            claims = tuple(
                Claim(v, tuple(sorted(docs)))
                for v, docs in sorted(values.items(), key=lambda kv: (-len(kv[1]), kv[0]))
            )
            disagreements.append(Disagreement(topic, claims))
            continue
        for value, docs in values.items():
            agreements.append(Agreement(topic, value, tuple(sorted(docs))))
    agreements.sort(key=lambda a: (-len(a.sources), a.topic))
    return agreements, disagreements


def _one_source_names_all(values: dict[str, set[str]]) -> bool:
    """When one source gives every value itself, the values are parts of a whole, not rival claims."""
    common = set.intersection(*values.values())
    return bool(common)


def date_agreements(key_dates: Sequence[KeyDate]) -> list[Agreement]:
    """Undisputed story dates, with how many sources carry each."""
    return [
        Agreement(f"Date of: {truncate_words(k.event, 12)}", k.label, k.sources)
        for k in key_dates
        if not k.disputed and not k.background
    ]
