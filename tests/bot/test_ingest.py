"""`briefbot ingest` against pages served on loopback: good pages land once, bad ones are named and leave nothing."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.ingest import fetch as fetch_module
from bot.ingest.errors import IngestError
from bot.ingest.pipeline import ingest, ingest_one
from briefings import load_corpus
from tests.fakes import serve_on_loopback

NOW = datetime(2025, 10, 17, 8, 0, tzinfo=UTC)
PARAGRAPHS = [
    "President Trump will meet President Putin in Budapest next month, officials said on Thursday, after a long "
    "phone call between the two leaders about the war in Ukraine.",
    "Hungary's prime minister, Viktor Orbán, said his country was ready to host the summit and would provide "
    "security for both delegations, according to a statement from his office.",
    "European officials said they had not been consulted and would ask for a briefing before the meeting.",
]


def page(paragraphs: list[str], *, title: str = "Talks set for Budapest", canonical: str = "") -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title} | Daily Planet</title>{link}"
        '<meta property="og:site_name" content="Daily Planet">'
        '<meta property="article:published_time" content="2025-10-16T09:30:00Z">'
        '<meta name="author" content="Ann Vo"></head>'
        f"<body><nav>Home | World | Sport</nav><article><h1>{title}</h1>{body}</article>"
        "<footer>Copyright Daily Planet</footer></body></html>"
    )


@dataclass
class Site:
    url: str
    text: dict[str, list[str]] = field(default_factory=lambda: {"article": list(PARAGRAPHS)})


@pytest.fixture
async def site() -> AsyncIterator[Site]:
    state = Site("")

    async def article(request: web.Request) -> web.Response:
        await asyncio.sleep(0.05)
        return web.Response(
            text=page(state.text["article"], canonical=f"{state.url}/article"), content_type="text/html"
        )

    async def latin1(request: web.Request) -> web.Response:
        body = page([p.replace("officials", "officials at the café") for p in PARAGRAPHS]).encode("cp1252")
        return web.Response(body=body, headers={"Content-Type": "text/html; charset=windows-1252"})

    async def huge(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        await response.prepare(request)
        for _ in range(200):
            await response.write(b"<p>" + b"word " * 20000 + b"</p>")
        return response

    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(5)
        return web.Response(text=page(PARAGRAPHS), content_type="text/html")

    routes = {
        "/article": article,
        "/latin1": latin1,
        "/huge": huge,
        "/slow": slow,
        "/moved": answer(lambda: _redirect("/article")),
        "/loop": answer(lambda: _redirect("/loop")),
        "/gone": answer(lambda: web.Response(status=410, text="nope")),
        "/missing": answer(lambda: web.Response(status=404, text="nope")),
        "/broken": answer(lambda: web.Response(status=500, text="nope")),
        "/empty": answer(lambda: _html("<html><body><nav>Home</nav><p>Subscribe.</p></body></html>")),
        "/login": answer(
            lambda: _html(
                "<html><body><h1>Sign in</h1><form><input name=u><input type=password name=p></form>"
                "<p>Log in to continue reading.</p></body></html>"
            )
        ),
        "/image": answer(lambda: web.Response(body=b"\x89PNG\r\n", content_type="image/png")),
    }
    app = web.Application()
    for path, handler in routes.items():
        app.router.add_get(path, handler)
    runner, port = await serve_on_loopback(app)
    state.url = f"http://127.0.0.1:{port}"
    try:
        yield state
    finally:
        await runner.cleanup()


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def answer(make: Callable[[], web.StreamResponse]) -> Handler:
    """A route handler that answers with what `make` builds (or raises)."""

    async def handler(request: web.Request) -> web.StreamResponse:
        return make()

    return handler


def _redirect(to: str) -> web.Response:
    raise web.HTTPFound(to)


def _html(text: str) -> web.Response:
    return web.Response(text=text, content_type="text/html")


def articles(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.iterdir() if p.suffix == ".md")


async def test_a_page_lands_as_an_article_with_its_metadata(site: Site, tmp_path: Path) -> None:
    """Title, outlet, author, the date from the page's metadata (and where it came from), the canonical URL."""
    lines: list[str] = []
    assert await ingest([f"{site.url}/moved"], tmp_path, now=NOW, out=lines.append) == 0
    (path,) = articles(tmp_path)
    assert lines == [f"added: {path.name} from {site.url}/moved"]
    text = path.read_text(encoding="utf-8")
    for line in ("title: Talks set for Budapest", "source: Daily Planet", "author: Ann Vo",
                 "date_source: page metadata", f"url: {site.url}/article"):  # fmt: skip
        assert line in text
    assert (
        "Home | World" not in text and "Copyright" not in text and text.count("Talks set for Budapest") == 1
    )
    (document,) = load_corpus(tmp_path).documents
    assert document.published == date(2025, 10, 16) and document.source == "Daily Planet"
    assert document.published_basis == "front matter (page metadata)" and not document.published_inferred


async def test_the_same_page_twice_at_once_lands_once_and_a_new_version_replaces_it(
    site: Site, tmp_path: Path
) -> None:
    """Two fetches of one URL at the same time: one file. A changed text updates it; the old copy is kept."""
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(
            *(ingest_one(session, f"{site.url}/article", tmp_path, now=NOW) for _ in range(2))
        )
        assert sorted(r.status for r in results) == ["added", "unchanged"]
        site.text["article"] = [*PARAGRAPHS, "Late on Friday the Kremlin confirmed the date of the summit."]
        updated = await ingest_one(session, f"{site.url}/article", tmp_path, now=NOW)
    assert updated.status == "updated" and len(articles(tmp_path)) == 1
    assert "Kremlin confirmed" in updated.path.read_text(encoding="utf-8")
    (old,) = (tmp_path / ".history").iterdir()
    assert "Kremlin confirmed" not in old.read_text(encoding="utf-8")
    assert len(load_corpus(tmp_path).documents) == 1  # the history is not part of the corpus


async def test_a_declared_charset_is_honoured(site: Site, tmp_path: Path) -> None:
    """A windows-1252 page with its charset in the header reads "café", not mojibake."""
    assert await ingest([f"{site.url}/latin1"], tmp_path, now=NOW, out=lambda _: None) == 0
    assert "at the café" in articles(tmp_path)[0].read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404"),
        ("/gone", "HTTP 410"),
        ("/broken", "HTTP 500"),
        ("/loop", "redirects (a redirect loop?)"),
        ("/empty", "no article text found"),
        ("/login", "login or subscription wall"),
        ("/image", "not a web page or feed (Content-Type image/png)"),
        ("/huge", "byte cap (stopped reading there)"),
        ("/slow", "no complete answer within 0.5 s"),
    ],
)
async def test_bad_pages_are_named_with_the_reason_and_leave_nothing(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str, reason: str
) -> None:
    """Each failure is one line naming the URL and why; the corpus gets no file, half-written or whole."""
    monkeypatch.setattr(fetch_module, "TIMEOUT_SECONDS", 0.5)
    monkeypatch.setattr(fetch_module, "MAX_PAGE_BYTES", 1_000_000)
    lines: list[str] = []
    good = f"{site.url}/article"
    assert await ingest([f"{site.url}{path}", good], tmp_path, now=NOW, out=lines.append) == 1
    assert lines[0] == f"failed: {site.url}{path}: " + lines[0].split(": ", 2)[2] and reason in lines[0]
    assert lines[1].startswith("added: ")  # the next one still lands
    assert len(articles(tmp_path)) == 1 and not list(tmp_path.glob(".ingest-*"))


async def test_files_are_added_and_a_missing_one_is_named(tmp_path: Path) -> None:
    """A saved .html page and a .md article are added; a path that is neither a file nor a URL is refused."""
    saved = tmp_path / "saved.html"
    saved.write_text(page(PARAGRAPHS), encoding="utf-8")
    note = tmp_path / "note.md"
    note.write_text("---\ntitle: A note\n---\nThe council met on Monday and voted to reopen the bridge.\n")
    corpus = tmp_path / "corpus"
    lines: list[str] = []
    code = await ingest(
        [str(saved), str(note), str(tmp_path / "nope.txt")], corpus, now=NOW, out=lines.append
    )
    assert code == 1 and lines[0].startswith("added: ") and lines[1] == f"added: note.md from {note}"
    assert lines[2] == f"failed: {tmp_path / 'nope.txt'}: no such file, and not an http(s) URL"
    assert len(load_corpus(corpus).documents) == 2
    with pytest.raises(IngestError, match="not a page or an article"):
        async with aiohttp.ClientSession() as session:
            (tmp_path / "x.pdf").write_bytes(b"%PDF")
            await ingest_one(session, str(tmp_path / "x.pdf"), corpus, now=NOW)


def rss(site: str, *, full: bool) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 2)
    content = f"<content:encoded><![CDATA[{body}]]></content:encoded>" if full else ""
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        "<channel><title>Daily Planet World</title><link>http://planet.example/</link><description>d</description>"
        f"<item><title>Full story in the feed</title><link>{site}/full</link><guid>full-1</guid>"
        f"<pubDate>Thu, 16 Oct 2025 09:30:00 GMT</pubDate><description>Teaser.</description>{content}</item>"
        f"<item><title>Teaser only</title><link>{site}/article</link><guid>teaser-1</guid>"
        "<description>Trump and Putin to meet.</description></item>"
        "<item><title>No link here</title><guid>nolink-1</guid><description>x</description></item>"
        "</channel></rss>"
    )


@pytest.fixture
async def feed_site(site: Site) -> AsyncIterator[tuple[Site, list[dict[str, str]]]]:
    """The page site plus a feed at /feed.xml with an ETag, and /notfeed.xml that is not XML."""
    requests: list[dict[str, str]] = []

    async def feed(request: web.Request) -> web.Response:
        requests.append(dict(request.headers))
        if request.headers.get("If-None-Match") == '"v1"':
            return web.Response(status=304)
        return web.Response(
            text=rss(site.url, full=True), content_type="application/rss+xml", headers={"ETag": '"v1"'}
        )

    async def notfeed(request: web.Request) -> web.Response:
        return web.Response(text="<html><body>Not a feed {{{", content_type="application/xml")

    app = web.Application()
    app.router.add_get("/feed.xml", feed)
    app.router.add_get("/notfeed.xml", notfeed)
    runner, port = await serve_on_loopback(app)
    feed_url = f"http://127.0.0.1:{port}"
    try:
        yield Site(feed_url, site.text), requests
    finally:
        await runner.cleanup()


async def test_a_feed_adds_its_entries_once_and_an_unchanged_feed_costs_a_304(
    site: Site, feed_site: tuple[Site, list[dict[str, str]]], tmp_path: Path
) -> None:
    """A full-text entry is written from the feed, a teaser from its page; an entry with no link is named;
    the second poll sends the ETag back and adds nothing."""
    feed, requests = feed_site
    lines: list[str] = []
    code = await ingest([], tmp_path, now=NOW, feeds=[f"{feed.url}/feed.xml"], out=lines.append)
    assert code == 0, lines
    assert [line.split(":")[0] for line in lines] == ["added", "added", "skipped"]
    assert "has no link (No link here)" in lines[2]
    documents = load_corpus(tmp_path).documents
    assert len(documents) == 2
    full = next(d for d in documents if d.title == "Full story in the feed")
    assert full.source == "Daily Planet World" and full.published == date(2025, 10, 16)
    assert full.published_basis == "front matter (feed entry)"
    again: list[str] = []
    assert await ingest([], tmp_path, now=NOW, feeds=[f"{feed.url}/feed.xml"], out=again.append) == 0
    assert again == [f"not modified: {feed.url}/feed.xml"] and requests[-1].get("If-None-Match") == '"v1"'


async def test_a_feed_that_is_not_xml_is_named(
    feed_site: tuple[Site, list[dict[str, str]]], tmp_path: Path
) -> None:
    """Not a feed: one line naming the URL and why, exit 1, nothing written."""
    feed, _ = feed_site
    lines: list[str] = []
    assert await ingest([], tmp_path, now=NOW, feeds=[f"{feed.url}/notfeed.xml"], out=lines.append) == 1
    assert lines[0].startswith(f"failed: {feed.url}/notfeed.xml: not an RSS or Atom feed")
    assert not articles(tmp_path)


async def test_configured_feeds_are_polled_at_their_interval_and_back_off_after_errors(
    feed_site: tuple[Site, list[dict[str, str]]], tmp_path: Path
) -> None:
    """A good feed is polled again after its interval; a broken one waits twice as long after each failure."""
    from bot.ingest.poller import FeedPoller
    from bot.settings import FeedSetting

    feed, requests = feed_site
    clock = [NOW]
    good, bad = FeedSetting(f"{feed.url}/feed.xml", 30), FeedSetting(f"{feed.url}/notfeed.xml", 10)
    poller = FeedPoller([good, bad], tmp_path, clock=lambda: clock[0])
    async with aiohttp.ClientSession() as session:
        first = await poller.poll_due(session)
        assert any(line.startswith("added:") for line in first)
        assert any("not an RSS or Atom feed" in line and "next try in 0:20:00" in line for line in first)
        clock[0] = NOW + timedelta(minutes=15)
        assert await poller.poll_due(session) == []  # neither is due yet
        clock[0] = NOW + timedelta(minutes=21)
        second = await poller.poll_due(session)
        assert len(second) == 1 and "next try in 0:40:00" in second[0]
        clock[0] = NOW + timedelta(minutes=31)
        assert await poller.poll_due(session) == [f"not modified: {feed.url}/feed.xml"]
    assert len(requests) == 2
