"""A speaker written as a role: the one person of the article whose role has that head noun."""

from __future__ import annotations

from briefings.extract.quote_roles import describer, role_head, role_heads, role_subject
from briefings.model import Person


def person(name: str, *roles: str) -> Person:
    return Person(name=name, roles=roles, aliases=(), sources=("a",))


def test_the_head_of_a_role_phrase_is_its_noun_before_a_preposition() -> None:
    """ "a 52-year-old ferryman out on the lake" is a ferryman; "spokesman for the port" a spokesman."""
    assert role_head("52-year-old ferryman out on the lake with his son") == "ferryman"
    assert role_head("spokesman for the port") == "spokesman"
    assert role_head("Gov.") is None


def test_a_role_names_its_one_holder_among_the_people_the_article_names() -> None:
    """Two ferrymen in the story, one named in this article: "the ferryman" is that one."""
    heads = role_heads([person("Ivo Brask", "ferryman on the lake"), person("Ola Dunn", "veteran ferryman")])
    assert describer(heads, {"Ivo Brask"})("ferryman") == "Ivo Brask"
    assert describer(heads, {"Ivo Brask", "Ola Dunn"})("ferryman") is None


def test_a_sentence_opening_with_a_role_has_its_holder_as_subject() -> None:
    """ "The 52-year-old ferryman shouted to his son: " is the ferryman's; "The Harbour Board" is no role."""
    describe = describer(role_heads([person("Ivo Brask", "52-year-old ferryman")]), {"Ivo Brask"})
    assert role_subject("The 52-year-old ferryman shouted to his son: ", describe) == "Ivo Brask"
    assert role_subject("The Harbour Board ferryman rule says: ", describe) is None
