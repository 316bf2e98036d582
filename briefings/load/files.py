"""What counts as an article file, and how large one may be (light: the bot checks files without the loader)."""

from __future__ import annotations

ARTICLE_SUFFIXES = (".txt", ".md")


def is_article_name(name: str) -> bool:
    """True for a file name the loader reads: a .txt or .md file that is not hidden."""
    return not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES)
