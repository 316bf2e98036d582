"""Find the people a profile list knows in text, by any of their names or a role only one of them holds."""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass

from briefings.model import Person

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


@dataclass(frozen=True)
class Mention:
    """One mention of a known person: character offsets and the person's name."""

    start: int
    end: int
    person: str


class Namer:
    """Finds mentions of known people (any of their forms) in text."""

    def __init__(self, people: Sequence[Person]) -> None:
        forms: dict[str, str] = {}
        for person in people:
            for form in (person.name, *person.aliases):
                forms.setdefault(form, person.name)
        self.forms = forms
        # a surname two people share ("Kelly") names the one the document named in full first: news style
        # names the second one in full every time
        holders_of: dict[str, list[str]] = defaultdict(list)
        for person in people:
            if " " in person.name and person.name.split()[-1] not in forms:
                holders_of[person.name.split()[-1]].append(person.name)
        self.shared = {s: names for s, names in holders_of.items() if len(names) > 1}
        self.resolved: dict[str, str] = {}
        self.last_blocks: deque[set[str]] = deque(maxlen=3)  # who the last paragraphs named
        holders: dict[str, set[str]] = defaultdict(set)
        for person in people:
            for role in person.roles:
                noun = role.split()[-1].lower().strip(".,")
                holders[_ABBREVIATED_ROLES.get(noun, noun)].add(person.name)
        self.holders = holders
        alternatives = sorted([*forms, *self.shared], key=len, reverse=True)
        self.pattern = (
            re.compile(
                r"(?<![\w-])(" + "|".join(re.escape(f) for f in alternatives) + r")(?:[’']s)?(?![\w-])"
            )
            if alternatives
            else None
        )

    def by_role(self, noun: str) -> str | None:
        """The one person whose role ends in this noun ("the president"), or None if none or several.

        Of several holders ("the attorney" with two attorneys in the story), the one named in the last few
        paragraphs, if only one of them was.
        """
        holders = self.holders.get(noun.lower(), set())
        if len(holders) > 1:
            holders = holders & {p for block in self.last_blocks for p in block}
        return next(iter(holders)) if len(holders) == 1 else None

    def mentions(self, text: str, offset: int = 0) -> list[Mention]:
        """Mentions of known people in `text`, offsets shifted by `offset`."""
        if self.pattern is None:
            return []
        found = []
        for m in self.pattern.finditer(text):
            person = self.forms.get(m.group(1)) or self.resolved.get(m.group(1))
            if person:
                found.append(Mention(m.start() + offset, m.end() + offset, person))
        return found

    def start_document(self) -> None:
        """Forget which holder a shared surname meant in the previous document."""
        self.resolved = {}
        self.last_blocks.clear()

    def read(self, text: str) -> None:
        """Note who the paragraph `text` names: a shared surname after it means the first of them named in
        full, and a role ("the attorney") one of them holds."""
        mentions = self.mentions(text)
        self.last_blocks.append({m.person for m in mentions})
        for mention in mentions:
            surname = mention.person.split()[-1]
            if surname in self.shared and mention.person in self.shared[surname]:
                self.resolved.setdefault(surname, mention.person)
