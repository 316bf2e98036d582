"""Open questions from watch sections and forward-looking questions, merged across sources."""

from __future__ import annotations

import re

from briefings.article.questions import leaves_open
from briefings.extract.question_patterns import NOT_OPEN_CUES
from briefings.story.questions import find_questions
from tests.conftest import sentences


def test_watch_section_items_and_forward_questions_but_not_headings() -> None:
    """Bullets under "What to Watch" and "Will …?" sentences count; headline questions and quotes do not."""
    qs = find_questions(
        sentences(
            "Port Strike Ends?\nDockworkers returned.\nWhat to Watch\n"
            "- Will the deal hold through winter? Unions doubt it.\n"
            "- Who pays for the delays?\nThe Road Ahead\nWill the port regain its lost traffic by spring?\n"
            "“Why would we stop?” asked one worker.\n"
        )
    )
    assert [q.text for q in qs] == [
        "Will the deal hold through winter?",
        "Who pays for the delays?",
        "Will the port regain its lost traffic by spring?",
    ]


def test_near_duplicates_across_sources_merge_with_both_sources() -> None:
    """The same question in two sources is one question citing both."""
    qs = find_questions(
        sentences(
            "Key Questions\n- Will the deal hold through the winter?\n",
            "What to watch\n- Will the deal hold through winter?\n",
        )
    )
    assert len(qs) == 1 and qs[0].sources == ("s0", "s1")


def test_a_question_alike_two_earlier_ones_joins_the_earliest() -> None:
    """Two questions that are not alike stay apart; a third alike both joins the one asked first."""
    qs = find_questions(
        sentences(
            "What to watch\n- Will the harbour budget pay for ferry tolls?\n",
            "What to watch\n- Will ferry tolls pay for the winter timetable?\n",
            "What to watch\n- Will the budget pay for ferry tolls before winter?\n",
        )
    )
    assert [(q.text, q.sources) for q in qs] == [
        ("Will the harbour budget pay for ferry tolls?", ("s0", "s2")),
        ("Will ferry tolls pay for the winter timetable?", ("s1",)),
    ]


def test_questions_in_quotes_transcripts_and_teasers_are_left_out() -> None:
    """A question someone asks in a quotation, an interviewer's turn, a teaser or a two-word aside is not one the
    story leaves open; a question the narrative itself asks is."""
    qs = find_questions(
        sentences(
            "Analysis\n“Why would we stop now?” asked one worker.\nAnn Roe: What did the engineers tell you?\n"
            "Explained: What is a storm surge and how is it measured?\nWhy?\n"
            "Why were the warnings about the levee ignored for two years?\n"
        )
    )
    assert [q.text for q in qs] == ["Why were the warnings about the levee ignored for two years?"]


def test_declarative_watch_items_and_what_sources_leave_open() -> None:
    """Declarative "What to watch" bullets, "it is not clear whether", "remains to be seen", a pending appeal and
    an unclaimed attack are open questions; someone's "I don't know" and a settled fact are not."""
    qs = find_questions(
        sentences(
            "The river crested on Sunday. It is not clear whether the levee will hold another week.\n"
            "The cause of the warehouse fire remains undetermined. The attack has not been claimed by any group.\n"
            "The insurer said it plans to appeal the verdict.\n“I don't know when we can go home,” she said.\n"
            "I don't know what happened to the pumps.\nWhat to Watch\n- The council vote on the buyout plan. "
            "It needs six votes.\n- Federal aid for farmers on the floodplain.\n"
        )
    )
    assert [q.text for q in qs] == [
        "The council vote on the buyout plan.",
        "Federal aid for farmers on the floodplain.",
        "It is not clear whether the levee will hold another week.",
        "The cause of the warehouse fire remains undetermined.",
        "The attack has not been claimed by any group.",
        "The insurer said it plans to appeal the verdict.",
    ]


def test_the_end_of_a_quotation_and_a_question_put_to_someone_ask_nothing_of_the_story() -> None:
    """The last sentence of a quoted mailer ("…your new senator?”" with no opening mark) and "we asked the
    supervisor: what is going on here?" are left out; the story's own question stays."""
    qs = find_questions(
        sentences(
            "The mailer said: “Taxes will rise. Do you want to make Ann Vo your new state senator?”\n"
            "Courtroom circus aside, we asked the city supervisor simply: what is going on here?\n"
            "Will the city council vote on the tower repairs before the winter storms arrive?\n"
        )
    )
    assert [q.text for q in qs] == [
        "Will the city council vote on the tower repairs before the winter storms arrive?"
    ]


def test_questions_asked_one_after_another_in_a_paragraph_are_one_item() -> None:
    """ "Is it a brilliant move? Is it a blunder?" weighs one matter two ways: one open question, both halves; a
    question in the next paragraph is its own."""
    qs = find_questions(
        sentences(
            "Is the boycott a brilliant move by the senator? Is it a blunder that will end her campaign?\n\n"
            "So why did the party release the audit on the same day as the vote?\n"
        )
    )
    assert [q.text for q in qs] == [
        "Is the boycott a brilliant move by the senator? Is it a blunder that will end her campaign?",
        "So why did the party release the audit on the same day as the vote?",
    ]


def test_interview_turns_segues_and_proposals_ask_nothing_of_the_story() -> None:
    """Every question in an interviewer's turn (not only its first sentence), "How about in terms of cost?",
    "Why not just show up?" and a question that names nothing are left out."""
    qs = find_questions(
        sentences(
            "Ann Roe: This is the harbour. What do the red marks on the map represent?\n\n"
            "Petar Vos: They show where the quay walls have moved since the storm.\n\n"
            "How about in terms of cost? The bill has reached $4 million.\n\n"
            "Why not just show up at the hearing and make the case in person?\n\n"
            "So is that what this is?\n\n"
            "Will the harbour authority pay for the repairs to the quay walls?\n"
        )
    )
    assert [q.text for q in qs] == ["Will the harbour authority pay for the repairs to the quay walls?"]


def test_what_a_source_leaves_open_in_reported_speech_but_not_in_an_aside() -> None:
    """An official's reported "has not been claimed" and "it will take weeks before …" are open; a past doubt in a
    clause of time, an inquiry in a relative clause naming who someone is, and the reader addressed are not."""
    qs = find_questions(
        sentences(
            'The bombing "has not been claimed by any group, but a local faction is likely responsible," an '
            "official said.\n"
            "It will take weeks before engineers can assess the full damage to the bridge.\n"
            "Earlier Monday, when the minister's whereabouts were still unclear, the party said it was worried.\n"
            "Jo Lim, a spokesman for the city office, which is reviewing all permits, said no plan was filed.\n"
            "It should make you wonder why the inspectors never visited the site.\n"
        )
    )
    assert [q.text for q in qs] == [
        'The bombing "has not been claimed by any group, but a local faction is likely responsible," an '
        "official said.",
        "It will take weeks before engineers can assess the full damage to the bridge.",
    ]


def test_statements_that_leave_something_open_without_a_question_mark() -> None:
    """Unknown causes, what was not told, pending trials, votes and appeals, what is still to come: open, with no
    "?" in sight."""
    lines = [
        "It was not immediately clear what caused the explosion at the depot.",
        "Police could not tell who fired the first shot at the rally.",
        "Officials have not disclosed how much the ministry paid for the land.",
        "The statement did not specify which charges the port workers face.",
        "The origin of the painting remains an enigma to the museum's curators.",
        "The tenants haven't indicated whether they will accept the landlord's offer.",
        "The former mayor is awaiting trial on corruption charges in the capital.",
        "The regional council will vote on the buyout plan after the summer recess.",
        "The hardest part of the cleanup of the river is still to come, engineers said.",
        "Doctors are trying to determine whether the fall damaged the climber's spine.",
    ]
    qs = find_questions(sentences("\n".join(lines) + "\n"))
    assert [q.text for q in qs] == lines


def test_general_remarks_asides_and_questions_put_to_someone_are_not_open_questions() -> None:
    """A general remark ("conflicting accounts are common"), a writer's rhetorical aside, an interviewer's question
    told in reported speech and a quiz put to the reader ask nothing of the story."""
    qs = find_questions(
        sentences(
            "Conflicting accounts are common in the first hours after a flood of this size.\n"
            "Who could blame the residents for leaving the valley before the water rose?\n"
            "Asked whether she would run for the seat again, the senator said she was tired.\n"
            "Quiz\nWhich river burst its banks first during the storm last week?\n"
        )
    )
    assert qs == []


def test_every_not_open_row_matches_the_example_it_was_written_for() -> None:
    """Each row of what asks nothing holds an example its pattern reads (the open rows are checked in
    test_question_patterns): a row edited out of shape fails here."""
    for kind, pattern, example in NOT_OPEN_CUES:
        assert re.search(pattern, example, re.IGNORECASE), (kind, example)


def test_what_is_left_open_worded_in_other_ways() -> None:
    """Fresh wordings of each class: a contracted "isn't clear", what a source could not explain or did not
    release, a puzzle, a sentencing set, a trial faced, an inquiry under way, an appeal to come, an outcome
    expected, "no indication of", "anyone's guess"."""
    lines = [
        "It isn't clear who authorised the payments to the contractor.",
        "Investigators could not explain why the alarm stayed silent.",
        "The clinic did not release the patient's name.",
        "What drove the herd into the lake remains a puzzle.",
        "Her sentencing is scheduled for next Tuesday.",
        "The two brothers face trial on fraud charges.",
        "A review of the contract is under way.",
        "The leak is still being examined by engineers.",
        "The family said it would appeal the decision.",
        "The outcome of the recount is expected on Friday.",
        "The mayor gave no indication of whether she would resign.",
        "Whether the truce survives the winter is anyone's guess.",
    ]
    qs = find_questions(sentences("\n".join(lines) + "\n"))
    assert [q.text for q in qs] == lines


def test_a_reader_quiz_list_and_a_rhetorical_wonder_ask_nothing_of_the_story() -> None:
    """The questions after a short quiz prompt ("How well do you know the bay?"), a question put to the reader
    after a colon and "Who would've guessed …?" are left out, as are an event ("was ordered to stand trial") and a
    hearing's date; the story's own doubt after the list stays."""
    qs = find_questions(
        sentences(
            "Last March the mayor was ordered to stand trial for fraud. The case will be heard on Monday at noon.\n"
            "How well do you know the bay?\nWhich ship sank there in 1902?\nWhat is the bay's deepest point?\n"
            "The port reopened on Monday. It is not clear whether the ferry will run this winter.\n"
            "Can you name them: which three rivers meet at the old city?\n"
            "Who would've guessed the quiet suburb would host a summit of leaders?\n"
        )
    )
    assert [q.text for q in qs] == ["It is not clear whether the ferry will run this winter."]


def test_what_is_yet_to_be_told_not_ruled_out_or_faced_is_open_but_what_was_ruled_out_is_not() -> None:
    """ "has yet to name", "hasn't ruled out", "no decision has been made", "little was known", information
    "remained scarce", "may face charges", "under consideration", "expected to announce" leave something open;
    "ruled out sabotage" settles it and "could face a difficult year" names nothing pending."""
    lines = [
        "The ministry has yet to name the new ambassador to the island.",
        "The coach hasn't ruled out a return to the club next season.",
        "No decision has been made on the fate of the old pier.",
        "Little was known about the cargo aboard the ship.",
        "Information about the injured crew remained scarce.",
        "The teenagers may face charges of arson over the barn fire.",
        "A ban on the drug is under consideration by regulators.",
        "The two firms are expected to announce the merger terms soon.",
    ]
    settled = [
        "Officials ruled out sabotage on Friday after the inspection.",
        "The company could face a difficult year, analysts said.",
    ]
    qs = find_questions(sentences("\n".join(lines + settled) + "\n"))
    assert [q.text for q in qs] == lines


def test_what_people_were_asked_and_someone_at_a_loss_leave_nothing_open() -> None:
    """A survey's question told of those asked ("were asked whether they had seen the film") and someone at a loss
    ("“We just don't know what to do,” a volunteer said") are no unknown of the story; a fact nobody knows, told in
    the same words, still is."""
    assert not leaves_open("Fans were asked whether they had bought the album since the concert.")
    assert not leaves_open("“We just don't know what to do,” a volunteer in Lorwick told reporters.")
    assert not leaves_open("Officials said they were not sure what else to expect from the river.")
    assert leaves_open("“We don't know how many people are trapped,” the mayor said.")
    assert leaves_open("It was not known whether the fans had been asked to leave.")
