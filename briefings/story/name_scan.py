r"""Listed names found as whole words in text, fast: what a regex `(?<![\w-])(?:names)(?![\w-])` finds, with the
word before each one (so "the Red Cross" and "in Tarvos" can be told) read from the text instead of the pattern.

A pattern that opens with a look-behind or an optional word makes the regex engine try the whole name list at
every character of the corpus; one that opens with the names' first letters lets it skip to where one can start.
The merge scans every sentence for the story's names several times, so this is most of its cost on a long story.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TypeGuard

from briefings.keeping import Kept, merge_key
from briefings.model import Sentence
from briefings.text import literal_union
from briefings.thresholds import FEW_ARTICLES


def _word_char(ch: str) -> bool:
    """What the regex `\\w` matches, or a hyphen: a name next to one is part of a longer word."""
    return ch.isalnum() or ch in "_-"


class NameScan:
    """Finds the listed names in a text as whole words (neither a word character nor a hyphen on either side),
    left to right, the longest listed name at each place: exactly the matches of
    `(?<![\\w-])(?:names)(?![\\w-])`."""

    def __init__(self, names: Iterable[str]) -> None:
        self.pattern = re.compile("(?:" + literal_union(names) + r")(?![\w-])")

    def find(self, text: str) -> Iterator[re.Match[str]]:
        """Each listed name in `text` that stands as a whole word."""
        search = self.pattern.search
        pos = 0
        while (match := search(text, pos)) is not None:
            start = match.start()
            if start and _word_char(text[start - 1]):
                pos = start + 1  # inside a longer word: the next place may still start a name
                continue
            yield match
            pos = max(match.end(), start + 1)


def word_before(text: str, start: int, words: frozenset[str]) -> bool:
    """True when one of `words` (as a whole word) and whitespace stand right before `start`: what
    `\\b(?:words)\\s+` just before a match finds."""
    end = start
    while end and text[end - 1].isspace():
        end -= 1
    if end == start:
        return False
    begin = end
    while begin and (text[begin - 1].isalnum() or text[begin - 1] == "_"):
        begin -= 1
    return text[begin:end] in words


# What a tally counts in one article's sentences: for each name found, a few counts (the caller says which).
Tally = dict[str, tuple[int, ...]]
# Given the names to look for, a function tallying them in one article's sentence texts (its scans built once).
Tallier = Callable[[Sequence[str]], Callable[[Sequence[str]], Tally]]


class KeptTallies:
    """Tallies of listed names in each article, kept between builds under the article's content key.

    A name no text of an article holds cannot be found in it, whatever the other names are, so an article's
    kept tally stays right as long as none of the names added to or dropped from the list since it was made
    stands (even inside a longer word) in its text: one added article costs its own scan plus the articles that
    hold a name that came or went. `purpose` names the merge's slot (one per scan), valid for this extractor.
    """

    def __init__(self, kept: Kept | None, purpose: str, keys: Mapping[str, str | None]) -> None:
        self.kept = kept
        self.slot = merge_key(f"name-tallies:{purpose}")
        self.keys = keys  # each article's content key, by its id
        self.scanned: list[str] = []  # the articles whose text this merge scanned (what a test counts)

    def tally(
        self, sentences: Sequence[Sentence], names: Iterable[str], tallier: Tallier
    ) -> dict[str, Tally]:
        """Each article's tally of `names` (by its id; an article with nothing found may be left out): kept ones
        read back when still right, the others counted, and all kept again."""
        listed = frozenset(names)
        texts: dict[str, list[str]] = defaultdict(list)
        for s in sentences:
            texts[s.doc_id].append(s.text)
        value = self.kept.get(self.slot) if self.kept is not None else None
        before, known = value if _is_tallies(value) else (frozenset(), {})
        moved = listed ^ before
        changed: re.Pattern[str] | None = None  # made when an article with a kept tally is met
        found: dict[str, Tally] = {}
        redo: list[str] = []
        for doc_id, lines in texts.items():
            key = self.keys.get(doc_id)
            tally = known.get(key) if key else None
            if tally is not None and moved and changed is None:
                changed = re.compile(literal_union(moved))
            if tally is not None and (changed is None or changed.search("\n".join(lines)) is None):
                found[doc_id] = tally
            else:
                redo.append(doc_id)
        ordered = sorted(listed, key=len, reverse=True)
        if len(redo) > FEW_ARTICLES:  # one scan of every name serves them all
            count = tallier(ordered)
            found.update((doc_id, count(texts[doc_id])) for doc_id in redo)
        for doc_id in redo if len(redo) <= FEW_ARTICLES else ():  # a scan of the names each one holds
            joined = "\n".join(texts[doc_id])
            found[doc_id] = tallier([n for n in ordered if n in joined])(texts[doc_id])
        self.scanned.extend(redo)
        if self.kept is not None and (redo or moved or len(known) != len(found)):
            now = {key: found[doc_id] for doc_id in texts if (key := self.keys.get(doc_id))}
            self.kept.put(self.slot, (listed, now))
        return found


def _is_tallies(value: object) -> TypeGuard[tuple[frozenset[str], dict[str, Tally]]]:
    """True when a kept value has the shape KeptTallies keeps."""
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], frozenset)
        and isinstance(value[1], dict)
    )
