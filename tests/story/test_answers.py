"""A question a later source answers is marked answered, with that source; nothing else is."""

from __future__ import annotations

from datetime import date

from briefings.build import build_briefing
from tests.conftest import doc

EARLY = (
    "---\npublished: 2024-03-01\n---\nIt is not clear what caused the warehouse fire in Lorwick on Friday.\n"
)
LATER = (
    "---\npublished: 2024-03-04\n---\nFire investigators determined that faulty wiring caused the warehouse "
    "fire in Lorwick.\n"
)
SAME_DAY = (
    "---\npublished: 2024-03-01\n---\nFire investigators determined that faulty wiring caused the warehouse "
    "fire in Lorwick.\n"
)
OTHER = "---\npublished: 2024-03-04\n---\nInvestigators determined that a bakery fire in Norby was arson.\n"


def questions(*texts: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    docs = [doc(t, f"{i}.txt") for i, t in enumerate(texts)]
    b = build_briefing(docs, as_of=date(2024, 3, 10))
    return [(q.text, q.answer, q.answered_by) for q in b.open_questions]


def test_a_later_source_that_settles_the_subject_answers_the_question() -> None:
    """The question stays listed, with the later source's answer and that source."""
    found = questions(EARLY, LATER)
    assert found == [
        (
            "It is not clear what caused the warehouse fire in Lorwick on Friday.",
            "Fire investigators determined that faulty wiring caused the warehouse fire in Lorwick.",
            ("1",),
        )
    ]


def test_a_source_of_the_same_day_or_about_another_thing_answers_nothing() -> None:
    """An answer must come later than the question, and be about the same thing."""
    assert questions(EARLY, SAME_DAY)[0][1:] == (None, ())
    assert questions(EARLY, OTHER)[0][1:] == (None, ())


def test_the_answer_comes_from_the_articles_settling_sentences() -> None:
    """Each article's settling sentences (kept with it) are what the merge meets the questions with: given them,
    the answers are those found by reading every sentence; given none, every question stays unanswered."""
    from briefings.article.sentences import document_sentences
    from briefings.article.settling import settling_sentences
    from briefings.story.answers import answer_questions
    from briefings.story.questions import find_questions

    docs = [doc(EARLY, "0.txt"), doc(LATER, "1.txt"), doc(OTHER, "2.txt")]
    per_article = [document_sentences(d) for d in docs]
    every = [s for ss in per_article for s in ss]
    settled = [item for ss in per_article for item in settling_sentences(ss)]
    assert [s.doc_id for s, _stems in settled] == ["1", "2"]  # the question itself settles nothing
    published = {d.id: d.published for d in docs}
    asked = find_questions(every)
    read = answer_questions(asked, every, published)
    assert answer_questions(asked, every, published, settled) == read
    assert [q.answered_by for q in read] == [("1",)]
    assert [q.answered_by for q in answer_questions(asked, every, published, [])] == [()]
