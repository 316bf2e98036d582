"""The cast's declared rules for what is not a person: bodies named in another language and faith words."""

from __future__ import annotations

from briefings.model import Person
from briefings.story.cast import clean_cast, not_a_person, vocabulary
from tests.conftest import sentences


def test_a_body_named_in_another_language_is_no_person() -> None:
    """ "Docteurs Sans Limites" is a body (a connector no person's name holds); "Jean de la Fontaine" is a person."""
    vocab = vocabulary(sentences("Volunteers arrived on Monday."))
    assert not_a_person("Docteurs Sans Limites", vocab) == "a body's name in another language"
    assert not_a_person("Hilfe Ohne Mauern", vocab) == "a body's name in another language"
    assert not_a_person("Jean de la Fontaine", vocab) is None
    assert not_a_person("Les Varga", vocab) is None  # "Les" is a first name


def test_a_faith_word_makes_no_person() -> None:
    """ "Roman Catholic" names a church, "Sunni Clerics" a group; "Roman Varga" stays a person."""
    vocab = vocabulary(sentences("Volunteers arrived on Monday."))
    assert not_a_person("Roman Catholic", vocab) == "holds a faith word"
    assert not_a_person("Sunni Clerics", vocab) is not None
    assert not_a_person("Roman Varga", vocab) is None


def test_a_first_name_written_in_two_words_joins_the_one_person_it_begins() -> None:
    """ "Le Anne" (listed alone) is "LeAnne Varga", who keeps her full name; with two LeAnnes it joins neither."""
    vocab = vocabulary(sentences("Volunteers arrived on Monday."))
    one = clean_cast([_person("LeAnne Varga", "a"), _person("Le Anne", "b", "c")], vocab)
    assert [(p.name, p.sources) for p in one] == [("LeAnne Varga", ("a", "b", "c"))]
    two = clean_cast(
        [_person("LeAnne Varga"), _person("LeAnne Ostrow"), _person("Le Anne")], vocab
    )
    assert len(two) == 3


def _person(name: str, *sources: str) -> Person:
    return Person(name=name, roles=(), aliases=(), sources=sources)


def test_a_nationality_of_a_compass_country_makes_no_person() -> None:
    """ "North Korean" (of North Korea) holds a nationality word; "Lucian Varga" does not ("Saint Lucia")."""
    vocab = vocabulary(sentences("Volunteers arrived on Monday."))
    assert not_a_person("North Korean", vocab) == "holds a nationality word"
    assert not_a_person("Lucian Varga", vocab) is None
