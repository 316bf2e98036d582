"""An article's shingles: each five-word window's hash once, compact, and its sketch the smallest of them."""

from __future__ import annotations

from briefings.article.shingles import shingle_count, shingle_set, shingles, sketch
from briefings.thresholds import MIN_SHINGLES, SKETCH
from tests.conftest import doc

REPEATED = "the ferry left the pier at dawn and " * 3
BODY = " ".join(f"{a}{b}" for a in "bcdfghklm" for b in ("ar", "en", "il", "os", "um", "ek", "az", "ot", "ib"))


def test_each_window_is_counted_once() -> None:
    """A phrase said three times gives its windows once: the count is that of distinct five-word windows."""
    words = REPEATED.split()
    windows = {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}
    made = shingles(doc(f"---\npublished: 2024-03-05\n---\n{REPEATED}\n", "a.txt"))
    assert shingle_count(made) == len(shingle_set(made)) == len(windows)


def test_the_sketch_is_the_smallest_shingles_in_order() -> None:
    """The sketch is the SKETCH smallest hashes, ascending; a text too short to merge has none."""
    made = shingles(doc(f"---\npublished: 2024-03-05\n---\n{BODY}.\n", "b.txt"))
    numbers = sorted(int.from_bytes(h, "big") for h in shingle_set(made))
    assert len(numbers) > SKETCH and sketch(made) == tuple(numbers[:SKETCH])
    short = shingles(doc("---\npublished: 2024-03-05\n---\nToo short to merge with anything at all.\n", "c.txt"))
    assert shingle_count(short) < MIN_SHINGLES and sketch(short) == ()
