"""Where a name may stand in a sentence: maximal runs of name words, trimmed of a place or a body's name that leads
them and of a nationality glued after them, and whether a run is written as a work's title instead."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from briefings.extract.gazetteer import country_names, is_nationality, is_place
from briefings.extract.given_names import is_given_name
from briefings.extract.lexicon import COURTESY_TITLES, NAME_PARTICLES
from briefings.extract.name_patterns import (
    LOCATIVE_PREPOSITIONS,
    PLACE_ABBREVIATIONS,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    STOPWORD_FIRST_NAMES,
    WORK_LIST_JOINERS,
    WORK_NOUNS,
)
from briefings.extract.name_tokens import (
    INITIALS,
    POSSESSIVE,
    Token,
    generational,
    is_title,
    name_token,
    particle_name,
)
from briefings.text import fold
from briefings.thresholds import WORK_LIST_REACH


def initials(tokens: Sequence[Token], k: int) -> bool:
    """ "J.D." or "F." standing before a capitalised name word belongs to the name."""
    text = tokens[k].text
    if not INITIALS.fullmatch(text) or text.lower().rstrip(".") in PLACE_ABBREVIATIONS:
        return False
    return k + 1 < len(tokens) and name_token(tokens[k + 1])


def runs(tokens: Sequence[Token]) -> Iterable[tuple[int, int]]:
    """Maximal runs of name tokens (particles and initials allowed inside), as [start, end) token indexes."""
    i = 0
    while i < len(tokens):
        first_name = (
            tokens[i].text in STOPWORD_FIRST_NAMES and i + 1 < len(tokens) and name_token(tokens[i + 1])
        )
        if not (name_token(tokens[i]) or initials(tokens, i) or first_name):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if (name_token(tokens[j]) or initials(tokens, j)) and not POSSESSIVE.search(tokens[j - 1].text):
                j += 1
            elif tokens[j].lower in NAME_PARTICLES and j + 1 < len(tokens) and name_token(tokens[j + 1]):
                j += 2
            elif particle_name(tokens[j]) and not POSSESSIVE.search(tokens[j - 1].text):
                j += 1  # "Omar al-Rashid"
            elif j == i + 1 and title_surname(tokens, j):
                j += 1  # "Steve King", "Amy Judge": a title word as the surname after a first name
            else:
                break
        if j < len(tokens) and generational(tokens[j]) and not POSSESSIVE.search(tokens[j - 1].text):
            j += 1  # "Ann Roe Jr.": the suffix is part of the name
        yield i, j
        i = j


def title_surname(tokens: Sequence[Token], k: int) -> bool:
    """A capitalised title word right after a first name, ending the name ("Steve King", not "Steve King
    Fahd")."""
    tok = tokens[k]
    return (
        tok.capitalised
        and tok.text.isalpha()
        and is_title(tok)
        and fold(tok.text) not in COURTESY_TITLES
        and is_given_name(tokens[k - 1].text)
        and not POSSESSIVE.search(tokens[k - 1].text)
        and (k + 1 >= len(tokens) or not tokens[k + 1].capitalised)
    )


def given_name_first(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "Maria Lindqvist": a known first name, then a surname that is not a first name or initial itself."""
    first, last = tokens[start].text, POSSESSIVE.sub("", tokens[end - 1].text)
    if first.lower() in PLACE_HEADS or not is_given_name(first) or len(last) < 2:
        return False
    return start == 0 or tokens[start - 1].lower not in PLACE_PREPOSITIONS


def trim_lead(tokens: Sequence[Token], start: int, end: int) -> int:
    """ "Homeland Security Ann Roe", "Harbour News Jo Lim", "Minister for Information Jo Lim": a run whose first
    word is no first name but which holds one followed by a surname starts at that first name."""
    if end - start < 3 or is_given_name(tokens[start].text) or INITIALS.fullmatch(tokens[start].text):
        return start
    # "Minister for Information Ann Roe": a title's portfolio leads the run, whatever the surname
    portfolio = start >= 2 and tokens[start - 1].lower in ("of", "for") and is_title(tokens[start - 2])
    for k in range(start + 1, end - 1):
        if is_given_name(tokens[k].text) and (
            portfolio or not is_given_name(POSSESSIVE.sub("", tokens[end - 1].text))
        ):
            return k
    return start


def titled_work(tokens: Sequence[Token], start: int, end: int, text: str) -> bool:
    """A run written as a work's title: alone in quotation marks, or in a list a work noun opens ("his hits:
    Ann Roe, Bad", "songs such as Ann Roe", "the album Ann Roe")."""
    before, after = text[: tokens[start].start].rstrip(), text[tokens[end - 1].end :].lstrip(",")
    if before.endswith(("“", '"', "‘")) and after.startswith(("”", '"', "’")):
        return True
    for k in range(start - 1, max(start - WORK_LIST_REACH, 0) - 1, -1):
        tok = tokens[k]
        if tok.text.islower() and tok.lower in WORK_NOUNS:
            return True
        if tok.text in (".", "!", "?", ";", "(", ")") or (
            tok.text.isalpha() and tok.text.islower() and tok.lower not in WORK_LIST_JOINERS
        ):
            return False
    return False


def after_place(tokens: Sequence[Token], start: int, end: int) -> int:
    """ "Sao Paulo Ann Roe" (a dateline run into a name), "high in Paris Ann Roe" (a caption run into one): the
    run starts after a place of one to three words that leads it, when a name of two words or more is left;
    "(New) York Harbor Board" after the word before it."""
    if end - start < 2:
        return start
    if (
        start > 0
        and tokens[start - 1].capitalised
        and is_place(f"{tokens[start - 1].text} {tokens[start].text}")
    ):
        return start + 1
    located = start > 0 and tokens[start - 1].lower in LOCATIVE_PREPOSITIONS  # "in Paris Ann Roe": a place
    for size in (3, 2, 1):
        if end - (start + size) < 2 or (size == 1 and is_given_name(tokens[start].text) and not located):
            continue  # too short to leave a name; "Paris Ann Roe": a first name before a place
        if is_place(" ".join(t.text for t in tokens[start : start + size])):
            return start + size
    return start


def nation(word: str) -> bool:
    """A nationality or a country's name ("Tarvosian", "France")."""
    return is_nationality(word) or fold(word) in country_names()


def _glued_repeat(word: str, name: str) -> bool:
    """ "RoeMcVee" after "Roe …": a name glued to the next headline's first word."""
    return word != name and word.startswith(name) and word[len(name) : len(name) + 1].isupper()


def name_bounds(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """A run's name: past a place or a body's name that leads it, before the name repeated, without a nationality
    glued after it."""
    start = trim_lead(tokens, after_place(tokens, start, end), end)
    again = next((k for k in range(start + 2, end) if tokens[k].text == tokens[start].text), None)
    if again is not None:
        end = again  # "Ann Roe Ann Mary RoeRoe: …": a related-links widget repeats the name, glued to a headline
    elif end < len(tokens) and end - start >= 2 and _glued_repeat(tokens[end].text, tokens[start].text):
        end = start + 1  # "President Roe Ann Mary RoeMcVee complained …": the same widget after a surname
    while end - start >= 3 and nation(POSSESSIVE.sub("", tokens[end - 1].text)):
        end -= 1  # "Ann Roe Tarvosian": a nationality or a country glued after a name is no surname
    return start, end
