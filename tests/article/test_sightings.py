"""Date sightings of one article: a bare weekday whose week is unsure is left out."""

from __future__ import annotations

from datetime import date

from briefings.article.sentences import corpus_sentences
from briefings.article.sightings import document_sightings
from tests.conftest import doc


def _days(text: str) -> list[tuple[date, str]]:
    article = doc(text)
    return sorted(
        (s.mention.start, s.event) for s in document_sightings(article, corpus_sentences([article]))
    )


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


def test_an_embedded_post_is_told_whole_as_the_event_of_its_date() -> None:
    """A post's sign-off date ("— Ann Vo (@annvo) March 2, 2016") dates the post: the event says who posted what,
    not the sign-off or the post's last sentence alone."""
    text = (
        "---\npublished: 2016-03-03\n---\n"
        "The mayor answered her critics online.\n\n"
        "The bridge stays shut until it is safe. Nobody will rush this. — Ann Vo (@annvo) March 2, 2016\n"
    )
    (found,) = _days(text)
    assert found[0] == date(2016, 3, 2)
    assert found[1].startswith("Ann Vo posted: The bridge stays shut")
    assert "(@annvo)" not in found[1]


def test_a_date_after_a_plain_dash_is_not_a_post() -> None:
    """Without a handle, a dash before a date is prose: the sentence stays the event."""
    text = "---\npublished: 2016-03-03\n---\nThe bridge reopened — on March 2, 2016, after repairs.\n"
    (found,) = _days(text)
    assert "posted" not in found[1]


def test_an_unplanned_event_told_in_a_sentence_of_plans_is_no_plan() -> None:
    """ "Aid is expected to reach the survivors of Tuesday's earthquake": the quake's day is past, not planned."""
    article = doc(
        "---\npublished: 2025-10-16\n---\nAid is expected to reach the survivors of Tuesday's earthquake soon.\n"
    )
    (found,) = document_sightings(article, corpus_sentences([article]))
    assert found.mention.start == date(2025, 10, 14) and not found.planned


def test_a_long_sentence_keeps_the_words_beside_its_date() -> None:
    """A date far into a long sentence: the event shown is the part that holds it, not the opening words."""
    opening = "The council spent the whole long morning arguing about parking fees, bus lanes and the color of benches"
    text = (
        "---\npublished: 2025-10-16\n---\n"
        f"{opening}, and after a vote that ran late into the night the mayor finally resigned in protest over "
        "the budget cuts on Monday before the press arrived at the hall.\n"
    )
    ((day, event),) = _days(text)
    assert day == date(2025, 10, 13)
    assert "resigned" in event and "Monday" in event
    assert event.startswith("…") and len(event.split()) <= 31


def test_a_short_sentence_is_the_event_whole() -> None:
    """A sentence within the word budget is kept as written."""
    text = "---\npublished: 2025-10-16\n---\nThe mayor resigned on Monday after the vote.\n"
    ((_, event),) = _days(text)
    assert event == "The mayor resigned on Monday after the vote."


def test_a_weekday_told_without_tense_takes_the_day_the_article_plans() -> None:
    """ "Thursday's forum is the last one before the vote", in an article that plans the forum "on Thursday", is
    that coming Thursday; without the plan it stays the Thursday just past, as a bare weekday is read."""
    planned = _days(
        "---\npublished: 2016-01-26\n---\n"
        "The senator will skip the forum on Thursday, her aide said. "
        "Thursday's forum is the last one before the vote.\n"
    )
    assert [day for day, _ in planned] == [date(2016, 1, 28), date(2016, 1, 28)]
    alone = _days("---\npublished: 2016-01-26\n---\nThursday's forum is the last one before the vote.\n")
    assert [day for day, _ in alone] == [date(2016, 1, 21)]


def test_a_weekday_the_article_also_tells_as_past_is_not_moved() -> None:
    """When the article names Thursday for past news too ("the council voted Thursday"), a tenseless "the
    Thursday forum" could be either day: it keeps the plain reading."""
    found = _days(
        "---\npublished: 2016-01-26\n---\n"
        "The senator will skip the forum on Thursday. The council voted Thursday to close the library. "
        "The Thursday forum is the last one before the vote.\n"
    )
    assert sorted(day for day, _ in found) == [date(2016, 1, 21), date(2016, 1, 21), date(2016, 1, 28)]
