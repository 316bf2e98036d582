"""Disagreements worded apart: ages, magnitudes, storeys, lengths in two units, counts in words; traps unflagged."""

from __future__ import annotations

from datetime import date

from briefings.article.counts import counts_in
from briefings.article.measures import measures_in
from briefings.model import Disagreement
from briefings.story.quantities import compare_counts
from tests.conftest import sentences

SAME_DAY = {"s0": date(2024, 3, 1), "s1": date(2024, 3, 1), "s2": date(2024, 3, 1)}


def disputes(*texts: str, published: dict[str, date] = SAME_DAY) -> list[Disagreement]:
    found = sentences(*texts)
    return compare_counts(counts_in(found) + measures_in(found), published)[1]


def values(found: list[Disagreement]) -> list[tuple[str, set[str]]]:
    return [(d.topic, {c.value for c in d.claims}) for d in found]


def test_an_age_a_magnitude_and_storeys_told_apart_are_disputes() -> None:
    """ "Ann Okafor, 33," against "34-year-old Ann Okafor", a magnitude 6.2 quake against a magnitude-6 one, a
    72-storey tower against its 87 storeys."""
    assert values(
        disputes("Ann Okafor, 33, was arrested near the harbour.", "Police arrested 34-year-old Ann Okafor.")
    ) == [("Age of Okafor", {"33", "34"})]
    assert values(
        disputes(
            "A magnitude 6.2 earthquake struck the coast.", "The magnitude-6 quake struck the coast early."
        )
    ) == [("Magnitude of the earthquake", {"6", "6.2"})]
    assert values(
        disputes(
            "The fire gutted the 72-storey tower downtown.", "Flames climbed the tower's 87 storeys downtown."
        )
    ) == [("Storeys of the building", {"72 storeys", "87 storeys"})]


def test_lengths_in_two_units_and_counts_in_words_are_compared() -> None:
    """98 feet (29.9 m) against a 25-metre wreck disputes; "nearly two dozen" fits both 23 and 24, which dispute."""
    assert values(
        disputes("The wreck is 98 feet long and lies off the cape.", "The 25-meter wreck lies off the cape.")
    ) == [("Length in metres", {"25 meter", "98 feet"})]
    assert values(
        disputes(
            "Nearly two dozen churches were burned in the province.",
            "24 churches were burned in the province, police said.",
            "23 churches were burned in the province, officials said.",
        )
    ) == [("Number of churches", {"23", "24"})]


def test_a_rounded_open_count_that_grows_on_later_days_is_an_update() -> None:
    """ "More than 6.6 million" then "more than 8.2 million" a day later: each is rounded down, so they differ, and
    the later one is the current figure."""
    found = disputes(
        "The storm left more than 6.6 million homes without power across the state.",
        "The storm left more than 8.2 million homes without power across the state.",
        published={"s0": date(2024, 3, 1), "s1": date(2024, 3, 2)},
    )
    assert [(d.kind, [c.value for c in d.claims]) for d in found] == [
        ("update", ["more than 8.2 million", "more than 6.6 million"])
    ]


def test_traps_stay_unflagged() -> None:
    """A range holding the other value, values that agree once "about", "more than", "up to" are read, two people's
    ages, distances to different places and the same number of different things are no disagreement."""
    assert not disputes(
        "Between 18 and 22 houses were destroyed by the fire.", "The fire destroyed 20 houses."
    )
    assert not disputes(
        "About 400 homes were destroyed by the fire.",
        "Up to 420 homes were destroyed by the fire.",
        "More than 390 homes were destroyed by the fire.",
    )
    assert not disputes(
        "Ann Okafor, 33, and Ben Lau, 41, were arrested.", "Ben Lau, 41, was charged on Friday."
    )
    assert not disputes(
        "The village lies 55 km from the capital.", "The port lies 100 km from the border town."
    )
    assert not disputes(
        "Rescuers found 12 survivors in the rubble.", "Rescuers pulled 12 bodies from the rubble."
    )


def test_a_source_measuring_two_things_keeps_the_one_told_like_the_other_source() -> None:
    """A source giving 98 feet for the Alassio wreck and 55 feet for another ship: the 98 feet, told in words
    like the other source's 25-metre wreck, is compared; the other ship's length is not."""
    assert values(
        disputes(
            "Off the coast near Alassio, in deep waters, the vessel is estimated to be 98 feet long. The other "
            "ship found at Grado was a 55-foot-long trade vessel packed with jars.",
            "Archaeologists searched for the 25-meter wreck in the deep waters off the coast of Alassio.",
        )
    ) == [("Length in metres", {"25 meter", "98 feet"})]


def test_a_count_naming_no_thing_meets_the_count_it_joined_however_worded() -> None:
    """ "Cut power to more than 8.2 million" joins "6.6 million homes without power" by its state and size, and the
    two dispute though their sentences share few words."""
    found = disputes(
        "More than 6.6 million homes and businesses were without power in New Jersey and beyond.",
        "The hurricane cut power to more than 8.2 million as it swept inland overnight.",
    )
    assert values(found) == [
        ("Number of homes without power", {"more than 6.6 million", "more than 8.2 million"})
    ]


def test_a_source_with_several_unfitting_counts_still_gives_none() -> None:
    """Two death counts in one source (attributable deaths, preventable deaths) are two things: no dispute with a
    third figure elsewhere, however alike the sentences."""
    assert not disputes(
        "An estimated 5.2 million deaths worldwide were linked to poor diets in 2013, and 7.8 million premature "
        "deaths each year could be prevented by diets, the study said.",
        "The study said 3 million deaths worldwide were linked to poor diets.",
    )


def test_distinct_things_counted_in_plain_words_are_compared_across_long_sentences() -> None:
    """ "seven prior congressional investigations" is a count though told in plain words, and it meets "half a
    dozen congressional investigations" in a long sentence sharing five words but a small part of all."""
    found = disputes(
        "Even after an Accountability Review Board and half a dozen congressional investigations, these and other "
        "questions about the night still lingered among families.",
        "What happened has been scrutinized by a nonpartisan Accountability Review Board, seven prior congressional "
        "investigations, multiple news organizations and, of course, our law enforcement and intelligence agencies.",
    )
    assert values(found) == [("Number of investigations", {"half a dozen", "seven"})]
    assert not disputes(
        "Five portions of fruit were served to the visitors.",
        "Ten portions of fruit a day cut the risk, it said.",
    )


def test_ages_storeys_magnitudes_and_lengths_in_other_wordings() -> None:
    """A lone surname's age ("Hrebec, 52,"), "who is 40", a hyphenated "24-story" block, "had a magnitude of" and
    a length written with a thousands separator ("1,500-foot", 457 m) are read and compared."""
    assert values(
        disputes(
            "The pilot, Tomas Hrebec, 51, had flown the route for years.",
            "Hrebec, 52, had flown the route for years, the airline said.",
        )
    ) == [("Age of Hrebec", {"51", "52"})]
    assert values(
        disputes("Greta Malm, who is 40, won the race.", "The 41-year-old Greta Malm won the race on Sunday.")
    ) == [("Age of Malm", {"40", "41"})]
    assert values(
        disputes(
            "The blaze tore through the 24-story apartment block.",
            "Firefighters climbed the block's 27 floors.",
        )
    ) == [("Storeys of the building", {"24 storeys", "27 storeys"})]
    assert values(
        disputes(
            "The earthquake had a magnitude of 6.6, seismologists said.",
            "Seismologists said the earthquake measured 6.9.",
        )
    ) == [("Magnitude of the earthquake", {"6.6", "6.9"})]
    assert values(disputes("The bridge is 300 metres long.", "The 1,500-foot bridge spans the river.")) == [
        ("Length in metres", {"300 metres", "1,500 foot"})
    ]


def test_a_lone_word_before_a_figure_is_no_age_when_it_is_an_everyday_word_or_a_list() -> None:
    """ "Police, 12, …" and a list of places with counts ("Lorwick, 12, and Vale, 9") give no age."""
    assert not measures_in(sentences("Sources said: Police, 12, and firefighters, 9, were hurt."))
    assert not measures_in(
        sentences("The dead were counted in Lorwick, 12, Ostrava, 9, and Vale, 4, officials said.")
    )


def test_amounts_of_money_are_ranges_compared_by_what_they_pay_for() -> None:
    """ "$4.2 billion" against "about $4.5 billion" for one deal disputes, as do a £40 million and a £45 million
    sale; "$57 million" and "$57.1 million", "more than $3 million" and "more than $3.5 million" agree; amounts in
    two currencies are never set against each other (no exchange rate is known)."""
    assert values(
        disputes(
            "Halvera agreed to buy Norvik for $4.2 billion in cash.",
            "Halvera to acquire Norvik in about $4.5 billion deal",
        )
    ) == [("Value of the deal ($)", {"$4.2 billion", "$4.5 billion"})]
    assert values(
        disputes(
            "The club agreed to sell the striker for £40 million.",
            "The striker was sold for a fee of £45 million.",
        )
    ) == [("Value of the sale (£)", {"£40 million", "£45 million"})]
    assert not disputes(
        "A jury awarded the nurse $57 million in damages.", "The jury awarded the nurse $57.1 million."
    )
    assert not disputes(
        "The firm paid more than $3 million in the settlement with the nurse.",
        "The settlement with the nurse came to more than $3.5 million.",
    )
    assert not disputes(
        "The kidnappers demanded a ransom of €1 million.", "The kidnappers asked for a $5 million ransom."
    )


def test_money_from_many_givers_and_amounts_of_a_unit_are_not_rival_claims() -> None:
    """Aid pledged by two countries, and tonnes of supplies on two flights, are different things however alike
    the sentences: no disagreement."""
    assert not disputes(
        "Norland pledged $100 million in aid to the island after the quake.",
        "Vestria pledged $37 million in aid to the island after the quake.",
    )
    assert not disputes(
        "The first flight carried 40 tonnes of food to the island after the quake.",
        "Ships carried 15,000 tonnes of food to the island after the quake.",
    )


def test_amounts_in_two_currencies_meet_through_the_conversion_a_source_gives() -> None:
    """ "£40m ($52m)" gives the sale in dollars too: it disputes another source's $60 million fee and agrees with
    a $52 million one."""
    found = disputes(
        "The club sold the striker for £40m ($52m) on Friday.",
        "The striker was sold for a $60 million fee on Friday.",
    )
    assert values(found) == [("Value of the sale ($)", {"$52 million", "$60 million"})]
    assert not disputes(
        "The club sold the striker for £40m ($52m) on Friday.",
        "The striker was sold for a $52 million fee on Friday.",
    )
