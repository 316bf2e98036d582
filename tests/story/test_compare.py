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


def test_leader_facts_read_only_the_sentences_that_may_say_who_leads() -> None:
    """Each article's leading sentences (kept with it) are what the merge reads: given them, the facts are those
    found by reading every sentence; given none, none is found."""
    from briefings.article.leading import leading_sentences

    ss = sentences(
        "The delegation will be led by Foreign Minister Ana Ruiz.",
        "Ana Ruiz spoke to reporters on Tuesday.",
        "Talks headed by Trade Minister Tom Berg resumed.",
    )
    people = find_people(ss)
    leading = [s for doc in ss for s in leading_sentences([doc])]
    assert [s.doc_id for s in leading] == ["s0", "s2"]
    assert leader_facts(ss, people, leading) == leader_facts(ss, people)
    assert {f.value for f in leader_facts(ss, people, leading)} == {"Ana Ruiz", "Tom Berg"}
    assert leader_facts(ss, people, []) == []
