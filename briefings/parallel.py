"""Work spread over processes: a `Mapper` that load_corpus and build_briefing hand their per-article stages to
(each article's work depends on that article alone, so the order of work does not change a result), and an
`Aside` that computes one story stage beside the others.

`serial_map` is the default: everything in the calling process. `ProcessMap` starts a pool of worker processes
on first use, only when there are at least `min_items` articles to do (a rebuild after one new article stays in
the process), and returns the results in the items' order. `in_place` computes a stage at once; `forked` in a
child process forked then (it shares everything the build made so far without sending it), while the caller
goes on with the other stages, and the child sends back the stage's result only.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import suppress
from types import TracebackType
from typing import Generic, Protocol, TypeVar, cast

from briefings.thresholds import CHUNKS_PER_WORKER, MIN_ITEMS

T = TypeVar("T")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class Mapper(Protocol):
    """Applies a per-article function to each item, returning the results in the items' order."""

    def __call__(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        """`[fn(item) for item in items]`, however it is computed."""


def serial_map(fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """Every item in the calling process."""
    return [fn(item) for item in items]


class Pending(Protocol[R_co]):
    """A computation started by an Aside: its result when asked for, or dropped."""

    def result(self) -> R_co:
        """The result (waiting for it if it is being computed elsewhere)."""

    def drop(self) -> None:
        """Give the computation up (when the build fails): nothing is left running or waiting."""


class Aside(Protocol):
    """Starts a computation of no arguments, perhaps in another process, and returns it pending."""

    def __call__(self, fn: Callable[[], R]) -> Pending[R]:
        """`fn()`, computed now or beside the caller's work."""


class Done(Generic[R]):
    """A result already computed."""

    def __init__(self, value: R) -> None:
        self.value = value

    def result(self) -> R:
        """The result."""
        return self.value

    def drop(self) -> None:
        """Nothing to give up."""


def in_place(fn: Callable[[], R]) -> Pending[R]:
    """Computed now, in this process."""
    return Done(fn())


class Forked(Generic[R]):
    """`fn()` computed in a child process forked when this is made; its result read back, pickled, through a
    pipe. A child that fails (or a result that cannot be sent) leaves the work to this process: a stage is a
    function of its inputs, so its result (or its error) is the same here."""

    def __init__(self, fn: Callable[[], R]) -> None:
        self.fn = fn
        incoming, outgoing = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child: compute, send, and leave without running the parent's clean-ups
            code = 1
            try:
                os.close(incoming)
                with os.fdopen(outgoing, "wb") as out:
                    pickle.dump(fn(), out, protocol=pickle.HIGHEST_PROTOCOL)
                code = 0
            finally:
                os._exit(code)
        os.close(outgoing)
        self.incoming = incoming

    def result(self) -> R:
        """The child's result, or `fn()` computed here when the child failed."""
        try:
            with os.fdopen(self.incoming, "rb") as source:
                data = source.read()
        finally:
            _, status = os.waitpid(self.pid, 0)
        if os.waitstatus_to_exitcode(status) == 0:
            try:
                return cast(R, pickle.loads(data))
            except Exception:  # a truncated result: computed here instead
                pass
        return self.fn()

    def drop(self) -> None:
        """Stop the child and reap it, its result unread."""
        os.close(self.incoming)
        with suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)


def forked(fn: Callable[[], R]) -> Pending[R]:
    """Computed in a forked child process while the caller goes on (in place where there is no fork)."""
    return Forked(fn) if hasattr(os, "fork") else in_place(fn)


def usable_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _nothing() -> None:
    return None


def _worker_start() -> None:
    """In a new worker: what it inherited (the loaded tables) is never collected, so its pages stay shared with
    the parent; collection goes on for what the worker makes (a build pauses it in the parent)."""
    gc.freeze()
    gc.enable()


class ProcessMap:
    """A Mapper over a pool of `workers` processes (default: the usable cores), started on first use with at
    least `min_items` items; close it (or use it as a context manager) to stop the workers.

    `before` runs once in this process before the workers start (forked workers then share what it loaded);
    `meanwhile` runs once in this process while the workers compute (it would be idle otherwise).
    """

    def __init__(
        self,
        workers: int | None = None,
        *,
        min_items: int = MIN_ITEMS,
        before: Callable[[], None] = _nothing,
        meanwhile: Callable[[], None] = _nothing,
    ) -> None:
        self.workers = workers or usable_cores()
        self.min_items = min_items
        self.before = before
        self.meanwhile = meanwhile
        self._pool: Executor | None = None
        self.pooled = 0  # how many items went to the workers (for tests and benches)

    def __call__(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        """The results of `fn` over `items`, in order: from the workers when there are enough items."""
        if self.workers < 2 or len(items) < self.min_items:
            return serial_map(fn, items)
        if self._pool is None:
            self.before()
            # fork where there is one: the workers start with the extractors already loaded
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else None)
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_worker_start)
        chunk = max(1, len(items) // (self.workers * CHUNKS_PER_WORKER))
        self.pooled += len(items)
        results = self._pool.map(fn, items, chunksize=chunk)
        meanwhile, self.meanwhile = self.meanwhile, _nothing
        meanwhile()
        collecting = gc.isenabled()
        gc.disable()  # the results arrive as many new objects at once: collections then find nothing to free
        try:
            return list(results)
        finally:
            if collecting:
                gc.enable()

    def aside(self, fn: Callable[[], R]) -> Pending[R]:
        """`fn()` in a forked process beside the caller's work when there are two workers or more (the workers
        are idle by then), else in place."""
        return forked(fn) if self.workers >= 2 else in_place(fn)

    def close(self) -> None:
        """Stop the workers, if any were started."""
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    def __enter__(self) -> ProcessMap:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
