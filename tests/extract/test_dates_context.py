"""The sentence around a date: what makes it a plan, and what looks like a date but is a title."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract.date_patterns import weak_tense
from briefings.extract.dates import find_dates, future_context

REF = date(2016, 1, 27)  # a Wednesday


def _dates(text: str, ref: date = REF) -> list[str]:
    return [m.iso for m in find_dates(text, reference=ref)]


def test_ahead_of_in_a_past_sentence_keeps_the_month_behind() -> None:
    """ "Spoke two months ago, just ahead of the primary in September": the past tense decides, not "ahead"."""
    found = _dates("The mayor spoke at the barn two months ago, just ahead of the primary in September.")
    assert found == ["2015-11", "2015-09"]  # "two months ago", then the September gone by


def test_ahead_of_a_date_it_governs_is_still_a_plan() -> None:
    """ "Attacked her on Tuesday ahead of Thursday's debate": the debate's Thursday is the one to come."""
    assert _dates("The candidate attacked the host on Tuesday ahead of Thursday's debate.") == [
        "2016-01-26",
        "2016-01-28",
    ]


def test_a_title_cased_period_inside_a_sentence_is_a_title() -> None:
    """ "Said on ABC's This Week": a programme; "This week, ..." opening a sentence is a week."""
    assert _dates("The senator said Sunday on ABC's This Week that the bill is ready.") == ["2016-01-24"]
    assert _dates("This week, lawmakers sent a letter to the governor.") == ["2016-01-25"]


def test_a_month_set_for_is_a_plan() -> None:
    """ "Has been set for May": a month named only after "set for" is found, and is the May to come."""
    assert _dates("The trial has been set for May, the court said.", date(2016, 6, 20)) == ["2017-05"]
    assert _dates("The hearing was scheduled for December.", REF) == ["2015-12"]
    assert _dates("Voters cheered for May in the square.") == []  # a name after a plain "for"


def test_earlier_this_month_is_a_part_of_the_month() -> None:
    """ "Earlier this month" holds the month's days before the article's; "later this month" stays the month."""
    ref = date(2018, 10, 16)
    (earlier,) = find_dates("She was mocked at a rally earlier this month.", reference=ref)
    assert (earlier.precision, earlier.start, earlier.end) == (
        "part-of-month",
        date(2018, 10, 1),
        date(2018, 10, 15),
    )
    (later,) = find_dates("A vote is due later this month.", reference=ref)
    assert (later.precision, later.start, later.end) == ("month", date(2018, 10, 1), date(2018, 10, 31))


def test_last_week_said_on_a_sunday_is_the_week_just_ended() -> None:
    """A Sunday's "last week" is the Monday-to-Saturday it closes; on a Tuesday it is the week before."""
    (sunday,) = find_dates("The senator backed the bill last week.", reference=date(2013, 4, 14))
    (tuesday,) = find_dates("The senator backed the bill last week.", reference=date(2013, 4, 16))
    assert sunday.start == tuesday.start == date(2013, 4, 8)


def test_a_weekday_after_every_or_of_a_schedule_is_a_kind_of_day() -> None:
    """ "Buses ran on a Saturday schedule", "the market opens every Sunday": no particular day is meant; "in a
    Monday media event" is one."""
    assert _dates("Free buses ran on a Saturday schedule after the storm.") == []
    assert _dates("The market opens every Sunday at dawn.") == []
    assert _dates("In a Monday media event, the company showed new laptops.") == ["2016-01-25"]


def test_today_inside_a_timeless_quotation_is_nowadays() -> None:
    """A quotation's own tense decides its "today": "what we have in place today is horrible" is nowadays even
    when the sentence goes on "the senator said"; "we signed the deal today" is the day."""
    assert _dates("“What we have in place today is horrible for the country,” the senator said on NBC.") == []
    assert _dates('"What we have in place today is horrible," the senator said.') == []
    assert _dates("“We signed the deal today,” the minister said.") == ["2016-01-27"]


def test_due_to_a_verb_is_a_plan_and_due_to_a_noun_a_cause() -> None:
    """ "Was due to start on 13 July" speaks of a plan; "canceled due to the storm on Monday" does not."""
    plan = "The concert series was due to start at the arena on 13 July."
    cause = "Flights were canceled due to the storm on Monday."
    assert future_context(plan, (plan.index("13 July"), plan.index("13 July") + 7))
    assert not future_context(cause, (cause.index("Monday"), cause.index("Monday") + 6))


@pytest.mark.parametrize(
    ("sentence", "weak"),
    [
        ("Thursday's forum is the last one before the vote.", True),
        ("The council had cancelled the Thursday forum.", True),
        ("The broadcaster's Thursday forum drew a crowd.", True),
        ("The council voted Thursday to close the library.", False),
        ("The council will vote Thursday.", False),
    ],
)
def test_a_weekday_naming_an_event_or_in_a_tenseless_sentence_has_a_weak_tense(
    sentence: str, weak: bool
) -> None:
    """A date's tense is weak when its sentence has none or the date names an event ("the Thursday forum")."""
    start = sentence.index("Thursday")
    assert weak_tense(sentence, (start, start + len("Thursday"))) is weak


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told the Today programme that the bridge was shut.",
        "The plan was first reported by Metro Today, a local paper.",
        "She said on the Daybreak Tonight Show that she had quit.",
        "He appeared on Today show and said the talks had failed.",
    ],
)
def test_a_capitalised_today_naming_a_programme_or_paper_is_no_date(text: str) -> None:
    """ "the Today programme", "Metro Today": a title after "the" or a capitalised word, or before "show"."""
    assert _dates(text) == []


def test_today_opening_a_sentence_or_a_quote_is_still_the_day() -> None:
    """Nothing before it, or only a quotation mark: the article's day; "yesterday" in lower case too."""
    assert _dates("Today the mayor closed the bridge.") == ["2016-01-27"]
    assert _dates("“Today we closed the bridge,” the mayor said.") == ["2016-01-27"]
    assert _dates("The mayor shut the bridge yesterday.") == ["2016-01-26"]
