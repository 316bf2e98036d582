"""The fast name scan finds exactly what the plain whole-word regex finds, and reads the word before a name as
the regex's optional prefix would."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from briefings.story.name_scan import NameScan, word_before
from briefings.text import literal_union

# short texts over few characters, so names, partial names, hyphens and words glued to them meet often
PIECES = st.sampled_from(
    ["Ann", "Ann Roe", "Roe", "Roe-", "x", "the", "The", "in", " ", "  ", "-", "_", "é", "."]
)
NAMES = st.lists(st.sampled_from(["Ann", "Ann Roe", "Roe", "Ann Ro", "e Ann"]), min_size=1, max_size=4)


@given(NAMES, st.lists(PIECES, max_size=14))
def test_the_scan_finds_what_the_whole_word_regex_finds(names: list[str], pieces: list[str]) -> None:
    """Same names at the same places, and the same 'the' / 'in' before each, as the regex with the prefix."""
    text = "".join(pieces)
    union = literal_union(sorted(set(names), key=len, reverse=True))
    regex = re.compile(r"(\b(?:the|The)\s+)?(?<![\w-])(" + union + r")(?![\w-])")
    expected = [(m.start(2), m.group(2), m.group(1) is not None) for m in regex.finditer(text)]
    scan = NameScan(sorted(set(names), key=len, reverse=True))
    found = [
        (m.start(), m.group(), word_before(text, m.start(), frozenset(("the", "The"))))
        for m in scan.find(text)
    ]
    assert found == expected


def test_a_name_inside_a_longer_word_is_skipped_and_the_next_one_found() -> None:
    """'XAnn Roe' holds no 'Ann Roe', but its 'Roe' stands alone; 'within Roe' has no 'in' before Roe."""
    scan = NameScan(["Ann Roe", "Roe"])
    assert [m.group() for m in scan.find("XAnn Roe")] == ["Roe"]
    assert not word_before("within Roe", 7, frozenset(("in",)))
    assert word_before("met in  Roe", 8, frozenset(("in",)))
