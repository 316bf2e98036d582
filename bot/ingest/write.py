"""Write an ingested article into the corpus: once per canonical URL, atomically, one process at a time.

A page whose canonical URL is already in the corpus replaces that article when its text changed (the earlier
copy is kept under `.history/`) and is left alone when it did not; but only when it was asked for at the same
address: a page elsewhere that names another article's URL as its canonical one is added beside it, never over
it. The file appears whole or not at all: it is written to a hidden temporary file in the corpus folder and
renamed into place. Writers take turns through a lock on the corpus folder itself (no lock file is left).
Which file holds which URL is remembered per folder and re-read only for files that changed, so a feed of
2,000 entries does not read the whole corpus 2,000 times.
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
from briefings.errors import ArticleSkipped
from briefings.load.corpus import parse_article, read_article, split_front_matter
from briefings.load.files import is_article_name

Status = Literal["added", "updated", "unchanged"]
_HEAD_CHARS = 4000  # front matter is read from this much of a file


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
        "requested": article.requested if article.requested != article.url else None,
        "fetched": fetched.isoformat(timespec="seconds"),
    }
    head = "".join(f"{k}: {' '.join(str(v).split())}\n" for k, v in fields.items() if v)
    return f"---\n{head}---\n{article.text.strip()}\n"


def _body(text: str) -> str:
    return split_front_matter(text)[1].strip()


def _requested(head: str) -> str | None:
    """The `requested:` line of an article's front matter (the address it was fetched from), if any."""
    match = re.search(r"^requested:[ \t]*(\S.*?)[ \t]*$", head.split("\n---", 1)[0], re.MULTILINE)
    return match[1] if match else None


# corpus folder -> file name -> (size, mtime_ns, url, requested): read again only when a file changes
_INDEX: dict[Path, dict[str, tuple[int, int, str | None, str | None]]] = {}


def _by_url(corpus: Path, url: str) -> list[tuple[Path, str]]:
    """The article files whose canonical URL is `url`, each with the address it was asked for (its URL when
    it names none); call it under the corpus lock."""
    known = _INDEX.setdefault(corpus.resolve(), {})
    found: dict[str, tuple[int, int, str | None, str | None]] = {}
    with os.scandir(corpus) as entries:
        for entry in entries:
            if not is_article_name(entry.name):
                continue
            try:
                stat = entry.stat()
                if not entry.is_file():
                    continue
                cached = known.get(entry.name)
                if cached is not None and cached[:2] == (stat.st_size, stat.st_mtime_ns):
                    found[entry.name] = cached
                    continue
                with open(entry.path, encoding="utf-8", errors="replace") as handle:
                    head = handle.read(_HEAD_CHARS)
            except OSError:
                continue
            meta = split_front_matter(head)[0]
            found[entry.name] = (stat.st_size, stat.st_mtime_ns, meta.get("url"), _requested(head))
    known.clear()
    known.update(found)
    return [(corpus / name, found[name][3] or url) for name in sorted(found) if found[name][2] == url]


def _same_article(article: Article, matches: list[tuple[Path, str]]) -> Path | None:
    """Which of the files with this article's URL a new version of it replaces: the one served from the same
    address; None when only pages elsewhere claim the URL (this one then lands beside them)."""
    for path, asked in matches:
        if article.requested is None or asked == article.requested:
            return path
    return None


@contextmanager
def _locked(corpus: Path) -> Iterator[None]:
    """Exclusive use of the corpus folder among writers (a lock on the folder itself: nothing left behind)."""
    fd = os.open(corpus, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


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
        matches = _by_url(corpus, article.url) if article.url else []
        for path, _asked in matches:
            if _body(path.read_text(encoding="utf-8", errors="replace")) == _body(text):
                return Written(path, "unchanged")
        existing = _same_article(article, matches)  # None: a page elsewhere claims the URL, it lands beside
        if existing is not None:
            history = corpus / ".history"
            history.mkdir(exist_ok=True)
            os.replace(existing, history / f"{existing.stem}.{fetched:%Y%m%dT%H%M%S}{existing.suffix}")
            _atomic_write(existing, text)
            return Written(existing, "updated")
        day = (article.published or fetched.date().isoformat())[:10]
        key = hashlib.sha1((article.url or text).encode()).hexdigest()[:8]
        path = corpus / f"{day}-{slug(article.title)}-{key}.md"
        if path.exists():  # the same URL and title from another address: its own file
            key = hashlib.sha1(f"{article.url} {article.requested}".encode()).hexdigest()[:8]
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
