"""Speakers the people list lacks, found by their full name beside their words."""

from __future__ import annotations

from briefings.article.newcomers import name_runs, newcomers
from tests.conftest import doc


def names(text: str, known: set[str] | None = None) -> list[str]:
    return [p.name for p in newcomers([doc(text)], known or set())]


def test_a_full_name_with_a_clear_first_name_is_offered() -> None:
    """A first name the dictionary knows, then a surname: offered, with the surname as its alias."""
    found = newcomers([doc("“The pier is lost,” wrote Nora Quellbeck on Friday.")], set())
    assert [(p.name, p.aliases) for p in found] == [("Nora Quellbeck", ("Quellbeck",))]


def test_places_bodies_and_ordinary_words_are_not_names() -> None:
    """ "Virginia Beach", "Grace Church" (the article writes "church") and "Mary Foundation" are no one."""
    assert (
        names("Virginia Beach said no. Grace Church opened; the church was full. Mary Foundation paid.") == []
    )


def test_a_known_name_or_surname_is_not_offered_again() -> None:
    """Someone already listed, or who shares a listed surname, is left to the people finder."""
    assert names("“No,” said Nora Quellbeck. “Yes,” said Ivo Quellbeck.", {"Quellbeck"}) == []


def test_an_ordinary_word_opening_the_sentence_is_not_part_of_the_name() -> None:
    """ "Then Nora Quellbeck said" and "Warden Ivo Brask" name Nora Quellbeck and Ivo Brask."""
    assert names("The tide rose. Then Nora Quellbeck said it again to Warden Ivo Brask.") == [
        "Nora Quellbeck",
        "Ivo Brask",
    ]


def test_sentence_openers_titles_and_capitals_are_not_names() -> None:
    """ "The Quellbecks" opening a sentence, "Oslo Gov. Ivo Brask" and "NORA QUELLBECK" in capitals."""
    found = names(
        "The Quellbecks sailed with the tide. Then Oslo Gov. Ivo Brask spoke. NORA QUELLBECK WROTE."
    )
    assert found == ["Ivo Brask"]


def test_a_function_word_is_no_first_name_and_the_corpus_words_count() -> None:
    """ "according to The Quellbeck" is no one; "Ivo Aid" is no one when another article writes "aid"."""
    found = newcomers(
        [
            doc("Help came, according to The Quellbeck and Ivo Aid.", "a.txt"),
            doc("The aid arrived.", "b.txt"),
        ],
        set(),
    )
    assert found == []


def test_a_name_written_as_a_works_title_is_no_newcomer() -> None:
    """A song the people finder saw in a list of hits ("hits such as Nora Quellbeck") is not let back in as a
    speaker when a lyric is quoted beside it; the same text without that refusal lists the name."""
    from briefings.story.quotes import attach_quotes

    text = "Her hits such as Nora Quellbeck sold well. “Come back to the pier,” said Nora Quellbeck on the record."
    assert [p.name for p in attach_quotes([doc(text)], [])] == ["Nora Quellbeck"]
    assert attach_quotes([doc(text)], [], refused={"Nora Quellbeck"}) == []


def test_an_articles_kept_runs_and_words_read_back_as_found() -> None:
    """What an article keeps for the finder (two strings) reads back as its runs, in order, with the word that
    opened a sentence, and its lowercase words; the finder given them offers what it finds from the article."""
    article = doc("Then Nora Quellbeck’s boat left. The crew of Ivo Brask waved from the pier.")
    kept = name_runs(article)
    assert list(kept.each_run()) == [
        ("then", ("Then", "Nora", "Quellbeck")),
        ("the", ("The",)),
        ("", ("Ivo", "Brask")),
    ]
    assert set(kept.lower.split()) == {"boat", "left", "crew", "of", "waved", "from", "the", "pier"}
    assert newcomers([article], set(), [kept]) == newcomers([article], set())
