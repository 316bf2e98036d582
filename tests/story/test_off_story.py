"""Articles off the story: a page that uses none of the words most of the story's articles share is set aside,
and its dates, questions and people stay out of the briefing."""

from __future__ import annotations

from datetime import date

from briefings import build_briefing
from briefings.article.line_keys import line_keys
from briefings.article.sentences import document_sentences
from briefings.article.story_terms import story_terms
from briefings.model import Document
from briefings.story.furniture import NO_RECURRENCE, recurrence
from briefings.story.off_story import off_story
from tests.conftest import doc

CREWS = "north south east west upper lower inner outer main old new".split()
DAM = (
    "---\npublished: 2024-03-{day:02d}\n---\nEngineers inspected the cracked Lorwick dam from the {crew} bank. "
    "Floodwater from the reservoir reached the {crew} spillway, and the sandbags held."
)
FAIR = (
    "---\npublished: 2024-03-05\n---\nThe cake fair returns to Brinmoor on 30 March 2024. "
    "Bakers will judge sponge, icing and marzipan. “Will the lemon drizzle win again?” asked Ida Vell, a baker."
)


def articles(*texts: str) -> list[Document]:
    return [doc(text, f"a{i:02d}.txt") for i, text in enumerate(texts)]


def set_aside(docs: list[Document]) -> frozenset[str]:
    sentences = [document_sentences(d) for d in docs]
    day_of = {d.id: d.published for d in docs}
    return off_story(
        [story_terms(s) for s in sentences], recurrence(day_of, [line_keys(s) for s in sentences])
    )


def test_an_article_without_the_storys_words_is_off_it() -> None:
    """Eleven reports on a cracked dam share "dam", "floodwater", "spillway"; a cake fair's page shares none."""
    docs = articles(*(DAM.format(day=d, crew=CREWS[d - 1]) for d in range(1, 12)), FAIR)
    assert set_aside(docs) == {docs[-1].id}


def test_on_a_story_of_few_articles_none_is_set_aside() -> None:
    """Four dam reports and the fair: too few articles for their shared words to mean much."""
    assert (
        set_aside(articles(*(DAM.format(day=d, crew=CREWS[d - 1]) for d in range(1, 5)), FAIR)) == frozenset()
    )


def test_a_sidebar_printed_on_many_days_does_not_make_a_page_on_story() -> None:
    """The fair's page carries the site's sidebar line about the dam, which recurs on every day's page: the line is
    furniture, so the page still shares none of the story's own words."""
    sidebar = "\nMost read: Floodwater nears the Lorwick dam spillway as engineers watch."
    docs = articles(*(DAM.format(day=d, crew=CREWS[d - 1]) + sidebar for d in range(1, 12)), FAIR + sidebar)
    assert set_aside(docs) == {docs[-1].id}
    sentences = [document_sentences(d) for d in docs]
    assert (
        off_story([story_terms(s) for s in sentences], NO_RECURRENCE) == frozenset()
    )  # read as text, it counts


def test_the_off_story_articles_dates_questions_and_people_are_left_out() -> None:
    """Built whole, the briefing keeps the fair's page among its sources but not its 30 March, its question or
    its baker."""
    docs = articles(*(DAM.format(day=d, crew=CREWS[d - 1]) for d in range(1, 12)), FAIR)
    b = build_briefing(docs, as_of=date(2024, 3, 12))
    fair = docs[-1].id
    assert fair in {s.id for s in b.sources}
    assert all(fair not in k.sources for k in b.key_dates)
    assert all(fair not in q.sources for q in b.open_questions)
    assert all(fair not in p.sources for p in b.people)
    with_fair_on_story = build_briefing(
        docs[-5:], as_of=date(2024, 3, 12)
    )  # five articles: nothing set aside
    assert any(fair in k.sources for k in with_fair_on_story.key_dates)
