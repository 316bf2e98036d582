"""Cues beside a capitalised run that show a person, and cues that show a work or a vessel instead."""

from __future__ import annotations

from briefings.article.candidates import WORK_EVIDENCE, Candidate, candidates_in
from tests.conftest import sentences


def found(text: str) -> dict[str, Candidate]:
    return {c.name: c for s in sentences(text) for c in candidates_in(s)}


def test_a_lowercase_role_noun_before_a_name_is_its_role() -> None:
    """ "his wife Olga Brandt", "Harbour Party candidate Tomas Lind", "host Ivo Marsh": role nouns, not titles."""
    cands = found(
        "Pavel Brandt and his wife Olga Brandt left early. So did Harbour Party candidate Tomas Lind, "
        "asked by host Ivo Marsh about the vote."
    )
    assert cands["Olga Brandt"].role == "wife"
    assert cands["Tomas Lind"].role == "Harbour Party candidate"
    assert cands["Ivo Marsh"].role == "host"
    assert "title" in cands["Olga Brandt"].evidence


def test_an_age_and_a_post_handle_show_a_person() -> None:
    """ "Kester Obi, 26," is someone's age; "— Wren Talley (@wrent)" signs an embedded post."""
    assert "age" in found("Kester Obi, 26, and a friend were hurt.")["Kester Obi"].evidence
    post = found("The bridge must be fixed now. — Wren Talley (@wrent) May 3, 2016")
    assert "signed" in post["Wren Talley"].evidence
    assert "age" not in found("Kester Obi, the mayor, spoke for 26 minutes.")["Kester Obi"].evidence


def test_a_name_among_titles_of_works_is_noted_as_a_title() -> None:
    """ "hits such as Molly Vance and Rain", a quoted “Molly Vance”: a song, noted as a work and not as a name."""
    for text in (
        "She sang her hits such as Molly Vance and Rain.",
        "Her biggest songs: Go On, Molly Vance, Rain.",
        "The crowd called for “Molly Vance” at the end.",
    ):
        assert found(text)["Molly Vance"].evidence == {WORK_EVIDENCE}, text
    assert found("Her sister Molly Vance sang.")["Molly Vance"].evidence != {WORK_EVIDENCE}


def test_a_vessel_a_place_before_a_name_and_glued_words() -> None:
    """ "USS Carl Brandt" is a ship; "Tarvos Bay Ann Roe" (a dateline run into a name) starts at the name; two
    names glued into one word end a run; "Don" opens a name though it is also a stop word."""
    assert "Carl Brandt" not in found("The USS Carl Brandt arrived on Thursday.")
    assert "Ann Roe" in found("Reporting from Los Angeles Ann Roe said the port was shut.")
    assert not any("LindMcVey" in n for n in found("Officials said Ann LindMcVey complained."))
    assert "verb" in found("“We waited,” said Don Pettis, a farmer.")["Don Pettis"].evidence


def test_a_nationality_glued_after_a_name_is_no_surname() -> None:
    """ "Ivo Marsh Kenyan" (a caption run into the next line) is Ivo Marsh, never a person surnamed "Kenyan"."""
    names = found("Correspondent Ivo Marsh Kenyan officials said the road was open.")
    assert "Ivo Marsh" in names
    assert not any(n.endswith("Kenyan") for n in names)
