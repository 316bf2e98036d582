"""Whether a word is a known given name, from gender-guesser's dictionary of about 40,000 first names.

The dictionary ships inside the package (no download) and is read once, on first use. It only tells that a
word is used as a first name somewhere; the people finder still asks for a surname after it.
"""

from __future__ import annotations

from functools import cache

from gender_guesser.detector import Detector  # type: ignore[import-untyped]


@cache
def _detector() -> Detector:
    return Detector(case_sensitive=False)


def pronoun_fits(first_name: str, pronoun: str) -> bool:
    """Whether "he" or "she" may stand for someone with this first name (an unknown name fits both)."""
    gender = _detector().get_gender(first_name) if first_name.isalpha() else "unknown"
    if gender in ("female", "mostly_female"):
        return pronoun.lower() == "she"
    if gender in ("male", "mostly_male"):
        return pronoun.lower() == "he"
    return True


def is_given_name(word: str) -> bool:
    """True when `word` is a first name in the dictionary ("Maria", "Tomas"), False for "Hurricane"."""
    if len(word) < 2 or not word.isalpha():
        return False
    return bool(_detector().get_gender(word) != "unknown")
