"""A progress bar on the terminal while a briefing builds from scratch (rich), and nothing when stderr is not a
terminal (piped, redirected, a service manager's log). The core reports no per-stage progress, so the bar runs
without a known end: it shows that work is going on, on how many articles, and for how long."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO


@contextmanager
def building(articles: int, *, stream: TextIO | None = None) -> Iterator[None]:
    """Show "Building the briefing of N articles" with a moving bar and the time taken, on a terminal only."""
    stream = stream or sys.stderr
    if not stream.isatty():
        yield
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    noun = "article" if articles == 1 else "articles"
    with Progress(
        SpinnerColumn(),
        TextColumn(f"Building the briefing of {articles:,} {noun}"),
        BarColumn(),
        TimeElapsedColumn(),
        console=Console(file=stream),
        transient=True,  # gone when the build is done: the reply is what stays on screen
    ) as bar:
        bar.add_task("build", total=None)
        yield
