"""Captions told from prose: gallery furniture, a credit, or one present-tense sentence with its day."""

from __future__ import annotations

from briefings.load.clean import is_caption


def test_gallery_furniture_makes_a_caption() -> None:
    assert is_caption("Rescuers search the rubble 3 of 12 Photos")
    assert is_caption("A boat in the harbour. Photographer: Ann Quill")
    assert is_caption("The square at dusk Caption Close")


def test_prose_with_numbers_and_of_is_no_caption() -> None:
    assert not is_caption("Two of the 40 boats sank in the harbour, officials said.")
    assert not is_caption("The council met for 3 hours of talks before it voted to close the port road.")


def test_one_present_sentence_with_its_day_is_a_caption() -> None:
    assert is_caption("Residents wade through floodwaters in Lorwick on Tuesday.")
    assert not is_caption("Residents wade through floodwaters in Lorwick on Tuesday, aides said.")
    assert not is_caption("The tide rose all week. Residents wade through floodwaters in Lorwick on Tuesday.")
