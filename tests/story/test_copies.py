"""A syndicated article carried by several outlets is read once and names the others."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefings import build_briefing
from briefings.load.corpus import parse_article
from briefings.story.copies import merge_copies

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
