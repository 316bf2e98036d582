"""Counts compared like with like: compatible values agree, a developing count is an update, a split is a dispute."""

from __future__ import annotations

from datetime import date

from briefings.article.counts import counts_in
from briefings.story.quantities import compare_counts
from tests.conftest import sentences

DAYS = {"s0": date(2024, 3, 1), "s1": date(2024, 3, 2), "s2": date(2024, 3, 3)}


def disputes(*texts: str, published: dict[str, date] = DAYS):  # type: ignore[no-untyped-def]
    return compare_counts(counts_in(sentences(*texts)), published)[1]


def test_compatible_values_and_different_quantities_are_not_flagged() -> None:
    """ "150" and "more than 150", "about 400" and "410", deaths in two places, and one source's own two values
    (10 and 17 inches of sinking and tilt) are never a disagreement."""
    assert not disputes(
        "The quake killed 150 people in Lorwick.", "The quake killed more than 150 people in Lorwick."
    )
    assert not disputes(
        "About 400 homes were destroyed by the fire.", "The fire destroyed 410 homes overnight."
    )
    assert not disputes("The storm killed 40 people in Haiti.", "The storm killed 12 people in Cuba.")
    assert not disputes(
        "The tower has sunk 17 inches and tilted 10 inches.", "The tower sank 17 inches and tilts 10 inches."
    )


def test_a_count_that_grows_report_by_report_is_an_update_newest_first() -> None:
    """120, then 241, then 247 deaths in three days: an update listed newest first, not a dispute."""
    found = disputes(
        "The earthquake killed 120 people in Lorwick, officials said.",
        "The earthquake killed 241 people in Lorwick, officials said.",
        "The death toll in Lorwick rose to 247 on Sunday.",
    )
    assert len(found) == 1 and found[0].kind == "update"
    assert [c.value for c in found[0].claims] == ["247", "241", "120"]


def test_sources_that_differ_at_the_same_time_dispute() -> None:
    """Two reports of the same day with 10 and 22 deaths in Lorwick: a dispute citing each."""
    same_day = {"s0": date(2024, 3, 1), "s1": date(2024, 3, 1)}
    found = disputes(
        "The storm killed 10 people in Lorwick.", "The storm killed 22 people in Lorwick.", published=same_day
    )
    assert len(found) == 1 and found[0].kind == "dispute"
    assert {(c.value, c.sources) for c in found[0].claims} == {("10", ("s0",)), ("22", ("s1",))}


def test_counts_of_the_same_thing_in_like_sentences_are_compared() -> None:
    """ "About 150 ships were waiting" against "More than 200 ships were waiting" on one day is a dispute over the
    number of ships; a count only one source gives is no disagreement."""
    same_day = {"s0": date(2024, 3, 1), "s1": date(2024, 3, 1), "s2": date(2024, 3, 1)}
    found = disputes(
        "About 150 ships were waiting at the canal.",
        "More than 200 ships were waiting, officials said.",
        "Over 15.2 million Ukrainians have been displaced, the agency said.",
        published=same_day,
    )
    assert [(d.topic, d.kind) for d in found] == [("Number of ships", "dispute")]
    assert {c.value for c in found[0].claims} == {"about 150", "more than 200"}


def test_a_death_toll_broken_down_by_place_is_compared_place_by_place() -> None:
    """ "…, 23 of them in Norland — including 18 in Port Vale" gives deaths in Port Vale, set against another
    source's "killed 10 people in Port Vale"; "68 other deaths in the Isles" against "69 in the Isles"."""
    counts = counts_in(
        sentences(
            "Forty people were killed in the region, 23 of them in Norland — including 18 in Port Vale.",
            "The storm killed 10 people in Port Vale. It was blamed for 69 deaths in the Isles.",
            "Before that, the storm was blamed for 68 other deaths in the Isles.",
        )
    )
    keys = {(c.key, c.low) for c in counts}
    assert ("deaths in norland", 23) in keys and ("deaths in port vale", 18) in keys
    assert ("deaths in isles", 68) in keys and ("deaths in isles", 69) in keys
    topics = {d.topic for d in compare_counts(counts, DAYS)[1]}
    assert {"Number of deaths in port vale", "Number of deaths in isles"} <= topics


def test_a_sources_odd_value_out_is_left_out_not_its_whole_count() -> None:
    """A source that says "more than 16,000 flights" and "16,271 flights canceled" and "103 flights" diverted
    still counts 16,271 against another source's "more than 18,000 flights canceled"."""
    found = disputes(
        "Airlines canceled more than 18,000 flights across the region as the storm hit, data showed.",
        "More than 16,000 flights were affected; 16,271 flights canceled in all, and 103 flights diverted.",
    )
    assert len(found) == 1
    assert {c.value for c in found[0].claims} == {"more than 18,000", "16,271"}


def test_people_something_was_done_to_are_counted_and_a_chain_of_reports_is_an_update() -> None:
    """ "sickened 40 people", "now sickened 55 people", "71 people in Marbury have been sickened" on three days is
    an update newest first; a bare "40 people" with nothing done to them is no count."""
    found = disputes(
        "The flu outbreak has sickened 40 people in Marbury, officials said.",
        "The flu outbreak has now sickened 55 people in Marbury.",
        "Health officials said 71 people in Marbury have been sickened by the flu outbreak.",
    )
    assert [(d.topic, d.kind, [c.value for c in d.claims]) for d in found] == [
        ("Number of people sickened", "update", ["71", "55", "40"])
    ]
    assert not counts_in(sentences("About 40 people attended the vigil for the flu victims."))


def test_a_death_toll_told_with_its_cause_between_and_a_range_keeps_its_words() -> None:
    """ "The death toll from the bridge collapse rose to 26" is read though five words stand between; a range
    keeps "between … and …" in its words, and a value outside it disputes."""
    found = disputes(
        "At least 12 people were killed when the bridge collapsed.",
        "The death toll from the bridge collapse rose to 26.",
    )
    assert [[c.value for c in d.claims] for d in found] == [["26", "at least 12"]]
    same_day = {"s0": date(2024, 3, 1), "s1": date(2024, 3, 1)}
    found = disputes(
        "Between 18 and 22 miners were trapped underground after the collapse.",
        "Rescuers said 30 miners were trapped underground.",
        published=same_day,
    )
    assert [{c.value for c in d.claims} for d in found] == [{"between 18 and 22", "30"}]


def test_the_injured_told_without_a_noun_are_counted_and_wounded_is_injured() -> None:
    """ "killing 3 and injuring 47", "at least 60 others were hurt" and "wounded 31 people" are counts of the
    injured, compared across sources; "two people were injured" in words is too plain to count."""
    same_day = {"s0": date(2024, 3, 1), "s1": date(2024, 3, 1)}
    found = disputes(
        "The blast at the rail depot killed 3, injuring 47, police said.",
        "At least 60 others were hurt in the blast at the rail depot, police said.",
        published=same_day,
    )
    assert [(d.topic, {c.value for c in d.claims}) for d in found] == [
        ("Number of people injured", {"47", "at least 60"})
    ]
    assert [c.key for c in counts_in(sentences("The mob wounded 31 people near the depot."))] == [
        "people injured"
    ]
    assert not counts_in(sentences("Two people were injured."))


def test_a_day_after_a_death_toll_is_no_place_it_holds_for() -> None:
    """ "rose to 31 on Tuesday" counts deaths, not deaths in a place called Tuesday: it meets Monday's "killed 12
    people in the valley floods" and Wednesday's 44 as one toll, an update newest first."""
    found = disputes(
        "The valley floods killed 12 people on Monday, officials said.",
        "The death toll from the valley floods rose to 31 on Tuesday, officials said.",
        "The valley floods have killed 44 people, officials said on Wednesday.",
    )
    assert [(d.topic, d.kind, [c.value for c in d.claims]) for d in found] == [
        ("Number of deaths", "update", ["44", "31", "12"])
    ]


def test_sources_agree_only_on_a_value_they_both_give() -> None:
    """Two ships' counts told in unlike sentences are no dispute, and no agreement either: the sources gave 150
    and 40, never one value."""
    agreements, found = compare_counts(
        counts_in(
            sentences("About 150 ships were waiting at the canal.", "The navy escorted 40 ships home.")
        ),
        DAYS,
    )
    assert found == [] and agreements == []


SIX_DAYS = {f"s{i}": date(2024, 3, 1 + i) for i in range(6)}


def test_a_toll_that_grew_with_one_report_lagging_behind_is_an_update() -> None:
    """Bodies recovered told as 10,000, 15,000, 40,000, 50,000, a late "more than 25,000" and 75,000 over six days
    grew as the story went on: an update led by the newest value, not a dispute; every value stays in its
    history."""
    found = disputes(
        *(
            f"Workers have recovered {n} bodies from the rubble of Lorwick, officials said."
            for n in ("10,000", "15,000", "40,000", "50,000", "more than 25,000", "75,000")
        ),
        published=SIX_DAYS,
    )
    assert [(d.kind, [c.value for c in d.claims]) for d in found] == [
        ("update", ["75,000", "more than 25,000", "50,000", "40,000", "15,000", "10,000"])
    ]


def test_values_that_go_back_and_forth_are_a_dispute_led_by_the_newest_report() -> None:
    """Ships waiting told as 150, 200, 150, 200 and 180 on five days did not grow: a dispute, and it lists the
    newest report's value first (not the oldest), then the others by their latest report."""
    found = disputes(
        *(
            f"{n} ships were waiting at the canal, officials said."
            for n in ("150", "200", "150", "200", "180")
        ),
        published=SIX_DAYS,
    )
    assert [(d.kind, [c.value for c in d.claims]) for d in found] == [("dispute", ["180", "200", "150"])]


def test_one_value_worded_two_ways_is_one_claim() -> None:
    """ "about 400" and "around 400" allow the same range: one claim citing both sources, in the words more sources
    use, against the "200" of a third."""
    same_day = {
        "s0": date(2024, 3, 1),
        "s1": date(2024, 3, 1),
        "s2": date(2024, 3, 1),
        "s3": date(2024, 3, 1),
    }
    found = disputes(
        "About 400 ships were waiting at the canal, officials said.",
        "Around 400 ships were waiting at the canal, officials said.",
        "About 400 ships were waiting at the canal on Monday, officials said.",
        "Some 200 ships were waiting at the canal, officials said.",
        published=same_day,
    )
    assert [[(c.value, c.sources) for c in d.claims] for d in found] == [
        [("about 400", ("s0", "s1", "s2")), ("some 200", ("s3",))]
    ]
