r"""Listed names found as whole words in text, fast: what a regex `(?<![\w-])(?:names)(?![\w-])` finds, with the
word before each one (so "the Red Cross" and "in Tarvos" can be told) read from the text instead of the pattern.

A pattern that opens with a look-behind or an optional word makes the regex engine try the whole name list at
every character of the corpus; one that opens with the names' first letters lets it skip to where one can start.
The merge scans every sentence for the story's names several times, so this is most of its cost on a long story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from briefings.text import literal_union


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
