"""The cast's declared rules for what is not a person: bodies named in another language and faith words."""

from __future__ import annotations

from briefings.cast import not_a_person, vocabulary
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
