"""Briefbot's core: a corpus of articles in, a platform-neutral briefing out. No chat SDK, scheduler or DB here."""

from briefings.build import build_briefing
from briefings.corpus import LoadResult, load_corpus
from briefings.errors import BriefbotError, CorpusError, CorpusNotFound, EmptyCorpus
from briefings.model import Briefing, Document

__all__ = [
    "BriefbotError",
    "Briefing",
    "CorpusError",
    "CorpusNotFound",
    "Document",
    "EmptyCorpus",
    "LoadResult",
    "build_briefing",
    "load_corpus",
]
