"""Date sightings of one article: a bare weekday whose week is unsure is left out."""

from __future__ import annotations

from datetime import date

from briefings.sentences import corpus_sentences
from briefings.sightings import document_sightings
from tests.conftest import doc


def _days(text: str) -> list[tuple[date, str]]:
    article = doc(text)
    return sorted((s.mention.start, s.event) for s in document_sightings(article, corpus_sentences([article])))


def test_a_bare_weekday_six_days_back_is_left_out() -> None:
    """In Tuesday's article, "suspended campaigning for a third day Wednesday" is tomorrow as likely as six days
    ago: no date; "Monday" (yesterday) and "last Wednesday" stay."""
    text = (
        "---\npublished: 2012-10-30\n---\n"
        "The president suspended campaigning for a third day Wednesday. The storm made landfall on Monday. "
        "The governor had warned residents last Wednesday.\n"
    )
    assert [day for day, _ in _days(text)] == [date(2012, 10, 24), date(2012, 10, 29)]
    assert "warned" in _days(text)[0][1]
