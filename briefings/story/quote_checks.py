"""Quotes checked against who they are under, once every source is read: a quote that names its own speaker in
the third person ("Dr Roe is frustrated by the reports", "the guilt or innocence of Ann Roe?") was said about
that person, not by them (a lawyer's statement, a questionnaire), and a quote two sources put under two different
people is left out under both unless more sources give it to one of them: a quote under the wrong name costs
more trust than a quote left out."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from briefings.extract.lexicon import TITLE_WORDS
from briefings.extract.name_tokens import name_parts
from briefings.model import Person, Quote
from briefings.text import fold

_NOT_WORD = re.compile(r"[^a-z0-9]+")


def _plain(text: str) -> str:
    return " " + _NOT_WORD.sub(" ", fold(text).lower()).strip() + " "


def _names_of(person: Person, surnames: Counter[str]) -> tuple[set[str], str | None]:
    """A person's names that are theirs alone in this cast, as plain words: the full name and longer aliases;
    and their surname when no one else in the cast bears it (two Roes' "Roe" is neither's)."""
    full = {_plain(form) for form in (person.name, *person.aliases) if " " in form}
    last = name_parts(person.name)[-1]
    alone = " " in person.name and surnames[last] == 1 and len(last) > 2
    return full, last if alone else None


def _names_speaker(text: str, person: Person, full: set[str], surname: str | None) -> bool:
    """Whether a quote's words name its speaker: a full name of theirs, or their surname after their first name or
    a title ("Dr Pell is frustrated"); not after another first name ("justice for Mara Vell"), and not bare ("the
    Pell campaign" is how a speaker may name their own)."""
    plain = _plain(text)
    if any(name in plain for name in full):
        return True
    if surname is None:
        return False
    first = person.name.split()[0].lower()
    for m in re.finditer(rf"(?:(\S+)\s+)?{re.escape(surname)}\b", text):
        before = m.group(1) or ""
        word = before.strip("“”\"'(").lower()
        if word in TITLE_WORDS or word == first:
            return True
    return False


def checked_quotes(found: Mapping[str, list[Quote]], people: Sequence[Person]) -> dict[str, list[Quote]]:
    """The quotes kept under each name: not one naming its speaker in the third person, and not one also put
    under someone else unless more sources give it to this person than to any other."""
    surnames = Counter(name_parts(p.name)[-1] for p in people if " " in p.name)
    by_name = {p.name: p for p in people}
    givers: dict[str, Counter[str]] = defaultdict(
        Counter
    )  # a quote's words -> how many sources give it to whom
    for name, quotes in found.items():
        for words, _ in {(_plain(q.text), q.source) for q in quotes}:
            givers[words][name] += 1
    kept: dict[str, list[Quote]] = {}
    for name, quotes in found.items():
        person = by_name.get(name)
        full, surname = _names_of(person, surnames) if person else (set(), None)
        kept[name] = [
            q
            for q in quotes
            if not (person and _names_speaker(q.text, person, full, surname))
            and _is_theirs(givers[_plain(q.text)], name)
        ]
    return kept


def _is_theirs(given: Counter[str], name: str) -> bool:
    """Whether more sources give the quote to `name` than to anyone else (always, when only they have it)."""
    top = given.most_common(2)
    return top[0][0] == name and (len(top) == 1 or top[0][1] > top[1][1])
