"""The name finder's tokens and runs: offsets, folded forms, and where a run of name words may start."""

from __future__ import annotations

from briefings.extract.name_spans import runs
from briefings.extract.name_tokens import tokenize


def test_tokens_keep_offsets_and_a_folded_form() -> None:
    text = "Dr. Zoë Quill met José Brann."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["Dr.", "Zoë", "Quill", "met", "José", "Brann", "."]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.lower for t in tokens] == ["dr.", "zoe", "quill", "met", "jose", "brann", "."]


def test_an_ascii_sentence_folds_each_token_to_lowercase() -> None:
    tokens = tokenize("Mayor Ann Quill of Lorwick said J. Brann left.")
    assert [t.lower for t in tokens] == [t.text.lower() for t in tokens]
    assert "j." in [t.lower for t in tokens]  # an initial keeps its full stop


def test_runs_start_at_capitalised_words_only_and_take_particles() -> None:
    tokens = tokenize("the talks with Ann van Quill and the mayor Bo Brann ended")
    found = [" ".join(t.text for t in tokens[a:b]) for a, b in runs(tokens)]
    assert found == ["Ann van Quill", "Bo Brann"]


def test_a_first_name_that_is_also_a_common_word_starts_a_run() -> None:
    tokens = tokenize("a call from Don Quill came late")
    found = [" ".join(t.text for t in tokens[a:b]) for a, b in runs(tokens)]
    assert found == ["Don Quill"]
