"""People of one family: a son named after his father, first names told by a family role, lists of relatives."""

from __future__ import annotations

from datetime import date

from briefings import build_briefing
from briefings.extract.name_tokens import name_parts
from briefings.story.people import find_people
from tests.conftest import doc, sentences

FATHER_AND_SON = [
    doc(
        "---\ntitle: Family firm changes hands\npublished: 2024-03-04\n---\n"
        "Harold Brennan Jr. said on Monday that he would take over the family firm from his father. "
        "“It is time,” Brennan Jr. told reporters in Dayton.\n\n"
        "His father, Harold Brennan, founded the company in 1971. “I am proud of him,” the elder Brennan said.\n",
        "a1.txt",
    ),
    doc(
        "---\ntitle: Firm names new chief\npublished: 2024-03-05\n---\n"
        "Harold Brennan, 78, stepped down as chairman on Tuesday. His son, Harold Brennan Jr., becomes chief "
        "executive.\n\n“We will keep the factory open,” Harold Brennan Jr. said.\n",
        "a2.txt",
    ),
]


def test_a_generational_suffix_keeps_the_surname_it_follows() -> None:
    """ "Ann Roe Jr." is a first name and the surname "Roe Jr."; "World War II" keeps its numeral too; "Sr." is
    no suffix that makes another person (the father is the one written without one)."""
    assert name_parts("Harold Brennan Jr.") == ["Harold", "Brennan Jr."]
    assert name_parts("Brennan III") == ["Brennan III"]
    assert name_parts("Harold Brennan Sr.") == ["Harold", "Brennan", "Sr."]
    assert name_parts("Harold Brennan") == ["Harold", "Brennan"]


def test_a_son_named_after_his_father_is_another_person_with_his_own_quotes() -> None:
    """ "Harold Brennan Jr." and "Harold Brennan" are two people in the briefing; "Brennan Jr." is the son's, and
    each one's quotes stay under his own name."""
    briefing = build_briefing(FATHER_AND_SON, as_of=date(2024, 3, 6), story="Brennan")
    people = {p.name: p for p in briefing.people}
    assert {"Harold Brennan", "Harold Brennan Jr."} <= set(people)
    son, father = people["Harold Brennan Jr."], people["Harold Brennan"]
    assert "Brennan Jr." in son.aliases and "Brennan Jr." not in father.aliases
    assert {q.text for q in son.quotes} == {"It is time", "We will keep the factory open"}
    assert {q.text for q in father.quotes} == {"I am proud of him"}
    assert "son" not in father.roles


def test_a_first_name_goes_to_the_one_whose_surname_its_role_holds() -> None:
    """ "Ann Varga's father Emil said": Emil Varga, though "Ann Emil" is also named (whose surname that is)."""
    people = find_people(
        sentences(
            "Singer Ann Varga spoke on Monday. Emil Varga said the tour goes on.",
            "Her cousin, Ann Emil, will attend.",
            "Ann Varga's father Emil said he was proud.",
        )
    )
    by_name = {p.name: p for p in people}
    assert "Ann Varga's father" in by_name["Emil Varga"].roles
    assert "Ann Varga's father" not in by_name.get("Ann Emil", by_name["Emil Varga"]).roles or (
        "Ann Emil" not in by_name
    )


def test_a_bare_name_told_with_a_family_role_is_the_first_name_of_the_one_named_in_full_more() -> None:
    """ "his mother Katrin" is Katrin Varga, named in full in three sources, not the granddaughter "Lisa
    Katrin", named once: in a family a bare name is a first name."""
    people = find_people(
        sentences(
            "Katrin Varga attended the hearing.",
            "Katrin Varga said she was tired.",
            "Katrin Varga left the court.",
            "His children are Otto and Lisa Katrin.",
            "He lived with his mother Katrin in the old house.",
        )
    )
    by_name = {p.name: p for p in people}
    assert "mother" in by_name["Katrin Varga"].roles
    assert all("mother" not in p.roles for p in people if p.name != "Katrin Varga")


def test_a_bare_role_before_another_first_name_is_the_next_item_of_a_list() -> None:
    """ "survived by his mother, Katrin, father, Otto and two sisters": "father" is Otto's, not Katrin's; "Jo
    Lind, founder, Crossroads Partners" keeps its role (a firm, no first name, follows)."""
    people = find_people(
        sentences(
            "Ivo Varga is survived by his mother, Katrin, father, Otto and two sisters. Katrin Varga spoke.",
            "The donors include Jo Lind, founder, Crossroads Partners and others. Jo Lind said no.",
        )
    )
    by_name = {p.name: p for p in people}
    assert "father" not in by_name["Katrin Varga"].roles
    assert "founder" in by_name["Jo Lind"].roles


def test_a_regnal_numeral_is_no_misspelling_of_the_surname() -> None:
    """ "Prince Otto Lindqvist II" is not Otto Lindqvist misspelt ("Lindqvistii" is one letter from "Lindqvist"
    once doubled letters are folded): the son keeps his own entry and his title."""
    by_name = {
        p.name: p
        for p in find_people(
            sentences(
                "Singer Otto Lindqvist said the tour goes on. Otto Lindqvist spoke on Monday.",
                "His youngest child, Prince Otto Lindqvist II, was at home.",
            )
        )
    }
    assert "Prince" in by_name["Otto Lindqvist II"].roles
    assert "Prince" not in by_name["Otto Lindqvist"].roles


def test_a_day_glued_before_a_role_and_a_speakers_closing_role_are_not_the_names() -> None:
    """ "on Thursday Ann Roe's sister Bo Roe": the role is "Ann Roe's sister" (a lost line break glued the day);
    "doctors who treated Ann Roe, a spokeswoman said.": "spokeswoman" is the speaker's, not Ann Roe's; "Bo Lind,
    the Agriculture Minister says that ..." keeps his role; "DEC chief executive" keeps the body's initials."""
    by_name = {
        p.name: p
        for p in find_people(
            sentences(
                "She was in court on Thursday Ann Roe's sister Bo Roe is to sing. Bo Roe said so.",
                "Police stopped investigating doctors who treated Ann Roe, a spokeswoman said. Ann Roe said no.",
                "Bo Lind, the Agriculture Minister says that aid risks flooding the market.",
                "Call 0370 60 DEC chief executive Jo Vance said on Friday.",
            )
        )
    }
    assert by_name["Bo Roe"].roles == ("Ann Roe's sister",)
    assert "spokeswoman" not in by_name["Ann Roe"].roles
    assert by_name["Bo Lind"].roles == ("Agriculture Minister",)
    assert by_name["Jo Vance"].roles == ("DEC chief executive",)
