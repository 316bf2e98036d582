"""A page's main text and metadata, with the libraries made for it: trafilatura for the text and metadata,
htmldate for the publication date (the page's structured metadata first, its text only failing that)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import htmldate
import trafilatura

from bot.ingest.errors import IngestError
from briefings.text import normalize_space, words

MIN_WORDS = 40  # less than this is a teaser, an index page or a wall, not an article
# A feed entry whose own content has at least this many words is written from the feed; a shorter one (or
# one with only a description) is a teaser, and its page is read instead.
FULL_TEXT_WORDS = MIN_WORDS
# What the first bytes of a file say it is, when it is not a page (an image or a document saved as .html).
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"RIFF", "a RIFF file (an image, sound or video)"),
)
for _quiet in (
    "trafilatura",
    "htmldate",
    "courlan",
    "charset_normalizer",
):  # their notes are not ours to print
    logging.getLogger(_quiet).setLevel(logging.ERROR)
_PASSWORD = re.compile(rb"<input[^>]+type\s*=\s*[\"']?password", re.IGNORECASE)
_WALL = re.compile(r"\b(?:sign in|log in|subscribe to (?:continue|read)|create an account)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """What a page says and who says it, ready to be written into the corpus."""

    title: str
    text: str
    url: str | None
    source: str | None
    author: str | None
    published: str | None  # YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS with the page's UTC offset when it gives one
    date_source: str | None  # "page metadata" or "page text"
    requested: str | None = None  # the URL or file asked for (the canonical `url` may name another page)


def decode(body: bytes, charset: str | None) -> str:
    """The page as text: its declared charset first, else what the bytes look like (UTF-8 or a guess)."""
    for encoding in (charset, "utf-8"):
        if encoding:
            try:
                return body.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    from charset_normalizer import from_bytes  # installed with trafilatura

    best = from_bytes(body).best()
    return str(best) if best is not None else body.decode("utf-8", errors="replace")


def extract_page(body: bytes, *, name: str, url: str | None = None, charset: str | None = None) -> Article:
    """The article on a page; IngestError naming the page when it has no article text."""
    kind = not_a_page(body)
    if kind:
        raise IngestError(name, f"not a web page: it is {kind}")
    html = decode(body, charset)
    found = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = getattr(found, "text", None) or ""
    if len(words(text)) < MIN_WORDS:
        if _PASSWORD.search(body) or _WALL.search(text):
            raise IngestError(name, "looks like a login or subscription wall: no article text is readable")
        raise IngestError(name, f"no article text found (fewer than {MIN_WORDS} words of main text)")
    title = (
        normalize_space(getattr(found, "title", None) or "") or normalize_space(text.splitlines()[0])[:120]
    )
    lines = [normalize_space(line) for line in text.splitlines()]
    if lines and lines[0] == title:
        lines = lines[1:]  # the headline repeated as the first line
    published, basis = _published(html, url)
    return Article(
        title=title,
        text="\n".join(line for line in lines if line),
        url=getattr(found, "url", None) or url,
        source=getattr(found, "sitename", None) or getattr(found, "hostname", None),
        author=getattr(found, "author", None),
        published=published,
        date_source=basis,
        requested=name,
    )


def not_a_page(body: bytes) -> str | None:
    """What the bytes are when they are not text (an image, a PDF), else None."""
    head = body[:16]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"\x00" in body[:4096]:
        return "binary data"
    return None


def _published(html: str, url: str | None) -> tuple[str | None, str | None]:
    """The publication date from the page's metadata (and time when it has one), else from its text."""
    for extensive, basis in ((False, "page metadata"), (True, "page text")):
        try:
            found = htmldate.find_date(
                html,
                url=url,
                original_date=True,
                extensive_search=extensive,
                outputformat="%Y-%m-%dT%H:%M:%S%z",
            )
        except Exception:  # htmldate on a malformed page: no date rather than no article
            found = None
        if found:
            return _iso(found), basis
    return None, None


def _iso(found: str) -> str:
    """htmldate's "2025-10-16T09:30:00+0200" as ISO 8601 ("...+02:00"); a bare midnight is the day alone."""
    match = re.fullmatch(r"(.{19})([+-]\d{2})(\d{2})", found)
    if match:
        return f"{match[1]}{match[2]}:{match[3]}"
    return found[:10] if found.endswith("T00:00:00") else found
