"""Briefbot's core: a corpus of articles in, a platform-neutral briefing out. No chat SDK, scheduler or DB here.

The names below are imported on first use, so `briefings.model` or `briefings.version` can be imported alone
(a kept briefing is shown without loading the extractors).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefings.build import build_briefing as build_briefing
    from briefings.errors import BriefbotError as BriefbotError
    from briefings.errors import CorpusError as CorpusError
    from briefings.errors import CorpusNotFound as CorpusNotFound
    from briefings.errors import EmptyCorpus as EmptyCorpus
    from briefings.load.corpus import LoadResult as LoadResult
    from briefings.load.corpus import load_corpus as load_corpus
    from briefings.model import Briefing as Briefing
    from briefings.model import Document as Document

_WHERE = {
    "BriefbotError": "briefings.errors",
    "Briefing": "briefings.model",
    "CorpusError": "briefings.errors",
    "CorpusNotFound": "briefings.errors",
    "Document": "briefings.model",
    "EmptyCorpus": "briefings.errors",
    "LoadResult": "briefings.load.corpus",
    "build_briefing": "briefings.build",
    "load_corpus": "briefings.load.corpus",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    if name not in _WHERE:
        raise AttributeError(f"module 'briefings' has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name]), name)
    globals()[name] = value
    return value
