"""The story's cast: the merged people list cleaned of what is not a person, spellings joined, and ranked by
each person's part in the story (how many sources name them, how recent those are, whether they speak), not by
raw mentions.

What is not a person is told by declared rules (`NOT_A_PERSON`), each a general signal: a gazetteer (places,
countries, nationalities) and the corpus' own evidence (words it also writes in lowercase are ordinary words).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date

from briefings.article.lowercase import lowercase_words
from briefings.extract.gazetteer import country_names, is_nationality, is_place
from briefings.extract.given_names import is_clear_first_name, is_given_name
from briefings.extract.lexicon import TITLE_WORDS
from briefings.extract.name_patterns import FAITH_WORDS, FOREIGN_CONNECTORS
from briefings.extract.name_tokens import name_parts
from briefings.model import Person, Sentence
from briefings.recency import halving
from briefings.story.name_scan import KeptTallies, NameScan, Tally, word_before
from briefings.text import fold, literal_union
from briefings.thresholds import (
    BYLINE_MIN,
    DEFINITE_MIN,
    DEFINITE_SHARE,
    LOCATIVE_SHARE,
    PART_FLOOR,
    PART_HALF_LIFE,
    QUOTED_BONUS,
    REPORTER_FACTOR,
)

_REPORTER_ROLE = re.compile(
    r"\b(?:correspondent|reporter|reporting|editor|presenter|producer|journalist|anchor|columnist|"
    r"commentator|interviewer|reports?)\b",
    re.IGNORECASE,
)
# Words that stand before a name as a title or a credit and belong in the role ("Rev Jesse Roe", "Producer Ann
# Doe"), beyond the title words the candidate finder already knows.
_LEADING_CREDITS = frozenset("rev rev. reverend producer presenter interview correspondent".split())


@dataclass(frozen=True)
class Vocabulary:
    """Corpus evidence about names: the words it also writes in lowercase (ordinary words, even capitalised in
    a name), and how often each listed name is written in full and after "the"."""

    lowercase: frozenset[str]
    written: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # name -> (in full, after "the")
    located: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # one-word name -> (all, after "in")
    bylined: frozenset[str] = frozenset()  # names the corpus introduces as its reporters

    def locative(self, name: str) -> bool:
        """True when the corpus writes a one-word name as a place's ("in Tarvos", "from Tarvos")."""
        total, after = self.located.get(name, (0, 0))
        return after >= DEFINITE_MIN and after >= LOCATIVE_SHARE * total

    def definite(self, name: str) -> bool:
        """True when the corpus writes the name as an organisation's ("the Red Cross")."""
        full, after_the = self.written.get(name, (0, 0))
        return after_the >= DEFINITE_MIN and after_the >= DEFINITE_SHARE * full


_THE = frozenset(("the", "The"))
_LOCATIVES = frozenset(("in", "at", "from", "near", "to"))  # a word before a place's name ("in Tarvos")


def vocabulary(
    sentences: Sequence[Sentence],
    names: Iterable[str] = (),
    lowercase: AbstractSet[str] | None = None,
    tallies: KeptTallies | None = None,
) -> Vocabulary:
    """The corpus' lowercase words of three letters or more, and how `names` are written (from each article's
    tally of them, which `tallies` keeps between builds); `lowercase` are those words when already gathered
    (from each article's lowercase_words)."""
    found = lowercase if lowercase is not None else lowercase_words(sentences)
    listed = {n for n in names if n}
    written: dict[str, tuple[int, int]] = {}
    located: dict[str, tuple[int, int]] = {}
    seen: dict[str, int] = {}
    if listed:
        each = (tallies or KeptTallies(None, "written", {})).tally(sentences, listed, _written_tallier)
        for tally in each.values():
            for name, counts in tally.items():
                if " " not in name:
                    total, after = located.get(name, (0, 0))
                    located[name] = (total + counts[0], after + counts[1])
                    continue
                full, after_the = written.get(name, (0, 0))
                if counts[0]:
                    written[name] = (full + counts[0], after_the + counts[1])
                if counts[2]:
                    seen[name] = seen.get(name, 0) + counts[2]
    bylined = frozenset(n for n, count in seen.items() if count >= BYLINE_MIN)
    return Vocabulary(frozenset(found), written=written, located=located, bylined=bylined)


def _written_tallier(names: Sequence[str]) -> Callable[[Sequence[str]], Tally]:
    """For an article's texts: each name of several words written in full, after "the" and as a reporter's
    byline; each one-word name written at all and after a locative word ("in Tarvos")."""
    listed = [n for n in names if " " in n]
    single = [n for n in names if " " not in n]
    full_scan = NameScan(listed) if listed else None
    single_scan = NameScan(single) if single else None
    union = literal_union(listed)
    # "the BBC's Ann Roe", "correspondent Ann Roe", "Ann Roe reports from": the coverage's own reporters
    byline = re.compile(
        r"(?:\b[A-Z]{2,}['’]s|\b(?:correspondent|reporter|editor|presenter))\s+("
        + union
        + r")(?![\w-])|(?<![\w-])("
        + union
        + r")\s+(?:reports|reported|reporting)\b"
    )

    def count(texts: Sequence[str]) -> Tally:
        tally: dict[str, list[int]] = {}
        for text in texts:
            for match in full_scan.find(text) if full_scan is not None else ():
                entry = tally.setdefault(match.group(), [0, 0, 0])
                entry[0] += 1
                entry[1] += word_before(text, match.start(), _THE)
            for match in byline.finditer(text) if listed else ():
                tally.setdefault(match.group(1) or match.group(2), [0, 0, 0])[2] += 1
            for match in single_scan.find(text) if single_scan is not None else ():
                entry = tally.setdefault(match.group(), [0, 0])
                entry[0] += 1
                entry[1] += word_before(text, match.start(), _LOCATIVES)
        return {name: tuple(counts) for name, counts in tally.items()}

    return count


def _tokens(name: str) -> list[str]:
    return name_parts(name.replace("’", "'"))


def _ordinary(token: str, vocab: Vocabulary) -> bool:
    return fold(token) in vocab.lowercase


Rule = Callable[[list[str], Vocabulary], bool]

# Each rule names what a listed name is when it is not a person; the first that holds drops the entry.
NOT_A_PERSON: tuple[tuple[str, Rule], ...] = (
    # a place of several words, or a country: one word that names a city may be a surname ("Lincoln", "Warwick")
    (
        "a place",
        lambda toks, vocab: is_place(" ".join(toks)) and (len(toks) > 1 or fold(toks[0]) in country_names()),
    ),
    ("written as an organisation's", lambda toks, vocab: vocab.definite(" ".join(toks))),
    ("written as a place's", lambda toks, vocab: len(toks) == 1 and vocab.locative(toks[0])),
    ("holds a nationality word", lambda toks, vocab: any(is_nationality(t) for t in toks)),
    ("holds a faith word", lambda toks, vocab: any(fold(t) in FAITH_WORDS for t in toks)),
    # "Juristes Sans Limites": a body's name in another language, joined by a word no person's name holds
    (
        "a body's name in another language",
        lambda toks, vocab: len(toks) >= 3 and any(fold(t) in FOREIGN_CONNECTORS for t in toks[1:-1]),
    ),
    # "Red Cross", "Black People", "World Food Programme": its first and last words are ordinary words, the
    # first no clear first name ("Bill Brown" is a person)
    (
        "ordinary words",
        lambda toks, vocab: (
            len(toks) >= 2
            and _ordinary(toks[0], vocab)
            and _ordinary(toks[-1], vocab)
            and not is_clear_first_name(toks[0])
        ),
    ),
    # "Forever Ann", "Operation Relief": it opens with an ordinary word that is no first name
    (
        "opens with an ordinary word",
        lambda toks, vocab: len(toks) >= 2 and _ordinary(toks[0], vocab) and not is_given_name(toks[0]),
    ),
    # "Operation Relief Port-au-Prince": an ordinary word, then a place
    (
        "a word and a place",
        lambda toks, vocab: (
            len(toks) >= 2
            and _ordinary(toks[0], vocab)
            and is_place(toks[-1])
            and not is_clear_first_name(toks[0])
        ),
    ),
    # "Inside Kenya", "Relief Kenya": a country's name after a word that is no first name
    (
        "a country with a word",
        lambda toks, vocab: any(fold(t) in country_names() for t in toks) and not is_given_name(toks[0]),
    ),
    # "Kenya Many", "Los Angeles Fans", "Miami Boston": a place followed by ordinary words or another place
    ("a place with words", lambda toks, vocab: _place_with_words(toks, vocab)),
)


def _place_with_words(toks: list[str], vocab: Vocabulary) -> bool:
    if is_given_name(toks[0]):
        return False  # "Florence Roe", "Paris Roe": places too, but first names first
    for n in (1, 2, 3):
        if len(toks) > n and is_place(" ".join(toks[:n])):
            return all(_ordinary(t, vocab) or is_place(t) for t in toks[n:])
    return False


def not_a_person(name: str, vocab: Vocabulary) -> str | None:
    """Why a listed name is not a person (the rule's name), or None when nothing says so."""
    toks = _tokens(name)
    for why, rule in NOT_A_PERSON:
        if rule(toks, vocab):
            return why
    return None


def _without_doubles(toks: list[str]) -> list[str]:
    """ "LaRae LaRae Roe" -> "LaRae Roe": a word a scraper doubled."""
    return [t for i, t in enumerate(toks) if i == 0 or fold(t) != fold(toks[i - 1])]


def _without_credits(toks: list[str]) -> tuple[list[str], str | None]:
    """ "Rev Jesse Roe" -> ("Jesse Roe", "Rev"): leading titles and credit words go to the role."""
    cut = 0
    while cut < len(toks) - 2 and (fold(toks[cut]) in TITLE_WORDS or fold(toks[cut]) in _LEADING_CREDITS):
        cut += 1
    return toks[cut:], " ".join(toks[:cut]) or None


def _spelling(name: str) -> str:
    """ "La Rae Roe", "LaRae Roe" and "La-Rae Roe" share one key."""
    return re.sub(r"[\s\-'.]+", "", fold(name))


def _glued_to(toks: list[str], names: Mapping[str, str]) -> str | None:
    """The listed name this one is glued around ("Los Angeles Ann Roe", "Ann Roe Cardiff", "Newsbeat Ann Roe"):
    another listed name of two words or more, with words that are no first names before or after it."""
    for size in range(len(toks) - 1, 1, -1):
        for start in range(0, len(toks) - size + 1):
            key = _spelling(" ".join(toks[start : start + size]))
            extra = toks[:start] + toks[start + size :]
            if key in names and not any(is_given_name(t) for t in toks[:start]):
                return names[key]
            if key in names and start == 0 and extra and not is_given_name(extra[0]):
                return names[key]
    return None


def merge(into: Person, other: Person) -> Person:
    """One profile from two found apart: sources, spellings, roles and quotes joined."""
    aliases = (set(into.aliases) | set(other.aliases) | {other.name}) - {into.name}
    return replace(
        into,
        roles=tuple(dict.fromkeys(into.roles + other.roles)),
        aliases=tuple(sorted(aliases, key=lambda a: (-len(a.split()), a))),
        sources=tuple(sorted(set(into.sources) | set(other.sources))),
        role_sources=into.role_sources + tuple(r for r in other.role_sources if r not in into.role_sources),
        quotes=into.quotes + tuple(q for q in other.quotes if q not in into.quotes),
        mentions=into.mentions + other.mentions,
    )


def clean_cast(people: Sequence[Person], vocab: Vocabulary) -> list[Person]:
    """The people list without places, nationalities and organisations, with doubled words and leading titles
    cut from names, and entries that name the same person joined: spellings ("La Rae"/"LaRae") and names
    glued to a place or another word by a scraper ("Los Angeles Ann Roe")."""
    cleaned: list[Person] = []
    for p in people:
        toks, credit = _without_credits(_without_doubles(_tokens(p.name)))
        while len(toks) >= 3 and (_ordinary(toks[-1], vocab) or is_place(toks[-1])):
            toks = toks[:-1]  # "Ann Roe Several", "Ann Roe Cardiff": a word glued after the name
        name = " ".join(toks)
        if name != p.name:
            roles = (*p.roles, credit) if credit and credit not in p.roles else p.roles
            p = replace(p, name=name, roles=roles, aliases=tuple(a for a in p.aliases if a != name))
        cleaned.append(p)
    names = {_spelling(p.name): _spelling(p.name) for p in cleaned}
    for p in cleaned:
        for alias in p.aliases:
            toks = _tokens(alias)
            # "Ann Mary" of "Ann Mary Roe": a long name cut before its surname names the same person
            if len(toks) >= 3:
                names.setdefault(_spelling(" ".join(toks[:-1])), _spelling(p.name))
    # "La Rae" of "LaRae Roe": a first name written in two words names the one listed person it begins
    firsts: dict[str, set[str]] = {}
    for p in cleaned:
        if len(_tokens(p.name)) >= 2:
            firsts.setdefault(_spelling(_tokens(p.name)[0]), set()).add(_spelling(p.name))
    for p in cleaned:
        key = _spelling(p.name)
        if " " in p.name and names.get(key) == key and len(firsts.get(key, ())) == 1:
            names[key] = next(iter(firsts[key]))
    groups: dict[str, list[Person]] = {}
    for p in cleaned:
        key = _spelling(p.name)
        owner = names.get(key, key)
        groups.setdefault(_glued_to(_tokens(p.name), names) or owner, []).append(p)
    out: list[Person] = []
    for group, members in groups.items():
        # the person the others were joined to leads ("LaRae Roe", not "La Rae"), then the most named
        members.sort(
            key=lambda m: (
                _spelling(m.name) != group,
                " " not in m.name,
                -len(m.sources),
                -m.mentions,
                m.name,
            )
        )
        person = members[0]
        for other in members[1:]:
            person = merge(person, other)
        if not_a_person(person.name, vocab) is None:
            out.append(person)
    return out


def is_reporter(person: Person, vocab: Vocabulary | None = None) -> bool:
    """True when the sources describe the person as one of the coverage's reporters or presenters."""
    if vocab is not None and ({person.name, *person.aliases} & vocab.bylined):
        return True
    return any(_REPORTER_ROLE.search(r) for r in person.roles)


def rank_cast(
    people: Sequence[Person], published: Mapping[str, date | None], vocab: Vocabulary | None = None
) -> list[Person]:
    """People by their part in the story: sources naming them, newer ones counting more, quoted ones more,
    reporters last; ties by sources, then name."""
    days = [d for d in published.values() if d is not None]
    newest = max(days, default=None)

    def weight(source: str) -> float:
        return PART_FLOOR + (1 - PART_FLOOR) * halving(published.get(source), newest, PART_HALF_LIFE)

    def part(p: Person) -> float:
        score = sum(weight(s) for s in p.sources)
        if p.quotes:
            score *= QUOTED_BONUS
        if is_reporter(p, vocab):
            score *= REPORTER_FACTOR
        return score

    return sorted(people, key=lambda p: (-round(part(p), 9), -len(p.sources), -p.mentions, p.name))
