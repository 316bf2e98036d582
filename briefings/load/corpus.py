"""Load a corpus folder: read each article safely, parse front matter, clean and structure it, date it."""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from briefings.errors import ArticleSkipped, CorpusNotFound, EmptyCorpus
from briefings.extract.dates import plausible
from briefings.keeping import Kept, content_key, kept_each
from briefings.load.files import is_article_name
from briefings.load.published import (
    dated_lower_bound,
    dateline_evidence,
    estimate_published,
    publication_evidence,
)
from briefings.load.shared_events import day_from_events, events_of, words_wanted
from briefings.load.structure import structure
from briefings.model import Block, Document
from briefings.parallel import Mapper, serial_map
from briefings.text import (
    normalize_space,
    shown,
    split_sentences,
    truncate_words,
    without_invisible,
    years_named,
)
from briefings.thresholds import DEFAULT_MAX_BYTES, EVENT_ROUNDS, MAX_LINE_CHARS

log = logging.getLogger(__name__)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_KEYS = ("title", "source", "url", "published", "author", "date_source")


@dataclass(frozen=True)
class LoadResult:
    """The documents that loaded, and a warning for each file that did not."""

    documents: tuple[Document, ...]
    skipped: tuple[ArticleSkipped, ...]


def read_article(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read one article file as text, raising ArticleSkipped with the reason when it cannot be used."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleSkipped(path, f"larger than the {max_bytes:,}-byte cap ({size:,} bytes)")
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleSkipped(path, f"cannot be read ({exc.strerror or exc})") from exc
    if b"\x00" in data:
        raise ArticleSkipped(path, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleSkipped(path, f"not valid UTF-8 (bad byte at offset {exc.start})") from exc
    if not text.strip():
        raise ArticleSkipped(path, "empty file")
    return text


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Separate an optional `---` front matter block (simple `key: value` lines) from the body."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group("body").splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in _FRONT_KEYS:
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta, text[match.end() :]


def _title(meta: dict[str, str], blocks: list[Block], fallback: str) -> str:
    if meta.get("title"):
        return normalize_space(meta["title"])
    if blocks and blocks[0].kind == "heading":
        return blocks[0].text
    for block in blocks:
        if block.kind in ("paragraph", "bullet"):
            sentences = split_sentences(block.text)
            if sentences:
                return truncate_words(sentences[0], 14)
    return fallback


def _bounded_lines(path: Path, lines: list[str], notes: list[str]) -> list[str]:
    """The lines of an article, each cut at a space before MAX_LINE_CHARS, with a note naming the file."""
    out = []
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_CHARS:
            cut = line.rfind(" ", MAX_LINE_CHARS // 2, MAX_LINE_CHARS)
            notes.append(
                f"{shown(path.name)}: line {number} is {len(line):,} characters long; "
                f"only its first {MAX_LINE_CHARS:,} are read"
            )
            line = line[: cut if cut > 0 else MAX_LINE_CHARS]
        out.append(line)
    return out


def parse_article(path: Path, text: str) -> Document:
    """Build a Document from an article's text; raises ArticleSkipped when nothing usable remains."""
    document, notes = _parse(path, text)
    for note in notes:
        log.warning("%s", note)
    return document


def _parse(path: Path, text: str) -> tuple[Document, tuple[str, ...]]:
    """The Document and the warnings about its text (kept with it, so a kept article still warns)."""
    notes: list[str] = []
    meta, body = split_front_matter(without_invisible(text))
    lines = _bounded_lines(path, body.splitlines(), notes)
    blocks = structure(lines)
    if not any(b.kind != "heading" for b in blocks):
        raise ArticleSkipped(path, "no article text left after removing web chrome")
    published: date | None = None
    basis: str | None = None
    if meta.get("published"):
        try:
            published = date.fromisoformat(meta["published"][:10])
            basis = f"front matter ({meta['date_source']})" if meta.get("date_source") else "front matter"
        except ValueError:
            notes.append(
                f"{shown(path.name)}: front matter 'published: {shown(meta['published'])}' is not YYYY-MM-DD; "
                "inferring the date from the text"
            )
        if published is not None and not plausible(published):
            notes.append(
                f"{shown(path.name)}: front matter 'published: {shown(meta['published'])}' is outside the "
                "years 1000-2999; inferring the date from the text"
            )
            published, basis = None, None
    if published is None:
        found = publication_evidence(lines, blocks)
        if found:
            published, basis = found.day, found.basis
    document = Document(
        id=path.stem,
        path=str(path),
        title=_title(meta, blocks, path.stem),
        blocks=tuple(blocks),
        published=published,
        published_inferred=basis is not None and not basis.startswith("front matter"),
        published_basis=basis,
        source=meta.get("source") or None,
        url=meta.get("url") or None,
    )
    return document, tuple(notes)


def _parsed(item: tuple[Path, str]) -> tuple[Document, tuple[str, ...]] | str:
    """An article parsed with its warnings, or the reason it is skipped (what a worker process sends back)."""
    path, text = item
    try:
        document, notes = _parse(path, text)
    except ArticleSkipped as skip:
        return skip.reason
    return replace(document, key=content_key(path.name, text)), notes


def _a_parse(value: object) -> bool:
    """A kept parse is a Document with its warnings."""
    return isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], Document)


def _read_all(root: Path, max_bytes: int) -> list[tuple[Path, str | ArticleSkipped]]:
    """Each article file in `root` in name order, with its text or why it is skipped."""
    read: list[tuple[Path, str | ArticleSkipped]] = []
    for path in sorted(root.iterdir()):
        if not is_article_name(path.name):
            continue
        try:
            if path.is_symlink() and not path.exists():
                raise ArticleSkipped(path, "a link to a file that does not exist")
            if not path.is_file():
                continue  # a folder named like an article
            read.append((path, read_article(path, max_bytes=max_bytes)))
        except ArticleSkipped as skip:
            read.append((path, skip))
    return read


def load_corpus(
    folder: Path | str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    kept: Kept | None = None,
    mapper: Mapper = serial_map,
) -> LoadResult:
    """Load every .txt and .md article in `folder`; bad files are skipped with a warning naming them. An
    article whose content key is in `kept` is not parsed again; the others are parsed by `mapper`."""
    root = Path(folder)
    if not root.is_dir():
        raise CorpusNotFound(root)
    read = _read_all(root, max_bytes)
    texts = [(path, text) for path, text in read if isinstance(text, str)]
    keys = [f"document:{content_key(path.name, text)}" for path, text in texts]
    parsed = dict(zip(keys, kept_each(kept, keys, _a_parse, _parsed, texts, mapper), strict=True))
    documents: list[Document] = []
    skipped: list[ArticleSkipped] = []
    at = 0
    for path, text in read:
        try:
            if isinstance(text, ArticleSkipped):
                raise text
            found = parsed[keys[at]]
            at += 1
            if isinstance(found, str):
                raise ArticleSkipped(path, found)
            document, notes = found
            for note in notes:
                log.warning("%s", note)
            try:
                added = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
            except OSError as exc:  # removed while we read it
                raise ArticleSkipped(path, f"cannot be read ({exc.strerror or exc})") from exc
            documents.append(replace(document, path=str(path), added=added))
        except ArticleSkipped as skip:
            log.warning("%s", skip)
            skipped.append(skip)
    if not documents:
        raise EmptyCorpus(root, len(skipped))
    return LoadResult(tuple(_date_from_corpus(documents)), tuple(skipped))


_ESTIMATE_WINDOW = timedelta(days=7)


def _commonest_year(documents: list[Document]) -> int | None:
    """The year the story's articles name most often, when none of them is dated."""
    counts = Counter(y for d in documents for b in d.blocks for y in years_named(b.text))
    return counts.most_common(1)[0][0] if counts else None


def _date_from_corpus(documents: list[Document]) -> list[Document]:
    """Date undated articles from the story: a year-less dateline takes the story's year, and an estimate
    (the latest past day the article reports) is kept when it falls within a week of the dated articles, or is the
    day the article shows it is at least as new as (see published.dated_lower_bound)."""
    dated = sorted(d.published for d in documents if d.published is not None)
    if len(dated) == len(documents):
        return documents
    year = dated[len(dated) // 2].year if dated else _commonest_year(documents)
    if year is None:
        return documents
    low = dated[0] - _ESTIMATE_WINDOW if dated else date.max
    high = dated[-1] + _ESTIMATE_WINDOW if dated else date.min
    out = []
    documents = _date_from_events(documents)
    for doc in documents:
        if doc.published is None:
            # the one step of publication_evidence that the story's year can change
            found = dateline_evidence(doc.blocks, corpus_year=year)
            if found:
                doc = replace(doc, published=found.day, published_inferred=True, published_basis=found.basis)
            else:
                guess = estimate_published(doc.blocks, year_hint=year)
                # far from the dated articles, kept only when it is a day the article shows it is as new as
                if guess is not None and (low <= guess <= high or guess == dated_lower_bound(doc.blocks)):
                    doc = replace(doc, published_estimate=guess)
        out.append(doc)
    return out


def _date_from_events(documents: list[Document]) -> list[Document]:
    """Date undated articles from events other sources date (see shared_events); a date is never guessed."""
    for _ in range(EVENT_ROUNDS):
        if len(documents) < 2:
            return documents
        undated = [d for d in documents if d.published is None]
        wanted = {d.id: words_wanted(d.blocks) for d in undated}
        words = frozenset().union(*wanted.values())
        if not words:
            return documents  # no undated article names a day someone spoke: nothing to date it by
        events = [e for d in documents for e in events_of(d.id, d.blocks, d.published, words=words)]
        found = {d.id: day_from_events(d.id, d.blocks, events) for d in undated if wanted[d.id]}
        if not any(found.values()):
            return documents
        documents = [
            replace(
                d, published=found[d.id], published_inferred=True, published_basis="events other sources date"
            )
            if found.get(d.id)
            else d
            for d in documents
        ]
    return documents
