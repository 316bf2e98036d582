"""Split documents into located sentences, and strip the "Label:" that opens many bullet items."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefings.extract.datelines import strip_dateline
from briefings.model import Document, Sentence
from briefings.text import split_sentences
from briefings.thresholds import MAX_SENTENCE_CHARS, MAX_SENTENCES

_LABEL = re.compile(r"^(?P<label>[A-Z][^:.!?]{0,60}?):\s+(?=[A-Z“\"])")


def strip_label(text: str) -> tuple[str | None, str]:
    """Split "The Venue: The city hall will host ..." into its short Title-Case label and the rest."""
    match = _LABEL.match(text)
    if not match or len(match.group("label").split()) > 6:
        return None, text
    return match.group("label"), text[match.end() :]


def document_sentences(doc: Document) -> list[Sentence]:
    """The sentences of a document, in order, each knowing its block, kind and section (bounded in length and
    number, so one runaway file costs no more than a long article)."""
    out: list[Sentence] = []
    for b, block in enumerate(doc.blocks):
        text = block.text if block.kind in ("heading", "table_row") else strip_dateline(block.text)
        pieces = (
            [text[:MAX_SENTENCE_CHARS]] if block.kind in ("heading", "table_row") else split_sentences(text)
        )
        for piece in pieces:
            if len(out) >= MAX_SENTENCES:
                return out
            out.append(Sentence(doc.id, piece, b, len(out), block.kind, block.section))
    return out


def corpus_sentences(documents: Iterable[Document]) -> list[Sentence]:
    """The sentences of every document, documents in order."""
    return [s for doc in documents for s in document_sentences(doc)]
