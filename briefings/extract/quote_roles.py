"""A quote's speaker written as a role ("said the biographer", "The 67-year-old grandmother …: “…”"): the one
person of the article whose role has that head noun."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from briefings.extract.quote_patterns import ROLE_HEAD_ENDS
from briefings.model import Person
from briefings.thresholds import ROLE_SUBJECT_WORDS

Describe = Callable[[str], "str | None"]  # a role's head noun -> the one person it describes, if one


def role_head(role: str) -> str | None:
    """The noun a role phrase is about: its last word before a preposition or clause ("spokesman for the port"
    -> "spokesman"), in lower case; None for a title written before a name ("Gov.")."""
    words: list[str] = []
    for word in role.lower().split():
        if word in ROLE_HEAD_ENDS:
            break
        words.append(word)
    head = words[-1].strip(",;") if words else ""
    return head if head.isalpha() else None


def role_heads(people: Sequence[Person]) -> dict[str, set[str]]:
    """Each role head noun -> the people holding a role with that head."""
    heads: dict[str, set[str]] = defaultdict(set)
    for person in people:
        for role in person.roles:
            head = role_head(role)
            if head:
                heads[head].add(person.name)
    return heads


def describer(heads: dict[str, set[str]], named: set[str]) -> Describe:
    """Whom a role noun means in one article (`named`: the people it names): its one holder named there."""

    def describe(noun: str) -> str | None:
        holders = heads.get(noun.lower(), set()) & named
        return next(iter(holders)) if len(holders) == 1 else None

    return describe


_ROLE_SUBJECT = re.compile(
    r"\s*[Tt]he\s+((?:[\w'’-]+\s+){0,N}[\w'’-]+)".replace("N", str(ROLE_SUBJECT_WORDS))
)


def role_subject(sentence: str, describe: Describe) -> str | None:
    """The person a sentence opening with a role describes ("The veteran lifeguard captain said …"): the first
    of its few words after "the" that one person of the article holds as a role."""
    opening = _ROLE_SUBJECT.match(sentence)
    if not opening:
        return None
    for word in opening.group(1).split():
        if not word.islower():
            return None  # "The Harbour Board": a name, not a role
        found = describe(word)
        if found:
            return found
    return None
