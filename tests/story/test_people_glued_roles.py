"""Roles read across a caption glued to the next line: a predicate is the subject's, not the next name's."""

from __future__ import annotations

from briefings.story.people import find_people
from tests.conftest import sentences


def test_a_predicate_before_a_name_is_not_its_title() -> None:
    """ "Ann Roe is a Tunisian diplomat Bo Li, Ms Roe's predecessor, is on his way": "Tunisian diplomat" is not
    Bo Li's role (a caption glued to the next line); "the Tunisian diplomat Bo Li said" still gives it."""
    by_name = {
        p.name: p
        for p in find_people(
            sentences(
                "Ann Roe is a Tunisian diplomat Bo Li, Ms Roe's predecessor, is on his way. Bo Li said so.",
                "The Tunisian diplomat Jo Vance said the talks would go on.",
            )
        )
    }
    assert "Tunisian diplomat" not in by_name["Bo Li"].roles
    assert "Tunisian diplomat" in by_name["Jo Vance"].roles
