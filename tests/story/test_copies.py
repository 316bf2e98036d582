"""A syndicated article carried by several outlets is read once and names the others."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import cast

from briefings import build_briefing
from briefings.article.shingles import shingles, sketch
from briefings.keeping import MemoryKept, content_key, merge_key
from briefings.load.corpus import parse_article
from briefings.model import Document
from briefings.story.copies import Candidates, merge_copies
from briefings.thresholds import COPY_COMMON_SKETCH

WIRE = (
    "The council voted on Monday to close the harbour bridge for repairs after engineers found cracks in two of "
    "its main supports. The closure will last six weeks and traffic will be sent through the tunnel, the mayor "
    "said at a news conference. Shop owners near the bridge said they feared losing customers during the works, "
    "and asked the council for help with their rents while the road is closed."
)


def article(name: str, source: str, published: str, body: str) -> object:
    return parse_article(
        Path(name), f"---\ntitle: Bridge to close\nsource: {source}\npublished: {published}\n---\n{body}\n"
    )


def test_copies_are_read_once_with_their_outlets_named() -> None:
    """Three outlets run the same wire text (one adds a line, one cuts the end): one source, two others named;
    an article on the same story in other words stays a source of its own."""
    docs = [
        article("a.md", "Harbour Gazette", "2024-03-05", WIRE),
        article("b.md", "Daily Planet", "2024-03-04", WIRE + " Updated at noon."),
        article("c.md", "Coast Times", "2024-03-05", WIRE.rsplit(". ", 1)[0] + "."),
        article(
            "d.md",
            "City Desk",
            "2024-03-05",
            "Engineers found cracks in the harbour bridge, so the city will shut it for six weeks while repairs go "
            "ahead. Drivers must use the tunnel instead, officials told reporters on Monday afternoon in a short "
            "statement that gave no figure for the cost of the works or for the losses of nearby shops.",
        ),
    ]
    kept = merge_copies(docs)
    assert [d.id for d in kept] == ["b", "d"]  # the earliest published copy is kept
    assert kept[0].also_carried_by == ("Harbour Gazette", "Coast Times")
    briefing = build_briefing(docs, as_of=date(2024, 3, 6))
    assert len(briefing.sources) == 2
    assert max(s.support for s in briefing.summary) <= 2


def test_short_texts_and_different_articles_are_never_merged() -> None:
    """Two one-line notes that say the same thing are not "copies": too short to tell."""
    docs = [
        article("a.md", "A", "2024-03-05", "The bridge will close."),
        article("b.md", "B", "2024-03-05", "The bridge will close."),
    ]
    assert len(merge_copies(docs)) == 2


OTHER = (
    "Flood barriers along the river were raised overnight as the water reached its highest level in forty years. "
    "Residents of the lower town were told to move their cars to higher ground, and two schools stayed closed "
    "while volunteers filled sandbags outside the town hall until the early hours of the morning."
)
THIRD = (
    "A new ferry line will link the two islands from next spring, the transport board announced on Tuesday. "
    "Tickets will cost less than the bus fare on the mainland, and the boats will run every hour between six in "
    "the morning and midnight, with extra crossings on market days and during the summer festival."
)


def _keyed(name: str, source: str, body: str) -> Document:
    """An article as loaded from a file: with its content key (what kept pair outcomes are filed under)."""
    doc = article(name, source, "2024-03-05", body)
    assert isinstance(doc, Document)
    return replace(doc, key=content_key(name, body))


def test_an_added_copy_is_judged_against_its_neighbours_only_and_kept_outcomes_decide_as_judging_does() -> (
    None
):
    """With the pairs of earlier merges kept, an added article is compared only with articles sharing a sketch
    value with it (every pair judged names it), once; the merge is the one a merge from nothing gives."""
    store = MemoryKept()
    docs = [_keyed("a.md", "A", WIRE), _keyed("b.md", "B", OTHER), _keyed("c.md", "C", THIRD)]
    docs.append(_keyed("d.md", "D", WIRE + " Updated at noon."))
    first = merge_copies(docs, kept=store)
    judged = dict(cast(dict[tuple[str, str], bool], store.get(merge_key("copy-pairs"))))
    assert list(judged.values()) == [True]  # only the two copies share sketch values
    added = _keyed("e.md", "E", WIRE.rsplit(". ", 1)[0] + ".")
    after = merge_copies([*docs, added], kept=store)
    now = cast(dict[tuple[str, str], bool], store.get(merge_key("copy-pairs")))
    new = set(now) - set(judged)
    assert new and all(added.key in pair for pair in new)
    assert after == merge_copies([*docs, added])
    assert [d.id for d in first] == [d.id for d in after] == ["b", "c", "d"]  # the longest copy is read
    assert after[-1].also_carried_by == ("A", "E")


def test_a_kept_outcome_is_used_instead_of_judging_again() -> None:
    """What is kept for a pair decides it (so a build never judges a kept pair twice)."""
    store = MemoryKept()
    docs = [_keyed("a.md", "A", WIRE), _keyed("d.md", "D", WIRE + " Updated at noon.")]
    assert len(merge_copies(docs, kept=store)) == 1
    pairs = cast(dict[tuple[str, str], bool], store.get(merge_key("copy-pairs")))
    store.put(merge_key("copy-pairs"), dict.fromkeys(pairs, False))
    assert len(merge_copies(docs, kept=store)) == 2


def test_pairs_of_an_article_removed_are_not_kept_on() -> None:
    """The kept outcomes cover the current articles only: a removed article's pairs go at the next merge."""
    store = MemoryKept()
    docs = [_keyed("a.md", "A", WIRE), _keyed("b.md", "B", OTHER), _keyed("d.md", "D", WIRE + " Updated.")]
    merge_copies(docs, kept=store)
    assert len(cast(dict[tuple[str, str], bool], store.get(merge_key("copy-pairs")))) == 1
    merge_copies(docs[:2], kept=store)
    assert cast(dict[tuple[str, str], bool], store.get(merge_key("copy-pairs"))) == {}


def _own_words(seed: int, count: int) -> str:
    """A body of `count` made-up words (letters only) drawn at random for the seed: no two seeds' bodies share
    five words in a row."""
    pick = random.Random(seed).choice
    return (
        " ".join(pick("bcdfghjklmnprstvz") + pick("aeiou") + pick("bcdfghjklmnprstvz") for _ in range(count))
        + "."
    )


def test_articles_sharing_a_paragraph_are_ruled_out_by_their_sketches_and_not_kept() -> None:
    """Twelve articles that open with the same wire paragraph but go on in their own words share sketch values
    (each pair is a candidate) yet are no copies: none is merged, and no pair outcome is kept for them; a real
    copy among them is merged and its pair kept."""
    store = MemoryKept()
    docs = [_keyed(f"{k:02d}.md", f"S{k}", f"{WIRE} {_own_words(k, 160)}") for k in range(12)]
    docs.append(_keyed("copy.md", "Copy", f"{WIRE} {_own_words(3, 160)} A line of its own."))
    read = merge_copies(docs, kept=store)
    merged = [(d.id, d.also_carried_by) for d in read if d.also_carried_by]
    assert len(read) == 12 and merged == [("copy", ("S3",))]  # the longer copy is read
    kept = cast(dict[tuple[str, str], bool], store.get(merge_key("copy-pairs")))
    assert list(kept.values()) == [True]


def test_kept_candidates_are_the_ones_a_merge_from_nothing_finds_as_articles_come_and_go() -> None:
    """The candidate pairs an earlier merge kept are taken again for the articles that stay, and looked for only
    for the others: an article added, one removed, and a paragraph becoming common (held by more articles than a
    copy signal allows) each give the pairs that looking at every article gives, and the same merge."""
    store = MemoryKept()
    docs = [_keyed(f"{k:02d}.md", f"S{k}", f"{WIRE} {_own_words(k, 60)}") for k in range(8)]
    docs += [_keyed(f"c{k}.md", f"C{k}", f"{_own_words(k, 60)} A line of its own.") for k in range(3)]

    def fresh(articles: list[Document]) -> list[tuple[int, int]]:
        return Candidates(articles, [list(sketch(shingles(d))) for d in articles], None).pairs()

    def again(articles: list[Document]) -> list[tuple[int, int]]:
        return Candidates(articles, [list(sketch(shingles(d))) for d in articles], store).pairs()

    assert again(docs) == fresh(docs) and fresh(docs)  # the first merge keeps them
    assert isinstance(store.get(merge_key("copy-candidates")), tuple)
    added = [*docs, _keyed("z.md", "Z", f"{_own_words(5, 60)} Another line.")]
    assert again(added) == fresh(added) and len(fresh(added)) > len(fresh(docs))
    removed = added[1:]
    assert again(removed) == fresh(removed)
    many = [
        _keyed(f"w{k:02d}.md", f"W{k}", f"{WIRE} {_own_words(100 + k, 40)}")
        for k in range(COPY_COMMON_SKETCH)
    ]
    grown = [*removed, *many]  # the wire paragraph's values are now common: they propose no pair
    assert again(grown) == fresh(grown)
    assert merge_copies(grown, kept=store) == merge_copies(grown)
