"""Posting time stamps told apart from dates of events."""

from __future__ import annotations

import pytest

from briefings.extract.dates import find_dates
from briefings.extract.stamps import is_stamp


def _stamped(text: str) -> list[bool]:
    return [is_stamp(text, m.span) for m in find_dates(text, year_hint=2020)]


@pytest.mark.parametrize(
    "text",
    [
        "Page last updated at 08:58 GMT, Thursday, 24 June 2021 09:58 UK The mayor spoke.",
        "Ann Vo | 16:55 UK time, Tuesday, 23 March 2021 We are recording today.",
        "Added: Tuesday, 19 January, 2021, 16:12 GMT 16:12 UK Help is needed.",
        "Last updated: 19 January, 2021 - 14:10 GMT Floods: the struggle to distribute aid",
        "I send my love At 20:58 24th Mar 2021, Jo wrote: here are some stories",
    ],
)
def test_a_posting_stamp_is_told(text: str) -> None:
    """A page update, a blog entry or a comment heading: its date is a stamp."""
    assert _stamped(text) == [True]


@pytest.mark.parametrize(
    "text",
    [
        "The quake struck at 16:53 local time on 12 January 2021, killing thousands.",
        "The quake struck on 12 January 2021 at 16:53 local time.",
        "On 12 January 2021, at 16:53, the ground shook.",
        "The verdict came on 7 November 2021. At 10:00 the court rose.",
    ],
)
def test_an_event_told_with_its_hour_is_no_stamp(text: str) -> None:
    """Prose that gives an event its hour keeps its date."""
    assert _stamped(text) == [False]


def test_a_pages_note_on_its_own_history_is_a_stamp_but_news_of_a_release_is_not() -> None:
    """ "This news clip … was first broadcast on 10 March 2010" and "The photograph on this page was updated in
    2011" tell when the page's parts were made; "The report was published on 10 March 2010" and "the video was
    posted on …" may be the story's own events, and "was first scheduled for" is a plan."""

    def stamp(text: str, date_text: str) -> bool:
        start = text.index(date_text)
        return is_stamp(text, (start, start + len(date_text)))

    assert stamp(
        "This news clip is part of the archive and was first broadcast on 10 March 2010.", "10 March 2010"
    )
    assert stamp("Note: The photograph on this page was updated in 2011.", "2011")
    assert not stamp("The report was published on 10 March 2010 by the inquiry.", "10 March 2010")
    assert not stamp("The video was posted on 10 March 2010 and went viral.", "10 March 2010")
    assert not stamp("The trial was first scheduled for 10 March 2010.", "10 March 2010")
