"""The same build on a different story (tests/payloads/port_strike, written for the tests): nothing is seed-bound."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefings import build_briefing, load_corpus
from briefings.extract.datelines import strip_dateline
from briefings.output.lookup import find_person

PORT = Path(__file__).resolve().parent / "payloads" / "port_strike"


def briefing():  # type: ignore[no-untyped-def]
    return build_briefing(load_corpus(PORT).documents, as_of=date(2024, 3, 6))


def test_front_matter_and_inferred_dates() -> None:
    """Front matter dates one article, a dated sentence with its weekday another; the third is only estimated."""
    sources = {s.id: s for s in briefing().sources}
    assert (sources["a_gazette"].published, sources["a_gazette"].published_inferred) == (
        date(2024, 3, 5),
        False,
    )
    assert sources["b_wire"].published == date(2024, 3, 4) and sources["b_wire"].published_inferred
    assert sources["c_daily"].published is None and sources["c_daily"].published_estimate == date(2024, 3, 5)


def test_strike_start_is_one_entry_from_all_sources_and_questions_are_not_dates() -> None:
    """ "on Monday" (front-matter date), "March 4, 2024" and a timeline row are one event; no question is a date."""
    b = briefing()
    start = [k for k in b.key_dates if k.date == "2024-03-04"]
    assert len(start) == 1 and start[0].sources == ("a_gazette", "b_wire", "c_daily")
    mediation = [k for k in b.key_dates if k.status == "upcoming"]
    assert mediation and set(mediation[0].sources) >= {"b_wire", "c_daily"}
    assert not any(k.event.endswith("?") for k in b.key_dates)


def test_people_roles_and_quotes() -> None:
    """Lowercase titles keep their nouns ("union leader", "chief executive"); quotes are attributed."""
    b = briefing()
    santos = find_person(b.people, "santos")
    assert santos is not None and "union leader" in [r.lower() for r in santos.roles]
    assert "We have waited three years for a fair offer" in [q.text for q in santos.quotes]
    okafor = find_person(b.people, "Daniel Okafor")
    assert okafor is not None and okafor.roles == ("Port Authority chief executive",)
    assert {p.name for p in b.people} == {"Maria Santos", "Daniel Okafor", "Priya Nair", "Lena Berg"}


def test_questions_from_both_watch_sections_and_a_count_disagreement() -> None:
    """Both "What's next" and "What to Watch" lists are read; the ship counts disagree."""
    b = briefing()
    assert len(b.open_questions) == 4
    ships = [d for d in b.disagreements if d.topic == "Number of ships"]
    assert ships and {c.value for c in ships[0].claims} == {"about 90", "more than 120"}
    assert not any("2,024" in a.value for a in b.agreements)  # a year in a timeline row is not a count


def test_dateline_is_not_part_of_the_summary() -> None:
    """Wire datelines are stripped, so no summary sentence starts with one."""
    assert all(not s.text.startswith("NORTHHAVEN") for s in briefing().summary)
    assert strip_dateline("LONDON (Reuters) - Prices rose.") == "Prices rose."
    assert strip_dateline("U.S. President Joe Biden said so.") == "U.S. President Joe Biden said so."
