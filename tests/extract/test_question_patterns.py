"""The open-question cues read on lowercased text find what the case-blind pattern finds, at the same offsets."""

from __future__ import annotations

import re

from briefings.extract.question_patterns import OPEN, OPEN_CUES, open_cues


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_every_cue_is_written_in_lowercase() -> None:
    """The fast path lowercases the text, so a row with a capital letter (outside an escape such as \\S) would
    never match there."""
    for kind, pattern, example in OPEN_CUES:
        assert not re.search(r"[A-Z]", re.sub(r"\\.", "", pattern)), (kind, example)


def test_each_example_is_found_in_any_case_at_the_same_offsets() -> None:
    """Every row's own example, as written, capitalised and shouted, is found where the case-blind pattern finds
    it."""
    for _, _, example in OPEN_CUES:
        for text in (example, example.capitalize(), example.upper(), f"Officials said {example}."):
            assert _spans(open_cues(text)) == _spans(OPEN.finditer(text)) != [], text


def test_a_letter_whose_lowercase_is_longer_keeps_the_offsets() -> None:
    """'İ' lowercases to two characters: the cue after it is still found at its own offset."""
    text = "İzmir officials said the cause remains unknown."
    assert _spans(open_cues(text)) == _spans(OPEN.finditer(text))
    assert text[slice(*_spans(open_cues(text))[0])] == "remains unknown"
