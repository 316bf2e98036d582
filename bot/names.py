"""Close names for a misspelt `/who` (rapidfuzz over every name, alias and each of their words): "Orbna" finds
Viktor Orbán and nobody else; a query like no one in the sources finds nobody."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process

from briefings.model import Person
from briefings.text import fold

MIN_SCORE = 70.0  # below this a name is not "close" (0-100, rapidfuzz's normalised similarity)
MARGIN = 8.0  # names within this of the best are offered too; further ones are noise beside it


def close_names(people: Sequence[Person], query: str, *, limit: int = 5) -> list[str]:
    """Up to `limit` people's names close to `query`, best first (case and accents ignored)."""
    q = " ".join(fold(query).split())
    if not q:
        return []
    owner: dict[str, int] = {}  # a folded name, alias or word -> the first person it belongs to
    for index, person in enumerate(people):
        for form in (person.name, *person.aliases):
            key = " ".join(fold(form).split())
            owner.setdefault(key, index)
            for word in key.split():
                if len(word) > 2:
                    owner.setdefault(word, index)
    found = process.extract(q, list(owner), scorer=fuzz.ratio, limit=None, score_cutoff=MIN_SCORE)
    if not found:
        return []
    best = found[0][1]
    names: list[str] = []
    for key, score, _ in found:
        name = people[owner[key]].name
        if score >= best - MARGIN and name not in names:
            names.append(name)
    return names[:limit]
