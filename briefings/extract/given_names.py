"""First names: whether a word is one (gender-guesser's ~40,000 names), which pronoun fits it, and whether two
are the same name (the nicknames package's hand-curated English table: "Mike" is "Michael").

Both data sets ship inside their packages (no download) and are read once, on first use.
"""

from __future__ import annotations

from functools import cache, lru_cache

from gender_guesser.detector import Detector  # type: ignore[import-untyped]
from nicknames import NickNamer

NameTable = dict[str, dict[str, str]]
_PRIMED: dict[str, NameTable] = {}


def prime_given_names(table: NameTable) -> None:
    """Take `table` (what given_name_table() gave before, kept by the caller) instead of reading the file."""
    _PRIMED["names"] = table


def given_name_table() -> NameTable:
    """The first-name dictionary as read from gender-guesser's file: name -> gender -> countries."""
    names: NameTable = _detector().names
    return names


@cache
def _detector() -> Detector:
    if "names" in _PRIMED:
        detector = Detector.__new__(Detector)  # the table parsed before, without parsing the file again
        detector.case_sensitive = False
        detector.names = _PRIMED["names"]
        return detector
    return Detector(case_sensitive=False)


@cache
def _nicknamer() -> NickNamer:
    return NickNamer()


@lru_cache(maxsize=1 << 16)
def _gender(word: str) -> str:
    """The dictionary's gender for a word (gender-guesser weighs every country's figures on each call)."""
    gender: str = _detector().get_gender(word)
    return gender


def same_first_name(a: str, b: str) -> bool:
    """ "Mike" and "Michael", "Matt" and "Matthew": one name, one a nickname of the other."""
    low_a, low_b = a.lower(), b.lower()
    namer = _nicknamer()
    return bool(low_b in namer.nicknames_of(low_a) or low_a in namer.nicknames_of(low_b))


def pronoun_fits(first_name: str, pronoun: str) -> bool:
    """Whether "he" or "she" may stand for someone with this first name (an unknown name fits both)."""
    gender = _gender(first_name) if first_name.isalpha() else "unknown"
    if gender in ("female", "mostly_female"):
        return pronoun.lower() == "she"
    if gender in ("male", "mostly_male"):
        return pronoun.lower() == "he"
    return True


def is_given_name(word: str) -> bool:
    """True when `word` is a first name in the dictionary ("Maria", "Tomas"), False for "Hurricane"."""
    if len(word) < 2 or not word.isalpha():
        return False
    return bool(_gender(word) != "unknown")


def is_clear_first_name(word: str) -> bool:
    """True for a first name the dictionary gives a gender ("Bill", "Maria"), False for one it holds as used by
    both sexes ("Red", "Pan") or does not know: what a capitalised ordinary word must be to open a name."""
    if len(word) < 2 or not word.isalpha():
        return False
    return _gender(word) in ("male", "female", "mostly_male", "mostly_female")
