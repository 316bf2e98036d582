"""The open questions' merge reads each article's kept parts (its questions' parts and stems, its sources' words)
and finds what reading every sentence finds."""

from __future__ import annotations

from briefings.article.asked import asked_questions, question_part, source_stems
from briefings.article.questions import candidate_questions
from briefings.article.summary_candidates import summary_candidates
from briefings.story.questions import find_questions
from briefings.story.watchlist import story_words
from briefings.text import content_stems
from tests.conftest import sentences

TEXTS = (
    "What will the harbour board decide about the ferry fares? Rumours suggest a rise.\n"
    "The harbour board met on Monday in Brelton to discuss ferry fares.",
    "Will the harbour board decide about the ferry fares?\nCommuters in Brelton waited for the ferry fares.",
    "Who will pay for the new lighthouse keeper's cottage?\nThe lighthouse keeper moved into a caravan.",
)


def test_a_bullet_keeps_only_its_question() -> None:
    """The rumour after a question mark is not part of the question."""
    assert question_part("What will X do? Rumours suggest a rise.") == "What will X do?"


def test_the_kept_parts_find_the_questions_and_words_reading_every_sentence_finds() -> None:
    """Merged from each article's asked questions, the questions are those read from the sentences (two sources
    asking about the fares are one question); summed from each article's source stems, the story words are those
    of every summary candidate and question."""
    every = sentences(*TEXTS)
    per_article = [[s for s in every if s.doc_id == f"s{i}"] for i in range(len(TEXTS))]
    asked = [item for ss in per_article for item in asked_questions(candidate_questions(ss))]
    found = find_questions(every, asked=asked)
    assert found == find_questions(every)
    assert sorted(len(q.sources) for q in found) == [1, 2]
    assert all("Rumours" not in q.text for q in found)
    kept = [
        pair for ss in per_article for pair in source_stems(summary_candidates(ss), candidate_questions(ss))
    ]
    read = story_words(
        [
            *((c.sentence.doc_id, c.stems) for c in summary_candidates(every)),
            *((q.doc_id, content_stems(q.text)) for q in candidate_questions(every)),
        ]
    )
    assert story_words(kept) == read
    assert read.share.get(content_stems("fares")[0]) is not None
