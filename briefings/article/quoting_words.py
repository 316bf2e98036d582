"""The words of one article that may begin a name, where quotes are read: what the quote finder matches
people against."""

from __future__ import annotations

from briefings.extract.namer import name_words
from briefings.model import Document

UNREAD_BLOCKS = ("heading", "caption")  # quotes are read in every block but these


def quoting_words(doc: Document) -> tuple[str, str]:
    """The words of an article that may begin a name, in the blocks read for quotes (see Namer.within)."""
    return name_words(b.text for b in doc.blocks if b.kind not in UNREAD_BLOCKS)
