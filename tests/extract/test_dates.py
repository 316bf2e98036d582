"""The date finder: every form, with its precision and qualifier, resolved against the article's date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefings.extract.dates import find_dates, future_context
from briefings.load.scan import scan_dates

REF = date(2025, 10, 16)  # a Thursday


def one(text: str, ref: date | None = REF) -> tuple[str, str, str, str | None]:
    found = find_dates(text, reference=ref)
    assert len(found) == 1, found
    m = found[0]
    return m.iso, m.precision, m.label, m.qualifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened on October 16, 2025, in the evening.", ("2025-10-16", "day", "Oct 16, 2025", None)),
        ("Signed Oct 17, 2025 in Paris.", ("2025-10-17", "day", "Oct 17, 2025", None)),
        ("Signed on 5 March 2024 in Paris.", ("2024-03-05", "day", "Mar 5, 2024", None)),
        ("On Thursday, October 16, 2025, he spoke.", ("2025-10-16", "day", "Oct 16, 2025", None)),
        ("Recorded 2024-02-29 at noon.", ("2024-02-29", "day", "Feb 29, 2024", None)),
        (
            "A summit tentatively set for mid-November 2025.",
            ("2025-11", "part-of-month", "mid-November 2025", "mid"),
        ),
        ("Talks begin Late Oct 2025 somewhere.", ("2025-10", "part-of-month", "late October 2025", "late")),
        (
            "Expected by the end of March 2026 at last.",
            ("2026-03", "part-of-month", "late March 2026", "late"),
        ),
        ("Nov 2025 (TBD) Summit in the capital", ("2025-11", "month", "November 2025 (TBD)", "tbd")),
        ("Aid flowed since February 2022 to the city.", ("2022-02", "month", "February 2022", None)),
        ("A pivotal moment came in the fall of 2013 when", ("2013", "year", "fall 2013", "fall")),
        ("The region was annexed in 2014.", ("2014", "year", "2014", None)),
        ("Growth slowed in early 2024 after", ("2024", "year", "early 2024", "early")),
    ],
)
def test_absolute_and_partial_dates(text: str, expected: tuple[str, str, str, str | None]) -> None:
    """Exact, partial and year dates keep their precision and qualifier."""
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They spoke on October 16 by phone.", ("2025-10-16", "day")),
        ("Envoys will meet next week to prepare.", ("2025-10-20", "week")),
        ("Meetings are scheduled for the following week to prepare.", ("2025-10-20", "week")),
        ("They will meet next month in the capital.", ("2025-11", "month")),
        ("He will host the visitor on Friday at noon.", ("2025-10-17", "day")),
        ("The news broke late Tuesday evening.", ("2025-10-14", "day")),
        ("Officials said it happened three days ago.", ("2025-10-13", "day")),
        ("The call took place earlier this week.", ("2025-10-13", "week")),
        ("Results are due tomorrow morning.", ("2025-10-17", "day")),
    ],
)
def test_relative_and_yearless_dates_resolve_against_the_article_date(
    text: str, expected: tuple[str, str]
) -> None:
    """Relative expressions and year-less dates count from the reference day."""
    assert one(text)[:2] == expected


def test_within_two_weeks_is_a_range_not_a_made_up_day() -> None:
    """ "within the next two weeks" is the window after the article's date."""
    (m,) = find_dates("They plan to meet within the next two weeks.", reference=REF)
    assert (m.precision, m.start, m.end, m.label) == (
        "range",
        date(2025, 10, 17),
        date(2025, 10, 30),
        "by Oct 30, 2025",
    )


def test_relative_dates_need_a_reference() -> None:
    """Without the article's date, "next week" cannot be resolved and is left out."""
    assert find_dates("They meet next week.", reference=None) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials may decide soon.",
        "Do you know a way?",
        "They will march on the capital.",
        "Over 2,000 troops and 700,000 casualties on a 1,000-kilometer front.",
        "It was the deadliest conflict in 80 years, lasting 40 years.",
        "The $2025 fee was paid.",
    ],
)
def test_words_and_numbers_that_are_not_dates(text: str) -> None:
    """The modal "may", "Do", lowercase "march" and plain numbers are never dates."""
    assert find_dates(text, reference=REF) == []


def test_impossible_day_is_ignored() -> None:
    """February 30 is not a date."""
    assert find_dates("Due on February 30, 2025 or later.", reference=REF) == []


def test_tense_around_a_date() -> None:
    """A plan before the date makes it future; a past verb closer to the date makes it past."""
    s = "Trump announced on October 16, 2025, that he plans to meet"
    assert not future_context(s, (s.index("October"), s.index(", that")))
    s2 = "He is set to host the visitor on October 17 at noon"
    assert future_context(s2, (s2.index("October"), s2.index(" at")))


def test_every_gold_sentence_reads_exactly() -> None:
    """The hand-annotated sentences of bench/data/dates_gold.jsonl: every date found, nothing else."""
    import json

    from tests.conftest import ROOT

    for line in (ROOT / "bench" / "data" / "dates_gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        found = sorted(
            [m.start.isoformat(), m.end.isoformat()]
            for m in find_dates(g["text"], reference=date.fromisoformat(g["ref"]))
        )
        assert found == sorted(g["gold"]), g["text"]


def test_bare_month_after_a_preposition_takes_the_nearest_year() -> None:
    """ "in August" in an October article is the August just gone; "next January" the coming one."""
    assert one("They met in Alaska in August, officials said.")[:2] == ("2025-08", "month")
    assert one("A deal may come by next January at the latest.")[:2] == ("2026-01", "month")


@given(st.text(max_size=300), st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_any_text_gives_well_formed_mentions(text: str, ref: date) -> None:
    """For any text, mentions never overlap, point into the text, and start no later than they end."""
    found = find_dates(text, reference=ref)
    last_end = -1
    for m in found:
        assert m.start <= m.end
        assert text[m.span[0] : m.span[1]] == m.text
        assert m.span[0] >= last_end
        last_end = m.span[1]


def test_quarters_and_deadlines() -> None:
    """ "the first quarter of 2025" and "Q3 2024" are three-month spans; "has until July 22" is ahead."""
    assert one("The deal should close in the first quarter of 2025.")[1:] == ("year", "Q1 2025", "Q1")
    (q3,) = find_dates("Sales rose in Q3 2024 again.", reference=REF)
    assert (q3.start, q3.end) == (date(2024, 7, 1), date(2024, 9, 30))
    s = "The regulator has until July 22 to decide."
    assert future_context(s, (s.index("July"), s.index(" to decide")))


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # what has happened lies this month or before, a plan this month or after: never the nearest year blindly
        ("The ferry line opened in January.", date(2025, 9, 7), "2025-01"),
        ("The merger should be approved in October.", date(2025, 6, 5), "2025-10"),
        ("Sales fell sharply in December.", date(2026, 1, 10), "2025-12"),
        ("The river has not risen this high since February.", date(2025, 4, 4), "2025-02"),
        ("The talks will resume in February.", date(2025, 11, 20), "2026-02"),
        ("Repairs run from 2014 to 2016.", REF, "2014"),
        ("Two depots will shut during the fourth quarter.", date(2025, 8, 19), "2025"),
    ],
)
def test_year_less_months_follow_the_tense(text: str, ref: date, expected: str) -> None:
    """A month named without a year resolves backwards in past sentences and forwards in plans."""
    assert find_dates(text, reference=ref)[0].iso == expected


def test_bare_months_are_not_names_or_verbs() -> None:
    """ "April Ryan", "May we", "March on" are not dates; "as of February" is."""
    for text in ["April Ryan asked a question.", "May we go now?", "March on, they said."]:
        assert find_dates(text, reference=REF) == [], text
    assert find_dates("As of February, the depot held 70% of the stock.", reference=REF)[0].iso == "2025-02"


def test_this_weekend_is_the_week_of_its_saturday() -> None:
    """ "this weekend" from a Thursday is the current week; "last weekend" the one before."""
    this = find_dates("Crowds are expected this weekend.", reference=REF)[0]
    last = find_dates("Crowds gathered last weekend.", reference=REF)[0]
    assert (this.precision, this.iso, last.iso) == ("week", "2025-10-13", "2025-10-06")


def test_a_passive_after_a_modal_is_a_plan() -> None:
    """ "should be approved" speaks of a plan, even though "approved" ends in -ed."""
    text = "The merger should be approved in October."
    assert future_context(text, (text.index("in October"), len(text) - 1))


def test_a_masthead_in_capitals_is_not_today() -> None:
    """ "METRO TODAY" names a newspaper; "Today" opening a sentence is still the day."""
    assert find_dates("METRO TODAY reported the closures.", reference=REF) == []
    assert find_dates("Today the talks resumed.", reference=REF)[0].iso == "2025-10-16"


def test_today_meaning_nowadays_is_no_date() -> None:
    """ "Today, we employ 18,500 people" speaks of nowadays; "ruled today", "have fallen today", "today's vote"
    and a plan for today are the day."""
    for text in [
        "Today, the firm employs 2,300 people across the region.",
        "What we have in place today is bad.",
    ]:
        assert find_dates(text, reference=REF) == [], text
    for text in [
        "The court ruled today that the law stands.",
        "Shares have fallen sharply today.",
        "Not everyone is happy, but today’s vote is a milestone.",
        "You will hear a lot about the board today.",
    ]:
        assert [m.iso for m in find_dates(text, reference=REF)] == ["2025-10-16"], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company announced the cuts this morning.", "2025-10-16"),
        ("Fire crews worked through last night.", "2025-10-15"),
        ("The index closed 2% lower on the day.", "2025-10-16"),
        ("Shares recovered to end the day at 9,505.", "2025-10-16"),
    ],
)
def test_parts_of_the_article_day(text: str, expected: str) -> None:
    """ "this morning", "last night" and a market's "on the day" are the article's day (or the night before)."""
    assert [m.iso for m in find_dates(text, reference=REF)] == [expected]


def test_the_day_refers_back_to_the_day_just_named() -> None:
    """ "Shares fell on Monday ... to end the day": the day is Monday, in the same sentence or the paragraph's
    sentence before (`scan_dates` and the timeline pass it on); with none named, the article's day."""
    same = find_dates("Shares fell on Monday, recovering later in the day.", reference=REF)
    assert [m.iso for m in same] == ["2025-10-13", "2025-10-13"]
    carried = find_dates("The index ended the day at 9,505.", reference=REF, context_day=date(2025, 10, 13))
    assert [m.iso for m in carried] == ["2025-10-13"]
    found = scan_dates("Markets slid on Monday.\nThe index ended the day at 9,505.", published=REF)
    assert [d.date for d in found] == ["2025-10-13", "2025-10-16"]  # a new paragraph: the article's day
    found = scan_dates("Markets slid on Monday. The index ended the day at 9,505.", published=REF)
    assert [d.date for d in found] == ["2025-10-13", "2025-10-13"]


def test_a_month_of_next_or_last_year() -> None:
    """ "October of next year" is that month a year after the article's; "March of last year" one before."""
    found = find_dates("Leases end after October of next year, as in March of last year.", reference=REF)
    assert [(m.iso, m.precision) for m in found] == [("2026-10", "month"), ("2024-03", "month")]


def test_the_day_of_something_else_is_not_the_article_day() -> None:
    """ "the day of the attack", "the day before" name another day: no date."""
    for text in ["He recalled the day of the attack.", "She arrived the day before the vote."]:
        assert find_dates(text, reference=REF) == [], text


def test_a_year_naming_an_event_is_a_date_but_a_count_is_not() -> None:
    """ "a bloodless 1989 coup", "the 2002 Winter Games" name years; "nearly 2000 people" is a count."""
    assert [
        m.iso for m in find_dates("He seized power in a bloodless 1989 military coup.", reference=REF)
    ] == ["1989"]
    assert [m.iso for m in find_dates("She ran the troubled 2002 Winter Games.", reference=REF)] == ["2002"]
    assert find_dates("The flood forced nearly 2000 people from home.", reference=REF) == []


def test_until_a_weekday_points_ahead_but_until_today_is_today() -> None:
    """ "Markets stay closed until Friday" (said on a Thursday) is tomorrow; "not named until today" is today."""
    assert [m.iso for m in find_dates("The markets stay closed until Friday.", reference=REF)] == [
        "2025-10-17"
    ]
    assert [m.iso for m in find_dates("Nobody was named until today.", reference=REF)] == ["2025-10-16"]


def test_the_month_may_is_no_modal() -> None:
    """ "May 29, 2006 The firm on Tuesday delivered ..." is told in the past: the month "May" is no "may"."""
    text = "May 29, 2006 The firm on Tuesday delivered its last jet."
    assert not future_context(text, (text.index("Tuesday"), text.index(" delivered")))
    assert future_context("They may meet on Tuesday.", (16, 23))


def test_a_yearless_day_in_an_older_story_takes_that_storys_year() -> None:
    """ "the Sept. 11, 1973, coup ... he died on Sept. 23": the year-less day just after a day named in 1973 is in
    1973; without that anchor, or with one from last year, it is the nearest Sept. 23 to the article's day."""
    ref = date(2014, 11, 7)
    told = find_dates(
        "The poet died there on Sept. 23 of natural causes.", reference=ref, anchor=date(1973, 9, 11)
    )
    assert [m.iso for m in told] == ["1973-09-23"]
    plain = find_dates("The poet died there on Sept. 23 of natural causes.", reference=ref)
    assert [m.iso for m in plain] == ["2014-09-23"]
    recent = find_dates("The mayor resigned on Sept. 23.", reference=ref, anchor=date(2013, 9, 11))
    assert [m.iso for m in recent] == ["2014-09-23"]
    same = find_dates("After the Sept. 11, 1973, coup, the poet died on Sept. 23.", reference=ref)
    assert [m.iso for m in same] == ["1973-09-11", "1973-09-23"]


def test_a_month_of_a_named_year_is_that_month() -> None:
    """ "in May of 2016" is May 2016, not "in May" of the article's year followed by a lone year."""
    found = find_dates("The owners met in May of 2016 to hear the news.", reference=date(2017, 11, 5))
    assert [(m.text, m.iso) for m in found] == [("May of 2016", "2016-05")]


@pytest.mark.parametrize(
    "text",
    [
        "He stood on the same stage a little over two months ago.",
        "The plant closed more than three years ago.",
        "The talks ran over two weeks and ended without a deal.",
    ],
)
def test_a_bound_or_a_past_span_is_no_date(text: str) -> None:
    """ "over two months ago" bounds the day without giving it, and "ran over two weeks" is a span of the past:
    neither becomes a date (before, the first was read as the two months ahead)."""
    assert find_dates(text, reference=REF) == []


def test_a_plain_count_ago_and_a_window_ahead_still_date() -> None:
    """ "two months ago" is that month; "over the next two weeks" the window ahead."""
    assert one("It opened two months ago.")[:2] == ("2025-08", "month")
    assert one("They will decide over the next two weeks.")[1] == "range"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers are expected to reach the survivors of Tuesday's earthquake.", "2025-10-14"),
        ("Crews will clear the rubble of Monday's deadly blast.", "2025-10-13"),
        ("Many may have been killed by Tuesday's 7.0-magnitude quake.", "2025-10-14"),
        ("The mayor will speak at Tuesday's council meeting.", "2025-10-21"),
    ],
)
def test_an_unplanned_event_s_weekday_is_the_one_gone_by(text: str, expected: str) -> None:
    """ "Tuesday's earthquake" is the Tuesday before the article even in a sentence of plans; a meeting's Tuesday
    in such a sentence is still the one ahead."""
    assert one(text)[0] == expected


def test_during_the_day_is_the_daytime_not_a_day() -> None:
    """ "I never phoned during the day" speaks of the daytime; "later in the day" still refers to a day."""
    assert find_dates("I never phoned during the day, except when I was able to.", reference=REF) == []
    assert [m.iso for m in find_dates("Shares recovered later in the day.", reference=REF)] == ["2025-10-16"]


def test_a_month_that_names_an_event_is_the_nearest_one() -> None:
    """In mid-October, "the November council elections" is the coming November even in a past sentence; a month
    told alone in a past sentence ("were nervous in November") is the one gone by."""
    told = "The remark unsettled allies, who worried before the November council elections."
    assert [m.iso for m in find_dates(told, reference=REF)] == ["2025-11"]
    assert [m.iso for m in find_dates("The allies were nervous in November.", reference=REF)] == ["2024-11"]


@pytest.mark.parametrize(
    ("text", "ref", "iso"),
    [
        ("He has not posted since Election Day.", date(2012, 11, 12), "2012-11-06"),
        ("Voters head to the polls on Election Day.", date(2016, 10, 20), "2016-11-08"),
        ("The mayor said trick-or-treating was fine for Halloween.", date(2012, 10, 30), "2012-10-31"),
        ("The ferry sank on Christmas Eve.", date(2013, 1, 20), "2012-12-24"),
        ("The ferry will sail again on Christmas Eve.", date(2013, 1, 20), "2013-12-24"),
        ("The bridge reopened on Memorial Day.", date(2019, 6, 10), "2019-05-27"),
        ("Crowds gathered on Labor Day.", date(2019, 9, 5), "2019-09-02"),
    ],
)
def test_a_named_day_is_its_nearest_occurrence_unless_the_tense_says_otherwise(
    text: str, ref: date, iso: str
) -> None:
    """ "Election Day", "Halloween", "Christmas Eve": the day nearest the article; a plan's day long gone is next
    year's, and a day of the past still ahead is last year's."""
    assert [m.iso for m in find_dates(text, reference=ref)] == [iso]


def test_things_named_after_a_day_are_no_day() -> None:
    """ "Halloween costumes", "Labor Day weekend sales" and "every Halloween" name no single day."""
    for text in (
        "Halloween costumes sold out.",
        "Labor Day weekend sales rose.",
        "Every Halloween he dresses up.",
    ):
        assert find_dates(text, reference=REF) == [], text


def test_over_the_weekend_is_the_one_just_gone_or_the_one_planned() -> None:
    """From a Tuesday, "word got out over the weekend" is the weekend just gone; "talks will go on over the
    weekend" the coming one."""
    tuesday = date(2014, 11, 4)
    (past,) = find_dates("Word got out over the weekend that the pages were burnt.", reference=tuesday)
    (plan,) = find_dates("Talks will go on over the weekend.", reference=tuesday)
    assert (past.start, past.label) == (date(2014, 10, 27), "weekend of Nov 1, 2014")
    assert (plan.start, plan.label) == (date(2014, 11, 3), "weekend of Nov 8, 2014")


def test_died_tells_the_past() -> None:
    """ "He died on Memorial Day", told in March, is last May's (the nearest one is two months ahead, "died" says
    the past)."""
    (found,) = find_dates("He died on Memorial Day.", reference=date(2019, 3, 20))
    assert found.iso == "2018-05-28"


def test_a_day_or_month_with_a_year_named_relative_to_the_article_is_that_year() -> None:
    """ "On 12 June last year" is the June of the year before the article's, "4 May next year" the year after,
    "March last year" a month of the year before: one mention each, not a day of this year plus a year."""
    ref = date(2010, 9, 13)
    found = [(m.text, m.iso) for m in find_dates("The mill closed on 12 June last year.", reference=ref)]
    assert found == [("12 June last year", "2009-06-12")]
    assert [m.iso for m in find_dates("The fair opens on May 4 next year.", reference=ref)] == ["2011-05-04"]
    assert [m.iso for m in find_dates("The vote was held in March last year.", reference=ref)] == ["2009-03"]
    # a possessive names another thing's year: the day stays in the article's year
    first = find_dates("On June 3, last year's winner lost.", reference=ref)[0]
    assert first.iso == "2010-06-03"


def test_the_past_year_is_a_span_not_the_year_before() -> None:
    """ "Over the past year" is the twelve months up to the article, a duration (no key date); "last year" is the
    calendar year before."""
    ref = date(2016, 3, 3)
    assert find_dates("Prices doubled over the past year.", reference=ref) == []
    assert find_dates("Sales fell in the past month.", reference=ref) == []
    assert [m.iso for m in find_dates("The plant closed last year.", reference=ref)] == ["2015"]
