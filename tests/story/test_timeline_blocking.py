"""The key dates' pairs come from a word index blocked by date: the blocking changes the cost, never the result."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.article.sentences import corpus_sentences
from briefings.story import timeline_pairs
from briefings.story.timeline import build_timeline
from tests.conftest import doc

# one story told over three months, in days, weeks, months, a year and plans, by several sources
TEXTS = [
    ("2024-03-07", "The council voted on March 6, 2024, to close the old ferry pier after divers found cracks.\n"
     "Repairs to the ferry pier will begin next week, the mayor said.\nThe pier first opened in 1931.\n"),
    ("2024-03-08", "Councillors voted on Wednesday to close the ferry pier over the cracks divers found.\n"
     "Crews will start repairs on the ferry pier in mid-April 2024.\n"),
    ("2024-03-29", "March 2024 was the month the ferry pier closed after divers found cracks.\n"
     "On March 28, 2024, the ferry pier crews found more cracks under the deck.\n"),
    ("2024-04-02", "The ferry pier crews that found cracks on March 28 asked for more money.\n"
     "Repairs to the ferry pier begin on April 15, the council said.\n"),
    ("2024-04-20", "In 2024 the ferry pier closed for repairs after the council vote.\n"
     "Repairs to the ferry pier began on April 15 and will end in June 2024.\n"),
    ("2024-05-02", "The ferry pier repairs that began in mid-April are late, the council said on May 1.\n"
     "Work on the ferry pier will end in June 2024 or in July 2024.\n"),
]  # fmt: skip


def build() -> tuple[list[object], list[object]]:
    docs = [doc(f"---\npublished: {day}\n---\n{text}", f"s{k}.txt") for k, (day, text) in enumerate(TEXTS)]
    dates, disputes = build_timeline(docs, corpus_sentences(docs), as_of=date(2024, 5, 3))
    return list(dates), list(disputes)


@pytest.mark.parametrize(("days", "wide"), [(1, 0), (1, 40), (7, 2), (31, 1)])
def test_blocking_by_date_gives_the_unblocked_key_dates(
    monkeypatch: pytest.MonkeyPatch, days: int, wide: int
) -> None:
    """Blocks of one day to a month, with wide mentions scanned whole or filed under many blocks, give the key
    dates of one block holding every mention (no blocking at all)."""
    monkeypatch.setattr(timeline_pairs, "BLOCK_DAYS", 10**6)
    monkeypatch.setattr(timeline_pairs, "WIDE_BLOCKS", 10**6)
    unblocked = build()
    assert len(unblocked[0]) >= 5 and any(len(k.sources) > 1 for k in unblocked[0])  # type: ignore[attr-defined]
    monkeypatch.setattr(timeline_pairs, "BLOCK_DAYS", days)
    monkeypatch.setattr(timeline_pairs, "WIDE_BLOCKS", wide)
    assert build() == unblocked


@pytest.mark.parametrize("month_first", [True, False])
def test_mentions_in_different_blocks_still_join(monkeypatch: pytest.MonkeyPatch, month_first: bool) -> None:
    """A month and a day late in it, in blocks of one day (the month filed under each of its days), are one
    event whichever source is read first."""
    monkeypatch.setattr(timeline_pairs, "BLOCK_DAYS", 1)
    monkeypatch.setattr(timeline_pairs, "WIDE_BLOCKS", 40)
    month = "---\npublished: 2024-05-10\n---\nIn April 2024 the dredging of the north harbour channel stopped.\n"
    day = "---\npublished: 2024-05-11\n---\nOn April 22, 2024, the dredging of the north harbour channel stopped.\n"
    texts = [(month, "m.txt"), (day, "d.txt")] if month_first else [(day, "d.txt"), (month, "m.txt")]
    docs = [doc(text, name) for text, name in texts]
    dates, _ = build_timeline(docs, corpus_sentences(docs), as_of=date(2024, 5, 12))
    assert len(dates) == 1 and dates[0].sources == ("d", "m")


def test_pairs_a_union_could_not_change_are_passed_over_without_changing_the_key_dates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pairs already in one component (or in two holding different exact days) are not asked whether they may
    join: some are passed over on this story, and asking every pair gives the same key dates."""
    from briefings.story import timeline

    components = timeline._Components
    real = components.settled
    passed: list[bool] = []

    def counted(self: object, i: int, j: int) -> bool:
        passed.append(real(self, i, j))  # type: ignore[arg-type]
        return passed[-1]

    monkeypatch.setattr(components, "settled", counted)
    shortcut = build()
    assert any(passed) and not all(passed)
    monkeypatch.setattr(components, "settled", lambda self, i, j: False)
    assert build() == shortcut
