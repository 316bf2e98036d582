"""The declared pipeline run by the runner: each result computed once and handed to the stages that need it,
one added article costing its own stages only, and a build from kept work equal to a full rebuild."""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import briefings.article.sentences
from briefings import Briefing, build_briefing, load_corpus
from briefings.keeping import MemoryKept
from briefings.pipeline import INPUTS, PIPELINE, STAGES
from briefings.runner import Pipeline, PipelineError, Runner, Stage
from briefings.story.name_scan import KeptTallies

AS_OF = date(2024, 3, 20)

TEXTS = [
    "Foreign Minister Ana Ruiz said on Monday that the talks would open in Geneva on March 28.\n\n"
    "“We are ready to sign,” Ruiz said. Exactly 12 people died in the floods, officials said.\n",
    "The summit will be held on March 28 in Geneva, Foreign Minister Ana Ruiz said.\n\n"
    "Exactly 14 people died in the floods, the agency said. It is not clear whether the talks will last.\n",
    "Delegations began arriving in Geneva ahead of the March 28 summit, Prime Minister Tomas Berg said.\n\n"
    "“Nothing is agreed until everything is agreed,” Berg told reporters.\n",
    "Union leader Lena Voss said on Wednesday the port strike would go on until April 2.\n\n"
    "It remains unclear who will pay for the repairs, Voss said.\n",
    "Rescuers found 9 survivors on Thursday, the coast guard said. The search resumes on March 25.\n",
]
# a wire story long enough to be judged a copy, and the same story as another outlet ran it (a line added)
WIRE = (
    "The port authority said on Tuesday that the eastern quay would stay closed until April 2 while divers "
    "inspect the pilings that were damaged in the storm. Ferries will dock at the western pier instead, and "
    "the authority asked travellers to arrive an hour early because the security checks there are slower.\n"
)
COPIES = [*TEXTS, WIRE, WIRE + "\nThe statement was posted on the authority's website.\n"]


def _article(day: int, text: str) -> str:
    return f"---\ntitle: Day {day}\npublished: 2024-03-{day:02d}\nsource: Wire {day}\n---\n{text}"


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")
    os.utime(folder / name, (1_710_000_000, 1_710_000_000))  # `added` comes from the file's time


def _brief(folder: Path, runner: Runner | None = None, kept: MemoryKept | None = None) -> Briefing:
    docs = load_corpus(folder, kept=runner.kept if runner else kept).documents
    return build_briefing(docs, as_of=AS_OF, story="S", kept=kept, runner=runner)


def _counting(calls: Counter[str]) -> Pipeline:
    """The real pipeline with each stage's function counting its calls."""

    def wrap(stage: Stage) -> Stage:
        run = stage.run

        def counted(*args: Any) -> Any:
            calls[stage.name] += 1
            return run(*args)

        return replace(stage, run=counted)

    return Pipeline([wrap(s) for s in STAGES], INPUTS)


def test_each_article_is_split_into_sentences_once_however_many_stages_need_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seven stages read an article's sentences; they are made once per article, and no stage splits an
    article again behind the runner's back."""
    for day, text in enumerate(TEXTS, start=10):
        _write(tmp_path, f"{day}.txt", _article(day, text))
    split: list[str] = []
    real = briefings.article.sentences.document_sentences

    def spy(doc: Any) -> Any:
        split.append(doc.id)
        return real(doc)

    for module in list(sys.modules.values()):  # wherever a module holds the function by name
        if (module.__name__ or "").startswith("briefings") and getattr(
            module, "document_sentences", None
        ) is real:
            monkeypatch.setattr(module, "document_sentences", spy)
    stages = [replace(s, run=spy) if s.name == "sentences" else s for s in STAGES]
    runner = Runner(Pipeline(stages, INPUTS))
    _brief(tmp_path, runner)
    needing = [s for s in STAGES if "sentences" in s.requires]
    assert len(needing) >= 5
    assert sorted(split) == sorted(f"{day}" for day in range(10, 10 + len(TEXTS)))
    assert runner.calls["sentences"] == len(TEXTS)


def test_one_added_article_reruns_only_its_own_stages(tmp_path: Path) -> None:
    """With every other article's work kept, adding one runs each per-article stage once (on it) and each
    story stage once."""
    for day, text in enumerate(TEXTS[:4], start=10):
        _write(tmp_path, f"{day}.txt", _article(day, text))
    kept = MemoryKept()
    calls: Counter[str] = Counter()
    pipeline = _counting(calls)
    _brief(tmp_path, Runner(pipeline, kept=kept))
    assert calls["sentences"] == 4
    _write(tmp_path, "20.txt", _article(20, TEXTS[4]))
    calls.clear()
    runner = Runner(pipeline, kept=kept)
    after = _brief(tmp_path, runner)
    per_article = {s.name for s in STAGES if s.per_article}
    assert {name: calls[name] for name in per_article} == dict.fromkeys(per_article, 1)
    assert all(calls[s.name] == 1 for s in STAGES if not s.per_article)
    assert {s.name: runner.calls[s.name] for s in STAGES} == {s.name: calls[s.name] for s in STAGES}
    assert not runner.reused  # an article of new text moves every kept section's fingerprint
    assert after == _brief(tmp_path)


def test_one_added_article_is_the_only_one_scanned_for_the_story_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The people's mention counts and the name vocabulary read each article's kept tally of the names: an
    added article naming no new person is the only one scanned, and the briefing is a full rebuild's."""
    for day, text in enumerate(TEXTS[:4], start=10):
        _write(tmp_path, f"{day}.txt", _article(day, text))
    scanned: dict[str, list[str]] = {}
    real = KeptTallies.tally

    def spy(self: KeptTallies, *args: Any) -> Any:
        found = real(self, *args)
        scanned[self.slot] = list(self.scanned)
        return found

    monkeypatch.setattr(KeptTallies, "tally", spy)
    kept = MemoryKept()
    _brief(tmp_path, Runner(PIPELINE, kept=kept))
    assert len(scanned) == 2 and all(len(docs) == 4 for docs in scanned.values())
    _write(tmp_path, "20.txt", _article(20, TEXTS[4]))  # no person named
    after = _brief(tmp_path, Runner(PIPELINE, kept=kept))
    assert list(scanned.values()) == [["20"], ["20"]]
    assert after == _brief(tmp_path)


def test_a_build_with_nothing_kept_runs_every_article_through_every_stage(tmp_path: Path) -> None:
    """Without a store the runner computes everything (its counts are what the bench's stage table shows)."""
    for day, text in enumerate(TEXTS, start=10):
        _write(tmp_path, f"{day}.txt", _article(day, text))
    runner = Runner(PIPELINE)
    _brief(tmp_path, runner)
    assert runner.calls["candidates"] == len(TEXTS) and runner.calls["briefing"] == 1
    assert set(runner.seconds) >= {s.name for s in STAGES}


# a change to the folder: add or replace article `slot` with text `text` on day `day`, or remove `slot`
CHANGES = st.lists(
    st.tuples(
        st.sampled_from(["write", "remove"]),
        st.integers(0, 2),
        st.integers(0, len(COPIES) - 1),
        st.integers(10, 19),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CHANGES)
@example([("write", 0, 0, 10), ("write", 0, 1, 11), ("remove", 0, 0, 10)])
@example([("write", 0, 5, 10), ("write", 1, 6, 11), ("write", 0, 2, 12), ("write", 2, 5, 12)])
def test_a_build_from_kept_work_equals_a_full_rebuild_as_the_corpus_changes(
    changes: list[tuple[str, int, int, int]],
) -> None:
    """After any sequence of articles added, changed and removed (syndicated copies among them), the briefing
    built from the kept work of earlier builds (each article's, and the pairs the copy merge judged) is the one
    a build from nothing gives."""
    kept = MemoryKept()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _write(folder, "base.txt", _article(9, TEXTS[0]))
        for action, slot, text, day in changes:
            path = folder / f"{slot}.txt"
            if action == "remove":
                path.unlink(missing_ok=True)
            else:
                _write(folder, path.name, _article(day, COPIES[text]))
            assert _brief(folder, Runner(PIPELINE, kept=kept)) == _brief(folder)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CHANGES, st.lists(st.integers(-3, 20), min_size=6, max_size=6))
@example([("write", 0, 5, 10), ("write", 1, 6, 11), ("write", 1, 6, 11)], [0, 0, 9, 0, 0, 0])
def test_kept_sections_equal_a_full_rebuild_as_the_corpus_and_the_day_change(
    changes: list[tuple[str, int, int, int]], days: list[int]
) -> None:
    """The same with the day briefed moving too (a section kept for one day meets another): each build from
    kept work, sections included, is the one a build from nothing gives on that day."""
    kept = MemoryKept()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _write(folder, "base.txt", _article(9, TEXTS[0]))
        for (action, slot, text, day), shift in zip(changes, days, strict=False):
            path = folder / f"{slot}.txt"
            if action == "remove":
                path.unlink(missing_ok=True)
            else:
                _write(folder, path.name, _article(day, COPIES[text]))
            as_of = AS_OF + timedelta(days=shift)
            docs = load_corpus(folder, kept=kept).documents
            incremental = build_briefing(docs, as_of=as_of, story="S", kept=kept)
            assert incremental == build_briefing(load_corpus(folder).documents, as_of=as_of, story="S")


def _declared(stages: list[Stage]) -> Callable[[], Pipeline]:
    return lambda: Pipeline(stages, ("documents",))


def _stage(name: str, *requires: str, over: str | None = None) -> Stage:
    return Stage(name, lambda *args: None, requires, over=over)


@pytest.mark.parametrize(
    ("stages", "complaint"),
    [
        ([_stage("a", "missing")], "requires 'missing', which nothing makes"),
        ([_stage("a", "documents"), _stage("a", "documents")], "'a' is made twice"),
        ([_stage("a", "b"), _stage("b", "a")], "wait on each other"),
        ([_stage("a", "article", over="documents"), _stage("b", "article", over="a")], "not a story result"),
        ([Stage("a", len, ("article",), over="documents", aside=True)], "only a story stage runs aside"),
    ],
)
def test_declarations_that_do_not_hold_together_are_refused(stages: list[Stage], complaint: str) -> None:
    """A need nothing makes, a name made twice, a cycle, a pass over a per-article result: each named."""
    with pytest.raises(PipelineError, match=complaint):
        _declared(stages)()


def test_the_runner_orders_stages_declared_out_of_order() -> None:
    """Stages run after what they need, whatever order they are declared in; per-article ones in one pass."""
    stages = [
        Stage("total", lambda sizes: sum(sizes), ("sizes",)),
        Stage("sizes", lambda words: len(words), ("words",), over="documents"),
        Stage("words", lambda doc: doc.split(), ("article",), over="documents"),
    ]
    runner = Runner(Pipeline(stages, ("documents",)))
    assert runner.run({"documents": ["a b", "c d e"]})["total"] == 5
    with pytest.raises(PipelineError, match="inputs differ"):
        runner.run({"documents": [], "extra": 1})


class _Recorded:
    """An Aside that computes in place but notes when each computation starts and when it is collected."""

    def __init__(self, events: list[str]) -> None:
        self.events = events

    def __call__(self, fn: Callable[[], Any]) -> Any:
        self.events.append("start aside")
        value = fn()
        events = self.events

        class Done:
            def result(self) -> Any:
                events.append("collect aside")
                return value

            def drop(self) -> None:
                events.append("drop aside")

        return Done()


def test_a_stage_aside_starts_before_the_stages_beside_it_and_is_collected_after_them() -> None:
    """The stage needing an aside one starts it first (after what it needs), makes its other needs, and only
    then collects it: a forked aside stage runs while they are made. A stage given the store runs in place."""
    events: list[str] = []

    def noted(name: str) -> Callable[..., str]:
        def run(*args: Any) -> str:
            events.append(name)
            return name

        return run

    stages = [
        Stage("base", noted("base"), ("documents",)),
        Stage("beside", noted("beside"), ("documents",)),
        Stage("slow", noted("slow"), ("base",), aside=True),
        Stage("stored", noted("stored"), ("kept",), aside=True),
        Stage("end", lambda *parts: parts, ("slow", "beside", "stored")),
    ]
    runner = Runner(Pipeline(stages, ("documents", "kept")), aside=_Recorded(events))
    results = runner.run({"documents": [], "kept": MemoryKept()}, want=("end",))
    assert results["end"] == ("slow", "beside", "stored")
    assert events == ["base", "start aside", "slow", "stored", "beside", "collect aside"]
    assert runner.calls["slow"] == runner.calls["stored"] == 1


def test_the_pipeline_runs_the_key_dates_and_the_summary_aside() -> None:
    """The merges that need no person are declared aside, and need no store (so a child can compute them)."""
    aside = {s.name for s in STAGES if s.aside}
    assert {"timeline", "story_summary"} <= aside
    assert all("kept" not in s.requires for s in STAGES if s.aside)


KEPT_SECTIONS = {s.name for s in STAGES if s.keep}


def test_a_copy_of_a_held_article_reruns_no_section_of_the_briefing(tmp_path: Path) -> None:
    """A syndicated copy of an article already held (published later, so the first stays the one read) changes
    only the outlets listed for it: every kept section is read back, the merges they alone need never run, and
    the briefing is the one a full rebuild gives, the new outlet named."""
    for day, text in enumerate([*TEXTS[:3], WIRE], start=10):
        _write(tmp_path, f"{day}.txt", _article(day, text))
    kept = MemoryKept()
    calls: Counter[str] = Counter()
    pipeline = _counting(calls)
    _brief(tmp_path, Runner(pipeline, kept=kept))
    assert {"people", "story_summary", "timeline"} <= KEPT_SECTIONS
    _write(tmp_path, "20.txt", _article(20, COPIES[-1]))
    calls.clear()
    runner = Runner(pipeline, kept=kept)
    after = _brief(tmp_path, runner)
    assert runner.reused == dict.fromkeys(KEPT_SECTIONS, 1)
    assert calls["found_people"] == calls["name_vocabulary"] == calls["sentences"] == 0
    assert all(calls[name] == 0 for name in KEPT_SECTIONS) and calls["briefing"] == 1
    assert after == _brief(tmp_path)
    assert any("Wire 20" in s.also_carried_by for s in after.sources)


def test_another_day_reruns_only_the_sections_that_depend_on_the_day(tmp_path: Path) -> None:
    """The same corpus briefed on a later day: the key dates are made again (what is past moves), the sections
    that do not read the day are read back; each equals a full rebuild's on either day."""
    for day, text in enumerate(TEXTS, start=10):
        _write(tmp_path, f"{day}.txt", _article(day, text))
    kept = MemoryKept()
    later = date(2024, 4, 3)
    first = build_briefing(load_corpus(tmp_path, kept=kept).documents, as_of=AS_OF, kept=kept)
    runner = Runner(PIPELINE, kept=kept)
    again = build_briefing(load_corpus(tmp_path, kept=kept).documents, as_of=later, runner=runner)
    assert runner.calls["timeline"] == 1 and "timeline" not in runner.reused
    assert runner.reused["story_summary"] == runner.reused["people"] == 1
    assert again == build_briefing(load_corpus(tmp_path).documents, as_of=later)
    assert first == build_briefing(load_corpus(tmp_path).documents, as_of=AS_OF)
    assert again.key_dates != first.key_dates or all(k.date <= AS_OF for k in first.key_dates)


def test_a_build_asked_for_every_result_makes_each_one(tmp_path: Path) -> None:
    """Without `want`, a run gives every stage's result even when the kept sections would spare some."""
    for day, text in enumerate(TEXTS[:3], start=10):
        _write(tmp_path, f"{day}.txt", _article(day, text))
    kept = MemoryKept()
    _brief(tmp_path, Runner(PIPELINE, kept=kept))
    runner = Runner(PIPELINE, kept=kept)
    docs = load_corpus(tmp_path, kept=kept).documents
    inputs = {"documents": docs, "as_of": AS_OF, "story": "S", "summary_words": 120, "background_days": 120}
    results = runner.run({**inputs, "kept": kept})
    assert set(results) == set(INPUTS) | {s.name for s in STAGES}
    assert runner.reused == dict.fromkeys(KEPT_SECTIONS, 1)
    with pytest.raises(PipelineError, match="nothing makes"):
        runner.run({**inputs, "kept": kept}, want=("no such result",))


class TouchedKept(MemoryKept):
    """A MemoryKept that records the keys a build marks used without reading them."""

    def __init__(self) -> None:
        super().__init__()
        self.touched: set[str] = set()

    def touch(self, keys: Iterable[str]) -> None:
        """Record the keys."""
        self.touched.update(keys)


def test_the_work_a_kept_section_stood_in_for_is_marked_used(tmp_path: Path) -> None:
    """When a copy is added and every section is read back, the articles' own kept work is not read, but it is
    marked used (a store that forgets unused work must keep it for the next article of new text); a build that
    runs the pass marks nothing so."""
    for day, text in enumerate([*TEXTS[:3], WIRE], start=10):
        _write(tmp_path, f"{day}.txt", _article(day, text))
    kept = TouchedKept()
    _brief(tmp_path, Runner(PIPELINE, kept=kept))
    assert kept.touched == set()  # the pass ran and read or put each article's work itself
    work = {k for k in kept.items if k.startswith("per articles:")}
    _write(tmp_path, "20.txt", _article(20, COPIES[-1]))
    runner = Runner(PIPELINE, kept=kept)
    _brief(tmp_path, runner)
    assert runner.calls["sentences"] == 0
    assert len(work) == 4 and work <= kept.touched
