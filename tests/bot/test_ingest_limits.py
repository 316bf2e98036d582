"""What `briefbot ingest` leaves and says about odd inputs: no lock file, a size cap on saved pages, an image
named as one, the page's UTC offset kept, a short full-text feed entry taken from the feed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest import fetch as fetch_module
from bot.ingest.extract import extract_page
from bot.ingest.feeds import _full_text
from bot.ingest.pipeline import ingest
from tests.bot.test_ingest import NOW, PARAGRAPHS, articles, page


async def test_saved_pages_are_capped_and_an_image_is_called_an_image(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A saved .html over the page cap is refused unread; a PNG saved as .html is "a PNG image", not "fewer
    than 40 words"; a good page beside them lands, and no lock file is left in the corpus."""
    monkeypatch.setattr(fetch_module, "MAX_PAGE_BYTES", 50_000)
    big, image, good = tmp_path / "big.html", tmp_path / "photo.html", tmp_path / "good.html"
    big.write_text(page(PARAGRAPHS * 200), encoding="utf-8")
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    good.write_text(page(PARAGRAPHS), encoding="utf-8")
    corpus = tmp_path / "corpus"
    lines: list[str] = []
    assert await ingest([str(big), str(image), str(good)], corpus, now=NOW, out=lines.append) == 1
    assert "larger than the 50,000-byte cap" in lines[0]
    assert lines[1] == f"failed: {image}: not a web page: it is a PNG image"
    assert lines[2].startswith("added: ") and len(articles(corpus)) == 1
    assert sorted(p.name for p in corpus.iterdir() if p.name.startswith(".")) == []


def test_the_pages_utc_offset_is_kept() -> None:
    """article:published_time 09:30+02:00 is written as such, not as a bare 09:30."""
    html = page(PARAGRAPHS).replace("2025-10-16T09:30:00Z", "2025-10-16T09:30:00+02:00")
    article = extract_page(html.encode(), name="saved.html")
    assert article.published == "2025-10-16T09:30:00+02:00"


def test_a_full_text_entry_of_66_words_is_taken_from_the_feed() -> None:
    """A feed's own content of 66 words is the article (no hidden 80-word cut); a 20-word one is a teaser."""
    words = " ".join(PARAGRAPHS).split()
    html = "<p>" + " ".join(words[:66]) + "</p>"
    entry = {"title": "Short report", "content": [{"value": html}], "link": "https://example.org/a"}
    article = _full_text(entry, "https://example.org/a", "Wire")
    assert article is not None and article.title == "Short report" and len(article.text.split()) == 66
    teaser = {"title": "Teaser", "content": [{"value": "<p>" + " ".join(words[:20]) + "</p>"}]}
    assert _full_text(teaser, "https://example.org/b", "Wire") is None
