"""Key dates merged across sources, background kept apart, planned dates disputed."""

from __future__ import annotations

from datetime import date

from briefings.article.sentences import corpus_sentences
from briefings.story.timeline import build_timeline
from tests.conftest import doc

A = (
    "---\npublished: 2024-03-07\n---\nThe city council voted on March 6, 2024, to close the river bridge after "
    "inspectors found cracks.\nRepairs will begin next week, the mayor said.\nThe bridge first opened in 1931.\n"
)
B = (
    "---\npublished: 2024-03-07\n---\nCouncillors voted on Wednesday to close the river bridge over cracks.\n"
    "Crews will start repairs on the river bridge in mid-April 2024.\n"
)
C = (
    "---\npublished: 2024-03-08\n---\nThe river bridge closed after the council vote on March 6.\n"
    "Work crews begin repairs to the river bridge within the next two weeks.\n"
)


def timeline(as_of: date = date(2024, 3, 10)):  # type: ignore[no-untyped-def]
    docs = [doc(A, "a.txt"), doc(B, "b.txt"), doc(C, "c.txt")]
    return build_timeline(docs, corpus_sentences(docs), as_of=as_of)


def test_same_event_in_three_sources_is_one_entry_citing_all() -> None:
    """ "March 6, 2024", "on Wednesday" and "March 6" (year from the article) are one entry with 3 sources."""
    dates, _ = timeline()
    vote = [k for k in dates if k.date == "2024-03-06"]
    assert len(vote) == 1 and vote[0].sources == ("a", "b", "c") and vote[0].status == "past"


def test_background_dates_are_kept_apart() -> None:
    """A date long before the story is kept, marked background and listed after the story's dates."""
    dates, _ = timeline()
    assert dates[-1].label == "1931" and dates[-1].background
    assert not any(k.background for k in dates[:-1])


def test_planned_event_with_rival_dates_is_disputed() -> None:
    """Repairs "next week", "mid-April" and "within two weeks" are one planned event the sources dispute."""
    dates, disputes = timeline(as_of=date(2024, 3, 8))
    repairs = [k for k in dates if k.disputed]
    assert len(repairs) == 1 and repairs[0].sources == ("a", "b", "c")
    values = {c.value for d in disputes for c in d.claims}
    assert "mid-April 2024" in values and any(v.startswith("week of Mar 11, 2024") for v in values)
    assert repairs[0].status == "upcoming"


def test_status_follows_as_of() -> None:
    """The same dates read as past once `as_of` moves beyond them."""
    dates, _ = timeline(as_of=date(2024, 6, 1))
    assert all(k.status == "past" for k in dates)


def test_an_event_is_described_by_a_sentence_about_that_day_alone() -> None:
    """A sentence naming only the quake's day describes it better than one naming two days."""
    a = doc(
        "---\npublished: 2024-04-03\n---\nA strong earthquake struck the coastal province early on Wednesday, "
        "killing at least 12 people.\n",
        "a.txt",
    )
    b = doc(
        "---\npublished: 2024-04-04\n---\nThe death toll from Wednesday's earthquake in the coastal province "
        "rose to 28 on Thursday.\n",
        "b.txt",
    )
    dates, _ = build_timeline([a, b], corpus_sentences([a, b]), as_of=date(2024, 4, 6))
    quake = next(k for k in dates if k.date == "2024-04-03")
    assert quake.sources == ("a", "b") and quake.event.startswith("A strong earthquake struck")


def test_the_day_of_the_briefing_is_past_or_upcoming_by_tense() -> None:
    """On the briefing's own day, "the ferry sank on Friday" has happened and "talks will open Friday" have not;
    a week that holds the day is past when told as done."""
    told = doc(
        "---\npublished: 2024-03-08\n---\nThe ferry sank on Friday near the harbour mouth.\n"
        "Talks on compensation will open on Friday, March 8, 2024 at the port office.\n"
        "Divers searched the wreck this week.\n",
        "t.txt",
    )
    dates, _ = build_timeline([told], corpus_sentences([told]), as_of=date(2024, 3, 8))
    status = {(k.precision, k.event.split()[0]): k.status for k in dates}
    assert status[("day", "The")] == "past" and status[("day", "Talks")] == "upcoming"
    assert status[("week", "Divers")] == "past"


def test_a_period_told_as_still_running_is_ongoing() -> None:
    """ "So far this month has been the wettest" and "has been searching this week": the period is not over."""
    told = doc(
        "---\npublished: 2024-03-08\n---\nSo far, this month has been the wettest March on record.\n"
        "Divers have been searching the wreck this week.\n",
        "t.txt",
    )
    dates, _ = build_timeline([told], corpus_sentences([told]), as_of=date(2024, 3, 8))
    assert {(k.precision, k.status) for k in dates} == {("month", "ongoing"), ("week", "ongoing")}


def test_photo_captions_and_far_targets_are_not_key_dates() -> None:
    """A captioned photo's day and a target decades ahead are not events of the story; the prose's day is."""
    text = doc(
        "---\npublished: 2024-03-08\n---\nThe council closed the river bridge on Thursday after cracks were found.\n"
        "Inspectors walk under the bridge on Monday, March 4, 2024. (AP Photo/Jane Roe)\n"
        "Hide Caption 3 of 9 Photos: Traffic queues at the ring road on March 5, 2024.\n"
        "The city wants net-zero transport between 2060 and 2070.\n",
        "c.txt",
    )
    dates, _ = build_timeline([text], corpus_sentences([text]), as_of=date(2024, 3, 8))
    assert [k.date for k in dates] == ["2024-03-07"]


def test_one_source_telling_two_events_of_one_day_gives_two_entries() -> None:
    """A day with a verdict and an unrelated storm in one article is two key dates; the same verdict told by
    another source joins the first."""
    one = doc(
        "---\npublished: 2024-05-03\n---\nIn the valley town, the jury convicted the former mayor of bribery on "
        "Thursday, May 2, 2024.\nIn the valley town, a hailstorm flattened orchards on Thursday, May 2, 2024.\n",
        "a.txt",
    )
    two = doc(
        "---\npublished: 2024-05-03\n---\nJurors convicted the former mayor of bribery on Thursday.\n",
        "b.txt",
    )
    dates, _ = build_timeline([one, two], corpus_sentences([one, two]), as_of=date(2024, 5, 6))
    may2 = sorted((k.sources, "hailstorm" in k.event) for k in dates if k.date == "2024-05-02")
    assert may2 == [(("a",), True), (("a", "b"), False)]


def test_a_sentence_with_two_dates_gives_each_its_own_clause() -> None:
    """ "The council voted on May 3, and the mayor resigned on May 5": each day carries its own event."""
    text = doc(
        "---\npublished: 2024-05-08\n---\nThe council voted to sell the harbour on May 3, 2024, and the mayor "
        "resigned in protest on May 5, 2024.\n",
        "t.txt",
    )
    dates, _ = build_timeline([text], corpus_sentences([text]), as_of=date(2024, 5, 8))
    events = {k.date: k.event for k in dates}
    assert "resigned" not in events["2024-05-03"] and "voted" not in events["2024-05-05"]
    assert "council voted" in events["2024-05-03"] and "mayor resigned" in events["2024-05-05"]


def test_the_day_a_fact_was_told_is_not_an_event_of_its_own() -> None:
    """ "The girl died Wednesday, police said Thursday": Wednesday is the event; Thursday only when it was told."""
    text = doc(
        "---\npublished: 2024-05-10\n---\nThe girl died on Wednesday at the clinic, police said Thursday.\n",
        "t.txt",
    )
    dates, _ = build_timeline([text], corpus_sentences([text]), as_of=date(2024, 5, 10))
    assert [k.date for k in dates] == ["2024-05-08"]


def test_weight_favours_dates_sources_name_outright() -> None:
    """A day two sources name as "March 4, 2024" outweighs one three sources only call "Tuesday"."""
    docs = [
        doc(
            f"---\npublished: 2024-03-06\n---\nThe port strike began on March 4, 2024, after talks failed.\n"
            f"Dockers marched on Tuesday{tail}.\n",
            f"{name}.txt",
        )
        for name, tail in (("a", " through the city"), ("b", " across town"))
    ]
    docs.append(doc("---\npublished: 2024-03-06\n---\nDockers marched on Tuesday again.\n", "c.txt"))
    dates, _ = build_timeline(docs, corpus_sentences(docs), as_of=date(2024, 3, 6))
    weight = {k.date: k.weight for k in dates}
    assert weight["2024-03-04"] == 2.5 and weight["2024-03-05"] == 0.75


def test_a_pair_of_reports_is_described_by_the_earlier_one_in_any_order() -> None:
    """Two sources on one day are equally central to each other: the earlier report's sentence describes the
    event, whichever order the sources come in (not the noise of summing floats)."""
    early = doc(
        "---\npublished: 2024-06-04\n---\nThe regional parliament approved the new water tariff on June 3, 2024, "
        "after a long debate.\n",
        "early.txt",
    )
    late = doc(
        "---\npublished: 2024-06-09\n---\nFarmers protested outside the regional parliament over the water tariff "
        "it approved on June 3.\n",
        "late.txt",
    )
    for docs in ([early, late], [late, early]):
        dates, _ = build_timeline(docs, corpus_sentences(docs), as_of=date(2024, 6, 10))
        (june3,) = [k for k in dates if k.date == "2024-06-03"]
        assert june3.sources == ("early", "late")
        assert june3.event.startswith("The regional parliament approved")


def test_a_background_date_weighs_less_than_a_story_date_named_as_often() -> None:
    """A founding year named as often as the vote counts for less: the story's own days lead the ranking."""
    founded = "The bridge first opened in 1931."
    docs = [
        doc(
            f"---\npublished: 2024-03-0{7 + i}\n---\nThe council voted on March 6, 2024, to close it. {founded}\n",
            n,
        )
        for i, n in enumerate(("a.txt", "b.txt"))
    ]
    dates, _ = build_timeline(docs, corpus_sentences(docs), as_of=date(2024, 3, 10))
    vote = next(k for k in dates if k.date == "2024-03-06")
    opened = next(k for k in dates if k.label == "1931")
    assert opened.background and opened.weight < vote.weight


def test_a_day_gone_by_told_only_as_a_plan_weighs_less_than_one_told_as_done() -> None:
    """Two sources plan a hearing "set for March 4, 2024" and two report a vote "on March 5, 2024": as of March 9,
    the plan may have been put off, so it ranks below the vote; before March 4 it weighs in full."""
    docs = [
        doc(
            f"---\npublished: 2024-03-01\n---\nThe bail hearing is set for March 4, 2024, the clerk said{tail}.\n",
            f"{name}.txt",
        )
        for name, tail in (("p1", " in a note"), ("p2", " by phone"))
    ] + [
        doc(
            f"---\npublished: 2024-03-06\n---\nThe council voted on March 5, 2024, to close the depot{tail}.\n",
            f"{name}.txt",
        )
        for name, tail in (("d1", " for good"), ("d2", " at once"))
    ]
    after, _ = build_timeline(docs, corpus_sentences(docs), as_of=date(2024, 3, 9))
    weight = {k.date: k.weight for k in after}
    assert weight["2024-03-04"] < weight["2024-03-05"]
    before, _ = build_timeline(docs, corpus_sentences(docs), as_of=date(2024, 3, 2))
    assert {k.date: k.weight for k in before}["2024-03-04"] == weight["2024-03-05"]


def test_a_page_stamp_or_comment_stamp_is_not_a_key_date() -> None:
    """ "Page last updated at 08:58 GMT, Thursday, 7 March 2024" and "At 20:49 6th Mar 2024, Jo wrote:" tell when
    a text was posted; the event told beside them stays."""
    text = (
        "---\npublished: 2024-03-07\n---\nPage last updated at 08:58 GMT, Thursday, 7 March 2024\n\n"
        "The depot closed on March 5, 2024, after the vote.\n\n"
        "At 20:49 6th Mar 2024, Jo wrote: what a shame about the depot.\n"
    )
    docs = [doc(text, "a.txt")]
    dates, _ = build_timeline(docs, corpus_sentences(docs), as_of=date(2024, 3, 9))
    assert [k.date for k in dates] == ["2024-03-05"]


def test_a_date_later_reports_moved_is_an_update_not_a_dispute() -> None:
    """Repairs "next week" in one report, then "mid-April" in two later ones: the plan moved, so the entry is
    mid-April, not disputed, told in the later reports' words, and the change is an update listing the new date
    first. Rival dates given at the same time stay a dispute (test_planned_event_with_rival_dates_is_disputed)."""
    docs = [
        doc("---\npublished: 2024-03-07\n---\nRepairs on the river bridge will begin next week, the mayor "
            "said.\n", "a.txt"),
        doc("---\npublished: 2024-03-14\n---\nCrews will start repairs on the river bridge in mid-April 2024, "
            "the mayor said.\n", "b.txt"),
        doc("---\npublished: 2024-03-20\n---\nRepairs on the river bridge will start in mid-April, the city "
            "said.\n", "c.txt"),
    ]  # fmt: skip
    dates, changes = build_timeline(docs, corpus_sentences(docs), as_of=date(2024, 3, 21))
    repairs = [k for k in dates if "repairs" in k.event.lower()]
    assert len(repairs) == 1 and repairs[0].label == "mid-April 2024" and not repairs[0].disputed
    assert "next week" not in repairs[0].event and repairs[0].sources == ("a", "b", "c")
    assert [(c.kind, [claim.value for claim in c.claims]) for c in changes] == [
        ("update", ["mid-April 2024", "week of Mar 11, 2024 (“next week”)"])
    ]


def test_one_event_told_in_two_wordings_on_one_day_is_one_entry() -> None:
    """One source tells the quake in two sentences that share too little to join ("tremor shook Velmar", "killed
    40 people in the harbour town"); the other sources join one each, and the two groups of that day, alike in
    their words, are one entry citing all three."""
    one = doc(
        "---\npublished: 2024-03-06\n---\nA 6.1-magnitude tremor shook Velmar on Tuesday, March 5, 2024.\n"
        "The quake killed 40 people in the harbour town of Velmar on March 5, 2024.\n",
        "a.txt",
    )
    two = doc(
        "---\npublished: 2024-03-06\n---\nThe 6.1-magnitude quake shook Velmar on Tuesday and killed 40 people.\n",
        "b.txt",
    )
    three = doc(
        "---\npublished: 2024-03-06\n---\nTuesday’s quake in Velmar killed 40 people, officials said.\n",
        "c.txt",
    )
    docs = [one, two, three]
    dates, _ = build_timeline(docs, corpus_sentences(docs), as_of=date(2024, 3, 8))
    quake = [k for k in dates if k.date == "2024-03-05"]
    assert [k.sources for k in quake] == [("a", "b", "c")]


def test_a_day_without_its_year_takes_the_year_of_the_event_it_recalls() -> None:
    """An anniversary report's "sank on 12 June" is the sinking another source dates June 12, 2023, not this
    June; the same article's lawsuit "on 12 June", told in other words, stays in its own year."""
    one = doc(
        "---\npublished: 2024-06-26\n---\nThe ferry Aldona sank off Kerris on June 12, 2023, killing 14 "
        "passengers.\n",
        "a.txt",
    )
    two = doc(
        "---\npublished: 2024-06-13\n---\nRelatives gathered on the quay a year after the ferry Aldona sank off "
        "Kerris on 12 June, killing 14 passengers.\nThe families filed a lawsuit against the port authority on "
        "12 June.\n",
        "b.txt",
    )
    dates, _ = build_timeline([one, two], corpus_sentences([one, two]), as_of=date(2024, 6, 26))
    by_day = {k.date: k for k in dates}
    assert by_day["2023-06-12"].sources == ("a", "b")
    assert "lawsuit" in by_day["2024-06-12"].event and by_day["2024-06-12"].sources == ("b",)
