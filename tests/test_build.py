"""build_briefing on the seeds and on any text: the contract the CLI and adapters rely on."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings import build_briefing, load_corpus
from briefings.output.serialize import briefing_json
from tests.conftest import SEEDS, parse_generated

AS_OF = date(2025, 10, 20)


def seeds_briefing():  # type: ignore[no-untyped-def]
    return build_briefing(load_corpus(SEEDS).documents, as_of=AS_OF, story="Test story")


def test_json_has_every_documented_key() -> None:
    """The JSON object carries the keys and shapes the issue fixes."""
    data = briefing_json(seeds_briefing())
    assert {
        "story",
        "as_of",
        "sources",
        "summary",
        "key_dates",
        "open_questions",
        "people",
        "disagreements",
    } <= set(data)
    assert set(data["sources"][0]) >= {"id", "title", "published", "published_inferred"}
    assert set(data["summary"][0]) >= {"text", "sources"}
    assert set(data["key_dates"][0]) >= {"date", "precision", "label", "event", "sources"}
    assert set(data["open_questions"][0]) >= {"text", "sources"}
    assert set(data["people"][0]) >= {"name", "roles", "aliases", "sources"}
    assert set(data["disagreements"][0]) == {"topic", "kind", "claims"}
    assert set(data["disagreements"][0]["claims"][0]) == {"value", "sources"}
    for k in data["key_dates"]:
        assert k["precision"] in {"day", "week", "range", "part-of-month", "month", "year"}
        assert len(k["date"]) in (4, 7, 10)


def test_seeds_briefing_shows_the_story() -> None:
    """On the seeds: the Oct 16 announcement from every source, the summit disputed, Orbán found, questions."""
    b = seeds_briefing()
    oct16 = [k for k in b.key_dates if k.date == "2025-10-16"]
    assert len(oct16) == 1 and len(oct16[0].sources) >= 4
    assert any(k.disputed and k.start.month in (10, 11) for k in b.key_dates)
    assert any(d.topic == "Length of the call" for d in b.disagreements)
    orban = next(p for p in b.people if p.name == "Viktor Orbán")
    assert "Hungarian Prime Minister" in orban.roles and "Orban" in orban.aliases
    assert any(q.text.startswith("Will a firm date for the summit be set") for q in b.open_questions)
    assert b.newest_source == date(2025, 10, 16) and b.newest_source_age_days == 4


def test_as_of_marks_dates_past_or_upcoming() -> None:
    """As of the day after the announcement, the summit is still ahead."""
    b = build_briefing(load_corpus(SEEDS).documents, as_of=date(2025, 10, 17))
    summit = next(k for k in b.key_dates if k.disputed)
    assert summit.status in ("upcoming", "ongoing")
    assert all(k.status == "past" for k in b.key_dates if k.end < date(2025, 10, 17))


_CHARS = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?-—–'’\"“”()\n•#|")
)
_PHRASES = st.sampled_from(
    [
        "October 16, 2025",
        "next week",
        "mid-November 2025",
        " said ",
        "President ",
        "Dr. ",
        "What to Watch\n",
        "- Will it ",
        "“",
        "”",
        "Oct 2025 (TBD) ",
        "within the next two weeks",
        "Mr. Smith",
        "Orbán",
        " on Thursday",
        "2014",
        "---\n",
        "published: 2024-02-30\n",
        "Date Event\n",
        "Feb 30, 2025 ",
        "two-and-a-half-hour call ",
        "led by ",
    ]
)
text_strategy = st.lists(st.one_of(_CHARS, _PHRASES), max_size=120).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(text_strategy, min_size=1, max_size=4))
def test_no_input_text_crashes_the_build(texts: list[str]) -> None:
    """Whatever the articles say, loading what is loadable and building the briefing never raises."""

    docs = parse_generated(texts)
    b = build_briefing(docs, as_of=AS_OF)
    briefing_json(b)
    assert all(s.sources for s in b.summary)
