"""Quotes checked against who they are under: not one that names its speaker in the third person, and not one
that sources put under two people with no majority for either."""

from __future__ import annotations

from briefings.article.sentences import corpus_sentences
from briefings.story.people import find_people
from briefings.story.quotes import attach_quotes
from tests.conftest import doc


def quotes(*texts: str) -> dict[str, list[str]]:
    docs = [doc(text, f"a{i}.txt") for i, text in enumerate(texts)]
    people = attach_quotes(docs, find_people(corpus_sentences(docs)))
    return {p.name: [q.text for q in p.quotes] for p in people if p.quotes}


def test_a_quote_that_names_its_speaker_in_the_third_person_is_not_theirs() -> None:
    """A lawyer's statement read as the doctor's own ("Dr Pell is frustrated by the reports") and a questionnaire
    line naming him are left out; what he says of himself stays."""
    found = quotes(
        "“Dr Pell is frustrated by the reports,” said Dr Aron Pell's office on Monday. "
        "“I am an innocent man,” said Dr Aron Pell on Tuesday. "
        "“Have you formed an opinion about the guilt of Aron Pell?” asked the form given to Aron Pell."
    )
    assert found.get("Aron Pell") == ["I am an innocent man"]


def test_a_shared_surname_does_not_make_a_quote_third_person() -> None:
    """Two Vells in the story: "justice for Mara Vell" said by Tomas Vell names his sister, not himself."""
    found = quotes(
        "Mara Vell died in May. “We want justice for Mara Vell,” said her brother Tomas Vell on Monday.",
    )
    assert found.get("Tomas Vell") == ["We want justice for Mara Vell"]


def test_a_speakers_bare_surname_naming_their_own_is_theirs() -> None:
    """ "The Vell campaign did nothing wrong," said by Tomas Vell: the bare surname names his campaign."""
    found = quotes("“The Vell campaign did nothing wrong,” said Tomas Vell on Monday.")
    assert found.get("Tomas Vell") == ["The Vell campaign did nothing wrong"]


def test_a_quote_put_under_two_people_by_as_many_sources_is_left_out() -> None:
    """One source gives "It is bad timing" to Ida Roe, another to Lev Haas: neither keeps it. A third source's
    quote given to Lev Haas twice over against once to Ida Roe stays his."""
    found = quotes(
        "“It is bad timing,” said Ida Roe. “The show goes on,” said Lev Haas.",
        "“It is bad timing,” said Lev Haas. “The show goes on,” said Lev Haas.",
        "“The show goes on,” said Ida Roe, quoting Lev Haas.",
    )
    assert "It is bad timing" not in found.get("Ida Roe", []) + found.get("Lev Haas", [])
    assert "The show goes on" in found["Lev Haas"] and "The show goes on" not in found.get("Ida Roe", [])
