"""Cues beside a capitalised run that show a person, and cues that show a work or a vessel instead."""

from __future__ import annotations

from briefings.article.candidates import WORK_EVIDENCE, Candidate, candidates_in
from briefings.extract.name_patterns import ACTS, BRACKETED, DASHED, OUTLET_BEFORE, ROLE_LIST
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


def test_a_place_in_a_photo_caption_shows_a_person() -> None:
    """ "Nadia Orlov, left, and ..." or "(center)": a caption places only people; a river "left" is no place."""
    assert "pictured" in found("Nadia Orlov, left, and her son clear the road.")["Nadia Orlov"].evidence
    assert "pictured" in found("Farid Osei (center) walks past the gate.")["Farid Osei"].evidence
    assert "pictured" not in found("Farid Osei, leftover paint in hand, walked on.")["Farid Osei"].evidence


def test_a_reverend_is_a_title() -> None:
    """ "The Rev. Mara Quist spoke": "Rev." is her title, not a word of her name."""
    cand = found("The Rev. Mara Quist spoke to the crowd.")["Mara Quist"]
    assert "title" in cand.evidence and cand.role is None  # a courtesy, as "Dr." is: no role


def test_weak_cues_beside_a_known_first_name() -> None:
    """ "told Harbour TV's Lena Ostrow" and "their parents (Ivan Petrov and Lena Ostrow)" support a first name;
    "by Harbour TV's Lena Ostrow" is a byline and supports nothing."""
    told = found("The mayor told Harbour TV's Lena Ostrow the bridge would hold.")["Lena Ostrow"]
    assert told.evidence == {"given-name", OUTLET_BEFORE}
    byline = found("A report by Harbour TV's Lena Ostrow came out.")["Lena Ostrow"]
    assert byline.evidence == {"given-name"}
    parents = found("Their parents (Ivan Petrov and Lena Ostrow) sold the house.")
    assert BRACKETED in parents["Ivan Petrov"].evidence and BRACKETED in parents["Lena Ostrow"].evidence
    assert (
        BRACKETED
        not in found("The bank (Harbour Trust) sold the house.")
        .get("Harbour Trust", Candidate("", ""))
        .evidence
    )


def test_a_party_word_is_a_role_before_a_full_name_only() -> None:
    """ "Republican Tova Brandt" is a Republican; "the Republican National Committee" holds no person."""
    cands = found("Republican Tova Brandt met the Republican National Committee.")
    assert cands["Tova Brandt"].role == "Republican"
    assert not cands.get("National", Candidate("", "")).evidence


def test_a_title_word_can_be_a_surname_after_a_first_name() -> None:
    """ "Rep. Steve King said" names Steve King; "King Fahd" still has a title, "Steve King Fahd" is no name."""
    assert found("Rep. Steve King said no.")["Steve King"].role == "Representative"
    assert found("Rep. Steve King for his part said no.")["Steve King"].role == "Representative"
    assert "Fahd" in found("They met King Fahd in Riyadh.")


def test_a_person_noun_before_a_comma_shows_a_person() -> None:
    """ "A Christian woman, Nadia Orlov, was held": the noun before the commas shows a person."""
    cand = found("A Christian woman, Nadia Orlov, was held for a year.")["Nadia Orlov"]
    assert cand.role is None and "title" in cand.evidence  # "woman" shows a person but tells no role


def test_an_age_before_a_name_and_a_caption_pair_show_people() -> None:
    """ "3-year-old Kito Anand of Tarbury" has an age; "an 11-year-old Harbour League star" is no one's;
    "Ivo Marsh, right, and Lena Ostrow assess the damage": both are placed in the picture."""
    assert "age" in found("Rescuers found 3-year-old Kito Anand of Tarbury.")["Kito Anand"].evidence
    assert "age" not in found("An 11-year-old Harbour League star died.")["Harbour League"].evidence
    pair = found("Ivo Marsh, right, and Lena Ostrow assess the damage.")
    assert "pictured" in pair["Ivo Marsh"].evidence and "pictured" in pair["Lena Ostrow"].evidence


def test_family_nouns_and_an_organisation_in_a_role_between_commas() -> None:
    """ "Lena Ostrow, the grandmother of the boy," and ", the former chairman of Harbour Trust, Ivo Marsh," give
    roles; "secretary for Textiles, Consumer Goods, and Materials" holds no name."""
    assert (
        found("Lena Ostrow, the grandmother of the boy, wept.")["Lena Ostrow"].role
        == "grandmother of the boy"
    )
    cands = found("They met the former chairman of Harbour Trust, Ivo Marsh, in May.")
    assert cands["Ivo Marsh"].role == "chairman of Harbour Trust"
    listed = found("Ivo Marsh, deputy secretary for Textiles, Consumer Goods, and Materials, left.")
    assert not listed.get("Consumer Goods", Candidate("", "")).evidence


def test_a_relative_who_after_a_name_shows_a_person() -> None:
    """ "Unlike Ivo Marsh, who can push a joke too far," is a person; "Harbour Trust, which owns it," is not."""
    assert "who" in found("Unlike Ivo Marsh, who can push a joke too far, she stops.")["Ivo Marsh"].evidence
    body = found("They sold it to Harbour Brandt, which owns the port.")
    assert "who" not in body.get("Harbour Brandt", Candidate("", "")).evidence


def test_names_in_a_related_links_widget_are_cut_or_skipped() -> None:
    """A widget repeats a name glued to headlines ("Ivo Marsh Ivo Peter MarshMarsh: Lena Ostrow sold … MORE"): the
    name stops before the repeat, the headline's names are no one's, and "Envoy Marsh Ivo Peter MarshMcVee"
    is Marsh."""
    cands = found(
        "Envoy Ivo Marsh Ivo Peter MarshMarsh: Lena Ostrow sold the port MORE said on Sunday it was."
    )
    assert "Ivo Marsh" in cands and "Lena Ostrow" not in cands
    assert "Marsh" in found("Envoy Marsh Ivo Peter MarshMcVee complained that it was late.")


def test_jan_before_a_name_word_is_a_first_name() -> None:
    """ "Jan Ostrow, 67," is a full name (not a month's abbreviation and a surname); "Jan 5" stays a date."""
    assert "age" in found("Jan Ostrow, 67, was hurt.")["Jan Ostrow"].evidence
    assert "Jan" not in found("On Jan 5 the port closed.")


def test_a_pair_of_names_after_a_plural_role_are_both_people() -> None:
    """ "Kito's parents, Lena Ostrow and Ivo Marsh, raised money": both names are shown as people (no role of
    their own); "the port, Lena Ostrow and Ivo Marsh" has no plural role before it."""
    pair = found("Kito's parents, Lena Ostrow and Ivo Marsh, raised money.")
    assert "title" in pair["Lena Ostrow"].evidence and "title" in pair["Ivo Marsh"].evidence
    assert pair["Lena Ostrow"].role is None
    other = found("They sold the port, Lena Ostrow and Ivo Marsh said.")
    assert "title" not in other["Lena Ostrow"].evidence


def test_a_title_abbreviation_is_spelt_out_in_the_role() -> None:
    """ "Sen. Tova Brandt" is a Senator, "Lt. Gen. Ivo Marsh" a Lieutenant General; "Dr." gives no role."""
    assert found("Sen. Tova Brandt spoke.")["Tova Brandt"].role == "Senator"
    assert found("Lt. Gen. Ivo Marsh spoke.")["Ivo Marsh"].role == "Lieutenant General"
    assert found("Dr. Ivo Marsh spoke.")["Ivo Marsh"].role is None


def test_one_of_a_group_of_people_between_commas_is_a_person() -> None:
    """ "One of the hosts, Lena Ostrow, pressed him" shows a person; "One of the banks, Harbour Trust," does not."""
    assert "title" in found("One of the hosts, Lena Ostrow, pressed him.")["Lena Ostrow"].evidence
    banks = found("One of the banks, Lena Harbour, sold the port.")
    assert "title" not in banks["Lena Harbour"].evidence


def test_a_plural_role_before_a_list_gives_each_name_the_role() -> None:
    """ "appeals judges Varn, Osk and Tull": each one-word name is a judge; a list that never closes with "and"
    or after the coverage's own staff ("Herald reporters ...") is no such list."""
    cands = found(
        "Voters can act at the next election of appeals judges Varn, Osk and Tull. The vote is in May."
    )
    for name in ("Varn", "Osk", "Tull"):
        assert ROLE_LIST in cands[name].evidence, name
        assert cands[name].role == "appeals judge"
    assert (
        ROLE_LIST
        in found("The coin dates from the reign of Roman emperors Quillo and Darsus.")["Darsus"].evidence
    )
    staff = found("Herald reporters Ivo Marsh and Lena Ostrow discuss the storm.")
    assert ROLE_LIST not in staff["Ivo Marsh"].evidence
    unclosed = found("He thanked judges Varn, Osk, Tull.")
    assert ROLE_LIST not in unclosed.get("Osk", Candidate("Osk", "s0")).evidence


def test_and_closes_the_list_a_plural_role_names() -> None:
    """ "the Varga brothers Oskar, Jonno and Pell, Mara Quist, Lena Ostrow and the band Tallow will appear": the
    brothers are the three before the list's "and"; the names after it are another list, no brothers."""
    cands = found(
        "Stars including the Varga brothers Oskar, Jonno and Pell, Mara Quist, Lena Ostrow and Tallow will appear."
    )
    for name in ("Oskar", "Jonno", "Pell"):
        assert cands[name].role == "Varga brother", name
    for name in ("Mara Quist", "Lena Ostrow"):
        assert ROLE_LIST not in cands.get(name, Candidate(name, "s0")).evidence, name
        assert cands.get(name, Candidate(name, "s0")).role is None, name


def test_a_credit_or_an_age_after_a_name_is_no_role_and_a_named_tie_is() -> None:
    """ "Dr Lena Ostrow, the Herald's Ivo Marsh in Lorwick reports" credits a reporter; ", a month shy of his
    51st birthday," is an age; "Anton Quist's brother Emil" is Emil's role, the owner's name kept; "Meanwhile"
    opening a sentence is no word of a title; ", who was elected in 2006," is a clause and ", the regional governor
    and donors;" the next items of a list."""
    credit = found("Jurors will hear Dr Lena Ostrow, the Herald's Ivo Marsh in Lorwick reports.")
    assert credit["Lena Ostrow"].role is None
    aged = found("Pop star Ivan Petrov, a month shy of his 51st birthday, was taken to hospital.")
    assert aged["Ivan Petrov"].role == "Pop star"
    assert (
        found("Anton Quist's brother Emil said the family was touched.")["Emil"].role
        == "Anton Quist's brother"
    )
    assert found("Meanwhile President Ivan Petrov said the port was open.")["Ivan Petrov"].role == "President"
    assert (
        found("Mr Petrov, who was elected in 2006 with broad support, began reforms.")["Petrov"].role is None
    )
    assert found("Ivan Petrov, a retired general, said no.")["Ivan Petrov"].role == "retired general"
    liked = found("The firm hired Lena Ostrow, a talented and beloved former colleague of Ivo Marsh, in May.")
    assert liked["Lena Ostrow"].role == "talented and beloved former colleague of Ivo Marsh"
    listed = [
        c.role
        for s in sentences(
            "Members are named by Mayor Ivan Petrov, the regional governor and donors; and a team."
        )
        for c in candidates_in(s)
    ]
    assert listed == ["Mayor"]


def test_a_list_set_off_by_dashes_supports_known_first_names() -> None:
    """ "three donors — Ivan Petrov, Lena Ostrow and Mara Quist — were named": each is a person; a dash that
    only opens a line (a byline's) sets nothing off."""
    cands = found("He accused three donors — Ivan Petrov, Lena Ostrow and Mara Quist — of buying the vote.")
    for name in ("Ivan Petrov", "Lena Ostrow", "Mara Quist"):
        assert DASHED in cands[name].evidence, name
    assert DASHED not in found("— Ivan Petrov and Lena Ostrow")["Lena Ostrow"].evidence


def test_a_known_first_name_as_the_subject_of_a_verb() -> None:
    """ "Lena Ostrow emailed her superiors", "Ivan Petrov is starting to", "Mara Quist looks over the damage": the
    name does something; a credit ("reported from"), a noun after the name or a byline does not count."""
    assert ACTS in found("Later Lena Ostrow emailed her superiors.")["Lena Ostrow"].evidence
    assert ACTS in found("Now that Ivan Petrov is starting to talk, the case moves.")["Ivan Petrov"].evidence
    assert ACTS in found("Mara Quist looks over the damage near her house.")["Mara Quist"].evidence
    assert ACTS not in found("Then Lena Ostrow reported from the coast.")["Lena Ostrow"].evidence
    assert ACTS not in found("Crowds of Ivan Petrov supporters gathered.")["Ivan Petrov"].evidence
    assert ACTS not in found("A story by Mara Quist appeared in print.")["Mara Quist"].evidence


def test_a_place_after_in_is_cut_from_a_caption_run_into_a_name() -> None:
    """ "Tempers run high in Florence Ivan Petrov speaks": after "in", a place that is also a first name leads
    the run and is cut; without "in" a first name before a place may open the name."""
    assert "Ivan Petrov" in found("Tempers run high in Florence Ivan Petrov speaks at a rally.")


def test_a_portfolio_after_a_title_is_cut_from_the_name() -> None:
    """ "State Minister for Information Yasser Karim told Reuters": the name is "Yasser Karim", though its surname
    is a first name too; the portfolio is no place the name speaks from."""
    cands = found("The State Minister for Information Yasser Karim told Reuters the plane had left.")
    assert "Yasser Karim" in cands and "verb" in cands["Yasser Karim"].evidence
    assert not any(n.startswith("Information") for n in cands)


def test_a_name_and_other_people_of_a_group() -> None:
    """ "Mara Quist and other victims are heroes": one of a group of people; "and other things" is no group."""
    assert "others" in found("Mara Quist and other victims are heroes.")["Mara Quist"].evidence
    assert "others" in found("He met Tull and other senators.")["Tull"].evidence
    assert "others" not in found("Mara Quist and other things were sold.")["Mara Quist"].evidence
