"""People found from the text alone, merged across spellings and sources."""

from __future__ import annotations

from briefings.story.people import find_people, variant_key
from tests.conftest import sentences


def names(*texts: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {p.name: (p.roles, p.aliases) for p in find_people(sentences(*texts))}


def test_title_before_name_gives_person_and_role() -> None:
    """ "Chilean Finance Minister Ana Ruiz" is a person with that role; "spokesperson" works lowercase too."""
    found = names(
        "Chilean Finance Minister Ana Ruiz met bankers. Port spokesperson Tomas Berg declined to comment."
    )
    assert found["Ana Ruiz"][0] == ("Chilean Finance Minister",)
    assert found["Tomas Berg"][0] == ("Port spokesperson",)


def test_appositive_and_reporting_verb() -> None:
    """An appositive gives the role; a reporting verb alone is enough evidence for a full name."""
    found = names(
        "“Prices will rise,” said Dr. Lena Ortiz, a supply chain expert at Northfield University. "
        "“It is over,” said Omar Haddad, a 52-year-old baker."
    )
    assert found["Lena Ortiz"][0] == ("supply chain expert at Northfield University",)
    assert found["Omar Haddad"][0] == ("52-year-old baker",)


def test_places_organisations_headings_and_products_are_not_people() -> None:
    """Capitalised phrases without a person's evidence are not people."""
    found = names(
        "Quick Take\nOfficials at the White House posted on Truth Social about Tomahawk missiles. "
        "The Northfield University study was cited by the Associated Press on Monday."
    )
    assert found == {}


def test_surname_mentions_and_spelling_variants_join_one_profile() -> None:
    """Zelensky/Zelenskyy, Yury/Yuri, Orbán/Orban and a bare surname are one person each."""
    people = find_people(
        sentences(
            "Ukrainian President Volodymyr Zelensky arrived. Zelensky spoke.",
            "President Volodymyr Zelenskyy left. Kremlin aide Yury Ushakov said little.",
            "Kremlin aide Yuri Ushakov confirmed it. Prime Minister Viktor Orbán agreed.",
            "Hungarian Prime Minister Viktor Orban hosted. Orban smiled. Aide Yuri Ushakov nodded.",
            "President Volodymyr Zelensky flew home.",
        )
    )
    by_name = {p.name: p for p in people}
    assert set(by_name) == {"Volodymyr Zelensky", "Yuri Ushakov", "Viktor Orbán"}
    assert "Volodymyr Zelenskyy" in by_name["Volodymyr Zelensky"].aliases
    assert by_name["Viktor Orbán"].sources == ("s2", "s3")  # the accented spelling wins a tie
    assert {r.source for r in by_name["Viktor Orbán"].role_sources} == {"s2", "s3"}
    assert by_name["Volodymyr Zelensky"].mentions == 4


def test_two_people_with_one_surname_stay_apart() -> None:
    """Different first names keep two profiles."""
    found = names("Senator Maria Lopez spoke. Governor Carlos Lopez replied.")
    assert set(found) == {"Maria Lopez", "Carlos Lopez"}


def test_variant_key() -> None:
    """Accents, doubled letters and a final y/i do not matter."""
    assert variant_key("Zelenskyy") == variant_key("Zelensky") == variant_key("Zelenski")
    assert variant_key("Orbán") == variant_key("Orban")
    assert variant_key("Yury") == variant_key("Yuri")
    assert variant_key("Lopez") != variant_key("Lopes")


def test_companies_and_names_after_a_preposition_are_not_people() -> None:
    """ "Halvera Technologies said" and "analysts at Brightwater Capital said" name organisations."""
    found = names(
        "Halvera Technologies said on Wednesday it would buy Norvik. "
        "Analysts at Brightwater Partners said the price was steep. "
        "“It is steep,” said Elena Ruiz, an analyst at Brightwater."
    )
    assert set(found) == {"Elena Ruiz"}


def test_initials_belong_to_the_name_but_country_abbreviations_do_not() -> None:
    """ "Vice President J.D. Vance" and "John F. Kennedy" are whole names; "U.S. President" is a title."""
    found = names(
        "Vice President J.D. Vance spoke. “We will see,” said John F. Kennedy, a historian. "
        "U.S. President Joe Biden left."
    )
    assert set(found) == {"J.D. Vance", "John F. Kennedy", "Joe Biden"}
    assert found["Joe Biden"][0] == ("U.S. President",)


def test_country_abbreviations_never_start_a_name() -> None:
    """ "Official U.S. Stance: …" is a label, not a person called "U.S. Stance"."""
    assert names("- Official U.S. Stance: The administration said it was not involved.\n") == {}


def test_courtesy_titles_mark_a_person_but_are_not_a_role() -> None:
    """ "Seismologist Dr. Anna Kovacs" is a seismologist; "Dr. Omar Haddad" alone is a person with no role."""
    found = names("Seismologist Dr. Anna Kovacs said aftershocks were likely. Dr. Omar Haddad said little.")
    assert found["Anna Kovacs"][0] == ("Seismologist",)
    assert found["Omar Haddad"][0] == ()


def test_a_person_described_only_by_actions_is_found_by_a_known_first_name() -> None:
    """ "Serena Walsh gave birth" has no title, role or reporting verb: the first name shows a person, once
    the name recurs; a storm, a street and a one-off name in a list are not taken."""
    people = find_people(
        sentences(
            "Hurricane Ilse moved north. Serena Walsh gave birth to a girl on Friday. Walsh and the baby are "
            "well. Crowds gathered on Virginia Avenue near the avenue's end. Virginia Avenue was closed again. "
            "Virginia Avenue reopened later. Walsh thanked the nurses. Happy birthday to Tom Pellow.\n"
        )
    )
    names = {p.name for p in people}
    assert "Serena Walsh" in names
    assert not names & {"Hurricane Ilse", "Virginia Avenue", "Tom Pellow"}


def test_a_nickname_and_the_full_first_name_are_one_person() -> None:
    """ "Mike Tarrant" and "Michael Tarrant" are one profile (a hand-curated nickname table), "Mark Tarrant" is not."""
    found = names(
        "Police chief Michael Tarrant said the road was closed. Mike Tarrant told reporters it would reopen. "
        "His brother, Mark Tarrant, a lawyer, said nothing."
    )
    assert set(found) == {"Michael Tarrant", "Mark Tarrant"}
    assert "Mike Tarrant" in found["Michael Tarrant"][1]


def test_a_surname_two_people_share_is_no_ones_alias() -> None:
    """With Bill and Hillary in the story, "Clinton" alone names neither, so it is not an alias of either."""
    found = names(
        "Former President Bill Rudd spoke first. Senator Hillary Rudd said she agreed. Rudd left early."
    )
    assert set(found) == {"Bill Rudd", "Hillary Rudd"}
    assert "Rudd" not in found["Bill Rudd"][1] and "Rudd" not in found["Hillary Rudd"][1]


def test_a_full_name_whose_surname_speaks_elsewhere_is_a_person() -> None:
    """ "Mitt Norquay" alone has no cue, but "Norquay said" elsewhere makes him a person; "Though" and a party are
    never part of a name."""
    found = names(
        "The crowd waited for Mitt Norquay at the hall. Later, Norquay said the vote was rigged. "
        "Though Norquay warned the party, Republican Dale Fenwick said he would run. "
        "Key players: Praised Norquay’s speech, but asked for proof."
    )
    assert "Mitt Norquay" in found and "Dale Fenwick" in found
    assert not any(n.startswith(("Though", "Republican", "Praised")) for n in found)


def test_a_name_after_its_role_and_ranks_are_people_with_roles() -> None:
    """ "the mayor, Stefano Ricci, said" and "Det. Sam Ortega" are people with those roles (spelt out)."""
    found = names(
        "The mayor, Stefano Ricci, said the town would rebuild. Det. Sam Ortega said the suspect fled. "
        "Police Sgt. Ana Lind confirmed it."
    )
    assert found["Stefano Ricci"][0] == ("mayor",)
    assert found["Sam Ortega"][0] == ("Detective",) and found["Ana Lind"][0] == ("Police Sergeant",)


def test_organisations_after_the_are_not_people_and_roles_keep_initialisms() -> None:
    """ "The Geological Survey said" is an organisation; a role "with the U.S. Geological Survey" is not cut at "U"."""
    found = names(
        "The Coastal Survey said the quake was shallow. Ships crossed the Northern Gulf. "
        "Lucy Orme, a geophysicist with the U.S. Coastal Survey, said the fault was active."
    )
    assert set(found) == {"Lucy Orme"}
    assert found["Lucy Orme"][0] == ("geophysicist with the U.S. Coastal Survey",)


def test_photographers_and_reporting_credits_are_not_people_of_the_story() -> None:
    """A caption's credit and an "(Additional reporting by ...)" line name the staff, not the story's people."""
    found = names(
        "Mayor Ana Ruiz spoke at the site.\n"
        "Crews clear the road on Monday. (Jacob Hale/The Daily Ledger)\n"
        "A digger lifts the beam. (Jacob Hale/The Daily Ledger)\n"
        "Neighbours watch the work. (Jacob Hale/The Daily Ledger)\n"
        "(Additional reporting by Tom Wells in Lorwick; Editing by Greta Lind)\n"
    )
    assert set(found) == {"Ana Ruiz"}


def test_particle_surnames_and_verbs_with_objects() -> None:
    """ "President Omar al-Haddad" and "Haddad" are one person; "Storm Ilse continued its path" and "declined to
    say Northland should" make no person of a storm or a country."""
    found = names(
        "Sudanese President Omar al-Haddad left the summit. Haddad said he would return. "
        "Storm Ilse continued its path north. The envoy declined to say Northland should act."
    )
    assert set(found) == {"Omar al-Haddad"}
    assert "Haddad" in found["Omar al-Haddad"][1]


def test_a_clause_after_a_comma_is_not_a_role() -> None:
    """ "after tweeting about Ana Ruiz, the president went after Tom Berg": Ruiz is not "president went after…"."""
    found = names(
        "Hours after tweeting about Ana Ruiz, the president went after Tom Berg. Ana Ruiz, the mayor, said no."
    )
    assert found["Ana Ruiz"][0] == ("mayor",)


def test_a_run_of_capitals_before_a_first_name_is_not_part_of_the_name() -> None:
    """ "Director of Central Planning Maria Lindqvist said": the name starts at the first name."""
    found = names("Director of Central Planning Maria Lindqvist said the rail line would open in June.")
    assert "Maria Lindqvist" in found
    assert not any("Planning" in name for name in found)


def test_according_to_a_bare_appositive_and_a_role_of_something() -> None:
    """ "According to Ann Vo," "Tom Berg, spokesman for the port, declined", "director of sales, Ida Lunn,
    replied:" are people with roles; "in East Lorwick, that a father said" is a place."""
    found = names(
        "According to Ann Vo, policy adviser for the Harbour Fund, the rule will change.",
        "T.J. Berg, spokesman for Ferry Partners, declined to comment.",
        "The firm's director of sales, Ida Lunn, replied: “This is a real concern.”",
        "Police said it was there, in East Lorwick, that a father left the car.",
    )
    assert found["Ann Vo"][0] == ("policy adviser for the Harbour Fund",)
    assert found["T.J. Berg"][0] == ("spokesman for Ferry Partners",)
    assert found["Ida Lunn"][0] == ("director of sales",)
    assert "East Lorwick" not in found


def test_a_full_name_whose_first_name_is_described_alone_is_a_person() -> None:
    """ "his daughter, Kasia, ..." then "Kasia Wendt" in the same article: the full name is the daughter."""
    found = names("Police said Tom Wendt left his daughter, Kasia, in the car. Kasia Wendt was found later.")
    assert "Kasia Wendt" in found


def test_a_name_also_written_as_a_song_title_needs_more_than_a_first_name() -> None:
    """ "Molly Vance" named in a list of hits is a song, even where it is named again without that list."""
    found = names(
        "Her hits such as Molly Vance and Rain sold well. Molly Vance reached number 25 again.",
        "Molly Vance climbed the charts. Molly Vance was played on the radio.",
    )
    assert "Molly Vance" not in found


def test_a_formal_title_before_a_family_name_joins_the_one_person_of_that_first_word() -> None:
    """ "Secretary-General Ban" of "Ban Ki-moon" (a family name written first) is the same person."""
    people = find_people(sentences("Ban Ki-moon said aid was coming. Later Secretary-General Ban flew in."))
    assert [p.name for p in people] == ["Ban Ki-moon"]


def test_a_first_name_spelt_with_s_or_z_is_one_person() -> None:
    """ "Elisabeth Varga" and "Elizabeth Varga" (both speaking) are one person."""
    people = find_people(
        sentences("Elisabeth Varga said aid was late.", "Elizabeth Varga said more was coming.")
    )
    assert len(people) == 1


def test_a_surname_misspelt_by_one_letter_joins_the_person_of_that_first_name() -> None:
    """ "Dara Vandersloot" and "Dara Vandersleot" are one person; "Dara Lind" and "Dara Land" (short) stay two."""
    people = find_people(
        sentences(
            "District Attorney Dara Vandersloot said the case was closed.",
            "“We are without remedy,” DA Dara Vandersleot lamented.",
            "Officer Dara Lind said so. Officer Dara Land said no.",
        )
    )
    assert sorted(p.name for p in people) == ["Dara Land", "Dara Lind", "Dara Vandersloot"]


def test_a_name_named_once_is_kept_with_a_weak_cue_beside_its_first_name() -> None:
    """A known first name alone needs a name named again; with a supporting cue ("told Harbour TV's ...") once
    is enough, unless the name holds a word the corpus writes in lowercase."""
    assert "Lena Ostrow" not in names("The mayor met Lena Ostrow on the bridge.")
    assert "Lena Ostrow" in names("The mayor told Harbour TV's Lena Ostrow the bridge would hold.")
    assert "Lena Market" not in names("The mayor told Harbour TV's Lena Market the market would hold.")


def test_a_one_word_name_with_a_role_and_a_speech_verb_is_a_person() -> None:
    """ "local police official Tarekzai told reporters" names a person; with no verb, a one-word name after a
    lowercase role is not listed on its own."""
    assert "Tarekzai" in names("“The bridge fell,” local police official Tarekzai told reporters.")
    assert "Tarekzai" not in names("The local police official Tarekzai arrived late.")


def test_one_word_names_listed_after_a_plural_role_are_people() -> None:
    """ "appeals judges Varn, Osk and Tull" lists three judges, each named once by one word; a known first name
    and surname named once as a verb's subject or in a list set off by dashes is a person too, and the same
    words as a credit are not."""
    found = names(
        "Voters can act at the next election of appeals judges Varn, Osk and Tull. The vote is in May.",
        "He accused three donors — Ivan Petrov, Lena Ostrow and Mara Quist — of buying the vote.",
        "Later Nadia Orlov emailed her superiors. Tomas Berg reported from the coast.",
    )
    assert {"Varn", "Osk", "Tull", "Ivan Petrov", "Lena Ostrow", "Mara Quist", "Nadia Orlov"} <= set(found)
    assert found["Osk"][0] == ("appeals judge",)
    assert "Tomas Berg" not in found


def test_a_first_name_listed_after_a_plural_role_joins_its_one_full_name() -> None:
    """ "his brothers Tito and Jonno" when Tito Varga is listed: "Tito" is his first name, not a second entry;
    "Jonno", named by no full name, is a person of his own."""
    people = find_people(
        sentences(
            "Singer Tito Varga spoke on Monday. Tito Varga said the tour goes on.",
            "The family, led by his brothers Tito and Jonno, met the press.",
        )
    )
    by_name = {p.name: p for p in people}
    assert "Tito" not in by_name
    assert "Tito" in by_name["Tito Varga"].aliases
    assert "Jonno" in by_name


def test_first_names_listed_before_a_full_name_share_its_surname() -> None:
    """ "But Oskar, Anton and Petra Varga will perform": Oskar Varga and Anton Varga are people too; "Anton" as a
    "Varga brother" is Anton Varga, not the sprinter Anton Quist; "Georgia and Virginia Beach" is no one."""
    found = names(
        "But Oskar, Anton and Petra Varga will perform on Saturday.",
        "The sprinter Anton Quist won a bronze medal. Anton Quist said he was tired.",
        "Fans saw the Varga brothers Oskar, Anton and Emil arrive.",
        "The storm hit Georgia and Virginia Beach on Monday.",
    )
    assert {"Oskar Varga", "Anton Varga", "Petra Varga"} <= set(found)
    assert "Varga brother" in found["Anton Varga"][0]
    assert "Varga brother" not in found["Anton Quist"][0]
    assert "Georgia Beach" not in found and "Virginia Beach" not in found


def test_a_country_starts_no_name_and_a_body_s_first_word_is_no_one() -> None:
    """ "according to Agence France Presse" and "France said" name no "France Presse" and give the designer France
    Quist no alias "France"; "Chief National Security
    Council Spokesman" names no "National"; "President Varga Monday said" still names Varga."""
    found = names(
        "“It is not an adoption,” the pastor said, according to Agence France Presse.",
        "France said it would send two planes. France said more aid would follow. France has sent doctors.",
        "Lena Ostrow, Chief National Security Council Spokesman for the mayor, said aid was coming.",
        "The National Security Council met. National Security Council staff flew in.",
        "President Varga Monday said the port would reopen.",
    )
    assert "France Presse" not in found
    designer = names(
        "The dress was new, designer France Quist said.",
        "France said it would send two planes. France said more aid would follow.",
    )
    assert "France" not in designer["France Quist"][1]
    assert not [name for name, (_, aliases) in found.items() if "France" in aliases]
    assert "National" not in found
    assert "Varga" in found


def test_an_undotted_military_title_and_an_institution_s_noun_are_no_name_words() -> None:
    """ "Gen Ivo Marsh" (British style, no full stop) is General Ivo Marsh; "Tarvo General Hospital" and
    "Pell Hospital" are no "Hospital" with the role "Tarvo General"."""
    found = names(
        "Gen Ivo Marsh, the commander of the mission, says aid is coming.",
        "Surgery began at Pell Hospital in the slum. Lena Ostrow is a consultant at Tarvo General Hospital as well "
        "as being a teacher. Doctors at Tarvo General Hospital said beds were short.",
    )
    assert "Ivo Marsh" in found and "General" in found["Ivo Marsh"][0]
    assert "Gen Ivo Marsh" not in found
    assert not [name for name in found if "Hospital" in name]


def test_a_family_name_two_people_share_names_no_one_and_a_country_s_short_name_is_no_surname() -> None:
    """ "Mr. Ri said" when Ri Son-gil and Ri Myong-ho are both named is neither, nor a third person; "General Ri
    Son-gil Korea said" (a country's short name glued after the name) names Ri Son-gil."""
    found = names(
        "Ri Son-gil said the army was ready. Ri Myong-ho said the talks would go on. Mr. Ri said more.",
        "General Ri Son-gil Korea said the army was ready.",
    )
    assert "Ri" not in found
    assert {"Ri Son-gil", "Ri Myong-ho"} <= set(found)
    assert not [name for name, (_, aliases) in found.items() if "Korea" in aliases or name.endswith("Korea")]


def test_a_name_described_as_a_body_is_not_a_person_though_it_speaks() -> None:
    """ "the liberal blog Harbour Pols" that later "noted" something, "Tarvo Aid, an international organization
    devoted to ...", and "Rust Belt states more competitive" (a noun, not a verb) list nobody; "Mara Quist,
    founder of the firm Quist Communications," is still a person."""
    found = names(
        "The post drew the attention of the liberal blog Harbour Pols. “A chat is due,” noted Harbour Pols.",
        "“Aid must reach the valley,” said Tarvo Aid, an international organization devoted to ending hunger.",
        "His appeal could make Michigan and other Rust Belt states more competitive.",
        "Mara Quist, founder and principal of the firm Quist Communications, said the bill would pass.",
    )
    assert set(found) == {"Mara Quist"}


def test_a_relative_named_by_a_first_name_alone_is_a_person() -> None:
    """ "shortly after his wife, Melka, had given birth": Melka is a person though named by one word; with
    Melka Tarn listed she is that person; "the firm, Harbour," is no relative. "Prophet Ilyas" has a title."""
    found = names(
        "The claim came shortly after his wife, Melka, had given birth.",
        "The claim was made by the firm, Harbour, on Monday. Pilgrims honour Prophet Ilyas every spring.",
    )
    assert "Melka" in found and "Harbour" not in found and "Ilyas" in found
    people = find_people(
        sentences(
            "Singer Tito Varga spoke. His wife Melka Varga said the tour goes on.",
            "The news came after his wife, Melka, had given birth.",
        )
    )
    assert "Melka" not in {p.name for p in people}


def test_a_role_tied_to_another_person_is_not_the_named_persons_own() -> None:
    """ "a spokesman for UN Secretary General Mira Tandor" makes her the Secretary General, not a spokesman; "Lorwick
    Radio's Peter Vance Haitian President Sami Orlo" (a caption run together) gives Orlo "Haitian President", not a
    role holding another man's name; the spokesman's own "spokeswoman for the UN" after a name stays hers."""
    found = names(
        "A spokesman for UN Secretary General Mira Tandor said the visit was off. "
        "Lorwick Radio's Peter Vance Haitian President Sami Orlo toured the port on Monday. "
        "“We need water,” said Ines Dupuy, a spokeswoman for the UN agency. "
        "UK International Development Secretary Ian Moor flew in. "
        "“It burnt,” Port Austin Police Cpl. Ken Alvo told reporters."
    )
    assert found["Mira Tandor"][0] == ("UN Secretary General",)
    assert found["Sami Orlo"][0] == ("Haitian President",)
    assert found["Ines Dupuy"][0] == ("spokeswoman for the UN agency",)
    assert found["Ian Moor"][0] == ("UK International Development Secretary",)  # "UK" opens no name
    assert found["Ken Alvo"][0] == ("Port Austin Police Corporal",)  # "Police" is no surname


def test_a_clause_after_a_name_is_no_role_and_a_glued_adverb_is_not_kept() -> None:
    """ ", watching with his mum," and ", in Lorwick with his crew," after a speaker are what he did and where he
    was, not roles; "head of the mission Meanwhile" (a lost line break) keeps "head of the mission"."""
    found = names(
        "“It was fun,” said Tobias Grell, watching with his mum, on Sunday. "
        "“We stay,” said Aldo Brisk, in Lorwick with his crew, on Monday. "
        "“Roads are open,” said Carla Mendt, head of the mission Meanwhile, the port reopened. "
        "“Trucks wait,” said Dana Welk, acting head of logistics, on Monday. "
        "“No,” said Rafe Oduya, investigating the case, on Monday."
    )
    assert found["Tobias Grell"][0] == ()
    assert found["Aldo Brisk"][0] == ()
    assert found["Carla Mendt"][0] == ("head of the mission",)
    assert found["Dana Welk"][0] == ("acting head of logistics",)  # an -ing word that is a title's own
    assert found["Rafe Oduya"][0] == ()  # what he was doing


def test_the_role_most_sources_give_comes_first() -> None:
    """One source calls Ann Roe "a retired teacher", two others "the mayor": the mayor comes first, whatever
    order the sources came in."""
    found = names(
        "“We rebuild,” said Ann Roe, a retired teacher, on Monday.",
        "“Roads reopen,” said Mayor Ann Roe on Tuesday.",
        "“The port is open,” said Mayor Ann Roe on Wednesday.",
    )
    assert found["Ann Roe"][0] == ("Mayor", "retired teacher")
