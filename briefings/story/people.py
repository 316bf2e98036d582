"""People across the corpus: candidates (candidates.py) merged into one profile per person.

Surname-only mentions join the full name, spelling variants join (accents folded, doubled letters and a final
y/i evened out), and roles are kept per source.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from briefings.article.candidates import (
    ARABIC_PARTICLE,
    BODY_EVIDENCE,
    WORK_EVIDENCE,
    Candidate,
    document_candidates,
)
from briefings.extract.given_names import same_first_name
from briefings.extract.name_patterns import FAMILY_NOUNS, RELATIVE, ROLE_LIST, SUPPORTING_EVIDENCE
from briefings.extract.name_spans import nation
from briefings.extract.name_tokens import POSSESSIVE, name_parts
from briefings.model import Person, Role, Sentence
from briefings.story.name_scan import KeptTallies, NameScan, Tally
from briefings.text import fold, normalize_space
from briefings.thresholds import GIVEN_NAME_MENTIONS, PEOPLE_MISSPELT_MIN

# Evidence a name borrows from another mention (its surname or first name alone speaks or is described) or from
# the name dictionary only: such a name must not start or end with an ordinary word of the corpus.
_BORROWED_EVIDENCE = frozenset({"surname-speaks", "first-described"}) | SUPPORTING_EVIDENCE
_WEAK_EVIDENCE = _BORROWED_EVIDENCE | {"given-name"}
# What a one-word name needs to be listed on its own, beside a formal title ("President Vo"): a role before it
# and a reporting verb beside it ("police official Tarvo told AFP").
_SINGLE_NAME_EVIDENCE = frozenset({"title", "verb"})
# What a body does as well as a person (speak, be described): a name described as a body somewhere needs more.
_BODY_SPEECH = frozenset({"verb", "appositive"}) | _WEAK_EVIDENCE
_NOT_LETTER = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 16)
def variant_key(token: str) -> str:
    """A spelling-insensitive key: "Gorkyy" and "Gorky", "Alexey" and "Alexei", "al-Rashid" and "Rashid" share one;
    a surname with its generational suffix ("Roe Jr.") keeps the suffix apart, so it is no misspelling of "Roe"."""
    if " " in token:
        surname, suffix = token.rsplit(" ", 1)
        return f"{variant_key(surname)}+{fold(suffix).rstrip('.')}"
    key = _DOUBLED.sub(r"\1", _NOT_LETTER.sub("", fold(_bare(token))))
    return key[:-1] + "i" if key.endswith("y") else key


def _compatible_first(a: str, b: str) -> bool:
    # a first name's z and s are one ("Elizabeth", "Elisabeth"); a surname's are not ("Lopez", "Lopes")
    ka, kb = variant_key(a).replace("z", "s"), variant_key(b).replace("z", "s")
    if ka == kb or (len(ka) == 1 and kb.startswith(ka)) or (len(kb) == 1 and ka.startswith(kb)):
        return True
    return same_first_name(a.rstrip("."), b.rstrip("."))


def _full(name: str) -> bool:
    """A name of a first name and a surname or more ("Roe Jr." is a surname alone)."""
    return len(name_parts(name)) > 1


def _has_accents(text: str) -> bool:
    return any(ord(c) > 127 for c in text)


def _clean_roles(roles: Iterable[Role]) -> list[str]:
    """Distinct roles, the one most sources give first, dropping one that only repeats the end of a more specific
    one ("President")."""
    seen: dict[str, str] = {}
    sources: dict[str, set[str]] = defaultdict(set)
    for role in roles:
        title = normalize_space(role.title).strip(" ,")
        seen.setdefault(fold(title), title)
        sources[fold(title)].add(role.source)
    keys = list(seen)
    kept = [k for k in keys if not any(o != k and (o.endswith(" " + k) or o.endswith("-" + k)) for o in keys)]
    return [
        seen[k] for k in sorted(kept, key=lambda k: -len(sources[k]))
    ]  # a stable sort: ties as first given


@dataclass
class _Profile:
    forms: Counter[str] = field(default_factory=Counter)
    form_docs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    roles: list[Role] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    evidence: set[str] = field(default_factory=set)


def _canonical(profile: _Profile) -> str:
    full = [f for f in profile.forms if _full(f)] or list(profile.forms)
    return max(full, key=lambda f: (len(profile.form_docs[f]), _has_accents(f), profile.forms[f], len(f)))


def find_people(
    sentences: Sequence[Sentence],
    candidates: Sequence[Candidate] | None = None,
    common: AbstractSet[str] | None = None,
    tallies: KeptTallies | None = None,
) -> list[Person]:
    """People in the corpus, one profile each, most-mentioned first; `candidates` when already found (they are
    read, never changed, so they can be kept per article), `common` the corpus' lowercase words of three
    letters or more when already gathered, `tallies` where each article's count of the names is kept."""
    if candidates is None:
        candidates = document_candidates(sentences)
    profiles: list[_Profile] = []
    by_surname: dict[str, list[int]] = defaultdict(list)
    titles = {c.name for c in candidates if c.evidence == {WORK_EVIDENCE}}  # also written as a work's title
    bodies = {c.name for c in candidates if c.evidence == {BODY_EVIDENCE}}  # also described as a body
    candidates = [c for c in candidates if c.evidence not in ({WORK_EVIDENCE}, {BODY_EVIDENCE})]
    full = [c for c in candidates if _full(c.name)]
    single = [c for c in candidates if not _full(c.name)]

    def add(index: int, cand: Candidate) -> None:
        prof = profiles[index]
        prof.forms[cand.name] += 1
        prof.form_docs[cand.name].add(cand.doc_id)
        prof.sources.add(cand.doc_id)
        prof.evidence |= cand.evidence
        if cand.role:
            prof.roles.append(Role(cand.role, cand.doc_id))

    # Names with evidence open profiles; the same names without evidence only join them, unless the surname
    # alone speaks or is described elsewhere ("Mitt Roe ..." then "Roe said"): that is evidence for the name.
    speaking = {variant_key(c.name) for c in single if c.evidence & {"verb", "appositive", "title"}}
    # "his daughter, Kasia, ..." then "Kasia Roe": the first name alone described in the same article
    described_first = {
        (c.doc_id, variant_key(c.name)) for c in single if c.evidence & {"verb", "appositive", "title", "age"}
    }
    by_first_opened: dict[str, list[int]] = defaultdict(list)  # the profiles opened, by their first name
    for cand in sorted(full, key=lambda c: (not c.evidence, -len(c.name.split()))):
        parts = name_parts(cand.name)
        surname = variant_key(parts[-1])
        match = next(
            (
                i
                for i in by_surname[surname]
                if any(_compatible_first(parts[0], f.split()[0]) for f in profiles[i].forms if _full(f))
            ),
            None,
        )
        if match is None:
            match = _misspelt_owner(parts, by_first_opened, profiles)
            if match is not None:
                by_surname[surname].append(match)
        if match is None:
            first_described = (cand.doc_id, variant_key(parts[0])) in described_first
            if not cand.evidence and not first_described and (surname not in speaking or cand.opens_sentence):
                continue
            if not cand.evidence:
                cand = replace(cand, evidence={"first-described" if first_described else "surname-speaks"})
            elif first_described and cand.evidence == {"given-name"}:
                cand = replace(cand, evidence={"given-name", "first-described"})
            profiles.append(_Profile())
            match = len(profiles) - 1
            by_surname[surname].append(match)
            by_first_opened[variant_key(parts[0])].append(match)
        add(match, cand)
    by_first: dict[str, set[int]] = defaultdict(set)
    for index, profile in enumerate(profiles):
        for form in profile.forms:
            by_first[variant_key(name_parts(form)[0])].add(index)
    for cand in single:
        owners = by_surname.get(variant_key(cand.name))
        # "Lee said" of Lee Sun-ho: a family name written first, known from one person only
        # a country that "said" something is no one's first name ("France said" of a "France Roe")
        first_of = set() if nation(cand.name) else by_first.get(variant_key(cand.name), set())
        named = _named_in_role(first_of, cand.role, profiles) if cand.role else set()
        if len(first_of) > 1 and named:
            first_of = named
        if len(named) == 1 and not (owners and _named_in_role(set(owners), cand.role or "", profiles)):
            # "Emil, Ann Roe's father" is Emil Roe, though an "Ann Emil" is listed too: the role holds his surname
            add(next(iter(named)), cand)
        elif owners and _family_first_name(cand, first_of, owners, profiles):
            # "his mother Katherine" of Katherine Roe, though "Paris Katherine" is listed too: in a family a
            # bare name is a first name, of the one the sources name in full more often
            add(next(iter(first_of)), cand)
        elif owners:
            add(max(owners, key=lambda i: sum(profiles[i].forms.values())), cand)
        elif cand.evidence & {"verb", "formal-title", ROLE_LIST, RELATIVE} and len(first_of) == 1:
            # "Secretary-General Lee" of Lee Sun-ho; "his brothers Tito and Jon" of Tito Roe
            add(next(iter(first_of)), cand)
        elif first_of and cand.evidence & {ROLE_LIST, RELATIVE}:
            continue  # "his brothers Tito and Jon" with two people called Tito: neither is sure
        elif len(first_of) > 1 and not cand.role:
            continue  # "Mr. Lee said" with Lee Sun-ho and Lee Min-ja named: neither is sure, and no one new
        elif cand.evidence & {"formal-title", ROLE_LIST, RELATIVE} or cand.evidence >= _SINGLE_NAME_EVIDENCE:
            # "Secretary-General Lee", "police official Tarvo told AFP", "Roman emperors Vo and Lin": a one-word
            # name with a title
            profiles.append(_Profile())
            by_surname[variant_key(cand.name)].append(len(profiles) - 1)
            add(len(profiles) - 1, cand)
    counts = _count_mentions(profiles, sentences, tallies)
    people = [_finish(p, *count) for p, count in zip(profiles, counts, strict=True)]
    # A name with no cue of its own (a known first name, or a surname that speaks elsewhere) must not start or
    # end with a word the corpus also writes in lowercase ("Even Norland", "Praised Ruiz", "Harbour Avenue");
    # known only by its first name, it must also recur (a one-off name in a list is not news).
    if common is None:
        common = {w for s in sentences for w in re.findall(r"\b[a-z]{3,}\b", s.text)}

    def trusted(person: Person, evidence: set[str]) -> bool:
        if person.name in bodies and evidence <= _BODY_SPEECH:
            return False  # "the blog Harbour Pols" that "noted" something: a body speaks too
        if evidence - _WEAK_EVIDENCE:
            return True
        if {person.name, *person.aliases} & titles:
            return False  # "Ann Roe" the song: only the name dictionary said it was a person
        if {person.name.split()[0].lower(), name_parts(person.name)[-1].split()[0].lower()} & common:
            return False
        return bool(evidence & _BORROWED_EVIDENCE) or person.mentions >= GIVEN_NAME_MENTIONS

    kept = [
        person for person, profile in zip(people, profiles, strict=True) if trusted(person, profile.evidence)
    ]
    return _without_shared_surnames(kept)


def _named_in_role(indexes: AbstractSet[int], role: str, profiles: Sequence[_Profile]) -> set[int]:
    """Of the people sharing a first name, those whose surname the role holds ("Emil" as a "Roe brother" is
    Emil Roe, not Emil Li)."""
    words = {variant_key(POSSESSIVE.sub("", w)) for w in role.split()}
    return {
        i
        for i in indexes
        if any(variant_key(name_parts(f)[-1]) in words for f in profiles[i].forms if _full(f))
    }


def _family_first_name(
    cand: Candidate, first_of: AbstractSet[int], owners: Sequence[int], profiles: Sequence[_Profile]
) -> bool:
    """A bare name told with a family role ("his mother Katherine") whose one first-name holder the sources name
    in full in more documents than any holder of it as a surname."""
    family = RELATIVE in cand.evidence or (
        cand.role is not None and fold(POSSESSIVE.sub("", cand.role.split()[-1])) in FAMILY_NOUNS
    )
    if not family or len(first_of) != 1 or set(first_of) & set(owners):
        return False
    holder = _full_docs(profiles[next(iter(first_of))])
    return all(holder > _full_docs(profiles[i]) for i in owners)


def _misspelt_owner(
    parts: list[str], by_first: Mapping[str, list[int]], profiles: Sequence[_Profile]
) -> int | None:
    """The one profile of the same first name whose surname this one misspells by a letter ("Ivo Markstien" of
    "Ivo Markstein"): both surnames PEOPLE_MISSPELT_MIN letters or more and alike in their first letter."""
    surname = variant_key(parts[-1])
    if len(surname) < PEOPLE_MISSPELT_MIN:
        return None
    owners = {
        i
        for i in by_first.get(variant_key(parts[0]), ())
        for form in profiles[i].forms
        if _full(form)
        and len(other := variant_key(name_parts(form)[-1])) >= PEOPLE_MISSPELT_MIN
        and other[0] == surname[0]
        and Levenshtein.distance(other, surname) == 1
    }
    return owners.pop() if len(owners) == 1 else None


def _without_shared_surnames(people: list[Person]) -> list[Person]:
    """Two people sharing a surname ("Ann Roe", "Ben Roe"): the bare surname names neither."""
    owners = Counter(variant_key(name_parts(p.name)[-1]) for p in people if _full(p.name))
    return [
        replace(p, aliases=tuple(a for a in p.aliases if _full(a) or owners[variant_key(a)] < 2))
        for p in people
    ]


def _bare(surname: str) -> str:
    """A surname without its lowercase particle: "al-Rashid" -> "Rashid"."""
    return surname.split("-", 1)[1] if ARABIC_PARTICLE.fullmatch(surname) else surname


def _forms(profile: _Profile) -> set[str]:
    """Every spelling a profile is written in: its names and their surnames (with and without a particle)."""
    surnames = {name_parts(f)[-1] for f in profile.forms}
    return set(profile.forms) | surnames | {_bare(s) for s in surnames}


def _count_mentions(
    profiles: Sequence[_Profile], sentences: Sequence[Sentence], tallies: KeptTallies | None = None
) -> list[tuple[int, set[str]]]:
    """How often each profile is named and in which sources, from each article's tally of the profiles' names
    (`tallies` keeps them between builds)."""
    owners: dict[str, list[int]] = defaultdict(list)
    for index, profile in enumerate(profiles):
        for form in _forms(profile):
            owners[form].append(index)
    # A form several profiles share (the family's surname) counts for the one the sources name most in full,
    # as a reader takes a bare "Roe" for the Roe the story is about; the others are counted by their own names.
    for form, indexes in owners.items():
        if len(indexes) > 1:
            owners[form] = [max(indexes, key=lambda i: (_full_docs(profiles[i]), -i))]
    counts = [(0, set(p.sources)) for p in profiles]
    if not owners:
        return counts
    found = (tallies or KeptTallies(None, "mentions", {})).tally(sentences, owners, _mention_tallier)
    for doc_id, tally in found.items():
        for form, (times,) in tally.items():
            for index in owners.get(form, ()):
                mentions, sources = counts[index]
                sources.add(doc_id)
                counts[index] = (mentions + times, sources)
    return counts


def _mention_tallier(names: Sequence[str]) -> Callable[[Sequence[str]], Tally]:
    """How often each of `names` is written in an article's texts (one scan built for them all)."""
    scan = NameScan(names)

    def count(texts: Sequence[str]) -> Tally:
        found: Counter[str] = Counter()
        for text in texts if names else ():
            found.update(match.group() for match in scan.find(text))
        return {name: (times,) for name, times in found.items()}

    return count


def _full_docs(profile: _Profile) -> int:
    """In how many documents a profile is named by a full (two-word or longer) name."""
    return len(set().union(*(docs for form, docs in profile.form_docs.items() if _full(form))))


def _finish(profile: _Profile, mentions: int, sources: set[str]) -> Person:
    name = _canonical(profile)
    forms = _forms(profile)
    roles_by_key: dict[str, Role] = {}
    for role in profile.roles:
        roles_by_key.setdefault(fold(role.title) + "|" + role.source, role)
    roles = _clean_roles(profile.roles)
    aliases = sorted((forms - {name}), key=lambda f: (-len(f.split()), f))
    return Person(
        name=name,
        roles=tuple(roles),
        aliases=tuple(aliases),
        sources=tuple(sorted(sources)),
        role_sources=tuple(roles_by_key.values()),
        mentions=mentions,
    )
