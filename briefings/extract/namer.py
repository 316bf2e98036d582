"""Find the people a profile list knows in text, by any of their names or a role only one of them holds."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from briefings.extract.name_tokens import name_parts
from briefings.model import Person
from briefings.thresholds import NAMER_MISSPELT_MIN, NAMER_SEEN

_ABBREVIATED_ROLES = {
    "sen": "senator",
    "gov": "governor",
    "rep": "representative",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "det": "detective",
    "supt": "superintendent",
    "prof": "professor",
    "adm": "admiral",
    "amb": "ambassador",
    "atty": "attorney",
}


_WORD = re.compile(r"[\w.'’-]+")
_NOUN = re.compile(r"[a-z]+")


@lru_cache(maxsize=1 << 16)
def _bare(word: str) -> str:
    """A word without the possessive and the stops or apostrophes around it: "Ruiz’s." -> "Ruiz"."""
    word = word.strip(".'’")
    return (word[:-2] if word.endswith(("'s", "’s")) else word).strip(".'’")


@dataclass(frozen=True)
class Mention:
    """One mention of a known person: character offsets and the person's name."""

    start: int
    end: int
    person: str


def name_words(texts: Iterable[str]) -> tuple[str, str]:
    """What `Namer.within` needs to know of some texts (kept with an article's own work), each one per line: the
    words that may begin a name (not lower case), as written and without stops or possessive, and every word in
    lower case (a role is asked for by its noun: "the minister said")."""
    distinct = {word for text in texts for word in _WORD.findall(text)}
    found = {
        v
        for word in distinct
        if not word[:1].islower()  # a word begun in lower case has no variant that is not
        for v in (word, word.lstrip(".'’"), _bare(word))
    }
    nouns = {noun for word in distinct for noun in _NOUN.findall(word.lower())}
    return "\n".join(sorted(v for v in found if v and not v[:1].islower())), "\n".join(sorted(nouns))


class Namer:
    """Finds mentions of known people (any of their forms) in text."""

    def __init__(self, people: Sequence[Person]) -> None:
        forms: dict[str, str] = {}
        for person in people:
            for form in (person.name, *person.aliases):
                forms.setdefault(form, person.name)
        # a surname two people share ("Kelly") names the one the document named in full first: news style
        # names the second one in full every time
        holders_of: dict[str, list[str]] = defaultdict(list)
        for person in people:
            surname = name_parts(person.name)[-1]
            if " " in person.name and surname not in forms:
                holders_of[surname].append(person.name)
        holders: dict[str, set[str]] = defaultdict(set)
        for person in people:
            for role in person.roles:
                noun = role.split()[-1].lower().strip(".,")
                holders[_ABBREVIATED_ROLES.get(noun, noun)].add(person.name)
        self._configure(forms, {s: names for s, names in holders_of.items() if len(names) > 1}, holders)
        # where a word that may begin a form starts: a word's start (after any stops or apostrophes) at a letter
        # some form begins with, whether the word is the form itself or its possessive ("Ruiz’s")
        initials = {w[:1] for w in self.first_words} | {w.lstrip(".'’")[:1] for w in self.first_words}
        self._starts = re.compile(
            r"(?<![\w.'’-])[.'’]*[" + "".join(re.escape(c) for c in sorted(initials - {""})) + "]"
            if initials - {""}
            else r"(?!)"
        )
        by_first: dict[str, list[str]] = defaultdict(list)
        for form in [*self.forms, *self.shared]:
            by_first[form.split()[0]].append(form)
        self._by_first = dict(by_first)
        # forms beginning with a lower-case word ("de Klerk") are looked for in every text
        self._everywhere = [f for f in [*self.forms, *self.shared] if f[:1].islower()]
        self.key = ""  # what this namer can find, for keeping what it found (see `within`)

    def _configure(
        self, forms: dict[str, str], shared: dict[str, list[str]], holders: dict[str, set[str]]
    ) -> None:
        self.forms = forms
        self.shared = shared
        self.holders = holders
        self.resolved: dict[str, str] = {}
        self._seen: dict[str, tuple[Mention, ...]] = {}  # texts searched since `resolved` last changed
        self.last_blocks: deque[set[str]] = deque(maxlen=3)  # who the last paragraphs named
        self.longest = max((len(f.split()) for f in [*forms, *shared]), default=0)
        self.first_words = {f.split()[0] for f in [*forms, *shared]}
        lengths: dict[str, set[int]] = defaultdict(set)
        for form in [*forms, *shared]:
            if len(form.split()) > 1:
                lengths[form.split()[0]].add(len(form.split()))
        # a first word -> the word counts of the forms of two words or more it begins, longest first: only spans
        # of those lengths (and the word alone) can be a form
        self.lengths = {word: tuple(sorted(counts, reverse=True)) for word, counts in lengths.items()}

    def within(self, words: tuple[str, str]) -> Namer:
        """This namer cut down to the forms and roles that may occur in one article (`words`: its name_words):
        it finds there what the whole one finds (a word cut short at the edge of a searched span, "Vo" of
        "Vorster", is no longer taken for a name the article never spells out), and its `key` says all it can
        find, so what it found in an article is kept under the article's key and this one."""
        names, nouns = words
        present = [w for w in names.split("\n") if w in self._by_first]
        chosen = sorted({f for w in present for f in self._by_first[w]} | set(self._everywhere))
        forms = {f: self.forms[f] for f in chosen if f in self.forms}
        shared = {f: self.shared[f] for f in chosen if f in self.shared}
        holders = {n: self.holders[n] for n in nouns.split("\n") if n in self.holders}
        sub = Namer.__new__(Namer)
        sub._configure(forms, shared, holders)
        sub._starts = self._starts  # a wider net than the cut-down forms need; the words it finds are checked
        sub._by_first, sub._everywhere = {}, []
        digest = hashlib.blake2b(digest_size=16)
        digest.update(
            repr(
                (
                    sorted(forms.items()),
                    sorted((k, sorted(v)) for k, v in shared.items()),
                    sorted((k, sorted(v)) for k, v in holders.items()),
                )
            ).encode()
        )
        sub.key = digest.hexdigest()
        return sub

    def misspelt(self, word: str) -> str | None:
        """The one person whose surname this capitalised word misspells by a letter ("Vantora said" of Ann Lee
        Vantori), both at least NAMER_MISSPELT_MIN letters long and alike in their first; None when none or several."""
        if len(word) < NAMER_MISSPELT_MIN or not word[:1].isupper() or word in self.forms:
            return None
        found = {
            person
            for person in set(self.forms.values())
            if len(last := name_parts(person)[-1]) >= NAMER_MISSPELT_MIN
            and last[0] == word[0]
            and Levenshtein.distance(last, word) == 1
        }
        return found.pop() if len(found) == 1 else None

    def by_role(self, noun: str) -> str | None:
        """The one person whose role ends in this noun ("the president"), or None if none or several.

        Of several holders ("the attorney" with two attorneys in the story), the one named in the last few
        paragraphs, if only one of them was.
        """
        holders = self.holders.get(noun.lower(), set())
        if len(holders) > 1:
            holders = holders & {p for block in self.last_blocks for p in block}
        return next(iter(holders)) if len(holders) == 1 else None

    def _person(self, form: str) -> str | None:
        return self.forms.get(form) or self.resolved.get(form)

    def mentions(self, text: str) -> tuple[Mention, ...]:
        """Mentions of known people in `text` (whole words, the longest form first, "Ruiz’s" included). One pass
        over the words with dictionary lookups: linear in the text, whatever the number of people. A text asked
        about again (a paragraph is read, then searched) is answered from memory while what it names cannot have
        changed."""
        found = self._seen.get(text)
        if found is None:
            if len(self._seen) >= NAMER_SEEN:
                self._seen = {}
            found = self._seen[text] = tuple(self._scan(text))
        return found

    def _scan(self, text: str) -> list[Mention]:
        """Each word that may begin a form (found by its first letter, in C), then the longest form there."""
        if not self.longest:
            return []
        found: list[Mention] = []
        resume = 0  # the words of a mention found are not searched again
        for start in self._starts.finditer(text):
            first = _WORD.match(text, start.start())
            if first is None or first.start() < resume:
                continue
            word = first.group()
            if word not in self.first_words and _bare(word) not in self.first_words:
                continue  # no name starts with this word: most capitalised words of any text
            longer = self.lengths.get(word.lstrip(".'’"), ())  # the forms of several words it may begin
            spans = [first.span()]
            if longer:
                for following in _WORD.finditer(text, first.end()):
                    if len(spans) >= longer[0]:
                        break
                    spans.append(following.span())
            for n in (*longer, 1):
                if n > len(spans) or any(text[a[1] : b[0]] != " " for a, b in pairwise(spans[:n])):
                    continue  # the words of a form stand one space apart
                hit = self._match(text, spans[0][0], spans[n - 1][1])
                if hit:
                    found.append(Mention(*hit))
                    resume = spans[n - 1][1]
                    break
        return found

    def _match(self, text: str, start: int, end: int) -> tuple[int, int, str] | None:
        """The person whose form is text[start:end], with a possessive ("’s") or trailing stops around it."""
        while start < end and text[start] in ".'’":
            start += 1
        whole = text[start:end]
        bare = whole[:-2] if whole.endswith(("'s", "’s")) else whole
        core = bare.rstrip(".'’")
        # the whole word, then without its possessive (kept in the mention), then without trailing stops
        for form, stop in ((whole, end), (bare, end), (core, start + len(core) + len(whole) - len(bare))):
            person = self._person(form) if form else None
            if person:
                return start, stop, person
        return None

    def start_document(self) -> None:
        """Forget which holder a shared surname meant in the previous document."""
        self.resolved = {}
        self._seen = {}
        self.last_blocks.clear()

    def read(self, text: str) -> None:
        """Note who the paragraph `text` names: a shared surname after it means the first of them named in
        full, and a role ("the attorney") one of them holds."""
        mentions = self.mentions(text)
        self.last_blocks.append({m.person for m in mentions})
        for mention in mentions:
            surname = name_parts(mention.person)[-1]
            if (
                surname in self.shared
                and mention.person in self.shared[surname]
                and surname not in self.resolved
            ):
                self.resolved[surname] = mention.person
                self._seen = {}  # the surname now names someone: texts searched before may read differently
