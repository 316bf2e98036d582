"""The lookup tables the extractors read from data packages (places, first names, word frequencies): loaded
once per process, before worker processes start so that they share them, and kept between builds."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from briefings.extract.gazetteer import is_place, place_names, prime_place_names
from briefings.extract.given_names import given_name_table, is_given_name, prime_given_names
from briefings.keeping import Kept
from briefings.parallel import Aside, in_place
from briefings.version import extractor_version


def _is_places(value: object) -> bool:
    return isinstance(value, frozenset) and all(isinstance(n, str) for n in value)


def _is_names(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(v, dict) for v in value.values())


# each table the extractors read from a data package: its key, a check of a kept value, how to use one, how to read it
_TABLES: tuple[tuple[str, Callable[[object], bool], Callable[[Any], None], Callable[[], object]], ...] = (
    ("places", _is_places, prime_place_names, place_names),
    ("given-names", _is_names, prime_given_names, given_name_table),
)


def _nothing() -> None:
    return None


def _read(readers: tuple[Callable[[], object], ...]) -> list[object]:
    return [read() for read in readers]


def load_tables(kept: Kept | None, *, aside: Aside = in_place, meanwhile: Callable[[], None] = _nothing) -> None:
    """Take the place and first-name tables from `kept` when it holds them (a few milliseconds), else read them
    from their packages (about a quarter of a second each) and keep them for the next build. Tables to read are
    read by `aside` (a forked process reads them while this one runs `meanwhile`, which must not look a first
    name or a place up) and taken as kept ones are; with every table kept, `meanwhile` is not run (a build that
    reads everything back never loads the modules it would load)."""
    if kept is None:
        return
    missing: list[tuple[str, Callable[[Any], None], Callable[[], object]]] = []
    for name, valid, prime, read in _TABLES:
        key = f"table:{name}:{extractor_version()}"
        value = kept.get(key)
        if value is not None and valid(value):
            prime(value)
        else:
            missing.append((key, prime, read))
    if not missing:
        return
    pending = aside(partial(_read, tuple(read for _, _, read in missing)))
    try:
        meanwhile()
    except BaseException:  # given up, so that no process is left waiting to send them
        pending.drop()
        raise
    values = pending.result()
    for (key, prime, _), value in zip(missing, values, strict=True):
        prime(value)
        kept.put(key, value)


def import_article_modules() -> None:
    """Import the modules that do the articles' own work (the pipeline loads them only when a stage first runs)
    and read the word frequencies they look words up in; no first name or place is looked up."""
    from wordfreq import zipf_frequency

    from briefings.pipeline import STAGES
    from briefings.runner import Later

    for stage in STAGES:
        if stage.per_article and isinstance(stage.run, Later):
            stage.run.load()
    zipf_frequency("the", "en")


def import_stage_modules() -> None:
    """Import the modules of every stage, the articles' own work and the story merge's, and read the word
    frequencies; no first name or place is looked up (what a build does while the tables are read aside)."""
    import importlib
    import pkgutil

    import briefings.story

    import_article_modules()
    for module in pkgutil.iter_modules(briefings.story.__path__):
        importlib.import_module(f"briefings.story.{module.name}")


def load_article_tables() -> None:
    """Read the first-name table and the word frequencies the articles' own work looks words up in, and import
    the modules that do that work, so that worker processes started afterwards share them instead of each
    reading its own."""
    is_given_name("Maria")
    import_article_modules()


def load_merge_tables() -> None:
    """Read the tables the story merge looks words up in (places, word frequencies) and import its modules: a
    build does it while worker processes read the articles."""
    is_place("Paris")
    import_stage_modules()
