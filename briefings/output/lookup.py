"""Find a person by name the way a user types it: any case, with or without accents, surname or alias."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from briefings.model import Person
from briefings.text import fold


def _keys(person: Person) -> list[str]:
    return [fold(form) for form in (person.name, *person.aliases)]


def find_person(people: Sequence[Person], query: str) -> Person | None:
    """The person whose name, alias or surname matches `query`, ignoring case and accents."""
    q = " ".join(fold(query).split())
    if not q:
        return None
    for person in people:
        if q in _keys(person):
            return person
    for person in people:
        if any(q in key.split() for key in _keys(person)):
            return person
    prefixed = [p for p in people if any(key.startswith(q) for key in _keys(p))]
    return prefixed[0] if len(prefixed) == 1 else None


def suggest(people: Sequence[Person], query: str, *, limit: int = 5) -> list[str]:
    """Up to `limit` names close to `query`, best first."""
    q = fold(query).strip()
    by_key: dict[str, str] = {}
    for person in people:
        for key in _keys(person):
            by_key.setdefault(key, person.name)
            for part in key.split():
                by_key.setdefault(part, person.name)
    names: list[str] = []
    for key in difflib.get_close_matches(q, list(by_key), n=limit * 3, cutoff=0.5):
        if by_key[key] not in names:
            names.append(by_key[key])
    for person in people:
        if q and q in fold(person.name) and person.name not in names:
            names.append(person.name)
    return names[:limit]


def complete(people: Sequence[Person], prefix: str, *, limit: int = 25) -> list[str]:
    """Names for autocompletion: those with a word starting with `prefix`, most-covered first."""
    p = fold(prefix).strip()
    out = [
        person.name
        for person in people
        if not p or any(word.startswith(p) for key in _keys(person) for word in [key, *key.split()])
    ]
    return out[:limit]
