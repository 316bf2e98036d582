"""Dating an undated article from events another source dates (briefings.load.shared_events, via load_corpus)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefings.load.corpus import load_corpus
from briefings.load.shared_events import Event, day_from_events, events_of
from briefings.load.structure import structure
from briefings.thresholds import LONE_TIE_SOURCES

DATED = """---
published: 2018-10-16
---
A federal judge in Los Angeles dismissed the defamation lawsuit Stormy Daniels brought against the president \
on Monday, ordering her to pay his legal fees. Her lawyer said the ruling would be appealed.
"""


def _write(tmp_path: Path, undated: str, dated: str = DATED) -> dict[str, date | None]:
    (tmp_path / "a.txt").write_text(dated, encoding="utf-8")
    (tmp_path / "b.txt").write_text(undated, encoding="utf-8")
    return {d.id: d.published for d in load_corpus(tmp_path).documents}


def test_said_weekday_in_the_week_of_a_shared_event_dates_the_article(tmp_path: Path) -> None:
    """A weekday told of an event another source dates fixes the week; "said Tuesday" is the article's day."""
    undated = (
        "The president mocked the adult film actress on Twitter, his spokeswoman said Tuesday. The federal judge "
        "dismissed the defamation lawsuit Stormy Daniels brought against the president on Monday.\n"
    )
    assert _write(tmp_path, undated)["b"] == date(2018, 10, 16)


def test_a_night_is_not_the_day_of_the_article(tmp_path: Path) -> None:
    """ "said Tuesday night" may be told on Wednesday: the article stays undated."""
    undated = (
        "The president mocked the adult film actress, his spokeswoman said Tuesday night. The federal judge "
        "dismissed the defamation lawsuit Stormy Daniels brought against the president on Monday.\n"
    )
    assert _write(tmp_path, undated)["b"] is None


def test_a_weekday_tied_to_no_event_dates_nothing(tmp_path: Path) -> None:
    """A weekday whose event no other source dates gives no week: the article stays undated."""
    undated = (
        "The governor said Tuesday that the bridge repairs would finish before the winter storms arrive.\n"
    )
    assert _write(tmp_path, undated)["b"] is None


def test_weekdays_spread_over_the_week_date_nothing(tmp_path: Path) -> None:
    """Past weekdays more than three days before the spoken day: which week is meant is unsure, so no date."""
    undated = (
        "His spokeswoman said Sunday the fees were unfair. The federal judge dismissed the defamation lawsuit "
        "Stormy Daniels brought against the president on Monday.\n"
    )
    assert _write(tmp_path, undated)["b"] is None


def test_an_article_s_own_dated_sentence_ties_its_weekday(tmp_path: Path) -> None:
    """A caption "found June 5, 2019, in the back of a van" tells the same event as "died Wednesday ... in the back
    of the van": that Wednesday is June 5, so "police said Thursday" is June 6, with no other source."""
    (tmp_path / "a.txt").write_text(
        "A 2-year-old boy was found June 5, 2019, in the back of a van parked at the family home in Riverton.\n\n"
        "The boy died Wednesday after he was left in the back of the family van at home, Riverton police said "
        "Thursday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("Heat warnings were issued across the county.\n", encoding="utf-8")
    assert {d.id: d.published for d in load_corpus(tmp_path).documents}["a"] == date(2019, 6, 6)


def test_an_own_dated_sentence_about_something_else_ties_nothing(tmp_path: Path) -> None:
    """A dated sentence that shares too few words with the weekday's does not tie it: the article stays undated."""
    (tmp_path / "a.txt").write_text(
        "The county adopted its heat plan on June 5, 2019.\n\n"
        "The boy died Wednesday after he was left in the back of the family van, Riverton police said Thursday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("Heat warnings were issued across the county.\n", encoding="utf-8")
    assert {d.id: d.published for d in load_corpus(tmp_path).documents}["a"] is None


def test_a_weekday_something_was_released_on_is_the_article_s_day(tmp_path: Path) -> None:
    """ "A study released Tuesday" tells the day as "said Tuesday" does: made public that day."""
    undated = (
        "The federal judge dismissed the defamation lawsuit Stormy Daniels brought against the president on "
        "Monday. A poll released Tuesday found most voters had heard of the ruling.\n"
    )
    assert _write(tmp_path, undated)["b"] == date(2018, 10, 16)


def _events(sources: int) -> list[Event]:
    """The same dated event told by `sources` dated articles."""
    told = "Crews said the old bridge over the river collapsed on Monday."
    return [
        e
        for i in range(sources)
        for e in events_of(f"s{i}", structure([told]), date(2019, 3, 5))  # a Tuesday: "Monday" is March 4
    ]


def test_in_a_long_story_one_tied_sentence_dates_nothing() -> None:
    """Past LONE_TIE_SOURCES sources, one sentence tied to an event may be chance: two must tie; in a short story
    one does."""
    one = structure(["The old bridge over the river collapsed on Monday, officials said Tuesday."])
    two = structure(
        [
            "The old bridge over the river collapsed on Monday, officials said Tuesday.",
            "Divers searched the river where the old bridge collapsed on Monday.",
        ]
    )
    assert day_from_events("u", one, _events(3)) == date(2019, 3, 5)
    assert day_from_events("u", one, _events(LONE_TIE_SOURCES + 1)) is None
    assert day_from_events("u", two, _events(LONE_TIE_SOURCES + 1)) == date(2019, 3, 5)
