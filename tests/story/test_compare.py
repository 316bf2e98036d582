"""Agreement and disagreement between sources."""

from __future__ import annotations

from briefings.article.facts import duration_facts
from briefings.story.compare import compare, leader_facts
from briefings.story.people import find_people
from tests.conftest import sentences


def test_different_durations_of_one_call_are_a_disagreement() -> None:
    """ "two-hour call", "more than two-hour phone call", "two-and-a-half-hour conversation" disagree."""
    ss = sentences(
        "They held a two-hour call on Monday.",
        "It was a more than two-hour phone call.",
        "After a two-and-a-half-hour phone conversation they agreed.",
        "A two-hour call preceded it.",
    )
    agreements, disagreements = compare(duration_facts(ss))
    (d,) = disagreements
    assert d.topic == "Length of the call"
    assert {c.value: c.sources for c in d.claims} == {
        "2 hours": ("s0", "s3"),
        "more than 2 hours": ("s1",),
        "2.5 hours": ("s2",),
    }
    assert agreements == []


def test_one_value_from_several_sources_is_corroborated_and_one_source_is_marked() -> None:
    """A fact with one value counts its sources; a fact from one source is single-source."""
    ss = sentences(
        "Talks followed a 30-day ceasefire.", "A 30-day ceasefire was agreed.", "A one-hour speech closed it."
    )
    agreements, disagreements = compare(duration_facts(ss))
    by_topic = {a.topic: a for a in agreements}
    assert by_topic["Length of the ceasefire"].sources == ("s0", "s1")
    assert by_topic["Length of the speech"].single_source
    assert disagreements == []


def test_two_leaders_named_by_one_source_are_not_a_disagreement() -> None:
    """One side's delegation led by A and the other's by B, in the same source, are not rival claims."""
    ss = sentences(
        "The delegation will be led by Foreign Minister Ana Ruiz, "
        "while Trade Minister Tom Berg will head the other team.",
        "Talks led by Foreign Minister Ana Ruiz begin soon.",
    )
    facts = leader_facts(ss, find_people(ss))
    _agreements, disagreements = compare(facts)
    assert disagreements == []
    assert {f.value for f in facts} == {"Ana Ruiz", "Tom Berg"}
