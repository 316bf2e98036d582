"""The kept work in <data>/kept.sqlite3: read back across processes, never trusted blindly."""

from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import bot.kept
import bot.service
import briefings
import briefings.story.quotes
from bot.kept import FILENAME, KeptStore
from bot.service import BriefingService
from briefings.pipeline import STAGES
from tests.conftest import ROOT, SEEDS

DAY = date(2025, 10, 20)
LONG_AGO = 1_700_000_000


def _old_copy(tmp_path: Path) -> Path:
    """The seeds in a folder of their own, their files last changed long ago (settled)."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    for path in folder.iterdir():
        os.utime(path, (LONG_AGO, LONG_AGO))
    return folder


def _service(corpus: Path, data: Path) -> BriefingService:
    return BriefingService(corpus, story="Summit", today=lambda: DAY, kept=KeptStore.open(data))


class Boom:
    """Pickles as a call to os.system: what a tampered kept file could hold."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("touch PWNED",))


def test_the_work_and_the_briefing_survive_the_process(tmp_path: Path) -> None:
    corpus, data = _old_copy(tmp_path), tmp_path / "data"
    first = _service(corpus, data).current()
    rows = sqlite3.connect(data / FILENAME).execute("SELECT count(*) FROM kept").fetchone()[0]
    sections = sum(1 for s in STAGES if s.keep)
    # each article's parse, shingles, work and quotes; the name and place tables; the two name tallies of the
    # people merge (KeptTallies); the briefing's kept sections
    assert rows == 4 * 5 + 2 + 2 + sections
    assert _service(corpus, data).current() == first  # read back from the file by another service
    script = (
        "import sys\nfrom bot.cli import main\n"
        f"code = main(['who', 'Orbán', '--corpus', {str(corpus)!r}, '--as-of', '2025-10-20'])\n"
        "print('EXTRACTORS LOADED' if 'briefings.build' in sys.modules else 'KEPT BRIEFING', code)\n"
    )
    env = {**os.environ, "BRIEFBOT_DATA_DIR": str(data)}
    said = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env, check=True
        )
        assert "Viktor Orbán" in done.stdout
        said.append(done.stdout.strip().splitlines()[-1])
    # the command line's settings differ from the service's above: it builds once, then reads its briefing back
    assert said == ["EXTRACTORS LOADED 0", "KEPT BRIEFING 0"]


def test_who_reads_only_the_people_and_sources_of_a_kept_briefing(tmp_path: Path) -> None:
    corpus, data = _old_copy(tmp_path), tmp_path / "data"
    first = _service(corpus, data).current()
    assert first.summary and first.key_dates
    other = _service(corpus, data)
    partial = other.people()
    assert (partial.people, partial.sources, partial.as_of) == (first.people, first.sources, first.as_of)
    assert partial.summary == () and partial.key_dates == ()  # the rest was never read
    assert other.current() == first  # the whole briefing is read when asked for
    # without its other half, a kept briefing counts as absent and is built again
    db = sqlite3.connect(data / FILENAME, isolation_level=None)
    db.execute("DELETE FROM briefings WHERE key LIKE '%:rest'")
    assert _service(corpus, data).current() == first
    assert db.execute("SELECT count(*) FROM briefings WHERE key LIKE '%:rest'").fetchone()[0] == 1


def test_a_briefing_of_files_changed_just_now_is_kept_by_their_contents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asking again right after writing a corpus reads the briefing back (no merge), yet a file rewritten with
    the same size and time is never answered from the old briefing."""
    # the file stays "changed just now" however long a build takes on a busy machine
    monkeypatch.setattr(bot.service, "SETTLE_SECONDS", 3600.0)
    corpus, data = _old_copy(tmp_path), tmp_path / "data"
    late = corpus / "late.txt"
    late.write_text("The summit moved to Vienna, officials said on Monday morning.\n")
    first = _service(corpus, data).current()
    import briefings.build

    built: list[int] = []
    build = briefings.build.build_briefing
    monkeypatch.setattr(briefings, "build_briefing", lambda *a, **k: (built.append(1), build(*a, **k))[1])
    assert _service(corpus, data).current() == first
    assert built == []  # read back from its contents: no merge work
    stat = late.stat()
    late.write_text("The summit moved to Zurich, officials said on Monday morning.\n")  # same size
    os.utime(late, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    again = _service(corpus, data).current()
    assert built == [1]
    assert again != first and "Zurich" in repr(again) and "Vienna" not in repr(again)


def test_who_on_another_day_reads_the_people_kept_by_a_summit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """People and sources do not depend on the day: `who` without --as-of after a summit does no merge."""
    corpus, data = _old_copy(tmp_path), tmp_path / "data"
    first = _service(corpus, data).current()
    later = date(2026, 1, 5)
    built_later = BriefingService(corpus, story="Summit", today=lambda: later).current()
    assert (built_later.people, built_later.sources) == (first.people, first.sources)
    monkeypatch.setattr(
        briefings, "build_briefing", lambda *a, **k: pytest.fail("a kept briefing's people were built again")
    )
    other = BriefingService(corpus, story="Summit", today=lambda: later, kept=KeptStore.open(data))
    people = other.people()
    assert (people.people, people.sources, people.as_of) == (first.people, first.sources, later)


def test_a_tampered_value_is_never_run_and_counts_as_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, data = _old_copy(tmp_path), tmp_path / "data"
    expected = _service(corpus, data).current()
    db = sqlite3.connect(data / FILENAME, isolation_level=None)
    db.execute("UPDATE kept SET value = ?", (pickle.dumps(Boom()),))
    db.execute("UPDATE briefings SET value = ?", (pickle.dumps(Boom()),))
    monkeypatch.chdir(tmp_path)
    assert _service(corpus, data).current() == expected
    assert not (tmp_path / "PWNED").exists()
    assert not (ROOT / "PWNED").exists()


def test_another_extractor_version_drops_what_was_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, data = _old_copy(tmp_path), tmp_path / "data"
    _service(corpus, data).current()
    monkeypatch.setattr(bot.kept, "extractor_version", lambda: "a newer extractor")
    KeptStore.open(data)
    db = sqlite3.connect(data / FILENAME)
    assert db.execute("SELECT count(*) FROM kept").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM briefings").fetchone()[0] == 0


def test_an_unusable_kept_file_means_working_from_scratch(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    corpus, data = _old_copy(tmp_path), tmp_path / "data"
    data.mkdir()
    (data / FILENAME).write_bytes(b"this is not a database" * 100)
    assert KeptStore.open(data) is None
    assert f"cannot keep work in {data}" in caplog.text
    assert any(p.name == "Viktor Orbán" for p in _service(corpus, data).current().people)


def test_the_running_service_redoes_only_the_new_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, data = _old_copy(tmp_path), tmp_path / "data"
    service = _service(corpus, data)
    service.current()
    assert service.kept is not None
    computed: list[str] = []
    put = service.kept.put
    service.kept.put = lambda key, value: (computed.append(key), put(key, value))[1]  # type: ignore[method-assign]
    quoted: list[str] = []
    read_quotes = briefings.story.quotes.document_quotes
    monkeypatch.setattr(
        briefings.story.quotes,
        "document_quotes",
        lambda doc, namer, *rest: (quoted.append(doc.id), read_quotes(doc, namer, *rest))[1],
    )
    # an article naming nobody new: only it is read
    (corpus / "venue.txt").write_text("Workers cleaned the conference hall in Budapest on Sunday.\n")
    assert service.refresh()
    work = [k.split(":")[0] for k in computed if not k.startswith(("story:", "merge:"))]
    assert work == ["document", "per documents", "per articles", "quotes"]
    # the people merge's two name tallies (KeptTallies), the new article's added
    assert [k.split(":")[1] for k in computed if k.startswith("merge:")] == ["name-tallies"] * 2
    assert len([k for k in computed if k.startswith("story:")]) == sum(1 for s in STAGES if s.keep)
    assert quoted == ["venue"]
    # a new foreign minister: the articles where "the minister" may now mean someone else are read for quotes
    # again, and nothing else is redone
    computed.clear()
    quoted.clear()
    (corpus / "late.txt").write_text(
        "Foreign Minister Anna Vogel said the summit would move to Vienna on November 20, 2025.\n"
    )
    assert service.refresh()
    assert sorted(k.split(":")[0] for k in computed if not k.startswith(("quotes:", "story:", "merge:"))) == [
        "document",
        "per articles",
        "per documents",
    ]
    with_the_noun = {p.stem for p in corpus.iterdir() if "minister" in p.read_text(encoding="utf-8").lower()}
    assert set(quoted) == with_the_noun and "venue" not in quoted
    assert "late" in {s.id for s in service.held().sources}


def test_work_marked_used_without_being_read_outlives_the_pruning(tmp_path: Path) -> None:
    """Two values last used long ago: the one a build marks used (a kept section stood in for it) is kept at
    the next flush, the other is forgotten."""
    store = KeptStore.open(tmp_path)
    assert store is not None
    store.put("per articles:a", {"x": 1})
    store.put("per articles:b", {"x": 2})
    store.flush()
    db = sqlite3.connect(tmp_path / FILENAME)
    db.execute("UPDATE used SET at = 0")
    db.commit()
    fresh = KeptStore.open(tmp_path)
    assert fresh is not None
    fresh.touch(["per articles:a"])
    fresh.flush()
    assert {k for (k,) in db.execute("SELECT key FROM kept")} == {"per articles:a"}
