"""The words of a sentence as the name finder sees them: tokens with offsets, and which of them may be a word of a
name, a title or a role noun. The word lists live in lexicon.py and name_patterns.py."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefings.extract.lexicon import NOT_NAME_WORDS, PLURAL_TITLES, TITLE_CONTINUATIONS, TITLE_WORDS
from briefings.extract.name_patterns import (
    DOTTED_ABBREVIATIONS,
    GENERATIONAL_SUFFIXES,
    PARTY_WORDS,
    ROLE_BEFORE_NOUNS,
)
from briefings.text import STOPWORDS, fold

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w’'\-]*[^\W_])?|\d[\d,.]*|[^\w\s]")
POSSESSIVE = re.compile(r"[’']s?$")
ARABIC_PARTICLE = re.compile(r"(?:al|el|ad|ash|as|ibn|bin|abu)-[A-Z][\w’'\-]+")
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_GLUED = re.compile(r"[a-z][A-Z]")


@dataclass(frozen=True)
class Token:
    """A token with its offsets in the sentence."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        """The token folded to lowercase without accents."""
        return fold(self.text)

    @property
    def capitalised(self) -> bool:
        """Starts with a capital letter."""
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Token]:
    """Word, number and punctuation tokens of a sentence, with offsets; "Dr." keeps its full stop."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        if (
            m.group() == "."
            and tokens
            and tokens[-1].end == m.start()
            and (fold(tokens[-1].text) in DOTTED_ABBREVIATIONS or re.fullmatch(r"[A-Z]", tokens[-1].text))
        ):
            tokens[-1] = Token(tokens[-1].text + ".", tokens[-1].start, m.end())  # "Dr.", the "F." of John F.
        else:
            tokens.append(Token(m.group(), m.start(), m.end()))
    return tokens


def without_possessive(word: str) -> str:
    """A word without its possessive ending ("Roe's" -> "Roe")."""
    return POSSESSIVE.sub("", word)


def generational(token: Token) -> bool:
    """A generational or regnal suffix ending a name ("Jr.", "III")."""
    return token.text in GENERATIONAL_SUFFIXES


def name_parts(name: str) -> list[str]:
    """A name's words, a generational suffix kept with the surname it follows ("Ann Roe Jr." -> "Ann", "Roe
    Jr."): the son is not the father."""
    parts = name.split()
    if len(parts) > 1 and parts[-1] in GENERATIONAL_SUFFIXES:
        return [*parts[:-2], f"{parts[-2]} {parts[-1]}"]
    return parts


def is_title(token: Token) -> bool:
    """A title word ("President", "Dr.", "spokesman")."""
    return token.lower in TITLE_WORDS or token.lower.rstrip(".") in TITLE_WORDS


def role_word(token: Token) -> bool:
    """A lowercase noun that stands before a name as its role ("his wife Ann Roe", "host Ann Roe"), or a party
    word ("Republican Ann Roe")."""
    return (token.text.islower() and token.lower in ROLE_BEFORE_NOUNS) or token.lower in PARTY_WORDS


def role_or_title(token: Token) -> bool:
    """A title word or a lowercase role noun."""
    return is_title(token) or role_word(token)


def name_token(token: Token) -> bool:
    """Whether a token may be a word of a name."""
    return name_word(token.text)


@lru_cache(maxsize=1 << 16)
def name_word(word: str) -> bool:
    """Whether a token's text may be a word of a name (asked again for the same words over and over)."""
    text = POSSESSIVE.sub("", word)
    low = fold(text)
    if not text or not text[0].isupper() or not any(c.islower() for c in text):
        return False  # lowercase words and acronyms (NATO, UNHCR) are not names
    if low in STOPWORDS or low in NOT_NAME_WORDS or low in PLURAL_TITLES or low.rstrip(".") in TITLE_WORDS:
        return False
    if low in TITLE_CONTINUATIONS or len(_GLUED.findall(text)) > 1:
        return False  # "RoeMcAdam": two names a scraper glued together (one join: "McMaster", "LaRae")
    return bool(re.fullmatch(r"[^\W\d_][\w’'\-]*", text))


def particle_name(token: Token) -> bool:
    """ "al-Rashid", "el-Amin": a surname led by a lowercase particle."""
    return bool(ARABIC_PARTICLE.fullmatch(POSSESSIVE.sub("", token.text)))
