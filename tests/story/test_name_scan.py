"""The fast name scan finds exactly what the plain whole-word regex finds, and reads the word before a name as
the regex's optional prefix would."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from hypothesis import given
from hypothesis import strategies as st

from briefings.keeping import MemoryKept
from briefings.model import Sentence
from briefings.story.name_scan import KeptTallies, NameScan, Tally, word_before
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


def _texts(*articles: str) -> list[Sentence]:
    """One sentence per line, each article its own source (`a0`, `a1`, ...)."""
    return [
        Sentence(doc_id=f"a{i}", text=line, block=n, index=n, kind="paragraph", section=None)
        for i, article in enumerate(articles)
        for n, line in enumerate(article.splitlines())
    ]


def _counting(names: Sequence[str]) -> Callable[[Sequence[str]], Tally]:
    scan = NameScan(names)

    def count(texts: Sequence[str]) -> Tally:
        found: dict[str, tuple[int, ...]] = {}
        for text in texts if names else ():
            for match in scan.find(text):
                found[match.group()] = (found.get(match.group(), (0,))[0] + 1,)
        return found

    return count


# a story's state: its articles (by slot, each a few lines of pieces) and the names listed
ARTICLE = st.lists(st.lists(PIECES, max_size=8).map("".join), min_size=1, max_size=3).map("\n".join)
STATES = st.lists(
    st.tuples(st.dictionaries(st.integers(0, 11), ARTICLE, max_size=12), NAMES), min_size=1, max_size=5
)


@given(STATES)
def test_kept_tallies_equal_tallies_made_from_nothing_as_articles_and_names_change(
    states: list[tuple[dict[int, str], list[str]]],
) -> None:
    """Articles added, changed and removed, names added and dropped: each article's tally read back (or redone
    where a name that came or went stands in its text) is the tally a scan from nothing finds."""
    kept = MemoryKept()
    for articles, names in states:
        slots = sorted(articles)
        texts = _texts(*(articles[s] for s in slots))
        keys = {f"a{i}": f"{s}:{articles[s]}" for i, s in enumerate(slots)}
        again = KeptTallies(kept, "test", keys).tally(texts, names, _counting)
        fresh = KeptTallies(None, "test", keys).tally(texts, names, _counting)
        assert {d: t for d, t in again.items() if t} == {d: t for d, t in fresh.items() if t}


def test_an_added_article_alone_is_scanned_unless_a_new_name_stands_in_another() -> None:
    """With the same names, only the new article is scanned; a name added rescans the articles holding it."""
    kept = MemoryKept()
    articles = ["Ann Roe spoke.", "Roe left.", "Nobody came.", "The Roe family met."]
    keys = {f"a{i}": f"k{i}" for i in range(len(articles))}
    first = KeptTallies(kept, "test", keys)
    first.tally(_texts(*articles[:3]), ["Ann Roe"], _counting)
    assert first.scanned == ["a0", "a1", "a2"]
    added = KeptTallies(kept, "test", keys)
    found = added.tally(_texts(*articles), ["Ann Roe"], _counting)
    assert added.scanned == ["a3"] and found["a0"] == {"Ann Roe": (1,)}
    named = KeptTallies(kept, "test", keys)
    found = named.tally(_texts(*articles), ["Ann Roe", "Roe"], _counting)
    assert sorted(named.scanned) == ["a0", "a1", "a3"]  # "Nobody came." holds no "Roe"
    assert found["a1"] == {"Roe": (1,)} and found["a3"] == {"Roe": (1,)}
