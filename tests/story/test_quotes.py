"""Quotes attributed to their speakers in every common form."""

from __future__ import annotations

from briefings.article.sentences import corpus_sentences
from briefings.load.corpus import parse_article
from briefings.story.people import find_people
from briefings.story.quotes import attach_quotes
from tests.conftest import doc


def quotes(text: str) -> dict[str, list[str]]:
    docs = [doc(text)]
    people = attach_quotes(docs, find_people(corpus_sentences(docs)))
    return {p.name: [q.text for q in p.quotes] for p in people if p.quotes}


def test_said_after_and_before_the_name() -> None:
    """ "…,” said X and "…,” X said."""
    found = quotes("“The bridge is safe,” said Mayor Ana Ruiz. “We need money,” Treasurer Tom Berg said.")
    assert found == {"Ana Ruiz": ["The bridge is safe"], "Tom Berg": ["We need money"]}


def test_told_reporters_and_participle_before_the_quote() -> None:
    """X told reporters, “…” and X did something, stating, “…”."""
    found = quotes(
        "Port spokesperson Lena Ortiz told reporters, “Ships will wait.” "
        "Harbour Master Omar Haddad closed the gate, stating, “We are ready!”"
    )
    assert found == {"Lena Ortiz": ["Ships will wait."], "Omar Haddad": ["We are ready!"]}


def test_pronoun_points_back_to_the_last_named_person_outside_quotes() -> None:
    """ "she stated" goes to the last person named outside a quotation."""
    found = quotes(
        "Dr. Lena Ortiz, a port economist, spoke. In an interview, she stated, "
        "“Costs will rise for a year and then settle.”"
    )
    assert found == {"Lena Ortiz": ["Costs will rise for a year and then settle."]}


def test_passive_by_and_subject_not_the_object() -> None:
    """ "described by X as" goes to X; "Ruiz praised Berg, saying" goes to Ruiz, not Berg."""
    found = quotes(
        "Mayor Ana Ruiz met Treasurer Tom Berg. The plan was described by Tom Berg as “a fair deal for all.” "
        "Ruiz praised Berg’s work, saying “the city owes him thanks.”"
    )
    assert found == {"Tom Berg": ["a fair deal for all."], "Ana Ruiz": ["the city owes him thanks."]}


def test_follow_on_quote_keeps_the_speaker_and_anonymous_quotes_are_dropped() -> None:
    """A quote that carries on from an attributed one keeps its speaker; an unnamed source gives none."""
    found = quotes(
        "“We waited,” said Omar Haddad, a baker. “Then we left.” “It is a scandal,” said one diplomat."
    )
    assert found == {"Omar Haddad": ["We waited", "Then we left."]}


def test_quote_attribution_reads_every_paragraph() -> None:
    """Quotes are found in every paragraph of a document, not only the first."""
    d = parse_article(
        __import__("pathlib").Path("x.txt"),
        "Mayor Ana Ruiz spoke first.\nLater, Ruiz said, “The bridge opens soon.”\n",
    )
    people = attach_quotes([d], find_people(corpus_sentences([d])))
    assert [q.text for q in people[0].quotes] == ["The bridge opens soon."]


def test_he_or_she_said_in_a_new_paragraph_is_the_subject_the_pronoun_fits() -> None:
    """ "“…,” he said." opening a paragraph goes to the last paragraph's subject, not its last name, and "she"
    skips a man; with nobody the pronoun fits nearby, the quote stays unattributed."""
    found = quotes(
        "Senator Paul Moreno, who chairs the committee, disagreed with Governor Ruth Ellison on the budget.\n"
        "“We are just doing our job,” he said.\n"
        "Mayor Karen Holt said she met Commissioner Peter Lund on Monday.\n"
        "“The roads come first,” she said.\n"
    )
    assert found == {"Paul Moreno": ["We are just doing our job"], "Karen Holt": ["The roads come first"]}


def test_a_pronoun_with_no_one_near_is_left_unattributed() -> None:
    """A "he said" three paragraphs after the last man named is nobody's quote."""
    found = quotes(
        "Union leader Mark Tovey walked out of the talks.\nThe port stayed shut.\nShips queued offshore.\n"
        "Prices rose in the shops.\n“This cannot go on,” he said.\n"
    )
    assert found == {}


def test_named_speakers_after_a_quote_with_roles_appositives_and_owners() -> None:
    """After the quote: a lowercase role before the name, an appositive before the verb, and an owner's name
    before the speaker's ("the mayor's aide") all leave the quote with the speaker."""
    found = quotes(
        "“This was handled badly,” civil rights leader Ada Norris said Friday.\n"
        "“The tests show the risk,” Ivo Petrov, a climatologist at the state university, said.\n"
        "“We may have crossed a threshold,” Mayor Lena Ortiz’s adviser Tom Hale said.\n"
    )
    assert found == {
        "Ada Norris": ["This was handled badly"],
        "Ivo Petrov": ["The tests show the risk"],
        "Tom Hale": ["We may have crossed a threshold"],
    }


def test_a_paragraph_that_is_only_a_quote_carries_on_the_last_speaker() -> None:
    """A quote standing alone after a paragraph that ended with Berg's quote is Berg's; after prose, nobody's."""
    found = quotes(
        "“The port will reopen,” said Harbour Master Tom Berg.\n“Ships can dock from Monday.”\n"
        "The unions were not consulted.\n“Nobody asked us.”\n"
    )
    assert found == {"Tom Berg": ["The port will reopen", "Ships can dock from Monday."]}


def test_a_speaker_with_no_profile_leaves_the_quote_unattributed() -> None:
    """ "said a city engineer", "a police spokesman said": the quote is nobody's, not the mayor's named above."""
    found = quotes(
        "Mayor Ana Ruiz visited the harbour on Monday.\n“We will rebuild the pier,” said a city engineer.\n"
        "“It is safe,” the engineer, who asked not to be named, told reporters.\n"
        "“Nobody was hurt,” a police spokesman said.\n"
    )
    assert found == {}


def test_the_role_after_a_quote_names_its_only_holder() -> None:
    """ "“…,” the mayor said" is the story's one mayor; with two governors, "the governor said" is nobody's."""
    found = quotes(
        "Mayor Ana Ruiz toured the pier. Governor Tom Hale met Governor Ines Volk later.\n"
        "“We will rebuild,” the mayor said.\n“Money is coming,” said the governor.\n"
    )
    assert found == {"Ana Ruiz": ["We will rebuild"]}


def test_follow_on_quotes_and_mixed_quotation_marks() -> None:
    """ "“…,” Berg said of Ruiz’s plan. “…”" keeps Berg; a quote opened straight and closed curly is a quote."""
    found = quotes(
        "Harbour Master Tom Berg and Mayor Ana Ruiz met.\n"
        "“We are losing time,” Berg said of Ruiz’s plan. “Nobody talks about the pier.”\n"
        'Ruiz answered later. "Keep calm and wait,” she said.\n'
    )
    assert found == {
        "Tom Berg": ["We are losing time", "Nobody talks about the pier."],
        "Ana Ruiz": ["Keep calm and wait"],
    }


def test_the_object_of_a_verb_is_not_the_speaker() -> None:
    """ "Berg's running mate, Ana Ruiz, defended Tom Hale and said he should “hold firm.” “…,” she wrote."
    is Ruiz's twice, never Hale's (named right after "defended")."""
    found = quotes(
        "Harbour Master Tom Berg spoke first. Mayor Tom Hale listened.\n"
        "Berg's running mate, Ana Ruiz, defended Tom Hale and said he should “hold firm now.” "
        "“It is not about you,” she wrote to Hale.\n"
    )
    assert found == {"Ana Ruiz": ["It is not about you", "hold firm now."]}


def test_he_after_a_possessive_opening_is_its_owner() -> None:
    """ "The sticking point has been Berg’s stance on the pier. He has said it “will never be sold.”" is Berg's."""
    found = quotes(
        "Mayor Ana Ruiz wants a sale.\n"
        "The sticking point has been Harbour Master Tom Berg’s stance on the pier. "
        "He has said it “will never be sold to anyone.”\n"
    )
    assert found == {"Tom Berg": ["will never be sold to anyone."]}


def test_a_shared_surname_names_the_person_the_article_named_first() -> None:
    """Two people called Varga: the bare surname means the one introduced first; the other is named in full."""
    found = quotes(
        "Councillor Ilona Varga opened the hearing. Her cousin, Peter Varga, a builder, sat behind her.\n"
        "“We will not wait for another winter,” Varga said.\n"
        "“The walls are fine,” said Peter Varga.\n"
    )
    assert found == {
        "Ilona Varga": ["We will not wait for another winter"],
        "Peter Varga": ["The walls are fine"],
    }


def test_a_pronoun_or_role_then_two_words_before_the_verb() -> None:
    """ "he said in a statement", "the Liberal senator from Ontario said Sunday": the verb is one of the next words."""
    found = quotes(
        "Senator Mara Quill toured the dam. Councillor Ivo Brandt stayed home.\n"
        "“The dam will hold this spring,” the Liberal senator from Ontario said Sunday.\n"
        "Brandt disagreed with the plan.\n"
        "“The spillway is too narrow for the melt,” he said in a statement that attacked Quill.\n"
    )
    assert found == {
        "Mara Quill": ["The dam will hold this spring"],
        "Ivo Brandt": ["The spillway is too narrow for the melt"],
    }


def test_label_and_embedded_post_give_the_speaker() -> None:
    """ "Name- “…”" and a post signed "— Name (@handle) Date" are the named person's words."""
    found = quotes(
        "Governor Tess Alder spoke on Monday. Mayor Ruben Ochoa answered online.\n"
        "Tess Alder- “The bridge reopens in May and the tolls stay.”\n"
        "The tolls are a tax on the poor and I will fight them. https://t.co/x1 — Ruben Ochoa (@ochoa) May 2, 2024\n"
    )
    assert found == {
        "Tess Alder": ["The bridge reopens in May and the tolls stay."],
        "Ruben Ochoa": ["The tolls are a tax on the poor and I will fight them."],
    }


def test_role_then_name_and_a_long_appositive_before_the_verb() -> None:
    """ "…,” the city’s budget adviser, Nika Roos, told reporters" and a participle phrase with commas."""
    found = quotes(
        "“We cannot pay for both projects,” the city’s budget adviser, Nika Roos, told reporters.\n"
        "“We have not seen a flood like this in decades,” Governor Hal Brisk, touring the valley, the farms "
        "and the flooded roads, told local radio.\n"
    )
    assert found == {
        "Nika Roos": ["We cannot pay for both projects"],
        "Hal Brisk": ["We have not seen a flood like this in decades"],
    }


def test_a_scare_quote_does_not_carry_a_speaker_on() -> None:
    """A one-word scare quote is nobody's speech, so the quote after it is not carried on from its sentence."""
    found = quotes(
        "The memo Mayor Dana Holt released, which aides said was new, is marked “Confidential.” "
        "“The payment has been made” to the contractor, says the memo.\n"
    )
    assert found == {}


def test_a_family_name_written_first_is_the_persons_surname() -> None:
    """ "Secretary-General Moon Jae-sun" and then "Moon said": the first word is the family name."""
    found = quotes(
        "Secretary-General Moon Jae-sun arrived in Geneva on Monday.\n"
        "“The ruling must be respected by every member,” Moon said.\n"
    )
    assert found == {"Moon Jae-sun": ["The ruling must be respected by every member"]}


def test_colon_intro_typeset_closing_quotes_and_transcript_turns() -> None:
    """ "X said in a post:" then a quote paragraph ending “…’’ the post said; "Ann Vo: …" turns in a transcript."""
    found = quotes(
        "Fire Chief Rosa Lind said in a post that crews were still on the hills:\n"
        "“Crews will stay on the ridge all night and the road stays shut,’’ the post said.\n"
        "Reporter Sam Ode asked about the cost.\n"
        "Rosa Lind: We have spent the whole season's budget in a week.\n"
    )
    assert found == {
        "Rosa Lind": [
            "Crews will stay on the ridge all night and the road stays shut",
            "We have spent the whole season's budget in a week.",
        ]
    }


def test_a_programme_title_and_an_object_do_not_end_a_follow_on() -> None:
    """ "…,” X said on NBC’s “Meet the Voters.” “…”" and "…,” he said, attacking Berg. “…”" keep the speaker."""
    found = quotes(
        "Senator Pia Moss spoke on Sunday. Treasurer Tom Berg did not.\n"
        "“Taxes are not the issue,” Moss said on WKRN’s “Meet the Voters.” “Spending is the issue.”\n"
        "“Berg wants a new levy,” she said in a statement that went on to attack Berg. “I will vote no.”\n"
    )
    assert found == {
        "Pia Moss": [
            "Taxes are not the issue",
            "Spending is the issue.",
            "Berg wants a new levy",
            "I will vote no.",
        ]
    }


def test_a_role_shared_by_two_people_means_the_one_just_named() -> None:
    """ "the attorney said" with two attorneys in the story: the one named in the last paragraphs."""
    found = quotes(
        "Defense attorney Lou Marsh met the judge on Monday.\n"
        "Prosecuting attorney Vera Kline filed the motion on Tuesday.\n"
        "Kline called the delay unacceptable.\n"
        "“The court has waited long enough for this,” the attorney said.\n"
    )
    assert found == {"Vera Kline": ["The court has waited long enough for this"]}


def test_a_sentence_ending_in_a_colon_and_a_dashed_aside_over_an_earlier_quote() -> None:
    """ "She closed the post with: “…”" is hers; "Chief Ann Vo -- after Brandt called it “biased” -- told
    reporters the “…”": the subject before the aside speaks, not a name inside it."""
    found = quotes(
        "Mayor Lia Brandt answered the critics online.\n"
        "She also mocked the council, closing the post with: “See you at the ballot box.”\n"
        "Police Chief Ann Vo -- hours after Brandt called the report “biased” against her staff -- told "
        "reporters the “inquiry will take as long as it takes.”\n"
    )
    assert found == {
        "Lia Brandt": ["See you at the ballot box."],
        "Ann Vo": ["inquiry will take as long as it takes."],
    }


def test_the_last_speaker_stays_in_focus_for_a_later_pronoun() -> None:
    """A paragraph of quotes keeps its speaker in focus: "he said" two paragraphs on still means him."""
    found = quotes(
        "The agency's commissioner for refugee affairs, Omar Haddad, warned the ministers.\n"
        "“We cannot accept camps without water,” he said.\n"
        "The convention was signed in 1951.\n"
        "“We expect the court to rule this week on the camps,” he said.\n"
    )
    assert found == {
        "Omar Haddad": [
            "We cannot accept camps without water",
            "We expect the court to rule this week on the camps",
        ]
    }


def test_a_quote_left_open_at_a_paragraphs_end_goes_on_in_the_next() -> None:
    """'Dr Ann Vo, …, said: "The seawall …' with no closing mark: the next paragraph's quote is hers too."""
    found = quotes(
        'Dr Ann Vo, chief engineer at the port, said: "The seawall is the foundation of our whole plan.\n\n'
        '"Raising it again creates an unrealistic expectation for the town."\n'
    )
    assert found == {
        "Ann Vo": [
            "The seawall is the foundation of our whole plan.",
            "Raising it again creates an unrealistic expectation for the town.",
        ]
    }


def test_a_speaker_described_by_role_or_named_in_the_next_sentence() -> None:
    """ "the Florida Republican said" is the one person just named; a quote standing alone is the next sentence's
    subject's; "countered X" reports a quote; "According to X, … he says" is X."""
    assert quotes(
        "Sen. Ana Ruiz spoke on Sunday about the port.\n\n"
        "“The port is not a business,” the Florida Republican said on Sunday.\n"
    ) == {"Ana Ruiz": ["The port is not a business"]}
    assert quotes(
        "The harbour flooded again on Monday.\n\n"
        "“We will rebuild the pier before the summer.” Mayor Ana Ruiz said the city would pay for it.\n"
    ) == {"Ana Ruiz": ["We will rebuild the pier before the summer."]}
    assert quotes("“Costs will fall next year,” countered Tom Berg, the city treasurer.\n") == {
        "Tom Berg": ["Costs will fall next year"]
    }
    assert quotes(
        "According to Tom Berg, adviser to the port, the plan is sound. "
        '"Investors wanted a signal about the future," he says.\n'
    ) == {"Tom Berg": ["Investors wanted a signal about the future"]}


def test_called_by_someone_is_their_quote_not_the_subjects() -> None:
    """ "Ruiz, called “…” by Tom Berg" is Berg's; by someone we do not know, it is nobody's, never Ruiz's."""
    found = quotes(
        "Mayor Ana Ruiz met Treasurer Tom Berg. Ruiz, called “the finest mayor of the whole century” by Tom "
        "Berg, left office in 1973."
    )
    assert found == {"Tom Berg": ["the finest mayor of the whole century"]}
    found = quotes(
        "Mayor Ana Ruiz met Treasurer Tom Berg. Ruiz, called “the finest mayor of the whole century” by "
        "Marquez, left office in 1973."
    )
    assert found == {}


def test_a_pronoun_after_a_quote_whose_sentence_names_an_unknown_speaker_is_nobody() -> None:
    """ "On Thursday, Stein was already posting again: “…,” she wrote": she is Stein, whom the story does not
    know as a person, not the Mitt Ruiz named before."""
    found = quotes(
        "Mayor Mitt Ruiz lost followers all week. On Thursday, Stein was already posting again: “Our movement is "
        "growing and there is no time for rest,” she wrote."
    )
    assert found == {}


def test_a_surname_misspelt_by_a_letter_beside_a_quote_is_its_speaker() -> None:
    """ "“…,” Trugona said" in a story about Simon Trigona is his, and the quote after it too; a short surname
    one letter off ("Berk" for Berg) is another name."""
    found = quotes(
        "Mayor Simon Trigona, an archaeologist, led the dive off the coast.\n"
        "“It is a nice find because we know the route now,” Trugona said.\n"
        "“She sank on the way home, weighed down by all that fish sauce.”\n"
        "Treasurer Tom Berg paid for it. “We will fund the next dive as well,” Berk said.\n"
    )
    assert found == {
        "Simon Trigona": [
            "It is a nice find because we know the route now",
            "She sank on the way home, weighed down by all that fish sauce.",
        ]
    }


def test_a_speaker_named_once_beside_the_quote_is_heard() -> None:
    """ "“…,” countered Nora Quellbeck.": named once, not a listed person, yet she spoke; a name that never
    speaks is not listed."""
    docs = [
        doc(
            "Mayor Ana Ruiz said the pier would close. Ruiz said it twice.\n"
            "“The pier was never safe,” countered Nora Quellbeck.\n"
            "Ivo Brask watched from the shore.\n"
        )
    ]
    people = attach_quotes(docs, find_people(corpus_sentences(docs)))
    found = {p.name: [q.text for q in p.quotes] for p in people}
    assert found["Nora Quellbeck"] == ["The pier was never safe"]
    assert "Ivo Brask" not in found


def test_a_pronoun_after_the_quote_is_its_own_sentence_subject() -> None:
    """ "Quellbeck was posting again: “…,” she wrote.": she is Quellbeck, though the paragraph named another
    woman first."""
    found = quotes(
        "Mayor Ana Ruiz said the pier would close. Ruiz said it twice.\n"
        "Ruiz lost followers; so did Nora Quellbeck. On Monday, Quellbeck was posting again: "
        "“The pier is ours,” she wrote.\n"
    )
    assert found.get("Nora Quellbeck") == ["The pier is ours"]
    assert "The pier is ours" not in found.get("Ana Ruiz", [])


def test_a_speaker_described_by_role_is_the_article_s_holder_of_it() -> None:
    """ "said the ferryman" and "The 52-year-old ferryman …: “…”" are the ferryman's, named earlier by role."""
    found = quotes(
        "Ivo Brask, a 52-year-old ferryman out on the lake with his son, saw the wave. Brask said it was huge.\n"
        "Mayor Ana Ruiz closed the pier. Ruiz said so on Monday.\n"
        "The 52-year-old ferryman shouted to his son: “Hold the rail now.”\n"
        "“We were lucky to live,” said the ferryman.\n"
    )
    assert found.get("Ivo Brask") == ["Hold the rail now.", "We were lucky to live"]


def test_an_attribution_between_commas_names_the_speaker_after_the_verb() -> None:
    """ "The poems are, said the poet and critic X, who …, as full of “…”" is X's."""
    found = quotes(
        "Mayor Ana Ruiz said the pier would close. Ruiz said it twice.\n"
        "The poems are, said the poet and critic Nora Quellbeck, who read them first, as full of "
        "“the old fire and the old grief” as ever.\n"
    )
    assert found == {"Nora Quellbeck": ["the old fire and the old grief"]}


def test_a_name_no_list_holds_stands_for_a_pronoun_only_when_it_opens_the_paragraph() -> None:
    """ "the actor … ahead of the Tom Quellbeck films. “…,” he said." is nobody's; a paragraph opening with
    "Ivo Brask, 24, ..." is his "he" two paragraphs on."""
    found = quotes(
        "Writing on his blog, the actor called it the best part, ahead of the Tom Quellbeck films.\n"
        "“It was the hardest thing I have done,” he said.\n"
        "Ivo Brask, 24 and from Vardo, eats ten portions a day.\n"
        "He has fruit at breakfast.\n"
        "He told the paper: “It is a choice I make every day.”\n"
    )
    assert found == {"Ivo Brask": ["It is a choice I make every day."]}


def test_a_related_links_widget_before_the_verb_is_not_the_speaker() -> None:
    """ "Former envoy Ivo Marsh Ivo Peter MarshMarsh: Harbour Trust sold … MORE said “…”": Marsh speaks, not the
    headline's names."""
    found = quotes(
        "Lena Ostrow, the port's owner, said nothing. Former envoy Ivo Marsh Ivo Peter MarshMarsh: Lena Ostrow "
        "sold the port to Harbour Trust MORE said on Sunday that there are “more ships to come this year.”"
    )
    assert found == {"Ivo Marsh": ["more ships to come this year."]}


def test_posts_quoted_in_running_text_are_their_authors() -> None:
    """A post quoted in prose: "In a tweet, Ochoa wrote: “…”", "“…,” Ochoa tweeted", "Ochoa posted on Facebook:
    “…”", "weighed in on Twitter, writing that “…”": each is the author's."""
    for text in (
        "Mayor Ruben Ochoa went online on Monday. In a tweet, Ochoa wrote: “The tolls stay until it is paid.”\n",
        "Mayor Ruben Ochoa spoke on Monday.\n\n“The tolls stay until it is paid,” Ochoa tweeted on Tuesday.\n",
        "Mayor Ruben Ochoa spoke on Monday.\n\nOchoa posted on Facebook: “The tolls stay until it is paid.”\n",
        "Mayor Ruben Ochoa weighed in on Twitter, writing that “the tolls stay until it is paid.”\n",
    ):
        found = quotes(text)
        assert list(found) == ["Ruben Ochoa"], text
        assert "tolls stay until it is paid" in found["Ruben Ochoa"][0], text


def test_a_list_of_reactions_gives_each_quote_its_label() -> None:
    """ "- Mayor Ruben Ochoa: “…”", a paragraph "Governor Tess Alder: “…”" and "• Ruben Ochoa, the mayor: “…”":
    each reaction in a list is the labelled person's; a label naming two people is nobody's."""
    expected = {"Ruben Ochoa": ["We will rebuild the pier."], "Tess Alder": ["The state will pay for it."]}
    assert quotes(
        "Reactions poured in on Monday.\n\n"
        "- Mayor Ruben Ochoa: “We will rebuild the pier.”\n- Governor Tess Alder: “The state will pay for it.”\n"
    ) == expected
    assert quotes(
        "Here is what leaders said.\n\nMayor Ruben Ochoa: “We will rebuild the pier.”\n\n"
        "Governor Tess Alder: “The state will pay for it.”\n"
    ) == expected
    assert quotes(
        "Reactions poured in.\n\n• Ruben Ochoa, the mayor: “We will rebuild the pier.”\n"
        "• Tess Alder, the governor: “The state will pay for it.”\n"
    ) == expected
    assert quotes(
        "Mayor Ruben Ochoa and Governor Tess Alder met.\n\nOchoa and Alder: “We will rebuild the pier.”\n"
    ) == {}


def test_a_speaker_introduced_by_role_and_named_later() -> None:
    """ "“…,” the lifeguard captain said." then "Captain Ivo Brask … closed the beach": the quote is his, whether
    the name comes paragraphs later or in the next sentence."""
    assert quotes(
        "The beach was closed on Sunday.\n\n"
        "“Nobody should swim until the flag is green,” the lifeguard captain said.\n\n"
        "Captain Ivo Brask, who has led the lifeguards for ten years, closed the beach at noon.\n"
    ) == {"Ivo Brask": ["Nobody should swim until the flag is green"]}
    assert quotes(
        "“Nobody should swim until the flag is green,” the lifeguard captain said on Sunday. "
        "The captain, Ivo Brask, closed the beach at noon.\n"
    ) == {"Ivo Brask": ["Nobody should swim until the flag is green"]}
