"""Which sentences a key date joins and which one tells it: a shared whole year joins little, an entry is told by
a sentence naming its own date, and a day gone by is told by a report of it rather than by the plan made before."""

from __future__ import annotations

from datetime import date

from briefings.article.sentences import corpus_sentences
from briefings.model import KeyDate
from briefings.story.timeline import build_timeline
from tests.conftest import doc


def _dates(*texts: tuple[str, str], as_of: date) -> list[KeyDate]:
    docs = [doc(f"---\npublished: {day}\n---\n{body}\n", f"{n}.txt") for n, (day, body) in enumerate(texts)]
    return build_timeline(docs, corpus_sentences(docs), as_of=as_of)[0]


def test_two_sources_naming_one_year_for_different_things_are_two_entries() -> None:
    """Two reports naming 2023 for unrelated things that share a word are two entries; the same thing told by both
    is one entry citing both."""
    apart = _dates(
        ("2024-05-02", "The harbour museum reopened in 2023 after a long roof repair by local builders."),
        (
            "2024-05-03",
            "Ferry ticket prices across the harbour network rose sharply in 2023, the operator said.",
        ),
        as_of=date(2024, 5, 10),
    )
    assert [k.date for k in apart] == ["2023", "2023"]
    alike = _dates(
        ("2024-05-02", "The harbour museum reopened in 2023 after a long roof repair by local builders."),
        ("2024-05-03", "The harbour museum reopened in 2023 once builders finished the long roof repair."),
        as_of=date(2024, 5, 10),
    )
    assert len(alike) == 1 and alike[0].sources == ("0", "1")


def test_an_entry_is_told_by_a_sentence_naming_its_own_date() -> None:
    """A year mention joined to a day of that year does not tell the day's entry: the sentence naming the day
    does, though the year's report came first."""
    dates = _dates(
        ("2024-03-01", "Inspectors found cracks in the river bridge deck in 2024, the county said."),
        (
            "2024-03-07",
            "The river bridge closed on March 6, 2024, after inspectors found cracks in the deck.",
        ),
        as_of=date(2024, 3, 10),
    )
    day = [k for k in dates if k.date == "2024-03-06"]
    assert len(day) == 1 and day[0].sources == ("0", "1") and "closed" in day[0].event


def test_a_day_gone_by_is_told_by_its_report_not_by_the_plan_made_before_it() -> None:
    """Of a plan made before a day and a report after it, the entry of the past day is told by the report."""
    dates = _dates(
        ("2024-03-01", "The council will vote on the bridge closure on March 6 after a long debate."),
        ("2024-03-07", "The council voted on March 6 to close the bridge after a long and bitter debate."),
        as_of=date(2024, 3, 10),
    )
    assert len(dates) == 1 and dates[0].sources == ("0", "1")
    assert dates[0].event.startswith("The council voted")
