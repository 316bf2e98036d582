"""Write an ingested article into the corpus: once per canonical URL, atomically, one process at a time.

A page whose canonical URL is already in the corpus replaces that article when its text changed (the earlier
copy is kept under `.history/`) and is left alone when it did not. The file appears whole or not at all: it is
written to a hidden temporary file in the corpus folder and renamed into place.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from bot.ingest.errors import IngestError
from bot.ingest.extract import Article
from briefings.corpus import parse_article, read_article, split_front_matter
from briefings.errors import ArticleSkipped
from briefings.files import is_article_name

Status = Literal["added", "updated", "unchanged"]
LOCK_NAME = ".briefbot-ingest.lock"


@dataclass(frozen=True)
class Written:
    """Where an article went and what happened to the corpus."""

    path: Path
    status: Status


def slug(text: str, limit: int = 60) -> str:
    """A file-name-safe form of a title: "Talks set for Budapest!" -> "talks-set-for-budapest"."""
    plain = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return plain[:limit].rstrip("-") or "article"


def render(article: Article, fetched: datetime) -> str:
    """The article file: front matter (one line per key, no newlines in values), then the text."""
    fields = {
        "title": article.title,
        "source": article.source,
        "author": article.author,
        "published": article.published,
        "date_source": article.date_source,
        "url": article.url,
        "fetched": fetched.isoformat(timespec="seconds"),
    }
    head = "".join(f"{k}: {' '.join(str(v).split())}\n" for k, v in fields.items() if v)
    return f"---\n{head}---\n{article.text.strip()}\n"


def _body(text: str) -> str:
    return split_front_matter(text)[1].strip()


def _by_url(corpus: Path, url: str) -> Path | None:
    for path in sorted(corpus.iterdir()):
        if is_article_name(path.name) and path.is_file():
            try:
                head = path.read_text(encoding="utf-8", errors="replace")[:4000]
            except OSError:
                continue
            if split_front_matter(head)[0].get("url") == url:
                return path
    return None


@contextmanager
def _locked(corpus: Path) -> Iterator[None]:
    with open(corpus / LOCK_NAME, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _atomic_write(path: Path, text: str) -> None:
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".ingest-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_article(corpus: Path, article: Article, *, fetched: datetime) -> Written:
    """Add the article, or update the one with its canonical URL; nothing half-written ever lands."""
    corpus.mkdir(parents=True, exist_ok=True)
    text = render(article, fetched)
    with _locked(corpus):
        existing = _by_url(corpus, article.url) if article.url else None
        if existing is not None:
            if _body(existing.read_text(encoding="utf-8", errors="replace")) == _body(text):
                return Written(existing, "unchanged")
            history = corpus / ".history"
            history.mkdir(exist_ok=True)
            os.replace(existing, history / f"{existing.stem}.{fetched:%Y%m%dT%H%M%S}{existing.suffix}")
            _atomic_write(existing, text)
            return Written(existing, "updated")
        day = (article.published or fetched.date().isoformat())[:10]
        key = hashlib.sha1((article.url or text).encode()).hexdigest()[:8]
        path = corpus / f"{day}-{slug(article.title)}-{key}.md"
        _atomic_write(path, text)
        return Written(path, "added")


def write_file(corpus: Path, source: Path) -> Written:
    """Copy an article file into the corpus under its own name (checked readable first), atomically."""
    try:
        text = read_article(source)
        parse_article(source, text)
    except ArticleSkipped as exc:
        raise IngestError(str(source), exc.reason) from exc
    corpus.mkdir(parents=True, exist_ok=True)
    target = corpus / source.name
    if target.resolve() == source.resolve():
        return Written(target, "unchanged")
    with _locked(corpus):
        if target.is_file():
            if target.read_text(encoding="utf-8", errors="replace") == text:
                return Written(target, "unchanged")
            _atomic_write(target, text)
            return Written(target, "updated")
        _atomic_write(target, text)
        return Written(target, "added")
