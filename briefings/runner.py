"""The runner: orders a pipeline's declared stages, computes each result once, and keeps per-article results.

A `Stage` says what it makes (`name`), what it needs (`requires`: inputs or earlier stages' names) and whether it
runs once per article or once for the story. Per-article stages that map over the same article list form one
pass: for each article the pass's stages run in order on that article alone, and their results are kept
together under the article's content key (with the day the article is dated by, for a pass whose results
depend on it). A kept article is not read again; a changed article or a changed extractor has another key, so
it never meets an old result. Story stages run once each, in order, over what earlier stages made: a stage
that needs another's result gets it from the runner and never computes it again.

Inside a story stage a per-article result reads as a list in the articles' order.

A story stage declared `keep` has its result kept too, under a fingerprint of everything it reads: the
articles' content keys and loaded fields (the list of articles a pass runs over is fingerprinted by its value,
so a syndicated copy that changes no article the merge reads changes no fingerprint), the settings, and the
fingerprints of the stages before it. A build asked for some results only (`want`) reads a kept stage's result
back when its fingerprint is unchanged and then never makes what only that stage needed: a copy of an article
already held, or the same corpus on another day, reruns only the stages whose inputs moved. Each stage keeps its
last result only (one slot, overwritten), so the store does not grow with every build.

A story stage declared `aside` is started, by the runner's `Aside`, as soon as the stage needing it is about to
be made and before that stage's other needs; it is collected after them. With `forked`, it runs in a child
process beside them (the merges that do not need each other share the cores); by default, in place.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import importlib
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, TypeVar, cast

from briefings.keeping import Kept
from briefings.model import Document
from briefings.parallel import Aside, Mapper, Pending, in_place, serial_map
from briefings.version import extractor_version

T = TypeVar("T")
U = TypeVar("U")

ARTICLE = "article"  # what a per-article stage names to get the article it runs on


@dataclass(frozen=True)
class Stage:
    """One step of the pipeline: `run(*requires)` (its needs in the order named) makes the result `name`.

    A per-article stage (`over` names the story result listing the articles it runs on) gets `article` and
    its pass's earlier results for that one article; `dated` says its result depends on the day the article
    is dated by as well as on its text. A story stage (`over` is None) gets whole results; `keep` says its
    result is kept under a fingerprint of what it reads (see the module's docstring); `aside` that it may run
    in another process while the stages beside it are made (it must not write to the store it is given: a
    stage given one runs in place).
    """

    name: str
    run: Callable[..., Any]
    requires: tuple[str, ...]
    over: str | None = None
    dated: bool = False
    keep: bool = False
    aside: bool = False

    @property
    def per_article(self) -> bool:
        """True when the stage runs once per article."""
        return self.over is not None


@dataclass(frozen=True)
class Pass:
    """The per-article stages over one article list, run together on each article and kept together."""

    over: str
    stages: tuple[Stage, ...]

    @property
    def name(self) -> str:
        """The pass's name: the list it maps over."""
        return f"per {self.over}"

    @property
    def dated(self) -> bool:
        """True when any of its results depends on the day an article is dated by."""
        return any(s.dated for s in self.stages)

    def key(self, doc: Document) -> str | None:
        """Where an article's results of this pass are kept (None: an article without a content key)."""
        if not doc.key:
            return None
        day = f":{doc.published}:{doc.published_estimate}" if self.dated else ""
        return f"{self.name}:{'+'.join(s.name for s in self.stages)}:{doc.key}{day}"


class Later:
    """A stage's function named by its module and name, imported when first called: a build that reads every
    result back (a kept section, an article's kept work) never loads the module. Pickles as its names, so a
    worker process imports it where the caller did not."""

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self._function: Callable[..., Any] | None = None

    def load(self) -> Callable[..., Any]:
        """The function, imported now if it is not yet."""
        if self._function is None:
            self._function = cast(Callable[..., Any], getattr(importlib.import_module(self.module), self.name))
        return self._function

    def __call__(self, *args: Any) -> Any:
        """The function's result on `args`."""
        return self.load()(*args)

    def __reduce__(self) -> tuple[type[Later], tuple[str, str]]:
        return (Later, (self.module, self.name))

    def __repr__(self) -> str:
        return f"Later({self.module}.{self.name})"


class PipelineError(ValueError):
    """A pipeline whose declarations do not hold together (a name made twice, a need nothing makes)."""


def order(stages: Sequence[Stage], inputs: Iterable[str]) -> list[Stage | Pass]:
    """The stages in an order where each one's needs are made before it (declaration order where free),
    per-article stages over one list gathered into one pass. Raises PipelineError when the declarations do
    not hold together."""
    given = tuple(inputs)
    made = dict.fromkeys(given, "input")
    for stage in stages:
        if stage.name in made or stage.name == ARTICLE:
            raise PipelineError(f"{stage.name!r} is made twice")
        made[stage.name] = "article" if stage.per_article else "story"
    for stage in stages:
        for need in stage.requires:
            if need not in made and not (need == ARTICLE and stage.per_article):
                raise PipelineError(f"stage {stage.name!r} requires {need!r}, which nothing makes")
        if stage.over is not None and made.get(stage.over) != "story" and made.get(stage.over) != "input":
            raise PipelineError(f"stage {stage.name!r} runs over {stage.over!r}, which is not a story result")
        if stage.aside and stage.per_article:
            raise PipelineError(f"stage {stage.name!r} runs per article: only a story stage runs aside")
    steps: list[Stage | Pass] = []
    done = set(given)
    waiting = list(stages)
    while waiting:
        ready = [s for s in waiting if _ready(s, done, waiting, frozenset())]
        if not ready:
            raise PipelineError(f"stages {', '.join(s.name for s in waiting)} wait on each other")
        first = ready[0]
        if first.per_article:
            group: list[Stage] = []
            pending = [s for s in ready if s.over == first.over]
            while pending:  # within a pass, each stage after the ones it needs
                inside = done | {s.name for s in group} | {ARTICLE}
                step = next(s for s in pending if set(s.requires) <= inside)
                group.append(step)
                pending.remove(step)
            steps.append(Pass(cast(str, first.over), tuple(group)))
        else:
            group = [first]
            steps.append(first)
        for stage in group:
            waiting.remove(stage)
            done.add(stage.name)
    return steps


def _ready(stage: Stage, done: set[str], waiting: Sequence[Stage], seen: frozenset[str]) -> bool:
    """True when everything `stage` needs is made; a per-article stage may also need a ready stage of its
    own pass."""
    if stage.over is not None and stage.over not in done:
        return False
    for need in stage.requires:
        if need in done or (need == ARTICLE and stage.per_article):
            continue
        partner = next((s for s in waiting if s.name == need), None)
        if (
            not stage.per_article
            or partner is None
            or partner.over != stage.over
            or need in seen
            or not _ready(partner, done, waiting, seen | {stage.name})
        ):
            return False
    return True


def _timed(run: Callable[..., T], args: tuple[object, ...]) -> tuple[T, float]:
    """A story stage's result on its needs, and the seconds it took (what a process aside sends back)."""
    started = time.perf_counter()
    value = run(*args)
    return value, time.perf_counter() - started


def _run_pass(stages: tuple[Stage, ...], doc: Document) -> tuple[dict[str, object], dict[str, float]]:
    """One article's results of a pass, and the seconds each stage took (what a worker process sends back)."""
    made: dict[str, object] = {ARTICLE: doc}
    seconds: dict[str, float] = {}
    for stage in stages:
        started = time.perf_counter()
        made[stage.name] = stage.run(*(made[need] for need in stage.requires))
        seconds[stage.name] = time.perf_counter() - started
    del made[ARTICLE]
    return made, seconds


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: a build makes millions of long-lived objects (kept work read back,
    sentences), which each full collection would walk for nothing (about 0.4 s of a merge on mj+haiti); the
    little cyclic garbage a build leaves is collected after it."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


# The Document fields a fingerprint of articles leaves out: the text's blocks (the content key covers them) and
# the outlets of an article's copies, which only the briefing's source list reads (a stage that reads them must
# not be declared `keep`: tests/test_runner.py checks where the field is read).
_UNPRINTED = frozenset(("blocks", "also_carried_by"))
_PRINTED = tuple(f.name for f in fields(Document) if f.name not in _UNPRINTED)


def articles_print(docs: object) -> str | None:
    """A fingerprint of a list of articles (their content keys and loaded fields but their copies' outlets), or
    None when it is not a list of articles that all have a content key."""
    if not isinstance(docs, Sequence) or isinstance(docs, str):
        return None
    digest = hashlib.blake2b(digest_size=16)
    for doc in docs:
        if not isinstance(doc, Document) or not doc.key:
            return None
        digest.update(repr(tuple(getattr(doc, name) for name in _PRINTED)).encode())
    return digest.hexdigest()


def _is_store(value: object) -> bool:
    """True for where results are kept (a Kept)."""
    return hasattr(value, "get") and hasattr(value, "put")


def _value_print(value: object) -> str | None:
    """A fingerprint of an input: a setting by its value, the store by its role (reading kept work never changes
    a result), articles by articles_print; None for anything else (what depends on it is never kept)."""
    if value is None or isinstance(value, str | int | float | date):
        return repr(value)
    if _is_store(value):
        return "kept"
    return articles_print(value)


def _hashed(*parts: str) -> str:
    return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).hexdigest()


class Pipeline:
    """Declared stages and the inputs they may need, checked and put in order once."""

    def __init__(self, stages: Sequence[Stage], inputs: Iterable[str]) -> None:
        self.inputs = frozenset(inputs)
        self.stages = tuple(stages)
        self.steps = order(self.stages, self.inputs)
        # the step making each result, and the results that list the articles a pass runs over
        self.makers: dict[str, Stage | Pass] = {
            stage.name: step for step in self.steps for stage in (step.stages if isinstance(step, Pass) else (step,))
        }
        self.lists = frozenset(s.over for s in self.stages if s.over is not None)


class Runner:
    """Runs a pipeline: per-article passes kept in `kept` and spread by `mapper`, story stages once each.

    `aside` starts the stages declared `aside` (see the module's docstring). `calls` counts each stage's runs (a
    per-article stage once per article computed, not per article kept), `seconds` the time each took and
    `reused` the kept story results read back, over every run of this runner.
    """

    def __init__(
        self,
        pipeline: Pipeline,
        *,
        kept: Kept | None = None,
        mapper: Mapper = serial_map,
        aside: Aside = in_place,
    ) -> None:
        self.pipeline = pipeline
        self.kept = kept
        self.mapper = mapper
        self.aside = aside
        # the story stages started and not yet collected: each pending, with its key and fingerprint if kept
        self._pending: dict[str, tuple[Pending[tuple[object, float]], str | None, str | None]] = {}
        self.calls: Counter[str] = Counter()
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self.reused: Counter[str] = Counter()

    def run(self, inputs: Mapping[str, object], want: Iterable[str] | None = None) -> dict[str, object]:
        """Every stage's result for these inputs (one per declared input, no more, no fewer); with `want`, the
        results those need only (a kept story result read back, what only it needed is not made)."""
        if set(inputs) != self.pipeline.inputs:
            missing = sorted(self.pipeline.inputs - set(inputs)) or sorted(set(inputs) - self.pipeline.inputs)
            raise PipelineError(f"the pipeline's inputs differ from those given: {', '.join(missing)}")
        names = list(want) if want is not None else [s.name for s in self.pipeline.stages]
        unknown = [n for n in names if n not in self.pipeline.makers and n not in self.pipeline.inputs]
        if unknown:
            raise PipelineError(f"nothing makes {', '.join(unknown)}")
        results: dict[str, object] = dict(inputs)
        prints: dict[str, str | None] = {}
        try:
            with collector_paused():
                for name in names:
                    self._make(name, results, prints)
        finally:
            for pending, _, _ in self._pending.values():  # a stage failed: what was started is given up
                pending.drop()
            self._pending.clear()
        self._touch_unread(results)
        return results

    def _touch_unread(self, results: Mapping[str, object]) -> None:
        """Mark as used the kept per-article results of the articles a kept section stood in for (their pass
        not run): the next article of new text needs them, so the store must not forget them as unused."""
        if self.kept is None:
            return
        for step in self.pipeline.makers.values():
            if isinstance(step, Pass) and step.over in results and step.stages[0].name not in results:
                articles = cast(Sequence[Document], results[step.over])
                self.kept.touch(key for doc in articles if (key := step.key(doc)) is not None)

    def _make(self, name: str, results: dict[str, object], prints: dict[str, str | None]) -> None:
        """Add `name` to `results`, with what it needs first: a pass's results together, a kept story result
        read back when its fingerprint is unchanged, else computed (and kept when its stage says so)."""
        if name in results:
            return
        step = self.pipeline.makers[name]
        if isinstance(step, Pass):
            self._make(step.over, results, prints)
            started = time.perf_counter()
            results.update(self._each(step, cast(Sequence[Document], results[step.over])))
            self.seconds[step.name] += time.perf_counter() - started
            return
        if name not in self._pending:
            self._start(step, results, prints)
        if name not in self._pending:  # read back
            return
        pending, key, found = self._pending.pop(name)
        results[name], spent = pending.result()
        self.calls[name] += 1
        self.seconds[name] += spent
        if key is not None and self.kept is not None:
            self.kept.put(key, (name, found, results[name]))

    def _start(self, step: Stage, results: dict[str, object], prints: dict[str, str | None]) -> None:
        """Read a story stage's kept result back into `results` when its fingerprint is unchanged; else make
        what it needs (the needs declared `aside` started first and collected last, so they run while the others
        are made) and start it: by the Aside when it is declared `aside`, else here and now."""
        name = step.name
        key = found = None
        if step.keep and self.kept is not None and (found := self._print(name, results, prints)) is not None:
            key = f"story:{name}:{extractor_version()}"  # one slot per stage: the last build's result
            value = self.kept.get(key)
            if isinstance(value, tuple) and len(value) == 3 and value[:2] == (name, found):
                results[name] = value[2]
                self.reused[name] += 1
                return
        for need in step.requires:
            maker = self.pipeline.makers.get(need)
            if isinstance(maker, Stage) and maker.aside and need not in results and need not in self._pending:
                self._start(maker, results, prints)
        for need in sorted(step.requires, key=lambda n: n in self._pending):  # what is started last
            self._make(need, results, prints)
        args = tuple(results[need] for need in step.requires)
        start = self.aside if step.aside and not any(_is_store(a) for a in args) else in_place
        self._pending[name] = (start(functools.partial(_timed, step.run, args)), key, found)

    def _print(self, name: str, results: dict[str, object], prints: dict[str, str | None]) -> str | None:
        """A fingerprint of result `name` (None: not one to keep by): an input's value; a list of articles by
        its value (made first); a per-article result by its list's; a story result by its stage and its needs'."""
        if name in prints:
            return prints[name]
        found: str | None
        if name in self.pipeline.inputs:
            found = _value_print(results[name])
        elif name in self.pipeline.lists:
            self._make(name, results, prints)
            found = articles_print(results[name])
        else:
            step = self.pipeline.makers[name]
            needs = (step.over,) if isinstance(step, Pass) else step.requires
            parts = [self._print(need, results, prints) for need in needs]
            found = None if None in parts else _hashed(name, *cast(list[str], parts))
        prints[name] = found
        return found

    def _each(self, step: Pass, articles: Sequence[Document]) -> dict[str, list[object]]:
        """A pass's results over the articles, each stage's as a list in the articles' order: kept ones read
        back, the others computed by the mapper (the workers get the pass's stages, not a closure) and kept."""
        bundles = self._kept(step, articles)
        missing = [i for i, bundle in enumerate(bundles) if bundle is None]
        if missing:  # imported here once, before any worker process starts, rather than in each worker
            for stage in step.stages:
                if isinstance(stage.run, Later):
                    stage.run.load()
        work = functools.partial(_run_pass, step.stages)
        self.calls[step.name] += len(missing)
        for i, (made, seconds) in zip(
            missing, self.mapper(work, [articles[i] for i in missing]), strict=True
        ):
            for name, spent in seconds.items():
                self.calls[name] += 1
                self.seconds[name] += spent
            key = step.key(articles[i]) if self.kept is not None else None
            if self.kept is not None and key is not None:
                self.kept.put(key, made)
            bundles[i] = made
        return {s.name: [cast(dict[str, object], b)[s.name] for b in bundles] for s in step.stages}

    def _kept(self, step: Pass, articles: Sequence[Document]) -> list[dict[str, object] | None]:
        """Each article's kept results of a pass, or None where none are kept (or what is kept is not them)."""
        if self.kept is None:
            return [None] * len(articles)
        names = {s.name for s in step.stages}
        found: list[dict[str, object] | None] = []
        for doc in articles:
            key = step.key(doc)
            value = self.kept.get(key) if key is not None else None
            found.append(
                cast(dict[str, object], value) if isinstance(value, dict) and set(value) == names else None
            )
        return found
